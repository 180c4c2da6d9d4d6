//! Byte ranges into an article.

use std::fmt;
use std::ops::Range;

/// A half-open range of UTF-8 byte offsets, `start..end`, into the text that
/// was analyzed.
///
/// Every span produced by this crate starts and ends on a `char` boundary of
/// the original text, so `&text[span.range()]` never panics. The JSON output
/// converts spans to UTF-16 code units instead, since that is what
/// JavaScript's `String.prototype.slice` counts.
///
/// ```
/// use article_analyzer::Span;
///
/// let text = "Ken McCallum spoke.";
/// let span = Span::new(0, 12);
/// assert_eq!(&text[span.range()], "Ken McCallum");
/// assert_eq!(span.len(), 12);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not exceed `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_strict_about_touching_ends() {
        assert!(Span::new(0, 5).overlaps(Span::new(4, 6)));
        assert!(!Span::new(0, 5).overlaps(Span::new(5, 6)));
        assert!(Span::new(0, 5).contains(Span::new(1, 5)));
        assert!(!Span::new(1, 5).contains(Span::new(0, 5)));
        assert_eq!(Span::new(3, 4).cover(Span::new(0, 1)), Span::new(0, 4));
    }
}
