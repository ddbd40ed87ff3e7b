//! PromptWarden finds secrets and personal data in text before it is sent to
//! an AI chat app.
//!
//! [`Scanner`] is the whole front door: build it once from a [`Policy`], then
//! [`Scanner::scan`] returns [`Finding`]s and [`Scanner::redact`] returns the
//! text with each finding replaced by a placeholder such as
//! `[GITHUB_TOKEN_1]`.
//!
//! ```
//! use promptwarden::{Policy, Scanner};
//!
//! let scanner = Scanner::new(&Policy::default())?;
//! let prompt = "why does boto3 reject AKIAZ7VRSQ5TBLN2MXQE?";
//! let findings = scanner.scan(prompt);
//! assert_eq!(findings[0].rule_id, "aws-access-key-id");
//! assert_eq!(findings[0].preview, "AKIA************");
//! assert_eq!(scanner.redact(prompt).text, "why does boto3 reject [AWS_ACCESS_KEY_1]?");
//! # Ok::<(), promptwarden::PolicyError>(())
//! ```
//!
//! # Guarantees
//!
//! - **Nothing leaves and nothing is kept.** A scan reads the text and
//!   returns findings; findings hold spans and a masked preview, never the
//!   value. The crate does no I/O.
//! - **Linear time.** The keyword pass (a table walk), the digit pass and
//!   every pattern (regex-automata, the engine behind the `regex` crate) run
//!   in time linear in the text. Custom patterns from a policy use the same
//!   engine with a compiled-size limit, so no policy can hang a browser tab.
//! - **Bounded memory.** A scan holds a normalised copy of the text only
//!   when it contains invisible or full-width characters, plus per-match
//!   bookkeeping, and texts over 1 MiB are scanned in overlapping 1 MiB
//!   pieces; each compiled pattern keeps a lazy-DFA cache of at most
//!   2 MiB, allocated only as far as it is used.
//! - **Spans are exact.** Every span lies on character boundaries of the
//!   original text, in UTF-8 bytes (`byte_start`/`byte_end`) and UTF-16
//!   code units (`start`/`end`, for JavaScript), even when invisible
//!   characters were removed before matching.
//! - **Deterministic.** The same text and policy give the same findings in
//!   the same order.
//!
//! # Costs
//!
//! Measured figures, and the commands that produce them, are in the README's
//! performance table (`make bench`). In short: building a scanner indexes the
//! keywords of every enabled rule (well under a millisecond); a rule's pattern
//! compiles the first time its keyword occurs (tens of microseconds each);
//! a 2 KB prompt scans in microseconds.
//!
//! # Where things are
//!
//! - [`rules`]: the catalog, as data; [`rule`]: what a rule is.
//! - [`engine`]: how a scan runs.
//! - [`settings`]: the policy document, its defaults, the merge of managed
//!   policy over user options, and site matching.
//! - [`pattern`]: how patterns compile, within the policy's limits.
//! - [`extract`]: text out of files (Office, OpenDocument, PDF, zip).
//! - [`validate`]: checksums and other checks.

/// A rule's examples (`positives: examples!["…"]`). They are test data for
/// the catalog test, the docs and the CLI; the WebAssembly build leaves
/// them out, which takes about a quarter off the module the extension ships.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! examples {
    ($($example:expr),* $(,)?) => {
        &[$($example),*]
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! examples {
    ($($example:expr),* $(,)?) => {
        &[]
    };
}

/// A rule's one-sentence description (`about: about!("…")`). The docs, the
/// CLI and its SARIF output show it; neither the extension nor the
/// playground does, so the WebAssembly build leaves it out (42 KB of text,
/// 15 KB gzipped) and `rules()` there lists rules without it.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! about {
    ($about:expr) => {
        $about
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! about {
    ($about:expr) => {
        ""
    };
}

/// A catalog entry: a [`Rule`] literal whose text fields (`id`, `title`,
/// `label`, `pattern`) are written as plain string literals or `concat!`s,
/// ending in the defaults it overrides (`..Rule::SECRET`, `..Rule::PII`).
/// Custom rules from a policy are the same type with owned strings.
#[macro_export]
macro_rules! rule {
    (@field id $v:expr) => { ::std::borrow::Cow::Borrowed($v) };
    (@field title $v:expr) => { ::std::borrow::Cow::Borrowed($v) };
    (@field label $v:expr) => { ::std::borrow::Cow::Borrowed($v) };
    (@field pattern $v:expr) => { ::std::borrow::Cow::Borrowed($v) };
    (@field $other:ident $v:expr) => { $v };
    ($($field:ident : $v:expr),+ , ..$base:expr) => {
        $crate::rule::Rule { $($field: $crate::rule!(@field $field $v)),+ , ..$base }
    };
}

pub mod engine;
pub mod extract;
pub mod finding;
pub mod mask;
pub mod normalize;
pub mod pattern;
pub mod redact;
pub mod rule;
pub mod rules;
pub mod settings;
pub mod simd;
pub mod validate;

#[cfg(all(target_arch = "wasm32", feature = "bindings"))]
pub mod wasm;

pub use engine::Scanner;
pub use finding::Finding;
pub use redact::{Redacted, Replacement};
pub use rule::{Action, Category, Rule, Severity};
pub use settings::{Effective, Policy, PolicyError, PolicyIssue};

impl Scanner {
    /// Scans `text` and replaces every finding with its placeholder.
    pub fn redact(&self, text: &str) -> Redacted {
        let findings = self.scan(text);
        redact::redact_findings(self, text, &findings)
    }

    /// [`Scanner::redact`] applying the allowlist entries scoped to `site`:
    /// what a redacted copy of an attached file holds, so that a value the
    /// user allowed on this site stays as it was, as in the panel.
    pub fn redact_on_site(&self, text: &str, site: Option<&str>) -> Redacted {
        let findings = self.scan_on_site(text, site);
        redact::redact_findings(self, text, &findings)
    }
}
