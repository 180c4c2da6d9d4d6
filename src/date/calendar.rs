//! The calendar date type callers use for reference dates.

use std::fmt;
use std::str::FromStr;

use jiff::civil;

use crate::Error;

/// The months' names, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
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

/// The days' names, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A day in the proleptic Gregorian calendar, such as an article's
/// publication date.
///
/// ```
/// use article_analyzer::Date;
///
/// let date: Date = "2020-10-14".parse()?;
/// assert_eq!((date.year(), date.month(), date.day()), (2020, 10, 14));
/// assert_eq!(date.to_string(), "2020-10-14");
/// assert!("2020-02-30".parse::<Date>().is_err());
/// # Ok::<(), article_analyzer::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    inner: civil::Date,
}

impl Date {
    /// The date `year`-`month`-`day`, or an error if there is no such day.
    /// Years run from 1 to 9999.
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, Error> {
        let input = format!("{year:04}-{month:02}-{day:02}");
        if !(1..=9999).contains(&year) {
            return Err(Error::invalid_date(
                &input,
                "year must be between 1 and 9999",
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::invalid_date(
                &input,
                "month must be between 1 and 12",
            ));
        }
        civil::Date::new(year, month, day)
            .map(Date::from_civil)
            .map_err(|_| Error::invalid_date(&input, "that month has no such day"))
    }

    /// The year.
    pub fn year(self) -> i16 {
        self.inner.year()
    }

    /// The month, 1 to 12.
    pub fn month(self) -> i8 {
        self.inner.month()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> i8 {
        self.inner.day()
    }

    pub(crate) fn from_civil(inner: civil::Date) -> Date {
        Date { inner }
    }

    pub(crate) fn civil(self) -> civil::Date {
        self.inner
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`. A time after the date (`2020-10-14T09:00:00`),
    /// as in TimeML document creation times, is accepted and ignored.
    fn from_str(s: &str) -> Result<Date, Error> {
        let date_part = s.split_once('T').map_or(s, |(d, _)| d);
        let mut fields = date_part.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(Error::invalid_date(s, "expected the form YYYY-MM-DD"));
        };
        let digits = |f: &str, n: usize| f.len() == n && f.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(Error::invalid_date(s, "expected the form YYYY-MM-DD"));
        }
        let (y, m, d) = (
            y.parse().unwrap_or(0),
            m.parse().unwrap_or(0),
            d.parse().unwrap_or(0),
        );
        Date::new(y, m, d).map_err(|e| {
            if date_part.len() == s.len() {
                e
            } else {
                Error::invalid_date(s, e.reason())
            }
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_say_what_is_wrong() {
        let err = |s: &str| s.parse::<Date>().unwrap_err().to_string();
        assert_eq!(
            err("14/10/2020"),
            "invalid date \"14/10/2020\": expected the form YYYY-MM-DD"
        );
        assert_eq!(
            err("2021-02-29"),
            "invalid date \"2021-02-29\": that month has no such day"
        );
        assert_eq!(
            err("0000-01-01"),
            "invalid date \"0000-01-01\": year must be between 1 and 9999"
        );
        assert_eq!(err(""), "invalid date \"\": expected the form YYYY-MM-DD");
    }

    #[test]
    fn accepts_a_creation_time() {
        assert_eq!(
            "1998-02-27T10:00:00".parse::<Date>().unwrap().to_string(),
            "1998-02-27"
        );
    }
}
