//! Named entities: people, organizations, places and other names.
//!
//! Three stages, each in its own module:
//!
//! 1. `rules` finds runs of capitalized words (joined by "of", "and",
//!    "&"…), trims what is not part of a name (a sentence-initial "In", a
//!    leading "The", months, titles such as "Foreign Secretary"), and
//!    labels each run from embedded gazetteers and cue words ("… Agency" is
//!    an organization, "… Square" a place).
//! 2. `model`, a learned tagger, reads every sentence with the rules'
//!    opinion as one of its features and gives the mentions; the rules
//!    then overrule it only where word lists know better (a dateline city,
//!    "AP", "MI5").
//! 3. `canonical` makes labels agree across the article and links
//!    mentions: "McCallum" takes the canonical name "Ken McCallum", and
//!    "NCSC" the name it abbreviates in "National Cyber Security Centre
//!    (NCSC)"; `cluster` then gathers mentions sharing a canonical name.

mod apposition;
mod canonical;
mod cluster;
pub(crate) mod cues;
mod headline;
pub(crate) mod model;
mod pinyin;
mod rules;

use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;
use std::ops::Range;

pub use cluster::EntityCluster;
pub(crate) use cluster::cluster;
pub(crate) use model::Model;

use crate::Span;
use crate::lexicon::Lexicon;
use crate::text::{AbbrevKind, Document, TokenKind};

/// The kind of thing an [`Entity`] names, following the CoNLL-2003 classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EntityLabel {
    /// A person: "Ken McCallum", "McCallum".
    Person,
    /// An organization: "MI5", "University of Oxford".
    Org,
    /// A place: "Beijing", "Tiananmen Square".
    Loc,
    /// Any other name, including nationalities: "Chinese".
    Misc,
}

impl EntityLabel {
    /// The label as written in the JSON output: `"PERSON"`, `"ORG"`, `"LOC"`
    /// or `"MISC"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

impl fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One mention of a named entity.
///
/// ```
/// use article_analyzer::{Analyzer, EntityLabel};
///
/// let text = "Foreign Secretary Dominic Raab visited Beijing. Raab left.";
/// let analysis = Analyzer::new().analyze(text);
/// let raab: Vec<_> = analysis
///     .entities()
///     .iter()
///     .filter(|e| e.label() == EntityLabel::Person)
///     .map(|e| (e.text(), e.canonical()))
///     .collect();
/// assert_eq!(raab, [("Dominic Raab", "Dominic Raab"), ("Raab", "Dominic Raab")]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) label: EntityLabel,
    pub(crate) canonical: String,
    pub(crate) cluster: usize,
}

impl Entity {
    /// Where the mention is, in bytes of the analyzed text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The mention as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What kind of entity this is.
    pub fn label(&self) -> EntityLabel {
        self.label
    }

    /// The fullest name the article gives this entity. Mentions with the
    /// same canonical name and label refer to the same entity.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// The index of this mention's entity in
    /// [`Analysis::clusters`](crate::Analysis::clusters).
    pub fn cluster(&self) -> usize {
        self.cluster
    }
}

/// An entity mention as the extractors pass it around: in normalized text,
/// with its tokens.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) tokens: Range<usize>,
    pub(crate) span: Span,
    pub(crate) label: EntityLabel,
    pub(crate) canonical: String,
    /// Labelled by a cue or gazetteer rather than by elimination.
    pub(crate) confident: bool,
    /// A single capitalized common word ("Trump", "Weaver"): a name only if
    /// the document links it to one.
    pub(crate) common_word: bool,
}

/// Finds the entity mentions of a document, in text order: the learned
/// tagger, fed the rule-based labeller's opinion as features, decides the
/// spans and labels; the document pass then links the mentions. Without
/// loadable weights, the rules alone answer.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, model: &Model) -> Vec<Mention> {
    let rule_mentions = rules::extract(doc, lexicon);
    if !model.is_loaded() {
        return rule_mentions;
    }
    let headlines = rules::headlines(doc, lexicon);
    // A headline in title case ("Harbour Council Approves Pier Rebuild")
    // is unlike anything the tagger learned from (CoNLL's headlines are in
    // capitals); the rules, which treat its capitals as saying nothing,
    // answer there.
    let title_case = rules::title_case_headlines(doc, &headlines);
    let in_title_case =
        |m: &Mention| title_case[doc.sentences[doc.sentence_of_token(m.tokens.start)].paragraph];
    let segments = join_titled_halves(
        doc,
        model::tag_document(doc, lexicon, model, &rule_mentions, &headlines),
    );
    let tagged: Vec<(Mention, bool)> = segments
        .into_iter()
        .flat_map(|(tokens, label)| {
            split_between_names(doc, lexicon, tokens)
                .into_iter()
                .flat_map(move |t| titled_person(doc, t, label))
                .flat_map(|(t, label)| person_of_firm(doc, lexicon, t, label))
                .map(|(t, label)| {
                    let label = person_after_job(doc, lexicon, &t, label);
                    person_before_postnominal(doc, lexicon, t, label)
                })
        })
        .filter_map(|(tokens, label)| {
            // "’s Federation" (LOC) grows back to "Fishermen’s Federation",
            // which its last word shows to be an organization.
            let possessive_first = doc.tokens[tokens.start].kind == TokenKind::Possessive;
            let label = person_before_family_suffix(doc, &tokens, label);
            let tokens = without_leading_time(doc, trim(doc, tokens)?, label);
            let tokens = without_leading_job(doc, lexicon, tokens, label);
            let tokens = with_trailing_name_word(doc, tokens, label);
            let (tokens, label) = with_initials(doc, tokens, label);
            let (tokens, label) = without_judicial_title(doc, tokens, label);
            let (tokens, grown) = with_owning_group(doc, lexicon, tokens);
            // "Marina Capital": a company's word ends no person's name.
            let company_tail = label == EntityLabel::Person
                && tokens.len() > 1
                && cues::COMPANY_TAILS.contains(&doc.token_text(tokens.end - 1));
            let label = if grown
                || company_tail
                || possessive_first && cues::ORG_SUFFIXES.contains(&doc.token_text(tokens.end - 1))
            {
                EntityLabel::Org
            } else {
                label
            };
            Some((mention(doc, tokens, label), grown))
        })
        .filter(|(m, _)| !in_title_case(m))
        // "Dato’ Ahmad Faizal": an honorific the tagger cut off alone
        // names no one.
        .filter(|(m, _)| {
            m.tokens.len() > 1 || !cues::HONORIFICS.contains(&doc.token_text(m.tokens.start))
        })
        // "3 p.m. ET": a time zone, which CoNLL calls MISC.
        .map(|(mut m, grown)| {
            if is_time_zone_after_time(doc, &m.tokens) {
                m.label = EntityLabel::Misc;
            }
            (m, grown)
        })
        // "By Mei Tanaka, Transport Correspondent": a journalist's job;
        // "a GP", "two MPs": a job in capitals.
        .filter(|(m, _)| !cues::JOURNALISTS_JOBS.contains(&doc.token_text(m.tokens.end - 1)))
        .filter(|(m, _)| {
            m.tokens.len() > 1 || !cues::JOBS_IN_CAPITALS.contains(&doc.token_text(m.tokens.start))
        })
        .filter(|(m, _)| {
            m.tokens.len() > 1
                || !is_never_a_name(&m.canonical)
                    && !is_numbered_division(doc, m.tokens.end)
                    && !is_imperative(doc, lexicon, m.tokens.start)
        })
        .collect();
    let tagged = join_names_before_initials(doc, lexicon, absorb_owning_groups(doc, tagged));
    let mut tagged = rules::split_country_prefixes(doc, lexicon, tagged);
    tagged.extend(rule_mentions.iter().filter(|m| in_title_case(m)).cloned());
    tagged.sort_by_key(|m| m.tokens.start);
    // "LISBON —", "PARIS, Oct. 14": a place in capitals opening a paragraph
    // before a dash or comma is a dateline (not a team in a results table,
    // "KELSO 72 64"). In text order, for binary search.
    let dateline: Vec<usize> = doc
        .paragraphs
        .iter()
        .map(|p| p.tokens.start)
        .filter(|&i| {
            i + 1 < doc.tokens.len()
                && crate::lexicon::is_shouted(doc.token_text(i))
                && (matches!(doc.token_text(i + 1), "—" | "–" | "-" | ",")
                    || is_agency_credit(doc, i + 1))
        })
        .collect();
    let mut mentions = merge_with_rules(tagged, rule_mentions, &dateline);
    split_at_straight_quotes(doc, &mut mentions);
    // "KELSO —": a place the lists do not know is still a dateline's
    // place, when a long dash follows it (not "SOCCER - JAPAN …"), and
    // no agency the lists know. "EXCLUSIVE —", "BREAKING —" label the
    // story and name nothing.
    mentions.retain_mut(|m| {
        let dateline_word = m.tokens.len() == 1
            && dateline.binary_search(&m.tokens.start).is_ok()
            && (matches!(doc.token_text_or_empty(m.tokens.end), "—" | "–")
                || is_agency_credit(doc, m.tokens.end))
            && m.label != EntityLabel::Loc
            && !cues::KNOWN_ORGS.contains(&m.canonical.as_str());
        // "PORT ALBION, Ont. —": a place of several words in capitals,
        // then a dash after at most its province.
        let dateline_words = m.tokens.len() > 1
            && doc
                .paragraphs
                .binary_search_by_key(&m.tokens.start, |p| p.tokens.start)
                .is_ok()
            && m.tokens
                .clone()
                .all(|i| crate::lexicon::is_shouted(doc.token_text(i)))
            && (m.tokens.end..m.tokens.end + 5)
                .map(|i| doc.token_text_or_empty(i))
                .any(|word| matches!(word, "—" | "–"));
        if dateline_word || dateline_words {
            m.label = EntityLabel::Loc;
        }
        !(dateline_word && lexicon.is_common_word(&m.canonical))
    });
    join_name_particles(doc, lexicon, &mut mentions);
    join_particles_before_names(doc, &mut mentions);
    join_first_names_before_particles(doc, lexicon, &mut mentions);
    join_family_names_written_first(doc, lexicon, &mut mentions);
    join_first_names_after_titles(doc, lexicon, &mut mentions);
    join_accented_given_names(doc, lexicon, &mut mentions);
    join_hyphenated_given_names(doc, lexicon, &mut mentions);
    join_irish_patronymics(doc, lexicon, &mut mentions);
    join_vietnamese_names(doc, &mut mentions);
    join_chinese_names(doc, lexicon, &mut mentions);
    add_states_after_names(doc, &mut mentions);
    add_acronyms_after_names(doc, lexicon, &mut mentions);
    join_numbered_stations(doc, &mut mentions);
    join_company_tails(doc, &mut mentions);
    join_saints_institutions(doc, &mut mentions);
    join_bodies_of_names(doc, &mut mentions);
    join_romance_bodies(doc, &mut mentions);
    join_names_over_and(doc, lexicon, &mut mentions);
    people_of_an_age(doc, lexicon, &mut mentions);
    canonical::harmonize(doc, lexicon, &mut mentions, canonical::Stage::Final);
    drop_words_opening_quotations(doc, lexicon, &mut mentions);
    apposition::settle(doc, lexicon, &mut mentions);
    headline::settle(doc, lexicon, &title_case, &mut mentions);
    mentions
}

