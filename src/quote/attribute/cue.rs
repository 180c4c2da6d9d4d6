//! Speech cues: the verb, participle or noun phrase that says a quotation
//! was spoken, and where it stands (after, before, colon lead-ins, bylines,
//! passives).

use std::ops::Range;

use super::{Attributor, CueMatch, Place, SpeakerRef, WINDOW, bare_word, is_subject_pronoun};
use crate::Span;
use crate::entity::EntityLabel;
use crate::quote::cues::{
    ADDRESSING_VERBS, BEFORE_A_MODIFIER, CueKind, DESCRIBING_VERBS, INFINITIVES,
    NAMING_PARTICIPLES, PARTICIPLES, PHRASE_BREAKS, ROLE_NOUNS, SPEAKING_THINGS, SPEECH_VERBS,
    is_person_noun,
};
use crate::text::TokenKind;
use crate::words::{TIME_ADVERBS, is_likely_verb, is_ly_adverb};

impl<'a> Attributor<'a> {
    /// The cue starting at token `i`, if any.
    pub(super) fn cue_at(&self, i: usize) -> Option<(Range<usize>, CueKind)> {
        // "from noted scholars", "the reported deal", "his stated aim": after
        // a determiner or preposition the word is an adjective. Tested only
        // once a cue word is found: this runs at nearly every token.
        self.cue_word_at(i).filter(|_| {
            i == 0 || {
                let before = self.doc.lower(i - 1);
                // "Local news reports said": a noun after "news".
                let compound = matches!(self.text(i - 1), "news" | "media" | "press")
                    && self.text(i).ends_with('s');
                // "Guilty as charged", "as noted": no one speaks; but "quoted
                // him as saying" does.
                let idiom = before == "as" && !self.text(i).ends_with("ing");
                // "one track seems pointed": after a linking verb or a
                // degree word, an adjective.
                let adjective = matches!(
                    before,
                    "seem"
                        | "seems"
                        | "seemed"
                        | "looks"
                        | "looked"
                        | "sounds"
                        | "sounded"
                        | "very"
                        | "more"
                        | "most"
                        | "too"
                );
                // "compensation claims would be processed": a plural noun
                // after a noun, before an auxiliary, is the subject.
                let plural_noun = self.text(i).ends_with('s')
                    && matches!(
                        self.doc.token_text_or_empty(i + 1),
                        "would" | "will" | "could" | "should" | "were" | "are" | "have" | "had"
                    )
                    && self.doc.tokens[i - 1].kind == TokenKind::Word
                    && self.text(i - 1).starts_with(char::is_lowercase)
                    && !is_likely_verb(before)
                    && !matches!(
                        before,
                        "he" | "she" | "it" | "they" | "who" | "that" | "which" | "also" | "and"
                    );
                // "when the expansion was first announced": a passive with
                // no agent reports no one's words.
                let announcing = matches!(
                    self.text(i),
                    "announced"
                        | "confirmed"
                        | "disclosed"
                        | "issued"
                        | "posted"
                        | "published"
                        | "released"
                        | "reported"
                        | "revealed"
                        | "unveiled"
                ) && self.doc.token_text_or_empty(i + 1) != "by";
                let after_be = (i.saturating_sub(3)..i).any(|k| {
                    matches!(
                        self.doc.lower(k),
                        "was" | "were" | "been" | "being" | "is" | "are" | "be"
                    )
                });
                // "In a brief statement posted online, he …": a participle
                // after a noun in a prepositional phrase.
                let after_noun_in_phrase = (i.saturating_sub(4)..i.saturating_sub(2)).any(|k| {
                    matches!(self.doc.lower(k), "in" | "on" | "with" | "from" | "via")
                        && matches!(
                            self.doc.lower(k + 1),
                            "a" | "an" | "the" | "his" | "her" | "its" | "their"
                        )
                }) && self.text(i - 1).starts_with(char::is_lowercase)
                    && !is_likely_verb(before);
                let passive = announcing && (after_be || after_noun_in_phrase);
                // "who asked not to be named", "asked to be identified
                // only by her first name": a request, not words.
                let request = matches!(self.doc.lower(i), "asked" | "asking" | "asks")
                    && (self.doc.token_text_or_empty(i + 1) == "not"
                        || self.doc.token_text_or_empty(i + 1) == "to"
                            && self.doc.token_text_or_empty(i + 2) == "be");
                // "a group calling itself Parents for …": a name it goes
                // by, not words.
                let naming_itself =
                    matches!(self.doc.lower(i), "calling" | "calls" | "called" | "call")
                        && matches!(
                            self.doc.token_text_or_empty(i + 1),
                            "itself" | "themselves" | "himself" | "herself"
                        )
                        && (i + 2 >= self.doc.tokens.len() || !self.inside_quote(i + 2));
                // "all of those admitted were stable": a participle after
                // "those" describes them.
                let those = before == "those" && self.doc.lower(i).ends_with("ed");
                !BEFORE_A_MODIFIER.contains(&before)
                    && !those
                    && !passive
                    && !request
                    && !naming_itself
                    && !compound
                    && !idiom
                    && !adjective
                    && !plural_noun
            }
        })
    }

