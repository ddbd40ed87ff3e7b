//! How a scan runs.
//!
//! 1. [`Normalized`] folds invisible and full-width characters (ASCII text is
//!    borrowed as is).
//! 2. The first pass (`first_pass.rs`) looks at every byte, 16 or 32 at a
//!    time, and marks word starts, the pairs that begin keywords matched
//!    anywhere, digits and `@` signs.
//! 3. Window sources (`sources.rs`) visit only the marks: keywords
//!    (`keywords.rs`), digit clusters and tokens (`digits.rs`) and `@` signs
//!    each become windows for the rules listening to them; only those rules
//!    run, only there, and each compiles its pattern on first use.
//! 4. Candidates pass the rule's checks (boundary, entropy, placeholders,
//!    known examples, allowlist, validator); overlaps resolve to the most
//!    specific finding; spans map back to the original text.
//!
//! Every step is linear in the text: the first pass reads it once, the
//! sources visit each mark once, a pattern's lazy DFA never backtracks, and the capture step runs
//! on the matched span only (`pattern.rs`), so no input and no custom
//! pattern can hang a tab.

mod columns;
mod digits;
mod first_pass;
mod keywords;
mod resolve;
mod rules;
mod sources;
mod utf16;

use crate::finding::Finding;
use crate::mask;
use crate::normalize::Normalized;
use crate::rule::Action;
use crate::rule::{Candidate, Category, Trigger, Verdict};
use crate::settings::{Policy, PolicyError};
use crate::simd::Kernel;
use crate::validate::{looks_like_placeholder, shannon_entropy};
use keywords::{KeywordIndex, Place, Role};
use regex_automata::{Anchored, Input};
use rules::{ActiveRule, Allowlist};
use utf16::Utf16Cursor;

/// Texts longer than this are scanned in overlapping pieces of this size.
const CHUNK: usize = 1 << 20;

/// Context on each side of a piece: more than any rule's longest match
/// (`max_len`, at most 8 KiB) plus its window.
const MARGIN: usize = 64 * 1024;

/// The largest character boundary at or below `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A scanner built from a policy. Build it once and reuse it: building
/// indexes the keywords of every enabled rule (about a millisecond);
/// patterns compile lazily the first time their keyword shows up.
pub struct Scanner {
    rules: Vec<ActiveRule>,
    keywords: KeywordIndex,
    /// Digit rules with the cluster sums they accept.
    digit_rules: Vec<(u32, u64)>,
    /// Sums any digit rule accepts.
    digit_sums: u64,
    min_cluster_digits: usize,
    token_rules: Vec<u32>,
    /// Fewest digits, shortest and longest token any token rule accepts.
    token_bounds: (usize, usize, usize),
    at_rules: Vec<u32>,
    whole_text_rules: Vec<u32>,
    allowlist: Allowlist,
    /// The vector unit the first pass and normalisation run on.
    kernel: Kernel,
}

/// A candidate before overlap resolution, in normalised coordinates.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
    pub verified: bool,
}

/// A window in which one rule's pattern runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Window {
    rule: u32,
    start: usize,
    end: usize,
    anchored: bool,
}

