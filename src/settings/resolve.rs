//! The effective settings: defaults < the user's options < the managed
//! policy an organisation rolls out, with what the organisation locked.
//!
//! - A key the managed policy sets is **locked**: its value wins and the
//!   options page shows it as set by the organisation. For `categories` and
//!   `rules` each entry locks on its own (`categories.secret`), so the user
//!   keeps the entries the organisation left open; a custom rule locks by
//!   id (`customRules.acme-code`).
//! - Lists (`allowlist`, `sites`, `excludedSites`) take the organisation's
//!   entries first and then the user's own additions: the organisation's
//!   entries cannot be removed. `customRules` does the same, and a user rule
//!   with the id of one of the organisation's is dropped.
//! - `lockUserOptions: true` in the managed policy ignores every user
//!   option and locks everything (`*`).
//! - Each document is parsed leniently on its own: an invalid entry is
//!   reported with its source and field path and dropped; the rest applies.

use super::apps::{self, App};
use super::parse::Document;
use super::policy::{Policy, PolicyIssue};
use super::sites::Site;
use serde::Serialize;
use serde_json::{Map, Value};

/// Which document a problem or a setting comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The organisation's managed policy.
    Managed,
    /// The user's own options.
    User,
}

/// A problem in one of the two documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourcedIssue {
    /// The document it is in.
    pub source: Source,
    /// Field path such as `customRules[2].pattern`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Keys only an organisation's policy may set: a user's value is reported
/// and ignored.
const MANAGED_ONLY: &[&str] = &["lockUserOptions"];

/// The settings a browser enforces; see the module docs.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Effective {
    /// The merged policy.
    pub policy: Policy,
    /// Paths the organisation sets: keys (`failMode`), map entries
    /// (`categories.secret`), custom rule ids (`customRules.acme-code`),
    /// or `*` for everything.
    pub locked: Vec<String>,
    /// Problems in either document.
    pub issues: Vec<SourcedIssue>,
    /// Whether the organisation locked every user option.
    pub user_locked: bool,
    /// Sites each source lists, to say why a site is protected.
    #[serde(skip)]
    lists: [SiteLists; 2],
}

#[derive(Clone, Debug, Default)]
struct SiteLists {
    sites: Vec<Site>,
    excluded: Vec<Site>,
}

impl SiteLists {
    fn of(policy: &Policy) -> SiteLists {
        SiteLists { sites: policy.sites.clone(), excluded: policy.excluded_sites.clone() }
    }
}

/// Whether PromptWarden runs on a page, and why.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Protection {
    /// Whether prompts on the page are checked.
    pub protected: bool,
    /// Why: `built-in`, `organisation`, `user`, `excluded-by-organisation`,
    /// `excluded-by-user` or `not-listed`.
    pub reason: &'static str,
    /// The built-in chat app the page belongs to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app: Option<&'static App>,
}

impl Effective {
    /// Resolves the two documents (JSON text; empty text counts as `{}`).
    pub fn resolve(managed_json: &str, user_json: &str) -> Effective {
        let doc = |json: &str| Document::from_json(if json.trim().is_empty() { "{}" } else { json });
        Effective::from_documents(doc(managed_json), doc(user_json))
    }

    /// [`Effective::resolve`] on already parsed values (`null` counts as `{}`).
    pub fn resolve_values(managed: &Value, user: &Value) -> Effective {
        let empty = Value::Object(Map::new());
        let doc = |v: &Value| Document::from_value(if v.is_null() { &empty } else { v });
        Effective::from_documents(doc(managed), doc(user))
    }

