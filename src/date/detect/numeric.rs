//! Dates in digits: `2020-10-14`, `10/14/2020`, `2020s`, `’90s`, a year,
//! `3 p.m.`.

use super::{COUNT_NOUNS, DATE_PREPOSITIONS, Scanner};
use crate::DateOrder;
use crate::date::expr::{Anchor, Expr};
use crate::text::TokenKind;

impl Scanner<'_> {
    /// Dates written in digits: `2020-10-14`, `10/14/2020`, `2020s`,
    /// `’90s`, a year, `3 p.m.`.
    pub(super) fn numeric(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        // "’90s": an apostrophe glued to a two-digit decade.
        if self.is_apostrophe_at(i) && i + 1 < end && self.touching(i, i + 1) {
            let word = self.text(i + 1);
            if word.len() == 3 && word.ends_with('s') && word.as_bytes()[1] == b'0' {
                let tens: i16 = word[..1].parse().ok()?;
                let century = if tens <= 1 { 200 } else { 190 };
                return Some((i + 2, Expr::Decade(century + tens)));
            }
        }
        if i >= end || self.doc.tokens[i].kind != TokenKind::Number {
            return None;
        }
        let word = self.text(i);
        if let Some(expr) = iso_date(word) {
            return Some((i + 1, expr));
        }
        if let Some(decade) = decade(word) {
            return Some((i + 1, Expr::Decade(decade)));
        }
        if let Some(found) = self.slash_date(i, end) {
            return Some(found);
        }
        if let Some(found) = self.clock_time(i, end) {
            return Some(found);
        }
        let year = self.year(i, end)?;
        self.number_is_year(i, end, year)
            .then_some((i + 1, Expr::Year(year)))
    }

    pub(super) fn number_is_year(&self, i: usize, end: usize, year: i16) -> bool {
        let before = (i > 0).then(|| self.text(i - 1));
        if matches!(
            before,
            Some("$" | "£" | "€" | "#" | "No." | "No" | "number")
        ) {
            return false;
        }
        if i + 1 < end {
            let next = self.lower(i + 1);
            if next == "%"
                || COUNT_NOUNS.contains(&next)
                || self.doc.tokens[i + 1].kind == TokenKind::Number
            {
                return false;
            }
        }
        let contextual = i > 0 && DATE_PREPOSITIONS.contains(&self.lower(i - 1));
        (1900..=2099).contains(&year) || contextual
    }

    /// `10/14/2020`: month first, as in US news.
    pub(super) fn slash_date(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        if i + 4 >= end {
            return None;
        }
        let glued = (i..i + 4).all(|k| self.touching(k, k + 1));
        if !glued || self.text(i + 1) != "/" || self.text(i + 3) != "/" {
            return None;
        }
        let (first, second) = match self.order {
            DateOrder::MonthFirst => (i, i + 2),
            DateOrder::DayFirst => (i + 2, i),
        };
        let as_month =
            |k: usize| -> Option<i8> { self.text(k).parse().ok().filter(|m| (1..=12).contains(m)) };
        // "31/12/2023" can only be day first, whatever the order asked.
        let (month, day) = match (as_month(first), self.day(second, end)) {
            (Some(month), Some(day)) => (month, day),
            _ => (as_month(second)?, self.day(first, end)?),
        };
        let year = self.year(i + 4, end)?;
        Some((
            i + 5,
            Expr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    }

    /// Whether a numeric date reads as another date in the other order:
    /// `03/04/2020`, but not `03/14/2020` or `04/04/2020`.
    pub(super) fn ambiguous_numeric(&self, tokens: std::ops::Range<usize>) -> bool {
        if tokens.len() != 5 || self.text(tokens.start + 1) != "/" {
            return false;
        }
        let a: u8 = self.text(tokens.start).parse().unwrap_or(0);
        let b: u8 = self.text(tokens.start + 2).parse().unwrap_or(0);
        (1..=12).contains(&a) && (1..=12).contains(&b) && a != b
    }

    /// `3 p.m.`, `10:30 a.m.`, `10pm`, `10.30pm`, and after "at" and the
    /// like a 24-hour `22:00`.
    pub(super) fn clock_time(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.text(i);
        if let Some((clock, meridiem)) = glued_meridiem(word) {
            let (h, m) = clock.split_once([':', '.']).unwrap_or((clock, "0"));
            let hour: u8 = h.parse().ok().filter(|h| (1..=12).contains(h))?;
            let minute: u8 = m.parse().ok().filter(|m| *m < 60)?;
            return Some(self.time_on(i + 1, end, hour % 12 + meridiem, minute));
        }
        let meridiem = match self.lower_before(i + 1, end) {
            "a.m." | "am" => 0,
            "p.m." | "pm" => 12,
            _ => return self.clock_time_24(i, end),
        };
        let word = self.text(i);
        let (h, m) = word.split_once(':').unwrap_or((word, "0"));
        let hour: u8 = h.parse().ok().filter(|h| (1..=12).contains(h))?;
        let minute: u8 = m.parse().ok().filter(|m| *m < 60)?;
        Some(self.time_on(i + 2, end, hour % 12 + meridiem, minute))
    }

    /// `22:00` after "at", "from", "until" and the like.
    fn clock_time_24(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let (h, m) = self.text(i).split_once(':')?;
        let after_preposition = i > 0
            && matches!(
                self.lower(i - 1),
                "at" | "from" | "until" | "till" | "by" | "before" | "after" | "around" | "since"
            );
        if h.len() > 2 || m.len() != 2 || !after_preposition {
            return None;
        }
        let hour: u8 = h.parse().ok().filter(|h| *h < 24)?;
        let minute: u8 = m.parse().ok().filter(|m| *m < 60)?;
        Some(self.time_on(i + 1, end, hour, minute))
    }

    /// "noon", "midnight", with the day after them if any.
    pub(super) fn named_time(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let hour = match self.lower(i) {
            "noon" | "midday" => 12,
            "midnight" => 24,
            _ => return None,
        };
        let (stop, expr) = self.time_on(i + 1, end, hour, 0);
        Some((stop, expr))
    }

    /// The day written after a time: "5 p.m. EST, Nov. 9", "noon
    /// Saturday", "9 a.m. tomorrow".
    fn time_on(&self, start: usize, end: usize, hour: u8, minute: u8) -> (usize, Expr) {
        const ZONES: &[&str] = &[
            "CDT", "CST", "EDT", "EST", "ET", "GMT", "MDT", "MST", "PDT", "PST", "PT", "UTC",
        ];
        let zone = usize::from(start < end && ZONES.contains(&self.text(start)));
        let mut j = start + zone;
        j = self.comma_then(j, end);
        let on = if let Some(weekday) = self.weekday(j, end) {
            Some((j + 1, Anchor::Weekday(weekday)))
        } else if let Some((stop, Expr::Day { year, month, day })) = self.month_first(j, end) {
            Some((stop, Anchor::Date { year, month, day }))
        } else {
            match self.lower_before(j, end) {
                "today" => Some((j + 1, Anchor::Offset(0))),
                "tomorrow" => Some((j + 1, Anchor::Offset(1))),
                "yesterday" => Some((j + 1, Anchor::Offset(-1))),
                _ => None,
            }
        };
        match on {
            Some((stop, on)) => (stop, Expr::Time { hour, minute, on }),
            // Keep a time zone with its time.
            None => (
                start + zone,
                Expr::Time {
                    hour,
                    minute,
                    on: Anchor::Reference,
                },
            ),
        }
    }
}

/// `10pm`, `10:30AM`: a clock time with its "am" or "pm" glued on.
/// Returns the clock and the hours "pm" adds.
fn glued_meridiem(word: &str) -> Option<(&str, u8)> {
    let split = word.len().checked_sub(2)?;
    let (clock, suffix) = (word.get(..split)?, word.get(split..)?);
    let meridiem = if suffix.eq_ignore_ascii_case("am") {
        0
    } else if suffix.eq_ignore_ascii_case("pm") {
        12
    } else {
        return None;
    };
    clock
        .bytes()
        .last()
        .is_some_and(|b| b.is_ascii_digit())
        .then_some((clock, meridiem))
}

/// `2020-10-14`
fn iso_date(word: &str) -> Option<Expr> {
    let b = word.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = word[..4].parse().ok()?;
    let month = word[5..7].parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = word[8..].parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(Expr::Day {
        year: Some(year),
        month,
        day,
    })
}

/// `2020s` → 202
pub(super) fn decade(word: &str) -> Option<i16> {
    let digits = word.strip_suffix('s')?;
    if digits.len() != 4 || !digits.ends_with('0') {
        return None;
    }
    digits[..3].parse().ok()
}
