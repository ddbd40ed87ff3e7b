//! Output formats. Every one prints masked previews, never values.

use crate::cli::file_scan::{FileScan, KEY_FILE_RULE, KEY_FILE_TITLE};
use promptwarden::extract::Location;
use promptwarden::rules::{catalog, describe_all};
use serde::Serialize;
use serde_json::json;
use std::io::Write;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Sarif,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, String> {
        Ok(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "sarif" => Format::Sarif,
            other => return Err(format!("unknown format {other:?} (text, json, jsonl or sarif)")),
        })
    }
}

/// One finding as the CLI reports it. For a plain text file, offsets are
/// UTF-8 bytes in the file (whatever its encoding: bytes of the file) and
/// line and column are 1-based, the column counted in characters. For text
/// pulled out of a document the location fields say which part (`entry` in
/// a zip, `page`, `sheet` and `cell`, `slide`, `part`), and offsets, line
/// and column are within that part's text (in a sheet, the line is the
/// cell's row and the column counts from the cell's start).
#[derive(Serialize)]
struct Row<'a> {
    path: &'a str,
    #[serde(flatten)]
    location: &'a Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<&'a str>,
    rule: &'a str,
    category: &'a str,
    severity: &'a str,
    action: promptwarden::Action,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    preview: &'a str,
    confidence: f32,
}

/// A file, or a part of one, that could not be read: `unscannable` is
/// `encrypted`, `corrupt`, `too-large` or `unsupported`. Rows of this shape
/// have no `rule`.
#[derive(Serialize)]
struct Unreadable<'a> {
    path: &'a str,
    #[serde(flatten)]
    location: &'a Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    unscannable: &'a str,
    detail: &'a str,
}

/// `sheet.xlsx (sheet Keys, cell B3)`, or the path alone for a text file.
fn where_in(path: &str, location: &Location, cell: Option<&str>) -> String {
    let mut place = location.to_string();
    if let Some(c) = cell {
        place = if place.is_empty() { format!("cell {c}") } else { format!("{place}, cell {c}") };
    }
    if place.is_empty() {
        path.to_string()
    } else {
        format!("{path} ({place})")
    }
}

/// Collects rows; streams them for text and jsonl, prints the rest at the end.
pub struct Report {
    format: Format,
    rows: Vec<serde_json::Value>,
    /// Unreadable files, for SARIF's notifications.
    unread: Vec<serde_json::Value>,
}

impl Report {
    pub fn new(format: Format) -> Report {
        Report { format, rows: Vec::new(), unread: Vec::new() }
    }

    pub fn file(&mut self, out: &mut impl Write, path: &str, scanned: &FileScan) -> std::io::Result<()> {
        for p in &scanned.findings {
            let f = &p.finding;
            let row = Row {
                path,
                location: &p.location,
                cell: p.from.cell.as_deref(),
                rule: &f.rule_id,
                category: f.category.as_str(),
                severity: f.severity.as_str(),
                action: f.action,
                start: p.start,
                end: p.end,
                line: p.from.line,
                column: p.from.column,
                end_line: p.to.line,
                end_column: p.to.column,
                preview: &f.preview,
                confidence: f.confidence,
            };
            match self.format {
                Format::Text => writeln!(
                    out,
                    "{}:{}:{}: {} {} {} ({})",
                    where_in(path, &p.location, row.cell),
                    row.line,
                    row.column,
                    row.severity,
                    row.rule,
                    row.preview,
                    f.title
                )?,
                Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&row).expect("rows serialise"))?,
                Format::Json | Format::Sarif => self.rows.push(serde_json::to_value(&row).expect("rows serialise")),
            }
        }
        for u in &scanned.unread {
            let row = Unreadable {
                path,
                location: &u.location,
                kind: u.kind.map(|k| k.as_str()),
                unscannable: u.why.reason.as_str(),
                detail: &u.why.detail,
            };
            match self.format {
                Format::Text => writeln!(out, "{}: not scanned: {}", where_in(path, &u.location, None), u.why)?,
                Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&row).expect("rows serialise"))?,
                Format::Json => self.rows.push(serde_json::to_value(&row).expect("rows serialise")),
                Format::Sarif => self.unread.push(serde_json::to_value(&row).expect("rows serialise")),
            }
        }
        Ok(())
    }

    pub fn finish(self, out: &mut impl Write) -> std::io::Result<()> {
        match self.format {
            Format::Text | Format::Jsonl => Ok(()),
            Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&self.rows).expect("rows serialise")),
            Format::Sarif => {
                writeln!(out, "{}", serde_json::to_string_pretty(&sarif(&self.rows, &self.unread)).expect("sarif"))
            }
        }
    }
}

