//! Role descriptions: the person or body a “the minister”, “the
//! company” or “the 54-year-old” stands for.

use std::ops::Range;

use super::{Attributor, SpeakerRef, WINDOW, normalize_title};
use crate::Span;
use crate::entity::EntityLabel;
use crate::lexicon::Gender;
use crate::quote::cues::{
    AUXILIARIES, BODY_NOUNS, COMPANY_NOUNS, GENERIC_ROLES, PHRASE_BREAKS, SPEAKING_THINGS,
    is_person_noun, is_personal_role,
};
use crate::words::is_likely_verb;

/// How many paragraphs after a description `named_later` reads for the
/// name it turns out to have.
const NAMED_LATER_PARAGRAPHS: usize = 3;

/// How far back "the person" looks for the description that introduced
/// an unnamed source.
const UNNAMED_LOOKBACK: usize = 600;

/// How many unnamed speakers "the official" may come back to.
const UNNAMED_REMEMBERED: usize = 8;

impl<'a> Attributor<'a> {
    /// "the Lancaster Republican" after "Sen. Roy Dunleavy, R-Lancaster,":
    /// a party member, with the place they represent or without it, is the
    /// person last introduced with that party's letter (and that place).
    pub(super) fn party_member(&self, phrase: Range<usize>) -> Option<usize> {
        if phrase.len() < 2 || self.doc.lower(phrase.start) != "the" {
            return None;
        }
        let letter = match self.text(phrase.end - 1) {
            "Republican" => "R",
            "Democrat" => "D",
            "Independent" => "I",
            _ => return None,
        };
        let place: Vec<&str> = (phrase.start + 1..phrase.end - 1)
            .map(|i| self.text(i))
            .collect();
        if place.iter().any(|w| !w.starts_with(char::is_uppercase)) {
            return None;
        }
        let place = place.join(" ");
        // Far enough back for a long article, bounded so that a document
        // of such phrases stays linear.
        (phrase.start.saturating_sub(3000)..phrase.start)
            .rev()
            .find_map(|i| {
                let (party, from) = self.text(i).split_once('-')?;
                let from = from.trim_end_matches(['.', ',']);
                let fits = party == letter && (place.is_empty() || from == place);
                (fits && i > 0)
                    .then(|| {
                        let before = if matches!(self.text(i - 1), "," | "(") {
                            i - 1
                        } else {
                            i
                        };
                        self.person_ending_at(before)
                    })
                    .flatten()
            })
    }

    /// The person a role description stands for: someone introduced with
    /// the description's words ("the MI5 chief" after "MI5 Director-General
    /// Ken McCallum"), or for a personal role, the current speaker.
    pub(super) fn role_holder(&self, phrase: Range<usize>, head: &str) -> Option<SpeakerRef> {
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

    /// The person a description turns out to be, named a few paragraphs
    /// later with the same noun: "A warehouse supervisor told the court …"
    /// and then "the supervisor, Carl Brennan,"; "with the judge telling
    /// him …" and then "Judge Margaret Ellery said". News names its people
    /// after the lede as often as in it.
    pub(super) fn named_later(&self, phrase: Range<usize>, head: &str) -> Option<usize> {
        if !is_person_noun(head) {
            return None;
        }
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(phrase.start)].paragraph;
        let last = (paragraph + NAMED_LATER_PARAGRAPHS).min(self.doc.paragraphs.len() - 1);
        let within = phrase.end..self.doc.paragraphs[last].tokens.end;
        let lower = |k: usize| {
            if k < self.doc.tokens.len() {
                self.doc.lower(k)
            } else {
                ""
            }
        };
        // No further than WINDOW mentions, so that a text with no
        // paragraph breaks stays linear.
        self.mentions_in(within).take(WINDOW).find(|&m| {
            let mention = &self.mentions[m];
            let (start, end) = (mention.tokens.start, mention.tokens.end);
            if mention.label != EntityLabel::Person {
                return false;
            }
            // "Judge Margaret Ellery", "the pop singer Marisol Grey": the
            // noun right before the name, or opening it.
            let titled = start > 0 && lower(start - 1) == head
                || mention.tokens.len() >= 3 && lower(start) == head;
            // "the supervisor, Carl Brennan,"; "The ombudsman, Dr. Sisa
            // Huallpa Choque,"; "That leader, Chamari Wickramasinghe,".
            let mut named = start;
            while named > phrase.end && crate::entity::cues::is_title(self.doc, named - 1) {
                named -= 1;
            }
            let after = named >= 3
                && self.text(named - 1) == ","
                && lower(named - 2) == head
                && (named.saturating_sub(5)..named - 2)
                    .any(|k| matches!(lower(k), "the" | "that" | "this"));
            // "Carl Brennan, the supervisor,"
            let before = lower(end) == ","
                && lower(end + 1) == "the"
                && (end + 2..end + 5).any(|k| lower(k) == head);
            // "María Aguirre, who took over as chief executive in March"
            let became = lower(end) == ","
                && lower(end + 1) == "who"
                && (end + 2..end + 8)
                    .any(|k| lower(k) == "as" && (k + 1..k + 4).any(|k| lower(k) == head));
            titled || after || before || became
        })
    }

