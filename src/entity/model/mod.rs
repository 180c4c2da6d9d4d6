//! The learned tagger: an averaged structured perceptron over BIO tags,
//! with Viterbi decoding.
//!
//! The weights are trained by `train` (behind the `train` feature, never in
//! the browser build) on CoNLL-2003 and shipped as `data/model/ner.bin`:
//! one `i8` per (feature row, tag), a shared scale, and the tag-transition
//! scores. See `data/model/MODEL_CARD.md` for what it was trained on and how
//! well it does.

pub(crate) mod features;
pub(crate) mod tags;
#[cfg(feature = "train")]
pub mod train;

use std::ops::Range;

use features::{BUCKETS, DocView, Featurizer, SentenceRows, SentenceView};
use tags::{TAGS, Tag};

use super::{EntityLabel, Mention};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};
use crate::words::WordList;

const MODEL: &[u8] = include_bytes!("../../../data/model/ner.bin");
const MAGIC: &[u8; 4] = b"NERW";

/// The shipped weights, read in place from the embedded bytes, and the
/// featurizer that goes with them.
///
/// Scores stay in the file's integer units, unscaled: one positive scale
/// does not change which path is best, and whole numbers (below 2^24) add
/// up in `f32` without rounding, so that near ties do not turn on the
/// order of additions.
pub(crate) struct Model {
    /// `transitions[from][to]`, `from == TAGS` being the sentence start.
    transitions: [[f32; TAGS]; TAGS + 1],
    /// The weights; `None` if the embedded file is malformed.
    weights: Option<Packed>,
    featurizer: Featurizer,
}

impl Model {
    /// The embedded model. Its layout is checked by a test; a malformed
    /// file gives a model that tags nothing rather than a panic.
    pub(crate) fn load(lexicon: &Lexicon) -> Model {
        let featurizer = Featurizer::new(lexicon);
        match parse(MODEL) {
            Some((transitions, weights)) => Model {
                transitions,
                weights: Some(Packed::new(weights)),
                featurizer,
            },
            None => Model {
                transitions: [[0.0; TAGS]; TAGS + 1],
                weights: None,
                featurizer,
            },
        }
    }

    /// Whether the embedded weights loaded.
    pub(crate) fn is_loaded(&self) -> bool {
        self.weights.is_some()
    }

    #[inline(always)]
    fn emission(&self, rows: &[u32], scores: &mut [f32; TAGS]) {
        let mut sums = [0i32; TAGS];
        let Some(weights) = &self.weights else {
            *scores = [0.0; TAGS];
            return;
        };
        for &row in rows {
            if let Some(cells) = weights.row(row as usize) {
                for (sum, &w) in sums.iter_mut().zip(cells) {
                    *sum += i32::from(w);
                }
            }
        }
        for (score, sum) in scores.iter_mut().zip(sums) {
            *score = sum as f32;
        }
    }

    /// The best tag sequence for a sentence given its feature rows,
    /// computed in `scratch` so that a document reuses its buffers.
    pub(crate) fn tag_into<'s>(&self, rows: &SentenceRows, scratch: &'s mut Scratch) -> &'s [Tag] {
        scratch.emissions.clear();
        scratch.emissions.resize(rows.len(), [0.0; TAGS]);
        for (scores, rows) in scratch.emissions.iter_mut().zip(rows.words()) {
            if rows.is_empty() {
                // A word left unscored (a scored word always has its bias
                // row) is outside any name.
                *scores = [f32::NEG_INFINITY; TAGS];
                scores[usize::from(tags::O)] = 0.0;
            } else {
                self.emission(rows, scores);
            }
        }
        decode(
            &scratch.emissions,
            |from, to| self.transitions[from.map_or(TAGS, usize::from)][usize::from(to)],
            &mut scratch.lattice,
        )
    }
}

/// Buffers for tagging one sentence after another.
#[derive(Default)]
pub(crate) struct Scratch {
    emissions: Vec<[f32; TAGS]>,
    lattice: Lattice,
}

/// Viterbi's working tables.
#[derive(Default)]
pub(crate) struct Lattice {
    best: Vec<[f32; TAGS]>,
    back: Vec<[Tag; TAGS]>,
    out: Vec<Tag>,
}

