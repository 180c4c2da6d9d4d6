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

/// An opening mark waiting for its close.
#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    at: usize,
    mark: char,
}

/// All quotations in the document, in text order, never overlapping.
pub(crate) fn scan(doc: &Document<'_>) -> Vec<Quoted> {
    let mut scanner = Scanner {
        text: &doc.text,
        stack: Vec::new(),
        out: Vec::new(),
    };
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        scanner.paragraph(
            paragraph.span,
            doc.paragraphs.get(p + 1).map(|next| next.span),
        );
    }
    scanner.out
}

struct Scanner<'t> {
    text: &'t str,
    /// Open marks, outermost first.
    stack: Vec<Open>,
    out: Vec<Quoted>,
}

impl Scanner<'_> {
    fn paragraph(&mut self, body: Span, next: Option<Span>) {
        let text = self.text;
        let mut i = body.start;
        // A paragraph that re-opens a continued quotation: its first mark
        // is that continuation, not a new quotation.
        if let Some(outer) = self.stack.first()
            && let Some(c) = text[i..body.end].chars().next()
            && opening_family(c) == Some(outer.family)
        {
            i += c.len_utf8();
        }
        while let Some(c) = text[i..body.end].chars().next() {
            if c == '<'
                && let Some(end) = markup_tag_end(text, i, body.end)
            {
                // `<tweet author="…">`: attribute values are not quotations.
                i = end;
                continue;
            }
            self.mark(c, i, body);
            i += c.len_utf8();
        }
        let Some(outer) = self.stack.first().copied() else {
            return;
        };
        let continues = next.is_some_and(|n| {
            text[n.range()].chars().next().and_then(opening_family) == Some(outer.family)
        });
        if continues {
            // Inner marks do not carry across paragraphs.
            self.stack.truncate(1);
        } else {
            self.out.push(Quoted {
                span: Span::new(outer.at, body.end),
                closed: false,
            });
            self.stack.clear();
        }
    }

    fn mark(&mut self, c: char, i: usize, body: Span) {
        // Most characters are no mark: skip them before looking around.
        if opening_family(c).is_none() && !matches!(c, '”' | '»' | '’' | '›') {
            return;
        }
        let text = self.text;
        let end = i + c.len_utf8();
        let prev = text[body.start..i].chars().next_back();
        let next = text[end..body.end].chars().next();
        // Right after a word or its punctuation, and before a space: where
        // closing marks sit.
        let after_word = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:".contains(p));
        let before_break = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]—–".contains(n));
        match c {
            '“' | '„' | '«' | '‟' => {
                let double_open = self.innermost(Family::Double);
                // “expedited review“: a closing mark typed the wrong way;
                // and „Ja“: the German close.
                let closes = c == '“'
                    && double_open.is_some_and(|o| o.mark == '„' || (after_word && before_break));
                if closes {
                    self.close(Family::Double, end);
                } else if next.is_some() {
                    self.open(
                        Open {
                            family: Family::Double,
                            at: i,
                            mark: c,
                        },
                        body.end,
                    );
                }
            }
            '”' | '»' => self.close(Family::Double, end),
            '"' | '＂' => match self.innermost(Family::Double) {
                // Straight quotes inside a curly quotation that closes
                // later are part of its words.
                Some(o) if o.mark != '"' && curly_closer_ahead(text, o.mark, end, body.end) => {}
                Some(_) => self.close(Family::Double, end),
                None if next.is_some_and(|n| !n.is_whitespace()) => self.open(
                    Open {
                        family: Family::Double,
                        at: i,
                        mark: '"',
                    },
                    body.end,
                ),
                None => {}
            },
            '‘' | '‚' | '‹' | '‛' => {
                // "Frozen‘" or "a ‘B-‘ grade" before a space: a closing
                // mark typed the wrong way.
                let glued = prev.is_some_and(|p| p.is_alphanumeric() || "-.,!?".contains(p));
                // "Trump‘s" is an apostrophe typed the wrong way.
                let apostrophe = prev.is_some_and(char::is_alphanumeric);
                if glued && self.top_is(Family::Single) && before_break {
                    self.close(Family::Single, end);
                } else if !apostrophe
                    && next.is_some_and(|n| !n.is_whitespace())
                    && !is_elision(&text[end..])
                {
                    self.open(
                        Open {
                            family: Family::Single,
                            at: i,
                            mark: c,
                        },
                        body.end,
                    );
                }
            }
            '›' => self.close(Family::Single, end),
            '\'' => {
                let inside_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if inside_word {
                    return;
                }
                if self.top_is(Family::Single) && prev.is_some_and(|p| !p.is_whitespace()) {
                    self.close(Family::Single, end);
                } else if prev.is_none_or(|p| p.is_whitespace() || "([—–-“\"".contains(p))
                    && next.is_some_and(char::is_alphabetic)
                    && !is_elision(&text[end..])
                {
                    self.open(
                        Open {
                            family: Family::Single,
                            at: i,
                            mark: '\'',
                        },
                        body.end,
                    );
                }
            }
            '’' if self.top_is(Family::Single) && closes_single(text, i, end, body.end) => {
                self.close(Family::Single, end)
            }
            _ => {}
        }
    }

    fn innermost(&self, family: Family) -> Option<Open> {
        self.stack
            .iter()
            .rev()
            .find(|o| o.family == family)
            .copied()
    }

    fn top_is(&self, family: Family) -> bool {
        self.stack.last().is_some_and(|o| o.family == family)
    }

    fn open(&mut self, mark: Open, paragraph_end: usize) {
        let Some(top) = self.stack.last().copied() else {
            self.stack.push(mark);
            return;
        };
        let same_kind = top.family == mark.family && (top.mark == '"') == (mark.mark == '"');
        if !same_kind || nested_ahead(self.text, mark, paragraph_end) {
            // “…‘…’…”, "…“…”…", or “…“…”…”: a quotation inside another.
            self.stack.push(mark);
        } else if self.stack.len() == 1 {
            // A second opener with no nesting to follow: the first one was
            // stray. Start over from here.
            self.stack[0] = mark;
        }
    }

    fn close(&mut self, family: Family, end: usize) {
        let Some(depth) = self.stack.iter().rposition(|o| o.family == family) else {
            return;
        };
        if depth == 0 {
            self.out.push(Quoted {
                span: Span::new(self.stack[0].at, end),
                closed: true,
            });
        }
        self.stack.truncate(depth);
    }
}

