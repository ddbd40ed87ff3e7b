//! The first pass: one look at every byte, 16 or 32 at a time, marking
//! the only places the window sources (`sources.rs`) then visit.
//!
//! For each 64 bytes of the text it keeps six masks, bit `j` for byte
//! `j` of the block: word starts, where a keyword may begin; positions
//! whose two bytes begin an anywhere keyword (`T3BlbkFJ` inside a token);
//! letters and digits, the bytes of tokens; ASCII digits, whose runs
//! anchor card and phone numbers and national ids; `@` signs, the anchor
//! of e-mail addresses; and whitespace, where windows end. Everything after
//! this pass is scalar, but it runs only at marked positions: on prose
//! and code about one byte in six.
//!
//! [`Pass::portable`] is the definition; the vector version ([`Pass::vector`])
//! must give the same masks (tests hold it to that on every kernel this
//! machine has). Its only approximation is inside: a nibble filter
//! proposes anywhere pairs 16 or 32 positions at a time (as the Teddy
//! searcher of Hyperscan and Rust's aho-corasick do for literals), and
//! the exact pair table confirms each proposal.

use crate::simd::{self, Bytes, Kernel, Pass};

/// The marks of 64 bytes of text: bit `j` is byte `j` of the block.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// Word starts: a letter or digit after anything else, or a capital
    /// after a small letter (`myDatadogKey`). Only ASCII letters and
    /// digits count as word bytes.
    pub starts: u64,
    /// Positions whose byte and the next are the first two bytes of an
    /// anywhere keyword, as [`PairFilter`] lists them (never the last).
    pub anywhere: u64,
    /// ASCII letters and digits.
    pub word: u64,
    /// ASCII digits.
    pub digits: u64,
    /// `@` signs.
    pub at: u64,
    /// ASCII whitespace (`u8::is_ascii_whitespace`), where windows widen to.
    pub space: u64,
}

/// The two-byte heads of the keywords matched anywhere, as the first pass
/// tests them.
pub struct PairFilter {
    /// 1 where the two bytes `first << 8 | second` (both cases of letters)
    /// begin an anywhere keyword. 64 KiB, but text meets few pairs, so few
    /// of its cache lines are hot; a bitset of folded pairs (8 KiB) made a
    /// scan 10 % slower for the folding and bit arithmetic at every byte.
    exact: Box<[u8]>,
    /// Nibble tables of up to eight buckets of pairs: a position may hold a
    /// pair of bucket `k` when bit `k` is set in all four entries for its
    /// first and second byte's low and high nibbles.
    nibbles: [[u8; 16]; 4],
}

impl PairFilter {
    /// A filter for `pairs` (raw bytes; callers add the case variants).
    pub fn new(pairs: impl IntoIterator<Item = (u8, u8)>) -> PairFilter {
        let mut exact = vec![0u8; 1 << 16].into_boxed_slice();
        // One unit per pair up to the case of letters, so a bucket's nibble
        // sets stay small: `pa`, `Pa`, `pA`, `PA` share two nibbles each.
        // The units in folded order, kept sorted by insertion: a map or a
        // sort of their own would cost the WebAssembly module kilobytes for
        // some fifty units built once.
        type Pair = (u8, u8);
        let mut units: Vec<(Pair, Vec<Pair>)> = Vec::new();
        for (a, b) in pairs {
            exact[(a as usize) << 8 | b as usize] = 1;
            let folded = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
            match units.binary_search_by_key(&folded, |u| u.0) {
                Ok(i) => units[i].1.push((a, b)),
                Err(i) => units.insert(i, (folded, vec![(a, b)])),
            }
        }
        let units = units.into_iter().map(|(_, members)| members).collect();
        PairFilter { exact, nibbles: buckets(units) }
    }

    /// Whether `first` then `second` begins an anywhere keyword.
    #[inline]
    pub fn contains(&self, first: u8, second: u8) -> bool {
        self.exact[(first as usize) << 8 | second as usize] != 0
    }
}

