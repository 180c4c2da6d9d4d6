//! Recognizing date expressions in tokens.
//!
//! Each pattern is a small function from a token position to the end of a
//! match and an unresolved [`Expr`]. The scanner tries them in order at
//! every token and keeps the first match, so longer forms are listed
//! before their prefixes ("October 14, 2020" before "October").

use std::ops::Range;

use jiff::civil::Weekday;

use crate::Span;
use crate::text::{AbbrevKind, Document, TokenKind};

/// A date expression found in the text, not yet resolved.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub(crate) tokens: Range<usize>,
    pub(crate) span: Span,
    pub(crate) sentence: usize,
    pub(crate) expr: Expr,
}

/// What a date expression says, before a reference date is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expr {
    /// A day; the year may be left to the reference date ("Oct. 14").
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A month; the year may be left to the reference date ("July").
    Month {
        year: Option<i16>,
        month: i8,
    },
    Year(i16),
    /// The first three digits of a decade: 202 for "the 2020s".
    Decade(i16),
    Weekday(Weekday),
    /// "last Tuesday" (-1) or "next Tuesday" (1): the nearest such day
    /// strictly before or after the reference.
    WeekdayTowards(Weekday, i32),
    /// Days from the reference date: "yesterday" is -1.
    DayOffset(i32),
    /// A whole unit relative to the reference date: "last year" is
    /// `(Year, -1)`, "two weeks ago" is `(Week, -2)`.
    Relative(Unit, i32),
    Duration(u32, Unit),
    PresentRef,
    Time {
        hour: u8,
        minute: u8,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Finds every date expression in the document, in text order, without
/// overlaps.
pub(crate) fn detect(doc: &Document<'_>) -> Vec<Found> {
    let scanner = Scanner { doc };
    let mut found = Vec::new();
    for (sentence, s) in doc.sentences.iter().enumerate() {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            match scanner.at(i, end) {
                Some((stop, expr)) => {
                    let start = scanner.leading_the(i, s.tokens.start, &expr);
                    found.push(Found {
                        tokens: start..stop,
                        span: doc.token_span(start..stop),
                        sentence,
                        expr,
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
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words before a bare month or a year that show it is one: "in July",
/// "since 1990".
const DATE_PREPOSITIONS: &[&str] = &[
    "after", "around", "as", "before", "between", "by", "during", "early", "from", "in", "late",
    "last", "mid", "next", "of", "since", "the", "this", "through", "till", "to", "until",
];

/// Counted things: a number before one of these is not a year.
const COUNT_NOUNS: &[&str] = &[
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
];

impl Scanner<'_> {
    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    fn lower(&self, i: usize) -> String {
        self.text(i).to_lowercase()
    }

    fn is(&self, i: usize, end: usize, word: &str) -> bool {
        i < end && self.text(i) == word
    }

    /// Whether tokens `a` and `b` touch, with no space between.
    fn touching(&self, a: usize, b: usize) -> bool {
        self.doc.tokens[a].span.end == self.doc.tokens[b].span.start
    }

    /// Tries every pattern at token `i`.
    fn at(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        self.weekday_date(i, end)
            .or_else(|| self.month_first(i, end))
            .or_else(|| self.day_first(i, end))
            .or_else(|| self.numeric(i, end))
            .or_else(|| self.relative(i, end))
            .or_else(|| self.duration(i, end))
    }

    /// "the 2020s" and "the ’90s" take their article along; the TIMEX3
    /// span of a decade includes it.
    fn leading_the(&self, i: usize, sentence_start: usize, expr: &Expr) -> usize {
        let article = i > sentence_start && self.text(i - 1).eq_ignore_ascii_case("the");
        if matches!(expr, Expr::Decade(_)) && article {
            i - 1
        } else {
            i
        }
    }

    fn is_apostrophe_at(&self, i: usize) -> bool {
        matches!(self.text(i), "’" | "'" | "‘")
    }

    fn month(&self, i: usize, end: usize) -> Option<i8> {
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

    fn weekday(&self, i: usize, end: usize) -> Option<Weekday> {
        if i >= end {
            return None;
        }
        const DAYS: [(&str, Weekday); 7] = [
            ("Monday", Weekday::Monday),
            ("Tuesday", Weekday::Tuesday),
            ("Wednesday", Weekday::Wednesday),
            ("Thursday", Weekday::Thursday),
            ("Friday", Weekday::Friday),
            ("Saturday", Weekday::Saturday),
            ("Sunday", Weekday::Sunday),
        ];
        let word = self.text(i);
        if self.doc.tokens[i].kind == TokenKind::Abbrev(AbbrevKind::Weekday) {
            let stem = word.trim_end_matches('.');
            return DAYS
                .iter()
                .find(|(d, _)| d.starts_with(stem))
                .map(|&(_, w)| w);
        }
        DAYS.iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(word) && word.starts_with(char::is_uppercase))
            .map(|&(_, w)| w)
    }

    /// A day of the month: "14", "7th", "04".
    fn day(&self, i: usize, end: usize) -> Option<i8> {
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
    fn year(&self, i: usize, end: usize) -> Option<i16> {
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

    fn comma_then(&self, i: usize, end: usize) -> usize {
        if self.is(i, end, ",") { i + 1 } else { i }
    }

    /// "Tuesday, Oct. 13": a weekday naming the date after it, or a bare
    /// weekday.
    fn weekday_date(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
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
    fn month_first(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let month = self.month(i, end)?;
        if let Some(day) = self.day(i + 1, end) {
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
        self.bare_month_is_date(i, end)
            .then_some((i + 1, Expr::Month { year: None, month }))
    }

    /// "May" and "March" are also words, and "April" or "June" names; a
    /// bare month needs a preposition before it, and must not sit inside a
    /// name ("Theresa May", "April Ryan").
    fn bare_month_is_date(&self, i: usize, end: usize) -> bool {
        let abbreviated = self.doc.tokens[i].kind == TokenKind::Abbrev(AbbrevKind::Month);
        let word = self.text(i);
        let ambiguous = matches!(word, "May" | "March" | "MAY" | "MARCH");
        let after_preposition = i > 0 && DATE_PREPOSITIONS.contains(&self.lower(i - 1).as_str());
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

    /// "14 October 2020", "7th of July".
    fn day_first(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let day = self.day(i, end)?;
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

    /// Dates written in digits: `2020-10-14`, `10/14/2020`, `2020s`,
    /// `’90s`, a year, `3 p.m.`.
    fn numeric(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
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

    fn number_is_year(&self, i: usize, end: usize, year: i16) -> bool {
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
                || COUNT_NOUNS.contains(&next.as_str())
                || self.doc.tokens[i + 1].kind == TokenKind::Number
            {
                return false;
            }
        }
        let contextual =
            before.is_some_and(|b| DATE_PREPOSITIONS.contains(&b.to_lowercase().as_str()));
        (1900..=2099).contains(&year) || contextual
    }

    /// `10/14/2020`: month first, as in US news.
    fn slash_date(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        if i + 4 >= end {
            return None;
        }
        let glued = (i..i + 4).all(|k| self.touching(k, k + 1));
        if !glued || self.text(i + 1) != "/" || self.text(i + 3) != "/" {
            return None;
        }
        let month: i8 = self.text(i).parse().ok().filter(|m| (1..=12).contains(m))?;
        let day = self.day(i + 2, end)?;
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

    /// `3 p.m.`, `10:30 a.m.`
    fn clock_time(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        if i + 1 >= end {
            return None;
        }
        let meridiem = match self.lower(i + 1).as_str() {
            "a.m." | "am" => 0,
            "p.m." | "pm" => 12,
            _ => return None,
        };
        let word = self.text(i);
        let (h, m) = word.split_once(':').unwrap_or((word, "0"));
        let hour: u8 = h.parse().ok().filter(|h| (1..=12).contains(h))?;
        let minute: u8 = m.parse().ok().filter(|m| *m < 60)?;
        Some((
            i + 2,
            Expr::Time {
                hour: hour % 12 + meridiem,
                minute,
            },
        ))
    }

    /// "yesterday", "now", "last year", "this month", "next week".
    fn relative(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        let single = match word.as_str() {
            "today" => Some(Expr::DayOffset(0)),
            "yesterday" => Some(Expr::DayOffset(-1)),
            "tomorrow" => Some(Expr::DayOffset(1)),
            "now" | "currently" => Some(Expr::PresentRef),
            _ => None,
        };
        if let Some(expr) = single {
            return Some((i + 1, expr));
        }
        let offset = match word.as_str() {
            "last" | "past" => -1,
            "this" => 0,
            "next" | "coming" => 1,
            _ => return None,
        };
        if i + 1 >= end {
            return None;
        }
        if let Some(weekday) = self.weekday(i + 1, end) {
            // "next Saturday" points forward whatever the tense says.
            return (offset != 0).then_some((i + 2, Expr::WeekdayTowards(weekday, offset)));
        }
        let unit = match self.lower(i + 1).as_str() {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        Some((i + 2, Expr::Relative(unit, offset)))
    }

    /// "three years", "two weeks ago", "a three-year term".
    fn duration(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let word = self.lower(i);
        if let Some((amount, unit)) = word.split_once('-') {
            // "three-year", but not "19-year-old".
            let amount = number_word(amount)?;
            let unit = unit_word(unit)?;
            return Some((i + 1, Expr::Duration(amount, unit)));
        }
        let amount = number_word(&word)?;
        if i + 1 >= end {
            return None;
        }
        let unit = unit_word(&self.lower(i + 1))?;
        if i + 2 < end && self.lower(i + 2) == "ago" {
            let amount = i32::try_from(amount).ok()?;
            return Some((i + 3, Expr::Relative(unit, -amount)));
        }
        // A bare "a year" or "one day" is too often not a duration.
        if matches!(word.as_str(), "a" | "an" | "one") {
            return None;
        }
        Some((i + 2, Expr::Duration(amount, unit)))
    }
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
fn decade(word: &str) -> Option<i16> {
    let digits = word.strip_suffix('s')?;
    if digits.len() != 4 || !digits.ends_with('0') {
        return None;
    }
    digits[..3].parse().ok()
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

fn unit_word(word: &str) -> Option<Unit> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn exprs(text: &str) -> Vec<(&str, Expr)> {
        let doc = Document::new(text);
        let found = detect(&doc);
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
                        minute: 0
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
                ("now", Expr::PresentRef),
            ]
        );
        assert!(exprs("a 19-year-old").is_empty());
    }
}
