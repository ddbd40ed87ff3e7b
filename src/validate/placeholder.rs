//! The shared filter for values that are obviously not real secrets:
//! documentation placeholders, template variables and masked values.
//! People paste `.env.example` files and API docs into chats all day; a
//! scanner that flags `YOUR_API_KEY` teaches them to ignore it.

use super::WordSet;
use std::sync::OnceLock;

/// Whether `value` looks like a placeholder rather than a credential.
pub fn looks_like_placeholder(value: &str) -> bool {
    let v = value.as_bytes();
    if v.is_empty() {
        return true;
    }
    // Template syntax: ${VAR}, {{ var }}, <token>, %VAR%, $VAR, [REDACTED].
    if memchr::memchr3(b'<', b'>', b'{', v).is_some() || v.contains(&b'}') {
        return true;
    }
    // `%VAR%` is a Windows variable; a lone leading `%` is URL encoding.
    let percent_var = v.len() > 2 && v[0] == b'%' && v[v.len() - 1] == b'%';
    if v[0] == b'$' || percent_var || (v[0] == b'[' && v[v.len() - 1] == b']') {
        return true;
    }
    // Any case: `YOUR_API_KEY`, `Example`, `XXXX`. One walk for all the
    // markers: a `contains` per marker was 3 % of a scan of dense text.
    static MARKERS: OnceLock<WordSet> = OnceLock::new();
    let markers = MARKERS.get_or_init(|| {
        WordSet::new([
            "example",
            "xxxx",
            "****",
            "...",
            "…",
            "your_",
            "your-",
            "yourkey",
            "your ",
            "placeholder",
            "redacted",
            "changeme",
            "change_me",
            "insert",
            "replace",
            "dummy",
            "fake",
            "sample",
            "0000000000",
            "1234567890",
            "abcdefghij",
            "todo",
        ])
    });
    if markers.is_match(v) {
        return true;
    }
    // Runs of one character make up most of the value: aaaaaaaaa, --------.
    let mut longest = 0;
    let mut run = 0;
    let mut prev = 0u8;
    for &b in v {
        run = if b == prev { run + 1 } else { 1 };
        prev = b;
        longest = longest.max(run);
    }
    longest >= 8 && longest * 2 >= v.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_recognised() {
        for p in [
            "AKIAIOSFODNN7EXAMPLE",
            "YOUR_API_KEY",
            "${GITHUB_TOKEN}",
            "{{ secrets.NPM_TOKEN }}",
            "<token>",
            "sk-...",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "%API_KEY%",
            "$API_KEY",
            "aaaaaaaaaaaaaaaaaaaa",
            "[REDACTED]",
        ] {
            assert!(looks_like_placeholder(p), "{p} should be a placeholder");
        }
    }

    #[test]
    fn random_tokens_are_not_placeholders() {
        for t in ["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", "wJalrXUtnFEMIK7MDENGbPxRfiCYzQ9w3KYd0s1A"] {
            assert!(!looks_like_placeholder(t), "{t} is not a placeholder");
        }
    }
}
