//! The rule catalog: every built-in rule, as data.
//!
//! One file per family of providers (secrets) or per kind of personal data;
//! each exports a `RULES` slice. This module only lists them. The docs' rule
//! table (`docs/rules.md`) is generated from here (`promptwarden rules
//! --format markdown`) and a test keeps it current.

use crate::rule::Rule;

mod pii;
mod secrets;

pub use secrets::value_kind::{classify as classify_value, Code, ValueKind};

/// Every catalog slice, in the order rules are listed.
const FAMILIES: &[&[Rule]] = &[
    secrets::cloud::RULES,
    secrets::source_control::RULES,
    secrets::packages_ci::RULES,
    secrets::chat_mail::RULES,
    secrets::payments::RULES,
    secrets::ai::RULES,
    secrets::saas::RULES,
    secrets::keys::RULES,
    secrets::connections::RULES,
    secrets::wallets::RULES,
    secrets::generic::RULES,
    pii::contact::RULES,
    pii::financial::RULES,
    pii::ids_americas::RULES,
    pii::ids_latin_america::RULES,
    pii::ids_europe::RULES,
    pii::ids_europe_east::RULES,
    pii::ids_asia_africa::RULES,
    pii::ids_asia_oceania::RULES,
];

/// All built-in rules, in catalog order; the vendor table
/// (`secrets/vendors.rs`) comes last, built on first use.
pub fn catalog() -> impl Iterator<Item = &'static Rule> {
    FAMILIES.iter().flat_map(|family| family.iter()).chain(secrets::vendors::rules())
}

/// The built-in rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    catalog().find(|r| r.id == id)
}

/// What the docs, the CLI and the extension's options page show of a rule.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RuleInfo {
    /// Stable id.
    pub id: &'static str,
    /// Human title.
    pub title: &'static str,
    /// One sentence on what it finds and why it matters. Empty, and left out
    /// of the JSON, in the WebAssembly build (see `about!`).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub about: &'static str,
    /// `secret` or `pii`.
    pub category: crate::rule::Category,
    /// Severity.
    pub severity: crate::rule::Severity,
    /// `stable` or `preview`.
    pub group: crate::rule::Group,
    /// Placeholder stem used by redaction.
    pub label: &'static str,
}

/// Descriptions of every built-in rule, in catalog order.
pub fn describe_all() -> Vec<RuleInfo> {
    catalog()
        .map(|r| RuleInfo {
            id: &r.id,
            title: &r.title,
            about: r.about,
            category: r.category,
            severity: r.severity,
            group: r.group,
            label: &r.label,
        })
        .collect()
}