pub(crate) fn mention(doc: &Document<'_>, tokens: Range<usize>, label: EntityLabel) -> Mention {
    // Words joined by spaces, a possessive glued on ("Fishermen’s"), and a
    // slash kept as written ("Suresh a/l Ramasamy", "AC/DC").
    let mut canonical = String::new();
    let slash_glued = |i: usize| {
        (doc.token_text(i) == "/" || doc.token_text(i - 1) == "/")
            && doc.tokens[i - 1].span.end == doc.tokens[i].span.start
    };
    for i in tokens.clone() {
        let glued = doc.tokens[i].kind == TokenKind::Possessive
            || i > tokens.start && (is_bare_plural_possessive(doc, i) || slash_glued(i));
        if !canonical.is_empty() && !glued {
            canonical.push(' ');
        }
        canonical.push_str(doc.token_text(i));
    }
    Mention {
        span: doc.token_span(tokens.clone()),
        tokens,
        label,
        canonical,
        confident: true,
        common_word: false,
    }
}

/// Lowercase particles inside a person's name: "Karim *el* Fassi",
/// "Ahmed *bin* Talal", "Ana *da* Silva"; Catalan's "and" between two
/// surnames ("Jordi Puigdollers *i* Serra") and Faroese "í", "of" ("Rakul
/// Poulsen *í* Bø", "Hanus *við* Á"); Filipino "dela" ("Maricel *dela*
/// Cruz") and Spanish "y" ("Ortega *y* Gasset").
const NAME_PARTICLES: &[&str] = &[
    "af", "al", "ap", "bin", "binti", "bint", "da", "das", "de", "del", "dela", "della", "di",
    "dos", "du", "el", "i", "ibn", "la", "las", "le", "los", "ter", "van", "von", "við", "y", "zu",
    "í",
];

/// Particles that open a surname in capitals ("Tristan Le Floc’h", "Ana
/// Da Costa"), and so never end a name.
const CAPITALIZED_PARTICLES: &[&str] = &[
    "Da", "Das", "De", "Del", "Della", "Di", "Dos", "Du", "La", "Le", "Lo", "Van", "Von",
];

/// "Karim el Fassi": a person's name runs on over a lowercase particle
/// and the capitalized words after it, which the tagger had cut off (and
/// often labelled a place or a company on their own).
// Out of line, for the reason given at `given_before_capital_particle`:
// inlined, the slash-patronymic join made analysis in node about 8% slower.
#[inline(never)]
fn join_name_particles(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    let capitalized = |i: usize| {
        i < doc.tokens.len()
            && doc.tokens[i].kind == TokenKind::Word
            && text(i).starts_with(char::is_uppercase)
    };
    // "Siôn ap Dafydd", "Yusuf bin Hamid": a patronymic particle joins
    // people's names only, whatever the tagger called the given name.
    let patronymic = |k: usize| PATRONYMIC_PARTICLES.contains(&text(k)) && capitalized(k + 1);
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let mut end = m.tokens.end;
        // "Kavitha a/p Muniandy", where the tagger saw only the last name,
        // or took the given name alone for something else: a capitalized
        // word and a slash patronymic open it.
        let start = m.tokens.start;
        if start >= 4
            && capitalized(start - 4)
            && slash_patronymic_len(doc, start - 3) == 3
            && joined.last().is_none_or(|last| {
                last.tokens.end <= start - 4
                    || last.tokens == (start - 4..start - 3) && last.label != EntityLabel::Person
            })
        {
            push_with_given_name(doc, &mut joined, start - 4, m.clone(), |_| false);
            i += 1;
            continue;
        }
        // "Henrik af Forselles", "Maximilian zu Schwarzenfels": a given
        // name that the tagger took alone for something else, then a
        // particle and a capitalized name. A first name the census knows,
        // or any name before a particle that only names use. Not a
        // place's name ("Paris").
        let first_name_alone = |m: &Mention| {
            let word = text(m.tokens.start);
            let particle = text(m.tokens.end);
            NAME_PARTICLES.contains(&particle)
                && capitalized(m.tokens.end + 1)
                && is_one_capital_per_part(word)
                && (matches!(particle, "af" | "von" | "zu")
                    || lexicon.first_name_gender_unaccented(word).is_some())
                && !lexicon.is_place(word)
        };
        let given_name_before = m.tokens.len() == 1
            && (matches!(m.label, EntityLabel::Org | EntityLabel::Misc)
                && patronymic(m.tokens.end)
                || m.label != EntityLabel::Person && first_name_alone(m));
        if m.label == EntityLabel::Person || given_name_before {
            loop {
                let mut k = end;
                while NAME_PARTICLES.contains(&text(k)) && k - end < 3 {
                    k += 1;
                }
                if k == end {
                    k += slash_patronymic_len(doc, k);
                }
                // "Faisal bin Khalid al-Mansouri": a particle glued to the
                // name after it by a hyphen is one lowercase word.
                if k == end && is_glued_particle_name(text(k)) {
                    end = k + 1;
                    continue;
                }
                if k == end || !capitalized(k) {
                    break;
                }
                while capitalized(k) {
                    k += 1;
                }
                end = k;
            }
        }
        if end == m.tokens.end {
            // "Siôn ap Dafydd" that the tagger took whole for a body.
            let person_whole = m.label != EntityLabel::Person
                && m.tokens.len() >= 3
                && patronymic(m.tokens.start + 1)
                && capitalized(m.tokens.start)
                && !m.tokens.clone().any(|k| {
                    cues::ORG_SUFFIXES.contains(&text(k)) || cues::LOC_SUFFIXES.contains(&text(k))
                });
            let mut m = mentions[i].clone();
            if person_whole {
                m.label = EntityLabel::Person;
            }
            joined.push(m);
            i += 1;
            continue;
        }
        // "Dr Konstantin" + "von Hallberg": the title stays outside.
        let mut start = m.tokens.start;
        while start + 1 < end && cues::is_short_title(text(start)) {
            start += 1;
        }
        joined.push(mention(doc, start..end, EntityLabel::Person));
        i += 1;
        // The pieces the joined name now covers.
        while i < mentions.len() && mentions[i].tokens.start < end {
            i += 1;
        }
    }
    *mentions = joined;
}

/// The particles of [`NAME_PARTICLES`] that say "son of" or "daughter
/// of", and so stand only inside people's names.
const PATRONYMIC_PARTICLES: &[&str] = &["ap", "bin", "binti", "bint", "ibn"];

/// How many tokens at `i` make a patronymic written with a slash, as
/// Malaysian and Singaporean names have it: "Suresh *a/l* Ramasamy" (anak
/// lelaki, son of), "Kavitha *a/p* Muniandy", "*s/o*", "*d/o*". Zero if
/// none is there.
// Out of line, for the reason given at `given_before_capital_particle`.
#[inline(never)]
fn slash_patronymic_len(doc: &Document<'_>, i: usize) -> usize {
    let text = |k: usize| doc.token_text_or_empty(k);
    let glued = |k: usize| doc.tokens[k].span.end == doc.tokens[k + 1].span.start;
    let written = matches!(
        (text(i), text(i + 1), text(i + 2)),
        ("a", "/", "l" | "p") | ("s" | "d", "/", "o")
    );
    if written && glued(i) && glued(i + 1) {
        3
    } else {
        0
    }
}

/// "al-Mansouri", "el-Sayed": a name particle, a hyphen, then a
/// capitalized name.
fn is_glued_particle_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, name)| {
        NAME_PARTICLES.contains(&particle) && name.starts_with(char::is_uppercase)
    })
}

/// "Later, de la Cruz added": a person's name opens with the lowercase
/// particles right before it, which the tagger left out.
fn join_particles_before_names(doc: &Document<'_>, mentions: &mut [Mention]) {
    let mut previous_end = 0;
    for m in mentions.iter_mut() {
        let mut start = m.tokens.start;
        if m.label == EntityLabel::Person {
            while start > previous_end
                && m.tokens.start - start < 3
                && NAME_PARTICLES.contains(&doc.token_text(start - 1))
            {
                start -= 1;
            }
        }
        // Not the middle of a name: "Ana de la Cruz" is for the joins of
        // first names.
        let inside_a_name = start > 0
            && doc.tokens[start - 1].kind == TokenKind::Word
            && doc.token_text(start - 1).starts_with(char::is_uppercase);
        if start < m.tokens.start && !inside_a_name {
            *m = mention(doc, start..m.tokens.end, EntityLabel::Person);
        }
        previous_end = m.tokens.end;
    }
}

/// Whether `word` may be the given name before a surname that opens with
/// a particle in capitals ("Pieter Van den Broeck"): not a place, a day, a
/// month or a nationality ("On Saturday De Bruyne", "the Dutchman Van
/// Dijk").
// Out of line: inlined into the tagger's pipeline, which the size-optimized
// wasm build compiles as one function, it made the whole analysis about 8%
// slower in node (benches/peers, the 200 development articles).
#[inline(never)]
fn given_before_capital_particle(lexicon: &Lexicon, word: &str) -> bool {
    use crate::date::{MONTH_NAMES, WEEKDAY_NAMES};
    lexicon.first_name_gender_unaccented(word).is_some()
        || !lexicon.is_place(word)
            && !MONTH_NAMES.contains(&word)
            && !WEEKDAY_NAMES.contains(&word)
            && !cues::DEMONYMS.contains(&word)
            && !lexicon.is_country_demonym(word)
            && !word.ends_with("man")
            && !word.ends_with("woman")
}

/// "Pieter", "Jan-Hendrik": each part of a word, between hyphens, a
/// capital and then lowercase letters, as a first name is written.
fn is_one_capital_per_part(word: &str) -> bool {
    word.split('-').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    })
}

/// "Pieter van der Hoeven", "Aparecida dos Santos Moreira": a first name
/// before a person's name that opens with a particle, or before the
/// particle itself, opens the name, though the tagger left it out or took
/// it for something else alone.
fn join_first_names_before_particles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let text = |i: usize| doc.token_text_or_empty(i);
    // One pass into a new list, so that many joins stay linear: a first
    // name that was a mention of its own is the last mention kept.
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        // Where the particles before the name begin: inside the mention
        // ("van der Hoeven") or just before it ("dos | Santos Moreira").
        let mut particles = m.tokens.start;
        while particles > 0 && NAME_PARTICLES.contains(&text(particles - 1)) {
            particles -= 1;
        }
        // "Pieter | Van den Broeck": a surname may open with a particle in
        // capitals, then before a given name that is no place.
        let opens_in_capitals =
            m.tokens.len() >= 2 && CAPITALIZED_PARTICLES.contains(&text(m.tokens.start));
        let opens_with_particle =
            NAME_PARTICLES.contains(&text(m.tokens.start)) || opens_in_capitals;
        let first = particles.checked_sub(1).filter(|&i| {
            let word = text(i);
            m.label == EntityLabel::Person
                && (opens_with_particle || particles < m.tokens.start)
                && m.tokens.start - particles <= 3
                && doc.tokens[i].kind == TokenKind::Word
                && is_one_capital_per_part(word)
                && !cues::is_short_title(word)
                && !cues::TITLE_WORDS.contains(&word)
                && (lexicon.is_first_name(word) || !lexicon.is_common_lowercase(doc.lower(i)))
                && (!opens_in_capitals || given_before_capital_particle(lexicon, word))
        });
        let Some(first) = first else {
            joined.push(m);
            continue;
        };
        // Not an organization's one word, unless a first name ("Barclays
        // de Zoete Wedd").
        push_with_given_name(doc, &mut joined, first, m, |b| {
            b.label == EntityLabel::Org && !lexicon.is_first_name(text(first))
        });
    }
    *mentions = joined;
}

/// Pushes onto `joined` the person named from token `first` to the end of
/// `m`, in place of the one-word mention the tagger may have made of the
/// given name at `first`; or `m` as it is when another name holds that
/// word, or when `keeps_apart` says its own mention stays.
fn push_with_given_name(
    doc: &Document<'_>,
    joined: &mut Vec<Mention>,
    first: usize,
    m: Mention,
    keeps_apart: impl Fn(&Mention) -> bool,
) {
    let before = joined.last().filter(|b| b.tokens.end > first);
    if before.is_some_and(|b| b.tokens != (first..first + 1) || keeps_apart(b)) {
        joined.push(m);
        return;
    }
    if before.is_some() {
        joined.pop();
    }
    joined.push(mention(doc, first..m.tokens.end, EntityLabel::Person));
}

