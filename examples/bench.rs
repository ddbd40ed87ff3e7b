//! `make bench` (native part): throughput and latency of the engine.
//!
//! The "mixed chat text" is the labelled corpus (`tests/corpus/*.jsonl`)
//! concatenated in order and repeated: prose, code, logs, records, with a
//! secret or a piece of personal data in about half of the prompts — denser
//! than real chat, so the figures are conservative.

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
    println!("  1 MB mixed chat text          {:>8.1} MB/s (median of 10)", mbps(percentile(&t1, 0.5), mb1.len()));
    println!("  32 MB mixed chat text         {:>8.1} MB/s (median of 3)", mbps(percentile(&t32, 0.5), mb32.len()));

    let wasm = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/promptwarden_bg.wasm");
    match std::fs::read(wasm) {
        Ok(bytes) => println!(
            "  wasm module (pkg/)            {:>8.1} KB raw, gzip -9 in the Node bench",
            bytes.len() as f64 / 1024.0
        ),
        Err(_) => println!("  wasm module: pkg/ not built (make wasm)"),
    }
}
