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

/// An adverb in "-ly" ("reportedly", "quickly"), as far as its spelling
/// tells: longer than four letters, and not one of the nouns and
/// adjectives so spelled that name speakers ("his family", "the rally",
/// "the daily").
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    const NOT_ADVERBS: &[&str] = &[
        "ally",
        "anomaly",
        "assembly",
        "belly",
        "bully",
        "daily",
        "family",
        "italy",
        "monopoly",
        "monthly",
        "quarterly",
        "rally",
        "reply",
        "supply",
        "weekly",
    ];
    word.len() > 4
        && word.ends_with("ly")
        && !NOT_ADVERBS
            .iter()
            .any(|noun| noun.eq_ignore_ascii_case(word))
}

/// Common verbs, and the adverbs that sit before them, that end a subject
/// phrase ("The council *is* …", "Reyes *went* after", "an official
/// *later* said").
pub(crate) fn is_likely_verb(word: &str) -> bool {
    // Present tenses that end a subject ("The email goes on to say").
    const PRESENT: &[&str] = &[
        "appears", "becomes", "believes", "comes", "focuses", "gets", "gives", "goes", "includes",
        "knows", "leaves", "makes", "remains", "seeks", "seems", "takes", "thinks", "wants",
    ];
    #[rustfmt::skip]
    static IRREGULAR: WordList = WordList::new(&[
        "became", "began", "bought", "brought", "built", "came", "caught", "chose", "drew",
        "drove", "felt", "fell", "flew", "fought", "found", "gave", "got", "grew", "heard", "held",
        "hit", "kept", "knew", "led", "left", "lost", "made", "meant", "met", "paid", "ran",
        "rose", "said", "sat", "saw", "sent", "shot", "sold", "sought", "spent", "spoke", "stood",
        "struck", "swore", "taught", "thought", "threw", "took", "told", "understood", "went",
        "withdrew", "won", "wore", "wrote",
    ]);
    IRREGULAR.contains(&word)
        || PRESENT.contains(&word)
        || TIME_ADVERBS.contains(&word)
        || is_ly_adverb(word)
        || matches!(
            word,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
                | "also"
                | "who"
                | "whose"
        )
        || (word.len() > 4 && word.ends_with("ed"))
}

/// Adverbs of time that sit before a verb ("an official *later* said").
pub(crate) const TIME_ADVERBS: &[&str] =
    &["already", "first", "later", "now", "once", "still", "then"];

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
