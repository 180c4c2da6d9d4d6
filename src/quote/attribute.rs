//! Attribution: who said each quotation.

use std::ops::Range;

use super::QuoteKind;
use super::scan::Quoted;
use crate::Span;
use crate::entity::{EntityLabel, Mention};
use crate::text::{Document, TokenKind};

/// Verbs that report speech, in the forms news uses around quotes.
const CUE_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adding",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "alleged",
    "announced",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "boasted",
    "cautioned",
    "claimed",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concedes",
    "concluded",
    "confirmed",
    "continued",
    "contended",
    "countered",
    "declared",
    "emphasised",
    "emphasized",
    "exclaimed",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "maintained",
    "mused",
    "noted",
    "notes",
    "observed",
    "pleaded",
    "posted",
    "predicted",
    "promised",
    "quipped",
    "recalled",
    "recalls",
    "remarked",
    "replied",
    "responded",
    "revealed",
    "reiterated",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "testified",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "warns",
    "wrote",
    "writes",
    "yelled",
];

/// Words that may sit between a speaker and the cue: "he also said",
/// "McCallum has said".
const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
    "again",
    "also",
    "had",
    "has",
    "have",
    "later",
    "once",
    "previously",
    "then",
    "would",
];

/// Words that end a speaker phrase after an inverted cue ("said
/// McCallum *on* Wednesday").
const PHRASE_ENDS: &[&str] = &[
    "after", "as", "at", "because", "before", "during", "in", "on", "that", "when", "while",
];

/// Heads of role descriptions that stand for a named person: "the MI5
/// chief", "the harbour master".
const ROLE_NOUNS: &[&str] = &[
    "ambassador",
    "boss",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commissioner",
    "director",
    "director-general",
    "executive",
    "governor",
    "head",
    "leader",
    "manager",
    "master",
    "mayor",
    "minister",
    "official",
    "president",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Words just before a short quotation that make it a term: "the
/// so-called “smart” meters", "a sailor known as “Hook”".
const TERM_MARKERS: &[&str] = &[
    "called",
    "dubbed",
    "named",
    "nicknamed",
    "so-called",
    "term",
    "titled",
    "word",
    "phrase",
    "as",
];

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
    person: bool,
    paragraph: usize,
}

