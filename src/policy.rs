//! The policy document: what to look for and what to do about it.
//!
//! One JSON document serves the CLI (`--policy FILE`), the extension's user
//! options and the enterprise managed policy, so an admin can test exactly
//! what they roll out. Keys are camelCase, as browser policy tools expect.
//!
//! Parsing walks the JSON by hand rather than through derived `Deserialize`
//! so that every problem names its field path (`customRules[2].pattern`) and
//! so that a lenient parse can drop a bad entry and keep the rest: an invalid
//! managed policy must never switch protection off.

use crate::rule::{Category, Severity};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// What happens when a finding is present at send time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Not reported; the rule does not even run.
    Off,
    /// A panel asks the user: redact, send anyway, or edit.
    Warn,
    /// Sending is refused until the value is removed or redacted.
    Block,
    /// The value is replaced by a placeholder and the prompt is sent.
    Redact,
}

impl Action {
    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "off" => Action::Off,
            "warn" => Action::Warn,
            "block" => Action::Block,
            "redact" => Action::Redact,
            _ => return None,
        })
    }
}

/// What the extension does when the engine cannot load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailMode {
    /// Let prompts through with a visible notice.
    Open,
    /// Refuse to send, with an explanation.
    Closed,
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
    pub keywords: Vec<String>,
    /// Severity; `high` when absent.
    pub severity: Severity,
    /// Action; the `custom` category's action when absent.
    pub action: Option<Action>,
    /// Shown in the warning panel.
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
    pub values: Vec<String>,
    /// Regexes that must match the whole value.
    pub patterns: Vec<String>,
    /// Restrict to these rule ids; all rules when empty.
    pub rules: Vec<String>,
    /// Restrict to these sites (host names); all sites when empty.
    pub sites: Vec<String>,
}

/// A parsed policy. [`Policy::default`] is what a fresh install runs.
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
    pub sites: Vec<String>,
    /// Built-in sites where the extension stays out.
    pub excluded_sites: Vec<String>,
    /// Whether "Send anyway" is offered in `warn`.
    pub allow_override: bool,
    /// Whether "Send anyway" asks for a reason.
    pub require_justification: bool,
    /// Behaviour when the engine cannot load.
    pub fail_mode: FailMode,
    /// Organisation's message in the panel.
    pub message: Option<String>,
    /// Link to the organisation's AI policy, shown in the panel.
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

/// Limits that keep a policy from costing the browser more than it protects.
pub mod limits {
    /// Custom rules in one policy.
    pub const CUSTOM_RULES: usize = 100;
    /// Characters in one custom or allowlist pattern.
    pub const PATTERN_LEN: usize = 1_000;
    /// Keywords of one custom rule.
    pub const KEYWORDS: usize = 32;
    /// Allowlisted values in all entries together.
    pub const ALLOW_VALUES: usize = 10_000;
    /// Allowlist patterns in all entries together.
    pub const ALLOW_PATTERNS: usize = 200;
    /// Sites in each site list.
    pub const SITES: usize = 1_000;
    /// Compiled size of one custom pattern, in bytes of NFA.
    pub const COMPILED_PATTERN_BYTES: usize = 512 * 1024;
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
        match serde_json::from_str::<Value>(json) {
            Ok(value) => Policy::from_value_lenient(&value),
            Err(e) => {
                (Policy::default(), vec![PolicyIssue { path: "$".into(), message: format!("not valid JSON: {e}") }])
            }
        }
    }

    /// [`Policy::from_json_lenient`] on an already parsed value.
    pub fn from_value_lenient(value: &Value) -> (Policy, Vec<PolicyIssue>) {
        let mut p = Parser { issues: Vec::new() };
        let policy = p.policy(value);
        (policy, p.issues)
    }

    /// The action for a rule: its own entry, else its category's.
    pub fn action_for(&self, rule_id: &str, category: Category) -> Action {
        self.rules.get(rule_id).or_else(|| self.categories.get(&category)).copied().unwrap_or(Action::Warn)
    }
}

