//! One compiled rule pattern: a lazy DFA finds where a match is, and only
//! for patterns whose value sits in a capture group does an NFA engine then
//! run on that match alone to find the group.
//!
//! This is the part of regex-automata's `meta::Regex` that the engine uses.
//! The meta regex also chooses among literal prefilters, reverse-suffix and
//! reverse-inner searches and several capture engines; here keywords and
//! windows already narrow where patterns run, so those strategies bought
//! no measurable speed, and leaving them out takes 8 % (26 KB gzipped) off
//! the WebAssembly module (README, performance).
//!
//! Every engine used is linear in the haystack: the lazy DFA never gives
//! up (it clears its cache and goes on), and the capture step runs on the
//! matched span only.
//!
//! This module sits below both the engine and the settings: the catalog's
//! patterns and a policy's custom and allowlist patterns compile here, the
//! latter within [`limits`].

use regex_automata::hybrid::{self, regex::Regex};
use regex_automata::nfa::thompson::{self, backtrack::BoundedBacktracker, pikevm::PikeVM, WhichCaptures, NFA};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Span};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

/// Limits on the patterns a policy brings, so that no policy can cost a
/// browser tab more than it protects.
pub mod limits {
    /// Characters in one custom or allowlist pattern.
    pub const PATTERN_LEN: usize = 1_000;
    /// Compiled size of one custom pattern, in bytes of NFA.
    pub const COMPILED_PATTERN_BYTES: usize = 512 * 1024;
    /// Compiled size of a catalog pattern (the catalog test keeps them far below).
    pub const CATALOG_PATTERN_BYTES: usize = 8 << 20;
}

/// Compiles a catalog pattern: bytes, ASCII, no Unicode tables.
pub(crate) fn compile(pattern: &str) -> Result<Pattern, CompileError> {
    compile_limited(pattern, limits::CATALOG_PATTERN_BYTES)
}

/// Compiles with an NFA size limit; an invalid pattern's reason is the
/// last line of the parser's message (the earlier lines repeat the pattern).
fn compile_limited(pattern: &str, nfa_limit: usize) -> Result<Pattern, CompileError> {
    Pattern::new(pattern, nfa_limit).map_err(|e| match e {
        CompileError::Invalid(why) => CompileError::Invalid(last_line(&why).to_string()),
        too_large => too_large,
    })
}

/// Checks and compiles a pattern from a policy, within [`limits`]; the
/// error is a sentence an admin can act on.
pub(crate) fn compile_custom(pattern: &str) -> Result<Pattern, String> {
    if pattern.is_empty() {
        return Err("empty pattern".into());
    }
    if pattern.chars().count() > limits::PATTERN_LEN {
        return Err(format!("longer than {} characters", limits::PATTERN_LEN));
    }
    let regex = compile_limited(pattern, limits::COMPILED_PATTERN_BYTES).map_err(|e| match e {
        CompileError::TooLarge => format!(
            "compiles to more than {} KiB (reduce counted repetitions such as {{1000}})",
            limits::COMPILED_PATTERN_BYTES / 1024
        ),
        CompileError::Invalid(why) => format!("not a valid pattern: {why}"),
    })?;
    if regex.is_match(b"") {
        return Err("matches empty text; it would flag every prompt".into());
    }
    Ok(regex)
}

/// An allowlist pattern: checked like a custom pattern, compiled to match
/// the whole value, so `abc` does not allow `xabcx`.
pub(crate) fn compile_whole_value(pattern: &str) -> Result<Pattern, String> {
    compile_custom(pattern)?;
    compile_limited(&format!("^(?:{pattern})$"), limits::COMPILED_PATTERN_BYTES)
        .map_err(|_| "not a valid pattern".to_string())
}

/// The parser's messages end with the reason; the lines before it show the
/// pattern with a caret.
fn last_line(s: &str) -> &str {
    s.lines().last().unwrap_or(s).trim()
}

/// Why a pattern did not compile.
pub(crate) enum CompileError {
    /// The NFA would exceed the size limit.
    TooLarge,
    /// Not a valid pattern; the reason.
    Invalid(String),
}