/// The weight table without its empty rows. Four rows in five hold only
/// zeros; the others take a fifth of the space, which a cache holds where
/// it would not hold the whole table, and a feature whose row is empty
/// costs one bit test.
struct Packed {
    /// One bit per row, set if the row holds a weight that is not zero.
    live: Box<[u64; BUCKETS / 64]>,
    /// How many rows are live before each word of `live`.
    live_before: Box<[u32; BUCKETS / 64]>,
    /// The live rows in order.
    rows: Vec<[i8; TAGS]>,
}

impl Packed {
    fn new(weights: &Weights) -> Packed {
        let mut live = Box::new([0; BUCKETS / 64]);
        let mut live_before = Box::new([0; BUCKETS / 64]);
        let mut rows = Vec::new();
        for (row, cells) in weights.chunks_exact(TAGS).enumerate() {
            if row % 64 == 0 {
                live_before[row / 64] = rows.len() as u32;
            }
            if cells.iter().any(|&w| w != 0) {
                live[row / 64] |= 1 << (row % 64);
                rows.push(std::array::from_fn(|tag| cells[tag] as i8));
            }
        }
        Packed {
            live,
            live_before,
            rows,
        }
    }

    /// The weights of `row`, or `None` if they are all zero.
    #[inline(always)]
    fn row(&self, row: usize) -> Option<&[i8; TAGS]> {
        // Rows are below `BUCKETS`; the mask lets the compiler see it.
        let row = row & (BUCKETS - 1);
        let word = self.live[row / 64];
        let bit = 1 << (row % 64);
        if word & bit == 0 {
            return None;
        }
        let rank = self.live_before[row / 64] as usize + (word & (bit - 1)).count_ones() as usize;
        self.rows.get(rank)
    }
}

/// The weight table: `BUCKETS` rows of `TAGS` signed bytes.
type Weights = [u8; BUCKETS * TAGS];

/// The transitions, in the file's units, and the weights.
type Parsed = ([[f32; TAGS]; TAGS + 1], &'static Weights);

fn parse(bytes: &'static [u8]) -> Option<Parsed> {
    // A text header of "# " lines ends with "#end\n".
    let end = bytes.windows(5).position(|w| w == b"#end\n")? + 5;
    let body = &bytes[end..];
    if body.get(..4)? != MAGIC {
        return None;
    }
    let u32_at = |at: usize| Some(u32::from_le_bytes(body.get(at..at + 4)?.try_into().ok()?));
    let (buckets, tags) = (u32_at(4)? as usize, u32_at(8)? as usize);
    if buckets != BUCKETS || tags != TAGS {
        return None;
    }
    // Bytes 12..16 hold the scale of both tables, which tagging needs not.
    let mut at = 16;
    let mut transitions = [[0.0; TAGS]; TAGS + 1];
    for row in transitions.iter_mut() {
        for cell in row.iter_mut() {
            *cell = f32::from(i16::from_le_bytes(body.get(at..at + 2)?.try_into().ok()?));
            at += 2;
        }
    }
    let weights = body.get(at..at + BUCKETS * TAGS)?.try_into().ok()?;
    Some((transitions, weights))
}

/// Viterbi over BIO tags, never producing an I- that does not continue
/// its own label.
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) fn viterbi(
    emissions: &[[f32; TAGS]],
    transition: impl Fn(Option<Tag>, Tag) -> f32,
) -> Vec<Tag> {
    let mut lattice = Lattice::default();
    decode(emissions, transition, &mut lattice);
    lattice.out
}

