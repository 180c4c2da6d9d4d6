//! Named entities: people, organizations, places and other names.
//!
//! This first labeller is rule-based. It finds runs of capitalized words
//! (joined by "of", "and", "&"…), trims what is not part of a name (a
//! sentence-initial "In", a leading "The", months, titles such as "Foreign
//! Secretary"), and labels each run from embedded gazetteers (first names,
//! surnames, places, common words) and cue words ("… Agency" is an
//! organization, "… Square" a place). A document-level pass then makes
//! labels consistent and links mentions: "McCallum" takes the canonical name
//! "Ken McCallum", and "NCSC" the name it abbreviates in "National Cyber
//! Security Centre (NCSC)".

mod canonical;
mod cues;
mod rules;

use std::fmt;
use std::ops::Range;

pub(crate) use rules::extract;

use crate::Span;

/// The kind of thing an [`Entity`] names, following the CoNLL-2003 classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EntityLabel {
    /// A person: "Ken McCallum", "McCallum".
    Person,
    /// An organization: "MI5", "University of Oxford".
    Org,
    /// A place: "Beijing", "Tiananmen Square".
    Loc,
    /// Any other name, including nationalities: "Chinese".
    Misc,
}

impl EntityLabel {
    /// The label as written in the JSON output: `"PERSON"`, `"ORG"`, `"LOC"`
    /// or `"MISC"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

impl fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One mention of a named entity.
///
/// ```
/// use article_analyzer::{Analyzer, EntityLabel};
///
/// let text = "Foreign Secretary Dominic Raab visited Beijing. Raab left.";
/// let analysis = Analyzer::new().analyze(text);
/// let raab: Vec<_> = analysis
///     .entities()
///     .iter()
///     .filter(|e| e.label() == EntityLabel::Person)
///     .map(|e| (e.text(), e.canonical()))
///     .collect();
/// assert_eq!(raab, [("Dominic Raab", "Dominic Raab"), ("Raab", "Dominic Raab")]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) label: EntityLabel,
    pub(crate) canonical: String,
}

impl Entity {
    /// Where the mention is, in bytes of the analyzed text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The mention as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What kind of entity this is.
    pub fn label(&self) -> EntityLabel {
        self.label
    }

    /// The fullest name the article gives this entity. Mentions with the
    /// same canonical name and label refer to the same entity.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }
}

/// An entity mention as the extractors pass it around: in normalized text,
/// with its tokens.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) tokens: Range<usize>,
    pub(crate) span: Span,
    pub(crate) label: EntityLabel,
    pub(crate) canonical: String,
    /// Labelled by a cue or gazetteer rather than by elimination.
    pub(crate) confident: bool,
    /// A single capitalized common word ("Trump", "Weaver"): a name only if
    /// the document links it to one.
    pub(crate) common_word: bool,
}