/// A compiled pattern; see the module docs.
pub(crate) struct Pattern {
    engines: Arc<Engines>,
    caches: Pool<Cache, CacheFn>,
}

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

struct Engines {
    dfa: Regex,
    /// Only for patterns with capture groups.
    groups: Option<Groups>,
}

/// The capture step: the bounded backtracker is the quicker on short
/// spans, the PikeVM takes spans too long for the backtracker's memory.
struct Groups {
    backtrack: BoundedBacktracker,
    pikevm: PikeVM,
}

struct Cache {
    dfa: hybrid::regex::Cache,
    groups: Option<(thompson::backtrack::Cache, thompson::pikevm::Cache, Captures)>,
}

impl Pattern {
    /// Compiles `pattern` bytewise, without Unicode, its NFAs limited to
    /// `nfa_limit` bytes each.
    pub fn new(pattern: &str, nfa_limit: usize) -> Result<Pattern, CompileError> {
        let hir = syntax::parse_with(pattern, &syntax::Config::new().unicode(false).utf8(false))
            .map_err(|e| CompileError::Invalid(e.to_string()))?;
        let config = thompson::Config::new().utf8(false).nfa_size_limit(Some(nfa_limit));
        let nfa = |config: thompson::Config| {
            thompson::Compiler::new().configure(config).build_from_hir(&hir).map_err(|e| match e.size_limit() {
                Some(_) => CompileError::TooLarge,
                None => CompileError::Invalid(e.to_string()),
            })
        };
        let forward = nfa(config.clone())?;
        let reverse = nfa(config.which_captures(WhichCaptures::None).reverse(true))?;
        let groups = if forward.group_info().all_group_len() > 1 { Some(Groups::new(&forward)?) } else { None };
        let dfa = |nfa: NFA, kind| {
            hybrid::dfa::Builder::new()
                .configure(
                    hybrid::dfa::Config::new()
                        .match_kind(kind)
                        // Big NFAs get the smallest cache that works rather
                        // than an error.
                        .skip_cache_capacity_check(true),
                )
                .build_from_nfa(nfa)
                .map_err(|e| CompileError::Invalid(e.to_string()))
        };
        let dfa = hybrid::regex::Builder::new().build_from_dfas(
            dfa(forward, regex_automata::MatchKind::LeftmostFirst)?,
            dfa(reverse, regex_automata::MatchKind::All)?,
        );
        let engines = Arc::new(Engines { dfa, groups });
        let for_cache = Arc::clone(&engines);
        let create: CacheFn = Box::new(move || for_cache.create_cache());
        Ok(Pattern { engines, caches: Pool::new(create) })
    }

    /// Whether the pattern matches anywhere in `hay`.
    pub fn is_match(&self, hay: &[u8]) -> bool {
        self.find(&Input::new(hay).earliest(true)).is_some()
    }

    /// The leftmost-first match in `input`.
    pub fn find(&self, input: &Input) -> Option<Span> {
        let mut cache = self.caches.get();
        self.engines.find(&mut cache.dfa, input)
    }

    /// The leftmost-first match in `input` and the span of capture group
    /// `group` in it (`None` if the group did not take part).
    pub fn find_group(&self, input: &Input, group: usize) -> Option<(Span, Option<Span>)> {
        let mut cache = self.caches.get();
        let m = self.engines.find(&mut cache.dfa, input)?;
        let (Some(groups), Some((backtrack, pikevm, caps))) = (&self.engines.groups, &mut cache.groups) else {
            return Some((m, (group == 0).then_some(m)));
        };
        // The match found again, anchored and bounded by the span: the same
        // match, since leftmost-first picks among matches at one start by
        // preference, not length, and look-around still sees the haystack
        // beyond the span.
        let exact = input.clone().span(m).anchored(Anchored::Yes).earliest(false);
        if groups.backtrack.try_search(backtrack, &exact, caps).is_err() {
            // Longer than the backtracker's memory allows.
            groups.pikevm.search(pikevm, &exact, caps);
        }
        Some((m, caps.get_group(group)))
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pattern").field("groups", &self.engines.groups.is_some()).finish_non_exhaustive()
    }
}

