//! Properties that hold for any input: no panic, spans on character
//! boundaries, UTF-8 and UTF-16 spans describing the same characters,
//! invisible characters never hiding a token.

use promptwarden::{Finding, Policy, Scanner};
use proptest::prelude::*;
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(&Policy::from_json(r#"{"previewRules":true,"minSeverity":"low"}"#).unwrap()).unwrap())
}

/// Every invariant a caller relies on.
fn check_spans(text: &str, findings: &[Finding]) {
    let mut last_end = 0;
    for f in findings {
        assert!(f.byte_start < f.byte_end, "empty span for {}", f.rule_id);
        assert!(f.byte_end <= text.len());
        assert!(
            text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end),
            "{} span splits a character",
            f.rule_id
        );
        assert!(f.byte_start >= last_end, "findings overlap or are out of order");
        last_end = f.byte_end;
        let utf16_start = text[..f.byte_start].encode_utf16().count();
        let utf16_len = text[f.byte_start..f.byte_end].encode_utf16().count();
        assert_eq!(f.start, utf16_start, "{}: UTF-16 start disagrees with UTF-8 start", f.rule_id);
        assert_eq!(f.end, utf16_start + utf16_len, "{}: UTF-16 end disagrees with UTF-8 end", f.rule_id);
        assert!((0.0..=1.0).contains(&f.confidence));
    }
}

/// Text that mixes ASCII token material, digits, separators, invisible and
/// full-width characters, emoji, CJK and combining marks.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[A-Za-z0-9_\\-+/=.:@ ]{1,40}",
        "[0-9 \\-]{1,24}",
        Just("ghp_".to_string()),
        Just("AKIA".to_string()),
        Just("sk-".to_string()),
        Just("@".to_string()),
        Just("password: ".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("\u{E0041}".to_string()),
        Just("ＡＫＩＡ".to_string()),
        Just("１２３".to_string()),
        Just("😀👩‍💻".to_string()),
        Just("日本語の文章".to_string()),
        Just("e\u{0301}".to_string()),
        Just("\n".to_string()),
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_scans_without_panic_and_with_exact_spans(text in messy_text()) {
        let findings = scanner().scan(&text);
        check_spans(&text, &findings);
        let redacted = scanner().redact(&text);
        prop_assert_eq!(redacted.replacements.len(), findings.len());
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check_spans(&text, &scanner().scan(&text));
    }

    #[test]
    fn invisible_characters_do_not_hide_a_token(cut in 1usize..19, which in 0usize..5) {
        let token = "AKIAZ7VRSQ5TBLN2MXQE";
        let invisible = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{00AD}", "\u{2060}"][which];
        let text = format!("key: {}{}{} end", &token[..cut], invisible, &token[cut..]);
        let findings = scanner().scan(&text);
        check_spans(&text, &findings);
        prop_assert_eq!(findings.len(), 1);
        prop_assert_eq!(&text[findings[0].byte_start..findings[0].byte_end], &format!("{}{}{}", &token[..cut], invisible, &token[cut..]));
    }
}

#[test]
fn full_width_tokens_are_found_and_spans_cover_the_original_characters() {
    let text = "鍵は ＡＫＩＡＺ７ＶＲＳＱ５ＴＢＬＮ２ＭＸＱＥ です";
    let findings = scanner().scan(text);
    check_spans(text, &findings);
    assert_eq!(findings.len(), 1);
    assert_eq!(&text[findings[0].byte_start..findings[0].byte_end], "ＡＫＩＡＺ７ＶＲＳＱ５ＴＢＬＮ２ＭＸＱＥ");
}

#[test]
fn huge_lines_and_pathological_inputs_finish() {
    let cases = [
        "A".repeat(1 << 20),
        "ghp_".repeat(200_000),
        "1 ".repeat(500_000),
        "@".repeat(1 << 20),
        "\u{200B}".repeat(300_000),
        format!("{}AKIAZ7VRSQ5TBLN2MXQE", "x ".repeat(400_000)),
    ];
    for text in &cases {
        let findings = scanner().scan(text);
        check_spans(text, &findings);
    }
    assert_eq!(scanner().scan(&cases[5]).len(), 1, "a token after 800 KB of text is still found");
}

#[test]
fn long_texts_scanned_in_pieces_give_the_same_findings_as_short_ones() {
    // Tokens at the seams of the 1 MiB pieces, after multi-byte text, so
    // that byte and UTF-16 offsets both have to be carried across pieces.
    let token = "AKIAZ7VRSQ5TBLN2MXQE";
    let filler = "é日本 word ".repeat(30_000); // ~420 KB, non-ASCII
    let mut text = String::new();
    let mut expected = Vec::new();
    for _ in 0..8 {
        text.push_str(&filler);
        expected.push(text.len());
        text.push_str(token);
        text.push(' ');
    }
    let findings = scanner().scan(&text);
    check_spans(&text, &findings);
    let starts: Vec<usize> = findings.iter().map(|f| f.byte_start).collect();
    assert_eq!(starts, expected);
    for f in &findings {
        assert_eq!(&text[f.byte_start..f.byte_end], token);
    }
}
