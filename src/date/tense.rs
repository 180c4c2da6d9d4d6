//! The tense of a sentence near a date: which way it looks from the
//! reference date.

use super::WEEKDAY_NAMES;
use super::expr::Found;
use crate::text::Document;
use crate::words::WordList;

/// Which way a sentence looks from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that put a clause in the past.
#[rustfmt::skip]
static PAST: WordList = WordList::new(&[
    "ago", "arose", "became", "began", "bought", "broke", "brought", "built", "came", "caught",
    "chose", "did", "drew", "drove", "fell", "felt", "fled", "flew", "fought", "forgot", "gave",
    "got", "grew", "had", "heard", "held", "kept", "knew", "led", "left", "lost", "made", "meant",
    "met", "paid", "ran", "rose", "said", "sank", "sat", "saw", "sent", "shook", "shot", "since",
    "slid", "sold", "sought", "spent", "spoke", "stole", "stood", "struck", "swore", "taught",
    "thought", "threw", "told", "took", "tore", "upheld", "was", "went", "were", "withdrew",
    "won", "wore", "wrote",
]);
/// Words ending in "-ed" that are not past forms.
const NOT_PAST: &[&str] = &[
    "embed", "exceed", "indeed", "need", "proceed", "speed", "succeed", "united",
];
/// Words that put a clause in the future.
/// "would" is the future of reported speech: "said the work would begin
/// in July".
static FUTURE: WordList = WordList::new(&[
    "anticipates",
    "due",
    "expect",
    "expected",
    "expects",
    "intends",
    "plan",
    "planned",
    "planning",
    "plans",
    "scheduled",
    "set",
    "shall",
    "soon",
    "upcoming",
    "will",
    "won't",
    "won’t",
    "would",
]);

/// Verbs of a schedule in the present, which news uses for what is
/// planned: "Starling returns to London on Friday", "the summit opens
/// Monday".
#[rustfmt::skip]
const SCHEDULED: &[&str] = &[
    "arrives", "begins", "convenes", "departs", "flies", "heads", "opens", "resumes", "returns",
    "starts", "takes", "travels", "visits",
];

/// Past verbs, and nouns for a settled plan, whose infinitive looks
/// forward: "voted to admit them in March", "an agreement to acquire the
/// bank in January".
const COMMITMENTS: &[&str] = &[
    "accord",
    "agreed",
    "agreement",
    "bid",
    "decided",
    "deal",
    "offer",
    "pact",
    "pledged",
    "promised",
    "proposal",
    "voted",
    "vowed",
];

/// The tense of the verb nearest to the mention in its sentence.
pub(crate) fn tense_near(doc: &Document<'_>, found: &Found) -> Tense {
    let sentence = doc.sentences[found.sentence].tokens.clone();
    // "by May", "until Jan. 14": a deadline looks forward, and so does
    // "effective Feb. 1".
    if found.tokens.start > sentence.start
        && matches!(
            doc.token_text(found.tokens.start - 1),
            "by" | "until" | "till" | "effective"
        )
    {
        return Tense::Future;
    }
    // "The deadline is Friday", "the vote is on Tuesday": a day of the
    // week a present "is" names is the coming one. (Not a month: "the
    // semifinals are July 19-20" may describe what is over.)
    let mut before = found.tokens.start;
    if before > sentence.start && doc.token_text(before - 1) == "on" {
        before -= 1;
    }
    let weekday = found
        .tokens
        .clone()
        .any(|i| WEEKDAY_NAMES.contains(&doc.token_text(i)));
    if weekday && before > sentence.start && matches!(doc.token_text(before - 1), "is" | "are") {
        return Tense::Future;
    }
    let classify = |i: usize| {
        let word = doc.token_text(i);
        if !word.starts_with(char::is_lowercase) {
            return Tense::Unknown;
        }
        // "an unspecified date" is no past verb.
        let participle = word.len() > 4
            && word.ends_with("ed")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !word.starts_with("un")
            && !NOT_PAST.contains(&word);
        let previous = (i > sentence.start).then(|| doc.token_text(i - 1));
        let next = (i + 1 < sentence.end).then(|| doc.token_text(i + 1));
        if matches!(word, "was" | "were" | "is" | "are")
            && next.is_some_and(|n| FUTURE.contains(&n))
        {
            // "were planning to march on Saturday": the plan carries the tense.
            Tense::Unknown
        } else if matches!(word, "would" | "could" | "might" | "may" | "should")
            && matches!(next, Some("have" | "’ve" | "'ve"))
        {
            // "could have come on Monday": what did not happen, before.
            Tense::Past
        } else if matches!(word, "can" | "could" | "may" | "might" | "should") {
            // "a vote could come Thursday" looks forward, as "would" does;
            // not "could not be reached Tuesday" or "may not be out".
            let verb = next.is_some_and(|n| {
                n.bytes().all(|b| b.is_ascii_lowercase()) && !matches!(n, "be" | "not")
            });
            if verb { Tense::Future } else { Tense::Unknown }
        } else if FUTURE.contains(&word) && matches!(previous, Some("had" | "been")) {
            // "had been due to expire Friday": a plan that is over.
            Tense::Past
        } else if word == "set" && matches!(next, Some("on" | "in" | "at")) {
            // "its record high set on Aug. 6": when it was set, not a plan
            // ("set to expire", "set for Tuesday").
            Tense::Past
        } else if FUTURE.contains(&word) || word.ends_with("’ll") || word.ends_with("'ll") {
            Tense::Future
        } else if SCHEDULED.contains(&word)
            && !matches!(
                previous,
                Some("a" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your")
            )
        {
            // Not "his visits to Paris": a determiner makes it a noun.
            Tense::Future
        } else if COMMITMENTS.contains(&word) && next == Some("to") {
            // "agreed to buy the line in February": the act is ahead.
            Tense::Future
        } else if (participle || PAST.contains(&word)) && i > sentence.start {
            // "is heard", "will be paid": the auxiliary carries the tense.
            match doc.token_text(i - 1) {
                "is" | "are" | "be" | "being" => Tense::Unknown,
                _ => Tense::Past,
            }
        } else if PAST.contains(&word) || participle {
            Tense::Past
        } else {
            Tense::Unknown
        }
    };
    let nearest = |range: std::ops::Range<usize>| {
        let before = (range.start..found.tokens.start)
            .rev()
            .map(|i| (found.tokens.start - i, classify(i)));
        let after = (found.tokens.end..range.end).map(|i| (i + 1 - found.tokens.end, classify(i)));
        before
            .chain(after)
            .filter(|&(_, t)| t != Tense::Unknown)
            .min_by_key(|&(distance, t)| (distance, t == Tense::Future))
            .map(|(_, t)| t)
    };
    // The verb of the date's own clause first: in "NATO has decided to
    // admit them in March, an official said", not "said".
    let is_break = |i: usize| matches!(doc.token_text(i), "," | ";" | "—" | "–");
    let clause_start = (sentence.start..found.tokens.start)
        .rev()
        .find(|&i| is_break(i))
        .map_or(sentence.start, |i| i + 1);
    let clause_end = (found.tokens.end..sentence.end)
        .find(|&i| is_break(i))
        .unwrap_or(sentence.end);
    nearest(clause_start..clause_end)
        .or_else(|| nearest(sentence.clone()))
        .unwrap_or(Tense::Unknown)
}
