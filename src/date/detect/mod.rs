//! Recognizing date expressions in tokens.
//!
//! Each pattern is a small function from a token position to the end of a
//! match and an unresolved [`Expr`]. The scanner tries them in order at
//! every token and keeps the first match, so longer forms are listed
//! before their prefixes ("October 14, 2020" before "October"). The
//! patterns live by kind: [`calendar`] for named months and weekdays,
//! [`numeric`] for dates in digits, [`relative`] for words that count
//! from the reference date.

mod calendar;
mod holidays;
mod numeric;
mod periods;
mod relative;

use super::expr::{Expr, Found, Unit};
use super::{DateOrder, MONTH_NAMES};
use crate::text::Document;
use crate::words::WordList;

/// Finds every date expression in the document, in text order, without
/// overlaps.
pub(crate) fn detect(doc: &Document<'_>, order: DateOrder) -> Vec<Found> {
    let scanner = Scanner { doc, order };
    let mut found = Vec::new();
    for (sentence, s) in doc.sentences.iter().enumerate() {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            match scanner.at(i, end) {
                Some((stop, expr)) => {
                    let start = scanner.leading_words(i, s.tokens.start, &expr);
                    let ambiguous = scanner.ambiguous_numeric(start..stop);
                    found.push(Found {
                        tokens: start..stop,
                        span: doc.token_span(start..stop),
                        sentence,
                        expr,
                        ambiguous,
                    });
                    i = stop;
                }
                None => i += 1,
            }
        }
    }
    found
}

struct Scanner<'d> {
    doc: &'d Document<'d>,
    order: DateOrder,
}

/// Words before a bare month or a year that show it is one: "in July",
/// "since 1990".
static DATE_PREPOSITIONS: WordList = WordList::new(&[
    "after", "around", "as", "before", "between", "by", "during", "early", "from", "in", "late",
    "last", "mid", "next", "of", "since", "the", "this", "through", "till", "to", "until",
]);

