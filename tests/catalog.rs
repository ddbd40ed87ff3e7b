//! The catalog tests itself: every rule carries true positives and near
//! misses, and this test fails if one lacks them, misses a positive or fires
//! on a negative. Failure messages name the rule and the example number and
//! show masked previews only, never the example's secret.

use promptwarden::rule::{Category, Group};
use promptwarden::rules::catalog;
use promptwarden::{Policy, Scanner};
use std::collections::{BTreeMap, BTreeSet};

/// Strips the `«…»` marks; returns the text and the marked byte span.
fn unmark(example: &str) -> (String, usize, usize) {
    match (example.find('«'), example.find('»')) {
        (Some(s), Some(e)) if s < e => {
            let text = example.replacen('«', "", 1).replacen('»', "", 1);
            (text, s, e - '«'.len_utf8())
        }
        _ => (example.to_string(), 0, example.len()),
    }
}

/// A policy running every built-in rule, preview and low severity included.
fn everything() -> Policy {
    Policy::from_json(r#"{"previewRules": true, "minSeverity": "low"}"#).unwrap()
}

/// A policy running only `id`.
fn only(id: &str) -> Policy {
    Policy::from_json(&format!(
        r#"{{"categories": {{"secret": "off", "pii": "off", "custom": "off"}}, "rules": {{"{id}": "warn"}}}}"#
    ))
    .unwrap()
}

#[test]
fn every_rule_has_examples_and_well_formed_metadata() {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for rule in catalog() {
        if !ids.insert(&*rule.id) {
            problems.push(format!("{}: duplicate id", rule.id));
        }
        if !promptwarden::settings::is_kebab_id(&rule.id) {
            problems.push(format!("{}: id is not kebab-case", rule.id));
        }
        if rule.title.is_empty() || rule.about.is_empty() {
            problems.push(format!("{}: needs a title and an about line", rule.id));
        }
        if !rule.label.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
            problems.push(format!("{}: label must be UPPER_SNAKE", rule.id));
        }
        if rule.positives.is_empty() {
            problems.push(format!("{}: no true-positive examples", rule.id));
        }
        if rule.negatives.is_empty() {
            problems.push(format!("{}: no near-miss examples", rule.id));
        }
        if rule.pattern.is_empty() {
            problems.push(format!("{}: empty pattern", rule.id));
        }
    }
    assert!(problems.is_empty(), "catalog problems:\n{}", problems.join("\n"));
}

#[test]
fn every_positive_is_found_with_the_marked_span() {
    let scanner = Scanner::new(&everything()).unwrap();
    let mut failures = Vec::new();
    for rule in catalog() {
        for (i, example) in rule.positives.iter().enumerate() {
            let (text, start, end) = unmark(example);
            let findings = scanner.scan(&text);
            let hit = findings.iter().any(|f| f.rule_id == rule.id && f.byte_start == start && f.byte_end == end);
            if !hit {
                let got: Vec<String> = findings
                    .iter()
                    .map(|f| format!("{} {}..{} {}", f.rule_id, f.byte_start, f.byte_end, f.preview))
                    .collect();
                failures.push(format!(
                    "{} positive #{i}: expected bytes {start}..{end}, found [{}]",
                    rule.id,
                    got.join(", ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} missed positives:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn no_negative_fires() {
    let mut failures = Vec::new();
    for rule in catalog() {
        let scanner = Scanner::new(&only(&rule.id)).unwrap();
        for (i, example) in rule.negatives.iter().enumerate() {
            for f in scanner.scan(example) {
                failures.push(format!(
                    "{} negative #{i}: fired at {}..{} ({})",
                    rule.id, f.byte_start, f.byte_end, f.preview
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} near misses fired:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_catalog_covers_what_the_product_promises() {
    let secrets = catalog().filter(|r| r.category == Category::Secret).count();
    let stable_secrets = catalog().filter(|r| r.category == Category::Secret && r.group == Group::Stable).count();
    assert!(secrets >= 150, "{secrets} secret rules; at least 150 promised");
    assert!(stable_secrets * 10 >= secrets * 8, "most secret rules should be stable");
    // National identifiers are named `<iso country>-<id>`, e.g. `in-aadhaar`.
    let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
    for r in catalog().filter(|r| r.category == Category::Pii) {
        if let Some((cc, _)) = r.id.split_once('-') {
            if cc.len() == 2 {
                *countries.entry(cc).or_default() += 1;
            }
        }
    }
    assert!(countries.len() >= 20, "PII covers {} countries: {:?}", countries.len(), countries.keys());
}

/// The providers whose secrets the catalog finds (issue 16 asks for 600).
/// Raise this as rows are added; it fails if a row's provider is lost.
const PROVIDERS: usize = 533;

#[test]
fn every_secret_rule_has_a_provider_or_is_a_format_and_none_is_counted_twice() {
    use promptwarden::rules::providers::{provider, providers};
    let mut problems = Vec::new();
    for rule in catalog().filter(|r| r.category == Category::Secret) {
        if provider(&rule.id).is_none() {
            problems.push(format!("{}: add it to rules/providers.rs (its provider, or \"\" for a format)", rule.id));
        }
    }
    // A vendor-table row must not add a provider that a hand-written rule
    // already covers under another name, nor one of them again.
    let hand: std::collections::HashSet<&str> =
        promptwarden::rules::hand_written().filter_map(|r| provider(&r.id)).filter(|p| !p.is_empty()).collect();
    let folded = |p: &str| p.to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "");
    let hand_folded: std::collections::HashMap<String, &str> = hand.iter().map(|p| (folded(p), *p)).collect();
    for (p, ids) in providers() {
        if !hand.contains(p) {
            if let Some(other) = hand_folded.get(&folded(p)) {
                problems.push(format!("{p} ({}) is {other}, which hand-written rules cover", ids.join(", ")));
            }
        }
    }
    let all: BTreeMap<String, Vec<&str>> = providers().into_iter().fold(BTreeMap::new(), |mut m, (p, _)| {
        m.entry(folded(p)).or_default().push(p);
        m
    });
    for names in all.values().filter(|n| n.len() > 1) {
        problems.push(format!("one provider under several names: {names:?}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let n = providers().len();
    assert!(n >= PROVIDERS, "{n} providers; the catalog had {PROVIDERS}");
}