    fn from_documents(managed: Document, user: Document) -> Effective {
        fn sourced(source: Source, issues: &[PolicyIssue]) -> impl Iterator<Item = SourcedIssue> + '_ {
            issues.iter().map(move |i| SourcedIssue { source, path: i.path.clone(), message: i.message.clone() })
        }
        let mut issues: Vec<SourcedIssue> =
            sourced(Source::Managed, &managed.issues).chain(sourced(Source::User, &user.issues)).collect();
        let user_locked = managed.policy.lock_user_options;
        let mut merged = if user_locked { Map::new() } else { user.kept() };
        for key in MANAGED_ONLY {
            if merged.remove(*key).is_some() {
                let message = "only an organisation's managed policy can set this; ignored".to_string();
                issues.push(SourcedIssue { source: Source::User, path: key.to_string(), message });
            }
        }
        let mut locked = Vec::new();
        for (key, value) in managed.kept() {
            merge_key(&mut merged, &key, value, &mut locked);
        }
        if user_locked {
            locked.push("*".to_string());
        }
        // Both parts are valid on their own; together they can only exceed
        // a list limit, which the parse reports (against the user's additions).
        let merged_doc = Document::from_value(&Value::Object(merged));
        issues.extend(sourced(Source::User, &merged_doc.issues));
        let lists = [
            SiteLists::of(&managed.policy),
            if user_locked { SiteLists::default() } else { SiteLists::of(&user.policy) },
        ];
        Effective { policy: merged_doc.policy, locked, issues, user_locked, lists }
    }

    /// Whether the organisation set `path` (a key, a map entry such as
    /// `categories.secret`, or `customRules.<id>`).
    pub fn is_locked(&self, path: &str) -> bool {
        self.locked.iter().any(|l| l == "*" || l == path || path.split('.').next() == Some(l.as_str()))
    }

    /// Whether PromptWarden protects `page` (`location.host +
    /// location.pathname`), and why. The organisation's exclusions win over
    /// everything; its own sites over the user's exclusions; the user's
    /// exclusions over the built-in catalog and the user's own sites.
    pub fn protection(&self, page: &str) -> Protection {
        let [org, user] = &self.lists;
        let covered = |list: &[Site]| list.iter().any(|s| s.covers(page));
        let app = apps::find(page);
        let (protected, reason) = if covered(&org.excluded) {
            (false, "excluded-by-organisation")
        } else if covered(&org.sites) {
            (true, "organisation")
        } else if covered(&user.excluded) {
            (false, "excluded-by-user")
        } else if app.is_some() {
            (true, "built-in")
        } else if covered(&user.sites) {
            (true, "user")
        } else {
            (false, "not-listed")
        };
        Protection { protected, reason, app }
    }
}