/// How often a byte turns up in chat text, per mille (rounded up; counted
/// on the bench's mixed text): the cost of a bucket is how often its
/// nibble sets let a position through that holds none of its pairs.
const fn weight(b: u8) -> u32 {
    match b {
        b' ' => 200,
        b'e' => 60,
        b't' => 44,
        b'a' | b's' => 40,
        b'r' => 37,
        b'i' => 33,
        b'n' => 31,
        b'\n' => 28,
        b'o' => 26,
        b'l' => 23,
        b'c' => 19,
        b'/' | b':' | b'p' | b'(' | b')' => 16,
        b'd' | b'u' | b'h' | b'.' => 14,
        b'f' | b',' | b'm' => 12,
        b'b' | b'_' | b'"' | b'g' => 8,
        b'y' | b'\'' | b'w' | b'-' | b'x' => 5,
        b'0'..=b'9' | b'`' | b'k' | b'v' | b'{' | b'}' | b';' | b'=' => 4,
        b'A'..=b'Z' | b'q' | b'[' | b']' => 3,
        _ => 1,
    }
}

static WEIGHT: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = weight(b as u8) as u8;
        b += 1;
    }
    t
};

/// The nibble sets of some bytes, as 16-bit masks: (low nibbles, high
/// nibbles). A byte is let through when both of its nibbles are in.
#[derive(Clone, Copy, Default)]
struct NibbleSet(u16, u16);

impl NibbleSet {
    fn with(self, b: u8) -> NibbleSet {
        NibbleSet(self.0 | 1 << (b & 15), self.1 | 1 << (b >> 4))
    }

    fn union(self, other: NibbleSet) -> NibbleSet {
        NibbleSet(self.0 | other.0, self.1 | other.1)
    }

    /// Summed [`weight`] of the bytes let through.
    fn let_through(self) -> u32 {
        let mut w = 0;
        let mut highs = self.1;
        while highs != 0 {
            let hi = highs.trailing_zeros() as usize;
            highs &= highs - 1;
            let mut lows = self.0;
            while lows != 0 {
                w += u32::from(WEIGHT[hi << 4 | lows.trailing_zeros() as usize]);
                lows &= lows - 1;
            }
        }
        w
    }
}

/// The first and second bytes a bucket lets through.
#[derive(Clone, Copy, Default)]
struct Bucket(NibbleSet, NibbleSet);

impl Bucket {
    fn union(self, other: Bucket) -> Bucket {
        Bucket(self.0.union(other.0), self.1.union(other.1))
    }

    /// How often a position passes the bucket: its first bytes' weight
    /// times its second bytes'.
    fn cost(self) -> u64 {
        u64::from(self.0.let_through()) * u64::from(self.1.let_through())
    }
}

/// Puts each unit of pairs in the one of eight buckets where it lets the
/// least extra text through, the costliest units first, and returns the
/// nibble tables. On the catalog's 51 units this proposes 18,000 false
/// pairs per MB of the bench's prose and code (against 47,000 with even
/// weights for letters and spaces); moving units between buckets
/// afterwards while the summed cost fell took ten times as long to build
/// and proposed 19,000.
fn buckets(units: Vec<Vec<(u8, u8)>>) -> [[u8; 16]; 4] {
    let units: Vec<(Bucket, Vec<(u8, u8)>)> = units
        .into_iter()
        .map(|members| {
            let b = members.iter().fold(Bucket::default(), |b, &(x, y)| Bucket(b.0.with(x), b.1.with(y)));
            (b, members)
        })
        .collect();
    // Costliest first, ties in folded order (each unit goes after those
    // that cost as much; no sort instantiated for fifty units, as above).
    let mut order: Vec<usize> = Vec::with_capacity(units.len());
    for (i, (b, _)) in units.iter().enumerate() {
        let cost = b.cost();
        let at = order.partition_point(|&j| units[j].0.cost() >= cost);
        order.insert(at, i);
    }
    let units: Vec<&(Bucket, Vec<(u8, u8)>)> = order.iter().map(|&i| &units[i]).collect();
    let mut bucket_of = Vec::with_capacity(units.len());
    let mut sets = [Bucket::default(); 8];
    for &(unit, _) in &units {
        let extra = |k: usize| sets[k].union(*unit).cost() - sets[k].cost();
        let k = (0..8).min_by_key(|&k| extra(k)).expect("eight buckets");
        bucket_of.push(k);
        sets[k] = sets[k].union(*unit);
    }
    let mut tables = [[0u8; 16]; 4];
    for (&(_, members), &k) in units.iter().zip(&bucket_of) {
        for &(a, b) in members {
            tables[0][(a & 15) as usize] |= 1 << k;
            tables[1][(a >> 4) as usize] |= 1 << k;
            tables[2][(b & 15) as usize] |= 1 << k;
            tables[3][(b >> 4) as usize] |= 1 << k;
        }
    }
    tables
}