/// "Héctor Luis Santiago III": a given name the census lists only
/// without its accents ("Hector"), which the tagger left out or took alone
/// for something else, opens the name of the person right after it.
fn join_accented_given_names(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let given_before = |m: &Mention| {
        if m.label != EntityLabel::Person {
            return None;
        }
        let i = m.tokens.start.checked_sub(1)?;
        let word = doc.token_text(i);
        (doc.tokens[i].kind == TokenKind::Word
            && !word.is_ascii()
            && doc.text[doc.tokens[i].span.end..doc.tokens[i + 1].span.start] == *" "
            && is_one_capital_per_part(word)
            && lexicon.first_name_gender(word).is_none()
            && lexicon.first_name_gender_unaccented(word).is_some()
            && !lexicon.is_common_lowercase(doc.lower(i)))
        .then_some(i)
    };
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        match given_before(&m) {
            Some(first) => push_with_given_name(doc, &mut joined, first, m, |_| false),
            None => joined.push(m),
        }
    }
    *mentions = joined;
}

/// "Vo Minh Quan": a short family name written first, which the tagger
/// left out because the given names open with a known first name ("Minh
/// Quan"), opens the person's name. Only a word the surname list knows,
/// no common word, of at most four letters, before a two-word name.
fn join_family_names_written_first(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut [Mention],
) {
    // "Chief executive Tan Wei Ling": a surname that is also a common
    // word ("tan") counts only inside a sentence, after a word in
    // lowercase, where its capital marks a name.
    // Or after a comma: "Down in the town, Tan Mei Ling runs".
    let after_a_lowercase_word = |i: usize| {
        i > 0
            && (doc.tokens[i - 1].kind == TokenKind::Word
                && doc.token_text(i - 1).starts_with(char::is_lowercase)
                || doc.token_text(i - 1) == ",")
    };
    let mut previous_end = 0;
    for m in mentions.iter_mut() {
        let start = m.tokens.start;
        let joins = m.label == EntityLabel::Person
            && m.tokens.len() == 2
            && start > previous_end
            && lexicon.is_first_name(doc.token_text(start))
            && {
                let word = doc.token_text(start - 1);
                doc.tokens[start - 1].kind == TokenKind::Word
                    && (2..=4).contains(&word.chars().count())
                    && word.starts_with(char::is_uppercase)
                    && word.chars().skip(1).all(char::is_lowercase)
                    && lexicon.is_surname(word)
                    && !lexicon.is_first_name(word)
                    && (!lexicon.is_common_lowercase(doc.lower(start - 1))
                        || after_a_lowercase_word(start - 1))
                    && !cues::is_short_title(word)
            };
        previous_end = m.tokens.end;
        if joins {
            *m = mention(doc, start - 1..m.tokens.end, EntityLabel::Person);
        }
    }
}

/// "(Reuters) —" at token `i`: an agency's credit in parentheses and the
/// dash after it, as a dateline has them ("LISBON (Reuters) — …").
pub(crate) fn is_agency_credit(doc: &Document<'_>, i: usize) -> bool {
    doc.token_text_or_empty(i) == "("
        && (i + 2..i + 6)
            .find(|&k| doc.token_text_or_empty(k) == ")")
            .is_some_and(|close| matches!(doc.token_text_or_empty(close + 1), "—" | "–" | "-"))
}

/// Capitalized particles of Irish surnames: "Peadar *Ó* Flaithearta",
/// "Mairéad *Ní* Bhriain".
const IRISH_PATRONYMICS: &[&str] = &["Mhic", "Nic", "Ní", "Ua", "Uí", "Ó"];

/// Irish words that open places' names: "*Baile* Uí Dhálaigh" is a town
/// ("baile"), not a person, though a patronymic follows.
#[rustfmt::skip]
const IRISH_PLACE_WORDS: &[&str] = &[
    "Baile", "Béal", "Caisleán", "Carraig", "Cill", "Cluain", "Cnoc", "Doire", "Dún", "Gleann",
    "Inis", "Lios", "Mainistir", "Ráth", "Ros", "Tulach",
];

/// "Peadar Ó Flaithearta": a capitalized word, a patronymic particle and a
/// capitalized word are one person's name, however the tagger cut and
/// labelled the pieces ("Tadhg Ó" LOC and "Riordáin" ORG).
fn join_irish_patronymics(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let capitalized = |i: usize| {
        i < doc.tokens.len()
            && doc.tokens[i].kind == TokenKind::Word
            && doc.token_text(i).starts_with(char::is_uppercase)
            && !IRISH_PATRONYMICS.contains(&doc.token_text(i))
    };
    let particles: Vec<usize> = (0..doc.tokens.len().saturating_sub(1))
        .filter(|&i| IRISH_PATRONYMICS.contains(&doc.token_text(i)) && capitalized(i + 1))
        .collect();
    if particles.is_empty() {
        return;
    }
    for i in particles {
        // A first name before the particle belongs to the name; a title
        // ("Mr Ó Riordáin") or nothing ("Ó Flaithearta fished") leaves the
        // surname alone.
        // Nor does a word opening the sentence ("But Ní Bhriain").
        let first_name = i > 0
            && capitalized(i - 1)
            && !canonical::is_courtesy_title(doc, i - 1)
            && !cues::is_short_title(doc.token_text(i - 1))
            && !lexicon.is_common_word(doc.token_text(i - 1));
        let mut start = if first_name {
            mention_holding(mentions, i - 1).map_or(i - 1, |m| m.tokens.start)
        } else {
            i
        };
        while start + 1 < i && cues::is_short_title(doc.token_text(start)) {
            start += 1;
        }
        let place = i > 0 && IRISH_PLACE_WORDS.contains(&doc.token_text(i - 1));
        let (start, label) = if place {
            (i - 1, EntityLabel::Loc)
        } else {
            (start, EntityLabel::Person)
        };
        let end = mention_holding(mentions, i + 1).map_or(i + 2, |m| m.tokens.end);
        let first = mentions.partition_point(|m| m.tokens.end <= start);
        let last = mentions.partition_point(|m| m.tokens.start < end);
        let name = mention(doc, start..end, label);
        mentions.splice(first..last, [name]);
    }
    // "Ó Riordáin" alone is "Tadhg Ó Riordáin", when the text names him
    // in full.
    let full_names: Vec<String> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Person)
        .map(|m| m.canonical.clone())
        .collect();
    for m in mentions.iter_mut() {
        if m.label == EntityLabel::Person
            && IRISH_PATRONYMICS.contains(&doc.token_text(m.tokens.start))
            && let Some(full) = full_names.iter().find(|full| {
                full.len() > m.canonical.len()
                    && full.ends_with(m.canonical.as_str())
                    && full[..full.len() - m.canonical.len()].ends_with(' ')
            })
        {
            m.canonical = full.clone();
        }
    }
}

/// "Nguyễn Thị Lan Anh", "Huỳnh Văn Lộc": a Vietnamese name, whose
/// second word marks a woman's or a man's, is one person's, from the
/// family name before the marker to the given names after it. The tagger
/// often cuts it into an organization and a person.
fn join_vietnamese_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let capitalized = |i: usize| {
        i < doc.tokens.len()
            && doc.tokens[i].kind == TokenKind::Word
            && doc.token_text(i).starts_with(char::is_uppercase)
            && !matches!(doc.token_text(i), "Thị" | "Văn")
    };
    let markers: Vec<usize> = (1..doc.tokens.len().saturating_sub(1))
        .filter(|&i| matches!(doc.token_text(i), "Thị" | "Văn"))
        .filter(|&i| capitalized(i - 1) && capitalized(i + 1))
        .collect();
    for i in markers {
        let start = i - 1;
        let mut end = i + 1;
        while end < i + 4 && capitalized(end) {
            end += 1;
        }
        let first = mentions.partition_point(|m| m.tokens.end <= start);
        let last = mentions.partition_point(|m| m.tokens.start < end);
        // A longer name already holding the run stays.
        let held = mentions[first..last].iter().any(|m| {
            m.label == EntityLabel::Person && m.tokens.start <= start && m.tokens.end >= end
        });
        if !held {
            mentions.splice(first..last, [mention(doc, start..end, EntityLabel::Person)]);
        }
    }
}

/// "China's Tang Lihua", "Sun Lihua": a Chinese family name and a given
/// name of two pinyin syllables (see [`pinyin`]) are a person, family
/// name first, whatever the tagger made of them. Not a common word nor a
/// place the lists know ("Wu Xing" may be), and not inside a longer name.
// Out of line, for the reason given at `given_before_capital_particle`.
#[inline(never)]
fn join_chinese_names(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let is_name = |i: usize| {
        let (family, given) = (doc.token_text(i), doc.token_text(i + 1));
        pinyin::is_family_name(family)
            && doc.tokens[i].span.end + 1 == doc.tokens[i + 1].span.start
            && doc.tokens[i + 1].kind == TokenKind::Word
            && pinyin::is_given_name(given)
            && !lexicon.is_common_lowercase(doc.lower(i + 1))
            && !lexicon.is_place(given)
            && !doc
                .token_text_or_empty(i + 2)
                .starts_with(char::is_uppercase)
            && (i == 0 || !doc.token_text(i - 1).starts_with(char::is_uppercase))
    };
    let names: Vec<usize> = (0..doc.tokens.len().saturating_sub(1))
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word && is_name(i))
        .collect();
    if names.is_empty() {
        return;
    }
    put_people(
        doc,
        mentions,
        names.into_iter().map(|i| i..i + 2),
        |name, _| name,
    );
}

/// Puts people's `names`, in text order and apart, among `mentions` in
/// one pass over both lists: each name replaces the mentions it overlaps,
/// unless a person's name already covers it ("Evelyn Wong Kam-ling").
/// `widen` may open a name earlier, given where the last mention kept
/// ends.
fn put_people(
    doc: &Document<'_>,
    mentions: &mut Vec<Mention>,
    names: impl Iterator<Item = Range<usize>>,
    mut widen: impl FnMut(Range<usize>, usize) -> Range<usize>,
) {
    let old = std::mem::take(mentions);
    let mut k = 0;
    for name in names {
        let done = mentions.last().map_or(0, |m| m.tokens.end);
        let name = widen(name, done);
        let first = k + old[k..].partition_point(|m| m.tokens.end <= name.start);
        let last = first + old[first..].partition_point(|m| m.tokens.start < name.end);
        mentions.extend(old[k..first].iter().cloned());
        k = first;
        let covered = old[first..last].iter().any(|m| {
            m.label == EntityLabel::Person
                && m.tokens.start <= name.start
                && m.tokens.end >= name.end
        });
        if !covered {
            mentions.push(mention(doc, name, EntityLabel::Person));
            k = last;
        }
    }
    mentions.extend(old[k..].iter().cloned());
}

