//! The shape of one detection rule.
//!
//! A [`Rule`] is plain data: what it finds, how the engine finds candidates
//! cheaply ([`Trigger`]), the pattern that extracts the value, and the checks
//! that cut false positives. Every rule carries its own true-positive and
//! near-miss examples; `tests/catalog.rs` fails if one lacks them, misses a
//! positive or fires on a negative.
//!
//! Writing a rule, in short:
//! - Prefer a distinctive literal the token itself starts with
//!   ([`Trigger::Prefix`]): the engine then runs an anchored match at each
//!   occurrence of the literal and nothing else.
//! - Patterns are ASCII-only (`[A-Za-z0-9]`, not `\w`): the engine runs them
//!   without Unicode tables, bytewise. `\b` is the ASCII word boundary.
//! - A pattern must not match part of a multi-byte character: use ASCII
//!   classes, never `.` or a negated class that could swallow non-ASCII bytes
//!   unless the match can only end on ASCII.
//! - When the value is only part of the match (`password: «value»`), put it in
//!   capture group 1 and set `value_group: 1`; the finding, the preview and
//!   redaction then cover only the value.

use serde::Serialize;
use std::borrow::Cow;

/// What kind of data a rule finds. Policies set actions per category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Credentials: tokens, keys, passwords, connection strings.
    Secret,
    /// Personal data: contact details, payment cards, national identifiers.
    Pii,
    /// Rules an organisation adds through its policy.
    Custom,
}

impl Category {
    /// The lowercase name used in policies and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::Pii => "pii",
            Category::Custom => "custom",
        }
    }
}

/// What happens when a finding is present at send time: a policy sets it
/// per category and per rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Not reported; the rule does not even run.
    Off,
    /// A panel asks the user: redact, send anyway, or edit.
    Warn,
    /// Sending is refused until the value is removed or redacted.
    Block,
    /// The value is replaced by a placeholder and the prompt is sent.
    Redact,
}

impl Action {
    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "off" => Action::Off,
            "warn" => Action::Warn,
            "block" => Action::Block,
            "redact" => Action::Redact,
            _ => return None,
        })
    }
}

/// How bad a leak of this data would be. Ordered: `Low < Medium < High < Critical`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, rarely worth stopping a prompt (an IP address).
    Low,
    /// Personal data or a credential of limited reach.
    Medium,
    /// A credential or identifier that enables fraud or account access.
    High,
    /// Direct access to production systems or money (cloud keys, private keys).
    Critical,
}

impl Severity {
    /// The lowercase name used in policies and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// Rollout group, as in linters: preview rules are off unless a policy opts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// On by default; measured precise on the labelled corpus.
    Stable,
    /// Noisier or newer; enabled by `"previewRules": true` or by naming the rule.
    Preview,
}

/// How the engine finds the places where a rule's pattern is worth running.
///
/// Keywords are matched ASCII case-insensitively in one pass over the whole
/// text, at word starts (`Inside` markers anywhere); a rule's pattern then
/// runs only near its keywords.
#[derive(Clone, Debug)]
pub enum Trigger {
    /// The value starts with one of these literals (`ghp_`, `AKIA`, `xoxb-`).
    /// The pattern runs anchored at each occurrence, at most `max_len` bytes.
    Prefix(&'static [&'static str]),
    /// The value lies within `before` bytes before or `after` bytes after one
    /// of these words (a provider name, `password`, a marker inside a token).
    /// Windows are widened to whitespace so a token is never cut in two.
    Near {
        /// Words that must occur near the value.
        words: &'static [&'static str],
        /// Bytes searched before the word.
        before: u16,
        /// Bytes searched after the word.
        after: u16,
    },
    /// Like `Near`, for markers that sit inside a token (`T3BlbkFJ` in an
    /// OpenAI key, `Q~` in an Entra secret): these words are matched
    /// anywhere, while `Prefix` and `Near` words are matched only where a
    /// word starts (so `okta` is not found in `Roktavia`).
    Inside {
        /// Markers that must occur inside or near the value.
        words: &'static [&'static str],
        /// Bytes searched before the marker.
        before: u16,
        /// Bytes searched after the marker.
        after: u16,
    },
    /// Keyword-less numeric data (cards, phone numbers, national ids): the
    /// pattern runs around each cluster of digits joined by one or two
    /// separators (space, `-`, `.`, `/`, `(`, `)`, `+`) in which some run of
    /// whole digit groups holds between `min_digits` and `max_digits` digits.
    /// `2024-01-15` (groups 4, 2, 2) never wakes a 9-digit rule.
    Digits {
        /// Fewest digits the value can hold.
        min_digits: u8,
        /// Most digits the value can hold (63 for no limit).
        max_digits: u8,
        /// Bytes searched before the cluster (for letter prefixes).
        before: u8,
        /// Bytes searched after the cluster (for letter suffixes).
        after: u8,
    },
    /// Identifiers mixing letters and digits (`RSSMRA85T10A562S`): the
    /// pattern runs on each maximal `[A-Za-z0-9]` token that contains at
    /// least `min_digits` digits and is `min_len..=max_len` long.
    Token {
        /// Shortest token.
        min_len: u8,
        /// Longest token.
        max_len: u8,
        /// Fewest digits in the token.
        min_digits: u8,
        /// Bytes searched before the token.
        before: u8,
        /// Bytes searched after the token.
        after: u8,
    },
    /// Around each `@` (email addresses).
    At,
    /// An organisation's own literals (custom rules): matched anywhere,
    /// ASCII case-insensitively (`ACME-` in `xACME-1`), the pattern running
    /// from 64 bytes before to 256 after each. Without keywords the pattern
    /// runs over the whole text.
    Custom {
        /// The policy's `keywords`.
        keywords: Vec<String>,
    },
}

