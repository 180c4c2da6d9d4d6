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
    /// A numeric date that the other [`DateOrder`](crate::DateOrder) would
    /// read differently.
    pub(crate) ambiguous: bool,
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
    /// "the week of March 6": the ISO week holding that day.
    WeekOf {
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
    /// The second day of a range with no year written ("March 14-16",
    /// "March 3 to 5"): in the month and year of the first.
    RangeEnd {
        month: i8,
        day: i8,
    },
    /// "on the 15th": a day of the month the reference date is in, or of
    /// the month before or after it, as the tense says.
    DayOfMonth(i8),
    /// "a few days", "several years": a length of time with no number.
    VagueDuration(Unit),
    /// "the following day" (1), "the previous year" (-1): a unit counted
    /// from the last date the text named.
    FromLast(Unit, i32),
    /// "the following Saturday" (1), "the previous Monday" (-1): that
    /// weekday after or before the last day the text named.
    WeekdayFromLast(Weekday, i32),
    /// "recently", "now", "the future": TIMEX3's PAST_REF, PRESENT_REF and
    /// FUTURE_REF.
    Ref(Ref),
    /// A time of day, on the day `on` names.
    Time {
        hour: u8,
        minute: u8,
        on: Anchor,
    },
    /// "last April" (-1), "this September" (0), "next May" (1).
    MonthTowards(i8, i32),
    /// A month in a year counted from the reference: "January this year"
    /// (0), "June last year" (-1).
    MonthInYear {
        month: i8,
        year_offset: i32,
    },
    /// A quarter, 1 to 4; the year may be left to the reference date.
    Quarter {
        year: Option<i16>,
        quarter: u8,
    },
    /// "the quarter", "the latest quarter" (-1: the last one completed),
    /// "this quarter" (0), "next quarter" (1).
    QuarterOffset(i32),
    /// A quarter of the reference date's year moved by `year_offset`: "the
    /// year-ago third quarter" (-1), "next year's first quarter" (1).
    QuarterInYear {
        year_offset: i32,
        quarter: u8,
    },
    /// "the 1988 quarter": the quarter the text reports on, in that year.
    QuarterOfYear(i16),
    /// A half year, 1 or 2.
    Half {
        year: Option<i16>,
        half: u8,
    },
    /// A season, with its year, or relative to the reference ("last fall"
    /// is -1, "this summer" 0), or neither ("in the spring").
    Season {
        season: Season,
        year: Option<i16>,
        offset: Option<i32>,
    },
    /// "this morning", "last night", "Wednesday evening".
    PartOfDay {
        day: DayRef,
        part: DayPart,
    },
    /// "the weekend" (`None`: by tense), "this weekend" (0), "last
    /// weekend" (-1).
    Weekend(Option<i32>),
    /// "a year earlier", "a year ago", "year-earlier": a year before the
    /// period the text is about, such as the quarter it reports on.
    YearBefore,
    /// A recurring time: "every Monday" (`Some(Monday)`), "weekly"
    /// (`Week`).
    Every(Unit, Option<Weekday>),
    /// "every August", "each July": a month of every year.
    EveryMonth(i8),
    /// "every summer": a season of every year.
    EverySeason(Season),
    /// "fiscal 1990", "FY2020": a company's or government's fiscal year.
    FiscalYear(i16),
    /// The first two digits of a century: 19 for "the 20th century".
    Century(i16),
    /// A holiday; "last Christmas" (-1), "next Thanksgiving" (1), or by
    /// tense.
    Holiday(Holiday, Option<i32>),
}

/// A holiday's date in any year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// The same day every year: Christmas.
    Fixed { month: i8, day: i8 },
    /// The `nth` weekday of a month (Monday is 1; -1 counts from the
    /// end): Thanksgiving is the fourth Thursday of November.
    NthWeekday { month: i8, weekday: i8, nth: i8 },
}

/// The day a time of day falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Unsaid: the reference date.
    Reference,
    /// "5 p.m. EST, Nov. 9"
    Date {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// "noon Saturday"
    Weekday(Weekday),
    /// Days from the reference: "9 a.m. tomorrow".
    Offset(i32),
}

/// TIMEX3's vague references to past, present and future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ref {
    Past,
    Present,
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// The day a part of day belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayRef {
    /// Days from the reference: "tonight" 0, "last night" -1.
    Offset(i32),
    Weekday(Weekday),
}

impl Season {
    /// TIMEX3's two-letter code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month a season ends in (winter ends in February of the next
    /// year: month 14 counted from January of the winter's year).
    pub(crate) fn last_month(self) -> i8 {
        match self {
            Season::Spring => 5,
            Season::Summer => 8,
            Season::Fall => 11,
            Season::Winter => 14,
        }
    }
}

impl DayPart {
    /// TIMEX3's two-letter code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
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
