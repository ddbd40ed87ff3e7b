//! Parsing arbitrary policy documents: never a panic, errors always name a
//! field, and whatever parses leniently builds a scanner that works.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwarden::{Policy, Scanner};

fuzz_target!(|data: &[u8]| {
    let json = String::from_utf8_lossy(data);
    let (policy, issues) = Policy::from_json_lenient(&json);
    for issue in &issues {
        assert!(!issue.path.is_empty() && !issue.message.is_empty());
    }
    let scanner = Scanner::new(&policy).expect("a leniently parsed policy builds");
    let _ = scanner.scan("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 jane@acme-corp.com ACME-123456 4539 9458 0730 2151");
});