impl Scanner {
    /// Builds a scanner for `policy`. Fails only on what a policy parse
    /// would also reject (an invalid custom pattern in a hand-built policy).
    pub fn new(policy: &Policy) -> Result<Scanner, PolicyError> {
        let (rules, allowlist) = rules::activate(policy)?;
        let mut kw = KeywordIndex::builder();
        let mut digit_rules = Vec::new();
        let mut token_rules = Vec::new();
        let mut at_rules = Vec::new();
        let mut whole_text_rules = Vec::new();
        let mut min_cluster_digits = usize::MAX;
        for (i, rule) in rules.iter().enumerate() {
            let i = i as u32;
            match &rule.trigger {
                rules::ActiveTrigger::Prefix(words) => {
                    for w in words.iter() {
                        kw.add(w, Place::WordStart, i, Role::Prefix);
                    }
                }
                rules::ActiveTrigger::Near { words, before, after, anywhere } => {
                    let role = Role::Near { before: *before, after: *after };
                    let place = if *anywhere { Place::Anywhere } else { Place::WordStart };
                    for w in words.iter() {
                        kw.add(w, place, i, role);
                    }
                }
                rules::ActiveTrigger::Digits { min_digits, max_digits, .. } => {
                    digit_rules.push((i, digits::sum_mask(*min_digits, *max_digits)));
                    min_cluster_digits = min_cluster_digits.min(*min_digits as usize);
                }
                rules::ActiveTrigger::Token { .. } => token_rules.push(i),
                rules::ActiveTrigger::At => at_rules.push(i),
                rules::ActiveTrigger::WholeText => whole_text_rules.push(i),
            }
        }
        let keywords = kw.build();
        let digit_sums = digit_rules.iter().fold(0, |acc, &(_, sums)| acc | sums);
        let token_bounds =
            token_rules.iter().fold((usize::MAX, usize::MAX, 0), |(d, lo, hi), &i| match rules[i as usize].trigger {
                rules::ActiveTrigger::Token { min_len, max_len, min_digits, .. } => {
                    (d.min(min_digits as usize), lo.min(min_len as usize), hi.max(max_len as usize))
                }
                _ => (d, lo, hi),
            });
        Ok(Scanner {
            rules,
            keywords,
            digit_rules,
            digit_sums,
            min_cluster_digits,
            token_rules,
            token_bounds,
            at_rules,
            whole_text_rules,
            allowlist,
            kernel: Kernel::detect(),
        })
    }

    /// The same scanner with its byte passes (normalisation, the first
    /// pass, UTF-16 offsets) on `kernel` instead of the widest vector unit
    /// of this machine: for benchmarks and for the tests that hold every
    /// kernel to the portable one. Findings never depend on the kernel.
    pub fn with_kernel(mut self, kernel: Kernel) -> Scanner {
        self.kernel = kernel;
        self
    }

    /// The vector unit the scanner's byte passes run on.
    pub fn kernel(&self) -> Kernel {
        self.kernel
    }

