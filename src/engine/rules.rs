//! Rules as the engine runs them: the catalog entries a policy enables,
//! plus the policy's custom rules, each with its action and a pattern that
//! compiles on first use.

use crate::pattern::{compile, compile_custom, compile_whole_value, Pattern};
use crate::rule::{Action, Category, Group, Rule, Trigger};
use crate::settings::{AllowEntry, Policy, PolicyError, Site};
use crate::validate::WordSet;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Deref;
use std::sync::Arc;
use std::sync::OnceLock;

/// Where the engine looks for one active rule: the rule's [`Trigger`] with
/// `Near` and `Inside` folded into one kind and custom keywords resolved.
#[derive(Clone, Debug)]
pub(crate) enum ActiveTrigger {
    Prefix(&'static [&'static str]),
    Near { words: Vec<Cow<'static, str>>, before: u16, after: u16, anywhere: bool },
    Digits { min_digits: u8, max_digits: u8, before: u8, after: u8 },
    Token { min_len: u8, max_len: u8, min_digits: u8, before: u8, after: u8 },
    At,
    WholeText,
}

impl ActiveTrigger {
    fn of(trigger: &Trigger) -> ActiveTrigger {
        let borrowed = |words: &'static [&'static str]| words.iter().map(|w| Cow::Borrowed(*w)).collect();
        match *trigger {
            Trigger::Prefix(words) => ActiveTrigger::Prefix(words),
            Trigger::Near { words, before, after } => {
                ActiveTrigger::Near { words: borrowed(words), before, after, anywhere: false }
            }
            Trigger::Inside { words, before, after } => {
                ActiveTrigger::Near { words: borrowed(words), before, after, anywhere: true }
            }
            Trigger::Digits { min_digits, max_digits, before, after } => {
                ActiveTrigger::Digits { min_digits, max_digits, before, after }
            }
            Trigger::Token { min_len, max_len, min_digits, before, after } => {
                ActiveTrigger::Token { min_len, max_len, min_digits, before, after }
            }
            Trigger::At => ActiveTrigger::At,
            Trigger::Custom { ref keywords } if keywords.is_empty() => ActiveTrigger::WholeText,
            Trigger::Custom { ref keywords } => ActiveTrigger::Near {
                words: keywords.iter().map(|k| Cow::Owned(k.clone())).collect(),
                before: 64,
                after: 256,
                anywhere: true,
            },
        }
    }
}

/// One rule the scanner runs: a [`Rule`] (borrowed from the catalog, or
/// an organisation's custom rule) with the action the policy gives it and
/// the state it builds lazily. Derefs to the rule, so a new rule field is
/// added in one place.
pub(crate) struct ActiveRule {
    rule: Cow<'static, Rule>,
    pub action: Action,
    /// The rule's trigger as the engine runs it (shadows `Rule::trigger`).
    pub trigger: ActiveTrigger,
    /// Finds the rule's context words near a candidate; built on first
    /// need, so the hundreds of context words never slow the keyword pass.
    context_finder: OnceLock<WordSet>,
    /// Shared by rules with the same pattern text (the vendor table's
    /// token shapes), so each shape compiles once.
    regex: Arc<OnceLock<Option<Pattern>>>,
}

impl Deref for ActiveRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl ActiveRule {
    fn new(rule: Cow<'static, Rule>, action: Action, regex: Arc<OnceLock<Option<Pattern>>>) -> ActiveRule {
        let trigger = ActiveTrigger::of(&rule.trigger);
        ActiveRule { rule, action, trigger, context_finder: OnceLock::new(), regex }
    }

    /// Tokens anchored at a distinctive prefix win ties.
    pub fn prefix_anchored(&self) -> bool {
        matches!(self.trigger, ActiveTrigger::Prefix(_))
    }

    /// Whether a context word occurs within `context_window` bytes of
    /// `start..end`, or in the header cell of the column holding the match
    /// when it sits in a pasted table (`columns.rs`). Short words must
    /// stand alone (`sin` is not in `using`, `tel` not in `hotel`); longer
    /// ones may sit inside compounds (`Steueridentifikationsnummer`,
    /// `asmens kodas`).
    pub fn near_context(&self, hay: &[u8], start: usize, end: usize) -> bool {
        if self.context.is_empty() {
            return false;
        }
        let finder = self.context_finder.get_or_init(|| WordSet::new(self.rule.context.iter().copied()));
        let window = self.context_window as usize;
        let lo = start.saturating_sub(window);
        let hi = (end + window).min(hay.len());
        let lo = lo.saturating_sub(MAX_CONTEXT_WORD); // a word may start before and reach in
        let near = finder.any(&hay[lo..hi], |s, e| {
            let (s, e) = (lo + s, lo + e);
            e >= start.saturating_sub(window) && (e - s > SHORT_WORD || is_whole_word(hay, s, e))
        });
        near || super::columns::header_cell(hay, end.saturating_sub(1)).is_some_and(|(hs, he)| {
            finder.any(&hay[hs..he], |s, e| e - s > SHORT_WORD || is_whole_word(hay, hs + s, hs + e))
        })
    }

