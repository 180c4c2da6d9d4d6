//! Words that count from the reference date: "yesterday", "last year",
//! "two weeks ago", and lengths of time: "three years".

use super::Scanner;
use crate::date::expr::{Expr, Unit};

impl Scanner<'_> {
    /// "yesterday", "now", "last year", "this month", "next week".
    pub(super) fn relative(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        if word == "today" && self.names_a_show(i, end) {
            return None;
        }
        let single = match word {
            "today" => Some(Expr::DayOffset(0)),
            "yesterday" => Some(Expr::DayOffset(-1)),
            "tomorrow" => Some(Expr::DayOffset(1)),
            _ => None,
        };
        if let Some(expr) = single {
            return Some((i + 1, expr));
        }
        // "this past week": the last one, with "this" in the span.
        if word == "this" && self.lower_before(i + 1, end) == "past" {
            return self.relative(i + 1, end);
        }
        let offset = match word {
            "last" | "past" => -1,
            "this" => 0,
            "next" | "coming" => 1,
            _ => return None,
        };
        if i + 1 >= end {
            return None;
        }
        if let Some(month) = self.month(i + 1, end) {
            // "last Oct. 23" is a day, which the calendar forms read.
            let day_follows = i + 2 < end
                && self
                    .lower(i + 2)
                    .parse::<u8>()
                    .is_ok_and(|day| (1..=31).contains(&day));
            return (!day_follows).then_some((i + 2, Expr::MonthTowards(month, offset)));
        }
        if let Some(weekday) = self.weekday(i + 1, end) {
            // "next Saturday" points forward whatever the tense says.
            return (offset != 0).then_some((i + 2, Expr::WeekdayTowards(weekday, offset)));
        }
        let unit = match self.lower(i + 1) {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            // "this decade", "next decade"; "the last decade" is a length
            // of time (see `vague`).
            "decade" if offset >= 0 => Unit::Decade,
            _ => return None,
        };
        Some((i + 2, Expr::Relative(unit, offset)))
    }

    /// "BBC Radio 4’s Today programme", "VOA Today", "USA Today": a
    /// capitalized "Today" naming a show or a paper, which a title-case
    /// headline's "Pier Closes Today" does not.
    fn names_a_show(&self, i: usize, end: usize) -> bool {
        let shows = matches!(
            self.lower_before(i + 1, end),
            "programme" | "program" | "show" | "newspaper"
        );
        let after_a_name = i > 0 && {
            let before = self.text(i - 1);
            matches!(before, "’s" | "'s")
                || before.len() > 1 && before.chars().all(|c| c.is_ascii_uppercase())
        };
        self.text(i) == "Today" && (shows || after_a_name)
    }

    /// "three years", "two weeks ago", "a three-year term".
    pub(super) fn duration(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        // "several years", "a few days", but not "a few days ago", which
        // says no more than "recently".
        let vague = match (word, self.lower_before(i + 1, end)) {
            ("several", _) => Some(i + 1),
            ("a", "few") => Some(i + 2),
            _ => None,
        };
        if let Some(at) = vague {
            let unit = unit_word(self.lower_before(at, end))?;
            let ago = self.lower_before(at + 1, end) == "ago";
            return (!ago).then_some((at + 1, Expr::VagueDuration(unit)));
        }
        if let Some((amount, unit)) = word.split_once('-') {
            // "three-year", but not "19-year-old".
            let amount = number_word(amount)?;
            let unit = unit_word(unit)?;
            return Some((i + 1, Expr::Duration(amount, unit)));
        }
        let amount = number_word(word)?;
        if i + 1 >= end {
            return None;
        }
        let unit = unit_word(self.lower(i + 1))?;
        if i + 2 < end && self.lower(i + 2) == "ago" {
            let amount = i32::try_from(amount).ok()?;
            return Some((i + 3, Expr::Relative(unit, -amount)));
        }
        // A bare "a year" or "one day" is too often not a duration; "52
        // years old" is an age.
        if matches!(word, "a" | "an" | "one") || self.lower_before(i + 2, end) == "old" {
            return None;
        }
        Some((i + 2, Expr::Duration(amount, unit)))
    }
}

fn number_word(word: &str) -> Option<u32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if let Some(n) = WORDS.iter().position(|w| *w == word) {
        return Some(n as u32);
    }
    match word {
        "a" | "an" => Some(1),
        "fifteen" => Some(15),
        "twenty" => Some(20),
        "thirty" => Some(30),
        "fifty" => Some(50),
        "hundred" => Some(100),
        _ if (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) => {
            word.parse().ok()
        }
        _ => None,
    }
}

pub(super) fn unit_word(word: &str) -> Option<Unit> {
    Some(match word {
        "minute" | "minutes" => Unit::Minute,
        "hour" | "hours" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}
