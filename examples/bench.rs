//! `make bench` (native part): throughput and latency of the engine.
//!
//! The "mixed chat text" is the labelled corpus (`tests/corpus/*.jsonl`)
//! concatenated in order and repeated: prose, code, logs, records, with a
//! secret or a piece of personal data in about half of the prompts — denser
//! than real chat, so those figures are the worst case.
//!
//! Real chat is mostly prose and code. "Prose and code" is the
//! documentation and sources of five dependencies at the versions locked
//! in Cargo.lock, read from cargo's registry cache (they are on any
//! machine that built this crate, and nothing of them is committed here);
//! "mixed" is that interleaved with the labelled corpus, one byte of
//! corpus to four of prose and code.

use promptwarden::extract::{extract, Limits};
use promptwarden::{Policy, Scanner};
use std::time::{Duration, Instant};

fn corpus_text() -> String {
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
fn prose_and_code() -> Option<String> {
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
fn interleave(corpus: &str, other: &str, ratio: usize) -> String {
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
fn sized(text: &str, len: usize) -> String {
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

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn time_many(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    let mut v: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v
}

fn main() {
    let policy = Policy::default();
    let corpus = corpus_text();

    let builds = time_many(50, || {
        std::hint::black_box(Scanner::new(&policy).unwrap());
    });
    let scanner = Scanner::new(&policy).unwrap();

    let prompt_2k = sized(&corpus, 2 * 1024);
    let cold = {
        let fresh = Scanner::new(&policy).unwrap();
        let t = Instant::now();
        std::hint::black_box(fresh.scan(&prompt_2k));
        t.elapsed()
    };
    let cold_mixed = {
        let fresh = Scanner::new(&policy).unwrap();
        let text = sized(&corpus, 1 << 20);
        let t = Instant::now();
        std::hint::black_box(fresh.scan(&text));
        t.elapsed()
    };

    let mb1 = sized(&corpus, 1 << 20);
    let mb32 = sized(&corpus, 32 << 20);
    scanner.scan(&mb1); // compile every rule the corpus triggers
    let t1 = time_many(10, || {
        std::hint::black_box(scanner.scan(&mb1));
    });
    let t32 = time_many(3, || {
        std::hint::black_box(scanner.scan(&mb32));
    });
    let p2k = time_many(5000, || {
        std::hint::black_box(scanner.scan(&prompt_2k));
    });
    let prompt_60k = sized(&corpus, 60 * 1024);
    let p60k = time_many(300, || {
        std::hint::black_box(scanner.scan(&prompt_60k));
    });
    let mbps = |d: Duration, bytes: usize| bytes as f64 / d.as_secs_f64() / 1e6;

    println!("native engine ({} rules active, default policy)", scanner.active_rules().count());
    println!(
        "  scanner build                 median {:>8.2?}  p99 {:>8.2?}",
        percentile(&builds, 0.5),
        percentile(&builds, 0.99)
    );
    println!("  first 2 KB scan (cold rules)         {:>8.2?}", cold);
    println!("  first 1 MB scan (cold rules)         {:>8.2?}", cold_mixed);
    println!(
        "  2 KB prompt                   median {:>8.2?}  p99 {:>8.2?}",
        percentile(&p2k, 0.5),
        percentile(&p2k, 0.99)
    );
    println!(
        "  60 KB prompt                  median {:>8.2?}  p99 {:>8.2?}",
        percentile(&p60k, 0.5),
        percentile(&p60k, 0.99)
    );
    println!("  1 MB labelled corpus (dense)  {:>8.1} MB/s (median of 10)", mbps(percentile(&t1, 0.5), mb1.len()));
    println!("  32 MB labelled corpus (dense) {:>8.1} MB/s (median of 3)", mbps(percentile(&t32, 0.5), mb32.len()));

    match prose_and_code() {
        Some(other) => {
            let mixed = interleave(&corpus, &other, 4);
            for (name, text) in [("prose and code", &other), ("mixed (1:4 corpus, prose/code)", &mixed)] {
                let mb = sized(text, 1 << 20);
                let kb2 = sized(text, 2 * 1024);
                scanner.scan(&mb);
                let t = time_many(10, || {
                    std::hint::black_box(scanner.scan(&mb));
                });
                let p = time_many(5000, || {
                    std::hint::black_box(scanner.scan(&kb2));
                });
                println!("  1 MB {name:<32} {:>8.1} MB/s", mbps(percentile(&t, 0.5), mb.len()));
                println!("  2 KB {name:<24} median {:>8.2?}  p99 {:>8.2?}", percentile(&p, 0.5), percentile(&p, 0.99));
            }
        }
        None => println!("  prose and code: the locked dependencies are not in cargo's registry cache (cargo fetch)"),
    }

    let wasm = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/promptwarden_bg.wasm");
    match std::fs::read(wasm) {
        Ok(bytes) => println!(
            "  wasm module (pkg/)            {:>8.1} KB raw, gzip -9 in the Node bench",
            bytes.len() as f64 / 1024.0
        ),
        Err(_) => println!("  wasm module: pkg/ not built (make wasm)"),
    }

    files(&scanner, &corpus);
}

/// Extraction plus scanning per format: the same ~200 KB of labelled corpus
/// text written by each tool (tests/files/bench/, see tests/files/make.py),
/// and a 20 MB text file.
fn files(scanner: &Scanner, corpus: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/files/bench");
    let mut inputs: Vec<(String, Vec<u8>)> = ["docx", "xlsx", "pptx", "odt", "pdf", "zip"]
        .iter()
        .map(|ext| (format!("corpus.{ext}"), std::fs::read(format!("{dir}/corpus.{ext}")).expect("tests/files/bench")))
        .collect();
    inputs.push(("20 MB .txt".into(), sized(corpus, 20 << 20).into_bytes()));
    println!(
        "native file extraction + scan (tests/files/bench: the labelled corpus in each format; MB/s of extracted text)"
    );
    let limits = Limits::default();
    for (name, bytes) in &inputs {
        let runs = if bytes.len() > 1 << 20 { 5 } else { 30 };
        let x = extract(name, bytes, &limits).expect("bench files extract");
        let text: usize = x.text_len();
        let extract_only = time_many(runs, || {
            std::hint::black_box(extract(name, bytes, &limits).ok());
        });
        let total = time_many(runs, || {
            let x = extract(name, bytes, &limits).expect("extracts");
            for s in &x.segments {
                std::hint::black_box(scanner.scan(&s.text));
            }
        });
        let median = percentile(&total, 0.5);
        println!(
            "  {name:<12} {:>7.0} KB file, {:>7.0} KB text: extract {:>8.2?}, extract + scan {:>8.2?} p50 {:>8.2?} p95, {:>5.1} MB/s",
            bytes.len() as f64 / 1024.0,
            text as f64 / 1024.0,
            percentile(&extract_only, 0.5),
            median,
            percentile(&total, 0.95),
            text as f64 / median.as_secs_f64() / 1e6
        );
    }
}