    /// The compiled pattern, compiling it on first use. `None` only if a
    /// catalog pattern fails to compile, which the catalog test forbids.
    pub fn regex(&self) -> Option<&Pattern> {
        self.regex.get_or_init(|| compile(&self.pattern).ok()).as_ref()
    }
}

/// Context words up to this many bytes must be whole words.
const SHORT_WORD: usize = 4;

/// Longest context word we allow for when looking back.
const MAX_CONTEXT_WORD: usize = 64;

/// Whether `hay[start..end]` is not glued to letters or digits on either side.
fn is_whole_word(hay: &[u8], start: usize, end: usize) -> bool {
    let alnum = |i: usize| hay.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let glued_left = alnum(start) && start > 0 && alnum(start - 1);
    let glued_right = end > 0 && alnum(end - 1) && alnum(end);
    !glued_left && !glued_right
}

/// The policy's allowlist, ready to test values.
pub(crate) struct Allowlist {
    entries: Vec<CompiledAllow>,
}

struct CompiledAllow {
    values: HashSet<String>,
    patterns: Vec<Pattern>,
    rules: Vec<String>,
    sites: Vec<Site>,
}

impl Allowlist {
    fn new(entries: &[AllowEntry]) -> Result<Allowlist, PolicyError> {
        let mut out = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let patterns = e
                .patterns
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    compile_whole_value(p).map_err(|m| PolicyError::one(format!("allowlist[{i}].patterns[{k}]"), m))
                })
                .collect::<Result<_, _>>()?;
            out.push(CompiledAllow {
                values: e.values.iter().cloned().collect(),
                patterns,
                rules: e.rules.clone(),
                sites: e.sites.clone(),
            });
        }
        Ok(Allowlist { entries: out })
    }

    /// Whether `value` found by `rule` is allowed on `site`.
    pub fn allows(&self, rule: &str, value: &str, site: Option<&str>) -> bool {
        self.entries.iter().any(|e| {
            (e.rules.is_empty() || e.rules.iter().any(|r| r == rule))
                && (e.sites.is_empty() || site.is_some_and(|s| e.sites.iter().any(|p| p.covers(s))))
                && (e.values.contains(value) || e.patterns.iter().any(|p| p.is_match(value.as_bytes())))
        })
    }
}

/// The rules `policy` enables, in catalog order, then its custom rules.
pub(crate) fn activate(policy: &Policy) -> Result<(Vec<ActiveRule>, Allowlist), PolicyError> {
    let mut active = Vec::new();
    // Near rules share a compiled pattern when they name the same text
    // (the vendor table's shapes); prefix rules are distinct by their
    // prefix and are not looked up.
    // Keyed by the text's address: the table's shapes are constants, so
    // their rows point at one text, and hashing addresses keeps the
    // scanner build as quick as before.
    let mut shapes: HashMap<(usize, usize), Arc<OnceLock<Option<Pattern>>>> = HashMap::new();
    for rule in crate::rules::catalog() {
        let named = policy.rules.contains_key(&*rule.id);
        if rule.group == Group::Preview && !policy.preview_rules && !named {
            continue;
        }
        if rule.severity < policy.min_severity && !named {
            continue;
        }
        let action = policy.action_for(&rule.id, rule.category);
        if action != Action::Off {
            let regex = match rule.trigger {
                Trigger::Near { .. } => {
                    shapes.entry((rule.pattern.as_ptr() as usize, rule.pattern.len())).or_default().clone()
                }
                _ => Arc::default(),
            };
            active.push(ActiveRule::new(Cow::Borrowed(rule), action, regex));
        }
    }
    for (i, custom) in policy.custom_rules.iter().enumerate() {
        let action = custom.action.unwrap_or_else(|| policy.action_for(&custom.id, Category::Custom));
        let action = policy.rules.get(&custom.id).copied().unwrap_or(action);
        if action == Action::Off || custom.severity < policy.min_severity {
            continue;
        }
        let regex =
            compile_custom(&custom.pattern).map_err(|m| PolicyError::one(format!("customRules[{i}].pattern"), m))?;
        let rule = ActiveRule::new(Cow::Owned(custom.rule()), action, Arc::default());
        let _ = rule.regex.set(Some(regex));
        active.push(rule);
    }
    Ok((active, Allowlist::new(&policy.allowlist)?))
}
