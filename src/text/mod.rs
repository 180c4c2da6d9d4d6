//! The text layer: normalization, tokens, sentences and paragraphs.
//!
//! [`Document::new`] runs all of it once per article, and every extractor
//! reads the result. Spans here are byte offsets into the *normalized* text;
//! [`Document::original_span`] maps them back.

mod lowercase;
mod normalize;
mod paragraph;
mod sentence;
mod token;

use std::borrow::Cow;
use std::ops::Range;

pub(crate) use token::{AbbrevKind, Token, TokenKind, is_apostrophe, is_hyphen};

use crate::Span;

/// An article, split up for the extractors.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The normalized text.
    pub(crate) text: Cow<'a, str>,
    map: normalize::OffsetMap,
    pub(crate) tokens: Vec<Token>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) paragraphs: Vec<Paragraph>,
    lowercase: lowercase::Lowercase,
}

/// A sentence: a range of token indices within one paragraph.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    pub(crate) tokens: Range<usize>,
    pub(crate) paragraph: usize,
}

#[derive(Clone, Debug)]
pub(crate) struct Paragraph {
    pub(crate) span: Span,
    pub(crate) tokens: Range<usize>,
    pub(crate) sentences: Range<usize>,
}

impl<'a> Document<'a> {
    pub(crate) fn new(original: &'a str) -> Document<'a> {
        let normalized = normalize::normalize(original);
        let text = normalized.text;
        let tokens = token::tokenize(&text);
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut next_token = 0;
        for span in paragraph::paragraphs(&text) {
            let first =
                next_token + tokens[next_token..].partition_point(|t| t.span.start < span.start);
            let last = first + tokens[first..].partition_point(|t| t.span.end <= span.end);
            next_token = last;
            let first_sentence = sentences.len();
            for range in sentence::sentences(&text, &tokens, first..last) {
                sentences.push(Sentence {
                    tokens: range,
                    paragraph: paragraphs.len(),
                });
            }
            paragraphs.push(Paragraph {
                span,
                tokens: first..last,
                sentences: first_sentence..sentences.len(),
            });
        }
        let lowercase = lowercase::Lowercase::new(&text, &tokens);
        Document {
            text,
            lowercase,
            map: normalized.map,
            tokens,
            sentences,
            paragraphs,
        }
    }

    /// The normalized text. Matching the `Cow` here rather than through
    /// `Deref` keeps this inline in the size-optimized wasm build, where
    /// every token's text passes through it.
    #[inline(always)]
    pub(crate) fn normalized(&self) -> &str {
        match &self.text {
            Cow::Borrowed(text) => text,
            Cow::Owned(text) => text.as_str(),
        }
    }

    /// The text of token `i`.
    #[inline(always)]
    pub(crate) fn token_text(&self, i: usize) -> &str {
        &self.normalized()[self.tokens[i].span.range()]
    }

    /// The text of token `i`, or "" past the end, for patterns that look
    /// ahead or behind without checking bounds.
    #[inline(always)]
    pub(crate) fn token_text_or_empty(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.normalized()[t.span.range()])
    }

    /// The text of token `i` in lowercase.
    #[inline(always)]
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.lowercase.get(i, &self.tokens[i])
    }

    /// How many tokens at the start of `tokens` spell a clock time, a
    /// word that `opens_time` accepts and then "am" or "pm" ("12.06pm",
    /// "9.40 am"), leaving at least one token: a live blog's timestamp
    /// before a name or a speaker.
    pub(crate) fn clock_prefix(
        &self,
        tokens: Range<usize>,
        opens_time: impl Fn(&str) -> bool,
    ) -> usize {
        let mut k = tokens.start;
        while tokens.end - k > 1 {
            let word = self.lower(k);
            let after_time = k > tokens.start && matches!(word, "am" | "pm" | "a.m." | "p.m.");
            if !opens_time(word) && !after_time {
                break;
            }
            k += 1;
        }
        k - tokens.start
    }

    /// The normalized text of `span`.
    #[inline(always)]
    pub(crate) fn slice(&self, span: Span) -> &str {
        &self.normalized()[span.range()]
    }

    /// The span of normalized text from token `first` through token `last`.
    #[inline(always)]
    pub(crate) fn token_span(&self, tokens: Range<usize>) -> Span {
        Span::new(
            self.tokens[tokens.start].span.start,
            self.tokens[tokens.end - 1].span.end,
        )
    }

    /// The span of the sentence `i` in normalized text.
    #[cfg(test)]
    pub(crate) fn sentence_span(&self, i: usize) -> Span {
        self.token_span(self.sentences[i].tokens.clone())
    }

    /// The index of the sentence holding token `i`.
    pub(crate) fn sentence_of_token(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// The index of the first token that starts at or after `offset`.
    pub(crate) fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// Maps a span of normalized text back to the caller's text.
    pub(crate) fn original_span(&self, span: Span) -> Span {
        self.map.span(span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_stay_inside_paragraphs() {
        let doc = Document::new("Headline Without Period\nFirst one. Second one.\n\n“Quote.”");
        let sentences: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.slice(doc.sentence_span(i)))
            .collect();
        assert_eq!(
            sentences,
            [
                "Headline Without Period",
                "First one.",
                "Second one.",
                "“Quote.”"
            ]
        );
        assert_eq!(doc.sentences[2].paragraph, 1);
        assert_eq!(doc.paragraphs[1].sentences, 1..3);
    }

    #[test]
    fn spans_map_back_through_normalization() {
        let original = "A\r\nB\u{A0}said.";
        let doc = Document::new(original);
        let said = doc
            .tokens
            .iter()
            .find(|t| doc.slice(t.span) == "said")
            .unwrap();
        assert_eq!(&original[doc.original_span(said.span).range()], "said");
    }
}
