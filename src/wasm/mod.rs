//! WebAssembly bindings. No logic lives here: this module converts types
//! between JavaScript and the core, nothing else.
//!
//! Two modules come out of them (`wasm-bindgen --target web` into `pkg/`):
//! - `promptwarden_scan`, the scanner alone (feature `bindings`): what a chat
//!   page's content script loads, so it is kept small;
//! - `promptwarden`, the scanner plus [`extension`] (feature `extension`):
//!   policy resolution, site matching, the rule listing and the policy
//!   checker, for the extension's own contexts (background, options page),
//!   the playground and Node.

use crate::settings::Policy;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "extension")]
pub mod extension;

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
"#;

/// Plain objects through JSON: `JSON.parse` builds them faster than
/// property-by-property calls across the boundary, and it keeps a
/// serialisation crate out of the module.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value).ok().and_then(|json| js_sys::JSON::parse(&json).ok()).unwrap_or(JsValue::NULL)
}

/// Accepts a JSON string, a plain object or nothing (the default policy).
pub(crate) fn policy_json(policy: &JsValue) -> Result<Option<String>, JsError> {
    if policy.is_undefined() || policy.is_null() {
        return Ok(None);
    }
    if let Some(s) = policy.as_string() {
        return Ok(Some(s));
    }
    let json = js_sys::JSON::stringify(policy).map_err(|_| JsError::new("policy: not serialisable to JSON"))?;
    Ok(json.as_string())
}

/// Any policy document, checked by the policy parser.
#[cfg(feature = "extension")]
fn read_policy(json: &str) -> Result<Policy, JsError> {
    Policy::from_json(json).map_err(|e| JsError::new(&e.to_string()))
}

/// A policy the core wrote (see [`Policy::from_resolved_json`]).
#[cfg(not(feature = "extension"))]
fn read_policy(json: &str) -> Result<Policy, JsError> {
    Policy::from_resolved_json(json).map_err(|e| JsError::new(&e))
}

/// A scanner built from a policy; see the crate docs for its guarantees.
#[wasm_bindgen]
pub struct Scanner {
    pub(crate) inner: crate::Scanner,
}

#[wasm_bindgen]
impl Scanner {
    /// Builds a scanner. Throws an `Error` whose message names the bad field.
    /// In `promptwarden`, `policy` is any policy document. In the page
    /// module `promptwarden_scan` it is a resolved policy as
    /// `Settings.policyJson()` writes it (what the background hands a chat
    /// page), read without the policy parser, which that module leaves out
    /// to stay small; a document in another shape throws.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "PolicyInput")] policy: JsValue,
    ) -> Result<Scanner, JsError> {
        let policy = match policy_json(&policy)? {
            Some(json) => read_policy(&json)?,
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

/// Installs the vendor table (the text of `vendors.json`, beside the module
/// in `pkg/`), which this build leaves out of its code to stay small. Call
/// once, before building a `Settings` or a `Scanner`: the catalog is read
/// then. Returns the number of vendor rules; later calls change nothing.
/// Without it scanning works, with the vendor rules absent. Throws an
/// `Error` naming the bad row and field.
#[wasm_bindgen(js_name = loadVendors)]
pub fn load_vendors(json: &str) -> Result<u32, JsError> {
    crate::rules::load_vendors(json).map(|n| n as u32).map_err(|e| JsError::new(&e))
}

/// The engine's version (the crate version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
