//! Features of a token for the tagger, hashed into weight rows.
//!
//! Training (on CoNLL tokens) and tagging (on this crate's tokens) call the
//! same code, so a feature means the same thing in both. Each feature is a
//! template id and a string, hashed with FNV-1a into one of `BUCKETS` rows
//! of the weight table; collisions are the price of a fixed, small table.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use super::tags::{self, Tag};
use crate::entity::cues::{DEMONYMS, KNOWN_ORGS, LOC_SUFFIXES, ORG_SUFFIXES, TITLE_WORDS};
use crate::lexicon::Lexicon;
use crate::text::Document;

/// Rows of the weight table, a power of two.
pub(crate) const BUCKETS: usize = 1 << 18;

/// One sentence as the features see it.
pub(crate) struct SentenceView<'a> {
    pub(crate) doc: &'a Document<'a>,
    /// The sentence's tokens in `doc`.
    pub(crate) tokens: Range<usize>,
    /// What the rule-based labeller says of each word.
    pub(crate) rule_tags: &'a [Tag],
    /// A headline or other line where capitals say little.
    pub(crate) headline: bool,
}

/// Facts about the whole article: which words it also writes in
/// lowercase ("the Apple" vs "an apple").
#[derive(Default)]
pub(crate) struct DocView {
    lowercase: FxHashSet<String>,
}

impl DocView {
    pub(crate) fn new(doc: &Document<'_>) -> DocView {
        let lowercase = (0..doc.tokens.len())
            .map(|i| doc.token_text(i))
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .map(str::to_string)
            .collect();
        DocView { lowercase }
    }
}

/// Gazetteer membership, as bits.
const PLACE: u16 = 1;
const FIRST_NAME: u16 = 1 << 1;
const SURNAME: u16 = 1 << 2;
const DEMONYM: u16 = 1 << 3;
const ORG_SUFFIX: u16 = 1 << 4;
const LOC_SUFFIX: u16 = 1 << 5;
const TITLE: u16 = 1 << 6;
const KNOWN_ORG: u16 = 1 << 7;
const FLAG_NAMES: [&str; 8] = [
    "place",
    "first",
    "surname",
    "demonym",
    "orgsuffix",
    "locsuffix",
    "title",
    "knownorg",
];

/// Turns tokens into feature rows.
pub(crate) struct Featurizer {
    /// Gazetteer bits by exact spelling.
    names: FxHashMap<&'static str, u16>,
}

impl Featurizer {
    pub(crate) fn new(lexicon: &Lexicon) -> Featurizer {
        let mut names: FxHashMap<&'static str, u16> = FxHashMap::default();
        let mut add = |words: &mut dyn Iterator<Item = &'static str>, bit: u16| {
            for w in words {
                *names.entry(w).or_default() |= bit;
            }
        };
        add(&mut lexicon.place_names(), PLACE);
        add(&mut lexicon.first_name_list(), FIRST_NAME);
        add(&mut lexicon.surname_list(), SURNAME);
        add(&mut DEMONYMS.iter().copied(), DEMONYM);
        add(&mut ORG_SUFFIXES.iter().copied(), ORG_SUFFIX);
        add(&mut LOC_SUFFIXES.iter().copied(), LOC_SUFFIX);
        add(&mut TITLE_WORDS.iter().copied(), TITLE);
        add(&mut KNOWN_ORGS.iter().copied(), KNOWN_ORG);
        Featurizer { names }
    }

    fn flags(&self, word: &str) -> u16 {
        self.names.get(word).copied().unwrap_or(0)
    }

    /// The feature rows of each word of the sentence, written over `rows`.
    pub(crate) fn sentence(
        &self,
        lexicon: &Lexicon,
        s: &SentenceView<'_>,
        doc: &DocView,
        rows: &mut SentenceRows,
    ) {
        // Each word is also a neighbour of four others: describe it once,
        // its short shape in one buffer for the sentence.
        let mut shapes = String::new();
        let words: Vec<Word> = s
            .tokens
            .clone()
            .map(|i| {
                let text = s.doc.token_text(i);
                let start = shapes.len();
                push_shape_short(text, &mut shapes);
                Word {
                    text,
                    lower: s.doc.lower(i),
                    short: start..shapes.len(),
                    flags: self.flags(text),
                }
            })
            .collect();
        rows.rows.clear();
        rows.ends.clear();
        for i in 0..words.len() {
            self.token(lexicon, s, (&words, &shapes), doc, i, &mut rows.rows);
            rows.ends.push(rows.rows.len());
        }
    }

    /// The feature rows of word `i` of the sentence, appended to `out`;
    /// `words` and the buffer of their short shapes describe the sentence.
    fn token(
        &self,
        lexicon: &Lexicon,
        s: &SentenceView<'_>,
        (words, shapes): (&[Word], &str),
        doc: &DocView,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        let this = &words[i];
        let word = this.text;
        let at = |k: isize| -> Option<&Word> {
            usize::try_from(i as isize + k)
                .ok()
                .and_then(|k| words.get(k))
        };
        let lower_at = |k: isize| at(k).map_or("<s>", |w| w.lower);
        // "<s>" has the short shape "<x>".
        let short_at = |k: isize| at(k).map_or("<x>", |w| &shapes[w.short.clone()]);
        let flags_at = |k: isize| at(k).map_or(0, |w| w.flags);
        let lower = this.lower;
        let short = &shapes[this.short.clone()];

        out.push(Fnv::new(2).part_chars(word.chars().map(shape_of)).row());
        let mut f = |template: u8, parts: &[&str]| out.push(hash(template, parts));
        f(0, &[]);
        f(1, &[lower]);
        f(3, &[short]);
        // Prefixes of two and three characters and suffixes of two to four,
        // of words longer than the affix.
        let chars = lower.chars().count();
        let mut boundaries = lower.char_indices().map(|(b, _)| b);
        for (n, at) in boundaries.by_ref().enumerate().take(4).skip(2) {
            if chars > n {
                f(3 + n as u8 - 1, &[&lower[..at]]);
            }
        }
        let mut from_end = lower.char_indices().rev().map(|(b, _)| b);
        for (n, at) in (1..).zip(from_end.by_ref()).take(4).skip(1) {
            if chars > n {
                f(5 + n as u8, &[&lower[at..]]);
            }
        }
        let (prev, next) = (lower_at(-1), lower_at(1));
        f(10, &[prev]);
        f(11, &[next]);
        f(12, &[lower_at(-2)]);
        f(13, &[lower_at(2)]);
        f(14, &[short_at(-1)]);
        f(15, &[short_at(1)]);
        f(16, &[prev, lower]);
        f(17, &[lower, next]);
        f(18, &[short_at(-1), short, short_at(1)]);

        for (k, template) in [(0, 19), (-1, 20), (1, 21)] {
            let flags = flags_at(k);
            for (bit, name) in FLAG_NAMES.iter().enumerate() {
                if flags & (1 << bit) != 0 {
                    f(template, &[name]);
                }
            }
        }
        let capitalized = word.starts_with(char::is_uppercase);
        // A capitalized word's `lower` is its lowercase: no need to make it.
        if capitalized && lexicon.is_common_lowercase(lower) {
            f(22, &[]);
        }
        if capitalized && doc.lowercase.contains(lower) {
            f(23, &[]);
        }

        let rule = |k: isize| {
            usize::try_from(i as isize + k)
                .ok()
                .and_then(|k| s.rule_tags.get(k))
                .map_or("<s>", |&t| tags::name(t))
        };
        f(24, &[rule(0)]);
        f(25, &[rule(-1), rule(0)]);
        f(26, &[rule(0), rule(1)]);
        if i == 0 {
            f(27, &[short]);
        }
        if s.headline {
            f(28, &[short]);
            f(29, &[lower]);
        }
    }
}

