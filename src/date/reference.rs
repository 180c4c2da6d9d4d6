//! Finding an article's own date: its dateline or first date line.

use super::Date;
use super::expr::{Expr, Found};
use crate::text::Document;

/// How many paragraphs from the top may hold the dateline.
const DATELINE_PARAGRAPHS: usize = 5;
/// A paragraph longer than this is body text, not a dateline.
const DATELINE_MAX_TOKENS: usize = 30;

/// The first complete date ("October 14, 2020", "14 Oct 2020",
/// "2020-10-14") standing in a short paragraph near the top: the
/// dateline, byline or "Published …" line that news pages carry.
pub(crate) fn detect_reference(doc: &Document<'_>, found: &[Found]) -> Option<Date> {
    found.iter().find_map(|f| {
        let Expr::Day {
            year: Some(year),
            month,
            day,
        } = f.expr
        else {
            return None;
        };
        let paragraph = doc.sentences[f.sentence].paragraph;
        let short = doc.paragraphs[paragraph].tokens.len() <= DATELINE_MAX_TOKENS;
        if paragraph < DATELINE_PARAGRAPHS && short {
            Date::new(year, month, day).ok()
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::detect::detect;
    use super::*;

    fn reference(text: &str) -> Option<String> {
        let doc = Document::new(text);
        detect_reference(&doc, &detect(&doc, crate::DateOrder::MonthFirst)).map(|d| d.to_string())
    }

    #[test]
    fn from_a_date_line_under_the_headline() {
        assert_eq!(
            reference("Harbour Deal Signed\n\nMarch 3, 2021 Updated: March 4, 2021\n\nText."),
            Some("2021-03-03".into())
        );
        assert_eq!(
            reference("Published 14 Oct 2020\nBody."),
            Some("2020-10-14".into())
        );
    }

    #[test]
    fn not_from_the_body() {
        let body = "The council met. ".repeat(3)
            + "It recalled the vote of March 3, 2019, which everyone remembered well and talked about for a long time afterwards.";
        assert_eq!(reference(&format!("Title\n{body}")), None);
        assert_eq!(
            reference("Title\nNo date here.\nNor here, since July."),
            None
        );
    }
}