struct Parser {
    issues: Vec<PolicyIssue>,
}

impl Parser {
    fn issue(&mut self, path: &str, message: impl Into<String>) {
        self.issues.push(PolicyIssue { path: path.to_string(), message: message.into() });
    }

    fn policy(&mut self, value: &Value) -> Policy {
        let mut policy = Policy::default();
        let Some(obj) = value.as_object() else {
            self.issue("$", "the policy must be a JSON object");
            return policy;
        };
        for (key, v) in obj {
            match key.as_str() {
                "version" => {
                    if v.as_u64() != Some(1) {
                        self.issue("version", "only version 1 is known");
                    }
                }
                "categories" => self.categories(v, &mut policy.categories),
                "rules" => self.rule_actions(v, &mut policy.rules),
                "disabledRules" => {
                    for id in self.strings("disabledRules", v, usize::MAX) {
                        policy.rules.insert(id, Action::Off);
                    }
                }
                "minSeverity" => {
                    if let Some(s) = self.enum_str("minSeverity", v, Severity::parse, "low, medium, high or critical") {
                        policy.min_severity = s;
                    }
                }
                "previewRules" => self.boolean(key, v, &mut policy.preview_rules),
                "customRules" => policy.custom_rules = self.custom_rules(v),
                "allowlist" => policy.allowlist = self.allowlist(v),
                "sites" => policy.sites = self.sites("sites", v),
                "excludedSites" => policy.excluded_sites = self.sites("excludedSites", v),
                "allowOverride" => self.boolean(key, v, &mut policy.allow_override),
                "requireJustification" => self.boolean(key, v, &mut policy.require_justification),
                "lockUserOptions" => self.boolean(key, v, &mut policy.lock_user_options),
                "failMode" => {
                    let parse = |s: &str| match s {
                        "open" => Some(FailMode::Open),
                        "closed" => Some(FailMode::Closed),
                        _ => None,
                    };
                    if let Some(m) = self.enum_str("failMode", v, parse, "open or closed") {
                        policy.fail_mode = m;
                    }
                }
                "message" => policy.message = self.text("message", v),
                "helpUrl" => {
                    policy.help_url = self.text("helpUrl", v).filter(|u| {
                        let ok = u.starts_with("https://") || u.starts_with("http://");
                        if !ok {
                            self.issue("helpUrl", "must be an http(s) URL");
                        }
                        ok
                    })
                }
                "auditRetentionDays" => match v.as_u64() {
                    Some(d) if (1..=3650).contains(&d) => policy.audit_retention_days = d as u32,
                    _ => self.issue("auditRetentionDays", "must be a whole number of days from 1 to 3650"),
                },
                k if k.starts_with('$') || k.starts_with("//") => {} // $schema, comments
                other => self.issue(other, "unknown setting (check the spelling against the policy reference)"),
            }
        }
        self.check_rule_ids(&mut policy);
        policy
    }

    /// A rule id nobody knows is almost always a typo that would silently
    /// leave the intended rule at its default: report it.
    fn check_rule_ids(&mut self, policy: &mut Policy) {
        let known =
            |id: &str, custom: &[CustomRule]| crate::rules::find(id).is_some() || custom.iter().any(|r| r.id == id);
        let unknown: Vec<String> = policy.rules.keys().filter(|id| !known(id, &policy.custom_rules)).cloned().collect();
        for id in unknown {
            self.issue(&format!("rules.{id}"), "no rule has this id (see `promptwarden rules`)");
            policy.rules.remove(&id);
        }
        for (i, entry) in policy.allowlist.iter().enumerate() {
            for (k, id) in entry.rules.iter().enumerate() {
                if !known(id, &policy.custom_rules) {
                    self.issue(&format!("allowlist[{i}].rules[{k}]"), "no rule has this id (see `promptwarden rules`)");
                }
            }
        }
    }

