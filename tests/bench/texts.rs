//! The benchmark texts, shared by `examples/bench.rs` and the tests that
//! compare kernels (`tests/kernels.rs`); `tests/bench/texts.mjs` builds the
//! same bytes for the wasm benchmarks.
//!
//! - The labelled corpus (`tests/corpus/*.jsonl`) concatenated in order:
//!   prose, code, logs, records, with a secret or a piece of personal data
//!   in about half of the prompts (denser than real chat: the worst case).
//! - Prose and code: the documentation and sources of five dependencies at
//!   the versions locked in Cargo.lock, read from cargo's registry cache
//!   (they are on any machine that built this crate, and nothing of them is
//!   committed here).
//! - Mixed: the two interleaved, one byte of corpus to four of prose and code.
#![allow(dead_code)] // each includer uses its own part

/// The labelled corpus, each prompt followed by a blank line.
pub fn corpus_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        for line in std::fs::read_to_string(f).unwrap().lines().filter(|l| !l.is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            out.push_str(v["text"].as_str().unwrap());
            out.push_str("\n\n");
        }
    }
    out
}

/// The locked dependencies' `*.md` and `*.rs` files, if cargo's cache has them.
pub fn prose_and_code() -> Option<String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))?;
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).ok()?;
    let mut out = String::new();
    for name in ["regex-syntax", "regex-automata", "aho-corasick", "memchr", "serde_json"] {
        let needle = format!("name = \"{name}\"\nversion = \"");
        let at = lock.find(&needle)? + needle.len();
        let version = &lock[at..at + lock[at..].find('"')?];
        for registry in std::fs::read_dir(home.join("registry/src")).ok()?.flatten() {
            let dir = registry.path().join(format!("{name}-{version}"));
            if dir.is_dir() {
                collect_text(&dir, &mut out);
                break;
            }
        }
    }
    (out.len() > 1 << 20).then_some(out)
}

fn collect_text(dir: &std::path::Path, out: &mut String) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_text(&p, out);
        } else if p.extension().is_some_and(|e| e == "md" || e == "rs") {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
}

/// Paragraphs of `corpus` and of `other` interleaved, one byte of corpus to
/// `ratio` bytes of `other`.
pub fn interleave(corpus: &str, other: &str, ratio: usize) -> String {
    let mut out = String::with_capacity(corpus.len() * (ratio + 1));
    let mut rest = other;
    for para in corpus.split("\n\n") {
        out.push_str(para);
        out.push_str("\n\n");
        let mut take = (para.len() * ratio).min(rest.len());
        while !rest.is_char_boundary(take) {
            take -= 1;
        }
        let cut = rest[take..].find('\n').map_or(rest.len(), |n| take + n + 1);
        out.push_str(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

/// `text` repeated to `len` bytes, cut at a character boundary.
pub fn sized(text: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + text.len());
    while s.len() < len {
        s.push_str(text);
    }
    let mut cut = len;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// The mixed text, if prose and code are there.
pub fn mixed_text() -> Option<String> {
    prose_and_code().map(|other| interleave(&corpus_text(), &other, 4))
}
