//! The document-level pass: consistent labels and canonical names.

use rustc_hash::{FxHashMap, FxHashSet};

use super::cues::{
    BODY_WORDS, COMPANY_WORDS, DEMONYMS, FAMILY_PLURALS, FIRST_NAME_FORMS, INDUSTRY_WORDS,
    ORG_SUFFIXES, TRAVEL_WORDS, WORKING_OUT_OF, is_title,
};
use super::{EntityLabel, Mention};
use crate::date::{MONTH_NAMES, WEEKDAY_NAMES};
use crate::lexicon::{Gender, Lexicon, is_shouted, title_case_words};
use crate::text::{Document, TokenKind};
use crate::words::{WordList, is_likely_verb};

/// Spellings of the same country that news uses interchangeably.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("America", "United States"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("U.S.", "United States"),
    ("U.S.A.", "United States"),
    ("UK", "United Kingdom"),
    ("US", "United States"),
    ("USA", "United States"),
];

/// Which pass over the mentions `harmonize` is making.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stage {
    /// The rules' mentions, before tagging: they become the tagger's
    /// features, so what changes them changes what the model learned from.
    Features,
    /// The merged mentions, after tagging: what the user sees.
    Final,
}

/// Makes labels agree across the document and fills in canonical names.
pub(crate) fn harmonize(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
    stage: Stage,
) {
    merge_nicknames(doc, lexicon, mentions, stage);
    follow_mid_sentence_labels(doc, mentions);
    adopt_confident_labels(mentions);
    split_institutions_after_people(doc, mentions);
    if stage == Stage::Final {
        split_people_after_titles(doc, lexicon, mentions);
        join_areas_of_bodies(doc, mentions);
    }
    merge_first_name_forms(mentions);
    link_surnames(doc, lexicon, mentions, stage);
    if stage == Stage::Final {
        link_surname_phrases(doc, lexicon, mentions);
    }
    add_missed_surnames(doc, lexicon, mentions, stage);
    places_named_as_people(doc, mentions, stage);
    if stage == Stage::Final {
        streets_named_as_people(mentions);
        organizations_by_last_word(lexicon, mentions);
    }
    link_short_org_names(lexicon, mentions, stage);
    if stage == Stage::Final {
        link_company_forms(mentions);
        add_club_short_names(doc, lexicon, mentions);
    }
    link_org_heads(doc, lexicon, mentions);
    join_split_names(doc, mentions);
    // A common word that nothing linked to a name is just a word.
    mentions.retain(|m| !m.common_word || m.confident);
    link_acronyms(doc, mentions, stage);
    for m in mentions.iter_mut() {
        if let Some(&(_, full)) = COUNTRY_ALIASES
            .iter()
            .find(|(alias, _)| *alias == m.canonical)
        {
            m.canonical = full.to_string();
        } else if m.label == EntityLabel::Loc && is_shouted(&m.canonical) {
            // A dateline's "LISBON" is Lisbon.
            m.canonical = title_case_words(&m.canonical);
        }
    }
}

/// "County Executive for Agriculture Kiprono Langat": a long title that
/// the tagger ran into the name after it, as one organization. When its
/// last two words are a given name and a capitalized word, and a
/// preposition ("for", "of") inside or just before it shows a title or a
/// body, those two words are a person and the rest is left out. After
/// tagging only.
fn split_people_after_titles(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let tokens = m.tokens.clone();
        // Or a title's last words: "(County Executive for) Agriculture
        // Kiprono Langat".
        let after_preposition =
            tokens.start > 0 && matches!(doc.token_text(tokens.start - 1), "for" | "of");
        if m.label != EntityLabel::Org || tokens.len() < 3 || tokens.len() < 5 && !after_preposition
        {
            continue;
        }
        let (given, surname) = (tokens.end - 2, tokens.end - 1);
        let person = doc.tokens[given].kind == TokenKind::Word
            && doc.tokens[surname].kind == TokenKind::Word
            && doc.token_text(surname).starts_with(char::is_uppercase)
            && !ORG_SUFFIXES.contains(&doc.token_text(surname))
            && !COMPANY_WORDS.contains(&doc.token_text(surname))
            && lexicon.given_name_gender(doc.token_text(given)).is_some()
            && !lexicon.is_common_word(doc.token_text(given))
            && !lexicon.is_place(doc.token_text(surname));
        let titled = after_preposition
            || (tokens.start + 1..given - 1).any(|k| matches!(doc.token_text(k), "for" | "of"));
        if person && titled && !matches!(doc.token_text(given - 1), "of" | "for" | "and" | "&") {
            *m = super::mention(doc, given..tokens.end, EntityLabel::Person);
        }
    }
    // "Winemaker Francisca Errázuriz Vial farms …": a common noun opening
    // a sentence, run into the name after it. Not a name that a company's
    // or a body's word ends.
    for m in mentions.iter_mut() {
        let tokens = m.tokens.clone();
        if m.label != EntityLabel::Org
            || tokens.len() < 3
            || doc.sentences[doc.sentence_of_token(tokens.start)]
                .tokens
                .start
                != tokens.start
        {
            continue;
        }
        let (job, given, last) = (tokens.start, tokens.start + 1, tokens.end - 1);
        // A word of a trade ("Winemaker", "Beekeeper") that no list holds
        // may open it too, if it names no one and nowhere.
        let job_word = lexicon.is_common_lowercase(doc.lower(job))
            || ["er", "or", "ist", "ian"]
                .iter()
                .any(|end| doc.lower(job).ends_with(end))
                && !lexicon.is_first_name(doc.token_text(job))
                && !lexicon.is_surname(doc.token_text(job))
                && !lexicon.is_place(doc.token_text(job));
        let person = job_word
            && !lexicon.is_common_word(doc.token_text(given))
            && lexicon.given_name_gender(doc.token_text(given)).is_some()
            && (given..tokens.end).all(|k| doc.token_text(k).starts_with(char::is_uppercase))
            && !ORG_SUFFIXES.contains(&doc.token_text(last))
            && !COMPANY_WORDS.contains(&doc.token_text(last))
            && !BODY_WORDS.contains(&doc.token_text(last));
        if person {
            *m = super::mention(doc, given..tokens.end, EntityLabel::Person);
        }
    }
}

/// "Thornbury and Wyre Hospitals Trust": a body that serves two areas
/// names both, which the tagger cut at "and". A single capitalized word,
/// "and", then a body's name of two words or more ending in a body's word
/// are one body. Not two companies ("Ford and General Motors"), nor a
/// person and a body. After tagging only.
fn join_areas_of_bodies(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let body = |m: &Mention| {
        m.label == EntityLabel::Org
            && m.tokens.start >= 2
            && m.tokens.len() >= 2
            && m.canonical
                .rsplit(' ')
                .next()
                .is_some_and(|w| BODY_WORDS.contains(&w) || matches!(w, "Trust" | "Board"))
            && doc.token_text(m.tokens.start - 1) == "and"
    };
    if !mentions.iter().any(body) {
        return;
    }
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let area = m.tokens.start.wrapping_sub(2);
        let joins = body(&m)
            && doc.tokens[area].kind == TokenKind::Word
            && doc.token_text(area).starts_with(char::is_uppercase)
            && (area == 0 || !doc.token_text(area - 1).starts_with(char::is_uppercase))
            && doc.sentence_of_token(area) == doc.sentence_of_token(m.tokens.start)
            // Not a person: "Ryan and Senate Republicans".
            && !joined
                .last()
                .is_some_and(|last| last.tokens.end > area && last.label == EntityLabel::Person);
        if !joins {
            joined.push(m);
            continue;
        }
        // The area alone, if the tagger named it, is part of the body now.
        if joined.last().is_some_and(|last| last.tokens.end > area) {
            joined.pop();
        }
        joined.push(super::mention(doc, area..m.tokens.end, EntityLabel::Org));
    }
    *mentions = joined;
}

