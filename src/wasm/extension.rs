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

/// The built-in rule catalog.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    to_js(&crate::rules::describe_all())
}
