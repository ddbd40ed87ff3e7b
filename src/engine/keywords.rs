//! The keyword pass: every trigger keyword in the text.
//!
//! Keywords are names and token prefixes (`datadog`, `password`, `ghp_`,
//! `AKIA`), and a real one starts a word: `ghp_` glued to a letter is not a
//! GitHub token, `okta` inside `Roktavia` is not Okta. So the pass looks
//! only where the first pass (`first_pass.rs`) marked a word start (a
//! letter or digit after anything else, or a capital after a small letter
//! as in `myDatadogKey`), tests filters on the next four bytes that fit in
//! L1 cache, and only then compares the few keywords sharing the first
//! two, by their folded four-byte prefix first.
//!
//! Markers that sit inside tokens (`T3BlbkFJ` in OpenAI keys, `Q~` in Entra
//! secrets) and keywords that start with punctuation (`://`, `-----BEGIN`)
//! are looked up the same way where the first pass marked their first two
//! bytes, not only at word starts.
//!
//! Matching is ASCII case-insensitive. Context words are not here at all:
//! they are looked up around candidates on demand (`rules.rs`).

use super::first_pass::{Block, PairFilter};
use crate::validate::{folded_four, folded_prefix};
use std::collections::HashMap;

/// Why a rule listens to a keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The keyword starts the value: run the pattern anchored here.
    Prefix,
    /// The value lies near the keyword: run the pattern in a window.
    Near { before: u16, after: u16 },
}

/// Where a keyword may occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// At the start of a word.
    WordStart,
    /// Anywhere, even inside a word.
    Anywhere,
}

/// One keyword occurrence.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub keyword: u32,
}

/// Keywords of all active rules and the structures that find them.
pub struct KeywordIndex {
    /// For each two folded bytes (the top half of the walk's `four`): 0, or
    /// 1 + bucket index. Folding may share a bucket between `@x` and `` `x``;
    /// `compare` checks the real bytes.
    heads: Vec<u16>,
    /// The filter every byte is tested against: two bits per key ([`WORD`]:
    /// a word-start keyword may begin here, [`ANYWHERE`]: an anywhere
    /// keyword may), keyed by the first four bytes of keywords of four
    /// bytes or more, hashed to 16 bits. 16 KiB, so the common "no keyword
    /// here" answer comes from L1 cache. Four bytes, not three: `sta`,
    /// `con`, `sel` start keywords (`stability`, `confluence`, `self
    /// assessment`) and a third of the words of code, and opening a bucket
    /// for each was a fifth of a scan of code.
    four_filter: Box<[u64; FILTER_WORDS]>,
    /// The same for three-byte keywords (`eyJ`, `hf_`) and two-byte ones
    /// (`L1`, `5K`: WIF key prefixes), each keyed by their own bytes.
    three_filter: Box<[u64; SHORT_FILTER_WORDS]>,
    two_filter: Box<[u64; SHORT_FILTER_WORDS]>,
    /// The first two bytes (both cases of letters) of the keywords matched
    /// anywhere, for the first pass.
    pairs: PairFilter,
    /// The keywords sharing a two-byte head, each as its folded four-byte
    /// prefix, that prefix's mask and its id, side by side: the walk
    /// through a bucket (eleven keywords for `se`, at every `self` in Rust)
    /// reads one small array.
    buckets: Vec<Vec<(u32, u32, u32)>>,
    /// Lowercased keyword bytes by id.
    words: Vec<Box<[u8]>>,
    /// Where each keyword may occur, by id.
    places: Vec<Place>,
    /// One-byte keywords, matched anywhere.
    single_bytes: Vec<(u8, u32)>,
    /// For each keyword id, the rules listening to it.
    listeners: Vec<Vec<(u32, Role)>>,
}

/// Filter entry bits.
const WORD: u64 = 1;
const ANYWHERE: u64 = 2;

