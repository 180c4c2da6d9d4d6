//! Named periods: quarters and halves, seasons, parts of the day,
//! weekends, centuries, vague references ("recently", "the future") and
//! "a year earlier".

use super::calendar::weekday_named;
use super::relative::unit_word;
use super::{MONTH_NAMES, Scanner};
use crate::date::expr::{DayPart, DayRef, Expr, Ref, Season, Unit};
use crate::text::TokenKind;

const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
const ORDINAL_SUFFIXES: [&str; 4] = ["1st", "2nd", "3rd", "4th"];

fn ordinal(word: &str) -> Option<u8> {
    let at = ORDINALS
        .iter()
        .position(|o| *o == word)
        .or_else(|| ORDINAL_SUFFIXES.iter().position(|o| *o == word))?;
    Some(at as u8 + 1)
}

fn season(word: &str) -> Option<Season> {
    Some(match word {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// The unit a recurring time repeats in: "every *week*", "twice a
/// *day*".
fn set_unit(word: &str) -> Option<Unit> {
    Some(match word {
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

fn day_part(word: &str) -> Option<DayPart> {
    Some(match word {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" => DayPart::Night,
        _ => return None,
    })
}

impl Scanner<'_> {
    /// The year after "of" or directly after a period: "the third quarter
    /// of 1984", "summer 1990".
    fn period_year(&self, j: usize, end: usize) -> Option<(usize, i16)> {
        let k = if self.is(j, end, "of") { j + 1 } else { j };
        self.year(k, end)
            .map(|y| (k + 1, y))
            .or_else(|| self.spelled_year(k, end))
    }

    /// "the third quarter (of 1984)", "third-quarter", "the first half",
    /// "the quarter", "the latest quarter", "the year-earlier quarter".
    pub(super) fn quarter(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        // Hyphenated adjectives: "third-quarter results", "first-half".
        if let Some((first, second)) = word.split_once('-') {
            let n = ordinal(first)?;
            return match second {
                "quarter" if n <= 4 => Some((
                    i + 1,
                    Expr::Quarter {
                        year: None,
                        quarter: n,
                    },
                )),
                "half" if n <= 2 => Some((
                    i + 1,
                    Expr::Half {
                        year: None,
                        half: n,
                    },
                )),
                _ => None,
            };
        }
        let j = if word == "the" || word == "this" || word == "last" || word == "next" {
            i + 1
        } else {
            i
        };
        if j >= end {
            return None;
        }
        // "the fiscal first quarter"
        let j = if self.is(j, end, "fiscal") { j + 1 } else { j };
        let first = self.lower(j);
        // "the last half of 1989", "the first two quarters of 1990".
        let half = match (first, self.lower_before(j + 1, end)) {
            ("last" | "second" | "latter", "half") => Some((j + 2, 2)),
            ("first", "two") if self.lower_before(j + 2, end) == "quarters" => Some((j + 3, 1)),
            ("last", "two") if self.lower_before(j + 2, end) == "quarters" => Some((j + 3, 2)),
            _ => None,
        };
        if word == "the"
            && let Some((k, half)) = half
            && let Some((stop, year)) = self.period_year(k, end)
        {
            let year = Some(year);
            return Some((stop, Expr::Half { year, half }));
        }
        if let Some(n) = ordinal(first) {
            let unit = self.lower_before(j + 1, end);
            let year = self.period_year(j + 2, end);
            let stop = year.map_or(j + 2, |(k, _)| k);
            let year = year.map(|(_, y)| y);
            return match unit {
                "quarter" if n <= 4 => Some((stop, Expr::Quarter { year, quarter: n })),
                // "scored twice in the second half": a game's half, not
                // the year's.
                "half" if n <= 2 && (year.is_some() || !self.reads_like_a_game(i, end)) => {
                    Some((stop, Expr::Half { year, half: n }))
                }
                _ => None,
            };
        }
        let ordinal_quarter = |k: usize| {
            ordinal(self.lower_before(k, end))
                .filter(|&n| n <= 4 && self.lower_before(k + 1, end) == "quarter")
        };
        // "the 1988 second quarter"
        if word == "the"
            && let Some(year) = self.year(j, end)
            && let Some(quarter) = ordinal_quarter(j + 1)
        {
            let year = Some(year);
            return Some((j + 3, Expr::Quarter { year, quarter }));
        }
        // "the year-ago third quarter", "next year's first quarter"
        let possessive = matches!(self.text(j + 1), "’s" | "'s");
        let year_offset = match (word, first) {
            (_, "year-earlier" | "year-ago") => Some((j + 1, -1)),
            ("last", "year") if possessive => Some((j + 2, -1)),
            ("this", "year") if possessive => Some((j + 2, 0)),
            ("next", "year") if possessive => Some((j + 2, 1)),
            _ => None,
        };
        if let Some((k, year_offset)) = year_offset
            && let Some(quarter) = ordinal_quarter(k)
        {
            let expr = Expr::QuarterInYear {
                year_offset,
                quarter,
            };
            return Some((k + 2, expr));
        }
        // "the 1988 quarter", "the 1989 period": that year's quarter of the
        // report.
        if word == "the"
            && let Some(year) = self.year(j, end)
            && matches!(self.lower(j + 1), "quarter" | "period")
        {
            return Some((j + 2, Expr::QuarterOfYear(year)));
        }
        // "last year's quarter", "the corresponding period last year"
        if word == "last"
            && first == "year"
            && possessive
            && matches!(self.lower(j + 2), "quarter" | "period")
        {
            return Some((j + 3, Expr::YearBefore));
        }
        if matches!(
            (word, first),
            ("the", "corresponding" | "comparable" | "same")
        ) && matches!(self.lower(j + 1), "quarter" | "period")
            && self.lower(j + 2) == "last"
            && self.lower(j + 3) == "year"
        {
            return Some((j + 4, Expr::YearBefore));
        }
        // "the year-earlier quarter", "the year-ago period"
        if matches!(first, "year-earlier" | "year-ago")
            && j + 1 < end
            && matches!(self.lower(j + 1), "quarter" | "period")
        {
            return Some((j + 2, Expr::YearBefore));
        }
        // "the quarter a year ago": the year-ago quarter.
        if (word, first) == ("the", "quarter")
            && self.is(j + 1, end, "a")
            && self.is(j + 2, end, "year")
            && matches!(self.lower_before(j + 3, end), "ago" | "earlier")
        {
            return Some((j + 4, Expr::YearBefore));
        }
        let offset = match (word, first) {
            ("this", "quarter") => Some((j + 1, 0)),
            ("last", "quarter") => Some((j + 1, -1)),
            ("next", "quarter") => Some((j + 1, 1)),
            ("the", "quarter") => Some((j + 1, -1)),
            ("the", "latest" | "recent" | "previous" | "past" | "current")
                if self.is(j + 1, end, "quarter") =>
            {
                Some((j + 2, if first == "current" { 0 } else { -1 }))
            }
            // "Sales in the latest period": an earnings report's quarter.
            ("the", "latest") if self.is(j + 1, end, "period") => Some((j + 2, -1)),
            ("the", "most") if self.is(j + 1, end, "recent") && self.is(j + 2, end, "quarter") => {
                Some((j + 3, -1))
            }
            _ => None,
        };
        if offset.is_some() {
            return offset.map(|(stop, o)| (stop, Expr::QuarterOffset(o)));
        }
        // "the current (fiscal) year", "this fiscal year"
        let fiscal = |k: usize| if self.is(k, end, "fiscal") { k + 1 } else { k };
        if matches!((word, first), ("the", "current") | ("this", "fiscal")) {
            let k = fiscal(if first == "current" { j + 1 } else { j });
            if self.is(k, end, "year") {
                return Some((k + 1, Expr::Relative(Unit::Year, 0)));
            }
        }
        None
    }

    /// "last fall", "this summer", "the winter of 1994", "in the spring",
    /// "spring 1990". "fall" alone is a verb, and needs "this", "last",
    /// "next" or a year.
    pub(super) fn season(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        let (offset, j) = match word {
            "this" => (Some(0), i + 1),
            "last" | "past" => (Some(-1), i + 1),
            "next" | "coming" => (Some(1), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        if j >= end {
            return None;
        }
        let season = season(self.lower(j))?;
        let year = self.period_year(j + 1, end);
        if let Some((stop, year)) = year {
            return Some((
                stop,
                Expr::Season {
                    season,
                    year: Some(year),
                    offset: None,
                },
            ));
        }
        let bare = offset.is_none();
        // "in the spring", but not "the fall of Rome" or "prices fall".
        let after_in = word == "the"
            && i > 0
            && matches!(
                self.lower(i - 1),
                "in" | "during" | "by" | "until" | "since"
            );
        if bare && (season == Season::Fall || !after_in) {
            return None;
        }
        Some((
            j + 1,
            Expr::Season {
                season,
                year: None,
                offset,
            },
        ))
    }

    /// "this morning", "tonight", "last night", "yesterday afternoon",
    /// "Wednesday evening".
    pub(super) fn part_of_day(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        if word == "tonight" {
            return Some((
                i + 1,
                Expr::PartOfDay {
                    day: DayRef::Offset(0),
                    part: DayPart::Night,
                },
            ));
        }
        if i + 1 >= end {
            return None;
        }
        let part = day_part(self.lower(i + 1))?;
        let day = match word {
            "this" => DayRef::Offset(0),
            "yesterday" => DayRef::Offset(-1),
            "tomorrow" => DayRef::Offset(1),
            "last" if part == DayPart::Night => DayRef::Offset(-1),
            _ => DayRef::Weekday(self.weekday(i, end)?),
        };
        Some((i + 2, Expr::PartOfDay { day, part }))
    }

    /// "the weekend", "this weekend", "last weekend", "over the weekend".
    pub(super) fn weekend(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        // "this past weekend": the last one.
        if self.lower(i) == "this" && self.lower_before(i + 1, end) == "past" {
            return self
                .weekend(i + 1, end)
                .map(|(stop, _)| (stop, Expr::Weekend(Some(-1))));
        }
        if !self.is(i + 1, end, "weekend") {
            return None;
        }
        let offset = match self.lower(i) {
            "the" => None,
            "this" => Some(0),
            "last" | "past" => Some(-1),
            "next" | "coming" => Some(1),
            _ => return None,
        };
        Some((i + 2, Expr::Weekend(offset)))
    }

    /// "every Monday", "each week", "weekly", "daily", "every August",
    /// "each summer", "twice a week", "three times a year", "on Sundays".
    pub(super) fn set(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        let single = match word {
            "hourly" => Some(Unit::Hour),
            "daily" => Some(Unit::Day),
            "weekly" => Some(Unit::Week),
            "monthly" => Some(Unit::Month),
            "annually" | "yearly" => Some(Unit::Year),
            _ => None,
        };
        if let Some(unit) = single {
            return Some((i + 1, Expr::Every(unit, None)));
        }
        if let Some(j) = self.times_per(i, end) {
            let unit = set_unit(self.lower(j))?;
            return Some((j + 1, Expr::Every(unit, None)));
        }
        // "on Saturdays": a weekday in the plural recurs.
        if let Some(weekday) = self.text(i).strip_suffix('s').and_then(weekday_named) {
            return Some((i + 1, Expr::Every(Unit::Week, Some(weekday))));
        }
        if !matches!(word, "every" | "each") || i + 1 >= end {
            return None;
        }
        if let Some(weekday) = self.weekday(i + 1, end) {
            return Some((i + 2, Expr::Every(Unit::Week, Some(weekday))));
        }
        if let Some(month) = self.month(i + 1, end) {
            return Some((i + 2, Expr::EveryMonth(month)));
        }
        if let Some(season) = season(self.lower(i + 1)) {
            return Some((i + 2, Expr::EverySeason(season)));
        }
        let unit = set_unit(self.lower(i + 1))?;
        Some((i + 2, Expr::Every(unit, None)))
    }

    /// "once a", "twice per", "three times a", "5 times a": where the
    /// unit that follows stands, if it is within `end`.
    fn times_per(&self, i: usize, end: usize) -> Option<usize> {
        let count = match self.lower(i) {
            "once" | "twice" => i + 1,
            _ if self.is(i + 1, end, "times")
                && (self.doc.tokens[i].kind == TokenKind::Number
                    || matches!(self.lower(i), "three" | "four" | "five" | "six" | "ten")) =>
            {
                i + 2
            }
            _ => return None,
        };
        let per = count < end && matches!(self.lower(count), "a" | "an" | "per");
        (per && count + 1 < end).then_some(count + 1)
    }

    /// "fiscal 1990", "fiscal year 1990", "FY2020", "FY 2020".
    pub(super) fn fiscal_year(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.text(i);
        if let Some(digits) = word.strip_prefix("FY")
            && digits.len() == 4
            && let Ok(year) = digits.parse::<i16>()
        {
            return Some((i + 1, Expr::FiscalYear(year)));
        }
        let j = match self.lower(i) {
            "fiscal" if self.is(i + 1, end, "year") => i + 2,
            "fiscal" => i + 1,
            "fy" if word == "FY" => i + 1,
            _ => return None,
        };
        let year = self.year(j, end)?;
        Some((j + 1, Expr::FiscalYear(year)))
    }

    /// "the 20th century", "the nineteenth century".
    pub(super) fn century(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let j = if self.lower(i) == "the" { i + 1 } else { i };
        if j + 1 >= end || self.lower(j + 1) != "century" {
            return None;
        }
        let word = self.lower(j);
        let n: i16 = match word
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
        {
            Ok(n) => n,
            Err(_) => match word {
                "eighteenth" => 18,
                "nineteenth" => 19,
                "twentieth" => 20,
                "twenty-first" => 21,
                _ => return None,
            },
        };
        (1..=30)
            .contains(&n)
            .then_some((j + 2, Expr::Century(n - 1)))
    }

    /// "recently", "currently", "now", "these days", "the future", "the
    /// past", and "a year earlier", "a year ago", "year-earlier".
    /// "mid-1996", "mid-November", "the mid-1990s": the middle of a
    /// period is dated by the period.
    pub(super) fn middle(&self, i: usize) -> Option<(usize, Expr)> {
        let rest = self.lower(i).strip_prefix("mid-")?;
        if let Some(decade) = super::numeric::decade(rest) {
            return Some((i + 1, Expr::Decade(decade)));
        }
        if rest.len() == 4
            && let Ok(year) = rest.parse::<i16>()
            && (1000..=2999).contains(&year)
        {
            return Some((i + 1, Expr::Year(year)));
        }
        let month = MONTH_NAMES
            .iter()
            .position(|m| m.eq_ignore_ascii_case(rest))?;
        let month = month as i8 + 1;
        Some((i + 1, Expr::Month { year: None, month }))
    }

    /// "for the year", "of the fiscal year": the current year, when no
    /// length ("ended June 30") or anchor ("earlier") follows.
    fn reports_on_the_year(&self, i: usize, end: usize) -> bool {
        let fiscal = self.lower_before(i + 1, end) == "fiscal";
        let year = if fiscal { i + 2 } else { i + 1 };
        let after = self.lower_before(year + 1, end);
        i > 0
            && matches!(self.lower(i - 1), "for" | "of")
            && self.lower_before(year, end) == "year"
            && !matches!(
                after,
                "ended" | "ending" | "earlier" | "ago" | "before" | "after" | "later" | "to"
            )
            && !after.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the sentence of token `i`, which ends at `end`, tells of a
    /// game: "scored", "match", "penalty" (not "goal": "its annual profit
    /// goal").
    fn reads_like_a_game(&self, i: usize, end: usize) -> bool {
        let start = self.doc.sentences[self.doc.sentence_of_token(i)]
            .tokens
            .start;
        (start.max(i.saturating_sub(20))..end.min(i + 20)).any(|k| {
            matches!(
                self.lower(k),
                "scored"
                    | "match"
                    | "striker"
                    | "penalty"
                    | "half-time"
                    | "halftime"
                    | "touchdown"
                    | "innings"
                    | "kick-off"
                    | "minute"
            )
        })
    }

    pub(super) fn vague(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        let next = self.lower_before(i + 1, end);
        let after = self.lower_before(i + 2, end);
        let found = match (word, next) {
            // "in recent weeks", "in the coming months": the span takes
            // the unit, as TIMEX3 does.
            ("recent", "days" | "weeks" | "months" | "years") => (i + 2, Expr::Ref(Ref::Past)),
            ("coming", "days" | "weeks" | "months" | "years") => (i + 2, Expr::Ref(Ref::Future)),
            ("the", "coming") if matches!(after, "days" | "weeks" | "months" | "years") => {
                (i + 3, Expr::Ref(Ref::Future))
            }
            ("recently" | "recent", _) => (i + 1, Expr::Ref(Ref::Past)),
            ("now" | "currently" | "current" | "nowadays", _) => (i + 1, Expr::Ref(Ref::Present)),
            ("these", "days") | ("at", "present") => (i + 2, Expr::Ref(Ref::Present)),
            ("the", "future") => (i + 2, Expr::Ref(Ref::Future)),
            ("the", "near") if after == "future" => (i + 3, Expr::Ref(Ref::Future)),
            // "the next few days", "the past several weeks": a length of
            // time with no number.
            ("the", "next" | "past" | "last") if matches!(after, "few" | "several") => {
                let unit = unit_word(self.lower_before(i + 3, end))?;
                (i + 4, Expr::VagueDuration(unit))
            }
            // "the following Saturday": that weekday after the last day
            // named.
            ("the", "following" | "previous") if self.weekday(i + 2, end).is_some() => {
                let weekday = self.weekday(i + 2, end)?;
                let direction = if next == "previous" { -1 } else { 1 };
                (i + 3, Expr::WeekdayFromLast(weekday, direction))
            }
            // "the following day", "the previous year": counted from the
            // last date named. "the next day" too, but "the next year" is
            // from the reference, as "next year" is.
            ("the", "following" | "previous" | "next")
                if matches!(after, "day" | "week" | "month" | "year")
                    && (next != "next" || after == "day") =>
            {
                let unit = unit_word(after)?;
                let offset = if next == "previous" { -1 } else { 1 };
                (i + 3, Expr::FromLast(unit, offset))
            }
            // "by the end of the decade", "the rest of the week": the
            // current one.
            ("the", "decade" | "month" | "week")
                if i > 1
                    && self.lower(i - 1) == "of"
                    && matches!(
                        self.lower(i - 2),
                        "end" | "start" | "beginning" | "middle" | "rest" | "remainder"
                    ) =>
            {
                (i + 2, Expr::Relative(unit_word(next)?, 0))
            }
            // "complete the deal by year-end", "by year end", "by year's
            // end": the current year.
            ("year-end", _) => (i + 1, Expr::Relative(Unit::Year, 0)),
            ("year", "end") => (i + 2, Expr::Relative(Unit::Year, 0)),
            ("year", "’s" | "'s") if after == "end" => (i + 3, Expr::Relative(Unit::Year, 0)),
            // "that year", "that same day": the unit of the last date
            // named.
            ("that", "day" | "week" | "month" | "year") => {
                (i + 2, Expr::FromLast(unit_word(next)?, 0))
            }
            ("that", "same") if matches!(after, "day" | "week" | "month" | "year") => {
                (i + 3, Expr::FromLast(unit_word(after)?, 0))
            }
            // "over the past decade", "the next decade": a length of
            // time, ten years.
            ("the", "past" | "last" | "next" | "coming") if after == "decade" => {
                (i + 3, Expr::Duration(10, Unit::Year))
            }
            // "the past" but not "the past two years", a length of time.
            ("the", "past")
                if !after.starts_with(|c: char| c.is_ascii_digit()) && !is_count(after) =>
            {
                (i + 2, Expr::Ref(Ref::Past))
            }
            ("a", "year") if matches!(after, "earlier" | "ago" | "before") => {
                (i + 3, Expr::YearBefore)
            }
            ("year-earlier" | "year-ago", _) => (i + 1, Expr::YearBefore),
            // "sales for the full year", "a high for the year": the year
            // being reported, but not "the year ended June 30", a length.
            ("the", "full") if after == "year" => (i + 3, Expr::Relative(Unit::Year, 0)),
            ("the", "year" | "fiscal") if self.reports_on_the_year(i, end) => {
                let stop = if next == "fiscal" { i + 3 } else { i + 2 };
                (stop, Expr::Relative(Unit::Year, 0))
            }
            _ => return None,
        };
        Some(found)
    }
}

/// A number word that starts a length of time after "the past".
fn is_count(word: &str) -> bool {
    matches!(
        word,
        "few"
            | "several"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "twelve"
            | "year"
            | "month"
            | "week"
            | "decade"
    )
}

#[cfg(test)]
mod tests {
    use crate::date::detect::detect;
    use crate::date::expr::{DayPart, DayRef, Expr, Ref, Season};
    use crate::text::Document;

    fn exprs(text: &str) -> Vec<(String, Expr)> {
        let doc = Document::new(text);
        detect(&doc, crate::DateOrder::MonthFirst)
            .iter()
            .map(|f| (text[f.span.range()].to_string(), f.expr))
            .collect()
    }

    fn one(text: &str, expected: &str, expr: Expr) {
        assert_eq!(exprs(text), [(expected.to_string(), expr)], "{text:?}");
    }

    #[test]
    fn quarters_and_halves() {
        one(
            "in the third quarter of 1984",
            "the third quarter of 1984",
            Expr::Quarter {
                year: Some(1984),
                quarter: 3,
            },
        );
        one(
            "its third-quarter results",
            "third-quarter",
            Expr::Quarter {
                year: None,
                quarter: 3,
            },
        );
        one(
            "profit in the quarter rose",
            "the quarter",
            Expr::QuarterOffset(-1),
        );
        one(
            "in the first half",
            "the first half",
            Expr::Half {
                year: None,
                half: 1,
            },
        );
        one(
            "the year-earlier quarter",
            "the year-earlier quarter",
            Expr::YearBefore,
        );
    }

    #[test]
    fn seasons_need_a_marker() {
        one(
            "last fall the pier fell",
            "last fall",
            Expr::Season {
                season: Season::Fall,
                year: None,
                offset: Some(-1),
            },
        );
        one(
            "in the spring",
            "the spring",
            Expr::Season {
                season: Season::Spring,
                year: None,
                offset: None,
            },
        );
        one(
            "the winter of 1994",
            "the winter of 1994",
            Expr::Season {
                season: Season::Winter,
                year: Some(1994),
                offset: None,
            },
        );
        assert!(exprs("prices fall in the fall of Rome").is_empty());
    }

    #[test]
    fn parts_of_day() {
        one(
            "arrived last night",
            "last night",
            Expr::PartOfDay {
                day: DayRef::Offset(-1),
                part: DayPart::Night,
            },
        );
        one(
            "left this morning",
            "this morning",
            Expr::PartOfDay {
                day: DayRef::Offset(0),
                part: DayPart::Morning,
            },
        );
    }

    #[test]
    fn vague_references() {
        one("it recently closed", "recently", Expr::Ref(Ref::Past));
        one("in the future", "the future", Expr::Ref(Ref::Future));
        one("up from a year earlier", "a year earlier", Expr::YearBefore);
        one("in the 20th century", "the 20th century", Expr::Century(19));
    }
}
