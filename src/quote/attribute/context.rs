//! Speakers from context: transcript labels, interviews, and paragraphs
//! that are only a quotation, which continue the speaker before them.

use std::ops::Range;

use super::antecedent::pronoun_gender;
use super::{Attributed, Attributor, Interview, Place, SpeakerRef, WINDOW};
use crate::entity::EntityLabel;
use crate::lexicon::Gender;
use crate::quote::QuoteKind;
use crate::quote::cues::{GESTURE_VERBS, is_personal_role};
use crate::text::TokenKind;

/// A line of dialogue: a paragraph that is a short quotation, with at most
/// a short tag ("“It was never good,” his uncle said."), and who spoke it.
#[derive(Clone)]
pub(super) struct Turn {
    pub(super) paragraph: usize,
    pub(super) speaker: SpeakerRef,
}

/// Who spoke first in a paragraph of speech, and whether the paragraph
/// ends on a question.
pub(super) struct Spoken {
    paragraph: usize,
    speaker: SpeakerRef,
    asks: bool,
}

/// The most words a line of dialogue quotes, and the most it has outside
/// its quotations: a scene's lines are short, a news quotation is longer.
const LINE_WORDS: usize = 25;
const TAG_WORDS: usize = 8;
/// How many bare lines an exchange between two people may run to.
const EXCHANGE_LINES: usize = 12;

