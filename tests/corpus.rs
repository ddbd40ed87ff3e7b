//! Detection quality on the labelled corpus (`tests/corpus/`), which was
//! written independently of the rule patterns: recall ≥ 0.97 for secrets and
//! for personal data, precision ≥ 0.99, under the default policy.
//!
//! A label is caught when a finding of its category overlaps one of its
//! occurrences; a finding is a false positive when it overlaps no label.
//! The report prints recall and precision per context (where the values sit:
//! prose, an XML element, a CLI flag…), misses by kind and false positives
//! by rule, with prompt ids and masked previews only.

use promptwarden::{Category, Policy, Scanner};
use serde_json::Value;
use std::collections::BTreeMap;

struct Prompt {
    id: String,
    /// Where the values sit (`xml-element`, `cli-flag`, `prose`…): the
    /// prompt's `context`, or `prose` for prompts written before contexts.
    context: String,
    text: String,
    labels: Vec<(String, Category, String)>,
}

fn load() -> Vec<Prompt> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut prompts = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).expect("corpus lines are JSON");
            let labels = v["labels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| {
                    let category = match l["category"].as_str().unwrap() {
                        "secret" => Category::Secret,
                        "pii" => Category::Pii,
                        other => panic!("unknown category {other}"),
                    };
                    (l["value"].as_str().unwrap().to_string(), category, l["kind"].as_str().unwrap().to_string())
                })
                .collect();
            prompts.push(Prompt {
                id: v["id"].as_str().unwrap().to_string(),
                context: v["context"].as_str().unwrap_or("prose").to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                labels,
            });
        }
    }
    prompts
}

#[derive(Default)]
struct Tally {
    total: usize,
    caught: usize,
}

#[test]
fn recall_and_precision_on_the_labelled_corpus() {
    let prompts = load();
    assert!(prompts.len() >= 600, "the corpus needs at least 600 prompts, has {}", prompts.len());
    let scanner = Scanner::new(&Policy::default()).unwrap();

    let mut by_category: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut kinds: BTreeMap<String, Tally> = BTreeMap::new();
    // Per context: labels caught, and findings that matched no label.
    let mut contexts: BTreeMap<String, (Tally, usize, usize)> = BTreeMap::new();
    let mut false_positives: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut findings_total = 0;

    for p in &prompts {
        let findings = scanner.scan(&p.text);
        findings_total += findings.len();
        // Every occurrence of every label value, as byte spans.
        let spans: Vec<(usize, usize, Category)> = p
            .labels
            .iter()
            .flat_map(|(value, cat, _)| p.text.match_indices(value.as_str()).map(move |(s, m)| (s, s + m.len(), *cat)))
            .collect();
        for (value, category, kind) in &p.labels {
            let caught = p.text.match_indices(value.as_str()).any(|(s, m)| {
                let e = s + m.len();
                findings.iter().any(|f| f.category == *category && f.byte_start < e && s < f.byte_end)
            });
            let name = if *category == Category::Secret { "secret" } else { "pii" };
            let t = by_category.entry(name).or_default();
            t.total += 1;
            t.caught += caught as usize;
            let c = &mut contexts.entry(p.context.clone()).or_default().0;
            c.total += 1;
            c.caught += caught as usize;
            let k = kinds.entry(kind.clone()).or_default();
            k.total += 1;
            k.caught += caught as usize;
            if !caught {
                misses.entry(kind.clone()).or_default().push(p.id.clone());
            }
        }
        for f in &findings {
            let entry = contexts.entry(p.context.clone()).or_default();
            entry.1 += 1;
            if !spans.iter().any(|&(s, e, _)| f.byte_start < e && s < f.byte_end) {
                entry.2 += 1;
                false_positives.entry(f.rule_id.clone()).or_default().push(format!("{} {}", p.id, f.preview));
            }
        }
    }

    let fp: usize = false_positives.values().map(Vec::len).sum();
    let precision = if findings_total == 0 { 0.0 } else { (findings_total - fp) as f64 / findings_total as f64 };
    let recall = |c: &str| by_category.get(c).map_or(0.0, |t| t.caught as f64 / t.total.max(1) as f64);

    let mut report = format!(
        "corpus: {} prompts, {} findings\nrecall secrets {:.4} ({}/{}), recall pii {:.4} ({}/{}), precision {:.4} ({} false positives)\n",
        prompts.len(),
        findings_total,
        recall("secret"),
        by_category.get("secret").map_or(0, |t| t.caught),
        by_category.get("secret").map_or(0, |t| t.total),
        recall("pii"),
        by_category.get("pii").map_or(0, |t| t.caught),
        by_category.get("pii").map_or(0, |t| t.total),
        precision,
        fp
    );
    report += "per context (recall, precision):\n";
    for (context, (t, found, fp)) in &contexts {
        let recall = if t.total == 0 { "-".to_string() } else { format!("{}/{}", t.caught, t.total) };
        let precision = if *found == 0 { "-".to_string() } else { format!("{}/{}", found - fp, found) };
        report += &format!("  {context:<28} recall {recall:<8} precision {precision}\n");
    }
    for (kind, ids) in &misses {
        let k = &kinds[kind];
        report += &format!(
            "  missed {kind}: {}/{} missed, e.g. {}\n",
            ids.len(),
            k.total,
            ids.iter().take(4).cloned().collect::<Vec<_>>().join(", ")
        );
    }
    for (rule, cases) in &false_positives {
        report += &format!(
            "  false positive {rule}: {} ({})\n",
            cases.len(),
            cases.iter().take(4).cloned().collect::<Vec<_>>().join("; ")
        );
    }
    println!("{report}");
    assert!(recall("secret") >= 0.97, "{report}");
    assert!(recall("pii") >= 0.97, "{report}");
    assert!(precision >= 0.99, "{report}");
}
