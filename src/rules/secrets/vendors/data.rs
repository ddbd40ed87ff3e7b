//! The vendor table as data: `vendors.json`, which the WebAssembly build
//! loads after start-up instead of carrying the rows in its code.
//!
//! ```json
//! {"format": 1, "vendors": [
//!   {"id": "pipedrive-api-token", "title": "Pipedrive API token", "near": ["pipedrive"], "shape": "HEX40"},
//!   {"id": "resend-api-key", "title": "Resend API key", "prefix": ["re_"], "pattern": "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}"}
//! ]}
//! ```
//!
//! Only what scanning needs is written: no examples, documentation
//! addresses or providers (the CLI and the docs have those). The file is
//! part of the extension package, but [`parse`] still checks it as if a
//! stranger wrote it: every id kebab-case and new, every shape known, every
//! own pattern within the limits of a policy's custom patterns, so a bad
//! file is refused with the row and the reason, and cannot cost a tab more
//! than a policy could.

use super::{leak, shapes, Find, Pat, Vendor};
use serde_json::Value;

/// The data format's version; a file of another version is refused.
pub const FORMAT: u64 = 1;

/// Words a row may list, and its title's length, at most.
const MAX_WORDS: usize = 16;
const MAX_TITLE: usize = 200;

/// The rows as `vendors.json` text.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json<'a>(rows: impl IntoIterator<Item = &'a Vendor>) -> String {
    let rows: Vec<Value> = rows
        .into_iter()
        .map(|v| {
            let mut row = serde_json::Map::new();
            row.insert("id".into(), v.id.into());
            row.insert("title".into(), v.title.into());
            let (kind, words) = match v.find {
                Find::Prefix(w) => ("prefix", w),
                Find::Near(w) => ("near", w),
            };
            row.insert(kind.into(), words.to_vec().into());
            match v.pattern {
                Pat::Shape(s) => row.insert("shape".into(), s.name.into()),
                Pat::Own(p) => row.insert("pattern".into(), p.into()),
            };
            Value::Object(row)
        })
        .collect();
    // One row a line: diffs of the generated file stay readable.
    let mut out = format!("{{\"format\": {FORMAT}, \"vendors\": [\n");
    for (i, row) in rows.iter().enumerate() {
        out += &row.to_string();
        out += if i + 1 < rows.len() { ",\n" } else { "\n" };
    }
    out + "]}\n"
}

/// Reads `vendors.json` text into rows (strings leaked: the table lives as
/// long as the program). The error names the row and the field.
pub fn parse(json: &str) -> Result<Vec<Vendor>, String> {
    let doc: Value = serde_json::from_str(json).map_err(|e| format!("vendors.json: not JSON: {e}"))?;
    match doc.get("format").and_then(Value::as_u64) {
        Some(FORMAT) => {}
        Some(other) => return Err(format!("vendors.json: format {other}; this engine reads format {FORMAT}")),
        None => return Err("vendors.json: no \"format\" number".into()),
    }
    let rows = doc.get("vendors").and_then(Value::as_array).ok_or("vendors.json: no \"vendors\" list")?;
    // Ids must be new: not a hand-written rule's, not another row's.
    let mut seen: std::collections::HashSet<&str> = crate::rules::hand_written().map(|r| &*r.id).collect();
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let v = row_of(row).map_err(|e| format!("vendors.json: vendors[{i}].{e}"))?;
            if !seen.insert(v.id) {
                return Err(format!("vendors.json: vendors[{i}].id: {:?} is already a rule", v.id));
            }
            Ok(v)
        })
        .collect()
}

fn text(row: &Value, field: &str) -> Result<&'static str, String> {
    row.get(field).and_then(Value::as_str).map(|s| leak(s.to_string())).ok_or_else(|| format!("{field}: required text"))
}