/// The feature rows of a sentence's words, in one buffer.
#[derive(Debug, Default)]
pub(crate) struct SentenceRows {
    rows: Vec<u32>,
    /// Where each word's rows end in `rows`.
    ends: Vec<usize>,
}

impl SentenceRows {
    /// Words in the sentence.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The rows of word `i`.
    pub(crate) fn word(&self, i: usize) -> &[u32] {
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j]);
        &self.rows[start..self.ends[i]]
    }

    /// The rows of each word in order.
    pub(crate) fn words(&self) -> impl Iterator<Item = &[u32]> {
        (0..self.len()).map(|i| self.word(i))
    }
}

/// What the features need of a word, computed once per sentence.
struct Word<'a> {
    text: &'a str,
    lower: &'a str,
    /// Where its short shape is in the sentence's buffer.
    short: Range<usize>,
    flags: u16,
}

/// FNV-1a over the template id and the parts, folded into a row.
#[inline(always)]
fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h = Fnv::new(template);
    for part in parts {
        h = h.part(part);
    }
    h.row()
}

/// The running state of [`hash`], so a part can be hashed as it is made.
struct Fnv(u64);

impl Fnv {
    #[inline(always)]
    fn new(template: u8) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325).eat(template)
    }

    #[inline(always)]
    fn eat(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    }

    #[inline(always)]
    fn part(self, part: &str) -> Fnv {
        part.bytes().fold(self.eat(0x1f), Fnv::eat)
    }

    /// A part given as characters: the same row as the string they make.
    fn part_chars(self, chars: impl Iterator<Item = char>) -> Fnv {
        chars.fold(self.eat(0x1f), |h, c| {
            c.encode_utf8(&mut [0; 4]).bytes().fold(h, Fnv::eat)
        })
    }

    #[inline(always)]
    fn row(self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32 & (BUCKETS as u32 - 1)
    }
}

/// "McCallum" → "XxXxxxxx"
#[cfg(test)]
fn shape(word: &str) -> String {
    word.chars().map(shape_of).collect()
}

#[inline(always)]
fn shape_of(c: char) -> char {
    match c {
        c if c.is_uppercase() => 'X',
        c if c.is_lowercase() => 'x',
        c if c.is_ascii_digit() => 'd',
        c => c,
    }
}

/// "McCallum" → "XxXx": runs of one kind collapse. Appended to `out`.
fn push_shape_short(word: &str, out: &mut String) {
    let mut last = None;
    for c in word.chars().map(shape_of) {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("MI5"), "XXd");
        let short = |w: &str| {
            let mut out = String::new();
            push_shape_short(w, &mut out);
            out
        };
        assert_eq!(short("McCallum"), "XxXx");
        assert_eq!(short("U.S."), "X.X.");
    }

    #[test]
    fn hashing_is_stable_and_in_range() {
        assert_eq!(hash(1, &["london"]), hash(1, &["london"]));
        assert_ne!(hash(1, &["london"]), hash(2, &["london"]));
        assert!((hash(3, &["x"]) as usize) < BUCKETS);
        // A part hashed as it is made is the part hashed as a string.
        assert_eq!(
            Fnv::new(2).part_chars("Zürich".chars()).row(),
            hash(2, &["Zürich"])
        );
    }
}
