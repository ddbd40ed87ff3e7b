//! A policy is input too: an admin's typo or a hostile policy file must not
//! hang a browser tab or exhaust its memory. Patterns run on a linear-time
//! engine with a compiled-size cap, so each case here either is refused
//! with the field path and the reason, or runs in time linear in the text.

use promptwarden::{Policy, Scanner};

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

#[test]
fn nested_quantifiers_run_in_linear_time() {
    // `(a+)+b` takes exponential time in a backtracking engine on "aaaa…a";
    // here it is one pass per window. A hang would time the test out.
    let json = r#"{"customRules": [
        {"id": "evil-nested", "pattern": "(a+)+b", "keywords": ["aa"]},
        {"id": "evil-alternation", "pattern": "(a|aa)+c", "keywords": ["aa"]},
        {"id": "evil-any", "pattern": "(.*)*=(.*)*;", "keywords": ["=="]}
    ]}"#;
    let policy = Policy::from_json(json).expect("these patterns are small enough to accept");
    let scanner = Scanner::new(&policy).unwrap();
    let text = "a".repeat(1 << 20) + &"=".repeat(1 << 16);
    let findings = scanner.scan(&text);
    assert!(findings.iter().all(|f| f.rule_id != "evil-nested" && f.rule_id != "evil-alternation"));
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
