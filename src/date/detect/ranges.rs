//! Ranges of days in one month: "March 14-16", "14–16 March", "from
//! March 3 to 5". Each end is a date of its own, as TIMEX3 annotates
//! them; the second takes the month (and year) of the first.

use super::Scanner;
use crate::Span;
use crate::date::expr::{Expr, Found};
use crate::text::{TokenKind, is_hyphen};

/// Words between the two days of a range written in full: "March 3 to 5".
const RANGE_WORDS: &[&str] = &["to", "through", "thru", "until", "till", "-", "–", "and"];

impl Scanner<'_> {
    /// "14-16": two days of a month joined by a hyphen in one token, the
    /// second later than the first. Returns both and the byte length of
    /// the first day's digits and of the separator.
    pub(super) fn day_range(&self, i: usize, end: usize) -> Option<(i8, i8, usize, usize)> {
        if i >= end || self.doc.tokens[i].kind != TokenKind::Number {
            return None;
        }
        let word = self.text(i);
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let (first, rest) = word.split_at(digits);
        let separator = rest.chars().next().filter(|&c| is_hyphen(c))?;
        let second = &rest[separator.len_utf8()..];
        let day = |s: &str| {
            (1..=2)
                .contains(&s.len())
                .then(|| s.parse::<i8>().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d))
        };
        let (a, b) = (day(first)?, day(second)?);
        (b > a).then_some((a, b, digits, separator.len_utf8()))
    }

    /// Splits a day whose tokens hold a hyphenated range ("March 14-16",
    /// "14-16 March 2025") into its two ends. `None` for any other match.
    pub(super) fn split_day_range(&self, found: &Found) -> Option<[Found; 2]> {
        let Expr::Day { year, month, .. } = found.expr else {
            return None;
        };
        let end = found.tokens.end;
        let (k, (first, second, digits, separator)) = found
            .tokens
            .clone()
            .find_map(|k| Some((k, self.day_range(k, end)?)))?;
        let token = self.doc.tokens[k].span;
        let first_end = token.start + digits;
        let second_start = first_end + separator;
        Some([
            Found {
                span: Span::new(found.span.start, first_end),
                expr: Expr::Day {
                    year,
                    month,
                    day: first,
                },
                ..found.clone()
            },
            Found {
                span: Span::new(second_start, found.span.end),
                tokens: k..found.tokens.end,
                expr: range_end(year, month, second),
                ..found.clone()
            },
        ])
    }

    /// The first day of a range written before a day that opens with its
    /// number: "14 to 16 April", "14–16 April 2024". No token before
    /// `free_from` is taken: it is the sentence's start or the end of the
    /// last date found.
    pub(super) fn range_start_before(&self, found: &Found, free_from: usize) -> Option<Found> {
        let Expr::Day { year, month, day } = found.expr else {
            return None;
        };
        let at = found.tokens.start;
        if at < free_from + 2
            || self.doc.tokens[at].kind != TokenKind::Number
            || !RANGE_WORDS.contains(&self.lower(at - 1))
            || self.lower(at - 1) == "and"
        {
            return None;
        }
        let first = self.day(at - 2, at).filter(|&d| d < day)?;
        Some(Found {
            tokens: at - 2..at - 1,
            span: self.doc.token_span(at - 2..at - 1),
            expr: Expr::Day {
                year,
                month,
                day: first,
            },
            ambiguous: false,
            ..found.clone()
        })
    }

    /// The second day of a range written in words after a full day:
    /// "March 3 to 5", "March 3 and 5,". Returns where it ends and the day.
    /// Not a count ("March 3 and 5 people") nor a time ("to 5 p.m.").
    pub(super) fn range_end_after(
        &self,
        after: usize,
        end: usize,
        first: i8,
    ) -> Option<(usize, i8)> {
        if after + 1 >= end || !RANGE_WORDS.contains(&self.lower(after)) {
            return None;
        }
        let second = self.day(after + 1, end).filter(|&d| d > first)?;
        let next = self.lower_before(after + 2, end);
        let closes = next.is_empty()
            || self.doc.tokens[after + 2].kind == TokenKind::Punct
            || (self.lower(after) != "and"
                && self.doc.tokens[after + 2].kind == TokenKind::Word
                && !matches!(next, "am" | "pm" | "a.m." | "p.m." | "percent")
                && self.month(after + 2, end).is_none()
                && super::relative::unit_word(next).is_none()
                && !super::COUNT_NOUNS.contains(&next));
        closes.then_some((after + 2, second))
    }
}

/// The second day of a range: a plain day when the year is written, else
/// one that takes the first day's year.
pub(super) fn range_end(year: Option<i16>, month: i8, day: i8) -> Expr {
    match year {
        Some(_) => Expr::Day { year, month, day },
        None => Expr::RangeEnd { month, day },
    }
}
