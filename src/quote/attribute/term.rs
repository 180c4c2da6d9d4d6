//! Terms: scare quotes, titles of works and nicknames, which get no speaker.

use super::{Attributor, CueMatch, WINDOW};
use crate::entity::EntityLabel;
use crate::quote::cues::{NAMED_THING_NOUNS, NOT_A_NOUN, PHRASE_BREAKS, TERM_MARKERS};
use crate::quote::scan::Quoted;
use crate::text::TokenKind;
use crate::words::is_likely_verb;

impl<'a> Attributor<'a> {
    /// Subheads that are only a short quotation, titles in title case,
    /// and short quotations introduced as names ("known as “Hook”").
    pub(super) fn is_term(
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
        // "centre Sione “The Bulldozer” Havili": or between capitalized
        // words the tagger did not see as a person's name, in mid-sentence.
        let capital_before = first > 0
            && self.doc.tokens[first - 1].kind == TokenKind::Word
            && self.text(first - 1).starts_with(char::is_uppercase)
            && !self.lexicon.is_common_lowercase(self.doc.lower(first - 1))
            && self.doc.sentences[self.doc.sentence_of_token(first)]
                .tokens
                .start
                < first - 1;
        let between_names = words <= 3
            && last < self.doc.tokens.len()
            && (first + 1..last - 1).all(|i| !self.is_punct(i))
            && self.doc.sentence_of_token(last) == self.doc.sentence_of_token(first)
            && self.doc.tokens[last].kind == TokenKind::Word
            && self.text(last).starts_with(char::is_uppercase)
            && self.title_case_capitals(first..last).is_some_and(|n| n > 0)
            && (self
                .mention_ending_at(first)
                .is_some_and(|m| self.mentions[m].label == EntityLabel::Person)
                || capital_before);
        if in_name || in_parentheses_after_name || between_names {
            return true;
        }
        // In lowercase: "the song “…”", but not "Paul Song “was …”".
        let before = first.checked_sub(1).map(|i| self.text(i));
        // "what it called a “hearing”": an article may come between.
        // "its chairwoman called “…”" quotes her; see `cue_word_at`.
        let calls_at = |k: usize| self.text(k) == "called" && self.cue_word_at(k).is_some();
        let person_calls = before == Some("called") && calls_at(first - 1);
        // "In her memoir, “Bright Against the Dark,” she writes": a work's
        // title in apposition, which may be one word ("the first single,
        // “Kerosene”,").
        let titled = self.is_title(first, last, words)
            || words == 1 && self.text(first + 1).starts_with(char::is_uppercase);
        // "a documentary about the farm, “Seventeen Cages”,": the noun
        // may take a phrase of its own (not "a campaign hat reading, “…”").
        let marker_noun = |k: usize| {
            (is_marker_noun(self.text(k)) || NAMED_THING_NOUNS.contains(&self.text(k)))
                && (k + 2 == first
                    || matches!(
                        self.text(k + 1),
                        "about" | "of" | "on" | "from" | "by" | "for"
                    ))
        };
        let noun_before_comma = first >= 2
            && (first.saturating_sub(6).max(1)..first - 1)
                .rev()
                .take_while(|&k| !self.is_punct(k))
                .any(marker_noun);
        // "a nickname, “the paper fleet”,": a name needs no capitals.
        let name_in_apposition = first >= 2
            && matches!(
                self.text(first - 2),
                "nickname" | "slogan" | "motto" | "name" | "hashtag" | "alias" | "pseudonym"
            );
        let title_in_apposition =
            before == Some(",") && (titled && noun_before_comma || name_in_apposition);
        // "“Threads of Empire”, the new exhibition at …": the apposition
        // follows the title (its comma inside the marks or out).
        let text_at = |k: usize| self.doc.token_text_or_empty(k);
        // "In “Vinterhagen” (“The Winter Garden”), the new play": past a
        // translation in parentheses.
        let gloss_end = || {
            (text_at(last) == "(")
                .then(|| (last + 1..last + 12).find(|&k| matches!(text_at(k), ")" | "")))
                .flatten()
                .filter(|&k| text_at(k) == ")")
        };
        let apposition_after = if text_at(last) == "," {
            Some(last + 1)
        } else if last >= 2 && text_at(last - 2) == "," {
            Some(last)
        } else {
            gloss_end()
                .filter(|&k| text_at(k + 1) == ",")
                .map(|k| k + 2)
        };
        // "His new book, “Hielo que se va,” is part memoir": a work's noun
        // right before the comma makes a title of words in sentence case,
        // set off by commas. Only with no cue after it: "In her memoir,
        // “…,” she writes" quotes her. Not a word's noun: "he coined a
        // new phrase, “undocumented Democrats,”" quotes him.
        let work_in_apposition = before == Some(",")
            && first >= 2
            && is_marker_noun(self.text(first - 2))
            && !matches!(
                self.text(first - 2),
                "phrase" | "term" | "word" | "label" | "name" | "handle" | "hashtag" | "headline"
            )
            && words <= 8
            && !sentence_inside
            && apposition_after.is_some();
        // "In “Ninety Minutes and Then Some,” published next week",
        // "Introducing “Iya Mi”, written for his mother": or the
        // participle that makes it a work.
        // "“Ciuri ciuri”, the Sicilian folk song": a work's noun after it
        // makes a title of words in sentence case too.
        // "The standout, “Injera for Two”, is a love poem": or the verb
        // "is" before the work's noun.
        let titled_after = (titled || self.text(first + 1).starts_with(char::is_uppercase))
            && apposition_after.is_some_and(|a| {
                let a = if matches!(text_at(a), "is" | "was") {
                    a + 1
                } else {
                    a
                };
                matches!(
                    text_at(a),
                    "the" | "a" | "an" | "her" | "his" | "their" | "its"
                ) && (a + 1..a + 4).any(|k| is_marker_noun(text_at(k)))
                    || matches!(
                        text_at(a),
                        "written"
                            | "co-written"
                            | "recorded"
                            | "composed"
                            | "released"
                            | "published"
                            | "directed"
                            | "produced"
                            | "painted"
                    )
            });
        // "Wednesday’s “Rise and Shine”", "Inkwell’s new “Lumen Slate 2”",
        // "the “Orbis Fold Air”": a title after a possessive or "the"
        // names something.
        // Not a person's, nor in a headline: "Graham: Trump’s ‘Incredibly
        // Hateful Rhetoric’ Is Hurting Us" quotes what was said of him.
        let possessive_at = |k: usize| {
            self.is_possessive(k)
                && self
                    .mention_ending_at(k)
                    .is_none_or(|m| self.mentions[m].label != EntityLabel::Person)
        };
        // Read lazily, and no further than WINDOW tokens either side, so
        // that a line of a thousand quotations stays linear.
        let in_prose = || {
            let sentence = &self.doc.sentences[self.doc.sentence_of_token(first)].tokens;
            let around =
                sentence.start.max(first.saturating_sub(WINDOW))..sentence.end.min(last + WINDOW);
            self.title_case_capitals(around.filter(|&k| k < first || k >= last))
                .is_none()
        };
        let possessed = first >= 2
            && (possessive_at(first - 1)
                || matches!(before, Some("new" | "latest")) && possessive_at(first - 2))
            && in_prose();
        let named_thing = titled && (possessed || before == Some("the"));
        // "known as “Hook”", "known locally as “Green Belts”", "known to
        // his teammates as “the Professor”"; and the names of products,
        // "sets marketed as “Mega Magnet Blocks”".
        // "advertising the business online as an “eco-sanctuary”": an
        // article may come between.
        let as_at = if matches!(before, Some("a" | "an" | "the")) {
            first.checked_sub(2)
        } else {
            first.checked_sub(1)
        };
        // "known to generations of players simply as “el Mestre”",
        // "published in the spring as “Resources for All”". (Not "Bush
        // referred to Rubio as “…”", which are his words.)
        let known_as = as_at.is_some_and(|a| {
            self.text(a) == "as"
                && (a.saturating_sub(7)..a)
                    .rev()
                    .take_while(|&k| !self.is_punct(k) && !self.inside_quote(k))
                    .any(|k| {
                        matches!(
                            self.doc.lower(k),
                            "known"
                                | "published"
                                | "released"
                                | "marketed"
                                | "marketing"
                                | "sold"
                                | "advertised"
                                | "advertising"
                                | "advertises"
                                | "branded"
                                | "branding"
                                | "billed"
                                | "billing"
                                | "promoted"
                                | "promoting"
                                | "identified"
                        )
                    })
        });
        // "gave him a nickname: “Marty”": a noun among the markers
        // introduces the term with a colon, as it would with none.
        let noun_with_colon =
            before == Some(":") && first >= 2 && is_marker_noun(self.text(first - 2));
        // "whose campaign slogan is “A City That Works”": a name's noun,
        // then "is".
        let noun_is = matches!(before, Some("is" | "was"))
            && first >= 2
            && matches!(
                self.text(first - 2),
                "slogan" | "motto" | "name" | "title" | "nickname"
            );
        // "“Kleintje”, meaning “little one”": a word glossed, and its
        // gloss, are terms.
        let glossed = before == Some("meaning")
            || text_at(last) == "," && text_at(last + 1) == "meaning"
            || last >= 2 && text_at(last - 2) == "," && text_at(last) == "meaning";
        // "Da Kalay Ghag (“Voice of the Village”)": a name's translation.
        // "In “Vinterhagen” (“The Winter Garden”),": or a title's.
        let after_a_quotation = |k: usize| matches!(self.text(k), "”" | "»");
        let name_glossed = before == Some("(")
            && text_at(last) == ")"
            && first >= 2
            && (self.text(first - 2).starts_with(char::is_uppercase)
                && !self.inside_quote(first - 2)
                || after_a_quotation(first - 2) && self.is_title(first, last, words));
        let marker = before.is_some_and(|w| TERM_MARKERS.contains(&w)) && !person_calls
            || glossed
            || name_glossed
            || noun_is
            || title_in_apposition
            || work_in_apposition
            || titled_after
            || named_thing
            || known_as
            || noun_with_colon
            || (matches!(before, Some("a" | "an" | "the"))
                && first >= 2
                && TERM_MARKERS.contains(&self.text(first - 2))
                && !calls_at(first - 2));
        // A title may run longer: "a blog called “Lisbon If The Old Pier
        // Falls”", and in sentence case after a work's noun.
        let short = words <= 5 || self.is_title(first, last, words) || work_in_apposition;
        // "The report, “Running Foul,” says …": a cue right after a title
        // in apposition is its noun's.
        // "A witness, identified only as “Witness C,” told …": so is the
        // cue after a name someone is known by.
        if short && marker && (!attached_cue || title_in_apposition || known_as) {
            return true;
        }
        // "The paper, titled “Low-Dose Amlodipine in Community
        // Hypertension: The KIHS-Rural Trial”": whatever its length.
        if matches!(before, Some("titled" | "entitled")) && words <= 25 {
            return true;
        }
        // "a winter plan, which he called ‘Operation Open Door’", "what
        // Parallax calls “Glance Mode”": a name in title case given to a
        // thing is a name, not the caller's words.
        // "started calling “the Egg Timer”": with its article.
        let article = usize::from(self.text(first + 1) == "the");
        // "the canyon locals call “the Chimney.”": a period may close it.
        let inner_end = if last >= 2 && matches!(self.text(last - 2), "." | ",") {
            last - 2
        } else {
            last.saturating_sub(1)
        };
        // A name of at most four words, each in capitals past an article,
        // or all but short words inside ("the Bridge to Nowhere").
        let short_name = || {
            words <= 4
                && self
                    .title_case_capitals(first..last)
                    .is_some_and(|n| n == words - article || n >= 2)
        };
        let calls_a_name = matches!(before, Some("called" | "calls" | "calling" | "call"))
            && short_name()
            && (first + 1..inner_end).all(|k| !self.is_punct(k));
        // "the team had named the calf “Katya”", "dubbed him “the
        // Torpedo”": a name given to someone or something just named.
        let object = |k: usize| {
            matches!(self.text(k), "him" | "her" | "it" | "them")
                || k + 2 == first
                    && matches!(
                        self.doc.lower(k),
                        "the" | "a" | "an" | "his" | "her" | "their"
                    )
                    && self.text(k + 1).starts_with(char::is_lowercase)
        };
        let gives_a_name = !calls_a_name
            && (first.saturating_sub(3)..first.saturating_sub(1)).any(|k| {
                matches!(
                    self.text(k),
                    "named" | "dubbed" | "nicknamed" | "renamed" | "christened"
                ) && object(k + 1)
            })
            && short_name();
        // "Readers call the barge crew “the Kippenclub.”": or a thing
        // named by "call", with its article and at most two words.
        let calls_a_thing = || {
            (first.saturating_sub(4)..first.saturating_sub(2)).any(|k| {
                matches!(self.text(k), "call" | "calls" | "called" | "calling")
                    && matches!(
                        self.text(k + 1),
                        "the" | "a" | "an" | "its" | "their" | "this" | "that" | "these" | "those"
                    )
                    && (k + 2..first).all(|i| {
                        self.doc.tokens[i].kind == TokenKind::Word
                            && self.text(i).starts_with(char::is_lowercase)
                    })
            }) && short_name()
        };
        if calls_a_name
            || gives_a_name
            || calls_a_thing()
            || self.names_a_work(first, last, words, before)
        {
            return true;
        }
        // "“Worse than anywhere” is therefore wrong", "“Beige” has become
        // the word of the series": a few words quoted as the subject of a
        // sentence no one says.
        // At most two marks before it, so that a line of a thousand marks
        // stays linear; tested after the cheaper conditions.
        let opens_sentence = || {
            let start = self.doc.sentences[self.doc.sentence_of_token(first)]
                .tokens
                .start;
            first - start <= 2 && (start..first).all(|k| self.is_punct(k))
        };
        let subject_of_verb = words <= 4
            && !sentence_inside
            && cue_after.is_none()
            && matches!(
                text_at(last),
                "is" | "was" | "has" | "had" | "became" | "becomes" | "remains"
            )
            && opens_sentence()
            // "“Anybody but Trump,” was another": a comma inside the
            // marks sets off words someone said or wrote.
            && !(first..last).any(|k| self.text(k) == ",");
        if subject_of_verb {
            return true;
        }
        words <= 6 && self.modifies_a_noun(first, last)
    }

