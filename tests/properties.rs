//! Properties that hold for every input: analysis never panics, every span
//! is in bounds and on `char` boundaries, spans of one kind are sorted and
//! disjoint, and the JSON's UTF-16 offsets slice back to the same text.

mod common;

use article_analyzer::Analyzer;
use common::check_analysis;
use proptest::prelude::*;

/// Pieces of news-like text, so that generated inputs reach the quote,
/// entity and date code rather than only the tokenizer.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "-",
    "(",
    ")",
    "said",
    "told",
    "he",
    "she",
    "the",
    "The",
    "MI5",
    "U.S.",
    "Oct.",
    "Dr.",
    "Ken",
    "McCallum",
    "Ada Quinlan",
    "University of Oxford",
    "London",
    "Chinese",
    "July",
    "May",
    "Wednesday",
    "14",
    "2020",
    "2020s",
    "’90s",
    "yesterday",
    "last year",
    "3",
    "p.m.",
    "two weeks ago",
    "🙂",
    "東京",
    "€",
    "e\u{301}",
    "the fiscal",
    "quarter",
    "third-quarter",
    "noon",
    "EST",
    "a year",
    "earlier",
    "last",
    "this",
    "morning",
    "night",
    "century",
    "20th",
    "the past",
    "weekend",
    "fall",
    "spring",
    "recently",
    "QUINLAN",
    ":",
    "—",
    "said the",
    "chief",
    "according to",
    "told",
    "\u{A0}",
    "\r\n",
    "\u{AD}",
    "\u{200B}",
    "\0",
    "\u{FEFF}",
    "\u{202E}",
    "ﷺ",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_analyzes_cleanly(text in any::<String>()) {
        let analyzer = Analyzer::new();
        check_analysis(&text, &analyzer.analyze(&text))?;
    }

    #[test]
    fn news_like_text_analyzes_cleanly(text in news_like()) {
        let analyzer = Analyzer::new();
        check_analysis(&text, &analyzer.analyze(&text))?;
    }
}