fn words(list: &Value, field: &str) -> Result<&'static [&'static str], String> {
    let list = list.as_array().ok_or_else(|| format!("{field}: must be a list of words"))?;
    if list.is_empty() || list.len() > MAX_WORDS {
        return Err(format!("{field}: 1 to {MAX_WORDS} words"));
    }
    let words = list
        .iter()
        .map(|w| match w.as_str() {
            Some(w) if w.len() >= 3 && w.len() <= 64 && w.bytes().all(|b| b.is_ascii_graphic()) => {
                Ok(leak(w.to_string()))
            }
            _ => Err(format!("{field}: each word 3 to 64 visible ASCII characters")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Box::leak(words.into_boxed_slice()))
}

fn row_of(row: &Value) -> Result<Vendor, String> {
    let id = text(row, "id")?;
    if !crate::rule::is_kebab_id(id) {
        return Err(format!("id: {id:?} is not kebab-case"));
    }
    let title = text(row, "title")?;
    if title.is_empty() || title.len() > MAX_TITLE {
        return Err(format!("title: 1 to {MAX_TITLE} characters"));
    }
    let find = match (row.get("prefix"), row.get("near")) {
        (Some(p), None) => Find::Prefix(words(p, "prefix")?),
        (None, Some(n)) => Find::Near(words(n, "near")?),
        _ => return Err("prefix or near: exactly one is required".into()),
    };
    let pattern = match (row.get("shape"), row.get("pattern")) {
        (Some(s), None) => {
            let name = s.as_str().unwrap_or("");
            Pat::Shape(shapes::by_name(name).ok_or_else(|| format!("shape: unknown shape {name:?}"))?)
        }
        (None, Some(p)) => {
            let p = p.as_str().ok_or("pattern: must be text")?;
            crate::pattern::compile_custom(p).map_err(|e| format!("pattern: {e}"))?;
            Pat::Own(leak(p.to_string()))
        }
        _ => return Err("shape or pattern: exactly one is required".into()),
    };
    if matches!((find, pattern), (Find::Prefix(_), Pat::Shape(_))) {
        return Err("shape: a prefix row needs its own pattern".into());
    }
    Ok(Vendor { id, provider: "", title, find, pattern, example: "", near_miss: "", doc: "" })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_table_survives_the_trip_through_json() {
        let back = parse(&to_json(super::super::rows())).unwrap();
        let rows: Vec<&Vendor> = super::super::rows().collect();
        assert_eq!(back.len(), rows.len());
        for (a, b) in rows.iter().zip(&back) {
            assert_eq!(a.id, b.id);
            assert_eq!((a.title, a.find), (b.title, b.find));
            match (a.pattern, b.pattern) {
                (Pat::Shape(x), Pat::Shape(y)) => assert!(std::ptr::eq(x, y), "{}", a.id),
                (Pat::Own(x), Pat::Own(y)) => assert_eq!(x, y),
                _ => panic!("{}: pattern kind changed", a.id),
            }
        }
    }

    #[test]
    fn bad_files_are_refused_with_the_row_and_the_reason() {
        let cases = [
            ("[]", "no \"format\""),
            (r#"{"format": 2, "vendors": []}"#, "format 2"),
            (r#"{"format": 1}"#, "no \"vendors\""),
            (
                r#"{"format": 1, "vendors": [{"id": "Bad Id", "title": "t", "near": ["abc"], "shape": "HEX32"}]}"#,
                "vendors[0].id",
            ),
            (
                r#"{"format": 1, "vendors": [{"id": "x-key", "title": "t", "near": ["abc"], "shape": "HEX33"}]}"#,
                "unknown shape",
            ),
            (r#"{"format": 1, "vendors": [{"id": "x-key", "title": "t", "near": ["ab"], "shape": "HEX32"}]}"#, "near:"),
            (
                r#"{"format": 1, "vendors": [{"id": "x-key", "title": "t", "prefix": ["abc_"], "pattern": "a{99999}"}]}"#,
                "pattern:",
            ),
            (
                r#"{"format": 1, "vendors": [{"id": "x-key", "title": "t", "prefix": ["abc_"], "shape": "HEX32"}]}"#,
                "prefix row",
            ),
            (
                r#"{"format": 1, "vendors": [{"id": "github-pat", "title": "t", "near": ["abc"], "shape": "HEX32"}]}"#,
                "already a rule",
            ),
        ];
        for (json, want) in cases {
            let err = parse(json).unwrap_err();
            assert!(err.contains(want), "{json}: {err}");
        }
    }
}
