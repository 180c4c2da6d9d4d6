//! Recognizing date expressions in tokens.
//!
//! Each pattern is a small function from a token position to the end of a
//! match and an unresolved [`Expr`]. The scanner tries them in order at
//! every token and keeps the first match, so longer forms are listed
//! before their prefixes ("October 14, 2020" before "October"). The
//! patterns live by kind: [`calendar`] for named months and weekdays,
//! [`numeric`] for dates in digits, [`relative`] for words that count
//! from the reference date.

mod calendar;
mod holidays;
mod numeric;
mod periods;
mod ranges;
mod relative;

use super::expr::{Expr, Found, Unit};
use super::{DateOrder, MONTH_NAMES};
use crate::text::{Document, TokenKind};
use crate::words::WordList;

/// Finds every date expression in the document, in text order, without
/// overlaps.
pub(crate) fn detect(doc: &Document<'_>, order: DateOrder) -> Vec<Found> {
    let scanner = Scanner { doc, order };
    let anchors: Vec<bool> = (0..doc.tokens.len())
        .map(|i| scanner.is_anchor(i))
        .collect();
    let mut found = Vec::new();
    for (sentence, s) in doc.sentences.iter().enumerate() {
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        while i < end {
            // Most words are far from any date: trying every pattern on
            // them was a tenth of the whole analysis.
            if !anchors[i..(i + ANCHOR_REACH).min(end)].contains(&true) {
                i += 1;
                continue;
            }
            match scanner.at(i, end) {
                Some((stop, expr)) => {
                    let start = scanner.leading_words(i, s.tokens.start, &expr);
                    let ambiguous = scanner.ambiguous_numeric(start..stop);
                    let one = Found {
                        tokens: start..stop,
                        span: doc.token_span(start..stop),
                        sentence,
                        expr,
                        ambiguous,
                    };
                    i = stop;
                    if let Some(ends) = scanner.split_day_range(&one) {
                        found.extend(ends);
                        continue;
                    }
                    // "14–16 April": the range's first day, before it.
                    let free_from = found.last().map_or(s.tokens.start, |f| f.tokens.end);
                    if let Some(first) = scanner.range_start_before(&one, free_from) {
                        found.push(first);
                    }
                    found.push(one);
                    // "March 3 to 5": the range's second day.
                    if let Expr::Day { year, month, day } = expr
                        && let Some((after, second)) = scanner.range_end_after(stop, end, day)
                    {
                        found.push(Found {
                            tokens: stop + 1..after,
                            span: doc.token_span(stop + 1..after),
                            sentence,
                            expr: ranges::range_end(year, month, second),
                            ambiguous: false,
                        });
                        i = after;
                    }
                }
                None => i += 1,
            }
        }
    }
    repeat_every(doc, &mut found);
    found
}

/// "every Saturday and Sunday", "each May, June or July": a day or month
/// listed after a recurring one recurs too.
fn repeat_every(doc: &Document<'_>, found: &mut [Found]) {
    for k in 1..found.len() {
        let joined = (found[k - 1].tokens.end..found[k].tokens.start)
            .all(|i| matches!(doc.lower(i), "and" | "or" | ","));
        if !joined || found[k - 1].sentence != found[k].sentence {
            continue;
        }
        found[k].expr = match (found[k - 1].expr, found[k].expr) {
            (Expr::Every(Unit::Week, Some(_)), Expr::Weekday(day)) => {
                Expr::Every(Unit::Week, Some(day))
            }
            (Expr::EveryMonth(_), Expr::Month { year: None, month }) => Expr::EveryMonth(month),
            _ => continue,
        };
    }
}

/// Every date expression has an anchor among its first this many tokens:
/// "the first two quarters" has its anchor fourth.
const ANCHOR_REACH: usize = 4;