/// "a Hillary Clinton White House": a person's name that opens with
/// another mention's full name and runs on into capitalized words ending
/// in an institution's word ("House", "Foundation") is that person and the
/// institution, which the tagger ran together.
fn split_institutions_after_people(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let long_person = |m: &Mention| m.label == EntityLabel::Person && m.tokens.len() >= 4;
    if !mentions.iter().any(long_person) {
        return;
    }
    let people: FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person && m.tokens.len() >= 2)
        .map(|m| m.canonical.as_str())
        .collect();
    let splits: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| long_person(m) && is_institution_word(doc.token_text(m.tokens.end - 1)))
        .filter_map(|(i, m)| {
            let at = (m.tokens.start + 2..m.tokens.end - 1).find(|&at| {
                let name = super::mention(doc, m.tokens.start..at, EntityLabel::Person);
                people.contains(name.canonical.as_str())
                    && (at..m.tokens.end).all(|k| doc.token_text(k).starts_with(char::is_uppercase))
            })?;
            Some((i, at))
        })
        .collect();
    // From the end, so that earlier indices still hold.
    for &(i, at) in splits.iter().rev() {
        let (start, end) = (mentions[i].tokens.start, mentions[i].tokens.end);
        mentions[i] = super::mention(doc, start..at, EntityLabel::Person);
        mentions.insert(i + 1, super::mention(doc, at..end, EntityLabel::Org));
    }
}

/// "Foundation", "Council", "House": a word that ends an institution's
/// name.
fn is_institution_word(word: &str) -> bool {
    ORG_SUFFIXES.contains(&word) || super::cues::ORG_PREFIXES_WITH_OF.contains(&word)
}

/// "Tom “Hook” Reyes": a first name, a quoted nickname and a surname are
/// one person, named without the nickname.
fn merge_nicknames(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
    stage: Stage,
) {
    let opens = |i: usize| matches!(doc.token_text(i), "“" | "\"" | "‘" | "'");
    let closes = |i: usize| matches!(doc.token_text(i), "”" | "\"" | "’" | "'");
    let mut i = 0;
    while i < mentions.len() {
        let first = &mentions[i];
        let open = first.tokens.end;
        // A first name the census knows, or at least no common word: in
        // "I Am ‘Horrified’ By Donald Trump", "Am" is no first name.
        // Once the tagger has answered, whatever label it gave the first
        // name: "Friedrich “Fritz” Lauterbach" (MISC, PERSON, ORG).
        let single_first_name = first.tokens.len() == 1
            && (first.label == EntityLabel::Person || stage == Stage::Final)
            && {
                let word = doc.token_text(first.tokens.start);
                lexicon.is_first_name(word) || !lexicon.is_common_word(word)
            };
        // The closing mark one to three words after the opening one.
        let close = (open + 2..open + 5).find(|&k| k < doc.tokens.len() && closes(k));
        // All of it in one sentence: a headline ending in a quoted word is
        // no nickname for the name opening the next paragraph.
        let one_sentence = |end: usize| {
            doc.sentence_of_token(first.tokens.start) == doc.sentence_of_token(end - 1)
        };
        let last = close
            .and_then(|c| {
                // Mentions are in text order: stop at the first past the mark.
                (i + 1..mentions.len())
                    .take_while(|&k| mentions[k].tokens.start <= c + 1)
                    .find(|&k| mentions[k].tokens.start == c + 1)
            })
            .filter(|&k| one_sentence(mentions[k].tokens.end));
        // Only words between the marks: "Hillary ‘Defies Explanation,’
        // Needs" quotes a phrase.
        let only_words =
            close.is_some_and(|c| (open + 1..c).all(|k| doc.tokens[k].kind != TokenKind::Punct));
        let last = last.filter(|_| only_words);
        // "Boxer Tommy “Tiger” Kilbride": a surname the tagger missed, a
        // capitalized word no list knows as a common one.
        let untagged_surname = close
            .filter(|&c| last.is_none() && only_words && c + 1 < doc.tokens.len())
            .map(|c| c + 1)
            .filter(|&k| {
                let word = doc.token_text(k);
                doc.tokens[k].kind == TokenKind::Word
                    && word.starts_with(char::is_uppercase)
                    && !lexicon.is_common_word(word)
                    && one_sentence(k + 1)
            });
        // The surname's last token, and the last mention the merge covers.
        let surname = match (last, untagged_surname) {
            (Some(last), _) => Some((mentions[last].tokens.end - 1, last)),
            (None, Some(k)) => Some((
                k,
                i + (i + 1..mentions.len())
                    .take_while(|&m| mentions[m].tokens.start < k)
                    .count(),
            )),
            (None, None) => None,
        };
        if let (true, true, Some((surname, last))) = (
            single_first_name,
            open < doc.tokens.len() && opens(open),
            surname,
        ) {
            let canonical = format!("{} {}", first.canonical, doc.token_text(surname));
            let merged = Mention {
                tokens: first.tokens.start..surname + 1,
                span: first.span.cover(doc.tokens[surname].span),
                label: EntityLabel::Person,
                canonical,
                confident: true,
                common_word: false,
            };
            mentions.splice(i..=last, [merged]);
        }
        i += 1;
    }
}

/// At the start of a sentence a capital says nothing, so the tagger reads
/// a name there worst: "Leeds was cold." after "in Leeds". Where every
/// mid-sentence mention of a name carries one label, its sentence-initial
/// mentions take that label too.
fn follow_mid_sentence_labels(doc: &Document<'_>, mentions: &mut [Mention]) {
    let sentence_of = |m: &Mention| &doc.sentences[doc.sentence_of_token(m.tokens.start)];
    let initial = |m: &Mention| m.tokens.start == sentence_of(m).tokens.start;
    // Only prose follows: a results table's "KELSO 71 64" is a team,
    // whatever "in Chicago" is.
    let prose = |m: &Mention| {
        let lowercase_words = sentence_of(m)
            .tokens
            .clone()
            .filter(|&i| {
                doc.tokens[i].kind == TokenKind::Word
                    && doc.token_text(i).starts_with(|c: char| c.is_lowercase())
            })
            .count();
        lowercase_words >= 2
    };
    // `None` once two mid-sentence mentions disagree.
    let mut labels: FxHashMap<&str, Option<EntityLabel>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| !initial(m)) {
        labels
            .entry(&m.canonical)
            .and_modify(|l| {
                if *l != Some(m.label) {
                    *l = None;
                }
            })
            .or_insert(Some(m.label));
    }
    let relabel: Vec<(usize, EntityLabel)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| initial(m) && prose(m))
        .filter_map(|(i, m)| Some((i, labels.get(m.canonical.as_str()).copied().flatten()?)))
        .collect();
    for (i, label) in relabel {
        mentions[i].label = label;
    }
}

/// One name, one label per article: mentions labelled by elimination, and
/// sure ones labelled MISC, take the label most of the name's sure
/// mentions carry (the first on a tie). "the MI5 chief" does not make MI5
/// MISC when the article calls it an organization eight times.
fn adopt_confident_labels(mentions: &mut [Mention]) {
    let mut votes: FxHashMap<String, Vec<(EntityLabel, usize)>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.confident) {
        let tally = votes.entry(m.canonical.clone()).or_default();
        match tally.iter_mut().find(|(l, _)| *l == m.label) {
            Some((_, n)) => *n += 1,
            None => tally.push((m.label, 1)),
        }
    }
    let winner = |tally: &Vec<(EntityLabel, usize)>| {
        let most = tally.iter().map(|(_, n)| *n).max().unwrap_or(0);
        tally.iter().find(|(_, n)| *n == most).map(|(l, _)| *l)
    };
    for m in mentions.iter_mut() {
        let Some(label) = votes.get(&m.canonical).and_then(winner) else {
            continue;
        };
        // Sure labels only give way when the odd one out is MISC, the
        // label a name used as a modifier tends to get.
        if !m.confident || m.label == EntityLabel::Misc {
            m.label = label;
            m.confident = true;
        }
    }
}

/// "Brenna Road", "Victoria Street": a name ending in a word for a street
/// is a place, even after a first name, and one ending in a club's word
/// ("Kelso Rovers") is a club. After tagging only: the model learned
/// without it.
fn streets_named_as_people(mentions: &mut [Mention]) {
    let club_word = |word: &str| {
        matches!(
            word,
            "Rovers" | "Wanderers" | "Athletic" | "Albion" | "Rangers" | "Hotspur" | "FC"
        )
    };
    // "Rovers" alone after "Kelso Rovers": the one club it ends.
    let mut clubs: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for m in mentions.iter() {
        if let Some((_, last)) = m.canonical.rsplit_once(' ')
            && club_word(last)
        {
            note_only_name(&mut clubs, last, &m.canonical);
        }
    }
    let linked: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.label == EntityLabel::Person)
        .filter_map(|(k, m)| Some((k, (*clubs.get(m.canonical.as_str())?)?.to_string())))
        .collect();
    for (k, full) in linked {
        mentions[k].label = EntityLabel::Org;
        mentions[k].canonical = full;
    }
    for m in mentions
        .iter_mut()
        .filter(|m| m.label == EntityLabel::Person)
    {
        let Some((_, last)) = m.canonical.rsplit_once(' ') else {
            continue;
        };
        if matches!(
            last,
            "Road" | "Street" | "Avenue" | "Lane" | "Drive" | "Boulevard" | "Square"
        ) {
            m.label = EntityLabel::Loc;
        }
        // "Kelso Rovers", "Brenna Wanderers": a club, and so is "Rovers"
        // linked to it.
        if club_word(last) {
            m.label = EntityLabel::Org;
        }
    }
}