/// "said Mr Tariq Mehmood Awan": a capitalized word between a title and
/// a person's name opens the name, though the tagger left it out (and
/// may have taken the title alone for a name). Not a common word.
fn join_first_names_after_titles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let is_courtesy = |word: &str| cues::is_courtesy_word(word) || cues::HONORIFICS.contains(&word);
    let title_only =
        |m: &Mention| m.tokens.len() == 1 && is_courtesy(doc.token_text(m.tokens.start));
    // One pass into a new list, so that many joins stay linear: a title
    // the name absorbs is the last mention kept.
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let start = m.tokens.start;
        let word_before_title = |k: usize| {
            !cues::is_short_title(doc.token_text(k))
                && !cues::TITLE_WORDS.contains(&doc.token_text(k))
                && !canonical::is_courtesy_title(doc, k)
        };
        // "Captain Rehema Said Mwinyi": a one-word rank, then the name.
        // "Hamisi Ally Kombo, chairman of …": a name of two words opening
        // its sentence, after a word no list knows, before an apposition
        // (not "Fullback Andre Joubert scored").
        let opens_sentence = |k: usize| {
            doc.sentences[doc.sentence_of_token(k)].tokens.start == k
                && m.tokens.len() >= 2
                && doc.token_text_or_empty(m.tokens.end) == ","
                && !is_job_shaped(doc.lower(k))
                && !cues::PERSON_JOB_NOUNS.contains(&doc.lower(k))
                // "Mother-of-three Sharon Blackwood, 41,"
                && !doc.token_text(k).contains(crate::text::is_hyphen)
                && !lexicon.is_first_name(doc.token_text(k))
                && !lexicon.is_place(doc.token_text(k))
                && !cues::DEMONYMS.contains(&doc.token_text(k))
        };
        let first_name = start >= 1
            && m.label == EntityLabel::Person
            && is_personal_name_word(doc, start - 1)
            // Not a headline's word: "CNN President On Trump".
            && (lexicon.is_first_name(doc.token_text(start - 1))
                || !lexicon.is_common_lowercase(doc.lower(start - 1)))
            && joined.last().is_none_or(|before| before.tokens.end < start)
            && word_before_title(start - 1)
            // A courtesy title, not a rank of several words ("Detective
            // Constable Joanne Pryce").
            && (start >= 2
                && (is_courtesy(doc.token_text(start - 2))
                    || (cues::is_title(doc, start - 2)
                        || cues::is_short_title(doc.token_text(start - 2)))
                        && !opens_compound_rank(doc.token_text(start - 2))
                        && doc.sentences[doc.sentence_of_token(start - 2)].tokens.start
                            == start - 2)
                || opens_sentence(start - 1));
        if !first_name {
            joined.push(m);
            continue;
        }
        if joined
            .last()
            .is_some_and(|before| before.tokens.end == start - 1 && title_only(before))
        {
            joined.pop();
        }
        joined.push(mention(doc, start - 1..m.tokens.end, m.label));
    }
    *mentions = joined;
}

/// "Park Ji-hoon", "Lee Seo-yeon", "Wong Kam-ling": a family name, then a
/// Korean or Cantonese given name of two syllables joined by a hyphen,
/// the second in lowercase, are a person, family name first. The tagger,
/// which learned from few such names, labels them anything or cuts off
/// the family name.
fn join_hyphenated_given_names(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let is_given_name = |i: usize| {
        let word = doc.token_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && word.split_once('-').is_some_and(|(first, second)| {
                let syllable = |s: &str| (1..=5).contains(&s.chars().count());
                syllable(first)
                    && syllable(second)
                    && first.starts_with(char::is_uppercase)
                    && first.chars().skip(1).all(char::is_lowercase)
                    && second.chars().all(char::is_lowercase)
                    // Not "New York-based", "Jeb Bush-spent", "March T-bills";
                    // but a short syllable may be a word too ("Jin-ho"), and
                    // so may a second of four letters after a first that is
                    // none ("Sze-wing", not "Paris-born").
                    && (!lexicon.is_common_lowercase(second)
                        || second.len() <= 3
                            && !matches!(
                                second,
                                "age" | "day" | "era" | "led" | "off" | "old" | "on" | "out"
                                    | "run" | "set" | "up" | "way"
                            )
                        || first.len() >= 2
                            && second.len() == 4
                            && !matches!(
                                second,
                                "born" | "bred" | "free" | "held" | "like" | "made" | "only"
                                    | "side" | "size" | "type" | "wide" | "wise"
                            )
                            && !lexicon.is_common_lowercase(&first.to_lowercase()))
            })
            && !lexicon.is_common_lowercase(doc.lower(i))
    };
    // Not a title ("Dr Min-jun Seo"), and not a given name written first.
    let is_family_name = |i: usize| {
        let word = doc.token_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && !cues::is_short_title(word)
            && !cues::TITLE_WORDS.contains(&word)
            && !doc
                .token_text_or_empty(i + 2)
                .starts_with(char::is_uppercase)
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && (lexicon.is_surname(word)
                || word.chars().count() <= 5 && !lexicon.is_common_lowercase(doc.lower(i)))
    };
    let names: Vec<Range<usize>> = (1..doc.tokens.len())
        .filter(|&i| is_given_name(i) && is_family_name(i - 1))
        .map(|i| i - 1..i + 1)
        .collect();
    if names.is_empty() {
        return;
    }
    // "Winnie Chow Sze-wing", "Judge Stephanie Lam Ka-yee": in Hong Kong
    // an English given name comes first, and the tagger, which learned
    // from few such names, cuts one part off. A given name the lists know
    // opens the name.
    let english_name = |i: usize, done: usize| {
        i >= done
            && doc.tokens[i].kind == TokenKind::Word
            && doc.tokens[i].span.end + 1 == doc.tokens[i + 1].span.start
            && is_one_capital_per_part(doc.token_text(i))
            && !cues::is_short_title(doc.token_text(i))
            && lexicon.given_name_gender(doc.token_text(i)).is_some()
    };
    put_people(doc, mentions, names.into_iter(), |mut name, done| {
        if name.start >= 1 && english_name(name.start - 1, done) {
            name.start -= 1;
        }
        name
    });
}

/// The mention holding token `i`, if any. Mentions are in text order and
/// apart, so it is the last one to start at or before `i`.
fn mention_holding(mentions: &[Mention], i: usize) -> Option<&Mention> {
    let after = mentions.partition_point(|m| m.tokens.start <= i);
    after
        .checked_sub(1)
        .map(|k| &mentions[k])
        .filter(|m| m.tokens.contains(&i))
}

/// "The National Health Service (NHS)": capitals in parentheses right
/// after an organization's name, abbreviating it, are its acronym, which
/// the tagger may miss.
fn add_acronyms_after_names(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    let mut found = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Org && m.tokens.len() >= 2)
    {
        let at = m.tokens.end + 1;
        let word = text(at);
        let acronym = text(at - 1) == "("
            && text(at + 1) == ")"
            && (2..=6).contains(&word.len())
            && word.chars().all(|c| c.is_ascii_uppercase())
            // "Intelligent Network (IN)": not a short word in capitals.
            && !(word.len() == 2 && lexicon.is_common_lowercase(&word.to_ascii_lowercase()))
            && canonical::abbreviates(word, &m.canonical);
        if acronym {
            found.push(mention(doc, at..at + 1, EntityLabel::Org));
        }
    }
    for acronym in found {
        let at = acronym.tokens.start;
        if mention_holding(mentions, at).is_none() {
            let k = mentions.partition_point(|m| m.tokens.start <= at);
            mentions.insert(k, acronym);
        }
    }
}

/// Words naming a body that "of the" and a name may complete: "the
/// International Committee of the Red Cross", "the Organisation of the
/// Islamic Conference". Not a company's ("Dow Chemical Co of the United
/// States"), whose home the name after "of the" is.
const BODIES: &[&str] = &[
    "Academy",
    "Assembly",
    "Association",
    "Brotherhood",
    "Church",
    "College",
    "Commission",
    "Committee",
    "Confederation",
    "Conference",
    "Council",
    "Court",
    "Daughters",
    "Federation",
    "Friends",
    "Institute",
    "League",
    "Order",
    "Organisation",
    "Organization",
    "Society",
    "Sons",
    "Union",
    "University",
];

/// "The International Committee of the Red Cross": a body's name and the
/// name after its "of the" are one organization, which the tagger cuts in
/// two.
fn join_bodies_of_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    join_pairs_into_organizations(doc, mentions, |m, next| {
        m.label != EntityLabel::Person
            && next.label != EntityLabel::Person
            && BODIES.contains(&text(m.tokens.end - 1))
            && text(m.tokens.end) == "of"
            && text(m.tokens.end + 1) == "the"
            && next.tokens.start == m.tokens.end + 2
            && doc.sentence_of_token(m.tokens.start) == doc.sentence_of_token(next.tokens.end - 1)
    });
}

/// "Viñateros del Quilamán", "Banco de la Nación": an organization's name
/// and a name after a Romance "of" are one organization, which the tagger
/// cuts in two.
fn join_romance_bodies(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    const OF: &[&str] = &[
        "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "la",
    ];
    join_pairs_into_organizations(doc, mentions, |m, next| {
        let between = m.tokens.end..next.tokens.start;
        m.label == EntityLabel::Org
            && next.label != EntityLabel::Person
            && (1..=2).contains(&between.len())
            && OF.contains(&doc.token_text(between.start))
            && between.clone().all(|k| OF.contains(&doc.token_text(k)))
            && doc.sentence_of_token(m.tokens.start) == doc.sentence_of_token(next.tokens.end - 1)
    });
}

/// "The Transport and Allied Workers’ Union": a common noun in capitals
/// after "the", then "and" and an organization's name ending in a word
/// such as "Union", are one name, which the tagger cuts at "and". Not an
/// acronym or a name of its own: "the BBC and ITV News".
fn join_names_over_and(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    join_pairs_into_organizations(doc, mentions, |first, second| {
        first.tokens.len() == 1
            && first.tokens.start > 0
            && doc.lower(first.tokens.start - 1) == "the"
            && !crate::lexicon::is_shouted(text(first.tokens.start))
            && lexicon.is_common_lowercase(doc.lower(first.tokens.start))
            && text(first.tokens.end) == "and"
            && second.tokens.start == first.tokens.end + 1
            && second.label == EntityLabel::Org
            && cues::ORG_SUFFIXES.contains(&text(second.tokens.end - 1))
            && !cues::ORG_SUFFIXES.contains(&text(first.tokens.start))
    });
}

/// Joins each pair of neighbouring mentions that `joins` accepts into one
/// organization, in one pass; a joined name is not joined again.
fn join_pairs_into_organizations(
    doc: &Document<'_>,
    mentions: &mut Vec<Mention>,
    joins: impl Fn(&Mention, &Mention) -> bool,
) {
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        match mentions.get(i + 1).filter(|next| joins(m, next)) {
            Some(next) => {
                let tokens = m.tokens.start..next.tokens.end;
                joined.push(mention(doc, tokens, EntityLabel::Org));
                i += 2;
            }
            None => {
                joined.push(m.clone());
                i += 1;
            }
        }
    }
    *mentions = joined;
}

/// "Kestrel Pay said": such a word right after an organization's name,
/// and in no name of its own, ends that name.
fn join_company_tails(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let end = mentions[k].tokens.end;
        // "Sol Naciente Records": or a name the tagger took for a
        // person's.
        let tail = matches!(mentions[k].label, EntityLabel::Org | EntityLabel::Person)
            && cues::COMPANY_TAILS.contains(&doc.token_text_or_empty(end))
            && mentions
                .get(k + 1)
                .is_none_or(|next| next.tokens.start > end);
        if tail {
            let tokens = mentions[k].tokens.start..end + 1;
            mentions[k] = mention(doc, tokens, EntityLabel::Org);
        }
    }
}

