//! Pronouns: the person or group a “he”, “she” or “they” stands for.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{Attributor, SpeakerRef, TIME_CLAUSE_OPENERS, WINDOW};
use crate::entity::{EntityLabel, Mention};
use crate::lexicon::Gender;
use crate::quote::cues::{
    BODY_NOUNS, COMPANY_NOUNS, ROLE_NOUNS, SPEAKING_THINGS, SPEECH_VERBS, is_person_noun,
    is_personal_role, is_surely_person_noun,
};
use crate::text::TokenKind;
use crate::words::is_likely_verb;

/// Whether `word` opens a clause before the main one: "*Although* he
/// called it …, Reyes said", "*When* he arrived, …".
pub(super) fn opens_a_clause(word: &str) -> bool {
    TIME_CLAUSE_OPENERS.contains(&word)
        || matches!(word, "although" | "because" | "if" | "since" | "though")
}

impl<'a> Attributor<'a> {
    /// What "they" at `pronoun` stands for: the nearest sentence subject
    /// before it that is several people or an organization ("The union
    /// rejected the offer. “…,” they said"; "Reyes and Quinlan …"),
    /// looking back three sentences at most.
    pub(super) fn plural_antecedent(&self, pronoun: usize, paragraph: usize) -> Option<SpeakerRef> {
        self.recent_subject(pronoun, paragraph, |mut subject, in_subject| {
            // "Reyes and Quinlan": the subject stopped at "and".
            if let Some(end) = self.person_joined_by_and(subject.end, pronoun) {
                subject.end = end;
                *in_subject = self.mentions_in(subject.clone()).collect();
            }
            let head = self.doc.lower(subject.end - 1);
            // "Police are appealing …": these nouns may open the sentence.
            let plural = self.text(subject.end - 1).starts_with(char::is_lowercase)
                && head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                || matches!(
                    head,
                    "people" | "men" | "women" | "children" | "police" | "fishermen"
                );
            let fits = self.ends_with_organization(&subject, in_subject)
                || plural
                || self.is_list_of_names(subject.clone(), in_subject);
            fits.then_some(subject)
        })
    }

    /// Who issued the statement that "it" at `pronoun` stands for: "Réka
    /// Szabó-Nagy conceded and later issued a brief statement. “…,” it
    /// said" gives her. The sentence before, in the paragraph, issues a
    /// statement, a letter or a message, and its subject is a person's or
    /// an organization's name.
    pub(super) fn issuer_of_statement(&self, pronoun: usize, paragraph: usize) -> Option<usize> {
        let sentence = self.doc.sentence_of_token(pronoun);
        let before = self.sentence_before(sentence, paragraph)?;
        if !self.issues_a_statement(before) {
            return None;
        }
        let subject = self.subject(before)?;
        self.mentions_in(subject).find(|&m| {
            matches!(
                self.mentions[m].label,
                EntityLabel::Person | EntityLabel::Org
            )
        })
    }

