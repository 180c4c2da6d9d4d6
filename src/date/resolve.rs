//! Turning detected expressions into TIMEX3 values.

use jiff::civil::{self, Weekday};

use super::expr::{Expr, Found, Unit};
use super::{Date, TimexType};
use crate::text::Document;

/// Which way a sentence looks from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// The TIMEX3 value and type of `found`, against `reference` when known.
/// `None` when the expression names no real date (February 30).
pub(crate) fn resolve(
    doc: &Document<'_>,
    found: &Found,
    reference: Option<Date>,
) -> Option<(String, TimexType)> {
    let tense = tense_near(doc, found);
    let reference = reference.map(Date::civil);
    let date = |v: String| Some((v, TimexType::Date));
    match found.expr {
        Expr::Day {
            year: Some(year),
            month,
            day,
        } => civil::Date::new(year, month, day)
            .ok()
            .and_then(|d| date(ymd(d))),
        Expr::Day {
            year: None,
            month,
            day,
        } => match reference {
            None => valid_month_day(month, day)
                .then(|| format!("XXXX-{month:02}-{day:02}"))
                .and_then(date),
            Some(r) => {
                let year = pick_year(r, tense, (month, day), (r.month(), r.day()));
                civil::Date::new(year, month, day)
                    .ok()
                    .and_then(|d| date(ymd(d)))
            }
        },
        Expr::Month {
            year: Some(year),
            month,
        } => date(format!("{year:04}-{month:02}")),
        Expr::Month { year: None, month } => match reference {
            None => date(format!("XXXX-{month:02}")),
            Some(r) => date(format!(
                "{:04}-{month:02}",
                pick_year(r, tense, (month, 0), (r.month(), 0))
            )),
        },
        Expr::Year(year) => date(format!("{year:04}")),
        Expr::Decade(decade) => date(format!("{decade:03}X")),
        Expr::Weekday(weekday) => match reference {
            None => date(format!("XXXX-WXX-{}", weekday.to_monday_one_offset())),
            Some(r) => date(ymd(nearest_weekday(r, weekday, tense))),
        },
        Expr::WeekdayTowards(weekday, direction) => match reference {
            None => date(format!("XXXX-WXX-{}", weekday.to_monday_one_offset())),
            Some(r) => {
                let days = if direction < 0 {
                    -(i64::from(weekday.until(r.weekday()) + 6) % 7 + 1)
                } else {
                    (i64::from(r.weekday().until(weekday)) + 6) % 7 + 1
                };
                r.checked_add(jiff::Span::new().days(days))
                    .ok()
                    .and_then(|d| date(ymd(d)))
            }
        },
        Expr::DayOffset(days) => match reference {
            None => date("XXXX-XX-XX".to_string()),
            Some(r) => r
                .checked_add(jiff::Span::new().days(days))
                .ok()
                .and_then(|d| date(ymd(d))),
        },
        Expr::Relative(unit, offset) => date(relative(reference, unit, offset)),
        Expr::Duration(amount, unit) => Some((duration(amount, unit), TimexType::Duration)),
        Expr::PresentRef => date("PRESENT_REF".to_string()),
        Expr::Time { hour, minute } => {
            let day = reference.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
            Some((format!("{day}T{hour:02}:{minute:02}"), TimexType::Time))
        }
    }
}

fn ymd(d: civil::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn valid_month_day(month: i8, day: i8) -> bool {
    // 2020 is a leap year, so February 29 passes.
    civil::Date::new(2020, month, day).is_ok()
}

/// The year for a month (and day) written without one: past tense takes
/// the latest that is not after the reference, future the earliest not
/// before it, and otherwise the reference's own year.
fn pick_year(reference: civil::Date, tense: Tense, when: (i8, i8), now: (i8, i8)) -> i16 {
    let year = reference.year();
    match tense {
        Tense::Past if when > now => year - 1,
        Tense::Future if when < now => year + 1,
        _ => year,
    }
}

/// A weekday near the reference: the last one (the reference itself
/// included) in past-tense sentences, the next one in future ones, and the
/// closest otherwise.
fn nearest_weekday(reference: civil::Date, weekday: Weekday, tense: Tense) -> civil::Date {
    let back = i64::from(weekday.until(reference.weekday()));
    let ahead = i64::from(reference.weekday().until(weekday));
    let days = match tense {
        Tense::Past => -back,
        Tense::Future => ahead,
        Tense::Unknown if ahead < back => ahead,
        Tense::Unknown => -back,
    };
    reference
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(reference)
}

fn relative(reference: Option<civil::Date>, unit: Unit, offset: i32) -> String {
    let Some(r) = reference else {
        return match unit {
            Unit::Week => "XXXX-WXX",
            Unit::Month => "XXXX-XX",
            Unit::Day | Unit::Hour | Unit::Minute => "XXXX-XX-XX",
            Unit::Year | Unit::Decade => "XXXX",
        }
        .to_string();
    };
    match unit {
        Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { offset } else { 0 };
            ymd(r.checked_add(jiff::Span::new().days(days)).unwrap_or(r))
        }
        Unit::Week => {
            let d = r
                .checked_add(jiff::Span::new().weeks(offset))
                .unwrap_or(r)
                .iso_week_date();
            format!("{:04}-W{:02}", d.year(), d.week())
        }
        Unit::Month => {
            let months = i32::from(r.year()) * 12 + i32::from(r.month()) - 1 + offset;
            format!(
                "{:04}-{:02}",
                months.div_euclid(12),
                months.rem_euclid(12) + 1
            )
        }
        Unit::Year => format!("{:04}", i32::from(r.year()) + offset),
        Unit::Decade => format!("{:03}X", (i32::from(r.year()) / 10 + offset)),
    }
}

