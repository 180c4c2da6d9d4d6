//! Quotations and who said them.
//!
//! [`scan`] finds quotations by their marks. [`attribute`] then reads the
//! sentence around each one for a speech cue ("said", "told", "according
//! to"), takes the speaker from the words beside the cue, and resolves
//! pronouns ("he"), surnames and role descriptions ("the MI5 chief") to the
//! person the article named. A paragraph that is only a quotation continues
//! the previous speaker. Short quotations with no cue, and headline-like
//! paragraphs that are only a quotation, are terms rather than speech.

mod attribute;
mod cues;
mod scan;

use std::fmt;

pub(crate) use attribute::attribute;
pub(crate) use cues::{is_person_noun, is_surely_person_noun};
pub(crate) use scan::scan;

use crate::Span;

/// Whether a quotation reports speech or only marks a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteKind {
    /// Someone's words, in full or in part.
    Speech,
    /// Scare quotes, titles, nicknames, and quoted headlines or subheads.
    Term,
}

impl QuoteKind {
    /// The kind as written in the JSON output: `"speech"` or `"term"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
        }
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A quotation, with its marks.
///
/// ```
/// use article_analyzer::Analyzer;
///
/// let text = "Ada Quinlan runs the council.\n\n“We will rebuild the pier,” she said.";
/// let analysis = Analyzer::new().analyze(text);
/// let quote = &analysis.quotes()[0];
/// assert_eq!(quote.text(), "“We will rebuild the pier,”");
/// let speaker = quote.speaker().unwrap();
/// assert_eq!(speaker.name(), "Ada Quinlan");
/// assert_eq!(&text[speaker.span().range()], "she");
/// assert_eq!(quote.cue().unwrap().text(), "said");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Cue>,
}

impl Quote {
    /// Where the quotation is, marks included, in bytes of the analyzed
    /// text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The quotation as written, marks included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Speech or term.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// Who said it, when the article says. Terms have no speaker.
    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker.as_ref()
    }

    /// The words that attribute it ("said", "told", "according to").
    pub fn cue(&self) -> Option<&Cue> {
        self.cue.as_ref()
    }
}

/// The person, organization or description a quotation is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub(crate) name: String,
    pub(crate) entity: Option<usize>,
    pub(crate) span: Span,
}

impl Speaker {
    /// The speaker's canonical full name ("Ken McCallum" even where the
    /// article says "he"), or the description as written for unnamed
    /// sources ("one official who spoke on condition of anonymity").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The index into [`Analysis::entities`](crate::Analysis::entities) of
    /// the entity mention the speaker resolved to, when there is one.
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    /// The mention used in the attribution: a name, "he", "the MI5 chief".
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The words that attribute a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub(crate) text: String,
    pub(crate) span: Span,
}

impl Cue {
    /// The cue as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the cue is, in bytes of the analyzed text.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// One speaker and the quotations attributed to them, for a "who said
/// what" view.
///
/// ```
/// use article_analyzer::Analyzer;
///
/// let text = "“Yes,” said Ada Quinlan. “No,” said Tom Reyes. “Maybe,” Quinlan added.";
/// let analysis = Analyzer::new().analyze(text);
/// let who: Vec<(&str, &[usize])> = analysis.speakers().iter().map(|s| (s.name(), s.quotes())).collect();
/// assert_eq!(who, [("Ada Quinlan", &[0, 2][..]), ("Tom Reyes", &[1][..])]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerSummary {
    pub(crate) name: String,
    pub(crate) entity: Option<usize>,
    pub(crate) quotes: Vec<usize>,
}

impl SpeakerSummary {
    /// The speaker's canonical name, as in [`Speaker::name`].
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The first entity mention any of their attributions resolved to.
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    /// Indices into [`Analysis::quotes`](crate::Analysis::quotes), in text
    /// order.
    pub fn quotes(&self) -> &[usize] {
        &self.quotes
    }
}

/// Groups quotations by speaker name, in order of each speaker's first
/// quotation.
pub(crate) fn summarize(quotes: &[Quote]) -> Vec<SpeakerSummary> {
    let mut speakers: Vec<SpeakerSummary> = Vec::new();
    for (i, quote) in quotes.iter().enumerate() {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        match speakers.iter_mut().find(|s| s.name == speaker.name) {
            Some(summary) => {
                summary.quotes.push(i);
                summary.entity = summary.entity.or(speaker.entity);
            }
            None => speakers.push(SpeakerSummary {
                name: speaker.name.clone(),
                entity: speaker.entity,
                quotes: vec![i],
            }),
        }
    }
    speakers
}
