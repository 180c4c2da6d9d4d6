//! Sentence boundaries within a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, together with any
//! closing quotation marks and brackets right after it ("…pandemic.”"), when
//! what follows could start a sentence. Abbreviations keep their period in
//! the token, and whether they end a sentence depends on their kind: a title
//! (`Dr.`) never does, `U.S.` or `Jr.` only before a typical sentence
//! opener ("…in the U.S. He said…"), and `Oct.` not before a number.

use std::ops::Range;

use super::token::{AbbrevKind, Token, TokenKind};

/// Splits the tokens `range` of one paragraph into sentence token ranges.
pub(crate) fn sentences(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let token = tokens[i];
        let tok = &text[token.span.range()];
        let terminal = match token.kind {
            TokenKind::Punct => matches!(tok, "." | "!" | "?" | "…" | "..."),
            TokenKind::Abbrev(_) => true,
            _ => false,
        };
        if !terminal {
            i += 1;
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut end = i + 1;
        while end < range.end && is_closer(text, tokens, end) {
            end += 1;
        }
        let next = (end < range.end).then(|| tokens[end]);
        let closed_quote = end > i + 1;
        if breaks_before(text, token, next)
            && !(closed_quote && attribution_follows(text, &tokens[end..range.end]))
        {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

fn is_closer(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    match &text[t.span.range()] {
        "”" | "’" | "»" | ")" | "]" => true,
        // A straight quote right after the period, not followed by a word
        // glued to it, closes.
        "\"" | "'" => tokens[i - 1].span.end == t.span.start,
        _ => false,
    }
}

fn breaks_before(text: &str, terminal: Token, next: Option<Token>) -> bool {
    let Some(next) = next else { return true };
    let word = &text[next.span.range()];
    let first = word.chars().next().unwrap_or(' ');
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '“' | '"' | '‘' | '\'' | '«' | '(' | '[' | '—' | '–' | '-' | '•'
        );
    if !opens {
        return false;
    }
    match terminal.kind {
        TokenKind::Abbrev(AbbrevKind::Title | AbbrevKind::Initial) => is_sentence_opener(word),
        TokenKind::Abbrev(AbbrevKind::Month | AbbrevKind::Weekday) => {
            !first.is_ascii_digit() && is_sentence_opener(word)
        }
        TokenKind::Abbrev(AbbrevKind::Initialism | AbbrevKind::Other) => {
            is_sentence_opener(word) || matches!(first, '“' | '"')
        }
        _ => true,
    }
}

/// “Why now?” Reyes asked. — a quotation ending in its own punctuation,
/// then a name and a speech verb: the attribution belongs to the same
/// sentence. An appositive may stand between name and verb (“Go!” Reyes,
/// the harbour master, said).
fn attribution_follows(text: &str, rest: &[Token]) -> bool {
    const VERBS: &[&str] = &[
        "added",
        "asked",
        "asks",
        "continued",
        "explained",
        "insisted",
        "noted",
        "replied",
        "said",
        "says",
        "told",
        "tweeted",
        // "“…?” Reyes went on.", "“…!” Quinlan shot back."
        "went",
        "shot",
        "wrote",
    ];
    let words: Vec<&str> = rest
        .iter()
        .take(20)
        .map(|t| &text[t.span.range()])
        .collect();
    let alphabetic = |w: &str| w.chars().next().is_some_and(char::is_alphabetic);
    let verb = |w: &str| VERBS.iter().any(|v| v.eq_ignore_ascii_case(w));
    let name = words.iter().take(5).take_while(|w| alphabetic(w)).count();
    if words[..name].iter().any(|w| verb(w)) {
        return true;
    }
    if name == 0 || words.get(name) != Some(&",") {
        return false;
    }
    // The appositive's closing comma, then the verb.
    words
        .iter()
        .enumerate()
        .skip(name + 2)
        .take(13)
        .find(|(_, w)| **w == ",")
        .is_some_and(|(close, _)| words.get(close + 1).is_some_and(|w| verb(w)))
}

/// Words that typically open a sentence and rarely continue a name.
fn is_sentence_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "A",
        "After",
        "Also",
        "An",
        "And",
        "As",
        "At",
        "Before",
        "But",
        "For",
        "From",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "I",
        "If",
        "In",
        "It",
        "Its",
        "Meanwhile",
        "Most",
        "No",
        "On",
        "Our",
        "She",
        "Since",
        "So",
        "Some",
        "That",
        "The",
        "Their",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Under",
        "We",
        "What",
        "When",
        "While",
        "Who",
        "Why",
        "With",
        "Yet",
        "You",
    ];
    OPENERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        sentences(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|r| &text[tokens[r.start].span.start..tokens[r.end - 1].span.end])
            .collect()
    }

    #[derive(serde::Deserialize)]
    struct Table {
        case: Vec<Case>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        name: String,
        text: String,
        expect: Vec<String>,
    }

    #[test]
    fn sentence_cases() {
        let table: Table = toml::from_str(include_str!("../../tests/cases/sentences.toml"))
            .expect("sentences.toml");
        let failures: Vec<String> = table
            .case
            .iter()
            .filter(|c| split(&c.text) != c.expect)
            .map(|c| {
                format!(
                    "  {:?}: got {:?}, expected {:?}",
                    c.name,
                    split(&c.text),
                    c.expect
                )
            })
            .collect();
        assert!(
            failures.is_empty(),
            "sentence cases failed:\n{}",
            failures.join("\n")
        );
    }
}