    /// Finds secrets and personal data in `text`, in order of position.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_on_site(text, None)
    }

    /// [`Scanner::scan`] applying the allowlist entries scoped to `site`.
    pub fn scan_on_site(&self, text: &str, site: Option<&str>) -> Vec<Finding> {
        if text.len() <= CHUNK + 2 * MARGIN {
            return self.scan_piece(text, site);
        }
        // Long texts go in overlapping pieces, so a scan's working memory
        // (keyword hits, windows, a normalised copy) stays bounded however
        // large the paste. Each piece keeps the findings that start in its
        // own stretch; the margins give rules their context on both sides.
        let mut out: Vec<Finding> = Vec::new();
        let mut keep_start = 0;
        let mut utf16_base = 0; // UTF-16 length of text[..scan_start]
        let mut counted_to = 0;
        while keep_start < text.len() {
            let keep_end = floor_char(text, (keep_start + CHUNK).min(text.len()));
            let scan_start = floor_char(text, keep_start.saturating_sub(MARGIN));
            let scan_end = floor_char(text, (keep_end + MARGIN).min(text.len()));
            utf16_base += text[counted_to..scan_start].encode_utf16().count();
            counted_to = scan_start;
            for mut f in self.scan_piece(&text[scan_start..scan_end], site) {
                let start = scan_start + f.byte_start;
                let overlaps_previous = out.last().is_some_and(|p| p.byte_end > start);
                if start < keep_start || start >= keep_end || overlaps_previous {
                    continue;
                }
                f.byte_start += scan_start;
                f.byte_end += scan_start;
                f.start += utf16_base;
                f.end += utf16_base;
                out.push(f);
            }
            keep_start = keep_end;
        }
        out
    }

    /// Scans one piece of text completely.
    fn scan_piece(&self, text: &str, site: Option<&str>) -> Vec<Finding> {
        let norm = Normalized::with_kernel(text, self.kernel);
        let winners = self.candidates(&norm.text, site);
        self.findings(text, &norm, winners)
    }

    /// Runs every triggered rule and resolves overlaps.
    fn candidates(&self, text: &str, site: Option<&str>) -> Vec<Found> {
        let hay = text.as_bytes();
        let mut marks = Vec::new();
        first_pass::marks(self.kernel, hay, self.keywords.pairs(), &mut marks);
        let mut windows: Vec<Window> = Vec::new();
        self.keyword_windows(hay, &marks, &mut windows);
        self.cluster_windows(hay, &marks, &mut windows);
        self.token_windows(hay, &marks, &mut windows);
        self.at_windows(hay, &marks, &mut windows);
        self.whole_text_windows(hay, &mut windows);
        if windows.is_empty() {
            return Vec::new();
        }
        let windows = sorted_by_rule(windows, self.rules.len());

        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < windows.len() {
            let w = windows[i];
            i += 1;
            let mut merged = w;
            if w.anchored {
                // The same anchor listed twice (two keywords at one place).
                while i < windows.len() && windows[i] == w {
                    i += 1;
                }
            } else {
                // Merge overlapping or touching windows of the same rule.
                while i < windows.len()
                    && windows[i].rule == w.rule
                    && !windows[i].anchored
                    && windows[i].start <= merged.end
                {
                    merged.end = merged.end.max(windows[i].end);
                    i += 1;
                }
            }
            self.run(text, merged, site, &mut found);
        }
        resolve::keep_most_specific(&self.rules, found)
    }

    /// Runs one rule in one window, pushing accepted candidates.
    fn run(&self, text: &str, w: Window, site: Option<&str>, out: &mut Vec<Found>) {
        let hay = text.as_bytes();
        let rule = &self.rules[w.rule as usize];
        let Some(regex) = rule.regex() else { return };
        let mut at = w.start;
        while at < w.end {
            let input = Input::new(hay).span(at..w.end).anchored(if w.anchored { Anchored::Yes } else { Anchored::No });
            let (m_start, m_end, v_start, v_end) = if rule.value_group > 0 {
                let Some((m, value)) = regex.find_group(&input, rule.value_group as usize) else { break };
                match value {
                    Some(v) => (m.start, m.end, v.start, v.end),
                    None => (m.start, m.end, m.end, m.end),
                }
            } else {
                let Some(m) = regex.find(&input) else { break };
                (m.start, m.end, m.start, m.end)
            };
            let accepted = v_end > v_start
                && match self.check(text, w.rule, (m_start, m_end), (v_start, v_end), site) {
                    Some(c) => {
                        out.push(c);
                        true
                    }
                    None => false,
                };
            if w.anchored {
                break;
            }
            // Rules that ask for it look again from the next word inside a
            // rejected match (a seed phrase may start one word later than
            // the longest match that failed its checksum). Each retry starts
            // further right, so the work stays linear in the window times
            // the longest match.
            at = if accepted || !rule.rescan_rejected {
                m_end.max(at + 1)
            } else {
                next_word_start(hay, m_start, m_end).max(at + 1)
            };
        }
    }

    /// Applies a rule's checks to one match; `None` drops it.
    fn check(
        &self,
        text: &str,
        rule_idx: u32,
        matched: (usize, usize),
        value: (usize, usize),
        site: Option<&str>,
    ) -> Option<Found> {
        let hay = text.as_bytes();
        let rule = &self.rules[rule_idx as usize];
        let (vs, ve) = value;
        if rule.word_boundary && (is_word_byte(hay, vs.wrapping_sub(1)) || is_word_byte(hay, ve)) {
            return None;
        }
        // Matches are ASCII-bounded by the catalog's patterns; a custom
        // pattern could still end inside a character, which we refuse
        // rather than report a span no caller can use.
        let value_str = text.get(vs..ve)?;
        let matched_str = text.get(matched.0..matched.1)?;
        if rule.min_entropy > 0.0 && shannon_entropy(value_str) < rule.min_entropy {
            return None;
        }
        if rule.known_examples.contains(&value_str) {
            return None;
        }
        if self.allowlist.allows(&rule.id, value_str, site) {
            return None;
        }
        let context = || rule.near_context(hay, matched.0, matched.1);
        let candidate = Candidate::new(value_str, matched_str, &context).around(text, matched.0, matched.1);
        let verdict = match rule.validate {
            Some(validate) => validate(&candidate),
            None => Verdict::Plausible,
        };
        // A long checksum-proven value is not a placeholder, whatever
        // letters chance put in it (`…xXxX…` in a 2 KB key body); a short
        // one still is (`sk-xxxx…T3BlbkFJxxxx…` has the right structure).
        let proven_long = verdict == Verdict::Verified && value_str.len() >= 200;
        if rule.placeholder_filter && !proven_long && looks_like_placeholder(value_str) {
            return None;
        }
        let confidence = match verdict {
            Verdict::Invalid => return None,
            Verdict::Verified => 0.99,
            Verdict::Plausible if candidate.near_context() => (rule.confidence + 0.1).min(0.98),
            Verdict::Plausible => rule.confidence,
        };
        Some(Found { rule: rule_idx, start: vs, end: ve, confidence, verified: verdict == Verdict::Verified })
    }

    /// Turns resolved candidates into findings on the original text.
    fn findings(&self, text: &str, norm: &Normalized, winners: Vec<Found>) -> Vec<Finding> {
        let mut utf16 = Utf16Cursor::new(text, self.kernel);
        let mut out = Vec::with_capacity(winners.len());
        for h in winners {
            let rule = &self.rules[h.rule as usize];
            let (start, end) = norm.span_to_orig(text, h.start, h.end);
            let (start, end) = snap_to_chars(text, start, end);
            out.push(Finding {
                rule_id: rule.id.to_string(),
                title: rule.title.clone(),
                category: rule.category,
                severity: rule.severity,
                action: rule.action,
                byte_start: start,
                byte_end: end,
                start: utf16.at(start),
                end: utf16.at(end),
                preview: mask::preview_in(&norm.text, h.start, h.end, rule.mask),
                confidence: h.confidence,
            });
        }
        out
    }

    /// Placeholder stem of the rule that made `finding` (`GITHUB_TOKEN`).
    pub fn label_of(&self, finding: &Finding) -> &str {
        self.rules.iter().find(|r| r.id == finding.rule_id).map_or("SECRET", |r| &r.label)
    }

    /// Ids, categories and actions of the rules this scanner runs.
    pub fn active_rules(&self) -> impl Iterator<Item = (&str, Category, Action)> {
        self.rules.iter().map(|r| (&*r.id, r.category, r.action))
    }
}