/// "Northwind Energy", "Nestle S.A.": a name of two words or more ending
/// in an industry or a company's legal form is a company, whatever the
/// tagger read from the words around it ("Shares in Northwind Energy
/// fell" read as a place); and a "place" ending in a public body's word is
/// that body ("the High Court"). Not a place the lists know ("West
/// Bank"). After tagging only.
fn organizations_by_last_word(lexicon: &Lexicon, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.label != EntityLabel::Org) {
        let Some((_, last)) = m.canonical.rsplit_once(' ') else {
            continue;
        };
        // "the High Court in Edinburgh": a body, which the tagger read as
        // a place from the "at" and "in" around it.
        let body = m.label == EntityLabel::Loc && BODY_WORDS.contains(&last);
        // "Highmoor Water", "Kelso Power": a utility, unless read as a
        // place ("Coniston Water", a lake).
        let utility = m.label != EntityLabel::Loc && matches!(last, "Water" | "Power");
        if (COMPANY_WORDS.contains(&last) || INDUSTRY_WORDS.contains(&last) || body || utility)
            && !lexicon.is_place(&m.canonical)
        {
            m.label = EntityLabel::Org;
        }
    }
}

/// "Sandy Paradis" after "Sandra Paradis", "Bill Reyes" after "William
/// Reyes": two forms of one first name with the same rest of the name are
/// one person, named as the article first introduced them.
fn merge_first_name_forms(mentions: &mut [Mention]) {
    let mut introduced: FxHashMap<&str, &str> = FxHashMap::default();
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.label != EntityLabel::Person {
            continue;
        }
        let Some((first, rest)) = m.canonical.split_once(' ') else {
            continue;
        };
        match introduced.get(rest) {
            Some(&earlier) if earlier != m.canonical => {
                let (earlier_first, _) = earlier.split_once(' ').unwrap_or((earlier, ""));
                if same_first_name(earlier_first, first) {
                    renamed.push((k, earlier.to_string()));
                }
            }
            Some(_) => {}
            None => {
                introduced.insert(rest, &m.canonical);
            }
        }
    }
    for (k, name) in renamed {
        mentions[k].canonical = name;
    }
}

/// Whether two first names are forms of one: one opens the other and has
/// at least three letters ("Chris", "Christopher"), or a short form that
/// ends in "y" or "ie" opens like it ("Sandy", "Sandra"), or the table
/// pairs them ("Bill", "William").
fn same_first_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let stem = short
        .strip_suffix("ie")
        .or_else(|| short.strip_suffix('y'))
        .filter(|stem| stem.len() >= 3);
    short.len() >= 3 && long.starts_with(short)
        || stem.is_some_and(|stem| long.starts_with(stem))
        || FIRST_NAME_FORMS.contains(&(short, long))
}

/// "McCallum" after "Ken McCallum" is the same person. The nearest full
/// name before the mention wins; failing that, the first one after it.
fn link_surnames(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut [Mention], stage: Stage) {
    // "Mr Farage", "Sen. Warren": a title and a surname name no one new.
    // Nor do "Cllr Whitfield" and "Det Sgt Oakes", once the tagger has
    // answered (its features learned the courtesy titles alone).
    let titled_surname = |m: &Mention| {
        m.tokens.len() >= 2
            && (m.tokens.start..m.tokens.end - 1).all(|i| {
                is_courtesy_title(doc, i)
                    || stage == Stage::Final && super::cues::is_short_title(doc.token_text(i))
            })
    };
    let mut full_names: Vec<(usize, String, String)> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person && m.tokens.len() >= 2 && !titled_surname(m))
        .map(|m| {
            // "Rob Hale III" is Hale.
            let last = m.tokens.end - 1;
            let suffixed = m.tokens.len() >= 3 && is_generational_suffix(doc.token_text(last));
            let surname = if suffixed { last - 1 } else { last };
            (
                m.span.start,
                doc.token_text(surname).to_string(),
                m.canonical.clone(),
            )
        })
        .collect();
    if stage == Stage::Final {
        full_names.extend(couples(doc, lexicon, mentions));
    }
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for (_, _, full) in &full_names {
        *counts.entry(full.clone()).or_default() += 1;
    }
    // "Bae Sung-min", "Park Ji-hoon": a Korean or Chinese name, its given
    // name joined by a hyphen, gives the family name first; "Bae" alone
    // is that person. After tagging only, as the tagger's features
    // learned without it. (Counted above once per mention, not twice.)
    // In Hong Kong an English given name may come before both ("Winnie
    // Chow Sze-wing" is Chow).
    if stage == Stage::Final {
        let family_first: Vec<(usize, String, String)> = full_names
            .iter()
            .filter_map(|(start, _, full)| {
                let (before, given) = full.rsplit_once(' ')?;
                let (english, family) = before.rsplit_once(' ').unwrap_or(("", before));
                if english.contains(' ') {
                    return None;
                }
                // "Tang Lihua": so does a Chinese name in pinyin.
                let pinyin = english.is_empty()
                    && super::pinyin::is_family_name(family)
                    && super::pinyin::is_given_name(given);
                let hyphenated = given.split_once('-').is_some_and(|(a, b)| {
                    a.starts_with(char::is_uppercase)
                        && b.starts_with(char::is_lowercase)
                        && !b.contains(['-', ' '])
                        && !family.contains('-')
                });
                (hyphenated || pinyin).then(|| (*start, family.to_string(), full.clone()))
            })
            .collect();
        full_names.extend(family_first);
        full_names.sort_by_key(|(start, _, _)| *start);
    }
    // "his son, Eirik Tveit": relatives who leave the surname alone to
    // someone else. After tagging only, as the shipped model was trained
    // without it.
    let aside = match stage {
        Stage::Features => FxHashSet::default(),
        Stage::Final => relatives_standing_aside(doc, mentions, &full_names),
    };
    let stands_aside = |surname: &str, full: &str| aside.contains(&(surname, full));
    // The highest count among the full names sharing each surname.
    let mut most: FxHashMap<String, usize> = FxHashMap::default();
    for (_, surname, full) in &full_names {
        if stands_aside(surname, full) {
            continue;
        }
        let best = most.entry(surname.to_uppercase()).or_default();
        *best = (*best).max(counts[full]);
    }
    // With several people of one surname ("Bill Clinton", "Hillary
    // Clinton"), only the one the article names most is a candidate. The
    // candidates, in text order, by surname as written and in capitals, so
    // each lookup is a binary search however long the article.
    let mut by_surname: FxHashMap<&str, Vec<(usize, &str)>> = FxHashMap::default();
    let mut by_capitals: FxHashMap<String, Vec<(usize, &str)>> = FxHashMap::default();
    for (start, surname, full) in &full_names {
        let capitals = surname.to_uppercase();
        if !stands_aside(surname, full) && counts[full] == most[&capitals] {
            by_surname.entry(surname).or_default().push((*start, full));
            by_capitals
                .entry(capitals)
                .or_default()
                .push((*start, full));
        }
    }
    // First names: the full name each belongs to, or `None` once two differ.
    let mut by_first: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for (_, _, full) in &full_names {
        let first = full.split(' ').next().unwrap_or("");
        by_first
            .entry(first)
            .and_modify(|f| {
                if *f != Some(full.as_str()) {
                    *f = None;
                }
            })
            .or_insert(Some(full));
    }
    // After tagging, the first words of names not of people: "Morgan"
    // of "Morgan Stanley" stays the bank's.
    let opens_other_name: FxHashSet<&str> = match stage {
        Stage::Features => FxHashSet::default(),
        Stage::Final => mentions
            .iter()
            .filter(|m| m.label != EntityLabel::Person && m.tokens.len() >= 2)
            .map(|m| doc.token_text(m.tokens.start))
            .collect(),
    };
    // Every single-word mention may be a surname: "Warren" after
    // "Elizabeth Warren" is the senator, not the town in the gazetteer.
    for m in mentions
        .iter_mut()
        .filter(|m| m.tokens.len() == 1 || titled_surname(m))
    {
        let word = doc.token_text(m.tokens.end - 1);
        // "REYES:" labelling a transcript is Tom Reyes too.
        let capitals = word.chars().all(char::is_uppercase);
        let candidates = if capitals {
            by_capitals.get(&word.to_uppercase())
        } else {
            by_surname.get(word)
        };
        // The nearest before the mention, else the first after it; for
        // "Mrs Corrigan" after "Janet and Phil Corrigan", the nearest
        // whose first name does not say otherwise.
        let title_gender = (stage == Stage::Final && m.tokens.len() == 2)
            .then(|| courtesy_title_gender(doc.token_text(m.tokens.start)))
            .flatten();
        let fits = |full: &str| {
            title_gender.is_none_or(|gender| {
                let first = full.split(' ').next().unwrap_or("");
                lexicon.first_name_gender(first).is_none_or(|g| g == gender)
            })
        };
        // A first name's usual sex does not overrule the only person of
        // that surname: "Mr Darko" after "Nana Yaw Darko".
        let found = candidates.and_then(|c| {
            let before = c.partition_point(|(start, _)| *start < m.span.start);
            c[..before]
                .iter()
                .rev()
                .find(|(_, full)| fits(full))
                .or_else(|| c[before..].iter().find(|(_, full)| fits(full)))
                .or_else(|| c.iter().all(|(_, full)| *full == c[0].1).then(|| &c[0]))
        });
        if let Some((_, full)) = found {
            m.label = EntityLabel::Person;
            (*full).clone_into(&mut m.canonical);
            m.confident = true;
            continue;
        }
        // "Ada answered": a person named by a first name alone is the
        // one person the article gives that first name, if only one. That
        // vouches for a headline's "Hillary:" too, unless the name is also
        // a common word ("Will", "Rose").
        // After tagging, so too a first name the tagger took for an
        // organisation or a name of no kind: "I asked Eamon how …" after
        // "Eamon Rourke-Tully".
        // Or a place no list knows ("“…,” Tiago said" after "Tiago
        // Rebelo").
        let retagged = stage == Stage::Final
            && m.tokens.len() == 1
            && (matches!(m.label, EntityLabel::Org | EntityLabel::Misc)
                || m.label == EntityLabel::Loc && !lexicon.is_place(word))
            && !lexicon.is_common_word(word)
            && !opens_other_name.contains(word);
        // Not when the name is itself likely a club's or a company's
        // that the tagger took for a person: "Real Madrid", "Acme Bank".
        let first_name_of = |full: &str| {
            m.label == EntityLabel::Person
                || retagged
                    && full
                        .split(' ')
                        .skip(1)
                        .all(|w| !super::cues::ORG_SUFFIXES.contains(&w) && !lexicon.is_place(w))
        };
        if let Some(Some(full)) = by_first.get(word)
            && first_name_of(full)
        {
            (*full).clone_into(&mut m.canonical);
            m.confident |= m.common_word && !lexicon.is_common_word(word);
            m.label = EntityLabel::Person;
        }
    }
}

