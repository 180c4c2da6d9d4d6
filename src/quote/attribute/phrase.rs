//! Speaker phrases: where the words naming the speaker begin and end
//! around a cue (“said Tom Reyes, a former harbour master”, “a spokesman
//! for the ministry said”).

use std::ops::Range;

use super::{Attributor, Place, TIME_CLAUSE_OPENERS, WINDOW, bare_word, is_subject_pronoun};
use crate::date::{MONTH_NAMES, WEEKDAY_NAMES};
use crate::entity::EntityLabel;
use crate::quote::cues::{
    AUXILIARIES, BETWEEN_SPEAKER_AND_CUE, OBJECT_CONTROL_VERBS, PHRASE_BREAKS, PHRASE_ENDS,
    QUANTIFIERS, REPORTING_PARTICIPLES, ROLE_NOUNS, SPEAKING_THINGS, is_person_noun,
};
use crate::text::TokenKind;
use crate::words::{is_likely_verb, is_ly_adverb};

impl<'a> Attributor<'a> {
    /// Whether a phrase holds a person's or organization's name or a
    /// personal pronoun.
    pub(super) fn names_someone(&self, phrase: Range<usize>) -> bool {
        let named = self.mentions_in(phrase.clone()).any(|m| self.can_speak(m));
        let pronoun = phrase.clone().any(|i| is_subject_pronoun(self.text(i)));
        named || pronoun
    }

    /// Whether a phrase can name a speaker: it holds a name, a pronoun, or
    /// a determiner-led description.
    pub(super) fn speakerish(&self, phrase: Range<usize>) -> bool {
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
    pub(super) fn phrase_after(&self, from: usize, end: usize) -> Range<usize> {
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
            // "said an older woman sitting on an upturned bucket": an
            // unnamed speaker's description ends before a participle.
            let participle = !relative
                && stop > from + 1
                && word.len() > 4
                && word.ends_with("ing")
                && word.starts_with(char::is_lowercase)
                && matches!(self.doc.lower(from), "a" | "an" | "one" | "another")
                && self.doc.tokens[stop - 1].kind == TokenKind::Word
                && self.text(stop - 1).starts_with(char::is_lowercase)
                // Not the object of a preposition: "involved in managing".
                && !matches!(
                    self.text(stop - 1),
                    "in" | "of" | "for" | "at" | "on" | "by" | "with" | "about" | "to" | "from"
                );
            if reported || participle {
                break;
            }
            relative |= matches!(word, "who" | "which");
            stop += 1;
        }
        // "accused by his opposite number of “…”": a phrase the quotation
        // cut short never ends on a preposition.
        while stop > from + 1 && matches!(self.text(stop - 1), "of" | "for" | "to" | "with" | "by")
        {
            stop -= 1;
        }
        // "said Amnesty’s Europe director, Sofia Marino.": a description
        // that names no one, then the name in apposition, ending the
        // clause, is that person.
        let described = stop > from && self.person_ending_at(stop).is_none();
        if described && stop + 1 < end && self.text(stop) == "," {
            // "…, Dr. Miriam Achebe": past a title.
            let mut opens = stop + 1;
            while opens + 1 < end
                && (crate::entity::cues::is_title(self.doc, opens)
                    || crate::entity::cues::is_short_title(self.text(opens)))
            {
                opens += 1;
            }
            // "said one of them, a 40-year-old electrician named Rui": the
            // name a description in apposition gives.
            if matches!(self.doc.lower(opens), "a" | "an")
                && let Some(named) = (opens + 1..(opens + 8).min(end))
                    .take_while(|&k| !self.is_punct(k))
                    .find(|&k| matches!(self.text(k), "named" | "called"))
            {
                opens = named + 1;
            }
            // "said the baker, 12-year-old Gulnara Sadykova": past an age.
            if opens + 1 < end && super::age_of(self.doc.lower(opens)).is_some() {
                opens += 1;
            }
            // "according to the group’s founder, architect Rita
            // Karam-Nassif": past a job written in lowercase.
            while opens + 2 < end
                && self.text(opens).starts_with(char::is_lowercase)
                && crate::quote::cues::is_person_noun(self.doc.lower(opens))
            {
                opens += 1;
            }
            let name = self
                .mentions_in(opens..end)
                .next()
                .filter(|&m| self.mentions[m].tokens.start == opens)
                .filter(|&m| self.mentions[m].label == EntityLabel::Person);
            if let Some(m) = name {
                let name_end = self.mentions[m].tokens.end;
                // "…, Dr Hannah Lowery of Exeter.": where the person works
                // may follow the name.
                let workplace = (name_end + 1 < end
                    && matches!(self.text(name_end), "of" | "at" | "from"))
                .then(|| self.mentions_in(name_end + 1..end).next())
                .flatten()
                .filter(|&w| {
                    self.mentions[w].tokens.start == name_end + 1
                        && self.mentions[w].label != EntityLabel::Person
                });
                let after = workplace.map_or(name_end, |w| self.mentions[w].tokens.end);
                let clause_ends = after >= end
                    || matches!(self.text(after), "." | "," | ";" | "(")
                    || self.inside_quote(after);
                if clause_ends {
                    return opens..name_end;
                }
            }
        }
        from..stop
    }