    /// The person "Her father" stands for: the one introduced in
    /// apposition with the same words ("with her father, Tomáš Horváth,").
    pub(super) fn relative_introduced(&self, phrase: Range<usize>) -> Option<usize> {
        if phrase.len() != 2 || !matches!(self.doc.lower(phrase.start), "his" | "her" | "their") {
            return None;
        }
        let (owner, relation) = (
            self.doc.lower(phrase.start),
            self.doc.lower(phrase.start + 1),
        );
        if !crate::entity::is_kinship_noun(relation) {
            return None;
        }
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        (0..before).rev().take(WINDOW).find(|&m| {
            let start = self.mentions[m].tokens.start;
            self.mentions[m].label == EntityLabel::Person
                && start >= 3
                && self.text(start - 1) == ","
                && self.doc.lower(start - 2) == relation
                && self.doc.lower(start - 3) == owner
        })
    }

    /// The full name of a local body that "the city administration" or
    /// "the municipal government" stands for: the same words after a
    /// place, earlier in the text ("outside the Tashkent city
    /// administration"). News names such a body by its place once.
    pub(super) fn body_of_place(&self, phrase: Range<usize>) -> Option<String> {
        let doc = self.doc;
        let words = phrase.start + 1..phrase.end;
        let governs = |noun: &str| {
            BODY_NOUNS.contains(&noun)
                || matches!(
                    noun,
                    "administration"
                        | "authorities"
                        | "government"
                        | "municipality"
                        | "office"
                        | "police"
                        | "prosecutors"
                )
        };
        if doc.lower(phrase.start) != "the"
            || !(1..=3).contains(&words.len())
            || !words
                .clone()
                .all(|k| self.text(k).starts_with(char::is_lowercase))
            || !governs(doc.lower(phrase.end - 1))
        {
            return None;
        }
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        (0..before).rev().take(WINDOW).find_map(|m| {
            let mention = &self.mentions[m];
            let after = mention.tokens.end;
            let same = mention.label == EntityLabel::Loc
                && after + words.len() <= phrase.start
                && words
                    .clone()
                    .zip(after..)
                    .all(|(w, k)| doc.lower(w) == doc.lower(k));
            same.then(|| {
                let span = Span::new(
                    mention.span.start,
                    doc.tokens[after + words.len() - 1].span.end,
                );
                doc.slice(span).to_string()
            })
        })
    }

    /// The peer "the `head`" stands for before token `i`: "the duchess"
    /// after "The Duchess of Wexmoor".
    pub(super) fn peer_titled(&self, i: usize, head: &str) -> Option<usize> {
        let title = crate::lexicon::title_case_words(head);
        let before = self.mentions.partition_point(|m| m.tokens.end <= i);
        (0..before).rev().take(WINDOW).find(|&m| {
            super::antecedent::peerage(&self.mentions[m].canonical) == Some(title.as_str())
        })
    }

    /// The one person the sentence before `sentence` names, outside
    /// quotations, when it is not its subject: "The best actor prize went
    /// to Callum Ferrier. The Scottish actor joked …".
    pub(super) fn only_person_of_sentence_before(
        &self,
        sentence: usize,
        paragraph: usize,
    ) -> Option<usize> {
        let before = self.sentence_before(sentence, paragraph)?;
        self.only_one(
            self.mentions_in(self.doc.sentences[before].tokens.clone())
                .filter(|&m| {
                    self.mentions[m].label == EntityLabel::Person
                        && !self.inside_quote(self.mentions[m].tokens.start)
                }),
        )
    }

    /// The first of `named` when all of them share its canonical name.
    fn only_one(&self, mut named: impl Iterator<Item = usize>) -> Option<usize> {
        let first = named.next()?;
        let name = self.mentions[first].canonical.as_str();
        named
            .all(|m| self.mentions[m].canonical == name)
            .then_some(first)
    }

    /// The organization named in the sentence of token `i` before it, or
    /// in the sentence before that in its paragraph, outside quotations,
    /// when there is exactly one: "Shares in Northwind Energy fell after
    /// the company warned …". With two ("Analysts at Barclays cut their
    /// target for Northwind"), none.
    pub(super) fn organization_just_named(&self, i: usize) -> Option<usize> {
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
            .filter(|(k, m)| {
                m.label == EntityLabel::Org
                    && !self.inside_quote(m.tokens.start)
                    && !self.credits_the_story(from + k)
            })
            .map(|(k, m)| (from + k, m.canonical.as_str()));
        let (found, name) = named.next()?;
        named.all(|(_, other)| other == name).then_some(found)
    }

    /// The one organization named (outside quotations) from the start of
    /// `paragraph` to mention `before`, if only one is.
    fn only_organization_since(&self, paragraph: usize, before: usize) -> Option<usize> {
        let start = self.doc.paragraphs[paragraph].tokens.start;
        self.only_one(
            (0..before)
                .rev()
                .take(WINDOW)
                .take_while(|&m| self.mentions[m].tokens.start >= start)
                .filter(|&m| {
                    self.mentions[m].label == EntityLabel::Org
                        && !self.inside_quote(self.mentions[m].tokens.start)
                        && !self.credits_the_story(m)
                }),
        )
    }

