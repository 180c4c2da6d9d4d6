//! Any text: analysis never panics, and every span is in bounds, on `char`
//! boundaries, and sorted and disjoint within its kind.
#![no_main]

use article_analyzer::{Analyzer, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn check(text: &str, spans: impl Iterator<Item = Span>) {
    let mut previous_end = 0;
    for span in spans {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= previous_end, "{span:?} overlaps the span before");
        previous_end = span.end;
    }
}

fuzz_target!(|data: &[u8]| {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    let text = String::from_utf8_lossy(data);
    let analysis = ANALYZER.get_or_init(Analyzer::new).analyze(&text);
    check(&text, analysis.entities().iter().map(|e| e.span()));
    check(&text, analysis.dates().iter().map(|d| d.span()));
    check(&text, analysis.quotes().iter().map(|q| q.span()));
    for q in analysis.quotes() {
        if let Some(s) = q.speaker() {
            check(&text, std::iter::once(s.span()));
        }
        if let Some(c) = q.cue() {
            check(&text, std::iter::once(c.span()));
        }
    }
});
