//! Overlapping candidates resolve to one: the most specific rule wins.
//!
//! A Postgres URL also contains something shaped like an email address; a
//! GitHub token in `GITHUB_TOKEN=ghp_…` also satisfies the generic
//! assignment rule. Users want one finding, named for what it really is.

use super::rules::ActiveRule;
use super::Found;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Keeps, among overlapping candidates, the most specific; returns the
/// survivors in order of position.
pub(crate) fn keep_most_specific(rules: &[ActiveRule], mut found: Vec<Found>) -> Vec<Found> {
    if found.len() <= 1 {
        return found;
    }
    let better = |a: &Found, b: &Found| -> Ordering {
        let (ra, rb) = (&rules[a.rule as usize], &rules[b.rule as usize]);
        // Specific before generic, proven before plausible, then anchored
        // tokens, confidence, longer spans, and catalog order to be stable.
        (!ra.generic)
            .cmp(&!rb.generic)
            .then(a.verified.cmp(&b.verified))
            .then(ra.prefix_anchored().cmp(&rb.prefix_anchored()))
            .then(a.confidence.total_cmp(&b.confidence))
            .then((a.end - a.start).cmp(&(b.end - b.start)))
            .then(b.rule.cmp(&a.rule))
            .then(b.start.cmp(&a.start))
            .reverse()
    };
    found.sort_by(better);
    // Accepted spans by start; they never overlap, so ends are sorted too.
    let mut kept: BTreeMap<usize, Found> = BTreeMap::new();
    for c in found {
        let overlaps_prev = kept.range(..=c.start).next_back().is_some_and(|(_, k)| k.end > c.start);
        let overlaps_next = kept.range(c.start..).next().is_some_and(|(_, k)| k.start < c.end);
        if !overlaps_prev && !overlaps_next {
            kept.insert(c.start, c);
        }
    }
    kept.into_values().collect()
}