    /// The latest mention before mention `before`, within [`WINDOW`] and
    /// outside quotations, with one of `labels` and a name holding `head`
    /// as a word: "Observatory" in "National Geohazards Observatory".
    fn name_holding(&self, before: usize, head: &str, labels: &[EntityLabel]) -> Option<usize> {
        let titled = crate::lexicon::title_case_words(head);
        (0..before).rev().take(WINDOW).find(|&m| {
            let mention = &self.mentions[m];
            labels.contains(&mention.label)
                && !self.inside_quote(mention.tokens.start)
                && mention.canonical.split(' ').any(|w| w == titled)
        })
    }

    /// Whether mention `m` is the agency a dateline credits ("ASTANA,
    /// March 14 (Kestrel Markets Wire) -"): it wrote the story, and is
    /// not what "the bank" or "the company" in it stands for.
    fn credits_the_story(&self, m: usize) -> bool {
        let start = self.mentions[m].tokens.start;
        start > 0 && crate::entity::is_agency_credit(self.doc, start - 1)
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
    pub(super) fn described_before(&self, phrase: Range<usize>, head: &str) -> Option<SpeakerRef> {
        let span = self.doc.token_span(phrase.clone());
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(phrase.start)].paragraph;
        let before = self
            .mentions
            .partition_point(|m| m.tokens.end <= phrase.start);
        let body_noun = BODY_NOUNS.contains(&head) || COMPANY_NOUNS.contains(&head);
        // "The observatory said" after "the National Geohazards
        // Observatory": any other lone head an organization's name holds
        // is that organization. Not a person's role ("the director" after
        // "the Director of Public Prosecutions" office).
        if !body_noun
            && phrase.len() == 2
            && !self.is_personal_role_at(phrase.end - 1)
            && let Some(m) = self.name_holding(before, head, &[EntityLabel::Org])
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        if body_noun {
            // A name holding the noun is a body, whatever the tagger
            // called it: "the Ridgeway Rail Partnership" (MISC).
            let named = self.name_holding(before, head, &[EntityLabel::Org, EntityLabel::Misc]);
            // "the Kettle Range Forest District said …. “…,” the agency
            // said": else the organization speaking, or the one just named
            // ("a statement from the Green Coalition. “…,” the party
            // says").
            // Only "the" and the noun: "The dockers’ union" is another.
            let speaking_body = || {
                if phrase.len() != 2 {
                    return None;
                }
                self.current
                    .as_ref()
                    .filter(|c| c.label == Some(EntityLabel::Org) && c.paragraph + 1 >= paragraph)
                    .and_then(|c| c.mention)
                    .or_else(|| self.only_organization_since(paragraph.saturating_sub(1), before))
            };
            let body = named
                .or_else(|| {
                    // "the club": a team's name rarely holds the word.
                    (COMPANY_NOUNS.contains(&head) || head == "club")
                        .then(|| self.organization_in_focus(phrase.start))
                        .flatten()
                })
                .or_else(|| BODY_NOUNS.contains(&head).then(speaking_body).flatten());
            if let Some(body) = body {
                return Some(self.speaker_from(body, span, paragraph));
            }
            // "the provincial education department … The department said":
            // a body no one names keeps the description that brought it in.
            let described = (phrase.len() == 2)
                .then(|| self.body_introduction(phrase.start, head))
                .flatten()?;
            return Some(SpeakerRef {
                name: self.doc.slice(described).to_string(),
                mention: None,
                span,
                label: None,
                paragraph,
            });
        }
        if let Some(m) = self.peer_titled(phrase.start, head) {
            return Some(self.speaker_from(m, span, paragraph));
        }
        let personal = self.is_personal_role_at(phrase.end - 1);
        // "Selenis Leyva opened up about … The actress explained": a
        // personal role goes first to whom the sentence before is about.
        let sentence = self.doc.sentence_of_token(phrase.start);
        // "A prison officer who spoke on condition of anonymity …. “…,” the
        // officer said": one brought in unnamed stays unnamed.
        if personal && phrase.len() == 2 && self.unnamed_source(phrase.start, head).is_some() {
            return None;
        }
        // The latest person introduced with the role ("Dafydd Jones, a
        // farmer,").
        let introduced = || {
            (0..before)
                .rev()
                .take(WINDOW)
                .find(|&m| self.introduced_as(m, head))
        };
        if personal
            && let Some(m) = self
                .asked_in_sentence_before(sentence, paragraph)
                .or_else(|| self.questioned_before_asker(paragraph))
                .or_else(|| self.person_of_sentence_before(sentence, paragraph))
                // "She will wait until January. “…,” the instructor said".
                .or_else(|| {
                    let previous = self.sentence_before(sentence, paragraph)?;
                    self.person_of_pronoun_subject(previous).map(|(m, _)| m)
                })
                .or_else(|| self.person_ending_previous_paragraph(sentence))
                .or_else(|| self.only_person_of_sentence_before(sentence, paragraph))
                // "…, which passes to Gustavo Henrique Lacerda. “…,” the
                // Brazilian said": the name ending the sentence before.
                .or_else(|| self.person_ending_sentence_before(sentence, paragraph))
                // "“…,” the climber said" opening a story that names him
                // below.
                .or_else(|| self.cataphoric_antecedent(phrase.start, Gender::Unknown))
        {
            // Not one of a paragraph before, introduced otherwise, over
            // the one introduced with the role: "Dafydd Jones, a farmer,
            // … / Jonathan Hale spoke about the turbines. / “…,” the
            // farmer said." Not in the paragraph ("Selenis Leyva opened
            // up …. The actress explained"), nor past more words than the
            // role ("the Wisconsin Republican" after "Speaker Paul Ryan").
            let earlier_paragraph = |m: usize| {
                let at = self.mentions[m].tokens.start;
                self.doc.sentences[self.doc.sentence_of_token(at)].paragraph < paragraph
            };
            let otherwise =
                phrase.len() == 2 && earlier_paragraph(m) && !self.introduced_as(m, head);
            let m = otherwise.then(introduced).flatten().unwrap_or(m);
            return Some(self.speaker_from(m, span, paragraph));
        }
        if let Some(m) = introduced() {
            return Some(self.speaker_from(m, span, paragraph));
        }
        personal.then(|| self.role_holder(phrase, head)).flatten()
    }

