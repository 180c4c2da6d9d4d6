//! Training the tagger on CoNLL-2003 (only with the `train` feature).
//!
//! `cargo run --release --features train --bin train-ner` reads
//! `eng.train` and `eng.testa`, trains an averaged structured perceptron
//! over a fixed shuffle, chooses the epoch count by cross-validation over
//! `eng.train` documents, retrains on all of `eng.train`, quantizes the averaged
//! weights to `i8`, and writes `data/model/ner.bin`. `eng.testa` is only
//! scored, once, for the report. Documents go through this crate's own text
//! pipeline, exactly as at tagging time: the CoNLL tokens are joined with
//! spaces, re-tokenized, and the gold labels projected onto our tokens.

use std::fmt::Write as _;
use std::path::Path;

use super::features::{BUCKETS, Featurizer, SentenceRows};
use super::tags::{self, TAGS, Tag};
use super::{DocumentFeatures, viterbi};
use crate::entity::{EntityLabel, rules};
use crate::lexicon::Lexicon;
use crate::text::Document;

/// What training measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// `(epoch, precision, recall, F1)`, cross-validated on the training
    /// documents (the mean over the folds), per epoch.
    pub epochs: Vec<(usize, f64, f64, f64)>,
    /// The epoch count chosen by cross-validation and used to retrain on
    /// all of `eng.train`.
    pub best_epoch: usize,
    /// `(precision, recall, F1)` of the shipped (quantized) weights on the
    /// test file, the tagger alone.
    pub test: (f64, f64, f64),
    /// The same before quantization, to show what quantizing costs.
    pub test_unquantized: (f64, f64, f64),
    /// Non-zero weights after quantization, of `BUCKETS * TAGS`.
    pub nonzero: usize,
    /// Sentences and tokens trained on.
    pub sentences: usize,
    pub tokens: usize,
}

/// A document: its text as the evaluation builds it, and gold spans in
/// bytes.
struct GoldDoc {
    text: String,
    spans: Vec<(usize, usize, EntityLabel)>,
}

