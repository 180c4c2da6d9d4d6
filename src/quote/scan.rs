//! Finding quotations from their marks, one character at a time.
//!
//! The scanner keeps a stack of open marks per paragraph:
//!
//! * Double marks (“ ” „ « » and the straight `"`) and single marks (‘ ’ ‚
//!   and the straight `'`) may nest inside each other; only the outermost
//!   quotation is reported, inner ones are part of its words.
//! * `’` is far more often an apostrophe than a closing mark. It closes an
//!   open single quotation only when it is not inside a word (`won’t`), not
//!   an elision before digits (`’90s`), and not a plural possessive
//!   (`sailors’ union`) when a later mark can still close.
//! * A quotation still open at the end of a paragraph continues into the
//!   next paragraph if that one opens with a mark of the same family, the
//!   newspaper convention for long quotes. Otherwise it ends with its
//!   paragraph, so a stray mark never swallows the quotes after it.

use crate::Span;
use crate::text::Document;

/// A quotation found by its marks, in normalized text. The span includes
/// the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quoted {
    pub(crate) span: Span,
    /// Whether a closing mark ended it (rather than a paragraph end).
    pub(crate) closed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug)]
enum Mark {
    Open(Family),
    Close(Family),
    /// A straight quote: opens or closes depending on what is open.
    Either(Family),
    /// `’`: closes an open single quotation, or is an apostrophe.
    MaybeClose,
}

fn mark(c: char) -> Option<Mark> {
    Some(match c {
        '“' | '„' | '«' | '‟' => Mark::Open(Family::Double),
        '”' | '»' => Mark::Close(Family::Double),
        '"' | '＂' => Mark::Either(Family::Double),
        '‘' | '‚' | '‹' | '‛' => Mark::Open(Family::Single),
        '›' => Mark::Close(Family::Single),
        '\'' => Mark::Either(Family::Single),
        '’' => Mark::MaybeClose,
        _ => return None,
    })
}

/// All quotations in the document, in text order, never overlapping.
pub(crate) fn scan(doc: &Document<'_>) -> Vec<Quoted> {
    let text: &str = &doc.text;
    let mut out = Vec::new();
    // (family, byte offset) of open marks, outermost first.
    let mut stack: Vec<(Family, usize)> = Vec::new();
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        let body = paragraph.span;
        let mut chars = text[body.range()]
            .char_indices()
            .map(|(i, c)| (body.start + i, c))
            .peekable();
        // A paragraph that re-opens a continued quotation: its first mark
        // is that continuation, not a new quotation.
        if let Some(&(family, _)) = stack.first()
            && let Some(&(_, c)) = chars.peek()
            && opens_family(c) == Some(family)
        {
            chars.next();
        }
        for (i, c) in chars {
            let Some(m) = mark(c) else { continue };
            let end = i + c.len_utf8();
            let prev = text[..i].chars().next_back();
            let next = text[end..].chars().next();
            match m {
                Mark::Open(family) => open(&mut stack, family, i, next),
                Mark::Close(family) => close(&mut stack, family, end, &mut out),
                Mark::Either(Family::Double) => {
                    let open_double = stack
                        .iter()
                        .rev()
                        .find(|&&(f, _)| f == Family::Double)
                        .map(|&(_, at)| at);
                    match open_double {
                        // Straight quotes inside a curly quotation that
                        // closes later are part of its words.
                        Some(at) if curly_closer_ahead(text, at, end, body.end) => {}
                        Some(_) => close(&mut stack, Family::Double, end, &mut out),
                        None if next.is_some_and(|n| !n.is_whitespace()) => {
                            open(&mut stack, Family::Double, i, next)
                        }
                        None => {}
                    }
                }
                Mark::Either(Family::Single) => {
                    let inside_word = prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric);
                    if inside_word {
                        continue;
                    }
                    let top_single = stack.last().is_some_and(|&(f, _)| f == Family::Single);
                    if top_single && prev.is_some_and(|p| !p.is_whitespace()) {
                        close(&mut stack, Family::Single, end, &mut out);
                    } else if prev.is_none_or(|p| p.is_whitespace() || "([—–-“\"".contains(p))
                        && next.is_some_and(char::is_alphabetic)
                        && !is_elision(&text[end..])
                    {
                        open(&mut stack, Family::Single, i, next);
                    }
                }
                Mark::MaybeClose => {
                    let top_single = stack.last().is_some_and(|&(f, _)| f == Family::Single);
                    if top_single && closes_single(text, i, end, body.end) {
                        close(&mut stack, Family::Single, end, &mut out);
                    }
                }
            }
        }
        // Unclosed at the paragraph's end.
        if let Some(&(family, start)) = stack.first() {
            let continues = doc.paragraphs.get(p + 1).is_some_and(|next| {
                text[next.span.range()]
                    .chars()
                    .next()
                    .and_then(opens_family)
                    == Some(family)
            });
            if !continues {
                out.push(Quoted {
                    span: Span::new(start, body.end),
                    closed: false,
                });
                stack.clear();
            } else {
                // Inner marks do not carry across paragraphs.
                stack.truncate(1);
            }
        }
    }
    out
}

