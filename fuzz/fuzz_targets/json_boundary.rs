//! The JSON boundary: every UTF-16 `start`/`end` in `to_json` slices the
//! text, as JavaScript would, back to the `text` beside it.
#![no_main]

use article_analyzer::Analyzer;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    let text = String::from_utf8_lossy(data);
    let analysis = ANALYZER.get_or_init(Analyzer::new).analyze(&text);
    let json = serde_json::to_value(analysis.to_json(&text)).expect("serializable");
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |item: &serde_json::Value| {
        let start = item["start"].as_u64().expect("start") as usize;
        let end = item["end"].as_u64().expect("end") as usize;
        assert!(start <= end && end <= units.len(), "{start}..{end} of {}", units.len());
        String::from_utf16(&units[start..end]).expect("whole code points")
    };
    for list in ["entities", "quotes", "dates"] {
        for item in json[list].as_array().expect("a list") {
            assert_eq!(slice(item), item["text"].as_str().expect("text"));
            if let Some(cue) = item.get("cue").filter(|c| !c.is_null()) {
                assert_eq!(slice(cue), cue["text"].as_str().expect("cue text"));
            }
            if let Some(speaker) = item.get("speaker").filter(|s| !s.is_null()) {
                slice(speaker);
            }
        }
    }
});