    /// What "it" at `pronoun` stands for: the nearest subject in the
    /// three sentences before that is an organization or a thing that can
    /// speak ("The dockers’ union", "the audit report"), not a person, a
    /// role, a group or "the fact".
    pub(super) fn singular_antecedent(
        &self,
        pronoun: usize,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
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
            // Named without its article, as where the name is the speaker.
            if let [m] = in_subject[..] {
                let mention = &self.mentions[m];
                let whole = mention.tokens.end == subject.end
                    && (mention.tokens.start == subject.start
                        || mention.tokens.start == subject.start + 1
                            && self.doc.lower(subject.start) == "the");
                if mention.label == EntityLabel::Misc && whole {
                    return Some(mention.tokens.clone());
                }
            }
            (thing || self.ends_with_organization(&subject, in_subject)).then_some(subject)
        })
    }

    /// "Tulloch read the inspection summary aloud. It states that …": a
    /// document the sentence before names, as its object, for "it".
    pub(super) fn document_read_before(
        &self,
        pronoun: usize,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
        const DOCUMENTS: &[&str] = &[
            "audit",
            "document",
            "filing",
            "letter",
            "memo",
            "paper",
            "report",
            "review",
            "ruling",
            "statement",
            "study",
            "summary",
            "survey",
        ];
        let before = self.sentence_before(self.doc.sentence_of_token(pronoun), paragraph)?;
        let tokens = self.doc.sentences[before].tokens.clone();
        // Its first WINDOW tokens: a sentence of a million words stays
        // linear.
        let end = tokens.end.min(tokens.start + WINDOW);
        let (the, noun) = (tokens.start + 1..end).find_map(|k| {
            if self.doc.lower(k) != "the" || self.inside_quote(k) {
                return None;
            }
            let noun = (k + 1..(k + 5).min(end))
                .take_while(|&j| self.doc.tokens[j].kind == TokenKind::Word)
                .find(|&j| DOCUMENTS.contains(&self.text(j)))?;
            Some((k, noun))
        })?;
        self.resolve(the..noun + 1, paragraph)
    }

    /// Whether the phrase `tokens` is set after a person's name and a
    /// comma, describing them: "I meet Fumiko Sato, *a retired
    /// schoolteacher from Osaka* who …".
    fn describes_name_before(&self, tokens: Range<usize>) -> bool {
        tokens.start >= 2
            && self.text(tokens.start - 1) == ","
            && self
                .mentions_in(tokens.start.saturating_sub(6)..tokens.start - 1)
                .any(|m| {
                    let name = &self.mentions[m];
                    name.tokens.end == tokens.start - 1
                    && name.label == EntityLabel::Person
                    // Not a place the tagger took for a person: "At Lagos
                    // University Teaching Hospital, a nurse who …".
                    && !matches!(
                        self.doc.lower(name.tokens.start.saturating_sub(1)),
                        "at" | "in" | "on" | "from" | "near" | "outside" | "inside"
                    )
                })
    }

    /// What "he" or "she" at `pronoun` stands for when the nearest subject
    /// before it in its paragraph is someone unnamed: "One nurse, who asked
    /// not to be named, said … “…,” she said" gives "One nurse", as
    /// written, not a person named earlier.
    pub(super) fn unnamed_subject_before(
        &self,
        pronoun: usize,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
        let sentence = self.doc.sentence_of_token(pronoun);
        let first = self.doc.paragraphs[paragraph]
            .sentences
            .start
            .max(sentence.saturating_sub(2));
        let subject = (first..=sentence)
            .rev()
            .find_map(|s| self.subject(s).filter(|r| r.end <= pronoun && r.len() > 1))?;
        // "A reporter asked whether …. She said": who asks does not answer.
        if self.doc.token_text_or_empty(subject.end) == "asked" {
            return None;
        }
        // "One shopper in Leeds, Gareth Pembury, said": named after all.
        let sentence_end = self.doc.sentences[self.doc.sentence_of_token(subject.start)]
            .tokens
            .end;
        let comma = (subject.end..(subject.end + 6).min(sentence_end))
            .take_while(|&k| !is_likely_verb(self.doc.lower(k)))
            .find(|&k| self.text(k) == ",");
        // "One of those former employees, a nurse named Renata Coutinho,":
        // or named by "named".
        let named_in_apposition = comma.is_some_and(|comma| {
            self.mentions_in(comma + 1..sentence_end).take(1).any(|m| {
                let name = &self.mentions[m];
                let after_named = name.tokens.start <= comma + 5
                    && matches!(self.text(name.tokens.start - 1), "named" | "called");
                (name.tokens.start == comma + 1 || after_named)
                    && name.tokens.len() > 1
                    && name.label == EntityLabel::Person
                    && self.doc.token_text_or_empty(name.tokens.end) == ","
            })
        });
        // "A retired quantity surveyor, he has followed …": a description
        // set before a pronoun describes whom the pronoun stands for.
        let before_a_pronoun = self.doc.token_text_or_empty(subject.end) == ","
            && matches!(self.doc.token_text_or_empty(subject.end + 1), "he" | "she");
        // Nor is a description set after a name someone unnamed.
        if named_in_apposition || before_a_pronoun || self.describes_name_before(subject.clone()) {
            return None;
        }
        // "A resident of nearby Ferndale Road", "A spokeswoman for
        // Dunmore County Council": the noun before the preposition.
        let head_end = (subject.start + 2..subject.end)
            .find(|&k| {
                matches!(
                    self.doc.lower(k),
                    "of" | "for" | "at" | "from" | "with" | "in"
                )
            })
            .unwrap_or(subject.end);
        // "A midwife there": an adverb of place after the head.
        let head_end = if head_end > subject.start + 2
            && matches!(self.doc.lower(head_end - 1), "there" | "here")
        {
            head_end - 1
        } else {
            head_end
        };
        let head = self.doc.lower(head_end - 1);
        // "One of the victims": one person, of a plural of people.
        let one_of = self.doc.lower(subject.start) == "one"
            && self.doc.lower(subject.start + 1) == "of"
            && head.strip_suffix('s').is_some_and(is_person_noun);
        let plural = head.ends_with('s') && !head.ends_with("ss") && !one_of;
        let unnamed = matches!(
            self.doc.lower(subject.start),
            "a" | "an" | "one" | "another"
        ) && self.text(head_end - 1).starts_with(char::is_lowercase)
            && !plural
            && !SPEAKING_THINGS.contains(&head)
            && !COMPANY_NOUNS.contains(&head)
            && !BODY_NOUNS.contains(&head)
            // "A Veritel spokesman": a company's name in a role does not
            // name them (but "a Senate race" is no one).
            && self.mentions_in(subject.start..head_end).all(|m| {
                self.mentions[m].label != EntityLabel::Person
                    && (ROLE_NOUNS.contains(&head) || is_personal_role(head))
            });
        // "The author of the original review responded …. “…,” he
        // wrote": a definite description that says whose or of what is
        // someone unnamed too, when no one named fits the pronoun.
        let of_what = (subject.start + 2..subject.end).find(|&k| self.doc.lower(k) == "of");
        let gender = pronoun_gender(self.doc.lower(pronoun));
        // "The minister's spokesman said …": or whose, by a possessive.
        let whose = (subject.start + 2..subject.end.saturating_sub(1))
            .any(|k| self.is_possessive(k))
            .then_some(subject.end);
        // "The prosecutor told the court …. “…,” she said": or a plain
        // role, when no one named before fits the pronoun at all.
        let nameless = self.mentions_in(subject.clone()).next().is_none();
        let plain_role = of_what.is_none()
            && whose.is_none()
            && subject.len() <= 4
            && self.text(subject.end - 1).starts_with(char::is_lowercase)
            && is_person_noun(self.doc.lower(subject.end - 1))
            && nameless;
        let definite = self.doc.lower(subject.start) == "the"
            && gender.is_some_and(|gender| self.antecedent(pronoun, gender).is_none())
            && (plain_role
                || of_what
                    .map(|of| (of, false))
                    .or(whose.map(|end| (end, true)))
                    .is_some_and(|(head_end, possessed)| {
                        let head = self.doc.lower(head_end - 1);
                        // A role "of" something may be someone named; one
                        // owned ("the minister's spokesman") goes unnamed.
                        self.text(head_end - 1).starts_with(char::is_lowercase)
                            && is_person_noun(head)
                            && (possessed || !ROLE_NOUNS.contains(&head))
                            && nameless
                    }));
        // "Pierre-Louis’s mother, who sells charcoal, has never seen her
        // race. … “…,” she said": a relative no one names, of the
        // pronoun's sex, whose relation a possessive gives.
        let relative = subject.len() <= 4 && {
            let head = self.doc.lower(subject.end - 1);
            // Owned by a name: "His mother" may be the woman the story is
            // about.
            let owned = (subject.start + 1..subject.end - 1).any(|k| self.is_possessive(k));
            owned
                && crate::entity::is_kinship_noun(head)
                && gender.is_some_and(|gender| noun_gender(head) == Some(gender))
        };
        if relative {
            return self
                .resolve(subject, paragraph)
                .filter(|described| described.mention.is_none());
        }
        // "A large beech tree fell …. He said": "he" and "she" are people.
        let gendered = matches!(self.doc.lower(pronoun), "he" | "she");
        if !definite && (!unnamed || gendered && !is_person_noun(head) && !one_of) {
            return None;
        }
        // A plain role may turn out to be named later ("The prosecutor,
        // Anahit Hovsepyan, told the bench").
        self.resolve(subject, paragraph)
            .filter(|described| described.mention.is_none() || definite && plain_role)
    }

    /// A person's sex: as the text shows it ([`Self::genders_in_text`]),
    /// else by the usual sex of their first name.
    pub(super) fn gender_of(&self, m: usize) -> Gender {
        let canonical = self.mentions[m].canonical.as_str();
        if let Some(&gender) = self.genders.get(canonical) {
            return gender;
        }
        if let Some(title) = peerage(canonical) {
            return title_gender(title).unwrap_or(Gender::Unknown);
        }
        let first = canonical.split(' ').next().unwrap_or("");
        self.lexicon
            .given_name_gender(first)
            .unwrap_or(Gender::Unknown)
    }

    /// The sex the text gives people, by canonical name: a title before
    /// one of their mentions ("Mr Eide", "Hajiya Rabi Sulaiman"), or a
    /// noun introducing them ("Her husband, Bjørn Eide", "businesswoman
    /// Ada Quinlan"). No list knows every first name ("Bjørn", "Zainab"),
    /// and a title outranks a first name's usual sex. Signs that disagree
    /// give none.
    pub(super) fn genders_in_text(&self) -> FxHashMap<&'a str, Gender> {
        let mentions: &'a [Mention] = self.mentions;
        let mut signs: FxHashMap<&'a str, Option<Gender>> = FxHashMap::default();
        for mention in mentions {
            if mention.label != EntityLabel::Person || self.inside_quote(mention.tokens.start) {
                continue;
            }
            let start = mention.tokens.start;
            let sentence = &self.doc.sentences[self.doc.sentence_of_token(start)].tokens;
            // The words right before the name, past its titles: "Mr",
            // "businesswoman", "her husband".
            let before = (sentence.start.max(start.saturating_sub(3))..start)
                .rev()
                .take_while(|&k| !self.is_punct(k) || self.text(k) == ".")
                .find_map(|k| {
                    let sign =
                        title_gender(self.text(k)).or_else(|| noun_gender(self.doc.lower(k)));
                    match sign {
                        Some(gender) => Some(Some(gender)),
                        None if self.is_title_word(k) || self.text(k) == "." => None,
                        None => Some(None),
                    }
                })
                .flatten();
            let inside = (mention.tokens.len() >= 2)
                .then(|| title_gender(self.text(start)))
                .flatten();
            let set_before = self
                .role_set_before(mention.tokens.clone(), sentence.clone())
                .next_back()
                .and_then(|k| noun_gender(self.doc.lower(k)));
            let after = self.gender_in_apposition(mention.tokens.end, sentence.end);
            for gender in [before, inside, set_before, after].into_iter().flatten() {
                let sign = signs
                    .entry(mention.canonical.as_str())
                    .or_insert(Some(gender));
                if *sign != Some(gender) {
                    *sign = None;
                }
            }
        }
        self.note_pronouns_going_on(&mut signs);
        signs
            .into_iter()
            .filter_map(|(name, gender)| Some((name, gender?)))
            .collect()
    }

    /// Adds to `signs` the sex that a sentence opening with "He" or "She"
    /// gives the one person the sentence before opens with:
    /// "Nyamdavaagiin Oyunchimeg, a veterinary epidemiologist …, died on
    /// March 2. She was 71."
    fn note_pronouns_going_on(&self, signs: &mut FxHashMap<&'a str, Option<Gender>>) {
        let mentions: &'a [Mention] = self.mentions;
        for (s, sentence) in self.doc.sentences.iter().enumerate().skip(1) {
            let opener = sentence.tokens.start;
            let Some(gender) = (opener < sentence.tokens.end)
                .then(|| pronoun_opening_sentence(self.text(opener)))
                .flatten()
            else {
                continue;
            };
            let before = &self.doc.sentences[s - 1];
            if before.paragraph != sentence.paragraph || self.inside_quote(opener) {
                continue;
            }
            let mut people = self.mentions_in(before.tokens.clone()).filter(|&m| {
                mentions[m].label == EntityLabel::Person
                    && !self.inside_quote(mentions[m].tokens.start)
            });
            let Some(first) = people.next() else {
                continue;
            };
            let name = mentions[first].canonical.as_str();
            if mentions[first].tokens.start != before.tokens.start
                || people.any(|m| mentions[m].canonical != name)
            {
                continue;
            }
            // Not when the sentence before names someone else by a noun
            // or a pronoun of either sex: in "Nigar Guliyeva was seven
            // when she beat her grandfather at chess. He did not speak to
            // her", "He" is the grandfather; in "Aulakh asked whether the
            // minister had met the crew. She had not", the minister.
            let someone_else = before.tokens.clone().take(WINDOW).any(|k| {
                let word = self.doc.lower(k);
                let other = match gender {
                    Gender::Female => matches!(word, "he" | "him" | "his"),
                    _ => matches!(word, "she" | "her" | "hers"),
                };
                // ("… is the youngest player ever" describes the subject.)
                let determiner = (k.saturating_sub(3).max(before.tokens.start)..k)
                    .find(|&j| matches!(self.doc.lower(j), "the" | "his" | "her" | "their"));
                let definite_person = determiner.is_some_and(|j| {
                    j == before.tokens.start
                        || !matches!(
                            self.doc.lower(j - 1),
                            "is" | "was" | "became" | "becomes" | "remains" | "as"
                        )
                }) && self.text(k).starts_with(char::is_lowercase)
                    && is_surely_person_noun(word);
                other || definite_person || noun_gender(word).is_some()
            });
            if someone_else {
                continue;
            }
            let sign = signs.entry(name).or_insert(Some(gender));
            if *sign != Some(gender) {
                *sign = None;
            }
        }
    }

    /// The sex a description set after a name shows, from the comma at
    /// `comma`: "Nino Gelashvili, *a spokeswoman* for the regional
    /// administration". Its first few words only, before any preposition:
    /// in "a friend of the woman" the woman is someone else.
    fn gender_in_apposition(&self, comma: usize, sentence_end: usize) -> Option<Gender> {
        if comma + 2 >= sentence_end
            || self.text(comma) != ","
            || !matches!(self.doc.lower(comma + 1), "a" | "an" | "the")
        {
            return None;
        }
        let (noun, gender) = (comma + 2..(comma + 6).min(sentence_end))
            .take_while(|&k| {
                let word = self.text(k);
                word.starts_with(char::is_lowercase)
                    && !matches!(
                        word,
                        "of" | "for" | "to" | "with" | "at" | "in" | "and" | "who"
                    )
            })
            .find_map(|k| Some((k, noun_gender(self.doc.lower(k))?)))?;
        // Not a list: "Laghari, a cousin and two children".
        (self.doc.token_text_or_empty(noun + 1) != "and").then_some(gender)
    }

    /// A person, or a lone name no list knows ("Rihanna"), which news
    /// mostly uses for people.
    pub(super) fn may_be_person(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        mention.label == EntityLabel::Person
            || (mention.label == EntityLabel::Misc
                && !mention.confident
                && mention.tokens.len() == 1)
            || peerage(&mention.canonical).is_some()
    }

    pub(super) fn compatible(&self, m: usize, gender: Gender) -> bool {
        self.may_be_person(m) && {
            let g = self.gender_of(m);
            g == Gender::Unknown || g == gender
        }
    }

    /// "“Dr Koroi, is that true?” Tuivaga asked. / “It is,” he said": the
    /// person the question before the pronoun's quotation calls by name,
    /// at its start or its end ("…, Dr Koroi?").
    fn addressed_in_question(&self, pronoun: usize) -> Option<usize> {
        let doc = self.doc;
        let at = doc.tokens[pronoun].span.start;
        // The pronoun's own quotation, then the one before it.
        let current = self.quotes.partition_point(|q| q.span.end <= at);
        let question = self.quotes.get(current.checked_sub(2)?)?;
        let first = doc.token_at_or_after(question.span.start) + 1;
        // Its first and last words only: a long quotation stays cheap.
        let last = doc.token_at_or_after(question.span.end);
        let last_words = last.saturating_sub(8).max(first)..last;
        let person = |m: usize| self.mentions[m].label == EntityLabel::Person;
        let opening = self
            .mentions_in(first..last)
            .next()
            .filter(|&m| person(m) && self.mentions[m].tokens.start == first)
            .filter(|&m| self.doc.token_text_or_empty(self.mentions[m].tokens.end) == ",");
        opening.or_else(|| {
            self.mentions_in(last_words).last().filter(|&m| {
                let tokens = &self.mentions[m].tokens;
                person(m)
                    && tokens.start > first
                    && self.text(tokens.start - 1) == ","
                    && self.doc.token_text_or_empty(tokens.end) == "?"
            })
        })
    }

    /// "he" or "she": the subject of this sentence or of an earlier one in
    /// the paragraph; else whichever came last of the current speaker and
    /// the previous paragraph's subjects, unless its sex is unknown and
    /// the paragraph names someone known to agree; else the last person
    /// named.
    pub(super) fn antecedent(&self, pronoun: usize, gender: Gender) -> Option<usize> {
        let found = self.antecedent_in_order(pronoun, gender)?;
        Some(
            self.story_subject_over(found, pronoun, gender)
                .unwrap_or(found),
        )
    }

    /// "Nyamdavaagiin Oyunchimeg … died on March 2. She was 71. / “She
    /// understood …,” said Batjargal Erdenebileg. / She was blunt with
    /// officials": a name of unknown sex, which the pronoun's paragraph
    /// does not name, yields to the person the article opens with and
    /// names again, known to agree. Not when that name spoke just before,
    /// unless they spoke of someone of the pronoun's sex.
    fn story_subject_over(&self, found: usize, pronoun: usize, gender: Gender) -> Option<usize> {
        if gender == Gender::Unknown || self.gender_of(found) != Gender::Unknown {
            return None;
        }
        let person = |m: &usize| {
            self.mentions[*m].label == EntityLabel::Person
                && !self.inside_quote(self.mentions[*m].tokens.start)
        };
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        // Among the article's first mentions: a text with no one named
        // early stays linear.
        let mut named = (0..before).take(WINDOW).filter(person);
        let opener = named.next()?;
        let name = self.mentions[opener].canonical.as_str();
        if name == self.mentions[found].canonical
            || self.genders.get(name) != Some(&gender)
            || !named
                .take(WINDOW)
                .any(|m| self.mentions[m].canonical == name)
        {
            return None;
        }
        // Not named in the pronoun's paragraph ("Heng Vanna … She
        // added"); named in the one before only as the speaker of a
        // quotation speaking of someone else of that sex.
        let paragraph = self.doc.sentences[self.doc.sentence_of_token(pronoun)].paragraph;
        let since = |paragraph: usize| {
            let start = self.doc.paragraphs[paragraph].tokens.start;
            (0..before)
                .rev()
                .take(WINDOW)
                .take_while(move |&m| self.mentions[m].tokens.start >= start)
        };
        let found_name = self.mentions[found].canonical.as_str();
        if since(paragraph).any(|m| self.mentions[m].canonical == found_name) {
            return None;
        }
        let named_before =
            since(paragraph.saturating_sub(1)).any(|m| self.mentions[m].canonical == found_name);
        let spoke_of_another = self
            .current
            .as_ref()
            .is_some_and(|c| c.name == found_name && c.paragraph + 1 >= paragraph)
            && self.last_quotation_speaks_of(pronoun, gender);
        (!named_before || spoke_of_another).then_some(opener)
    }

    /// Whether the quotation before `pronoun` speaks of someone by a
    /// pronoun of `gender`: "“She understood before most of us …”".
    fn last_quotation_speaks_of(&self, pronoun: usize, gender: Gender) -> bool {
        let at = self.doc.tokens[pronoun].span.start;
        let k = self.quotes.partition_point(|q| q.span.end <= at);
        let Some(quote) = k.checked_sub(1).map(|k| &self.quotes[k]) else {
            return false;
        };
        let first = self.doc.token_at_or_after(quote.span.start);
        let last = self.doc.token_at_or_after(quote.span.end);
        (first..last).take(WINDOW).any(|i| match gender {
            Gender::Female => matches!(self.doc.lower(i), "she" | "her"),
            _ => matches!(self.doc.lower(i), "he" | "him" | "his"),
        })
    }

    /// [`Self::antecedent`] before the story's subject is considered.
    fn antecedent_in_order(&self, pronoun: usize, gender: Gender) -> Option<usize> {
        let doc = self.doc;
        let sentence = doc.sentence_of_token(pronoun);
        let paragraph = doc.sentences[sentence].paragraph;
        let answers = pronoun + 1 < doc.tokens.len()
            && matches!(
                doc.lower(pronoun + 1),
                "replied" | "answered" | "responded" | "retorted"
            );
        // "“Will he appear?” the judge asked her. / “He will,” she
        // replied": who asked does not answer. Nor with "said", in a
        // paragraph of its own that opens with the answer: "“Dr Koroi, is
        // that true?” Tuivaga asked. / “It is true,” he said."
        let own_paragraph = || {
            let opens = doc.paragraphs[paragraph].tokens.start;
            self.opens_quote_at(opens) && self.named_inside.end <= pronoun
        };
        let says =
            pronoun + 1 < doc.tokens.len() && matches!(doc.lower(pronoun + 1), "said" | "says");
        let replies = self.named_inside.after_question && (answers || says && own_paragraph());
        // "Aasland asked him whether …. / “…,” he replied": whom the
        // question was put to.
        if answers
            && let Some(m) = self
                .asked_in_sentence_before(sentence, paragraph)
                .filter(|&m| self.compatible(m, gender))
        {
            return Some(m);
        }
        if replies
            && let Some(m) = self
                .addressed_in_question(pronoun)
                .filter(|&m| self.compatible(m, gender))
        {
            return Some(m);
        }
        let asker = self
            .current
            .as_ref()
            .filter(|_| replies)
            .map(|c| c.name.as_str());
        let current_pronoun = self.current_pronoun();
        let said_otherwise = self.shown_to_be_other(gender);
        let fits_but_sex = |m: &usize| {
            asker != Some(self.mentions[*m].canonical.as_str())
                && said_otherwise != Some(self.mentions[*m].canonical.as_str())
                && self.mentions[*m].tokens.end <= pronoun
                // A pronoun before the quotation is read before its words.
                && (pronoun < self.named_inside.end
                    || !self.named_inside.people.contains(self.mentions[*m].canonical.as_str()))
        };
        let fits = |m: &usize| self.compatible(*m, gender) && fits_but_sex(m);
        // "Although he called conditions “tough,” Mr. LaMothe forecast …": a
        // pronoun opening a clause that opens its sentence stands for the
        // person the main clause opens with, after the clause's comma
        // (which may stand inside the quotation's closing mark).
        let opener = doc.sentences[sentence].tokens.start;
        let sentence_end = doc.sentences[sentence].tokens.end;
        if pronoun == opener + 1
            && opens_a_clause(doc.lower(opener))
            && let Some(comma) = (pronoun + 1..sentence_end).find(|&k| self.text(k) == ",")
        {
            let mut main = comma + 1;
            while main < sentence_end && self.is_closing_mark(main) {
                main += 1;
            }
            // Past a title: "Mr. LaMothe", "Gov. Quinlan".
            let person = self
                .mentions_in(main..(main + 3).min(sentence_end))
                .next()
                .filter(|&m| {
                    (main..self.mentions[m].tokens.start).all(|k| {
                        self.text(k).starts_with(char::is_uppercase) || self.text(k) == "."
                    }) && self.compatible(m, gender)
                });
            if person.is_some() {
                return person;
            }
        }
        let in_paragraph = doc.paragraphs[paragraph]
            .sentences
            .start
            .max(sentence.saturating_sub(WINDOW / 10))..=sentence;
        // "A reporter asked Drăgulescu whether …. “No,” she said": the
        // one asked answers.
        if let Some(m) = in_paragraph.clone().rev().find_map(|s| {
            self.questioned_person(s)
                .or_else(|| self.subject_person(s))
                .filter(fits)
        }) {
            return Some(m);
        }
        // "Dara Heng, director of the trust, said …. “…,” he said": the
        // paragraph's nearest subject, whose sex only their first name
        // suggests (Dara is a man's name in Khmer), when no one else in
        // the paragraph fits.
        // (No further back than 4 × WINDOW tokens: a text with no
        // paragraph breaks stays linear.)
        let paragraph_start = doc.paragraphs[paragraph]
            .tokens
            .start
            .max(pronoun.saturating_sub(4 * WINDOW));
        let nearest = in_paragraph.rev().find_map(|s| self.subject_person(s));
        // Not over the speaker of a paragraph before whose last words this
        // same pronoun gave, unless the subject speaks too: "Dafydd Jones
        // … “…,” he said. / Helen Marsh asked whether he had any interest.
        // “…,” he replied."
        let pronoun_kept_by_earlier_speaker = current_pronoun == Some(gender)
            && self
                .current
                .as_ref()
                .is_some_and(|c| c.paragraph < paragraph);
        let speaks_in_sentence = |m: usize| {
            let after = self.mentions[m].tokens.end;
            let end = doc.sentences[doc.sentence_of_token(after.min(pronoun))]
                .tokens
                .end;
            (after..end.min(after + WINDOW)).any(|k| {
                let word = doc.lower(k);
                SPEECH_VERBS.contains(&word) && !matches!(word, "asked" | "asks" | "wondered")
            })
        };
        if let Some(m) = nearest.filter(|m| {
            fits_but_sex(m)
                && self.mentions[*m].label == EntityLabel::Person
                && !self
                    .genders
                    .contains_key(self.mentions[*m].canonical.as_str())
                && (!pronoun_kept_by_earlier_speaker || speaks_in_sentence(*m))
        }) && !self
            .mentions_in(paragraph_start..pronoun)
            .any(|other| other != m && self.may_be_person(other) && fits(&other))
        {
            return Some(m);
        }
        // "I asked Eamon how the season had gone. / “Ask him,” he said":
        // on a new line, the one asked at the end of the paragraph before
        // answers.
        let opens_paragraph = sentence == doc.paragraphs[paragraph].sentences.start;
        let new_speaker = self
            .current
            .as_ref()
            .is_none_or(|c| c.paragraph < paragraph);
        if opens_paragraph
            && new_speaker
            && let Some(m) = paragraph
                .checked_sub(1)
                .filter(|&previous| !doc.paragraphs[previous].sentences.is_empty())
                .and_then(|previous| {
                    self.questioned_person(doc.paragraphs[previous].sentences.end - 1)
                })
                .filter(fits)
        {
            return Some(m);
        }
        // "That promise drew scorn from Raghav Iyengar, a retired forest
        // officer. “…,” he said": the one person the sentence before names,
        // in the paragraph, outranks a speaker of an earlier paragraph.
        // Only after a quotation opening the pronoun's sentence, and when
        // no one is the subject before: in "The radio talker filled his
        // speeches for Cruz. He has declared …", the talker.
        let speaker_earlier = self
            .current
            .as_ref()
            .is_none_or(|c| c.paragraph < paragraph);
        let after_quotation = self.inside_quote(opener)
            || opener + 1 < doc.tokens.len() && self.inside_quote(opener + 1);
        let subject_is_no_one = || {
            self.sentence_before(sentence, paragraph)
                .and_then(|before| self.subject(before))
                .is_some_and(|subject| {
                    let head = self.doc.lower(subject.end - 1);
                    // The reporter's "I" is no "he" or "she", nor someone
                    // else a description of the name before: "On the rear
                    // deck I meet Fumiko Sato, a retired schoolteacher
                    // who …. ‘…,’ she says".
                    (!is_person_noun(head) || self.describes_name_before(subject.clone()))
                        && !matches!(head, "he" | "she" | "they")
                        && !self.mentions_in(subject).any(|m| self.may_be_person(m))
                })
        };
        if speaker_earlier
            && after_quotation
            && subject_is_no_one()
            && let Some(m) = self
                .only_person_of_sentence_before(sentence, paragraph)
                .filter(fits)
                .filter(|&m| self.mentions[m].tokens.end <= pronoun)
        {
            return Some(m);
        }
        // "It fell to the veteran backbencher Dr Ousmane Ba Sarr to lower
        // the temperature. He spoke without notes. ‘…,’ he said": the
        // same, past a sentence whose subject is the same pronoun.
        let pronoun_goes_on = || {
            self.sentence_before(sentence, paragraph)
                .is_some_and(|before| {
                    let opener = self.doc.sentences[before].tokens.start;
                    pronoun_opening_sentence(self.text(opener)) == Some(gender)
                        && self
                            .mentions_in(self.doc.sentences[before].tokens.clone())
                            .next()
                            .is_none()
                })
        };
        if speaker_earlier
            && after_quotation
            && pronoun_goes_on()
            && let Some(before) = self.sentence_before(sentence, paragraph)
            && let Some(m) = self
                .only_person_of_sentence_before(before, paragraph)
                .filter(fits)
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
        // Someone of this paragraph known to agree, named before the
        // pronoun outside quotations; looked for only when needed.
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        let paragraph_start = doc.paragraphs[paragraph].tokens.start;
        let agreeing = || {
            (0..before)
                .rev()
                .take(WINDOW)
                .take_while(|&m| self.mentions[m].tokens.start >= paragraph_start)
                .find(|&m| {
                    fits(&m)
                        && self.gender_of(m) == gender
                        && !self.inside_quote(self.mentions[m].tokens.start)
                })
        };
        if let Some(m) = recent.filter(|&m| self.gender_of(m) == gender) {
            // "“…,” Antoniadis said. / The lead remains with Luc Aubertin.
            // He finished …": a speaker of a paragraph before yields to
            // someone who agrees too and whom this paragraph names for the
            // first time.
            let spoke_earlier = self.mentions[m].tokens.start < paragraph_start;
            let newcomer = spoke_earlier.then(agreeing).flatten().filter(|&a| {
                !(0..a)
                    .rev()
                    .take(WINDOW)
                    .any(|k| self.mentions[k].canonical == self.mentions[a].canonical)
            });
            return newcomer.or(Some(m));
        }
        // A name of unknown sex yields to one of this paragraph known to
        // agree: "…, when Ada Quinlan called it “…” She also said".
        // Or, on a new line of a dialogue, to one of the two speakers of
        // the lines just before known to agree: "‘Three days,’ she said"
        // answers a line of Jure, whose sex is unknown, in a scene with
        // Marta.
        let in_dialogue = || {
            let new_line = self
                .current
                .as_ref()
                .is_some_and(|c| c.paragraph < paragraph)
                && self.turns[1]
                    .as_ref()
                    .is_some_and(|t| t.paragraph + 1 == paragraph);
            if !new_line {
                return None;
            }
            self.recent_turn_speakers(paragraph)
                .find(|m| fits(m) && self.gender_of(*m) == gender)
        };
        if let Some(m) = agreeing().or_else(in_dialogue).or(recent) {
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
            // The text's own sign is no guess: "Her husband, Bjørn Eide".
            // So is the pronoun that gave them their last words.
            let sex = self.gender_of(m);
            let shown_otherwise = self
                .genders
                .get(self.mentions[m].canonical.as_str())
                .or(current_pronoun.as_ref())
                .is_some_and(|&shown| shown != gender)
                // Nor is a name of clear sex: "Wilfrid … / “…,” she said".
                || sex != gender
                    && sex != Gender::Unknown
                    && self
                        .lexicon
                        .given_name_sex_is_clear(c.name.split(' ').next().unwrap_or(""));
            // But in a dialogue, the other speaker of the last lines, whom
            // nothing shows to be of the other sex, outranks a guess
            // against: "“So that’s a no,” Sarah Beckwith said. / “It’s an
            // honest answer,” he said" answers her.
            let other_turn = || {
                self.recent_turn_speakers(paragraph)
                    .find(|o| fits(o) && self.mentions[*o].canonical != c.name)
            };
            if sex != Gender::Unknown
                && let Some(o) = other_turn()
            {
                return Some(o);
            }
            if !named_since
                && self.may_be_person(m)
                && asker != Some(c.name.as_str())
                && !shown_otherwise
            {
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
        // "… lost to Henrik Aasland. / The 27-year-old Chilean was beaten
        // …. / “No, no,” he said": with no speaker yet, the person a recent
        // sentence is about outranks one named only in passing since.
        let subject_of_story = || {
            let from = doc.paragraphs[paragraph.saturating_sub(2)].sentences.start;
            (from..sentence)
                .rev()
                .take(WINDOW / 5)
                .find_map(|s| self.subject_person(s).filter(fits))
        };
        if current.is_none()
            && self.current.is_none()
            && let Some(m) = subject_of_story()
        {
            return Some(m);
        }
        current.or(last_named)
    }

    /// The speakers of the dialogue lines of the two paragraphs before
    /// `paragraph` and of this one, latest first.
    fn recent_turn_speakers(&self, paragraph: usize) -> impl Iterator<Item = usize> + '_ {
        self.turns
            .iter()
            .rev()
            .flatten()
            .filter(move |t| t.paragraph + 2 >= paragraph)
            .filter_map(|t| t.speaker.mention)
    }

    /// The sex of the pronoun that gave the current speaker their last
    /// words ("“…?” he asked"), if a pronoun did.
    fn current_pronoun(&self) -> Option<Gender> {
        match self.doc.slice(self.current.as_ref()?.span) {
            "he" | "He" => Some(Gender::Male),
            "she" | "She" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The current speaker's name, when that pronoun shows them to be of
    /// the other sex than `gender`: after "“…?” he asked", "she said" is
    /// someone else.
    fn shown_to_be_other(&self, gender: Gender) -> Option<&str> {
        let shown = self.current_pronoun()?;
        (shown != gender).then(|| self.current.as_ref().map(|c| c.name.as_str()))?
    }

    /// When [`Self::antecedent`] finds no one: a first name's usual sex is
    /// only a guess, so "Tobi Adebayo-Johnson made it look easy. / He
    /// paused …. “…,” he said", with no one else to stand for, is him.
    /// Only someone named in this paragraph or the two before, whose sex
    /// the text has not shown, and not the current speaker if a pronoun of
    /// the other sex gave them their last words.
    pub(super) fn guessed_sex_antecedent(&self, pronoun: usize, gender: Gender) -> Option<usize> {
        let doc = self.doc;
        let paragraph = doc.sentences[doc.sentence_of_token(pronoun)].paragraph;
        let said_otherwise = self.shown_to_be_other(gender);
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        let since = doc.paragraphs[paragraph.saturating_sub(2)].tokens.start;
        (0..before)
            .rev()
            .take(WINDOW)
            .take_while(|&m| self.mentions[m].tokens.start >= since)
            .find(|&m| {
                self.may_be_person(m)
                    && !self.inside_quote(self.mentions[m].tokens.start)
                    && !self
                        .genders
                        .contains_key(self.mentions[m].canonical.as_str())
                    && said_otherwise != Some(self.mentions[m].canonical.as_str())
            })
    }

    /// Whether `sentence` issues a statement, a letter or a message:
    /// "issued a brief statement", "put out a statement", "sent a letter".
    pub(super) fn issues_a_statement(&self, sentence: usize) -> bool {
        let tokens = self.doc.sentences[sentence].tokens.clone();
        tokens.clone().any(|k| {
            matches!(
                self.doc.lower(k),
                "issued" | "released" | "published" | "posted" | "put" | "sent" | "read"
            ) && (k + 1..(k + 5).min(tokens.end)).any(|n| {
                matches!(
                    self.doc.lower(n),
                    "statement" | "statements" | "letter" | "message" | "note" | "post" | "email"
                ) && !self.inside_quote(n)
            })
        })
    }

    /// The person a "he" or "she" that is the whole subject of `sentence`
    /// stands for ("Asked about his innings, he smiled."), with the
    /// pronoun's tokens.
    pub(super) fn person_of_pronoun_subject(
        &self,
        sentence: usize,
    ) -> Option<(usize, Range<usize>)> {
        let subject = self.subject(sentence).filter(|s| s.len() == 1)?;
        let gender = pronoun_gender(self.doc.lower(subject.start))?;
        Some((self.antecedent(subject.start, gender)?, subject))
    }

    /// When no one is named before "he" or "she" at all, in the first
    /// paragraphs: the person the story goes on to name, in the next two.
    /// A feature's lede often opens on a quotation ("“It was like the sky
    /// fell in,” he said.") and names its speaker below it. Further on, a
    /// pronoun with no one before it more likely stands for a name the
    /// tagger missed.
    pub(super) fn cataphoric_antecedent(&self, pronoun: usize, gender: Gender) -> Option<usize> {
        let doc = self.doc;
        let sentence = doc.sentence_of_token(pronoun);
        let paragraph = doc.sentences[sentence].paragraph;
        if paragraph > 2 {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        // Past WINDOW mentions, someone surely came before.
        let anyone_before = before > WINDOW
            || (0..before).any(|m| {
                self.may_be_person(m) && !self.inside_quote(self.mentions[m].tokens.start)
            });
        if anyone_before {
            return None;
        }
        let last = (paragraph + 2).min(doc.paragraphs.len() - 1);
        let ahead = doc.sentences[sentence].tokens.end..doc.paragraphs[last].tokens.end;
        self.mentions_in(ahead)
            .take(WINDOW)
            .filter(|&m| !self.inside_quote(self.mentions[m].tokens.start))
            .find(|&m| self.may_be_person(m))
            .filter(|&m| self.compatible(m, gender))
    }
}

/// The sex "he" or "she" gives; none for another word.
pub(super) fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The title of a peer or a royal named by it: "Duchess" of "Duchess of
/// Wexmoor", which the tagger may take for an organization or a place.
pub(super) fn peerage(name: &str) -> Option<&str> {
    let (title, rest) = name.split_once(' ')?;
    let peer = matches!(
        title,
        "Duke"
            | "Duchess"
            | "Earl"
            | "Countess"
            | "Marquess"
            | "Marchioness"
            | "Baron"
            | "Baroness"
            | "Viscount"
            | "Viscountess"
            | "Prince"
            | "Princess"
    );
    (peer && rest.starts_with("of ")).then_some(title)
}

/// The sex of "He" or "She" opening a sentence.
fn pronoun_opening_sentence(word: &str) -> Option<Gender> {
    match word {
        "He" => Some(Gender::Male),
        "She" => Some(Gender::Female),
        _ => None,
    }
}

/// The sex a title before a name gives: "Mr", "Lady", "Smt", "Alhaji".
fn title_gender(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Duke" | "Earl" | "Marquess" | "Baron"
        | "Viscount" | "Shri" | "Alhaji" | "Mallam" | "Father" | "Fr" | "Msgr" | "Monsignor"
        | "Monsieur" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Mme" | "Madam" | "Madame" | "Lady" | "Dame" | "Queen"
        | "Princess" | "Duchess" | "Countess" | "Marchioness" | "Baroness" | "Viscountess"
        | "Smt" | "Shrimati" | "Srimati" | "Hajiya" | "Hajia" | "Alhaja" | "Datin" | "Puan"
        | "Sister" => Some(Gender::Female),
        _ => None,
    }
}

/// The sex a noun naming a person shows: "husband", "businesswoman".
fn noun_gender(noun: &str) -> Option<Gender> {
    match noun {
        "husband" | "father" | "son" | "brother" | "grandfather" | "grandson" | "uncle"
        | "nephew" | "boyfriend" | "widower" | "man" | "boy" | "king" | "prince" | "dad" => {
            Some(Gender::Male)
        }
        "wife" | "mother" | "daughter" | "sister" | "grandmother" | "granddaughter" | "aunt"
        | "niece" | "girlfriend" | "widow" | "woman" | "girl" | "queen" | "princess"
        | "duchess" | "actress" | "mum" | "mom" => Some(Gender::Female),
        _ if noun.ends_with("woman") => Some(Gender::Female),
        // Offices that keep their old name whoever holds them.
        "alderman" | "chairman" | "ombudsman" | "foreman" | "freshman" => None,
        _ if noun.ends_with("man") && !matches!(noun, "human" | "german" | "roman") => {
            Some(Gender::Male)
        }
        _ => None,
    }
}
