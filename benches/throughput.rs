//! Native throughput of the analyzer, in words per second, per extractor;
//! and how its time scales on crafted worst-case input.
//!
//! ```text
//! cargo bench --bench throughput        # or: make bench
//! ```
//!
//! It times whole `analyze` calls with no extractor (tokenizing and
//! splitting sentences and paragraphs), with each extractor alone (the
//! entity one is the tagger and everything around it: the rules, features,
//! Viterbi, merging and clustering; quotes need entities for speakers), and
//! with all three.
//! A "word" is a whitespace-separated token, as in CoNLL-2003; our own
//! tokenizer splits punctuation off too, so this undercounts tokens.
//!
//! The text is CoNLL-2003 `eng.testa` from `../shared/data` when it is
//! there (documents built as the evaluation builds them), and otherwise the
//! golden articles under `tests/golden`, which we wrote ourselves. Each
//! measurement is the median of several passes over the whole text.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use article_analyzer::{Analyzer, Extractor, Extractors};

const PASSES: usize = 9;

fn main() {
    if let Ok(case) = std::env::var(SCALING_CASE) {
        scale_one(&case);
        return;
    }
    let (source, documents) = corpus();
    let words: usize = documents.iter().map(|d| d.split_whitespace().count()).sum();
    let bytes: usize = documents.iter().map(String::len).sum();
    println!(
        "corpus: {source}: {} documents, {words} words, {bytes} bytes; median of {PASSES} passes",
        documents.len()
    );
    let only = |extractors: Extractors| Analyzer::builder().extractors(extractors).build();
    // No extractor still tokenizes and splits sentences and paragraphs.
    let text_only = only(Extractors::none());
    let entities_only = only(Extractors::none().with(Extractor::Entities));
    let quotes_only = only(Extractors::none().with(Extractor::Quotes));
    let dates_only = only(Extractors::none().with(Extractor::Dates));
    let everything = Analyzer::new();
    for (name, analyzer) in [
        ("text only", &text_only),
        ("entities only", &entities_only),
        ("quotes only", &quotes_only),
        ("dates only", &dates_only),
        ("all extractors", &everything),
    ] {
        let mut found = 0;
        let time = median(|| {
            found = documents
                .iter()
                .map(|d| analyzer.analyze(d).entities().len())
                .sum();
        });
        let seconds = time.as_secs_f64();
        println!(
            "{name:>15}: {:>6.1} ms per pass, {:>5.2} M words/s, {:>5.1} MB/s ({found} entities)",
            seconds * 1e3,
            words as f64 / seconds / 1e6,
            bytes as f64 / seconds / 1e6,
        );
    }
    scaling();
}

/// Set, in a child process of this benchmark, to the crafted case it
/// times alone.
const SCALING_CASE: &str = "ARTICLE_ANALYZER_SCALING_CASE";

/// Crafted worst cases at one size and twice that: analysis must stay
/// linear, so the second should take at most 2.2 times the first. Each
/// case runs in a process of its own: in one process, the heap that the
/// cases before had left shaped the timings (glibc's mmap and trim
/// thresholds move with what was freed), and one case's ratio went from
/// 2.0 to 2.3 with no change to the code it timed.
fn scaling() {
    println!(
        "scaling on crafted input (time for 2x ÷ time for 1x; linear is 2.0, the budget 2.2):"
    );
    let exe = std::env::current_exe().expect("the benchmark knows its own path");
    for (name, _, _) in crafted_cases() {
        let out = Command::new(&exe)
            .env(SCALING_CASE, name)
            .output()
            .expect("the benchmark can run itself");
        assert!(out.status.success(), "case {name}: {out:?}");
        print!("{}", String::from_utf8_lossy(&out.stdout));
    }
}

/// Times one crafted case at its size and twice that.
fn scale_one(wanted: &str) {
    let analyzer = Analyzer::new();
    let (name, make, size) = crafted_cases()
        .into_iter()
        .find(|(name, _, _)| *name == wanted)
        .expect("a known case");
    let (small, large) = (make(size), make(2 * size));
    let time = |text: &str| median(|| drop(analyzer.analyze(text))).as_secs_f64();
    let (t1, t2) = (time(&small), time(&large));
    println!(
        "{name:>18}: {:>7.1} ms → {:>7.1} ms, ratio {:.2}",
        t1 * 1e3,
        t2 * 1e3,
        t2 / t1
    );
}

/// A crafted case: its name, how to make a text of a given size, and that
/// size.
type Case = (&'static str, Box<dyn Fn(usize) -> String>, usize);

fn crafted_cases() -> Vec<Case> {
    let marks = |n: usize| -> String {
        let marks = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„"];
        (0..n).map(|i| marks[i * 7 % marks.len()]).collect()
    };
    let line = |bytes: usize| -> String {
        let sentence = "“The pier reopens on Monday,” said Ada Quinlan of the Kelso Harbour Council in March 2021. ";
        sentence.repeat(bytes / sentence.len())
    };
    let nested = |n: usize| -> String {
        let open: String = (0..n).map(|i| if i % 2 == 0 { "“" } else { "‘" }).collect();
        let close: String = (0..n)
            .rev()
            .map(|i| if i % 2 == 0 { "”" } else { "’" })
            .collect();
        format!("Ada Quinlan said {open}we are ready{close} on Monday.")
    };
    // One quotation naming many people, then a pronoun cue after it.
    let long_quote = |bytes: usize| -> String {
        let sentence = "Ada Quinlan met Tom Reyes and he told her the pier was safe. ";
        format!("“{}” he said.", sentence.repeat(bytes / sentence.len()))
    };
    vec![
        ("quotation marks", Box::new(marks), 100_000),
        ("one long line", Box::new(line), 1 << 20),
        ("nested quotations", Box::new(nested), 1_000),
        ("one long quotation", Box::new(long_quote), 1 << 20),
        ("one long word", Box::new(|n| "a".repeat(n)), 1_000_000),
        ("only newlines", Box::new(|n| "\n".repeat(n)), 1 << 20),
    ]
}

fn median(mut pass: impl FnMut()) -> Duration {
    pass(); // warm-up
    let mut times: Vec<Duration> = (0..PASSES)
        .map(|_| {
            let start = Instant::now();
            pass();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[PASSES / 2]
}

fn corpus() -> (String, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let conll = root.join("../shared/data/ner/conll2003/eng.testa");
    if let Ok(raw) = std::fs::read_to_string(&conll) {
        return ("CoNLL-2003 eng.testa".into(), conll_documents(&raw));
    }
    let mut documents: Vec<String> = std::fs::read_dir(root.join("tests/golden"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    documents.sort();
    // Repeated so a pass is long enough to time.
    let repeated = documents
        .iter()
        .cycle()
        .take(documents.len() * 200)
        .cloned();
    ("tests/golden articles x200".into(), repeated.collect())
}

/// Documents split at `-DOCSTART-`: words joined by spaces, sentences by
/// newlines.
fn conll_documents(raw: &str) -> Vec<String> {
    let mut documents = Vec::new();
    let mut current = String::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in raw.lines().chain([""]) {
        if line.starts_with("-DOCSTART-") {
            if !current.is_empty() {
                documents.push(std::mem::take(&mut current));
            }
            continue;
        }
        match line.split_whitespace().next() {
            Some(word) => sentence.push(word),
            None if !sentence.is_empty() => {
                current.push_str(&sentence.join(" "));
                current.push('\n');
                sentence.clear();
            }
            None => {}
        }
    }
    if !current.is_empty() {
        documents.push(current);
    }
    documents
}
