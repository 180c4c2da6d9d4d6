//! Fixed word lists that are asked about at every token.

use std::ops::Deref;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A word list written out in the source, answering `contains` with a
/// hash lookup: scanning a list of a hundred verbs at every word of a
/// megabyte is most of the time it takes otherwise. The set is built on
/// first use; the list itself still reads as a slice.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list, spelled exactly so.
    #[inline]
    pub(crate) fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(*word)
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLOURS: WordList = WordList::new(&["red", "green", "blue"]);

    #[test]
    fn answers_like_the_slice_it_holds() {
        for word in ["red", "blue", "Red", "", "greens"] {
            assert_eq!(
                COLOURS.contains(&word),
                COLOURS.words.contains(&word),
                "{word}"
            );
        }
        assert_eq!(COLOURS.len(), 3);
    }
}