/// "St Aidan’s Primary School", "St Thomas’ Hospital": a saint's name
/// and its possessive open the name of a school, church or hospital,
/// which the tagger cuts into a person and a place.
fn join_saints_institutions(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let is_saint = |word: &str| matches!(word, "St" | "St." | "Saint" | "Ste" | "Ste.");
    if !mentions
        .iter()
        .any(|m| is_saint(doc.token_text(m.tokens.start)))
    {
        return;
    }
    let capitalized = |i: usize| {
        i < doc.tokens.len()
            && doc.tokens[i].kind == TokenKind::Word
            && doc.token_text(i).starts_with(char::is_uppercase)
    };
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        // A mention the last join covered.
        if joined.last().is_some_and(|j| j.tokens.end > m.tokens.start) {
            continue;
        }
        let possessive = m.tokens.end;
        let saints = is_saint(doc.token_text(m.tokens.start))
            && possessive < doc.tokens.len()
            && (doc.tokens[possessive].kind == TokenKind::Possessive
                || matches!(doc.token_text(possessive), "’" | "'")
                    && doc.token_text(possessive - 1).ends_with('s'));
        let mut end = possessive + 1;
        // "St Mary’s Church of England School": over "of" too.
        while saints
            && end - possessive <= 6
            && (capitalized(end) || doc.token_text_or_empty(end) == "of" && capitalized(end + 1))
        {
            end += 1;
        }
        let last = doc.token_text_or_empty(end.saturating_sub(1));
        let institution = saints
            && end > possessive + 1
            && (cues::ORG_SUFFIXES.contains(&last)
                || matches!(
                    last,
                    "School" | "Hospital" | "Church" | "Cathedral" | "Infirmary"
                ));
        if institution {
            joined.push(mention(doc, m.tokens.start..end, EntityLabel::Org));
        } else {
            joined.push(m);
        }
    }
    *mentions = joined;
}

/// "BBC Radio 4", "Channel 4 News", "Radio 5 Live": a station's number is
/// part of its name, which the tagger cuts at the digits.
fn join_numbered_stations(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    let mut i = 0;
    while i + 1 < doc.tokens.len() {
        let numbered = matches!(text(i), "Radio" | "Channel")
            && doc.tokens[i + 1].kind == TokenKind::Number
            && text(i + 1).len() <= 2;
        if !numbered {
            i += 1;
            continue;
        }
        // From the start of the name "Radio" ends ("BBC Radio"), through
        // the number and a last word such as "News".
        let start = mention_holding(mentions, i).map_or(i, |m| m.tokens.start);
        let mut end = i + 2;
        if matches!(text(end), "News" | "Live" | "Extra" | "Plus" | "Sport") {
            end += 1;
        }
        let first = mentions.partition_point(|m| m.tokens.end <= start);
        let last = mentions.partition_point(|m| m.tokens.start < end);
        mentions.splice(
            first..last.max(first),
            [mention(doc, start..end, EntityLabel::Org)],
        );
        i = end;
    }
}

/// "Sen. Ada Quinlan (Ky.)": a state's abbreviation in parentheses right
/// after a person's name is the place they represent, whatever the tagger
/// made of two letters and a period.
fn add_states_after_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityLabel::Person) {
        let at = m.tokens.end + 1;
        let state = text(at - 1) == "("
            && cues::state_named_by(text(at)).is_some()
            && text(at + 1) == "."
            && text(at + 2) == ")";
        if state {
            found.push(mention(doc, at..at + 1, EntityLabel::Loc));
        }
    }
    for state in found {
        let at = state.tokens.start;
        let k = mentions.partition_point(|m| m.tokens.start <= at);
        match k.checked_sub(1).map(|j| &mut mentions[j]) {
            // The tagger's "Wash" (MISC) is the state.
            Some(m) if m.tokens == state.tokens => m.label = EntityLabel::Loc,
            Some(m) if m.tokens.end > at => {}
            _ => mentions.insert(k, state),
        }
    }
}

/// The tagger decides, but the rules' sure finds fill its gaps: a name
/// only a gazetteer or cue knows ("MI5", "AP"), or a longer organization
/// a cue word marks ("Canadian Press" where the tagger saw "Canadian").
fn merge_with_rules(tagged: Vec<Mention>, rules: Vec<Mention>, dateline: &[usize]) -> Vec<Mention> {
    let sure: Vec<Mention> = rules
        .into_iter()
        .filter(|r| r.confident && !r.common_word)
        .collect();
    // Both lists are in text order; lookups go by first token, so the
    // merge stays linear however long the article.
    let mut sure_at: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (k, r) in sure.iter().enumerate() {
        sure_at.entry(r.tokens.start).or_default().push(k);
    }
    let starting_at = |start: usize| sure_at.get(&start).into_iter().flatten().map(|&k| &sure[k]);
    let mut out: Vec<Mention> = Vec::with_capacity(tagged.len());
    // Where the tagger saw separate names inside a rule's span ("Portugal
    // and the Kelso Harbour Council", "Scottish Harbour Board"), the rule
    // ran too far.
    let starts: Vec<usize> = tagged.iter().map(|m| m.tokens.start).collect();
    let tagged_inside = |from: usize, to: usize| {
        let k = starts.partition_point(|&s| s < from);
        starts.get(k).is_some_and(|&s| s < to)
    };
    for m in tagged {
        // The lists know "AP" is an agency and "LISBON" in a dateline a
        // city better than the tagger does.
        let same = starting_at(m.tokens.start).find(|r| {
            r.tokens == m.tokens
                && (cues::KNOWN_ORGS.contains(&r.canonical.as_str())
                    || (r.label == EntityLabel::Loc
                        && dateline.binary_search(&r.tokens.start).is_ok()))
        });
        let m = match same {
            Some(r) => Mention {
                label: r.label,
                ..m
            },
            None => m,
        };
        let wider = starting_at(m.tokens.start).find(|r| {
            m.label != EntityLabel::Org
                && r.label == EntityLabel::Org
                && r.tokens.len() > m.tokens.len()
                && m.tokens.end <= r.tokens.end
                && r.canonical
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| cues::ORG_SUFFIXES.contains(&last))
                && !tagged_inside(m.tokens.end, r.tokens.end)
        });
        match wider {
            Some(r)
                if out
                    .last()
                    .is_none_or(|last: &Mention| last.tokens.end <= r.tokens.start) =>
            {
                out.push(r.clone())
            }
            Some(_) => {}
            None if out
                .last()
                .is_none_or(|last| last.tokens.end <= m.tokens.start) =>
            {
                out.push(m)
            }
            None => {}
        }
    }
    // The tagger's mentions, `out[..tagged]`, are in text order and do not
    // overlap, so the one that could overlap a rule's span is the last one
    // starting before its end.
    let tagged = out.len();
    let mut filled_to = 0;
    for r in sure {
        // Only organizations the lists are sure of fill gaps: acronyms with
        // a digit ("MI5", "G7"), which the tagger learned little of, and
        // the few well-known ones ("AP").
        let word = &r.canonical;
        let digit_acronym = r.tokens.len() == 1
            && word.chars().any(|c| c.is_ascii_digit())
            && word.chars().any(char::is_uppercase);
        let known = cues::KNOWN_ORGS.contains(&word.as_str());
        let k = out[..tagged].partition_point(|m| m.tokens.start < r.tokens.end);
        let overlaps = k > 0 && out[k - 1].tokens.end > r.tokens.start;
        let gap = !overlaps && r.tokens.start >= filled_to;
        if r.label == EntityLabel::Org && (digit_acronym || known) && gap {
            filled_to = r.tokens.end;
            out.push(r);
        }
    }
    out.sort_by_key(|m| m.tokens.start);
    out
}

/// Where one name cannot run into the next, though the tagger may run
/// them together:
///
/// * quotation marks: "Tom “Hook” Reyes" as the tagger may see it, "Tom
///   “Hook"; the document pass joins a nickname back up;
/// * a photo credit's slash or hyphen after an agency: "Canadian
///   Press/AP-University of Oxford" is three organizations.
fn split_between_names(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: Range<usize>,
) -> Vec<Range<usize>> {
    let after_agency = |i: usize| i > 0 && cues::KNOWN_ORGS.contains(&doc.token_text(i - 1));
    let pieces = split_at(tokens, |i| match doc.token_text(i) {
        "“" | "”" | "\"" | "‘" | "’" | "«" | "»" | "/" => true,
        "-" => after_agency(i),
        _ => false,
    });
    // "Northwind Energy Ltd. Northwind plans …": a company's name ends
    // with its "Ltd." or "Inc.", whose period may end the sentence too;
    // a name after it is another ("Samsung Electronics Co. Ltd." and
    // "Service Corp. International" go on).
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let mut start = piece.start;
        for i in piece.start..piece.end - 1 {
            let next = doc.token_text(i + 1);
            let word = doc.token_text(i);
            if word.ends_with('.')
                && cues::COMPANY_WORDS.contains(&word)
                && i > start
                && next.starts_with(char::is_uppercase)
                && !lexicon.is_common_lowercase(doc.lower(i + 1))
                && !cues::COMPANY_WORDS.contains(&next)
            {
                out.push(start..i + 1);
                start = i + 1;
            }
        }
        out.push(start..piece.end);
    }
    out
}

/// "Jodie 'JoJo' Fairclough": no name runs across a straight quotation
/// mark, whichever of the tagger and the rules found it.
fn split_at_straight_quotes(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    if !mentions
        .iter()
        .any(|m| m.tokens.clone().any(|i| is_straight_single_quote(doc, i)))
    {
        return;
    }
    *mentions = mentions
        .drain(..)
        .flat_map(|m| {
            let pieces = split_at(m.tokens.clone(), |i| is_straight_single_quote(doc, i));
            if pieces.len() == 1 && pieces[0] == m.tokens {
                vec![m]
            } else {
                pieces
                    .into_iter()
                    .map(|t| mention(doc, t, m.label))
                    .collect()
            }
        })
        .collect();
}

/// Whether the straight mark at `i` opens or closes a quotation of one to
/// three words, as in "Tommy 'Tiger' Kilbride": the opening mark leans on
/// the word after it, the closing one on the word before. Not "Lord 's"
/// or "Traders ' Association", where it stands for an apostrophe.
fn is_straight_single_quote(doc: &Document<'_>, i: usize) -> bool {
    let mark = |k: usize| k < doc.tokens.len() && doc.token_text(k) == "'";
    let glued = |k: usize| doc.tokens[k - 1].span.end == doc.tokens[k].span.start;
    let opens =
        |k: usize| mark(k) && k + 1 < doc.tokens.len() && glued(k + 1) && (k == 0 || !glued(k));
    let closes = |k: usize| mark(k) && k > 0 && glued(k);
    let closing_after = |k: usize| (k + 2..k + 5).find(|&c| mark(c)).filter(|&c| closes(c));
    opens(i) && closing_after(i).is_some()
        || closes(i)
            && (i.saturating_sub(4)..i.saturating_sub(1))
                .any(|k| opens(k) && closing_after(k) == Some(i))
}

/// "“Fish, probably.”": a common word the tagger took for a name only
/// because a quotation opens with it, capitals and all: a MISC or PERSON
/// mention of one word, neither a first name nor a people's name, right
/// after the opening mark and before punctuation or a lowercase word,
/// that the article writes nowhere else.
fn drop_words_opening_quotations(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let opens = |m: &Mention| {
        let (at, next) = (m.tokens.start, doc.token_text_or_empty(m.tokens.end));
        at > 0
            && matches!(doc.token_text(at - 1), "“" | "‘" | "\"" | "'")
            && (matches!(next, "," | "." | "!" | "?") || next.starts_with(char::is_lowercase))
    };
    let candidate = |m: &Mention| {
        matches!(m.label, EntityLabel::Misc | EntityLabel::Person)
            && m.tokens.len() == 1
            && lexicon.is_common_word(&m.canonical)
            && !lexicon.is_first_name(&m.canonical)
            && !cues::DEMONYMS.contains(&m.canonical.as_str())
    };
    let opening: Vec<bool> = mentions.iter().map(|m| opens(m) && candidate(m)).collect();
    if !opening.contains(&true) {
        return;
    }
    // Names written anywhere but at an opening are names.
    let named: FxHashSet<&str> = mentions
        .iter()
        .zip(&opening)
        .filter(|&(_, &opening)| !opening)
        .map(|(m, _)| m.canonical.as_str())
        .collect();
    let drop: Vec<bool> = mentions
        .iter()
        .zip(&opening)
        .map(|(m, &opening)| opening && !named.contains(m.canonical.as_str()))
        .collect();
    let mut drop = drop.into_iter();
    mentions.retain(|_| !drop.next().unwrap_or(false));
}

