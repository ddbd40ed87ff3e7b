//! The crate's modules form layers: no module reaches back up into one that
//! uses it (the policy once imported the engine's pattern compiler while the
//! engine imported the policy). Reads the `use crate::…` and `crate::…`
//! paths of every file under src/ and fails on any cycle between top-level
//! modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a file under src/ belongs to.
fn module_of(rel: &Path) -> String {
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_import_cycle_among_src_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &all {
        let rel = file.strip_prefix(&src).unwrap();
        let from = module_of(rel);
        if ["lib", "main", "cli", "wasm"].contains(&from.as_str()) {
            continue; // the crate's doors may use everything
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            // `$crate::` in macros and `crate::Type` re-exports from lib.rs are
            // not module edges.
            let is_module = !name.is_empty() && name.chars().next().unwrap().is_lowercase();
            if is_module && !text[..i].ends_with('$') && name != from {
                edges.entry(from.clone()).or_default().insert(name);
            }
        }
    }
    // Depth-first search for a cycle.
    fn visit(
        m: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in edges.keys() {
        if let Some(cycle) = visit(m, &edges, &mut Vec::new(), &mut done) {
            panic!("import cycle among src/ modules: {}", cycle.join(" -> "));
        }
    }
    assert!(
        edges.contains_key("engine") && edges["engine"].contains("settings"),
        "the test reads the imports: {edges:?}"
    );
}
