//! Kinds of names that an apposition states.
//!
//! The tagger reads a name it has never seen by its shape and the words
//! around it, and a lone capitalized word reads as a person as easily as
//! a company. News often says outright what such a name is, with a noun
//! beside it: "Brennick, the accountancy firm, …", "the French carmaker
//! Orrin", "Halvard, a small fishing port on the coast". That noun
//! settles the label of every mention of the name. This runs after
//! tagging only; the model learned without it.

use rustc_hash::FxHashMap;

use super::canonical::note_only_name;
use super::{EntityLabel, Mention};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};
use crate::words::{WordList, is_likely_verb};

/// Nouns for an organization, in apposition after its name: "Brennick,
/// the accountancy firm".
#[rustfmt::skip]
static ORGANIZATION_NOUNS: WordList = WordList::new(&[
    "agency", "airline", "app", "association", "automaker", "band", "bank", "brand", "broadcaster",
    "carmaker",
    "carrier", "charity", "club", "college", "company", "conglomerate", "consultancy",
    "cooperative", "firm", "foundation", "giant", "group", "insurer", "journal", "lender",
    "magazine", "manufacturer", "newspaper", "nonprofit", "organisation", "organization", "party",
    "platform", "provider", "regulator", "retailer", "startup", "supermarket", "supplier", "union",
    "university", "watchdog", "website",
]);

/// The organization nouns that may also stand right before the name ("the
/// French carmaker Orrin"). Not those that often describe a person there
/// ("party", or "film producer Tom Reyes" for words like it).
#[rustfmt::skip]
static ORGANIZATION_NOUNS_BEFORE: WordList = WordList::new(&[
    "airline", "automaker", "band", "bank", "broadcaster", "carmaker", "chain", "charity", "club",
    "company", "conglomerate", "consultancy", "firm", "group", "insurer", "journal", "lender",
    "manufacturer", "newspaper", "provider", "regulator", "retailer", "startup", "supermarket",
    "union", "watchdog",
]);

/// Nouns for a place, in apposition after its name: "Halvard, a small
/// fishing port".
#[rustfmt::skip]
static PLACE_NOUNS: WordList = WordList::new(&[
    "borough", "capital", "city", "country", "county", "district", "island", "kingdom",
    "municipality", "nation", "neighborhood", "neighbourhood", "port", "province", "region",
    "republic", "resort", "state", "suburb", "territory", "town", "village",
]);

/// Words that end the noun phrase of an apposition: "a club *in* the lower
/// leagues", "the firm *that* audited the trust".
#[rustfmt::skip]
static PHRASE_ENDS: WordList = WordList::new(&[
    "and", "at", "based", "for", "founded", "from", "in", "known", "of", "on", "owned", "that",
    "where", "which", "who", "whose", "with",
]);

/// The longest run of words between the article and the noun of an
/// apposition: "a small, family-run fishing port" has four.
const LONGEST_PHRASE: usize = 5;

/// Relabels every mention of a name that an apposition states to be an
/// organization or a place. A name stated to be both keeps its labels.
pub(crate) fn settle(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut [Mention]) {
    let mut stated: FxHashMap<&str, Option<EntityLabel>> = FxHashMap::default();
    for m in mentions.iter() {
        let Some(label) = stated_after(doc, m)
            .or_else(|| place_of_an_office(doc, lexicon, m))
            .or_else(|| person_stated_after(doc, lexicon, m))
            .or_else(|| stated_before(doc, m))
            .or_else(|| described_before(doc, m))
            .or_else(|| titled(doc, lexicon, m))
            .or_else(|| who_after(doc, lexicon, m))
        else {
            continue;
        };
        // "Tom Reyes" is a person, whatever the words around him say
        // ("Mr. Reyes, the newsletter's publisher").
        let known_person = m.label == EntityLabel::Person
            && m.canonical
                .split_once(' ')
                .is_some_and(|(first, _)| lexicon.first_name_gender(first).is_some());
        // "Schenectady, N.Y., an insurance agency": a place ending an
        // address, which the apposition does not describe.
        let in_address = m.label == EntityLabel::Loc
            && m.tokens.start > 0
            && doc.token_text(m.tokens.start - 1) == ",";
        if known_person || in_address {
            continue;
        }
        note_only_name(&mut stated, m.canonical.as_str(), label);
    }
    if stated.is_empty() {
        return;
    }
    let stated: FxHashMap<String, EntityLabel> = stated
        .into_iter()
        .filter_map(|(name, label)| Some((name.to_string(), label?)))
        .collect();
    let mut full_names: FxHashMap<String, String> = FxHashMap::default();
    for m in mentions.iter_mut() {
        let Some(&label) = stated.get(m.canonical.as_str()) else {
            continue;
        };
        m.label = label;
        // "Hyacinth Bello, a nurse": the first name the tagger left out
        // of a name it took for a place.
        let before = m.tokens.start.checked_sub(1);
        if let Some(first) = before.filter(|&i| {
            label == EntityLabel::Person
                && m.tokens.len() == 1
                && doc.tokens[i].kind == TokenKind::Word
                && lexicon.is_first_name(doc.token_text(i))
        }) {
            let named = super::mention(doc, first..m.tokens.end, label);
            full_names.insert(m.canonical.clone(), named.canonical.clone());
            *m = named;
        }
    }
    // Its other mentions name the same person.
    for m in mentions.iter_mut() {
        if let Some(full) = full_names.get(m.canonical.as_str()) {
            m.canonical.clone_from(full);
        }
    }
}