/// Whether token `i` is a verb of speech that a name before it is the
/// subject of: "Valdivia said", "Valdivia told reporters".
fn speaks(doc: &Document<'_>, i: usize) -> bool {
    matches!(
        doc.token_text_or_empty(i),
        "said" | "says" | "told" | "tells" | "added" | "explained" | "recalled" | "insisted"
    )
}

/// "Kjell Arne Tveit … confirmed by his son, Eirik Tveit, … Tveit
/// joined": a relative named after a kinship noun shares the surname of
/// the one the article is about, who keeps it alone. Not when the article
/// calls the other by the first name ("Elian" beside "his father, Juan
/// Miguel Gonzalez"): then the surname alone is the relative's. Returns
/// the (surname, full name) pairs of `full_names` that stand aside.
fn relatives_standing_aside<'f>(
    doc: &Document<'_>,
    mentions: &[Mention],
    full_names: &'f [(usize, String, String)],
) -> FxHashSet<(&'f str, &'f str)> {
    let relatives: FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person && introduced_as_relative(doc, m.tokens.start))
        .map(|m| m.canonical.as_str())
        .collect();
    if relatives.is_empty() {
        return FxHashSet::default();
    }
    let words_alone: FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.tokens.len() == 1)
        .map(|m| doc.token_text(m.tokens.start))
        .collect();
    // Surnames, in capitals, that someone other than a relative holds, and
    // those held by someone the article calls by the first name.
    let mut others_hold = FxHashSet::default();
    let mut first_named = FxHashSet::default();
    for (_, surname, full) in full_names {
        if !relatives.contains(full.as_str()) {
            others_hold.insert(surname.to_uppercase());
        }
        if full
            .split(' ')
            .next()
            .is_some_and(|first| words_alone.contains(first))
        {
            first_named.insert(surname.to_uppercase());
        }
    }
    full_names
        .iter()
        .filter(|(_, surname, full)| {
            let surname = surname.to_uppercase();
            relatives.contains(full.as_str())
                && others_hold.contains(&surname)
                && !first_named.contains(&surname)
        })
        .map(|(_, surname, full)| (surname.as_str(), full.as_str()))
        .collect()
}

/// Whether the name at token `start` follows a relative in apposition:
/// "his son, Eirik Tveit", "her sister Mette Lunde".
fn introduced_as_relative(doc: &Document<'_>, start: usize) -> bool {
    let comma = start > 0 && doc.token_text(start - 1) == ",";
    let Some(noun) = start.checked_sub(1 + usize::from(comma)) else {
        return false;
    };
    noun >= 1
        && super::is_kinship_noun(doc.lower(noun))
        && matches!(doc.lower(noun - 1), "his" | "her" | "their")
}

/// The words that open a surname of several words, in lowercase: "Abu
/// Zeid", "van der Hoeven", "De Wilde", "Al Ashry".
const PARTICLES: &[&str] = &[
    "abi", "abou", "abu", "af", "ait", "aït", "al", "ap", "ben", "bin", "da", "das", "de", "del",
    "dela", "della", "di", "dos", "du", "el", "ibn", "la", "le", "mac", "san", "st", "st.", "te",
    "ter", "van", "von", "zu",
];

