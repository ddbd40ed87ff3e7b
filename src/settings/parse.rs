//! The lenient parse of one policy document: every valid entry is kept,
//! every problem is reported with its field path and the reason, and a bad
//! entry costs only itself (an invalid managed policy must never switch
//! protection off). Parsing walks the JSON by hand rather than through a
//! derived `Deserialize` for exactly that.

use super::policy::{limits, AllowEntry, CustomRule, FailMode, Policy, PolicyIssue};
use super::sites::Site;
use crate::rule::{Action, Category, Severity};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// One document, parsed: the policy it gives (defaults where it is silent),
/// what it sets, and its problems.
pub(crate) struct Document {
    /// Defaults overridden by every valid entry.
    pub policy: Policy,
    /// What the document sets, as paths: a key (`failMode`), or an entry of
    /// a map (`categories.secret`, `rules.github-pat`).
    pub set: BTreeSet<String>,
    /// Problems, in document order.
    pub issues: Vec<PolicyIssue>,
}

impl Document {
    /// Parses JSON text; text that is not JSON gives the defaults and one issue.
    pub fn from_json(json: &str) -> Document {
        match serde_json::from_str::<Value>(json) {
            Ok(value) => Document::from_value(&value),
            Err(e) => Document {
                policy: Policy::default(),
                set: BTreeSet::new(),
                issues: vec![PolicyIssue { path: "$".into(), message: format!("not valid JSON: {e}") }],
            },
        }
    }

    /// Parses a JSON value.
    pub fn from_value(value: &Value) -> Document {
        let mut p = Parser { issues: Vec::new(), set: BTreeSet::new() };
        let policy = p.policy(value);
        Document { policy, set: p.set, issues: p.issues }
    }

    /// The part of the document that was set and valid, as JSON: what a
    /// merge takes from it.
    pub fn kept(&self) -> Map<String, Value> {
        let full = self.policy.to_value();
        let mut kept = Map::new();
        for path in &self.set {
            match path.split_once('.') {
                Some((key, entry)) => {
                    let value = full[key][entry].clone();
                    let map = kept.entry(key).or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(map) = map {
                        map.insert(entry.to_string(), value);
                    }
                }
                None => {
                    kept.insert(path.clone(), full[path.as_str()].clone());
                }
            }
        }
        kept
    }
}

struct Parser {
    issues: Vec<PolicyIssue>,
    set: BTreeSet<String>,
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
            let before = self.issues.len();
            match key.as_str() {
                "version" => {
                    if v.as_u64() != Some(1) {
                        self.issue("version", "only version 1 is known");
                    }
                }
                "categories" => {
                    for (category, action) in self.categories(v) {
                        policy.categories.insert(category, action);
                        self.set.insert(format!("categories.{}", category.as_str()));
                    }
                    continue;
                }
                "rules" => {
                    for (id, action) in self.rule_actions(v) {
                        self.set.insert(format!("rules.{id}"));
                        policy.rules.insert(id, action);
                    }
                    continue;
                }
                "disabledRules" => {
                    for id in self.strings("disabledRules", v, usize::MAX) {
                        self.set.insert(format!("rules.{id}"));
                        policy.rules.insert(id, Action::Off);
                    }
                    continue;
                }
                "minSeverity" => {
                    if let Some(s) = self.enum_str("minSeverity", v, Severity::parse, "low, medium, high or critical") {
                        policy.min_severity = s;
                    }
                }
                "previewRules" => self.boolean(key, v, &mut policy.preview_rules),
                // Lists keep their valid entries: set even when some were dropped.
                "customRules" => {
                    policy.custom_rules = self.custom_rules(v);
                    self.set_if_list(key, v);
                    continue;
                }
                "allowlist" => {
                    policy.allowlist = self.allowlist(v);
                    self.set_if_list(key, v);
                    continue;
                }
                "sites" => {
                    policy.sites = self.sites("sites", v);
                    self.set_if_list(key, v);
                    continue;
                }
                "excludedSites" => {
                    policy.excluded_sites = self.sites("excludedSites", v);
                    self.set_if_list(key, v);
                    continue;
                }
                "allowOverride" => self.boolean(key, v, &mut policy.allow_override),
                "requireJustification" => self.boolean(key, v, &mut policy.require_justification),
                "lockUserOptions" => self.boolean(key, v, &mut policy.lock_user_options),
                "failMode" => {
                    if let Some(m) = self.enum_str("failMode", v, FailMode::parse, "open or closed") {
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
                k if k.starts_with('$') || k.starts_with("//") => continue, // $schema, comments
                other => self.issue(other, "unknown setting (check the spelling against the policy reference)"),
            }
            if self.issues.len() == before && key != "version" {
                self.set.insert(key.clone());
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
            self.set.remove(&format!("rules.{id}"));
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

    fn set_if_list(&mut self, key: &str, v: &Value) {
        if v.is_array() {
            self.set.insert(key.to_string());
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

    fn categories(&mut self, v: &Value) -> BTreeMap<Category, Action> {
        let mut out = BTreeMap::new();
        let Some(obj) = self.object("categories", v) else { return out };
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
        out
    }

    fn rule_actions(&mut self, v: &Value) -> BTreeMap<String, Action> {
        let mut out = BTreeMap::new();
        let Some(obj) = self.object("rules", v) else { return out };
        for (id, a) in obj {
            let path = format!("rules.{id}");
            if let Some(action) = self.action(&path, a) {
                out.insert(id.clone(), action);
            }
        }
        out
    }

    fn sites(&mut self, path: &str, v: &Value) -> Vec<Site> {
        let mut out = Vec::new();
        for (i, s) in self.strings(path, v, limits::SITES).into_iter().enumerate() {
            match Site::parse(&s) {
                Ok(site) if out.contains(&site) => {}
                Ok(site) => out.push(site),
                Err(why) => self.issue(&format!("{path}[{i}]"), why),
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
                if let Err(e) = crate::pattern::compile_custom(p) {
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
        for (i, item) in self.array("allowlist", v, limits::ALLOW_ENTRIES).iter().enumerate() {
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
                            if let Err(e) = crate::pattern::compile_custom(p) {
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