/// Attributes every quotation. `mentions` are the document's entity
/// mentions in text order.
pub(crate) fn attribute(
    doc: &Document<'_>,
    quotes: &[Quoted],
    mentions: &[Mention],
) -> Vec<Attributed> {
    let mut attributor = Attributor {
        doc,
        quotes,
        mentions,
        current: None,
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
    /// The last speaker of speech, for continuations and "the MI5 chief".
    current: Option<SpeakerRef>,
}

/// Where a cue was found and the tokens of the speaker phrase beside it.
struct CueMatch {
    cue: Range<usize>,
    phrase: Range<usize>,
}

impl Attributor<'_> {
    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    fn inside_quote(&self, i: usize) -> bool {
        let span = self.doc.tokens[i].span;
        let k = self.quotes.partition_point(|q| q.span.end <= span.start);
        self.quotes.get(k).is_some_and(|q| q.span.contains(span))
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
        let first_sentence = doc.sentence_of_token(first);
        let last_sentence = doc.sentence_of_token(last - 1);
        let paragraph = doc.sentences[first_sentence].paragraph;
        let sentence_start = doc.sentences[first_sentence].tokens.start;
        let sentence_end = doc.sentences[last_sentence].tokens.end;
        let words = (first..last)
            .filter(|&i| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .count();

        if self.is_term(quote, first, last, words, paragraph) {
            return term;
        }
        let found = self
            .cue_after(index, last, sentence_end)
            .or_else(|| self.cue_before(sentence_start, first));
        let starts_sentence =
            (sentence_start..first).all(|i| doc.tokens[i].kind == TokenKind::Punct);
        let (speaker, cue) = match found {
            Some(m) => {
                let cue = doc.token_span(m.cue.clone());
                (
                    self.resolve(m.phrase, sentence_start, m.cue.start, paragraph),
                    Some(cue),
                )
            }
            None if starts_sentence => (self.continuation(paragraph), None),
            None => (None, None),
        };
        if speaker.is_none() && cue.is_none() && words <= 4 && !starts_sentence {
            return term; // scare quotes
        }
        if let Some(s) = &speaker {
            self.current = Some(SpeakerRef {
                paragraph,
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

    /// Subheads that are only a short quotation, and short quotations
    /// introduced as names ("known as “Hook”").
    fn is_term(
        &self,
        quote: &Quoted,
        first: usize,
        last: usize,
        words: usize,
        paragraph: usize,
    ) -> bool {
        let doc = self.doc;
        let whole_paragraph = doc.paragraphs[paragraph].span == quote.span;
        let sentence_inside = (first..last).any(|i| matches!(self.text(i), "." | "!" | "?"));
        if whole_paragraph && words <= 6 && !sentence_inside {
            return true;
        }
        let marker =
            first > 0 && TERM_MARKERS.contains(&self.text(first - 1).to_lowercase().as_str());
        let known_as =
            marker && self.text(first - 1) == "as" && first > 1 && self.text(first - 2) == "known";
        words <= 5 && marker && (self.text(first - 1) != "as" || known_as)
    }

    fn is_cue(&self, i: usize) -> Option<Range<usize>> {
        let word = self.text(i);
        if CUE_VERBS.contains(&word) {
            return Some(i..i + 1);
        }
        let according = word.eq_ignore_ascii_case("according")
            && i + 1 < self.doc.tokens.len()
            && self.text(i + 1) == "to";
        according.then_some(i..i + 2)
    }

    /// “…,” he said. / “…,” said McCallum. / “…” threats, some of them
    /// new, said McCallum.
    fn cue_after(&self, index: usize, from: usize, end: usize) -> Option<CueMatch> {
        let next_quote = self
            .quotes
            .get(index + 1)
            .map_or(usize::MAX, |q| q.span.start);
        let mut i = from;
        while i < end {
            if self.doc.tokens[i].span.start >= next_quote {
                return None;
            }
            if let Some(cue) = self.is_cue(i) {
                let inverted = i == from
                    || matches!(self.text(i - 1), "," | "—" | "–" | "”" | "’" | "\"" | "'");
                let phrase = if inverted || cue.len() == 2 {
                    self.phrase_after(cue.end, end)
                } else {
                    self.phrase_before(from, i)
                };
                return Some(CueMatch { cue, phrase });
            }
            i += 1;
        }
        None
    }

    /// McCallum said on Wednesday that … “…” / According to X, “…”
    fn cue_before(&self, start: usize, quote_first: usize) -> Option<CueMatch> {
        let i = (start..quote_first)
            .rev()
            .find(|&i| !self.inside_quote(i) && self.is_cue(i).is_some())?;
        let cue = self.is_cue(i)?;
        let mut phrase = if cue.len() == 2 {
            0..0
        } else {
            self.phrase_before(start, i)
        };
        if phrase.is_empty() {
            phrase = self.phrase_after(cue.end, quote_first);
        }
        Some(CueMatch { cue, phrase })
    }

    /// The speaker phrase right after an inverted cue, up to a comma or a
    /// preposition: "said *the MI5 chief*.", "said *Tom Reyes*, a former…".
    fn phrase_after(&self, from: usize, end: usize) -> Range<usize> {
        let mut stop = from;
        while stop < end && stop - from < 12 {
            let word = self.text(stop);
            let punct = self.doc.tokens[stop].kind == TokenKind::Punct;
            if punct || PHRASE_ENDS.contains(&word) {
                break;
            }
            stop += 1;
        }
        from..stop
    }

    /// The speaker phrase before a cue, back to a clause boundary:
    /// "In April, *Ken McCallum* said", "*he* told".
    fn phrase_before(&self, limit: usize, cue: usize) -> Range<usize> {
        let mut end = cue;
        while end > limit && BETWEEN_SPEAKER_AND_CUE.contains(&self.text(end - 1)) {
            end -= 1;
        }
        let mut start = end;
        while start > limit && end - start < 10 {
            let word = self.text(start - 1);
            let punct = self.doc.tokens[start - 1].kind == TokenKind::Punct;
            if punct
                || matches!(word, "that" | "and" | "but" | "while" | "as")
                || self.inside_quote(start - 1)
            {
                break;
            }
            start -= 1;
        }
        start..end
    }

    /// Who a speaker phrase names.
    fn resolve(
        &self,
        phrase: Range<usize>,
        sentence_start: usize,
        cue: usize,
        paragraph: usize,
    ) -> Option<SpeakerRef> {
        let doc = self.doc;
        if phrase.is_empty() {
            // "…, saying “…”": the sentence's subject speaks.
            let subject = self
                .mentions_in(sentence_start..cue)
                .find(|&m| self.mentions[m].label != EntityLabel::Misc)?;
            return Some(self.speaker_from(subject, self.mentions[subject].span, paragraph));
        }
        let span = doc.token_span(phrase.clone());
        let in_phrase: Vec<usize> = self.mentions_in(phrase.clone()).collect();
        if let Some(&m) = in_phrase
            .iter()
            .find(|&&m| self.mentions[m].label == EntityLabel::Person)
        {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        let head = self.text(phrase.end - 1).to_lowercase();
        if ROLE_NOUNS.contains(&head.as_str())
            && let Some(current) = self.current.as_ref().filter(|c| c.person)
        {
            return Some(SpeakerRef {
                span,
                paragraph,
                ..current.clone()
            });
        }
        if let Some(&m) = in_phrase
            .iter()
            .find(|&&m| self.mentions[m].label != EntityLabel::Misc)
        {
            return Some(self.speaker_from(m, self.mentions[m].span, paragraph));
        }
        if phrase.len() == 1 && matches!(head.as_str(), "he" | "she") {
            return self
                .antecedent(phrase.start)
                .map(|m| self.speaker_from(m, span, paragraph));
        }
        Some(SpeakerRef {
            name: doc.slice(span).to_string(),
            mention: None,
            span,
            person: false,
            paragraph,
        })
    }

    fn speaker_from(&self, m: usize, span: Span, paragraph: usize) -> SpeakerRef {
        let mention = &self.mentions[m];
        SpeakerRef {
            name: mention.canonical.clone(),
            mention: Some(m),
            span,
            person: mention.label == EntityLabel::Person,
            paragraph,
        }
    }

    /// Mention indices lying inside the token range.
    fn mentions_in(&self, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let first = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.start);
        (first..self.mentions.len()).take_while(move |&m| self.mentions[m].tokens.end <= tokens.end)
    }

    /// "he" or "she": a person named in this or the previous sentence, or
    /// else the current speaker, or else the last person named.
    fn antecedent(&self, pronoun: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|m| m.tokens.end <= pronoun);
        let last_person = (0..before)
            .rev()
            .find(|&m| self.mentions[m].label == EntityLabel::Person);
        let sentence = self.doc.sentence_of_token(pronoun);
        let nearby = last_person
            .filter(|&m| self.doc.sentence_of_token(self.mentions[m].tokens.start) + 1 >= sentence);
        let current = self
            .current
            .as_ref()
            .filter(|c| c.person)
            .and_then(|c| c.mention);
        nearby.or(current).or(last_person)
    }

    /// A quotation with no cue that opens its sentence continues the
    /// speaker of this or the previous paragraph.
    fn continuation(&self, paragraph: usize) -> Option<SpeakerRef> {
        self.current
            .clone()
            .filter(|c| c.paragraph + 1 >= paragraph)
    }
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

    #[test]
    fn a_role_with_no_one_to_stand_for_stays_a_description() {
        assert_eq!(
            speakers("“We are closed,” said the harbour master."),
            [(
                "the harbour master".to_string(),
                "the harbour master".to_string()
            )]
        );
    }

    #[test]
    fn a_pronoun_prefers_a_person_named_nearby_over_the_current_speaker() {
        let text = "“It is late,” said Ada Quinlan.\n\nTom Reyes arrived after the vote. “I missed it,” he said.";
        let found = speakers(text);
        assert_eq!(found[1], ("Tom Reyes".to_string(), "he".to_string()));
    }

    #[test]
    fn a_pronoun_falls_back_to_the_current_speaker() {
        let text = "“It is late,” said Ada Quinlan.\n\nThe vote was delayed by a storm over Lisbon.\n\n“We wait,” she said.";
        assert_eq!(
            speakers(text)[1],
            ("Ada Quinlan".to_string(), "she".to_string())
        );
    }
}