/// "Abu Zeid" after "Rania Abu Zeid", "van der Hoeven" after "Pieter van
/// der Hoeven": a surname of several words names the one person whose
/// name ends in it. "Quintana" after "José Manuel Quintana Ortiz": a word
/// inside a name of three or more, as a Spanish or Portuguese family name
/// used alone is, names that person if no one else's name holds it.
fn link_surname_phrases(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut [Mention]) {
    // Not a title and a surname ("Dr Figueroa"), which is a short form.
    let fulls: FxHashSet<String> = mentions
        .iter()
        .filter(|m| {
            m.label == EntityLabel::Person
                && m.canonical.contains(' ')
                && !(m.tokens.len() == 2
                    && (is_courtesy_title(doc, m.tokens.start)
                        || super::cues::is_short_title(doc.token_text(m.tokens.start))))
        })
        .map(|m| m.canonical.clone())
        .collect();
    // Each key names one person, or `None` once two differ.
    let mut by_tail: FxHashMap<String, Option<&str>> = FxHashMap::default();
    let mut by_inner: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    let mut by_head: FxHashMap<String, Option<&str>> = FxHashMap::default();
    // A word before a surname that is a given name ("Jan-Hendrik"), not
    // "Kentuckian Rand Paul" or "Brazilian-born Luis Oliveira", which the
    // tagger took whole.
    let given = |word: &str| {
        lexicon.is_first_name(word)
            || !DEMONYMS.contains(&word)
                && !word.ends_with("ian")
                && (!word.contains('-') || super::is_one_capital_per_part(word))
                && !lexicon.is_common_lowercase(&word.to_lowercase())
    };
    for full in &fulls {
        let words: Vec<&str> = full.split(' ').collect();
        for from in 1..words.len().saturating_sub(1) {
            if words[..from].iter().all(|w| given(w)) {
                note_only_name(&mut by_tail, words[from..].join(" ").to_lowercase(), full);
            }
            // "de la Cruz" after "Ana Isabel de la Cruz Molina": a family
            // name with a particle, before a second family name.
            if PARTICLES.contains(&words[from].to_lowercase().as_str()) {
                for to in from + 2..words.len() {
                    note_only_name(&mut by_tail, words[from..to].join(" ").to_lowercase(), full);
                }
            }
        }
        // "Nurul Aina" after "Nurul Aina Zakaria": given names of two
        // words or more, as Malay and Arabic names are used alone.
        // Not before a generational suffix: "Duncan Hunter" may be the
        // son of "Duncan Hunter Sr.".
        let suffixed = is_generational_suffix(words[words.len() - 1]);
        for to in (2..words.len()).filter(|_| !suffixed) {
            note_only_name(&mut by_head, words[..to].join(" ").to_lowercase(), full);
        }
        // Every word of a name that may stand alone, so that a word two
        // names hold ("the Wong family" beside "Wong Kam-ling" and "Evelyn
        // Wong Tremblay") names no one.
        if words.len() >= 3 {
            for word in words.iter().filter(|w| w.starts_with(char::is_uppercase)) {
                note_only_name(&mut by_inner, *word, full);
            }
        } else {
            for word in [words[0], words[words.len() - 1]] {
                note_only_name(&mut by_inner, word, full);
            }
        }
    }
    if by_tail.is_empty() && by_inner.is_empty() && by_head.is_empty() {
        return;
    }
    // Where each full name is first written: a short form stands for it
    // only after it ("John Paul" is no "John Paul Stevens" before him).
    let mut first_written: FxHashMap<&str, usize> = FxHashMap::default();
    for m in mentions.iter().rev() {
        if let Some(full) = fulls.get(&m.canonical) {
            first_written.insert(full.as_str(), m.tokens.start);
        }
    }
    for m in mentions.iter_mut() {
        // The words after any title, as written.
        let name_start = (m.tokens.start..m.tokens.end)
            .find(|&i| {
                !is_courtesy_title(doc, i) && !super::cues::is_short_title(doc.token_text(i))
            })
            .unwrap_or(m.tokens.end);
        // Not one already linked to a longer name ("Dr Figueroa", as
        // written, may still be "Marisol Figueroa Torres").
        let words = m.tokens.end - name_start;
        if words == 0 || m.canonical.split(' ').count() > m.tokens.len() {
            continue;
        }
        let name = &doc.text[doc.tokens[name_start].span.start..m.span.end];
        // A surname of several words opens with a particle ("Abu", "van")
        // or a surname ("Wasserman Schultz"); "Pralhad Wankhede" beside
        // "Yash Pralhad Wankhede" may be his father. A word that is a
        // surname as well may open one ("Paz Olmedo").
        let first_word = doc.token_text(name_start);
        let particle = PARTICLES.contains(&doc.lower(name_start));
        let surname_first = particle
            || !lexicon.is_first_name(first_word)
            || lexicon.is_surname_unaccented(first_word);
        let found = if words >= 2 && surname_first {
            // A known given name before it ("Debbie Wasserman Schultz"),
            // unless its first word is a known surname.
            // Or an initial ("Ø. Lindqvist" after "Jens Ø. Lindqvist").
            // Or a particle before it in the full name: "Souza Lima"
            // after "João Pedro de Souza Lima".
            let initial = super::is_initial(first_word);
            let tail = name.to_lowercase();
            let after_particle = |full: &str| {
                full.to_lowercase()
                    .strip_suffix(&tail)
                    .and_then(|head| head.strip_suffix(' '))
                    .and_then(|head| head.rsplit(' ').next())
                    .is_some_and(|word| PARTICLES.contains(&word))
            };
            by_tail.get(&tail).filter(|full| {
                particle
                    || initial
                    || lexicon.is_surname_unaccented(first_word)
                    || full.is_some_and(|full| {
                        let given = full.split(' ').next().unwrap_or("");
                        lexicon.first_name_gender_unaccented(given).is_some()
                            || after_particle(full)
                    })
            })
        } else if m.label == EntityLabel::Person
            || words == 1 && matches!(m.label, EntityLabel::Org | EntityLabel::Misc)
            || words == 1 && m.label == EntityLabel::Loc && speaks(doc, m.tokens.end)
        {
            // Only a word inside the name: its first and last words are
            // for `link_surnames` to link. The tagger may take a family
            // name alone for an organization ("Restrepo" after "Ana Lucía
            // Restrepo Villegas"), or for a place the lists know when it
            // speaks ("Valdivia said" after "Ximena Valdivia Arancibia").
            by_inner.get(name).filter(|full| {
                full.is_some_and(|full| {
                    full.split(' ').next() != Some(name) && full.rsplit(' ').next() != Some(name)
                })
            })
        } else {
            None
        };
        let found = found.or_else(|| {
            (words >= 2 && m.label == EntityLabel::Person)
                .then(|| by_head.get(&name.to_lowercase()))
                .flatten()
                .filter(|full| {
                    full.and_then(|full| first_written.get(full))
                        .is_some_and(|&at| at < m.tokens.start)
                })
        });
        if let Some(Some(full)) = found
            && *full != m.canonical
        {
            m.label = EntityLabel::Person;
            (*full).clone_into(&mut m.canonical);
            m.confident = true;
        }
    }
}

/// "Janet and Phil Corrigan": a first name alone before "and" and a full
/// name shares its surname. Each couple as (start, surname, full name)
/// for the first of the two.
fn couples(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
) -> Vec<(usize, String, String)> {
    // "Twins Berivan and Rojhat Osman": a relation says they are a
    // family, whatever their first names.
    let related = |start: usize| {
        start > 0 && {
            let relation = doc.lower(start - 1);
            relation == "couple" || FAMILY_PLURALS.contains(&relation)
        }
    };
    mentions
        .windows(2)
        .filter_map(|pair| {
            let (first, full) = (&pair[0], &pair[1]);
            // Not the end of a list: "Brandy, Monica and Lauryn Hill" (but
            // "For 31 years, Graham and Sheila Pennock" opens a clause).
            let listed = first.tokens.start > 1
                && doc.token_text(first.tokens.start - 1) == ","
                && doc
                    .token_text(first.tokens.start - 2)
                    .starts_with(char::is_uppercase);
            let couple = !listed
                && first.label == EntityLabel::Person
                && full.label == EntityLabel::Person
                && first.tokens.len() == 1
                && full.tokens.len() == 2
                && full.tokens.start == first.tokens.end + 1
                && doc.token_text(first.tokens.end) == "and"
                && (related(first.tokens.start)
                    || lexicon.is_first_name(doc.token_text(first.tokens.start))
                        && lexicon.is_first_name(doc.token_text(full.tokens.start)));
            couple.then(|| {
                let surname = doc.token_text(full.tokens.end - 1);
                let name = format!("{} {surname}", doc.token_text(first.tokens.start));
                (first.span.start, surname.to_string(), name)
            })
        })
        .collect()
}

/// The sex a courtesy title gives: "Mrs Corrigan" is a woman.
fn courtesy_title_gender(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.') {
        "Mr" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
        _ => None,
    }
}

