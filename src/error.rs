//! The crate's one error type.

use std::fmt;

/// An error from parsing input that this crate accepts as a string, such as
/// a reference date.
///
/// Analysis itself never fails; only the things a caller hands in can be
/// malformed. The message is a plain sentence suitable for showing to a user.
///
/// ```
/// use article_analyzer::Date;
///
/// let err = "2020-13-01".parse::<Date>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid date \"2020-13-01\": month must be between 1 and 12",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    InvalidDate { input: String, reason: &'static str },
}

impl Error {
    pub(crate) fn invalid_date(input: &str, reason: &'static str) -> Error {
        // Keep messages short even when someone pastes an article into the
        // date field.
        let mut shown: String = input.chars().take(40).collect();
        if shown.len() < input.len() {
            shown.push('…');
        }
        Error {
            kind: ErrorKind::InvalidDate {
                input: shown,
                reason,
            },
        }
    }
}

impl Error {
    /// The reason alone, to re-wrap with a different input.
    pub(crate) fn reason(&self) -> &'static str {
        match &self.kind {
            ErrorKind::InvalidDate { reason, .. } => reason,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidDate { input, reason } => {
                write!(f, "invalid date {input:?}: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {}