    /// Whether the word at `k` names one person by a role
    /// ([`is_personal_role`]), or as a national of a listed country that
    /// the hand-written lists miss ("the Tanzanian").
    pub(super) fn is_personal_role_at(&self, k: usize) -> bool {
        is_personal_role(self.doc.lower(k)) || self.lexicon.is_country_demonym(self.text(k))
    }

    /// "Aasland asked him whether …. “…,” the defendant replied": whom
    /// the sentence before puts a question to, who answers it, rather
    /// than who asks.
    pub(super) fn asked_in_sentence_before(
        &self,
        sentence: usize,
        paragraph: usize,
    ) -> Option<usize> {
        // Or the last of the paragraph before, for a quotation opening its
        // paragraph.
        let opens_paragraph = self.doc.paragraphs[paragraph].sentences.start == sentence;
        let previous = self
            .sentence_before(sentence, paragraph)
            .or_else(|| sentence.checked_sub(1).filter(|_| opens_paragraph))?;
        let tokens = self.doc.sentences[previous].tokens.clone();
        let asked = tokens.clone().take(WINDOW).find(|&i| {
            matches!(self.doc.lower(i), "asked" | "pressed" | "questioned") && !self.inside_quote(i)
        })?;
        let object = asked + 1;
        if object + 1 >= tokens.end {
            return None;
        }
        // "asked her whether", not "asked her lawyer".
        let clause_follows = matches!(
            self.doc.lower(object + 1),
            "whether" | "if" | "about" | "what" | "why" | "how" | "when" | "to" | "," | "."
        );
        if !clause_follows {
            return None;
        }
        let gender = match self.doc.lower(object) {
            "him" => Gender::Male,
            "her" => Gender::Female,
            _ => {
                return self
                    .mention_covering(object)
                    .filter(|&m| self.mentions[m].tokens.end == object + 1)
                    .filter(|&m| self.mentions[m].label == EntityLabel::Person);
            }
        };
        // Not who asks: "The prosecutor, Harriet Ashdown, asked her".
        let asker = self
            .subject_person(previous)
            .map(|m| &self.mentions[m].canonical);
        if let Some(m) = self
            .antecedent(object, gender)
            .filter(|&m| Some(&self.mentions[m].canonical) != asker)
        {
            return Some(m);
        }
        let before = self.mentions.partition_point(|m| m.tokens.end <= object);
        (0..before).rev().take(WINDOW).find(|&m| {
            self.mentions[m].label == EntityLabel::Person
                && !self.inside_quote(self.mentions[m].tokens.start)
                && Some(&self.mentions[m].canonical) != asker
                && self.compatible(m, gender)
        })
    }

    /// Whether person mention `m` is introduced as a `head`, right before
    /// the name ("retired general Augustus Mbatha", "Detective Inspector
    /// Fiona Gallagher") or in apposition after it ("Farid Haddad, an
    /// analyst at …"). Tighter than [`Self::introduction`]: any noun will
    /// do, so it must be the noun that describes the person.
    pub(super) fn introduced_as(&self, m: usize, head: &str) -> bool {
        let mention = &self.mentions[m];
        if mention.label != EntityLabel::Person || self.inside_quote(mention.tokens.start) {
            return false;
        }
        let start = mention.tokens.start;
        // The head right before the name, or before other words of a
        // title: "Detective Inspector" for "the detective".
        let mut before = false;
        for k in (start.saturating_sub(3)..start).rev() {
            if holds_role(self.doc.lower(k), head) {
                before = true;
                break;
            }
            if self.is_punct(k) || !self.text(k).starts_with(char::is_uppercase) {
                break;
            }
        }
        // "The bank’s chief analyst, Farid Haddad, said".
        let sentence = &self.doc.sentences[self.doc.sentence_of_token(start)].tokens;
        let set_before = self
            .role_set_before(mention.tokens.clone(), sentence.clone())
            .next_back()
            .is_some_and(|k| holds_role(self.doc.lower(k), head));
        let end = mention.tokens.end;
        // "a nurse who has worked …": a relative clause ends the phrase.
        let breaks = |k: usize| {
            PHRASE_BREAKS.contains(&self.doc.lower(k))
                || matches!(self.doc.lower(k), "who" | "whose")
        };
        let apposition = end < self.doc.tokens.len()
            && self.text(end) == ","
            && (end + 1..self.doc.tokens.len().min(end + 6))
                .take_while(|&k| !self.is_punct(k) && !breaks(k))
                .last()
                .is_some_and(|k| {
                    // The head ends the phrase: not "…, the pressure group
                    // Human Rights in China".
                    self.doc.lower(k) == head
                        && matches!(self.doc.lower(end + 1), "a" | "an" | "the")
                        && self
                            .doc
                            .tokens
                            .get(k + 1)
                            .is_none_or(|_| self.is_punct(k + 1) || breaks(k + 1))
                });
        // "Silver Pine, trained by Orla Brennock": the agent of a verb
        // that makes the role.
        let agent = start >= 2
            && self.text(start - 1) == "by"
            && ROLES_BY_AGENT
                .iter()
                .any(|&(verb, role)| role == head && self.doc.lower(start - 2) == verb);
        before || set_before || apposition || agent
    }