/// Merges one managed key into the user's document and records its lock.
fn merge_key(merged: &mut Map<String, Value>, key: &str, value: Value, locked: &mut Vec<String>) {
    match (key, value) {
        ("customRules", Value::Array(theirs)) => {
            let ids: Vec<&str> = theirs.iter().filter_map(|r| r["id"].as_str()).collect();
            locked.extend(ids.iter().map(|id| format!("customRules.{id}")));
            let mine = match merged.remove(key) {
                Some(Value::Array(mine)) => mine,
                _ => Vec::new(),
            };
            let mine = mine.into_iter().filter(|r| !r["id"].as_str().is_some_and(|id| ids.contains(&id)));
            let all: Vec<Value> = theirs.iter().cloned().chain(mine).collect();
            merged.insert(key.to_string(), Value::Array(all));
        }
        (_, Value::Array(theirs)) => {
            locked.push(key.to_string());
            let mut all = theirs;
            if let Some(Value::Array(mine)) = merged.remove(key) {
                for v in mine {
                    if !all.contains(&v) {
                        all.push(v);
                    }
                }
            }
            merged.insert(key.to_string(), Value::Array(all));
        }
        (_, Value::Object(theirs)) => {
            let entry = merged.entry(key).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(mine) = entry {
                for (k, v) in theirs {
                    locked.push(format!("{key}.{k}"));
                    mine.insert(k, v);
                }
            }
        }
        (_, scalar) => {
            locked.push(key.to_string());
            merged.insert(key.to_string(), scalar);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::{Action, Category};

    fn resolve(managed: &str, user: &str) -> Effective {
        Effective::resolve(managed, user)
    }

    #[test]
    fn managed_values_win_and_lock_the_rest_stays_the_users() {
        let e = resolve(
            r#"{"categories":{"secret":"block"},"allowOverride":false}"#,
            r#"{"categories":{"secret":"warn","pii":"off"},"allowOverride":true,"minSeverity":"low"}"#,
        );
        assert_eq!(e.policy.categories[&Category::Secret], Action::Block);
        assert_eq!(e.policy.categories[&Category::Pii], Action::Off, "the user keeps what was left open");
        assert!(!e.policy.allow_override);
        assert_eq!(e.policy.min_severity, crate::Severity::Low);
        let mut locked = e.locked.clone();
        locked.sort();
        assert_eq!(locked, ["allowOverride", "categories.secret"]);
        assert!(e.is_locked("categories.secret") && !e.is_locked("categories.pii"));
        assert!(e.issues.is_empty(), "{:?}", e.issues);
    }

    #[test]
    fn lock_user_options_ignores_every_user_option() {
        let e = resolve(r#"{"lockUserOptions":true}"#, r#"{"categories":{"pii":"off"},"excludedSites":["claude.ai"]}"#);
        assert!(e.user_locked);
        assert_eq!(e.policy.categories[&Category::Pii], Action::Warn);
        assert!(e.policy.excluded_sites.is_empty());
        assert!(e.is_locked("anything"));
        assert!(e.protection("claude.ai/new").protected);
    }

    #[test]
    fn lists_keep_the_organisations_entries_and_add_the_users() {
        let e = resolve(
            r#"{"excludedSites":["a.example"],"allowlist":[{"values":["ORG-1"]}],"customRules":[{"id":"acme","pattern":"ACME-[0-9]{4}"}]}"#,
            r#"{"excludedSites":["b.example","a.example"],"allowlist":[{"values":["MINE-1"]}],"customRules":[{"id":"acme","pattern":"X"},{"id":"mine","pattern":"MINE-[0-9]{4}"}]}"#,
        );
        let sites: Vec<String> = e.policy.excluded_sites.iter().map(|s| s.to_string()).collect();
        assert_eq!(sites, ["a.example", "b.example"]);
        assert_eq!(e.policy.allowlist.len(), 2);
        let ids: Vec<&str> = e.policy.custom_rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["acme", "mine"], "the user's rule with the organisation's id is dropped");
        assert_eq!(e.policy.custom_rules[0].pattern, "ACME-[0-9]{4}");
        assert!(e.is_locked("customRules.acme") && !e.is_locked("customRules.mine"));
        assert!(e.is_locked("excludedSites"));
    }

    #[test]
    fn a_bad_entry_costs_only_itself_and_names_its_source() {
        let e = resolve(
            r#"{"categories":{"secret":"block","pii":"bogus"},"customRules":[{"id":"ok-rule","pattern":"OK-[0-9]{3}"},{"id":"bad","pattern":"(unclosed"}]}"#,
            r#"{"minSeverty":"low","rules":{"no-such-rule":"off","github-pat":"off"}}"#,
        );
        assert_eq!(e.policy.categories[&Category::Secret], Action::Block);
        assert_eq!(e.policy.categories[&Category::Pii], Action::Warn);
        assert_eq!(e.policy.custom_rules.len(), 1);
        assert_eq!(e.policy.rules.get("github-pat"), Some(&Action::Off));
        let got: Vec<(Source, &str)> = e.issues.iter().map(|i| (i.source, i.path.as_str())).collect();
        assert_eq!(
            got,
            [
                (Source::Managed, "categories.pii"),
                (Source::Managed, "customRules[1].pattern"),
                (Source::User, "minSeverty"),
                (Source::User, "rules.no-such-rule"),
            ]
        );
        assert!(!e.is_locked("categories.pii"), "an invalid managed entry locks nothing");
    }

    #[test]
    fn not_json_is_one_issue_and_the_other_document_still_applies() {
        let e = resolve("{oops", r#"{"minSeverity":"high"}"#);
        assert_eq!(e.issues.len(), 1);
        assert_eq!((e.issues[0].source, e.issues[0].path.as_str()), (Source::Managed, "$"));
        assert_eq!(e.policy.min_severity, crate::Severity::High);
    }

    #[test]
    fn only_the_organisation_can_lock_user_options() {
        let e = resolve("", r#"{"lockUserOptions":true}"#);
        assert!(!e.user_locked && !e.policy.lock_user_options);
        assert_eq!(e.issues[0].path, "lockUserOptions");
    }

    #[test]
    fn the_effective_policy_round_trips_through_its_own_parser() {
        let e = resolve(
            r#"{"categories":{"secret":"block"},"customRules":[{"id":"acme","pattern":"ACME-[0-9]{4}","keywords":["acme"]}],"allowlist":[{"values":["x"],"sites":["Claude.AI/Chat"]}],"helpUrl":"https://intranet.example/ai"}"#,
            r#"{"excludedSites":["*.example.com"],"disabledRules":["email-address"]}"#,
        );
        let again = Policy::from_value_lenient(&e.policy.to_value());
        assert!(again.1.is_empty(), "{:?}", again.1);
        assert_eq!(again.0, e.policy);
    }

    #[test]
    fn protection_says_why() {
        let e = resolve(
            r#"{"sites":["assistant.acme.example"],"excludedSites":["chatgpt.com/g"]}"#,
            r#"{"sites":["my-llm.example"],"excludedSites":["claude.ai","assistant.acme.example"]}"#,
        );
        let why = |page: &str| {
            let p = e.protection(page);
            (p.protected, p.reason)
        };
        assert_eq!(why("assistant.acme.example/"), (true, "organisation"), "the user cannot exclude the org's site");
        assert_eq!(why("chatgpt.com/g/x"), (false, "excluded-by-organisation"));
        assert_eq!(why("chatgpt.com/"), (true, "built-in"));
        assert_eq!(why("claude.ai/new"), (false, "excluded-by-user"));
        assert_eq!(why("my-llm.example/"), (true, "user"));
        assert_eq!(why("example.org/"), (false, "not-listed"));
        assert_eq!(e.protection("chat.openai.com/").app.map(|a| a.id.as_str()), Some("chatgpt"));
    }
}
