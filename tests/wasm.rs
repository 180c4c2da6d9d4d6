//! The JavaScript boundary, in headless Chromium (`make wasm-test`):
//! UTF-16 offsets, lone surrogates, empty input and option errors, as a
//! page calling `new Analyzer().analyze(text, options)` sees them.
#![cfg(target_arch = "wasm32")]

use article_analyzer::wasm::JsAnalyzer;
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("a property")
}

fn list(result: &JsValue, key: &str) -> Array {
    get(result, key).dyn_into::<Array>().expect("an array")
}

fn offset(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().expect("a number") as u32
}

/// `text.slice(start, end)` exactly as JavaScript computes it.
fn slice(text: &JsString, item: &JsValue) -> String {
    String::from(text.slice(offset(item, "start"), offset(item, "end")))
}

fn analyze(text: &JsValue, options: Option<JsValue>) -> Result<JsValue, String> {
    JsAnalyzer::new()
        .analyze(text.clone(), options)
        .map_err(|e| {
            String::from(
                JsValue::from(e)
                    .dyn_into::<js_sys::Error>()
                    .expect("an Error")
                    .message(),
            )
        })
}

fn options(json: &str) -> Option<JsValue> {
    Some(js_sys::JSON::parse(json).expect("valid JSON"))
}

#[wasm_bindgen_test]
fn emoji_before_a_quote_shifts_offsets_by_utf16_units() {
    let text = JsString::from("🙂🎉 “We are ready,” said Ada Quinlan.");
    let result = analyze(&text.clone().into(), None).expect("analyzes");
    let quote = list(&result, "quotes").get(0);
    // Two emoji are four UTF-16 code units, then a space.
    assert_eq!(offset(&quote, "start"), 5);
    assert_eq!(slice(&text, &quote), "“We are ready,”");
    assert_eq!(slice(&text, &get(&quote, "speaker")), "Ada Quinlan");
    assert_eq!(slice(&text, &get(&quote, "cue")), "said");
    for entity in list(&result, "entities").iter() {
        assert_eq!(
            slice(&text, &entity),
            get(&entity, "text").as_string().unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn cjk_euro_and_curly_quotes_slice_back() {
    let text = JsString::from("東京の€5 “Prices rose,” said Mei Tanaka on October 14, 2020.");
    let result = analyze(&text.clone().into(), None).expect("analyzes");
    for key in ["entities", "quotes", "dates"] {
        let items = list(&result, key);
        assert!(items.length() > 0, "no {key}");
        for item in items.iter() {
            assert_eq!(
                slice(&text, &item),
                get(&item, "text").as_string().unwrap(),
                "{key}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn a_lone_surrogate_keeps_offsets_aligned() {
    // A JS string may hold an unpaired surrogate; it reaches Rust as U+FFFD,
    // which is also one UTF-16 unit, so offsets still index the JS string.
    let text =
        JsString::from_char_code1(0xD800).concat(&JsValue::from_str(" “Hi,” said Ada Quinlan."));
    assert_eq!(text.length(), 25);
    let result = analyze(&text.clone().into(), None).expect("analyzes");
    let quote = list(&result, "quotes").get(0);
    assert_eq!(offset(&quote, "start"), 2);
    assert_eq!(slice(&text, &quote), "“Hi,”");
    assert_eq!(slice(&text, &get(&quote, "speaker")), "Ada Quinlan");
}

#[wasm_bindgen_test]
fn the_empty_string_gives_empty_results() {
    let result = analyze(&JsValue::from_str(""), None).expect("analyzes");
    for key in ["entities", "clusters", "quotes", "dates", "speakers"] {
        assert_eq!(list(&result, key).length(), 0, "{key}");
    }
    assert!(get(&result, "reference_date").is_null());
    assert!(get(&result, "reference_date_source").is_null());
}

#[wasm_bindgen_test]
fn mentions_name_their_cluster() {
    let text = JsValue::from_str("Ada Quinlan arrived. Quinlan left 🙂 for Paris.");
    let result = analyze(&text, None).expect("analyzes");
    let clusters = list(&result, "clusters");
    assert_eq!(clusters.length(), 2);
    let quinlan = clusters.get(0);
    assert_eq!(
        get(&quinlan, "canonical").as_string().as_deref(),
        Some("Ada Quinlan")
    );
    assert_eq!(get(&quinlan, "mention_count").as_f64(), Some(2.0));
    assert_eq!(
        get(&quinlan, "first_mention").as_string().as_deref(),
        Some("e0")
    );
    let second = list(&result, "entities").get(1);
    assert_eq!(get(&second, "cluster").as_string().as_deref(), Some("c0"));
    let paris = list(&result, "entities").get(2);
    assert_eq!(get(&paris, "cluster").as_string().as_deref(), Some("c1"));
}

#[wasm_bindgen_test]
fn the_reference_date_option_is_used_and_reported() {
    let text = JsValue::from_str("It rained yesterday.");
    let result = analyze(&text, options(r#"{"referenceDate": "2020-10-14"}"#)).expect("analyzes");
    assert_eq!(
        get(&result, "reference_date").as_string().as_deref(),
        Some("2020-10-14")
    );
    assert_eq!(
        get(&result, "reference_date_source").as_string().as_deref(),
        Some("option")
    );
    assert_eq!(
        get(&list(&result, "dates").get(0), "value")
            .as_string()
            .as_deref(),
        Some("2020-10-13")
    );
    // null and an empty object mean "no options".
    assert!(analyze(&text, options("null")).is_ok());
    assert!(analyze(&text, options("{}")).is_ok());
}

#[wasm_bindgen_test]
fn bad_input_throws_a_clear_error() {
    let text = JsValue::from_str("Text.");
    let cases = [
        (
            text.clone(),
            options(r#"{"referenceDate": "2020-13-01"}"#),
            "analyze: referenceDate: invalid date \"2020-13-01\": month must be between 1 and 12",
        ),
        (
            text.clone(),
            options(r#"{"referenceDate": 20201014}"#),
            "analyze: referenceDate must be a string \"YYYY-MM-DD\"",
        ),
        (
            text.clone(),
            options(r#"{"reference_date": "2020-10-14"}"#),
            "analyze: unknown option \"reference_date\"; the options are \"referenceDate\" and \"dateOrder\"",
        ),
        (
            text.clone(),
            options("[1]"),
            "analyze: options must be an object like { referenceDate: \"2020-10-14\" }",
        ),
        (
            JsValue::from_f64(42.0),
            None,
            "analyze: text must be a string",
        ),
        (
            text.clone(),
            options(r#"{"dateOrder": "european"}"#),
            "analyze: dateOrder must be \"month-first\" or \"day-first\"",
        ),
    ];
    for (text, options, message) in cases {
        assert_eq!(analyze(&text, options).unwrap_err(), message);
    }
}

#[wasm_bindgen_test]
fn the_date_order_option_reads_numeric_dates() {
    let text = JsValue::from_str("Signed on 03/04/2020.");
    let us = analyze(&text, None).expect("analyzes");
    let uk = analyze(&text, options(r#"{"dateOrder": "day-first"}"#)).expect("analyzes");
    let first = |result: &JsValue, key: &str| get(&list(result, "dates").get(0), key);
    assert_eq!(
        first(&us, "value").as_string().as_deref(),
        Some("2020-03-04")
    );
    assert_eq!(
        first(&uk, "value").as_string().as_deref(),
        Some("2020-04-03")
    );
    assert_eq!(first(&us, "ambiguous").as_bool(), Some(true));
}
