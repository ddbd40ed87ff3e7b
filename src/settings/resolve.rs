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
use super::audit::{logs_url, AuditDelivery};
use super::parse::Document;
use super::policy::{Policy, PolicyIssue};
use super::sites::{Site, SiteEntry};
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
const MANAGED_ONLY: &[&str] = &["lockUserOptions", "allowUserAuditEndpoint", "allowValueExceptions", "allowSitePause"];

/// Keys that send events somewhere: a user may set them only when the
/// organisation allows it (`allowUserAuditEndpoint`) and names no
/// collector of its own. Otherwise anything that can write the extension's
/// local storage could route the justifications users type to a server of
/// its choosing.
const AUDIT_DELIVERY: &[&str] = &["auditEndpoint", "auditHeaders", "auditIncludeUser"];

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
    /// Fingerprint of the organisation's policy as this browser read it
    /// (see [`policy_hash`]); absent without a managed policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_hash: Option<String>,
    /// The sites each source lists, to say why a site is protected.
    pub site_lists: SiteSources,
}

/// The site lists of each document, as they apply (the user's are empty
/// when the organisation locks every user option).
#[derive(Clone, Debug, Default, Serialize)]
pub struct SiteSources {
    /// The organisation's.
    pub organisation: SiteLists,
    /// The user's own.
    pub user: SiteLists,
}

/// The site lists of one document.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteLists {
    /// `sites` and `siteSelectors` together.
    pub sites: Vec<SiteEntry>,
    /// `excludedSites`.
    pub excluded_sites: Vec<Site>,
    /// `protectAllSites`.
    pub protect_all_sites: bool,
}

impl SiteLists {
    fn of(policy: &Policy) -> SiteLists {
        let mut sites = policy.sites.clone();
        sites.extend(
            policy
                .site_selectors
                .iter()
                .filter(|e| !sites.iter().any(|s| s.site == e.site))
                .cloned()
                .collect::<Vec<_>>(),
        );
        SiteLists { sites, excluded_sites: policy.excluded_sites.clone(), protect_all_sites: policy.protect_all_sites }
    }

    /// The first entry covering `page`.
    fn entry_for(&self, page: &str) -> Option<&SiteEntry> {
        self.sites.iter().find(|e| e.site.covers(page))
    }
}

/// One content-script registration for the sites the policy adds (the
/// built-in catalog's are in the manifest).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Registration {
    /// Stable id: `sites` or `all-sites`.
    pub id: &'static str,
    /// Match patterns covering at least the pages this registration is for.
    pub matches: Vec<String>,
    /// Pages another script already covers: a page never gets the script twice.
    pub exclude_matches: Vec<String>,
    /// Whether the script waits for the first use of an editable field
    /// before it asks for its settings (`protectAllSites`: most pages are
    /// never typed in, and need not wake the background).
    pub lazy: bool,
}