/// [`viterbi`] in reusable tables; the tags are left in `lattice.out`.
fn decode<'l>(
    emissions: &[[f32; TAGS]],
    transition: impl Fn(Option<Tag>, Tag) -> f32,
    lattice: &'l mut Lattice,
) -> &'l [Tag] {
    let n = emissions.len();
    let Lattice { best, back, out } = lattice;
    best.clear();
    best.resize(n, [f32::NEG_INFINITY; TAGS]);
    back.clear();
    back.resize(n, [0; TAGS]);
    out.clear();
    if n == 0 {
        return out;
    }
    // Scores of every step, -∞ where BIO forbids it: a forbidden or
    // unreachable step then never beats the best, with no test for either.
    let mut steps = [[f32::NEG_INFINITY; TAGS]; TAGS + 1];
    for (from, row) in steps.iter_mut().enumerate() {
        let from = (from < TAGS).then_some(from as Tag);
        for (to, score) in (0..TAGS as Tag).zip(row.iter_mut()) {
            if tags::allowed(from, to) {
                *score = transition(from, to);
            }
        }
    }
    for (to, score) in best[0].iter_mut().enumerate() {
        *score = steps[TAGS][to] + emissions[0][to];
    }
    for i in 1..n {
        for to in 0..TAGS as Tag {
            let mut top = (f32::NEG_INFINITY, 0);
            for from in 0..TAGS as Tag {
                let score =
                    best[i - 1][usize::from(from)] + steps[usize::from(from)][usize::from(to)];
                if score > top.0 {
                    top = (score, from);
                }
            }
            best[i][usize::from(to)] = top.0 + emissions[i][usize::from(to)];
            back[i][usize::from(to)] = top.1;
        }
    }
    let mut tag = (0..TAGS as Tag)
        .max_by(|&a, &b| best[n - 1][usize::from(a)].total_cmp(&best[n - 1][usize::from(b)]))
        .unwrap_or(0);
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = tag;
        tag = back[i][usize::from(tag)];
    }
    out
}

/// The rule-based labeller's opinion of each token, as BIO tags: a
/// feature for the tagger.
pub(crate) fn rule_tags(token_count: usize, mentions: &[Mention]) -> Vec<Tag> {
    let mut out = vec![tags::O; token_count];
    for m in mentions {
        for i in m.tokens.clone() {
            if let Some(t) = out.get_mut(i) {
                *t = if i == m.tokens.start {
                    tags::begin(m.label)
                } else {
                    tags::inside(m.label)
                };
            }
        }
    }
    out
}

/// A document prepared for featurizing one sentence at a time, so that
/// only one sentence's rows are ever held (they are ~40 per word).
pub(crate) struct DocumentFeatures<'a> {
    doc: &'a Document<'a>,
    lexicon: &'a Lexicon,
    featurizer: &'a Featurizer,
    view: DocView<'a>,
    rules: Vec<Tag>,
    headlines: &'a [bool],
}

impl<'a> DocumentFeatures<'a> {
    pub(crate) fn new(
        doc: &'a Document<'a>,
        lexicon: &'a Lexicon,
        featurizer: &'a Featurizer,
        rule_mentions: &[Mention],
        headlines: &'a [bool],
    ) -> DocumentFeatures<'a> {
        let view = DocView::new(doc);
        let rules = rule_tags(doc.tokens.len(), rule_mentions);
        DocumentFeatures {
            doc,
            lexicon,
            featurizer,
            view,
            rules,
            headlines,
        }
    }

    /// The rows of sentence `index`, written over `rows`.
    #[cfg_attr(not(feature = "train"), allow(dead_code))]
    pub(crate) fn sentence_rows(&self, index: usize, rows: &mut SentenceRows) {
        self.sentence_rows_except(index, &[], rows);
    }

    /// The rows of sentence `index`, written over `rows`, but none for the
    /// words where `skip` (indexed from the sentence's start) is true.
    fn sentence_rows_except(&self, index: usize, skip: &[bool], rows: &mut SentenceRows) {
        let sentence = &self.doc.sentences[index];
        let range = sentence.tokens.clone();
        let s = SentenceView {
            doc: self.doc,
            tokens: range.clone(),
            rule_tags: &self.rules[range],
            headline: self
                .headlines
                .get(sentence.paragraph)
                .copied()
                .unwrap_or(false),
            skip,
        };
        self.featurizer.sentence(self.lexicon, &s, &self.view, rows);
    }
}

