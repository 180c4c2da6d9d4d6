//! Sentence subjects: who a sentence is about, for quotations without a
//! cue of their own and for clauses that say or name something.

use std::ops::Range;

use super::antecedent::opens_a_clause;
use super::{Attributor, Place, SpeakerRef, WINDOW, bare_word, is_subject_pronoun};
use crate::entity::EntityLabel;
use crate::quote::cues::{
    ADDRESSING_VERBS, BODY_NOUNS, COMPANY_NOUNS, CueKind, NAMING_PARTICIPLES, ONE_WORD_OPENERS,
    PHRASE_BREAKS, ROLE_NOUNS, SENTENCE_OPENERS, SPEAKING_THINGS, SPEECH_VERBS, is_person_noun,
    is_personal_role,
};
use crate::text::TokenKind;
use crate::words::{TIME_ADVERBS, is_likely_verb};

impl<'a> Attributor<'a> {
    /// Who the nearest subject before `pronoun`, in its sentence or the
    /// three before, names, among the subjects that `fits` accepts (and
    /// may extend), given with the mentions in them.
    pub(super) fn recent_subject(
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
    pub(super) fn ends_with_organization(
        &self,
        subject: &Range<usize>,
        in_subject: &[usize],
    ) -> bool {
        in_subject.last().is_some_and(|&m| {
            self.mentions[m].label == EntityLabel::Org && self.mentions[m].tokens.end == subject.end
        })
    }

    /// "Reyes and Quinlan": where a person's name ends, that "and" joins to
    /// the person ending at `end`, before `limit`.
    pub(super) fn person_joined_by_and(&self, end: usize, limit: usize) -> Option<usize> {
        self.person_ending_at(end)?;
        if self.doc.token_text_or_empty(end) != "and" {
            return None;
        }
        let m = self.mentions_in(end + 1..limit).next()?;
        let mention = &self.mentions[m];
        (mention.tokens.start == end + 1 && mention.label == EntityLabel::Person)
            .then_some(mention.tokens.end)
    }

    /// "Quinlan and Reyes called the plan “…”": when a subject that
    /// stopped at "and" goes on to a second person, before a lowercase
    /// word, the two speak together, as written, with no one entity.
    pub(super) fn joint_subject(
        &self,
        mut subject: Range<usize>,
        limit: usize,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
        let end = self.person_joined_by_and(subject.end, limit)?;
        if !self
            .doc
            .token_text_or_empty(end)
            .starts_with(char::is_lowercase)
        {
            return None;
        }
        subject.end = end;
        self.resolve(subject, paragraph).map(|s| SpeakerRef {
            label: Some(EntityLabel::Person),
            ..s
        })
    }

    /// "a campaign by residents who had called the pier “…”": a quotation
    /// in a relative clause whose verb names or says something is the
    /// words of whom the clause describes.
    pub(super) fn relative_clause_subject(
        &self,
        place: &Place,
        first: usize,
    ) -> Option<SpeakerRef> {
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

    /// "Among the youngest runners was Katarína Horváthová, 10, who …": a
    /// sentence opening on "Among" puts its subject after the verb.
    fn inverted_subject(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.is_empty() || self.doc.lower(range.start) != "among" {
            return None;
        }
        let verb = (range.start + 1..range.end.min(range.start + 10))
            .take_while(|&k| !self.is_punct(k))
            .find(|&k| matches!(self.doc.lower(k), "was" | "were" | "is" | "are"))?;
        self.mentions_in(verb + 1..range.end)
            .next()
            .filter(|&m| {
                self.mentions[m].tokens.start == verb + 1
                    && self.mentions[m].label == EntityLabel::Person
            })
            .map(|m| self.mentions[m].tokens.clone())
    }

    /// The subject phrase of a sentence: its first noun phrase outside
    /// quotations, after openers such as "In a statement," or "But".
    pub(super) fn subject(&self, sentence: usize) -> Option<Range<usize>> {
        if let Some(known) = self.subjects.borrow().get(&sentence) {
            return known.clone();
        }
        let subject = self.find_subject(sentence);
        self.subjects.borrow_mut().insert(sentence, subject.clone());
        subject
    }

    pub(super) fn find_subject(&self, sentence: usize) -> Option<Range<usize>> {
        let range = self.doc.sentences[sentence].tokens.clone();
        if let Some(inverted) = self.inverted_subject(range.clone()) {
            return Some(inverted);
        }
        let mut i = range.start;
        while i < range.end && (self.is_punct(i) || self.inside_quote(i)) {
            i += 1;
        }
        // Whether `i` follows an opener's comma, not a lead's: "The draft
        // text, circulated overnight, replaced …" has its subject first.
        let mut after_opener = false;
        for _ in 0..3 {
            if i >= range.end {
                return None;
            }
            let word = self.doc.lower(i);
            // "Repeating his speech at the convention last week, Biden …":
            // a participle clause runs to its comma.
            // Not a name: "Castaing was asked", "Ahmed said".
            // "At the gym, converted into a shelter overnight, Marla
            // Pfeiffer sat": in lowercase after an opener's comma.
            // "In the message, sent to all staff on Sunday, Watanabe …":
            // an irregular participle too.
            let irregular = matches!(
                word,
                "sent"
                    | "written"
                    | "made"
                    | "given"
                    | "seen"
                    | "shown"
                    | "held"
                    | "built"
                    | "taken"
                    | "known"
                    | "told"
                    | "left"
                    | "read"
                    | "drawn"
                    | "brought"
            );
            let participle = (word.ends_with("ing") || word.ends_with("ed") || irregular)
                && (self.text(i).starts_with(char::is_uppercase)
                    || after_opener && self.text(i - 1) == ",")
                && (!self.in_mention(i)
                    || word.contains('-')
                    || self.lexicon.is_common_lowercase(word));
            if !SENTENCE_OPENERS.contains(&word) && !participle {
                // "Hours later, Trump …", "WASHINGTON, Dec. 8 (UPI) — …",
                // "BRUSSELS (Reuters) - …": a short lead that names no one
                // is not the subject.
                let lead_end = (i..range.end.min(i + 9))
                    .take_while(|&k| !self.inside_quote(k))
                    .find(|&k| matches!(self.text(k), "," | "—" | "–" | "-"));
                // Adverbs of time belong to such a lead ("Hours later,"),
                // and an agency's credit to a dateline ("(Harbour Wire)").
                let verbless = |r: Range<usize>| {
                    let open = r.clone().find(|&k| self.text(k) == "(").unwrap_or(r.end);
                    // A name is no verb, though it may look like one
                    // ("Ahmed Maher el-Sayed").
                    // Nor is a month ("ASTANA, March 14 (Kestrel Wire) -").
                    (r.start..open).all(|k| {
                        let word = self.doc.lower(k);
                        !is_likely_verb(word)
                            || TIME_ADVERBS.contains(&word)
                            || self.in_mention(k)
                            || crate::date::MONTH_NAMES.contains(&self.text(k))
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
                        || is_personal_role(head);
                    // "The author of the review, who posts online,": a
                    // person's noun before "of", then who they are.
                    let person_of = || {
                        self.doc.token_text_or_empty(r.end + 1) == "who"
                            && (r.start + 2..r.end).any(|k| {
                                self.doc.lower(k) == "of" && is_person_noun(self.doc.lower(k - 1))
                            })
                    };
                    (matches!(self.doc.lower(r.start), "a" | "an" | "one" | "another")
                        || matches!(self.doc.lower(r.start), "the" | "that" | "this")
                            && (speaking_head || person_of()))
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
                        after_opener = false;
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
            let closing_mark = |k: usize| k < range.end && self.is_closing_mark(k);
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
            after_opener = i > range.start && self.text(i - 1) == ",";
        }
        if i >= range.end || self.is_punct(i) || self.inside_quote(i) {
            return None;
        }
        // "She pauses, looks into the camera and says": a pronoun is the
        // whole subject, unless "and" joins someone to it.
        if is_subject_pronoun(self.text(i))
            && !matches!(self.doc.token_text_or_empty(i + 1), "and" | "or")
        {
            return Some(i..i + 1);
        }
        let mut end = i;
        while end < range.end && end - i < 10 {
            // "Michael “Mikey” Brosnan": a name's quoted nickname is no
            // stop; the name runs on past it.
            if end > i
                && self.inside_quote(end)
                && let Some(m) = self.mention_covering(end)
                && self.mentions[m].label == EntityLabel::Person
            {
                end = self.mentions[m].tokens.end;
                continue;
            }
            let word = self.text(end);
            // "A spokesman for the trust": a role runs on over "for".
            let role_for =
                word == "for" && end > i && ROLE_NOUNS.contains(&self.doc.lower(end - 1));
            // "The dockers’ union": a plural's bare apostrophe goes on.
            let stops = self.is_punct(end)
                && !matches!(word, "." | "-" | "&" | "’s" | "'s")
                && !self.is_possessive(end)
                || self.inside_quote(end)
                || PHRASE_BREAKS.contains(&word) && !role_for && !self.in_mention(end)
                || self.cue_at(end).is_some()
                // "The first incident", "the station’s nightly news": after
                // an article or a possessive, no verb.
                || (end > i
                    && word.starts_with(char::is_lowercase)
                    && (is_likely_verb(word) || is_irregular_past_of_manner(word))
                    && !self.in_mention(end)
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
        // after the comma is the description's subject. So is one in
        // apposition: "The defeated candidate, Hamish Lockhart, said",
        // "Another analyst, John Maxwell of Wheat Securities, said".
        // A title or a short description may open the apposition: "The
        // judge, Recorder Hilary Vaughan, was unmoved", "The jury
        // president, the Brazilian filmmaker Rodrigo Sarmento, said".
        // So may an age: "A survivor, 19-year-old student Tran Thi Mai,".
        let describes = |k: usize| {
            let word = self.doc.lower(k);
            if super::age_of(word).is_some() {
                return true;
            }
            self.doc.tokens[k].kind == TokenKind::Word
                && !PHRASE_BREAKS.contains(&word)
                && !matches!(word, "who" | "whom" | "whose" | "where")
                && !is_likely_verb(word)
                && !word.ends_with("ing")
                && !self.in_mention(k)
        };
        // "The cooperative, Cantina Sa Perda, said": an organization's
        // name right after a noun for one.
        let names_an_organization = |head: &str| {
            COMPANY_NOUNS.contains(&head)
                || BODY_NOUNS.contains(&head)
                || matches!(head, "cooperative" | "co-operative" | "operator" | "group")
        };
        // Only a description is explained by a name after it: not "Florida
        // delegate John Archer, wearing a Canova T-shirt, said".
        let unnamed = || {
            !self.mentions_in(i..end).any(|m| {
                let mention = &self.mentions[m];
                mention.label == EntityLabel::Person && !self.is_possessive(mention.tokens.end)
            })
        };
        if end > i
            && end + 1 < range.end
            && self.text(end) == ","
            && let Some(m) = self.mentions_in(end + 1..range.end).next()
            && (self.mentions[m].tokens.start == end + 1
                || self.mentions[m].tokens.start <= end + 5
                    && (end + 1..self.mentions[m].tokens.start).all(describes)
                    && unnamed())
            && (self.mentions[m].label == EntityLabel::Person
                || self.mentions[m].label == EntityLabel::Org
                    && self.mentions[m].tokens.start == end + 1
                    && names_an_organization(self.doc.lower(end - 1)))
            && self.mentions[m].tokens.end < range.end
            && (is_likely_verb(self.text(self.mentions[m].tokens.end))
                || matches!(
                    self.text(self.mentions[m].tokens.end),
                    "," | "of" | "from" | "at"
                ))
        {
            return Some(i..self.mentions[m].tokens.end);
        }
        (end > i).then_some(i..end)
    }

    /// The sentence's subject as the speaker of a quotation with no cue,
    /// when the subject comes before the quotation.
    pub(super) fn subject_before(
        &self,
        place: &Place,
        quote_first: usize,
        words: usize,
    ) -> Option<SpeakerRef> {
        let subject = self
            .subject(place.sentence)
            .filter(|s| s.end <= quote_first)?;
        if let Some(joint) = self.joint_subject(subject.clone(), quote_first, place.paragraph) {
            return Some(joint);
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
        // "Its editorial called the campaign “…”": the newspaper's.
        if subject.len() == 2
            && first == "its"
            && matches!(self.doc.lower(subject.start + 1), "editorial" | "column")
        {
            let span = self.doc.token_span(subject.clone());
            return self
                .singular_antecedent(subject.start, place.paragraph)
                .map(|paper| SpeakerRef { span, ..paper });
        }
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
    pub(super) fn opens_later_clause(&self, place: &Place, start: usize) -> bool {
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
    pub(super) fn clause_subject_before(
        &self,
        place: &Place,
        quote_first: usize,
    ) -> Option<SpeakerRef> {
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

    /// "… on Tuesday as opposition members accused the government of
    /// announcing the homes “three times …”", "… erupts as his supporters
    /// start chanting “…”": people described, not named, opening a clause
    /// after "as", "while" or "when", right before its verb, with no
    /// clause break between it and `before` (the quotation or its
    /// participle).
    pub(super) fn subordinate_subject_before(
        &self,
        place: &Place,
        before: usize,
    ) -> Option<SpeakerRef> {
        let start = place.sentence_start.max(before.saturating_sub(WINDOW));
        let breaks = |k: usize| {
            !self.inside_quote(k)
                && (self.is_punct(k) && self.text(k) != "-"
                    || matches!(self.text(k), "that" | "which" | "who"))
        };
        let conjunction = (start..before)
            .rev()
            .take_while(|&k| !breaks(k))
            .find(|&k| matches!(self.text(k), "as" | "while" | "when"))?;
        let subject = conjunction + 1;
        // Up to four words, in lowercase, then the verb.
        let verb = (subject + 1..(subject + 5).min(before)).find(|&k| {
            let word = self.doc.lower(k);
            is_likely_verb(word)
                || word.ends_with("ed")
                || matches!(word, "start" | "begin" | "began" | "continue")
        })?;
        let head = self.doc.lower(verb - 1);
        let people = head.len() > 3
            && head
                .strip_suffix('s')
                .is_some_and(|one| is_person_noun(one) && !is_person_noun(head));
        let plain = (subject..verb).all(|k| {
            self.doc.tokens[k].kind == TokenKind::Word
                && self.text(k).starts_with(char::is_lowercase)
                && !self.in_mention(k)
        });
        if !(people && plain) {
            return None;
        }
        self.resolve(subject..verb, place.paragraph)
    }

    /// The last person in a sentence who did something ("…, since Reyes
    /// spoke only in slogans"): a person mention followed by a past or
    /// speech verb.
    pub(super) fn last_acting_person(&self, sentence: usize) -> Option<usize> {
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

    /// "That, says tenor Kiprono Chebet, is the point": the person who
    /// says so, set off by commas near the start of `sentence`.
    fn speaker_set_inside(&self, sentence: usize) -> Option<usize> {
        let range = self.doc.sentences[sentence].tokens.clone();
        let at = |k: usize| self.doc.token_text_or_empty(k);
        let comma = (range.start + 1..(range.start + 5).min(range.end))
            .find(|&k| at(k) == "," && matches!(at(k + 1), "says" | "said"))?;
        let m = self
            .mentions_in(comma + 2..(comma + 8).min(range.end))
            .find(|&m| self.may_be_person(m))?;
        (at(self.mentions[m].tokens.end) == ",").then_some(m)
    }

    /// The person a sentence whose subject names no one is about, named
    /// beside that subject:
    /// - "That, says tenor Kiprono Chebet, is the point": the one who says
    ///   so, set off by commas;
    /// - "When I spoke to Rautiainen before the premiere, she was frank",
    ///   "When Reyes arrived, he …": for a "he" or "she" after a clause
    ///   opening the sentence, the one person the clause names, its
    ///   subject or the reporter's company;
    /// - "This year's conductor is Aliaksandr Zhuk, a Belarusian": the
    ///   person a copula names a role.
    fn person_beside_subject(
        &self,
        sentence: usize,
        subject: Range<usize>,
        head: &str,
    ) -> Option<usize> {
        if let Some(m) = self.speaker_set_inside(sentence) {
            return Some(m);
        }
        let tokens = self.doc.sentences[sentence].tokens.clone();
        let opener = tokens.start;
        if subject.len() == 1
            && matches!(self.doc.lower(subject.start), "he" | "she")
            && subject.start > opener + 2
            && self.text(subject.start - 1) == ","
            && opens_a_clause(self.doc.lower(opener))
        {
            let mut named = self
                .mentions_in(opener + 1..subject.start)
                .filter(|&m| self.may_be_person(m));
            if let (Some(m), None) = (named.next(), named.next())
                && (self.mentions[m].tokens.start == opener + 1
                    || matches!(self.doc.lower(opener + 1), "i" | "we"))
            {
                return Some(m);
            }
        }
        let m = self.mentions_in(subject.end + 1..tokens.end).next()?;
        (is_person_noun(head)
            && matches!(self.doc.token_text_or_empty(subject.end), "is" | "was")
            && self.mentions[m].tokens.start == subject.end + 1
            && self.mentions[m].label == EntityLabel::Person
            && matches!(
                self.doc.token_text_or_empty(self.mentions[m].tokens.end),
                "," | "." | ";"
            ))
        .then_some(m)
    }

    /// The named person that is the subject of `sentence`, if any: named
    /// there, or described by a role they were introduced with ("The
    /// Oregon governor thanked …" after "Oregon Gov. Ken Dunn").
    pub(super) fn subject_person(&self, sentence: usize) -> Option<usize> {
        let Some(subject) = self.subject(sentence) else {
            return self.speaker_set_inside(sentence);
        };
        let mut people = self
            .mentions_in(subject.clone())
            .filter(|&m| self.may_be_person(m));
        let Some(first) = people.next() else {
            let head = bare_word(self.text(subject.end - 1));
            // "The headteacher told the Gazette" after "Mark Ellison,
            // headteacher of St Aidan’s": any noun naming a person.
            let described = subject.len() <= 4
                && self.doc.lower(subject.start) == "the"
                && self.text(subject.end - 1).starts_with(char::is_lowercase)
                && is_person_noun(&head);
            // Every word must fit: "the Vermont senator" is not any senator.
            let fits = |m: &usize| {
                let intro = self.introduction(*m);
                (subject.start + 1..subject.end - 1)
                    .all(|i| intro.iter().any(|w| w == self.doc.lower(i)))
            };
            if let Some(m) = self.person_beside_subject(sentence, subject.clone(), &head) {
                return Some(m);
            }
            // "The duchess ended her speech …" after "The Duchess of
            // Wexmoor".
            if subject.len() == 2
                && self.doc.lower(subject.start) == "the"
                && let Some(m) = self.peer_titled(subject.start, &head)
            {
                return Some(m);
            }
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

    /// "A reporter asked Drăgulescu whether …", "Castaing was asked
    /// whether …": the person a question was put to, who answers it.
    pub(super) fn questioned_person(&self, sentence: usize) -> Option<usize> {
        let subject = self.subject(sentence)?;
        let end = self.doc.sentences[sentence].tokens.end;
        let at = |k: usize| self.doc.token_text_or_empty(k);
        let question_opens = |k: usize| {
            matches!(
                at(k),
                "whether" | "if" | "about" | "what" | "how" | "why" | "when" | "to"
            )
        };
        let mut verb = subject.end;
        // "Counsel to the inquiry, Kirsty Lamond-Oakes, asked …": past a
        // name in apposition.
        if at(verb) == "," && at(verb + 1) == "asked" {
            verb += 1;
        } else if at(verb) == ","
            && let Some(comma) = (verb + 1..(verb + 8).min(end)).find(|&k| at(k) == ",")
            && self.mentions_in(verb + 1..comma).next().is_some()
        {
            verb = comma + 1;
        }
        if matches!(at(verb), "was" | "were" | "had" | "has") {
            verb += 1;
        }
        if verb >= end || at(verb) != "asked" {
            return None;
        }
        if verb > subject.end && question_opens(verb + 1) {
            // Passive: the subject was asked.
            return self
                .mentions_in(subject)
                .filter(|&m| self.may_be_person(m))
                .last();
        }
        let m = self
            .mentions_in(verb + 1..end)
            .next()
            .filter(|&m| self.mentions[m].tokens.start == verb + 1 && self.may_be_person(m))?;
        question_opens(self.mentions[m].tokens.end).then_some(m)
    }

    /// "…, he says.": the pronoun a sentence gives as its speaker at its
    /// end, after a comma.
    pub(super) fn closing_pronoun(&self, sentence: usize) -> Option<usize> {
        let range = self.doc.sentences[sentence].tokens.clone();
        let end = range
            .end
            .checked_sub(1)
            .filter(|&end| self.text(end) == ".")?;
        let pronoun = end.checked_sub(2).filter(|&k| k > range.start)?;
        let closing = self.text(pronoun - 1) == ","
            && matches!(self.doc.lower(pronoun), "he" | "she")
            && self
                .cue_at(end - 1)
                .is_some_and(|(_, kind)| kind == CueKind::Verb)
            && !self.inside_quote(pronoun);
        closing.then_some(pronoun)
    }

    /// "…, Mark Hale said." or "…, said Mark Hale.": the person a
    /// sentence names as its speaker at its end, after a comma.
    pub(super) fn closing_speaker(&self, sentence: usize) -> Option<usize> {
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
}

/// Irregular past tenses of what people do while they speak, which the
/// shared verb list leaves out: "The farmer shook his head." (The
/// entity rules read that list too, and so the tagger's features; this
/// one is the attributor's alone.)
fn is_irregular_past_of_manner(word: &str) -> bool {
    matches!(
        word,
        "shook" | "wept" | "sang" | "hung" | "lay" | "slept" | "swung" | "woke" | "bit" | "bent"
    )
}
