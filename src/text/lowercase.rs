//! Every token in lowercase, made once per document: the date patterns
//! and the tagger's features ask for it at every word.

use super::Token;

/// The document's text with each token lowercased in place. Lowercasing
/// almost never changes a word's length in bytes, so a token's lowercase
/// sits at the token's own span and a large article costs one copy of its
/// text, not a string per word. The rare token whose lowercase is longer
/// or shorter ("İ") is kept aside.
#[derive(Debug, Default)]
pub(crate) struct Lowercase {
    text: String,
    /// `(token index, lowercase)` of tokens that do not fit in place,
    /// sorted by index.
    misfits: Vec<(usize, String)>,
}

impl Lowercase {
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Lowercase {
        // One copy of the text, then each token lowered in place: most are
        // ASCII, lowered byte by byte, and copying word by word around
        // them cost more than the lowering.
        let mut out = text.to_owned();
        let mut misfits = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let word = &text[token.span.range()];
            if word.is_ascii() {
                out[token.span.range()].make_ascii_lowercase();
            } else if word.chars().any(char::is_uppercase) {
                // Only words with a capital change: a titlecase "ǅ" alone
                // stays.
                let lower = word.to_lowercase();
                if lower.len() == word.len() {
                    out.replace_range(token.span.range(), &lower);
                } else {
                    misfits.push((i, lower));
                }
            }
        }
        Lowercase { text: out, misfits }
    }

    /// Token `i` (with its `token`) in lowercase.
    #[inline(always)]
    pub(crate) fn get(&self, i: usize, token: &Token) -> &str {
        if !self.misfits.is_empty()
            && let Ok(k) = self.misfits.binary_search_by_key(&i, |(index, _)| *index)
        {
            return &self.misfits[k].1;
        }
        &self.text[token.span.range()]
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    #[test]
    fn tokens_read_in_lowercase_whatever_their_length_in_bytes() {
        let doc = Document::new("MI5 said İSTANBUL and ΟΔΟΣ; Ǆemal and ǅemal met in Zürich.");
        let lower: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
        assert_eq!(
            lower,
            [
                "mi5",
                "said",
                "i̇stanbul",
                "and",
                "οδος",
                ";",
                "ǆemal",
                "and",
                "ǅemal",
                "met",
                "in",
                "zürich",
                "."
            ]
        );
    }
}
