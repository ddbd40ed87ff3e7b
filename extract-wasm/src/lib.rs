//! Text extraction from files as a WebAssembly module of its own
//! (`pkg/promptwarden_extract*`), so the engine's module stays small and
//! nothing about files loads until a file arrives. The same code as the
//! CLI's (`promptwarden::extract`); this crate only converts types.
//!
//! One function: `extractFile(name, bytes, limits?)` returns the file's
//! kind and its text segments (each with its location), or why it could
//! not be read. Scanning the segments is the engine module's job.

use promptwarden::extract::{self, KeyFile, Limits, Location, Segment, Skipped, Unscannable};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Which part of a file a piece of text came from; empty for a text file. */
export interface FileLocation {
  /** Path inside a zip archive. */ entry?: string;
  /** PDF page, 1-based. */ page?: number;
  /** Spreadsheet sheet name. */ sheet?: string;
  /** Slide, 1-based in show order. */ slide?: number;
  /** header1, footer1, comments, footnotes, endnotes, notes, properties, links. */ part?: string;
}
export interface FileSegment {
  location: FileLocation;
  text: string;
  /** Spreadsheets: [utf16Offset, row, column] for each non-empty cell, flattened. */
  cells?: number[];
}
export type Unreadable = "encrypted" | "corrupt" | "too-large" | "unsupported";
export interface FileText {
  /** text, docx, xlsx, pptx, odt, ods, odp, pdf, zip, key, legacy-office, image, media, archive, executable, binary */
  kind: string;
  /** For text files: the encoding it was decoded from (a TextDecoder label). */
  encoding?: string;
  /** Set when nothing could be read. */
  unscannable?: { reason: Unreadable; detail: string };
  segments: FileSegment[];
  /** Key stores and private key files, by type or name. */
  keys: { location: FileLocation; kind: string }[];
  /** Parts that could not be read while the rest could. */
  skipped: { location: FileLocation; kind?: string; reason: Unreadable; detail: string }[];
}
export interface FileLimits { maxInput?: number; maxExpanded?: number; maxEntries?: number; maxRatio?: number; }
"#;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Meta<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unscannable: Option<&'a Unscannable>,
    /// Texts are set on these afterwards, as strings, not through JSON.
    segments: Vec<SegmentMeta<'a>>,
    keys: &'a [KeyFile],
    skipped: &'a [Skipped],
}

#[derive(Serialize)]
struct SegmentMeta<'a> {
    location: &'a Location,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cells: Vec<u32>,
}

/// Cell starts in UTF-16 code units (JavaScript string indices).
fn cells_utf16(segment: &Segment) -> Vec<u32> {
    let mut out = Vec::with_capacity(segment.cells.len() * 3);
    let (mut byte, mut unit) = (0usize, 0usize);
    for cell in &segment.cells {
        unit += segment.text[byte..cell.offset].encode_utf16().count();
        byte = cell.offset;
        out.extend([unit as u32, cell.row, cell.col]);
    }
    out
}

fn number(limits: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(limits, &JsValue::from_str(key)).ok().and_then(|v| v.as_f64()).filter(|v| *v >= 0.0)
}

fn limits_from(js: &JsValue) -> Limits {
    let mut limits = Limits::default();
    if js.is_object() {
        if let Some(v) = number(js, "maxInput") {
            limits.max_input = v as usize;
        }
        if let Some(v) = number(js, "maxExpanded") {
            limits.max_expanded = v as u64;
        }
        if let Some(v) = number(js, "maxEntries") {
            limits.max_entries = v as usize;
        }
        if let Some(v) = number(js, "maxRatio") {
            limits.max_ratio = v as u64;
        }
    }
    limits
}

/// The text of a file: see `FileText`. `name` only helps recognise key
/// files without magic bytes (`id_rsa`, `.ppk`); formats are recognised by
/// content. Never throws.
#[wasm_bindgen(js_name = extractFile, unchecked_return_type = "FileText")]
pub fn extract_file(
    name: &str,
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "FileLimits | undefined")] limits: JsValue,
) -> JsValue {
    let outcome = extract::extract(name, bytes, &limits_from(&limits));
    let (kind, extracted, why) = match &outcome {
        Ok(x) => (x.kind, Some(x), None),
        Err((kind, why)) => (*kind, None, Some(why)),
    };
    let segments = extracted.map(|x| x.segments.as_slice()).unwrap_or_default();
    let meta = Meta {
        kind: kind.as_str(),
        encoding: extracted.and_then(|x| x.encoding).map(|e| e.as_str()),
        unscannable: why,
        segments: segments.iter().map(|s| SegmentMeta { location: &s.location, cells: cells_utf16(s) }).collect(),
        keys: extracted.map(|x| x.keys.as_slice()).unwrap_or_default(),
        skipped: extracted.map(|x| x.skipped.as_slice()).unwrap_or_default(),
    };
    let json = serde_json::to_string(&meta).unwrap_or_else(|_| "null".into());
    let value = js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL);
    if let Ok(list) = js_sys::Reflect::get(&value, &JsValue::from_str("segments")) {
        let list = js_sys::Array::from(&list);
        for (i, segment) in segments.iter().enumerate() {
            let _ = js_sys::Reflect::set(
                &list.get(i as u32),
                &JsValue::from_str("text"),
                &JsValue::from_str(&segment.text),
            );
        }
    }
    value
}
