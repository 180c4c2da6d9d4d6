//! The result of analyzing one article, and the pipeline that builds it.

use crate::Span;
use crate::analyzer::{Extractor, Options};
use crate::date::{self, Date, DateMention};
use crate::entity::{self, Entity, EntityCluster, Mention};
use crate::lexicon::Lexicon;
use crate::quote::{self, Cue, Quote, Speaker, SpeakerSummary};
use crate::text::Document;

/// Where the reference date of an [`Analysis`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReferenceDateSource {
    /// The caller gave it in [`Options::reference_date`].
    Option,
    /// It was read from the article's dateline or first date line.
    Article,
}

impl ReferenceDateSource {
    /// `"option"` or `"article"`, as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceDateSource::Option => "option",
            ReferenceDateSource::Article => "article",
        }
    }
}

/// Everything found in one article.
///
/// All spans are UTF-8 byte offsets into the analyzed text, in text order,
/// and never overlap within one list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub(crate) reference_date: Option<(Date, ReferenceDateSource)>,
    pub(crate) entities: Vec<Entity>,
    pub(crate) clusters: Vec<EntityCluster>,
    pub(crate) quotes: Vec<Quote>,
    pub(crate) speakers: Vec<SpeakerSummary>,
    pub(crate) dates: Vec<DateMention>,
}

impl Analysis {
    /// The date relative expressions were resolved against, if any.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date.map(|(d, _)| d)
    }

    /// Whether the reference date was given or read from the article.
    pub fn reference_date_source(&self) -> Option<ReferenceDateSource> {
        self.reference_date.map(|(_, s)| s)
    }

    /// Entity mentions in text order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Each entity with its mentions, in order of first mention. Mentions
    /// with the same canonical name and label are one entity.
    pub fn clusters(&self) -> &[EntityCluster] {
        &self.clusters
    }

    /// Quotations in text order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Each speaker with their quotations, in order of first quotation.
    pub fn speakers(&self) -> &[SpeakerSummary] {
        &self.speakers
    }

    /// Date and time expressions in text order.
    pub fn dates(&self) -> &[DateMention] {
        &self.dates
    }
}

/// Runs the pipeline: the text layer once, then the extractors the options
/// ask for, then maps every span back to the caller's text.
pub(crate) fn run(
    lexicon: &Lexicon,
    tagger: &entity::Model,
    options: &Options,
    text: &str,
) -> Analysis {
    let doc = Document::new(text);
    let wants = |e| options.extractors.contains(e);

    // Dates are detected even when not wanted: the dateline gives the
    // reference date that the JSON reports.
    let found_dates = date::detect(&doc, options.date_order);
    let reference_date = match options.reference_date {
        Some(d) => Some((d, ReferenceDateSource::Option)),
        None => {
            date::detect_reference(&doc, &found_dates).map(|d| (d, ReferenceDateSource::Article))
        }
    };

    // Quote attribution needs the entities even when they are not shown.
    let mentions = if wants(Extractor::Entities) || wants(Extractor::Quotes) {
        entity::extract(&doc, lexicon, tagger)
    } else {
        Vec::new()
    };

    let quotes = if wants(Extractor::Quotes) {
        let show_entities = wants(Extractor::Entities);
        let quoted = quote::scan(&doc);
        quote::attribute(&doc, &quoted, &mentions, lexicon)
            .into_iter()
            .map(|a| Quote {
                span: original(&doc, text, a.span).0,
                text: original(&doc, text, a.span).1,
                kind: a.kind,
                speaker: a.speaker.map(|s| Speaker {
                    name: s.name,
                    entity: s.mention.filter(|_| show_entities),
                    span: original(&doc, text, s.span).0,
                }),
                cue: a.cue.map(|c| {
                    let (span, text) = original(&doc, text, c);
                    Cue { text, span }
                }),
            })
            .collect()
    } else {
        Vec::new()
    };

    let mut entities: Vec<Entity> = if wants(Extractor::Entities) {
        mentions.iter().map(|m| entity_of(&doc, text, m)).collect()
    } else {
        Vec::new()
    };
    let clusters = entity::cluster(&mut entities);

    let dates = if wants(Extractor::Dates) {
        let mut resolver = date::Resolver::new(&doc, reference_date.map(|(d, _)| d));
        let mut values: Vec<_> = found_dates.iter().map(|f| resolver.resolve(f)).collect();
        date::anchor_times(&doc, &found_dates, &mut values);
        found_dates
            .iter()
            .zip(values)
            .filter_map(|(f, value)| {
                let (value, timex_type) = value?;
                let (span, text) = original(&doc, text, f.span);
                Some(DateMention {
                    span,
                    text,
                    value,
                    timex_type,
                    ambiguous: f.ambiguous,
                })
            })
            .collect()
    } else {
        Vec::new()
    };

    let speakers = quote::summarize(&quotes);
    Analysis {
        reference_date,
        entities,
        clusters,
        quotes,
        speakers,
        dates,
    }
}

fn entity_of(doc: &Document<'_>, text: &str, m: &Mention) -> Entity {
    let (span, mention_text) = original(doc, text, m.span);
    Entity {
        span,
        text: mention_text,
        label: m.label,
        canonical: m.canonical.clone(),
        cluster: 0,
    }
}

/// A normalized span as a span of the caller's text, with that text.
fn original(doc: &Document<'_>, text: &str, span: Span) -> (Span, String) {
    let span = doc.original_span(span);
    (span, text[span.range()].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::Extractors;

    fn run_with(extractors: Extractors, text: &str) -> Analysis {
        let lexicon = Lexicon::load();
        run(
            &lexicon,
            &entity::Model::load(&lexicon),
            &Options::default().extractors(extractors),
            text,
        )
    }

    const TEXT: &str = "March 3, 2021\n\n“We are ready,” said Ada Quinlan on Wednesday.";

    #[test]
    fn only_the_chosen_extractors_report() {
        let none = run_with(Extractors::none(), TEXT);
        assert!(none.entities().is_empty() && none.quotes().is_empty() && none.dates().is_empty());
        // The dateline is still read: the reference date is not an extractor.
        assert_eq!(
            none.reference_date().map(|d| d.to_string()).as_deref(),
            Some("2021-03-03")
        );

        let dates = run_with(Extractors::none().with(Extractor::Dates), TEXT);
        assert_eq!(dates.dates().len(), 2);
        assert!(dates.quotes().is_empty());
    }

    #[test]
    fn speakers_name_no_entity_when_entities_are_off() {
        let quotes = run_with(Extractors::all().without(Extractor::Entities), TEXT);
        let speaker = quotes.quotes()[0].speaker().expect("a speaker");
        assert_eq!(speaker.name(), "Ada Quinlan");
        assert_eq!(speaker.entity(), None);
        assert!(quotes.entities().is_empty());

        let all = run_with(Extractors::all(), TEXT);
        let speaker = all.quotes()[0].speaker().expect("a speaker");
        assert_eq!(
            all.entities()[speaker.entity().expect("an entity")].text(),
            "Ada Quinlan"
        );
    }
}