/// Reads a CoNLL-2003 file (IOB1 tags in the last column) into documents,
/// one per `-DOCSTART-`, tokens joined by spaces and sentences by newlines.
fn read_conll(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut docs = Vec::new();
    let mut doc = GoldDoc {
        text: String::new(),
        spans: Vec::new(),
    };
    let mut sentence: Vec<(String, String)> = Vec::new();
    let flush_sentence = |doc: &mut GoldDoc, sentence: &mut Vec<(String, String)>| {
        if sentence.is_empty() {
            return;
        }
        let mut open: Option<(usize, String)> = None;
        let mut last_end = doc.text.len();
        for (k, (word, tag)) in sentence.iter().enumerate() {
            if k > 0 {
                doc.text.push(' ');
            }
            let start = doc.text.len();
            doc.text.push_str(word);
            let label = tag.split_once('-').map(|(_, l)| l.to_string());
            let begins = tag.starts_with("B-") || label.as_ref() != open.as_ref().map(|(_, l)| l);
            if open.is_some() && (label.is_none() || begins) {
                let (s, l) = open.take().unwrap_or_default();
                doc.spans.extend(conll_label(&l).map(|l| (s, last_end, l)));
            }
            if let Some(l) = label
                && open.is_none()
            {
                open = Some((start, l));
            }
            last_end = doc.text.len();
        }
        if let Some((s, l)) = open {
            doc.spans.extend(conll_label(&l).map(|l| (s, last_end, l)));
        }
        doc.text.push('\n');
        sentence.clear();
    };
    for line in raw.lines() {
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.text.is_empty() {
                docs.push(std::mem::replace(
                    &mut doc,
                    GoldDoc {
                        text: String::new(),
                        spans: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        match (fields.first(), fields.last()) {
            (Some(word), Some(tag)) if fields.len() >= 2 => {
                sentence.push((word.to_string(), tag.to_string()))
            }
            _ => flush_sentence(&mut doc, &mut sentence),
        }
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

fn conll_label(label: &str) -> Option<EntityLabel> {
    Some(match label {
        "PER" => EntityLabel::Person,
        "ORG" => EntityLabel::Org,
        "LOC" => EntityLabel::Loc,
        "MISC" => EntityLabel::Misc,
        _ => return None,
    })
}

/// One sentence ready for training: feature rows and gold tags.
struct Example {
    rows: SentenceRows,
    gold: Vec<Tag>,
}

/// Runs a document through the pipeline and projects its gold spans onto
/// our tokens.
fn examples(doc: &GoldDoc, lexicon: &Lexicon, featurizer: &Featurizer) -> Vec<Example> {
    let parsed = Document::new(&doc.text);
    let rule_mentions = rules::extract(&parsed, lexicon);
    let headlines = rules::headlines(&parsed, lexicon);
    let features = DocumentFeatures::new(&parsed, lexicon, featurizer, &rule_mentions, &headlines);
    let rows = (0..parsed.sentences.len()).map(|index| {
        let mut rows = SentenceRows::default();
        features.sentence_rows(index, &mut rows);
        rows
    });
    let mut gold = vec![tags::O; parsed.tokens.len()];
    for &(start, end, label) in &doc.spans {
        let first = parsed.tokens.partition_point(|t| t.span.end <= start);
        let mut i = first;
        while i < parsed.tokens.len() && parsed.tokens[i].span.start < end {
            gold[i] = if i == first {
                tags::begin(label)
            } else {
                tags::inside(label)
            };
            i += 1;
        }
    }
    parsed
        .sentences
        .iter()
        .zip(rows)
        .map(|(s, rows)| Example {
            rows,
            gold: gold[s.tokens.clone()].to_vec(),
        })
        .collect()
}

/// Perceptron weights with lazy averaging.
struct Weights {
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    step: u32,
}

impl Weights {
    fn new(len: usize) -> Weights {
        Weights {
            w: vec![0.0; len],
            total: vec![0.0; len],
            stamp: vec![0; len],
            step: 1,
        }
    }

    fn add(&mut self, i: usize, delta: f32) {
        self.total[i] += f64::from(self.step - self.stamp[i]) * f64::from(self.w[i]);
        self.stamp[i] = self.step;
        self.w[i] += delta;
    }

    fn averaged(&self) -> Vec<f32> {
        (0..self.w.len())
            .map(|i| {
                let total =
                    self.total[i] + f64::from(self.step - self.stamp[i]) * f64::from(self.w[i]);
                (total / f64::from(self.step)) as f32
            })
            .collect()
    }
}

const TRANSITIONS: usize = (TAGS + 1) * TAGS;

fn transition_index(from: Option<Tag>, to: Tag) -> usize {
    from.map_or(TAGS, usize::from) * TAGS + usize::from(to)
}

/// Decodes a sentence with plain (training or averaged) weights.
fn decode(emit: &[f32], trans: &[f32], rows: &SentenceRows) -> Vec<Tag> {
    let emissions: Vec<[f32; TAGS]> = rows
        .words()
        .map(|rows| {
            let mut scores = [0.0; TAGS];
            for &row in rows {
                let base = row as usize * TAGS;
                for (t, score) in scores.iter_mut().enumerate() {
                    *score += emit[base + t];
                }
            }
            scores
        })
        .collect();
    viterbi(&emissions, |from, to| trans[transition_index(from, to)])
}

/// Entity-level precision, recall and F1, in percent.
fn score(examples: &[&Example], emit: &[f32], trans: &[f32]) -> (f64, f64, f64) {
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for ex in examples {
        let guess = tags::spans(&decode(emit, trans, &ex.rows));
        let truth = tags::spans(&ex.gold);
        tp += guess.iter().filter(|g| truth.contains(g)).count();
        predicted += guess.len();
        gold += truth.len();
    }
    let p = 100.0 * tp as f64 / predicted.max(1) as f64;
    let r = 100.0 * tp as f64 / gold.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

/// The epoch count is chosen by `FOLDS`-fold cross-validation over the
/// training documents, so `eng.testa` stays unseen until the final model
/// is scored.
const FOLDS: usize = 5;

/// Trains on `train` and writes the model to `out`; `test` is scored once,
/// with the final weights, for the report. `progress` receives a line per
/// epoch.
///
/// Two stages: cross-validation over `train` (each fold trains on four
/// documents in five for `epochs` epochs and scores the fifth after each)
/// picks the epoch count with the best mean F1; then the model is
/// retrained on all of `train` for that many epochs.
pub fn train(
    train: &Path,
    test: &Path,
    epochs: usize,
    out: &Path,
    mut progress: impl FnMut(&str),
) -> Result<Report, String> {
    let lexicon = Lexicon::load();
    let featurizer = Featurizer::new(&lexicon);
    // Examples grouped by document, so folds split at document boundaries.
    let read_examples = |path: &Path| -> Result<Vec<Vec<Example>>, String> {
        Ok(read_conll(path)?
            .iter()
            .map(|d| examples(d, &lexicon, &featurizer))
            .collect())
    };
    let by_doc = read_examples(train)?;
    let test_docs = read_examples(test)?;
    let test_set: Vec<&Example> = test_docs.iter().flatten().collect();
    progress(&format!(
        "{} training documents, {} test sentences; {FOLDS}-fold cross-validation",
        by_doc.len(),
        test_set.len()
    ));

    // Sums of (P, R, F1) per epoch over the folds.
    let mut sums = vec![(0.0, 0.0, 0.0); epochs];
    for fold in 0..FOLDS {
        let in_fold = |held: bool| -> Vec<&Example> {
            by_doc
                .iter()
                .enumerate()
                .filter(|(i, _)| (i % FOLDS == fold) == held)
                .flat_map(|(_, doc)| doc)
                .collect()
        };
        let (fit_set, held_set) = (in_fold(false), in_fold(true));
        fit(&fit_set, epochs, |epoch, emit, trans| {
            let (p, r, f) = score(&held_set, emit, trans);
            let sum = &mut sums[epoch - 1];
            *sum = (sum.0 + p, sum.1 + r, sum.2 + f);
        });
        progress(&format!("fold {} of {FOLDS} done", fold + 1));
    }
    let n = FOLDS as f64;
    let held_scores: Vec<(usize, f64, f64, f64)> = sums
        .iter()
        .enumerate()
        .map(|(e, &(p, r, f))| (e + 1, p / n, r / n, f / n))
        .collect();
    for &(epoch, p, r, f) in &held_scores {
        progress(&format!(
            "epoch {epoch}: cross-validated P {p:.2} R {r:.2} F1 {f:.2}"
        ));
    }
    let best_epoch = held_scores
        .iter()
        .fold(
            None,
            |best: Option<(usize, f64, f64, f64)>, &e| match best {
                Some(b) if b.3 >= e.3 => Some(b),
                _ => Some(e),
            },
        )
        .map_or(epochs, |e| e.0);

    let all: Vec<&Example> = by_doc.iter().flatten().collect();
    let tokens = all.iter().map(|e| e.gold.len()).sum();
    progress(&format!(
        "retraining on all {} sentences for {best_epoch} epochs",
        all.len()
    ));
    let mut last = None;
    fit(&all, best_epoch, |_, emit, trans| {
        last = Some((emit.to_vec(), trans.to_vec()));
    });
    let (emit, trans) = last.ok_or("no epochs were run")?;
    let unquantized = score(&test_set, &emit, &trans);
    let model = Quantized::new(&emit, &trans);
    let (emit, trans) = model.dequantized();
    let report = Report {
        epochs: held_scores,
        best_epoch,
        test: score(&test_set, &emit, &trans),
        test_unquantized: unquantized,
        nonzero: model.nonzero(),
        sentences: all.len(),
        tokens,
    };
    write(out, &model, &report)?;
    Ok(report)
}

/// Runs the averaged perceptron for `epochs` epochs over a fixed shuffle,
/// handing the averaged weights to `after_epoch` after each one.
fn fit(set: &[&Example], epochs: usize, mut after_epoch: impl FnMut(usize, &[f32], &[f32])) {
    let mut emit = Weights::new(BUCKETS * TAGS);
    let mut trans = Weights::new(TRANSITIONS);
    let mut order: Vec<usize> = (0..set.len()).collect();
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    for epoch in 1..=epochs {
        // Fisher-Yates with a fixed xorshift: the same order every run.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let ex = &set[k];
            let guess = decode(&emit.w, &trans.w, &ex.rows);
            if guess != ex.gold {
                for (i, (&g, &p)) in ex.gold.iter().zip(&guess).enumerate() {
                    if g != p {
                        for &row in ex.rows.word(i) {
                            emit.add(row as usize * TAGS + usize::from(g), 1.0);
                            emit.add(row as usize * TAGS + usize::from(p), -1.0);
                        }
                    }
                    let gp = i.checked_sub(1).map(|j| ex.gold[j]);
                    let pp = i.checked_sub(1).map(|j| guess[j]);
                    if g != p || gp != pp {
                        trans.add(transition_index(gp, g), 1.0);
                        trans.add(transition_index(pp, p), -1.0);
                    }
                }
            }
            emit.step += 1;
            trans.step += 1;
        }
        after_epoch(epoch, &emit.averaged(), &trans.averaged());
    }
}

/// Weights as shipped: `i8` emissions and `i16` transitions sharing one
/// scale.
struct Quantized {
    scale: f32,
    emit: Vec<i8>,
    trans: Vec<i16>,
}

impl Quantized {
    fn new(emit: &[f32], trans: &[f32]) -> Quantized {
        let max = emit.iter().chain(trans).fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        Quantized {
            scale,
            emit: emit
                .iter()
                .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
                .collect(),
            trans: trans
                .iter()
                .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect(),
        }
    }

    /// The weights back as floats, to score exactly what ships.
    fn dequantized(&self) -> (Vec<f32>, Vec<f32>) {
        (
            self.emit
                .iter()
                .map(|&w| f32::from(w) * self.scale)
                .collect(),
            self.trans
                .iter()
                .map(|&w| f32::from(w) * self.scale)
                .collect(),
        )
    }

    fn nonzero(&self) -> usize {
        self.emit.iter().filter(|&&w| w != 0).count()
    }
}

/// Writes the model with its provenance header.
fn write(out: &Path, model: &Quantized, report: &Report) -> Result<(), String> {
    let (p, r, f) = report.test;

    let mut header = String::new();
    let _ = writeln!(
        header,
        "# Named-entity tagger weights for article-analyzer (averaged perceptron, BIO, Viterbi)."
    );
    let _ = writeln!(
        header,
        "# Generated by: cargo run --release --features train --bin train-ner (do not edit by hand)"
    );
    let _ = writeln!(
        header,
        "# Trained on: CoNLL-2003 English eng.train (../shared/data/ner/conll2003); epoch count chosen by 5-fold cross-validation over eng.train documents."
    );
    let _ = writeln!(
        header,
        "# {} epochs; eng.testa, model alone as quantized: P {p:.2} R {r:.2} F1 {f:.2}; {} non-zero weights of {}.",
        report.best_epoch,
        report.nonzero,
        model.emit.len()
    );
    let _ = writeln!(
        header,
        "# Layout after the #end line: b\"NERW\", u32 buckets, u32 tags, f32 scale, i16 transitions [(tags+1)*tags], i8 weights [buckets*tags]; little-endian."
    );
    header.push_str("#end\n");

    let mut bytes = header.into_bytes();
    bytes.extend_from_slice(b"NERW");
    bytes.extend_from_slice(&(BUCKETS as u32).to_le_bytes());
    bytes.extend_from_slice(&(TAGS as u32).to_le_bytes());
    bytes.extend_from_slice(&model.scale.to_le_bytes());
    for w in &model.trans {
        bytes.extend_from_slice(&w.to_le_bytes());
    }
    bytes.extend(model.emit.iter().map(|&w| w as u8));
    std::fs::write(out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