/// "Reed claimed" after "Tom Baird Reed III": a capitalized word that
/// the tagger left alone but that is the surname (or census first name)
/// of a person the article names in full is that person. A month, or at
/// the start of a sentence a word that is also a common word, needs a
/// verb after it ("Reed claimed", not "Young voters"); a word beside
/// another capitalized word is part of some other name.
fn add_missed_surnames(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
    stage: Stage,
) {
    // "Chiamaka explains" after "Chiamaka Okonkwo": a first name the
    // article already uses alone for that person, though no list knows it.
    let used_alone: FxHashSet<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person && m.tokens.len() == 1)
        .map(|m| (doc.token_text(m.tokens.start), m.canonical.as_str()))
        .collect();
    let mut people: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    let mut given_before_speech: FxHashSet<&str> = FxHashSet::default();
    let mut surnames: FxHashSet<&str> = FxHashSet::default();
    for m in mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person && m.tokens.len() >= 2)
    {
        let last = m.tokens.end - 1;
        let surname = if is_generational_suffix(doc.token_text(last)) {
            last - 1
        } else {
            last
        };
        if surname < m.tokens.start || is_courtesy_title(doc, m.tokens.start) {
            continue;
        }
        // "trusts old Bill" after "Bill Kowal": a census first name too.
        // "Park said" after "Park Ji-hoon": a family name that comes
        // first, before a given name such as Korean and Chinese ones are
        // written ("Ji-hoon", "Kam-ling").
        let first = doc.token_text(m.tokens.start);
        let family_first = doc
            .token_text(last)
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
        let known_alone = lexicon.is_first_name(first)
            || family_first
            || used_alone.contains(&(first, m.canonical.as_str()));
        // "Deepa says" after "Deepa Nair": after tagging, any given name
        // alone, right before a verb of speech.
        let speaking_only = stage == Stage::Final
            && !known_alone
            && !lexicon.is_common_word(first)
            && !lexicon.is_place(first)
            && !is_title(doc, m.tokens.start);
        if speaking_only && surname > m.tokens.start {
            given_before_speech.insert(first);
        }
        let first = (surname > m.tokens.start && (known_alone || speaking_only)).then_some(first);
        surnames.insert(doc.token_text(surname));
        // Two people of one name: the word alone names neither.
        for word in std::iter::once(doc.token_text(surname)).chain(first) {
            people
                .entry(word)
                .and_modify(|full| {
                    if *full != Some(m.canonical.as_str()) {
                        *full = None;
                    }
                })
                .or_insert(Some(m.canonical.as_str()));
        }
    }
    if people.is_empty() {
        return;
    }
    let capitalized = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.token_text(i).starts_with(char::is_uppercase)
    };
    let mut found = Vec::new();
    let mut next = mentions.iter().map(|m| m.tokens.clone()).peekable();
    for i in 0..doc.tokens.len() {
        while next.peek().is_some_and(|r| r.end <= i) {
            next.next();
        }
        if next.peek().is_some_and(|r| r.start <= i) || !capitalized(i) {
            continue;
        }
        let Some(Some(full)) = people.get(doc.token_text(i)) else {
            continue;
        };
        let starts_sentence = doc
            .sentences
            .get(doc.sentence_of_token(i))
            .is_some_and(|s| s.tokens.start == i);
        let beside_a_name = (i > 0 && capitalized(i - 1) && !starts_sentence) || capitalized(i + 1);
        let word = doc.token_text(i);
        // "on Monday" after a tagger's "Joe Monday"; "in May" is a month,
        // but "May said" is Theresa May.
        let needs_verb =
            MONTH_NAMES.contains(&word) || (starts_sentence && lexicon.is_common_word(word));
        // "Gill, reached by phone, was more diplomatic": or after an
        // aside set off by commas.
        // "Pen’s lawyer", "Pen himself did not speak": a possessive or a
        // reflexive says a person too (for what the user sees only).
        let owned = stage == Stage::Final
            && i + 1 < doc.tokens.len()
            && (doc.tokens[i + 1].kind == TokenKind::Possessive
                || matches!(doc.lower(i + 1), "himself" | "herself"));
        let verb_follows = owned
            || i + 1 < doc.tokens.len() && is_likely_verb(doc.lower(i + 1))
            || doc.token_text_or_empty(i + 1) == ","
                && (i + 3..(i + 10).min(doc.tokens.len()))
                    .find(|&k| doc.token_text(k) == ",")
                    .is_some_and(|k| k + 1 < doc.tokens.len() && is_likely_verb(doc.lower(k + 1)));
        // "Trump and Ryan issued a statement": joined to another person.
        let and_a_person = doc.token_text_or_empty(i + 1) == "and"
            && (people
                .get(doc.token_text_or_empty(i + 2))
                .is_some_and(Option::is_some)
                || mentions
                    .get(mentions.partition_point(|m| m.tokens.start < i + 2))
                    .is_some_and(|m| m.tokens.start == i + 2 && m.label == EntityLabel::Person));
        if beside_a_name
            || WEEKDAY_NAMES.contains(&word)
            || (needs_verb && !verb_follows && !and_a_person)
            || given_before_speech.contains(word) && !surnames.contains(word) && !speaks(doc, i + 1)
        {
            continue;
        }
        let mut m = super::mention(doc, i..i + 1, EntityLabel::Person);
        (*full).clone_into(&mut m.canonical);
        found.push(m);
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| m.tokens.start);
}

/// "docked in Kelso", "Kelso Mayor Ken Dunn": a lone word the tagger
/// took for a person, that no full name explains, is a place when it
/// follows "in" or "near", comes before a title and a name or a place's
/// body or people ("the Kelso council", "Kelso residents"), or is a place
/// the article names in capitals.
fn places_named_as_people(doc: &Document<'_>, mentions: &mut [Mention], stage: Stage) {
    let text = |i: usize| doc.token_text_or_empty(i);
    // "the village of Huaripampa Alta": a name of several words after a
    // settlement's "the … of" is a place. After tagging only, as the
    // shipped model was trained without it.
    if stage == Stage::Final {
        for m in mentions
            .iter_mut()
            .filter(|m| m.label == EntityLabel::Person && m.tokens.len() > 1)
        {
            let at = m.tokens.start;
            if at > 2
                && text(at - 1) == "of"
                && matches!(doc.lower(at - 2), "city" | "town" | "village")
                && doc.lower(at - 3) == "the"
            {
                m.label = EntityLabel::Loc;
            }
        }
    }
    // One word that no full name explains.
    let alone = |m: &Mention| m.tokens.len() == 1 && m.canonical == text(m.tokens.start);
    let lone = |m: &Mention| m.label == EntityLabel::Person && alone(m);
    // A place the article names in capitals, as its dateline does
    // ("KELSO —"), is that place wherever the article names it alone, even
    // where the tagger took it for an organization. (Not any place the
    // tagger found: one slip would turn every mention of a name.)
    let shouted: FxHashSet<String> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Loc && m.tokens.len() == 1 && is_shouted(&m.canonical))
        .map(|m| title_case_words(&m.canonical))
        .collect();
    let mut places: FxHashSet<String> = FxHashSet::default();
    for (k, m) in mentions.iter().enumerate() {
        if !lone(m) {
            continue;
        }
        let at = m.tokens.start;
        // "Pen’s lawyer": a possessive after the word says a person.
        let owned = doc
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        // Not "a stake in Hartwell": a share is held in a company.
        let after_preposition = at > 1
            && matches!(text(at - 1), "in" | "near")
            && !matches!(text(at - 2), "stake" | "interest" | "shares" | "investment")
            // "in Hartwell’ words": a possessive is no place.
            && !owned
            && !matches!(text(at + 1), "’" | "'");
        // Titles of places only: "Hartwell Chairman …" is a company.
        let before_titled_name = matches!(
            text(at + 1),
            "Mayor"
                | "Gov."
                | "Governor"
                | "Sen."
                | "Senator"
                | "Rep."
                | "Councillor"
                | "Councilman"
        ) && mentions.get(k + 1).is_some_and(|next| {
            next.label == EntityLabel::Person
                && next.tokens.start > at + 1
                && (at + 1..next.tokens.start).all(|i| is_title(doc, i))
        });
        // "the mayor of Kelso", "residents of Kelso": what a mayor or a
        // resident is of is a place.
        let of_a_place = at > 1
            && text(at - 1) == "of"
            && matches!(
                doc.lower(at - 2),
                "mayor"
                    | "governor"
                    | "city"
                    | "town"
                    | "village"
                    | "residents"
                    | "people"
                    | "outskirts"
                    | "streets"
            )
            && !owned;
        // "the Kelso council", "Kelso residents": a name before a body
        // or people of a place is that place.
        let modifies_a_place_noun = matches!(
            doc.token_text_or_empty(at + 1),
            "council"
                | "councillors"
                | "residents"
                | "police"
                | "authorities"
                | "officials"
                | "mayor"
                | "harbour"
                | "harbor"
                | "airport"
                | "locals"
        );
        // "flew to Kelso", "a trip to Brenna", "fled from Valdoria": where
        // someone goes or comes from is a place. Settled after tagging
        // only, as the shipped model was trained without it.
        let where_someone_goes = stage == Stage::Final
            && at > 1
            && matches!(text(at - 1), "to" | "from" | "into")
            && (TRAVEL_WORDS.contains(&doc.lower(at - 2))
                // "moved on to Brenna", not "passed on to Reyes".
                || doc.lower(at - 2) == "on"
                    && at > 2
                    && matches!(doc.lower(at - 3), "moved" | "went" | "headed" | "drove"))
            && !owned;
        // "the 24-year-old from Ōpōtiki", "a beekeeper from Brenna": where
        // someone is from is a place.
        let someone_from = stage == Stage::Final
            && at > 1
            && text(at - 1) == "from"
            && {
                let who = doc.lower(at - 2);
                who.ends_with("-year-old")
                    || super::cues::PERSON_JOB_NOUNS.contains(&who)
                    || matches!(
                        who,
                        "man"
                            | "woman"
                            | "boy"
                            | "girl"
                            | "teenager"
                            | "family"
                            | "native"
                            | "beekeeper"
                    )
            }
            && !owned;
        // "has fished out of Brenna since 1979", "works out of Kelso": a
        // base of work. Not "spun out of Brennick", where a company is.
        let based_out_of = stage == Stage::Final
            && at > 2
            && text(at - 1) == "of"
            && text(at - 2) == "out"
            && WORKING_OUT_OF.contains(&doc.lower(at - 3));
        // "Valdoria and Brenna": a lone name joined to a place is one.
        let joined_to_a_place = stage == Stage::Final
            && at > 1
            && matches!(text(at - 1), "and" | "or")
            && mentions[..k].last().is_some_and(|before| {
                before.label == EntityLabel::Loc && before.tokens.end == at - 1
            });
        if after_preposition
            || before_titled_name
            || of_a_place
            || modifies_a_place_noun
            || where_someone_goes
            || someone_from
            || based_out_of
            || joined_to_a_place
        {
            places.insert(m.canonical.clone());
        }
    }
    if places.is_empty() && shouted.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let place = match m.label {
            EntityLabel::Person => places.contains(&m.canonical) || shouted.contains(&m.canonical),
            EntityLabel::Org => shouted.contains(&m.canonical),
            _ => false,
        };
        if place && alone(m) {
            m.label = EntityLabel::Loc;
        }
    }
}

