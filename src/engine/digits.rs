//! Anchors for keyword-less numeric data: clusters of digits.
//!
//! Card numbers, phone numbers and national ids have no keyword, but they
//! are made of digits, and prose has few. One pass skips eight bytes at a
//! time while none of them is a digit, then groups the digits it meets into
//! clusters joined by single separators (`4539 1488-0343`), so that each rule
//! runs only around clusters long enough to be its kind of number.

/// A run of digits, possibly broken by single separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub start: usize,
    pub end: usize,
    pub digits: usize,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `w` is an ASCII digit.
#[inline]
fn has_digit(w: u64) -> bool {
    // Digits are exactly the bytes whose XOR with 0x30 is below 10; the
    // classic "has byte less than n" test then flags them (it can also
    // flag a byte above a real one, which only costs a closer look).
    let x = w ^ (ONES * 0x30);
    (x.wrapping_sub(ONES * 10) & !x & HIGHS) != 0
}

fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+')
}

/// Calls `f` for every digit cluster in `hay` with at least `min_digits` digits.
pub fn for_each_cluster(hay: &[u8], min_digits: usize, mut f: impl FnMut(Cluster)) {
    let mut i = 0;
    let n = hay.len();
    while i < n {
        if i + 8 <= n && !has_digit(u64::from_le_bytes(hay[i..i + 8].try_into().unwrap())) {
            i += 8;
            continue;
        }
        if !hay[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = 0;
        let mut end = i;
        loop {
            while i < n && hay[i].is_ascii_digit() {
                i += 1;
                digits += 1;
            }
            end = end.max(i);
            // One or two separators (". ", " (") followed by a digit continue the cluster.
            let mut j = i;
            while j < n && j - i < 2 && is_separator(hay[j]) {
                j += 1;
            }
            if j > i && j < n && hay[j].is_ascii_digit() {
                i = j;
            } else {
                break;
            }
        }
        if digits >= min_digits {
            f(Cluster { start, end, digits });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters(s: &str, min: usize) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        for_each_cluster(s.as_bytes(), min, |c| out.push((s[c.start..c.end].to_string(), c.digits)));
        out
    }

    #[test]
    fn separated_digits_form_one_cluster() {
        assert_eq!(
            clusters("card 4539 1488-0343 6467 exp 12/27, call +44 (20) 7946 0958", 1),
            vec![
                ("4539 1488-0343 6467".to_string(), 16),
                ("12/27".to_string(), 4),
                ("44 (20) 7946 0958".to_string(), 12),
            ]
        );
    }

    #[test]
    fn short_clusters_are_skipped() {
        assert_eq!(clusters("I have 3 cats and 12 dogs", 3), vec![]);
        assert_eq!(clusters("0123456789abcdefghij 12345", 5).len(), 2);
    }

    #[test]
    fn digits_at_every_alignment_are_found() {
        for pad in 0..20 {
            let s = format!("{}123456{}", "x".repeat(pad), "y".repeat(pad));
            assert_eq!(clusters(&s, 6), vec![("123456".to_string(), 6)], "pad {pad}");
        }
    }
}
