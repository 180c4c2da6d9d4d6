//! Attribution: who said each quotation.
//!
//! For each quotation the attributor looks, in order, for:
//!
//! 1. a speech cue in its sentence, before or after it, whichever is
//!    nearer: a verb ("said", "told"), a participle ("saying"), or
//!    "according to". The cue's kind says where the speaker is: before the
//!    verb, after an inverted one ("…,” said Reyes), or the subject of the
//!    clause a participle hangs from;
//! 2. a lead-in ending in a colon just before it ("He said:");
//! 3. for a quotation that opens its sentence, the current speaker;
//! 4. the subject of its sentence ("Sanders called the move “arbitrary.”").
//!
//! The speaker phrase then resolves to a name: a person named in it, a
//! pronoun's antecedent, the person a role description stands for ("the
//! MI5 chief"), an organization, or else the description as written.
//!
//! One [`Attributor`] walks the quotations in order; its methods are split
//! by concept across the submodules:
//!
//! - [`term`] — is the quotation a scare quote, a title or a nickname?
//! - [`cue`] — the speech cue and where it stands;
//! - [`phrase`] — where the words naming the speaker begin and end;
//! - [`subject`] — sentence and clause subjects;
//! - [`context`] — transcripts, interviews and quote-only paragraphs;
//! - [`resolve`] — from a speaker phrase to a name;
//! - [`antecedent`] — pronouns;
//! - [`description`] — role descriptions ("the minister", "the company").

mod antecedent;
mod context;
mod cue;
mod description;
mod phrase;
mod resolve;
mod subject;
mod term;

use std::cell::RefCell;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::QuoteKind;
use super::cues::{CueKind, NAMING_PARTICIPLES};
use super::scan::Quoted;
use crate::Span;
use crate::entity::{EntityLabel, Mention};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};
use crate::words::is_likely_verb;
use context::{Spoken, Turn};

/// A quotation with its kind and attribution, in normalized text.
#[derive(Clone, Debug)]
pub(crate) struct Attributed {
    pub(crate) span: Span,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<SpeakerRef>,
    pub(crate) cue: Option<Span>,
}

/// A resolved speaker: the name, the entity mention it came from (an index
/// into the mentions), and the words used in this attribution.
#[derive(Clone, Debug)]
pub(crate) struct SpeakerRef {
    pub(crate) name: String,
    pub(crate) mention: Option<usize>,
    pub(crate) span: Span,
    label: Option<EntityLabel>,
    paragraph: usize,
}

/// Attributes every quotation. `mentions` are the document's entity
/// mentions in text order.
pub(crate) fn attribute(
    doc: &Document<'_>,
    quotes: &[Quoted],
    mentions: &[Mention],
    lexicon: &Lexicon,
) -> Vec<Attributed> {
    let mut attributor = Attributor {
        doc,
        quotes,
        mentions,
        lexicon,
        current: None,
        named_inside: NamedInside::default(),
        subjects: RefCell::default(),
        labelled: RefCell::default(),
        titles: FxHashSet::default(),
        asked: false,
        genders: FxHashMap::default(),
        turns: [None, None],
        spoken: [None, None],
        unnamed_sources: Vec::new(),
    };
    attributor.genders = attributor.genders_in_text();
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let attributed = attributor.attribute(i, q);
            attributor.asked = attributor.is_asked_question(&attributed);
            attributor.note_turn(&attributed);
            attributor.note_unnamed_source(&attributed);
            attributed
        })
        .collect()
}

