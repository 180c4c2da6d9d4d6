//! Chinese names in pinyin: "Tang Lihua", "Zhang Xiaoming". The family
//! name comes first and is one of a short list; the given name is one or
//! two syllables, written as one word. The tagger, which learned from
//! English text, often takes such a name for an organization, or keeps
//! only its given name.

/// The most common Chinese family names, in pinyin, that are written as
/// one syllable and are not English words a sentence may open with
/// ("He", "Long", "Fan" and "Ma" are left out).
const FAMILY_NAMES: &[&str] = &[
    "Bai", "Cai", "Cao", "Chen", "Cheng", "Cui", "Dai", "Deng", "Ding", "Dong", "Du", "Duan",
    "Feng", "Fu", "Gao", "Gong", "Guo", "Han", "Hao", "Hou", "Hu", "Huang", "Jia", "Jiang", "Jin",
    "Kong", "Lei", "Li", "Liang", "Liao", "Lin", "Liu", "Lu", "Luo", "Mao", "Meng", "Pan", "Peng",
    "Qian", "Qin", "Qiu", "Ren", "Shao", "Shen", "Shi", "Song", "Su", "Sun", "Tan", "Tang", "Tao",
    "Tian", "Wang", "Wei", "Wu", "Xia", "Xiang", "Xiao", "Xie", "Xiong", "Xu", "Xue", "Yan",
    "Yang", "Yao", "Ye", "Yin", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou",
    "Zhu", "Zou",
];

/// Whether `word` is a Chinese family name of [`FAMILY_NAMES`]. Asked of
/// every word of a text, so the capital and the length are tested first
/// and the sorted list searched.
pub(crate) fn is_family_name(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && (2..=5).contains(&word.len())
        && FAMILY_NAMES.binary_search(&word).is_ok()
}

/// Whether `word`, in title case, reads as a given name of two pinyin
/// syllables ("Lihua", "Xiaoming", "Jinping"). One syllable alone is too
/// often an English word.
pub(crate) fn is_given_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_ascii_uppercase() || !chars.all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    syllables(&word.to_ascii_lowercase(), 2, true)
}

/// Initials of pinyin syllables, the two-letter ones first so that "zh"
/// is not read as "z".
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w", "",
];

/// Finals of pinyin syllables, without tone marks ("ü" written "v" or
/// "u" in plain text), longest first.
const FINALS: &[&str] = &[
    "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei",
    "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o",
    "e", "i", "u", "v",
];

/// Whether `rest` splits into exactly `count` pinyin syllables. Only the
/// first may open with "a", "o" or "e" and no initial: later, pinyin
/// writes an apostrophe ("Xi'an"), and "i" and "u" open syllables as "y"
/// and "w". Each split tries every initial and final; words are short,
/// and the count bounds the search.
fn syllables(rest: &str, count: usize, first: bool) -> bool {
    if count == 0 {
        return rest.is_empty();
    }
    INITIALS.iter().any(|initial| {
        let bare = initial.is_empty();
        (first || !bare)
            && rest.strip_prefix(initial).is_some_and(|after| {
                FINALS.iter().any(|fin| {
                    (!bare || fin.starts_with(['a', 'o', 'e']))
                        && after
                            .strip_prefix(fin)
                            .is_some_and(|tail| syllables(tail, count - 1, false))
                })
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_names_are_sorted_for_binary_search() {
        assert!(FAMILY_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_family_name("Zhang") && !is_family_name("Smith"));
    }

    #[test]
    fn given_names_of_two_syllables() {
        for name in [
            "Lihua", "Xiaoming", "Jinping", "Qichen", "Jianguo", "Haiyan", "Anping",
        ] {
            assert!(is_given_name(name), "{name}");
        }
    }

    #[test]
    fn not_given_names() {
        // One syllable, no pinyin, or not in title case.
        for word in ["Qiang", "Robert", "Market", "lihua", "LIHUA", "Li-hua", ""] {
            assert!(!is_given_name(word), "{word}");
        }
    }
}
