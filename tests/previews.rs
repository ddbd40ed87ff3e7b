//! Previews help a user recognise a value without revealing it: for every
//! positive example of every rule with a recognisable preview (phone
//! numbers, IBANs, e-mail addresses, passwords in URLs), the preview keeps
//! only what its mask promises. Failure messages show previews only.

use promptwarden::rule::Mask;
use promptwarden::rules::catalog;
use promptwarden::{Policy, Scanner};

/// The `«…»`-marked value of an example and the example without marks.
fn unmark(example: &str) -> Option<(String, String)> {
    let s = example.find('«')?;
    let e = example.find('»')?;
    let value = example[s + '«'.len_utf8()..e].to_string();
    Some((example.replacen('«', "", 1).replacen('»', "", 1), value))
}

fn digits(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

#[test]
fn recognisable_previews_keep_only_what_their_mask_promises() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for rule in catalog().filter(|r| matches!(r.mask, Mask::Phone | Mask::Iban | Mask::Email | Mask::UriHost)) {
        let policy = format!(
            r#"{{"categories": {{"secret": "off", "pii": "off", "custom": "off"}}, "rules": {{"{}": "warn"}}}}"#,
            rule.id
        );
        let scanner = Scanner::new(&Policy::from_json(&policy).unwrap()).unwrap();
        for (i, example) in rule.positives.iter().enumerate() {
            let Some((text, value)) = unmark(example) else { continue };
            let Some(f) = scanner.scan(&text).into_iter().find(|f| f.rule_id == rule.id) else { continue };
            checked += 1;
            let p = &f.preview;
            let ok = match rule.mask {
                // `+CC *** ** NN`: the calling code (at most three digits) and two more.
                Mask::Phone => digits(p) <= 5 && p.contains("***") && p.ends_with(&value[value.len() - 2..]),
                // `CC** **** NNNN`: the country and four characters.
                Mask::Iban => p.len() == 14 && p.starts_with(&value[..2]) && p.matches('*').count() == 6,
                // `x***@domain`: nothing of the local part past its first character.
                Mask::Email => {
                    let (local, domain) = value.rsplit_once('@').unwrap();
                    p.ends_with(&format!("@{domain}")) && (local.len() < 3 || !p.contains(&local[1..]))
                }
                // `scheme://***@host…`: never a piece of the password.
                Mask::UriHost => {
                    p.contains("://***@")
                        && (value.len() < 4
                            || (0..=value.len() - 4).all(|k| {
                                !value.is_char_boundary(k)
                                    || !value.is_char_boundary(k + 4)
                                    || !p.contains(&value[k..k + 4])
                            }))
                }
                _ => unreachable!(),
            };
            if !ok {
                problems.push(format!("{} positive #{i}: preview {p:?}", rule.id));
            }
        }
    }
    assert!(checked >= 40, "only {checked} examples checked");
    assert!(problems.is_empty(), "previews that say too much or too little:\n{}", problems.join("\n"));
}