/// The state of attribution over one document: the speaker so far, and
/// what was found about its sentences.
struct Attributor<'a> {
    doc: &'a Document<'a>,
    quotes: &'a [Quoted],
    mentions: &'a [Mention],
    lexicon: &'a Lexicon,
    /// The speaker of the last speech, for continuations and roles.
    current: Option<SpeakerRef>,
    /// The people the quotation being attributed names.
    named_inside: NamedInside<'a>,
    /// Each sentence's subject, once found.
    subjects: RefCell<FxHashMap<usize, Option<Range<usize>>>>,
    /// The person each transcript label ("REYES:") names, once found.
    labelled: RefCell<FxHashMap<String, Option<usize>>>,
    /// Titles already quoted as terms: "her debut “Salt Lines”" makes a
    /// later "who worked on “Salt Lines”, says Kestrel" a title too.
    titles: FxHashSet<&'a str>,
    /// Whether the last quotation was a question its speaker asked
    /// ("“Will he appear?” the judge asked her").
    asked: bool,
    /// The sex the text gives each person, by canonical name.
    genders: FxHashMap<&'a str, crate::lexicon::Gender>,
    /// The last two lines of dialogue, the latest last.
    turns: [Option<Turn>; 2],
    /// The people who spoke in the last two paragraphs with speech, long
    /// or short, the latest last.
    spoken: [Option<Spoken>; 2],
    /// The unnamed speakers quoted so far, as written ("a council officer
    /// who has seen the records"), the latest last: "the officer" may
    /// come back to one of them paragraphs later.
    unnamed_sources: Vec<String>,
}

/// The people a quotation names, by canonical name, and the token where
/// it ends: speakers rarely name themselves, so a pronoun after it stands
/// for someone else (“Trump is making us less safe,” he said).
#[derive(Default)]
struct NamedInside<'a> {
    end: usize,
    people: FxHashSet<&'a str>,
    /// Whether the quotation before this one was a question someone
    /// asked: its asker does not reply to it.
    after_question: bool,
}

/// How far, in tokens, attribution looks around a quotation for its cue,
/// and how many mentions and sentences back for an antecedent.
const WINDOW: usize = 80;

/// A cue, and the phrase naming the speaker (empty: the clause subject).
struct CueMatch {
    cue: Range<usize>,
    kind: CueKind,
    phrase: Range<usize>,
    /// Words between the cue and the quotation.
    distance: usize,
}

/// Where a quotation sits.
struct Place {
    sentence: usize,
    sentence_start: usize,
    paragraph: usize,
}