/// Words that tie an expression to time, in lowercase. Every pattern needs
/// one of them, a number, an abbreviation (“Oct.”) or a word with a mark
/// in it (“mid-1990s”, “’90s”, “FY2020”) among its first `ANCHOR_REACH`
/// tokens; words the patterns only open with or look around ("the",
/// "last", "in") are not anchors. A test holds every word the patterns
/// compare with to being listed here or knowingly left out.
#[rustfmt::skip]
static ANCHOR_WORDS: WordList = WordList::new(&[
    // Units and parts of time.
    "afternoon", "century", "day", "days", "decade", "decades", "evening", "half", "hour", "hours",
    "midday", "midnight", "minute", "minutes", "month", "months", "morning", "night", "noon",
    "period", "quarter", "quarters", "tonight", "week", "weekend", "weeks", "year", "years",
    // Seasons, holidays and the sets of time.
    "autumn", "fall", "spring", "summer", "winter", "christmas", "halloween", "thanksgiving",
    "valentine", "annually", "daily", "hourly", "monthly", "weekly", "yearly",
    // Days and times named by their distance from now.
    "today", "tomorrow", "yesterday", "now", "nowadays", "current", "currently", "recent",
    "recently", "past", "present", "future", "fiscal", "fy",
    // Numbers in words, which a year may be spelled in ("nineteen seventy").
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "thousand", "eighteenth", "nineteenth",
    "twentieth",
    // Months and weekdays, and the short forms of months written without
    // a period ("Oct 14").
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "janu", "feb", "febr", "mar", "marc", "apr",
    "apri", "jun", "jul", "aug", "augu", "sep", "sept", "oct", "octo", "nov", "nove", "dec",
    "dece", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
]);

struct Scanner<'d> {
    doc: &'d Document<'d>,
    order: DateOrder,
}

/// Words before a bare month or a year that show it is one: "in July",
/// "since 1990".
static DATE_PREPOSITIONS: WordList = WordList::new(&[
    "after", "around", "as", "before", "between", "by", "during", "early", "from", "in", "late",
    "last", "mid", "next", "of", "since", "the", "this", "through", "till", "to", "until",
]);