/// How sure a validator is about a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Fails a format rule or checksum: not reported.
    Invalid,
    /// Passes the format; no checksum to prove it.
    Plausible,
    /// A checksum or structural decode proves the format (confidence 0.99).
    Verified,
}

/// What a validator sees of a candidate.
pub struct Candidate<'a> {
    /// The value (capture group `value_group`, or the whole match).
    pub value: &'a str,
    /// The whole match of the pattern.
    pub matched: &'a str,
    /// Looks for the rule's context words; run at most once, and only if
    /// asked: most candidates are settled by their checksum or shape alone.
    context: &'a dyn Fn() -> bool,
    near: std::cell::Cell<Option<bool>>,
    /// Up to [`Candidate::AROUND`] bytes of text right before the match, cut
    /// at a character boundary: a label there (`order #`, `ISBN`,
    /// `version`) or a neighbouring digit can say what the value is.
    pub before: &'a str,
    /// The same after the match.
    pub after: &'a str,
}

impl<'a> Candidate<'a> {
    /// A candidate whose context is looked up by `context` when needed.
    pub fn new(value: &'a str, matched: &'a str, context: &'a dyn Fn() -> bool) -> Candidate<'a> {
        Candidate { value, matched, context, near: std::cell::Cell::new(None), before: "", after: "" }
    }

    /// Bytes of text on each side of a match that [`Candidate::around`] keeps.
    pub const AROUND: usize = 48;

    /// The candidate with the text around its match, `text[start..end]`.
    pub fn around(mut self, text: &'a str, start: usize, end: usize) -> Candidate<'a> {
        let mut from = start.saturating_sub(Self::AROUND);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (end + Self::AROUND).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        self.before = text.get(from..start).unwrap_or("");
        self.after = text.get(end..to).unwrap_or("");
        self
    }

    /// A candidate whose context is already known (tests, re-checks).
    pub fn with_context(value: &'a str, near_context: bool) -> Candidate<'a> {
        Candidate {
            value,
            matched: value,
            context: &|| false,
            near: std::cell::Cell::new(Some(near_context)),
            before: "",
            after: "",
        }
    }

    /// Whether one of the rule's `context` words occurs within
    /// `context_window` bytes of the match.
    pub fn near_context(&self) -> bool {
        match self.near.get() {
            Some(known) => known,
            None => {
                let found = (self.context)();
                self.near.set(Some(found));
                found
            }
        }
    }
}

/// A check run on each candidate after the pattern matched.
pub type Validator = fn(&Candidate) -> Verdict;

/// How the preview of a finding is masked. Previews never carry the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mask {
    /// Keep the first `n` characters: a public format prefix such as `ghp_`
    /// or `AKIA`, which says what the value is without revealing it.
    KeepPrefix(u8),
    /// Keep the last four digits (payment cards, as receipts do).
    LastFour,
    /// `j***@***.com`: first letter of the local part and the top-level domain.
    Email,
    /// Mask everything.
    All,
}

/// One detection rule: an entry of the catalog (static data, written with
/// [`rule!`](crate::rule!)) or an organisation's custom rule built from its
/// policy (owned strings). The engine runs both the same way.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable kebab-case id; policies and output name rules by it.
    pub id: Cow<'static, str>,
    /// Human title shown in the UI and the docs.
    pub title: Cow<'static, str>,
    /// Why a leak matters or what the rule keys on, one sentence, for docs
    /// (`about!("…")`: empty in the WebAssembly build).
    pub about: &'static str,
    /// Secret, PII or custom.
    pub category: Category,
    /// How bad a leak is.
    pub severity: Severity,
    /// Stable or preview.
    pub group: Group,
    /// Placeholder stem for redaction: `GITHUB_TOKEN` gives `[GITHUB_TOKEN_1]`.
    pub label: Cow<'static, str>,
    /// Where the engine looks.
    pub trigger: Trigger,
    /// Regex (regex-automata syntax, ASCII, no Unicode classes).
    pub pattern: Cow<'static, str>,
    /// Capture group holding the value; 0 for the whole match.
    pub value_group: u8,
    /// Longest match in bytes; bounds anchored searches and windows.
    pub max_len: u16,
    /// Require the value to be preceded and followed by a non-word character
    /// (not `[A-Za-z0-9_]`) or the edge of the text.
    pub word_boundary: bool,
    /// Shannon entropy floor in bits per character for the value; 0 for none.
    pub min_entropy: f32,
    /// Optional check after the pattern matched.
    pub validate: Option<Validator>,
    /// Words that raise confidence (and that validators may require) when
    /// they occur within `context_window` bytes of the match.
    pub context: &'static [&'static str],
    /// Distance for `context`, in bytes.
    pub context_window: u16,
    /// Confidence of a plausible match without context, 0..=1.
    pub confidence: f32,
    /// Values published in documentation that are never reported.
    pub known_examples: &'static [&'static str],
    /// Whether the shared placeholder filter applies (`xxxx`, `YOUR_KEY`,
    /// `${VAR}`, `<token>`, `EXAMPLE`...). On for secrets.
    pub placeholder_filter: bool,
    /// How the preview is masked.
    pub mask: Mask,
    /// After a match fails its checks, search again from the next word
    /// inside it rather than after it. For values made of words (seed
    /// phrases) where a longer false match can hide the true one. Off by
    /// default: many patterns match surrounding text on purpose so that the
    /// validator can refuse it (a URL around an address).
    pub rescan_rejected: bool,
    /// A catch-all rule (`password = …`, credentials in any URL): it loses
    /// every overlap with a specific rule, so users see the precise name.
    pub generic: bool,
    /// Texts in which the rule must report. The reported value is marked with
    /// `«` and `»`; without marks the whole text is the value.
    pub positives: &'static [&'static str],
    /// Near misses in which the rule must not report.
    pub negatives: &'static [&'static str],
}

