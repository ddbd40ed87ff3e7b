//! Evasion: the ways a secret gets disguised on its way into a chat box,
//! on purpose or by the tools it was copied from. Each case checks the rule
//! that fires and that the finding covers exactly the characters of the
//! original text that hold the value (invisible ones and escapes included).

use promptwarden::{Finding, Policy, Scanner};
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| Scanner::new(&Policy::default()).unwrap())
}

/// A real-format value from the rule's own first example, so the cases
/// stay valid (checksums included) whatever the catalog's samples are.
fn sample(rule: &str) -> String {
    let example = promptwarden::rules::find(rule).unwrap().positives[0];
    let (s, e) = (example.find('«').unwrap(), example.find('»').unwrap());
    example[s + '«'.len_utf8()..e].to_string()
}

/// Asserts that `rule` reports exactly `original[expected]`, masking the
/// value in the failure message.
fn assert_found(text: &str, rule: &str, expected: &str) {
    let findings: Vec<Finding> = scanner().scan(text);
    let described: Vec<String> =
        findings.iter().map(|f| format!("{} {}..{} {}", f.rule_id, f.byte_start, f.byte_end, f.preview)).collect();
    let hit = findings.iter().find(|f| f.rule_id == rule);
    let hit = hit.unwrap_or_else(|| panic!("{rule} not found; found {described:?}"));
    let start = text.find(expected).expect("the case contains its value");
    assert_eq!(
        (hit.byte_start, hit.byte_end),
        (start, start + expected.len()),
        "{rule}: span of the original characters; found {described:?}"
    );
    // The UTF-16 span covers the same characters.
    assert_eq!(hit.start, text[..start].encode_utf16().count());
    assert_eq!(hit.end - hit.start, expected.encode_utf16().count());
}

/// Inserts `insert` into `value` after `at` bytes.
fn split(value: &str, at: usize, insert: &str) -> String {
    format!("{}{insert}{}", &value[..at], &value[at..])
}

#[test]
fn zero_width_characters_inside_a_token() {
    let key = split(&sample("aws-access-key-id"), 6, "\u{200B}\u{200D}");
    assert_found(&format!("my key is {key} ok"), "aws-access-key-id", &key);
}

#[test]
fn soft_hyphens_inside_a_token() {
    let token = split(&sample("github-pat"), 12, "\u{00AD}");
    assert_found(&format!("use {token} for CI"), "github-pat", &token);
}

#[test]
fn full_width_letters_and_digits() {
    let key: String = sample("aws-access-key-id").chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap()).collect();
    assert_found(&format!("鍵は{key}です"), "aws-access-key-id", &key);
}

#[test]
fn a_token_wrapped_onto_the_next_line_by_a_terminal() {
    let token = sample("github-pat");
    // Wrapped where the last piece holds a digit, as random tails do.
    let at = (24..token.len() - 4).find(|&at| token[at..].bytes().any(|b| b.is_ascii_digit())).unwrap();
    let wrapped = split(&token, at, "\n");
    assert_found(&format!("$ gh auth token\n{wrapped}\n$ "), "github-pat", &wrapped);
    let crlf = split(&token, at, "\r\n");
    assert_found(&format!("token:\r\n{crlf}\r\n"), "github-pat", &crlf);
    let key = sample("aws-access-key-id");
    let wrapped = split(&key, 12, "\n");
    assert_found(&format!("key {wrapped} ok"), "aws-access-key-id", &wrapped);
}

#[test]
fn a_whole_key_followed_by_words_on_the_next_line_is_found_whole() {
    let key = sample("aws-access-key-id");
    // (A next line starting with a short word holding a digit, `step3 ok`, is
    // still glued on: the price of finding wrapped keys.)
    for next in ["next line", "Then we deploy", "TODO rotate it", "v2 of it"] {
        assert_found(&format!("key {key}\n{next}"), "aws-access-key-id", &key);
    }
}

#[test]
fn secrets_inside_code_fences() {
    let token = sample("github-pat");
    assert_found(
        &format!("why does this fail?\n```bash\nexport GH_TOKEN={token}\ngh repo list\n```"),
        "github-pat",
        &token,
    );
    let key = sample("aws-access-key-id");
    assert_found(&format!("`{key}`"), "aws-access-key-id", &key);
}

#[test]
fn json_escapes_hide_nothing() {
    let key = sample("aws-access-key-id");
    let escaped = format!("\\u0041{}", &key[1..]);
    assert_found(&format!(r#"{{"aws_access_key_id": "{escaped}"}}"#), "aws-access-key-id", &escaped);
    let url = r"https:\/\/deploy:Xk9mQ2vLp7Rw@git.acme-corp.io\/repo.git";
    assert_found(&format!(r#"{{"remote": "{url}"}}"#), "url-credentials", r"Xk9mQ2vLp7Rw");
}

#[test]
fn url_encoded_credentials() {
    let text = "DATABASE_URL=postgres://app:p%40ssW0rd%21x9Q@db.acme-corp.io:5432/prod";
    assert_found(text, "postgres-uri-password", "p%40ssW0rd%21x9Q");
}

#[test]
fn a_key_split_across_two_paragraphs_is_found_once_joined() {
    // A rich-text editor holds each paragraph in its own element; the
    // extension reads the composer's text with the paragraphs joined by a
    // newline, which is what this scans.
    let token = sample("github-pat");
    let at = (24..token.len() - 4).find(|&at| token[at..].bytes().any(|b| b.is_ascii_digit())).unwrap();
    let split_token = split(&token, at, "\n");
    assert_found(&format!("here it is:\n{split_token}"), "github-pat", &split_token);
}