    /// Whether a workplace's name opens at token `i`, after "the" if
    /// any, before `end`. Any name but a person's counts: after "at", the
    /// tagger may read a company it has not seen ("Arup") as a place.
    pub(super) fn workplace_at(&self, i: usize, end: usize) -> bool {
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
    pub(super) fn phrase_before(&self, limit: usize, cue: usize) -> Range<usize> {
        if let Some(antecedent) = self.relative_antecedent(limit, cue) {
            return antecedent;
        }
        if let Some(subject) = self.subject_past_relative_clause(limit, cue) {
            return subject;
        }
        if let Some(source) = self.source_before_anonymity(limit, cue) {
            return source;
        }
        if let Some(described) = self.people_before_relative_clause(limit, cue) {
            return described;
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
            // "she used to say": a habit, between speaker and cue.
            let used_to = word == "to" && end >= limit + 2 && self.text(end - 2) == "used";
            if used_to {
                end -= 2;
            } else if BETWEEN_SPEAKER_AND_CUE.contains(&word)
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
                    .take(24)
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
                    // "The game’s developer, Vanta Studios, said", "its
                    // parent company, US-based Helix Interactive, said",
                    // "The players’ union, the Musicians’ Guild, said": a
                    // description, then the organization's name.
                    Some(k)
                        if self.text(k) == ","
                            && k > limit
                            && self.text(k - 1).starts_with(char::is_lowercase)
                            && let Some(m) = self.mentions_in(k + 1..end - 1).last()
                            && self.mentions[m].label == EntityLabel::Org
                            && self.mentions[m].tokens.end == end - 1
                            && (self
                                .only_place_modifiers(k + 1..self.mentions[m].tokens.start)
                                || self.mentions[m].tokens.start == k + 2
                                    && self.text(k + 1) == "the"
                                || self
                                    .describes_a_company(k + 1..self.mentions[m].tokens.start)) =>
                    {
                        return self.mentions[m].tokens.clone();
                    }
                    // "Another analyst, Paul Ostrowski of Grange & Co,
                    // said": a name opening the appositive, then where
                    // they work, after a description with no name.
                    // (Past a title: "Its lead investigator, Prof.
                    // Abdulaziz Al-Otaibi of the Riyadh Institute".)
                    Some(k)
                        if self.text(k) == ","
                            && let Some(m) = self.mentions_in(k + 1..end - 1).next()
                            && (k + 1..self.mentions[m].tokens.start)
                                .all(|t| self.is_title_word(t))
                            && self.mentions[m].label == EntityLabel::Person
                            && matches!(
                                self.doc.token_text_or_empty(self.mentions[m].tokens.end),
                                "of" | "at" | "from"
                            )
                            && self.mentions_in(limit..k).next().is_none() =>
                    {
                        return self.mentions[m].tokens.clone();
                    }
                    // "…, he paused, then said": a clause between commas
                    // whose subject is a pronoun is the speaker's.
                    Some(k)
                        if self.text(k) == ","
                            && k + 2 < end - 1
                            && is_subject_pronoun(self.text(k + 1))
                            && is_likely_verb(self.text(k + 2)) =>
                    {
                        return k + 1..k + 2;
                    }
                    // "Marta Kowalczyk, leader of the Green Valley
                    // Alliance, which holds four seats, said": a relative
                    // clause on an appositive; the name comes before both.
                    Some(k)
                        if self.text(k) == ","
                            && k > limit
                            && matches!(self.text(k + 1), "which" | "whose")
                            && let Some(m) = self.person_before_appositive(limit, k) =>
                    {
                        return self.mentions[m].tokens.clone();
                    }
                    // "The company, Himal Hydro, which markets itself as
                    // green, said": the same, past a relative clause on
                    // the name.
                    Some(k)
                        if self.text(k) == ","
                            && matches!(self.text(k + 1), "which" | "whose")
                            && let Some(m) = self.mention_ending_at(k)
                            && self.mentions[m].label == EntityLabel::Org
                            && let start = self.mentions[m].tokens.start
                            && start >= limit + 2
                            && self.text(start - 1) == ","
                            && self.text(start - 2).starts_with(char::is_lowercase) =>
                    {
                        return self.mentions[m].tokens.clone();
                    }
                    // "The district’s plan, titled “Fire Season 2025”,
                    // warns": an apposition naming it, past its title.
                    Some(k)
                        if self.inside_quote(k)
                            && let Some(comma) = self.naming_apposition(limit, k) =>
                    {
                        end = comma;
                    }
                    // "The Department’s own review, “Caring for
                    // Tomorrow”, said": past a title in apposition.
                    Some(k)
                        if self.inside_quote(k)
                            && let Some(comma) = self.title_between_commas(limit, k) =>
                    {
                        end = comma;
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
                || PHRASE_BREAKS.contains(&self.doc.lower(k))
                    && !self.in_mention(k)
                    && !self.joins_nouns_of_one_name(limit, k, end)
                || self.inside_quote(k)
                || self.cue_at(k).is_some()
            {
                break;
            }
            start = k;
            // "at the time he’d asked": a subject pronoun opens the phrase;
            // so does "it" right before the cue ("In a statement it
            // called the strike “…”").
            if is_subject_pronoun(word) || word == "it" && k + 1 == end {
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
            // So does "the" after a noun, not a verb's object ("who holds
            // the stock"): "in a dispute the carrier’s chief executive
            // called".
            // Neither opens one after a participle, whose object it is ("A
            // lawyer representing the families said", "… representing his
            // family"), unless an article makes it a noun ("after a
            // meeting the minister said").
            let after_participle = k >= limit + 2
                && self.doc.lower(k - 1).ends_with("ing")
                && !matches!(self.doc.lower(k - 2), "a" | "an" | "the" | "this" | "that");
            // Nor after a preposition the phrase breaks do not hold ("A
            // woman living near the plant said").
            let the_after_noun = self.doc.lower(k) == "the" && k > limit && {
                let before = self.doc.lower(k - 1);
                !(before.ends_with('s')
                    || before.ends_with("ed")
                    || is_likely_verb(before)
                    || is_preposition_of_place(before))
            };
            if (matches!(self.doc.lower(k), "its" | "his" | "her" | "their") || the_after_noun)
                && noun_before
                && !after_participle
            {
                break;
            }
        }
        // "A former finance director of a Hafnarvík fishing company
        // told": a description cut just after its article opens with it.
        if end - start == 8
            && start > limit
            && matches!(self.doc.lower(start - 1), "a" | "an" | "the" | "one")
            && (start - 1 == limit || self.is_punct(start - 2))
        {
            start -= 1;
        }
        // A long name is not cut: "the OSCE’s Office for Democratic
        // Institutions and Human Rights".
        if let Some(m) = self.mention_covering(start)
            && (limit..start).contains(&self.mentions[m].tokens.start)
        {
            start = self.mentions[m].tokens.start;
        }
        // "A letter obtained by the Gazette warns": the agent only reports
        // the document, which speaks.
        if start >= limit + 3
            && self.text(start - 1) == "by"
            && REPORTING_PARTICIPLES.contains(&self.text(start - 2))
        {
            return self.phrase_before(limit, start - 2);
        }
        // "The Interior Ministry in Rome said": where a body sits is not
        // who speaks; the body, with its article.
        if start >= limit + 2
            && matches!(self.text(start - 1), "in" | "at")
            && self
                .mentions_in(start..end)
                .next()
                .is_some_and(|m| self.mentions[m].label == EntityLabel::Loc)
            && let Some(m) = self.mention_ending_at(start - 1)
            && self.mentions[m].label == EntityLabel::Org
            && self.mentions[m].tokens.start >= limit
        {
            start = self.mentions[m].tokens.start;
            if start > limit && self.doc.lower(start - 1) == "the" {
                start -= 1;
            }
        }
        if let Some(listed) = self.names_joined_before(limit, start, end) {
            start = listed;
        }
        if let Some(described) = self.description_before(limit, start, end) {
            start = described;
        }
        // "A diplomat who attended as an observer said": an unnamed
        // person's relative clause belongs to the description.
        // The walk back may have stopped inside the clause: "A shipping
        // agent who handles several of the waiting vessels".
        if let Some(who) = (start.saturating_sub(8).max(limit + 1)..end.min(start + 2))
            .rev()
            .take_while(|&k| {
                !self.is_punct(k) && !self.inside_quote(k) && (k >= start || !self.in_mention(k))
            })
            .find(|&k| self.text(k) == "who")
            && is_person_noun(self.doc.lower(who - 1))
            && let Some(article) = (who.saturating_sub(4).max(limit)..who)
                .rev()
                .take_while(|&k| !self.is_punct(k) && !self.in_mention(k))
                .find(|&k| matches!(self.doc.lower(k), "a" | "an" | "one" | "another"))
        {
            start = article;
        }
        // A phrase never starts with a period or a dangling hyphen.
        while start < end && self.is_punct(start) {
            start += 1;
        }
        // "A letter sent to members in March, seen by the Echo, says": a
        // date cut off from the document it dates is the document.
        let only_a_date = start < end
            && (start..end).all(|k| {
                MONTH_NAMES.contains(&self.text(k))
                    || WEEKDAY_NAMES.contains(&self.text(k))
                    || self.doc.tokens[k].kind == TokenKind::Number
            });
        if only_a_date
            && let Some(noun) = (start.saturating_sub(8).max(limit)..start)
                .rev()
                .take_while(|&k| !self.is_punct(k) && !self.inside_quote(k))
                .find(|&k| SPEAKING_THINGS.contains(&self.doc.lower(k)))
            && let Some(article) = (noun.saturating_sub(3).max(limit)..noun)
                .rev()
                .find(|&k| matches!(self.doc.lower(k), "a" | "an" | "the" | "its" | "their"))
        {
            return article..noun + 1;
        }
        // "She pauses, looks into the camera and says": a pronoun, then
        // its verbs, is the pronoun ("she and her husband" stays).
        if end > start + 1
            && is_subject_pronoun(self.text(start))
            && self.text(start + 1).starts_with(char::is_lowercase)
            && !matches!(self.text(start + 1), "and" | "or")
        {
            return start..start + 1;
        }
        start..end
    }

    /// "The record prompted the Kelso Almanac, which tracks shipping, to
    /// state": the name a verb like "prompted" moves to speak, when "to"
    /// comes right before the cue.
    pub(super) fn controlled_object(&self, limit: usize, cue: usize) -> Option<Range<usize>> {
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
    pub(super) fn names_joined_before(
        &self,
        limit: usize,
        start: usize,
        end: usize,
    ) -> Option<usize> {
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
    pub(super) fn relative_antecedent(&self, limit: usize, at: usize) -> Option<Range<usize>> {
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
        // "Charles W. Abernathy III, a former Coast Guard cyber officer,
        // who said": the name before an appositive.
        if person
            && noun_end < pronoun
            && let Some(m) = self.person_before_appositive(limit, noun_end)
        {
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
        if !(article..noun_end).all(|i| !self.is_punct(i) && !self.inside_quote(i)) {
            return None;
        }
        // "Dóra Szentgyörgyi-Kiss, a poet and former diplomat who": the
        // description is in apposition to a name, which is the antecedent.
        if person
            && article >= limit + 2
            && self.text(article - 1) == ","
            && let Some(m) = self.person_ending_at(article - 1)
        {
            return Some(self.mentions[m].tokens.clone());
        }
        Some(article..noun_end)
    }

    /// "Fatima Al-Khatib, who lives … with her mother, a wheelchair user,
    /// said": a person opening the sentence, whose relative clause runs
    /// to the comma before the cue, however many commas it holds.
    fn subject_past_relative_clause(&self, limit: usize, cue: usize) -> Option<Range<usize>> {
        if cue < 2 || self.text(cue - 1) != "," {
            return None;
        }
        let sentence = &self.doc.sentences[self.doc.sentence_of_token(cue)].tokens;
        let start = (sentence.start..cue).find(|&k| !self.is_punct(k))?;
        if start < limit || cue - start > 40 {
            return None;
        }
        let m = self
            .mention_covering(start)
            .filter(|&m| self.mentions[m].tokens.start == start)
            .filter(|&m| self.mentions[m].label == EntityLabel::Person)?;
        let end = self.mentions[m].tokens.end;
        let relative = self.doc.token_text_or_empty(end) == ","
            && self.doc.token_text_or_empty(end + 1) == "who"
            && (end + 2..cue - 1).all(|k| !self.inside_quote(k) && self.cue_at(k).is_none());
        relative.then(|| self.mentions[m].tokens.clone())
    }

    /// "A London publisher who asked not to be named described …": the
    /// description before a relative clause asking for anonymity, written
    /// without commas, right before the cue.
    fn source_before_anonymity(&self, limit: usize, cue: usize) -> Option<Range<usize>> {
        let ends_with = |words: &[&str]| {
            cue >= limit + words.len()
                && words
                    .iter()
                    .rev()
                    .enumerate()
                    .all(|(j, w)| self.doc.lower(cue - 1 - j) == *w)
        };
        let anonymous = ends_with(&["be", "named"])
            || ends_with(&["be", "identified"])
            || ends_with(&["of", "anonymity"]);
        if !anonymous {
            return None;
        }
        let who = (limit..cue)
            .rev()
            .take(12)
            .find(|&k| matches!(self.doc.lower(k), "who" | "that"))?;
        let start = (limit..who)
            .rev()
            .find(|&k| self.is_punct(k) || self.inside_quote(k))
            .map_or(limit, |k| k + 1);
        (start < who && who - start <= 8).then_some(start..who)
    }

    /// "Relatives of the 23 people who died in the hotel shouted …":
    /// people described at the start of the sentence, then a relative
    /// clause without commas running up to the cue. Its last words name
    /// no speaker.
    // Out of line, for the reason given at `given_before_capital_particle`.
    #[inline(never)]
    fn people_before_relative_clause(&self, limit: usize, cue: usize) -> Option<Range<usize>> {
        let sentence = &self.doc.sentences[self.doc.sentence_of_token(cue)].tokens;
        let start = (sentence.start..cue).find(|&k| !self.is_punct(k))?;
        if start < limit || cue - start > 24 {
            return None;
        }
        let who = (start + 1..cue).find(|&k| self.text(k) == "who")?;
        let clause_runs_on = (who + 1..cue)
            .all(|k| !self.is_punct(k) && !self.inside_quote(k) && self.cue_at(k).is_none());
        let people = |k: usize| {
            let word = self.doc.lower(k);
            word.strip_suffix('s').is_some_and(is_person_noun) || word == "people"
        };
        let described = who - start <= 8
            && (start..who).all(|k| !self.is_punct(k) && !self.inside_quote(k))
            && self.text(start).starts_with(char::is_uppercase)
            && !self.in_mention(start)
            && (start..who).any(people);
        (clause_runs_on && described).then_some(start..who)
    }

    /// The person named before an appositive that ends at the comma
    /// `comma`: "*Marta Kowalczyk*, leader of the Green Valley Alliance,".
    /// The appositive is a description: it opens in lowercase or with an
    /// article, and names no person.
    fn person_before_appositive(&self, limit: usize, comma: usize) -> Option<usize> {
        let opening = (comma.saturating_sub(12).max(limit)..comma)
            .rev()
            .find(|&k| self.is_punct(k) || self.inside_quote(k))
            .filter(|&k| self.text(k) == "," && k + 1 < comma)?;
        let first = self.text(opening + 1);
        let described =
            first.starts_with(char::is_lowercase) || matches!(first, "The" | "A" | "An");
        let names_a_person = self
            .mentions_in(opening + 1..comma)
            .any(|m| self.mentions[m].label == EntityLabel::Person);
        (described && !names_a_person)
            .then(|| self.person_ending_at(opening))
            .flatten()
    }

    /// The comma opening ", titled “…”" or ", called “…”", for a
    /// quotation ending at token `last`.
    fn naming_apposition(&self, limit: usize, last: usize) -> Option<usize> {
        let open = (limit..=last)
            .rev()
            .take(WINDOW)
            .take_while(|&i| self.inside_quote(i))
            .last()?;
        let participle = open.checked_sub(1).filter(|&p| p > limit)?;
        let named = matches!(
            self.doc.lower(participle),
            "titled" | "entitled" | "subtitled" | "called" | "named" | "dubbed" | "headlined"
        );
        (named && self.text(participle - 1) == ",").then_some(participle - 1)
    }

    /// Whether "and" at `k` joins two nouns of one description before
    /// `end`: "The trial’s independent data *and* safety monitoring board
    /// said", opened by a possessive or "the" a few words back; not "Reyes
    /// and the board said".
    fn joins_nouns_of_one_name(&self, limit: usize, k: usize, end: usize) -> bool {
        let lowercase_word = |i: usize| {
            self.doc.tokens[i].kind == TokenKind::Word
                && self.text(i).starts_with(char::is_lowercase)
        };
        self.doc.lower(k) == "and"
            && k > limit + 1
            && k + 2 < end
            && lowercase_word(k - 1)
            && lowercase_word(k + 1)
            && !matches!(
                self.doc.lower(k + 1),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            )
            && (k.saturating_sub(4).max(limit)..k - 1)
                .rev()
                .find(|&i| !lowercase_word(i))
                .is_some_and(|i| {
                    self.is_possessive(i) || matches!(self.doc.lower(i), "the" | "its")
                })
    }

    /// The comma before a short quotation in title case that ends at
    /// token `last`, set between commas: ", “Caring for Tomorrow”,".
    fn title_between_commas(&self, limit: usize, last: usize) -> Option<usize> {
        let open = (limit..=last)
            .rev()
            .take(12)
            .take_while(|&i| self.inside_quote(i))
            .last()?;
        let comma = open.checked_sub(1).filter(|&c| c > limit)?;
        let first_word = (open..=last).find(|&i| !self.is_punct(i))?;
        let titled = self.text(first_word).starts_with(char::is_uppercase)
            && (first_word..=last)
                .filter(|&i| !self.is_punct(i))
                .all(|i| self.text(i).len() <= 3 || self.text(i).starts_with(char::is_uppercase));
        (self.text(comma) == "," && last - open < 10 && titled).then_some(comma)
    }

    /// Where a phrase ending at `end` ends without a closing parenthetical
    /// ("Ada Quinlan (D-Va.)" → "Ada Quinlan"), looking no further back
    /// than `limit`.
    pub(super) fn before_parenthetical(&self, limit: usize, end: usize) -> usize {
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
    pub(super) fn description_before(
        &self,
        limit: usize,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let preposition = start.checked_sub(1).filter(|&k| k > limit)?;
        if !matches!(
            self.text(preposition),
            "for" | "from" | "at" | "with" | "in" | "on" | "by" | "to"
        ) {
            return None;
        }
        // "A spokesperson declined to say": a "to" right before the cue
        // marks an infinitive, not a place or person.
        if start == end && self.text(preposition) == "to" {
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
    pub(super) fn plural_group_opening(&self, limit: usize, noun: usize) -> Option<usize> {
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

    /// "The vote came when Ada Quinlan stood up, saying “…”": a participle
    /// right after a clause of time may go with that clause's subject, the
    /// words between its opener and its verb.
    pub(super) fn subordinate_subject(&self, cue: usize, place: &Place) -> Option<Range<usize>> {
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
    pub(super) fn preposition_before(&self, start: usize) -> Option<usize> {
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
    pub(super) fn role_before(&self, place: &Place, preposition: usize) -> Option<usize> {
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
    pub(super) fn by_participle_subject(&self, cue: usize, place: &Place) -> Option<Range<usize>> {
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
}

/// Prepositions of place that [`PHRASE_BREAKS`] leaves out, after which
/// "the" opens their object, not a new noun phrase.
fn is_preposition_of_place(word: &str) -> bool {
    matches!(
        word,
        "near"
            | "behind"
            | "outside"
            | "inside"
            | "across"
            | "around"
            | "beside"
            | "along"
            | "alongside"
            | "between"
            | "among"
            | "within"
            | "beyond"
            | "toward"
            | "towards"
            | "opposite"
            | "past"
            | "off"
            | "onto"
            | "upon"
    )
}