/// Marks every position of `hay` (one [`Block`] per 64 bytes).
pub fn marks(kernel: Kernel, hay: &[u8], pairs: &PairFilter, out: &mut Vec<Block>) {
    out.clear();
    out.reserve(hay.len().div_ceil(64));
    simd::run(kernel, FirstPass { hay, pairs, out });
}

struct FirstPass<'a> {
    hay: &'a [u8],
    pairs: &'a PairFilter,
    out: &'a mut Vec<Block>,
}

/// Byte classes of the definition.
const OTHER: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;

fn class(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => LOWER,
        b'A'..=b'Z' => UPPER,
        b'0'..=b'9' => DIGIT,
        _ => OTHER,
    }
}

impl Pass for FirstPass<'_> {
    type Output = ();

    fn portable(self) {
        let hay = self.hay;
        let mut prev = OTHER;
        for (base, chunk) in (0..).step_by(64).zip(hay.chunks(64)) {
            let mut block = Block::default();
            for (j, &b) in chunk.iter().enumerate() {
                let c = class(b);
                let start = (prev == OTHER && c != OTHER) || (prev == LOWER && c == UPPER);
                block.starts |= u64::from(start) << j;
                prev = c;
                let i = base + j;
                let pair = i + 1 < hay.len() && self.pairs.contains(b, hay[i + 1]);
                block.anywhere |= u64::from(pair) << j;
                block.word |= u64::from(c != OTHER) << j;
                block.digits |= u64::from(c == DIGIT) << j;
                block.at |= u64::from(b == b'@') << j;
                block.space |= u64::from(b.is_ascii_whitespace()) << j;
            }
            self.out.push(block);
        }
    }

    #[inline(always)]
    fn vector<V: Bytes>(self) {
        let hay = self.hay;
        let tables = self.pairs.nibbles.map(|t| V::table(&t));
        let mut carry = Carry::default();
        // Whole blocks while the byte after the block (the second byte of
        // the last pair) is in the text too. `extend` from a range grows
        // the vector once: with a `push` (its call to grow the vector)
        // inside the loop, LLVM kept the comparison vectors alive across it
        // and rebuilt the masks from single bytes (60 `vpextrb` a block),
        // which made the pass half again as long.
        let whole = hay.len().saturating_sub(1) / 64;
        self.out.extend((0..whole).map(|k| carry.block(classify::<V>(&hay[k * 64..], &tables))));
        let base = whole * 64;
        if base < hay.len() {
            let rest = &hay[base..];
            let mut padded = [0u8; 96];
            padded[..rest.len()].copy_from_slice(rest);
            let mut block = carry.block(classify::<V>(&padded, &tables));
            let valid = u64::MAX >> (64 - rest.len());
            block.starts &= valid;
            block.word &= valid;
            block.digits &= valid;
            block.at &= valid;
            block.space &= valid;
            // No pair at the last byte: nothing follows it.
            block.anywhere &= valid >> 1;
            self.out.push(block);
        }
        // The exact table confirms the filter's proposals, in a walk of its
        // own for the same reason.
        for (base, block) in (0..).step_by(64).zip(self.out.iter_mut()) {
            block.anywhere = refine(block.anywhere, hay, base, self.pairs);
        }
    }
}

/// What one block's vector pass found, before word starts are derived.
struct Raw {
    word: u64,
    digits: u64,
    lower: u64,
    upper: u64,
    at: u64,
    space: u64,
    /// Pair proposals of the nibble filter.
    pairs: u64,
}

/// The previous block's last byte, for word starts across blocks.
#[derive(Default)]
struct Carry {
    word: u64,
    lower: u64,
}

impl Carry {
    /// Word starts of a block from its classes and the block before it.
    #[inline(always)]
    fn block(&mut self, raw: Raw) -> Block {
        let starts = (raw.word & !(raw.word << 1 | self.word)) | (raw.upper & (raw.lower << 1 | self.lower));
        self.word = raw.word >> 63;
        self.lower = raw.lower >> 63;
        Block { starts, anywhere: raw.pairs, word: raw.word, digits: raw.digits, at: raw.at, space: raw.space }
    }
}