    /// The organization the text before token `i` is about: the latest
    /// one among the first words of a sentence before, or speaking there.
    /// Not merely the latest named: "an analyst at Kessler & Vaughn" does
    /// not make the bank what "the company" means.
    pub(super) fn organization_in_focus(&self, i: usize) -> Option<usize> {
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
        let in_focus = |label_fits: &dyn Fn(usize) -> bool, last: usize| {
            (sentence.saturating_sub(12)..last).rev().find_map(|s| {
                // "Shares in Calder Robotics fell": an organization in the
                // sentence's first words, or one that spoke ("“…,”
                // Hartwell Energy said"), or one introduced as a company
                // ("a company called Blue Horizon Subsea Resources").
                let tokens = self.doc.sentences[s].tokens.clone();
                self.mentions_in(tokens.clone()).find(|&m| {
                    let mention = &self.mentions[m];
                    let start = mention.tokens.start;
                    let introduced = start >= tokens.start + 2
                        && matches!(self.doc.lower(start - 1), "called" | "named")
                        && COMPANY_NOUNS.contains(&self.doc.lower(start - 2));
                    label_fits(m)
                        && !self.inside_quote(start)
                        && !self.credits_the_story(m)
                        && (start < tokens.start + 6
                            || introduced
                            || mention.tokens.end < tokens.end
                                && self.cue_at(mention.tokens.end).is_some())
                })
            })
        };
        in_focus(&|m| self.mentions[m].label == EntityLabel::Org, recent).or_else(|| {
            // "Halden Biologics, which is developing the vaccine, said":
            // failing an organization, a name of two words or more that
            // the tagger took for something else, when it is no place the
            // lists know and opens with no given name. In the sentence
            // just before too, which `organization_just_named` reads for
            // organizations only.
            let company_shaped = |m: usize| {
                let mention = &self.mentions[m];
                let first = self.text(mention.tokens.start);
                mention.tokens.len() >= 2
                    && !self.lexicon.is_place(&mention.canonical)
                    && self.lexicon.given_name_gender(first).is_none()
                    && !self.lexicon.is_surname(first)
            };
            in_focus(&company_shaped, recent + 1)
        })
    }

    /// The unnamed source that "the person" or "the official" at token
    /// `i` stands for, as first described: the description that brought
    /// them in a few paragraphs back ([`Self::unnamed_introduction`]),
    /// else one quoted earlier in the article
    /// ([`Self::unnamed_source_quoted`]). People only: bodies and
    /// documents speak for who issued them, and "the statement" stays as
    /// written.
    pub(super) fn unnamed_source(&self, i: usize, head: &str) -> Option<&str> {
        if SPEAKING_THINGS.contains(&head) || !is_person_noun(head) {
            return None;
        }
        self.unnamed_introduction(i, head)
            .map(|introduction| self.doc.slice(introduction))
            .or_else(|| self.unnamed_source_quoted(head))
    }

