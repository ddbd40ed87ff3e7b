//! WebAssembly bindings. No logic lives here: this module converts types
//! between JavaScript and the core, nothing else.
//!
//! Built with `wasm-bindgen --target web` into `pkg/`; the same module loads
//! in the extension's background context, in the playground and in Node.

use crate::settings::{apps, Effective, Policy};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A policy document; see the README's policy reference. */
export type PolicyInput = string | Record<string, unknown> | undefined | null;

export interface Finding {
  ruleId: string;
  /** The rule's title (the custom rule's title, or its id). */
  title: string;
  category: "secret" | "pii" | "custom";
  severity: "low" | "medium" | "high" | "critical";
  action: "warn" | "block" | "redact";
  /** UTF-16 code units: JavaScript string indices. */
  start: number;
  end: number;
  /** UTF-8 bytes. */
  byteStart: number;
  byteEnd: number;
  /** Masked; never the value. */
  preview: string;
  confidence: number;
}

export interface Replacement { placeholder: string; finding: Finding; }
export interface Redacted { text: string; replacements: Replacement[]; }
export interface PolicyIssue { path: string; message: string; }
export interface SourcedIssue extends PolicyIssue { source: "managed" | "user"; }
/** What the options page and the popup show: the effective policy, the organisation's locks, every problem. */
export interface SettingsView {
  policy: Record<string, any>;
  locked: string[];
  issues: SourcedIssue[];
  userLocked: boolean;
}
export interface App { id: string; name: string; sites: string[]; composer: string[]; send: string[]; }
export interface Protection {
  protected: boolean;
  reason: "built-in" | "organisation" | "user" | "excluded-by-organisation" | "excluded-by-user" | "not-listed";
  app?: App;
}
/** Rule descriptions are left out of the module to keep it small: docs/rules.md has them. */
export interface RuleInfo {
  id: string; title: string; category: string;
  severity: string; group: string; label: string;
}
"#;

/// Plain objects through JSON: `JSON.parse` builds them faster than
/// property-by-property calls across the boundary, and it keeps a
/// serialisation crate out of the module.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value).ok().and_then(|json| js_sys::JSON::parse(&json).ok()).unwrap_or(JsValue::NULL)
}

/// Accepts a JSON string, a plain object or nothing (the default policy).
fn policy_json(policy: &JsValue) -> Result<Option<String>, JsError> {
    if policy.is_undefined() || policy.is_null() {
        return Ok(None);
    }
    if let Some(s) = policy.as_string() {
        return Ok(Some(s));
    }
    let json = js_sys::JSON::stringify(policy).map_err(|_| JsError::new("policy: not serialisable to JSON"))?;
    Ok(json.as_string())
}

/// A scanner built from a policy; see the crate docs for its guarantees.
#[wasm_bindgen]
pub struct Scanner {
    inner: crate::Scanner,
}

#[wasm_bindgen]
impl Scanner {
    /// Builds a scanner. Throws an `Error` whose message names the bad field.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "PolicyInput")] policy: JsValue) -> Result<Scanner, JsError> {
        let policy = match policy_json(&policy)? {
            Some(json) => Policy::from_json(&json).map_err(|e| JsError::new(&e.to_string()))?,
            None => Policy::default(),
        };
        let inner = crate::Scanner::new(&policy).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Scanner { inner })
    }

    /// Findings in `text`, in order of position, with UTF-16 offsets.
    #[wasm_bindgen(unchecked_return_type = "Finding[]")]
    pub fn scan(&self, text: &str) -> JsValue {
        to_js(&self.inner.scan(text))
    }

    /// Findings in `text` applying allowlist entries scoped to `site`.
    #[wasm_bindgen(js_name = scanOnSite, unchecked_return_type = "Finding[]")]
    pub fn scan_on_site(&self, text: &str, site: &str) -> JsValue {
        to_js(&self.inner.scan_on_site(text, Some(site)))
    }

    /// `text` with every finding replaced by its placeholder.
    #[wasm_bindgen(unchecked_return_type = "Redacted")]
    pub fn redact(&self, text: &str) -> JsValue {
        to_js(&self.inner.redact(text))
    }
}

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

    /// The effective policy, the locks and the problems.
    #[wasm_bindgen(unchecked_return_type = "SettingsView")]
    pub fn view(&self) -> JsValue {
        to_js(&self.inner)
    }

    /// The effective policy as JSON text (what a `Scanner` is built from).
    #[wasm_bindgen(js_name = policyJson)]
    pub fn policy_json(&self) -> String {
        serde_json::to_string(&self.inner.policy).expect("a policy serialises")
    }

    /// Whether a page (`location.host + location.pathname`) is protected, and why.
    #[wasm_bindgen(unchecked_return_type = "Protection")]
    pub fn protection(&self, page: &str) -> JsValue {
        to_js(&self.inner.protection(page))
    }

    /// A scanner for the effective policy.
    pub fn scanner(&self) -> Result<Scanner, JsError> {
        let inner = crate::Scanner::new(&self.inner.policy).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Scanner { inner })
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
#[wasm_bindgen(js_name = checkPolicy, unchecked_return_type = "{ policy: object, issues: PolicyIssue[] }")]
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

/// The built-in rule catalog.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    to_js(&crate::rules::describe_all())
}

/// The engine's version (the crate version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