/// `u64`s in the four-byte filter: 2^16 two-bit entries.
const FILTER_WORDS: usize = (1 << 16) * 2 / 64;
/// `u64`s in the short filters: 2^13 two-bit entries.
const SHORT_FILTER_WORDS: usize = (1 << 13) * 2 / 64;

/// The two filter bits of `key` (one of 32 entries in a `u64`).
#[inline]
fn entry<const N: usize>(bits: &[u64; N], key: usize) -> u64 {
    (bits[key >> 5] >> ((key & 31) * 2)) & 3
}

fn set_entry<const N: usize>(bits: &mut [u64; N], key: usize, value: u64) {
    bits[key >> 5] |= value << ((key & 31) * 2);
}

/// Folds ASCII letters to lower case for the filters. It also folds some
/// punctuation together (`@` with `` ` ``), which only costs a rare false
/// alarm: `compare` checks the real bytes.
#[inline]
fn fold(b: u8) -> u32 {
    (b | 0x20) as u32
}

/// Multiplicative hash of up to four folded bytes to `bits` bits.
#[inline]
fn filter_key(bytes: u32, bits: u32) -> usize {
    (bytes.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

impl KeywordIndex {
    /// An index with no keywords.
    pub fn builder() -> KeywordIndexBuilder {
        KeywordIndexBuilder { words: Vec::new(), places: Vec::new(), ids: HashMap::new(), listeners: Vec::new() }
    }

    /// Rules listening to keyword `id`.
    pub fn listeners(&self, id: u32) -> &[(u32, Role)] {
        &self.listeners[id as usize]
    }

    /// The pairs the first pass marks as [`Block::anywhere`].
    pub fn pairs(&self) -> &PairFilter {
        &self.pairs
    }

    /// Appends every keyword occurrence in `hay` to `hits`; `marks` are the
    /// first pass's over `hay`.
    pub fn find_all(&self, hay: &[u8], marks: &[Block], hits: &mut Vec<Hit>) {
        if !self.buckets.is_empty() && hay.len() >= 2 {
            // A keyword has two bytes or more: none starts at the last byte.
            let last = hay.len() - 1;
            for (base, block) in (0..).step_by(64).zip(marks) {
                let mut visit = block.starts | block.anywhere;
                if last - base < 64 {
                    visit &= !(u64::MAX << (last - base));
                }
                while visit != 0 {
                    let j = visit.trailing_zeros() as usize;
                    visit &= visit - 1;
                    let i = base + j;
                    let starts = (block.starts >> j) & 1;
                    let four = folded_four(hay, i);
                    let may = entry(&self.four_filter, filter_key(four, 16))
                        | entry(&self.three_filter, filter_key(four >> 8, 13))
                        | entry(&self.two_filter, filter_key(four >> 16, 13));
                    if may & (starts | ANYWHERE) != 0 {
                        let bucket = self.heads[(four >> 16) as usize];
                        if bucket != 0 {
                            self.compare(hay, i, four, starts != 0, bucket as usize - 1, hits);
                        }
                    }
                }
            }
        }
        for &(byte, id) in &self.single_bytes {
            for at in memchr::memchr_iter(byte, hay) {
                hits.push(Hit { start: at, end: at + 1, keyword: id });
            }
        }
    }

    /// Tests the keywords of `bucket` at `at`, where the folded bytes are
    /// `four`. Comparing folded prefixes first matters: in code, a word
    /// start shares four bytes with a keyword every hundred bytes
    /// (`assert`, `self.`, `pattern`), and most buckets hold several.
    #[cold]
    fn compare(&self, hay: &[u8], at: usize, four: u32, starts: bool, bucket: usize, hits: &mut Vec<Hit>) {
        for &(prefix, mask, id) in &self.buckets[bucket] {
            if four & mask != prefix || (!starts && self.places[id as usize] == Place::WordStart) {
                continue;
            }
            let word = &self.words[id as usize];
            if let Some(candidate) = hay.get(at..at + word.len()) {
                if candidate.eq_ignore_ascii_case(word) {
                    hits.push(Hit { start: at, end: at + word.len(), keyword: id });
                }
            }
        }
    }
}

/// Collects keywords before the index is built.
pub struct KeywordIndexBuilder {
    words: Vec<String>,
    places: Vec<Place>,
    ids: HashMap<String, usize>,
    listeners: Vec<Vec<(u32, Role)>>,
}

impl KeywordIndexBuilder {
    /// Makes rule `rule` listen to `word` in `role`. A word that starts with
    /// punctuation, or is shorter than two bytes, is matched anywhere.
    pub fn add(&mut self, word: &str, place: Place, rule: u32, role: Role) {
        let lower = word.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let place = if bytes.len() < 2 || !bytes[0].is_ascii_alphanumeric() { Place::Anywhere } else { place };
        let id = *self.ids.entry(lower.clone()).or_insert_with(|| {
            self.words.push(lower);
            self.places.push(place);
            self.listeners.push(Vec::new());
            self.words.len() - 1
        });
        // One rule wanting it anywhere makes it an anywhere keyword for all:
        // a word-start occurrence is also an occurrence anywhere.
        if place == Place::Anywhere {
            self.places[id] = Place::Anywhere;
        }
        if !self.listeners[id].contains(&(rule, role)) {
            self.listeners[id].push((rule, role));
        }
    }

    /// Builds the head table and its bit sets.
    pub fn build(self) -> KeywordIndex {
        let mut heads = vec![0u16; 1 << 16];
        let mut four_filter = Box::new([0u64; FILTER_WORDS]);
        let mut three_filter = Box::new([0u64; SHORT_FILTER_WORDS]);
        let mut two_filter = Box::new([0u64; SHORT_FILTER_WORDS]);
        let mut anywhere_pairs = Vec::new();
        let mut buckets: Vec<Vec<(u32, u32, u32)>> = Vec::new();
        let mut single_bytes = Vec::new();
        for (id, (word, place)) in self.words.iter().zip(&self.places).enumerate() {
            let b = word.as_bytes();
            match b.len() {
                0 => continue,
                1 => {
                    single_bytes.push((b[0], id as u32));
                    if b[0].is_ascii_alphabetic() {
                        single_bytes.push((b[0].to_ascii_uppercase(), id as u32));
                    }
                    continue;
                }
                _ => {}
            }
            let key = (fold(b[0]) << 8 | fold(b[1])) as usize;
            if heads[key] == 0 {
                buckets.push(Vec::new());
                heads[key] = buckets.len() as u16;
            }
            let (prefix, mask) = folded_prefix(b);
            buckets[heads[key] as usize - 1].push((prefix, mask, id as u32));
            let bit = if *place == Place::Anywhere { ANYWHERE } else { WORD };
            if *place == Place::Anywhere {
                for first in [b[0], b[0].to_ascii_uppercase()] {
                    for second in [b[1], b[1].to_ascii_uppercase()] {
                        anywhere_pairs.push((first, second));
                    }
                }
            }
            let folded = b.iter().take(4).fold(0, |acc, &c| acc << 8 | fold(c));
            match b.len() {
                2 => set_entry(&mut two_filter, filter_key(folded, 13), bit),
                3 => set_entry(&mut three_filter, filter_key(folded, 13), bit),
                _ => set_entry(&mut four_filter, filter_key(folded, 16), bit),
            }
        }
        KeywordIndex {
            heads,
            four_filter,
            three_filter,
            two_filter,
            pairs: PairFilter::new(anywhere_pairs),
            buckets,
            words: self.words.into_iter().map(|w| w.into_bytes().into_boxed_slice()).collect(),
            places: self.places,
            single_bytes,
            listeners: self.listeners,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::first_pass;
    use crate::simd::Kernel;

    /// Keywords found with each kernel of this machine (all the same).
    fn find(index: &KeywordIndex, text: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        for kernel in Kernel::available() {
            let mut marks = Vec::new();
            first_pass::marks(kernel, text.as_bytes(), index.pairs(), &mut marks);
            let mut hits = Vec::new();
            index.find_all(text.as_bytes(), &marks, &mut hits);
            hits.sort_by_key(|h| h.start);
            found.push(hits.iter().map(|h| (h.start, text[h.start..h.end].to_string())).collect::<Vec<_>>());
        }
        assert!(found.windows(2).all(|w| w[0] == w[1]), "kernels disagree on {text:?}");
        found.pop().unwrap()
    }

    #[test]
    fn keywords_match_at_word_starts_case_insensitively() {
        let mut b = KeywordIndex::builder();
        b.add("ghp_", Place::WordStart, 0, Role::Prefix);
        b.add("datadog", Place::WordStart, 1, Role::Near { before: 0, after: 40 });
        b.add("DD", Place::WordStart, 1, Role::Near { before: 0, after: 40 });
        let index = b.build();
        assert_eq!(
            find(&index, "token=ghp_x xghp_y DATADOG_API_KEY my_datadog roktadatadog myDatadogKey dd"),
            vec![
                (6, "ghp_".into()),
                (19, "DATADOG".into()),
                (38, "datadog".into()),
                (61, "Datadog".into()),
                (72, "dd".into())
            ]
        );
    }

    #[test]
    fn markers_and_punctuation_keywords_match_anywhere() {
        let mut b = KeywordIndex::builder();
        b.add("T3BlbkFJ", Place::Anywhere, 0, Role::Near { before: 60, after: 60 });
        b.add("://", Place::WordStart, 1, Role::Near { before: 20, after: 80 });
        let index = b.build();
        assert_eq!(
            find(&index, "sk-abcT3BlbkFJxyz postgres://u:p@h"),
            vec![(6, "T3BlbkFJ".into()), (26, "://".into())]
        );
    }

    /// The walk against the plain definition (a word-start keyword at a
    /// word start, an anywhere keyword anywhere) on text built to put
    /// keywords, word starts and camelCase humps across the 64-byte blocks.
    #[test]
    fn the_walk_finds_what_the_definition_says_at_every_offset() {
        let words: &[(&str, Place)] = &[
            ("ghp_", Place::WordStart),
            ("datadog", Place::WordStart),
            ("dd", Place::WordStart),
            ("eyJ", Place::WordStart),
            ("T3BlbkFJ", Place::Anywhere),
            ("Q~", Place::Anywhere),
            ("://", Place::Anywhere),
        ];
        let mut b = KeywordIndex::builder();
        for (rule, (w, place)) in words.iter().enumerate() {
            b.add(w, *place, rule as u32, Role::Prefix);
        }
        let index = b.build();
        let pieces = ["ghp_", "datadog", "DataDog", "dd", "eyj", "T3BlbkFJ", "q~", "://", "x", "X", "7", " ", "_", "-"];
        let mut seed = 0x2545_f491_u64;
        for len in [1usize, 2, 3, 63, 64, 65, 127, 128, 129, 300] {
            for _ in 0..200 {
                let mut text = String::new();
                while text.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                let hay = text.as_bytes();
                let word = |i: usize| hay[i].is_ascii_alphanumeric();
                let hump = |i: usize| hay[i - 1].is_ascii_lowercase() && hay[i].is_ascii_uppercase();
                let word_start = |i: usize| word(i) && (i == 0 || !word(i - 1) || hump(i));
                let mut expected = Vec::new();
                for i in 0..hay.len() {
                    for (w, place) in words {
                        let fits = hay.get(i..i + w.len()).is_some_and(|c| c.eq_ignore_ascii_case(w.as_bytes()));
                        if fits && (*place == Place::Anywhere || word_start(i)) {
                            expected.push((i, w.to_ascii_lowercase()));
                        }
                    }
                }
                let mut got: Vec<_> =
                    find(&index, &text).into_iter().map(|(i, w)| (i, w.to_ascii_lowercase())).collect();
                got.sort();
                expected.sort();
                assert_eq!(got, expected, "in {text:?}");
            }
        }
    }
}