    /// A title in title case that no one speaks: after "in" ("a grieving
    /// father in “The Long Field”", "writing in ‘The Stalls’"), after a
    /// noun ("her guide ‘Fifty Loaves Worth Queuing For’"), or before ",
    /// by" and its author ("‘Salt and Starlight’, by the Cornish writer
    /// …").
    fn names_a_work(&self, first: usize, last: usize, words: usize, before: Option<&str>) -> bool {
        if !self.is_title(first, last, words)
            || (first + 1..last.saturating_sub(1)).any(|k| matches!(self.text(k), "." | "!" | "?"))
        {
            return false;
        }
        let text_at = |k: usize| self.doc.token_text_or_empty(k);
        let noun_before = first > 0
            && self.doc.tokens[first - 1].kind == TokenKind::Word
            && before.is_some_and(|w| w.starts_with(char::is_lowercase))
            && !NOT_A_NOUN.contains(&self.doc.lower(first - 1))
            && !PHRASE_BREAKS.contains(&self.doc.lower(first - 1))
            && !is_likely_verb(self.doc.lower(first - 1))
            && !self.text(first - 1).ends_with("ed")
            && !matches!(
                self.doc.lower(first - 1),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
            && self.cue_word_at(first - 1).is_none();
        // "writing in ‘The Stalls’", but not "I wrote in “Ralph Nader”",
        // a person's name.
        let a_name = self.mentions_in(first..last).any(|m| {
            self.mentions[m].label == EntityLabel::Person
                && self.mentions[m].tokens.len() + 2 >= last - first
        });
        let in_a_work = before == Some("in") && !a_name;
        let comma_after = if text_at(last) == "," { last + 1 } else { last };
        let by_after = text_at(comma_after) == "by" && text_at(comma_after - 1) == ",";
        in_a_work || noun_before || by_after
    }

    /// "the “Harbour Lights” star", "the “Yes” campaign", and at the start
    /// of a sentence "“Harbour Lights” star Tom Reyes": a capitalized name
    /// in quotation marks, between a determiner and the noun it modifies.
    pub(super) fn modifies_a_noun(&self, first: usize, last: usize) -> bool {
        // "The “Yes” campaign": in any case.
        let before = first.checked_sub(1).map(|i| self.doc.lower(i));
        let sentence_start = self.doc.sentences[self.doc.sentence_of_token(first)]
            .tokens
            .start;
        // "its “Save the Cure” campaign", "a new ‘Homes for Keyworkers’
        // scheme": one adjective may come between.
        let is_determiner = |w: &str| {
            matches!(
                w,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
            )
        };
        // "the exchange’s high-interest “Lokanga” account": or a
        // hyphenated one after a possessive.
        let adjective_after_determiner = first >= 2
            && before.is_some_and(|w| {
                matches!(
                    w,
                    "new" | "latest" | "first" | "next" | "annual" | "flagship" | "own"
                ) || self.text(first - 1).starts_with(char::is_lowercase) && w.contains('-')
            })
            && (is_determiner(self.text(first - 2))
                || self.doc.tokens[first - 2].kind == TokenKind::Possessive);
        let determiner = before.is_some_and(is_determiner)
            || adjective_after_determiner
            || first > 0 && self.doc.tokens[first - 1].kind == TokenKind::Possessive
            || first == sentence_start;
        // Or a code in figures: "the department’s “4S” strategy".
        let capitalized = first + 1 < last
            && self
                .text(first + 1)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && self.title_case_capitals(first..last).is_some();
        // Nothing closes inside the marks ("on the BBC’s “Harbour Hour,”
        // while …"), and a noun follows: not a preposition, conjunction or
        // verb.
        let ends_bare = last >= 2 && !self.is_punct(last - 2);
        // A word that may be a verb is the noun when a comma, a cue or a
        // verb follows it: "The “Yes” campaign, led by …, argues".
        let noun_then_clause = |k: usize| {
            k < self.doc.tokens.len()
                && (self.text(k) == ","
                    || self.cue_at(k).is_some()
                    || is_likely_verb(self.doc.lower(k)))
        };
        let noun_after = last < self.doc.tokens.len() && {
            let next = self.doc.lower(last);
            self.text(last).starts_with(char::is_lowercase)
                && self.doc.tokens[last].kind == TokenKind::Word
                && !NOT_A_NOUN.contains(&next)
                && (!is_likely_verb(next) || noun_then_clause(last + 1))
                && self.cue_at(last).is_none()
        };
        // A title-case headline has no lowercase noun to modify.
        determiner && capitalized && ends_bare && noun_after
    }

    /// Two to six words, all capitalized but short function words.
    pub(super) fn is_title(&self, first: usize, last: usize, words: usize) -> bool {
        // A single capital is no title: “We’re with you”. A subtitle after
        // a colon makes a title longer: “Behind the Lines: Women at the
        // Somme”.
        let subtitled = words <= 10 && (first..last).any(|k| self.text(k) == ":");
        ((2..=6).contains(&words) || subtitled)
            && self
                .title_case_capitals(first..last)
                .is_some_and(|capitals| capitals >= 2)
    }

    /// How many words are capitalized, if every other word is a short
    /// function word ("Sea Shanties with Ada Quinlan").
    pub(super) fn title_case_capitals(&self, tokens: impl Iterator<Item = usize>) -> Option<usize> {
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
}

/// A noun among [`TERM_MARKERS`] ("film", "nickname"), not one of its
/// participles ("called", "dubbed"), which introduce a term only right
/// before it.
fn is_marker_noun(word: &str) -> bool {
    TERM_MARKERS.contains(&word) && !word.ends_with("ed")
}
