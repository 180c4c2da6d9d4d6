//! Invariants every analysis keeps, shared by the property tests and the
//! hostile-input tests: spans in bounds, on `char` boundaries, sorted and
//! disjoint within a kind; clusters that partition the mentions; and JSON
//! offsets that slice back to the same text in UTF-16.

use article_analyzer::{Analysis, Span};
use proptest::prelude::*;

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds"
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
    prop_assert!(!span.is_empty(), "{what} {span:?} is empty");
    Ok(())
}

fn check_sorted_disjoint(
    spans: impl IntoIterator<Item = Span>,
    what: &str,
) -> Result<(), TestCaseError> {
    let spans: Vec<Span> = spans.into_iter().collect();
    for pair in spans.windows(2) {
        prop_assert!(
            pair[0].end <= pair[1].start,
            "{what} {:?} and {:?} overlap or are out of order",
            pair[0],
            pair[1]
        );
    }
    Ok(())
}

pub fn check_analysis(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    for e in analysis.entities() {
        check_span(text, e.span(), "entity")?;
        prop_assert_eq!(&text[e.span().range()], e.text());
    }
    // Every mention is in exactly the cluster it names, and clusters come
    // in order of first mention.
    let mut seen = vec![0; analysis.entities().len()];
    for (c, cluster) in analysis.clusters().iter().enumerate() {
        prop_assert!(!cluster.mentions().is_empty());
        for &m in cluster.mentions() {
            prop_assert_eq!(analysis.entities()[m].cluster(), c);
            prop_assert_eq!(analysis.entities()[m].canonical(), cluster.canonical());
            seen[m] += 1;
        }
    }
    prop_assert!(seen.iter().all(|&n| n == 1));
    prop_assert!(
        analysis
            .clusters()
            .windows(2)
            .all(|w| w[0].first_mention() < w[1].first_mention())
    );
    for d in analysis.dates() {
        check_span(text, d.span(), "date")?;
        prop_assert_eq!(&text[d.span().range()], d.text());
    }
    for q in analysis.quotes() {
        check_span(text, q.span(), "quote")?;
        prop_assert_eq!(&text[q.span().range()], q.text());
        if let Some(s) = q.speaker() {
            check_span(text, s.span(), "speaker")?;
            prop_assert!(s.entity().is_none_or(|e| e < analysis.entities().len()));
        }
        if let Some(c) = q.cue() {
            check_span(text, c.span(), "cue")?;
            prop_assert_eq!(&text[c.span().range()], c.text());
        }
    }
    check_sorted_disjoint(analysis.entities().iter().map(|e| e.span()), "entities")?;
    check_sorted_disjoint(analysis.dates().iter().map(|d| d.span()), "dates")?;
    check_sorted_disjoint(analysis.quotes().iter().map(|q| q.span()), "quotes")?;
    check_utf16(text, analysis)
}

/// Every `start`/`end` in the JSON, sliced from the text as UTF-16 code
/// units (as JavaScript does), gives the `text` next to it.
fn check_utf16(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let json = serde_json::to_value(analysis.to_json(text)).expect("serializable");
    for list in ["entities", "quotes", "dates"] {
        for item in json[list].as_array().expect("a list") {
            let (start, end) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            prop_assert!(start <= end && end <= units.len());
            let sliced = String::from_utf16(&units[start..end]).expect("whole code points");
            prop_assert_eq!(sliced.as_str(), item["text"].as_str().unwrap());
            if let Some(cue) = item.get("cue").filter(|c| !c.is_null()) {
                let (s, e) = (
                    cue["start"].as_u64().unwrap() as usize,
                    cue["end"].as_u64().unwrap() as usize,
                );
                let sliced = String::from_utf16(&units[s..e]).expect("whole code points");
                prop_assert_eq!(sliced.as_str(), cue["text"].as_str().unwrap());
            }
        }
    }
    Ok(())
}
