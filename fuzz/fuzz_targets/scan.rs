//! Scanning arbitrary input under arbitrary small policies: no panic, and
//! every finding's spans lie on character boundaries and agree between
//! UTF-8 and UTF-16.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwarden::{Policy, Scanner};
use std::sync::OnceLock;

/// A few policies the first input byte chooses from: everything on, a
/// custom rule, an allowlist, only PII.
fn scanners() -> &'static [Scanner] {
    static S: OnceLock<Vec<Scanner>> = OnceLock::new();
    S.get_or_init(|| {
        [
            r#"{"previewRules": true, "minSeverity": "low"}"#,
            r#"{"customRules": [{"id": "fz-code", "pattern": "FZ-[0-9]{4}[a-z]?", "keywords": ["fz-"]}, {"id": "fz-any", "pattern": "x{3}y"}]}"#,
            r#"{"allowlist": [{"values": ["AKIAZ7VRSQ5TBLN2MXQE"], "patterns": ["ghp_.*"]}], "categories": {"pii": "block"}}"#,
            r#"{"categories": {"secret": "off"}, "minSeverity": "low"}"#,
        ]
        .iter()
        .map(|p| Scanner::new(&Policy::from_json(p).unwrap()).unwrap())
        .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let scanner = &scanners()[pick as usize % scanners().len()];
    let findings = scanner.scan(&text);
    let mut last = 0;
    for f in &findings {
        assert!(f.byte_start < f.byte_end && f.byte_end <= text.len());
        assert!(text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end));
        assert!(f.byte_start >= last, "overlapping or unordered findings");
        last = f.byte_end;
        assert_eq!(f.start, text[..f.byte_start].encode_utf16().count());
        assert_eq!(f.end, text[..f.byte_end].encode_utf16().count());
    }
    let redacted = scanner.redact(&text);
    assert_eq!(redacted.replacements.len(), findings.len());
});
