//! Which rules cost the most: scans 1 MB of the mixed corpus with each rule
//! alone and prints the slowest. `cargo run --release --example rule_costs [N]`.
//! Use it before adding a keyword that occurs in everyday text.

use promptwarden::rules::catalog;
use promptwarden::{Policy, Scanner};
use std::time::Instant;

fn main() {
    let top: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(25);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut text = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        for line in std::fs::read_to_string(f).unwrap().lines().filter(|l| !l.is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            text.push_str(v["text"].as_str().unwrap());
            text.push_str("\n\n");
        }
    }
    while text.len() < 1 << 20 {
        text = text.repeat(2);
    }
    let mut cut = 1 << 20;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);

    let time = |policy: &Policy| {
        let s = Scanner::new(policy).unwrap();
        s.scan(&text);
        let t = Instant::now();
        for _ in 0..3 {
            std::hint::black_box(s.scan(&text));
        }
        t.elapsed() / 3
    };
    let off = r#""categories":{"secret":"off","pii":"off","custom":"off"}"#;
    let baseline = time(&Policy::from_json(&format!("{{{off}}}")).unwrap());
    let mut costs: Vec<(std::time::Duration, &str)> = catalog()
        .map(|r| (time(&Policy::from_json(&format!(r#"{{{off},"rules":{{"{}":"warn"}}}}"#, r.id)).unwrap()), &*r.id))
        .collect();
    costs.sort_by(|a, b| b.cmp(a));
    println!("1 MB of mixed chat text; no rules: {baseline:.2?}");
    for (d, id) in costs.iter().take(top) {
        println!("  {:>9.2?}  {id}", *d);
    }
    let sum: std::time::Duration = costs.iter().map(|c| c.0.saturating_sub(baseline)).sum();
    println!("sum of per-rule costs above baseline: {sum:.2?}");
}
