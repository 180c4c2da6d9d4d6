//! Normalization: one canonical spelling of whitespace and invisible
//! characters, with a map back to the original offsets.
//!
//! The extractors only ever see normalized text. They report spans in it,
//! and [`OffsetMap`] turns those back into spans of the text the caller
//! gave us. What changes:
//!
//! * `\r\n`, `\r`, U+0085, U+2028 and U+2029 become `\n`;
//! * tabs, no-break spaces, the U+2000 block of spaces and other Unicode
//!   spaces become a plain space;
//! * control characters other than `\n` (NUL included) become a space;
//! * invisible characters that only split or join words for layout (soft
//!   hyphen, zero-width space, word joiner, byte-order mark) are removed, so
//!   `Mc\u{AD}Callum` is one word.
//!
//! Quotation marks and dashes are left alone: they carry meaning that the
//! quote scanner needs.

use std::borrow::Cow;

use crate::Span;

/// Normalized text plus the way back to the original.
#[derive(Debug)]
pub(crate) struct Normalized<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) map: OffsetMap,
}

/// Maps byte offsets in normalized text to byte offsets in the original.
///
/// Normalization mostly copies, so the map only records the points where
/// the two texts drift apart. Between two such points the offsets move in
/// step.
#[derive(Debug, Default)]
pub(crate) struct OffsetMap {
    /// Sorted by `norm`, at most one per normalized offset.
    edits: Vec<Edit>,
}

/// At normalized offset `norm`, the original had reached `orig_before`
/// and, after skipping anything removed there, `orig_after`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Edit {
    norm: usize,
    orig_before: usize,
    orig_after: usize,
}

enum Action {
    Keep,
    Replace(char),
    Remove,
}

fn action(c: char) -> Action {
    match c {
        '\n' => Action::Keep,
        '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Action::Replace('\n'),
        '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => Action::Remove,
        ' ' => Action::Keep,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Action::Replace(' ')
        }
        c if c.is_control() => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// Normalizes `text`, borrowing it unchanged when nothing needs to change.
pub(crate) fn normalize(text: &str) -> Normalized<'_> {
    let Some(mut change) = next_change(text, 0) else {
        return Normalized {
            text: Cow::Borrowed(text),
            map: OffsetMap::default(),
        };
    };
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut copied = 0;
    loop {
        let (i, c) = change;
        out.push_str(&text[copied..i]);
        let next = i + c.len_utf8();
        let mut end = next;
        match action(c) {
            Action::Keep => out.push(c),
            Action::Replace(r) => {
                // "\r\n" is one line break, not two.
                if c == '\r' && text.as_bytes().get(next) == Some(&b'\n') {
                    end += 1;
                }
                out.push(r);
                if end - i != r.len_utf8() {
                    map.push(out.len(), end, end);
                }
            }
            Action::Remove => map.push(out.len(), i, next),
        }
        copied = end;
        match next_change(text, end) {
            Some(found) => change = found,
            None => break,
        }
    }
    out.push_str(&text[copied..]);
    Normalized {
        text: Cow::Owned(out),
        map,
    }
}

/// The first character at or after byte `from` (a character boundary)
/// that normalization changes, with its offset. Printable ASCII, most of
/// any text, is passed over a byte at a time without decoding.
fn next_change(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if (b' '..0x7f).contains(&b) || b == b'\n' {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        if !matches!(action(c), Action::Keep) {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

impl OffsetMap {
    fn push(&mut self, norm: usize, orig_before: usize, orig_after: usize) {
        if let Some(last) = self.edits.last_mut()
            && last.norm == norm
        {
            // Several removals in a row collapse into one edit.
            last.orig_after = orig_after;
            return;
        }
        self.edits.push(Edit {
            norm,
            orig_before,
            orig_after,
        });
    }

    /// The original offset for a normalized offset where something starts:
    /// removed characters at that point are skipped.
    pub(crate) fn start(&self, norm: usize) -> usize {
        match self
            .edits
            .partition_point(|e| e.norm <= norm)
            .checked_sub(1)
        {
            None => norm,
            Some(i) => self.edits[i].orig_after + (norm - self.edits[i].norm),
        }
    }

    /// The original offset for a normalized offset where something ends:
    /// removed characters at that point are left out.
    pub(crate) fn end(&self, norm: usize) -> usize {
        let i = self.edits.partition_point(|e| e.norm < norm);
        if let Some(e) = self.edits.get(i)
            && e.norm == norm
        {
            return e.orig_before;
        }
        match i.checked_sub(1) {
            None => norm,
            Some(i) => self.edits[i].orig_after + (norm - self.edits[i].norm),
        }
    }

    pub(crate) fn span(&self, span: Span) -> Span {
        Span::new(self.start(span.start), self.end(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(original: &str, norm_word: &str) -> String {
        let n = normalize(original);
        let at = n.text.find(norm_word).expect("word in normalized text");
        let span = n.map.span(Span::new(at, at + norm_word.len()));
        original[span.range()].to_string()
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = normalize("Nothing to do here.\nReally.");
        assert!(matches!(n.text, Cow::Borrowed(_)));
    }

    #[test]
    fn crlf_becomes_one_newline() {
        let n = normalize("a\r\nb\rc");
        assert_eq!(n.text, "a\nb\nc");
        assert_eq!(round_trip("a\r\nb\rc", "b"), "b");
        assert_eq!(round_trip("a\r\nb\rc", "c"), "c");
    }

    #[test]
    fn wide_spaces_shrink_and_map_back() {
        let original = "Oct.\u{A0}14\u{2009}2020 in\u{3000}Beijing";
        let n = normalize(original);
        assert_eq!(n.text, "Oct. 14 2020 in Beijing");
        assert_eq!(round_trip(original, "2020"), "2020");
        assert_eq!(round_trip(original, "Beijing"), "Beijing");
        assert_eq!(round_trip(original, "14 2020"), "14\u{2009}2020");
    }

    #[test]
    fn invisible_characters_are_removed_but_not_counted_in_spans() {
        let original = "\u{FEFF}Mc\u{AD}Callum\u{200B} said";
        let n = normalize(original);
        assert_eq!(n.text, "McCallum said");
        // The span of the word skips the BOM before it and leaves out the
        // zero-width space after it.
        assert_eq!(round_trip(original, "McCallum"), "Mc\u{AD}Callum");
    }

    #[test]
    fn controls_become_spaces() {
        assert_eq!(normalize("a\0b\tc").text, "a b c");
        // DEL and C1 controls too, and a carriage return that ends the
        // text, among characters of every width.
        assert_eq!(normalize("“é\u{7F}東\u{9F}🙂\r").text, "“é 東 🙂\n");
    }
}
