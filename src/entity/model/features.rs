//! Features of a token for the tagger, hashed into weight rows.
//!
//! Training (on CoNLL tokens) and tagging (on this crate's tokens) call the
//! same code, so a feature means the same thing in both. Each feature is a
//! template id and one to three parts (a word, a shape, an affix, a rule
//! tag), mixed into one of `BUCKETS` rows of the weight table; collisions
//! are the price of a fixed, small table. A part's text is hashed once per
//! word (FNV-1a), not once per feature that uses it.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use super::tags::Tag;
use crate::entity::cues::{DEMONYMS, KNOWN_ORGS, LOC_SUFFIXES, ORG_SUFFIXES, TITLE_WORDS};
use crate::lexicon::Lexicon;
use crate::text::Document;

/// Rows of the weight table, a power of two.
pub(crate) const BUCKETS: usize = 1 << BUCKET_BITS;
const BUCKET_BITS: u32 = 18;

/// One sentence as the features see it.
pub(crate) struct SentenceView<'a> {
    pub(crate) doc: &'a Document<'a>,
    /// The sentence's tokens in `doc`.
    pub(crate) tokens: Range<usize>,
    /// What the rule-based labeller says of each word.
    pub(crate) rule_tags: &'a [Tag],
    /// A headline or other line where capitals say little.
    pub(crate) headline: bool,
    /// Words (from the sentence's start) that get no rows; those past the
    /// slice's end get theirs.
    pub(crate) skip: &'a [bool],
}

/// Facts about the whole article: which words it also writes in
/// lowercase ("the Apple" vs "an apple").
#[derive(Default)]
pub(crate) struct DocView<'a> {
    lowercase: FxHashSet<&'a str>,
}

