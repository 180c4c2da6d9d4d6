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

use std::cell::RefCell;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::QuoteKind;
use super::cues::{
    ADDRESSING_VERBS, AUXILIARIES, BEFORE_A_MODIFIER, BETWEEN_SPEAKER_AND_CUE, BODY_NOUNS,
    COMPANY_NOUNS, CueKind, EXPRESSIVE_NOUNS, GENERIC_ROLES, INFINITIVES, NAMES_NO_ONE,
    NAMING_PARTICIPLES, NOT_A_NOUN, OBJECT_CONTROL_VERBS, ONE_WORD_OPENERS, PARTICIPLES,
    PERSONAL_ROLES, PHRASE_BREAKS, PHRASE_ENDS, QUANTIFIERS, REMARK_NOUNS, REPORTING_PARTICIPLES,
    ROLE_NOUNS, SENTENCE_OPENERS, SPEAKING_THINGS, SPEECH_VERBS, TERM_MARKERS,
};
use super::scan::Quoted;
use crate::Span;
use crate::date::WEEKDAY_NAMES;
use crate::entity::{EntityLabel, Mention};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Document, TokenKind};
use crate::words::{TIME_ADVERBS, is_likely_verb, is_ly_adverb};

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
    };
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| attributor.attribute(i, q))
        .collect()
}

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
}

