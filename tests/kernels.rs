//! Every vector kernel of this machine gives exactly the findings of the
//! portable one: rule, byte and UTF-16 spans, masked preview, confidence.
//! The first pass, normalisation and UTF-16 offsets are the only code that
//! differs between kernels; their own tests compare masks and edits, and
//! these compare whole scans, on the labelled corpus, the bench's prose and
//! code and mixed texts, and random text built to put every kind of anchor,
//! disguise and multi-byte character across the 16-, 32- and 64-byte steps.

#[path = "bench/texts.rs"]
mod texts;

use promptwarden::simd::Kernel;
use promptwarden::{Finding, Policy, Scanner};
use proptest::prelude::*;
use std::sync::OnceLock;

/// One scanner per kernel, every rule on.
fn scanners() -> &'static [Scanner] {
    static S: OnceLock<Vec<Scanner>> = OnceLock::new();
    S.get_or_init(|| {
        let policy = Policy::from_json(r#"{"previewRules":true,"minSeverity":"low"}"#).unwrap();
        Kernel::available().into_iter().map(|k| Scanner::new(&policy).unwrap().with_kernel(k)).collect()
    })
}

/// The findings of every kernel, checked equal to the portable kernel's.
fn same_everywhere(text: &str, what: &str) -> Vec<Finding> {
    let (portable, vector) = scanners().split_first().expect("the portable kernel");
    assert_eq!(portable.kernel(), Kernel::portable());
    let expected = portable.scan(text);
    for scanner in vector {
        let got = scanner.scan(text);
        if got != expected {
            // Say where they part, by rule and span only: previews are
            // masked, but the first differing finding is enough to debug.
            let at = got.iter().zip(&expected).position(|(a, b)| a != b).unwrap_or(got.len().min(expected.len()));
            let show = |f: Option<&Finding>| f.map(|f| (f.rule_id.clone(), f.byte_start, f.byte_end));
            panic!(
                "{} and portable differ on {what}: {} vs {} findings; first difference #{at}: {:?} vs {:?}",
                scanner.kernel().name(),
                got.len(),
                expected.len(),
                show(got.get(at)),
                show(expected.get(at))
            );
        }
    }
    expected
}

#[test]
fn the_labelled_corpus_gives_the_same_findings_on_every_kernel() {
    let corpus = texts::corpus_text();
    for (i, prompt) in corpus.split("\n\n").enumerate() {
        same_everywhere(prompt, &format!("corpus paragraph {i}"));
    }
    let findings = same_everywhere(&corpus, "the whole corpus");
    assert!(findings.len() > 1000, "the corpus is dense: {} findings", findings.len());
}

#[test]
fn prose_code_and_mixed_text_give_the_same_findings_on_every_kernel() {
    let Some(prose) = texts::prose_and_code() else {
        panic!("the bench's prose and code are not in cargo's registry cache: run `cargo fetch`");
    };
    same_everywhere(&prose, "prose and code");
    // Over 1 MB: scanned in overlapping pieces.
    let mixed = texts::mixed_text().expect("prose and code are there");
    assert!(mixed.len() > 1 << 20);
    same_everywhere(&mixed, "mixed text");
}

/// Pieces that anchor rules, disguise them, or sit on a step's edge.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9_\\-+/=.:@ ]{1,24}",
        "[0-9 \\-().]{1,20}",
        "[ \t\r\n\x0b\x0c]{1,3}",
        Just("ghp_R2d8Kq7ZtY4mWcX1vLpN9sJ3hF6bE0aQ5uT".to_string()),
        Just("AKIAZ7VRSQ5TBLN2MXQE".to_string()),
        Just("sk-proj-".to_string()),
        Just("T3BlbkFJ".to_string()),
        Just("password: ".to_string()),
        Just("postgres://u:p4ssw0rd@db.example.org/x".to_string()),
        Just("jane.doe@example.com".to_string()),
        Just("4539 1488 0343 6467".to_string()),
        Just("+44 20 7946 0958".to_string()),
        Just("DE89 3704 0044 0532 0130 00".to_string()),
        Just("myDatadogKey".to_string()),
        Just("\\u0041KIA".to_string()),
        Just("https:\\/\\/".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{2013}".to_string()),
        Just("\u{E0041}".to_string()),
        Just("ＡＫＩＡ".to_string()),
        Just("日本語".to_string()),
        Just("пароль".to_string()),
        Just("😀".to_string()),
        Just("é".to_string()),
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// Random text, shifted by 0 to 70 bytes so that every piece lands on
    /// every offset of the vector steps.
    #[test]
    fn random_text_gives_the_same_findings_on_every_kernel(
        shift in 0usize..70,
        pieces in prop::collection::vec(piece(), 0..30),
    ) {
        let text = format!("{}{}", "x".repeat(shift), pieces.concat());
        same_everywhere(&text, "random text");
    }

    #[test]
    fn arbitrary_unicode_gives_the_same_findings_on_every_kernel(text in any::<String>()) {
        same_everywhere(&text, "arbitrary text");
    }
}
