//! The keyword pass: one walk over the text finds every trigger keyword.
//!
//! Keywords are names and token prefixes (`datadog`, `password`, `ghp_`,
//! `AKIA`), and a real one starts a word: `ghp_` glued to a letter is not a
//! GitHub token, `okta` inside `Roktavia` is not Okta. So the walk only
//! looks where a word starts (a letter or digit after anything else, or a
//! capital after a small letter as in `myDatadogKey`),
//! jumps through a 64K-entry table on the word's first two letters, and
//! compares the few keywords in that bucket. Words that start no keyword
//! cost one table lookup; bytes inside words cost a class check. Measured
//! here at several times the speed of an Aho-Corasick DFA over the same
//! keywords, whose speed did not depend on its size (README, performance).
//!
//! Markers that sit inside tokens (`T3BlbkFJ` in OpenAI keys, `Q~` in Entra
//! secrets) and keywords that start with punctuation (`://`, `-----BEGIN`)
//! go to a small Aho-Corasick automaton that matches anywhere.
//!
//! Matching is ASCII case-insensitive. Context words are not here at all:
//! they are looked up around candidates on demand (`rules.rs`).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
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
    /// For each 16-bit key of two lowercased bytes: 0, or 1 + bucket index.
    heads: Vec<u16>,
    /// Keyword ids sharing a two-byte head, longest first.
    buckets: Vec<Vec<u32>>,
    /// Lowercased keyword bytes by id.
    words: Vec<Box<[u8]>>,
    /// Keywords matched anywhere, and their ids.
    anywhere: Option<(AhoCorasick, Vec<u32>)>,
    /// For each keyword id, the rules listening to it.
    listeners: Vec<Vec<(u32, Role)>>,
}

/// Whether a byte is an ASCII letter or digit.
const fn alnum_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
}
static ALNUM: [bool; 256] = alnum_table();

#[inline]
fn head(a: u8, b: u8) -> usize {
    ((a.to_ascii_lowercase() as usize) << 8) | b.to_ascii_lowercase() as usize
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

    /// Appends every keyword occurrence in `hay` to `hits`.
    pub fn find_all(&self, hay: &[u8], hits: &mut Vec<Hit>) {
        if !self.buckets.is_empty() && hay.len() >= 2 {
            let mut prev = 0u8;
            for i in 0..hay.len() - 1 {
                let b = hay[i];
                // A word starts after a non-alphanumeric byte, or at a
                // camelCase hump (`myDatadogKey`).
                let starts = ALNUM[b as usize]
                    && (!ALNUM[prev as usize] || (prev.is_ascii_lowercase() && b.is_ascii_uppercase()));
                if starts {
                    let bucket = self.heads[head(b, hay[i + 1])];
                    if bucket != 0 {
                        self.compare(hay, i, bucket as usize - 1, hits);
                    }
                }
                prev = b;
            }
        }
        if let Some((ac, ids)) = &self.anywhere {
            // Overlapping: with `sk-` and `sk-ant-` both keywords, a leftmost
            // search would report only one of them.
            for m in ac.find_overlapping_iter(hay) {
                hits.push(Hit { start: m.start(), end: m.end(), keyword: ids[m.pattern().as_usize()] });
            }
        }
    }

    #[inline]
    fn compare(&self, hay: &[u8], at: usize, bucket: usize, hits: &mut Vec<Hit>) {
        for &id in &self.buckets[bucket] {
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

    /// Builds the head table and the anywhere automaton.
    pub fn build(self) -> KeywordIndex {
        let mut heads = vec![0u16; 1 << 16];
        let mut buckets: Vec<Vec<u32>> = Vec::new();
        let mut anywhere_words = Vec::new();
        let mut anywhere_ids = Vec::new();
        for (id, (word, place)) in self.words.iter().zip(&self.places).enumerate() {
            let b = word.as_bytes();
            if *place == Place::Anywhere {
                anywhere_words.push(word.clone());
                anywhere_ids.push(id as u32);
                continue;
            }
            let key = head(b[0], b[1]);
            if heads[key] == 0 {
                buckets.push(Vec::new());
                heads[key] = buckets.len() as u16;
            }
            buckets[heads[key] as usize - 1].push(id as u32);
        }
        let anywhere = (!anywhere_words.is_empty()).then(|| {
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&anywhere_words)
                .expect("keywords are plain literals and fit the DFA size limit");
            (ac, anywhere_ids)
        });
        KeywordIndex {
            heads,
            buckets,
            words: self.words.into_iter().map(|w| w.into_bytes().into_boxed_slice()).collect(),
            anywhere,
            listeners: self.listeners,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(index: &KeywordIndex, text: &str) -> Vec<(usize, String)> {
        let mut hits = Vec::new();
        index.find_all(text.as_bytes(), &mut hits);
        hits.sort_by_key(|h| h.start);
        hits.iter().map(|h| (h.start, text[h.start..h.end].to_string())).collect()
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
}
