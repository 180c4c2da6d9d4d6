//! Tokenization: words, numbers and punctuation, with byte spans.
//!
//! The tokenizer makes a few decisions that the extractors rely on:
//!
//! * Hyphenated compounds stay whole (`Director-General`, `COVID-19`,
//!   `state-backed`), except where an all-caps acronym is glued to a
//!   title-case word (`AP-University` is `AP`, `-`, `University`).
//! * A possessive `’s` is its own token, so `MI5’s` gives the name `MI5`.
//!   Other apostrophes inside words stay (`isn’t`, `O’Brien`).
//! * Initialisms keep their periods (`U.S.`, `a.m.`), and so do known
//!   abbreviations and initials (`Oct.`, `Dr.`, `Jr.`, `J.`). Sentence
//!   splitting then decides whether such a period also ends a sentence.
//! * Numbers keep internal separators and suffixes: `1,000`, `3.5`, `10:30`,
//!   `2020s`, `14th`.

use crate::Span;

/// One token of normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// A word that keeps its abbreviating period.
    Abbrev(AbbrevKind),
    /// The possessive `’s` or `'s`.
    Possessive,
    /// Any other single character, or an ellipsis `...`.
    Punct,
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// `Dr.`, `Sen.`: a name always follows, so never a sentence end.
    Title,
    /// `Oct.`, `Sept.`: a sentence end only before a sentence starter.
    Month,
    /// `Wed.`, `Thurs.`
    Weekday,
    /// A single capital letter with a period: `J.`
    Initial,
    /// Letters separated by periods: `U.S.`, `a.m.`
    Initialism,
    /// `Jr.`, `Inc.`, `etc.`
    Other,
}

// Plurals too: "Govs. Jeb Bush and Chris Christie".
const TITLES: &[&str] = &[
    "Adm", "Amb", "Atty", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr", "Gen", "Gens",
    "Gov", "Govs", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Pres", "Prof",
    "Profs", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt",
];
const MONTHS: &[&str] = &[
    "Apr", "Aug", "Dec", "Feb", "Jan", "Jul", "Jun", "Mar", "Nov", "Oct", "Sep", "Sept",
];
const WEEKDAYS: &[&str] = &["Fri", "Mon", "Thu", "Thur", "Thurs", "Tue", "Tues", "Wed"];
const OTHERS: &[&str] = &[
    "Ave", "Blvd", "Bros", "Co", "Corp", "Dept", "Ft", "Inc", "Jr", "Ltd", "Mt", "Rd", "Sr", "St",
    "Univ", "approx", "ca", "cf", "est", "etc", "vs",
];

fn abbreviation(word: &str) -> Option<AbbrevKind> {
    if TITLES.contains(&word) {
        Some(AbbrevKind::Title)
    } else if MONTHS.contains(&word) {
        Some(AbbrevKind::Month)
    } else if WEEKDAYS.contains(&word) {
        Some(AbbrevKind::Weekday)
    } else if OTHERS.contains(&word) {
        Some(AbbrevKind::Other)
    } else {
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => Some(AbbrevKind::Initial),
            _ => None,
        }
    }
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Letters and digits, plus combining marks that attach to them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Splits normalized text into tokens. Whitespace separates tokens and is
/// not itself a token.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if c == ' ' || c == '\n' || c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let token = if is_word_char(c) {
            word(text, i)
        } else if is_apostrophe(c) && possessive_at(text, i) {
            Token {
                span: Span::new(i, i + c.len_utf8() + 1),
                kind: TokenKind::Possessive,
            }
        } else if text[i..].starts_with("...") {
            Token {
                span: Span::new(i, i + 3),
                kind: TokenKind::Punct,
            }
        } else {
            Token {
                span: Span::new(i, i + c.len_utf8()),
                kind: TokenKind::Punct,
            }
        };
        i = token.span.end;
        tokens.push(token);
    }
    tokens
}

/// `’s` right after a word and before a non-word character.
fn possessive_at(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let mut after = text[i..].chars().skip(1);
    before.is_some_and(is_word_char)
        && matches!(after.next(), Some('s' | 'S'))
        && !after.next().is_some_and(is_word_char)
}

