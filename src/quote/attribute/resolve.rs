//! Resolution: from a speaker phrase to a name, through the people and
//! organizations it mentions, possessives (“Reyes’s spokesman”) and
//! pronouns.

use std::ops::Range;

use super::{Attributor, Place, SpeakerRef, WINDOW, age_of, bare_word, is_subject_pronoun};
use crate::Span;
use crate::date::WEEKDAY_NAMES;
use crate::entity::EntityLabel;
use crate::lexicon::Gender;
use crate::quote::cues::{
    AUXILIARIES, COMPANY_NOUNS, EXPRESSIVE_NOUNS, NAMES_NO_ONE, REMARK_NOUNS, ROLE_NOUNS,
};
use crate::words::{is_likely_verb, is_ly_adverb};

impl<'a> Attributor<'a> {
    /// The speaker a cue's phrase names; an empty phrase means the subject
    /// of the clause.
    pub(super) fn speaker_of(
        &self,
        phrase: Range<usize>,
        cue: usize,
        place: &Place,
    ) -> Option<SpeakerRef> {
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
            // "The names are being withheld, the Army said in a statement,
            // adding that …": after an attribution set off by a comma, the
            // participle goes on with its speaker.
            if let Some(phrase) = self.attribution_before_participle(cue, place) {
                return self.resolve(phrase, place.paragraph);
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
                // "Trump and Ryan issued a statement calling it “…”".
                Some(subject) => self
                    .joint_subject(subject.clone(), cue, place.paragraph)
                    .or_else(|| self.resolve(subject, place.paragraph)),
                // "When he returned he began by saying": the one who began.
                None => match self.by_participle_subject(cue, place) {
                    Some(phrase) => self.resolve(phrase, place.paragraph),
                    None => self.current.as_ref().filter(same_sentence).cloned(),
                },
            };
        }
        self.resolve(phrase, place.paragraph)
    }

    /// The speaker phrase of ", the Army said in a statement, adding",
    /// for the participle at `cue`: a reporting verb at most six tokens
    /// before it, its clause closed by the comma before the participle,
    /// and its subject opened by a comma.
    fn attribution_before_participle(&self, cue: usize, place: &Place) -> Option<Range<usize>> {
        if cue < place.sentence_start + 4 || self.text(cue - 1) != "," {
            return None;
        }
        let verb = (cue.saturating_sub(8).max(place.sentence_start)..cue - 1)
            .rev()
            .find(|&k| matches!(self.doc.lower(k), "said" | "says" | "told" | "stated"))?;
        if (verb + 1..cue - 1).any(|k| self.is_punct(k) || self.inside_quote(k)) {
            return None;
        }
        let phrase = self.phrase_before(place.sentence_start, verb);
        (!phrase.is_empty()
            && phrase.start > place.sentence_start
            && self.text(phrase.start - 1) == ","
            && self.speakerish(phrase.clone()))
        .then_some(phrase)
    }

    /// [`Self::named_later`] for a description's head: the noun before its
    /// first "of", "for" or "at" ("the chair of a Commons committee"), or
    /// its last word.
    fn named_later_by_head(&self, phrase: Range<usize>) -> Option<usize> {
        let head_end = (phrase.start + 2..phrase.end)
            .find(|&k| matches!(self.doc.lower(k), "of" | "for" | "at"))
            .unwrap_or(phrase.end);
        self.named_later(phrase.start..head_end, self.doc.lower(head_end - 1))
    }

    /// Who a speaker phrase names.
    pub(super) fn resolve(&self, mut phrase: Range<usize>, paragraph: usize) -> Option<SpeakerRef> {
        let doc = self.doc;
        // "10.41am A reader writes": a live blog's timestamp is no part
        // of who speaks.
        phrase.start += doc.clock_prefix(phrase.clone(), |word| {
            word.starts_with(|c: char| c.is_ascii_digit()) && word.contains([':', '.'])
        });
        // "On Sunday the office had described": a time opening the phrase
        // is no part of who speaks.
        loop {
            let day = |k: usize| WEEKDAY_NAMES.contains(&doc.token_text(k));
            let word = doc.lower(phrase.start);
            if phrase.len() > 2 && matches!(word, "on" | "last" | "this") && day(phrase.start + 1) {
                phrase.start += 2;
            } else if phrase.len() > 1
                && (day(phrase.start) || matches!(word, "yesterday" | "today" | "tonight"))
            {
                phrase.start += 1;
            } else {
                break;
            }
        }
        // "she cut in:", "Finally he shot back:": a pronoun and its verb
        // are the pronoun.
        let mut pronoun = phrase.start;
        while pronoun + 1 < phrase.end
            && (is_ly_adverb(doc.lower(pronoun))
                || matches!(
                    doc.lower(pronoun),
                    "then"
                        | "later"
                        | "again"
                        | "instead"
                        | "afterwards"
                        | "afterward"
                        | "meanwhile"
                ))
        {
            pronoun += 1;
        }
        // "Afterwards she explained": or the adverbs, then the pronoun.
        let verb_after = pronoun + 1 < phrase.end
            && self.text(pronoun + 1).starts_with(char::is_lowercase)
            && !matches!(self.text(pronoun + 1), "and" | "or");
        let adverbs_before = pronoun > phrase.start && pronoun + 1 == phrase.end;
        if is_subject_pronoun(self.text(pronoun)) && (verb_after || adverbs_before) {
            phrase = pronoun..pronoun + 1;
        }
        // "Afterwards the driver had a simple verdict:": nor are they part
        // of a noun phrase.
        if pronoun > phrase.start
            && matches!(
                doc.lower(pronoun),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        {
            phrase.start = pronoun;
        }
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
        if in_phrase.is_empty()
            && let Some(m) = self.relative_introduced(phrase.clone())
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        // "the city administration" after "the Tashkent city
        // administration".
        if in_phrase.is_empty()
            && let Some(name) = self.body_of_place(phrase.clone())
        {
            return Some(SpeakerRef {
                name,
                label: Some(EntityLabel::Org),
                ..as_written()
            });
        }
        // "A spokeswoman for the agency, Rita Obuya", "The game’s
        // developer, US-based Vanta Studios": a name in apposition ending
        // the phrase is who or what the description is.
        let apposed_name = in_phrase.iter().rev().find(|&&m| {
            let tokens = &self.mentions[m].tokens;
            // "The rider’s employer, the food delivery firm Dashly": so is
            // an organization after a description of what it is.
            let org = self.mentions[m].label == EntityLabel::Org;
            let reach = if org { 6 } else { 2 };
            let comma = (tokens.start.saturating_sub(reach).max(phrase.start + 1)..tokens.start)
                .find(|&k| self.text(k) == ",");
            matches!(
                self.mentions[m].label,
                EntityLabel::Person | EntityLabel::Org
            ) && tokens.end == phrase.end
                && comma.is_some_and(|c| {
                    self.only_place_modifiers(c + 1..tokens.start)
                        || org && self.describes_a_company(c + 1..tokens.start)
                })
        });
        if let Some(&m) = apposed_name {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        // "The message from the union was clear:": whose the words are.
        if let Some(source) = self.source_of_remark(phrase.clone()) {
            return self.resolve(source, paragraph);
        }
        // "His family issued a statement. “…,” the statement said."
        if let Some(author) = self.author_of_statement(phrase.clone(), span, paragraph) {
            return Some(author);
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
            if let Some(m) = self.named_later_by_head(phrase.clone()) {
                return Some(self.speaker_from(m, span, paragraph));
            }
            return Some(as_written());
        }
        if let Some(m) = self.party_member(phrase.clone()) {
            return Some(self.speaker_from(m, span, paragraph));
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
        // Capitalized, only a national: "the Dutchman", which the tagger
        // may call MISC ("the Scot").
        let national = |m: usize| {
            self.mentions[m].label == EntityLabel::Misc
                && self.mentions[m].tokens == (phrase.end - 1..phrase.end)
                && self.is_personal_role_at(phrase.end - 1)
        };
        if self.doc.lower(phrase.start) == "the"
            && phrase.len() > 1
            && (self.text(phrase.end - 1).starts_with(char::is_lowercase)
                || self.is_personal_role_at(phrase.end - 1))
            && !ROLE_NOUNS.contains(&last_word)
            && !in_phrase.iter().any(|&m| self.can_speak(m) && !national(m))
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
        // "A person familiar with the talks said …. “…,” the person said":
        // an unnamed source keeps the description that brought them in.
        let unnamed_source = || {
            (self.doc.lower(phrase.start) == "the" && phrase.len() == 2)
                .then(|| self.unnamed_source(phrase.start, last_word))
                .flatten()
        };
        if common_head && let Some(introduction) = unnamed_source() {
            return Some(SpeakerRef {
                name: introduction.to_string(),
                ..as_written()
            });
        }
        // "the 71-year-old retired seamstress from Leicester", "the
        // 34-year-old scaffolder": the age may open a longer description,
        // which stands for the person of that age or in focus.
        let age = age_of(last_word).or_else(|| {
            (doc.lower(phrase.start) == "the")
                .then(|| {
                    (phrase.start + 1..phrase.end.min(phrase.start + 3))
                        .find_map(|k| age_of(doc.lower(k)))
                })
                .flatten()
        });
        if let Some(age) = age
            && let Some(m) = self.person_of_age(phrase.clone(), age)
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        if determiner && common_head && phrase.len() > 1 {
            if in_phrase.is_empty()
                && let Some(m) = self.named_later_by_head(phrase.clone())
            {
                return Some(self.speaker_from(m, span, paragraph));
            }
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
        // Not one inside a name: "The International Committee of the Red
        // Cross".
        let head_end = phrase
            .clone()
            .find(|&i| {
                matches!(
                    self.text(i),
                    "for" | "of" | "at" | "with" | "from" | "in" | "on" | "involved" | "close"
                ) && self.mention_covering(i).is_none()
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
        // A quoted nickname does not make the phrase long: "Fianna Fáil
        // councillor Michael “Mikey” Brosnan".
        let words = phrase
            .clone()
            .filter(|&i| !self.inside_quote(i) && !self.is_punct(i))
            .count();
        let person = if words <= 6 {
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
        // "Singer tells court producer ‘took everything’", "… council
        // leader says": a headline's bare role is the person the story
        // then names with it.
        let in_headline =
            self.doc.sentences[self.doc.sentence_of_token(phrase.start)].paragraph == 0;
        if phrase.len() <= 3
            && in_headline
            && in_phrase.is_empty()
            && !matches!(doc.lower(phrase.start), "a" | "an" | "the" | "one")
            && let Some(m) = self.named_later(phrase.clone(), &head)
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        if phrase.len() == 1 {
            // "One developer, who asked not to be named, said …. “…,” they
            // said": a singular "they" too.
            if matches!(head.as_str(), "he" | "she" | "they")
                && let Some(unnamed) = self.unnamed_subject_before(phrase.start, paragraph)
            {
                return Some(SpeakerRef { span, ..unnamed });
            }
            match head.as_str() {
                "he" | "him" | "his" => {
                    return self
                        .antecedent(phrase.start, Gender::Male)
                        .or_else(|| self.guessed_sex_antecedent(phrase.start, Gender::Male))
                        .or_else(|| self.cataphoric_antecedent(phrase.start, Gender::Male))
                        .map(|m| self.speaker_from(m, span, paragraph));
                }
                "she" | "her" => {
                    return self
                        .antecedent(phrase.start, Gender::Female)
                        .or_else(|| self.guessed_sex_antecedent(phrase.start, Gender::Female))
                        .or_else(|| self.cataphoric_antecedent(phrase.start, Gender::Female))
                        .map(|m| self.speaker_from(m, span, paragraph));
                }
                "they" | "them" => {
                    if let Some(group) = self.plural_antecedent(phrase.start, paragraph) {
                        return Some(SpeakerRef { span, ..group });
                    }
                }
                // "it" with nothing to stand for names no one.
                "it" => {
                    return self
                        .singular_antecedent(phrase.start, paragraph)
                        .map(|body| SpeakerRef { span, ..body })
                        .or_else(|| {
                            self.issuer_of_statement(phrase.start, paragraph)
                                .map(|m| self.speaker_from(m, span, paragraph))
                        })
                        .or_else(|| {
                            self.document_read_before(phrase.start, paragraph)
                                .map(|document| SpeakerRef { span, ..document })
                        });
                }
                _ => {}
            }
        }
        if ROLE_NOUNS.contains(&head.as_str()) {
            if let Some(person) = self.role_holder(phrase.clone(), &head) {
                return Some(SpeakerRef {
                    span,
                    paragraph,
                    ..person
                });
            }
            // "a senior official …. “…,” the official said".
            if let Some(introduction) = unnamed_source() {
                return Some(SpeakerRef {
                    name: introduction.to_string(),
                    ..as_written()
                });
            }
            if let Some(m) = self.named_later(phrase.clone(), &head) {
                return Some(self.speaker_from(m, span, paragraph));
            }
        }
        if let Some(&m) = in_phrase.iter().find(|&&m| {
            self.mentions[m].label != EntityLabel::Person && self.can_speak(m) && !possessive(m)
        }) {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        // "“…?” Ms Paquin-Roy shot back", where the tagger saw no name: a
        // title and a surname are the person named in full before.
        if in_phrase.is_empty()
            && let Some(m) = self.titled_surname(phrase.clone())
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        // "the chair of a Commons committee", then "the committee chair,
        // Robert Kinnaird": named later with the noun before "of".
        if in_phrase.is_empty()
            && phrase.len() > 1
            && matches!(doc.lower(phrase.start), "the" | "a" | "an")
            && let Some(m) = self.named_later_by_head(phrase.clone())
        {
            return Some(self.speaker_from(m, span, paragraph));
        }
        Some(as_written())
    }

    /// The person a title and a surname the tagger did not see stand for:
    /// the latest one before, named in full with that surname.
    fn titled_surname(&self, phrase: Range<usize>) -> Option<usize> {
        let words: Vec<usize> = phrase.filter(|&k| self.text(k) != ".").collect();
        let [title, surname] = words[..] else {
            return None;
        };
        if !crate::entity::cues::is_courtesy_word(self.text(title))
            || !self.text(surname).starts_with(char::is_uppercase)
        {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.tokens.end <= title);
        (0..before).rev().take(WINDOW).find(|&m| {
            let mention = &self.mentions[m];
            mention.label == EntityLabel::Person
                && mention.canonical.contains(' ')
                && mention.canonical.rsplit(' ').next() == Some(self.text(surname))
        })
    }

    /// Whether `phrase` is only names of people or organizations joined by
    /// "and" (and commas): "Mark Blumenthal and Jon Cohen".
    pub(super) fn is_list_of_names(&self, phrase: Range<usize>, in_phrase: &[usize]) -> bool {
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
    pub(super) fn possessor_of_remark(
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
    pub(super) fn possessor_of_head(&self, phrase: Range<usize>) -> Option<usize> {
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
    pub(super) fn owner_of_remark(
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

    /// "His family announced his death in a statement … “…,” the
    /// statement read": a statement or letter issued in a sentence just
    /// before speaks for that sentence's subject, who issued it.
    fn author_of_statement(
        &self,
        phrase: Range<usize>,
        span: Span,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
        let noun = self.doc.lower(phrase.end - 1);
        if phrase.len() != 2
            || self.doc.lower(phrase.start) != "the"
            || !matches!(
                noun,
                "statement" | "letter" | "message" | "tribute" | "email" | "e-mail" | "memo"
            )
        {
            return None;
        }
        // In this paragraph or the one before: "In a letter sent home,
        // Mark Ellison said …. ¶ “…,” the letter reads."
        let sentence = self.doc.sentence_of_token(phrase.start);
        let first = self.doc.paragraphs[paragraph.saturating_sub(1)]
            .sentences
            .start
            .max(sentence.saturating_sub(2));
        // "in a statement", "In a victim impact statement read to …".
        let issued = |k: usize| {
            k < phrase.start
                && self.doc.lower(k) == noun
                && (k.saturating_sub(4).max(1)..k).any(|j| {
                    matches!(self.doc.lower(j), "a" | "an") && self.doc.lower(j - 1) == "in"
                })
        };
        // No further back than WINDOW tokens, however long the sentences.
        let from = phrase.start.saturating_sub(WINDOW);
        let issuing = (first..=sentence).rev().find(|&s| {
            let tokens = &self.doc.sentences[s].tokens;
            (tokens.start.max(from)..tokens.end.min(phrase.start)).any(issued)
        })?;
        let subject = self.subject(issuing)?;
        if subject.end > phrase.start {
            return None;
        }
        let author = self.resolve(subject, paragraph)?;
        Some(SpeakerRef { span, ..author })
    }

    /// "the message from the union", "the words of Ada Quinlan": a noun
    /// for something said, then whose it is, ending the phrase.
    pub(super) fn source_of_remark(&self, phrase: Range<usize>) -> Option<Range<usize>> {
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
    pub(super) fn named_as_words_after(
        &self,
        last: usize,
        paragraph: usize,
    ) -> Option<(Range<usize>, usize)> {
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
        // "“…” That is how Grace Ogunleye describes the night.": the
        // person after "how", before a verb of saying, is the speaker.
        if pointed && word(2) == "how" {
            let says = |k: usize| {
                self.cue_word_at(k).is_some()
                    || matches!(
                        self.doc.lower(k),
                        "describes"
                            | "described"
                            | "remembers"
                            | "remembered"
                            | "puts"
                            | "put"
                            | "sums"
                            | "summed"
                    )
            };
            let verb = (last + 4..(last + 10).min(end)).find(|&k| says(k))?;
            let phrase = last + 3..verb;
            return self.speakerish(phrase.clone()).then_some((phrase, verb));
        }
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
}
