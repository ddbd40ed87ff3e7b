//! "Not sensitive" in the panel: a value allowed by its salted hash is not
//! reported again on that site, and nothing else changes: the same value
//! elsewhere, other values on the site and other rules still report.

use promptwarden::settings::value_hash;
use promptwarden::{Policy, Scanner};

const SALT: &str = "3f9c2a61d0b84e7f";
const ALLOWED: &str = "jane.ortiz@fastmail.fm";
const OTHER: &str = "priya.raman@northwind-traders.co.uk";

fn scanner_allowing(rule: &str, value: &str, site: &str) -> Scanner {
    let hash = value_hash(SALT, rule, value);
    let json = format!(r#"{{"allowlist":[{{"sites":["{site}"],"salt":"{SALT}","hashes":["{hash}"]}}]}}"#);
    Scanner::new(&Policy::from_json(&json).unwrap()).unwrap()
}

fn emails(s: &Scanner, text: &str, page: &str) -> Vec<String> {
    s.scan_on_site(text, Some(page))
        .iter()
        .filter(|f| f.rule_id == "email")
        .map(|f| text[f.byte_start..f.byte_end].to_string())
        .collect()
}

#[test]
fn the_hash_is_salted_sha256_of_salt_rule_and_value() {
    // printf '3f9c2a61d0b84e7f\0email\0jane.ortiz@fastmail.fm' | sha256sum
    assert_eq!(value_hash(SALT, "email", ALLOWED), "0f0c7f0c0f862a137f6c05799e1062d0431688bd726f2a4f1b784e4fab6929bb");
    assert_ne!(value_hash(SALT, "email", ALLOWED), value_hash("another-salt-0001", "email", ALLOWED));
    assert_ne!(value_hash(SALT, "email", ALLOWED), value_hash(SALT, "phone-number", ALLOWED));
    // The value as the engine matches it: a zero-width space typed into it changes nothing.
    assert_eq!(value_hash(SALT, "email", "jane.ortiz@fast\u{200B}mail.fm"), value_hash(SALT, "email", ALLOWED));
}

#[test]
fn an_allowed_value_is_silenced_on_its_site_only() {
    let s = scanner_allowing("email", ALLOWED, "claude.ai");
    let text = format!("write to {ALLOWED} and cc {OTHER} please");
    assert_eq!(
        emails(&s, &text, "claude.ai/chat/1"),
        [OTHER],
        "the allowed value is silent on its site, the other still reports"
    );
    assert_eq!(emails(&s, &text, "chatgpt.com/"), [ALLOWED, OTHER], "the same value elsewhere still reports");
    assert_eq!(emails(&s, &text, "www.claude.ai/"), [ALLOWED, OTHER], "a subdomain is another site");
}

#[test]
fn a_hash_for_one_rule_does_not_silence_another() {
    let s = scanner_allowing("phone-number", ALLOWED, "claude.ai");
    let text = format!("write to {ALLOWED}");
    assert_eq!(emails(&s, &text, "claude.ai/"), [ALLOWED]);
}
