//! Every key of the policy document, as data: title, description, notes and
//! JSON schema. `extension/managed_schema.json` (what Chrome and Edge
//! validate managed values against) and `docs/deploy/keys.json` (defaults
//! and notes for the deployment docs) are generated from this table and
//! [`Policy::default`] by `promptwarden policy-keys`; a test keeps both
//! current, and another checks that the table, the parser and the policy
//! fields name the same keys.
//!
//! Adding a key: a field in [`Policy`] with its default, a branch in the
//! parser (`parse.rs`), and an entry here; then `make docs`.

use super::policy::Policy;
use serde_json::{json, Map, Value};

/// One key of the policy document.
pub struct Key {
    /// The key as written in JSON (camelCase).
    pub name: &'static str,
    /// Short title (Chrome shows it at chrome://policy).
    pub title: &'static str,
    /// One or two sentences, for the schema and the docs.
    pub description: &'static str,
    /// What the deployment docs add: syntax, limits, interactions.
    pub notes: &'static str,
    /// The value's JSON schema in the subset Chrome accepts (one `type` each).
    pub schema: fn() -> Value,
}

const ACTIONS: [&str; 4] = ["off", "warn", "block", "redact"];
const SEVERITIES: [&str; 4] = ["low", "medium", "high", "critical"];

fn strings() -> Value {
    json!({ "type": "array", "items": { "type": "string" } })
}

/// Every key, in the order the docs list them.
pub const KEYS: &[Key] = &[
    Key {
        name: "categories",
        title: "Action per category",
        description: "off, warn, block or redact for secret, pii and custom findings.",
        notes: "Every rule belongs to one category; `off` stops its rules running, `warn` opens a panel (redact, edit, or *Send anyway* when allowed), `block` refuses to send until the value is removed or redacted, `redact` replaces the value with a placeholder and sends. Each category you set is locked on its own; the others stay the user's choice.",
        schema: || {
            let action = json!({ "type": "string", "enum": ACTIONS });
            json!({ "type": "object", "properties": { "secret": action, "pii": action, "custom": action } })
        },
    },
    Key {
        name: "rules",
        title: "Action per rule",
        description: "Rule id to action; wins over the category.",
        notes: "Rule ids are listed by `promptwarden rules` and in [docs/rules.md](../rules.md); ids of custom rules defined in the same policy work too. An unknown id is reported, not ignored silently.",
        schema: || json!({ "type": "object", "additionalProperties": { "type": "string", "enum": ACTIONS } }),
    },
    Key {
        name: "disabledRules",
        title: "Disabled rules",
        description: "Rule ids that never run.",
        notes: "Same as setting each id to `off` under `rules`.",
        schema: strings,
    },
    Key {
        name: "minSeverity",
        title: "Minimum severity",
        description: "Findings below this severity are not reported.",
        notes: "Severities: `low` < `medium` < `high` < `critical`. A rule named under `rules` runs whatever its severity.",
        schema: || json!({ "type": "string", "enum": SEVERITIES }),
    },
    Key {
        name: "previewRules",
        title: "Run preview rules",
        description: "Whether rules of the preview group run.",
        notes: "Preview rules are new rules still being measured for false positives.",
        schema: || json!({ "type": "boolean" }),
    },
    Key {
        name: "customRules",
        title: "Custom rules",
        description: "The organisation's own patterns.",
        notes: "Each rule needs `id` (kebab-case, not a built-in id) and `pattern` (a regular expression without look-around or backreferences, up to 1,000 characters). `keywords` (2–64 ASCII characters each, case-insensitive) make the rule run only near them, which keeps it fast; without keywords the pattern runs over the whole prompt. `severity` defaults to `high`; `action` defaults to the `custom` category; `title` and `message` are shown in the panel. At most 100 rules.",
        schema: || {
            json!({ "type": "array", "items": { "type": "object", "properties": {
                "id": { "type": "string" }, "title": { "type": "string" }, "pattern": { "type": "string" },
                "keywords": strings(), "severity": { "type": "string", "enum": SEVERITIES },
                "action": { "type": "string", "enum": ACTIONS }, "message": { "type": "string" }
            } } })
        },
    },
    Key {
        name: "allowlist",
        title: "Allowlist",
        description: "Values never reported, optionally per rule or site.",
        notes: "Each entry may hold exact `values`, `patterns` (regular expressions that must match the whole value), and restrict itself to `rules` (rule ids, custom rule ids of the same policy included) and `sites` (site entries, as for `sites`). An entry with no `rules` or `sites` applies everywhere.",
        schema: || {
            json!({ "type": "array", "items": { "type": "object", "properties": {
                "values": strings(), "patterns": strings(), "rules": strings(), "sites": strings()
            } } })
        },
    },
    Key {
        name: "sites",
        title: "Extra sites",
        description: "Not applied in this version: validated and kept, but the extension reads only the built-in chat sites, because a Manifest V3 extension may read only the sites its manifest names. To protect another chat app, add it to extension/sites.json and rebuild.",
        notes: "Site syntax: `chat.example.com` is that host only; `*.example.com` is the domain and all its subdomains; `example.com/chat` covers the paths `/chat` and `/chat/…`; `localhost:8080` only that port (without a port, any port). Case does not matter; Unicode host names may be written as such.",
        schema: strings,
    },
    Key {
        name: "excludedSites",
        title: "Excluded sites",
        description: "Sites where the extension stays out.",
        notes: "Same syntax as `sites`. Users can add their own excluded sites unless `lockUserOptions` is true; a site your organisation lists under `sites` stays protected whatever the user excludes.",
        schema: strings,
    },
    Key {
        name: "allowOverride",
        title: "Allow Send anyway",
        description: "Whether the warn panel offers Send anyway.",
        notes: "When false, it offers only redact and edit.",
        schema: || json!({ "type": "boolean" }),
    },
    Key {
        name: "requireJustification",
        title: "Require a justification for Send anyway",
        description: "Whether Send anyway asks for a reason.",
        notes: "The reason is kept in the local audit log (never the prompt or the value).",
        schema: || json!({ "type": "boolean" }),
    },
    Key {
        name: "failMode",
        title: "Fail mode",
        description: "closed blocks sending when the engine cannot load; open lets prompts through with a notice.",
        notes: "",
        schema: || json!({ "type": "string", "enum": ["open", "closed"] }),
    },
    Key {
        name: "message",
        title: "Message shown in the warning panel",
        description: "The organisation's words in the panel.",
        notes: "Up to 2,000 characters.",
        schema: || json!({ "type": "string" }),
    },
    Key {
        name: "helpUrl",
        title: "Link to the organisation's AI policy",
        description: "Shown in the panel.",
        notes: "Must start with `https://` or `http://`.",
        schema: || json!({ "type": "string" }),
    },
    Key {
        name: "auditRetentionDays",
        title: "Audit log retention in days",
        description: "Days the local audit log keeps events.",
        notes: "The audit log stays on the device; it holds times, sites, rule ids, actions and justifications, never prompt text or matched values.",
        schema: || json!({ "type": "integer", "minimum": 1, "maximum": 3650 }),
    },
    Key {
        name: "lockUserOptions",
        title: "Lock all user options",
        description: "Whether the user's own options are ignored.",
        notes: "When true the options page is read-only. When false, users may choose anything you did not set, and may **add** their own allowlist entries, custom rules, excluded sites and per-rule actions for rules you did not name, which can weaken protection.",
        schema: || json!({ "type": "boolean" }),
    },
];