    fn boolean(&mut self, path: &str, v: &Value, out: &mut bool) {
        match v.as_bool() {
            Some(b) => *out = b,
            None => self.issue(path, "must be true or false"),
        }
    }

    fn text(&mut self, path: &str, v: &Value) -> Option<String> {
        match v.as_str() {
            Some(s) if s.chars().count() <= limits::TEXT_LEN => Some(s.to_string()),
            Some(_) => {
                self.issue(path, format!("longer than {} characters", limits::TEXT_LEN));
                None
            }
            None => {
                self.issue(path, "must be a string");
                None
            }
        }
    }

    fn enum_str<T>(&mut self, path: &str, v: &Value, parse: impl Fn(&str) -> Option<T>, expected: &str) -> Option<T> {
        let parsed = v.as_str().and_then(&parse);
        if parsed.is_none() {
            self.issue(path, format!("must be one of {expected}, not {v}"));
        }
        parsed
    }

    fn object<'v>(&mut self, path: &str, v: &'v Value) -> Option<&'v Map<String, Value>> {
        let obj = v.as_object();
        if obj.is_none() {
            self.issue(path, "must be an object");
        }
        obj
    }

    fn array<'v>(&mut self, path: &str, v: &'v Value, max: usize) -> &'v [Value] {
        match v.as_array() {
            Some(a) if a.len() <= max => a,
            Some(a) => {
                self.issue(path, format!("at most {max} entries; only the first {max} apply"));
                &a[..max]
            }
            None => {
                self.issue(path, "must be a list");
                &[]
            }
        }
    }

    fn strings(&mut self, path: &str, v: &Value, max: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (i, item) in self.array(path, v, max).iter().enumerate() {
            match item.as_str() {
                Some(s) => out.push(s.to_string()),
                None => self.issue(&format!("{path}[{i}]"), "must be a string"),
            }
        }
        out
    }

    fn action(&mut self, path: &str, v: &Value) -> Option<Action> {
        self.enum_str(path, v, Action::parse, "off, warn, block or redact")
    }

    fn categories(&mut self, v: &Value, out: &mut BTreeMap<Category, Action>) {
        let Some(obj) = self.object("categories", v) else { return };
        for (name, a) in obj {
            let path = format!("categories.{name}");
            let category = match name.as_str() {
                "secret" => Category::Secret,
                "pii" => Category::Pii,
                "custom" => Category::Custom,
                _ => {
                    self.issue(&path, "unknown category (secret, pii or custom)");
                    continue;
                }
            };
            if let Some(action) = self.action(&path, a) {
                out.insert(category, action);
            }
        }
    }

    fn rule_actions(&mut self, v: &Value, out: &mut BTreeMap<String, Action>) {
        let Some(obj) = self.object("rules", v) else { return };
        for (id, a) in obj {
            let path = format!("rules.{id}");
            if let Some(action) = self.action(&path, a) {
                out.insert(id.clone(), action);
            }
        }
    }

    fn sites(&mut self, path: &str, v: &Value) -> Vec<String> {
        let mut out = Vec::new();
        for (i, s) in self.strings(path, v, limits::SITES).into_iter().enumerate() {
            match normalize_site(&s) {
                Some(site) => out.push(site),
                None => self.issue(
                    &format!("{path}[{i}]"),
                    "must be a host name such as chat.example.com, optionally with a path (example.com/chat)",
                ),
            }
        }
        out
    }

    fn custom_rules(&mut self, v: &Value) -> Vec<CustomRule> {
        let mut out: Vec<CustomRule> = Vec::new();
        for (i, item) in self.array("customRules", v, limits::CUSTOM_RULES).iter().enumerate() {
            let path = format!("customRules[{i}]");
            if let Some(rule) = self.custom_rule(&path, item) {
                if out.iter().any(|r| r.id == rule.id) {
                    self.issue(&format!("{path}.id"), format!("duplicate id {:?}", rule.id));
                } else {
                    out.push(rule);
                }
            }
        }
        out
    }

    fn custom_rule(&mut self, path: &str, v: &Value) -> Option<CustomRule> {
        let obj = self.object(path, v)?;
        let before = self.issues.len();
        let mut id = None;
        let mut title = None;
        let mut pattern = None;
        let mut keywords = Vec::new();
        let mut severity = Severity::High;
        let mut action = None;
        let mut message = None;
        for (key, f) in obj {
            let fp = format!("{path}.{key}");
            match key.as_str() {
                "id" => id = self.text(&fp, f),
                "title" => title = self.text(&fp, f),
                "pattern" => pattern = self.text(&fp, f),
                "keywords" => keywords = self.strings(&fp, f, limits::KEYWORDS),
                "severity" => {
                    severity =
                        self.enum_str(&fp, f, Severity::parse, "low, medium, high or critical").unwrap_or(severity)
                }
                "action" => action = self.action(&fp, f),
                "message" => message = self.text(&fp, f),
                other => self.issue(
                    &fp,
                    format!("unknown field {other:?} (id, title, pattern, keywords, severity, action, message)"),
                ),
            }
        }
        match &id {
            None => self.issue(&format!("{path}.id"), "required"),
            Some(id) if !is_kebab_id(id) => {
                self.issue(&format!("{path}.id"), "must be kebab-case: lowercase letters, digits and single dashes")
            }
            Some(id) if crate::rules::find(id).is_some() => {
                self.issue(&format!("{path}.id"), format!("{id:?} is a built-in rule id; choose another"))
            }
            _ => {}
        }
        match &pattern {
            None => self.issue(&format!("{path}.pattern"), "required"),
            Some(p) => {
                if let Err(e) = crate::engine::compile_custom(p) {
                    self.issue(&format!("{path}.pattern"), e);
                }
            }
        }
        for (k, kw) in keywords.iter().enumerate() {
            if kw.len() < 2 || kw.len() > 64 || !kw.is_ascii() {
                self.issue(&format!("{path}.keywords[{k}]"), "must be 2 to 64 ASCII characters");
            }
        }
        if self.issues.len() > before {
            return None;
        }
        let id = id?;
        Some(CustomRule {
            title: title.unwrap_or_else(|| id.clone()),
            id,
            pattern: pattern?,
            keywords,
            severity,
            action,
            message,
        })
    }

    fn allowlist(&mut self, v: &Value) -> Vec<AllowEntry> {
        let mut out = Vec::new();
        let mut values = 0;
        let mut patterns = 0;
        for (i, item) in self.array("allowlist", v, 1_000).iter().enumerate() {
            let path = format!("allowlist[{i}]");
            let Some(obj) = self.object(&path, item) else { continue };
            let before = self.issues.len();
            let mut entry = AllowEntry::default();
            for (key, f) in obj {
                let fp = format!("{path}.{key}");
                match key.as_str() {
                    "values" => entry.values = self.strings(&fp, f, limits::ALLOW_VALUES),
                    "patterns" => {
                        entry.patterns = self.strings(&fp, f, limits::ALLOW_PATTERNS);
                        for (k, p) in entry.patterns.iter().enumerate() {
                            if let Err(e) = crate::engine::compile_custom(p) {
                                self.issue(&format!("{fp}[{k}]"), e);
                            }
                        }
                    }
                    "rules" => entry.rules = self.strings(&fp, f, 10_000),
                    "sites" => entry.sites = self.sites(&fp, f),
                    other => self.issue(&fp, format!("unknown field {other:?} (values, patterns, rules, sites)")),
                }
            }
            values += entry.values.len();
            patterns += entry.patterns.len();
            if values > limits::ALLOW_VALUES || patterns > limits::ALLOW_PATTERNS {
                self.issue(
                    &path,
                    format!(
                        "the allowlist may hold at most {} values and {} patterns in all",
                        limits::ALLOW_VALUES,
                        limits::ALLOW_PATTERNS
                    ),
                );
                break;
            }
            if self.issues.len() == before {
                out.push(entry);
            }
        }
        out
    }
}