/// "3 p.m. ET", "14:00 GMT": a time zone after a time.
fn is_time_zone_after_time(doc: &Document<'_>, tokens: &Range<usize>) -> bool {
    let zone = tokens.len() == 1 && cues::TIME_ZONES.contains(&doc.token_text(tokens.start));
    zone && tokens.start > 0 && {
        let before = doc.lower(tokens.start - 1);
        matches!(before, "p.m." | "a.m." | "pm" | "am")
            || before.ends_with(|c: char| c.is_ascii_digit())
    }
}

/// "Published" over a dateline, "We" after a quotation mark.
fn is_never_a_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    // "on Saturdays": a weekday, one or many.
    let weekday = crate::date::WEEKDAY_NAMES.contains(&word.strip_suffix('s').unwrap_or(word));
    weekday
        || cues::PAGE_WORDS.contains(&word)
        || cues::FUNCTION_WORDS.contains(&lower.as_str())
        || cues::INTERJECTIONS.contains(&lower.as_str())
        || is_initial(word)
}

/// "“Ask me next year,” she said": a capitalized common word that an
/// object pronoun follows is a verb giving an order, not a name (no name
/// is followed by "me"; "how American you are" keeps its name).
fn is_imperative(doc: &Document<'_>, lexicon: &Lexicon, at: usize) -> bool {
    matches!(
        doc.token_text_or_empty(at + 1),
        "me" | "us" | "him" | "them" | "you" | "it"
    ) && lexicon.is_common_lowercase(doc.lower(at))
}

/// "Article 33", "Chapter XI": the word before `end` names a part of a
/// document by the number after it.
fn is_numbered_division(doc: &Document<'_>, end: usize) -> bool {
    let number = doc.token_text_or_empty(end);
    let roman =
        number.len() <= 5 && !number.is_empty() && number.bytes().all(|b| b"IVXLC".contains(&b));
    cues::NUMBERED_DIVISIONS.contains(&doc.token_text(end - 1))
        && (doc
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || roman)
}

/// "Ferenc B. Tóth of Tóth & Ardagh LLP", "Henk Oosterveld of the
/// Country Party": a person's name, shaped as a first name, a middle
/// initial and a surname (or a first name the lists know), then "of" and
/// a firm's or a body's name, which the tagger read as one organization.
/// Split into the person and the firm or body.
fn person_of_firm(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: Range<usize>,
    label: EntityLabel,
) -> Vec<(Range<usize>, EntityLabel)> {
    let of = (tokens.start + 2..tokens.end.saturating_sub(1)).find(|&i| doc.token_text(i) == "of");
    let Some(of) = of.filter(|_| label != EntityLabel::Person) else {
        return vec![(tokens, label)];
    };
    let capitalized = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).starts_with(char::is_uppercase)
    };
    let first = doc.token_text(tokens.start);
    let initialled = of - tokens.start == 3
        && capitalized(tokens.start)
        && is_initial(doc.token_text(tokens.start + 1))
        && capitalized(tokens.start + 2);
    let last = doc.token_text(tokens.end - 1);
    // "of the Country Party": the article is no part of the name.
    let body = if doc.token_text(of + 1) == "the" && of + 2 < tokens.end {
        of + 2
    } else {
        of + 1
    };
    // Before "of the" and a body's name, any name no list knows, of
    // words that are neither common nor an institution's ("Henk
    // Oosterveld", not "Youth Wing of the Labour Party").
    let named_before_a_body = body == of + 2
        && cues::ORG_SUFFIXES.contains(&last)
        && (tokens.start..of).all(|i| {
            !lexicon.is_common_lowercase(doc.lower(i))
                && !cues::ORG_SUFFIXES.contains(&doc.token_text(i))
                && !cues::COMPANY_WORDS.contains(&doc.token_text(i))
        });
    let first_named = (2..=3).contains(&(of - tokens.start))
        && (lexicon.is_first_name(first) || named_before_a_body)
        && (tokens.start..of).all(capitalized);
    let firm = (of + 1..tokens.end).any(|i| doc.token_text(i) == "&")
        || cues::COMPANY_WORDS.contains(&last)
        || cues::COMPANY_TAILS.contains(&last)
        || cues::ORG_SUFFIXES.contains(&last);
    if (initialled || first_named) && firm {
        vec![
            (tokens.start..of, EntityLabel::Person),
            (body..tokens.end, EntityLabel::Org),
        ]
    } else {
        vec![(tokens, label)]
    }
}

