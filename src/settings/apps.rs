//! The built-in catalog of AI chat apps (`extension/sites.json`): which
//! sites PromptWarden protects without any policy, and the selector hints
//! for each app's composer and send button. The catalog is data, compiled
//! in, so the CLI and the browsers read the same list.

use super::sites::Site;
use serde::Serialize;
use serde_json::Value;
use std::sync::OnceLock;

/// The catalog as shipped with the extension.
const CATALOG: &str = include_str!("../../extension/sites.json");

/// One chat app of the catalog.
#[derive(Clone, Debug, Serialize)]
pub struct App {
    /// Stable id (`chatgpt`).
    pub id: String,
    /// Name shown to users.
    pub name: String,
    /// Where it runs, in the policy's site syntax.
    pub sites: Vec<Site>,
    /// CSS selectors of its composer, tried before the generic ones.
    pub composer: Vec<String>,
    /// CSS selectors of its send control, tried before the generic ones.
    pub send: Vec<String>,
}

/// Selectors that apply on every protected site after an app's own.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Generic {
    /// Composer selectors.
    pub composer: Vec<String>,
    /// Send-control selectors.
    pub send: Vec<String>,
}

struct Catalog {
    apps: Vec<App>,
    generic: Generic,
}

fn catalog() -> &'static Catalog {
    static PARSED: OnceLock<Catalog> = OnceLock::new();
    PARSED.get_or_init(|| parse(CATALOG).expect("extension/sites.json is valid (the test below checks it)"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// Parses a catalog document; the error names the entry and the reason.
fn parse(json: &str) -> Result<Catalog, String> {
    let doc: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let mut apps: Vec<App> = Vec::new();
    for (i, entry) in doc["sites"].as_array().ok_or("`sites` must be a list")?.iter().enumerate() {
        let field =
            |name: &str| entry[name].as_str().map(str::to_string).ok_or(format!("sites[{i}].{name} is missing"));
        let id = field("id")?;
        if !super::is_kebab_id(&id) || apps.iter().any(|a| a.id == id) {
            return Err(format!("sites[{i}].id {id:?} must be kebab-case and unique"));
        }
        let sites = strings(&entry["sites"])
            .iter()
            .map(|s| Site::parse(s).map_err(|e| format!("sites[{i}] ({id}): {s:?}: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        let (composer, send) = (strings(&entry["composer"]), strings(&entry["send"]));
        if sites.is_empty() || composer.is_empty() || send.is_empty() {
            return Err(format!("sites[{i}] ({id}) needs sites, composer and send selectors"));
        }
        apps.push(App { name: field("name")?, id, sites, composer, send });
    }
    let generic = Generic { composer: strings(&doc["generic"]["composer"]), send: strings(&doc["generic"]["send"]) };
    Ok(Catalog { apps, generic })
}

/// Every app of the catalog, in catalog order.
pub fn all() -> &'static [App] {
    &catalog().apps
}

/// The selectors that apply on every protected site.
pub fn generic() -> &'static Generic {
    &catalog().generic
}

/// The app whose sites cover `page`.
pub fn find(page: &str) -> Option<&'static App> {
    all().iter().find(|a| a.sites.iter().any(|s| s.covers(page)))
}

/// Browser match patterns for every built-in site (the manifest's
/// content-script `matches`).
pub fn match_patterns() -> Vec<String> {
    let mut out: Vec<String> = all().iter().flat_map(|a| a.sites.iter().flat_map(Site::match_patterns)).collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalog_parses_with_unique_ids_and_valid_sites() {
        let apps = parse(CATALOG).unwrap_or_else(|e| panic!("extension/sites.json: {e}")).apps;
        assert!(apps.len() >= 13);
        assert!(find("chatgpt.com/c/1").is_some_and(|a| a.id == "chatgpt"));
        assert!(find("huggingface.co/chatter").is_none());
        for p in match_patterns() {
            // Valid in both browsers: scheme `*`, a host (optionally `*.`-led),
            // no port, a path starting with `/`.
            let rest = p.strip_prefix("*://").unwrap_or_else(|| panic!("{p}"));
            let (host, path) = rest.split_once('/').unwrap();
            assert!(!host.contains(':') && !host[host.starts_with("*.") as usize * 2..].contains('*'), "{p}");
            assert!(path.ends_with('*'), "{p}");
        }
    }

    #[test]
    fn catalog_errors_name_the_entry() {
        let bad =
            r#"{"sites":[{"id":"x","name":"X","sites":["not a host"],"composer":["textarea"],"send":["button"]}]}"#;
        assert!(parse(bad).err().unwrap().contains("sites[0] (x)"));
        let dup = r#"{"sites":[{"id":"x","name":"X","sites":["a.example"],"composer":["t"],"send":["b"]},{"id":"x","name":"Y","sites":["b.example"],"composer":["t"],"send":["b"]}]}"#;
        assert!(parse(dup).err().unwrap().contains("unique"));
    }
}
