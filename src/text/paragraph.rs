//! Paragraphs: the units quotes continue across and sentences never cross.
//!
//! Pasted news usually puts each paragraph on its own line, with or without
//! a blank line between. Captions and headlines are one line each. So every
//! line break starts a paragraph, with one exception for hard-wrapped text:
//! a line that continues a sentence (the previous line has no closing
//! punctuation and this one starts in lowercase) joins the line before it.

use crate::Span;

/// Paragraph spans over normalized text, trimmed of surrounding whitespace,
/// in order. Blank lines give no paragraph.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut previous_line_blank = true;
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        let trimmed_start = line_start + (line.len() - line.trim_start().len());
        let trimmed_end = line_start + line.trim_end().len();
        if trimmed_start >= trimmed_end {
            previous_line_blank = true;
        } else {
            let span = Span::new(trimmed_start, trimmed_end);
            match out.last_mut() {
                Some(last)
                    if !previous_line_blank
                        && continues(&text[last.range()], &text[span.range()]) =>
                {
                    last.end = span.end;
                }
                _ => out.push(span),
            }
            previous_line_blank = false;
        }
        line_start = line_end + 1;
    }
    out
}

fn continues(previous: &str, line: &str) -> bool {
    let open_ended = !previous.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', '…']);
    open_ended && line.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn every_line_is_a_paragraph() {
        assert_eq!(
            texts("Headline\n\n  First para.\nCaption line\n\n\nLast."),
            ["Headline", "First para.", "Caption line", "Last."]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(
            texts("The minister said the plan\nwould go ahead.\nNext one."),
            ["The minister said the plan\nwould go ahead.", "Next one."]
        );
    }

    #[test]
    fn blank_text_has_no_paragraphs() {
        assert!(paragraphs("\n \n\n").is_empty());
        assert!(paragraphs("").is_empty());
    }
}