fn duration(amount: u32, unit: Unit) -> String {
    match unit {
        Unit::Minute => format!("PT{amount}M"),
        Unit::Hour => format!("PT{amount}H"),
        Unit::Day => format!("P{amount}D"),
        Unit::Week => format!("P{amount}W"),
        Unit::Month => format!("P{amount}M"),
        Unit::Year => format!("P{amount}Y"),
        Unit::Decade => format!("P{amount}DE"),
    }
}

/// Words that put a clause in the past.
const PAST: &[&str] = &[
    "ago", "became", "began", "brought", "came", "did", "fell", "found", "gave", "got", "had",
    "held", "led", "left", "lost", "made", "met", "rose", "said", "sold", "spoke", "took", "told",
    "was", "went", "were", "won", "wrote",
];
/// Words ending in "-ed" that are not past forms.
const NOT_PAST: &[&str] = &[
    "embed", "exceed", "indeed", "need", "proceed", "speed", "succeed", "united",
];
/// Words that put a clause in the future.
/// "would" is the future of reported speech: "said the work would begin
/// in July".
const FUTURE: &[&str] = &[
    "due",
    "expected",
    "intends",
    "plan",
    "plans",
    "scheduled",
    "shall",
    "upcoming",
    "will",
    "won't",
    "won’t",
    "would",
];

/// The tense of the verb nearest to the mention in its sentence.
fn tense_near(doc: &Document<'_>, found: &Found) -> Tense {
    let sentence = doc.sentences[found.sentence].tokens.clone();
    let classify = |i: usize| {
        let word = doc.token_text(i);
        if !word.starts_with(char::is_lowercase) {
            return Tense::Unknown;
        }
        if FUTURE.contains(&word) || word.ends_with("’ll") || word.ends_with("'ll") {
            Tense::Future
        } else if PAST.contains(&word)
            || (word.len() > 4
                && word.ends_with("ed")
                && word.bytes().all(|b| b.is_ascii_lowercase())
                && !NOT_PAST.contains(&word))
        {
            Tense::Past
        } else {
            Tense::Unknown
        }
    };
    let before = (sentence.start..found.tokens.start)
        .rev()
        .map(|i| (found.tokens.start - i, classify(i)));
    let after = (found.tokens.end..sentence.end).map(|i| (i + 1 - found.tokens.end, classify(i)));
    before
        .chain(after)
        .filter(|&(_, t)| t != Tense::Unknown)
        .min_by_key(|&(distance, t)| (distance, t == Tense::Future))
        .map_or(Tense::Unknown, |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::super::detect::detect;
    use super::*;

    fn values(text: &str, reference: Option<&str>) -> Vec<String> {
        let doc = Document::new(text);
        let reference = reference.map(|r| r.parse::<Date>().unwrap());
        detect(&doc)
            .iter()
            .filter_map(|f| resolve(&doc, f, reference))
            .map(|(v, _)| v)
            .collect()
    }

    #[test]
    fn tense_picks_the_year_of_a_bare_month() {
        assert_eq!(
            values("In July, Raab expressed concerns.", Some("2020-10-14")),
            ["2020-07"]
        );
        assert_eq!(
            values("In November, Raab expressed concerns.", Some("2020-10-14")),
            ["2019-11"]
        );
        assert_eq!(
            values("In March, the agency will publish it.", Some("2020-10-14")),
            ["2021-03"]
        );
        assert_eq!(
            values("In July, Raab expressed concerns.", None),
            ["XXXX-07"]
        );
    }

    #[test]
    fn weekday_in_a_past_sentence_can_be_the_day_itself() {
        // 2020-10-14 was a Wednesday.
        assert_eq!(
            values("McCallum said on Wednesday that", Some("2020-10-14")),
            ["2020-10-14"]
        );
        assert_eq!(
            values("McCallum said on Monday that", Some("2020-10-14")),
            ["2020-10-12"]
        );
        assert_eq!(
            values("The vote will be on Monday.", Some("2020-10-14")),
            ["2020-10-19"]
        );
        assert_eq!(
            values("McCallum said on Wednesday that", None),
            ["XXXX-WXX-3"]
        );
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(
            values(
                "yesterday, last year, two weeks ago, next month",
                Some("2020-10-14")
            ),
            ["2020-10-13", "2019", "2020-W40", "2020-11"]
        );
        assert_eq!(values("yesterday", None), ["XXXX-XX-XX"]);
        // 2022-06-02 was a Thursday; "next" and "last" win over tense.
        assert_eq!(
            values("It was held next Saturday.", Some("2022-06-02")),
            ["2022-06-04"]
        );
        assert_eq!(
            values("It will be held last Saturday.", Some("2022-06-02")),
            ["2022-05-28"]
        );
        assert_eq!(
            values("They met last Thursday.", Some("2022-06-02")),
            ["2022-05-26"]
        );
        assert_eq!(
            values("They meet next Thursday.", Some("2022-06-02")),
            ["2022-06-09"]
        );
    }

    #[test]
    fn impossible_dates_are_dropped() {
        assert!(values("on February 30, 2021", None).is_empty());
    }
}