/// A SARIF location for a row: the file, with the part inside it as a
/// logical location (`report.docx` → `header1`).
fn sarif_location(r: &serde_json::Value, region: Option<serde_json::Value>) -> serde_json::Value {
    let place: Vec<String> = ["entry", "page", "sheet", "cell", "slide", "part"]
        .iter()
        .filter_map(|k| r.get(*k).map(|v| format!("{k} {}", v.as_str().map_or_else(|| v.to_string(), str::to_string))))
        .collect();
    let uri = artifact_uri(r["path"].as_str().unwrap_or("-"));
    let mut loc = json!({ "physicalLocation": { "artifactLocation": { "uri": uri } } });
    if let Some(region) = region {
        loc["physicalLocation"]["region"] = region;
    }
    if !place.is_empty() {
        loc["logicalLocations"] = json!([{ "fullyQualifiedName": place.join(", "), "kind": "module" }]);
    }
    loc
}

/// SARIF 2.1.0, as GitHub code scanning and most CI dashboards read it.
/// Files that could not be read are tool execution notifications.
fn sarif(rows: &[serde_json::Value], unread: &[serde_json::Value]) -> serde_json::Value {
    let mut rules: Vec<_> = describe_all()
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.title },
                "fullDescription": { "text": r.about },
                "properties": { "category": r.category, "severity": r.severity, "group": r.group },
            })
        })
        .collect();
    rules.push(json!({
        "id": KEY_FILE_RULE,
        "name": KEY_FILE_TITLE,
        "shortDescription": { "text": KEY_FILE_TITLE },
        "fullDescription": { "text": "A PKCS#12 bundle, Java key store, KeePass database, OpenSSH or PuTTY private key, recognised by its bytes or its name." },
        "properties": { "category": "secret", "severity": "critical", "group": "stable" },
    }));
    let results: Vec<_> = rows
        .iter()
        .map(|r| {
            let level = match r["severity"].as_str() {
                Some("critical" | "high") => "error",
                Some("medium") => "warning",
                _ => "note",
            };
            json!({
                "ruleId": r["rule"],
                "level": level,
                "message": { "text": format!("{} found: {}", r["rule"].as_str().unwrap_or(""), r["preview"].as_str().unwrap_or("")) },
                "locations": [sarif_location(r, Some(json!({
                    "startLine": r["line"], "startColumn": r["column"],
                    "endLine": r["end_line"], "endColumn": r["end_column"],
                    "byteOffset": r["start"],
                    "byteLength": r["end"].as_u64().unwrap_or(0) - r["start"].as_u64().unwrap_or(0),
                })))],
            })
        })
        .collect();
    let notifications: Vec<_> = unread
        .iter()
        .map(|u| {
            json!({
                "level": "error",
                "message": { "text": format!("not scanned: {} ({})", u["detail"].as_str().unwrap_or(""), u["unscannable"].as_str().unwrap_or("")) },
                "locations": [sarif_location(u, None)],
                "properties": { "unscannable": u["unscannable"], "kind": u["kind"] },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "promptwarden",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{ "executionSuccessful": unread.is_empty(), "toolExecutionNotifications": notifications }],
            "results": results,
        }]
    })
}

