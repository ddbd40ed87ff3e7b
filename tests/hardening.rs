//! A policy is input too: an admin's typo or a hostile policy file must not
//! hang a browser tab or exhaust its memory. Patterns run on a linear-time
//! engine with a compiled-size cap, so each case here either is refused
//! with the field path and the reason, or runs in time linear in the text.

use promptwarden::{Policy, Scanner};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

/// The issues of a policy with one custom rule using `pattern`.
fn issues_for(pattern: &str) -> Vec<(String, String)> {
    let json = serde_json::json!({
        "customRules": [{ "id": "acme-thing", "pattern": pattern, "keywords": ["acme"] }]
    });
    let (_, issues) = Policy::from_json_lenient(&json.to_string());
    issues.into_iter().map(|i| (i.path, i.message)).collect()
}

#[test]
fn huge_counted_repetitions_are_refused_with_the_field_path() {
    for pattern in ["(a{1000}){1000}", "[a-z]{5000}[0-9]{5000}", "((((x{100}){100}){100}){100})"] {
        let issues = issues_for(pattern);
        assert_eq!(issues.len(), 1, "{pattern}: {issues:?}");
        assert_eq!(issues[0].0, "customRules[0].pattern");
        assert!(issues[0].1.contains("KiB"), "the reason names the size limit: {}", issues[0].1);
    }
}

#[test]
fn overlong_patterns_and_too_many_rules_are_refused() {
    let issues = issues_for(&"a".repeat(5000));
    assert_eq!(issues[0].0, "customRules[0].pattern");
    let rules: Vec<_> = (0..150)
        .map(|i| serde_json::json!({ "id": format!("r-{i}"), "pattern": "X[0-9]{4}", "keywords": ["x"] }))
        .collect();
    let (policy, issues) = Policy::from_json_lenient(&serde_json::json!({ "customRules": rules }).to_string());
    assert!(issues.iter().any(|i| i.path == "customRules"), "{issues:?}");
    // The rest of the policy still works: the built-in rules scan.
    let scanner = Scanner::new(&policy).unwrap();
    assert!(!scanner.scan("key AKIAZ7VRSQ5TBLN2MXQE").is_empty());
}

/// Scans `text` on a thread of its own and returns how long the scan took,
/// or `None` if it had not finished after `limit`. A scan that never ends
/// then fails the test instead of hanging it: the thread is left behind and
/// dies with the test process.
fn timed_scan(scanner: &Arc<Scanner>, text: &Arc<str>, limit: Duration) -> Option<Duration> {
    let (done, finished) = mpsc::channel();
    let (scanner, text) = (Arc::clone(scanner), Arc::clone(text));
    thread::spawn(move || {
        let start = Instant::now();
        std::hint::black_box(scanner.scan(&text));
        let _ = done.send(start.elapsed());
    });
    finished.recv_timeout(limit).ok()
}

/// A scanner with one custom rule.
fn scanner_with(id: &str, pattern: &str, keyword: &str) -> Arc<Scanner> {
    let json = serde_json::json!({ "customRules": [{ "id": id, "pattern": pattern, "keywords": [keyword] }] });
    let policy = Policy::from_json(&json.to_string()).expect("these patterns are small enough to accept");
    Arc::new(Scanner::new(&policy).unwrap())
}

#[test]
fn nested_quantifiers_run_in_linear_time() {
    // Each pattern takes exponential time in a backtracking engine on its
    // text ("aaaa…a" with no `b` or `c`, "====" with no `;`); here every
    // window is one pass of a lazy DFA.
    //
    // The bound. Each pattern's scan is compared with a control scan of the
    // same text by a rule with the same keyword and a plain pattern: the
    // keyword hits, the windows and their merging are the same, only the
    // pattern differs, so the ratio measures the pattern alone. A linear
    // engine measures 0.9x to 1.5x here (release build, load average 7 on 2
    // cores); a backtracking one never finishes, and a quadratic one (the
    // engine patched to try every start position) did not finish within
    // the bound on this 128 KiB window. No absolute time:
    // machines differ, and a debug build is many times slower than a release
    // one, but the ratio holds in both.
    //
    // Flakiness. On a loaded 2-core machine another process can slow one
    // scan two to four times. So the ratio allowed is 10, an order of
    // magnitude over what a linear engine needs and still far under any
    // super-linear one; the bound is never under FLOOR, so that a control
    // of a few milliseconds cannot make a scheduler pause look like a
    // blow-up; and a scan over the bound is tried again, up to RUNS times
    // with a fresh control before each, and only the best of each counts.
    const RATIO: u32 = 10;
    const FLOOR: Duration = Duration::from_secs(2);
    const RUNS: usize = 3;
    // Only a hang gets this far: the control is a plain pattern.
    const CONTROL_LIMIT: Duration = Duration::from_secs(300);
    let text: Arc<str> = ("a".repeat(1 << 17) + &"=".repeat(1 << 14)).into();
    for (id, pattern, keyword) in
        [("evil-nested", "(a+)+b", "aa"), ("evil-alternation", "(a|aa)+c", "aa"), ("evil-any", "(.*)*=(.*)*;", "==")]
    {
        let evil = scanner_with(id, pattern, keyword);
        let control = scanner_with("plain-ticket", "ACME-[0-9]{6}", keyword);
        let (mut best_control, mut best_evil) = (Duration::MAX, Duration::MAX);
        let bound = |control: Duration| (control * RATIO).max(FLOOR);
        for _ in 0..RUNS {
            let c = timed_scan(&control, &text, CONTROL_LIMIT);
            best_control = best_control.min(c.expect("the control scan (a plain pattern) finishes within 5 minutes"));
            let limit = bound(best_control);
            let Some(e) = timed_scan(&evil, &text, limit) else {
                panic!("{id} ({pattern}): the scan had not finished after {limit:?}, {RATIO}x the control's {best_control:?}")
            };
            best_evil = best_evil.min(e);
            if best_evil <= limit {
                break;
            }
        }
        assert!(
            best_evil <= bound(best_control),
            "{id} ({pattern}) took {best_evil:?}, over {RATIO}x the {best_control:?} of a plain pattern with the same keyword"
        );
        assert!(evil.scan(&text).iter().all(|f| f.rule_id != id), "{id} matched where it cannot");
    }
}

#[test]
fn a_custom_rule_with_a_bad_pattern_leaves_the_other_rules_working() {
    let json = r#"{"categories": {"secret": "block"}, "customRules": [
        {"id": "broken", "pattern": "(unclosed", "keywords": ["xx"]},
        {"id": "acme-ticket", "pattern": "ACME-[0-9]{6}", "keywords": ["ACME-"]}
    ]}"#;
    let (policy, issues) = Policy::from_json_lenient(json);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].path, "customRules[0].pattern");
    let scanner = Scanner::new(&policy).unwrap();
    let ids: Vec<_> =
        scanner.scan("ticket ACME-123456 key AKIAZ7VRSQ5TBLN2MXQE").into_iter().map(|f| f.rule_id).collect();
    assert!(ids.iter().any(|i| i == "acme-ticket"), "{ids:?}");
    assert!(ids.iter().any(|i| i == "aws-access-key-id"), "{ids:?}");
}
