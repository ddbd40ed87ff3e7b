//! Finding any of a few dozen words in a short stretch of text.
//!
//! Context words and key-name lists are looked up in windows of a few
//! hundred bytes. A table of the words by their first (lowercased) byte
//! does that in one walk with no automaton to build, and keeps the
//! Aho-Corasick crate, about 80 KB of code, out of the wasm module.

/// Words matched ASCII case-insensitively anywhere in a text.
#[derive(Clone, Debug)]
pub struct WordSet {
    /// Lowercased words.
    words: Vec<Box<[u8]>>,
    /// For each lowercased first byte, the ids of the words starting with it.
    by_first: Vec<Vec<u16>>,
    /// Whether some word starts with these two lowercased bytes (hashed
    /// to 12 bits): most bytes of a window are rejected by this one bit
    /// test. A first-byte test let most letters through, since a rule's
    /// few dozen context words start with most of the alphabet.
    heads: [u64; 64],
}

/// The head-filter key of the lowercased bytes `a`, `b`.
fn head_key(a: u8, b: u8) -> usize {
    let two = (a.to_ascii_lowercase() as u32) << 8 | b.to_ascii_lowercase() as u32;
    (two.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl WordSet {
    /// A set of `words` (empty words are ignored).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut set = WordSet { words: Vec::new(), by_first: vec![Vec::new(); 256], heads: [0; 64] };
        for w in words.into_iter().filter(|w| !w.is_empty()) {
            let lower: Box<[u8]> = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
            set.by_first[lower[0] as usize].push(set.words.len() as u16);
            // A one-byte word passes whatever follows it (0: the text's end).
            let seconds = match lower.get(1) {
                Some(&b) => b..=b,
                None => 0..=255,
            };
            for b in seconds {
                let key = head_key(lower[0], b);
                set.heads[key >> 6] |= 1 << (key & 63);
            }
            set.words.push(lower);
        }
        set
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
        for (i, &b) in hay.iter().enumerate() {
            let key = head_key(b, hay.get(i + 1).copied().unwrap_or(0));
            if self.heads[key >> 6] & (1 << (key & 63)) == 0 {
                continue;
            }
            for &id in &self.by_first[b.to_ascii_lowercase() as usize] {
                let word = &self.words[id as usize];
                if hay.get(i..i + word.len()).is_some_and(|c| c.eq_ignore_ascii_case(word)) && accept(i, i + word.len())
                {
                    return true;
                }
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
}
