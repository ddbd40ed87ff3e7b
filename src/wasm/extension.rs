//! The bindings only the extension's own contexts need (feature
//! `extension`): the settings a browser enforces, site matching, the
//! built-in app catalog, the policy checker and the rule listing. A chat
//! page never runs these, so they stay out of the module pages load.

use super::{policy_json, to_js, Scanner};
use crate::settings::{apps, Effective, Policy};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export interface SourcedIssue extends PolicyIssue { source: "managed" | "user"; }
/** What the options page and the popup show: the effective policy (audit header values masked), the organisation's locks, every problem. */
export interface SettingsView {
  policy: Record<string, any>;
  locked: string[];
  issues: SourcedIssue[];
  userLocked: boolean;
  /** Fingerprint of the managed policy as received; absent without one. */
  policyHash?: string;
  siteLists: { organisation: SiteLists; user: SiteLists };
}
/** An entry of `sites`: a site, or a site with its composer and send selectors. */
export type SiteEntry = string | { site: string; composer?: string[]; send?: string[] };
/** One document's site lists, as they apply. */
export interface SiteLists { sites: SiteEntry[]; excludedSites: string[]; protectAllSites: boolean; }
/** Where audit events go, for the background only (header values included). */
export interface AuditDelivery { url: string; headers: Record<string, string>; includeUser: boolean; }
export interface App { id: string; name: string; sites: string[]; composer: string[]; send: string[]; source: string; }
export interface Protection {
  protected: boolean;
  reason: "built-in" | "organisation" | "user" | "all-sites" | "excluded-by-organisation" | "excluded-by-user" | "not-listed";
  app?: App;
  /** Selector hints for the page's composer and send control (policy entry's, then the app's). */
  composer: string[];
  send: string[];
}
/** A content-script registration for sites the policy adds (the manifest covers the built-in ones). */
export interface Registration { id: "sites" | "all-sites"; matches: string[]; excludeMatches: string[]; lazy: boolean; }
/** Rule descriptions are left out of the module to keep it small: docs/rules.md has them. */
export interface RuleInfo {
  id: string; title: string; category: string;
  severity: string; group: string; label: string;
}
"#;

/// The settings a browser enforces: the managed policy over the user's
/// options over the defaults (see the core's `settings` module).
#[wasm_bindgen]
pub struct Settings {
    inner: Effective,
}

#[wasm_bindgen]
impl Settings {
    /// Resolves the managed policy and the user's options (JSON strings,
    /// plain objects, or nothing). Never throws: problems are in `issues`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "PolicyInput")] managed: JsValue,
        #[wasm_bindgen(unchecked_param_type = "PolicyInput")] user: JsValue,
    ) -> Result<Settings, JsError> {
        let managed = policy_json(&managed)?.unwrap_or_default();
        let user = policy_json(&user)?.unwrap_or_default();
        Ok(Settings { inner: Effective::resolve(&managed, &user) })
    }

    /// The effective policy (audit header values hidden), the locks and
    /// the problems.
    #[wasm_bindgen(unchecked_return_type = "SettingsView")]
    pub fn view(&self) -> JsValue {
        to_js(&self.inner)
    }

    /// The effective policy as JSON text (what a `Scanner` is built from),
    /// audit header values hidden: pages never need them.
    #[wasm_bindgen(js_name = policyJson)]
    pub fn policy_json(&self) -> String {
        serde_json::to_string(&self.inner.policy).expect("a policy serialises")
    }

    /// Where to deliver audit events, with the header values; `null` when
    /// no collector is named. For the background's delivery only.
    #[wasm_bindgen(js_name = auditDelivery, unchecked_return_type = "AuditDelivery | null")]
    pub fn audit_delivery(&self) -> JsValue {
        to_js(&self.inner.audit_delivery())
    }

    /// Whether a page (`location.host + location.pathname`) is protected, and why.
    #[wasm_bindgen(unchecked_return_type = "Protection")]
    pub fn protection(&self, page: &str) -> JsValue {
        to_js(&self.inner.protection(page))
    }

    /// The content-script registrations for the sites the policy adds
    /// (none when it adds none): match patterns from the core's site syntax.
    #[wasm_bindgen(js_name = contentScripts, unchecked_return_type = "Registration[]")]
    pub fn content_scripts(&self) -> JsValue {
        to_js(&self.inner.content_scripts())
    }

    /// The action for a key store or private key file attached to a prompt
    /// (rule `key-file`, category `secret`): `off`, `warn`, `block` or `redact`.
    #[wasm_bindgen(js_name = keyFileAction, unchecked_return_type = "\"off\" | \"warn\" | \"block\" | \"redact\"")]
    pub fn key_file_action(&self) -> JsValue {
        to_js(&self.inner.policy.action_for(crate::extract::KEY_FILE_RULE, crate::rule::Category::Secret))
    }

    /// A scanner for the effective policy.
    pub fn scanner(&self) -> Result<Scanner, JsError> {
        let inner = crate::Scanner::new(&self.inner.policy).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Scanner { inner })
    }
}

// The background's scanner only: a redacted copy of an attached text file.
// Pages redact what is in the composer with `redact`, so this stays out of
// their module.
#[wasm_bindgen]
impl Scanner {
    /// `text` with every finding replaced by its placeholder, applying the
    /// allowlist entries scoped to `site` (as `scanOnSite` does).
    #[wasm_bindgen(js_name = redactOnSite, unchecked_return_type = "Redacted")]
    pub fn redact_on_site(&self, text: &str, site: &str) -> JsValue {
        to_js(&self.inner.redact_on_site(text, Some(site)))
    }
}

/// The built-in catalog of chat apps.
#[wasm_bindgen(js_name = builtinApps, unchecked_return_type = "App[]")]
pub fn builtin_apps() -> JsValue {
    to_js(&apps::all())
}

/// Browser match patterns covering every built-in app's sites.
#[wasm_bindgen(js_name = builtinMatchPatterns, unchecked_return_type = "string[]")]
pub fn builtin_match_patterns() -> JsValue {
    to_js(&apps::match_patterns())
}

/// Parses a policy leniently: the valid parts and every problem, so a UI can
/// show errors inline while the rest of the policy applies.
#[wasm_bindgen(js_name = checkPolicy, unchecked_return_type = "{ policy: Record<string, any>, issues: PolicyIssue[] }")]
pub fn check_policy(#[wasm_bindgen(unchecked_param_type = "PolicyInput")] policy: JsValue) -> Result<JsValue, JsError> {
    let json = policy_json(&policy)?.unwrap_or_else(|| "{}".into());
    let (policy, issues) = Policy::from_json_lenient(&json);
    #[derive(Serialize)]
    struct Checked {
        policy: Policy,
        issues: Vec<crate::PolicyIssue>,
    }
    Ok(to_js(&Checked { policy, issues }))
}

/// The allowlist hash of `value` found by `ruleId` (see the core's
/// `settings::value_hash`): what "Not sensitive" stores instead of the value.
#[wasm_bindgen(js_name = valueHash)]
pub fn value_hash(salt: &str, rule_id: &str, value: &str) -> String {
    crate::settings::value_hash(salt, rule_id, value)
}

/// The built-in rule catalog (with the vendor table once loaded).
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    to_js(&crate::rules::describe_all())
}