fn opening_family(c: char) -> Option<Family> {
    match c {
        '“' | '„' | '«' | '‟' | '"' | '＂' => Some(Family::Double),
        '‘' | '‚' | '‹' | '‛' | '\'' => Some(Family::Single),
        _ => None,
    }
}

/// The end of a markup tag starting at `at` (`<tweet id="1">`, `</p>`),
/// if it closes within the paragraph.
fn markup_tag_end(text: &str, at: usize, paragraph_end: usize) -> Option<usize> {
    let rest = &text[at + 1..paragraph_end];
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
        return None;
    }
    let close = rest.find(['>', '<'])?;
    (rest.as_bytes()[close] == b'>' && close < 1000).then_some(at + 1 + close + 1)
}

/// Whether an opener of the same kind as an open one starts a nested
/// quotation: the next two marks of its family after it both close.
fn nested_ahead(text: &str, mark: Open, paragraph_end: usize) -> bool {
    let start = mark.at + mark.mark.len_utf8();
    let mut marks = text[start..paragraph_end]
        .chars()
        .filter_map(|c| match (mark.family, c) {
            (Family::Double, '“' | '„' | '«') | (Family::Single, '‘' | '‚' | '‹') => {
                Some(false)
            }
            (Family::Double, '”' | '»') => Some(true),
            _ => None,
        });
    mark.family == Family::Double && marks.next() == Some(true) && marks.next() == Some(true)
}

