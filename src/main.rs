//! The `article-analyzer` command: the library's JSON on the command line.
//!
//! This file only parses arguments, reads input and writes output; all
//! analysis and the JSON shape live in the library.

use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use article_analyzer::{Analyzer, Date, DateOrder, Options};
use serde::Serialize;
use serde_json::{Map, Value};

const USAGE: &str = "\
Usage: article-analyzer [--reference-date YYYY-MM-DD] [FILE]
       article-analyzer --jsonl < articles.jsonl

Finds quotations and their speakers, named entities and dates in a news
article and prints them as JSON. Offsets count UTF-16 code units.

Reads FILE, or standard input when no FILE is given.

Options:
  --reference-date YYYY-MM-DD  resolve relative dates against this day
                               (default: the article's own dateline)
  --day-first                  read 03/04/2020 as 3 April, not March 4
  --jsonl                      batch mode: each input line is a JSON object
                               {\"id\", \"text\", \"reference_date\"?}; each
                               output line is {\"id\", …analysis}, in order
  -h, --help                   print this help
  -V, --version                print the version";

/// What the command line asked for.
struct Args {
    reference_date: Option<Date>,
    date_order: DateOrder,
    jsonl: bool,
    file: Option<PathBuf>,
}

enum Failure {
    /// Bad arguments: exit status 2.
    Usage(String),
    /// Anything else: exit status 1.
    Run(String),
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(Failure::Usage(msg)) => {
            eprintln!("article-analyzer: {msg}\nRun 'article-analyzer --help' for usage.");
            ExitCode::from(2)
        }
        Err(Failure::Run(msg)) => {
            eprintln!("article-analyzer: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, Failure> {
    let Some(args) = parse_args()? else {
        return Ok(ExitCode::SUCCESS);
    };
    let options = Options::default()
        .reference_date(args.reference_date)
        .date_order(args.date_order);
    let analyzer = Analyzer::new();
    let stdout = io::stdout().lock();
    let result = if args.jsonl {
        if args.file.is_some() {
            return Err(Failure::Usage(
                "--jsonl reads standard input; leave out FILE".into(),
            ));
        }
        batch(&analyzer, &options, io::stdin().lock(), stdout)
    } else {
        let text = read_article(args.file.as_ref())?;
        single(&analyzer, &options, &text, stdout).map(|()| ExitCode::SUCCESS)
    };
    match result {
        Ok(code) => Ok(code),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(Failure::Run(format!("cannot write output: {e}"))),
    }
}

fn parse_args() -> Result<Option<Args>, Failure> {
    use lexopt::prelude::*;
    let usage = |e: lexopt::Error| Failure::Usage(e.to_string());
    let mut args = Args {
        reference_date: None,
        date_order: DateOrder::MonthFirst,
        jsonl: false,
        file: None,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long("reference-date") => {
                let value = parser.value().map_err(usage)?.string().map_err(usage)?;
                let date = value
                    .parse::<Date>()
                    .map_err(|e| Failure::Usage(format!("--reference-date: {e}")))?;
                args.reference_date = Some(date);
            }
            Long("jsonl") => args.jsonl = true,
            Long("day-first") => args.date_order = DateOrder::DayFirst,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("article-analyzer {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Value(file) if args.file.is_none() => args.file = Some(file.into()),
            _ => return Err(usage(arg.unexpected())),
        }
    }
    Ok(Some(args))
}

fn read_article(file: Option<&PathBuf>) -> Result<String, Failure> {
    let (name, bytes) = match file {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| Failure::Run(format!("cannot read {}: {e}", path.display())))?;
            (path.display().to_string(), bytes)
        }
        None => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Run(format!("cannot read standard input: {e}")))?;
            ("standard input".to_string(), bytes)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure::Run(format!(
            "{name} is not valid UTF-8 (bad byte at offset {at})"
        ))
    })
}

fn single(analyzer: &Analyzer, options: &Options, text: &str, out: impl Write) -> io::Result<()> {
    // Buffered: the JSON writer makes many small writes.
    let mut out = io::BufWriter::new(out);
    let analysis = analyzer.analyze_with(text, options);
    serde_json::to_writer_pretty(&mut out, &analysis.to_json(text))?;
    writeln!(out)?;
    out.flush()
}

/// One output line of batch mode.
#[derive(Serialize)]
struct Line<T> {
    id: Value,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct LineError {
    error: String,
}

/// Lines analyzed together: a batch is spread over every core, then
/// written in input order before the next is read, so memory stays bounded.
const BATCH_LINES: usize = 256;

fn batch(
    analyzer: &Analyzer,
    options: &Options,
    input: impl BufRead,
    out: impl Write,
) -> io::Result<ExitCode> {
    let mut out = io::BufWriter::new(out);
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let mut lines = input.split(b'\n').enumerate();
    let mut failed = false;
    loop {
        let chunk = lines
            .by_ref()
            .take(BATCH_LINES)
            .map(|(n, line)| line.map(|line| (n, line)))
            .collect::<io::Result<Vec<_>>>()?;
        if chunk.is_empty() {
            break;
        }
        let per_worker = chunk.len().div_ceil(workers);
        let answers: Vec<(Vec<u8>, bool)> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunk
                .chunks(per_worker)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|(n, line)| answer(analyzer, options, *n, line))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for (bytes, line_failed) in answers {
            failed |= line_failed;
            out.write_all(&bytes)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The output line for input line `n` (counted from 0), and whether it is
/// an error.
fn answer(analyzer: &Analyzer, options: &Options, n: usize, line: &[u8]) -> (Vec<u8>, bool) {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let (json, failed) = match parse_line(line) {
        Ok(request) => {
            let options = match request.reference_date {
                Some(d) => options.clone().reference_date(Some(d)),
                None => options.clone(),
            };
            let analysis = analyzer.analyze_with(&request.text, &options);
            let body = analysis.to_json(&request.text);
            let line = Line {
                id: request.id,
                body,
            };
            (serde_json::to_vec(&line), false)
        }
        Err((id, msg)) => {
            let body = LineError {
                error: format!("{msg}, line {}", n + 1),
            };
            (serde_json::to_vec(&Line { id, body }), true)
        }
    };
    // Serializing plain values to memory cannot fail; say so if it ever does.
    let json = json.unwrap_or_else(|e| {
        let error = serde_json::json!({ "error": format!("cannot write JSON: {e}") });
        error.to_string().into_bytes()
    });
    (json, failed)
}

struct Request {
    id: Value,
    text: String,
    reference_date: Option<Date>,
}

/// Reads one batch line, or says what is wrong with it (with the line's id
/// when it has one).
fn parse_line(line: &[u8]) -> Result<Request, (Value, String)> {
    let no_id = |msg: String| (Value::Null, msg);
    let line =
        std::str::from_utf8(line).map_err(|_| no_id("the line is not valid UTF-8".into()))?;
    if line.trim().is_empty() {
        return Err(no_id("empty line; expected a JSON object".into()));
    }
    let value: Value =
        serde_json::from_str(line).map_err(|e| no_id(format!("invalid JSON ({e})")))?;
    let Value::Object(mut fields) = value else {
        return Err(no_id(
            "expected a JSON object like {\"id\": …, \"text\": …}".into(),
        ));
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    let fail = |msg: String| Err((id.clone(), msg));
    if let Some(unknown) = fields
        .keys()
        .find(|k| !matches!(k.as_str(), "text" | "reference_date"))
    {
        return fail(format!(
            "unknown field {unknown:?} (expected \"id\", \"text\" and \"reference_date\")"
        ));
    }
    let text = match take(&mut fields, "text") {
        Some(Value::String(text)) => text,
        Some(_) => return fail("\"text\" must be a string".into()),
        None => return fail("missing \"text\"".into()),
    };
    let reference_date = match take(&mut fields, "reference_date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match s.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return fail(format!("\"reference_date\": {e}")),
        },
        Some(_) => return fail("\"reference_date\" must be a string YYYY-MM-DD or null".into()),
    };
    Ok(Request {
        id,
        text,
        reference_date,
    })
}

fn take(fields: &mut Map<String, Value>, key: &str) -> Option<Value> {
    fields.remove(key)
}
