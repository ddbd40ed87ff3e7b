//! Anchors for keyword-less numeric data: clusters of digits.
//!
//! Card numbers, phone numbers and national ids have no keyword, but they
//! are made of digits, and prose has few. The first pass marks the digits;
//! their runs are grouped into clusters joined by single separators
//! (`4539 1488-0343`), so that each rule runs only around clusters long
//! enough to be its kind of number, and into the alphanumeric tokens that
//! hold them (`RSSMRA85T10A562S`).

use super::first_pass::Block;

/// A run of digits, possibly broken by single separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub start: usize,
    pub end: usize,
    pub digits: usize,
    /// Bit `n` is set when some run of consecutive groups (`4539`, `1488`…)
    /// holds exactly `n` digits (bit 63: 63 or more). A rule for 9-digit
    /// numbers runs only where bit 9 is set, so `2024-01-15` (groups 4, 2, 2:
    /// sums 2, 4, 6, 8) never wakes it, while `123-45-6789 987-65-4321` does.
    pub sums: u64,
}

/// Bits `min..=max` (capped at 63) for testing [`Cluster::sums`].
pub fn sum_mask(min: u8, max: u8) -> u64 {
    let (min, max) = (min.min(63) as u32, max.min(63) as u32);
    if min > max {
        return 0;
    }
    let upto = if max == 63 { u64::MAX } else { (1u64 << (max + 1)) - 1 };
    upto & !((1u64 << min) - 1)
}

/// Bit mask of all sums of consecutive entries of `groups`.
fn group_sums(groups: &[u8]) -> u64 {
    let mut mask = 0u64;
    for i in 0..groups.len() {
        let mut sum = 0usize;
        for &g in &groups[i..] {
            sum += g as usize;
            mask |= 1u64 << sum.min(63);
            if sum >= 63 {
                break;
            }
        }
    }
    mask
}

/// An alphanumeric token that contains digits (`RSSMRA85T10A562S`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub digits: usize,
}

/// Every cluster of `hay` with at least `min_digits` digits whose sums
/// meet `wanted_sums`; `marks` are the first pass's over `hay`.
pub fn clusters(hay: &[u8], marks: &[Block], min_digits: usize, wanted_sums: u64, mut on_cluster: impl FnMut(Cluster)) {
    let mut groups: Vec<u8> = Vec::new();
    let mut current: Option<Cluster> = None;
    let mut flush = |c: Cluster, groups: &mut Vec<u8>| {
        if c.digits >= min_digits {
            let sums = group_sums(groups);
            if sums & wanted_sums != 0 {
                on_cluster(Cluster { sums, ..c });
            }
        }
        groups.clear();
    };
    for_each_digit_run(hay.len(), marks, |start, end| {
        // One or two separators (". ", " (") between runs continue a cluster.
        let joins = current.is_some_and(|c| {
            let gap = &hay[c.end..start];
            !gap.is_empty() && gap.len() <= 2 && gap.iter().all(|&b| is_separator(b))
        });
        if !joins {
            if let Some(c) = current.take() {
                flush(c, &mut groups);
            }
        }
        let len = end - start;
        groups.push(len.min(63) as u8);
        current = Some(match current {
            Some(c) if joins => Cluster { end, digits: c.digits + len, ..c },
            _ => Cluster { start, end, digits: len, sums: 0 },
        });
    });
    if let Some(c) = current {
        flush(c, &mut groups);
    }
}

/// Every alphanumeric token of `hay` that holds a digit, once each. The
/// token's edges and digits come from the first pass's masks, a word at a
/// time, not from the bytes.
pub fn tokens(hay: &[u8], marks: &[Block], mut on_token: impl FnMut(Token)) {
    let mut emitted_to = 0;
    for_each_digit_run(hay.len(), marks, |start, end| {
        if start < emitted_to {
            return; // another run of a token already given
        }
        let (s, e) = (word_start(marks, start), word_end(marks, end, hay.len()));
        emitted_to = e;
        on_token(Token { start: s, end: e, digits: count_digits(marks, s, e) });
    });
}

/// The first byte of the run of letters and digits that reaches `at`.
fn word_start(marks: &[Block], at: usize) -> usize {
    let (mut b, j) = (at / 64, at % 64);
    // Bytes below `at` in its block that are not letters or digits.
    let mut other = !marks[b].word & ((1u64 << j) - 1);
    while other == 0 {
        if b == 0 {
            return 0;
        }
        b -= 1;
        other = !marks[b].word;
    }
    b * 64 + 64 - other.leading_zeros() as usize
}

/// The end of the run of letters and digits that holds `at - 1`.
fn word_end(marks: &[Block], at: usize, len: usize) -> usize {
    let (mut b, j) = (at / 64, at % 64);
    if b == marks.len() {
        return len;
    }
    let mut other = !marks[b].word & (u64::MAX << j);
    while other == 0 {
        b += 1;
        if b == marks.len() {
            return len;
        }
        other = !marks[b].word;
    }
    (b * 64 + other.trailing_zeros() as usize).min(len)
}

