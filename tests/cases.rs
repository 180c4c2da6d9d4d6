//! Runs the named case tables in `tests/cases/*.toml`: one table per
//! capability, each case a sentence written for this project and the whole
//! expected result for it.

use std::fmt::Debug;

use article_analyzer::{Analysis, Analyzer, Date, DateOrder, Options};
use serde::Deserialize;

#[derive(Deserialize)]
struct Table<T> {
    case: Vec<Case<T>>,
}

#[derive(Deserialize)]
struct Case<T> {
    name: String,
    text: String,
    reference_date: Option<String>,
    expect: T,
    #[serde(default)]
    option: Option<String>,
    #[serde(default)]
    day_first: bool,
    #[serde(default)]
    source: Option<String>,
}

fn load<T: for<'de> Deserialize<'de>>(name: &str) -> Vec<Case<T>> {
    let path = format!("{}/tests/cases/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table: Table<T> = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(!table.case.is_empty(), "{path} has no cases");
    table.case
}

fn analyze<T>(analyzer: &Analyzer, case: &Case<T>) -> Analysis {
    let date = case.reference_date.as_ref().or(case.option.as_ref());
    let date = date.map(|d| {
        d.parse::<Date>()
            .unwrap_or_else(|e| panic!("case {:?}: {e}", case.name))
    });
    let order = if case.day_first {
        DateOrder::DayFirst
    } else {
        DateOrder::MonthFirst
    };
    analyzer.analyze_with(
        &case.text,
        &Options::default().reference_date(date).date_order(order),
    )
}

/// Runs every case and reports all the failures at once.
fn check<T, A: PartialEq<T> + Debug>(table: &str, actual: impl Fn(&Analyzer, &Case<T>) -> A)
where
    T: for<'de> Deserialize<'de> + Debug,
{
    let analyzer = Analyzer::new();
    let cases = load::<T>(table);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let got = actual(&analyzer, case);
            (got != case.expect).then(|| {
                format!(
                    "  {:?}\n    text:     {:?}\n    expected: {:?}\n    got:      {:?}",
                    case.name, case.text, case.expect, got
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {table} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExpectedQuote {
    text: String,
    kind: String,
    speaker: String,
    speaker_text: String,
    cue: String,
}

#[test]
fn quote_cases() {
    check::<Vec<ExpectedQuote>, _>("quotes", |analyzer, case| {
        analyze(analyzer, case)
            .quotes()
            .iter()
            .map(|q| ExpectedQuote {
                text: q.text().to_string(),
                kind: q.kind().to_string(),
                speaker: q.speaker().map_or(String::new(), |s| s.name().to_string()),
                speaker_text: q
                    .speaker()
                    .map_or(String::new(), |s| case.text[s.span().range()].to_string()),
                cue: q.cue().map_or(String::new(), |c| c.text().to_string()),
            })
            .collect::<Vec<_>>()
    });
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExpectedEntity {
    text: String,
    label: String,
    canonical: String,
}

#[test]
fn entity_cases() {
    check::<Vec<ExpectedEntity>, _>("entities", |analyzer, case| {
        analyze(analyzer, case)
            .entities()
            .iter()
            .map(|e| ExpectedEntity {
                text: e.text().to_string(),
                label: e.label().to_string(),
                canonical: e.canonical().to_string(),
            })
            .collect::<Vec<_>>()
    });
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExpectedCluster {
    canonical: String,
    label: String,
    mentions: Vec<String>,
}

#[test]
fn cluster_cases() {
    check::<Vec<ExpectedCluster>, _>("clusters", |analyzer, case| {
        let analysis = analyze(analyzer, case);
        let entities = analysis.entities();
        for (c, cluster) in analysis.clusters().iter().enumerate() {
            for &m in cluster.mentions() {
                assert_eq!(
                    entities[m].cluster(),
                    c,
                    "{}: mention and cluster disagree",
                    case.name
                );
            }
        }
        analysis
            .clusters()
            .iter()
            .map(|c| ExpectedCluster {
                canonical: c.canonical().to_string(),
                label: c.label().to_string(),
                mentions: c
                    .mentions()
                    .iter()
                    .map(|&m| entities[m].text().to_string())
                    .collect(),
            })
            .collect::<Vec<_>>()
    });
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExpectedDate {
    text: String,
    value: String,
    #[serde(rename = "type")]
    timex_type: String,
    #[serde(default)]
    ambiguous: bool,
}

#[test]
fn date_cases() {
    check::<Vec<ExpectedDate>, _>("dates", |analyzer, case| {
        analyze(analyzer, case)
            .dates()
            .iter()
            .map(|d| ExpectedDate {
                text: d.text().to_string(),
                value: d.value().to_string(),
                timex_type: d.timex_type().to_string(),
                ambiguous: d.is_ambiguous(),
            })
            .collect::<Vec<_>>()
    });
}

#[test]
fn reference_date_cases() {
    check::<String, _>("reference_date", |analyzer, case| {
        let analysis = analyze(analyzer, case);
        let date = analysis
            .reference_date()
            .map_or(String::new(), |d| d.to_string());
        let source = analysis.reference_date_source().map_or("", |s| s.as_str());
        let expected_source = case.source.as_deref().unwrap_or("");
        // The source must match too; fold it into the compared string.
        if source == expected_source {
            date
        } else {
            format!("{date} (from {source:?}, expected {expected_source:?})")
        }
    });
}