/// Whether `id` is kebab-case ASCII (`acme-project-code`).
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Lowercases a site entry and checks it is a host name with an optional
/// path prefix (`huggingface.co/chat`). A leading `*.` matches subdomains.
pub fn normalize_site(site: &str) -> Option<String> {
    let s = site.trim().to_ascii_lowercase();
    let s = s.strip_prefix("https://").unwrap_or(&s);
    let s = s.trim_end_matches('/');
    let (host, path) = s.split_once('/').map_or((s, ""), |(h, p)| (h, p));
    let bare = host.strip_prefix("*.").unwrap_or(host);
    let host_ok = !bare.is_empty()
        && bare.len() <= 253
        && bare
            .split('.')
            .all(|l| !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && bare.contains('.')
        || bare == "localhost";
    let path_ok = path.bytes().all(|b| b.is_ascii_graphic() && b != b'?' && b != b'#');
    (host_ok && path_ok).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_warn_on_secrets_and_pii() {
        let p = Policy::default();
        assert_eq!(p.action_for("github-pat", Category::Secret), Action::Warn);
        assert_eq!(p.min_severity, Severity::Medium);
    }

    #[test]
    fn rule_actions_win_over_categories() {
        let p = Policy::from_json(
            r#"{"categories":{"secret":"block"},"rules":{"github-pat":"off"},"disabledRules":["aws-access-key-id"]}"#,
        )
        .unwrap();
        assert_eq!(p.action_for("github-oauth-token", Category::Secret), Action::Block);
        assert_eq!(p.action_for("github-pat", Category::Secret), Action::Off);
        assert_eq!(p.action_for("aws-access-key-id", Category::Secret), Action::Off);
    }

    #[test]
    fn errors_name_the_field_path_and_the_reason() {
        let err = Policy::from_json(r#"{"categories":{"secret":"nuke"}}"#).unwrap_err();
        assert_eq!(err.issues[0].path, "categories.secret");
        assert!(err.to_string().contains("off, warn, block or redact"), "{err}");

        let err = Policy::from_json(
            r#"{"customRules":[{"id":"ok-rule","pattern":"A{2}"},{"id":"bad","pattern":"(unclosed"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.issues.len(), 1);
        assert_eq!(err.issues[0].path, "customRules[1].pattern");

        let err = Policy::from_json(r#"{"minSeverty":"low"}"#).unwrap_err();
        assert_eq!(err.issues[0].path, "minSeverty");
    }

    #[test]
    fn lenient_parse_keeps_the_valid_entries() {
        let (p, issues) = Policy::from_json_lenient(
            r#"{"categories":{"secret":"block","pii":"bogus"},"customRules":[{"id":"acme-code","pattern":"ACME-[0-9]{6}"},{"id":"Bad Id","pattern":"x"}]}"#,
        );
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert_eq!(p.categories[&Category::Secret], Action::Block);
        assert_eq!(p.categories[&Category::Pii], Action::Warn, "the bad entry leaves the default");
        assert_eq!(p.custom_rules.len(), 1);
        assert_eq!(p.custom_rules[0].id, "acme-code");
    }

    #[test]
    fn not_json_is_one_issue_and_the_default_policy() {
        let (p, issues) = Policy::from_json_lenient("{oops");
        assert_eq!(p, Policy::default());
        assert_eq!(issues[0].path, "$");
    }

    #[test]
    fn sites_are_host_names() {
        assert_eq!(normalize_site("HTTPS://Chat.Example.com/"), Some("chat.example.com".into()));
        assert_eq!(normalize_site("huggingface.co/chat"), Some("huggingface.co/chat".into()));
        assert_eq!(normalize_site("*.corp.example"), Some("*.corp.example".into()));
        assert_eq!(normalize_site("not a host"), None);
    }
}