impl<'a> Attributor<'a> {
    /// Remembers `quote` as a line of dialogue, if its paragraph is one
    /// and it is the paragraph's first speech with a speaker, who is not
    /// an organisation (a person, or one described: "his uncle").
    pub(super) fn note_turn(&mut self, quote: &Attributed) {
        let Some(speaker) = quote
            .speaker
            .as_ref()
            .filter(|_| quote.kind == QuoteKind::Speech)
        else {
            return;
        };
        let first = self.doc.token_at_or_after(quote.span.start);
        if first >= self.doc.tokens.len() {
            return;
        }
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(first)].paragraph;
        if speaker.label != Some(EntityLabel::Org)
            && self.spoken[1]
                .as_ref()
                .is_none_or(|s| s.paragraph != paragraph)
        {
            let spoken = Spoken {
                paragraph,
                speaker: speaker.clone(),
                asks: self.ends_on_question(paragraph),
            };
            self.spoken = [self.spoken[1].take(), Some(spoken)];
        }
        let [_, latest] = &self.turns;
        if latest.as_ref().is_some_and(|t| t.paragraph == paragraph) {
            return;
        }
        let turn = (speaker.label != Some(EntityLabel::Org)
            && self.dialogue_line(paragraph, TAG_WORDS))
        .then(|| Turn {
            paragraph,
            speaker: speaker.clone(),
        });
        self.turns = [self.turns[1].take(), turn];
    }

    /// Whether `paragraph` is a line of dialogue: quotations of at most
    /// [`LINE_WORDS`] words, and at most `tag_words` words outside them.
    fn dialogue_line(&self, paragraph: usize, tag_words: usize) -> bool {
        let tokens = self.doc.paragraphs[paragraph].tokens.clone();
        // Tested first, so that a paragraph of a hundred thousand marks is
        // never scanned.
        if tokens.len() > 3 * (LINE_WORDS + TAG_WORDS) {
            return false;
        }
        // A line opens with its quotation: "Trump shot back in a
        // statement, saying he’s “made a lot of money”" is reporting.
        let opens_quoted = tokens
            .clone()
            .find(|&i| !self.is_punct(i))
            .is_some_and(|i| self.inside_quote(i));
        if !opens_quoted {
            return false;
        }
        let (quoted, tag) = tokens
            .filter(|&i| matches!(self.doc.tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .fold((0, 0), |(quoted, tag), i| {
                if self.inside_quote(i) {
                    (quoted + 1, tag)
                } else {
                    (quoted, tag + 1)
                }
            });
        quoted > 0 && quoted <= LINE_WORDS && tag <= tag_words
    }

    /// "“It was never good,” his uncle said. / “It was good in 2019.” /
    /// “It was less bad in 2019.”": a paragraph that is only a short
    /// quotation, after two lines of dialogue by two people in the
    /// paragraphs just before, is the other one's reply.
    pub(super) fn next_turn(&self, place: &Place) -> Option<SpeakerRef> {
        let [Some(before), Some(last)] = &self.turns else {
            return None;
        };
        let alternating = last.paragraph + 1 == place.paragraph
            && before.paragraph + 1 == last.paragraph
            && before.speaker.name != last.speaker.name
            && self.dialogue_line(place.paragraph, 0);
        alternating.then(|| SpeakerRef {
            paragraph: place.paragraph,
            ..before.speaker.clone()
        })
    }

    /// Whether `paragraph` ends on a question mark, within its closing
    /// marks.
    fn ends_on_question(&self, paragraph: usize) -> bool {
        let tokens = self.doc.paragraphs[paragraph].tokens.clone();
        (tokens.end.saturating_sub(3).max(tokens.start)..tokens.end).any(|k| self.text(k) == "?")
    }

    /// "“… Doctor, what is the hardest part?” / “Electricity,” Abdel-Rahman
    /// said. “…” / “So what do you do?” / “We use solar fridges …”": a
    /// bare question, after one person answered another's question in the
    /// two paragraphs before, is the asker's again, whatever the length of
    /// those paragraphs; and the bare answer to it, the other's.
    pub(super) fn question_turn(&self, place: &Place) -> Option<SpeakerRef> {
        let [Some(before), Some(latest)] = &self.spoken else {
            return None;
        };
        let in_turn = before.paragraph + 1 == latest.paragraph
            && latest.paragraph + 1 == place.paragraph
            && before.speaker.name != latest.speaker.name;
        let asks_again = before.asks
            && self.dialogue_line(place.paragraph, 0)
            && self.ends_on_question(place.paragraph);
        let answers = latest.asks
            && self.dialogue_line(latest.paragraph, 0)
            && !self.ends_on_question(place.paragraph);
        (in_turn && (asks_again || answers)).then(|| SpeakerRef {
            paragraph: place.paragraph,
            ..before.speaker.clone()
        })
    }

    /// "“You forgot it?” Puig asked. / “Yes,” the rider replied": whom a
    /// description stands for in the paragraph right after a line that
    /// asks, is who spoke before the asker, the one questioned.
    pub(super) fn questioned_before_asker(&self, paragraph: usize) -> Option<usize> {
        let [Some(before), Some(latest)] = &self.spoken else {
            return None;
        };
        let m = before.speaker.mention?;
        let asks = || {
            self.dialogue_line(latest.paragraph, TAG_WORDS)
                && self.doc.paragraphs[latest.paragraph]
                    .tokens
                    .clone()
                    .any(|k| self.text(k) == "?" && self.inside_quote(k))
        };
        (latest.paragraph + 1 == paragraph
            && before.speaker.name != latest.speaker.name
            && self.mentions[m].label == EntityLabel::Person
            && asks())
        .then_some(m)
    }

    /// "Counsel for the family, Gráinne Ó Súilleabháin, questioned him
    /// about his speed. / “Were you aware …?” / “Yes. It is forty.” / …":
    /// bare lines after a paragraph ending with one person asking or
    /// questioning another alternate between the two. The first line is
    /// the asker's if it asks something; a later one is whoever did not
    /// speak the line before. At most [`EXCHANGE_LINES`] lines back.
    pub(super) fn exchange_turn(&self, place: &Place) -> Option<SpeakerRef> {
        if !self.dialogue_line(place.paragraph, 0) {
            return None;
        }
        let setup = (place.paragraph.saturating_sub(EXCHANGE_LINES)..place.paragraph)
            .rev()
            .find(|&p| !self.dialogue_line(p, TAG_WORDS))?;
        // "Stewart-Murray pressed him. “How many …?”": the setting may
        // come before the paragraph's own first question.
        let sentences = self.doc.paragraphs[setup].sentences.clone();
        let (asker, asked) = sentences
            .clone()
            .rev()
            .take(3)
            .find_map(|sentence| self.exchange_between(sentence))
            .or_else(|| self.passive_exchange(sentences))?;
        let previous = self.turns[1]
            .as_ref()
            .filter(|t| t.paragraph + 1 == place.paragraph && t.paragraph > setup);
        let canonical = |m: usize| self.mentions[m].canonical.as_str();
        let m = match previous {
            Some(turn) if turn.speaker.name == canonical(asker) => asked,
            Some(turn) if turn.speaker.name == canonical(asked) => asker,
            Some(_) => return None,
            None if place.paragraph == setup + 1 => {
                let last = self.doc.paragraphs[place.paragraph].tokens.end;
                let asks = (last.saturating_sub(3)..last).any(|k| self.text(k) == "?");
                if asks { asker } else { asked }
            }
            None => return None,
        };
        Some(self.speaker_from(m, self.mentions[m].span, place.paragraph))
    }

    /// In "Ó Súilleabháin questioned him about …", "Trinh Van Long asked
    /// the chair, Cllr Kevin Ó Ceallaigh, how …": who asks and who is
    /// asked, both people.
    fn exchange_between(&self, sentence: usize) -> Option<(usize, usize)> {
        let asker = self.subject_person(sentence)?;
        let end = self.doc.sentences[sentence].tokens.end;
        let from = self.mentions[asker].tokens.end;
        let verb = (from..(from + 4).min(end)).find(|&k| {
            matches!(
                self.doc.lower(k),
                "asked" | "questioned" | "pressed" | "quizzed" | "cross-examined" | "challenged"
            )
        })?;
        // The one asked: a pronoun right after the verb, or the first
        // person named within a few words (past a role: "the committee
        // chair, Cllr Kevin Ó Ceallaigh").
        // "him" is someone named before, not the asker.
        let someone_before = |gender: Gender| {
            let before = self.mentions.partition_point(|m| m.tokens.end <= verb);
            (0..before).rev().take(WINDOW).find(|&m| {
                self.compatible(m, gender)
                    && self.mentions[m].canonical != self.mentions[asker].canonical
                    && !self.inside_quote(self.mentions[m].tokens.start)
            })
        };
        let asked = match self.doc.token_text_or_empty(verb + 1) {
            "him" => someone_before(Gender::Male),
            "her" => someone_before(Gender::Female),
            _ => self
                .mentions_in(verb + 1..(verb + 10).min(end))
                .find(|&m| self.mentions[m].label == EntityLabel::Person),
        }?;
        (self.mentions[asked].canonical != self.mentions[asker].canonical).then_some((asker, asked))
    }

    /// "Under cross-examination, the vet was pressed on what he had seen.
    /// “Did you …?” asked Lwazi Mgqibelo": the one a passive verb of
    /// questioning has as its subject is asked; the next person the
    /// paragraph names asks.
    fn passive_exchange(&self, sentences: Range<usize>) -> Option<(usize, usize)> {
        let (sentence, verb) = sentences.clone().take(3).find_map(|s| {
            let tokens = self.doc.sentences[s].tokens.clone();
            let verb = (tokens.start + 1..tokens.end).take(WINDOW).find(|&k| {
                matches!(self.doc.lower(k - 1), "was" | "were")
                    && matches!(
                        self.doc.lower(k),
                        "asked" | "questioned" | "pressed" | "quizzed" | "cross-examined"
                    )
            })?;
            Some((s, verb))
        })?;
        let paragraph = self.doc.sentences[sentence].paragraph;
        let asked = self.subject_person(sentence).or_else(|| {
            let subject = self.subject(sentence)?;
            self.resolve(subject, paragraph)?.mention
        })?;
        let end = self.doc.sentences[sentences.end - 1].tokens.end;
        let asker = self.mentions_in(verb..end).take(WINDOW).find(|&m| {
            self.mentions[m].label == EntityLabel::Person
                && self.mentions[m].canonical != self.mentions[asked].canonical
        })?;
        Some((asker, asked))
    }

    /// "Q:" or "A:" opening the sentence before the quotation: an
    /// interview's question or answer, with the label's position.
    pub(super) fn interview_label(
        &self,
        start: usize,
        quote_first: usize,
    ) -> Option<(usize, Interview)> {
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
    pub(super) fn interviewee(&self, paragraph: usize) -> Option<SpeakerRef> {
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
    pub(super) fn named_colon_lead(&self, place: &Place, quote_first: usize) -> Option<usize> {
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
    pub(super) fn lead_names(&self, lead: Range<usize>) -> (Option<usize>, Option<usize>) {
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
    pub(super) fn headline_verb_between(&self, first: Option<usize>, last: Option<usize>) -> bool {
        first.zip(last).is_some_and(|(f, l)| {
            f != l
                && (self.mentions[f].tokens.end..self.mentions[l].tokens.start)
                    .any(|i| self.text(i).ends_with('s') && !self.is_punct(i))
        })
    }

    /// "QUINLAN: “…”": a transcript's speaker label, in capitals, names the
    /// person the article gave in full.
    pub(super) fn transcript_label(&self, place: &Place, quote_first: usize) -> Option<usize> {
        let first = (place.sentence_start..quote_first).find(|&i| !self.is_punct(i))?;
        // "MR FELD:", "LADY JUSTICE BEVAN-HOWELLS:": titles may come
        // first; the surname ends the label.
        let colon = (first + 1..quote_first.min(first + 5)).find(|&i| self.text(i) == ":")?;
        // "ADEBAYO-CLARKE:": a hyphen may join two names.
        let shouted = |i: usize| {
            self.doc.tokens[i].kind != TokenKind::Punct
                && self
                    .text(i)
                    .chars()
                    .all(|c| c.is_uppercase() || c == '-' || c == '.')
                && self.text(i).chars().filter(|c| c.is_uppercase()).count() >= 2
        };
        if !(first..colon).all(shouted) {
            return None;
        }
        let label = colon - 1;
        let word = self.text(label).to_uppercase();
        if let Some(&known) = self.labelled.borrow().get(&word) {
            return known;
        }
        let found = (0..self.mentions.len()).find(|&m| {
            let mention = &self.mentions[m];
            mention.label == EntityLabel::Person
                // Any name after the first: "Imogen Salter KC" is SALTER.
                && mention
                    .canonical
                    .split(' ')
                    .skip(1)
                    .any(|surname| surname.to_uppercase() == word)
        });
        self.labelled.borrow_mut().insert(word, found);
        found
    }

    /// The person a transcript label opening `paragraph` names, for the
    /// "I" of its later sentences ("REYES: They would say that. I told
    /// them, “…”").
    pub(super) fn label_of_paragraph(&self, paragraph: usize) -> Option<usize> {
        let sentences = &self.doc.paragraphs[paragraph].sentences;
        let place = Place {
            sentence: sentences.start,
            sentence_start: self.doc.paragraphs[paragraph].tokens.start,
            paragraph,
        };
        self.transcript_label(&place, self.doc.paragraphs[paragraph].tokens.end)
    }

    /// For a quotation opening its sentence with no cue: a person who is
    /// the subject of the sentence just before, in the same paragraph.
    /// A pronoun ("Asked about the pressure, she shrugged. “…”") stands
    /// for its antecedent, and someone unnamed ("One beachgoer, who gave
    /// her name only as Fernanda, said she had been reading. “…”") is
    /// given as written.
    pub(super) fn previous_subject(&self, place: &Place) -> Option<SpeakerRef> {
        let previous = self.sentence_before(place.sentence, place.paragraph)?;
        // "People with ulcers should check first, he says. “…”" (or
        // "Asante-Boateng says"): words reported with a cue after a comma
        // at the sentence's end are the speaker's, whoever the sentence
        // is about.
        if let Some(pronoun) = self.closing_pronoun(previous) {
            return self.resolve(pronoun..pronoun + 1, place.paragraph);
        }
        if let Some(m) = self.closing_speaker(previous) {
            return Some(self.speaker_from(m, self.mentions[m].span, place.paragraph));
        }
        if let Some(m) = self.subject_person(previous) {
            return Some(self.speaker_from(m, self.used_for(m, previous), place.paragraph));
        }
        let subject = self.subject(previous)?;
        // "the Nigerian grinned": a role standing for someone named.
        if subject.len() > 1
            && self.doc.lower(subject.start) == "the"
            && let Some(found) = self
                .resolve(subject.clone(), place.paragraph)
                .filter(|found| found.mention.is_some())
        {
            return Some(found);
        }
        if subject.len() > 1 {
            return self.unnamed_subject_before(subject.end, place.paragraph);
        }
        let gender = pronoun_gender(self.doc.lower(subject.start))?;
        let span = self.doc.token_span(subject.clone());
        self.unnamed_subject_before(subject.start, place.paragraph)
            .map(|unnamed| SpeakerRef { span, ..unnamed })
            .or_else(|| {
                let m = self.antecedent(subject.start, gender)?;
                Some(self.speaker_from(m, span, place.paragraph))
            })
    }

    /// For a quotation opening its sentence with no cue, right after a
    /// short sentence in which someone shrugs, laughs or nods: that one,
    /// rather than the speaker before ("Halvorsen-Pike shrugs. “…”").
    pub(super) fn gesturing_subject(&self, place: &Place) -> Option<SpeakerRef> {
        let previous = self.sentence_before(place.sentence, place.paragraph)?;
        let tokens = self.doc.sentences[previous].tokens.clone();
        // Checked first, so that a long sentence is never scanned. A
        // longer one may end on the gesture, after a clause that sets it
        // up ("Asked whether he could recover in time, the Nigerian
        // grinned.").
        let ends_on_gesture = tokens.len() >= 3
            && GESTURE_VERBS.contains(&self.text(tokens.end - 2))
            && self.text(tokens.end - 1) == ".";
        if tokens.len() > 10 && !(tokens.len() <= 30 && ends_on_gesture)
            || tokens.clone().any(|i| self.inside_quote(i))
        {
            return None;
        }
        // Right after a name, a pronoun or a role ("the Nigerian") (the
        // subject may run on over a verb in "s" that reads as a plural
        // noun).
        let gesture = tokens.clone().skip(1).any(|i| {
            let role = i >= tokens.start + 2
                && self.doc.lower(i - 2) == "the"
                && is_personal_role(self.doc.lower(i - 1));
            GESTURE_VERBS.contains(&self.text(i))
                && (self.person_ending_at(i).is_some()
                    || matches!(self.doc.lower(i - 1), "he" | "she")
                    || role)
        });
        if !gesture {
            return None;
        }
        self.previous_subject(place)
    }

    /// The sentence before `sentence`, if it is in `paragraph`. Sentences
    /// wholly inside a quotation are someone's words, not the narrative
    /// the sentence follows: in "Te Awa was frank. ‘They wanted it more.
    /// Simple as that,’ the lock said", the sentence before the cue's is
    /// the first one.
    pub(super) fn sentence_before(&self, sentence: usize, paragraph: usize) -> Option<usize> {
        let quoted = |s: usize| {
            self.doc.sentences[s]
                .tokens
                .clone()
                .filter(|&i| !self.is_punct(i))
                .all(|i| self.inside_quote(i))
        };
        let mut previous = sentence.checked_sub(1)?;
        for _ in 0..4 {
            if self.doc.sentences[previous].paragraph != paragraph {
                return None;
            }
            if !quoted(previous) {
                return Some(previous);
            }
            previous = previous.checked_sub(1)?;
        }
        (self.doc.sentences[previous].paragraph == paragraph).then_some(previous)
    }

    /// The person the sentence before `sentence` is about, if that
    /// sentence is in `paragraph`.
    pub(super) fn person_of_sentence_before(
        &self,
        sentence: usize,
        paragraph: usize,
    ) -> Option<usize> {
        self.subject_person(self.sentence_before(sentence, paragraph)?)
    }

    /// For a quotation opening a paragraph with no cue: whichever came
    /// last of the previous paragraph's speaker and the person its last
    /// sentence is about ("Quinlan, clearly tired, answered by waving the
    /// report. / “…”").
    pub(super) fn latest_of_previous_paragraph(&self, place: &Place) -> Option<SpeakerRef> {
        let current = self
            .continuation(place.paragraph)
            .map(|c| (c.span.start, c));
        let subject = place
            .paragraph
            .checked_sub(1)
            .filter(|_| place.sentence_start == self.doc.paragraphs[place.paragraph].tokens.start)
            .and_then(|previous| {
                let last = self.doc.paragraphs[previous].sentences.end.checked_sub(1)?;
                // "Asked about his innings, he smiled. / “…”": a pronoun
                // subject stands for its antecedent.
                let pronoun = || {
                    self.person_of_pronoun_subject(last)
                        .map(|(m, subject)| (m, self.doc.token_span(subject)))
                };
                let (m, used) = match self.subject_person(last) {
                    Some(m) => (m, self.used_for(m, last)),
                    None => match self
                        .last_acting_person(last)
                        .map(|m| (m, self.mentions[m].span))
                        .or_else(pronoun)
                    {
                        Some(found) => found,
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
    pub(super) fn statement_issuer(&self, sentence: usize, paragraph: usize) -> Option<SpeakerRef> {
        if !self.issues_a_statement(sentence) {
            return None;
        }
        self.subject(sentence)
            .and_then(|subject| self.resolve(subject, paragraph))
    }

    /// "Why folk songs? / “My grandmother sang them.”": in an interview
    /// printed without labels, a paragraph that opens with a quotation
    /// answers the question that is the whole paragraph before it, in the
    /// interviewer's words, unquoted, or one the writer asked, quoted.
    pub(super) fn answers_question(&self, place: &Place, quote_first: usize) -> bool {
        let Some(previous) = place.paragraph.checked_sub(1) else {
            return false;
        };
        let question = &self.doc.paragraphs[previous];
        let opens_paragraph = (self.doc.paragraphs[place.paragraph].tokens.start..quote_first)
            .all(|i| self.is_punct(i));
        // "“Does that bother you?” I asked. / “God, no.”": the writer's
        // quoted question, answered by whom the writer interviews.
        // "“What was going through your head?” asked a second reporter.":
        // or a reporter's, unnamed.
        let asker = |name: &str| {
            matches!(name, "I" | "We")
                || name.split(' ').next_back().is_some_and(|head| {
                    matches!(
                        head,
                        "reporter" | "journalist" | "interviewer" | "questioner"
                    )
                })
        };
        let writer_asked = || {
            self.current.as_ref().is_some_and(|c| {
                c.paragraph == previous && c.mention.is_none() && asker(c.name.as_str())
            }) && question
                .tokens
                .clone()
                .any(|i| self.text(i) == "?" && self.inside_quote(i))
        };
        // "Your report calls some cells ‘unfit’. Is that an
        // exaggeration?": the question may quote words of its own.
        opens_paragraph
            && !question.tokens.is_empty()
            && (self.text(question.tokens.end - 1) == "?"
                && !self.inside_quote(question.tokens.end - 1)
                || writer_asked())
    }

    /// "… Station commander Bongani Zulu spoke to us a little earlier.” /
    /// “We’ve got a lot of heat damage …”": a bare line after a paragraph
    /// that ends by saying who spoke to the reporter, as news scripts
    /// bring in a clip, is theirs. Only for a quotation at `first` that
    /// opens its paragraph.
    pub(super) fn introduced_clip(&self, place: &Place, first: usize) -> Option<SpeakerRef> {
        // (Its opening marks only: a paragraph of 100,000 marks stays
        // linear.)
        let opens = self.doc.paragraphs[place.paragraph].tokens.start;
        if first > opens + 2 || !(opens..first).all(|k| self.is_punct(k)) {
            return None;
        }
        let previous = place.paragraph.checked_sub(1)?;
        let sentences = self.doc.paragraphs[previous].sentences.clone();
        let last = sentences
            .end
            .checked_sub(1)
            .filter(|&s| s >= sentences.start)?;
        let tokens = self.doc.sentences[last].tokens.clone();
        // Its last words only: a sentence of a million words stays cheap.
        let tail = tokens.end.saturating_sub(WINDOW).max(tokens.start)..tokens.end;
        let m = self.mentions_in(tail).find(|&m| {
            let end = self.mentions[m].tokens.end;
            self.mentions[m].label == EntityLabel::Person
                && end + 1 < tokens.end
                && matches!(self.doc.lower(end), "spoke" | "talked")
                && matches!(self.doc.lower(end + 1), "to" | "with")
        })?;
        Some(self.speaker_from(m, self.mentions[m].span, place.paragraph))
    }

    /// A quotation that opens its sentence with no cue continues the
    /// speaker of this or the previous paragraph.
    pub(super) fn continuation(&self, paragraph: usize) -> Option<SpeakerRef> {
        self.current
            .clone()
            .filter(|c| c.paragraph + 1 >= paragraph)
    }
}
