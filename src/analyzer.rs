//! The entry point: [`Analyzer`], its builder and its options.

use std::fmt;

use crate::analysis::{self, Analysis};
use crate::date::{Date, DateOrder};
use crate::entity;
use crate::lexicon::Lexicon;

/// Finds quotations, entities and dates in articles.
///
/// Building an analyzer loads the embedded word lists, so build one and
/// reuse it for every article. [`analyze`](Analyzer::analyze) takes `&self`
/// and never fails: text with nothing in it gives an empty [`Analysis`].
///
/// ```
/// use article_analyzer::Analyzer;
///
/// let analyzer = Analyzer::new();
/// let analysis = analyzer.analyze("“We are ready,” said Ada Quinlan on Monday.");
/// assert_eq!(analysis.quotes()[0].speaker().unwrap().name(), "Ada Quinlan");
/// assert!(analyzer.analyze("").quotes().is_empty());
/// ```
pub struct Analyzer {
    lexicon: Lexicon,
    tagger: entity::Model,
    options: Options,
}

impl Analyzer {
    /// An analyzer with the default [`Options`]: every extractor, and the
    /// reference date taken from each article's own dateline.
    pub fn new() -> Analyzer {
        Analyzer::builder().build()
    }

    /// Starts configuring an analyzer.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder {
            options: Options::default(),
        }
    }

    /// Analyzes one article with the options the analyzer was built with.
    pub fn analyze(&self, text: &str) -> Analysis {
        analysis::run(&self.lexicon, &self.tagger, &self.options, text)
    }

    /// Analyzes one article with other options, such as its own reference
    /// date in a batch.
    ///
    /// ```
    /// use article_analyzer::{Analyzer, Date, Options};
    ///
    /// let analyzer = Analyzer::new();
    /// let options = Options::default().reference_date(Some(Date::new(2020, 10, 14)?));
    /// let analysis = analyzer.analyze_with("It happened yesterday.", &options);
    /// assert_eq!(analysis.dates()[0].value(), "2020-10-13");
    /// # Ok::<(), article_analyzer::Error>(())
    /// ```
    pub fn analyze_with(&self, text: &str, options: &Options) -> Analysis {
        analysis::run(&self.lexicon, &self.tagger, options, text)
    }

    /// The options [`analyze`](Analyzer::analyze) uses.
    pub fn options(&self) -> &Options {
        &self.options
    }
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The lexicon is tens of thousands of words; leave it out.
        f.debug_struct("Analyzer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Configures an [`Analyzer`].
///
/// ```
/// use article_analyzer::{Analyzer, Date, Extractor, Extractors};
///
/// let analyzer = Analyzer::builder()
///     .reference_date(Some(Date::new(2020, 10, 14)?))
///     .extractors(Extractors::all().without(Extractor::Entities))
///     .build();
/// let analysis = analyzer.analyze("Ken McCallum spoke on Wednesday.");
/// assert!(analysis.entities().is_empty());
/// assert_eq!(analysis.dates()[0].value(), "2020-10-14");
/// # Ok::<(), article_analyzer::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    options: Options,
}

impl AnalyzerBuilder {
    /// The date relative expressions resolve against. `None`, the default,
    /// takes it from each article's dateline when there is one.
    pub fn reference_date(mut self, date: Option<Date>) -> AnalyzerBuilder {
        self.options.reference_date = date;
        self
    }

    /// Which extractors run. All of them by default.
    pub fn extractors(mut self, extractors: Extractors) -> AnalyzerBuilder {
        self.options.extractors = extractors;
        self
    }

    /// How numeric dates such as `03/04/2020` read. Month first by
    /// default.
    pub fn date_order(mut self, order: DateOrder) -> AnalyzerBuilder {
        self.options.date_order = order;
        self
    }

    /// Builds the analyzer, loading the embedded data.
    pub fn build(self) -> Analyzer {
        let lexicon = Lexicon::load();
        let tagger = entity::Model::load(&lexicon);
        Analyzer {
            lexicon,
            tagger,
            options: self.options,
        }
    }
}

/// How to analyze an article.
///
/// The defaults live here and only here; the command line and the
/// JavaScript API start from `Options::default()`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date that "yesterday", "Wednesday" and "July" resolve against.
    /// When `None`, the article's own dateline is used if it has one, and
    /// otherwise such dates keep underspecified values (`XXXX-07`).
    pub reference_date: Option<Date>,
    /// Which extractors run.
    pub extractors: Extractors,
    /// How numeric dates such as `03/04/2020` read.
    pub date_order: DateOrder,
}

impl Options {
    /// Sets [`Options::reference_date`].
    pub fn reference_date(mut self, date: Option<Date>) -> Options {
        self.reference_date = date;
        self
    }

    /// Sets [`Options::extractors`].
    pub fn extractors(mut self, extractors: Extractors) -> Options {
        self.extractors = extractors;
        self
    }

    /// Sets [`Options::date_order`].
    pub fn date_order(mut self, order: DateOrder) -> Options {
        self.date_order = order;
        self
    }
}

/// One of the three extractors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extractor {
    /// Quotations and their speakers.
    Quotes,
    /// Named entities.
    Entities,
    /// Dates and times.
    Dates,
}

/// A set of [`Extractor`]s.
///
/// ```
/// use article_analyzer::{Extractor, Extractors};
///
/// let dates_only = Extractors::none().with(Extractor::Dates);
/// assert!(dates_only.contains(Extractor::Dates));
/// assert!(!dates_only.contains(Extractor::Quotes));
/// assert_eq!(Extractors::default(), Extractors::all());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Extractors {
    bits: u8,
}

impl Extractors {
    const fn bit(extractor: Extractor) -> u8 {
        match extractor {
            Extractor::Quotes => 1,
            Extractor::Entities => 2,
            Extractor::Dates => 4,
        }
    }

    /// Every extractor.
    pub const fn all() -> Extractors {
        Extractors { bits: 7 }
    }

    /// No extractor.
    pub const fn none() -> Extractors {
        Extractors { bits: 0 }
    }

    /// This set plus `extractor`.
    pub const fn with(self, extractor: Extractor) -> Extractors {
        Extractors {
            bits: self.bits | Extractors::bit(extractor),
        }
    }

    /// This set minus `extractor`.
    pub const fn without(self, extractor: Extractor) -> Extractors {
        Extractors {
            bits: self.bits & !Extractors::bit(extractor),
        }
    }

    /// Whether `extractor` is in the set.
    pub const fn contains(self, extractor: Extractor) -> bool {
        self.bits & Extractors::bit(extractor) != 0
    }
}

impl Default for Extractors {
    fn default() -> Extractors {
        Extractors::all()
    }
}

impl fmt::Debug for Extractors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let all = [Extractor::Quotes, Extractor::Entities, Extractor::Dates];
        f.debug_set()
            .entries(all.iter().filter(|&&e| self.contains(e)))
            .finish()
    }
}
