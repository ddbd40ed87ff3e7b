//! Reading back a policy the core itself wrote: the JSON of a resolved
//! [`Policy`] (what `Settings.policyJson()` hands a chat page), for the
//! scanner alone.
//!
//! A chat page's module builds its scanner from the policy the extension's
//! background has already parsed, merged and checked. Running the lenient
//! parser there again cost the page module 26 KB of its 300 KB gzipped
//! budget (the parser, its messages, IDN host names) to find issues that
//! cannot be there. This reader trusts its input: it takes the keys the
//! scanner reads (`categories`, `rules`, `minSeverity`, `previewRules`,
//! `customRules`, `allowlist`), keeps the defaults for anything missing,
//! and refuses only what is not the shape [`Policy`] serialises to — so a
//! document from anywhere else fails loudly instead of scanning with half a
//! policy. Everything else in the document (sites, audit, files) is for the
//! background and is left at its default here.

use super::policy::{AllowEntry, CustomRule, Policy};
use super::sites::Site;
use crate::rule::{Action, Category, Severity};
use serde_json::{Map, Value};

impl Policy {
    /// The scanner's part of a policy as [`Policy`] serialises it (see the
    /// module docs). Errors name the key that is not in that shape.
    pub fn from_resolved_json(json: &str) -> Result<Policy, String> {
        let doc: Value = serde_json::from_str(json).map_err(|e| format!("policy: not JSON: {e}"))?;
        let doc = doc.as_object().ok_or("policy: not a JSON object")?;
        let mut policy = Policy::default();
        if let Some(v) = doc.get("categories") {
            for (name, action) in object(v, "categories")? {
                let category = category(name).ok_or_else(|| format!("categories.{name}: unknown category"))?;
                policy.categories.insert(category, action_of(action, &format!("categories.{name}"))?);
            }
        }
        if let Some(v) = doc.get("rules") {
            for (id, action) in object(v, "rules")? {
                policy.rules.insert(id.clone(), action_of(action, &format!("rules.{id}"))?);
            }
        }
        if let Some(v) = doc.get("minSeverity") {
            policy.min_severity = severity_of(v, "minSeverity")?;
        }
        if let Some(v) = doc.get("previewRules") {
            policy.preview_rules = v.as_bool().ok_or("previewRules: not a boolean")?;
        }
        if let Some(v) = doc.get("customRules") {
            policy.custom_rules = list(v, "customRules", custom_rule)?;
        }
        if let Some(v) = doc.get("allowlist") {
            policy.allowlist = list(v, "allowlist", allow_entry)?;
        }
        Ok(policy)
    }
}

fn custom_rule(v: &Value, at: &str) -> Result<CustomRule, String> {
    let o = object(v, at)?;
    let id = string(o.get("id"), &format!("{at}.id"))?.ok_or_else(|| format!("{at}.id: missing"))?;
    Ok(CustomRule {
        title: string(o.get("title"), &format!("{at}.title"))?.unwrap_or_else(|| id.clone()),
        pattern: string(o.get("pattern"), &format!("{at}.pattern"))?.ok_or_else(|| format!("{at}.pattern: missing"))?,
        keywords: strings(o.get("keywords"), &format!("{at}.keywords"))?,
        severity: match o.get("severity") {
            Some(s) => severity_of(s, &format!("{at}.severity"))?,
            None => Severity::High,
        },
        action: o.get("action").map(|a| action_of(a, &format!("{at}.action"))).transpose()?,
        message: string(o.get("message"), &format!("{at}.message"))?,
        id,
    })
}

fn allow_entry(v: &Value, at: &str) -> Result<AllowEntry, String> {
    let o = object(v, at)?;
    Ok(AllowEntry {
        values: strings(o.get("values"), &format!("{at}.values"))?,
        patterns: strings(o.get("patterns"), &format!("{at}.patterns"))?,
        rules: strings(o.get("rules"), &format!("{at}.rules"))?,
        sites: strings(o.get("sites"), &format!("{at}.sites"))?
            .iter()
            .map(|s| {
                Site::from_written(s).ok_or_else(|| format!("{at}.sites: {s:?} is not a site as the core writes it"))
            })
            .collect::<Result<_, _>>()?,
        hashes: strings(o.get("hashes"), &format!("{at}.hashes"))?,
        salt: string(o.get("salt"), &format!("{at}.salt"))?,
    })
}