/// An initial: "W.", "K.". Alone, "I." or "B." names no one; on its own
/// line it numbers a section.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// The non-empty pieces of `tokens` between the tokens `at` picks out.
fn split_at(tokens: Range<usize>, at: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = tokens.start;
    for i in tokens.clone() {
        if at(i) {
            if start < i {
                pieces.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < tokens.end {
        pieces.push(start..tokens.end);
    }
    pieces
}

/// A word the tagger left off the end of a person's name, unsure of it:
/// a generational suffix ("Sammy Davis Jr.", "Rob Hale III"), which it
/// rarely saw; the surname after a capitalized particle ("Tristan Le
/// Floc’h"), as no name ends on one; or an honorific before no other
/// name, which is a surname there ("Abdul Karim Sheikh, a crab
/// fisherman").
fn with_trailing_name_word(
    doc: &Document<'_>,
    tokens: Range<usize>,
    label: EntityLabel,
) -> Range<usize> {
    let next = tokens.end;
    if label != EntityLabel::Person || next >= doc.tokens.len() {
        return tokens;
    }
    let word = doc.token_text(next);
    let one_space = doc.tokens[next].span.start == doc.tokens[next - 1].span.end + 1;
    let capitalized_word = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.token_text(i).starts_with(char::is_uppercase)
    };
    let suffix = one_space && canonical::is_generational_suffix(word);
    let after_particle = tokens.len() > 1
        && CAPITALIZED_PARTICLES.contains(&doc.token_text(next - 1))
        && capitalized_word(next);
    let honorific = tokens.len() > 1
        && one_space
        && doc.tokens[next].kind == TokenKind::Word
        && cues::HONORIFICS.contains(&word)
        && !capitalized_word(next + 1);
    if suffix || after_particle || honorific {
        tokens.start..next + 1
    } else {
        tokens
    }
}

/// "Ruwan" (LOC) and "K. Abeywardena" (PERSON): a one-word name right
/// before a person's name that opens with an initial is its first name.
fn join_names_before_initials(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tagged: Vec<Mention>,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(tagged.len());
    for m in tagged {
        // One space apart, not a line ("Australia\nM. Waugh"), and not a
        // place the lists know.
        let joins = m.label == EntityLabel::Person
            && is_initial(doc.token_text(m.tokens.start))
            && out.last().is_some_and(|last| {
                last.tokens.len() == 1
                    && last.tokens.end == m.tokens.start
                    && &doc.text[last.span.end..m.span.start] == " "
                    && !lexicon.is_place(&last.canonical)
                    && !cues::is_title(doc, last.tokens.start)
                    && !is_initial(doc.token_text(last.tokens.start))
            });
        if joins && let Some(last) = out.pop() {
            out.push(mention(
                doc,
                last.tokens.start..m.tokens.end,
                EntityLabel::Person,
            ));
        } else {
            out.push(m);
        }
    }
    out
}

/// "Lady Justice Eluned Prys-Jones", "Justice Mamadou Sow": a judge's
/// title is no part of the name, and what follows it is a person's (not
/// "Justice Department", "Justice Minister").
fn without_judicial_title(
    doc: &Document<'_>,
    tokens: Range<usize>,
    label: EntityLabel,
) -> (Range<usize>, EntityLabel) {
    let justice = (tokens.start..tokens.end.min(tokens.start + 2))
        .find(|&i| doc.token_text(i) == "Justice")
        .filter(|&i| {
            i == tokens.start
                || matches!(
                    doc.token_text(tokens.start),
                    "Lord" | "Lady" | "Mr" | "Mrs" | "Ms"
                )
        });
    let Some(justice) = justice else {
        return (tokens, label);
    };
    let name = justice + 1..tokens.end;
    let personal = (1..=4).contains(&name.len())
        && name.clone().all(|i| {
            let word = doc.token_text(i);
            doc.tokens[i].kind == TokenKind::Word
                && word.starts_with(char::is_uppercase)
                && !cues::ORG_SUFFIXES.contains(&word)
                && !cues::TITLE_WORDS.contains(&word)
        });
    if personal && label != EntityLabel::Loc {
        (name, EntityLabel::Person)
    } else {
        (tokens, label)
    }
}

/// "W. A. Sunil Fernando": a person's name opens with the initials right
/// before it, which the tagger may leave out. "Ruwan K. Abeywardena": a
/// word, an initial and a word are a person's name, whatever the tagger
/// took them for.
fn with_initials(
    doc: &Document<'_>,
    tokens: Range<usize>,
    label: EntityLabel,
) -> (Range<usize>, EntityLabel) {
    let mut start = tokens.start;
    if label == EntityLabel::Person {
        while start > 0 && tokens.start - start < 3 && is_initial(doc.token_text(start - 1)) {
            start -= 1;
        }
        return (start..tokens.end, label);
    }
    let word = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && doc.token_text(i).chars().count() > 2
            && doc.token_text(i).starts_with(char::is_uppercase)
            && !doc.token_text(i).ends_with('.')
    };
    let initialled = label == EntityLabel::Misc
        && tokens.len() == 3
        && word(tokens.start)
        && is_initial(doc.token_text(tokens.start + 1))
        && word(tokens.start + 2);
    if initialled {
        (tokens, EntityLabel::Person)
    } else {
        (tokens, label)
    }
}

/// "Fishermen’s Federation", "Seamen’s Union": an organization named for
/// the group it serves opens with that group, a plural common word in
/// capitals glued to a possessive. The tagger may leave it out, as it only
/// sees "Federation" after a possessive. Says whether it grew, which only
/// a name ending in an organization's word does.
fn with_owning_group(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: Range<usize>,
) -> (Range<usize>, bool) {
    // Words that end such names and no others the lists hold ("Musicians’
    // Guild"); kept apart from ORG_SUFFIXES, which the tagger's features read.
    const GROUP_ORG_WORDS: &[&str] = &["Coalition", "Collective", "Forum", "Guild"];
    let start = tokens.start;
    let last = doc.token_text(tokens.end - 1);
    if start < 2 || !cues::ORG_SUFFIXES.contains(&last) && !GROUP_ORG_WORDS.contains(&last) {
        return (tokens, false);
    }
    let (owner, possessive) = (&doc.tokens[start - 2], &doc.tokens[start - 1]);
    let group = doc.token_text(start - 2);
    let lower = doc.lower(start - 2);
    let plural =
        lower.ends_with('s') || lower.ends_with("men") || lower == "people" || lower == "children";
    let owning_group = (possessive.kind == TokenKind::Possessive
        || is_bare_plural_possessive(doc, start - 1))
        && owner.kind == TokenKind::Word
        && owner.span.end == possessive.span.start
        && group.starts_with(char::is_uppercase)
        && plural
        && lexicon.is_common_lowercase(lower);
    if owning_group {
        (start - 2..tokens.end, true)
    } else {
        (tokens, false)
    }
}

/// "Nurses" and "Union", grown into "Nurses’ Union" by
/// [`with_owning_group`]: the tagger's mention of the group is part of the
/// organization now, and so is the rest of a name that ends with the group
/// ("UC Irvine Armenian Students" and "Students’ Association").
fn absorb_owning_groups(doc: &Document<'_>, tagged: Vec<(Mention, bool)>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(tagged.len());
    for (m, grown) in tagged {
        match out.last() {
            Some(last) if grown && last.tokens.end > m.tokens.start => {
                let start = last.tokens.start.min(m.tokens.start);
                out.pop();
                out.push(mention(doc, start..m.tokens.end, EntityLabel::Org));
            }
            _ => out.push(m),
        }
    }
    out
}

/// "Nurses’ Union": an apostrophe glued to a word ending in "s" is that
/// plural's possessive, which the tokenizer leaves as punctuation.
fn is_bare_plural_possessive(doc: &Document<'_>, i: usize) -> bool {
    let (owner, mark) = (&doc.tokens[i - 1], &doc.tokens[i]);
    mark.kind == TokenKind::Punct
        && owner.span.end == mark.span.start
        && doc.token_text(i).starts_with(crate::text::is_apostrophe)
        && doc.lower(i - 1).ends_with('s')
}

/// A capitalized word that could be part of a person's name: no
/// organization's last word ("University") or company word ("Inc").
fn is_personal_name_word(doc: &Document<'_>, i: usize) -> bool {
    let word = doc.token_text(i);
    doc.tokens[i].kind == TokenKind::Word
        && word.starts_with(char::is_uppercase)
        && !cues::ORG_SUFFIXES.contains(&word)
        && !cues::COMPANY_WORDS.contains(&word)
}

/// A word of the name at `name`: a personal name word, or a lowercase
/// particle inside it ("Maarten *de* Wit", not "de" at either end).
fn is_name_word_within(doc: &Document<'_>, i: usize, name: Range<usize>) -> bool {
    is_personal_name_word(doc, i)
        || i > name.start && i + 1 < name.end && NAME_PARTICLES.contains(&doc.token_text(i))
}

/// "Lily, 9, thought for a moment": a name and then an age between
/// commas is a person's, whatever the tagger made of it ("Lily" an
/// organization); a first name the tagger missed ("Will, 11, did not") is
/// added.
fn people_of_an_age(doc: &Document<'_>, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let text = |i: usize| doc.token_text_or_empty(i);
    let aged = |end: usize| {
        text(end) == ","
            && end + 2 < doc.tokens.len()
            && doc.tokens[end + 1].kind == TokenKind::Number
            && text(end + 1)
                .parse::<u8>()
                .is_ok_and(|age| (1..=110).contains(&age))
            && text(end + 2) == ","
    };
    for m in mentions.iter_mut() {
        if aged(m.tokens.end)
            && matches!(m.label, EntityLabel::Org | EntityLabel::Misc)
            && m.tokens.clone().all(|i| is_personal_name_word(doc, i))
        {
            m.label = EntityLabel::Person;
        }
    }
    let missed: Vec<Mention> = (0..doc.tokens.len())
        .filter(|&i| {
            aged(i + 1)
                && is_personal_name_word(doc, i)
                && lexicon.is_first_name(text(i))
                && mention_holding(mentions, i).is_none()
                // "Ada Quinlan, 34,": the tagger's business.
                && !(i > 0 && is_personal_name_word(doc, i - 1))
        })
        .map(|i| Mention {
            common_word: lexicon.is_common_word(text(i)),
            ..mention(doc, i..i + 1, EntityLabel::Person)
        })
        .collect();
    if !missed.is_empty() {
        mentions.extend(missed);
        mentions.sort_by_key(|m| m.tokens.start);
    }
}

/// "Dr Nguyen Thi Lan", which the tagger may cut after the family name
/// ("Dr Nguyen", ORG; "Thi Lan", PERSON): a short title and one name, right
/// before a person's names, are one name, which [`titled_person`] then
/// reads.
fn join_titled_halves(
    doc: &Document<'_>,
    segments: Vec<(Range<usize>, EntityLabel)>,
) -> Vec<(Range<usize>, EntityLabel)> {
    let mut joined: Vec<(Range<usize>, EntityLabel)> = Vec::with_capacity(segments.len());
    for (tokens, label) in segments {
        if let Some((previous, previous_label)) = joined.last_mut()
            && *previous_label != EntityLabel::Person
            && label == EntityLabel::Person
            && previous.end == tokens.start
            && previous.len() == 2
            && cues::is_short_title(doc.token_text(previous.start))
            && is_personal_name_word(doc, previous.start + 1)
        {
            *previous = previous.start..tokens.end;
            *previous_label = EntityLabel::Person;
            continue;
        }
        joined.push((tokens, label));
    }
    joined
}

/// "MLA Kailash Nagpure", "Dr Ines Castellanos of Varnholt University":
/// a short title before two or more capitalized words says a person
/// follows, whatever the tagger made of them (it learned from US text,
/// where "Dr." and "Sgt." keep their periods). The title goes, and a
/// body after "of" is a name of its own.
fn titled_person(
    doc: &Document<'_>,
    tokens: Range<usize>,
    label: EntityLabel,
) -> Vec<(Range<usize>, EntityLabel)> {
    let name_end = (tokens.start + 1..tokens.end)
        .find(|&i| doc.token_text(i) == "of")
        .unwrap_or(tokens.end);
    // "Petitioner Shri Devendra Nath Bhargava", "Datuk Seri …": a job
    // may stand before the title, and titles may follow one another.
    let is_title_at = |i: usize| i < name_end && cues::is_short_title(doc.token_text(i));
    // Or the end of an office the tagger cut: "(County Executive for)
    // Agriculture Dr Hawa Jillo Roba".
    let office_before =
        tokens.start > 0 && matches!(doc.token_text(tokens.start - 1), "for" | "of");
    let job_first = (office_before || is_job_shaped(doc.token_text(tokens.start)))
        && is_title_at(tokens.start + 1);
    // "Retiree Tan Ah Kow", opening a sentence: a person's job in
    // capitals, then two or three names.
    let job_opening = (tokens.start == 0 || doc.tokens[tokens.start - 1].kind == TokenKind::Punct)
        && cues::PERSON_JOB_NOUNS.contains(&doc.lower(tokens.start))
        && (3..=4).contains(&tokens.len())
        && (tokens.start + 1..tokens.end).all(|i| is_personal_name_word(doc, i));
    if job_opening {
        return vec![(tokens.start + 1..tokens.end, EntityLabel::Person)];
    }
    // "(Minister of) State for Health Lim Wei Jie": the rest of an
    // office, then two or three names.
    // "County Executive for Agriculture Dr Hawa Jillo Roba": a title may
    // end the office too.
    let office = (tokens.start + 1..tokens.end.saturating_sub(3))
        .rfind(|&i| matches!(doc.token_text(i), "of" | "for"))
        .and_then(|connector| {
            let name = (connector + 2..tokens.end)
                .find(|&i| !cues::is_short_title(doc.token_text(i)))
                .unwrap_or(tokens.end);
            let titled = cues::TITLE_WORDS.contains(&doc.token_text(connector + 1))
                || cues::TITLE_WORDS.contains(&doc.token_text(connector - 1))
                    && name > connector + 2;
            (titled
                && (2..=3).contains(&(tokens.end - name))
                && (name..tokens.end).all(|i| is_personal_name_word(doc, i)))
            .then_some(name)
        });
    if label != EntityLabel::Person
        && let Some(name) = office
    {
        return vec![(name..tokens.end, EntityLabel::Person)];
    }
    let first_title = tokens.start + usize::from(job_first);
    let name_start = (first_title..name_end)
        .find(|&i| !is_title_at(i))
        .unwrap_or(name_end);
    // "Councillor Dilwyn ap Rhys": a particle may stand inside the name.
    let titled = label != EntityLabel::Person
        && name_start > first_title
        && doc.token_text(first_title) != "Miss"
        && name_end - name_start >= 2
        && (name_start..name_end).all(|i| is_name_word_within(doc, i, name_start..name_end));
    // "Bloc Québécois MP Mathieu Fortier-Lalonde": a party, a job in
    // capitals, then the person.
    let job_inside = (tokens.start + 1..tokens.end.saturating_sub(2))
        .find(|&i| is_postnominal(doc.token_text(i)));
    if label != EntityLabel::Person
        && let Some(job) = job_inside
        && (2..=3).contains(&(tokens.end - job - 1))
        && (job + 1..tokens.end).all(|i| is_personal_name_word(doc, i))
    {
        return vec![
            (tokens.start..job, EntityLabel::Org),
            (job + 1..tokens.end, EntityLabel::Person),
        ];
    }
    // "Ms Ishikawa", "Mr Park": a courtesy title and one name are a
    // person, whatever the tagger took the name for (not "Miss World", nor
    // "Dr Pepper", a brand).
    let courtesy_surname = label != EntityLabel::Person
        && tokens.len() == 2
        && matches!(doc.token_text(tokens.start), "Mr" | "Mrs" | "Ms" | "Mx")
        && is_personal_name_word(doc, tokens.start + 1);
    if courtesy_surname {
        return vec![(tokens, EntityLabel::Person)];
    }
    if !titled {
        return vec![(tokens, label)];
    }
    let mut pieces = vec![(name_start..name_end, EntityLabel::Person)];
    if name_end + 1 < tokens.end {
        pieces.push((name_end + 1..tokens.end, label));
    }
    pieces
}

/// "Housing consultant Fenella Marchetti": two or three capitalized words
/// right after a person's job in lowercase are a person, whatever the
/// tagger made of them; so is a first name and more names after a title,
/// and a name a person is "named" or "called".
fn person_after_job(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: &Range<usize>,
    label: EntityLabel,
) -> EntityLabel {
    // "Co-founder Maarten de Wit": a particle may stand inside the name.
    let after_job = tokens.start > 0
        && cues::PERSON_JOB_NOUNS.contains(&doc.lower(tokens.start - 1))
        && (2..=4).contains(&tokens.len())
        && tokens
            .clone()
            .all(|i| is_name_word_within(doc, i, tokens.clone()))
        && (tokens.len() < 4
            || lexicon.is_first_name(doc.token_text(tokens.start))
            || tokens.clone().any(|i| !is_personal_name_word(doc, i)));
    // "Deputy Public Prosecutor Charlene Ho Mei Ting": a title in
    // capitals, then a first name and up to three more names.
    let title = |i: usize| {
        let word = doc.token_text(i);
        cues::is_title(doc, i)
            || word.starts_with(char::is_uppercase)
                && is_job_shaped(word)
                && lexicon.is_common_lowercase(doc.lower(i))
    };
    // "Judge Ni Luh Putu Ariani": a title only a person holds needs no
    // first name the lists know.
    let person_title = |i: usize| {
        let word = doc.token_text(i);
        cues::is_short_title(word.trim_end_matches('.'))
            || matches!(word, "Judge" | "Professor" | "Councillor" | "Senator")
    };
    let after_title = tokens.start > 0
        && title(tokens.start - 1)
        && (2..=4).contains(&tokens.len())
        && (lexicon.is_first_name(doc.token_text(tokens.start)) || person_title(tokens.start - 1))
        && tokens.clone().all(|i| is_personal_name_word(doc, i));
    // "an electrician named Rui", "a fisherman called Tomas Reyes".
    let named = tokens.start >= 2
        && matches!(doc.token_text(tokens.start - 1), "named" | "called")
        && crate::quote::is_person_noun(doc.lower(tokens.start - 2))
        && tokens.len() <= 3
        && tokens.clone().all(|i| is_personal_name_word(doc, i));
    // "My dad, Somchai,", "her husband, Bjørn Eide,": a name in apposition
    // to a relative is a person's.
    let relative = tokens.start >= 3
        && doc.token_text(tokens.start - 1) == ","
        && KINSHIP_NOUNS.contains(&doc.lower(tokens.start - 2))
        && matches!(
            doc.lower(tokens.start - 3),
            "my" | "his" | "her" | "their" | "our" | "your"
        )
        && matches!(doc.token_text_or_empty(tokens.end), "," | ".")
        && tokens.len() <= 3
        && tokens.clone().all(|i| is_personal_name_word(doc, i));
    // "The minister, Tupe Faʻasavalu Ioane,", "the dissenting judge,
    // Kristján Hallgrímsson,": a name in apposition to a role.
    let role = tokens.start >= 3
        && doc.token_text(tokens.start - 1) == ","
        && crate::quote::is_surely_person_noun(doc.lower(tokens.start - 2))
        && doc
            .token_text(tokens.start - 2)
            .starts_with(char::is_lowercase)
        && (tokens.start.saturating_sub(5)..tokens.start - 2)
            .rev()
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .any(|i| {
                matches!(
                    doc.lower(i),
                    "the" | "his" | "her" | "their" | "its" | "our"
                )
            })
        && matches!(doc.token_text_or_empty(tokens.end), "," | ".")
        && (2..=4).contains(&tokens.len())
        && tokens.clone().all(|i| is_personal_name_word(doc, i));
    if after_job || after_title || named || relative || role {
        EntityLabel::Person
    } else {
        label
    }
}

/// Relatives, whose names follow them in apposition.
#[rustfmt::skip]
const KINSHIP_NOUNS: &[&str] = &[
    "aunt", "brother", "cousin", "dad", "daughter", "father", "grandfather", "grandmother",
    "grandson", "granddaughter", "husband", "mother", "mum", "nephew", "niece", "partner",
    "sister", "son", "uncle", "wife",
];

/// Whether `word` (in lowercase) names a relative: "father", "wife".
pub(crate) fn is_kinship_noun(word: &str) -> bool {
    KINSHIP_NOUNS.contains(&word)
}

/// One job in capitals, as written after a name: "KC", "MP" (not "MPs").
fn is_postnominal(word: &str) -> bool {
    cues::JOBS_IN_CAPITALS.contains(&word) && !word.ends_with('s')
}

/// "Imogen Salter KC", "Tom Reyes MP": two or three names before a
/// post-nominal in capitals are a person, whatever the tagger made of
/// the capitals. The post-nominal goes, as a title before a name does,
/// so that "Salter" and "Imogen Salter" link.
fn person_before_postnominal(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: Range<usize>,
    label: EntityLabel,
) -> (Range<usize>, EntityLabel) {
    let name = tokens.start..tokens.end - 1;
    let postnominal = matches!(label, EntityLabel::Person | EntityLabel::Org)
        && (2..=3).contains(&name.len())
        && is_postnominal(doc.token_text(tokens.end - 1))
        && name.clone().all(|i| is_personal_name_word(doc, i))
        // "Tom Reyes MP", not "Harbour Trust MP".
        && (lexicon.is_first_name(doc.token_text(name.start))
            || !lexicon.is_common_lowercase(doc.lower(name.start)));
    if postnominal {
        (name, EntityLabel::Person)
    } else {
        (tokens, label)
    }
}

/// "Comptroller Dana Whitlock", "Baker Henrik Olsen", "Pope John Paul
/// II": a job before a name is not part of it. No list holds every job,
/// so a capitalized word that is no first name goes when it is a common
/// word shaped like a job ("-er", "-ist", "-woman"), or either of these
/// before a listed first name. Not on its shape alone: "Osman" and
/// "Samer" are names. A short title goes whatever the name after it.
fn without_leading_job(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    tokens: Range<usize>,
    label: EntityLabel,
) -> Range<usize> {
    // "Twins Berivan and Rojhat Osman": the relation of two people
    // named together opens no one's name.
    let relation = doc.token_text(tokens.start);
    if label == EntityLabel::Person
        && tokens.len() >= 2
        && relation.starts_with(char::is_uppercase)
        && relation.chars().skip(1).all(char::is_lowercase)
        && cues::FAMILY_PLURALS.contains(&doc.lower(tokens.start))
    {
        return tokens.start + 1..tokens.end;
    }
    if label != EntityLabel::Person || tokens.len() < 3 {
        return tokens;
    }
    let job = doc.token_text(tokens.start);
    let lower = doc.lower(tokens.start);
    let (shaped, common) = (is_job_shaped(lower), lexicon.is_common_lowercase(lower));
    // "Groundsman", "Boatman": a job ending in "man" is a word and "man";
    // "Abdirahman Farah Jama" opens with a given name.
    let shaped = shaped
        && (common
            || !lower.ends_with("man")
            || lower.ends_with("woman")
            || lower
                .strip_suffix("man")
                .is_some_and(|stem| lexicon.is_common_lowercase(stem.trim_end_matches('s'))));
    // "Mother-of-three Sharon Blackwood", "Father-of-two Tom Reyes".
    let titled = cues::is_short_title(job) || lower.contains("-of-");
    // A title counts even where it is also a first name ("Major").
    let is_job = doc.tokens[tokens.start].kind == TokenKind::Word
        && job.starts_with(char::is_uppercase)
        && (titled
            || cues::PERSON_JOB_NOUNS.contains(&lower)
            || !lexicon.is_first_name(job)
                && (shaped && common
                    || (shaped || common)
                        && lexicon.is_first_name(doc.token_text(tokens.start + 1))));
    if is_job {
        // "Datuk Seri Ahmad Faizal": titles may follow one another.
        without_leading_job(doc, lexicon, tokens.start + 1..tokens.end, label)
    } else {
        tokens
    }
}

/// "José Armando Villaseñor Jr.": "Jr." or "Sr." after capitalized words
/// ends a person's name, whatever the tagger called it ("Jr." is no
/// company's word). Not a numeral: "World War II".
fn person_before_family_suffix(
    doc: &Document<'_>,
    tokens: &Range<usize>,
    label: EntityLabel,
) -> EntityLabel {
    let suffixed = tokens.len() >= 3
        && matches!(doc.token_text(tokens.end - 1), "Jr." | "Sr." | "Jr" | "Sr")
        && (tokens.start..tokens.end - 1).all(|k| {
            doc.tokens[k].kind == TokenKind::Word
                && doc.token_text(k).starts_with(char::is_uppercase)
                && !cues::ORG_SUFFIXES.contains(&doc.token_text(k))
        });
    if suffixed { EntityLabel::Person } else { label }
}

/// "12.06pm Al-Khatib, visibly emotional:": a live blog's timestamp
/// opens no one's name.
fn without_leading_time(
    doc: &Document<'_>,
    mut tokens: Range<usize>,
    label: EntityLabel,
) -> Range<usize> {
    if label == EntityLabel::Person {
        tokens.start += doc.clock_prefix(tokens.clone(), |word| {
            word.starts_with(|c: char| c.is_ascii_digit())
        });
    }
    tokens
}

/// Whether a word is shaped like a person's job: "Comptroller",
/// "Petitioner", "Chairwoman".
/// Titles that open a rank of two words ("Detective Constable", "Chief
/// Inspector", "Squadron Leader"), whose second word is no first name.
fn opens_compound_rank(word: &str) -> bool {
    matches!(
        word,
        "Acting"
            | "Air"
            | "Assistant"
            | "Brigadier"
            | "Chief"
            | "Deputy"
            | "Detective"
            | "Field"
            | "Flight"
            | "Group"
            | "Lance"
            | "Lieutenant"
            | "Major"
            | "Petty"
            | "Police"
            | "Rear"
            | "Senior"
            | "Squadron"
            | "Staff"
            | "Sub"
            | "Vice"
            | "Warrant"
            | "Wing"
    )
}

fn is_job_shaped(word: &str) -> bool {
    const JOB_ENDINGS: &[&str] = &["er", "or", "ist", "man", "woman", "eer", "ian"];
    JOB_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// Span discipline: no leading article ("the U.S." is "U.S.") unless it
/// belongs to the name, and no punctuation at either end.
fn trim(doc: &Document<'_>, mut tokens: Range<usize>) -> Option<Range<usize>> {
    // "’s Federation": a name does not open with a possessive; it belongs
    // to the capitalized word glued before it ("Fishermen’s Federation").
    if !tokens.is_empty() && doc.tokens[tokens.start].kind == TokenKind::Possessive {
        let start = tokens.start;
        let glued_capital = start > 0
            && doc.tokens[start - 1].kind == TokenKind::Word
            && doc.tokens[start - 1].span.end == doc.tokens[start].span.start
            && doc.token_text(start - 1).starts_with(char::is_uppercase);
        if glued_capital {
            tokens.start -= 1;
        } else {
            tokens.start += 1;
        }
    }
    while !tokens.is_empty() && doc.tokens[tokens.start].kind == TokenKind::Punct {
        tokens.start += 1;
    }
    while !tokens.is_empty()
        && matches!(
            doc.tokens[tokens.end - 1].kind,
            TokenKind::Punct | TokenKind::Possessive
        )
    {
        tokens.end -= 1;
    }
    // "US-based Helix Interactive", "Samoan-born Fetu’u Leiataua": where
    // a body is based or a person born is not their name.
    if tokens.len() > 1
        && ["-based", "-born"]
            .iter()
            .any(|s| doc.lower(tokens.start).ends_with(s))
    {
        tokens.start += 1;
    }
    // "Senate Majority Leader": the majority leads, the Senate is named.
    if tokens.len() > 1
        && matches!(doc.token_text(tokens.end - 1), "Majority" | "Minority")
        && matches!(doc.token_text_or_empty(tokens.end), "Leader" | "Whip")
    {
        tokens.end -= 1;
    }
    // "Ada Quinlan Says": a headline's verb is not part of the name.
    while tokens.len() > 1 && cues::HEADLINE_VERBS.contains(&doc.token_text(tokens.end - 1)) {
        tokens.end -= 1;
    }
    // "Sens. Rand Paul": an abbreviated title is not part of the name.
    while tokens.len() > 1 && doc.tokens[tokens.start].kind == TokenKind::Abbrev(AbbrevKind::Title)
    {
        tokens.start += 1;
    }
    if tokens.len() > 1 && matches!(doc.token_text(tokens.start), "The" | "the") {
        let text = tokens
            .clone()
            .map(|i| doc.token_text(i))
            .collect::<Vec<_>>()
            .join(" ");
        if !cues::NAMES_WITH_THE.iter().any(|n| text.starts_with(n)) {
            tokens.start += 1;
        }
    }
    (!tokens.is_empty()).then_some(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `words`, in order, in `doc`.
    fn tokens_of(doc: &Document<'_>, words: &str) -> Range<usize> {
        let first = words.split(' ').next().unwrap();
        let start = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == first)
            .unwrap();
        start..start + words.split(' ').count()
    }

    #[test]
    fn an_office_cut_by_the_tagger_then_a_title_leaves_the_person() {
        // The tagger, in a longer article, took "Agriculture Dr Hawa Jillo
        // Roba" for one organization.
        let doc = Document::new("County Executive for Agriculture Dr Hawa Jillo Roba said so.");
        let tagged = tokens_of(&doc, "Agriculture Dr Hawa Jillo Roba");
        let person = tokens_of(&doc, "Hawa Jillo Roba");
        assert_eq!(
            titled_person(&doc, tagged, EntityLabel::Org),
            vec![(person, EntityLabel::Person)]
        );
    }
}