impl Engines {
    fn create_cache(&self) -> Cache {
        Cache {
            dfa: self.dfa.create_cache(),
            groups: self
                .groups
                .as_ref()
                .map(|g| (g.backtrack.create_cache(), g.pikevm.create_cache(), g.pikevm.create_captures())),
        }
    }

    fn find(&self, cache: &mut hybrid::regex::Cache, input: &Input) -> Option<Span> {
        // Cannot fail: no quit bytes (patterns are bytewise, word
        // boundaries ASCII) and the cache never gives up.
        self.dfa.try_search(cache, input).ok().flatten().map(|m| m.span())
    }
}

impl Groups {
    fn new(nfa: &NFA) -> Result<Groups, CompileError> {
        let invalid = |e: thompson::BuildError| CompileError::Invalid(e.to_string());
        Ok(Groups {
            backtrack: BoundedBacktracker::new_from_nfa(nfa.clone()).map_err(invalid)?,
            pikevm: PikeVM::new_from_nfa(nfa.clone()).map_err(invalid)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(p: &str) -> Pattern {
        Pattern::new(p, 8 << 20).unwrap_or_else(|_| panic!("{p} compiles"))
    }

    #[test]
    fn groups_are_found_in_the_match() {
        let p = pattern(r"key=([A-Za-z0-9]+)");
        let hay = b"xx key=abc123 yy";
        let (m, v) = p.find_group(&Input::new(hay), 1).unwrap();
        assert_eq!((m.start, m.end), (3, 13));
        assert_eq!(v.map(|v| (v.start, v.end)), Some((7, 13)));
        assert_eq!(p.find(&Input::new(hay)).map(|m| (m.start, m.end)), Some((3, 13)));
    }

    #[test]
    fn look_around_sees_past_the_match() {
        // `\b` after the group is checked against the byte after the match.
        let p = pattern(r"a(b+)\b");
        let hay = b"abbbc abb ";
        let (m, v) = p.find_group(&Input::new(hay), 1).unwrap();
        assert_eq!((m.start, m.end, v.unwrap().start, v.unwrap().end), (6, 9, 7, 9));
    }

    #[test]
    fn long_matches_fall_back_to_the_pikevm() {
        let p = pattern(r"<([a-z]+)>");
        let body = "q".repeat(300_000);
        let hay = format!("x <{body}> y");
        assert!(p.engines.groups.as_ref().unwrap().backtrack.max_haystack_len() < body.len());
        let (m, v) = p.find_group(&Input::new(hay.as_bytes()), 1).unwrap();
        assert_eq!((m.start, m.end), (2, 4 + body.len()));
        assert_eq!(v.map(|v| v.len()), Some(body.len()));
    }

    #[test]
    fn optional_groups_may_be_absent() {
        let p = pattern(r"id(?::([0-9]+))?");
        let (m, v) = p.find_group(&Input::new(b"an id here"), 1).unwrap();
        assert_eq!((m.start, m.end, v), (3, 5, None));
    }

    #[test]
    fn custom_patterns_are_bounded() {
        assert!(compile_custom("ACME-[0-9]{6}").is_ok());
        let e = compile_custom("(a{1000}){1000}").unwrap_err();
        assert!(e.contains("KiB"), "{e}");
        assert!(compile_custom("a*").unwrap_err().contains("empty"));
        assert!(compile_custom(&"a".repeat(2000)).unwrap_err().contains("longer"));
        assert!(compile_custom("(?<=a)b").unwrap_err().contains("not a valid pattern"));
    }

    #[test]
    fn allowlist_patterns_match_whole_values() {
        let p = compile_whole_value("abc[0-9]").unwrap();
        assert!(p.is_match(b"abc1"));
        assert!(!p.is_match(b"xabc1x"));
    }

    #[test]
    fn errors_say_why() {
        assert!(matches!(Pattern::new("(", 8 << 20), Err(CompileError::Invalid(_))));
        assert!(matches!(Pattern::new("(a{1000}){1000}", 512 << 10), Err(CompileError::TooLarge)));
    }
}
