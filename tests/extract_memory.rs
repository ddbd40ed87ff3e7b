//! Hostile files cost bounded memory: a counting allocator measures the
//! peak heap of each extraction above what was live before it. One test in
//! its own binary, so no other test's allocations are counted.

use promptwarden::extract::{extract, Limits, Reason};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Runs `f` and returns its result and the peak heap it added, in MiB.
fn peak_mib<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, (PEAK.load(Relaxed) - base) as f64 / (1 << 20) as f64)
}

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn reason(r: &promptwarden::extract::Outcome) -> Option<Reason> {
    r.as_ref().err().map(|(_, why)| why.reason)
}

#[test]
fn hostile_files_stop_at_their_limits_with_bounded_memory() {
    let limits = Limits::default();

    // 200 MB of zeros in 200 KB: refused by its ratio, nothing inflated.
    let bomb = file("bomb.zip");
    let (r, mib) = peak_mib(|| extract("bomb.zip", &bomb, &limits));
    assert_eq!(reason(&r), Some(Reason::TooLarge));
    assert!(mib < 1.0, "bomb.zip took {mib:.1} MiB");

    // The same bomb with a central directory that claims 1 MiB: inflating
    // stops at the claimed size.
    let mut liar = bomb.clone();
    let dir = memchr::memmem::rfind(&liar, b"PK\x01\x02").unwrap();
    liar[dir + 24..dir + 28].copy_from_slice(&(1u32 << 20).to_le_bytes());
    let (r, mib) = peak_mib(|| extract("liar.zip", &liar, &limits));
    assert_eq!(reason(&r), Some(Reason::Corrupt));
    assert!(mib < 4.0, "liar.zip took {mib:.1} MiB");

    // 200 MB of text: refused by size before it is decoded.
    let huge = vec![b'a'; 200 << 20];
    let (r, mib) = peak_mib(|| extract("huge.log", &huge, &limits));
    assert_eq!(reason(&r), Some(Reason::TooLarge));
    assert!(mib < 1.0, "a 200 MB file took {mib:.1} MiB");
    drop(huge);

    // A PDF whose content stream inflates to 64 MiB, read with an 8 MiB
    // expansion budget: it stops near the budget.
    let zeros = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 64 << 20], 1);
    let mut pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
        3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
        .to_vec();
    pdf.extend_from_slice(format!("4 0 obj << /Length {} /Filter /FlateDecode >> stream\n", zeros.len()).as_bytes());
    pdf.extend_from_slice(&zeros);
    pdf.extend_from_slice(b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    let tight = Limits { max_expanded: 8 << 20, ..Limits::default() };
    let (r, mib) = peak_mib(|| extract("stream-bomb.pdf", &pdf, &tight));
    assert_eq!(reason(&r), Some(Reason::TooLarge));
    assert!(mib < 24.0, "the PDF stream bomb took {mib:.1} MiB");
}
