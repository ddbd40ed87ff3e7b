//! One Aho-Corasick pass over the text finds every trigger keyword at once.
//!
//! Each distinct keyword (ASCII case-insensitive) is one pattern; which rules
//! listen to it, and how, is kept beside it. Only triggers live here: context
//! words are looked up around candidates on demand, so the hundreds of them
//! (in a dozen languages) never slow the pass over every byte.

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

/// Keywords of all active rules and the automaton over them.
pub struct KeywordIndex {
    automaton: Option<AhoCorasick>,
    /// For each pattern id, the rules listening to it.
    listeners: Vec<Vec<(u32, Role)>>,
}

/// One keyword occurrence.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub keyword: u32,
}

impl KeywordIndex {
    /// An index with no keywords.
    pub fn builder() -> KeywordIndexBuilder {
        KeywordIndexBuilder { words: Vec::new(), ids: HashMap::new(), listeners: Vec::new() }
    }

    /// Rules listening to keyword `id`.
    pub fn listeners(&self, id: u32) -> &[(u32, Role)] {
        &self.listeners[id as usize]
    }

    /// Appends every keyword occurrence in `hay` to `hits`, in order of end.
    pub fn find_all(&self, hay: &[u8], hits: &mut Vec<Hit>) {
        let Some(ac) = &self.automaton else { return };
        // Overlapping iteration: with `sk-` and `sk-ant-` both keywords, a
        // leftmost search would report only one of them.
        for m in ac.find_overlapping_iter(hay) {
            hits.push(Hit { start: m.start(), end: m.end(), keyword: m.pattern().as_u32() });
        }
    }
}

/// Collects keywords before the automaton is built.
pub struct KeywordIndexBuilder {
    words: Vec<String>,
    ids: HashMap<String, usize>,
    listeners: Vec<Vec<(u32, Role)>>,
}

impl KeywordIndexBuilder {
    /// Makes rule `rule` listen to `word` in `role`.
    pub fn add(&mut self, word: &str, rule: u32, role: Role) {
        let lower = word.to_ascii_lowercase();
        let id = *self.ids.entry(lower.clone()).or_insert_with(|| {
            self.words.push(lower);
            self.listeners.push(Vec::new());
            self.words.len() - 1
        });
        if !self.listeners[id].contains(&(rule, role)) {
            self.listeners[id].push((rule, role));
        }
    }

    /// Builds the automaton.
    pub fn build(self) -> KeywordIndex {
        let automaton = (!self.words.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.words)
                .expect("keywords are plain literals and fit the DFA size limit")
        });
        KeywordIndex { automaton, listeners: self.listeners }
    }
}
