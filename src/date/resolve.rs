//! Turning detected expressions into TIMEX3 values.
//!
//! Resolution reads the expressions in text order, because some of them
//! depend on what came before: "a year earlier" after "the third quarter"
//! means the third quarter of the year before.

use jiff::civil::{self, Weekday};

use super::expr::{Anchor, DayRef, Expr, Found, Holiday, Ref, Season, Unit};
use super::tense::{Tense, tense_near};
use super::{Date, TimexType};
use crate::text::Document;

/// "10:30 a.m. on Sunday", "Sunday at 10:30 a.m.": a time of day with no
/// day of its own takes the full date written beside it, else the day of
/// the last date or time before it in its sentence ("Last night, … until
/// 11 p.m."). `values` are the resolved values of `found`, index for
/// index.
pub(crate) fn anchor_times(
    doc: &Document<'_>,
    found: &[Found],
    values: &mut [Option<(String, TimexType)>],
) {
    let full_day = |value: &str| {
        value.len() == 10
            && value.bytes().enumerate().all(|(k, b)| {
                if k == 4 || k == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    let joined = |a: &Found, b: &Found, words: &[&str]| {
        a.sentence == b.sentence
            && b.tokens.start >= a.tokens.end
            && b.tokens.start - a.tokens.end <= 1
            && (a.tokens.end..b.tokens.start).all(|k| words.contains(&doc.token_text(k)))
    };
    for i in 0..found.len() {
        if !matches!(
            found[i].expr,
            Expr::Time {
                on: Anchor::Reference,
                ..
            }
        ) {
            continue;
        }
        let after = found
            .get(i + 1)
            .filter(|next| joined(&found[i], next, &["on", ","]))
            .map(|_| i + 1);
        let before = i
            .checked_sub(1)
            .filter(|&p| joined(&found[p], &found[i], &["at", ","]));
        let day = after
            .into_iter()
            .chain(before)
            .find_map(|k| {
                values[k]
                    .as_ref()
                    .map(|(v, _)| v.clone())
                    .filter(|v| full_day(v))
            })
            .or_else(|| {
                // "Last night, the council met until 11 p.m.": else the day
                // of the last date or time before it in its sentence.
                (0..i)
                    .rev()
                    .take_while(|&p| found[p].sentence == found[i].sentence)
                    .find_map(|p| {
                        let (value, _) = values[p].as_ref()?;
                        let day = value.get(..10)?;
                        full_day(day).then(|| day.to_string())
                    })
            });
        if let (Some(day), Some((value, _))) = (day, values[i].as_mut())
            && value.len() > 10
            && value.is_char_boundary(10)
        {
            value.replace_range(..10, &day);
        }
    }
}

/// Resolves the expressions of one document, in order.
pub(crate) struct Resolver<'d> {
    doc: &'d Document<'d>,
    reference: Option<civil::Date>,
    /// The last quarter mentioned: "a year earlier" then means that
    /// quarter of the previous year.
    last_quarter: Option<(i16, u8)>,
    /// The last date resolved, with its year: "the following day" counts
    /// from it.
    last_date: Option<DateParts>,
}

/// A resolved date's year, month and day; 0 for a part it does not give
/// ("2021-03" has no day).
#[derive(Clone, Copy, Debug)]
struct DateParts {
    year: i16,
    month: i8,
    day: i8,
}

impl<'d> Resolver<'d> {
    pub(crate) fn new(doc: &'d Document<'d>, reference: Option<Date>) -> Resolver<'d> {
        Resolver {
            doc,
            reference: reference.map(Date::civil),
            last_quarter: None,
            last_date: None,
        }
    }

    /// The TIMEX3 value and type of `found`. `None` when the expression
    /// names no real date (February 30).
    pub(crate) fn resolve(&mut self, found: &Found) -> Option<(String, TimexType)> {
        let resolved = self.value(found)?;
        if resolved.1 == TimexType::Date
            && let Some(parts) = date_parts(&resolved.0)
        {
            self.last_date = Some(parts);
        }
        // Only a quarter the text names anchors "a year earlier"; not the
        // year-earlier quarter itself.
        // A quarter not yet over ("losses through the third quarter of
        // 1990", "into the fourth quarter") is a forecast, not the quarter
        // reported on.
        let ahead = |(year, quarter): (i16, u8)| {
            self.reference
                .is_some_and(|r| (year, quarter) >= (r.year(), quarter_of(r)))
        };
        if matches!(found.expr, Expr::Quarter { .. } | Expr::QuarterOffset(_))
            && let Some(quarter) = parse_quarter(&resolved.0).filter(|&q| !ahead(q))
        {
            self.last_quarter = Some(quarter);
        }
        // "In the first nine months, … a year earlier", "For the year ended
        // Sept. 30, …": once the text speaks of a longer period, "a year
        // earlier" means a year again.
        let longer_period = match found.expr {
            Expr::Duration(amount, Unit::Month) => amount >= 6,
            Expr::Day { .. } => {
                let i = found.tokens.start;
                i >= 2
                    && self.doc.token_text(i - 1) == "ended"
                    && self.doc.token_text(i - 2).eq_ignore_ascii_case("year")
            }
            _ => false,
        };
        if longer_period {
            self.last_quarter = None;
        }
        Some(resolved)
    }

    /// The day a month and day name: in the year written, else the
    /// occurrence the reference date and tense point to ("the year ended
    /// March 31" is over). `None` without a year or a reference, or for a
    /// day no calendar has.
    fn day(
        &self,
        found: &Found,
        year: Option<i16>,
        month: i8,
        day: i8,
        tense: Tense,
    ) -> Option<civil::Date> {
        match (year, self.reference) {
            (Some(year), _) => civil::Date::new(year, month, day).ok(),
            (None, Some(r)) => {
                let occurrences = around(r, month_day(month, day));
                let ended = found.tokens.start > 0
                    && self.doc.token_text(found.tokens.start - 1) == "ended";
                if ended {
                    latest(r, &occurrences)
                } else {
                    occurrence_near(r, &occurrences, None, tense)
                }
            }
            (None, None) => None,
        }
    }

    /// Whether the word after the mention is a noun it modifies: a word
    /// in lowercase that is neither a function word nor a likely verb
    /// ("November *transactions*", "September *heating* oil").
    fn modifies_a_noun(&self, found: &Found) -> bool {
        let next = self.doc.token_text_or_empty(found.tokens.end);
        next.starts_with(|c: char| c.is_ascii_lowercase())
            && !FUNCTION_WORDS.contains(&next)
            && !crate::words::is_likely_verb(next)
    }

    fn value(&self, found: &Found) -> Option<(String, TimexType)> {
        let tense = tense_near(self.doc, found);
        let reference = self.reference;
        let date = |v: String| Some((v, TimexType::Date));
        match found.expr {
            Expr::Day { year, month, day } => match self.day(found, year, month, day, tense) {
                Some(d) => date(ymd(d)),
                None if year.is_none() && reference.is_none() && valid_month_day(month, day) => {
                    date(format!("XXXX-{month:02}-{day:02}"))
                }
                None => None,
            },
            Expr::DayOfMonth(day) => match reference {
                None => date(format!("XXXX-XX-{day:02}")),
                Some(r) => {
                    // The months either side; the tense picks among them,
                    // else the nearest.
                    let months = i32::from(r.year()) * 12 + i32::from(r.month()) - 1;
                    let occurrences: Vec<civil::Date> = (months - 1..=months + 1)
                        .filter_map(|m| {
                            let year = i16::try_from(m.div_euclid(12)).ok()?;
                            let month = i8::try_from(m.rem_euclid(12) + 1).ok()?;
                            civil::Date::new(year, month, day).ok()
                        })
                        .collect();
                    let picked = match tense {
                        Tense::Past => latest(r, &occurrences),
                        Tense::Future => occurrences.iter().find(|d| **d >= r).copied(),
                        Tense::Unknown => nearest(r, &occurrences),
                    };
                    picked.and_then(|d| date(ymd(d)))
                }
            },
            Expr::Holiday(holiday, direction) => match reference {
                None => date(match holiday {
                    Holiday::Fixed { month, day } => format!("XXXX-{month:02}-{day:02}"),
                    Holiday::NthWeekday { month, .. } => format!("XXXX-{month:02}-XX"),
                }),
                Some(r) => {
                    let occurrences = around(r, |year| holiday_in(year, holiday));
                    occurrence_near(r, &occurrences, direction, tense).and_then(|d| date(ymd(d)))
                }
            },
            Expr::WeekOf { year, month, day } => match self.day(found, year, month, day, tense) {
                Some(d) => {
                    let week = d.iso_week_date();
                    date(format!("{:04}-W{:02}", week.year(), week.week()))
                }
                // No reference date: the day has no known week.
                None if year.is_none() && reference.is_none() && valid_month_day(month, day) => {
                    date("XXXX-WXX".to_string())
                }
                None => None,
            },
            Expr::Month {
                year: Some(year),
                month,
            } => date(format!("{year:04}-{month:02}")),
            Expr::Month { year: None, month } => match reference {
                None => date(format!("XXXX-{month:02}")),
                // "placed orders for November transactions" in late
                // October: a month that modifies a noun is not when the
                // past verb happened, and one a month or two ahead is the
                // coming one ("the October slaying" in April is not).
                Some(r)
                    if tense == Tense::Past
                        && (1..=2).contains(
                            &(i32::from(month) - i32::from(r.month())).rem_euclid(12),
                        )
                        && self.modifies_a_noun(found) =>
                {
                    date(format!(
                        "{:04}-{month:02}",
                        pick_year(r, Tense::Future, month)
                    ))
                }
                Some(r) => date(format!("{:04}-{month:02}", pick_year(r, tense, month))),
            },
            Expr::Year(year) => date(format!("{year:04}")),
            Expr::Decade(decade) => date(format!("{decade:03}X")),
            Expr::Century(century) => date(format!("{century:02}")),
            // TimeBank, the corpus that fixed TIMEX3 practice in news, writes
            // fiscal years as plain years.
            Expr::FiscalYear(year) => date(format!("{year:04}")),
            Expr::Every(unit, weekday) => {
                let value = match (unit, weekday) {
                    (_, Some(w)) => format!("XXXX-WXX-{}", w.to_monday_one_offset()),
                    (unit, None) => duration(1, unit),
                };
                Some((value, TimexType::Set))
            }
            Expr::EveryMonth(month) => Some((format!("XXXX-{month:02}"), TimexType::Set)),
            Expr::EverySeason(season) => Some((format!("XXXX-{}", season.code()), TimexType::Set)),
            Expr::Weekday(weekday) => match reference {
                None => date(format!("XXXX-WXX-{}", weekday.to_monday_one_offset())),
                Some(r) => date(ymd(nearest_weekday(r, weekday, tense))),
            },
            Expr::WeekdayTowards(weekday, direction) => match reference {
                None => date(format!("XXXX-WXX-{}", weekday.to_monday_one_offset())),
                Some(r) => date(ymd(weekday_towards(r, weekday, direction))),
            },
            Expr::DayOffset(days) => match reference {
                None => date("XXXX-XX-XX".to_string()),
                Some(r) => add_days(r, days).map(|d| (ymd(d), TimexType::Date)),
            },
            Expr::Relative(unit, offset) => date(relative(reference, unit, offset)),
            Expr::Duration(amount, unit) => Some((duration(amount, unit), TimexType::Duration)),
            Expr::RangeEnd { month, day } => {
                let first = self
                    .last_date
                    .and_then(|parts| anchor_of(parts, Unit::Month));
                match first {
                    Some(d) if d.month() == month => {
                        date(ymd(civil::Date::new(d.year(), month, day).ok()?))
                    }
                    _ => self.value(&Found {
                        expr: Expr::Day {
                            year: None,
                            month,
                            day,
                        },
                        ..found.clone()
                    }),
                }
            }
            Expr::VagueDuration(unit) => Some((duration('X', unit), TimexType::Duration)),
            Expr::FromLast(unit, offset) => {
                // With no date named before, the reference date: "the
                // previous week's position" in a market report.
                // After a date too coarse to count from, the reference
                // date if it is in that year; else ("in March 2022 … the
                // following week", read in 2024) the week is unknown.
                let anchor = match self.last_date {
                    Some(parts) => anchor_of(parts, unit)
                        .or_else(|| reference.filter(|r| r.year() == parts.year)),
                    None => reference,
                };
                date(relative(anchor, unit, offset))
            }
            Expr::WeekdayFromLast(weekday, direction) => {
                // As `FromLast`: from the last day named, else from the
                // reference date when no date came before; after a date
                // with no day, unknown.
                let anchor = match self.last_date {
                    Some(parts) => anchor_of(parts, Unit::Day),
                    None => reference,
                };
                match anchor {
                    Some(d) => date(ymd(weekday_towards(d, weekday, direction))),
                    None => date(format!("XXXX-WXX-{}", weekday.to_monday_one_offset())),
                }
            }
            Expr::Ref(r) => date(
                match r {
                    Ref::Past => "PAST_REF",
                    Ref::Present => "PRESENT_REF",
                    Ref::Future => "FUTURE_REF",
                }
                .to_string(),
            ),
            Expr::Time { hour, minute, on } => {
                let day = match (on, reference) {
                    (Anchor::Reference | Anchor::Offset(_), None) => "XXXX-XX-XX".to_string(),
                    (Anchor::Reference, Some(r)) => ymd(r),
                    (Anchor::Offset(n), Some(r)) => ymd(add_days(r, n)?),
                    (
                        Anchor::Date {
                            year: Some(year),
                            month,
                            day,
                        },
                        _,
                    ) => ymd(civil::Date::new(year, month, day).ok()?),
                    (
                        Anchor::Date {
                            year: None,
                            month,
                            day,
                        },
                        None,
                    ) => format!("XXXX-{month:02}-{day:02}"),
                    (
                        Anchor::Date {
                            year: None,
                            month,
                            day,
                        },
                        Some(r),
                    ) => ymd(nearest(r, &around(r, month_day(month, day)))?),
                    (Anchor::Weekday(w), None) => format!("XXXX-WXX-{}", w.to_monday_one_offset()),
                    (Anchor::Weekday(w), Some(r)) => ymd(nearest_weekday(r, w, tense)),
                };
                Some((format!("{day}T{hour:02}:{minute:02}"), TimexType::Time))
            }
            Expr::MonthInYear { month, year_offset } => match reference {
                None => date(format!("XXXX-{month:02}")),
                Some(r) => date(format!(
                    "{:04}-{month:02}",
                    i32::from(r.year()) + year_offset
                )),
            },
            Expr::MonthTowards(month, direction) => match reference {
                None => date(format!("XXXX-{month:02}")),
                Some(r) => date(format!(
                    "{:04}-{month:02}",
                    month_towards(r, month, direction)
                )),
            },
            Expr::Quarter {
                year: Some(year),
                quarter,
            } => date(format!("{year:04}-Q{quarter}")),
            Expr::Quarter {
                year: None,
                quarter,
            } => match reference {
                None => date(format!("XXXX-Q{quarter}")),
                Some(r) => {
                    let current = quarter_of(r);
                    let year = if quarter > current && tense == Tense::Past {
                        r.year() - 1
                    } else {
                        r.year()
                    };
                    date(format!("{year:04}-Q{quarter}"))
                }
            },
            Expr::QuarterOffset(offset) => match reference {
                None => date("XXXX-QX".to_string()),
                Some(r) => {
                    let index = i32::from(r.year()) * 4 + i32::from(quarter_of(r)) - 1 + offset;
                    date(format!(
                        "{:04}-Q{}",
                        index.div_euclid(4),
                        index.rem_euclid(4) + 1
                    ))
                }
            },
            Expr::QuarterInYear {
                year_offset,
                quarter,
            } => match reference {
                None => date(format!("XXXX-Q{quarter}")),
                Some(r) => date(format!(
                    "{:04}-Q{quarter}",
                    i32::from(r.year()) + year_offset
                )),
            },
            Expr::QuarterOfYear(year) => match (self.last_quarter, reference) {
                (Some((_, quarter)), _) => date(format!("{year:04}-Q{quarter}")),
                // With no quarter named, "the 1988 period" is the year.
                (None, _) if self.doc.token_text(found.tokens.end - 1) == "period" => {
                    date(format!("{year:04}"))
                }
                (None, Some(r)) => date(format!("{year:04}-Q{}", quarter_of(r))),
                (None, None) => date(format!("{year:04}-QX")),
            },
            Expr::Half {
                year: Some(year),
                half,
            } => date(format!("{year:04}-H{half}")),
            Expr::Half { year: None, half } => match reference {
                None => date(format!("XXXX-H{half}")),
                Some(r) => {
                    let current = if r.month() <= 6 { 1 } else { 2 };
                    let year = if half > current && tense == Tense::Past {
                        r.year() - 1
                    } else {
                        r.year()
                    };
                    date(format!("{year:04}-H{half}"))
                }
            },
            Expr::Season {
                season,
                year: Some(year),
                ..
            } => date(format!("{year:04}-{}", season.code())),
            Expr::Season {
                season,
                year: None,
                offset,
            } => match reference {
                None => date(format!("XXXX-{}", season.code())),
                Some(r) => date(format!(
                    "{:04}-{}",
                    season_year(r, season, offset, tense),
                    season.code()
                )),
            },
            Expr::PartOfDay { day, part } => {
                let day = match (day, reference) {
                    (DayRef::Offset(_), None) => "XXXX-XX-XX".to_string(),
                    (DayRef::Weekday(w), None) => format!("XXXX-WXX-{}", w.to_monday_one_offset()),
                    (DayRef::Offset(n), Some(r)) => ymd(add_days(r, n)?),
                    (DayRef::Weekday(w), Some(r)) => ymd(nearest_weekday(r, w, tense)),
                };
                Some((format!("{day}T{}", part.code()), TimexType::Time))
            }
            Expr::Weekend(offset) => match reference {
                None => date("XXXX-WXX-WE".to_string()),
                Some(r) => {
                    let weeks = offset.unwrap_or(match tense {
                        // Past tense: the weekend just gone, which is this
                        // ISO week's only once it has begun.
                        Tense::Past if r.weekday().to_monday_one_offset() < 6 => -1,
                        _ => 0,
                    });
                    let d = r
                        .checked_add(jiff::Span::new().weeks(weeks))
                        .ok()?
                        .iso_week_date();
                    date(format!("{:04}-W{:02}-WE", d.year(), d.week()))
                }
            },
            Expr::YearBefore => match (self.last_quarter, reference) {
                (Some((year, quarter)), _) => date(format!("{:04}-Q{quarter}", year - 1)),
                (None, Some(r)) => date(format!("{:04}", r.year() - 1)),
                (None, None) => date("XXXX".to_string()),
            },
        }
    }
}

fn ymd(d: civil::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn add_days(d: civil::Date, days: i32) -> Option<civil::Date> {
    d.checked_add(jiff::Span::new().days(days)).ok()
}

fn valid_month_day(month: i8, day: i8) -> bool {
    // 2020 is a leap year, so February 29 passes.
    civil::Date::new(2020, month, day).is_ok()
}

fn quarter_of(d: civil::Date) -> u8 {
    (d.month() as u8 - 1) / 3 + 1
}

/// "1989-Q3" → (1989, 3)
fn parse_quarter(value: &str) -> Option<(i16, u8)> {
    let (year, quarter) = value.split_once("-Q")?;
    Some((year.parse().ok()?, quarter.parse().ok()?))
}

/// A date's occurrences (a month and day, a holiday) in the year before,
/// of and after the reference, in order.
fn around(
    reference: civil::Date,
    date_in: impl Fn(i16) -> Option<civil::Date>,
) -> Vec<civil::Date> {
    let year = reference.year();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(date_in)
        .collect()
}

fn month_day(month: i8, day: i8) -> impl Fn(i16) -> Option<civil::Date> {
    move |year| civil::Date::new(year, month, day).ok()
}

/// The occurrence nearest the reference; on a tie, the past.
fn nearest(reference: civil::Date, occurrences: &[civil::Date]) -> Option<civil::Date> {
    let days = |d: &civil::Date| reference.until(*d).map_or(i32::MAX, |s| s.get_days());
    occurrences
        .iter()
        .min_by_key(|d| (days(d).unsigned_abs(), days(d) > 0))
        .copied()
}

/// The latest occurrence not after the reference.
fn latest(reference: civil::Date, occurrences: &[civil::Date]) -> Option<civil::Date> {
    occurrences.iter().rev().find(|d| **d <= reference).copied()
}

/// The occurrence "last" (-1) or "next" (1) points to, strictly before or
/// after the reference; without one, the nearest when it is within three
/// months of the reference, and otherwise the one the tense points to
/// ("the Oct. 23 vote" in May was last October).
fn occurrence_near(
    reference: civil::Date,
    occurrences: &[civil::Date],
    direction: Option<i32>,
    tense: Tense,
) -> Option<civil::Date> {
    let closest = nearest(reference, occurrences);
    let close = closest.is_some_and(|d| reference.until(d).map_or(0, |s| s.get_days()).abs() <= 92);
    match (direction, tense) {
        (Some(-1), _) => occurrences.iter().rev().find(|d| **d < reference).copied(),
        (Some(_), _) => occurrences.iter().find(|d| **d > reference).copied(),
        _ if close => closest,
        (None, Tense::Past) => latest(reference, occurrences),
        (None, Tense::Future) => occurrences.iter().find(|d| **d >= reference).copied(),
        (None, Tense::Unknown) => closest,
    }
}

/// A holiday in a given year.
fn holiday_in(year: i16, holiday: Holiday) -> Option<civil::Date> {
    match holiday {
        Holiday::Fixed { month, day } => civil::Date::new(year, month, day).ok(),
        Holiday::NthWeekday {
            month,
            weekday,
            nth,
        } => {
            let weekday = Weekday::from_monday_one_offset(weekday).ok()?;
            civil::Date::new(year, month, 1)
                .ok()?
                .nth_weekday_of_month(nth, weekday)
                .ok()
        }
    }
}

/// Words after a month that do not make it a modifier: "in May *and*
/// June", "in March *to* approve".
#[rustfmt::skip]
static FUNCTION_WORDS: crate::words::WordList = crate::words::WordList::new(&[
    "a", "after", "against", "ahead", "an", "and", "as", "at", "because", "before", "but", "by",
    "during", "for", "from", "if", "in", "into", "of", "on", "or", "over", "since", "so", "than",
    "that", "the", "then", "this", "through", "to", "until", "when", "where", "which", "while",
    "who", "with",
]);

/// The year for a month written without one: past tense takes the latest
/// not after the reference ("In March, it received an offer"), future the
/// earliest not before it ("a ferry trial in December"), and otherwise the
/// nearest; a tie (six months either way) goes to the past.
fn pick_year(reference: civil::Date, tense: Tense, month: i8) -> i16 {
    let (year, now, month) = (
        reference.year(),
        i32::from(reference.month()),
        i32::from(month),
    );
    match tense {
        Tense::Past if month > now => year - 1,
        Tense::Future if month < now => year + 1,
        Tense::Past | Tense::Future => year,
        Tense::Unknown if month - now > 6 => year - 1,
        Tense::Unknown if now - month > 6 => year + 1,
        Tense::Unknown => year,
    }
}

/// "last April" (-1): the latest April before the month just over, which
/// would be "last month" (so "last February" said in March is a year
/// back); "next April" (1): the first after the reference month; "this
/// April" (0): the reference year's.
fn month_towards(reference: civil::Date, month: i8, direction: i32) -> i16 {
    let year = reference.year();
    match direction.signum() {
        -1 if month >= reference.month() - 1 => year - 1,
        1 if month <= reference.month() => year + 1,
        _ => year,
    }
}

/// The year of a season: "last fall" is the latest one over before the
/// reference, "next spring" the first one still to begin, "this summer"
/// the reference's own year; a bare season goes by tense.
fn season_year(reference: civil::Date, season: Season, offset: Option<i32>, tense: Tense) -> i16 {
    let now = i32::from(reference.year()) * 12 + i32::from(reference.month());
    let end = |y: i16| i32::from(y) * 12 + i32::from(season.last_month());
    let start = |y: i16| end(y) - 2;
    let year = reference.year();
    // Winter belongs to the year it starts in: January 2021 is in 2020-WI.
    let this = if season == Season::Winter && reference.month() <= 2 {
        year - 1
    } else {
        year
    };
    let last = if end(this) < now { this } else { this - 1 };
    let next = if start(this) > now { this } else { this + 1 };
    match (offset, tense) {
        (Some(o), _) if o < 0 => last,
        (Some(o), _) if o > 0 => next,
        (Some(_), _) => this,
        (None, Tense::Past) if start(this) > now => last,
        (None, Tense::Future) if end(this) < now => next,
        (None, _) => this,
    }
}

/// A weekday near the reference: the next one in future-tense sentences,
/// and otherwise the last one, the reference itself included: news
/// reports what happened "on Tuesday".
fn nearest_weekday(reference: civil::Date, weekday: Weekday, tense: Tense) -> civil::Date {
    let back = i32::from(weekday.until(reference.weekday()));
    let ahead = i32::from(reference.weekday().until(weekday));
    let days = match tense {
        Tense::Future => ahead,
        Tense::Past | Tense::Unknown => -back,
    };
    add_days(reference, days).unwrap_or(reference)
}

/// "last Tuesday" (-1) or "next Tuesday" (1): strictly before or after.
fn weekday_towards(reference: civil::Date, weekday: Weekday, direction: i32) -> civil::Date {
    let days = if direction < 0 {
        -((i32::from(weekday.until(reference.weekday())) + 6) % 7 + 1)
    } else {
        (i32::from(reference.weekday().until(weekday)) + 6) % 7 + 1
    };
    add_days(reference, days).unwrap_or(reference)
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
            ymd(add_days(r, days).unwrap_or(r))
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

/// The year, month and day of a resolved date value ("2021-03-04",
/// "2021-03", "2021"), or `None` for one with no year in digits
/// ("XXXX-03-04", "PAST_REF", "2021-W09" gives only its year).
fn date_parts(value: &str) -> Option<DateParts> {
    let number = |range: std::ops::Range<usize>| value.get(range)?.parse::<i16>().ok();
    let separated = |at: usize| value.as_bytes().get(at) == Some(&b'-');
    let year = number(0..4)?;
    let month = if separated(4) { number(5..7) } else { None };
    let day = if month.is_some() && separated(7) {
        number(8..10)
    } else {
        None
    };
    Some(DateParts {
        year,
        month: i8::try_from(month.unwrap_or(0)).ok()?,
        day: i8::try_from(day.unwrap_or(0)).ok()?,
    })
}

/// The day a resolved date gives to count `unit`s from: a full date for
/// days and weeks, at least a month for months, a year for years. `None`
/// when the date is coarser than the unit.
fn anchor_of(parts: DateParts, unit: Unit) -> Option<civil::Date> {
    let DateParts { year, month, day } = parts;
    match unit {
        Unit::Year | Unit::Decade => civil::Date::new(year, 1, 1).ok(),
        Unit::Month => civil::Date::new(year, month, 1).ok(),
        _ => civil::Date::new(year, month, day).ok(),
    }
}

/// A TIMEX3 length of time: `P3D`, `PT2H`, or `PXY` for an amount not
/// given.
fn duration(amount: impl std::fmt::Display, unit: Unit) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::detect::detect;
    use super::*;

    fn values(text: &str, reference: Option<&str>) -> Vec<String> {
        let doc = Document::new(text);
        let reference = reference.map(|r| r.parse::<Date>().unwrap());
        detect(&doc, crate::DateOrder::MonthFirst)
            .iter()
            .filter_map(|f| Resolver::new(&doc, reference).resolve(f))
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
            values("Quinlan said on Wednesday that", Some("2020-10-14")),
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
            values("Quinlan said on Wednesday that", None),
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
