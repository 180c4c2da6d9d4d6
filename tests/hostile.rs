//! Hostile input, by name: huge, degenerate or strange texts that a page
//! visitor could paste. Each must analyze without a panic and keep every
//! invariant of `common::check_analysis`. (Speed on such input is measured
//! by `benches/throughput.rs`, not here.)

mod common;

use article_analyzer::{Analysis, Analyzer};
use common::check_analysis;

fn analyze(text: &str) -> Analysis {
    let analysis = Analyzer::new().analyze(text);
    if let Err(e) = check_analysis(text, &analysis) {
        panic!("{e}");
    }
    analysis
}

/// A sentence of news, repeated to about `bytes` bytes.
fn news(bytes: usize, separator: &str) -> String {
    let sentence = "“The harbour will reopen on Monday,” said Ada Quinlan of the Kelso Harbour Council in March 2021.";
    let mut text = String::with_capacity(bytes + sentence.len());
    while text.len() < bytes {
        text.push_str(sentence);
        text.push_str(separator);
    }
    text
}

#[test]
fn a_ten_megabyte_single_line() {
    let text = news(10 << 20, " ");
    assert!(!text.contains('\n'));
    let analysis = analyze(&text);
    assert!(analysis.quotes().len() > 50_000, "the quotes are all found");
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    let marks = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„"];
    let text: String = (0..100_000).map(|i| marks[i * 7 % marks.len()]).collect();
    analyze(&text);
}

#[test]
fn a_thousand_nested_quotations() {
    let open: String = (0..1000)
        .map(|i| if i % 2 == 0 { "“" } else { "‘" })
        .collect();
    let close: String = (0..1000)
        .rev()
        .map(|i| if i % 2 == 0 { "”" } else { "’" })
        .collect();
    let text = format!("Ada Quinlan said {open}we are ready{close} on Monday.");
    let analysis = analyze(&text);
    assert!(!analysis.quotes().is_empty());
}

#[test]
fn only_newlines() {
    let analysis = analyze(&"\n".repeat(1 << 20));
    assert!(
        analysis.quotes().is_empty()
            && analysis.entities().is_empty()
            && analysis.dates().is_empty()
    );
}

#[test]
fn nul_bytes() {
    let text = news(4_000, "\0").replace(' ', " \0");
    let analysis = analyze(&text);
    assert!(!analysis.quotes().is_empty(), "NULs do not hide the quotes");
}

#[test]
fn right_to_left_text_and_combining_marks() {
    let arabic = "قال رئيس المجلس «سنعيد فتح الميناء» يوم الاثنين 14 أكتوبر 2020.";
    let hebrew = "\u{202B}ראש המועצה אמר: ״הנמל ייפתח ביום שני״.\u{202C}";
    let combining =
        "A\u{301}da\u{308}\u{323} Qu\u{30A}inlan said “we are\u{20DD} ready” on Oct. 14, 2020.";
    let zalgo: String = "Harbour"
        .chars()
        .flat_map(|c| std::iter::once(c).chain("\u{300}\u{316}\u{35C}".chars().cycle().take(30)))
        .collect();
    let text = format!("{arabic}\n\n{hebrew}\n\n{combining}\n\n{zalgo} said “fine.”");
    analyze(&text);
}

#[test]
fn every_unicode_quotation_mark() {
    // The Quotation_Mark property of Unicode 15, and the look-alikes news
    // text uses for them (primes, accents).
    let marks = [
        '"', '\'', '«', '»', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '⹂', '「', '」',
        '『', '』', '〝', '〞', '〟', '﹁', '﹂', '﹃', '﹄', '＂', '＇', '｢', '｣', '′', '″', '`',
        '´',
    ];
    let mut text = String::new();
    for &open in &marks {
        for &close in &marks {
            text.push_str(&format!(
                "Ada Quinlan said {open}we sail{close} on Monday. "
            ));
        }
    }
    analyze(&text);
}

#[test]
fn a_million_character_word() {
    let text = format!("Ada Quinlan said “{}” on Monday.", "a".repeat(1_000_000));
    let analysis = analyze(&text);
    assert_eq!(analysis.quotes().len(), 1);
}

/// A text cut off right after a word that cue patterns look past: "in"
/// (of "in his own words"), "called", "as", "according", "used to". The
/// fuzzer found the first (a quotation, words with no cue, then "in").
#[test]
fn a_text_cut_off_after_a_cue_word() {
    for ending in [
        "in",
        "in his",
        "in his own",
        "called",
        "called a",
        "described him as",
        "as causing",
        "according",
        "according to",
        "used to",
        "those",
        "what it called",
        "and",
        "said",
    ] {
        let text = format!("“We have waited long enough,” the crowd on the quay {ending}");
        let analysis = analyze(&text);
        assert_eq!(analysis.quotes().len(), 1, "{text}");
    }
}
