//! The JSON contract shared by the command line and the browser.
//!
//! ```text
//! {
//!   "reference_date": "2020-10-14" | null,
//!   "reference_date_source": "option" | "article" | null,
//!   "entities": [{"id", "start", "end", "text", "label", "canonical", "cluster"}],
//!   "clusters": [{"id", "canonical", "label", "mention_count",
//!                 "first_mention", "mentions": ["e0", …]}],
//!   "quotes": [{"id", "start", "end", "text", "kind",
//!               "speaker": {"name", "entity", "start", "end"} | null,
//!               "cue": {"text", "start", "end"} | null}],
//!   "dates": [{"id", "start", "end", "text", "value", "type", "ambiguous"}],
//!   "speakers": [{"name", "entity", "quotes": ["q0", …]}]
//! }
//! ```
//!
//! Offsets here are UTF-16 code units, so that JavaScript's
//! `text.slice(start, end)` gives the mention. They are converted from the
//! core's byte spans once, in a single pass over the text, by a `Utf16` table.
//! Ids are `e0…`, `c0…`, `q0…`, `d0…` by position; an entity's `cluster`
//! is the id of its cluster, and a speaker's `entity` is the id of the
//! entity mention the speaker resolved to. Fields may be added;
//! none is ever renamed or removed.

use serde::{Serialize, Serializer};

use crate::{Analysis, Span};

/// An [`Analysis`] in the JSON contract's shape, ready for serde.
///
/// ```
/// use article_analyzer::Analyzer;
///
/// let text = "🙂 “Hi,” said Ada Quinlan.";
/// let analysis = Analyzer::new().analyze(text);
/// let json = serde_json::to_value(analysis.to_json(text)).unwrap();
/// // The emoji is two UTF-16 code units, so the quote starts at 3.
/// assert_eq!(json["quotes"][0]["start"], 3);
/// assert_eq!(json["quotes"][0]["speaker"]["name"], "Ada Quinlan");
/// ```
#[derive(Debug, Serialize)]
pub struct JsonAnalysis<'a> {
    reference_date: Option<String>,
    reference_date_source: Option<Fixed>,
    entities: Vec<JsonEntity<'a>>,
    clusters: Vec<JsonCluster<'a>>,
    quotes: Vec<JsonQuote<'a>>,
    dates: Vec<JsonDate<'a>>,
    speakers: Vec<JsonSpeakerSummary<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonSpeakerSummary<'a> {
    name: &'a str,
    entity: Option<Id>,
    quotes: Ids<'a>,
}

#[derive(Debug, Serialize)]
struct JsonEntity<'a> {
    id: Id,
    start: usize,
    end: usize,
    text: &'a str,
    label: Fixed,
    canonical: &'a str,
    cluster: Id,
}

#[derive(Debug, Serialize)]
struct JsonCluster<'a> {
    id: Id,
    canonical: &'a str,
    label: Fixed,
    mention_count: usize,
    first_mention: Id,
    mentions: Ids<'a>,
}

#[derive(Debug, Serialize)]
struct JsonQuote<'a> {
    id: Id,
    start: usize,
    end: usize,
    text: &'a str,
    kind: Fixed,
    speaker: Option<JsonSpeaker<'a>>,
    cue: Option<JsonCue<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonSpeaker<'a> {
    name: &'a str,
    entity: Option<Id>,
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct JsonCue<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct JsonDate<'a> {
    id: Id,
    start: usize,
    end: usize,
    text: &'a str,
    value: &'a str,
    #[serde(rename = "type")]
    timex_type: Fixed,
    ambiguous: bool,
}

