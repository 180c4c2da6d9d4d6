//! The command-line tool, run as a user would: cases from
//! `tests/cases/cli.toml`, plus the inputs a TOML string cannot hold.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde::Deserialize;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    stdin: String,
    status: i32,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    stderr_contains: Vec<String>,
    stdout_lines: Option<usize>,
}

fn run(args: &[String], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-analyzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Feed stdin from a thread while the output is read, as a shell pipe
    // would: a large batch fills both pipes.
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().expect("the binary finishes");
    writer
        .join()
        .expect("the writer thread finishes")
        .expect("stdin accepts input");
    output
}

#[test]
fn cli_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/cli.toml");
    let table: Table =
        toml::from_str(&std::fs::read_to_string(path).expect("cli.toml")).expect("cli.toml parses");
    let mut failures = Vec::new();
    for case in &table.case {
        let out = run(&case.args, case.stdin.as_bytes());
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        let mut problems = Vec::new();
        if out.status.code() != Some(case.status) {
            problems.push(format!(
                "status {:?}, expected {}",
                out.status.code(),
                case.status
            ));
        }
        for want in &case.stdout_contains {
            if !stdout.contains(want.as_str()) {
                problems.push(format!("stdout lacks {want:?}"));
            }
        }
        for want in &case.stderr_contains {
            if !stderr.contains(want.as_str()) {
                problems.push(format!("stderr lacks {want:?}"));
            }
        }
        if let Some(n) = case.stdout_lines
            && stdout.lines().count() != n
        {
            problems.push(format!(
                "{} stdout lines, expected {n}",
                stdout.lines().count()
            ));
        }
        if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
            problems.push("a panic reached the user".into());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "  {:?}: {}\n    stdout: {stdout}\n    stderr: {stderr}",
                case.name,
                problems.join("; ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "CLI cases failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn invalid_utf8_is_reported_not_panicked() {
    let out = run(&[], b"caf\xe9 \xff");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "article-analyzer: standard input is not valid UTF-8 (bad byte at offset 3)\n"
    );

    let out = run(&["--jsonl".into()], b"{\"id\": 1, \"text\": \"caf\xe9\"}\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"id\":null,\"error\":\"the line is not valid UTF-8, line 1\"}\n"
    );
}

#[test]
fn batch_output_keeps_input_order() {
    let input: String = (0..50)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"“Line {i},” said Ada Quinlan.\"}}\n"))
        .collect();
    let out = run(&["--jsonl".into()], input.as_bytes());
    assert!(out.status.success());
    let ids: Vec<u64> = String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("JSON line")["id"]
                .as_u64()
                .expect("id")
        })
        .collect();
    assert_eq!(ids, (0..50).collect::<Vec<_>>());
}

/// Over several parallel batches, with long and short texts and bad lines
/// mixed in, each answer is on its own input's line number.
#[test]
fn parallel_batches_keep_input_order_and_line_numbers() {
    let input: String = (0..700)
        .map(|i| match i % 7 {
            0 => "not json\n".to_string(),
            3 => format!(
                "{{\"id\": {i}, \"text\": \"{}\"}}\n",
                "“The pier holds,” said Tom Reyes on Monday. ".repeat(40)
            ),
            _ => format!("{{\"id\": {i}, \"text\": \"“Line {i},” said Ada Quinlan.\"}}\n"),
        })
        .collect();
    let out = run(&["--jsonl".into()], input.as_bytes());
    assert!(
        !out.status.success(),
        "the bad lines make the exit status 1"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 700);
    for (i, line) in lines.iter().enumerate() {
        if i % 7 == 0 {
            let error = line["error"].as_str().expect("an error");
            assert!(error.ends_with(&format!(", line {}", i + 1)), "{error}");
        } else {
            assert_eq!(line["id"].as_u64(), Some(i as u64));
            assert!(line["quotes"].as_array().is_some_and(|q| !q.is_empty()));
        }
    }
}

#[test]
fn a_file_argument_reads_the_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/harbour-council.txt"
    );
    let out = run(&[path.into()], b"");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["reference_date"], "2021-03-03");
    assert_eq!(json["reference_date_source"], "article");
}

/// The README's batch-mode example shows a command and its output; running
/// the command must print exactly that output, so the example cannot go
/// stale.
#[test]
fn readme_batch_example_is_current() {
    let readme = include_str!("../README.md");
    let example = readme
        .split("```sh\n$ printf '%s\\n' '")
        .nth(1)
        .expect("the README has a batch example");
    let (input, rest) = example.split_once("' \\\n").expect("input line");
    let shown = rest
        .lines()
        .nth(1)
        .expect("the output line follows the command");
    let output = run(&["--jsonl".to_string()], format!("{input}\n").as_bytes());
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim_end(), shown);
}