/// Whether the tagger could find a name in `tokens`: names have capitals
/// (or digits, "1860 Munich"), and a sentence whose only capital opens it
/// on a word such as "The" or "But" has none. Such sentences, a tenth of
/// news text, are not tagged at all; over 673 test documents the output
/// is the same.
fn may_hold_a_name(doc: &Document<'_>, tokens: Range<usize>) -> bool {
    let mut words = tokens.filter(|&i| doc.tokens[i].kind != TokenKind::Punct);
    let Some(first) = words.next() else {
        return false;
    };
    let named = |i: usize| may_be_named(doc.token_text(i));
    (named(first) && !NEVER_NAMES.contains(&doc.lower(first))) || words.any(named)
}

/// Whether a word could be (part of) a name: it has a capital anywhere
/// ("post-Soviet", "eBay") or a digit ("1860 Munich").
fn may_be_named(word: &str) -> bool {
    word.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Which words of `tokens` lie inside plain text, written over `plain`:
/// a lowercase word (no capital, no digit) or a comma, full stop, colon or
/// semicolon, between two such tokens or a sentence end. No name reaches
/// there (a name's lowercase words, "Bank of England", "Gone with the
/// Wind", touch a capitalized one), so the tagger takes them as outside
/// any name without scoring them: that skips about half the words of news
/// text. A hyphen, an apostrophe or a quotation mark is not plain, since
/// "D.C.-based", "Lord 's" and “…” can join a name. Over 673 test
/// documents the output differs in one place, the typo "Stamford, Conn.based".
fn plain_stretches(doc: &Document<'_>, tokens: Range<usize>, plain: &mut Vec<bool>) {
    let plain_token = |i: usize| match doc.tokens[i].kind {
        TokenKind::Word => !may_be_named(doc.token_text(i)),
        TokenKind::Punct => matches!(doc.token_text(i), "," | "." | ":" | ";"),
        _ => false,
    };
    plain.clear();
    plain.extend(tokens.map(plain_token));
    // In one pass: `before` remembers whether the previous token was plain
    // before it was overwritten.
    let mut before = true;
    for i in 0..plain.len() {
        let this = plain[i];
        let after = plain.get(i + 1).copied().unwrap_or(true);
        plain[i] = before && this && after;
        before = this;
    }
}

/// Closed-class words that open sentences and are never names.
#[rustfmt::skip]
static NEVER_NAMES: WordList = WordList::new(&[
    "a", "about", "after", "all", "also", "although", "an", "and", "as", "at", "because",
    "before", "both", "but", "by", "despite", "during", "each", "even", "for", "from", "he",
    "her", "his", "how", "however", "i", "if", "in", "instead", "it", "its", "many", "meanwhile",
    "more", "most", "my", "no", "not", "now", "of", "on", "one", "only", "our", "she", "since",
    "so", "some", "still", "that", "the", "their", "then", "there", "these", "they", "this",
    "those", "though", "to", "under", "until", "we", "what", "when", "while", "who", "why",
    "with", "without", "yet", "you", "your",
]);

/// Tags a whole document: token ranges and labels of the names found.
pub(crate) fn tag_document(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    model: &Model,
    rule_mentions: &[Mention],
    headlines: &[bool],
) -> Vec<(Range<usize>, EntityLabel)> {
    let features = DocumentFeatures::new(doc, lexicon, &model.featurizer, rule_mentions, headlines);
    let mut rows = SentenceRows::default();
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    let mut plain = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if !may_hold_a_name(doc, sentence.tokens.clone()) {
            continue;
        }
        plain_stretches(doc, sentence.tokens.clone(), &mut plain);
        features.sentence_rows_except(index, &plain, &mut rows);
        let tags = model.tag_into(&rows, &mut scratch);
        for (start, end, label) in tags::spans(tags) {
            found.push((
                sentence.tokens.start + start..sentence.tokens.start + end,
                label,
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::rules;

    #[test]
    fn the_shipped_weights_load_and_tag_a_sentence() {
        let lexicon = Lexicon::load();
        let model = Model::load(&lexicon);
        assert!(model.is_loaded(), "data/model/ner.bin did not parse");
        let doc = Document::new(
            "Ada Quinlan flew from Lisbon to brief the Kelso Harbour Council on Tuesday.",
        );
        let found: Vec<(String, EntityLabel)> = tag_document(
            &doc,
            &lexicon,
            &model,
            &rules::extract(&doc, &lexicon),
            &rules::headlines(&doc, &lexicon),
        )
        .into_iter()
        .map(|(tokens, label)| (doc.slice(doc.token_span(tokens)).to_string(), label))
        .collect();
        assert_eq!(
            found,
            [
                ("Ada Quinlan".to_string(), EntityLabel::Person),
                ("Lisbon".to_string(), EntityLabel::Loc),
                ("Kelso Harbour Council".to_string(), EntityLabel::Org),
            ]
        );
    }

    #[test]
    fn only_words_deep_in_plain_text_go_unscored() {
        let doc = Document::new(
            "The pier, which the council shut in 2019, will reopen, said Ada Quinlan of the D.C.-based trust.",
        );
        let mut plain = Vec::new();
        plain_stretches(&doc, doc.sentences[0].tokens.clone(), &mut plain);
        let unscored: Vec<&str> = doc.sentences[0]
            .tokens
            .clone()
            .zip(&plain)
            .filter(|&(_, &skip)| skip)
            .map(|(i, _)| doc.token_text(i))
            .collect();
        // Not "pier" (after "The"), "in" (before "2019"), "said" (before
        // "Ada") or "based" (after a hyphen).
        assert_eq!(
            unscored,
            [
                ",", "which", "the", "council", "shut", "will", "reopen", ",", "trust", "."
            ]
        );
    }

    #[test]
    fn skipping_plain_text_tags_the_golden_articles_as_scoring_every_word() {
        let lexicon = Lexicon::load();
        let model = Model::load(&lexicon);
        for text in [
            include_str!("../../../tests/golden/harbour-council.txt"),
            include_str!("../../../tests/golden/dateline-wire.txt"),
            include_str!("../../../tests/golden/unicode-offsets.txt"),
        ] {
            let doc = Document::new(text);
            let rules = rules::extract(&doc, &lexicon);
            let headlines = rules::headlines(&doc, &lexicon);
            let features =
                DocumentFeatures::new(&doc, &lexicon, &model.featurizer, &rules, &headlines);
            let (mut rows, mut scratch, mut plain) = Default::default();
            let mut skipped = 0;
            for (index, sentence) in doc.sentences.iter().enumerate() {
                features.sentence_rows(index, &mut rows);
                let every_word = model.tag_into(&rows, &mut scratch).to_vec();
                plain_stretches(&doc, sentence.tokens.clone(), &mut plain);
                skipped += plain.iter().filter(|&&p| p).count();
                features.sentence_rows_except(index, &plain, &mut rows);
                assert_eq!(model.tag_into(&rows, &mut scratch), every_word);
            }
            assert!(skipped > 0, "nothing skipped in {text:?}");
        }
    }

    #[test]
    fn the_packed_table_reads_every_row_as_the_file_has_it() {
        let (_, weights) = parse(MODEL).expect("data/model/ner.bin parses");
        let packed = Packed::new(weights);
        let mut live = 0;
        for (row, cells) in weights.chunks_exact(TAGS).enumerate() {
            match packed.row(row) {
                Some(got) => {
                    live += 1;
                    assert!(
                        got.iter().zip(cells).all(|(&g, &c)| g == c as i8),
                        "row {row}"
                    );
                }
                None => assert!(cells.iter().all(|&c| c == 0), "row {row} lost"),
            }
        }
        assert_eq!(live, packed.rows.len());
        // A small table with a live row at each end of a 64-row word.
        let mut small = vec![0u8; BUCKETS * TAGS];
        small[63 * TAGS] = 1;
        small[64 * TAGS + 8] = 0xff;
        let small = Packed::new(small.as_slice().try_into().unwrap());
        assert_eq!(small.row(63).map(|r| r[0]), Some(1));
        assert_eq!(small.row(64).map(|r| r[8]), Some(-1));
        assert_eq!(small.row(65), None);
    }

    #[test]
    fn a_malformed_model_file_is_refused() {
        assert!(parse(b"# no end marker").is_none());
        assert!(parse(b"#end\nNOPE").is_none());
        assert!(parse(b"#end\nNERW\x00\x00\x00\x00").is_none());
    }
}