/// A path as a SARIF artifact URI (RFC 3986): an absolute path becomes a
/// `file://` URI (SARIF1004: a relative reference must not begin with a
/// slash), a relative one stays relative; either way `/` separates
/// segments (also on Windows) and other reserved bytes are percent-encoded.
/// Standard input is `stdin`.
fn artifact_uri(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    let slashed = path.replace('\\', "/");
    let bytes = slashed.as_bytes();
    let drive = bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    let (prefix, rest) = if drive {
        ("file:///", slashed.as_str())
    } else if let Some(rest) = slashed.strip_prefix('/') {
        ("file:///", rest)
    } else {
        ("", slashed.as_str())
    };
    let mut out = String::from(prefix);
    for &b in rest.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) || (drive && b == b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The rule table for the docs (`docs/rules.md`).
pub fn rules_markdown() -> String {
    let mut s = String::from(
        "<!-- Generated by `promptwarden rules --format markdown`; `make docs` refreshes it and a test checks it. -->\n\
         # Rules\n\n",
    );
    let all = describe_all();
    let secrets = all.iter().filter(|r| r.category == promptwarden::Category::Secret).count();
    s += &format!("{} rules: {} for secrets, {} for personal data. Preview rules run only when a policy sets `\"previewRules\": true` or names them.\n\n", all.len(), secrets, all.len() - secrets);
    s += "| id | title | category | severity | group | placeholder | what it finds |\n|---|---|---|---|---|---|---|\n";
    for (r, rule) in all.iter().zip(catalog()) {
        debug_assert_eq!(r.id, rule.id);
        s += &format!(
            "| `{}` | {} | {} | {} | {} | `[{}_1]` | {} |\n",
            r.id,
            escape(r.title),
            r.category.as_str(),
            r.severity.as_str(),
            serde_json::to_value(r.group).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
            r.label,
            escape(r.about)
        );
    }
    s
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// One line per rule for the terminal.
pub fn rules_text() -> String {
    describe_all()
        .iter()
        .map(|r| format!("{:<40} {:<7} {:<9} {}\n", r.id, r.category.as_str(), r.severity.as_str(), r.title))
        .collect()
}

/// `check-policy --managed`: the effective settings as an admin reads them.
pub fn effective_text(
    out: &mut impl Write,
    e: &promptwarden::Effective,
    site: Option<(&str, &promptwarden::settings::Protection)>,
) -> std::io::Result<()> {
    writeln!(out, "Effective settings (defaults < user options < managed policy):")?;
    writeln!(out, "{}", serde_json::to_string_pretty(&e.policy).expect("serialises"))?;
    let locked = if e.user_locked {
        "everything (lockUserOptions)".to_string()
    } else if e.locked.is_empty() {
        "nothing".to_string()
    } else {
        e.locked.join(", ")
    };
    writeln!(out, "Locked by the organisation: {locked}")?;
    if e.issues.is_empty() {
        writeln!(out, "Problems: none")?;
    } else {
        writeln!(out, "Problems (each entry is dropped; the rest applies):")?;
        for i in &e.issues {
            let from = match i.source {
                promptwarden::settings::Source::Managed => "managed policy",
                promptwarden::settings::Source::User => "user options",
            };
            writeln!(out, "  {from}: {}: {}", i.path, i.message)?;
        }
    }
    if let Some((site, p)) = site {
        let app = p.app.map(|a| format!(" ({})", a.name)).unwrap_or_default();
        let state = if p.protected { "protected" } else { "not protected" };
        writeln!(out, "Site {site}: {state}: {}{app}", p.reason)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::artifact_uri;

    #[test]
    fn artifact_uris_are_file_uris_or_relative_references() {
        assert_eq!(artifact_uri("/home/me/a b/ключ.env"), "file:///home/me/a%20b/%D0%BA%D0%BB%D1%8E%D1%87.env");
        assert_eq!(artifact_uri("src/lib.rs"), "src/lib.rs");
        assert_eq!(artifact_uri("C:\\Users\\me\\100%.txt"), "file:///C:/Users/me/100%25.txt");
        assert_eq!(artifact_uri("notes#1?.md"), "notes%231%3F.md");
        assert_eq!(artifact_uri("-"), "stdin");
    }
}