/// `windows` in their natural order (rule, then position), which groups
/// each rule's windows so that overlapping ones merge and one rule's lazy
/// DFA stays in cache while it runs. A counting pass by rule first: each
/// source adds its windows in text order, so a rule's share is then
/// (nearly) sorted already, and sorting 50,000 windows of dense text as
/// one slice was 7 % of its scan.
fn sorted_by_rule(windows: Vec<Window>, rules: usize) -> Vec<Window> {
    let mut offsets = vec![0usize; rules + 1];
    for w in &windows {
        offsets[w.rule as usize + 1] += 1;
    }
    for r in 0..rules {
        offsets[r + 1] += offsets[r];
    }
    let mut out = vec![windows[0]; windows.len()];
    let mut next = offsets.clone();
    for w in windows {
        out[next[w.rule as usize]] = w;
        next[w.rule as usize] += 1;
    }
    for r in 0..rules {
        out[offsets[r]..offsets[r + 1]].sort_unstable();
    }
    out
}

/// Start of the next word after `from` within `..limit` (or `limit`).
fn next_word_start(hay: &[u8], from: usize, limit: usize) -> usize {
    let mut i = from + 1;
    while i < limit && hay[i].is_ascii_alphanumeric() {
        i += 1;
    }
    while i < limit && !hay[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

fn is_word_byte(hay: &[u8], i: usize) -> bool {
    hay.get(i).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Widens a byte span to whole characters.
fn snap_to_chars(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    end = end.min(text.len());
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end.max(start))
}

/// Whether `rule_trigger` needs the keyword pass (used by docs and tests).
pub fn trigger_words(trigger: &Trigger) -> &'static [&'static str] {
    match trigger {
        Trigger::Prefix(w) => w,
        Trigger::Near { words, .. } | Trigger::Inside { words, .. } => words,
        _ => &[],
    }
}
