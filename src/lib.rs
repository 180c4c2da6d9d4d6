//! Find who said what, who and what is named, and when, in a news article.
//!
//! `article-analyzer` reads one article and reports three things:
//!
//! * **quotations**, each with the person or organization who said it;
//! * **named entities** (people, organizations, places, other names), with
//!   their mentions linked to one canonical name;
//! * **dates and times**, normalized to TIMEX3 values and resolved against
//!   the article's publication date.
//!
//! It runs natively and, compiled to WebAssembly, inside a browser page, so
//! the text never leaves the reader's machine.
//!
//! # Analyzing an article
//!
//! Build an [`Analyzer`] once; it loads the embedded word lists. Then call
//! [`Analyzer::analyze`] on each article. Analysis cannot fail: any string
//! is an article, and one with nothing in it gives empty results.
//!
//! ```
//! use article_analyzer::{Analyzer, EntityLabel};
//!
//! let text = "\
//! Harbour Council Approves Pier Plan
//!
//! March 3, 2021
//!
//! Ada Quinlan, the council leader, said on Wednesday that work would start in July.
//!
//! “We have waited long enough,” she told reporters.";
//!
//! let analysis = Analyzer::new().analyze(text);
//!
//! // The dateline under the headline dates the article.
//! assert_eq!(analysis.reference_date().unwrap().to_string(), "2021-03-03");
//!
//! let quote = &analysis.quotes()[0];
//! assert_eq!(quote.text(), "“We have waited long enough,”");
//! assert_eq!(quote.speaker().unwrap().name(), "Ada Quinlan");
//!
//! let people: Vec<&str> = analysis
//!     .entities()
//!     .iter()
//!     .filter(|e| e.label() == EntityLabel::Person)
//!     .map(|e| e.text())
//!     .collect();
//! assert_eq!(people, ["Ada Quinlan"]);
//!
//! // "Wednesday" in a past-tense sentence is the last one before
//! // March 3, 2021 (itself a Wednesday); "July", said before it happened,
//! // is the coming one.
//! let dates: Vec<(&str, &str)> = analysis.dates().iter().map(|d| (d.text(), d.value())).collect();
//! assert_eq!(dates, [("March 3, 2021", "2021-03-03"), ("Wednesday", "2021-03-03"), ("July", "2021-07")]);
//! ```
//!
//! # Spans
//!
//! Every result carries a [`Span`] of UTF-8 byte offsets into the text you
//! passed in, so `&text[span.range()]` is the mention. Internally the text
//! is normalized first (line breaks, exotic spaces, invisible characters;
//! see the `text` module), and spans are mapped back before you see them.
//!
//! # Reference dates
//!
//! "Yesterday", "Wednesday" and "July" mean nothing without a date to count
//! from. This crate never reads the clock. It uses, in order:
//!
//! 1. [`Options::reference_date`], when you give one;
//! 2. the article's own dateline ("October 14, 2020 Updated: …") in its
//!    first few short paragraphs;
//! 3. nothing: such dates then get underspecified TIMEX3 values, `XXXX-07`
//!    for "July" and `XXXX-WXX-3` for "Wednesday".
//!
//! ```
//! use article_analyzer::{Analyzer, Date};
//!
//! let text = "The council voted on Wednesday.";
//! assert_eq!(Analyzer::new().analyze(text).dates()[0].value(), "XXXX-WXX-3");
//!
//! let analyzer = Analyzer::builder().reference_date(Some("2020-10-16".parse::<Date>()?)).build();
//! assert_eq!(analyzer.analyze(text).dates()[0].value(), "2020-10-14");
//! # Ok::<(), article_analyzer::Error>(())
//! ```
//!
//! # Entities and their clusters
//!
//! Each [`Entity`] is one mention as written, with the fullest name the
//! article gives it ([`Entity::canonical`]). Mentions sharing a canonical
//! name and label form an [`EntityCluster`]: "Ken McCallum", "McCallum";
//! "National Cyber Security Centre", "NCSC"; "United States", "the U.S.".
//!
//! ```
//! use article_analyzer::Analyzer;
//!
//! let text = "The National Cyber Security Centre (NCSC) warned banks. \
//!             Ken McCallum agreed, and McCallum said the NCSC was right.";
//! let analysis = Analyzer::new().analyze(text);
//! let summary: Vec<(&str, usize)> = analysis
//!     .clusters()
//!     .iter()
//!     .map(|c| (c.canonical(), c.mentions().len()))
//!     .collect();
//! assert_eq!(summary, [("National Cyber Security Centre", 3), ("Ken McCallum", 2)]);
//! ```
//!
//! # JSON and JavaScript
//!
//! [`Analysis::to_json`] gives the JSON contract that the command-line tool
//! prints and the WebAssembly module returns. Its offsets count UTF-16 code
//! units, as JavaScript strings do; the conversion happens there and only
//! there. See the [`json`] module for the shape.
//!
//! # How it works
//!
//! The text layer normalizes the article and splits it into tokens,
//! sentences (aware of "U.S.", "Oct.", "Dr." and of quotes that close after
//! the period) and paragraphs. The three extractors then read that:
//!
//! * entities: a learned tagger (an averaged perceptron over hashed word,
//!   shape, context and gazetteer features, trained on CoNLL-2003; see
//!   `data/model/MODEL_CARD.md`) reading alongside hand-written rules, then
//!   a document pass that makes labels agree and links mentions;
//! * quotes: a mark scanner, then attribution from speech cues, resolving
//!   "he" and "the MI5 chief" to the person named earlier;
//! * dates: token patterns, then resolution by the tense of the sentence.

mod analysis;
mod analyzer;
mod date;
mod entity;
mod error;
pub mod json;
mod lexicon;
mod quote;
mod span;
mod text;
mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// Training the entity tagger; only with the `train` feature.
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod training {
    pub use crate::entity::model::train::{Report, train};
}

// The README's Rust examples run as doctests, so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use analysis::{Analysis, ReferenceDateSource};
pub use analyzer::{Analyzer, AnalyzerBuilder, Extractor, Extractors, Options};
pub use date::{Date, DateMention, DateOrder, TimexType};
pub use entity::{Entity, EntityCluster, EntityLabel};
pub use error::Error;
pub use quote::{Cue, Quote, QuoteKind, Speaker, SpeakerSummary};
pub use span::Span;
