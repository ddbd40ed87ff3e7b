//! The policy document as the engine and the shell use it, and its
//! defaults: [`Policy::default`] is the one place they are written.

use super::sites::Site;
use crate::rule::{Action, Category, Severity};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// What the extension does when the engine cannot load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailMode {
    /// Let prompts through with a visible notice.
    Open,
    /// Refuse to send, with an explanation.
    Closed,
}

impl FailMode {
    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<FailMode> {
        match s {
            "open" => Some(FailMode::Open),
            "closed" => Some(FailMode::Closed),
            _ => None,
        }
    }
}

/// A rule an organisation adds: its own project codes, customer ids, hosts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomRule {
    /// Kebab-case id, distinct from every catalog id.
    pub id: String,
    /// Title shown to users; the id when absent.
    pub title: String,
    /// Regex (ASCII, linear-time engine; no look-around or backreferences).
    pub pattern: String,
    /// Literals near which the pattern runs (ASCII case-insensitive). Without
    /// keywords the pattern runs over the whole text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Severity; `high` when absent.
    pub severity: Severity,
    /// Action; the `custom` category's action when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// Shown in the warning panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl CustomRule {
    /// The rule the engine runs for this entry.
    pub fn rule(&self) -> crate::Rule {
        use std::borrow::Cow;
        crate::Rule {
            id: Cow::Owned(self.id.clone()),
            title: Cow::Owned(self.title.clone()),
            label: Cow::Owned(self.id.to_ascii_uppercase().replace('-', "_")),
            severity: self.severity,
            trigger: crate::rule::Trigger::Custom { keywords: self.keywords.clone() },
            pattern: Cow::Owned(self.pattern.clone()),
            ..crate::Rule::CUSTOM
        }
    }
}

/// Values never reported, optionally only for some rules or sites.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AllowEntry {
    /// Exact values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Regexes that must match the whole value.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<String>,
    /// Restrict to these rule ids; all rules when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
    /// Restrict to these sites; all sites when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<Site>,
}

/// A parsed policy. [`Policy::default`] is what a fresh install runs; every
/// field is a key of the JSON document (camelCase), listed with its title
/// and description in [`super::keys`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// Action per category.
    pub categories: BTreeMap<Category, Action>,
    /// Action per rule id; wins over the category.
    pub rules: BTreeMap<String, Action>,
    /// Findings below this severity are not reported.
    pub min_severity: Severity,
    /// Whether rules of the preview group run.
    pub preview_rules: bool,
    /// The organisation's own rules.
    pub custom_rules: Vec<CustomRule>,
    /// Values never reported.
    pub allowlist: Vec<AllowEntry>,
    /// Sites protected in addition to the built-in chat sites.
    pub sites: Vec<Site>,
    /// Sites where the extension stays out.
    pub excluded_sites: Vec<Site>,
    /// Whether "Send anyway" is offered in `warn`.
    pub allow_override: bool,
    /// Whether "Send anyway" asks for a reason.
    pub require_justification: bool,
    /// Behaviour when the engine cannot load.
    pub fail_mode: FailMode,
    /// Organisation's message in the panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Link to the organisation's AI policy, shown in the panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// Days the local audit log keeps events.
    pub audit_retention_days: u32,
    /// Whether users may change anything the policy does not set.
    pub lock_user_options: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            categories: [
                (Category::Secret, Action::Warn),
                (Category::Pii, Action::Warn),
                (Category::Custom, Action::Warn),
            ]
            .into_iter()
            .collect(),
            rules: BTreeMap::new(),
            min_severity: Severity::Medium,
            preview_rules: false,
            custom_rules: Vec::new(),
            allowlist: Vec::new(),
            sites: Vec::new(),
            excluded_sites: Vec::new(),
            allow_override: true,
            require_justification: false,
            fail_mode: FailMode::Open,
            message: None,
            help_url: None,
            audit_retention_days: 30,
            lock_user_options: false,
        }
    }
}

impl Policy {
    /// Parses a policy strictly: any problem is an error.
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        let (policy, issues) = Policy::from_json_lenient(json);
        if issues.is_empty() {
            Ok(policy)
        } else {
            Err(PolicyError { issues })
        }
    }

    /// Parses a policy, keeping every valid entry and reporting the rest.
    /// A document that is not JSON at all gives the default policy and one issue.
    pub fn from_json_lenient(json: &str) -> (Policy, Vec<PolicyIssue>) {
        let parsed = super::parse::Document::from_json(json);
        (parsed.policy, parsed.issues)
    }

    /// [`Policy::from_json_lenient`] on an already parsed value.
    pub fn from_value_lenient(value: &serde_json::Value) -> (Policy, Vec<PolicyIssue>) {
        let parsed = super::parse::Document::from_value(value);
        (parsed.policy, parsed.issues)
    }

    /// The action for a rule: its own entry, else its category's.
    pub fn action_for(&self, rule_id: &str, category: Category) -> Action {
        self.rules.get(rule_id).or_else(|| self.categories.get(&category)).copied().unwrap_or(Action::Warn)
    }

    /// The document as JSON, every key written out (defaults included).
    /// Through text rather than `serde_json::to_value`: the module already
    /// carries the text serialiser and parser, and a second serialiser into
    /// `Value` cost the WebAssembly module several KB for a call made once
    /// per settings change.
    pub fn to_value(&self) -> serde_json::Value {
        let text = serde_json::to_string(self).expect("a policy serialises");
        serde_json::from_str(&text).expect("and parses back")
    }
}

/// Limits that keep a policy from costing the browser more than it protects
/// (pattern limits are in [`crate::pattern::limits`]).
pub mod limits {
    /// Custom rules in one policy.
    pub const CUSTOM_RULES: usize = 100;
    /// Keywords of one custom rule.
    pub const KEYWORDS: usize = 32;
    /// Allowlisted values in all entries together.
    pub const ALLOW_VALUES: usize = 10_000;
    /// Allowlist patterns in all entries together.
    pub const ALLOW_PATTERNS: usize = 200;
    /// Entries of the allowlist.
    pub const ALLOW_ENTRIES: usize = 1_000;
    /// Sites in each site list.
    pub const SITES: usize = 1_000;
    /// Longest message or URL.
    pub const TEXT_LEN: usize = 2_000;
}

/// One problem in a policy document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PolicyIssue {
    /// Field path such as `customRules[2].pattern`.
    pub path: String,
    /// What is wrong, in words an admin can act on.
    pub message: String,
}

impl fmt::Display for PolicyIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A policy that could not be used as written. Lists every problem found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    /// Every problem, in document order.
    pub issues: Vec<PolicyIssue>,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.issues.as_slice() {
            [] => write!(f, "invalid policy"),
            [one] => write!(f, "invalid policy: {one}"),
            [first, rest @ ..] => {
                write!(f, "invalid policy: {first} (and {} more: ", rest.len())?;
                for (i, issue) in rest.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{issue}")?;
                }
                write!(f, ")")
            }
        }
    }
}

impl std::error::Error for PolicyError {}

impl PolicyError {
    pub(crate) fn one(path: impl Into<String>, message: impl Into<String>) -> PolicyError {
        PolicyError { issues: vec![PolicyIssue { path: path.into(), message: message.into() }] }
    }
}