impl<'a> Attributor<'a> {
    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Punct
    }

    /// A mark that may close a quotation, curly or straight.
    fn is_closing_mark(&self, i: usize) -> bool {
        matches!(self.text(i), "”" | "\"" | "’" | "'")
    }

    /// Whether token `i` is a title that may stand before a name: "Dr",
    /// "Inspector", "Sheikh", or the "Most" of "Most Rev.".
    fn is_title_word(&self, i: usize) -> bool {
        let word = self.text(i);
        crate::entity::cues::is_title(self.doc, i)
            || crate::entity::cues::is_short_title(word)
            || matches!(
                word,
                "Most" | "Rt" | "Right" | "Very" | "Barrister" | "Advocate"
            )
    }

    /// Whether `quote` is a question with an active cue of asking: "“Will
    /// he appear?” the judge asked her", not "Reyes was asked, “…?”".
    fn is_asked_question(&self, quote: &Attributed) -> bool {
        let Some(cue) = quote.cue.filter(|_| quote.speaker.is_some()) else {
            return false;
        };
        let cue = self.doc.token_at_or_after(cue.start);
        let question = self
            .doc
            .slice(quote.span)
            .trim_end_matches(|c: char| c.is_whitespace() || "”\"’'»".contains(c))
            .ends_with('?');
        question
            && matches!(self.text(cue), "asked" | "asks" | "asking")
            && !(cue > 0 && super::cues::AUXILIARIES.contains(&self.doc.lower(cue - 1)))
    }

    fn inside_quote(&self, i: usize) -> bool {
        let span = self.doc.tokens[i].span;
        let k = self.quotes.partition_point(|q| q.span.end <= span.start);
        self.quotes.get(k).is_some_and(|q| q.span.contains(span))
    }

    /// The canonical names of the people named in the quotation at tokens
    /// `first..last`, leaving out those inside a quotation nested in it
    /// (“He told me, ‘Ada, you won,’”): someone else's words, or the one
    /// addressed. One pass, however long the quotation.
    fn people_named_inside(&self, first: usize, last: usize) -> FxHashSet<&'a str> {
        let mentions: &'a [Mention] = self.mentions;
        let tokens = &self.doc.tokens;
        let mut names = FxHashSet::default();
        let mut inside = self.mentions_in(first..last).peekable();
        let mut depth = 0usize;
        for k in first + 1..last {
            while let Some(&m) = inside.peek() {
                if mentions[m].tokens.start > k {
                    break;
                }
                if depth == 0 && mentions[m].label == EntityLabel::Person {
                    names.insert(mentions[m].canonical.as_str());
                }
                inside.next();
            }
            let spaced_before = tokens[k - 1].span.end < tokens[k].span.start;
            match self.text(k) {
                "‘" | "“" | "'" | "\"" if spaced_before => depth += 1,
                "’" | "”" | "'" | "\"" => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        names
    }

    /// Whether token `i` marks a possessive: "’s", or the lone apostrophe
    /// of "Sanders’ surge".
    fn is_possessive(&self, i: usize) -> bool {
        let tokens = &self.doc.tokens;
        tokens[i].kind == TokenKind::Possessive
            || (matches!(self.text(i), "’" | "'")
                && i > 0
                && tokens[i - 1].span.end == tokens[i].span.start
                && self.text(i - 1).ends_with(['s', 'S'])
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| t.span.start > tokens[i].span.end))
    }

    /// Whether token `i` is inside a quoted title ("“CBS This Morning”").
    fn inside_title(&self, i: usize) -> bool {
        let span = self.doc.tokens[i].span;
        let k = self.quotes.partition_point(|q| q.span.end <= span.start);
        self.quotes.get(k).is_some_and(|q| {
            let first = self.doc.token_at_or_after(q.span.start);
            let last = self.doc.token_at_or_after(q.span.end);
            let words = (first..last)
                .filter(|&t| self.doc.tokens[t].kind == TokenKind::Word)
                .count();
            q.span.contains(span) && self.is_title(first, last, words)
        })
    }

    fn attribute(&mut self, index: usize, quote: &Quoted) -> Attributed {
        let doc = self.doc;
        let first = doc.token_at_or_after(quote.span.start);
        let last = doc.token_at_or_after(quote.span.end);
        let term = Attributed {
            span: quote.span,
            kind: QuoteKind::Term,
            speaker: None,
            cue: None,
        };
        if first >= last {
            return term;
        }
        self.named_inside = NamedInside {
            end: last,
            people: self.people_named_inside(first, last),
            after_question: std::mem::take(&mut self.asked),
        };
        let first_sentence = doc.sentence_of_token(first);
        let last_sentence = doc.sentence_of_token(last - 1);
        // A cue is near its quotation: looking no further than WINDOW
        // tokens either side keeps a text with no sentence breaks (a
        // thousand quotation marks in a row) linear.
        let place = Place {
            sentence: first_sentence,
            sentence_start: doc.sentences[first_sentence]
                .tokens
                .start
                .max(first.saturating_sub(WINDOW)),
            paragraph: doc.sentences[first_sentence].paragraph,
        };
        if let Some((speaker, cue)) = self.possessor_of_remark(first, last, place.paragraph) {
            self.current = Some(speaker.clone());
            return Attributed {
                span: quote.span,
                kind: QuoteKind::Speech,
                speaker: Some(speaker),
                cue: Some(cue),
            };
        }
        let sentence_end = doc.sentences[last_sentence].tokens.end.min(last + WINDOW);
        let words = (first..last)
            .filter(|&i| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .count();
        // "so a backer could “take home my boat!”": words in the first person are
        // someone's, however short (only short ones need telling; a title
        // such as “I Love Lucy” is not).
        let title = self.is_title(first, last, words);
        let first_person = words <= 4
            && !title
            && (first..last).any(|i| {
                matches!(
                    self.text(i),
                    "I" | "me" | "my" | "we" | "We" | "us" | "our" | "Our" | "My"
                )
            });
        let starts_sentence = (place.sentence_start..first).all(|i| self.is_punct(i));
        // "Costa called the plan “reckless.” Silva said …": a quotation
        // that ends the sentence it stands inside leaves the next
        // sentence's cue alone.
        let ends_its_sentence =
            last >= 2 && last - 2 >= first && matches!(self.text(last - 2), "." | "!" | "?");
        // "“Nobody listened.” He added that he would resign.": after a
        // whole sentence quoted, a cue that reports other words is not
        // this quotation's.
        let whole_sentence = starts_sentence && last >= 2 && self.text(last - 2) == ".";
        let after = self.byline_after(last, place.paragraph).or_else(|| {
            (starts_sentence || !ends_its_sentence)
                .then(|| self.cue_after(index, last, sentence_end))
                .flatten()
                .filter(|a| !(whole_sentence && self.reports_other_words(a)))
        });
        if let Some((agent, participle)) = self.naming_agent(&place, first, last, sentence_end) {
            let speaker = self.resolve(agent, place.paragraph);
            if let Some(s) = &speaker {
                self.current = Some(s.clone());
            }
            return Attributed {
                span: quote.span,
                kind: QuoteKind::Speech,
                speaker,
                cue: Some(doc.token_span(participle..participle + 1)),
            };
        }
        let inner = doc.slice(doc.token_span(first..last));
        let capitalized = title || words == 1 && inner.starts_with(char::is_uppercase);
        if capitalized && self.titles.contains(inner) {
            return term;
        }
        if self.is_term(quote, first, last, words, place.paragraph, after.as_ref()) {
            if capitalized {
                self.titles.insert(inner);
            }
            return term;
        }
        // "Asked whether the pier “can survive …,” most members said no":
        // a quotation inside an opening "Asked …" clause is the question,
        // put by someone unnamed.
        if self.in_opening_question(&place, first) {
            return Attributed {
                span: quote.span,
                kind: QuoteKind::Speech,
                speaker: None,
                cue: None,
            };
        }
        let before = self
            .cue_before(place.sentence_start, first)
            .filter(|b| b.distance == 0)
            .or_else(|| self.colon_before(place.sentence_start, first))
            .or_else(|| self.cue_before(place.sentence_start, first));
        let cue = match (after, before) {
            // "…that X “…,” adding, “…”": a participle after a quotation
            // introduces the next one.
            (Some(a), Some(b)) if a.kind == CueKind::Participle => Some(b),
            // "…, calling Reyes “a landlubber,” Quinlan said": a verb right
            // after the quotation outranks a participle before it.
            (Some(a), Some(b))
                if b.kind == CueKind::Participle && a.kind == CueKind::Verb && a.distance <= 1 =>
            {
                Some(a)
            }
            // "said the offer was “fair” and urged the unions to …": a
            // verb joined to the sentence's cue is not the quotation's.
            (Some(a), Some(b))
                if a.cue.start > 0
                    && matches!(self.text(a.cue.start - 1), "and" | "but" | "or") =>
            {
                Some(b)
            }
            (Some(a), Some(b)) => Some(if b.distance <= a.distance { b } else { a }),
            (a, b) => a.or(b),
        };
        // "“…,” said Mensah, while Brandt called it “…”": the subject of
        // a later clause, right before the quotation, outranks a cue in an
        // earlier one when its own verb says or names ("… says that …,
        // but instead Obama is giving them “…”" goes on reporting).
        let cue = cue.filter(|c| {
            c.cue.start > first
                || !self.clause_subject_before(&place, first).is_some_and(|s| {
                    s.mention.is_some_and(|m| {
                        let (start, verb) =
                            (self.mentions[m].tokens.start, self.mentions[m].tokens.end);
                        start > c.cue.end
                            && self.opens_later_clause(&place, start)
                            && (NAMING_PARTICIPLES.contains(&self.doc.lower(verb))
                                || self.cue_at(verb).is_some())
                    })
                })
        });
        // "REYES: “…”": a transcript label names the person even when no
        // entity mention covers the capitals.
        let transcript = self.transcript_label(&place, first).map(|m| {
            let label = (place.sentence_start..first)
                .find(|&i| !self.is_punct(i))
                .unwrap_or(first);
            // "MR FELD:": the label runs to its colon.
            let colon = (label + 1..first)
                .find(|&i| self.text(i) == ":")
                .unwrap_or(label + 1);
            (
                Some(self.speaker_from(m, doc.token_span(label..colon), place.paragraph)),
                Some(doc.token_span(colon..colon + 1)),
            )
        });
        // "Q: “…”" / "A: “…”": an interview's question is put by someone
        // unnamed; its answer, unless a cue says otherwise, is the
        // interviewee's, the person named last before.
        let interview = self.interview_label(place.sentence_start, first);
        let label_span = |label: usize| Some(doc.token_span(label + 1..label + 2));
        // "GALE: The company says its offer is “fair”": a cue inside the
        // line, with a speaker of its own, outranks the line's label (not
        // "REYES: I told him, “…”").
        let cue_in_line = cue.as_ref().is_some_and(|c| {
            c.kind == CueKind::Verb
                && c.cue.end <= first
                && c.phrase.start > place.sentence_start + 1
                && !c.phrase.is_empty()
                && !matches!(self.doc.lower(c.phrase.start), "i" | "we")
        });
        let (speaker, cue) = match cue {
            _ if transcript.is_some() && !cue_in_line => transcript.unwrap_or_default(),
            _ if let Some((label, Interview::Question)) = interview => (None, label_span(label)),
            None if let Some((label, Interview::Answer)) = interview => {
                (self.interviewee(place.paragraph), label_span(label))
            }
            // "… as his supporters start chanting “…”": the participle's
            // own clause has its subject.
            Some(m)
                if m.kind == CueKind::Participle
                    && m.cue.end <= first
                    && let Some(people) = self.subordinate_subject_before(&place, m.cue.start) =>
            {
                (Some(people), Some(doc.token_span(m.cue.clone())))
            }
            Some(m)
                if m.kind == CueKind::Participle
                    && m.cue.end <= first
                    && let Some(agent) = self.agent_before_participle(&place, m.cue.start) =>
            {
                let span = self.mentions[agent].span;
                (
                    Some(self.speaker_from(agent, span, place.paragraph)),
                    Some(doc.token_span(m.cue.clone())),
                )
            }
            // "REYES: They would say that. I told them, “…”": in a
            // transcript, "I" is the one the line's label names.
            Some(m)
                if m.phrase.len() == 1
                    && self.text(m.phrase.start) == "I"
                    && let Some(label) = self.label_of_paragraph(place.paragraph) =>
            {
                let span = doc.token_span(m.phrase.clone());
                (
                    Some(self.speaker_from(label, span, place.paragraph)),
                    Some(doc.token_span(m.cue.clone())),
                )
            }
            Some(m) => {
                let span = doc.token_span(m.cue.clone());
                (self.speaker_of(m.phrase, m.cue.start, &place), Some(span))
            }
            None if starts_sentence
                && let Some((phrase, noun)) = self.named_as_words_after(last, place.paragraph) =>
            {
                (
                    self.resolve(phrase, place.paragraph),
                    Some(doc.token_span(noun..noun + 1)),
                )
            }
            None if starts_sentence => match self.lead_in(&place, first) {
                Some((speaker, cue)) => (speaker, cue),
                None if self.answers_question(&place, first) => {
                    (self.interviewee(place.paragraph), None)
                }
                None => {
                    // The speaker of this paragraph goes on; failing that, the
                    // person the previous sentence was about, or the speaker
                    // of the previous paragraph.
                    let speaker = self
                        .next_turn(&place)
                        .or_else(|| self.exchange_turn(&place))
                        .or_else(|| self.question_turn(&place))
                        .or_else(|| self.introduced_clip(&place, first))
                        .or_else(|| self.gesturing_subject(&place))
                        .or_else(|| self.continuation(place.paragraph + 1))
                        .or_else(|| self.previous_subject(&place))
                        .or_else(|| self.latest_of_previous_paragraph(&place));
                    (speaker, None)
                }
            },
            // "Reyes was asked, “…?”": the subject of a passive cue right
            // before the quotation is spoken to, not speaking.
            None if self.passive_cue_before(&place, first) => (None, None),
            None if self.named_colon_lead(&place, first).is_some() => {
                let m = self.named_colon_lead(&place, first).unwrap_or_default();
                (
                    Some(self.speaker_from(m, self.mentions[m].span, place.paragraph)),
                    None,
                )
            }
            None => {
                // A named subject, else a name opening the quotation's own
                // clause, else a described subject ("The vote came …").
                // "Quinlan praised it as “bold,” but Reyes dismissed it as
                // “a stunt”": the subject of a later clause outranks the
                // sentence's.
                let later = self.clause_subject_before(&place, first).filter(|c| {
                    c.mention.is_some_and(|m| {
                        self.opens_later_clause(&place, self.mentions[m].tokens.start)
                    })
                });
                let weight = if first_person { words.max(5) } else { words };
                let subject = self
                    .relative_clause_subject(&place, first)
                    .or(later)
                    .or_else(|| self.subordinate_subject_before(&place, first))
                    .or_else(|| self.subject_before(&place, first, weight));
                let subject = match subject {
                    // "BBC Director for radio Ada Quinlan described the
                    // crew as “…”": the person acting, not the company
                    // before a title.
                    Some(s) if s.label == Some(EntityLabel::Org) => self
                        .clause_subject_before(&place, first)
                        .filter(|c| c.label == Some(EntityLabel::Person))
                        .or(Some(s)),
                    Some(s) if s.mention.is_some() || s.label == Some(EntityLabel::Person) => {
                        Some(s)
                    }
                    described => self.clause_subject_before(&place, first).or(described),
                };
                // "But “…”": a quotation with neither cue nor subject goes on
                // with the speaker of its paragraph.
                (
                    subject.or_else(|| self.continuation(place.paragraph + 1)),
                    None,
                )
            }
        };
        // With no one to say them: scare quotes, and titles in title case
        // (“Meet the Press”). With no cue, a title after a preposition is
        // one whoever the sentence is about ("Reyes spoke on “Harbour
        // Radio”").
        // Not in a headline, where every word has a capital: the word
        // before the preposition is in lowercase.
        let after_preposition = first >= 2
            && matches!(
                self.text(first - 1),
                "on" | "to" | "in" | "at" | "from" | "for" | "with" | "of"
            )
            && self.text(first - 2).starts_with(char::is_lowercase);
        // "With the help of “Sea Shanties with Ada Quinlan”, the actor
        // asked": after "of", a title is one whatever cue the sentence has.
        if title && after_preposition && self.text(first - 1) == "of" {
            return term;
        }
        // "on the Gazette’s “Harbour Hour,”": a title
        // after a possessive is the owner's show, book or song.
        // Not a person's: "Reyes’ ‘Budget Fantasy’" may be words said of
        // them.
        let owned_by_outlet = first >= 2 && self.is_possessive(first - 1) && {
            let owner = first - 2;
            self.text(owner).starts_with(char::is_lowercase)
                || self
                    .mention_ending_at(owner + 1)
                    .is_some_and(|m| self.mentions[m].label == EntityLabel::Org)
        };
        if title && owned_by_outlet {
            return term;
        }
        // Or set off by dashes: "has called a ballot — “Save Our Old
        // Pier” — for next spring".
        let set_off = first > 0
            && matches!(self.text(first - 1), "—" | "–")
            && last < doc.tokens.len()
            && matches!(self.text(last), "—" | "–");
        // "Reyes was asked, “Who signed it?”": a whole sentence set off by
        // a comma or colon is words someone spoke, however short, even
        // with no one named.
        let full_sentence = words >= 2
            && first > 0
            && matches!(self.text(first - 1), "," | ":")
            && self.text(first + 1).starts_with(char::is_uppercase)
            && last >= 2
            && matches!(self.text(last - 2), "." | "?" | "!");
        // "Sem van der Hoek dedicated “Northern Line” to …", "the band
        // played “Harbour Lights”": a title right after a verb in prose is
        // its object, a song or a book, not words the subject says.
        let after_verb = first > 0 && {
            let verb = self.text(first - 1);
            doc.tokens[first - 1].kind == TokenKind::Word
                && verb.starts_with(char::is_lowercase)
                && (verb.ends_with("ed") || is_likely_verb(verb))
        };
        if cue.is_none()
            && !starts_sentence
            && (speaker.is_none() && (words <= 4 && !first_person && !full_sentence || title)
                || title && (after_preposition || set_off || after_verb))
        {
            return term;
        }
        if let Some(s) = &speaker {
            self.current = Some(SpeakerRef {
                paragraph: place.paragraph,
                ..s.clone()
            });
        }
        Attributed {
            span: quote.span,
            kind: QuoteKind::Speech,
            speaker,
            cue,
        }
    }

    /// The words that name person `m` as the subject of `sentence`: the
    /// mention itself, or the role description standing for them ("The
    /// judge then looked over at me").
    fn used_for(&self, m: usize, sentence: usize) -> Span {
        let mention = &self.mentions[m];
        match self.subject(sentence) {
            Some(subject) if !subject.contains(&mention.tokens.start) => {
                self.doc.token_span(subject)
            }
            _ => mention.span,
        }
    }

    /// Whether mention `m` may be a speaker: a person or an organization.
    fn can_speak(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        // "The Greater Mersey Children’s Health Partnership said": a name
        // the tagger called MISC that ends in a body's word speaks as one.
        let body = || {
            mention.label == EntityLabel::Misc
                && mention.tokens.len() >= 2
                && crate::quote::cues::BODY_NOUNS.contains(&self.doc.lower(mention.tokens.end - 1))
        };
        matches!(mention.label, EntityLabel::Person | EntityLabel::Org) || body()
    }

    fn speaker_from(&self, m: usize, span: Span, paragraph: usize) -> SpeakerRef {
        let mention = &self.mentions[m];
        SpeakerRef {
            name: mention.canonical.clone(),
            mention: Some(m),
            span,
            label: Some(mention.label),
            paragraph,
        }
    }

    /// The person's name that ends just before token `i`, if any.
    fn person_ending_at(&self, i: usize) -> Option<usize> {
        self.mention_ending_at(i)
            .filter(|&m| self.mentions[m].label == EntityLabel::Person)
    }

    /// The entity mention whose last token is just before token `i`.
    fn mention_ending_at(&self, i: usize) -> Option<usize> {
        let m = self
            .mentions
            .partition_point(|m| m.tokens.start < i)
            .checked_sub(1)?;
        (self.mentions[m].tokens.end == i).then_some(m)
    }

    /// Whether an entity mention covers token `i`.
    fn in_mention(&self, i: usize) -> bool {
        self.mention_covering(i).is_some()
    }

    /// The entity mention covering token `i`, if any.
    fn mention_covering(&self, i: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.tokens.start <= i);
        (k > 0 && self.mentions[k - 1].tokens.end > i).then(|| k - 1)
    }

    /// Whether tokens `range`, between an apposition's comma and a name,
    /// only say where it is based: "US-based" in "its parent company,
    /// US-based Helix Interactive". Empty is fine.
    fn only_place_modifiers(&self, range: Range<usize>) -> bool {
        range.into_iter().all(|k| {
            let word = self.text(k);
            word.contains('-') && word.starts_with(char::is_uppercase)
        })
    }

    /// Whether the tokens describe a company before its name: "the food
    /// delivery firm (Dashly)".
    fn describes_a_company(&self, range: Range<usize>) -> bool {
        range.len() >= 2
            && matches!(self.doc.lower(range.start), "the" | "a" | "an")
            && range
                .clone()
                .skip(1)
                .all(|k| self.text(k).starts_with(char::is_lowercase))
            && crate::quote::cues::COMPANY_NOUNS.contains(&self.doc.lower(range.end - 1))
    }

    /// Mention indices lying inside the token range.
    fn mentions_in(&self, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let first = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.start);
        (first..self.mentions.len()).take_while(move |&m| self.mentions[m].tokens.end <= tokens.end)
    }
}

