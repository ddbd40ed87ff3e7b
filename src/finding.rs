//! What a scan reports.

use crate::rule::Action;
use crate::rule::{Category, Severity};
use serde::Serialize;

/// One secret or piece of personal data found in a text.
///
/// A finding never holds the matched value: `preview` is masked by the rule's
/// [`Mask`](crate::rule::Mask), and the spans let the caller highlight or
/// replace the characters in its own copy of the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable id of the rule that found it.
    pub rule_id: String,
    /// The rule's title, as users read it (`AWS access key ID`); borrowed
    /// from the catalog, so a finding of a built-in rule allocates nothing
    /// for it.
    pub title: std::borrow::Cow<'static, str>,
    /// Secret, PII or custom.
    pub category: Category,
    /// How bad a leak would be.
    pub severity: Severity,
    /// What the policy says to do about it.
    pub action: Action,
    /// Start in UTF-8 bytes of the original text.
    pub byte_start: usize,
    /// End (exclusive) in UTF-8 bytes.
    pub byte_end: usize,
    /// Start in UTF-16 code units (JavaScript string indices).
    pub start: usize,
    /// End (exclusive) in UTF-16 code units.
    pub end: usize,
    /// Masked preview such as `ghp_************`; never the value.
    pub preview: String,
    /// 0..=1; 0.99 when a checksum or structural decode proved the format.
    pub confidence: f32,
}