/// Whether a curly quotation opened by `mark` has its closing mark later in
/// the paragraph, after `from` and before any other curly opener.
fn curly_closer_ahead(text: &str, mark: char, from: usize, paragraph_end: usize) -> bool {
    let (openers, closers): (&[char], &[char]) = match mark {
        '“' | '‟' => (&['“', '„'], &['”']),
        '„' => (&['„'], &['“', '”']),
        '«' => (&['«'], &['»']),
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
    let next = text[end..paragraph_end].chars().next();
    if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
        return false; // won’t, rock’n’roll
    }
    if prev.is_none_or(char::is_whitespace) {
        return false; // ’90s, ’em
    }
    // "rock ’n’ roll": the elided "and" ends in a mark of its own.
    let before = &text[..i];
    if let Some(stem) = before
        .strip_suffix("’n")
        .or_else(|| before.strip_suffix("'n"))
        && stem.chars().next_back().is_none_or(char::is_whitespace)
    {
        return false;
    }
    // "sailors’ union": a plural possessive, when a later mark still closes
    // before any new quotation opens.
    // So is "‘the Lovers’ Bridge’": a name in capitals, closed a word or
    // three later.
    if prev != Some('s') || next != Some(' ') {
        return true;
    }
    let after = &text[end..paragraph_end];
    let Some(at) = later_single_closer(after) else {
        return true;
    };
    if after[1..].starts_with(char::is_lowercase) {
        return false;
    }
    let name = after[..at].trim();
    !(at <= 40 && !name.is_empty() && name.split(' ').all(|w| w.starts_with(char::is_uppercase)))
}

/// Where the next single mark in `rest` (apostrophes inside words aside)
/// stands, if it is a `’` rather than a new `‘`.
fn later_single_closer(rest: &str) -> Option<usize> {
    let mut prev = ' ';
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, c)| c);
        match c {
            '‘' => return None,
            '’' if !(prev.is_alphanumeric() && next.is_alphanumeric()) => return Some(at),
            _ => {}
        }
        prev = c;
    }
    None
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
    fn quotation_marks_typed_the_wrong_way() {
        assert_eq!(
            quotes("an “expedited review“ of the water"),
            ["“expedited review“"]
        );
        assert_eq!(
            quotes("National Review‘s founding “aristocratic conservatism,” which"),
            ["“aristocratic conservatism,”"]
        );
        assert_eq!(
            quotes("the ferry earned a ‘B-‘ grade from inspectors while charging more."),
            ["‘B-‘"]
        );
    }

    #[test]
    fn single_quotes_ending_in_s_before_another_quote() {
        assert_eq!(
            quotes("to ‘Turn Away’ from ‘Boasters’ and ‘Blasphemers’ Like Him"),
            ["‘Turn Away’", "‘Boasters’", "‘Blasphemers’"]
        );
    }

    #[test]
    fn same_marks_nested() {
        assert_eq!(
            quotes("Cohen: “The rise of “cell phone only” homes is real.” Then"),
            ["“The rise of “cell phone only” homes is real.”"]
        );
        assert_eq!(
            quotes("\"He told me “no,” she said, “twice.”\" Done."),
            ["\"He told me “no,” she said, “twice.”\""]
        );
    }

    #[test]
    fn markup_attributes_are_not_quotations() {
        assert_eq!(
            quotes("<tweet id=\"1\" author=\"@ada\">“Hi,” she wrote</tweet>"),
            ["“Hi,”"]
        );
        assert_eq!(quotes("if a < b then “c”"), ["“c”"]);
    }

    #[test]
    fn an_opener_before_a_space_and_an_ellipsis() {
        assert_eq!(
            quotes("As Politico reported, “ … Trump would win.”"),
            ["“ … Trump would win.”"]
        );
    }

    #[test]
    fn a_stray_opener_does_not_swallow_the_next_quote() {
        assert_eq!(quotes("A “stray and then “real one” here."), ["“real one”"]);
    }
}
