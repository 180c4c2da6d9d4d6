//! Named months and weekdays: "October 14, 2020", "Oct. 14", "14 October",
//! "July", "Tuesday, Oct. 13".

use jiff::civil::Weekday;

use super::{DATE_PREPOSITIONS, MONTH_NAMES, Scanner};
use crate::date::WEEKDAY_NAMES;
use crate::date::expr::Expr;
use crate::text::{AbbrevKind, TokenKind};

impl Scanner<'_> {
    pub(super) fn month(&self, i: usize, end: usize) -> Option<i8> {
        if i >= end {
            return None;
        }
        let word = self.text(i);
        let token = self.doc.tokens[i];
        if token.kind == TokenKind::Abbrev(AbbrevKind::Month) {
            let stem = word.trim_end_matches('.');
            return MONTH_NAMES
                .iter()
                .position(|m| m.starts_with(stem))
                .map(|m| m as i8 + 1);
        }
        let is_title_or_upper = word.chars().next().is_some_and(char::is_uppercase);
        if !is_title_or_upper {
            return None;
        }
        if let Some(m) = MONTH_NAMES
            .iter()
            .position(|m| m.eq_ignore_ascii_case(word))
        {
            return Some(m as i8 + 1);
        }
        // "Oct 14", "14 Oct 2020": a short form without its period, next to
        // a number.
        let next_to_number = (i + 1 < end && self.doc.tokens[i + 1].kind == TokenKind::Number)
            || (i > 0 && self.day(i - 1, end).is_some());
        let short = (3..=4).contains(&word.len())
            && next_to_number
            && MONTH_NAMES
                .iter()
                .any(|m| m.len() > word.len() && m.starts_with(word));
        if short {
            MONTH_NAMES
                .iter()
                .position(|m| m.starts_with(word))
                .map(|m| m as i8 + 1)
        } else {
            None
        }
    }

    pub(super) fn weekday(&self, i: usize, end: usize) -> Option<Weekday> {
        if i >= end {
            return None;
        }
        let word = self.text(i);
        if self.doc.tokens[i].kind == TokenKind::Abbrev(AbbrevKind::Weekday) {
            let stem = word.trim_end_matches('.');
            let position = WEEKDAY_NAMES.iter().position(|d| d.starts_with(stem))?;
            // The names are in order, Monday first.
            return Weekday::from_monday_zero_offset(position as i8).ok();
        }
        weekday_named(word)
    }

    /// A day of the month: "14", "7th", "04".
    pub(super) fn day(&self, i: usize, end: usize) -> Option<i8> {
        if i >= end || self.doc.tokens[i].kind != TokenKind::Number {
            return None;
        }
        let word = self.text(i);
        let digits = word.trim_end_matches(char::is_alphabetic);
        let suffix = &word[digits.len()..];
        if !(1..=2).contains(&digits.len()) || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
    }

    /// A four-digit year.
    pub(super) fn year(&self, i: usize, end: usize) -> Option<i16> {
        if i >= end || self.doc.tokens[i].kind != TokenKind::Number {
            return None;
        }
        let word = self.text(i);
        if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        word.parse::<i16>()
            .ok()
            .filter(|y| (1000..=2999).contains(y))
    }

    /// A year in words: "nineteen ninety-seven", "nineteen seventy
    /// nine", and "two thousand" after "the year". Returns the token after
    /// it and the year.
    pub(super) fn spelled_year(&self, i: usize, end: usize) -> Option<(usize, i16)> {
        if self.lower_before(i, end) == "two"
            && self.lower_before(i + 1, end) == "thousand"
            && i > 0
            && self.lower(i - 1) == "year"
        {
            return Some((i + 2, 2000));
        }
        if self.lower_before(i, end) != "nineteen" {
            return None;
        }
        let tens_word = |word: &str| {
            [
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            ]
            .iter()
            .position(|t| *t == word)
            .map(|k| 20 + 10 * k as i16)
        };
        let unit_word = |word: &str| {
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            ]
            .iter()
            .position(|u| *u == word)
            .map(|k| 1 + k as i16)
        };
        let next = self.lower_before(i + 1, end);
        // "ninety-seven" in one token, or "ninety seven" in two.
        let (stop, rest) = match next.split_once('-') {
            Some((tens, unit)) => (i + 2, tens_word(tens)? + unit_word(unit)?),
            None => {
                let tens = tens_word(next)?;
                match unit_word(self.lower_before(i + 2, end)) {
                    Some(unit) => (i + 3, tens + unit),
                    None => (i + 2, tens),
                }
            }
        };
        Some((stop, 1900 + rest))
    }

    pub(super) fn comma_then(&self, i: usize, end: usize) -> usize {
        if self.is(i, end, ",") { i + 1 } else { i }
    }

    /// "Tuesday, Oct. 13": a weekday naming the date after it, or a bare
    /// weekday.
    pub(super) fn weekday_date(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let weekday = self.weekday(i, end)?;
        let j = self.comma_then(i + 1, end);
        if let Some((stop, expr @ Expr::Day { .. })) =
            self.month_first(j, end).or_else(|| self.day_first(j, end))
        {
            return Some((stop, expr));
        }
        Some((i + 1, Expr::Weekday(weekday)))
    }

    /// "October 14, 2020", "Oct. 14", "July 2020", "July".
    pub(super) fn month_first(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let month = self.month(i, end)?;
        // "March 14-16" reads as March 14 here; see `split_day_range`.
        let day = self
            .day(i + 1, end)
            .or_else(|| self.day_range(i + 1, end).map(|r| r.0));
        if let Some(day) = day {
            let j = self.comma_then(i + 2, end);
            return Some(match self.year(j, end) {
                Some(year) => (
                    j + 1,
                    Expr::Day {
                        year: Some(year),
                        month,
                        day,
                    },
                ),
                None => (
                    i + 2,
                    Expr::Day {
                        year: None,
                        month,
                        day,
                    },
                ),
            });
        }
        // "January this year", "June last year"
        if i + 2 < end && self.lower(i + 2) == "year" {
            let year_offset = match self.lower(i + 1) {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            if let Some(year_offset) = year_offset {
                return Some((i + 3, Expr::MonthInYear { month, year_offset }));
            }
        }
        let j = self.comma_then(i + 1, end);
        if let Some(year) = self.year(j, end) {
            return Some((
                j + 1,
                Expr::Month {
                    year: Some(year),
                    month,
                },
            ));
        }
        // "January nineteen ninety-seven", as broadcast transcripts write.
        if let Some((stop, year)) = self.spelled_year(i + 1, end) {
            let year = Some(year);
            return Some((stop, Expr::Month { year, month }));
        }
        self.bare_month_is_date(i, end)
            .then_some((i + 1, Expr::Month { year: None, month }))
    }

    /// "the week of March 6".
    pub(super) fn week_of(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let opens = self.lower(i) == "the"
            && self.lower_before(i + 1, end) == "week"
            && self.lower_before(i + 2, end) == "of";
        if !opens {
            return None;
        }
        match self.month_first(i + 3, end)? {
            (stop, Expr::Day { year, month, day }) => {
                Some((stop, Expr::WeekOf { year, month, day }))
            }
            _ => None,
        }
    }

    /// "May" and "March" are also words, and "April" or "June" names; a
    /// bare month needs a preposition before it, and must not sit inside a
    /// name ("Theresa May", "April Ryan").
    pub(super) fn bare_month_is_date(&self, i: usize, end: usize) -> bool {
        let abbreviated = self.doc.tokens[i].kind == TokenKind::Abbrev(AbbrevKind::Month);
        let word = self.text(i);
        let ambiguous = matches!(word, "May" | "March" | "MAY" | "MARCH");
        let after_preposition = i > 0 && DATE_PREPOSITIONS.contains(&self.lower(i - 1));
        let after_name = i > 0
            && self.text(i - 1).starts_with(char::is_uppercase)
            && self.doc.tokens[i - 1].kind == TokenKind::Word
            && !after_preposition;
        let before_name = i + 1 < end
            && self.text(i + 1).starts_with(char::is_uppercase)
            && self.doc.tokens[i + 1].kind == TokenKind::Word
            && self.month(i + 1, end).is_none();
        if abbreviated || after_preposition {
            return !after_name;
        }
        !ambiguous && !after_name && !before_name
    }

    /// "on the 15th": an ordinal day after "on the", ending its clause.
    pub(super) fn day_of_month(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let ordinal = |k: usize| {
            let word = self.text(k);
            word.len() > 2 && !word.ends_with(|c: char| c.is_ascii_digit())
        };
        let on_the = i > 0 && self.lower(i - 1) == "on" && self.lower(i) == "the";
        if !on_the || !ordinal(i + 1) {
            return None;
        }
        let day = self.day(i + 1, end)?;
        let closes = i + 2 >= end
            || self.doc.tokens[i + 2].kind == TokenKind::Punct
            || matches!(self.lower(i + 2), "and" | "or" | "but");
        closes.then_some((i + 2, Expr::DayOfMonth(day)))
    }

    /// "14 October 2020", "7th of July".
    pub(super) fn day_first(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let day = self
            .day(i, end)
            .or_else(|| self.day_range(i, end).map(|r| r.0))?;
        let j = if self.is(i + 1, end, "of") {
            i + 2
        } else {
            i + 1
        };
        let month = self.month(j, end)?;
        let k = self.comma_then(j + 1, end);
        Some(match self.year(k, end) {
            Some(year) => (
                k + 1,
                Expr::Day {
                    year: Some(year),
                    month,
                    day,
                },
            ),
            None => (
                j + 1,
                Expr::Day {
                    year: None,
                    month,
                    day,
                },
            ),
        })
    }
}

/// The weekday a capitalized word names in full: "Monday", "MONDAY".
pub(super) fn weekday_named(word: &str) -> Option<Weekday> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let position = WEEKDAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))?;
    // The names are in order, Monday first.
    Weekday::from_monday_zero_offset(position as i8).ok()
}