/// Digits in `start..end`.
fn count_digits(marks: &[Block], start: usize, end: usize) -> usize {
    let mut n = 0;
    let mut at = start;
    while at < end {
        let (b, j) = (at / 64, at % 64);
        let upto = (end - b * 64).min(64);
        let span = (u64::MAX >> (64 - (upto - j))) << j;
        n += (marks[b].digits & span).count_ones() as usize;
        at = b * 64 + upto;
    }
    n
}

/// Calls `f(start, end)` for every maximal run of digits in a text of
/// `len` bytes, from the first pass's digit masks.
fn for_each_digit_run(len: usize, marks: &[Block], mut f: impl FnMut(usize, usize)) {
    let mut open: Option<usize> = None;
    for (base, block) in (0..).step_by(64).zip(marks) {
        let digits = block.digits;
        let mut j = 0;
        while j < 64 {
            let rest = digits >> j;
            match open {
                Some(start) => {
                    let ones = rest.trailing_ones() as usize;
                    if j + ones >= 64 {
                        break; // the run goes on into the next block
                    }
                    f(start, base + j + ones);
                    open = None;
                    j += ones;
                }
                None => {
                    if rest == 0 {
                        break;
                    }
                    let zeros = rest.trailing_zeros() as usize;
                    open = Some(base + j + zeros);
                    j += zeros;
                }
            }
        }
    }
    if let Some(start) = open {
        f(start, len);
    }
}

fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::first_pass::{self, PairFilter};
    use crate::simd::Kernel;

    fn marks(hay: &[u8]) -> Vec<Block> {
        let mut out = Vec::new();
        first_pass::marks(Kernel::detect(), hay, &PairFilter::new([]), &mut out);
        out
    }

    fn for_each_cluster(hay: &[u8], min_digits: usize, f: impl FnMut(Cluster)) {
        super::clusters(hay, &marks(hay), min_digits, u64::MAX, f);
    }

    fn for_each_token(hay: &[u8], f: impl FnMut(Token)) {
        tokens(hay, &marks(hay), f);
    }

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
    fn group_sums_say_which_lengths_a_cluster_can_hold() {
        let mut sums = Vec::new();
        for_each_cluster(b"on 2024-01-15 ssn 123-45-6789 987-65-4321", 1, |c| sums.push(c.sums));
        assert_eq!(sums[0] & sum_mask(9, 9), 0, "a date holds no 9-digit number");
        assert_ne!(sums[1] & sum_mask(9, 9), 0, "two SSNs side by side each hold 9 digits");
        assert_eq!(sum_mask(2, 4), 0b11100);
        assert_eq!(sum_mask(60, 63).count_ones(), 4);
    }

    #[test]
    fn tokens_are_alphanumeric_runs_with_digits() {
        let s = b"cf RSSMRA85T10A562S and 42 and x";
        let mut out = Vec::new();
        for_each_token(s, |t| out.push((std::str::from_utf8(&s[t.start..t.end]).unwrap().to_string(), t.digits)));
        assert_eq!(out, vec![("RSSMRA85T10A562S".to_string(), 7), ("42".to_string(), 2)]);
    }

    /// Tokens across block edges and at both ends of the text, against the
    /// plain definition (maximal alphanumeric runs that hold a digit).
    #[test]
    fn tokens_match_the_definition_at_every_offset() {
        let pieces = ["a", "Z", "7", "09", " ", "-", "é", "x1y2", "\n"];
        let mut seed = 0x853C_49E6_748F_EA9B_u64;
        for len in [1usize, 63, 64, 65, 127, 128, 129, 200] {
            for _ in 0..200 {
                let mut text = String::new();
                while text.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                let hay = text.as_bytes();
                let mut expected = Vec::new();
                let mut i = 0;
                while i < hay.len() {
                    let e = i + hay[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                    let digits = hay[i..e].iter().filter(|b| b.is_ascii_digit()).count();
                    if digits > 0 {
                        expected.push((i, e, digits));
                    }
                    i = e.max(i + 1);
                }
                let mut got = Vec::new();
                for_each_token(hay, |t| got.push((t.start, t.end, t.digits)));
                assert_eq!(got, expected, "in {text:?}");
            }
        }
    }

    #[test]
    fn short_clusters_are_skipped() {
        assert_eq!(clusters("I have 3 cats and 12 dogs", 3), vec![]);
        assert_eq!(clusters("0123456789abcdefghij 12345", 5).len(), 2);
    }

    #[test]
    fn digits_at_every_alignment_are_found() {
        for pad in 0..140 {
            let s = format!("{}123456{}", "x".repeat(pad), "y".repeat(pad % 3));
            assert_eq!(clusters(&s, 6), vec![("123456".to_string(), 6)], "pad {pad}");
        }
        // Runs across block boundaries and up to the end of the text.
        for len in [63, 64, 65, 128, 200] {
            let s = "7".repeat(len);
            assert_eq!(clusters(&s, 1), vec![(s.clone(), len)]);
        }
    }
}