/// The key named `name`.
pub fn find(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

/// `extension/managed_schema.json`: what Chrome and Edge accept as managed
/// values. Titles and descriptions show at chrome://policy.
pub fn managed_schema() -> Value {
    let mut properties = Map::new();
    for k in KEYS {
        let mut schema = (k.schema)();
        let obj = schema.as_object_mut().expect("key schemas are objects");
        obj.insert("title".into(), k.title.into());
        obj.insert("description".into(), k.description.into());
        properties.insert(k.name.into(), schema);
    }
    json!({ "type": "object", "properties": properties })
}

/// `docs/deploy/keys.json`: every key in the order the docs list them, with
/// its default (from [`Policy::default`]) and the notes the deployment docs
/// show beside the schema's words.
pub fn reference() -> Value {
    let defaults = Policy::default().to_value();
    let entries = KEYS.iter().map(|k| {
        let default = match k.name {
            "disabledRules" => json!([]),
            name => defaults.get(name).cloned().unwrap_or(Value::Null),
        };
        json!({ "key": k.name, "default": default, "notes": k.notes })
    });
    Value::Array(entries.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_policy_field_has_a_key_and_every_key_parses() {
        let defaults = Policy::default().to_value();
        for field in defaults.as_object().unwrap().keys() {
            assert!(find(field).is_some(), "Policy field {field} has no entry in KEYS");
        }
        for entry in reference().as_array().unwrap() {
            // Each key's default is accepted by the parser (keys without a
            // default, such as `message`, are absent until set).
            let (name, default) = (entry["key"].as_str().unwrap(), &entry["default"]);
            if !default.is_null() {
                let (_, issues) = Policy::from_value_lenient(&json!({ name: default }));
                assert!(issues.is_empty(), "{name}: {issues:?}");
            }
        }
    }

    #[test]
    fn schemas_follow_chromes_rules() {
        // One `type` per schema, objects with properties, no top-level
        // additionalProperties: otherwise Chrome refuses to load the extension.
        fn check(path: &str, v: &Value) {
            let o = v.as_object().unwrap_or_else(|| panic!("{path}: not an object"));
            assert!(o.get("type").and_then(Value::as_str).is_some(), "{path}: needs exactly one type");
            for (k, sub) in o.get("properties").and_then(Value::as_object).into_iter().flatten() {
                check(&format!("{path}.{k}"), sub);
            }
            for key in ["items", "additionalProperties"] {
                if let Some(sub) = o.get(key) {
                    check(&format!("{path}.{key}"), sub);
                }
            }
        }
        let schema = managed_schema();
        check("$", &schema);
        assert!(schema.get("additionalProperties").is_none());
    }
}
