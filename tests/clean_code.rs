//! Clean code: at least 20 MB of real source code and documentation that
//! nobody here wrote (the locked dependencies in cargo's registry, the
//! machine's Python library, C headers, Debian's package docs, this repo's
//! `node_modules`) must give no secret finding whose value is code: an
//! identifier, a member access, a call, an index, an expression, a type or
//! a path. People paste such code into chats all day.
//!
//! The file list is sorted and each source has a byte budget, so the same
//! machine scans the same bytes every time. The report prints findings per
//! MB by rule with masked previews only (findings there are literals:
//! sample keys in tests and docs, which is what a scanner should say).

use promptwarden::rules::{classify_value, ValueKind};
use promptwarden::{Category, Policy, Scanner};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Bytes read from all sources together.
const TOTAL: usize = 22 << 20;
/// Files above this size are skipped (generated tables, vendored bundles).
const MAX_FILE: u64 = 256 << 10;

/// Every file under `dir` with one of `exts` (or any name when `exts` is
/// empty), sorted by path.
fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        if meta.is_dir() {
            files(&path, exts, out);
        } else if meta.is_file() && meta.len() <= MAX_FILE {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if exts.is_empty() || exts.iter().any(|e| name.ends_with(e)) {
                out.push(path);
            }
        }
    }
}

/// Source directories of the crates locked in `Cargo.lock`.
fn locked_crates() -> Vec<PathBuf> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"));
    let mut registries: Vec<PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    registries.sort();
    let mut dirs = Vec::new();
    let mut name = "";
    for line in lock.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            name = n.trim_matches('"');
        } else if let Some(v) = line.strip_prefix("version = ") {
            for reg in &registries {
                let dir = reg.join(format!("{name}-{}", v.trim_matches('"')));
                if dir.is_dir() {
                    dirs.push(dir);
                }
            }
        }
    }
    dirs.sort();
    dirs
}

#[test]
fn code_nobody_here_wrote_gives_no_code_as_a_secret() {
    let mut sources: Vec<(&str, Vec<PathBuf>, usize)> = Vec::new();
    let mut crates = Vec::new();
    for dir in locked_crates() {
        files(&dir, &[".rs", ".md", ".toml", ".txt"], &mut crates);
    }
    sources.push(("cargo registry (locked crates)", crates, 8 << 20));
    let mut python = Vec::new();
    let mut pydirs: Vec<PathBuf> =
        std::fs::read_dir("/usr/lib").map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    pydirs.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("python3")));
    pydirs.sort();
    for dir in pydirs {
        files(&dir, &[".py"], &mut python);
    }
    sources.push(("Python library (/usr/lib/python3*)", python, 6 << 20));
    let mut node = Vec::new();
    files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules")), &[".js", ".mjs", ".ts", ".md"], &mut node);
    sources.push(("node_modules", node, 3 << 20));
    let mut headers = Vec::new();
    files(Path::new("/usr/include"), &[".h"], &mut headers);
    sources.push(("C headers (/usr/include)", headers, 3 << 20));
    let mut docs = Vec::new();
    files(Path::new("/usr/share/doc"), &["README", ".md", ".txt", ".html", "copyright"], &mut docs);
    sources.push(("Debian docs (/usr/share/doc)", docs, 2 << 20));

    let scanner = Scanner::new(&Policy::default()).unwrap();
    let mut total = 0usize;
    let mut carry = 0usize;
    let mut literals: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut code: Vec<String> = Vec::new();
    let mut per_source = String::new();
    for (name, paths, budget) in &sources {
        let budget = budget + carry;
        let mut used = 0usize;
        for path in paths {
            if used >= budget || total >= TOTAL {
                break;
            }
            let Ok(bytes) = std::fs::read(path) else { continue };
            let Ok(text) = String::from_utf8(bytes) else { continue };
            used += text.len();
            total += text.len();
            for f in scanner.scan(&text).into_iter().filter(|f| f.category == Category::Secret) {
                let value = &text[f.byte_start..f.byte_end];
                let line = format!("{} {} {}", f.rule_id, path.display(), f.preview);
                match classify_value(value, false) {
                    ValueKind::Literal => literals.entry(f.rule_id.clone()).or_default().push(line),
                    ValueKind::Code(why) => code.push(format!("{line} ({why:?})")),
                }
            }
        }
        carry = budget.saturating_sub(used);
        per_source += &format!("  {name}: {:.1} MB\n", used as f64 / 1e6);
    }
    let mb = total as f64 / 1e6;
    let found: usize = literals.values().map(Vec::len).sum();
    let mut report = format!(
        "clean code: {mb:.1} MB scanned\n{per_source}secret findings: {found} ({:.2} per MB), of which code: {}\n",
        found as f64 / mb,
        code.len()
    );
    for (rule, lines) in &literals {
        report += &format!(
            "  {rule}: {} (e.g. {})\n",
            lines.len(),
            lines.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
        );
    }
    for line in &code {
        report += &format!("  CODE: {line}\n");
    }
    println!("{report}");
    assert!(total >= 20 << 20, "only {mb:.1} MB of code and docs found on this machine\n{report}");
    assert!(code.is_empty(), "secret findings whose value is code:\n{report}");
}