impl Analysis {
    /// This analysis in the JSON contract's shape. `text` must be the text
    /// that was analyzed: it is needed to count UTF-16 code units.
    pub fn to_json<'a>(&'a self, text: &str) -> JsonAnalysis<'a> {
        let mut offsets = Vec::new();
        let mut add = |s: Span| offsets.extend([s.start, s.end]);
        self.entities.iter().for_each(|e| add(e.span));
        self.dates.iter().for_each(|d| add(d.span));
        for q in &self.quotes {
            add(q.span);
            q.speaker.iter().for_each(|s| add(s.span));
            q.cue.iter().for_each(|c| add(c.span));
        }
        let utf16 = Utf16::new(text, offsets);
        let at = |s: Span| (utf16.get(s.start), utf16.get(s.end));

        let entities = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let (start, end) = at(e.span);
                JsonEntity {
                    id: Id::entity(i),
                    start,
                    end,
                    text: &e.text,
                    label: Fixed(e.label.as_str()),
                    canonical: &e.canonical,
                    cluster: Id::cluster(e.cluster),
                }
            })
            .collect();
        let clusters = self
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| JsonCluster {
                id: Id::cluster(i),
                canonical: &c.canonical,
                label: Fixed(c.label.as_str()),
                mention_count: c.mentions.len(),
                first_mention: Id::entity(c.first_mention()),
                mentions: Ids(ENTITY, &c.mentions),
            })
            .collect();
        let quotes = self
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let (start, end) = at(q.span);
                let speaker = q.speaker.as_ref().map(|s| {
                    let (start, end) = at(s.span);
                    JsonSpeaker {
                        name: &s.name,
                        entity: s.entity.map(Id::entity),
                        start,
                        end,
                    }
                });
                let cue = q.cue.as_ref().map(|c| {
                    let (start, end) = at(c.span);
                    JsonCue {
                        text: &c.text,
                        start,
                        end,
                    }
                });
                JsonQuote {
                    id: Id(QUOTE, i),
                    start,
                    end,
                    text: &q.text,
                    kind: Fixed(q.kind.as_str()),
                    speaker,
                    cue,
                }
            })
            .collect();
        let dates = self
            .dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let (start, end) = at(d.span);
                JsonDate {
                    id: Id(DATE, i),
                    start,
                    end,
                    text: &d.text,
                    value: &d.value,
                    timex_type: Fixed(d.timex_type.as_str()),
                    ambiguous: d.ambiguous,
                }
            })
            .collect();
        let speakers = self
            .speakers
            .iter()
            .map(|s| JsonSpeakerSummary {
                name: &s.name,
                entity: s.entity.map(Id::entity),
                quotes: Ids(QUOTE, &s.quotes),
            })
            .collect();
        JsonAnalysis {
            speakers,
            reference_date: self.reference_date().map(|d| d.to_string()),
            reference_date_source: self.reference_date_source().map(|s| Fixed(s.as_str())),
            entities,
            clusters,
            quotes,
            dates,
        }
    }
}

const ENTITY: u8 = b'e';
const CLUSTER: u8 = b'c';
const QUOTE: u8 = b'q';
const DATE: u8 = b'd';

/// An id such as "e12": a kind letter and a position. Written out only
/// while serializing, so a large result holds no id strings.
#[derive(Clone, Copy, Debug)]
struct Id(u8, usize);

impl Id {
    fn entity(index: usize) -> Id {
        Id(ENTITY, index)
    }

    fn cluster(index: usize) -> Id {
        Id(CLUSTER, index)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Written on the stack: an article has tens of thousands of ids,
        // and formatting each into a new string showed in the browser's
        // profile.
        let mut buffer = [0u8; 1 + 20];
        let mut at = buffer.len();
        let mut n = self.1;
        loop {
            at -= 1;
            buffer[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        at -= 1;
        buffer[at] = self.0;
        // ASCII throughout, so always UTF-8.
        serializer.serialize_str(std::str::from_utf8(&buffer[at..]).unwrap_or_default())
    }
}

/// One of the contract's fixed words ("PERSON", "speech", "DATE"). It is
/// serialized as a unit variant: JSON writes it as the string it is, and
/// serde-wasm-bindgen makes the JavaScript string once and reuses it.
#[derive(Debug, Clone, Copy)]
struct Fixed(&'static str);

impl Serialize for Fixed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_variant("Fixed", 0, self.0)
    }
}

/// A list of ids of one kind, by position.
#[derive(Debug)]
struct Ids<'a>(u8, &'a [usize]);

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.1.iter().map(|&i| Id(self.0, i)))
    }
}

/// Byte offsets → UTF-16 offsets for a fixed set of offsets, computed in
/// one pass over the text.
struct Utf16 {
    /// `(byte offset, UTF-16 offset)`, sorted by byte offset.
    table: Vec<(usize, usize)>,
}

impl Utf16 {
    fn new(text: &str, mut offsets: Vec<usize>) -> Utf16 {
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut units = 0;
        for (byte, c) in text.char_indices() {
            while let Some(&o) = wanted.peek() {
                if o > byte {
                    break;
                }
                table.push((o, units));
                wanted.next();
            }
            units += c.len_utf16();
        }
        // Offsets at or past the end (the end of the last mention, or a
        // text that is not the analyzed one) map to the end.
        table.extend(wanted.map(|o| (o, units)));
        Utf16 { table }
    }

    fn get(&self, byte: usize) -> usize {
        // Every offset asked for was registered in `new`; the fallback only
        // keeps a logic error from becoming a panic.
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(i) => self.table.get(i.wrapping_sub(1)).map_or(0, |&(_, u)| u),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_and_bmp_characters() {
        let text = "€ 🙂 東京 “x”";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let utf16 = Utf16::new(text, offsets.clone());
        let expected: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| text[..i].encode_utf16().count())
            .chain([text.encode_utf16().count()])
            .collect();
        let got: Vec<usize> = offsets.iter().map(|&o| utf16.get(o)).collect();
        assert_eq!(got, expected);
    }
}
