//! Names in a title-case headline, settled by the article below it.
//!
//! In "Quinlan Wins Kelso Mayoral Race" every word has a capital, so the
//! tagger's reading is dropped there and the rules keep only names they
//! know. The article itself says more: a word it names elsewhere as a
//! place or an organization is that name in the headline too, and an
//! "organization" of common words it never names ("Wildfire Forces") is
//! no name at all.
//! This runs after tagging only; the model learned without it.

use rustc_hash::{FxHashMap, FxHashSet};

use super::canonical::note_only_name;
use super::{EntityLabel, Mention, mention, mention_holding};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

/// The longest run of headline words matched against the article's names.
const LONGEST_NAME: usize = 4;

/// Adds the headline words the article names elsewhere, and drops the
/// headline's organizations of common words it never names. `title_case` says which
/// paragraphs are title-case headlines.
pub(crate) fn settle(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    title_case: &[bool],
    mentions: &mut Vec<Mention>,
) {
    if !title_case.contains(&true) {
        return;
    }
    // The headlines' tokens, in text order, searched by halves.
    let headlines: Vec<std::ops::Range<usize>> = doc
        .paragraphs
        .iter()
        .zip(title_case)
        .filter(|&(_, &title)| title)
        .map(|(p, _)| p.tokens.clone())
        .collect();
    let in_headline = |m: &Mention| {
        let after = headlines.partition_point(|h| h.start <= m.tokens.start);
        after > 0 && headlines[after - 1].contains(&m.tokens.start)
    };
    // What the article names below its headlines: full names, and an
    // organization's first word where one organization has it
    // ("Northwind" of "Northwind Energy").
    let labels: FxHashMap<&str, EntityLabel> = mentions
        .iter()
        .filter(|m| !in_headline(m) && m.label != EntityLabel::Person)
        .map(|m| (m.canonical.as_str(), m.label))
        .collect();
    let mut openers: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for m in mentions
        .iter()
        .filter(|m| !in_headline(m) && m.label == EntityLabel::Org)
    {
        // A name of two or three capitalized words ("Northwind Energy"),
        // not "Latinos and Blacks"; its first word no common word and no
        // abbreviation ("St. Paul City Council").
        let words = m.canonical.split(' ');
        let shaped = (2..=3).contains(&words.clone().count())
            && words.clone().all(|w| w.starts_with(char::is_uppercase));
        let Some((first, _)) = m.canonical.split_once(' ') else {
            continue;
        };
        if shaped
            && first.len() >= 3
            && !first.ends_with('.')
            && !lexicon.is_common_word(first)
            && !labels.contains_key(first)
        {
            note_only_name(&mut openers, first, &m.canonical);
        }
    }
    let named = |run: &str| -> Option<(EntityLabel, &str)> {
        match labels.get_key_value(run) {
            Some((&full, &label)) => Some((label, full)),
            None => Some((EntityLabel::Org, (*openers.get(run)?)?)),
        }
    };
    let taken = |mentions: &[Mention], i: usize| mention_holding(mentions, i).is_some();
    let mut found = Vec::new();
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        if !title_case[p] {
            continue;
        }
        let mut i = paragraph.tokens.start;
        while i < paragraph.tokens.end {
            // A run of capitalized words no mention holds, looked up as
            // written: names in the text are spelled with single spaces.
            let opens = doc.tokens[i].kind != TokenKind::Punct
                && doc.token_text(i).starts_with(char::is_uppercase)
                && !taken(mentions, i);
            let longest = (1..=LONGEST_NAME.min(paragraph.tokens.end - i))
                .rev()
                .filter(|_| opens)
                .filter(|&n| (i + 1..i + n).all(|k| doc.tokens[k].kind != TokenKind::Punct))
                .filter(|&n| (i + 1..i + n).all(|k| !taken(mentions, k)))
                .find_map(|n| {
                    let run = doc.slice(doc.token_span(i..i + n));
                    let (label, canonical) = named(run)?;
                    Some((n, label, canonical.to_string()))
                });
            match longest {
                Some((n, label, canonical)) => {
                    found.push(Mention {
                        canonical,
                        ..mention(doc, i..i + n, label)
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    // "Wildfire Forces": common words only, named nowhere below, not
    // even as the end of a longer name ("Harbour Council" of "the Kelso
    // Harbour Council").
    let tails: FxHashSet<&str> = labels
        .keys()
        .flat_map(|full| full.match_indices(' ').map(move |(at, _)| &full[at + 1..]))
        .collect();
    let suspect: Vec<bool> = mentions
        .iter()
        .map(|m| {
            in_headline(m)
                && m.label == EntityLabel::Org
                && m.tokens
                    .clone()
                    .all(|k| lexicon.is_common_word(doc.token_text(k)))
                && !labels.contains_key(m.canonical.as_str())
                && !openers.contains_key(m.canonical.as_str())
                && !tails.contains(m.canonical.as_str())
        })
        .collect();
    // And one of its words written in lowercase below, as a common word
    // ("A wildfire forced …"): "Harbour Council" alone over an article
    // that never says "harbour" stays a name.
    let unnamed: Vec<bool> = if suspect.contains(&true) {
        let lowercase: FxHashSet<&str> = doc
            .paragraphs
            .iter()
            .enumerate()
            .filter(|&(p, _)| !title_case[p])
            .flat_map(|(_, paragraph)| paragraph.tokens.clone())
            .filter(|&k| doc.token_text(k).starts_with(char::is_lowercase))
            .map(|k| doc.token_text(k))
            .collect();
        mentions
            .iter()
            .zip(&suspect)
            .map(|(m, &suspect)| {
                suspect && m.tokens.clone().any(|k| lowercase.contains(doc.lower(k)))
            })
            .collect()
    } else {
        suspect
    };
    let mut unnamed = unnamed.into_iter();
    mentions.retain(|_| !unnamed.next().unwrap_or(false));
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.tokens.start);
    }
}