fn opens_family(c: char) -> Option<Family> {
    match mark(c)? {
        Mark::Open(f) | Mark::Either(f) => Some(f),
        _ => None,
    }
}

fn open(stack: &mut Vec<(Family, usize)>, family: Family, at: usize, next: Option<char>) {
    // A mark followed by a space opens nothing.
    if next.is_none_or(char::is_whitespace) {
        return;
    }
    match stack.last() {
        // A second opener of the same family while one is open: the first
        // one was stray. Start over from here.
        Some(&(f, _)) if f == family && stack.len() == 1 => {
            stack.clear();
            stack.push((family, at));
        }
        Some(&(f, _)) if f == family => {}
        _ => stack.push((family, at)),
    }
}

fn close(stack: &mut Vec<(Family, usize)>, family: Family, end: usize, out: &mut Vec<Quoted>) {
    let Some(depth) = stack.iter().rposition(|&(f, _)| f == family) else {
        return;
    };
    if depth == 0 {
        out.push(Quoted {
            span: Span::new(stack[0].1, end),
            closed: true,
        });
    }
    stack.truncate(depth);
}

/// Whether the curly mark opening at `open` is closed later in the
/// paragraph, after `from` and before any other curly opener.
fn curly_closer_ahead(text: &str, open: usize, from: usize, paragraph_end: usize) -> bool {
    let (openers, closers): (&[char], &[char]) = match text[open..].chars().next() {
        Some('“' | '‟') => (&['“', '„'], &['”']),
        Some('„') => (&['„'], &['“', '”']),
        Some('«') => (&['«'], &['»']),
        _ => return false,
    };
    text[from..paragraph_end]
        .chars()
        .find(|c| openers.contains(c) || closers.contains(c))
        .is_some_and(|c| closers.contains(&c))
}

/// Elided words that begin with an apostrophe: 'em, 'til, 'n', '90s.
fn is_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "em" | "til" | "tis" | "twas" | "cause" | "n" | "bout"
    ) || word.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the `’` at `i..end` closes the open single quotation.
fn closes_single(text: &str, i: usize, end: usize, paragraph_end: usize) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[end..].chars().next();
    if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
        return false; // won’t, rock’n’roll
    }
    if prev.is_none_or(char::is_whitespace) {
        return false; // ’90s, ’em
    }
    // "sailors’ union": a plural possessive, if a later mark can close.
    let possessive =
        prev == Some('s') && next == Some(' ') && text[end + 1..].starts_with(char::is_lowercase);
    !(possessive && text[end..paragraph_end].contains('’'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        scan(&doc)
            .into_iter()
            .map(|q| &text[q.span.range()])
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(quotes("He said “yes” and \"no\"."), ["“yes”", "\"no\""]);
    }

    #[test]
    fn single_quotes_with_apostrophes_inside() {
        assert_eq!(
            quotes("‘The sailors’ union won’t move,’ she said."),
            ["‘The sailors’ union won’t move,’"]
        );
        assert_eq!(
            quotes("facing ‘more diverse’ threats in MI5’s view"),
            ["‘more diverse’"]
        );
        assert_eq!(quotes("Jones’ car from the ’90s"), Vec::<&str>::new());
    }

    #[test]
    fn nested_quotes_report_the_outer_one() {
        assert_eq!(
            quotes("“She called it ‘madness’ today,” he said."),
            ["“She called it ‘madness’ today,”"]
        );
        assert_eq!(quotes("«Oui» and „Ja“"), ["«Oui»", "„Ja“"]);
    }

    #[test]
    fn multi_paragraph_quote() {
        let text = "“First part of it.\n\n“Second part.”\n\nAfter.";
        assert_eq!(quotes(text), ["“First part of it.\n\n“Second part.”"]);
    }

    #[test]
    fn an_unclosed_mark_ends_with_its_paragraph() {
        let text = "“Never closed here.\nNext “real” one.";
        assert_eq!(quotes(text), ["“Never closed here.", "“real”"]);
    }

    #[test]
    fn straight_quotes_inside_curly_ones_are_nested() {
        assert_eq!(
            quotes("“Type <a href=\"x\"> here,” she said."),
            ["“Type <a href=\"x\"> here,”"]
        );
        // Without a curly closer ahead, the straight mark closes.
        assert_eq!(quotes("“It is over\" said Tom."), ["“It is over\""]);
    }

    #[test]
    fn a_stray_opener_does_not_swallow_the_next_quote() {
        assert_eq!(quotes("A “stray and then “real one” here."), ["“real one”"]);
    }
}