    /// "the person" after "A person familiar with the talks, who …, said":
    /// the description that brought an unnamed source in, as written, from
    /// its article to the end of its phrase. "The source" and "the person"
    /// also stand for an unnamed source brought in with another noun ("a
    /// former employee, who spoke on condition of anonymity"). Looked for
    /// back to the start of the third paragraph before, and no further
    /// than [`UNNAMED_LOOKBACK`] tokens, so that a document of such
    /// phrases stays linear.
    fn unnamed_introduction(&self, i: usize, head: &str) -> Option<Span> {
        let first = self.lookback_start(i, 3);
        let any_source = matches!(head, "source" | "person");
        (first..i).rev().find_map(|k| {
            let word = self.doc.lower(k);
            let same_noun = word == head;
            if !(same_noun || any_source && is_person_noun(word)) || self.inside_quote(k) {
                return None;
            }
            // "a senior defence official": the article, then adjectives
            // and nouns only (not "a dynamic within the market").
            let article = (k.saturating_sub(4).max(first)..k)
                .rev()
                .find(|&a| matches!(self.doc.lower(a), "a" | "an" | "one" | "another"))?;
            // "A Western election observer", "a Labour councillor": a
            // name may modify it, but not a person's.
            let modifier_name = |m: usize| {
                self.mention_covering(m)
                    .is_some_and(|n| self.mentions[n].label != EntityLabel::Person)
            };
            let modifiers_only = (article + 1..k).all(|m| {
                self.doc.tokens[m].kind == crate::text::TokenKind::Word
                    && (self.text(m).starts_with(char::is_lowercase) || modifier_name(m))
                    && !PHRASE_BREAKS.contains(&self.doc.lower(m))
                    && !matches!(self.doc.lower(m), "the" | "a" | "an")
            });
            // "Wilber Cóndori Mamani, a nurse who …": a description in
            // apposition to a name brings in someone named.
            let named = article >= 1
                && self.text(article - 1) == ","
                && self
                    .mention_ending_at(article - 1)
                    .is_some_and(|m| self.mentions[m].label == EntityLabel::Person);
            if !modifiers_only || named {
                return None;
            }
            let sentence = &self.doc.sentences[self.doc.sentence_of_token(k)].tokens;
            let phrase = self.phrase_after(article, sentence.end);
            // The description, not the clause it opens: "Another highly
            // placed source said …" ends before "said".
            let end = (k + 1..phrase.end)
                .find(|&m| {
                    let word = self.doc.lower(m);
                    let attached = matches!(word, "familiar" | "close" | "involved" | "briefed");
                    !attached
                        && (matches!(word, "who" | "whom" | "whose" | "which" | "that")
                            || is_likely_verb(word)
                            || self.cue_word_at(m).is_some())
                })
                .unwrap_or(phrase.end);
            // Another noun only for someone who asked not to be named.
            let anonymous = || {
                (k..sentence.end.min(k + 40)).any(|m| {
                    matches!(
                        self.doc.lower(m),
                        "anonymity"
                            | "named"
                            | "identified"
                            | "authorised"
                            | "authorized"
                            | "familiar"
                            | "knowledge"
                    )
                })
            };
            (end > k && (same_noun || anonymous())).then(|| self.doc.token_span(article..end))
        })
    }

    /// "the provincial education department" for "the department" at
    /// token `i`: the latest description of a body by its noun after
    /// "the" and words in lowercase, outside quotations, from the start of
    /// the sixth paragraph before (a story's body is often named only at
    /// its top) and no further than [`UNNAMED_LOOKBACK`] tokens back.
    fn body_introduction(&self, i: usize, head: &str) -> Option<Span> {
        let first = self.lookback_start(i, 6);
        (first..i).rev().find_map(|k| {
            if self.doc.lower(k) != head || self.inside_quote(k) {
                return None;
            }
            let article = (k.saturating_sub(4).max(first)..k)
                .rev()
                .find(|&a| self.doc.lower(a) == "the")?;
            let modifiers = (article + 1..k).all(|m| {
                self.doc.tokens[m].kind == crate::text::TokenKind::Word
                    && self.text(m).starts_with(char::is_lowercase)
                    && !PHRASE_BREAKS.contains(&self.doc.lower(m))
                    && !is_likely_verb(self.doc.lower(m))
            });
            (modifiers && article + 1 < k).then(|| self.doc.token_span(article..k + 1))
        })
    }

