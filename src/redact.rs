//! Redaction: findings replaced by numbered placeholders.
//!
//! `[GITHUB_TOKEN_1]` tells the model (and the reader) what was there
//! without what it was. The same value gets the same placeholder everywhere
//! in the prompt, so "use [DB_PASSWORD_1] in both files" still makes sense.

use crate::engine::Scanner;
use crate::finding::Finding;
use serde::Serialize;
use std::collections::HashMap;

/// A redacted text and what was replaced, without the replaced values.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Redacted {
    /// The text with every finding replaced.
    pub text: String,
    /// One entry per replaced finding, in order of position.
    pub replacements: Vec<Replacement>,
}

/// One replaced finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    /// The placeholder, such as `[AWS_ACCESS_KEY_1]`.
    pub placeholder: String,
    /// The finding that was replaced (spans refer to the original text).
    pub finding: Finding,
}

/// Replaces `findings` (sorted, non-overlapping, as a scan returns them) in `text`.
pub fn redact_findings(scanner: &Scanner, text: &str, findings: &[Finding]) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::with_capacity(findings.len());
    // Numbering is per label in order of first appearance; the map from
    // value to placeholder lives only for this call.
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    let mut seen: HashMap<(&str, &str), String> = HashMap::new();
    let mut at = 0;
    for f in findings {
        if f.byte_start < at || f.byte_end > text.len() {
            continue;
        }
        let label = scanner.label_of(f);
        let value = &text[f.byte_start..f.byte_end];
        let placeholder = seen
            .entry((label, value))
            .or_insert_with(|| {
                let n = numbers.entry(label).or_insert(0);
                *n += 1;
                format!("[{label}_{n}]")
            })
            .clone();
        out.push_str(&text[at..f.byte_start]);
        out.push_str(&placeholder);
        at = f.byte_end;
        replacements.push(Replacement { placeholder, finding: f.clone() });
    }
    out.push_str(&text[at..]);
    Redacted { text: out, replacements }
}