/// Whether PromptWarden runs on a page, and why.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Protection {
    /// Whether prompts on the page are checked.
    pub protected: bool,
    /// Why: `built-in`, `organisation`, `user`, `all-sites`,
    /// `excluded-by-organisation`, `excluded-by-user` or `not-listed`.
    pub reason: &'static str,
    /// The built-in chat app the page belongs to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app: Option<&'static App>,
    /// Selectors of the page's composer, in order: the policy entry's (the
    /// organisation's before the user's), then the built-in app's. Empty
    /// when only the generic detection applies.
    pub composer: Vec<String>,
    /// Selectors of the page's send control, in the same order.
    pub send: Vec<String>,
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
        let policy_hash = policy_hash(&managed);
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
        let org_collector = AUDIT_DELIVERY.iter().any(|k| managed.set.contains(*k));
        if !managed.policy.allow_user_audit_endpoint || org_collector {
            let message = if org_collector {
                "your organisation names the collector for audit events; ignored"
            } else {
                "only your organisation can send audit events to a collector (allowUserAuditEndpoint in its policy); ignored"
            };
            for key in AUDIT_DELIVERY {
                if merged.remove(*key).is_some() {
                    issues.push(SourcedIssue { source: Source::User, path: key.to_string(), message: message.into() });
                }
            }
        }
        if !managed.policy.allow_value_exceptions {
            drop_value_exceptions(&mut merged, &mut issues);
        }
        let paused = !managed.policy.allow_site_pause;
        if paused && merged.remove("excludedSites").is_some() {
            let message = "your organisation does not let you turn protection off on a site; ignored".to_string();
            issues.push(SourcedIssue { source: Source::User, path: "excludedSites".into(), message });
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
        let site_lists = SiteSources {
            organisation: SiteLists::of(&managed.policy),
            user: if user_locked {
                SiteLists::default()
            } else {
                let mut mine = SiteLists::of(&user.policy);
                if paused {
                    mine.excluded_sites.clear();
                }
                mine
            },
        };
        Effective { policy: merged_doc.policy, locked, issues, user_locked, policy_hash, site_lists }
    }

    /// Where and how to deliver audit events, or `None` when no collector
    /// is named (and so no request may be made). For the background only:
    /// it carries the header values.
    pub fn audit_delivery(&self) -> Option<AuditDelivery> {
        let endpoint = self.policy.audit_endpoint.as_deref()?;
        Some(AuditDelivery {
            url: logs_url(endpoint),
            headers: self.policy.audit_headers.clone(),
            include_user: self.policy.audit_include_user,
        })
    }

    /// Whether the organisation set `path` (a key, a map entry such as
    /// `categories.secret`, or `customRules.<id>`).
    pub fn is_locked(&self, path: &str) -> bool {
        self.locked.iter().any(|l| l == "*" || l == path || path.split('.').next() == Some(l.as_str()))
    }

    /// Whether PromptWarden protects `page` (`location.host +
    /// location.pathname`), and why. The organisation's exclusions win over
    /// everything; its own sites over the user's exclusions; the user's
    /// exclusions over the built-in catalog, the user's own sites and
    /// `protectAllSites` (which covers whatever no list names).
    pub fn protection(&self, page: &str) -> Protection {
        let SiteSources { organisation: org, user } = &self.site_lists;
        let excluded = |l: &SiteLists| l.excluded_sites.iter().any(|s| s.covers(page));
        let app = apps::find(page);
        let (org_entry, user_entry) = (org.entry_for(page), user.entry_for(page));
        let (protected, reason) = if excluded(org) {
            (false, "excluded-by-organisation")
        } else if org_entry.is_some() {
            (true, "organisation")
        } else if excluded(user) {
            (false, "excluded-by-user")
        } else if app.is_some() {
            (true, "built-in")
        } else if user_entry.is_some() {
            (true, "user")
        } else if self.policy.protect_all_sites {
            (true, "all-sites")
        } else {
            (false, "not-listed")
        };
        // Hints from every source that names the page, most specific first:
        // an admin's selectors are tried before a stale catalog entry's.
        let mut composer: Vec<String> = Vec::new();
        let mut send: Vec<String> = Vec::new();
        let sources = [
            org_entry.map(|e| (&e.composer, &e.send)),
            user_entry.map(|e| (&e.composer, &e.send)),
            app.map(|a| (&a.composer, &a.send)),
        ];
        for (c, s) in sources.into_iter().flatten() {
            composer.extend(c.iter().filter(|x| !composer.contains(x)).cloned().collect::<Vec<_>>());
            send.extend(s.iter().filter(|x| !send.contains(x)).cloned().collect::<Vec<_>>());
        }
        if !protected {
            (composer, send) = (Vec::new(), Vec::new());
        }
        Protection { protected, reason, app, composer, send }
    }

    /// Where the content script must be registered beyond the manifest's
    /// built-in sites: every site either document lists (a superset; the
    /// content script then asks [`Effective::protection`] for the exact
    /// answer), and, lazily, every other https page with `protectAllSites`.
    pub fn content_scripts(&self) -> Vec<Registration> {
        let builtin = apps::match_patterns();
        let SiteSources { organisation: org, user } = &self.site_lists;
        let mut listed: Vec<String> = Vec::new();
        for entry in org.sites.iter().chain(&user.sites) {
            for p in entry.site.match_patterns() {
                if !listed.contains(&p) && !builtin.contains(&p) {
                    listed.push(p);
                }
            }
        }
        let mut out = Vec::new();
        if self.policy.protect_all_sites {
            let exclude_matches = builtin.iter().chain(&listed).cloned().collect();
            out.push(Registration {
                id: "all-sites",
                matches: vec!["https://*/*".into()],
                exclude_matches,
                lazy: true,
            });
        }
        if !listed.is_empty() {
            out.insert(0, Registration { id: "sites", matches: listed, exclude_matches: builtin, lazy: false });
        }
        out
    }
}