    /// Where a look back for the description that brought someone or
    /// something in starts, from token `i`: the start of the `paragraphs`th
    /// paragraph before, and no further than [`UNNAMED_LOOKBACK`] tokens,
    /// so that a document of such phrases stays linear.
    fn lookback_start(&self, i: usize, paragraphs: usize) -> usize {
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(i)].paragraph;
        self.doc.paragraphs[paragraph.saturating_sub(paragraphs)]
            .tokens
            .start
            .max(i.saturating_sub(UNNAMED_LOOKBACK))
    }

    /// Remembers an unnamed speaker described with an indefinite article,
    /// for [`Self::unnamed_source_quoted`]. Only the last few are kept.
    pub(super) fn note_unnamed_source(&mut self, attributed: &super::Attributed) {
        let Some(speaker) = attributed.speaker.as_ref().filter(|s| s.mention.is_none()) else {
            return;
        };
        let first = speaker.name.split(' ').next().unwrap_or("");
        let indefinite = ["a", "an", "one", "another"]
            .iter()
            .any(|article| first.eq_ignore_ascii_case(article));
        if !indefinite {
            return;
        }
        self.unnamed_sources.retain(|s| *s != speaker.name);
        if self.unnamed_sources.len() == UNNAMED_REMEMBERED {
            self.unnamed_sources.remove(0);
        }
        self.unnamed_sources.push(speaker.name.clone());
    }

    /// The unnamed speaker quoted before that "the officer" stands for:
    /// the latest whose description holds the noun, or for "the source"
    /// and "the person", the latest of all.
    fn unnamed_source_quoted(&self, head: &str) -> Option<&str> {
        let any_source = matches!(head, "source" | "person");
        // The description's own noun, before what it is "of" or "at".
        let head_of = |name: &str| {
            name.split(' ')
                .take_while(|w| !PHRASE_BREAKS.contains(w) && !matches!(*w, "who" | "that"))
                .last()
                .map(str::to_lowercase)
        };
        self.unnamed_sources
            .iter()
            .rev()
            .find(|name| any_source || head_of(name).as_deref() == Some(head))
            .map(String::as_str)
    }

    /// The person whose name ends the sentence before, in the paragraph.
    fn person_ending_sentence_before(&self, sentence: usize, paragraph: usize) -> Option<usize> {
        let before = self.sentence_before(sentence, paragraph)?;
        let tokens = &self.doc.sentences[before].tokens;
        let last = (tokens.start..tokens.end)
            .rev()
            .find(|&k| !self.is_punct(k))?;
        self.person_ending_at(last + 1)
            .filter(|&m| !self.inside_quote(self.mentions[m].tokens.start))
    }

    /// For a description opening the first sentence of its paragraph, the
    /// person the last sentence before was about, if that sentence says
    /// something: a photo credit ("Neilson Barnard via Getty Images.")
    /// has no verb.
    pub(super) fn person_ending_previous_paragraph(&self, sentence: usize) -> Option<usize> {
        let paragraph = self.doc.sentences[sentence].paragraph;
        let first = self.doc.paragraphs[paragraph].sentences.start;
        // "“I’m happy. But I’m tired,” the forward said": the sentences
        // of a quotation opening the paragraph come first.
        // (No further than WINDOW tokens, so a text with no paragraph
        // breaks stays linear.)
        let before =
            self.doc.sentences[first].tokens.start..self.doc.sentences[sentence].tokens.start;
        let opens = first == sentence
            || before.len() <= WINDOW && before.clone().all(|k| self.inside_quote(k));
        if !opens {
            return None;
        }
        let previous = first.checked_sub(1)?;
        let says = self.doc.sentences[previous].tokens.clone().any(|k| {
            let word = self.doc.lower(k);
            is_likely_verb(word) || AUXILIARIES.contains(&word) || self.cue_at(k).is_some()
        });
        // "… and he was not pretending otherwise. / “…,” the Lithuanian
        // said": whom that sentence's pronoun subject stands for.
        says.then(|| {
            self.person_of_sentence_before(first, self.doc.sentences[previous].paragraph)
                .or_else(|| self.person_of_pronoun_subject(previous).map(|(m, _)| m))
        })
        .flatten()
    }

    /// Whom "the 64-year-old" describes: someone introduced with that
    /// age ("Tom Reyes, 64,"); else the person the sentence before, in
    /// the same paragraph, is about; else the current speaker, if named in
    /// this paragraph. `None` leaves the description as written: across
    /// paragraphs it may bring in someone new.
    pub(super) fn person_of_age(&self, phrase: Range<usize>, age: &str) -> Option<usize> {
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
    pub(super) fn gender_after(&self, phrase: Range<usize>, head: &str) -> Gender {
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
    pub(super) fn introduced_with_role(&self, phrase: Range<usize>, head: &str) -> Option<usize> {
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
        let holders_by = |role: &str| -> Vec<(usize, bool)> {
            (0..before)
                .rev()
                .take(WINDOW)
                .filter(|&m| self.mentions[m].label == EntityLabel::Person)
                .filter_map(|m| {
                    let intro = self.introduction(m);
                    let holds = intro.iter().any(|w| w == role) || vague_head && described(&intro);
                    holds.then(|| (m, described(&intro)))
                })
                .collect()
        };
        let mut holders = holders_by(head);
        // "the priest" after "Father Antoine Delabarre": failing a priest,
        // someone whose title makes them a cleric.
        if holders.is_empty()
            && let Some(implied) = role_implied_by(head)
        {
            holders = holders_by(implied);
        }
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
    pub(super) fn introduction(&self, m: usize) -> Vec<String> {
        let doc = self.doc;
        let tokens = &self.mentions[m].tokens;
        let sentence = &doc.sentences[doc.sentence_of_token(tokens.start)].tokens;
        // "a party official close to Nurul Aini": a name a preposition
        // governs has no title before it ("Secretary of State John Kerry"
        // has one, the preposition inside it).
        let object = tokens.start > sentence.start
            && matches!(
                self.text(tokens.start - 1),
                "to" | "of" | "for" | "with" | "from" | "by" | "against" | "about" | "near"
            );
        let title = (sentence.start.max(tokens.start.saturating_sub(4))..tokens.start)
            .filter(|_| !object)
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
        words.extend(
            self.role_set_before(tokens.clone(), sentence.clone())
                .map(|i| self.text(i).to_lowercase()),
        );
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
        // "Justice Saman Awan" is introduced as a judge, "Sheikh Abubakar
        // Idris" as a cleric.
        let implied: Vec<String> = words
            .iter()
            .filter_map(|w| role_implied_by(w))
            .map(str::to_string)
            .collect();
        words.extend(implied);
        words
    }

    /// The role set before a name between commas: "The company’s chief
    /// executive, Ada Quinlan, said" gives "chief executive". Only a
    /// lowercase head after a determiner or possessive, and only with the
    /// comma closing the apposition, so that "In a letter to the chief
    /// executive, Quinlan said" introduces no one.
    pub(super) fn role_set_before(
        &self,
        name: Range<usize>,
        sentence: Range<usize>,
    ) -> Range<usize> {
        let none = name.start..name.start;
        // "the investigating officer, Inspector Raza Gondal,": titles may
        // stand between the comma and the name.
        let comma = (name.start.saturating_sub(4).max(sentence.start)..name.start)
            .rev()
            .find(|&k| !self.is_title_word(k))
            .unwrap_or(name.start);
        if comma < sentence.start + 2
            || self.text(comma) != ","
            || name.end >= sentence.end
            || self.text(name.end) != ","
        {
            return none;
        }
        let mut head = comma - 1;
        // "The Chief Imam of the mosque, Sheikh …", "The Catholic Bishop
        // of Kafanchan Diocese, Most Rev. …": an office before "of".
        if let Some(of) = (comma.saturating_sub(5).max(sentence.start + 1)..comma)
            .find(|&k| matches!(self.text(k), "of" | "for"))
            // "The mayor of Sant Feliu de Sorribes, Roser Pallarès i Cots,".
            && (self.text(of - 1).starts_with(char::is_uppercase)
                || is_person_noun(self.doc.lower(of - 1)))
            && (of.saturating_sub(4).max(sentence.start)..of).any(|k| self.doc.lower(k) == "the")
        {
            head = of - 1;
            let start = (sentence.start.max(head.saturating_sub(4))..head)
                .rev()
                .find(|&k| self.doc.lower(k) == "the");
            return start.map_or(none, |start| start + 1..head + 1);
        }
        if !self.text(head).starts_with(char::is_lowercase) || is_likely_verb(self.text(head)) {
            return none;
        }
        // "The curator responsible for the collection, Tomás Ferrer
        // Albareda,": the role is the person's noun before what they are
        // responsible for.
        if !is_person_noun(self.doc.lower(head))
            && let Some(role) = (sentence.start.max(head.saturating_sub(6))..head)
                .take_while(|&k| !self.is_punct(k))
                .skip_while(|&k| {
                    !matches!(self.doc.lower(k), "the" | "its" | "their" | "his" | "her")
                })
                .skip(1)
                .take_while(|&k| {
                    !matches!(
                        self.doc.lower(k),
                        "of" | "for" | "at" | "in" | "responsible"
                    )
                })
                .last()
                .filter(|&k| is_person_noun(self.doc.lower(k)))
        {
            return (sentence.start.max(role.saturating_sub(4))..role)
                .rev()
                .find(|&i| matches!(self.doc.lower(i), "the" | "its" | "their" | "his" | "her"))
                .map_or(none.clone(), |start| start + 1..role + 1);
        }
        let start = (sentence.start.max(head.saturating_sub(4))..head)
            .rev()
            .take_while(|&i| !self.is_punct(i))
            .find(|&i| {
                matches!(self.doc.lower(i), "the" | "its" | "their" | "his" | "her")
                    || self.is_possessive(i)
            });
        match start {
            Some(start) => start + 1..head + 1,
            None => none,
        }
    }

    /// The state token `i` abbreviates: "Fla" in "(Fla.)", or in "(R-Fla.)"
    /// after a party's letter.
    pub(super) fn state_at(&self, i: usize) -> Option<&'static str> {
        let word = self.text(i);
        let word = word
            .split_once('-')
            .filter(|(party, _)| matches!(*party, "R" | "D" | "I"))
            .map_or(word, |(_, state)| state);
        crate::entity::cues::state_named_by(word.trim_end_matches('.'))
    }
}

/// Participles whose agent holds a role: "trained by" a trainer.
const ROLES_BY_AGENT: &[(&str, &str)] = &[
    ("trained", "trainer"),
    ("coached", "coach"),
    ("ridden", "rider"),
    ("ridden", "jockey"),
    ("captained", "captain"),
    ("captained", "skipper"),
    ("written", "writer"),
    ("written", "author"),
    ("designed", "designer"),
    ("founded", "founder"),
];

/// Whether a word introducing someone gives them the role `head`: the
/// word itself, or a title that implies it ("Justice" a judge).
fn holds_role(word: &str, head: &str) -> bool {
    word == head || role_implied_by(word) == Some(head)
}

/// The role a title before a name implies: "Justice Saman Awan" is the
/// judge, "Sheikh Abubakar Idris" the cleric, "Inspector Raza Gondal" the
/// officer.
fn role_implied_by(title: &str) -> Option<&'static str> {
    Some(match title.trim_end_matches('.') {
        "justice" | "magistrate" | "recorder" => "judge",
        "archbishop" | "bishop" | "cardinal" | "father" | "fr" | "imam" | "maulana" | "mufti"
        | "pastor" | "priest" | "rabbi" | "rev" | "reverend" | "sheikh" | "ustaz" | "vicar" => {
            "cleric"
        }
        "const" | "constable" | "corporal" | "cpl" | "det" | "detective" | "insp" | "inspector"
        | "sergeant" | "sgt" | "supt" | "superintendent" => "officer",
        "dr" => "doctor",
        "prof" => "professor",
        // Ranks written short: "Brig. Gen. Tomasz Wierzbicki" is "the
        // general".
        "gen" => "general",
        "adm" => "admiral",
        "col" => "colonel",
        "capt" => "captain",
        "cmdr" => "commander",
        // "associate professor of history" is "the historian".
        "anthropology" => "anthropologist",
        "archaeology" => "archaeologist",
        "astronomy" => "astronomer",
        "biology" => "biologist",
        "chemistry" => "chemist",
        "ecology" => "ecologist",
        "economics" => "economist",
        "epidemiology" => "epidemiologist",
        "geology" => "geologist",
        "history" => "historian",
        "linguistics" => "linguist",
        "mathematics" => "mathematician",
        "philosophy" => "philosopher",
        "physics" => "physicist",
        "psychology" => "psychologist",
        "sociology" => "sociologist",
        _ => return None,
    })
}