impl<'a> DocView<'a> {
    pub(crate) fn new(doc: &'a Document<'_>) -> DocView<'a> {
        let lowercase = (0..doc.tokens.len())
            .map(|i| doc.token_text(i))
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
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
const FLAG_COUNT: u16 = 8;

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
        doc: &DocView<'_>,
        rows: &mut SentenceRows,
    ) {
        // Each word is also a neighbour of four others: hash its parts
        // once, so that a feature only mixes a few numbers. A word that
        // neither gets rows nor is within two words of one that does is
        // never read, and not hashed.
        let skipped = |k: usize| s.skip.get(k).copied().unwrap_or(false);
        let count = s.tokens.len();
        let words: Vec<Word> = s
            .tokens
            .clone()
            .enumerate()
            .map(|(k, i)| {
                if (k.saturating_sub(2)..(k + 3).min(count)).all(skipped) {
                    return Word::UNREAD;
                }
                let text = s.doc.token_text(i);
                Word::new(text, s.doc.lower(i), self.flags(text))
            })
            .collect();
        rows.rows.clear();
        rows.ends.clear();
        for i in 0..words.len() {
            if !skipped(i) {
                self.token(lexicon, s, &words, doc, i, &mut rows.rows);
            }
            rows.ends.push(rows.rows.len());
        }
    }

    /// The feature rows of word `i` of the sentence, appended to `out`.
    fn token(
        &self,
        lexicon: &Lexicon,
        s: &SentenceView<'_>,
        words: &[Word<'_>],
        doc: &DocView<'_>,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        let this = &words[i];
        let at = |k: isize| -> Option<&Word> {
            usize::try_from(i as isize + k)
                .ok()
                .and_then(|k| words.get(k))
        };
        let lower_at = |k: isize| at(k).map_or(NO_WORD, |w| w.lower_hash);
        let short_at = |k: isize| at(k).map_or(NO_SHAPE, |w| w.short_hash);
        let flags_at = |k: isize| at(k).map_or(0, |w| w.flags);
        let (lower, short) = (this.lower_hash, this.short_hash);
        let mut f = |template: u8, parts: &[u64]| out.push(row(template, parts));

        f(0, &[]);
        f(1, &[lower]);
        f(2, &[this.shape_hash]);
        f(3, &[short]);
        for (template, affix) in (4..).zip(this.affixes) {
            if let Some(affix) = affix {
                f(template, &[affix]);
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
            for bit in 0..FLAG_COUNT {
                if flags & (1 << bit) != 0 {
                    f(template, &[u64::from(bit)]);
                }
            }
        }
        // A capitalized word's `lower` is its lowercase: no need to make it.
        if this.capitalized && lexicon.is_common_lowercase(this.lower) {
            f(22, &[]);
        }
        if this.capitalized && doc.lowercase.contains(this.lower) {
            f(23, &[]);
        }

        let rule = |k: isize| {
            usize::try_from(i as isize + k)
                .ok()
                .and_then(|k| s.rule_tags.get(k))
                .map_or(NO_TAG, |&t| u64::from(t))
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

/// Parts standing for what is not there: a word or shape before the
/// sentence or after it, and its rule tag. They are not hashes of any text,
/// so they cannot meet one by accident more than hashes meet each other.
const NO_WORD: u64 = 0x5eed_0000_0000_0001;
const NO_SHAPE: u64 = 0x5eed_0000_0000_0002;
const NO_TAG: u64 = 0x5eed_0000_0000_0003;

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

/// What the features need of a word, computed once per sentence: the
/// hashes of its parts.
struct Word<'a> {
    lower: &'a str,
    capitalized: bool,
    flags: u16,
    lower_hash: u64,
    /// `McCallum` → `XxXxxxxx`.
    shape_hash: u64,
    /// `McCallum` → `XxXx`: runs of one kind collapse.
    short_hash: u64,
    /// Prefixes of two and three characters, then suffixes of two to four,
    /// of the lowercase word, each only if the word is longer.
    affixes: [Option<u64>; 5],
}

impl<'a> Word<'a> {
    /// Stands for a word whose features nothing reads.
    const UNREAD: Word<'static> = Word {
        lower: "",
        capitalized: false,
        flags: 0,
        lower_hash: 0,
        shape_hash: 0,
        short_hash: 0,
        affixes: [None; 5],
    };

    fn new(text: &str, lower: &'a str, flags: u16) -> Word<'a> {
        let (mut shape, mut short, mut last) = (Fnv::new(), Fnv::new(), None);
        for c in text.chars().map(shape_of) {
            shape = shape.char(c);
            if last != Some(c) {
                short = short.char(c);
                last = Some(c);
            }
        }
        let mut affixes = [None; 5];
        // Prefixes hash forwards and suffixes backwards, each in one pass:
        // an affix is only ever compared with affixes of its own template.
        let chars = lower.chars().count();
        let mut prefix = Fnv::new();
        for (n, c) in (1..=3).zip(lower.chars()) {
            prefix = prefix.char(c);
            if n >= 2 && chars > n {
                affixes[n - 2] = Some(prefix.0);
            }
        }
        let mut suffix = Fnv::new();
        for (n, c) in (1..=4).zip(lower.chars().rev()) {
            suffix = suffix.char(c);
            if n >= 2 && chars > n {
                affixes[n] = Some(suffix.0);
            }
        }
        Word {
            lower,
            capitalized: text.starts_with(char::is_uppercase),
            flags,
            lower_hash: Fnv::new().str(lower).0,
            shape_hash: shape.0,
            short_hash: short.0,
            affixes,
        }
    }
}

/// The weight row of a feature: its template and the hashes of its parts,
/// mixed. Each part is one multiply, where hashing the parts' text for
/// every feature took one per byte.
#[inline(always)]
fn row(template: u8, parts: &[u64]) -> u32 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (u64::from(template) + 1).wrapping_mul(K);
    for &part in parts {
        h = (h ^ part).wrapping_mul(K).rotate_left(27);
    }
    // The top bits of a multiply depend on every bit of its input.
    (h.wrapping_mul(K) >> (64 - BUCKET_BITS)) as u32
}

/// FNV-1a, for the text of a word's parts.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    #[inline(always)]
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    #[inline(always)]
    fn str(self, part: &str) -> Fnv {
        part.bytes().fold(self, Fnv::byte)
    }

    #[inline(always)]
    fn char(self, c: char) -> Fnv {
        c.encode_utf8(&mut [0; 4]).bytes().fold(self, Fnv::byte)
    }

    #[inline(always)]
    fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> Word<'static> {
        let lower: &'static str = text.to_lowercase().leak();
        Word::new(text, lower, 0)
    }

    #[test]
    fn shapes_collapse_runs_of_one_kind() {
        // "McCallum" and "MacLeod" share the short shape XxXx, not the shape.
        let (a, b) = (word("McCallum"), word("MacLeod"));
        assert_eq!(a.short_hash, b.short_hash);
        assert_ne!(a.shape_hash, b.shape_hash);
        assert_eq!(word("MI5").shape_hash, word("UK2").shape_hash);
        assert_ne!(word("U.S.").short_hash, word("US").short_hash);
    }

    #[test]
    fn affixes_only_of_longer_words() {
        // "spy": prefix "sp" and suffix "py"; no three-letter affixes.
        let spy = word("spy");
        assert!(spy.affixes[0].is_some() && spy.affixes[2].is_some());
        assert!(spy.affixes[1].is_none() && spy.affixes[3].is_none() && spy.affixes[4].is_none());
        // "Zürich" and "zürich" share every affix, as they share a lowercase.
        assert_eq!(word("Zürich").affixes, word("zürich").affixes);
        assert!(word("Zürich").affixes.iter().all(Option::is_some));
    }

    #[test]
    fn rows_are_stable_in_range_and_apart() {
        let london = word("london").lower_hash;
        assert_eq!(row(1, &[london]), row(1, &[london]));
        assert_ne!(row(1, &[london]), row(10, &[london]));
        assert_ne!(row(16, &[london, NO_WORD]), row(16, &[NO_WORD, london]));
        assert!((row(3, &[london]) as usize) < BUCKETS);
        assert!((row(0, &[]) as usize) < BUCKETS);
    }
}
