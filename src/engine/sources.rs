//! Window sources: where each rule's pattern runs.
//!
//! A scan collects windows from five sources, each reading the first
//! pass's marks (`first_pass.rs`) and each serving the rules of one
//! trigger kind: keywords (`Prefix`, `Near`, `Inside`), digit clusters
//! (`Digits`), alphanumeric tokens holding digits (`Token`), `@` signs
//! (`At`) and the whole text (custom rules without keywords). A source
//! only adds windows; merging, grouping by rule and running them is the
//! scan's (`mod.rs`).

use super::first_pass::{self, Block};
use super::keywords::{Hit, Role};
use super::rules::ActiveTrigger;
use super::{columns, digits, Scanner, Window};
use crate::rule::Category;

/// Bytes a window's left edge may move back to reach whitespace.
const WIDEN_LEFT: usize = 32;

/// Bytes a window reaches before and after an `@`.
const AT_BEFORE: usize = 64;
const AT_AFTER: usize = 256;

impl Scanner {
    /// Keyword rules: an anchored window at each keyword a rule's value
    /// starts with (`ghp_`), and a window around each keyword a value lies
    /// near (`datadog`, `password`).
    pub(super) fn keyword_windows(&self, hay: &[u8], marks: &[Block], out: &mut Vec<Window>) {
        let mut hits: Vec<Hit> = Vec::new();
        self.keywords.find_all(hay, marks, &mut hits);
        for h in &hits {
            // A label in a table's header row reaches every row below it.
            let mut table_end: Option<Option<usize>> = None;
            for &(rule, role) in self.keywords.listeners(h.keyword) {
                let max_len = self.rules[rule as usize].max_len as usize;
                match role {
                    Role::Prefix => out.push(Window {
                        rule,
                        start: h.start,
                        end: (h.start + max_len).min(hay.len()),
                        anchored: true,
                    }),
                    Role::Near { before, after } => {
                        let mut w = window(
                            marks,
                            hay.len(),
                            rule,
                            (h.start, h.end),
                            (before as usize, after as usize),
                            max_len,
                        );
                        if self.rules[rule as usize].category == Category::Pii {
                            if let Some(end) = *table_end.get_or_insert_with(|| columns::table_end(hay, h.start)) {
                                w.end = w.end.max(end);
                            }
                        }
                        out.push(w)
                    }
                }
            }
        }
    }

    /// Digit rules (cards, phone numbers, national ids): a window around
    /// each cluster of digits holding as many digits as the rule's numbers.
    pub(super) fn cluster_windows(&self, hay: &[u8], marks: &[Block], out: &mut Vec<Window>) {
        if self.digit_rules.is_empty() {
            return;
        }
        digits::clusters(hay, marks, self.min_cluster_digits, self.digit_sums, |c| {
            for &(rule, sums) in &self.digit_rules {
                if c.sums & sums == 0 {
                    continue;
                }
                let r = &self.rules[rule as usize];
                if let ActiveTrigger::Digits { before, after, .. } = r.trigger {
                    out.push(window(
                        marks,
                        hay.len(),
                        rule,
                        (c.start, c.end),
                        (before as usize, after as usize),
                        r.max_len as usize,
                    ));
                }
            }
        });
    }

    /// Token rules (ids that mix letters and digits, `RSSMRA85T10A562S`): a
    /// window around each alphanumeric token whose length and digit count
    /// fit the rule.
    pub(super) fn token_windows(&self, hay: &[u8], marks: &[Block], out: &mut Vec<Window>) {
        if self.token_rules.is_empty() {
            return;
        }
        let (min_digits, shortest, longest) = self.token_bounds;
        digits::tokens(hay, marks, |t| {
            let len = t.end - t.start;
            if t.digits < min_digits || !(shortest..=longest).contains(&len) {
                return;
            }
            for &rule in &self.token_rules {
                let r = &self.rules[rule as usize];
                if let ActiveTrigger::Token { min_len, max_len, min_digits, before, after } = r.trigger {
                    if t.digits >= min_digits as usize && (min_len as usize..=max_len as usize).contains(&len) {
                        out.push(window(
                            marks,
                            hay.len(),
                            rule,
                            (t.start, t.end),
                            (before as usize, after as usize),
                            r.max_len as usize,
                        ));
                    }
                }
            }
        });
    }

    /// `@` rules (e-mail addresses): a window around each `@`.
    pub(super) fn at_windows(&self, hay: &[u8], marks: &[Block], out: &mut Vec<Window>) {
        if self.at_rules.is_empty() {
            return;
        }
        for (base, block) in (0..).step_by(64).zip(marks) {
            let mut at = block.at;
            while at != 0 {
                let i = base + at.trailing_zeros() as usize;
                at &= at - 1;
                for &rule in &self.at_rules {
                    out.push(window(
                        marks,
                        hay.len(),
                        rule,
                        (i, i + 1),
                        (AT_BEFORE, AT_AFTER),
                        self.rules[rule as usize].max_len as usize,
                    ));
                }
            }
        }
    }

    /// Rules without an anchor (custom patterns without keywords): the
    /// whole text.
    pub(super) fn whole_text_windows(&self, hay: &[u8], out: &mut Vec<Window>) {
        for &rule in &self.whole_text_rules {
            out.push(Window { rule, start: 0, end: hay.len(), anchored: false });
        }
    }
}

/// The window for an anchor at `start..end`: `before` bytes before it and
/// `after` bytes after it, then stretched so that a value starting inside
/// can run to its end: to the next whitespace, but at most the rule's
/// `max_len`. The left edge moves back to whitespace by at most
/// [`WIDEN_LEFT`] bytes, so a pattern that starts with a delimiter
/// (`[:=]`) still sees it. Regex look-around sees past both edges, so a
/// cut token fails its boundary checks rather than matching in part.
///
/// The whitespace comes from the first pass's masks, 64 bytes a step: on
/// dense text the byte walks were 3 % of a scan.
fn window(
    marks: &[Block],
    len: usize,
    rule: u32,
    anchor: (usize, usize),
    reach: (usize, usize),
    max_len: usize,
) -> Window {
    let s = anchor.0.saturating_sub(reach.0);
    let floor = s.saturating_sub(WIDEN_LEFT);
    let s = first_pass::last_in(marks, floor, s, |b| b.space).map_or(floor, |p| p + 1);
    let e = (anchor.1 + reach.1).min(len);
    let ceil = (e + max_len).min(len);
    let e = first_pass::first_in(marks, e, ceil, |b| b.space).unwrap_or(ceil);
    Window { rule, start: s, end: e, anchored: false }
}