/// "Northwind" after "Northwind Energy Ltd" is the company, which the
/// tagger, seeing one capitalized word, may take for a person or a place:
/// a lone word that opens exactly one organization's name of two to five
/// capitalized words is that organization. Not a known place or first
/// name, and not a place or an organization the name merely opens
/// ("Ulster" of "Ulster Unionists"), unless the name is a company's
/// ("Ruch SA").
/// After tagging, a trade's word ending the name makes a company too
/// ("Halvard" of "Halvard Motors", "Veridian" of "Veridian Labs").
fn link_short_org_names(lexicon: &Lexicon, mentions: &mut [Mention], stage: Stage) {
    let mut openers: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.label == EntityLabel::Org) {
        let words: Vec<&str> = m.canonical.split(' ').collect();
        let named = (2..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&"));
        if !named {
            continue;
        }
        note_only_name(&mut openers, words[0], &m.canonical);
    }
    let short: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.tokens.len() == 1
                // After tagging, a word the tagger took for a nationality's
                // may be a company's ("Daeseong" of "Daeseong Heavy
                // Industries"), if no list knows it as one.
                && (m.label != EntityLabel::Misc
                    || stage == Stage::Final && !DEMONYMS.contains(&m.canonical.as_str()))
                && !m.canonical.contains(' ')
                && !lexicon.is_place(&m.canonical)
                && !lexicon.is_first_name(&m.canonical)
                && !lexicon.is_common_word(&m.canonical)
        })
        .filter_map(|(k, m)| {
            let full = (*openers.get(m.canonical.as_str())?)?;
            let company = full.rsplit(' ').next().is_some_and(|w| {
                COMPANY_WORDS.contains(&w) || stage == Stage::Final && TRADE_WORDS.contains(&w)
            });
            (m.label == EntityLabel::Person || company)
                .then(|| (k, full.to_string()))
                .filter(|_| m.label != EntityLabel::Misc || company)
        })
        .collect();
    for (k, full) in short {
        mentions[k].label = EntityLabel::Org;
        mentions[k].canonical = full;
    }
}

/// "Meerhout denied any wrongdoing" after "Belgian club Sporting
/// Meerhout": the last word of a two- or three-word organization's name,
/// alone and capitalized later in the text, names that organization, as
/// sports clubs are named. Only a word that is no common word, first
/// name, place or company's or body's word, and that ends one
/// organization's name only.
fn add_club_short_names(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let mut last_words: FxHashMap<&str, Option<String>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.label == EntityLabel::Org) {
        let Some((_, last)) = m.canonical.rsplit_once(' ') else {
            continue;
        };
        let word = doc.token_text(m.tokens.end - 1);
        let named = (2..=3).contains(&m.tokens.len())
            && word == last
            && is_one_capital_word(word)
            && !lexicon.is_common_word(word)
            && !lexicon.is_first_name(word)
            && !lexicon.is_place(word)
            && !COMPANY_WORDS.contains(&word)
            && !BODY_WORDS.contains(&word)
            && !TRADE_WORDS.contains(&word)
            && !ORG_SUFFIXES.contains(&word);
        if named {
            note_only_name(&mut last_words, word, m.canonical.clone());
        }
    }
    last_words.retain(|_, full| full.is_some());
    if last_words.is_empty() {
        return;
    }
    let mut added: Vec<Mention> = Vec::new();
    let mut next = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        while next < mentions.len() && mentions[next].tokens.end <= i {
            next += 1;
        }
        let covered = next < mentions.len() && mentions[next].tokens.start <= i;
        // Alone: not the end of a longer capitalized run ("Navigation
        // Mixte share") that the tagger missed. The capital is tested
        // before any lookup: this runs at every word.
        let alone = i == 0 || !doc.token_text(i - 1).starts_with(char::is_uppercase);
        if covered
            || token.kind != TokenKind::Word
            || !doc.token_text(i).starts_with(char::is_uppercase)
            || !alone
        {
            continue;
        }
        if let Some(Some(full)) = last_words.get(doc.token_text(i)) {
            let mut m = super::mention(doc, i..i + 1, EntityLabel::Org);
            m.canonical.clone_from(full);
            added.push(m);
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.tokens.start);
    }
}

/// Whether `word` is one capital and at least two lowercase letters
/// after it ("Meerhout", not "H" of "Class H").
fn is_one_capital_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() >= 2
        && chars.all(char::is_lowercase)
}

/// "Control Data" after "Control Data Corp.", "Dresdner Bank" after
/// "Dresdner Bank AG": an organization's name of two words or more that
/// opens exactly one company's name, which only company forms ("Inc.",
/// "Co.", "Group") lengthen, is that company. Not "New York Times" of
/// "New York Times Magazine", another organization.
fn link_company_forms(mentions: &mut [Mention]) {
    let org = |m: &Mention| m.label == EntityLabel::Org && m.canonical.contains(' ');
    let mut bases: FxHashMap<String, Option<String>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| org(m)) {
        let name = m.canonical.as_str();
        let mut base = name;
        while let Some((rest, last)) = base.rsplit_once(' ')
            && COMPANY_WORDS.contains(&last)
        {
            base = rest;
            if base.contains(' ') {
                note_only_name(&mut bases, base.to_string(), name.to_string());
            }
        }
    }
    if bases.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| org(m)) {
        if let Some(Some(full)) = bases.get(&m.canonical) {
            m.canonical.clone_from(full);
        }
    }
}

/// Words that end companies' names by their trade or their form:
/// "Halvard Motors", "Bophelo Platinum", "Veridian Labs", "Brightplate
/// Catering Partnership".
#[rustfmt::skip]
static TRADE_WORDS: WordList = WordList::new(&[
    "Aerospace", "Airlines", "Airways", "Automotive", "Biotech", "Brands", "Capital",
    "Chemicals", "Consortium", "Construction", "Developments", "Electric", "Electronics",
    "Energy", "Engineering", "Entertainment", "Estates", "Foods", "Games", "Gold", "Homes",
    "Industries", "Insurance", "Interactive", "Laboratories", "Labs", "Logistics", "Media",
    "Minerals", "Mining", "Motors", "Networks", "Oil", "Partnership", "Pharma",
    "Pharmaceuticals", "Platinum", "Properties", "Resources", "Robotics", "Semiconductor",
    "Power", "Shipping", "Software", "Steel", "Studios", "Systems", "Technologies", "Telecom",
    "Therapeutics", "Water",
]);

