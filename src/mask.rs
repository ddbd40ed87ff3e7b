//! Masked previews: enough to say what was found, never the value itself.

use crate::rule::Mask;

/// Longest run of `*` in a preview; the length of a value is not a secret
/// worth revealing either, past a point.
const MAX_STARS: usize = 12;

/// Builds the preview of `value` under `mask`.
pub fn preview(value: &str, mask: Mask) -> String {
    let chars = value.chars().count();
    match mask {
        Mask::KeepPrefix(n) => {
            // Never keep more than a third of the value, whatever the rule
            // says: a short match must not be shown nearly whole.
            let keep = (n as usize).min(chars / 3);
            let head: String = value.chars().take(keep).collect();
            head + &stars(chars - keep)
        }
        Mask::LastFour => {
            let digits: Vec<char> = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() < 12 {
                return stars(chars);
            }
            let tail: String = digits[digits.len() - 4..].iter().collect();
            stars(digits.len() - 4) + &tail
        }
        Mask::Email => match value.rsplit_once('@') {
            Some((local, domain)) => {
                let first = local.chars().next().filter(char::is_ascii_alphanumeric);
                let tld = domain.rsplit_once('.').map(|(_, t)| t).unwrap_or("");
                format!(
                    "{}***@***.{}",
                    first.map(String::from).unwrap_or_default(),
                    if tld.len() <= 6 { tld } else { "***" }
                )
            }
            None => stars(chars),
        },
        Mask::All => stars(chars),
    }
}

fn stars(n: usize) -> String {
    "*".repeat(n.clamp(1, MAX_STARS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_never_contain_the_secret_part() {
        let token = "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";
        let p = preview(token, Mask::KeepPrefix(4));
        assert_eq!(p, "ghp_************");
        assert_eq!(preview("4539 1488 0343 6467", Mask::LastFour), "************6467");
        assert_eq!(preview("jane.doe@acme-corp.com", Mask::Email), "j***@***.com");
        assert_eq!(preview("hunter2", Mask::All), "*******");
        // A short value keeps at most a third of its characters.
        assert_eq!(preview("abcdef", Mask::KeepPrefix(4)), "ab****");
    }
}
