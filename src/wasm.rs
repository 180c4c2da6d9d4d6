//! The JavaScript API, compiled for `wasm32` only.
//!
//! ```js
//! import init, { Analyzer } from "./pkg/article_analyzer.js";
//! await init();
//! const analyzer = new Analyzer();
//! const result = analyzer.analyze(text, { referenceDate: "2020-10-14" });
//! text.slice(result.quotes[0].start, result.quotes[0].end); // the quote
//! ```
//!
//! `analyze` returns the JSON contract of [`crate::json`] as a plain object.
//! This is the only module that knows about JavaScript.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Date, DateOrder, Options};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options for one call to `Analyzer.analyze`. */
export interface AnalyzeOptions {
  /** The day relative dates resolve against, as "YYYY-MM-DD". Default: the article's own dateline. */
  referenceDate?: string | null;
  /** How to read 03/04/2020: "month-first" (March 4, the default) or "day-first" (3 April). */
  dateOrder?: "month-first" | "day-first" | null;
}

/** A named entity mention. Offsets count UTF-16 code units: `text.slice(start, end)`. */
export interface Entity {
  id: string;
  start: number;
  end: number;
  text: string;
  label: "PERSON" | "ORG" | "LOC" | "MISC";
  /** The fullest name the article gives this entity ("McCallum" → "Ken McCallum"). */
  canonical: string;
  /** The id of this mention's entry in `clusters`. */
  cluster: string;
}

/** One entity and the ids of all its mentions, in text order. */
export interface EntityCluster {
  id: string;
  canonical: string;
  label: "PERSON" | "ORG" | "LOC" | "MISC";
  mention_count: number;
  first_mention: string;
  mentions: string[];
}

/** Who a quotation is attributed to, and the words used for them ("he", "the MI5 chief"). */
export interface Speaker {
  name: string;
  /** The id of the entity mention the speaker resolved to. */
  entity: string | null;
  start: number;
  end: number;
}

/** The words that attribute a quotation ("said", "according to"). */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

/** A quotation, marks included. */
export interface Quote {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: "speech" | "term";
  speaker: Speaker | null;
  cue: Cue | null;
}

/** A date or time with its TIMEX3 value. */
export interface DateMention {
  id: string;
  start: number;
  end: number;
  text: string;
  value: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** True when the other date order would read it differently (03/04/2020). */
  ambiguous: boolean;
}

/** One speaker and the ids of the quotations attributed to them, in order. */
export interface SpeakerSummary {
  name: string;
  entity: string | null;
  quotes: string[];
}

/** Everything found in one article. */
export interface Analysis {
  reference_date: string | null;
  reference_date_source: "option" | "article" | null;
  entities: Entity[];
  clusters: EntityCluster[];
  quotes: Quote[];
  dates: DateMention[];
  speakers: SpeakerSummary[];
}
"#;

/// Finds quotations, entities and dates in articles. Build one and reuse
/// it: construction loads the embedded word lists.
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsAnalyzer {
        JsAnalyzer {
            inner: crate::Analyzer::new(),
        }
    }

    /// Analyzes one article. Throws only for a `text` that is not a string
    /// or for malformed options, never for the text's content.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text
            .as_string()
            .ok_or_else(|| JsError::new("analyze: text must be a string"))?;
        let options = parse_options(&options.unwrap_or(JsValue::UNDEFINED))?;
        let analysis = self.inner.analyze_with(&text, &options);
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        analysis
            .to_json(&text)
            .serialize(&serializer)
            .map_err(|e| JsError::new(&format!("analyze: cannot build the result: {e}")))
    }
}

impl Default for JsAnalyzer {
    fn default() -> JsAnalyzer {
        JsAnalyzer::new()
    }
}

/// Reads `{ referenceDate?: "YYYY-MM-DD" | null }`, rejecting anything
/// else by name so a typo does not pass silently.
fn parse_options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(JsError::new(
            "analyze: options must be an object like { referenceDate: \"2020-10-14\" }",
        ));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if key != "referenceDate" && key != "dateOrder" {
            return Err(JsError::new(&format!(
                "analyze: unknown option {key:?}; the options are \"referenceDate\" and \"dateOrder\""
            )));
        }
    }
    let order =
        js_sys::Reflect::get(object, &JsValue::from_str("dateOrder")).unwrap_or(JsValue::UNDEFINED);
    if !order.is_undefined() && !order.is_null() {
        options.date_order = match order.as_string().as_deref() {
            Some("month-first") => DateOrder::MonthFirst,
            Some("day-first") => DateOrder::DayFirst,
            _ => {
                return Err(JsError::new(
                    "analyze: dateOrder must be \"month-first\" or \"day-first\"",
                ));
            }
        };
    }
    let date = js_sys::Reflect::get(object, &JsValue::from_str("referenceDate"))
        .unwrap_or(JsValue::UNDEFINED);
    if date.is_undefined() || date.is_null() {
        return Ok(options);
    }
    let date = date
        .as_string()
        .ok_or_else(|| JsError::new("analyze: referenceDate must be a string \"YYYY-MM-DD\""))?;
    let date = date
        .parse::<Date>()
        .map_err(|e| JsError::new(&format!("analyze: referenceDate: {e}")))?;
    options.reference_date = Some(date);
    Ok(options)
}