/// "Hyacinth Bello, a nurse trying to reach …": a name the tagger did not
/// take for a person's, after a first name it left out, with a noun for a
/// person in apposition after it.
fn person_stated_after(doc: &Document<'_>, lexicon: &Lexicon, m: &Mention) -> Option<EntityLabel> {
    let comma = m.tokens.end;
    // Only a single word right after a first name the tagger left out:
    // alone, "Sun Microsystems Inc., a maker of …" and "Cuba, a …" are
    // no one.
    let after_first_name = m.tokens.len() == 1
        && m.tokens.start > 0
        && doc.tokens[m.tokens.start - 1].kind == TokenKind::Word
        && lexicon.is_first_name(doc.token_text(m.tokens.start - 1));
    if m.label == EntityLabel::Person
        || !after_first_name
        || doc.token_text_or_empty(comma) != ","
        || comma + 1 >= doc.tokens.len()
        || !matches!(doc.lower(comma + 1), "a" | "an")
    {
        return None;
    }
    let noun = (comma + 2..comma + 2 + LONGEST_PHRASE)
        .take_while(|&i| {
            doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
                && doc.token_text(i).starts_with(char::is_lowercase)
        })
        .find(|&i| crate::quote::is_person_noun(doc.lower(i)))?;
    // A person noun in the phrase, before any preposition: "a nurse
    // trying to …", "a retired teacher" (not "a town in the north of
    // the county", whose nouns come later).
    (!(comma + 2..noun).any(|i| PHRASE_ENDS.contains(&doc.lower(i)))).then_some(EntityLabel::Person)
}

/// "Dhillon, who has waited 14 months for the rematch,": a name of one
/// word that the tagger took for an organization, then ", who", is a
/// person's. Not a team's ("Surrey, who …"), which a place's name, a
/// plural or the list of known organizations gives away.
fn who_after(doc: &Document<'_>, lexicon: &Lexicon, m: &Mention) -> Option<EntityLabel> {
    let end = m.tokens.end;
    let word = doc.token_text(m.tokens.start);
    let who_follows =
        doc.token_text_or_empty(end) == "," && doc.token_text_or_empty(end + 1) == "who";
    // "Arjun Gill from Leamington, who …": the clause is the person's.
    let after_preposition = m.tokens.start > 0
        && matches!(
            doc.lower(m.tokens.start - 1),
            "from" | "in" | "of" | "at" | "near" | "for" | "with" | "to" | "by"
        );
    (m.label == EntityLabel::Org
        && m.tokens.len() == 1
        && !after_preposition
        && who_follows
        && !word.ends_with('s')
        && !word.ends_with("shire")
        && !crate::lexicon::is_shouted(word)
        && !super::cues::KNOWN_ORGS.contains(&word)
        && !lexicon.is_common_word(word)
        && !lexicon.is_place(word))
    .then_some(EntityLabel::Person)
}

/// "Brennick, the accountancy firm, …": a comma, an article, up to
/// [`LONGEST_PHRASE`] words and a noun for a kind of name, where the
/// phrase ends.
fn stated_after(doc: &Document<'_>, m: &Mention) -> Option<EntityLabel> {
    let comma = m.tokens.end;
    if doc.token_text_or_empty(comma) != "," || comma + 1 >= doc.tokens.len() {
        return None;
    }
    if !matches!(doc.lower(comma + 1), "the" | "a" | "an") {
        return None;
    }
    let start = comma + 2;
    // The noun is the last word before the phrase ends; a possessive
    // goes on ("the nation’s central bank", "the club’s captain"). Past
    // the last token, the text ends the phrase.
    let mut noun = None;
    for i in start..=start + LONGEST_PHRASE {
        let Some(token) = doc.tokens.get(i) else {
            break;
        };
        // Spaced out, as in CoNLL's "the nation 's central bank", the
        // possessive is a token of its own.
        let possessive = token.kind == TokenKind::Possessive
            || matches!(doc.token_text(i), "'s" | "’s" | "'" | "’" | "s");
        match token.kind {
            _ if possessive => noun = None,
            TokenKind::Word if !PHRASE_ENDS.contains(&doc.lower(i)) => noun = Some(i),
            _ => break,
        }
    }
    let word = doc.token_text(noun?);
    if !word.starts_with(char::is_lowercase) {
        return None;
    }
    // "Souksavanh Phommachanh, the committee’s vice-chair,": a noun for a
    // person, for a name the tagger took for an organization. A place
    // keeps its label ("Lugo, the mayor's home town" is no one) unless it
    // is a longer name the lists do not know.
    // Not after "the": "at the 5th Street Gym, a student of …" is no one.
    let after_the = m.tokens.start > 0 && doc.lower(m.tokens.start - 1) == "the";
    // "vice-chair" is one token.
    let head = word.rsplit(crate::text::is_hyphen).next().unwrap_or(word);
    let for_a_person = crate::quote::is_surely_person_noun(head)
        && !after_the
        && match m.label {
            EntityLabel::Org | EntityLabel::Misc => true,
            EntityLabel::Loc => m.tokens.len() > 1,
            EntityLabel::Person => false,
        };
    if for_a_person {
        return Some(EntityLabel::Person);
    }
    kind_of(word)
}