/// The nibble filter's proposals `proposed` in the block at `base` that
/// the exact table confirms.
#[inline(always)]
fn refine(proposed: u64, hay: &[u8], base: usize, pairs: &PairFilter) -> u64 {
    let mut kept = proposed;
    let mut rest = proposed;
    while rest != 0 {
        let j = rest.trailing_zeros() as usize;
        rest &= rest - 1;
        // Without a branch: three proposals in four are false on prose.
        let false_alarm = !pairs.contains(hay[base + j], hay[base + j + 1]);
        kept &= !(u64::from(false_alarm) << j);
    }
    kept
}

/// ASCII whitespace by nibbles: bit 0 of `SPACE_LOW[l]` for `\t \n \x0C \r`
/// (high nibble 0), bit 1 for the space (high nibble 2).
const SPACE_LOW: [u8; 16] = [2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0];
const SPACE_HIGH: [u8; 16] = [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/// The first position in `lo..hi` whose bit `field` sets, if any.
pub fn first_in(marks: &[Block], lo: usize, hi: usize, field: impl Fn(&Block) -> u64) -> Option<usize> {
    let mut at = lo;
    while at < hi {
        let (b, j) = (at / 64, at % 64);
        let upto = (hi - b * 64).min(64);
        let bits = field(&marks[b]) & (u64::MAX >> (64 - upto)) & (u64::MAX << j);
        if bits != 0 {
            return Some(b * 64 + bits.trailing_zeros() as usize);
        }
        at = b * 64 + upto;
    }
    None
}

/// The last position in `lo..hi` whose bit `field` sets, if any.
pub fn last_in(marks: &[Block], lo: usize, hi: usize, field: impl Fn(&Block) -> u64) -> Option<usize> {
    let mut end = hi;
    while end > lo {
        let b = (end - 1) / 64;
        let from = lo.max(b * 64) - b * 64;
        let bits = field(&marks[b]) & (u64::MAX >> (64 - (end - b * 64))) & (u64::MAX << from);
        if bits != 0 {
            return Some(b * 64 + 63 - bits.leading_zeros() as usize);
        }
        end = b * 64;
    }
    None
}

/// Classes of the 64 bytes at the start of `block`, which holds at least
/// 65 (the last pair's second byte).
#[inline(always)]
fn classify<V: Bytes>(block: &[u8], nibbles: &[V; 4]) -> Raw {
    let (zero, low) = (V::splat(0), V::splat(0x0F));
    let all = u32::MAX >> (32 - V::LANES);
    let mut raw = Raw { word: 0, digits: 0, lower: 0, upper: 0, at: 0, space: 0, pairs: 0 };
    let (space_low, space_high) = (V::table(&SPACE_LOW), V::table(&SPACE_HIGH));
    let mut k = 0;
    while k < 64 {
        let v = V::load(&block[k..]);
        let next = V::load(&block[k + 1..]);
        // Each mask straight from its own vector: combining masks after
        // `mask` let LLVM rebuild them from single bytes (vpextrb) with AVX2.
        let digits = v.sub(V::splat(b'0')).le(V::splat(9));
        let alpha = v.or(V::splat(0x20)).sub(V::splat(b'a')).le(V::splat(b'z' - b'a'));
        let small = v.and(V::splat(0x20)).eq(V::splat(0x20));
        let (v_low, v_high) = (v.and(low), v.high_nibbles());
        let space = V::lookup(space_low, v_low).and(V::lookup(space_high, v_high));
        let buckets = V::lookup(nibbles[0], v_low)
            .and(V::lookup(nibbles[1], v_high))
            .and(V::lookup(nibbles[2], next.and(low)))
            .and(V::lookup(nibbles[3], next.high_nibbles()));
        raw.word |= (alpha.or(digits).mask() as u64) << k;
        raw.digits |= (digits.mask() as u64) << k;
        raw.lower |= (alpha.and(small).mask() as u64) << k;
        raw.upper |= (alpha.and(small.eq(zero)).mask() as u64) << k;
        raw.at |= (v.eq(V::splat(b'@')).mask() as u64) << k;
        raw.space |= ((space.eq(zero).mask() ^ all) as u64) << k;
        raw.pairs |= ((buckets.eq(zero).mask() ^ all) as u64) << k;
        k += V::LANES;
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> PairFilter {
        let mut pairs = Vec::new();
        for w in ["t3", "q~", "://", "-----", " u", " n", "(u", "pa", "pw", "_a", "\"a", "şi", "пa", "ＡＭ"] {
            let b = w.as_bytes();
            for a in [b[0], b[0].to_ascii_uppercase()] {
                for c in [b[1], b[1].to_ascii_uppercase()] {
                    pairs.push((a, c));
                }
            }
        }
        PairFilter::new(pairs)
    }

    fn marks_with(kernel: Kernel, hay: &[u8], pairs: &PairFilter) -> Vec<Block> {
        let mut out = Vec::new();
        marks(kernel, hay, pairs, &mut out);
        out
    }

    #[test]
    fn the_definition_marks_word_starts_digits_at_signs_and_pairs() {
        let hay = b"my_datadogKey=4539 x@y.z sk-T3Bl PA";
        let b = marks_with(Kernel::portable(), hay, &filter())[0];
        let at = |m: u64| (0..hay.len()).filter(|&j| m >> j & 1 == 1).collect::<Vec<_>>();
        assert_eq!(at(b.starts), [0, 3, 10, 14, 19, 21, 23, 25, 28, 33]);
        assert_eq!(at(b.digits), [14, 15, 16, 17, 29]);
        assert_eq!(at(b.at), [20]);
        assert_eq!(at(b.anywhere), [28, 33]);
    }

    /// Every kernel of this machine against the definition, on text built
    /// to put each class, each pair and each near miss of a pair at every
    /// offset of the 16-, 32- and 64-byte steps, and at the text's end.
    #[test]
    fn every_kernel_gives_the_definitions_masks() {
        let pairs = filter();
        let pieces: &[&[u8]] = &[
            b"t3",
            b"T3",
            b"t4",
            b"q~",
            b"Q~",
            b"://",
            b"-----",
            b" u",
            b" n",
            b" e",
            b"(U",
            b"pa",
            b"PW",
            b"pz",
            b"_a",
            b"\"A",
            "şi".as_bytes(),
            "пa".as_bytes(),
            "ＡＭ".as_bytes(),
            b"x",
            b"X",
            b"7",
            b"@",
            b" ",
            b"_",
            b"\n",
            b"aB",
            b"`",
            b"[",
            b"{",
            b"/",
            b":",
            b"\xff",
            b"\t",
            b"\r",
            b"\x0b",
            b"\x0c",
            b")",
            b"\x80",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        for len in [0usize, 1, 2, 15, 16, 17, 31, 32, 33, 63, 64, 65, 66, 127, 128, 129, 130, 500] {
            for _ in 0..300 {
                let mut hay = Vec::new();
                while hay.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    hay.extend_from_slice(pieces[(seed % pieces.len() as u64) as usize]);
                }
                hay.truncate(len);
                let expected = marks_with(Kernel::portable(), &hay, &pairs);
                for kernel in Kernel::available() {
                    assert_eq!(marks_with(kernel, &hay, &pairs), expected, "{} on {hay:?}", kernel.name());
                }
            }
        }
    }

    #[test]
    fn first_and_last_set_positions_in_a_range() {
        let hay: Vec<u8> = (0..300u32).map(|i| if i % 7 == 0 || i % 64 == 63 { b' ' } else { b'x' }).collect();
        let marks = marks_with(Kernel::detect(), &hay, &filter());
        for lo in 0..hay.len() {
            for hi in lo..=hay.len().min(lo + 140) {
                let mut spaces = (lo..hi).filter(|&i| hay[i] == b' ');
                assert_eq!(first_in(&marks, lo, hi, |b| b.space), spaces.clone().next(), "{lo}..{hi}");
                assert_eq!(last_in(&marks, lo, hi, |b| b.space), spaces.next_back(), "{lo}..{hi}");
            }
        }
    }

    #[test]
    fn the_nibble_filter_proposes_every_pair_it_was_built_from() {
        let pairs: Vec<(u8, u8)> = (0..200u32).map(|i| ((i * 37 % 251) as u8, (i * 101 % 241) as u8)).collect();
        let filter = PairFilter::new(pairs.iter().copied());
        for &(a, b) in &pairs {
            let k = |t: usize, x: u8| filter.nibbles[t][x as usize];
            assert_ne!(k(0, a & 15) & k(1, a >> 4) & k(2, b & 15) & k(3, b >> 4), 0, "{a} {b}");
        }
    }
}