/// "the Trust" after "the Kelso Harbour Trust": an organization's last
/// word alone, after "the", is the one organization it ends. So are its
/// last words ("Harbour Trust" in a headline), named anywhere.
fn link_org_heads(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut [Mention]) {
    // What may come before a name's tail: a place or people the article
    // names, or an abbreviation ("Kelso", "Swiss", "U.N."). Not "Top" or
    // "Former Ted Cruz" of a headline's run-on name.
    // Made on first use: most articles name no organization of three
    // words ending in a suffix.
    let places: std::cell::OnceCell<FxHashSet<&str>> = std::cell::OnceCell::new();
    // A dateline's "KELSO" is still in capitals here.
    let names_a_place = |prefix: &str| {
        let places = places.get_or_init(|| {
            mentions
                .iter()
                .filter(|m| matches!(m.label, EntityLabel::Loc | EntityLabel::Misc))
                .map(|m| m.canonical.as_str())
                .collect()
        });
        lexicon.is_place(prefix)
            || prefix.ends_with('.')
            || places.contains(prefix)
            || places.contains(prefix.to_uppercase().as_str())
    };
    let mut closers: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.label == EntityLabel::Org) {
        let Some((_, last)) = m.canonical.rsplit_once(' ') else {
            continue;
        };
        // "Wisconsin Elects A Supreme Court" is a headline, not a name.
        let headline = m
            .canonical
            .split(' ')
            .skip(1)
            .any(|w| matches!(w, "A" | "An" | "The"));
        if !ORG_SUFFIXES.contains(&last) || headline {
            continue;
        }
        // The last word ("Trust"), and the words after a place ("Harbour
        // Trust" of "Kelso Harbour Trust").
        let last_word = m.canonical.len() - last.len() - 1;
        let tails = m.canonical.match_indices(' ').filter(|&(at, _)| {
            let prefix = &m.canonical[..at];
            at == last_word || !prefix.contains(' ') && names_a_place(prefix)
        });
        for (at, _) in tails {
            note_only_name(&mut closers, &m.canonical[at + 1..], &m.canonical);
        }
    }
    let heads: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            // Not after a possessive: "Boatmen's Bancshares Inc." is its own.
            m.label == EntityLabel::Org
                && (m.tokens.len() > 1
                    && (m.tokens.start == 0
                        || doc.tokens[m.tokens.start - 1].kind != TokenKind::Possessive)
                    || m.tokens.start > 0 && doc.lower(m.tokens.start - 1) == "the")
        })
        .filter_map(|(k, m)| Some((k, (*closers.get(m.canonical.as_str())?)?.to_string())))
        .collect();
    for (k, full) in heads {
        mentions[k].canonical = full;
    }
}

/// Records that `word` belongs to the name `full` (or to a label): `None`
/// once two different ones share it, for a word that stands for one name
/// only.
pub(super) fn note_only_name<K: Eq + std::hash::Hash, V: PartialEq>(
    names: &mut FxHashMap<K, Option<V>>,
    word: K,
    full: V,
) {
    names
        .entry(word)
        .and_modify(|only| {
            if only.as_ref() != Some(&full) {
                *only = None;
            }
        })
        .or_insert(Some(full));
}

/// "Dinesh" and "D’Souza" side by side in a title-case headline, each
/// linked to Dinesh D’Souza: one mention of the name they spell together.
fn join_split_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        // Side by side on one line: no name runs over a line break.
        let gap = a.span.end..b.span.start;
        let spelled = |canonical: &str| {
            let mut words = canonical.split(' ');
            a.tokens.end == b.tokens.start
                && !doc.normalized()[gap.clone()].contains('\n')
                && words.next() == Some(doc.token_text(a.tokens.start))
                && a.tokens.len() == 1
                && words.eq(b.tokens.clone().map(|t| doc.token_text(t)))
        };
        // Only a headline's word-by-word candidates come apart like this.
        let headline = a.common_word || b.common_word;
        if headline
            && a.label == EntityLabel::Person
            && b.label == EntityLabel::Person
            && a.canonical == b.canonical
            && spelled(&a.canonical)
        {
            let b = mentions.remove(i + 1);
            let a = &mut mentions[i];
            a.tokens.end = b.tokens.end;
            a.span = doc.token_span(a.tokens.clone());
            a.confident |= b.confident;
            a.common_word &= b.common_word;
        }
        i += 1;
    }
}

/// A title that may stand before a bare surname: "Mr", "Sen.", "Dr.".
pub(crate) fn is_courtesy_title(doc: &Document<'_>, i: usize) -> bool {
    is_title(doc, i) || matches!(doc.token_text(i), "Mr" | "Mrs" | "Ms" | "Dr" | "Prof")
}

/// "Jr.", "III": the part of a name after the surname.
pub(crate) fn is_generational_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

/// "National Cyber Security Centre (NCSC)" and "CCP (Chinese Communist
/// Party)": the acronym and the long name are one entity, named by the
/// long form.
fn link_acronyms(doc: &Document<'_>, mentions: &mut [Mention], stage: Stage) {
    let mut aliases: FxHashMap<String, (String, EntityLabel)> = FxHashMap::default();
    for pair in mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let in_parens = a.tokens.end + 1 == b.tokens.start
            && doc.token_text(a.tokens.end) == "("
            && b.tokens.end < doc.tokens.len()
            && doc.token_text(b.tokens.end) == ")";
        if !in_parens {
            continue;
        }
        let (short, long) = if b.tokens.len() == 1 { (b, a) } else { (a, b) };
        // "Federation of Public Schoolteachers (FENEP)", "Doctors Without
        // Borders (MSF)": capitals in parentheses right after an
        // organization's name abbreviate it, in whatever language. After
        // tagging only, never a place ("the Home Office (UK)"), nor the
        // agency a dateline credits ("UNITED NATIONS (AP) —"), whose
        // place is in capitals.
        let translated = stage == Stage::Final
            && long.label == EntityLabel::Org
            && long.canonical.contains(char::is_lowercase)
            && short.label != EntityLabel::Loc
            && !crate::entity::is_agency_credit(doc, a.tokens.end)
            && short.canonical.len() >= 2
            && short.canonical.chars().all(|c| c.is_ascii_uppercase());
        if short.tokens.len() == 1
            && long.tokens.len() >= 2
            && (translated || abbreviates(&short.canonical, &long.canonical))
        {
            aliases.insert(
                short.canonical.clone(),
                (long.canonical.clone(), long.label),
            );
        }
    }
    // "the European Central Bank … the ECB": with no parentheses, an
    // acronym whose letters are exactly the initials of one organization's
    // name in the article. After tagging only.
    if stage == Stage::Final {
        let mut by_initials: FxHashMap<String, Option<&str>> = FxHashMap::default();
        for m in mentions
            .iter()
            .filter(|m| m.label == EntityLabel::Org && m.tokens.len() >= 2)
        {
            if let Some(initials) = initials(&m.canonical) {
                note_only_name(&mut by_initials, initials, &m.canonical);
            }
        }
        // Not a place: "US" is no "Universal Studios".
        for m in mentions
            .iter()
            .filter(|m| m.tokens.len() == 1 && m.label != EntityLabel::Loc)
        {
            let acronym = m.canonical.len() >= 2
                && m.canonical.chars().all(|c| c.is_ascii_uppercase())
                && !aliases.contains_key(&m.canonical);
            if let Some(Some(long)) = acronym.then(|| by_initials.get(&m.canonical)).flatten() {
                aliases.insert(m.canonical.clone(), (long.to_string(), EntityLabel::Org));
            }
        }
    }
    for m in mentions.iter_mut() {
        if let Some((long, label)) = aliases.get(&m.canonical) {
            m.canonical.clone_from(long);
            m.label = *label;
        }
    }
}

/// The capitals opening the words of a name, skipping its small words:
/// "ECB" of "European Central Bank", "NHS" of "the National Health
/// Service". `None` when a word other than those opens in lowercase.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for word in name.split(' ') {
        let first = word.chars().next()?;
        if first.is_ascii_uppercase() {
            out.push(first);
        } else if !matches!(word, "of" | "and" | "for" | "the" | "on" | "&") {
            return None;
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Whether the capitals of `short` appear, in order, among the initials of
/// `long`'s words: NCSC ← National Cyber Security Centre, CISA ←
/// Cybersecurity and Infrastructure Security Agency.
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    let initials: Vec<char> = long
        .split(' ')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let mut letters = short.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    if initials.first() != Some(&first) {
        return false;
    }
    let mut rest = initials[1..].iter();
    letters.all(|c| rest.any(|&i| i == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_initials() {
        assert!(abbreviates("NCSC", "National Cyber Security Centre"));
        assert!(abbreviates(
            "CISA",
            "Cybersecurity and Infrastructure Security Agency"
        ));
        assert!(abbreviates("CCP", "Chinese Communist Party"));
        assert!(!abbreviates("NCSC", "Getty Images"));
    }
}