    /// The cue word or words starting at token `i`, whatever comes before.
    pub(super) fn cue_word_at(&self, i: usize) -> Option<(Range<usize>, CueKind)> {
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
        // "Watanabe’s answers were", "her claims": after a possessive, a
        // noun.
        let possessed = i > 0
            && (self.is_possessive(i - 1)
                || matches!(
                    self.doc.lower(i - 1),
                    "his" | "her" | "their" | "its" | "our" | "my" | "your"
                ));
        if !possessed && ADDRESSING_VERBS.contains(&word) {
            return Some((i..i + 1, CueKind::Addressing));
        }
        // "212 ballots initially declared invalid": a verdict on
        // something, not words.
        let declared_state = matches!(word, "declared" | "declares")
            && matches!(
                self.doc.token_text_or_empty(i + 1),
                "invalid"
                    | "void"
                    | "dead"
                    | "unfit"
                    | "unsafe"
                    | "safe"
                    | "bankrupt"
                    | "insolvent"
                    | "illegal"
                    | "unconstitutional"
                    | "extinct"
                    | "redundant"
                    | "missing"
                    | "closed"
                    | "open"
            );
        if !possessed && !declared_state && SPEECH_VERBS.contains(&word) {
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
        // "what one MP has called a “complete meltdown”": an article and
        // auxiliaries may come between too, and after "what" any short
        // subject calls.
        let article_then_quote = |k: usize| {
            self.opens_quote_at(k)
                || k < self.doc.tokens.len()
                    && matches!(self.doc.lower(k), "a" | "an" | "the")
                    && self.opens_quote_at(k + 1)
        };
        // "Reyes called the plan “reckless”", "The minister called it “a
        // disgrace”": or past a short object, a pronoun or a determiner
        // and up to three words in lowercase.
        let quote_after_object = || {
            let k = i + 1;
            if k >= self.doc.tokens.len() {
                return None;
            }
            match self.doc.lower(k) {
                "it" | "them" | "this" | "that" => Some(k + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" => (k + 2
                    ..(k + 5).min(self.doc.tokens.len()))
                    .take_while(|&n| {
                        let before = n - 1;
                        self.doc.tokens[before].kind == TokenKind::Word
                            && self.text(before).starts_with(char::is_lowercase)
                            && !self.inside_quote(before)
                    })
                    .find(|&n| self.opens_quote_at(n)),
                _ => None,
            }
            .filter(|&n| article_then_quote(n))
            // Words in lowercase, which judge ("“reckless”", "“a
            // disgrace”"), not a name given ("called the boat “Hook”").
            .filter(|&n| {
                self.doc
                    .tokens
                    .get(n + 1)
                    .is_some_and(|_| self.text(n + 1).starts_with(char::is_lowercase))
            })
        };
        let object_then_quote = (word == "called").then(quote_after_object).flatten();
        if word == "called" && i > 0 && (article_then_quote(i + 1) || object_then_quote.is_some()) {
            let mut caller = i;
            while caller > 1 && {
                let adverb = self.text(caller - 1);
                TIME_ADVERBS.contains(&adverb)
                    || matches!(
                        adverb,
                        "also" | "even" | "previously" | "recently" | "has" | "have" | "had"
                    )
                    || is_ly_adverb(adverb) && adverb.starts_with(char::is_lowercase)
            } {
                caller -= 1;
            }
            let before = self.doc.lower(caller - 1);
            // "what one MP called", not "what is called" or "what’s
            // called", which name no one.
            let after_what = (caller.saturating_sub(4)..caller - 1)
                .rev()
                .take_while(|&k| {
                    self.doc.tokens[k].kind == TokenKind::Word
                        && !is_likely_verb(self.text(k))
                        && !matches!(self.doc.lower(k), "is" | "was" | "are" | "were")
                })
                .any(|k| self.doc.lower(k) == "what")
                && !matches!(
                    self.doc.lower(caller - 1),
                    "what" | "is" | "was" | "are" | "were"
                );
            // Not "what it called a “hearing”", the scare quote of a
            // body's own word; but "what it called “unsafe rostering”"
            // quotes the body's phrase.
            let open = if self.opens_quote_at(i + 1) {
                i + 1
            } else {
                object_then_quote.unwrap_or(i + 2)
            };
            let phrase = || {
                (open + 1..(open + 4).min(self.doc.tokens.len()))
                    .take_while(|&k| self.inside_quote(k) && !self.is_closing_mark(k))
                    .filter(|&k| self.doc.tokens[k].kind == TokenKind::Word)
                    .count()
                    >= 2
            };
            // "a shift that several parents called “…”": people, plural.
            let people = before.len() > 3
                && before.ends_with('s')
                && is_person_noun(&before[..before.len() - 1]);
            let person = ROLE_NOUNS.contains(&before)
                || matches!(before, "he" | "she" | "they")
                || people
                || self.person_ending_at(caller).is_some()
                || after_what && (before != "it" || phrase());
            if person {
                return Some((i..i + 1, CueKind::Verb));
            }
        }
        // "Police described the attack as “cowardly”", "what they have
        // described as a “…”": whoever describes something in quoted words
        // says them. Not the passive "was described as", which names no
        // one (its agent, "by Reyes", is `naming_agent`'s).
        // After a comma, only as the verb after a relative clause ("An
        // official, who asked not to be named, described …"), not as a
        // participle ("The provision, described as “…”").
        // Or after a name in apposition: "The chair, Mohammed Ilyas,
        // described …". A present tense is never a participle: "The
        // listing, by a property agency, describes …".
        let verb_after_comma = || {
            if word.ends_with('s') {
                return true;
            }
            let relative = (i.saturating_sub(24)..i - 1)
                .rev()
                .find(|&k| self.is_punct(k))
                .is_some_and(|k| self.text(k) == "," && self.doc.lower(k + 1) == "who");
            relative
                || self.person_ending_at(i - 1).is_some_and(|m| {
                    let start = self.mentions[m].tokens.start;
                    start > 0 && self.text(start - 1) == ","
                })
        };
        if DESCRIBING_VERBS.contains(&word)
            && i > 0
            && (!self.is_punct(i - 1) || self.text(i - 1) == "," && verb_after_comma())
            && !self.is_passive(i)
            && self.text(i - 1) != "be"
            // "described him in a statement released through police as
            // “…”", "described the scheme as causing “…”".
            && (i + 1..self.doc.tokens.len().min(i + 12))
                .take_while(|&k| !self.is_punct(k) && !self.inside_quote(k))
                .any(|k| {
                    self.text(k) == "as"
                        && (article_then_quote(k + 1)
                            || self.doc.token_text_or_empty(k + 1).ends_with("ing")
                                && article_then_quote(k + 2))
                })
        {
            return Some((i..i + 1, CueKind::Verb));
        }
        // "The report found that the supports were “…”": a finding reported
        // as a clause is its source's words.
        // So is a finding quoted as the object or what the object was
        // found to be: "The audit found “serious weaknesses”", "a report
        // found it “structurally unsound”".
        // Only what a document or a body found, not "Divers found a
        // “treasure trove”", and not in someone's report of it ("A
        // spokesman said … a study had found “…”": the spokesman's words).
        let found_words = || {
            let reported = || {
                let opens = self.doc.sentences[self.doc.sentence_of_token(i)]
                    .tokens
                    .start;
                (opens.max(i.saturating_sub(WINDOW))..i)
                    .any(|k| SPEECH_VERBS.contains(&self.doc.lower(k)))
            };
            let finder = (i.saturating_sub(4)..i)
                .rev()
                .take_while(|&k| !self.is_punct(k))
                .any(|k| {
                    let noun = self.doc.lower(k);
                    SPEAKING_THINGS.contains(&noun)
                        || matches!(noun, "inquiry" | "investigation" | "inspection")
                });
            let object = i + 2 < self.doc.tokens.len()
                && matches!(self.doc.lower(i + 1), "it" | "them")
                && article_then_quote(i + 2);
            finder && (article_then_quote(i + 1) || object) && !reported()
        };
        if matches!(word, "found" | "finds") && (next("that") || found_words()) {
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
            // "with, in his own words, “…”": the pronoun's words.
            let pronoun = i + 1 < self.doc.tokens.len()
                && matches!(self.doc.lower(i + 1), "his" | "her" | "their");
            let own = usize::from(at(2, "own"));
            if pronoun && at(2 + own, "words") {
                return Some((i..i + 3 + own, CueKind::According));
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
    pub(super) fn reports_other_words(&self, cue: &CueMatch) -> bool {
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
    pub(super) fn opens_quote_at(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.inside_quote(i) && (i == 0 || !self.inside_quote(i - 1))
    }

    /// Whether "reading" at `i` shows the words a thing bears: after a
    /// noun, right before the quotation ("a hat reading, “…”"), not as a
    /// verb ("was reading “…”", "while reading").
    pub(super) fn bears_words(&self, i: usize) -> bool {
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
    pub(super) fn cue_after(&self, index: usize, from: usize, end: usize) -> Option<CueMatch> {
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
        // "“…,” though they noted long queues": so is a clause after "but"
        // or "though" whose verb goes on to its own words; not the
        // attribution closing the sentence ("“…,” but it has held talks,
        // the filing said").
        let mut contrasting = false;
        // "were “almost certainly” added decades later": a participle
        // whose auxiliary stands before the quotation is passive.
        let quote_first = self.doc.token_at_or_after(self.quotes[index].span.start);
        let auxiliary_before = quote_first > 0
            && matches!(
                self.doc.lower(quote_first - 1),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            );
        let passive_around = |i: usize| {
            auxiliary_before
                && self.doc.lower(i).ends_with("ed")
                && (from..i).all(|k| self.is_punct(k))
        };
        let found = (from..end)
            .take_while(|&i| self.doc.tokens[i].span.start < next_quote)
            .find(|&i| {
                subordinate |= matches!(self.text(i), "while" | "whereas" | "although" | "unless")
                    && !self.doc.token_text_or_empty(i + 1).ends_with("ing");
                contrasting |= matches!(self.text(i), "though" | "but");
                !self.inside_quote(i)
                    && !subordinate
                    && (!contrasting || i + 1 >= self.doc.tokens.len() || self.is_punct(i + 1))
                    && !relative(i)
                    && !infinitive(i)
                    && !passive_around(i)
                    && self.cue_at(i).is_some()
                    && !self.agentless_passive(i, end)
                    // "described … as “…”" puts words on what follows.
                    && !DESCRIBING_VERBS.contains(&self.doc.lower(i))
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
    pub(super) fn is_clause(&self, phrase: Range<usize>) -> bool {
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
    pub(super) fn byline_after(&self, last: usize, paragraph: usize) -> Option<CueMatch> {
        let paragraphs = &self.doc.paragraphs;
        let mut end = paragraphs[paragraph].tokens.end;
        // "“…” ¶ — Linda Carrow, 61, retired teacher": a vox pop signs
        // each quotation on the line after it.
        if last == end && paragraph + 1 < paragraphs.len() {
            let next = &paragraphs[paragraph + 1].tokens;
            if next.start == last {
                end = next.end;
            }
        }
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
    pub(super) fn name_and_verb_after(&self, from: usize, end: usize) -> Option<CueMatch> {
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
    pub(super) fn colon_before(&self, start: usize, quote_first: usize) -> Option<CueMatch> {
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
        // "Darren Kealy’s response was measured:": whose response it is.
        if let Some(m) = self.mentions_in(phrase.clone()).find(|&m| {
            let end = self.mentions[m].tokens.end;
            self.mentions[m].label == EntityLabel::Person
                && self.is_possessive(end)
                && end + 2 == phrase.end
        }) {
            phrase = self.mentions[m].tokens.clone();
        }
        let named = self
            .mentions_in(phrase.clone())
            .any(|m| self.mentions[m].label != EntityLabel::Misc);
        // "On staffing:", "As for the beds:": a topic, which no one says.
        let topic = matches!(
            self.doc.lower(phrase.start),
            "on" | "about" | "regarding" | "as"
        ) && !named;
        if topic {
            return None;
        }
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

    /// Whether the quotation ending right before token `i` is a short
    /// title in title case set off by a comma: "The report, “Running
    /// Foul,” says".
    fn title_in_apposition_before(&self, i: usize) -> bool {
        let end = self.doc.tokens[i - 1].span.end;
        let k = self.quotes.partition_point(|q| q.span.end < end);
        let Some(quote) = self.quotes.get(k).filter(|q| q.span.end == end) else {
            return false;
        };
        let opening = self.doc.token_at_or_after(quote.span.start);
        let words = || (opening..i).filter(|&t| self.doc.tokens[t].kind == TokenKind::Word);
        opening > 0
            && self.text(opening - 1) == ","
            && (1..=5).contains(&words().count())
            && words().all(|t| self.text(t).starts_with(char::is_uppercase))
    }

    /// McCallum said on Wednesday that … “…” / According to X, “…” /
    /// Stated Stone: “…”. Of several cues, the nearest whose speaker is a
    /// name or pronoun: in "Obama said Americans will say “no”", Obama.
    pub(super) fn cue_before(&self, start: usize, quote_first: usize) -> Option<CueMatch> {
        let mut nearest: Option<CueMatch> = None;
        let mut past_a_quote = false;
        // Whether the words after the last quotation passed go on with
        // "and that", reporting more of the same speaker's words.
        let mut and_that = false;
        for i in (start..quote_first).rev() {
            if self.inside_quote(i) {
                if !past_a_quote {
                    and_that = self.doc.token_text_or_empty(i + 1) == "and"
                        && self.doc.token_text_or_empty(i + 2) == "that";
                }
                past_a_quote = true;
                continue;
            }
            let Some(found) = self.cue_before_at(i, start, quote_first) else {
                continue;
            };
            // "Waving placards calling him “…,” the fishermen chanted “…”":
            // a cue before an earlier quotation is that one's, when a
            // nearer cue has been seen. Unless the nearer cue names no one
            // and lies in more reported words: "Karagianni said the cut
            // was “…” and that bookings for the winter suggested “…”".
            if past_a_quote
                && and_that
                && nearest
                    .as_ref()
                    .is_some_and(|n| !self.names_someone(n.phrase.clone()))
                && self.names_someone(found.phrase.clone())
            {
                return Some(found);
            }
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

    pub(super) fn cue_before_at(
        &self,
        i: usize,
        start: usize,
        quote_first: usize,
    ) -> Option<CueMatch> {
        let (cue, kind) = self.cue_at(i)?;
        if self.agentless_passive(i, quote_first) {
            return None;
        }
        let distance = (cue.end..quote_first)
            .filter(|&k| !self.is_punct(k))
            .count();
        let phrase = match kind {
            // "in Quinlan’s words": the owner of the words.
            CueKind::According
                if self.text(cue.end - 1) == "words"
                    && matches!(self.doc.lower(cue.start + 1), "his" | "her" | "their") =>
            {
                cue.start + 1..cue.start + 2
            }
            CueKind::According if self.text(cue.end - 1) == "words" => cue.start + 1..cue.end - 2,
            CueKind::According => self.phrase_after(cue.end, quote_first),
            CueKind::Participle => 0..0,
            // "a campaign hat reading": the noun phrase bearing the words.
            CueKind::Verb if self.text(i) == "reading" => {
                // Not past a verb: "the crowd carried placards reading".
                let determiner = (start.max(i.saturating_sub(6))..i)
                    .rev()
                    .take_while(|&k| !self.is_punct(k) && !is_likely_verb(self.doc.lower(k)))
                    .find(|&k| {
                        matches!(
                            self.doc.lower(k),
                            "a" | "an" | "the" | "his" | "her" | "their"
                        )
                    });
                determiner.unwrap_or(i - 1)..i
            }
            // "Reyes, who has in the past described it as “…”": a
            // describing verb's subject, which a time phrase right before
            // it is not.
            CueKind::Verb if DESCRIBING_VERBS.contains(&self.doc.lower(i)) => {
                let before = self.phrase_before(start, i);
                let adverbial = before.start > start
                    && matches!(
                        self.doc.lower(before.start - 1),
                        "in" | "on" | "at" | "during" | "over" | "for" | "since"
                    );
                if adverbial { 0..0 } else { before }
            }
            // "was asked by host Ada Quinlan": the agent speaks.
            _ if self.passive_agent(i, quote_first).is_some() => {
                self.passive_agent(i, quote_first)?
            }
            CueKind::Verb | CueKind::Addressing => {
                let before = self.phrase_before(start, i);
                let before = if before.is_empty() && i > start + 1 && self.text(i - 1) == "and" {
                    self.coordinated_subject(start, i - 1).unwrap_or(before)
                } else {
                    before
                };
                let after = self.phrase_after(cue.end, quote_first);
                let colon = after.end < quote_first && self.text(after.end) == ":";
                // …and “…,” said Reyes, “…”: right after another quotation.
                // Not after a title in apposition: "The report, “Running
                // Foul,” says the operator …" has its subject first.
                let after_quote =
                    i > start && self.inside_quote(i - 1) && !self.title_in_apposition_before(i);
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

    /// "She said Fairleigh had thrown a script at her and shouted that
    /// …": the person named right before the verb that "and" joins a cue
    /// to is the cue's subject, with no break between them.
    // Out of line, for the reason given at `given_before_capital_particle`.
    #[inline(never)]
    fn coordinated_subject(&self, start: usize, and: usize) -> Option<Range<usize>> {
        let from = start.max(and.saturating_sub(12));
        let m = self
            .mentions_in(from..and)
            .filter(|&m| self.mentions[m].label == EntityLabel::Person)
            .last()?;
        let name = &self.mentions[m];
        let verb = name.tokens.end;
        let word = self.doc.lower(verb);
        let acts = verb < and
            && self.text(verb).starts_with(char::is_lowercase)
            && (is_likely_verb(word)
                || word.ends_with("ed")
                || matches!(word, "had" | "has" | "was" | "would"));
        let unbroken = (name.tokens.start..and).all(|k| !self.is_punct(k) && !self.inside_quote(k));
        (acts && unbroken).then(|| name.tokens.clone())
    }

    /// The agent of a passive cue: "was told by *X*", "were asked by *X*".
    pub(super) fn passive_agent(&self, cue: usize, end: usize) -> Option<Range<usize>> {
        let by = cue + 1 < end && self.text(cue + 1) == "by";
        (self.is_passive(cue) && by).then(|| self.phrase_after(cue + 2, end))
    }

    /// "The cut was announced by the Lantern Road Relief Alliance, …,
    /// citing a “catastrophic shortfall”": the agent of a passive verb
    /// before the participle `cue`, in its sentence, acts in the
    /// participle too.
    pub(super) fn agent_before_participle(&self, place: &Place, cue: usize) -> Option<usize> {
        let by = (place.sentence_start + 2..cue).take(WINDOW).find(|&k| {
            self.text(k) == "by"
                && self.is_passive(k - 1)
                && self.doc.lower(k - 1).ends_with("ed")
                && !self.inside_quote(k)
        })?;
        let start = if self.doc.lower(by + 1) == "the" {
            by + 2
        } else {
            by + 1
        };
        self.mentions_in(start..cue).next().filter(|&m| {
            self.mentions[m].tokens.start == start
                && matches!(
                    self.mentions[m].label,
                    EntityLabel::Org | EntityLabel::Person
                )
        })
    }

    pub(super) fn is_passive(&self, cue: usize) -> bool {
        cue > 0
            && matches!(
                self.text(cue - 1),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
    }

    /// "Farook’s name was announced on a scanner", "Trump was asked, “…”":
    /// a passive cue with no agent says nothing of who spoke; its
    /// subject was spoken about or to.
    pub(super) fn agentless_passive(&self, cue: usize, end: usize) -> bool {
        self.is_passive(cue) && self.passive_agent(cue, end).is_none()
    }

    /// Whether the quotation lies in a clause opening its sentence with
    /// "Asked", before any comma of its own.
    pub(super) fn in_opening_question(&self, place: &Place, quote_first: usize) -> bool {
        let Some(opener) = (place.sentence_start..quote_first).find(|&i| !self.is_punct(i)) else {
            return false;
        };
        self.text(opener) == "Asked"
            && (opener + 1..quote_first).all(|i| self.inside_quote(i) || self.text(i) != ",")
    }

    /// "The plan was branded “reckless” by Reyes", "was described by Reyes
    /// as “…”": a passive verb of naming before the quotation, and its
    /// agent, before or after the quotation, who spoke the words. Returns
    /// the agent's phrase and the participle.
    pub(super) fn naming_agent(
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
    pub(super) fn passive_cue_before(&self, place: &Place, quote_first: usize) -> bool {
        let last_word = (place.sentence_start..quote_first)
            .rev()
            .find(|&i| !self.is_punct(i));
        // "The provision, described as “back-end” protection": a
        // participle with no agent names what is described, not who spoke.
        let participle = last_word.is_some_and(|i| {
            let verb = i.checked_sub(1).filter(|_| self.text(i) == "as");
            verb.is_some_and(|v| {
                v > place.sentence_start
                    && self.text(v - 1) == ","
                    && (DESCRIBING_VERBS.contains(&self.doc.lower(v))
                        || NAMING_PARTICIPLES.contains(&self.doc.lower(v)))
            })
        });
        participle
            || last_word
                .is_some_and(|i| self.cue_at(i).is_some() && self.agentless_passive(i, quote_first))
    }

    /// "He said:" closing the sentence or paragraph before a quotation.
    pub(super) fn lead_in(
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
}