fn word(text: &str, start: usize) -> Token {
    let bytes = text.as_bytes();
    let numeric = bytes[start].is_ascii_digit();
    let mut end = run_end(text, start);
    // Extend across joiners while they join word characters.
    while let Some(c) = text[end..].chars().next() {
        let after = end + c.len_utf8();
        let next = text[after..].chars().next();
        let joins = next.is_some_and(is_word_char);
        if !joins {
            break;
        }
        let next = next.unwrap_or(' ');
        let extend = if is_hyphen(c) {
            !acronym_meets_title_case(&text[start..end], &text[after..])
        } else if is_apostrophe(c) {
            !numeric && !possessive_at(text, end) && ends_with_letter(&text[start..end])
        } else if matches!(c, '.' | ',' | ':') {
            // 1,000 · 3.5 · 10:30, but not "5,6" in lists of years? Those are
            // rare enough; "2019,2020" without a space is not news style.
            numeric_separator(text, start, end, after)
        } else if c == '&' {
            // AT&T, S&P
            ends_with_uppercase(&text[start..end]) && next.is_uppercase()
        } else {
            false
        };
        if !extend {
            break;
        }
        end = run_end(text, after);
    }
    // "(D-N.Y.)": a party letter joined to a state's initials.
    let party = text[start..].starts_with(|c: char| c.is_ascii_uppercase())
        && text[start + 1..].starts_with('-')
        && end > start + 2;
    if party && let Some(dotted) = initialism_end(text, start + 2, end) {
        return Token {
            span: Span::new(start, dotted),
            kind: TokenKind::Abbrev(AbbrevKind::Initialism),
        };
    }
    if let Some(dotted) = initialism_end(text, start, end) {
        return Token {
            span: Span::new(start, dotted),
            kind: TokenKind::Abbrev(AbbrevKind::Initialism),
        };
    }
    if bytes.get(end) == Some(&b'.')
        && let Some(kind) = abbreviation(&text[start..end])
    {
        // "No." only abbreviates before a number; elsewhere it is the word.
        return Token {
            span: Span::new(start, end + 1),
            kind: TokenKind::Abbrev(kind),
        };
    }
    let kind = if numeric {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    Token {
        span: Span::new(start, end),
        kind,
    }
}

fn run_end(text: &str, from: usize) -> usize {
    // ASCII, most of any word, is judged a byte at a time.
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            i += 1;
        } else if b.is_ascii() {
            return i;
        } else {
            match text[i..].chars().next() {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    text.len()
}

fn ends_with_letter(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphabetic)
}

fn ends_with_uppercase(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_uppercase)
}

/// "AP-University": split an all-caps acronym from a title-case word.
fn acronym_meets_title_case(left: &str, right: &str) -> bool {
    let left_acronym = left.chars().count() >= 2 && left.chars().all(|c| c.is_uppercase());
    let mut r = right.chars();
    let right_title =
        r.next().is_some_and(char::is_uppercase) && r.next().is_some_and(char::is_lowercase);
    left_acronym && right_title
}

fn numeric_separator(text: &str, start: usize, end: usize, after: usize) -> bool {
    let b = text.as_bytes();
    let left_digit = b[end - 1].is_ascii_digit() && b[start].is_ascii_digit();
    let right_digit = b.get(after).is_some_and(u8::is_ascii_digit);
    left_digit && right_digit
}

/// `U.S.`, `a.m.`, `U.S.A.`: single letters each followed by a period, at
/// least two of them. Returns the end including the last period.
fn initialism_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let single_letter = |s: &str| {
        let mut c = s.chars();
        c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
    };
    if !single_letter(&text[start..end]) {
        return None;
    }
    let mut pos = end;
    let mut letters = 1;
    while text[pos..].starts_with('.') {
        let next_start = pos + 1;
        let next_end = run_end(text, next_start);
        if next_end > next_start
            && single_letter(&text[next_start..next_end])
            && text[next_end..].starts_with('.')
        {
            letters += 1;
            pos = next_end;
        } else {
            break;
        }
    }
    (letters >= 2).then_some(pos + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn splits_possessive_and_keeps_contractions() {
        assert_eq!(
            words("MI5’s mission isn’t over"),
            ["MI5", "’s", "mission", "isn’t", "over"]
        );
        assert_eq!(words("O'Brien's dog"), ["O'Brien", "'s", "dog"]);
    }

    #[test]
    fn keeps_compounds_but_splits_acronym_from_title_case() {
        assert_eq!(words("COVID-19 state-backed"), ["COVID-19", "state-backed"]);
        assert_eq!(
            words("Press/AP-University of"),
            ["Press", "/", "AP", "-", "University", "of"]
        );
    }

    #[test]
    fn keeps_a_party_and_state_together() {
        assert_eq!(
            words("Rep. Ada Quinlan (D-N.Y.) said"),
            ["Rep.", "Ada", "Quinlan", "(", "D-N.Y.", ")", "said"]
        );
    }

    #[test]
    fn keeps_periods_of_abbreviations() {
        assert_eq!(words("the U.S. indictment"), ["the", "U.S.", "indictment"]);
        assert_eq!(
            words("on Oct. 14, 2020."),
            ["on", "Oct.", "14", ",", "2020", "."]
        );
        assert_eq!(
            words("Dr. J. Smith Jr. left"),
            ["Dr.", "J.", "Smith", "Jr.", "left"]
        );
        assert_eq!(words("at 3 p.m. today"), ["at", "3", "p.m.", "today"]);
    }

    #[test]
    fn numbers_keep_separators_and_suffixes() {
        assert_eq!(
            words("1,000 people, 3.5% at 10:30 in the 2020s"),
            [
                "1,000", "people", ",", "3.5", "%", "at", "10:30", "in", "the", "2020s"
            ]
        );
        assert_eq!(words("the ’90s"), ["the", "’", "90s"]);
    }

    #[test]
    fn ellipsis_is_one_token() {
        assert_eq!(words("wait... what"), ["wait", "...", "what"]);
    }

    #[test]
    fn abbreviation_kinds() {
        let kinds: Vec<_> = tokenize("Sen. Oct. U.S. J. Inc.")
            .iter()
            .map(|t| t.kind)
            .collect();
        use AbbrevKind::*;
        assert_eq!(
            kinds,
            [Title, Month, Initialism, Initial, Other].map(TokenKind::Abbrev)
        );
    }

    #[test]
    fn never_splits_inside_a_char() {
        let text = "naïve café 東京 🙂 e\u{301}";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        assert_eq!(words(text), ["naïve", "café", "東京", "🙂", "e\u{301}"]);
    }
}
