//! What a date expression says, before a reference date resolves it.

use std::ops::Range;

use jiff::civil::Weekday;

use crate::Span;

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
