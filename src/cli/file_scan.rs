//! One file's scan: its text extracted (plain text in any encoding, Office,
//! OpenDocument, PDF, zip entries), each part scanned, every finding placed
//! in the file; key files and unreadable parts reported beside them.

use promptwarden::extract::{self, Kind, Location, Position, Unscannable};
use promptwarden::{Action, Category, Finding, Policy, Scanner, Severity};

/// The CLI reads larger files than a browser tab should: it has the memory,
/// and CI scans logs. Everything else is the extension's limits.
pub fn limits() -> extract::Limits {
    extract::Limits { max_input: 1 << 30, max_expanded: 1 << 30, ..extract::Limits::default() }
}

/// A finding placed in its file.
pub struct Placed {
    pub finding: Finding,
    /// Which part of the file; empty for a plain text file.
    pub location: Location,
    /// Byte offsets in the file for plain text; in the part's extracted
    /// text otherwise.
    pub start: usize,
    pub end: usize,
    pub from: Position,
    pub to: Position,
}

/// A part (or the whole file) that could not be read.
pub struct Unread {
    pub location: Location,
    pub kind: Option<Kind>,
    pub why: Unscannable,
}

/// Everything the CLI reports about one file.
#[derive(Default)]
pub struct FileScan {
    pub findings: Vec<Placed>,
    pub unread: Vec<Unread>,
}

/// The rule id of a key store or private key file found by type or name.
pub const KEY_FILE_RULE: &str = "key-file";
/// Its title.
pub const KEY_FILE_TITLE: &str = "Key store or private key file";

/// Whether the CLI keeps quiet about an unreadable file: binary formats it
/// never reads (images, executables, `.doc`…) and archives inside archives
/// (a fat jar's jars) are skipped, as binary files always were; documents
/// it does read but could not (encrypted, damaged, too large, a PDF
/// without text) are reported.
fn quiet(kind: Option<Kind>, why: &Unscannable) -> bool {
    why.reason == extract::Reason::Unsupported && kind.is_some_and(|k| k.is_unread_binary() || k == Kind::Zip)
}

/// Extracts and scans one file.
pub fn scan(scanner: &Scanner, policy: &Policy, name: &str, bytes: &[u8]) -> FileScan {
    let mut report = FileScan::default();
    let extracted = match extract::extract(name, bytes, &limits()) {
        Ok(x) => x,
        Err((kind, why)) => {
            if !quiet(Some(kind), &why) {
                report.unread.push(Unread { location: Location::default(), kind: Some(kind), why });
            }
            return report;
        }
    };
    for segment in &extracted.segments {
        let findings = scanner.scan(&segment.text);
        if findings.is_empty() {
            continue;
        }
        let locator = segment.locator();
        for f in findings {
            let start = segment.file_offset(f.byte_start, f.start).unwrap_or(f.byte_start);
            let end = segment.file_offset(f.byte_end, f.end).unwrap_or(f.byte_end);
            let (from, to) = (locator.position(f.byte_start), locator.position(f.byte_end));
            report.findings.push(Placed { location: segment.location.clone(), start, end, from, to, finding: f });
        }
    }
    // A key file is a finding of its own unless a rule already found the
    // key in its text (an unencrypted OpenSSH key, say).
    let action = policy.action_for(KEY_FILE_RULE, Category::Secret);
    for key in &extracted.keys {
        let seen = report.findings.iter().any(|p| p.location == key.location && p.finding.category == Category::Secret);
        if seen || action == Action::Off {
            continue;
        }
        let at = Position { line: 1, column: 1, cell: None };
        report.findings.push(Placed {
            finding: Finding {
                rule_id: KEY_FILE_RULE.into(),
                title: KEY_FILE_TITLE.into(),
                category: Category::Secret,
                severity: Severity::Critical,
                action,
                byte_start: 0,
                byte_end: 0,
                start: 0,
                end: 0,
                preview: key.kind.title().into(),
                confidence: 0.9,
            },
            location: key.location.clone(),
            start: 0,
            end: 0,
            from: at.clone(),
            to: at,
        });
    }
    for s in extracted.skipped {
        if !quiet(s.kind, &s.why) {
            report.unread.push(Unread { location: s.location, kind: s.kind, why: s.why });
        }
    }
    report
}
