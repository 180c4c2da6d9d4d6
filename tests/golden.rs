//! Golden articles: self-written news stories in `tests/golden/*.txt`,
//! each compared as a whole against its expected JSON in
//! `tests/golden/*.json`.
//!
//! After a deliberate change in output, review the diff and accept it with
//! `make bless` (which sets `BLESS=1`).

use std::path::{Path, PathBuf};

use article_analyzer::Analyzer;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn golden_articles_match_their_expected_json() {
    let bless = std::env::var_os("BLESS").is_some();
    let analyzer = Analyzer::new();
    let mut articles: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert!(
        articles.len() >= 3,
        "expected the golden articles in tests/golden"
    );

    let mut failures = Vec::new();
    for article in &articles {
        let text = std::fs::read_to_string(article).expect("readable article");
        let analysis = analyzer.analyze(&text);
        let actual =
            serde_json::to_string_pretty(&analysis.to_json(&text)).expect("serializable") + "\n";
        let expected_path = article.with_extension("json");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writable golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}:\n{}",
                expected_path.display(),
                first_difference(&expected, &actual)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden output changed (review, then `make bless` to accept):\n\n{}",
        failures.join("\n\n")
    );
}

/// The first differing line with a little context, enough to see what
/// changed without a diff tool.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = at.saturating_sub(3);
    let show = |lines: &[&str]| {
        lines
            .iter()
            .skip(from)
            .take(8)
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "  at line {}\n  expected:\n{}\n  actual:\n{}",
        at + 1,
        show(&e),
        show(&a)
    )
}
