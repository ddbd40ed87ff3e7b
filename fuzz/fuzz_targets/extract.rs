//! Extracting arbitrary bytes under any of a few names: never a panic,
//! never more than the limits allow, and every segment's cells and positions
//! lie on character boundaries of its text. Seeds: tests/files/ (real
//! documents, archives, PDFs and key files), which `make test-fuzz` passes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwarden::extract::{extract, Limits, Origin};

/// Names matter only for key files without magic bytes.
const NAMES: [&str; 4] = ["notes.txt", "id_ed25519", "bundle.p12", "archive.zip"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    // Small limits, so that the fuzzer explores the limit paths too.
    let limits = Limits { max_expanded: 8 << 20, max_entries: 64, ..Limits::default() };
    let Ok(x) = extract(NAMES[pick as usize % NAMES.len()], bytes, &limits) else { return };
    for s in &x.segments {
        let mut last = 0;
        for c in &s.cells {
            assert!(c.offset >= last && c.offset <= s.text.len() && s.text.is_char_boundary(c.offset));
            last = c.offset;
            assert!(!c.reference().is_empty());
        }
        let locator = s.locator();
        let mut utf16 = 0;
        for (n, (i, c)) in s.text.char_indices().enumerate() {
            if n % 97 == 0 {
                let p = locator.position(i);
                assert!(p.line >= 1 && p.column >= 1);
                if !matches!(s.origin, Origin::Extracted) {
                    assert!(s.file_offset(i, utf16).is_some_and(|o| o <= bytes.len()));
                }
            }
            utf16 += c.len_utf16();
        }
    }
});
