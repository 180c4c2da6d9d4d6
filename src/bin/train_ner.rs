//! Trains the named-entity tagger and writes `data/model/ner.bin`.
//!
//! ```text
//! cargo run --release --features train --bin train-ner -- [--check] [DATA_DIR] [EPOCHS]
//! ```
//!
//! `DATA_DIR` defaults to `../shared/data/ner/conll2003` and must hold
//! `eng.train` and `eng.testa`. The corpus is only read, never copied.
//!
//! With `--check`, the weights go to `target/ner.check.bin` instead, and
//! the run fails unless they equal the committed `data/model/ner.bin`
//! byte for byte: training is deterministic, so a difference means a rule,
//! tokenizer or feature change has left the shipped model stale.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let check = args.next_if(|a| a == "--check").is_some();
    let data = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/data/ner/conll2003".into()),
    );
    let epochs = match args.next().map(|e| e.parse::<usize>()) {
        None => 20,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("train-ner: EPOCHS must be a positive number");
            return ExitCode::from(2);
        }
    };
    let shipped = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/model/ner.bin"));
    let out = if check {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/ner.check.bin"))
    } else {
        shipped.clone()
    };
    let started = std::time::Instant::now();
    let result = article_analyzer::training::train(
        &data.join("eng.train"),
        &data.join("eng.testa"),
        epochs,
        &out,
        |line| eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64()),
    );
    match result {
        Ok(report) => {
            eprintln!(
                "{} sentences, {} tokens; {} epochs; eng.testa F1 {:.2} before quantizing; as shipped P {:.2} R {:.2} F1 {:.2}; {} non-zero weights; wrote {}",
                report.sentences,
                report.tokens,
                report.best_epoch,
                report.test_unquantized.2,
                report.test.0,
                report.test.1,
                report.test.2,
                report.nonzero,
                out.display()
            );
            if check && std::fs::read(&out).ok() != std::fs::read(&shipped).ok() {
                eprintln!(
                    "train-ner: {} is stale: retraining gives different weights; run `make train-ner` and update data/model/MODEL_CARD.md",
                    shipped.display()
                );
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("train-ner: {e}");
            ExitCode::FAILURE
        }
    }
}