/// Words opening a clause of time, whose subject a participle after the
/// clause goes with: "when dockers interrupted her, shouting “…”".
const TIME_CLAUSE_OPENERS: &[&str] = &["after", "as", "before", "once", "until", "when", "while"];

/// Which side of an interview a "Q:" or "A:" label marks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Interview {
    Question,
    Answer,
}

/// A word in lowercase without a contracted verb: "He’d" is "he".
fn bare_word(word: &str) -> String {
    let lower = word.to_lowercase();
    let bare = ["’d", "'d", "’s", "'s", "’ll", "'ll"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower);
    bare.to_string()
}

/// "he", "She", "they’d": a personal pronoun that can be a subject.
fn is_subject_pronoun(word: &str) -> bool {
    matches!(bare_word(word).as_str(), "he" | "she" | "they" | "we" | "i")
}

/// Title abbreviations spelled out, so "Sen." introduces "the senator".
fn normalize_title(word: &mut String) {
    let full = match word.as_str() {
        "sen." | "sens." => "senator",
        "rep." | "reps." => "representative",
        "gov." | "govs." => "governor",
        "gen." => "general",
        "pres." => "president",
        "sec." => "secretary",
        _ => return,
    };
    *word = full.to_string();
}

/// The age in an age description's head: "64" of "64-year-old".
fn age_of(head: &str) -> Option<&str> {
    let age = head.strip_suffix("-year-old")?;
    (!age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit())).then_some(age)
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn speakers(text: &str) -> Vec<(String, String)> {
        let analysis = Analyzer::new().analyze(text);
        analysis
            .quotes()
            .iter()
            .map(|q| match q.speaker() {
                Some(s) => (s.name().to_string(), text[s.span().range()].to_string()),
                None => (String::new(), String::new()),
            })
            .collect()
    }

    fn pair(name: &str, used: &str) -> (String, String) {
        (name.to_string(), used.to_string())
    }

    #[test]
    fn a_role_with_no_one_to_stand_for_stays_a_description() {
        assert_eq!(
            speakers("“We are closed,” said the harbour master."),
            [pair("the harbour master", "the harbour master")]
        );
    }

    #[test]
    fn a_role_resolves_to_the_person_introduced_with_it() {
        let text = "Tom Reyes, a former harbour master, spoke first. “We are closed,” said Ada Quinlan. \
                    “The port is empty,” said the harbour master.";
        assert_eq!(speakers(text)[1], pair("Tom Reyes", "the harbour master"));
    }

    #[test]
    fn a_pronoun_prefers_the_subject_of_its_paragraph() {
        let text = "“It is late,” said Ada Quinlan.\n\nTom Reyes arrived after the vote. “I missed it,” he said.";
        assert_eq!(speakers(text)[1], pair("Tom Reyes", "he"));
    }

    #[test]
    fn a_pronoun_skips_people_of_the_other_sex() {
        let text =
            "Carly Fiorina criticized Donald Trump at the rally.\n\n“We can beat him,” she said.";
        assert_eq!(speakers(text), [pair("Carly Fiorina", "she")]);
    }

    #[test]
    fn a_pronoun_ignores_names_inside_the_quotation() {
        let text = "Rob Hale warned the council.\n\n“This is between Ada and Tom,” he wrote.";
        assert_eq!(speakers(text), [pair("Rob Hale", "he")]);
    }

    #[test]
    fn a_pronoun_falls_back_to_the_current_speaker() {
        let text = "“It is late,” said Ada Quinlan.\n\nThe vote was delayed by a storm over Lisbon.\n\n“We wait,” she said.";
        assert_eq!(speakers(text)[1], pair("Ada Quinlan", "she"));
    }

    #[test]
    fn the_subject_speaks_when_no_cue_does() {
        assert_eq!(
            speakers("Tom Reyes called the decision “a disgrace to the town.”"),
            [pair("Tom Reyes", "Tom Reyes")]
        );
    }

    #[test]
    fn a_colon_lead_in_in_the_previous_paragraph() {
        let text = "Ada Quinlan spoke to the council. She said:\n\n“We will rebuild the pier.”";
        assert_eq!(speakers(text), [pair("Ada Quinlan", "She")]);
    }

    #[test]
    fn told_points_at_the_addressee() {
        let text = "Reyes, 69, told the Kelso Gazette on Monday that “the pier is a real worry.”";
        assert_eq!(speakers(text)[0].1, "Reyes");
    }
}