/// A fingerprint of the organisation's policy, so that a security team can
/// tell from an event which revision of its policy a browser enforced: the
/// first 16 hex digits of the SHA-256 of what the managed document sets
/// (its paths, then the policy it gives as this version's parser reads it,
/// audit header values hidden: a digest of a credential is still about the
/// credential). Key order, spacing, entries the parser dropped and keys
/// unknown to this version make no difference. `promptwarden check-policy
/// --managed FILE` prints the same. `None` when the document sets nothing.
fn policy_hash(managed: &Document) -> Option<String> {
    if managed.set.is_empty() {
        return None;
    }
    let set: Vec<&str> = managed.set.iter().map(String::as_str).collect();
    // The policy's own derived serialiser (no generic JSON value writer in
    // the WebAssembly module); its field order and maps are fixed.
    let text = format!("{}\n{}", set.join(","), serde_json::to_string(&managed.policy).expect("a policy serialises"));
    let digest = crate::validate::sha256(text.as_bytes());
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(16);
    for b in &digest[..8] {
        hex.push(char::from(HEX[usize::from(b >> 4)]));
        hex.push(char::from(HEX[usize::from(b & 15)]));
    }
    Some(hex)
}

/// Removes the user's allowlist hashes (values marked "not sensitive") when
/// the organisation does not allow them; an entry left with nothing to match
/// goes too.
fn drop_value_exceptions(merged: &mut Map<String, Value>, issues: &mut Vec<SourcedIssue>) {
    let Some(Value::Array(entries)) = merged.get_mut("allowlist") else { return };
    let mut kept = Vec::new();
    for (i, mut entry) in std::mem::take(entries).into_iter().enumerate() {
        if let Value::Object(fields) = &mut entry {
            if fields.remove("hashes").is_some() {
                fields.remove("salt");
                let message = "your organisation does not let you mark values as not sensitive; ignored".to_string();
                issues.push(SourcedIssue { source: Source::User, path: format!("allowlist[{i}].hashes"), message });
                if !fields.contains_key("values") && !fields.contains_key("patterns") {
                    continue;
                }
            }
        }
        kept.push(entry);
    }
    *entries = kept;
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

    // Attachments (issue 14).
    #[test]
    fn attachment_keys_default_parse_lock_and_report_bad_values() {
        use crate::settings::policy::FileAction;
        let d = resolve("{}", "{}").policy;
        assert_eq!(
            (d.unscannable_files, d.unsupported_files, d.max_file_megabytes, d.audit_file_names),
            (FileAction::Warn, FileAction::Allow, 50, false)
        );
        let e = resolve(
            r#"{"unscannableFiles":"block","maxFileMegabytes":20,"rules":{"key-file":"block"}}"#,
            r#"{"unscannableFiles":"allow","unsupportedFiles":"warn","maxFileMegabytes":400,"auditFileNames":true}"#,
        );
        assert_eq!(e.policy.unscannable_files, FileAction::Block, "the organisation's value wins");
        assert_eq!(e.policy.max_file_megabytes, 20);
        assert_eq!(e.policy.unsupported_files, FileAction::Warn, "the user keeps what was left open");
        assert!(e.policy.audit_file_names);
        assert!(e.is_locked("unscannableFiles") && e.is_locked("maxFileMegabytes") && !e.is_locked("unsupportedFiles"));
        assert_eq!(e.policy.action_for(crate::extract::KEY_FILE_RULE, Category::Secret), Action::Block);
        assert!(e.issues.is_empty(), "key-file is a rule id policies may name: {:?}", e.issues);

        let bad = resolve(
            r#"{"unscannableFiles":"quarantine","maxFileMegabytes":0,"auditFileNames":"yes","unsupportedFiles":"block"}"#,
            r#"{"maxFileMegabytes":513}"#,
        );
        let mut paths: Vec<_> = bad.issues.iter().map(|i| (i.source, i.path.as_str())).collect();
        paths.sort_by_key(|p| p.1);
        assert_eq!(
            paths,
            [
                (Source::Managed, "auditFileNames"),
                (Source::Managed, "maxFileMegabytes"),
                (Source::User, "maxFileMegabytes"),
                (Source::Managed, "unscannableFiles")
            ]
        );
        assert!(bad.issues.iter().all(|i| !i.message.is_empty()));
        assert_eq!(bad.policy.unscannable_files, FileAction::Warn, "a bad value falls back to the default");
        assert_eq!(bad.policy.max_file_megabytes, 50);
        assert_eq!(bad.policy.unsupported_files, FileAction::Block, "the valid keys still apply");
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
    fn a_users_collector_is_refused_unless_the_organisation_allows_it() {
        let user = r#"{"auditEndpoint":"https://mine.example","auditHeaders":{"Authorization":"Bearer mine"},"auditIncludeUser":true}"#;
        let e = resolve(r#"{"categories":{"secret":"block"}}"#, user);
        assert_eq!(e.audit_delivery(), None, "no collector, so no request");
        let paths: Vec<&str> = e.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["auditEndpoint", "auditHeaders", "auditIncludeUser"]);
        assert!(e.issues[0].message.contains("allowUserAuditEndpoint"), "{}", e.issues[0].message);
        assert!(e.issues.iter().all(|i| i.source == Source::User));

        let allowed = resolve(r#"{"allowUserAuditEndpoint":true}"#, user);
        assert!(allowed.issues.is_empty(), "{:?}", allowed.issues);
        let d = allowed.audit_delivery().expect("the user's collector applies");
        assert_eq!(d.url, "https://mine.example/v1/logs");
        assert_eq!(d.headers, [("Authorization".to_string(), "Bearer mine".to_string())]);

        // The organisation's own collector wins, and the user adds nothing to it.
        let org = resolve(
            r#"{"allowUserAuditEndpoint":true,"auditEndpoint":"https://otel.acme.example/v1/logs","auditHeaders":{"Authorization":"Bearer org"}}"#,
            user,
        );
        let d = org.audit_delivery().unwrap();
        assert_eq!((d.url.as_str(), d.headers.len(), d.include_user), ("https://otel.acme.example/v1/logs", 1, false));
        assert_eq!(d.headers[0].1, "Bearer org");
        assert!(org.issues.iter().all(|i| i.message.contains("your organisation names the collector")));
        assert!(org.is_locked("auditEndpoint") && org.is_locked("auditHeaders.Authorization"));

        // Nobody but the organisation can allow it.
        let self_allowed = resolve("", r#"{"allowUserAuditEndpoint":true,"auditEndpoint":"https://mine.example"}"#);
        assert_eq!(self_allowed.audit_delivery(), None);
    }

    #[test]
    fn header_values_are_hidden_whenever_settings_serialise() {
        let e = resolve(
            r#"{"auditEndpoint":"https://otel.acme.example","auditHeaders":{"Authorization":"Bearer s3cr3t-t0ken"}}"#,
            "",
        );
        let shown = serde_json::to_string(&e).unwrap();
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains(crate::settings::HIDDEN_HEADER_VALUE) && shown.contains("Authorization"));
        assert!(
            shown.contains("https://otel.acme.example"),
            "the endpoint itself is no secret: users see where events go"
        );
        assert_eq!(e.audit_delivery().unwrap().headers[0].1, "Bearer s3cr3t-t0ken");
    }

    #[test]
    fn bad_audit_settings_are_reported_by_field_and_cost_only_themselves() {
        let e = resolve(
            r#"{"auditEndpoint":"http://otel.acme.example","auditHeaders":{"Authorization":"Bearer ok","Cookie":"c=1","X-Line":"a\nb","authorization":"dup"},"auditIncludeUser":"yes"}"#,
            "",
        );
        let got: Vec<(&str, bool)> =
            e.issues.iter().map(|i| (i.path.as_str(), i.message.contains("https://"))).collect();
        assert_eq!(
            got,
            [
                ("auditEndpoint", true),
                ("auditHeaders.Cookie", false),
                ("auditHeaders.X-Line", false),
                ("auditHeaders.authorization", false),
                ("auditIncludeUser", false),
            ]
        );
        assert_eq!(e.audit_delivery(), None, "an invalid endpoint names no collector");
        assert_eq!(e.policy.audit_headers.len(), 1, "the valid header stays");
    }

    #[test]
    fn the_policy_hash_follows_what_is_enforced_not_how_it_is_written() {
        let a = resolve(
            r#"{"failMode":"closed","auditEndpoint":"https://o.example","auditHeaders":{"Authorization":"one"}}"#,
            "",
        );
        let b = resolve(
            r#"{"auditHeaders":{"Authorization":"two"},"auditEndpoint":"https://o.example","failMode":"closed"}"#,
            "",
        );
        let c = resolve(r#"{"failMode":"open","auditEndpoint":"https://o.example"}"#, "");
        let hash = a.policy_hash.clone().expect("a managed policy has a hash");
        assert_eq!(hash.len(), 16);
        assert_eq!(Some(&hash), b.policy_hash.as_ref(), "key order and header values make no difference");
        assert_ne!(Some(&hash), c.policy_hash.as_ref());
        assert_eq!(resolve("", r#"{"failMode":"closed"}"#).policy_hash, None, "no managed policy, no hash");
        let d = resolve(r#"{"auditEndpoint":"https://o.example"}"#, "");
        assert_ne!(d.policy_hash, c.policy_hash, "setting a default value is still part of the policy");
        let e = resolve(r#"{"failMode":"open","auditEndpoint":"https://o.example","keyOfANewerVersion":1}"#, "");
        assert_eq!(e.policy_hash, c.policy_hash, "what this version does not read does not change what it enforces");
        let values = Effective::resolve_values(
            &serde_json::from_str(r#"{"auditEndpoint":"https://o.example","failMode":"open"}"#).unwrap(),
            &Value::Null,
        );
        assert_eq!(values.policy_hash, c.policy_hash);
    }

    #[test]
    fn the_organisation_can_forbid_value_exceptions_and_site_pauses() {
        let user = r#"{"allowlist":[{"sites":["claude.ai"],"salt":"0123456789abcdef","hashes":["AB00000000000000000000000000000000000000000000000000000000000000"]},{"values":["KEEP-1"],"salt":"0123456789abcdef","hashes":["cd00000000000000000000000000000000000000000000000000000000000000"]}],"excludedSites":["claude.ai"],"allowSitePause":false}"#;
        let open = resolve("", user);
        assert_eq!(open.policy.allowlist.len(), 2);
        assert_eq!(open.policy.allowlist[0].hashes[0], format!("ab{}", "0".repeat(62)), "kept in lowercase");
        assert!(!open.protection("claude.ai/new").protected);
        assert!(open.policy.allow_site_pause, "a user cannot set a managed-only key");
        let closed = resolve(r#"{"allowValueExceptions":false,"allowSitePause":false}"#, user);
        assert_eq!(closed.policy.allowlist.len(), 1, "an entry left with nothing to match is dropped");
        assert_eq!(closed.policy.allowlist[0].values, ["KEEP-1"]);
        assert!(closed.policy.allowlist[0].hashes.is_empty() && closed.policy.allowlist[0].salt.is_none());
        assert!(closed.policy.excluded_sites.is_empty());
        assert_eq!(closed.protection("claude.ai/new").reason, "built-in");
        let paths: Vec<&str> = closed.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["allowSitePause", "allowlist[0].hashes", "allowlist[1].hashes", "excludedSites"]);
    }

    #[test]
    fn hashes_need_their_salt_and_the_hex_shape() {
        let e = resolve(
            "",
            r#"{"allowlist":[{"hashes":["00"]},{"hashes":["ab00000000000000000000000000000000000000000000000000000000000000"]},{"salt":"short","hashes":[]}]}"#,
        );
        let paths: Vec<&str> = e.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["allowlist[0].hashes[0]", "allowlist[1].salt", "allowlist[2].salt"]);
        assert!(e.policy.allowlist.is_empty());
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

    #[test]
    fn site_entries_carry_selectors_and_the_organisations_come_first() {
        let e = resolve(
            r##"{"sites":["plain.example",{"site":"chatgpt.com","send":["#org-send"]}],"siteSelectors":[{"site":"assistant.acme.example","composer":["#q"],"send":["#go"]}]}"##,
            r##"{"sites":[{"site":"chatgpt.com","send":["#my-send"],"composer":["#mine"]},{"site":"assistant.acme.example","send":["#user-go"]}]}"##,
        );
        assert!(e.issues.is_empty(), "{:?}", e.issues);
        let p = e.protection("chatgpt.com/c/1");
        assert_eq!(p.reason, "organisation");
        assert_eq!(
            &p.send[..3],
            ["#org-send", "#my-send", "button[data-testid='send-button']"],
            "policy hints first, then the catalog's"
        );
        assert_eq!(p.composer[0], "#mine");
        let p = e.protection("assistant.acme.example/");
        assert_eq!((p.protected, p.reason), (true, "organisation"), "siteSelectors entries protect their site");
        assert_eq!(
            (p.composer.clone(), p.send.clone()),
            (vec!["#q".to_string()], vec!["#go".to_string(), "#user-go".to_string()])
        );
        let p = e.protection("plain.example/");
        assert!(p.protected && p.composer.is_empty() && p.send.is_empty(), "no hints: the generic detection only");
        assert!(e.protection("other.example/").composer.is_empty());
    }

    #[test]
    fn a_bad_selector_costs_only_itself_and_the_site_stays_protected() {
        let e = resolve(
            r#"{"sites":[{"site":"a.example","composer":["textarea","div["],"send":["button{color:red}"],"colour":1},{"composer":["x"]},{"site":"not a host"},42]}"#,
            "",
        );
        let paths: Vec<&str> = e.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "sites[0].colour",
                "sites[0].composer[1]",
                "sites[0].send[0]",
                "sites[1].site",
                "sites[2].site",
                "sites[3]"
            ]
        );
        assert!(e.issues[1].message.contains("not a CSS selector"), "{}", e.issues[1].message);
        let p = e.protection("a.example/");
        assert!(p.protected, "the site with a bad selector is still protected");
        assert_eq!(p.composer, ["textarea"]);
        assert!(e.is_locked("sites"));
    }

    #[test]
    fn site_selectors_take_objects_only() {
        let e = resolve(r#"{"siteSelectors":["a.example"]}"#, "");
        assert_eq!(e.issues.len(), 1);
        assert!(e.issues[0].path == "siteSelectors[0]" && e.issues[0].message.contains("object"), "{:?}", e.issues);
    }

    #[test]
    fn protect_all_sites_covers_what_no_list_names_and_exclusions_still_win() {
        let e = resolve(
            r#"{"protectAllSites":true,"excludedSites":["bank.example"]}"#,
            r#"{"excludedSites":["news.example"]}"#,
        );
        let why = |page: &str| (e.protection(page).protected, e.protection(page).reason);
        assert_eq!(why("anything.example/x"), (true, "all-sites"));
        assert_eq!(why("chatgpt.com/"), (true, "built-in"));
        assert_eq!(why("bank.example/"), (false, "excluded-by-organisation"));
        assert_eq!(why("news.example/"), (false, "excluded-by-user"));
        assert_eq!(resolve("", "").protection("anything.example/").reason, "not-listed");
    }

    #[test]
    fn content_scripts_are_registered_only_for_what_the_policy_adds() {
        assert_eq!(resolve("", "").content_scripts(), [], "nothing by default");
        let e =
            resolve(r#"{"sites":["assistant.acme.example","claude.ai"]}"#, r#"{"sites":["*.corp.example:8443/ai"]}"#);
        let [r] = &e.content_scripts()[..] else { panic!("one registration") };
        assert_eq!((r.id, r.lazy), ("sites", false));
        assert_eq!(
            r.matches,
            ["*://assistant.acme.example/*", "*://*.corp.example/ai*"],
            "built-in sites are the manifest's"
        );
        assert!(r.exclude_matches.contains(&"*://claude.ai/*".to_string()));
        let locked = resolve(r#"{"lockUserOptions":true}"#, r#"{"sites":["mine.example"],"protectAllSites":true}"#);
        assert_eq!(locked.content_scripts(), [], "a locked user adds nothing");
        let all = resolve(r#"{"protectAllSites":true,"sites":["intranet.example"]}"#, "");
        let [sites, every] = &all.content_scripts()[..] else { panic!("two registrations") };
        assert_eq!((sites.id, &sites.matches[..]), ("sites", &["*://intranet.example/*".to_string()][..]));
        assert_eq!((every.id, every.lazy, &every.matches[..]), ("all-sites", true, &["https://*/*".to_string()][..]));
        assert!(
            every.exclude_matches.contains(&"*://intranet.example/*".to_string()),
            "a listed site gets the eager script only"
        );
        assert!(every.exclude_matches.contains(&"*://chatgpt.com/*".to_string()));
    }
}