impl Rule {
    /// Defaults for a secret rule; catalog entries override what differs with
    /// `..Rule::SECRET`.
    pub const SECRET: Rule = Rule {
        id: Cow::Borrowed(""),
        title: Cow::Borrowed(""),
        about: "",
        category: Category::Secret,
        severity: Severity::High,
        group: Group::Stable,
        label: Cow::Borrowed("SECRET"),
        trigger: Trigger::Prefix(&[]),
        pattern: Cow::Borrowed(""),
        value_group: 0,
        max_len: 256,
        word_boundary: true,
        min_entropy: 0.0,
        validate: None,
        context: &[],
        context_window: 0,
        confidence: 0.9,
        known_examples: &[],
        placeholder_filter: true,
        mask: Mask::KeepPrefix(4),
        rescan_rejected: false,
        generic: false,
        positives: &[],
        negatives: &[],
    };

    /// Defaults for a personal-data rule (`..Rule::PII`).
    pub const PII: Rule = Rule {
        category: Category::Pii,
        severity: Severity::Medium,
        label: Cow::Borrowed("PII"),
        placeholder_filter: false,
        mask: Mask::All,
        confidence: 0.8,
        max_len: 64,
        ..Rule::SECRET
    };

    /// Defaults for an organisation's custom rule: any bytes may match, no
    /// word boundary, masked whole; the id, title, label, pattern, trigger
    /// and severity come from the policy.
    pub const CUSTOM: Rule = Rule {
        category: Category::Custom,
        label: Cow::Borrowed("CUSTOM"),
        max_len: 1024,
        word_boundary: false,
        placeholder_filter: false,
        mask: Mask::All,
        ..Rule::SECRET
    };
}