/// The people a quotation names, by canonical name, and the token where
/// it ends: speakers rarely name themselves, so a pronoun after it stands
/// for someone else (“Trump is making us less safe,” he said).
#[derive(Default)]
struct NamedInside<'a> {
    end: usize,
    people: FxHashSet<&'a str>,
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
        if self.is_term(quote, first, last, words, place.paragraph, after.as_ref()) {
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
            let colon = doc.token_span(label + 1..label + 2);
            (
                Some(self.speaker_from(m, doc.token_span(label..label + 1), place.paragraph)),
                Some(colon),
            )
        });
        // "Q: “…”" / "A: “…”": an interview's question is put by someone
        // unnamed; its answer, unless a cue says otherwise, is the
        // interviewee's, the person named last before.
        let interview = self.interview_label(place.sentence_start, first);
        let label_span = |label: usize| Some(doc.token_span(label + 1..label + 2));
        let (speaker, cue) = match cue {
            _ if transcript.is_some() => transcript.unwrap_or_default(),
            _ if let Some((label, Interview::Question)) = interview => (None, label_span(label)),
            None if let Some((label, Interview::Answer)) = interview => {
                (self.interviewee(place.paragraph), label_span(label))
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
                None => {
                    // The speaker of this paragraph goes on; failing that, the
                    // person the previous sentence was about, or the speaker
                    // of the previous paragraph.
                    let speaker = self
                        .continuation(place.paragraph + 1)
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
        if cue.is_none()
            && !starts_sentence
            && (speaker.is_none() && (words <= 4 && !first_person && !full_sentence || title)
                || title && (after_preposition || set_off))
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

    /// Subheads that are only a short quotation, titles in title case,
    /// and short quotations introduced as names ("known as “Hook”").
    fn is_term(
        &self,
        quote: &Quoted,
        first: usize,
        last: usize,
        words: usize,
        paragraph: usize,
        cue_after: Option<&CueMatch>,
    ) -> bool {
        let whole_paragraph = self.doc.paragraphs[paragraph].span == quote.span;
        let sentence_inside = (first..last).any(|i| matches!(self.text(i), "." | "!" | "?"));
        if whole_paragraph && words <= 6 && !sentence_inside {
            return true;
        }
        // "“…,” said Reyes" is attached; "a so-called “pier purist,” said
        // the vote was …" has the sentence's cue, with no speaker of its
        // own after it.
        let attached_cue = cue_after.is_some_and(|c| c.distance <= 1 && !c.phrase.is_empty());
        // "Tom “Hook” Reyes": a nickname inside a name.
        let in_name = first > 0
            && last < self.doc.tokens.len()
            && words <= 3
            && self
                .mentions_in(first - 1..last + 1)
                .next()
                .is_some_and(|m| {
                    let tokens = &self.mentions[m].tokens;
                    tokens.start < first && tokens.end > last
                });
        // "mocking Ada Quinlan (“Lady Pier”)": a nickname in
        // parentheses right after the name.
        let in_parentheses_after_name = first >= 2
            && self.text(first - 1) == "("
            && last < self.doc.tokens.len()
            && self.text(last) == ")"
            && words <= 3
            && self
                .mention_ending_at(first - 1)
                .is_some_and(|m| self.mentions[m].label == EntityLabel::Person);
        // "Reginald “Hammer” Osei-Tutu", where the tagger saw no one name
        // across the marks: a person's name before, a capital after.
        let between_names = words <= 3
            && last < self.doc.tokens.len()
            && (first + 1..last - 1).all(|i| !self.is_punct(i))
            && self.doc.sentence_of_token(last) == self.doc.sentence_of_token(first)
            && self.doc.tokens[last].kind == TokenKind::Word
            && self.text(last).starts_with(char::is_uppercase)
            && self.title_case_capitals(first..last).is_some_and(|n| n > 0)
            && self
                .mention_ending_at(first)
                .is_some_and(|m| self.mentions[m].label == EntityLabel::Person);
        if in_name || in_parentheses_after_name || between_names {
            return true;
        }
        // In lowercase: "the song “…”", but not "Paul Song “was …”".
        let before = first.checked_sub(1).map(|i| self.text(i));
        // "what it called a “hearing”": an article may come between.
        // "its chairwoman called “…”" quotes her; see `cue_word_at`.
        let person_calls = before == Some("called") && self.cue_word_at(first - 1).is_some();
        // "In her memoir, “Bright Against the Dark,” she writes": a work's
        // title in apposition.
        let title_in_apposition = before == Some(",")
            && first >= 2
            && !self.text(first - 2).ends_with("ed")
            && TERM_MARKERS.contains(&self.text(first - 2))
            && self.is_title(first, last, words);
        let marker = before.is_some_and(|w| TERM_MARKERS.contains(&w)) && !person_calls
            || title_in_apposition
            || (before == Some("as") && first >= 2 && self.text(first - 2) == "known")
            || (matches!(before, Some("a" | "an" | "the"))
                && first >= 2
                && TERM_MARKERS.contains(&self.text(first - 2)));
        // A title may run longer: "a blog called “Lisbon If The Old Pier
        // Falls”".
        let short = words <= 5 || self.is_title(first, last, words);
        if short && marker && !attached_cue {
            return true;
        }
        words <= 6 && self.modifies_a_noun(first, last)
    }

    /// "the “Harbour Lights” star", "the “Yes” campaign", and at the start
    /// of a sentence "“Harbour Lights” star Tom Reyes": a capitalized name
    /// in quotation marks, between a determiner and the noun it modifies.
    fn modifies_a_noun(&self, first: usize, last: usize) -> bool {
        let before = first.checked_sub(1).map(|i| self.text(i));
        let sentence_start = self.doc.sentences[self.doc.sentence_of_token(first)]
            .tokens
            .start;
        let determiner = before
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their"))
            || first > 0 && self.doc.tokens[first - 1].kind == TokenKind::Possessive
            || first == sentence_start;
        let capitalized = first + 1 < last
            && self.text(first + 1).starts_with(char::is_uppercase)
            && self.title_case_capitals(first..last).is_some();
        // Nothing closes inside the marks ("on the BBC’s “Harbour Hour,”
        // while …"), and a noun follows: not a preposition, conjunction or
        // verb.
        let ends_bare = last >= 2 && !self.is_punct(last - 2);
        let noun_after = last < self.doc.tokens.len() && {
            let next = self.doc.lower(last);
            self.text(last).starts_with(char::is_lowercase)
                && self.doc.tokens[last].kind == TokenKind::Word
                && !NOT_A_NOUN.contains(&next)
                && !is_likely_verb(next)
                && self.cue_at(last).is_none()
        };
        // A title-case headline has no lowercase noun to modify.
        determiner && capitalized && ends_bare && noun_after
    }

    /// Two to six words, all capitalized but short function words.
    fn is_title(&self, first: usize, last: usize, words: usize) -> bool {
        // A single capital is no title: “We’re with you”.
        (2..=6).contains(&words)
            && self
                .title_case_capitals(first..last)
                .is_some_and(|capitals| capitals >= 2)
    }

    /// How many words are capitalized, if every other word is a short
    /// function word ("Sea Shanties with Ada Quinlan").
    fn title_case_capitals(&self, tokens: Range<usize>) -> Option<usize> {
        let mut capitals = 0;
        let all = tokens
            .filter(|&i| self.doc.tokens[i].kind == TokenKind::Word)
            .all(|i| {
                let word = self.text(i);
                let capital = word.starts_with(char::is_uppercase);
                capitals += usize::from(capital);
                capital
                    || word.len() <= 3
                    || matches!(word, "with" | "from" | "into" | "over" | "upon" | "than")
            });
        all.then_some(capitals)
    }

    /// The cue starting at token `i`, if any.
    fn cue_at(&self, i: usize) -> Option<(Range<usize>, CueKind)> {
        // "from noted scholars", "the reported deal", "his stated aim": after
        // a determiner or preposition the word is an adjective. Tested only
        // once a cue word is found: this runs at nearly every token.
        self.cue_word_at(i).filter(|_| {
            i == 0 || {
                let before = self.doc.lower(i - 1);
                // "Local news reports said": a noun after "news".
                let compound = matches!(self.text(i - 1), "news" | "media" | "press")
                    && self.text(i).ends_with('s');
                !BEFORE_A_MODIFIER.contains(&before) && !compound
            }
        })
    }

    /// The cue word or words starting at token `i`, whatever comes before.
    fn cue_word_at(&self, i: usize) -> Option<(Range<usize>, CueKind)> {
        // "Hillary Clinton Says", "Murphy, …, Tweeted": a capital does not
        // stop a verb being a cue right after a person's name or a comma;
        // elsewhere a sentence's first word, a title ("“Broad City” Star
        // Asked Actors") or a name ("the United States") would turn into
        // one.
        let mut word = self.text(i);
        if word.starts_with(char::is_uppercase)
            && i > 0
            && (self.text(i - 1) == "," || self.person_ending_at(i).is_some())
            && !self.in_mention(i)
        {
            word = self.doc.lower(i);
        }
        if ADDRESSING_VERBS.contains(&word) {
            return Some((i..i + 1, CueKind::Addressing));
        }
        if SPEECH_VERBS.contains(&word) {
            return Some((i..i + 1, CueKind::Verb));
        }
        if PARTICIPLES.contains(&word) {
            return Some((i..i + 1, CueKind::Participle));
        }
        if i > 0 && self.doc.lower(i - 1) == "to" && INFINITIVES.contains(&word) {
            return Some((i..i + 1, CueKind::Verb));
        }
        let next = |word: &str| i + 1 < self.doc.tokens.len() && self.text(i + 1) == word;
        // "a decision its chairwoman called “painful”": a person calling
        // something by words is quoting them (not "a website called “…”",
        // which names it).
        // "whom Reyes once called “…”": adverbs may come between.
        if word == "called" && i > 0 && self.opens_quote_at(i + 1) {
            let mut caller = i;
            while caller > 1 && {
                let adverb = self.text(caller - 1);
                TIME_ADVERBS.contains(&adverb)
                    || matches!(adverb, "also" | "even" | "previously" | "recently")
                    || is_ly_adverb(adverb) && adverb.starts_with(char::is_lowercase)
            } {
                caller -= 1;
            }
            let before = self.doc.lower(caller - 1);
            let person = ROLE_NOUNS.contains(&before)
                || matches!(before, "he" | "she" | "they")
                || self.person_ending_at(caller).is_some();
            if person {
                return Some((i..i + 1, CueKind::Verb));
            }
        }
        // "The report found that the supports were “…”": a finding reported
        // as a clause is its source's words.
        if matches!(word, "found" | "finds") && next("that") {
            return Some((i..i + 1, CueKind::Verb));
        }
        // "a campaign hat reading, “…”", "a sign reading “…”": the thing
        // bearing the words speaks them, as a document does.
        if word == "reading" && self.bears_words(i) {
            return Some((i..i + 1, CueKind::Verb));
        }
        let two_words = match word {
            // "As the Gazette put it, “…”": a way of saying.
            "put" | "puts" => next("it"),
            // "Quinlan talked about the “long road back”": a partial
            // quotation of what was said.
            "talked" | "talks" | "spoke" | "speaks" => next("about"),
            // "“…,” Reyes shot back.", "Quinlan hit back: “…”".
            "shot" | "fired" | "hit" | "shoots" | "fires" | "hits" => next("back"),
            // "“…,” Reyes went on.", "She went on: “…”" (not "went on to").
            "went" | "goes" => {
                next("on")
                    && self
                        .doc
                        .tokens
                        .get(i + 2)
                        .is_none_or(|t| t.kind == TokenKind::Punct)
            }
            // "The harbour master’s answer was that “…”": a possessor's
            // answer is their words.
            "answer" | "response" | "reply" | "retort" => {
                i > 0 && self.is_possessive(i - 1) && (next("was") || next("is"))
            }
            _ => false,
        };
        if two_words {
            return Some((i..i + 2, CueKind::Verb));
        }
        let according = word.eq_ignore_ascii_case("according") && next("to");
        if according {
            return Some((i..i + 2, CueKind::According));
        }
        // "in the words of Ada Quinlan, “…”", "in Quinlan’s words, “…”".
        if word.eq_ignore_ascii_case("in") {
            let at = |k: usize, w: &str| self.doc.token_text_or_empty(i + k) == w;
            if at(1, "the") && at(2, "words") && at(3, "of") {
                return Some((i..i + 4, CueKind::According));
            }
            let owner = self
                .mentions_in(i + 1..(i + 8).min(self.doc.tokens.len()))
                .next()
                .filter(|&m| self.mentions[m].tokens.start == i + 1)?;
            let end = self.mentions[owner].tokens.end;
            let words = end + 1 < self.doc.tokens.len()
                && self.is_possessive(end)
                && self.text(end + 1) == "words";
            return words.then_some((i..end + 2, CueKind::According));
        }
        None
    }

    /// Whether the clause of a cue after a quotation goes on to report
    /// words of its own: "Hale said (that) she would resign", "He added
    /// that …", not "Hale said.", "said Hale, a …" or "Hale said on
    /// Monday.".
    fn reports_other_words(&self, cue: &CueMatch) -> bool {
        let tail = cue.cue.end.max(cue.phrase.end);
        if tail >= self.doc.tokens.len() || self.inside_quote(tail) {
            return false;
        }
        let next = self.doc.lower(tail);
        let object = cue.kind == CueKind::Verb
            && matches!(
                next,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this"
            );
        next == "that" || is_subject_pronoun(next) || object
    }

    /// Whether a quotation opens at token `i`.
    fn opens_quote_at(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.inside_quote(i) && (i == 0 || !self.inside_quote(i - 1))
    }

    /// What "they" at `pronoun` stands for: the nearest sentence subject
    /// before it that is several people or an organization ("The union
    /// rejected the offer. “…,” they said"; "Reyes and Quinlan …"),
    /// looking back three sentences at most.
    fn plural_antecedent(&self, pronoun: usize, paragraph: usize) -> Option<SpeakerRef> {
        self.recent_subject(pronoun, paragraph, |mut subject, in_subject| {
            // "Reyes and Quinlan": the subject stopped at "and".
            if let Some(end) = self.person_joined_by_and(subject.end, pronoun) {
                subject.end = end;
                *in_subject = self.mentions_in(subject.clone()).collect();
            }
            let head = self.doc.lower(subject.end - 1);
            let plural = self.text(subject.end - 1).starts_with(char::is_lowercase)
                && (head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")
                    || matches!(
                        head,
                        "people" | "men" | "women" | "children" | "police" | "fishermen"
                    ));
            let fits = self.ends_with_organization(&subject, in_subject)
                || plural
                || self.is_list_of_names(subject.clone(), in_subject);
            fits.then_some(subject)
        })
    }

    /// What "it" at `pronoun` stands for: the nearest subject in the
    /// three sentences before that is an organization or a thing that can
    /// speak ("The dockers’ union", "the audit report"), not a person, a
    /// role, a group or "the fact".
    fn singular_antecedent(&self, pronoun: usize, paragraph: usize) -> Option<SpeakerRef> {
        self.recent_subject(pronoun, paragraph, |subject, in_subject| {
            let thing = subject.len() > 1
                && matches!(self.doc.lower(subject.start), "the" | "a" | "an" | "its")
                && self.text(subject.end - 1).starts_with(char::is_lowercase)
                && SPEAKING_THINGS.contains(&self.doc.lower(subject.end - 1))
                && !in_subject
                    .iter()
                    .any(|&m| self.mentions[m].label == EntityLabel::Person);
            // "Meridian Water apologised. It said …": a name the tagger
            // called MISC that is the whole subject speaks as a body.
            let misc_body = matches!(in_subject[..], [m] if {
                let mention = &self.mentions[m];
                mention.label == EntityLabel::Misc
                    && mention.tokens.end == subject.end
                    && (mention.tokens.start == subject.start
                        || mention.tokens.start == subject.start + 1
                            && self.doc.lower(subject.start) == "the")
            });
            (thing || misc_body || self.ends_with_organization(&subject, in_subject))
                .then_some(subject)
        })
    }

    /// Who the nearest subject before `pronoun`, in its sentence or the
    /// three before, names, among the subjects that `fits` accepts (and
    /// may extend), given with the mentions in them.
    fn recent_subject(
        &self,
        pronoun: usize,
        paragraph: usize,
        fits: impl Fn(Range<usize>, &mut Vec<usize>) -> Option<Range<usize>>,
    ) -> Option<SpeakerRef> {
        let sentence = self.doc.sentence_of_token(pronoun);
        (sentence.saturating_sub(3)..=sentence).rev().find_map(|s| {
            let subject = self
                .subject(s)
                .filter(|r| r.end <= pronoun && !r.is_empty())?;
            let mut in_subject: Vec<usize> = self.mentions_in(subject.clone()).collect();
            let subject = fits(subject, &mut in_subject)?;
            self.resolve(subject, paragraph)
        })
    }

    /// Whether an organization's name ends `subject`.
    fn ends_with_organization(&self, subject: &Range<usize>, in_subject: &[usize]) -> bool {
        in_subject.last().is_some_and(|&m| {
            self.mentions[m].label == EntityLabel::Org && self.mentions[m].tokens.end == subject.end
        })
    }

    /// "Reyes and Quinlan": where a person's name ends, that "and" joins to
    /// the person ending at `end`, before `limit`.
    fn person_joined_by_and(&self, end: usize, limit: usize) -> Option<usize> {
        self.person_ending_at(end)?;
        if self.doc.token_text_or_empty(end) != "and" {
            return None;
        }
        let m = self.mentions_in(end + 1..limit).next()?;
        let mention = &self.mentions[m];
        (mention.tokens.start == end + 1 && mention.label == EntityLabel::Person)
            .then_some(mention.tokens.end)
    }

    /// Whether "reading" at `i` shows the words a thing bears: after a
    /// noun, right before the quotation ("a hat reading, “…”"), not as a
    /// verb ("was reading “…”", "while reading").
    fn bears_words(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or("", |k| self.text(k));
        let noun_before = before.starts_with(char::is_lowercase)
            && !is_likely_verb(before)
            && !PHRASE_BREAKS.contains(&before)
            && !matches!(
                before,
                "be" | "been" | "being" | "keep" | "kept" | "of" | "while"
            );
        let mut next = i + 1;
        while next < self.doc.tokens.len() && matches!(self.text(next), "," | ":") {
            next += 1;
        }
        noun_before && next < self.doc.tokens.len() && self.inside_quote(next)
    }

    /// “…,” he said. / “…,” said McCallum. / “…” threats, some of them
    /// new, said McCallum.
    fn cue_after(&self, index: usize, from: usize, end: usize) -> Option<CueMatch> {
        // Stop at the next quotation that could have its own cue; short
        // ones ("wearing “Ted Cruz” pins") are part of this sentence.
        let next_quote = self.quotes[index + 1..]
            .iter()
            .take(WINDOW)
            .find(|q| self.doc.slice(q.span).split_whitespace().count() > 3)
            .map_or(usize::MAX, |q| q.span.start);
        // "…, Rob Hale and Ben Ortiz, who say …": a verb in a relative
        // clause has its own subject, not this quotation's speaker.
        let relative = |i: usize| i > from && matches!(self.text(i - 1), "who" | "which" | "that");
        // "“…,” though voters are more likely to say …": an infinitive
        // after a quotation is what someone might say, not who said it.
        let infinitive = |i: usize| i > from && self.text(i - 1) == "to";
        // "… for a “hidden budget” while Reyes insists …": a verb in a
        // clause opened after the quotation is that clause's (not after
        // "while discussing the pier, Reyes said").
        let mut subordinate = false;
        let found = (from..end)
            .take_while(|&i| self.doc.tokens[i].span.start < next_quote)
            .find(|&i| {
                subordinate |= matches!(self.text(i), "while" | "whereas" | "although" | "unless")
                    && !self.doc.token_text_or_empty(i + 1).ends_with("ing");
                !self.inside_quote(i)
                    && !subordinate
                    && !relative(i)
                    && !infinitive(i)
                    && self.cue_at(i).is_some()
                    && !self.agentless_passive(i, end)
            });
        let Some(i) = found else {
            return self.name_and_verb_after(from, end);
        };
        let (cue, kind) = self.cue_at(i)?;
        // "“… a century.” Reyes added, “…”": after a quotation that ends its
        // sentence, a cue leading into the next quotation is that one's.
        let ends_sentence = from >= 2 && matches!(self.text(from - 2), "." | "!" | "?");
        let leads_into_next = self.quotes.get(index + 1).is_some_and(|q| {
            let opening = self.doc.token_at_or_after(q.span.start);
            opening > cue.end
                && opening - cue.end <= 1
                && (cue.end..opening).all(|k| matches!(self.text(k), "," | ":"))
        });
        if ends_sentence && leads_into_next {
            return None;
        }
        let adjacent = (from..i).all(|k| self.is_punct(k));
        let phrase = match kind {
            CueKind::According => self.phrase_after(cue.end, end),
            CueKind::Participle => 0..0,
            // "“…,” said the vote was …" is no inverted cue: what follows
            // "said" is a clause, and the speaker the sentence's subject
            // ("Reyes, a so-called “pier purist,” said the vote was …").
            _ if adjacent => {
                let after = self.phrase_after(cue.end, end);
                let clause = kind == CueKind::Verb
                    && (!self.speakerish(after.clone()) || self.is_clause(after.clone()));
                if clause { 0..0 } else { after }
            }
            // "“…,” the Herald was told by a senior source.": the agent.
            _ if self.passive_agent(i, end).is_some_and(|a| !a.is_empty()) => {
                self.passive_agent(i, end)?
            }
            CueKind::Addressing => self.phrase_before(from, i),
            CueKind::Verb => {
                let before = self.phrase_before(from, i);
                let after = self.phrase_after(cue.end, end);
                // "…, said McCallum." but not "and said it was a fair deal".
                let inverted =
                    after.len() <= 6 && !after.clone().any(|k| is_likely_verb(self.text(k)));
                if self.speakerish(before.clone()) || !inverted || !self.speakerish(after.clone()) {
                    before
                } else {
                    after
                }
            }
        };
        let distance = (from..i).filter(|&k| !self.is_punct(k)).count();
        Some(CueMatch {
            cue,
            kind,
            phrase,
            distance,
        })
    }

    /// Whether the words after a cue are a clause of their own ("the vote
    /// was …", "she warned …"), not a speaker ("the man who built …", "a
    /// source involved in …").
    fn is_clause(&self, phrase: Range<usize>) -> bool {
        if phrase.len() > 1 && is_subject_pronoun(self.text(phrase.start)) {
            return true;
        }
        for k in phrase.start + 1..phrase.end {
            let word = self.text(k);
            if matches!(word, "who" | "which" | "that") {
                return false;
            }
            if matches!(
                word,
                "was" | "is" | "were" | "are" | "has" | "have" | "had" | "will" | "would" | "could"
            ) {
                return true;
            }
        }
        false
    }

    /// “…” — Ada Quinlan, council leader: a dash and a name right after the
    /// quotation, even past the end of its sentence.
    fn byline_after(&self, last: usize, paragraph: usize) -> Option<CueMatch> {
        let end = self.doc.paragraphs[paragraph].tokens.end;
        if last + 1 >= end || !matches!(self.text(last), "—" | "–") {
            return None;
        }
        let m = self.mentions_in(last + 1..end).next()?;
        let mention = &self.mentions[m];
        let named = mention.tokens.start == last + 1 && self.can_speak(m);
        let closes =
            mention.tokens.end == end || matches!(self.text(mention.tokens.end), "," | "." | "(");
        (named && closes).then(|| CueMatch {
            cue: last..last + 1,
            kind: CueKind::Verb,
            phrase: mention.tokens.clone(),
            distance: 0,
        })
    }

    /// “Go back,” Trump barked: right after a quotation, a name or pronoun
    /// and a verb attribute it whatever the verb.
    fn name_and_verb_after(&self, from: usize, end: usize) -> Option<CueMatch> {
        let mut i = from;
        while i < end && matches!(self.text(i), "," | "—" | "–") {
            i += 1;
        }
        if i >= end {
            return None;
        }
        // "« … », a déclaré Marie Dubois.": a verb no list knows, then a
        // name closing the clause.
        if let Some(m) = self.mentions_in(i..end).next()
            && self.mentions[m].label == EntityLabel::Person
            && (1..=2).contains(&(self.mentions[m].tokens.start - i))
            && (i..self.mentions[m].tokens.start).all(|k| {
                self.doc.tokens[k].kind == TokenKind::Word
                    && self.text(k).starts_with(char::is_lowercase)
                    && !PHRASE_BREAKS.contains(&self.text(k))
            })
            && matches!(
                self.doc.token_text_or_empty(self.mentions[m].tokens.end),
                "." | "," | ""
            )
        {
            return Some(CueMatch {
                cue: i..self.mentions[m].tokens.start,
                kind: CueKind::Verb,
                phrase: self.mentions[m].tokens.clone(),
                distance: usize::MAX / 2,
            });
        }
        let phrase = match self.mentions_in(i..end).next() {
            Some(m) if self.mentions[m].tokens.start == i && self.can_speak(m) => {
                self.mentions[m].tokens.clone()
            }
            _ if matches!(bare_word(self.text(i)).as_str(), "he" | "she") => i..i + 1,
            _ => return None,
        };
        let verb = phrase.end;
        let word = if verb < end { self.text(verb) } else { "" };
        let is_verb = self
            .doc
            .tokens
            .get(verb)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && word.starts_with(char::is_lowercase)
            && (word.ends_with("ed") || word.ends_with('s'))
            && !PHRASE_BREAKS.contains(&word);
        // The weakest cue: any cue before the quotation wins over it.
        is_verb.then_some(CueMatch {
            cue: verb..verb + 1,
            kind: CueKind::Verb,
            phrase,
            distance: usize::MAX / 2,
        })
    }

    /// “X went even further: “…”” and “- Jeffrey M. Jones: “…””: the clause
    /// before a colon that introduces the quotation.
    fn colon_before(&self, start: usize, quote_first: usize) -> Option<CueMatch> {
        let colon = quote_first
            .checked_sub(1)
            .filter(|&c| c >= start && self.text(c) == ":")?;
        if self.interview_label(start, quote_first).is_some() {
            return None;
        }
        let clause_start = (start..colon)
            .rev()
            .find(|&k| matches!(self.text(k), "," | ";" | "—" | "–" | "-") || self.inside_quote(k))
            .map_or(start, |k| k + 1);
        // "…, telling Harbour Radio:": the participle's colon; what follows
        // it is spoken to.
        if clause_start < colon
            && self
                .cue_at(clause_start)
                .is_some_and(|(_, kind)| kind == CueKind::Participle)
        {
            return None;
        }
        // "From the report:", "More from Ada Quinlan:": the source is the
        // phrase after "from".
        let clause_start = (clause_start..colon.min(clause_start + 2))
            .find(|&k| self.doc.lower(k) == "from")
            .filter(|&k| (clause_start..k).all(|i| self.doc.lower(i) == "more"))
            .map_or(clause_start, |k| k + 1);
        // In a clause, its subject: "the Harbour Trust was blunt in its
        // reply:", but not "… the mayor uploaded a statement to the
        // Gazette website about the vote:".
        // After a possessive or determiner, a noun: "the council’s reply
        // came:", "The reply of the council came:".
        let verb = (clause_start..colon).find(|&i| {
            self.text(i).starts_with(char::is_lowercase)
                && is_likely_verb(self.doc.lower(i))
                && !(i > 0
                    && (self.is_possessive(i - 1)
                        || matches!(
                            self.doc.lower(i - 1),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their"
                        )))
        });
        // "The Herald was told by a senior government source:": the agent
        // of a passive cue speaks, not its subject, and "Reporters were
        // told:" names no one who spoke.
        if let Some(v) = verb
            && let Some((cue, _)) = (v..colon)
                .find(|&k| self.is_passive(k))
                .and_then(|k| self.cue_at(k))
        {
            let agent = self.passive_agent(cue.start, colon)?;
            return (!agent.is_empty() && self.speakerish(agent.clone())).then(|| CueMatch {
                cue,
                kind: CueKind::Verb,
                distance: colon - agent.end,
                phrase: agent,
            });
        }
        let mut phrase = clause_start..verb.unwrap_or(colon);
        // "Quinlan On Reyes: ‘…’", "Ada Quinlan to the council:": a
        // headline's speaker comes before what they speak on or to.
        let about = phrase
            .clone()
            .find(|&k| matches!(self.doc.lower(k), "on" | "about" | "to"));
        if let Some(about) = about {
            let speaker = phrase.start..about;
            if self.mentions_in(speaker.clone()).any(|m| self.can_speak(m)) {
                phrase = speaker;
            }
        }
        // "Quinlan Slams Reyes: ‘…’": the headline's subject.
        if verb.is_none()
            && let (Some(first), last) = self.lead_names(phrase.clone())
            && self.headline_verb_between(Some(first), last)
        {
            phrase = self.mentions[first].tokens.clone();
        }
        let named = self
            .mentions_in(phrase.clone())
            .any(|m| self.mentions[m].label != EntityLabel::Misc);
        // The rest of the clause stands between its subject and the
        // quotation: a cue right after the quotation is nearer.
        let distance = colon - phrase.end;
        // "Ortiz said only:": the verb is the cue, when it is one.
        let cue = verb
            .and_then(|v| self.cue_at(v).map(|(cue, _)| cue))
            .unwrap_or(colon..colon + 1);
        let speakerish = self.speakerish(phrase.clone())
            && (phrase.len() <= 4 || self.source_of_remark(phrase.clone()).is_some());
        (named || speakerish).then_some(CueMatch {
            cue,
            kind: CueKind::Verb,
            phrase,
            distance,
        })
    }

    /// McCallum said on Wednesday that … “…” / According to X, “…” /
    /// Stated Stone: “…”. Of several cues, the nearest whose speaker is a
    /// name or pronoun: in "Obama said Americans will say “no”", Obama.
    fn cue_before(&self, start: usize, quote_first: usize) -> Option<CueMatch> {
        let mut nearest = None;
        let mut past_a_quote = false;
        for i in (start..quote_first).rev() {
            if self.inside_quote(i) {
                past_a_quote = true;
                continue;
            }
            let Some(found) = self.cue_before_at(i, start, quote_first) else {
                continue;
            };
            // "Waving placards calling him “…,” the fishermen chanted “…”":
            // a cue before an earlier quotation is that one's, when a
            // nearer cue has been seen.
            if past_a_quote && nearest.is_some() {
                return nearest;
            }
            if found.phrase.is_empty() || self.names_someone(found.phrase.clone()) {
                return Some(
                    nearest
                        .filter(|n: &CueMatch| n.phrase.is_empty())
                        .unwrap_or(found),
                );
            }
            nearest.get_or_insert(found);
        }
        nearest
    }

    fn cue_before_at(&self, i: usize, start: usize, quote_first: usize) -> Option<CueMatch> {
        let (cue, kind) = self.cue_at(i)?;
        if self.agentless_passive(i, quote_first) {
            return None;
        }
        let distance = (cue.end..quote_first)
            .filter(|&k| !self.is_punct(k))
            .count();
        let phrase = match kind {
            // "in Quinlan’s words": the owner of the words.
            CueKind::According if self.text(cue.end - 1) == "words" => cue.start + 1..cue.end - 2,
            CueKind::According => self.phrase_after(cue.end, quote_first),
            CueKind::Participle => 0..0,
            // "a campaign hat reading": the noun phrase bearing the words.
            CueKind::Verb if self.text(i) == "reading" => {
                let determiner = (start.max(i.saturating_sub(6))..i)
                    .rev()
                    .take_while(|&k| !self.is_punct(k))
                    .find(|&k| {
                        matches!(
                            self.doc.lower(k),
                            "a" | "an" | "the" | "his" | "her" | "their"
                        )
                    });
                determiner.unwrap_or(i - 1)..i
            }
            // "was asked by host Ada Quinlan": the agent speaks.
            _ if self.passive_agent(i, quote_first).is_some() => {
                self.passive_agent(i, quote_first)?
            }
            CueKind::Verb | CueKind::Addressing => {
                let before = self.phrase_before(start, i);
                let after = self.phrase_after(cue.end, quote_first);
                let colon = after.end < quote_first && self.text(after.end) == ":";
                // …and “…,” said Reyes, “…”: right after another quotation.
                let after_quote = i > start && self.inside_quote(i - 1);
                let inverted = (kind == CueKind::Verb && colon) || after_quote;
                if inverted
                    && !self.speakerish(before.clone())
                    && self.speakerish(after.clone())
                    && !self.is_clause(after.clone())
                {
                    after
                } else if before.len() > 1 && self.is_possessive(before.end - 1) {
                    // "Reyes’ answer was": the possessor.
                    before.start..before.end - 1
                } else {
                    before
                }
            }
        };
        Some(CueMatch {
            cue,
            kind,
            phrase,
            distance,
        })
    }

    /// The agent of a passive cue: "was told by *X*", "were asked by *X*".
    fn passive_agent(&self, cue: usize, end: usize) -> Option<Range<usize>> {
        let by = cue + 1 < end && self.text(cue + 1) == "by";
        (self.is_passive(cue) && by).then(|| self.phrase_after(cue + 2, end))
    }

    fn is_passive(&self, cue: usize) -> bool {
        cue > 0
            && matches!(
                self.text(cue - 1),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
    }

    /// "Farook’s name was announced on a scanner", "Trump was asked, “…”":
    /// a passive cue with no agent says nothing of who spoke; its
    /// subject was spoken about or to.
    fn agentless_passive(&self, cue: usize, end: usize) -> bool {
        self.is_passive(cue) && self.passive_agent(cue, end).is_none()
    }

    /// Whether the quotation lies in a clause opening its sentence with
    /// "Asked", before any comma of its own.
    fn in_opening_question(&self, place: &Place, quote_first: usize) -> bool {
        let Some(opener) = (place.sentence_start..quote_first).find(|&i| !self.is_punct(i)) else {
            return false;
        };
        self.text(opener) == "Asked"
            && (opener + 1..quote_first).all(|i| self.inside_quote(i) || self.text(i) != ",")
    }

    /// "a campaign by residents who had called the pier “…”": a quotation
    /// in a relative clause whose verb names or says something is the
    /// words of whom the clause describes.
    fn relative_clause_subject(&self, place: &Place, first: usize) -> Option<SpeakerRef> {
        let who = (place.sentence_start..first)
            .rev()
            .take_while(|&i| {
                !self.inside_quote(i) && !matches!(self.text(i), "," | ";" | "." | ":" | "—" | "–")
            })
            .find(|&i| self.doc.lower(i) == "who")?;
        let says = (who + 1..first)
            .any(|i| NAMING_PARTICIPLES.contains(&self.text(i)) || self.cue_at(i).is_some());
        if !says {
            return None;
        }
        let antecedent = self.relative_antecedent(place.sentence_start, who + 1)?;
        self.resolve(antecedent, place.paragraph)
    }

    /// "The plan was branded “reckless” by Reyes", "was described by Reyes
    /// as “…”": a passive verb of naming before the quotation, and its
    /// agent, before or after the quotation, who spoke the words. Returns
    /// the agent's phrase and the participle.
    fn naming_agent(
        &self,
        place: &Place,
        first: usize,
        last: usize,
        sentence_end: usize,
    ) -> Option<(Range<usize>, usize)> {
        let participle = (place.sentence_start.max(first.saturating_sub(8))..first)
            .rev()
            .take_while(|&i| !self.is_punct(i) && !self.inside_quote(i))
            .find(|&i| NAMING_PARTICIPLES.contains(&self.doc.lower(i)) && self.is_passive(i))?;
        let agent = if self.text(participle + 1) == "by" {
            self.phrase_after(participle + 2, first)
        } else if last < sentence_end && self.text(last) == "by" {
            self.phrase_after(last + 1, sentence_end)
        } else {
            return None;
        };
        (!agent.is_empty() && !self.is_punct(agent.start)).then_some((agent, participle))
    }

    /// Whether an agentless passive cue comes right before the quotation,
    /// past punctuation only ("was asked, “…”", "were told: “…”").
    fn passive_cue_before(&self, place: &Place, quote_first: usize) -> bool {
        (place.sentence_start..quote_first)
            .rev()
            .find(|&i| !self.is_punct(i))
            .is_some_and(|i| self.cue_at(i).is_some() && self.agentless_passive(i, quote_first))
    }

    /// Whether a phrase holds a person's or organization's name or a
    /// personal pronoun.
    fn names_someone(&self, phrase: Range<usize>) -> bool {
        let named = self.mentions_in(phrase.clone()).any(|m| self.can_speak(m));
        let pronoun = phrase.clone().any(|i| is_subject_pronoun(self.text(i)));
        named || pronoun
    }

    /// Whether a phrase can name a speaker: it holds a name, a pronoun, or
    /// a determiner-led description.
    fn speakerish(&self, phrase: Range<usize>) -> bool {
        if phrase.is_empty() {
            return false;
        }
        let first = bare_word(self.text(phrase.start));
        // "“…” So says Pedro Alvarenga": an adverb inverting the cue.
        if phrase.len() == 1 && matches!(first.as_str(), "so" | "thus" | "also" | "then" | "still")
        {
            return false;
        }
        self.mentions_in(phrase.clone()).next().is_some()
            || matches!(
                first.as_str(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "the"
                    | "a"
                    | "an"
                    | "one"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "people"
            )
            || self.text(phrase.start).starts_with(char::is_uppercase)
            // "said two people familiar with the talks", "said sources
            // close to the council": a quantity, or a plural that a phrase
            // describes, needs no article.
            || QUANTIFIERS.contains(&first.as_str())
            || first.bytes().all(|b| b.is_ascii_digit())
            || first.len() > 3
                && first.ends_with('s')
                && !first.ends_with("ss")
                && phrase.len() > 1
                && matches!(
                    self.text(phrase.start + 1),
                    "familiar" | "close" | "who" | "involved" | "briefed" | "with" | "at" | "in"
                )
    }

    /// The speaker phrase right after an inverted cue, up to a comma or a
    /// preposition: "said *the MI5 chief*.", "said *Tom Reyes*, a former…".
    fn phrase_after(&self, from: usize, end: usize) -> Range<usize> {
        let mut stop = from;
        let mut relative = false;
        while stop < end && stop - from < 14 {
            let word = self.text(stop);
            let in_name = self
                .mentions_in(from..end)
                .any(|m| self.mentions[m].tokens.contains(&stop));
            // "a source involved in the talks": the participle's
            // preposition belongs to the description.
            let attached =
                stop > from && matches!(self.text(stop - 1), "involved" | "close" | "familiar");
            // "an engineer at Arup": where a described speaker works is
            // part of the description (not "Reyes at a meeting").
            let workplace = word == "at"
                && matches!(self.doc.lower(from), "a" | "an" | "the" | "one")
                && stop > from + 1
                && self.text(stop - 1).starts_with(char::is_lowercase)
                && self.workplace_at(stop + 1, end);
            if !in_name
                && (self.is_punct(stop) && !self.is_possessive(stop)
                    || self.inside_quote(stop)
                    || (!relative && !attached && !workplace && PHRASE_ENDS.contains(&word)))
            {
                break;
            }
            // "according to a memo obtained by the Gazette": the memo.
            let reported = stop > from
                && REPORTING_PARTICIPLES.contains(&word)
                && stop + 1 < end
                && self.text(stop + 1) == "by";
            if reported {
                break;
            }
            relative |= matches!(word, "who" | "which");
            stop += 1;
        }
        // "said Amnesty’s Europe director, Sofia Marino.": a description
        // that names no one, then the name in apposition, ending the
        // clause, is that person.
        let described = stop > from && self.person_ending_at(stop).is_none();
        if described && stop + 1 < end && self.text(stop) == "," {
            // "…, Dr. Miriam Achebe": past a title.
            let mut opens = stop + 1;
            while opens + 1 < end && crate::entity::cues::is_title(self.doc, opens) {
                opens += 1;
            }
            let name = self
                .mentions_in(opens..end)
                .next()
                .filter(|&m| self.mentions[m].tokens.start == opens)
                .filter(|&m| self.mentions[m].label == EntityLabel::Person);
            if let Some(m) = name {
                let after = self.mentions[m].tokens.end;
                let clause_ends = after >= end
                    || matches!(self.text(after), "." | "," | ";" | "(")
                    || self.inside_quote(after);
                if clause_ends {
                    return opens..after;
                }
            }
        }
        from..stop
    }

    /// Whether a workplace's name opens at token `i`, after "the" if
    /// any, before `end`. Any name but a person's counts: after "at", the
    /// tagger may read a company it has not seen ("Arup") as a place.
    fn workplace_at(&self, i: usize, end: usize) -> bool {
        let i = if i < end && self.doc.lower(i) == "the" {
            i + 1
        } else {
            i
        };
        self.mentions_in(i..end).next().is_some_and(|m| {
            self.mentions[m].tokens.start == i && self.mentions[m].label != EntityLabel::Person
        })
    }

    /// The speaker phrase before a cue, back to a clause boundary:
    /// "In April, *Ken McCallum* said", "*he* told", "*Hunter*, meanwhile,
    /// told", "*Rep. Tom Reyes* (D-Va.) said".
    fn phrase_before(&self, limit: usize, cue: usize) -> Range<usize> {
        if let Some(antecedent) = self.relative_antecedent(limit, cue) {
            return antecedent;
        }
        if let Some(object) = self.controlled_object(limit, cue) {
            return object;
        }
        let mut end = cue;
        while end > limit {
            let word = self.text(end - 1);
            // "Reyes on Thursday said": a day between speaker and cue.
            let day = WEEKDAY_NAMES.contains(&word) || matches!(word, "yesterday" | "today");
            let on_a_day = word == "on" && end < cue && WEEKDAY_NAMES.contains(&self.text(end));
            if BETWEEN_SPEAKER_AND_CUE.contains(&word)
                || AUXILIARIES.contains(&word)
                || (is_ly_adverb(word) && word.starts_with(char::is_lowercase))
                || day
                || on_a_day
            {
                end -= 1;
            } else if word.bytes().all(|b| b.is_ascii_digit())
                && end >= limit + 2
                && self.text(end - 2) == ","
            {
                // "Clinton, 35, the daughter of …, said": an age, once the
                // appositive after it is skipped.
                end -= 2;
            } else if word == ")" {
                // Skip "(D-Va.)".
                match (limit..end - 1).rev().find(|&k| self.text(k) == "(") {
                    Some(open) => end = open,
                    None => break,
                }
            } else if word == "," {
                // Skip an appositive or aside: "Reyes, 69, told",
                // "Quinlan, meanwhile, told".
                let back = (limit..end - 1)
                    .rev()
                    .take(14)
                    .find(|&k| self.text(k) == "," || self.inside_quote(k));
                match back {
                    // "Her campaign manager, Tom Reyes, suggested": the
                    // appositive is the name, when it ends with one (not
                    // "Tom Reyes, Quinlan’s campaign manager, said") and
                    // is no clause ("Rob Hale, a Republican who voted
                    // for Ada Quinlan, said") nor a relation ("Mia Hale,
                    // the daughter of Rob Hale, said").
                    // "…, Gov. Ada Quinlan (D-Va.), said": the name ends
                    // before a closing parenthetical.
                    Some(k)
                        if self.text(k) == ","
                            && !(k + 1..end - 1).any(|i| {
                                matches!(
                                    self.text(i),
                                    "who" | "which" | "that" | "of" | "for" | "to" | "with"
                                )
                            })
                            && self.mentions_in(k + 1..end - 1).any(|m| {
                                self.mentions[m].label == EntityLabel::Person
                                    && self.mentions[m].tokens.end
                                        == self.before_parenthetical(k + 1, end - 1)
                            }) =>
                    {
                        return k + 1..self.before_parenthetical(k + 1, end - 1);
                    }
                    Some(k) if self.text(k) == "," && k > limit => end = k,
                    _ => return end..end,
                }
            } else {
                break;
            }
        }
        // "Franklin Graham, who has publicly vowed": past the adverbs.
        if end < cue
            && let Some(antecedent) = self.relative_antecedent(limit, end)
        {
            return antecedent;
        }
        let mut start = end;
        while start > limit && end - start < 8 {
            let k = start - 1;
            let word = self.text(k);
            // "Trump at the time said he’d asked": the phrase before a cue
            // holds no other cue.
            // "Fund for Fishermen": not inside a name.
            if self.is_punct(k) && !matches!(word, "." | "-" | "&") && !self.is_possessive(k)
                || PHRASE_BREAKS.contains(&self.doc.lower(k)) && !self.in_mention(k)
                || self.inside_quote(k)
                || self.cue_at(k).is_some()
            {
                break;
            }
            start = k;
            // "at the time he’d asked": a subject pronoun opens the phrase.
            if is_subject_pronoun(word) {
                break;
            }
            // "a decision its chairwoman called": a determiner right after
            // a noun opens a new noun phrase ("the head of the council"
            // goes on over "of").
            let noun_before = k > limit && {
                let before = self.text(k - 1);
                before.starts_with(char::is_lowercase)
                    && !self.is_punct(k - 1)
                    && !matches!(before, "of" | "and" | "or")
                    && !PHRASE_BREAKS.contains(&before)
            };
            if matches!(self.doc.lower(k), "its" | "his" | "her" | "their") && noun_before {
                break;
            }
        }
        // "A letter obtained by the Gazette warns": the agent only reports
        // the document, which speaks.
        if start >= limit + 3
            && self.text(start - 1) == "by"
            && REPORTING_PARTICIPLES.contains(&self.text(start - 2))
        {
            return self.phrase_before(limit, start - 2);
        }
        if let Some(listed) = self.names_joined_before(limit, start, end) {
            start = listed;
        }
        if let Some(described) = self.description_before(limit, start, end) {
            start = described;
        }
        // A phrase never starts with a period or a dangling hyphen.
        while start < end && self.is_punct(start) {
            start += 1;
        }
        start..end
    }

    /// "The record prompted the Kelso Almanac, which tracks shipping, to
    /// state": the name a verb like "prompted" moves to speak, when "to"
    /// comes right before the cue.
    fn controlled_object(&self, limit: usize, cue: usize) -> Option<Range<usize>> {
        if cue < limit + 3 || self.doc.lower(cue - 1) != "to" {
            return None;
        }
        // Past a clause set off by commas after the name.
        let mut end = cue - 1;
        if self.text(end - 1) == "," {
            end = (limit..end - 1)
                .rev()
                .take(14)
                .find(|&k| self.text(k) == ",")?;
        }
        // The verb right before the object, which may be a description
        // ("prompted the almanac’s editors to state").
        let verb = (limit.max(end.saturating_sub(9))..end)
            .rev()
            .take_while(|&k| {
                let breaks = self.is_punct(k) && !self.is_possessive(k) && self.text(k) != ".";
                !breaks && !PHRASE_BREAKS.contains(&self.doc.lower(k))
            })
            .find(|&k| OBJECT_CONTROL_VERBS.contains(&self.doc.lower(k)))?;
        let object = verb + 1..end;
        self.speakerish(object.clone()).then_some(object)
    }

    /// "“…,” Quinlan and Reyes said": where the phrase `start..end` is a
    /// name that "and" joins to names before it, they speak together. The
    /// list must open the clause (after the quotation, a comma or the
    /// sentence's start), or it may be an object ("after meeting Quinlan
    /// and Reyes said"). Returns where the list starts.
    fn names_joined_before(&self, limit: usize, start: usize, end: usize) -> Option<usize> {
        let last = self.mentions_in(start..end).next()?;
        if self.mentions[last].tokens != (start..end) || !self.can_speak(last) {
            return None;
        }
        let mut at = start;
        let mut joined = false;
        while at > limit + 1 {
            let link = self.text(at - 1);
            let linked = matches!(link, "and" | "&") || joined && link == ",";
            match self.mention_ending_at(at - 1) {
                Some(m)
                    if linked && self.can_speak(m) && self.mentions[m].tokens.start >= limit =>
                {
                    joined |= link != ",";
                    at = self.mentions[m].tokens.start;
                }
                _ => break,
            }
        }
        let opens_clause = at == limit
            || self.is_punct(at - 1)
            || self.doc.sentences[self.doc.sentence_of_token(at)]
                .tokens
                .start
                == at;
        (joined && opens_clause).then_some(at)
    }

    /// "… a retired general who suggested", "Franklin Graham, who vowed",
    /// "the trust’s report, which notes": the noun phrase the relative
    /// pronoun before `at` stands for, back to its article or over its name.
    fn relative_antecedent(&self, limit: usize, at: usize) -> Option<Range<usize>> {
        let pronoun = at.checked_sub(1).filter(|&p| p > limit)?;
        let person = match self.text(pronoun) {
            "who" => true,
            // "a shirt that read “…”": "that" right before the cue is a
            // relative pronoun.
            "which" | "that" => false,
            _ => return None,
        };
        let mut noun_end = pronoun;
        if self.text(noun_end - 1) == "," && noun_end - 1 > limit {
            noun_end -= 1;
            // "a report by engineers, published last October, which": over
            // a participle's aside.
            let aside = (noun_end.saturating_sub(8).max(limit)..noun_end)
                .rev()
                .find(|&k| self.is_punct(k))
                .filter(|&k| self.text(k) == "," && k > limit && k + 1 < noun_end)
                .filter(|&k| {
                    let word = self.text(k + 1);
                    word.ends_with("ed") && word.starts_with(char::is_lowercase)
                        || matches!(
                            word,
                            "sent" | "written" | "seen" | "shown" | "given" | "made"
                        )
                });
            if let Some(comma) = aside {
                noun_end = comma;
            }
        }
        if let Some(m) = self.person_ending_at(noun_end).filter(|_| person) {
            return Some(self.mentions[m].tokens.clone());
        }
        // "a campaign by residents who", "Fishermen, who": a bare plural
        // is the antecedent on its own.
        let plural = self.doc.lower(noun_end - 1);
        let bare_plural = person
            && !self.in_mention(noun_end - 1)
            && (plural.len() > 3 && plural.ends_with('s') && !plural.ends_with("ss")
                || plural.ends_with("men")
                || matches!(plural, "people" | "police" | "staff"))
            && (noun_end - 1 == limit
                || self.is_punct(noun_end - 2)
                || PHRASE_BREAKS.contains(&self.doc.lower(noun_end - 2)));
        if bare_plural {
            return Some(noun_end - 1..noun_end);
        }
        let article = (noun_end.saturating_sub(6).max(limit)..noun_end)
            .rev()
            .find(|&i| matches!(self.doc.lower(i), "a" | "an" | "the" | "one"))?;
        (article..noun_end)
            .all(|i| !self.is_punct(i) && !self.inside_quote(i))
            .then_some(article..noun_end)
    }

    /// Where a phrase ending at `end` ends without a closing parenthetical
    /// ("Ada Quinlan (D-Va.)" → "Ada Quinlan"), looking no further back
    /// than `limit`.
    fn before_parenthetical(&self, limit: usize, end: usize) -> usize {
        if end > limit
            && self.text(end - 1) == ")"
            && let Some(open) = (limit..end - 1).rev().find(|&k| self.text(k) == "(")
        {
            return open;
        }
        end
    }

    /// "A spokesman for … Hillary Clinton said", "a source involved in the
    /// talks said": where a phrase stopped at a preposition after a common
    /// noun, the description it belongs to opens with a determiner a few
    /// words back. Returns where the whole description starts.
    fn description_before(&self, limit: usize, start: usize, end: usize) -> Option<usize> {
        let preposition = start.checked_sub(1).filter(|&k| k > limit)?;
        if !matches!(
            self.text(preposition),
            "for" | "from" | "at" | "with" | "in" | "on" | "by" | "to"
        ) {
            return None;
        }
        // The noun the preposition modifies, or a participle after it
        // ("a source involved in", "officials close to", "a textbook just
        // published for").
        let mut noun = preposition - 1;
        let participle = |word: &str| {
            matches!(word, "close" | "familiar")
                || (word.ends_with("ed") && word.starts_with(char::is_lowercase))
        };
        if participle(self.text(noun)) && noun > limit {
            noun -= 1;
            let adverb = |word: &str| BETWEEN_SPEAKER_AND_CUE.contains(&word) || is_ly_adverb(word);
            if adverb(self.text(noun)) && noun > limit {
                noun -= 1;
            }
        }
        let word = self.text(noun);
        // "a memo from the Harbour Trust leaked to the Gazette", "an official
        // at the Harbour Trust in Lisbon": over a name in a prepositional
        // phrase to the description it belongs to.
        if let Some(m) = self.mention_ending_at(noun + 1)
            && end - self.mentions[m].tokens.start <= 14
        {
            let name = self.mentions[m].tokens.start;
            let opens = match name.checked_sub(1) {
                Some(k) if k > limit && self.doc.lower(k) == "the" => k,
                _ => name,
            };
            return self.description_before(limit, opens, end);
        }
        // "Voters in Kelso say": capitalized as the sentence's first word.
        let first_word = noun == limit || self.is_punct(noun - 1);
        if (word.starts_with(char::is_lowercase) || first_word)
            && let Some(open) = self.plural_group_opening(limit, noun)
        {
            return (end - open <= 14).then_some(open);
        }
        if !word.starts_with(char::is_lowercase)
            || is_likely_verb(word)
            || self.cue_at(noun).is_some()
        {
            return None;
        }
        // "someone in the audience shouted", "many in the crowd": a
        // pronoun needs no article.
        if matches!(
            self.doc.lower(noun),
            "someone" | "somebody" | "anyone" | "everyone" | "many" | "most" | "some" | "half"
        ) {
            return Some(noun);
        }
        // An article, or a possessive ("Reyes’ campaign letter to party
        // members notes"), which starts with the name before it.
        let determiner = (noun.saturating_sub(4).max(limit)..=noun)
            .rev()
            .find_map(|k| {
                if matches!(self.doc.lower(k), "a" | "an" | "the" | "one") {
                    return Some(k);
                }
                self.is_possessive(k)
                    .then(|| self.mention_ending_at(k))
                    .flatten()
                    .map(|m| self.mentions[m].tokens.start)
            })?;
        // Only words between: no clause boundary, quotation or other cue.
        let plain = (determiner..noun).all(|k| {
            let word = self.text(k);
            (!self.is_punct(k) || self.is_possessive(k))
                && !self.inside_quote(k)
                && self.cue_at(k).is_none()
                && !is_likely_verb(word)
                && !AUXILIARIES.contains(&word)
        });
        (plain && end - determiner <= 14).then_some(determiner)
    }

    /// "Voters in each state say", "most residents of the villages say",
    /// "at least half of voters in Kelso say": a plural noun needs no
    /// article, and its phrase opens at a quantifier before it. Only where
    /// the phrase opens a clause: at the sentence's start, after a comma
    /// or after a conjunction ("… found that voters in Kelso say").
    fn plural_group_opening(&self, limit: usize, noun: usize) -> Option<usize> {
        let lower = |k: usize| self.doc.lower(k);
        let word = lower(noun);
        if !word.ends_with('s') || word.ends_with("ss") || word.len() < 4 {
            return None;
        }
        let mut open = noun;
        // "most voters", "many older residents": a quantifier, over one
        // adjective; "half of voters", "a majority of residents".
        let quantifier = |k: usize| {
            QUANTIFIERS.contains(&lower(k)) || self.text(k).bytes().all(|b| b.is_ascii_digit())
        };
        let adjective = |k: usize| {
            !self.is_punct(k)
                && !self.inside_quote(k)
                && self.cue_at(k).is_none()
                && !is_likely_verb(lower(k))
                && !AUXILIARIES.contains(&lower(k))
                && !PHRASE_BREAKS.contains(&lower(k))
                && !QUANTIFIERS.contains(&lower(k))
                && !matches!(
                    lower(k),
                    "a" | "an" | "the" | "this" | "these" | "those" | "of"
                )
        };
        // One lowercase adjective ("older voters"), or before a lowercase
        // noun a name of up to three words ("Labour voters", "Bernie
        // Sanders supporters"). A name can also end a phrase before it
        // ("Reyes told Labour voters"), which the clause test below rules
        // out.
        let capitalized = |k: usize| self.text(k).starts_with(char::is_uppercase);
        if open > limit && adjective(open - 1) {
            if capitalized(open - 1) {
                if capitalized(noun) {
                    return None;
                }
                let mut name = 0;
                while name < 3 && open > limit && adjective(open - 1) && capitalized(open - 1) {
                    open -= 1;
                    name += 1;
                }
            } else {
                open -= 1;
            }
        }
        if open > limit + 1 && lower(open - 1) == "of" && quantifier(open - 2) {
            open -= 2;
        } else if open > limit && quantifier(open - 1) {
            open -= 1;
        }
        // "at least half", "more than 60 percent", "a majority".
        if open >= limit + 2
            && matches!(
                (lower(open - 2), lower(open - 1)),
                ("at", "least") | ("more", "than")
            )
        {
            open -= 2;
        } else if open > limit
            && matches!(lower(open - 1), "a" | "the" | "nearly" | "almost" | "about")
        {
            open -= 1;
        }
        let opens_clause = open == limit
            || self.is_punct(open - 1) && !self.is_possessive(open - 1)
            || matches!(
                lower(open - 1),
                "and" | "but" | "that" | "while" | "as" | "because" | "where" | "when" | "since"
            );
        opens_clause.then_some(open)
    }

    /// The subject phrase of a sentence: its first noun phrase outside
    /// quotations, after openers such as "In a statement," or "But".
    fn subject(&self, sentence: usize) -> Option<Range<usize>> {
        if let Some(known) = self.subjects.borrow().get(&sentence) {
            return known.clone();
        }
        let subject = self.find_subject(sentence);
        self.subjects.borrow_mut().insert(sentence, subject.clone());
        subject
    }

    fn find_subject(&self, sentence: usize) -> Option<Range<usize>> {
        let range = self.doc.sentences[sentence].tokens.clone();
        let mut i = range.start;
        while i < range.end && (self.is_punct(i) || self.inside_quote(i)) {
            i += 1;
        }
        for _ in 0..3 {
            if i >= range.end {
                return None;
            }
            let word = self.doc.lower(i);
            // "Repeating his speech at the convention last week, Biden …":
            // a participle clause runs to its comma.
            let participle = (word.ends_with("ing") || word.ends_with("ed"))
                && self.text(i).starts_with(char::is_uppercase);
            if !SENTENCE_OPENERS.contains(&word) && !participle {
                // "Hours later, Trump …", "WASHINGTON, Dec. 8 (UPI) — …": a
                // short lead that names no one is not the subject.
                let lead_end = (i..range.end.min(i + 9))
                    .take_while(|&k| !self.inside_quote(k))
                    .find(|&k| matches!(self.text(k), "," | "—" | "–"));
                // Adverbs of time belong to such a lead ("Hours later,").
                let verbless = |r: Range<usize>| {
                    r.clone().all(|k| {
                        let word = self.doc.lower(k);
                        !is_likely_verb(word) || TIME_ADVERBS.contains(&word)
                    })
                };
                // "July 25 (UPI) —": the agency credit names no speaker.
                let names_outside_parentheses = |r: Range<usize>| {
                    let open = r.clone().find(|&k| self.text(k) == "(").unwrap_or(r.end);
                    self.names_someone(r.start..open)
                };
                // "A senior aide, speaking on condition of anonymity, said":
                // a noun phrase opened by an article is the subject, unless
                // it tells a time ("The next day, …").
                // "The audit report, published on Friday, says": "the"
                // and a noun that speaks.
                let described = |r: Range<usize>| {
                    let head = self.doc.lower(r.end - 1);
                    let speaking_head = SPEAKING_THINGS.contains(&head)
                        || COMPANY_NOUNS.contains(&head)
                        || BODY_NOUNS.contains(&head)
                        || ROLE_NOUNS.contains(&head)
                        || PERSONAL_ROLES.contains(&head);
                    (matches!(self.doc.lower(r.start), "a" | "an")
                        || self.doc.lower(r.start) == "the" && speaking_head)
                        && !r.clone().any(|k| {
                            let word = self.doc.lower(k);
                            TIME_ADVERBS.contains(&word)
                                || matches!(
                                    word,
                                    "day"
                                        | "week"
                                        | "month"
                                        | "year"
                                        | "morning"
                                        | "night"
                                        | "evening"
                                        | "afternoon"
                                        | "weekend"
                                        | "moment"
                                        | "time"
                                )
                        })
                };
                match lead_end {
                    Some(k)
                        if k > i
                            && !names_outside_parentheses(i..k)
                            && verbless(i..k)
                            && !described(i..k) =>
                    {
                        i = k + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // A prepositional opener runs to its comma, past any title it
            // quotes ("Speaking to “CBS This Morning” Monday, Rubio …");
            // a conjunction is one word.
            // The comma may stand inside a title's closing mark: "After …
            // the cast of “Pirates of the Bay,” the anchor …".
            let closing_mark =
                |k: usize| k < range.end && matches!(self.text(k), "”" | "\"" | "’" | "'");
            let comma = (i..range.end.min(i + 32))
                .take_while(|&k| !self.inside_quote(k) || self.inside_title(k) || participle)
                .find(|&k| self.text(k) == "," && (!self.inside_quote(k) || closing_mark(k + 1)));
            let conjunction = ONE_WORD_OPENERS.contains(&word);
            i = match comma {
                Some(k) if !conjunction && self.inside_quote(k) => k + 2,
                Some(k) if !conjunction => k + 1,
                _ => i + 1,
            };
            if i < range.end && self.text(i) == "," {
                i += 1;
            }
        }
        if i >= range.end || self.is_punct(i) || self.inside_quote(i) {
            return None;
        }
        let mut end = i;
        while end < range.end && end - i < 10 {
            let word = self.text(end);
            // "A spokesman for the trust": a role runs on over "for".
            let role_for =
                word == "for" && end > i && ROLE_NOUNS.contains(&self.doc.lower(end - 1));
            // "The dockers’ union": a plural's bare apostrophe goes on.
            let stops = self.is_punct(end)
                && !matches!(word, "." | "-" | "&" | "’s" | "'s")
                && !self.is_possessive(end)
                || self.inside_quote(end)
                || PHRASE_BREAKS.contains(&word) && !role_for
                || self.cue_at(end).is_some()
                // "The first incident", "the station’s nightly news": after
                // an article or a possessive, no verb.
                || (end > i
                    && word.starts_with(char::is_lowercase)
                    && is_likely_verb(word)
                    && !matches!(self.doc.lower(end - 1), "the" | "a" | "an")
                    && !self.is_possessive(end - 1));
            if stops {
                // "The campaign estimates that …": before "that", a word in
                // -s after the head is a verb no list knew.
                let before = if end > i + 1 {
                    self.doc.lower(end - 1)
                } else {
                    ""
                };
                if word == "that"
                    && before.len() > 3
                    && before.ends_with('s')
                    && !before.ends_with("ss")
                    && self.text(end - 1).starts_with(char::is_lowercase)
                {
                    end -= 1;
                }
                break;
            }
            // "Quinlan blames Reyes for …": a word in -s between a
            // person's name and another name or an article is a verb.
            if end > i
                && self.person_ending_at(end).is_some()
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && word.starts_with(char::is_lowercase)
                && end + 1 < range.end
                && (self.text(end + 1).starts_with(char::is_uppercase)
                    || matches!(
                        self.doc.lower(end + 1),
                        "a" | "an" | "the" | "his" | "her" | "their"
                    ))
            {
                break;
            }
            // "The ad targets a …": an article after the head opens the
            // object, so the word before it was a verb no list knew.
            if end > i + 1
                && matches!(self.doc.lower(end), "a" | "an" | "the")
                && !PHRASE_BREAKS.contains(&self.doc.lower(end - 1))
                && !matches!(self.doc.lower(end - 1), "of" | "and")
            {
                end -= 1;
                break;
            }
            end += 1;
        }
        // "The trust’s presumed chair, Quinlan has built …": a name right
        // after the comma is the description's subject.
        if end > i
            && end + 1 < range.end
            && self.text(end) == ","
            && let Some(m) = self.mentions_in(end + 1..range.end).next()
            && self.mentions[m].tokens.start == end + 1
            && self.mentions[m].label == EntityLabel::Person
            && self.mentions[m].tokens.end < range.end
            && is_likely_verb(self.text(self.mentions[m].tokens.end))
        {
            return Some(i..self.mentions[m].tokens.end);
        }
        (end > i).then_some(i..end)
    }

    /// The sentence's subject as the speaker of a quotation with no cue,
    /// when the subject comes before the quotation.
    fn subject_before(
        &self,
        place: &Place,
        quote_first: usize,
        words: usize,
    ) -> Option<SpeakerRef> {
        let mut subject = self
            .subject(place.sentence)
            .filter(|s| s.end <= quote_first)?;
        // "Quinlan and Reyes called the plan “…”": the subject stopped at
        // "and"; the two speak together.
        if let Some(end) = self.person_joined_by_and(subject.end, quote_first)
            && self
                .doc
                .token_text_or_empty(end)
                .starts_with(char::is_lowercase)
        {
            subject.end = end;
            // People as written, with no one entity.
            return self.resolve(subject, place.paragraph).map(|s| SpeakerRef {
                label: Some(EntityLabel::Person),
                ..s
            });
        }
        // Without a cue, only a name or a pronoun is trusted as a speaker
        // ("Locals call the stage a “death trap”" has none), or, before a
        // quotation long enough to be speech, a description ("A friend
        // described him as “…”").
        let named = self
            .mentions_in(subject.clone())
            .any(|m| self.mentions[m].label != EntityLabel::Misc);
        let first = bare_word(self.text(subject.start));
        let pronoun = subject.len() == 1 && matches!(first.as_str(), "he" | "she");
        let described =
            words >= 5 && matches!(first.as_str(), "the" | "a" | "an") && subject.len() <= 4;
        if !(named || pronoun || described) {
            return None;
        }
        self.resolve(subject, place.paragraph)
            .filter(|s| s.mention.is_some() || described)
    }

    /// Whether the name at `start` opens a clause after the sentence's
    /// first: "…, but (the) Harbour Times called it “…”", "… while Reyes
    /// …", "The Gazette called her a liar and the Times accused her of
    /// “…”". After "and", only when a lowercase word ends what "and"
    /// joins it to: in "Quinlan and Reyes called it “…”" the two are one
    /// subject.
    fn opens_later_clause(&self, place: &Place, start: usize) -> bool {
        let mut before = start;
        if before > place.sentence_start && self.text(before - 1).eq_ignore_ascii_case("the") {
            before -= 1;
        }
        if before <= place.sentence_start + 1 {
            return false;
        }
        // "… while management negotiator Lisa Brandt called it": past a
        // role of up to three words.
        let role = (place.sentence_start.max(before.saturating_sub(3))..before)
            .rev()
            .take_while(|&k| {
                !self.is_punct(k)
                    && !self.inside_quote(k)
                    && !is_likely_verb(self.doc.lower(k))
                    && !PHRASE_BREAKS.contains(&self.doc.lower(k))
            })
            .last();
        if let Some(k) = role
            && k > place.sentence_start
            && matches!(self.text(k - 1), "while" | "whereas" | "but")
        {
            return true;
        }
        match self.text(before - 1) {
            "while" | "whereas" | "but" => true,
            "and" => {
                let mut joined = before - 2;
                if self.text(joined) == "," && joined > place.sentence_start {
                    joined -= 1;
                }
                let word = self.text(joined);
                word.starts_with(char::is_lowercase) && !self.in_mention(joined)
            }
            _ => false,
        }
    }

    /// "…, when Ada Quinlan called the plan “a mess.”": the name opening
    /// the clause the quotation ends, right before its verb.
    fn clause_subject_before(&self, place: &Place, quote_first: usize) -> Option<SpeakerRef> {
        // The nearest name followed by a verb, with no clause break
        // between that verb and the quotation: in "Reyes referred to
        // Quinlan as “…”", Reyes. Earlier quotations do not break it.
        let breaks = |i: usize| {
            !self.inside_quote(i)
                && matches!(self.text(i), "," | ";" | ":" | "—" | "–" | "that" | "which")
        };
        let candidates = self
            .mentions_in(place.sentence_start..quote_first)
            .filter(|&m| !self.inside_quote(self.mentions[m].tokens.start))
            .collect::<Vec<_>>();
        for &m in candidates.iter().rev() {
            let mention = &self.mentions[m];
            let verb = mention.tokens.end;
            if (verb..quote_first).any(breaks) {
                return None;
            }
            let word = self.text(verb);
            // "with Reyes going on local radio to call …": a participle
            // after "with" is its name's verb.
            let with_participle = word.ends_with("ing")
                && mention.tokens.start > 0
                && self.text(mention.tokens.start - 1) == "with";
            let is_verb = verb < quote_first
                && word.starts_with(char::is_lowercase)
                && (is_likely_verb(word)
                    || word.ends_with("ed")
                    || word.ends_with('s')
                    || with_participle)
                && !PHRASE_BREAKS.contains(&word)
                && !matches!(word, "who" | "whose");
            // "Bush referred to Rubio as “…”": a name after a preposition
            // is its object; the subject is further back. "A spokesman for
            // the Harbour Trust called …": unless a role governs it.
            let preposition = self
                .preposition_before(mention.tokens.start)
                .filter(|_| !with_participle);
            if let Some(preposition) = preposition {
                if is_verb && let Some(role) = self.role_before(place, preposition) {
                    return self.resolve(role..verb, place.paragraph);
                }
                continue;
            }
            if is_verb {
                return self
                    .can_speak(m)
                    .then(|| self.speaker_from(m, mention.span, place.paragraph));
            }
        }
        None
    }

    /// "Q:" or "A:" opening the sentence before the quotation: an
    /// interview's question or answer, with the label's position.
    fn interview_label(&self, start: usize, quote_first: usize) -> Option<(usize, Interview)> {
        let label = (start..quote_first).find(|&i| !self.is_punct(i))?;
        if label + 2 != quote_first || self.text(label + 1) != ":" {
            return None;
        }
        match self.text(label) {
            "Q" => Some((label, Interview::Question)),
            "A" => Some((label, Interview::Answer)),
            _ => None,
        }
    }

    /// The person an interview is with: the last person named outside
    /// quotations before `paragraph`, among the last few hundred mentions:
    /// a long interview names many people in its answers, but an unbounded
    /// look back would make a transcript of answers quadratic.
    fn interviewee(&self, paragraph: usize) -> Option<SpeakerRef> {
        let start = self.doc.paragraphs[paragraph].tokens.start;
        let end = self.mentions.partition_point(|m| m.tokens.end <= start);
        let m = (0..end).rev().take(8 * WINDOW).find(|&m| {
            self.mentions[m].label == EntityLabel::Person
                && !self.inside_quote(self.mentions[m].tokens.start)
        })?;
        Some(self.speaker_from(m, self.mentions[m].span, paragraph))
    }

    /// "Reyes: Quinlan’s ‘Budget Is In Question’": a headline
    /// that opens with a name and a colon quotes that name.
    fn named_colon_lead(&self, place: &Place, quote_first: usize) -> Option<usize> {
        if let Some(m) = self.transcript_label(place, quote_first) {
            return Some(m);
        }
        // "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’", "Hacker
        // Guccifer: …", "Port Rival Tom Reyes: …": in a short lead before
        // the colon, the name ending it, unless a verb ("Endorses") makes
        // the name opening it the subject.
        let colon = (place.sentence_start..quote_first).find(|&i| self.text(i) == ":")?;
        if colon - place.sentence_start > 6 {
            return None;
        }
        let (first, last) = self.lead_names(place.sentence_start..colon);
        if self.headline_verb_between(first, last) {
            first
        } else {
            last.or(first)
        }
    }

    /// The speakers opening and ending a headline's lead before its colon.
    fn lead_names(&self, lead: Range<usize>) -> (Option<usize>, Option<usize>) {
        let first = self
            .mentions_in(lead.clone())
            .next()
            .filter(|&m| self.can_speak(m))
            .filter(|&m| (lead.start..self.mentions[m].tokens.start).all(|i| self.is_punct(i)));
        let last = self
            .mentions_in(lead.clone())
            .last()
            .filter(|&m| self.can_speak(m))
            .filter(|&m| self.mentions[m].tokens.end == lead.end);
        (first, last)
    }

    /// "Quinlan Slams Reyes": a headline's verb, capitalized and ending in
    /// "s", between two names makes the first the subject.
    fn headline_verb_between(&self, first: Option<usize>, last: Option<usize>) -> bool {
        first.zip(last).is_some_and(|(f, l)| {
            f != l
                && (self.mentions[f].tokens.end..self.mentions[l].tokens.start)
                    .any(|i| self.text(i).ends_with('s') && !self.is_punct(i))
        })
    }

    /// "QUINLAN: “…”": a transcript's speaker label, in capitals, names the
    /// person the article gave in full.
    fn transcript_label(&self, place: &Place, quote_first: usize) -> Option<usize> {
        let label = (place.sentence_start..quote_first).find(|&i| !self.is_punct(i))?;
        let shouted = self.text(label).chars().all(|c| c.is_uppercase())
            && self.text(label).chars().count() >= 2;
        if !shouted || label + 1 >= quote_first || self.text(label + 1) != ":" {
            return None;
        }
        let word = self.text(label).to_uppercase();
        if let Some(&known) = self.labelled.borrow().get(&word) {
            return known;
        }
        let found = (0..self.mentions.len()).find(|&m| {
            let mention = &self.mentions[m];
            mention.label == EntityLabel::Person
                && mention
                    .canonical
                    .rsplit(' ')
                    .next()
                    .is_some_and(|surname| surname.to_uppercase() == word)
        });
        self.labelled.borrow_mut().insert(word, found);
        found
    }

    /// For a quotation opening its sentence with no cue: a person who is
    /// the subject of the sentence just before, in the same paragraph.
    fn previous_subject(&self, place: &Place) -> Option<SpeakerRef> {
        let previous = self.sentence_before(place.sentence, place.paragraph)?;
        let m = self.subject_person(previous)?;
        Some(self.speaker_from(m, self.used_for(m, previous), place.paragraph))
    }

    /// The sentence before `sentence`, if it is in `paragraph`.
    fn sentence_before(&self, sentence: usize, paragraph: usize) -> Option<usize> {
        let previous = sentence.checked_sub(1)?;
        (self.doc.sentences[previous].paragraph == paragraph).then_some(previous)
    }

    /// The person the sentence before `sentence` is about, if that
    /// sentence is in `paragraph`.
    fn person_of_sentence_before(&self, sentence: usize, paragraph: usize) -> Option<usize> {
        self.subject_person(self.sentence_before(sentence, paragraph)?)
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

    /// For a quotation opening a paragraph with no cue: whichever came
    /// last of the previous paragraph's speaker and the person its last
    /// sentence is about ("Quinlan, clearly tired, answered by waving the
    /// report. / “…”").
    fn latest_of_previous_paragraph(&self, place: &Place) -> Option<SpeakerRef> {
        let current = self
            .continuation(place.paragraph)
            .map(|c| (c.span.start, c));
        let subject = place
            .paragraph
            .checked_sub(1)
            .filter(|_| place.sentence_start == self.doc.paragraphs[place.paragraph].tokens.start)
            .and_then(|previous| {
                let last = self.doc.paragraphs[previous].sentences.end.checked_sub(1)?;
                let (m, used) = match self.subject_person(last) {
                    Some(m) => (m, self.used_for(m, last)),
                    None => match self.last_acting_person(last) {
                        Some(m) => (m, self.mentions[m].span),
                        None => {
                            let issuer = self.statement_issuer(last, place.paragraph)?;
                            return Some((issuer.span.start, issuer));
                        }
                    },
                };
                Some((used.start, self.speaker_from(m, used, place.paragraph)))
            });
        match (current, subject) {
            (Some(c), Some(s)) => Some(if s.0 > c.0 { s.1 } else { c.1 }),
            (c, s) => c.or(s).map(|(_, speaker)| speaker),
        }
    }

    /// "The harbour council issued a statement on Monday. / “…”": the
    /// subject of a sentence announcing a statement, who need not be a
    /// person, speaks the quotation-only paragraph after it.
    fn statement_issuer(&self, sentence: usize, paragraph: usize) -> Option<SpeakerRef> {
        let tokens = self.doc.sentences[sentence].tokens.clone();
        let announced = tokens.clone().any(|i| {
            matches!(self.doc.lower(i), "statement" | "statements")
                && !self.inside_quote(i)
                && (tokens.start.max(i.saturating_sub(3))..i).any(|k| {
                    matches!(
                        self.doc.lower(k),
                        "issued" | "released" | "put" | "sent" | "posted" | "published"
                    )
                })
        });
        if !announced {
            return None;
        }
        self.subject(sentence)
            .and_then(|subject| self.resolve(subject, paragraph))
    }

    /// The last person in a sentence who did something ("…, since Reyes
    /// spoke only in slogans"): a person mention followed by a past or
    /// speech verb.
    fn last_acting_person(&self, sentence: usize) -> Option<usize> {
        let tokens = self.doc.sentences[sentence].tokens.clone();
        let start = tokens.start.max(tokens.end.saturating_sub(WINDOW));
        self.mentions_in(start..tokens.end)
            .filter(|&m| {
                let mention = &self.mentions[m];
                let verb = mention.tokens.end;
                mention.label == EntityLabel::Person
                    && !self.inside_quote(mention.tokens.start)
                    && verb < tokens.end
                    && {
                        let word = self.text(verb);
                        word.starts_with(char::is_lowercase)
                            && (SPEECH_VERBS.contains(&word)
                                || ADDRESSING_VERBS.contains(&word)
                                || matches!(word, "spoke" | "talked" | "answered")
                                || (word.len() > 4 && word.ends_with("ed")))
                            && !PHRASE_BREAKS.contains(&word)
                    }
            })
            .last()
    }

    /// "He said:" closing the sentence or paragraph before a quotation.
    fn lead_in(
        &self,
        place: &Place,
        quote_first: usize,
    ) -> Option<(Option<SpeakerRef>, Option<Span>)> {
        let previous = place.sentence.checked_sub(1)?;
        let sentence = &self.doc.sentences[previous];
        let same_or_previous_paragraph = sentence.paragraph + 1 >= place.paragraph;
        let ends_in_colon = self.text(sentence.tokens.end - 1) == ":"
            || self.text(quote_first.saturating_sub(1)) == ":";
        if !ends_in_colon || !same_or_previous_paragraph {
            return None;
        }
        let context = Place {
            sentence: previous,
            sentence_start: sentence.tokens.start,
            paragraph: sentence.paragraph,
        };
        let near = sentence
            .tokens
            .start
            .max(sentence.tokens.end.saturating_sub(WINDOW));
        match self.cue_before(near, sentence.tokens.end) {
            Some(m) => {
                let cue = self.doc.token_span(m.cue.clone());
                Some((self.speaker_of(m.phrase, m.cue.start, &context), Some(cue)))
            }
            None => Some((
                self.subject(previous)
                    .and_then(|s| self.resolve(s, place.paragraph)),
                None,
            )),
        }
    }

    /// The speaker a cue's phrase names; an empty phrase means the subject
    /// of the clause.
    fn speaker_of(&self, phrase: Range<usize>, cue: usize, place: &Place) -> Option<SpeakerRef> {
        if phrase.is_empty() {
            // "“…,” said Rep. Reyes, adding that “…”": a participle after an
            // inverted cue goes on with that cue's speaker.
            let same_sentence = |c: &&SpeakerRef| {
                let token = self.doc.token_at_or_after(c.span.start);
                token < self.doc.tokens.len() && self.doc.sentence_of_token(token) == place.sentence
            };
            // "…, with Gorka noting “…”": a name right before the
            // participle is its subject, whatever the sentence's.
            // "with Trump reportedly yelling": adverbs may come between.
            let mut before = cue;
            while before > place.sentence_start && {
                let word = self.text(before - 1);
                is_ly_adverb(word) && word.starts_with(char::is_lowercase)
            } {
                before -= 1;
            }
            if let Some(m) = self.person_ending_at(before) {
                return Some(self.speaker_from(m, self.mentions[m].span, place.paragraph));
            }
            // "…, with one of his radio ads asking, “…”": whatever "with"
            // introduces is the participle's subject.
            let with = (place.sentence_start.max(before.saturating_sub(6))..before)
                .rev()
                .take_while(|&i| !self.is_punct(i))
                .find(|&i| self.text(i) == "with");
            if let Some(with) = with.filter(|&w| w + 1 < before) {
                return self.resolve(with + 1..before, place.paragraph);
            }
            // "Waving placards calling Reyes “…,” the fishermen chanted": in
            // an opening participle clause, the subject after it.
            let opener = (place.sentence_start..cue).find(|&i| !self.is_punct(i));
            let in_opening_participle = opener.is_some_and(|i| {
                let word = self.text(i);
                word.starts_with(char::is_uppercase) && word.ends_with("ing") && i < cue
            });
            let subject = self
                .subject(place.sentence)
                .filter(|s| s.end <= cue || in_opening_participle && s.start > cue);
            // "The vote came when Quinlan stood up, saying": when the
            // sentence's subject names no one, the time clause's may.
            if !subject
                .as_ref()
                .is_some_and(|s| self.names_someone(s.clone()))
                && let Some(phrase) = self.subordinate_subject(cue, place)
            {
                return self.resolve(phrase, place.paragraph);
            }
            return match subject {
                Some(subject) => self.resolve(subject, place.paragraph),
                // "When he returned he began by saying": the one who began.
                None => match self.by_participle_subject(cue, place) {
                    Some(phrase) => self.resolve(phrase, place.paragraph),
                    None => self.current.as_ref().filter(same_sentence).cloned(),
                },
            };
        }
        self.resolve(phrase, place.paragraph)
    }

    /// Who a speaker phrase names.
    fn resolve(&self, phrase: Range<usize>, paragraph: usize) -> Option<SpeakerRef> {
        let doc = self.doc;
        // A lone article, question word or participle ("after being asked
        // “…”") names no one.
        if phrase.len() == 1 && NAMES_NO_ONE.contains(&doc.lower(phrase.start)) {
            return None;
        }
        let span = doc.token_span(phrase.clone());
        let in_phrase: Vec<usize> = self.mentions_in(phrase.clone()).collect();
        let possessive = |m: usize| {
            let end = self.mentions[m].tokens.end;
            end < phrase.end && self.is_possessive(end)
        };
        let as_written = || SpeakerRef {
            name: doc.slice(span).to_string(),
            mention: None,
            span,
            label: None,
            paragraph,
        };
        // "Ada Quinlan and Tom Reyes:": two speakers at once, as written.
        if self.is_list_of_names(phrase.clone(), &in_phrase) {
            return Some(as_written());
        }
        // "The message from the union was clear:": whose the words are.
        if let Some(source) = self.source_of_remark(phrase.clone()) {
            return self.resolve(source, paragraph);
        }
        // "Quinlan’s response was blunt:": a possessor's remark is theirs.
        if let Some(m) = self.possessor_of_head(phrase.clone()) {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        // "Her answer was simple:", "The reply came at once:": a remark with
        // no named owner is the words of whom the text is about.
        if let Some(owner) = self.owner_of_remark(phrase.clone(), span, paragraph) {
            return owner;
        }
        // "A senior Ada Quinlan adviser", "an Ada Quinlan campaign badge": a
        // name modifying a common noun is not the speaker.
        let determiner = matches!(self.doc.lower(phrase.start), "a" | "an" | "the" | "one");
        // "A Reuters spokesman", "a Clinton campaign official": an
        // indefinite description is someone new, whatever names it holds.
        let indefinite = matches!(self.doc.lower(phrase.start), "a" | "an");
        if indefinite
            && phrase.len() > 1
            && self.text(phrase.end - 1).starts_with(char::is_lowercase)
        {
            return Some(as_written());
        }
        let last_word = self.doc.lower(phrase.end - 1);
        // "the Edinburgh-based company warned": the one organization just
        // named.
        if self.doc.lower(phrase.start) == "the"
            && !in_phrase.iter().any(|&m| self.can_speak(m))
            && COMPANY_NOUNS.contains(&last_word)
            && let Some(m) = self.organization_just_named(phrase.start)
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        // "the general", "the ministry", "the company": a definite
        // description with no name in it, for someone or something named
        // before.
        if self.doc.lower(phrase.start) == "the"
            && phrase.len() > 1
            && self.text(phrase.end - 1).starts_with(char::is_lowercase)
            && !ROLE_NOUNS.contains(&last_word)
            && !in_phrase.iter().any(|&m| self.can_speak(m))
            && let Some(found) = self.described_before(phrase.clone(), last_word)
        {
            return Some(SpeakerRef {
                span,
                paragraph,
                ..found
            });
        }
        let common_head = self.text(phrase.end - 1).starts_with(char::is_lowercase)
            && !ROLE_NOUNS.contains(&last_word);
        if determiner && common_head && phrase.len() > 1 {
            return Some(as_written());
        }
        // "Sanders protesters", "Trump supporters": a name before a plural
        // common noun names the group, not its speaker.
        let plural_group = common_head
            && phrase.len() > 1
            && last_word.len() > 3
            && last_word.ends_with('s')
            && !last_word.ends_with("ss")
            && (phrase.start..phrase.end - 1).all(|i| self.text(i).starts_with(char::is_uppercase))
            // and a verb after it: "Christie refers to" is no group.
            && phrase.end < doc.tokens.len()
            && (is_likely_verb(self.text(phrase.end)) || self.cue_at(phrase.end).is_some());
        if plural_group {
            return Some(as_written());
        }
        // "A spokesman for … Hillary Clinton" is the spokesman: names after
        // a preposition only modify the head.
        let head_end = phrase
            .clone()
            .find(|&i| {
                matches!(
                    self.text(i),
                    "for" | "of" | "at" | "with" | "from" | "in" | "on" | "involved" | "close"
                )
            })
            .unwrap_or(phrase.end);
        let in_head = |m: &&usize| self.mentions[**m].tokens.end <= head_end;
        // Not a clause: "The timing … doesn’t surprise pollster Daron Shaw:"
        // introduces Shaw. A participle before a preposition ("a memo
        // leaked to the Gazette") modifies a noun, and a capital ("The
        // Associated Press") makes a name, not a verb.
        let modifier = |i: usize| {
            self.text(i).ends_with("ed")
                && i + 1 < phrase.end
                && matches!(
                    self.text(i + 1),
                    "by" | "for" | "from" | "in" | "to" | "at" | "with"
                )
        };
        let clause = phrase.clone().any(|i| {
            let word = self.text(i);
            (is_likely_verb(word) && !modifier(i) && word.starts_with(char::is_lowercase))
                || AUXILIARIES.contains(&word)
                || word.ends_with("n’t")
                || word.ends_with("n't")
        });
        // "Officials at the Harbour Trust", "most voters in Kelso": a
        // plural group needs no article.
        let group_head = || {
            head_end > phrase.start
                && self.plural_group_opening(phrase.start, head_end - 1) == Some(phrase.start)
        };
        let described = head_end < phrase.end
            && !clause
            && (matches!(self.doc.lower(phrase.start), "a" | "an" | "the")
                && !in_phrase.iter().any(|m| in_head(&m))
                || group_head());
        if described {
            return Some(as_written());
        }
        // "Quinlan campaign spokesman Tom Reyes": in a short phrase, the
        // name nearest the head; in a clause ("Reyes answered with a
        // phrase that could have come from Trump himself"), its subject.
        // "Tom Reyes of Kelso": names after the head's preposition only
        // say where the person is from.
        let mut people = in_phrase
            .iter()
            .filter(|&&m| self.mentions[m].label == EntityLabel::Person && !possessive(m));
        let head_person = in_phrase.iter().rev().find(|&&m| {
            self.mentions[m].label == EntityLabel::Person
                && !possessive(m)
                && self.mentions[m].tokens.end <= head_end
        });
        let person = if phrase.len() <= 6 {
            head_person.or_else(|| people.next_back())
        } else {
            people.min()
        };
        if let Some(&m) = person {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        if let Some(&m) = in_phrase
            .iter()
            .find(|&&m| self.mentions[m].label == EntityLabel::Person)
        {
            // "Ada Quinlan’s right-hand man" is someone else.
            return Some(if possessive(m) {
                as_written()
            } else {
                self.speaker_from(m, self.mentions[m].span, paragraph)
            });
        }
        let head = bare_word(self.text(phrase.end - 1));
        if phrase.len() == 1 {
            match head.as_str() {
                "he" | "him" => {
                    return self
                        .antecedent(phrase.start, Gender::Male)
                        .map(|m| self.speaker_from(m, span, paragraph));
                }
                "she" | "her" => {
                    return self
                        .antecedent(phrase.start, Gender::Female)
                        .map(|m| self.speaker_from(m, span, paragraph));
                }
                "they" | "them" => {
                    if let Some(group) = self.plural_antecedent(phrase.start, paragraph) {
                        return Some(SpeakerRef { span, ..group });
                    }
                }
                "it" => {
                    if let Some(body) = self.singular_antecedent(phrase.start, paragraph) {
                        return Some(SpeakerRef { span, ..body });
                    }
                }
                _ => {}
            }
        }
        if let Some(age) = age_of(&head)
            && let Some(m) = self.person_of_age(phrase.clone(), age)
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        if ROLE_NOUNS.contains(&head.as_str())
            && let Some(person) = self.role_holder(phrase.clone(), &head)
        {
            return Some(SpeakerRef {
                span,
                paragraph,
                ..person
            });
        }
        if let Some(&m) = in_phrase
            .iter()
            .find(|&&m| self.mentions[m].label == EntityLabel::Org && !possessive(m))
        {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        Some(as_written())
    }

    /// Whether `phrase` is only names of people or organizations joined by
    /// "and" (and commas): "Mark Blumenthal and Jon Cohen".
    fn is_list_of_names(&self, phrase: Range<usize>, in_phrase: &[usize]) -> bool {
        if in_phrase.len() < 2 {
            return false;
        }
        let mut at = phrase.start;
        let mut joined = false;
        for &m in in_phrase {
            let mention = &self.mentions[m];
            if !self.can_speak(m) {
                return false;
            }
            for i in at..mention.tokens.start {
                match self.text(i) {
                    "and" | "&" => joined = true,
                    "," => {}
                    _ => return false,
                }
            }
            at = mention.tokens.end;
        }
        joined && at == phrase.end
    }

    /// "Quinlan’s “steady as she goes” remark": words between a person's or
    /// an organization's possessive and a noun for something said are
    /// theirs, and the noun is the cue. The quotation is `first..last`.
    fn possessor_of_remark(
        &self,
        first: usize,
        last: usize,
        paragraph: usize,
    ) -> Option<(SpeakerRef, Span)> {
        let remark = first >= 2
            && last < self.doc.tokens.len()
            && self.is_possessive(first - 1)
            && REMARK_NOUNS.contains(&self.doc.lower(last));
        if !remark {
            return None;
        }
        let m = self.mention_ending_at(first - 1)?;
        let mention = &self.mentions[m];
        self.can_speak(m).then(|| {
            (
                self.speaker_from(m, mention.span, paragraph),
                self.doc.token_span(last..last + 1),
            )
        })
    }

    /// "Ada Quinlan’s response", "the council’s reply": the speaker owning
    /// a phrase that ends on a noun for something said.
    fn possessor_of_head(&self, phrase: Range<usize>) -> Option<usize> {
        let head = phrase.end.checked_sub(1)?;
        if head < phrase.start + 2
            || !self.is_possessive(head - 1)
            || !REMARK_NOUNS.contains(&self.doc.lower(head))
        {
            return None;
        }
        let m = self.mention_ending_at(head - 1)?;
        let opens = self.mentions[m].tokens.start;
        let owns = opens == phrase.start
            || opens == phrase.start + 1 && self.doc.lower(phrase.start) == "the";
        (owns && self.can_speak(m)).then_some(m)
    }

    /// "Her answer", "their response", "The reply": whose a remark with
    /// no named owner is. A pronoun stands for whom it would as a subject;
    /// "the" for the current speaker of the paragraph, else the person the
    /// sentence before is about. `None` when the phrase is no such remark;
    /// `Some(None)` when it is one but nobody fits, so that the quotation
    /// has no speaker rather than "The answer".
    fn owner_of_remark(
        &self,
        phrase: Range<usize>,
        span: Span,
        paragraph: usize,
    ) -> Option<Option<SpeakerRef>> {
        if phrase.len() != 2 {
            return None;
        }
        let noun = self.doc.lower(phrase.start + 1);
        // "His face seemed to say “…”", "her voice rose: “…”": a face or
        // a voice speaks for whom it belongs to.
        let remark = REMARK_NOUNS.contains(&noun) || EXPRESSIVE_NOUNS.contains(&noun);
        let owner = match self.doc.lower(phrase.start) {
            "his" if remark => self
                .antecedent(phrase.start, Gender::Male)
                .map(|m| self.speaker_from(m, span, paragraph)),
            "her" if remark => self
                .antecedent(phrase.start, Gender::Female)
                .map(|m| self.speaker_from(m, span, paragraph)),
            "their" if remark => self
                .plural_antecedent(phrase.start, paragraph)
                .map(|group| SpeakerRef { span, ..group }),
            "its" if REMARK_NOUNS.contains(&noun) => self
                .singular_antecedent(phrase.start, paragraph)
                .map(|body| SpeakerRef { span, ..body }),
            // Only nouns for a reply: "the message" or "the warning" may be
            // a sign's or a letter's.
            "the" if matches!(noun, "answer" | "reply" | "response" | "retort") => self
                .current
                .clone()
                .filter(|c| c.paragraph == paragraph)
                .map(|c| SpeakerRef { span, ..c })
                .or_else(|| {
                    let sentence = self.doc.sentence_of_token(phrase.start);
                    let m = self.person_of_sentence_before(sentence, paragraph)?;
                    Some(self.speaker_from(m, span, paragraph))
                }),
            _ => return None,
        };
        Some(owner)
    }

    /// "the message from the union", "the words of Ada Quinlan": a noun
    /// for something said, then whose it is, ending the phrase.
    fn source_of_remark(&self, phrase: Range<usize>) -> Option<Range<usize>> {
        if phrase.is_empty() {
            return None;
        }
        let mut noun = phrase.start;
        if matches!(self.doc.lower(noun), "the" | "a" | "an" | "this" | "that") {
            noun += 1;
        }
        let from = noun + 1;
        let said = noun < phrase.end
            && (REMARK_NOUNS.contains(&self.doc.lower(noun)) || self.doc.lower(noun) == "words");
        if !said || from + 1 >= phrase.end || !matches!(self.text(from), "from" | "of") {
            return None;
        }
        let source = from + 1..phrase.end;
        let clause = source
            .clone()
            .any(|i| self.is_punct(i) || is_likely_verb(self.text(i)) && !self.in_mention(i));
        (!clause && self.speakerish(source.clone())).then_some(source)
    }

    /// "“…” That was the message from Ada Quinlan.": a sentence right
    /// after a quotation that names it as someone's words; or the rest of
    /// the quotation's own sentence ("“Never,” was the reply from Ada
    /// Quinlan."). Returns the speaker phrase and the noun that cues it.
    fn named_as_words_after(&self, last: usize, paragraph: usize) -> Option<(Range<usize>, usize)> {
        if last >= self.doc.tokens.len() {
            return None;
        }
        let sentence = &self.doc.sentences[self.doc.sentence_of_token(last)];
        if sentence.paragraph != paragraph {
            return None;
        }
        let end = sentence.tokens.end;
        let word = |k: usize| {
            if last + k < end {
                self.doc.lower(last + k)
            } else {
                ""
            }
        };
        let opens = sentence.tokens.start == last;
        let pointed = opens
            && matches!(word(0), "that" | "this" | "those" | "these" | "such")
            && matches!(word(1), "was" | "is" | "were" | "are");
        let joined = !opens && matches!(word(0), "was" | "came");
        let from = match (pointed, joined) {
            (true, _) => last + 2,
            (_, true) => last + 1,
            _ => return None,
        };
        let noun = (from..(from + 3).min(end)).find(|&k| {
            let w = self.doc.lower(k);
            REMARK_NOUNS.contains(&w) || w == "words"
        })?;
        if noun + 1 >= end || !matches!(self.text(noun + 1), "from" | "of") {
            return None;
        }
        let phrase = self.phrase_after(noun + 2, end);
        self.speakerish(phrase.clone()).then_some((phrase, noun))
    }

    /// Whether mention `m` may be a speaker: a person or an organization.
    fn can_speak(&self, m: usize) -> bool {
        matches!(
            self.mentions[m].label,
            EntityLabel::Person | EntityLabel::Org
        )
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

    /// "The vote came when Ada Quinlan stood up, saying “…”": a participle
    /// right after a clause of time may go with that clause's subject, the
    /// words between its opener and its verb.
    fn subordinate_subject(&self, cue: usize, place: &Place) -> Option<Range<usize>> {
        let comma = cue.checked_sub(1).filter(|&k| self.text(k) == ",")?;
        let from = place.sentence_start.max(comma.saturating_sub(16));
        let conjunction = (from..comma)
            .rev()
            .take_while(|&k| !self.inside_quote(k) && !self.is_punct(k))
            .find(|&k| TIME_CLAUSE_OPENERS.contains(&self.doc.lower(k)))?;
        let start = conjunction + 1;
        let verb_at = |k: usize| {
            let word = self.text(k);
            word.starts_with(char::is_lowercase)
                && (is_likely_verb(word) || word.ends_with("ed"))
                && !PHRASE_BREAKS.contains(&word)
        };
        let verb = (start + 1..comma.min(start + 6)).find(|&k| verb_at(k))?;
        Some(start..verb)
    }

    /// The preposition before the name starting at `start`, past an
    /// article and a title: "*for* the Harbour Trust", "*to* Rubio", "*for*
    /// Democratic presidential candidate Hillary Clinton". The first word
    /// back that breaks a phrase must be one.
    fn preposition_before(&self, start: usize) -> Option<usize> {
        (start.saturating_sub(5)..start)
            .rev()
            .take_while(|&k| !self.is_punct(k) && !self.inside_quote(k))
            .take_while(|&k| {
                let word = self.text(k);
                k + 1 == start || !is_likely_verb(word) || PHRASE_BREAKS.contains(&word)
            })
            .find(|&k| {
                let word = self.doc.lower(k);
                word == "of" || PHRASE_BREAKS.contains(&word)
            })
            .filter(|&k| {
                matches!(
                    self.doc.lower(k),
                    "for" | "of" | "at" | "from" | "with" | "by" | "to" | "in" | "on"
                )
            })
    }

    /// "*A spokesman* for", "*the head* of": where a role noun with its
    /// determiner ends right before `preposition`.
    fn role_before(&self, place: &Place, preposition: usize) -> Option<usize> {
        let role = preposition.checked_sub(1)?;
        if !ROLE_NOUNS.contains(&self.doc.lower(role)) {
            return None;
        }
        (place.sentence_start.max(role.saturating_sub(3))..role)
            .rev()
            .take_while(|&k| !self.is_punct(k) && !self.inside_quote(k))
            .find(|&k| {
                matches!(
                    self.doc.lower(k),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their"
                )
            })
    }

    /// "he began by saying", "Reyes answered by writing": the pronoun or
    /// name before a verb and "by" in front of the participle at `cue`.
    fn by_participle_subject(&self, cue: usize, place: &Place) -> Option<Range<usize>> {
        let by = cue.checked_sub(1).filter(|&k| self.text(k) == "by")?;
        let verb = by.checked_sub(1).filter(|&k| k > place.sentence_start)?;
        if !self.text(verb).starts_with(char::is_lowercase) || self.is_punct(verb) {
            return None;
        }
        let who = verb - 1;
        if is_subject_pronoun(self.text(who)) {
            return Some(who..who + 1);
        }
        self.person_ending_at(verb)
            .map(|m| self.mentions[m].tokens.clone())
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
        let k = self.mentions.partition_point(|m| m.tokens.start <= i);
        k > 0 && self.mentions[k - 1].tokens.end > i
    }

    /// Mention indices lying inside the token range.
    fn mentions_in(&self, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let first = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.start);
        (first..self.mentions.len()).take_while(move |&m| self.mentions[m].tokens.end <= tokens.end)
    }

    fn gender_of(&self, m: usize) -> Gender {
        let canonical = &self.mentions[m].canonical;
        let first = canonical.split(' ').next().unwrap_or("");
        self.lexicon
            .first_name_gender(first)
            .unwrap_or(Gender::Unknown)
    }

    /// A person, or a lone name no list knows ("Rihanna"), which news
    /// mostly uses for people.
    fn may_be_person(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        mention.label == EntityLabel::Person
            || (mention.label == EntityLabel::Misc
                && !mention.confident
                && mention.tokens.len() == 1)
    }

    fn compatible(&self, m: usize, gender: Gender) -> bool {
        self.may_be_person(m) && {
            let g = self.gender_of(m);
            g == Gender::Unknown || g == gender
        }
    }

    /// The named person that is the subject of `sentence`, if any: named
    /// there, or described by a role they were introduced with ("The
    /// Oregon governor thanked …" after "Oregon Gov. Ken Dunn").
    fn subject_person(&self, sentence: usize) -> Option<usize> {
        let subject = self.subject(sentence)?;
        let mut people = self
            .mentions_in(subject.clone())
            .filter(|&m| self.may_be_person(m));
        let Some(first) = people.next() else {
            let head = bare_word(self.text(subject.end - 1));
            let described = subject.len() <= 4
                && self.doc.lower(subject.start) == "the"
                && ROLE_NOUNS.contains(&head.as_str());
            // Every word must fit: "the Vermont senator" is not any senator.
            let fits = |m: &usize| {
                let intro = self.introduction(*m);
                (subject.start + 1..subject.end - 1)
                    .all(|i| intro.iter().any(|w| w == self.doc.lower(i)))
            };
            return described
                .then(|| self.introduced_with_role(subject.clone(), &head))
                .flatten()
                .filter(fits);
        };
        // "Obama consultant Cornell Belcher": the head is the last name,
        // unless it is a possessive ("Trump’s remarks").
        let possessive = |m: usize| {
            let end = self.mentions[m].tokens.end;
            end < subject.end && self.is_possessive(end)
        };
        let head = people.filter(|&m| !possessive(m)).last();
        // "Reyes’s claim … misled the council, Mark Hale said.": the
        // sentence is Hale's.
        Some(
            head.or_else(|| self.closing_speaker(sentence))
                .unwrap_or(first),
        )
    }

    /// "…, Mark Hale said." or "…, said Mark Hale.": the person a
    /// sentence names as its speaker at its end, after a comma.
    fn closing_speaker(&self, sentence: usize) -> Option<usize> {
        let range = self.doc.sentences[sentence].tokens.clone();
        let mut end = range.end;
        while end > range.start && self.is_punct(end - 1) && !self.inside_quote(end - 1) {
            end -= 1;
        }
        let is_cue = |k: usize| {
            self.cue_at(k)
                .is_some_and(|(_, kind)| kind == CueKind::Verb)
        };
        let (m, before) = if end > range.start + 2 && is_cue(end - 1) {
            let m = self.person_ending_at(end - 1)?;
            (m, self.mentions[m].tokens.start.checked_sub(1)?)
        } else {
            let m = self.person_ending_at(end)?;
            let cue = self.mentions[m].tokens.start.checked_sub(1)?;
            if !is_cue(cue) {
                return None;
            }
            (m, cue.checked_sub(1)?)
        };
        (before >= range.start && self.text(before) == ",").then_some(m)
    }

    /// "he" or "she": the subject of this sentence or of an earlier one in
    /// the paragraph; else whichever came last of the current speaker and
    /// the previous paragraph's subjects, unless its sex is unknown and
    /// the paragraph names someone known to agree; else the last person
    /// named.
    fn antecedent(&self, pronoun: usize, gender: Gender) -> Option<usize> {
        let doc = self.doc;
        let sentence = doc.sentence_of_token(pronoun);
        let paragraph = doc.sentences[sentence].paragraph;
        let fits = |m: &usize| {
            self.compatible(*m, gender)
                && self.mentions[*m].tokens.end <= pronoun
                // A pronoun before the quotation is read before its words.
                && (pronoun < self.named_inside.end
                    || !self.named_inside.people.contains(self.mentions[*m].canonical.as_str()))
        };
        let in_paragraph = doc.paragraphs[paragraph]
            .sentences
            .start
            .max(sentence.saturating_sub(WINDOW / 10))..=sentence;
        if let Some(m) = in_paragraph
            .rev()
            .find_map(|s| self.subject_person(s).filter(fits))
        {
            return Some(m);
        }
        // The current speaker, or a later subject of the paragraph before:
        // in "Sanders called it “arbitrary.” Hendler warned … / “…,” he
        // wrote", Hendler.
        let current = self
            .current
            .as_ref()
            .filter(|c| c.label == Some(EntityLabel::Person) && c.paragraph + 1 >= paragraph)
            .and_then(|c| c.mention.map(|m| (c.span.start, m)))
            .filter(|(_, m)| fits(m));
        let previous_subject = paragraph.checked_sub(1).and_then(|previous| {
            doc.paragraphs[previous]
                .sentences
                .clone()
                .rev()
                .take(WINDOW / 10)
                .find_map(|s| self.subject_person(s).filter(fits))
                .map(|m| (self.mentions[m].span.start, m))
        });
        let recent = current
            .into_iter()
            .chain(previous_subject)
            .max()
            .map(|(_, m)| m);
        if let Some(m) = recent.filter(|&m| self.gender_of(m) == gender) {
            return Some(m);
        }
        // A name of unknown sex yields to one of this paragraph known to
        // agree: "…, when Ada Quinlan called it “…” She also said".
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        let paragraph_start = doc.paragraphs[paragraph].tokens.start;
        let agreeing = (0..before)
            .rev()
            .take(WINDOW)
            .take_while(|&m| self.mentions[m].tokens.start >= paragraph_start)
            .find(|&m| {
                fits(&m)
                    && self.gender_of(m) == gender
                    && !self.inside_quote(self.mentions[m].tokens.start)
            });
        if let Some(m) = agreeing.or(recent) {
            return Some(m);
        }
        let current = self.current.as_ref().and_then(|c| c.mention).filter(fits);
        let last_named = (0..before)
            .rev()
            .take(WINDOW)
            .find(|&m| fits(&m) && !self.inside_quote(self.mentions[m].tokens.start));
        // A first name's usual sex is a guess: "Sen. Lindsey Reyes said, “…”
        // / He continued, …" goes on with the speaker of the paragraph
        // before, unless someone who fits is named since its start.
        let speaker_before = self
            .current
            .as_ref()
            .filter(|c| c.label == Some(EntityLabel::Person) && c.paragraph + 1 >= paragraph);
        if current.is_none()
            && let Some(c) = speaker_before
            && let Some(m) = c.mention
        {
            let since = doc.paragraphs[paragraph.saturating_sub(1)].tokens.start;
            let named_since = last_named.is_some_and(|n| self.mentions[n].tokens.start >= since);
            if !named_since && self.may_be_person(m) {
                return Some(m);
            }
        }
        // "At the quay, Lindsey Reyes promised the crew he would …":
        // the subject of the pronoun's own sentence, against whom only a
        // first name's usual sex objects, outranks a name of unknown sex.
        let subject = self.subject_person(sentence).filter(|&m| {
            self.mentions[m].tokens.end <= pronoun
                && self.may_be_person(m)
                && self.gender_of(m) != gender
                && !self
                    .named_inside
                    .people
                    .contains(self.mentions[m].canonical.as_str())
        });
        if let Some(m) = subject
            && current.is_none()
            && last_named.is_none_or(|n| self.gender_of(n) == Gender::Unknown)
        {
            return Some(m);
        }
        current.or(last_named)
    }

    /// The person a role description stands for: someone introduced with
    /// the description's words ("the MI5 chief" after "MI5 Director-General
    /// Ken McCallum"), or for a personal role, the current speaker.
    fn role_holder(&self, phrase: Range<usize>, head: &str) -> Option<SpeakerRef> {
        if let Some(m) = self.introduced_with_role(phrase.clone(), head) {
            return Some(self.speaker_from(m, self.doc.token_span(phrase), 0));
        }
        // With no current speaker, after the quotation, the person the
        // sentence before is about ("Reyes is not convinced. “…,” the
        // former harbour master said"). Not a description opening its own
        // sentence, which may bring in someone new.
        let current = self
            .current
            .clone()
            .filter(|c| c.label == Some(EntityLabel::Person))
            .or_else(|| {
                let sentence = self.doc.sentence_of_token(phrase.start);
                let paragraph = self.doc.sentences[sentence].paragraph;
                let after_quotation = (self.doc.sentences[sentence].tokens.start..phrase.start)
                    .any(|i| self.inside_quote(i));
                if self.current.is_some() || !after_quotation {
                    return None;
                }
                // Opening a paragraph, the person the last one ended on
                // ("Golfer Fergus McAllister won … ¶ “…,” the veteran said").
                let m = self
                    .person_of_sentence_before(sentence, paragraph)
                    .or_else(|| self.person_ending_previous_paragraph(sentence))?;
                Some(self.speaker_from(m, self.mentions[m].span, paragraph))
            })?;
        // "The harbour master thanked his crew": not a current
        // speaker of the other sex.
        let gender = self.gender_after(phrase, head);
        let fits =
            gender == Gender::Unknown || current.mention.is_none_or(|m| self.compatible(m, gender));
        (!GENERIC_ROLES.contains(&head) && fits).then_some(current)
    }

    /// The organization named in the sentence of token `i` before it, or
    /// in the sentence before that in its paragraph, outside quotations,
    /// when there is exactly one: "Shares in Northwind Energy fell after
    /// the company warned …". With two ("Analysts at Barclays cut their
    /// target for Northwind"), none.
    fn organization_just_named(&self, i: usize) -> Option<usize> {
        let sentence = self.doc.sentence_of_token(i);
        let paragraph = self.doc.sentences[sentence].paragraph;
        let first = self
            .sentence_before(sentence, paragraph)
            .unwrap_or(sentence);
        let start = self.doc.sentences[first].tokens.start;
        let from = self.mentions.partition_point(|m| m.tokens.start < start);
        let mut named = self.mentions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.tokens.end <= i)
            .filter(|(_, m)| m.label == EntityLabel::Org && !self.inside_quote(m.tokens.start))
            .map(|(k, m)| (from + k, m.canonical.as_str()));
        let (found, name) = named.next()?;
        named.all(|(_, other)| other == name).then_some(found)
    }

    /// Whom or what "the `head`" stands for, the description `phrase`
    /// holding no name:
    /// * a body whose name holds the head: "the ministry" after "the
    ///   Ministry of Internal Affairs";
    /// * for a company noun, the organization the text is about;
    /// * a person introduced with the head: "the general" after "retired
    ///   general Augustus Mbatha";
    /// * for a personal role ("the skipper", "the veteran"), the person in
    ///   focus, as for the roles of `ROLE_NOUNS`.
    fn described_before(&self, phrase: Range<usize>, head: &str) -> Option<SpeakerRef> {
        let span = self.doc.token_span(phrase.clone());
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(phrase.start)].paragraph;
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        if BODY_NOUNS.contains(&head) || COMPANY_NOUNS.contains(&head) {
            let titled = crate::lexicon::title_case_words(head);
            let named = (0..before).rev().take(WINDOW).find(|&m| {
                let mention = &self.mentions[m];
                mention.label == EntityLabel::Org
                    && !self.inside_quote(mention.tokens.start)
                    && mention.canonical.split(' ').any(|w| w == titled)
            });
            let body = named.or_else(|| {
                COMPANY_NOUNS
                    .contains(&head)
                    .then(|| self.organization_in_focus(phrase.start))
                    .flatten()
            })?;
            return Some(self.speaker_from(body, span, paragraph));
        }
        // "Selenis Leyva opened up about … The actress explained": a
        // personal role goes first to whom the sentence before is about.
        let sentence = self.doc.sentence_of_token(phrase.start);
        if PERSONAL_ROLES.contains(&head)
            && let Some(m) = self
                .person_of_sentence_before(sentence, paragraph)
                .or_else(|| self.person_ending_previous_paragraph(sentence))
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        if let Some(m) = (0..before)
            .rev()
            .take(WINDOW)
            .find(|&m| self.introduced_as(m, head))
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        PERSONAL_ROLES
            .contains(&head)
            .then(|| self.role_holder(phrase, head))
            .flatten()
    }

    /// Whether person mention `m` is introduced as a `head`, right before
    /// the name ("retired general Augustus Mbatha", "Detective Inspector
    /// Fiona Gallagher") or in apposition after it ("Farid Haddad, an
    /// analyst at …"). Tighter than [`Self::introduction`]: any noun will
    /// do, so it must be the noun that describes the person.
    fn introduced_as(&self, m: usize, head: &str) -> bool {
        let mention = &self.mentions[m];
        if mention.label != EntityLabel::Person || self.inside_quote(mention.tokens.start) {
            return false;
        }
        let start = mention.tokens.start;
        // The head right before the name, or before other words of a
        // title: "Detective Inspector" for "the detective".
        let mut before = false;
        for k in (start.saturating_sub(3)..start).rev() {
            if self.doc.lower(k) == head {
                before = true;
                break;
            }
            if self.is_punct(k) || !self.text(k).starts_with(char::is_uppercase) {
                break;
            }
        }
        let end = mention.tokens.end;
        let apposition = end < self.doc.tokens.len()
            && self.text(end) == ","
            && (end + 1..self.doc.tokens.len().min(end + 6))
                .take_while(|&k| !self.is_punct(k) && !PHRASE_BREAKS.contains(&self.doc.lower(k)))
                .last()
                .is_some_and(|k| {
                    // The head ends the phrase: not "…, the pressure group
                    // Human Rights in China".
                    self.doc.lower(k) == head
                        && matches!(self.doc.lower(end + 1), "a" | "an" | "the")
                        && self.doc.tokens.get(k + 1).is_none_or(|_| {
                            self.is_punct(k + 1) || PHRASE_BREAKS.contains(&self.doc.lower(k + 1))
                        })
                });
        before || apposition
    }

    /// The organization the text before token `i` is about: the latest
    /// one among the first words of a sentence before, or speaking there.
    /// Not merely the latest named: "an analyst at Kessler & Vaughn" does
    /// not make the bank what "the company" means.
    fn organization_in_focus(&self, i: usize) -> Option<usize> {
        if let Some(m) = self.organization_just_named(i) {
            return Some(m);
        }
        // Two organizations just named ("Analysts at Barclays cut their
        // target for Northwind"): neither.
        let sentence = self.doc.sentence_of_token(i);
        let paragraph = self.doc.sentences[sentence].paragraph;
        let recent = self
            .sentence_before(sentence, paragraph)
            .unwrap_or(sentence);
        let named_recently = self
            .mentions_in(self.doc.sentences[recent].tokens.start..i)
            .any(|m| self.mentions[m].label == EntityLabel::Org);
        if named_recently {
            return None;
        }
        (sentence.saturating_sub(12)..recent).rev().find_map(|s| {
            // "Shares in Calder Robotics fell": an organization in the
            // sentence's first words, or one that spoke ("“…,” Hartwell
            // Energy said").
            let tokens = self.doc.sentences[s].tokens.clone();
            self.mentions_in(tokens.clone()).find(|&m| {
                let mention = &self.mentions[m];
                mention.label == EntityLabel::Org
                    && !self.inside_quote(mention.tokens.start)
                    && (mention.tokens.start < tokens.start + 6
                        || mention.tokens.end < tokens.end
                            && self.cue_at(mention.tokens.end).is_some())
            })
        })
    }

    /// For a description opening the first sentence of its paragraph, the
    /// person the last sentence before was about, if that sentence says
    /// something: a photo credit ("Neilson Barnard via Getty Images.")
    /// has no verb.
    fn person_ending_previous_paragraph(&self, sentence: usize) -> Option<usize> {
        let paragraph = self.doc.sentences[sentence].paragraph;
        if self.doc.paragraphs[paragraph].sentences.start != sentence {
            return None;
        }
        let previous = sentence.checked_sub(1)?;
        let says = self.doc.sentences[previous].tokens.clone().any(|k| {
            let word = self.doc.lower(k);
            is_likely_verb(word) || AUXILIARIES.contains(&word) || self.cue_at(k).is_some()
        });
        says.then(|| {
            self.person_of_sentence_before(sentence, self.doc.sentences[previous].paragraph)
        })
        .flatten()
    }

    /// Whom "the 64-year-old" describes: someone introduced with that
    /// age ("Tom Reyes, 64,"); else the person the sentence before, in
    /// the same paragraph, is about; else the current speaker, if named in
    /// this paragraph. `None` leaves the description as written: across
    /// paragraphs it may bring in someone new.
    fn person_of_age(&self, phrase: Range<usize>, age: &str) -> Option<usize> {
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        let introduced = (0..before)
            .rev()
            .take(WINDOW)
            .filter(|&m| self.mentions[m].label == EntityLabel::Person)
            .find(|&m| self.introduction(m).iter().any(|w| w == age));
        if introduced.is_some() {
            return introduced;
        }
        let sentence = self.doc.sentence_of_token(phrase.start);
        let paragraph = self.doc.sentences[sentence].paragraph;
        // "… Derek Ansell has been cleared. ¶ The 54-year-old, who …".
        self.person_of_sentence_before(sentence, paragraph)
            .or_else(|| self.person_ending_previous_paragraph(sentence))
            .or_else(|| {
                self.current
                    .as_ref()
                    .filter(|c| c.label == Some(EntityLabel::Person) && c.paragraph == paragraph)
                    .and_then(|c| c.mention)
            })
    }

    /// The sex a role description shows: by its noun ("chairwoman"), or
    /// by the first pronoun after it in its sentence ("… thanked *his*
    /// crew").
    fn gender_after(&self, phrase: Range<usize>, head: &str) -> Gender {
        if head.ends_with("woman") {
            return Gender::Female;
        }
        if head.ends_with("man") {
            return Gender::Male;
        }
        let sentence = &self.doc.sentences[self.doc.sentence_of_token(phrase.start)].tokens;
        (phrase.end..sentence.end.min(phrase.end + WINDOW))
            .take_while(|&i| !self.inside_quote(i))
            .find_map(|i| match self.doc.lower(i) {
                "he" | "his" | "him" | "himself" => Some(Gender::Male),
                "she" | "her" | "hers" | "herself" => Some(Gender::Female),
                _ => None,
            })
            .unwrap_or(Gender::Unknown)
    }

    /// The last person before `phrase` introduced with the role it
    /// describes.
    fn introduced_with_role(&self, phrase: Range<usize>, head: &str) -> Option<usize> {
        let words: Vec<String> = phrase
            .clone()
            .map(|i| self.text(i).to_lowercase())
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "former" | "new") && w != head)
            .collect();
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        // "the Florida senator": the words beside the head, all in an
        // introduction.
        let described =
            |intro: &[String]| !words.is_empty() && words.iter().all(|w| intro.contains(w));
        // "the MI5 chief" after "MI5 Director-General Ken McCallum": a head
        // that names no particular office is matched by its modifiers; "the
        // Florida senator" needs a senator.
        let vague_head = matches!(head, "chief" | "head" | "leader" | "boss");
        // The people before the phrase introduced with the role, latest
        // first, each with whether the description's words fit them too.
        let holders: Vec<(usize, bool)> = (0..before)
            .rev()
            .take(WINDOW)
            .filter(|&m| self.mentions[m].label == EntityLabel::Person)
            .filter_map(|m| {
                let intro = self.introduction(m);
                let holds = intro.iter().any(|w| w == head) || vague_head && described(&intro);
                holds.then(|| (m, described(&intro)))
            })
            .collect();
        // Of several senators, the one introduced with Florida.
        if let Some(&(m, _)) = holders.iter().find(|(_, fits)| *fits) {
            return Some(m);
        }
        // Of two governors, the one the text is about: the current speaker
        // or the subject of the sentence before ("Reyes stood by the vote.
        // / “…,” the governor said").
        let sentence = self.doc.sentence_of_token(phrase.start);
        let in_focus: Vec<&str> = self
            .current
            .as_ref()
            .and_then(|c| c.mention)
            .into_iter()
            .chain(sentence.checked_sub(1).and_then(|s| self.subject_person(s)))
            .map(|m| self.mentions[m].canonical.as_str())
            .collect();
        let focused =
            |&&(m, _): &&(usize, bool)| in_focus.contains(&self.mentions[m].canonical.as_str());
        holders
            .iter()
            .find(focused)
            .or(holders.first())
            .map(|&(m, _)| m)
    }

    /// The words introducing a person: the title before the name and the
    /// appositive after it ("MI5 Director-General", "a former harbour
    /// master who ran the port").
    fn introduction(&self, m: usize) -> Vec<String> {
        let doc = self.doc;
        let tokens = &self.mentions[m].tokens;
        let sentence = &doc.sentences[doc.sentence_of_token(tokens.start)].tokens;
        let title = (sentence.start.max(tokens.start.saturating_sub(4))..tokens.start)
            .rev()
            .take_while(|&i| !self.is_punct(i) || self.text(i) == "-")
            // "The governor has praised Reyes": a clause before the name
            // is no title.
            .take_while(|&i| {
                let word = self.text(i);
                !(word.starts_with(char::is_lowercase)
                    && (is_likely_verb(word)
                        || word.ends_with("ed")
                        || self.cue_word_at(i).is_some()))
            });
        let mut words: Vec<String> = title.map(|i| self.text(i).to_lowercase()).collect();
        // "Sens. Tom Reyes (Ore.) and Ada Quinlan (Fla.)": a plural title
        // before the first of two names is the second's too.
        let after_and = words.first().is_some_and(|w| w == "and");
        let previous_person = after_and
            .then(|| {
                self.mentions[..m]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|other| other.label == EntityLabel::Person)
            })
            .flatten();
        if let Some(other) = previous_person {
            let between = other.tokens.end..tokens.start;
            let plain = between.len() <= 6
                && between.clone().all(|i| {
                    matches!(self.text(i), "(" | ")" | "." | "and") || self.state_at(i).is_some()
                });
            if plain && other.tokens.start > sentence.start {
                let title = self.text(other.tokens.start - 1).to_lowercase();
                if matches!(title.as_str(), "sens." | "reps." | "govs.") {
                    words.push(title);
                }
            }
        }
        // "Ada Quinlan (R-Fla.)": the state in parentheses after the name.
        if tokens.end + 1 < sentence.end && self.text(tokens.end) == "(" {
            if let Some(state) = self.state_at(tokens.end + 1) {
                words.push(state.to_lowercase());
            }
        }
        if tokens.end < sentence.end && self.text(tokens.end) == "," {
            let appositive = (tokens.end + 1..sentence.end.min(tokens.end + 14))
                .take_while(|&i| !self.is_punct(i));
            words.extend(appositive.map(|i| self.text(i).to_lowercase()));
        }
        words.iter_mut().for_each(normalize_title);
        words
    }

    /// The state token `i` abbreviates: "Fla" in "(Fla.)", or in "(R-Fla.)"
    /// after a party's letter.
    fn state_at(&self, i: usize) -> Option<&'static str> {
        let word = self.text(i);
        let word = word
            .split_once('-')
            .filter(|(party, _)| matches!(*party, "R" | "D" | "I"))
            .map_or(word, |(_, state)| state);
        crate::entity::cues::state_named_by(word.trim_end_matches('.'))
    }

    /// A quotation that opens its sentence with no cue continues the
    /// speaker of this or the previous paragraph.
    fn continuation(&self, paragraph: usize) -> Option<SpeakerRef> {
        self.current
            .clone()
            .filter(|c| c.paragraph + 1 >= paragraph)
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
