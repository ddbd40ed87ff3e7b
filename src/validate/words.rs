//! Finding any of a few dozen words in a short stretch of text.
//!
//! Context words and key-name lists are looked up in windows of a few
//! hundred bytes. A bit filter on the first three bytes and a table of the
//! words by those bytes do that in one walk with no automaton to build,
//! and keep the Aho-Corasick crate, about 80 KB of code, out of the wasm
//! module. Phone numbers look up about a hundred context words, on dense
//! text for a quarter of its bytes: 9.0 ns a byte with a two-byte filter
//! and buckets by first byte, 3.5 ns with this one.

/// Words matched ASCII case-insensitively anywhere in a text.
#[derive(Clone, Debug)]
pub struct WordSet {
    /// Lowercased words.
    words: Vec<Box<[u8]>>,
    /// Whether some word starts with these three folded bytes (hashed to
    /// 12 bits): most bytes of a window are rejected by this one bit test.
    /// Two bytes let one in ten through (`te`, `co`, `ca` start phone
    /// words), one byte most letters.
    heads: [u64; 64],
    /// Set bits in `heads` before each of its words, so that a set bit's
    /// rank numbers its bucket.
    ranks: [u16; 64],
    /// Bucket `r` (the `r`-th set bit of `heads`) is `ids[starts[r]..starts[r + 1]]`:
    /// only the words with that head are compared. Grouping by first byte
    /// alone left a dozen words to compare wherever a phone number's
    /// context (`call me`, `cell`, `contact no`…) shared a letter.
    starts: Vec<u32>,
    ids: Vec<u16>,
    /// Each word's first four bytes folded as [`folded_four`] folds the
    /// text, and the mask of the bytes it has: most words of a bucket are
    /// told apart by one compare.
    prefixes: Vec<(u32, u32)>,
}

/// Bytes `i..i + 4` of `hay` with bit 5 set (ASCII letters lowercased,
/// other bytes changed alike in words and text), first byte highest;
/// zero past the end. The context-word walk and the keyword walk both
/// compare words by this, against [`folded_prefix`].
#[inline]
pub(crate) fn folded_four(hay: &[u8], i: usize) -> u32 {
    match hay.get(i..i + 4) {
        Some(b) => u32::from_be_bytes([b[0], b[1], b[2], b[3]]) | 0x2020_2020,
        None => hay[i..].iter().enumerate().fold(0, |acc, (k, &b)| acc | ((b | 0x20) as u32) << (24 - 8 * k)),
    }
}

/// The first four bytes of `word` (not empty) folded as [`folded_four`]
/// folds text, and the mask of the bytes it has: where `four & mask ==
/// prefix`, the word may start.
pub(crate) fn folded_prefix(word: &[u8]) -> (u32, u32) {
    // A shift by 32 (an empty word) would overflow.
    let pad = 8 * (4 - word.len().clamp(1, 4)) as u32;
    let folded = word.iter().take(4).fold(0u32, |acc, &c| acc << 8 | (c | 0x20) as u32);
    (folded << pad, u32::MAX << pad)
}

/// Head-filter keys: 12 bits.
const HEAD_KEYS: usize = 1 << 12;

