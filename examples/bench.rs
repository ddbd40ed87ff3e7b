//! `make bench` (native part): throughput and latency of the engine.
//!
//! The texts (`tests/bench/texts.rs`): the labelled corpus, denser than
//! real chat, so its figures are the worst case; prose and code, which
//! real chat mostly is; and mixed, one byte of corpus to four of prose and
//! code. Throughput is printed as the median and the best of 20 scans: on
//! a shared machine the best is the steadier figure to compare runs by.
//! The 1 MB texts are also scanned with the portable kernel (no vectors),
//! to show what the SIMD first pass buys on this machine.

#[path = "../tests/bench/texts.rs"]
mod texts;

use promptwarden::extract::{extract, Limits};
use promptwarden::simd::Kernel;
use promptwarden::{Policy, Scanner};
use std::time::{Duration, Instant};
use texts::{corpus_text, interleave, prose_and_code, sized};

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

    let mb32 = sized(&corpus, 32 << 20);
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

    let portable = Scanner::new(&policy).unwrap().with_kernel(Kernel::portable());
    // Median and best of 20 scans of 1 MB of `text`, with the detected
    // kernel and with the portable one.
    let megabyte = |text: &str| {
        let mb = sized(text, 1 << 20);
        scanner.scan(&mb); // compile every rule the text triggers
        portable.scan(&mb);
        let fast = time_many(20, || {
            std::hint::black_box(scanner.scan(&mb));
        });
        let plain = time_many(20, || {
            std::hint::black_box(portable.scan(&mb));
        });
        format!(
            "{:>7.1} MB/s median, {:>7.1} best ({} {:.1} best)",
            mbps(percentile(&fast, 0.5), mb.len()),
            mbps(fast[0], mb.len()),
            Kernel::portable().name(),
            mbps(plain[0], mb.len())
        )
    };

    println!(
        "native engine ({} rules active, default policy, {} kernel)",
        scanner.active_rules().count(),
        scanner.kernel().name()
    );
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
    println!("  1 MB labelled corpus (dense)         {}", megabyte(&corpus));
    println!("  32 MB labelled corpus (dense) {:>8.1} MB/s (median of 3)", mbps(percentile(&t32, 0.5), mb32.len()));

    match prose_and_code() {
        Some(other) => {
            let mixed = interleave(&corpus, &other, 4);
            for (name, text) in [("prose and code", &other), ("mixed (1:4 corpus, prose/code)", &mixed)] {
                let kb2 = sized(text, 2 * 1024);
                let p = time_many(5000, || {
                    std::hint::black_box(scanner.scan(&kb2));
                });
                println!("  1 MB {name:<31} {}", megabyte(text));
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