/// Counted things: a number before one of these is not a year.
static COUNT_NOUNS: WordList = WordList::new(&[
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
]);
impl Scanner<'_> {
    /// The text of token `i`, or "" past the end, so that patterns looking
    /// ahead never index out of bounds.
    #[inline(always)]
    pub(super) fn text(&self, i: usize) -> &str {
        self.doc.token_text_or_empty(i)
    }

    /// The text of token `i` in lowercase, or "" past the end.
    #[inline(always)]
    pub(super) fn lower(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// The text of token `i` in lowercase if it comes before `end`.
    #[inline(always)]
    pub(super) fn lower_before(&self, i: usize, end: usize) -> &str {
        if i < end { self.lower(i) } else { "" }
    }

    #[inline(always)]
    pub(super) fn is(&self, i: usize, end: usize, word: &str) -> bool {
        i < end && self.text(i) == word
    }

    /// Whether tokens `a` and `b` touch, with no space between.
    #[inline(always)]
    pub(super) fn touching(&self, a: usize, b: usize) -> bool {
        self.doc.tokens[a].span.end == self.doc.tokens[b].span.start
    }

    /// Whether token `i` can anchor a date expression (see
    /// [`ANCHOR_WORDS`]).
    fn is_anchor(&self, i: usize) -> bool {
        match self.doc.tokens[i].kind {
            TokenKind::Word => {
                let lower = self.doc.lower(i);
                !lower.chars().all(char::is_alphabetic) || ANCHOR_WORDS.contains(&lower)
            }
            TokenKind::Punct => false,
            _ => true,
        }
    }

    /// Tries every pattern at token `i`.
    fn at(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        self.part_of_day(i, end)
            .or_else(|| self.weekend(i, end))
            .or_else(|| self.quarter(i, end))
            .or_else(|| self.century(i, end))
            .or_else(|| self.season(i, end))
            .or_else(|| self.vague(i, end))
            .or_else(|| self.middle(i))
            .or_else(|| self.set(i, end))
            .or_else(|| self.fiscal_year(i, end))
            .or_else(|| self.holiday(i, end))
            .or_else(|| self.week_of(i, end))
            .or_else(|| self.weekday_date(i, end))
            .or_else(|| self.month_first(i, end))
            .or_else(|| self.day_first(i, end))
            .or_else(|| self.day_of_month(i, end))
            .or_else(|| self.numeric(i, end))
            .or_else(|| {
                self.spelled_year(i, end)
                    .map(|(stop, year)| (stop, Expr::Year(year)))
            })
            .or_else(|| self.named_time(i, end))
            .or_else(|| self.relative(i, end))
            .or_else(|| self.duration(i, end))
    }

    /// The words before a match that belong to it: "early", "late" or
    /// "mid" before a period ("the early 1990s", "late last year"), and
    /// "the" before a decade ("the 2020s", "the ’90s"), as TIMEX3 spans
    /// include them.
    fn leading_words(&self, i: usize, sentence_start: usize, expr: &Expr) -> usize {
        let period = matches!(
            expr,
            Expr::Decade(_)
                | Expr::Year(_)
                | Expr::Month { .. }
                | Expr::Century(_)
                | Expr::Relative(Unit::Year | Unit::Month, -1..=1)
        );
        let mut start = i;
        if period
            && start > sentence_start
            && matches!(self.lower(start - 1), "early" | "late" | "mid")
        {
            start -= 1;
        }
        let article = start > sentence_start && self.text(start - 1).eq_ignore_ascii_case("the");
        if matches!(expr, Expr::Decade(_)) && article {
            start - 1
        } else {
            start
        }
    }

    pub(super) fn is_apostrophe_at(&self, i: usize) -> bool {
        matches!(self.text(i), "’" | "'" | "‘")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::expr::{Anchor, Ref};

    /// Words the patterns compare tokens with that are not anchors: words
    /// they open with or look around, each needing an anchor near it.
    #[rustfmt::skip]
    const NOT_ANCHORS: &[&str] = &[
        // Openers and neighbours: "the …", "last …", "in July", "a year ago".
        "a", "an", "the", "this", "these", "that", "last", "next", "coming", "every", "each", "at",
        "after", "around", "as", "before", "between", "by", "during", "for", "from", "in", "of",
        "since", "through", "till", "to", "until", "thru", "no", "ago", "on", "and", "or", "but",
        "earlier", "later", "early", "late", "mid", "ended", "ending", "full", "near", "same",
        "previous", "following", "comparable", "corresponding", "latest", "latter", "most",
        "number", "few", "several", "first", "second", "third", "fourth", "st", "nd", "rd", "th",
        "am", "pm",
        // The part of a period before it: "the end of the decade".
        "end", "start", "beginning", "middle", "rest", "remainder",
        // After a length of time, an age: "52 years old".
        "old",
        // After a capitalized "Today", a show's name: "the Today programme".
        "programme", "program", "show", "newspaper",
        // Counts of a recurring time, before its unit ("twice a week").
        "once", "twice", "per",
        // Words of a game, which make "the second half" no half year.
        "scored", "match", "striker", "penalty", "halftime", "touchdown", "innings",
        // The rest of a holiday's name, after its anchor ("Christmas Eve") or
        // before one ("Labor Day").
        "eve", "new", "independence", "labor", "memorial", "veterans",
        // Time zones, after a time.
        "cdt", "cst", "edt", "est", "et", "gmt", "mdt", "mst", "pdt", "pst", "pt", "utc",
        // Counted things: a number before one is no year.
        "acres", "barrels", "cars", "cases", "children", "copies", "deaths", "delegates",
        "dollars", "employees", "euros", "feet", "homes", "jobs", "kilometers", "kilometres",
        "km", "members", "men", "meters", "metres", "miles", "people", "percent", "points",
        "pounds", "residents", "seats", "shares", "soldiers", "students", "times", "tonnes",
        "tons", "troops", "units", "voters", "votes", "women", "workers", "yen",
    ];

    #[test]
    fn every_word_a_pattern_compares_with_is_an_anchor_or_knowingly_not() {
        let sources = [
            include_str!("mod.rs"),
            include_str!("calendar.rs"),
            include_str!("holidays.rs"),
            include_str!("numeric.rs"),
            include_str!("periods.rs"),
            include_str!("ranges.rs"),
            include_str!("relative.rs"),
            include_str!("../calendar.rs"),
        ];
        let mut unclassified = Vec::new();
        for source in sources {
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for literal in line.split('"').skip(1).step_by(2) {
                    let word = literal.to_lowercase();
                    let listed = ANCHOR_WORDS.contains(&word.as_str())
                        || NOT_ANCHORS.contains(&word.as_str());
                    if !word.is_empty() && word.chars().all(char::is_alphabetic) && !listed {
                        unclassified.push(word);
                    }
                }
            }
        }
        assert!(
            unclassified.is_empty(),
            "classify as anchors or not: {unclassified:?}"
        );
    }

    #[test]
    fn an_anchor_as_late_as_the_fourth_token_is_reached() {
        assert_eq!(
            exprs("for the first two quarters of 1990")[0].0,
            "the first two quarters of 1990"
        );
        assert_eq!(
            exprs("up from the corresponding period last year")[0].0,
            "the corresponding period last year"
        );
    }

    fn exprs(text: &str) -> Vec<(&str, Expr)> {
        let doc = Document::new(text);
        let found = detect(&doc, DateOrder::MonthFirst);
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
                        minute: 0,
                        on: Anchor::Reference,
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
                ("now", Expr::Ref(Ref::Present)),
            ]
        );
        assert!(exprs("a 19-year-old").is_empty());
    }
}