/// The head-filter key of a word or text position: its first three bytes
/// as [`folded_four`] gives them (the top 24 bits), hashed to 12 bits.
#[inline]
fn head_key(four: u32) -> usize {
    ((four >> 8).wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl WordSet {
    /// A set of `words` (empty words are ignored).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let words: Vec<Box<[u8]>> = words
            .into_iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase().into_bytes().into_boxed_slice())
            .collect();
        // Bucket the words by head key with a counting pass (no sort: a
        // sort of this type cost 3 KB gzipped in the wasm module), keeping
        // each bucket's words in the order given.
        let mut keys: Vec<Vec<usize>> = Vec::with_capacity(words.len());
        let mut counts = vec![0u32; HEAD_KEYS + 1];
        for w in &words {
            // A word shorter than three bytes passes whatever follows it
            // (0: the text's end).
            let head =
                w.iter().take(3).fold(0u32, |acc, &c| acc << 8 | (c | 0x20) as u32) << (8 * (4 - w.len().min(3)));
            let free = 8 * (3 - w.len().min(3)) as u32;
            let mut seen = [0u64; HEAD_KEYS / 64];
            let mut mine = Vec::new();
            for rest in 0..1u32 << free {
                let key = head_key(head | rest << 8);
                if seen[key >> 6] & (1 << (key & 63)) == 0 {
                    seen[key >> 6] |= 1 << (key & 63);
                    counts[key + 1] += 1;
                    mine.push(key);
                }
            }
            keys.push(mine);
        }
        let mut heads = [0u64; 64];
        let mut starts = Vec::new();
        let mut next = vec![0u32; HEAD_KEYS];
        let mut total = 0;
        for key in 0..HEAD_KEYS {
            if counts[key + 1] > 0 {
                heads[key >> 6] |= 1 << (key & 63);
                starts.push(total);
                next[key] = total;
                total += counts[key + 1];
            }
        }
        starts.push(total);
        let mut ids = vec![0u16; total as usize];
        for (id, mine) in keys.iter().enumerate() {
            for &key in mine {
                ids[next[key] as usize] = id as u16;
                next[key] += 1;
            }
        }
        let mut ranks = [0u16; 64];
        for k in 1..64 {
            ranks[k] = ranks[k - 1] + heads[k - 1].count_ones() as u16;
        }
        let prefixes = words.iter().map(|w| folded_prefix(w)).collect();
        WordSet { words, heads, ranks, starts, ids, prefixes }
    }

    /// Whether no word was given.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether any word occurs in `hay`.
    pub fn is_match(&self, hay: &[u8]) -> bool {
        self.any(hay, |_, _| true)
    }

    /// Whether some occurrence `start..end` (overlapping ones included)
    /// satisfies `accept`.
    pub fn any(&self, hay: &[u8], mut accept: impl FnMut(usize, usize) -> bool) -> bool {
        self.any_dyn(hay, &mut accept)
    }

    /// [`WordSet::any`] compiled once for every caller: `accept` runs only
    /// on occurrences, so the indirect call costs nothing measurable, and
    /// one copy of the walk instead of one per caller keeps the wasm
    /// module smaller.
    fn any_dyn(&self, hay: &[u8], accept: &mut dyn FnMut(usize, usize) -> bool) -> bool {
        // 64 positions at a time: a branch-free pass marks where the head
        // filter passes (reading four bytes at once where the block has
        // them), then only the marked positions are visited.
        let n = hay.len();
        let mut base = 0;
        while base < n {
            let len = (n - base).min(64);
            let mut marks = 0u64;
            let mut mark = |j: usize, four: u32| {
                let key = head_key(four);
                marks |= ((self.heads[key >> 6] >> (key & 63)) & 1) << j;
            };
            match hay.get(base..base + len + 3) {
                // The common case, with four bytes readable at every position.
                Some(block) => {
                    for j in 0..len {
                        mark(j, u32::from_be_bytes([block[j], block[j + 1], block[j + 2], block[j + 3]]) | 0x2020_2020);
                    }
                }
                None => (0..len).for_each(|j| mark(j, folded_four(hay, base + j))),
            }
            while marks != 0 {
                let i = base + marks.trailing_zeros() as usize;
                marks &= marks - 1;
                if self.any_at(hay, i, accept) {
                    return true;
                }
            }
            base += len;
        }
        false
    }

    /// Tests the words whose head is at `i` (the head filter passed there).
    fn any_at(&self, hay: &[u8], i: usize, accept: &mut dyn FnMut(usize, usize) -> bool) -> bool {
        let four = folded_four(hay, i);
        let key = head_key(four);
        let (word, bit) = (self.heads[key >> 6], 1u64 << (key & 63));
        let bucket = self.ranks[key >> 6] as usize + (word & (bit - 1)).count_ones() as usize;
        for &id in &self.ids[self.starts[bucket] as usize..self.starts[bucket + 1] as usize] {
            let (prefix, mask) = self.prefixes[id as usize];
            if four & mask != prefix {
                continue;
            }
            let word = &self.words[id as usize];
            if hay.get(i..i + word.len()).is_some_and(|c| c.eq_ignore_ascii_case(word)) && accept(i, i + word.len()) {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_case_insensitively_and_overlapping() {
        let set = WordSet::new(["sin", "social insurance", "SIN#"]);
        assert!(set.is_match(b"Your Social Insurance number"));
        assert!(!set.is_match(b"nothing here"));
        let mut seen = Vec::new();
        set.any(b"my SIN# is", |s, e| {
            seen.push((s, e));
            false
        });
        assert_eq!(seen, vec![(3, 6), (3, 7)]);
        assert!(WordSet::new([""]).is_empty());
    }

    #[test]
    fn every_occurrence_is_found_at_every_offset() {
        // Short words (one and two bytes) pass the three-byte filter with
        // any third byte, and the walk goes in blocks of 64: occurrences at
        // block edges and at the very end must not be lost.
        let words = ["x", "Qz", "tel", "call me", "電話", "@@"];
        let set = WordSet::new(words);
        let pieces = ["a", " ", "X", "qZ", "TEL", "call Me", "電話", "@@", "te", "cal", "\n"];
        let mut text = String::new();
        let mut seed = 7u32;
        for _ in 0..400 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            let hay = text.as_bytes();
            let mut found = Vec::new();
            set.any(hay, |s, e| {
                found.push((s, e));
                false
            });
            let mut expected = Vec::new();
            for i in 0..hay.len() {
                for w in words {
                    if hay.get(i..i + w.len()).is_some_and(|c| c.eq_ignore_ascii_case(w.as_bytes())) {
                        expected.push((i, i + w.len()));
                    }
                }
            }
            found.sort();
            expected.sort();
            assert_eq!(found, expected, "in {text:?}");
        }
    }
}