fn object<'a>(v: &'a Value, at: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object().ok_or_else(|| format!("{at}: not an object"))
}

fn array<'a>(v: &'a Value, at: &str) -> Result<&'a Vec<Value>, String> {
    v.as_array().ok_or_else(|| format!("{at}: not a list"))
}

/// Each item of the list `v` (at `at`) read by `item`, which gets its path.
fn list<T>(v: &Value, at: &str, item: fn(&Value, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
    array(v, at)?.iter().enumerate().map(|(i, x)| item(x, &format!("{at}[{i}]"))).collect()
}

fn string(v: Option<&Value>, at: &str) -> Result<Option<String>, String> {
    v.map(|v| v.as_str().map(str::to_string).ok_or_else(|| format!("{at}: not a string"))).transpose()
}

fn strings(v: Option<&Value>, at: &str) -> Result<Vec<String>, String> {
    match v {
        None => Ok(Vec::new()),
        Some(v) => array(v, at)?.iter().map(|s| string(Some(s), at).map(Option::unwrap_or_default)).collect(),
    }
}

fn action_of(v: &Value, at: &str) -> Result<Action, String> {
    v.as_str().and_then(Action::parse).ok_or_else(|| format!("{at}: not an action"))
}

fn severity_of(v: &Value, at: &str) -> Result<Severity, String> {
    v.as_str().and_then(Severity::parse).ok_or_else(|| format!("{at}: not a severity"))
}

fn category(name: &str) -> Option<Category> {
    [Category::Secret, Category::Pii, Category::Custom].into_iter().find(|c| c.as_str() == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every policy the lenient parser accepts comes back the same through
    /// its own JSON, for the keys the scanner reads.
    #[test]
    fn the_scanner_keys_of_a_resolved_policy_read_back_unchanged() {
        let written = Policy::from_json(
            r#"{
              "categories": {"pii": "redact", "custom": "block"},
              "rules": {"email": "off", "aws-access-key-id": "block"},
              "minSeverity": "high", "previewRules": true,
              "customRules": [
                {"id": "acme-ticket", "title": "ACME ticket", "pattern": "ACME-[0-9]{6}", "keywords": ["ACME-"], "severity": "critical", "action": "warn", "message": "tickets stay inside"},
                {"id": "acme-host", "pattern": "build-[0-9]{3}\\.acme\\.internal"}
              ],
              "allowlist": [
                {"values": ["jane@example.com"], "rules": ["email"], "sites": ["*.Example.com:8443/Chat", "bücher.example"]},
                {"patterns": ["test-[0-9]+"]},
                {"hashes": ["9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b"], "salt": "salt-0123456789abcdef", "sites": ["claude.ai"]}
              ],
              "sites": ["assistant.corp.example"], "auditEndpoint": "https://collector.example/v1/logs"
            }"#,
        )
        .unwrap();
        let json = serde_json::to_string(&written).unwrap();
        let read = Policy::from_resolved_json(&json).unwrap();
        assert_eq!(read.categories, written.categories);
        assert_eq!(read.rules, written.rules);
        assert_eq!(read.min_severity, written.min_severity);
        assert_eq!(read.preview_rules, written.preview_rules);
        assert_eq!(read.custom_rules, written.custom_rules);
        assert_eq!(read.allowlist, written.allowlist);
        // The keys for the background stay at their defaults here.
        assert!(read.sites.is_empty() && read.audit_endpoint.is_none());
    }

    #[test]
    fn a_document_not_in_the_written_shape_is_refused_with_its_key() {
        for (doc, key) in [
            (r#"{"categories": {"pii": "shout"}}"#, "categories.pii"),
            (r#"{"rules": []}"#, "rules"),
            (r#"{"customRules": [{"id": "x"}]}"#, "customRules[0].pattern"),
            (r#"{"allowlist": [{"sites": ["https://a.example"]}]}"#, "allowlist[0].sites"),
            (r#"{"minSeverity": 3}"#, "minSeverity"),
            ("[]", "policy"),
        ] {
            let e = Policy::from_resolved_json(doc).unwrap_err();
            assert!(e.starts_with(key), "{doc}: {e}");
        }
    }
}