/// "The mayor of Sant Feliu de Sorribes, Roser Pallarès i Cots,": the
/// place of an office, between "of" and the holder's name in apposition,
/// is no person (the tagger reads "Sant Feliu" as one).
fn place_of_an_office(doc: &Document<'_>, lexicon: &Lexicon, m: &Mention) -> Option<EntityLabel> {
    let start = m.tokens.start;
    let office = start >= 2
        && doc.token_text(start - 1) == "of"
        && matches!(
            doc.lower(start - 2),
            "mayor" | "governor" | "premier" | "bishop" | "archbishop" | "mp" | "councillor"
        );
    let holder_follows = doc.token_text_or_empty(m.tokens.end) == ","
        && doc
            .tokens
            .get(m.tokens.end + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && doc
            .token_text_or_empty(m.tokens.end + 1)
            .starts_with(char::is_uppercase);
    let known_person = lexicon.is_first_name(doc.token_text(start)) && m.tokens.len() == 2;
    (m.label == EntityLabel::Person && office && holder_follows && !known_person)
        .then_some(EntityLabel::Loc)
}

/// "the French carmaker Orrin": a noun for an organization right before
/// the name, which ends there or before a comma, a preposition, "and" or
/// a verb of saying (not "told the group Reyes would …").
fn stated_before(doc: &Document<'_>, m: &Mention) -> Option<EntityLabel> {
    let noun = m.tokens.start.checked_sub(1)?;
    if !ORGANIZATION_NOUNS_BEFORE.contains(&doc.token_text(noun)) {
        return None;
    }
    let next = m.tokens.end;
    let ends = next >= doc.tokens.len()
        || doc.tokens[next].kind != TokenKind::Word
        || matches!(
            doc.lower(next),
            "said" | "says" | "and" | "or" | "in" | "on" | "at" | "for" | "from" | "to" | "with"
        )
        // "Cloud provider Stratonet suffered …": a verb follows the name,
        // and the noun heads a compound (not "told the group Quinlan would
        // resign", where the name opens a clause).
        || doc.token_text(next).starts_with(char::is_lowercase)
            && is_likely_verb(doc.lower(next))
            && noun > 0
            && !matches!(doc.lower(noun - 1), "the" | "a" | "an" | "this" | "that" | "its" | "their");
    ends.then_some(EntityLabel::Org)
}

/// "The company, Himal Hydro, said": a name in apposition to a noun for
/// an organization that opens the sentence ("The", up to
/// [`LONGEST_PHRASE`] words, the noun, a comma), closed by a comma.
fn described_before(doc: &Document<'_>, m: &Mention) -> Option<EntityLabel> {
    let comma = m.tokens.start.checked_sub(1)?;
    let noun = comma.checked_sub(1)?;
    if doc.token_text(comma) != ","
        || doc.token_text_or_empty(m.tokens.end) != ","
        || !ORGANIZATION_NOUNS.contains(&doc.token_text(noun))
    {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of_token(noun)].tokens.start;
    let article = (sentence..noun)
        .rev()
        .take(LONGEST_PHRASE + 1)
        .find(|&k| doc.tokens[k].kind != TokenKind::Word || doc.lower(k) == "the")?;
    (article == sentence && doc.lower(article) == "the").then_some(EntityLabel::Org)
}

/// "published in The Lancet", "told The Gazette": a capital "The" in mid
/// sentence opens a title, and after "in", "to" or "by" the title of a
/// publication, not a place (unless the lists know one: "in The Hague").
fn titled(doc: &Document<'_>, lexicon: &Lexicon, m: &Mention) -> Option<EntityLabel> {
    let the = m.tokens.start.checked_sub(1)?;
    let before = the.checked_sub(1)?;
    let mid_sentence = doc.sentences[doc.sentence_of_token(the)].tokens.start < the;
    let titled = doc.token_text(the) == "The"
        && mid_sentence
        && matches!(doc.token_text(before), "in" | "to" | "by" | "told")
        && m.label != EntityLabel::Person
        && !lexicon.is_place(&m.canonical);
    titled.then_some(EntityLabel::Org)
}

/// The label a noun of kind states.
fn kind_of(noun: &str) -> Option<EntityLabel> {
    if ORGANIZATION_NOUNS.contains(&noun) {
        Some(EntityLabel::Org)
    } else if PLACE_NOUNS.contains(&noun) {
        Some(EntityLabel::Loc)
    } else {
        None
    }
}
