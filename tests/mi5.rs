//! The article this project started from, scored against its gold
//! annotations. The article and its annotations belong to their publisher
//! and live outside the repository, in `../shared/data`; this test reads
//! them when they are present and skips when they are not.

use std::collections::BTreeSet;
use std::path::Path;

use article_analyzer::{Analysis, Analyzer, QuoteKind, ReferenceDateSource};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    quotes: Vec<GoldSpan>,
    entities: Vec<GoldSpan>,
    dates: Vec<GoldSpan>,
    optional: Vec<GoldSpan>,
}

/// Offsets in the gold file count Unicode scalar values.
#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    value: Option<String>,
}

struct Article {
    text: String,
    gold: Gold,
    analysis: Analysis,
}

fn load() -> Option<Article> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(shared.join("mi5-article.txt")),
        std::fs::read_to_string(shared.join("articles/mi5-article.gold.json")),
    ) else {
        eprintln!(
            "skipped: ../shared/data/mi5-article.txt or its gold annotations are not present"
        );
        return None;
    };
    let gold: Gold = serde_json::from_str(&gold).expect("gold annotations parse");
    let analysis = Analyzer::new().analyze(&text);
    Some(Article {
        text,
        gold,
        analysis,
    })
}

impl Article {
    /// A byte span as scalar-value offsets, as the gold file counts.
    fn chars(&self, span: article_analyzer::Span) -> (usize, usize) {
        let count = |b: usize| self.text[..b].chars().count();
        (count(span.start), count(span.end))
    }

    fn is_optional(&self, (start, end): (usize, usize)) -> bool {
        self.gold
            .optional
            .iter()
            .any(|o| o.start < end && start < o.end)
    }
}

#[test]
fn every_attributed_quotation_goes_to_ken_mccallum() {
    let Some(article) = load() else { return };
    let speech: Vec<_> = article
        .analysis
        .quotes()
        .iter()
        .filter(|q| q.kind() == QuoteKind::Speech)
        .collect();
    let found: Vec<((usize, usize), &str)> = speech
        .iter()
        .map(|q| {
            (
                article.chars(q.span()),
                q.speaker().map_or("", |s| s.name()),
            )
        })
        .collect();
    let expected: Vec<((usize, usize), &str)> = article
        .gold
        .quotes
        .iter()
        .map(|g| ((g.start, g.end), g.speaker.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(found, expected);

    // The two attributions the foundation issue names.
    fn used<'a>(text: &'a str, q: &'a article_analyzer::Quote) -> (&'a str, Option<&'a str>) {
        let s = q.speaker().expect("speaker");
        (&text[s.span().range()], q.cue().map(|c| c.text()))
    }
    assert!(
        speech
            .iter()
            .any(|q| used(&article.text, q) == ("he", Some("told"))),
        "“…,” he told reporters"
    );
    assert!(
        speech
            .iter()
            .any(|q| used(&article.text, q) == ("the MI5 chief", Some("said"))),
        "“…,” said the MI5 chief"
    );
}

#[test]
fn the_subhead_is_a_term_without_a_speaker() {
    let Some(article) = load() else { return };
    let terms: Vec<_> = article
        .analysis
        .quotes()
        .iter()
        .filter(|q| q.kind() == QuoteKind::Term)
        .collect();
    assert_eq!(terms.len(), 1);
    // The subhead: a whole line of its own, in single quotation marks.
    let subhead = terms[0].text();
    assert!(
        subhead.starts_with('‘') && subhead.ends_with('’'),
        "{subhead}"
    );
    assert!(
        article.text.lines().any(|line| line.trim() == subhead),
        "{subhead}"
    );
    assert!(terms[0].speaker().is_none());
}

#[test]
fn entities_match_the_gold_annotations() {
    let Some(article) = load() else { return };
    let found: BTreeSet<(usize, usize, String)> = article
        .analysis
        .entities()
        .iter()
        .map(|e| (article.chars(e.span()), e.label().to_string()))
        .filter(|(span, _)| !article.is_optional(*span))
        .map(|((s, e), l)| (s, e, l))
        .collect();
    let expected: BTreeSet<(usize, usize, String)> = article
        .gold
        .entities
        .iter()
        .map(|g| (g.start, g.end, g.label.clone().expect("label")))
        .collect();
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
}

#[test]
fn dates_match_the_gold_annotations() {
    let Some(article) = load() else { return };
    let found: Vec<(usize, usize, &str)> = article
        .analysis
        .dates()
        .iter()
        .map(|d| {
            let (s, e) = article.chars(d.span());
            (s, e, d.value())
        })
        .collect();
    let expected: Vec<(usize, usize, &str)> = article
        .gold
        .dates
        .iter()
        .map(|g| (g.start, g.end, g.value.as_deref().expect("value")))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_reference_date_comes_from_the_article() {
    let Some(article) = load() else { return };
    assert_eq!(
        article
            .analysis
            .reference_date()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2020-10-14")
    );
    assert_eq!(
        article.analysis.reference_date_source(),
        Some(ReferenceDateSource::Article)
    );
}
