//! Dates and times: finding them, and resolving them to TIMEX3 values.
//!
//! Extraction runs in three steps:
//!
//! 1. [`detect`] walks the tokens and recognizes date expressions ("October
//!    14, 2020", "Oct. 14", "July", "Wednesday", "the 2020s", "two weeks
//!    ago", "3 p.m."), producing an unresolved [`detect::Expr`] for each.
//! 2. [`reference`] picks the article's own date from its first lines when
//!    the caller gave none.
//! 3. [`resolve`] turns each expression into a TIMEX3 value against that
//!    reference date, letting the sentence's tense choose between the last
//!    and the next "July". Without a reference date, values stay
//!    underspecified (`XXXX-07`) rather than guessed: this crate never reads
//!    the clock.

mod calendar;
mod detect;
mod expr;
mod reference;
mod resolve;
mod tense;

use std::fmt;

pub use calendar::Date;
pub(crate) use calendar::{MONTH_NAMES, WEEKDAY_NAMES};
pub(crate) use detect::detect;
pub(crate) use reference::detect_reference;
pub(crate) use resolve::{Resolver, anchor_times};

use crate::Span;

/// How to read a numeric date such as `03/04/2020`.
///
/// ```
/// use article_analyzer::{Analyzer, DateOrder, Options};
///
/// let analyzer = Analyzer::new();
/// let text = "The contract was signed on 03/04/2020.";
/// let us = analyzer.analyze(text);
/// assert_eq!(us.dates()[0].value(), "2020-03-04");
/// assert!(us.dates()[0].is_ambiguous());
/// let uk = analyzer.analyze_with(text, &Options::default().date_order(DateOrder::DayFirst));
/// assert_eq!(uk.dates()[0].value(), "2020-04-03");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateOrder {
    /// `10/14/2020`: month, day, year, as in US news. The default.
    #[default]
    MonthFirst,
    /// `14/10/2020`: day, month, year.
    DayFirst,
}

/// The TIMEX3 type of a [`DateMention`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimexType {
    /// A calendar date or period: "October 14, 2020", "July", "the 2020s".
    Date,
    /// A time of day, possibly with its date: "3 p.m.".
    Time,
    /// A length of time: "three years" (`P3Y`).
    Duration,
    /// A recurring time: "every Monday".
    Set,
}

impl TimexType {
    /// The type as written in the JSON output: `"DATE"`, `"TIME"`,
    /// `"DURATION"` or `"SET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A date or time expression with its normalized value.
///
/// ```
/// use article_analyzer::{Analyzer, Date};
///
/// let analyzer = Analyzer::builder()
///     .reference_date(Some(Date::new(2020, 10, 14).unwrap()))
///     .build();
/// let analysis = analyzer.analyze("In July, the minister said the 2020s would be hard.");
/// let values: Vec<_> = analysis.dates().iter().map(|d| (d.text(), d.value())).collect();
/// assert_eq!(values, [("July", "2020-07"), ("the 2020s", "202X")]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) value: String,
    pub(crate) timex_type: TimexType,
    pub(crate) ambiguous: bool,
}

impl DateMention {
    /// Where the mention is, in bytes of the analyzed text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The mention as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The TIMEX3 value: `2020-10-14`, `2020-07`, `202X`, `XXXX-WXX-3`,
    /// `P3Y`, `PRESENT_REF`…
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The TIMEX3 type.
    pub fn timex_type(&self) -> TimexType {
        self.timex_type
    }

    /// Whether the text could also be read another way: `03/04/2020` is
    /// March 4 or April 3 depending on [`DateOrder`].
    pub fn is_ambiguous(&self) -> bool {
        self.ambiguous
    }
}