/// Counted things: a number before one of these is not a year.
static COUNT_NOUNS: WordList = WordList::new(&[
    "acres",
    "barrels",
    "cars",
    "cases",
    "children",
    "copies",
    "deaths",
    "delegates",
    "dollars",
    "employees",
    "euros",
    "feet",
    "homes",
    "jobs",
    "kilometers",
    "kilometres",
    "km",
    "members",
    "men",
    "meters",
    "metres",
    "miles",
    "people",
    "percent",
    "points",
    "pounds",
    "residents",
    "seats",
    "shares",
    "soldiers",
    "students",
    "times",
    "tonnes",
    "tons",
    "troops",
    "units",
    "voters",
    "votes",
    "women",
    "workers",
    "yen",
]);
impl Scanner<'_> {
    /// The text of token `i`, or "" past the end, so that patterns looking
    /// ahead never index out of bounds.
    #[inline(always)]
    pub(super) fn text(&self, i: usize) -> &str {
        self.doc.token_text_or_empty(i)
    }

    /// The text of token `i` in lowercase, or "" past the end.
    #[inline(always)]
    pub(super) fn lower(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// The text of token `i` in lowercase if it comes before `end`.
    #[inline(always)]
    pub(super) fn lower_before(&self, i: usize, end: usize) -> &str {
        if i < end { self.lower(i) } else { "" }
    }

    #[inline(always)]
    pub(super) fn is(&self, i: usize, end: usize, word: &str) -> bool {
        i < end && self.text(i) == word
    }

    /// Whether tokens `a` and `b` touch, with no space between.
    #[inline(always)]
    pub(super) fn touching(&self, a: usize, b: usize) -> bool {
        self.doc.tokens[a].span.end == self.doc.tokens[b].span.start
    }

    /// Tries every pattern at token `i`.
    fn at(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        self.part_of_day(i, end)
            .or_else(|| self.weekend(i, end))
            .or_else(|| self.quarter(i, end))
            .or_else(|| self.century(i, end))
            .or_else(|| self.season(i, end))
            .or_else(|| self.vague(i, end))
            .or_else(|| self.middle(i))
            .or_else(|| self.set(i, end))
            .or_else(|| self.fiscal_year(i, end))
            .or_else(|| self.holiday(i, end))
            .or_else(|| self.week_of(i, end))
            .or_else(|| self.weekday_date(i, end))
            .or_else(|| self.month_first(i, end))
            .or_else(|| self.day_first(i, end))
            .or_else(|| self.numeric(i, end))
            .or_else(|| {
                self.spelled_year(i, end)
                    .map(|(stop, year)| (stop, Expr::Year(year)))
            })
            .or_else(|| self.named_time(i, end))
            .or_else(|| self.relative(i, end))
            .or_else(|| self.duration(i, end))
    }

    /// The words before a match that belong to it: "early", "late" or
    /// "mid" before a period ("the early 1990s", "late last year"), and
    /// "the" before a decade ("the 2020s", "the ’90s"), as TIMEX3 spans
    /// include them.
    fn leading_words(&self, i: usize, sentence_start: usize, expr: &Expr) -> usize {
        let period = matches!(
            expr,
            Expr::Decade(_)
                | Expr::Year(_)
                | Expr::Month { .. }
                | Expr::Century(_)
                | Expr::Relative(Unit::Year | Unit::Month, -1..=1)
        );
        let mut start = i;
        if period
            && start > sentence_start
            && matches!(self.lower(start - 1), "early" | "late" | "mid")
        {
            start -= 1;
        }
        let article = start > sentence_start && self.text(start - 1).eq_ignore_ascii_case("the");
        if matches!(expr, Expr::Decade(_)) && article {
            start - 1
        } else {
            start
        }
    }

    pub(super) fn is_apostrophe_at(&self, i: usize) -> bool {
        matches!(self.text(i), "’" | "'" | "‘")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::expr::{Anchor, Ref};

    fn exprs(text: &str) -> Vec<(&str, Expr)> {
        let doc = Document::new(text);
        let found = detect(&doc, DateOrder::MonthFirst);
        let text_of = |f: &Found| &text[f.span.range()];
        found
            .iter()
            .map(|f| (text_of(f), f.expr))
            .collect::<Vec<_>>()
    }

    #[test]
    fn full_and_partial_dates() {
        assert_eq!(
            exprs("on October 14, 2020 and Oct. 14"),
            [
                (
                    "October 14, 2020",
                    Expr::Day {
                        year: Some(2020),
                        month: 10,
                        day: 14
                    }
                ),
                (
                    "Oct. 14",
                    Expr::Day {
                        year: None,
                        month: 10,
                        day: 14
                    }
                ),
            ]
        );
        assert_eq!(
            exprs("14 October 2020"),
            [(
                "14 October 2020",
                Expr::Day {
                    year: Some(2020),
                    month: 10,
                    day: 14
                }
            )]
        );
        assert_eq!(
            exprs("Tuesday, Oct. 13"),
            [(
                "Tuesday, Oct. 13",
                Expr::Day {
                    year: None,
                    month: 10,
                    day: 13
                }
            )]
        );
    }

    #[test]
    fn months_need_context_when_ambiguous() {
        assert_eq!(
            exprs("In May, the plan"),
            [(
                "May",
                Expr::Month {
                    year: None,
                    month: 5
                }
            )]
        );
        assert!(exprs("Theresa May said").is_empty());
        assert!(exprs("May I ask").is_empty());
        assert!(exprs("April Ryan asked").is_empty());
        assert_eq!(
            exprs("it rained in July"),
            [(
                "July",
                Expr::Month {
                    year: None,
                    month: 7
                }
            )]
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert!(exprs("COVID-19 hit 2000 people and cost $2020").is_empty());
        assert_eq!(exprs("its 2020 agenda"), [("2020", Expr::Year(2020))]);
    }

    #[test]
    fn decades() {
        assert_eq!(exprs("In the 2020s"), [("the 2020s", Expr::Decade(202))]);
        assert_eq!(exprs("since the ’90s"), [("the ’90s", Expr::Decade(199))]);
    }

    #[test]
    fn digits_and_times() {
        assert_eq!(
            exprs("on 2020-10-14 at 3 p.m."),
            [
                (
                    "2020-10-14",
                    Expr::Day {
                        year: Some(2020),
                        month: 10,
                        day: 14
                    }
                ),
                (
                    "3 p.m.",
                    Expr::Time {
                        hour: 15,
                        minute: 0,
                        on: Anchor::Reference,
                    }
                ),
            ]
        );
        assert_eq!(
            exprs("due 10/14/2020"),
            [(
                "10/14/2020",
                Expr::Day {
                    year: Some(2020),
                    month: 10,
                    day: 14
                }
            )]
        );
    }

    #[test]
    fn relative_and_durations() {
        assert_eq!(
            exprs("two weeks ago, for three years, last year, now"),
            [
                ("two weeks ago", Expr::Relative(Unit::Week, -2)),
                ("three years", Expr::Duration(3, Unit::Year)),
                ("last year", Expr::Relative(Unit::Year, -1)),
                ("now", Expr::Ref(Ref::Present)),
            ]
        );
        assert!(exprs("a 19-year-old").is_empty());
    }
}
