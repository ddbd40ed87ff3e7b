//! Catch-all credential rules: password and secret assignments in code and
//! config, passwords stated in prose, HTTP `Authorization` headers, and
//! passwords on command lines (`curl -u`, `mysql -p…`, `sshpass -p`).
//!
//! Every rule here is `generic`: it loses any overlap with a specific rule,
//! so `GITHUB_TOKEN=ghp_…` is reported as a GitHub token, not as a generic
//! secret. Precision comes from the value, not the keyword: a value must
//! look like a credential (length, character mix, entropy for tokens), and
//! must not be a placeholder (`changeme`, `<your password>`, `****`), a
//! variable reference (`${DB_PASS}`, `process.env.X`, `os.getenv(...)`,
//! `DB_PASSWORD`), a path, or a plain word (`required`, `null`, `stored`).
//! HTTP Basic credentials are base64 of `user:password` (RFC 7617) and are
//! decoded; Bearer tokens follow RFC 6750.

use super::context::{assignment_gap, recognise, Assignment};
use super::value_kind::{classify, Code, ValueKind};
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base64_decode, looks_like_placeholder, shannon_entropy, WordSet};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Passwords that are documentation defaults, examples or plain words
/// people write in place of a password.
const WEAK_OR_EXAMPLE: &[&str] = &[
    "password",
    "pass",
    "passwd",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "pa$$word",
    "password1",
    "password123",
    "password!",
    "pwd",
    "pw",
    "secret",
    "secret123",
    "mysecret",
    "supersecret",
    "topsecret",
    "changeme",
    "changeit",
    "change_me",
    "mypassword",
    "yourpassword",
    "your_password",
    "dbpassword",
    "db_password",
    "userpassword",
    "mysecretpassword",
    "examplepassword",
    "samplepassword",
    "testpassword",
    "testpass",
    "test123",
    "test1234",
    "testing",
    "admin",
    "admin123",
    "administrator",
    "root",
    "toor",
    "guest",
    "user",
    "username",
    "default",
    "letmein",
    "qwerty",
    "qwerty123",
    "welcome",
    "welcome1",
    "123456",
    "1234567",
    "12345678",
    "123456789",
    "abc123",
    "abcdef",
    "hunter2",
    "foobar",
    "foo",
    "bar",
    "baz",
    "none",
    "null",
    "nil",
    "undefined",
    "empty",
    "blank",
    "required",
    "optional",
    "hidden",
    "string",
    "text",
    "value",
    "true",
    "false",
    "redacted",
    "masked",
    "sekret",
    "s3cret",
    "tbd",
    "n/a",
    "notset",
    "not_set",
    "unset",
];

/// Sample credentials printed in providers' own documentation that have no
/// specific rule of their own to list them (Telegram's Bot API docs show
/// `123456:ABC-DEF…`, which lacks the `AA` of live tokens).
const DOCUMENTED_SAMPLES: &[&str] = &["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"];

/// Whether `v` is a value published in documentation: one of the samples
/// above or a `known_examples` entry of any catalog rule. A generic rule
/// must not report what the specific rule deliberately ignores
/// (`TELEGRAM_BOT_TOKEN=<the doc sample>`, `STRIPE_KEY=<the doc sample>`).
fn documented_example(v: &str) -> bool {
    static SAMPLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SAMPLES
        .get_or_init(|| {
            let listed = crate::rules::catalog().flat_map(|r| r.known_examples.iter().copied());
            DOCUMENTED_SAMPLES.iter().copied().chain(listed).collect()
        })
        .contains(v)
}

/// Whether `pw` is a placeholder, an example or weak default, or the user
/// name repeated (`guest:guest`). For a password that is not the reported
/// value itself (decoded from Basic credentials).
pub(crate) fn weak_or_placeholder_password(pw: &str, user: &str) -> bool {
    looks_like_placeholder(pw) || weak_password(pw, user)
}

/// [`weak_or_placeholder_password`] without the shared placeholder check,
/// for validators of the reported value: the engine runs that check on it
/// anyway after the validator (`placeholder_filter` is on for secrets), and
/// it is not cheap. Shared with the connection-string rules.
pub(crate) fn weak_password(pw: &str, user: &str) -> bool {
    if pw.len() < 4 {
        return true;
    }
    let lower = pw.to_ascii_lowercase();
    if WEAK_OR_EXAMPLE.contains(&lower.as_str()) || (!user.is_empty() && lower == user.to_ascii_lowercase()) {
        return true;
    }
    let first = pw.as_bytes()[0];
    if matches!(first, b'$' | b'%' | b'{' | b'<' | b'[' | b'*')
        || ["${", "{{", "%(", "<%"].iter().any(|m| pw.contains(m))
    {
        return true;
    }
    let mut bytes = pw.bytes();
    let head = bytes.next();
    bytes.all(|b| Some(b) == head)
}

/// Whether `v` names a value rather than being one: an environment or
/// config lookup, a function call, a dotted identifier, an upper-case
/// variable name, a path or a secret-manager reference.
fn looks_like_reference(v: &str, quoted: bool) -> bool {
    let lower = v.to_ascii_lowercase();
    const PREFIXES: &[&str] = &[
        "process.env",
        "os.environ",
        "os.getenv",
        "getenv",
        "env(",
        "env[",
        "env.",
        "system.getenv",
        "environment.",
        "config.",
        "config[",
        "settings.",
        "secrets.",
        "vault:",
        "vault(",
        "!vault",
        "ref+",
        "arn:",
        "projects/",
        "file:",
        "/",
        "./",
        "../",
        "~/",
        "$",
        "@value",
        "import",
        "require(",
        "self.",
        "this.",
        "params[",
        "request.",
        "args.",
        "opts.",
        "options.",
        "props.",
    ];
    if PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    let ident = |s: &str| {
        let b = s.as_bytes();
        !b.is_empty()
            && (b[0].is_ascii_alphabetic() || b[0] == b'_')
            && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    // `get_secret("x")`, `vault.read(...)`
    if let Some(i) = v.find('(') {
        if v[..i].split('.').all(ident) {
            return true;
        }
    }
    // `config.db.password`, `settings.SECRET`
    if v.contains('.') && v.split('.').all(ident) {
        return true;
    }
    // `DB_PASSWORD`, `API_KEY_PROD`
    if v.contains('_') && v.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
        return true;
    }
    // Unquoted `db_password`, `userPass` in code: an identifier, not a literal.
    if !quoted && ident(v) && v.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
        return true;
    }
    false
}

/// Byte offset of `inner` inside `outer` (both slices of the scanned text).
fn offset_in(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize).min(outer.len())
}

/// The text of the match before the value (the key and operator).
fn key_part<'a>(c: &Candidate<'a>) -> &'a str {
    &c.matched[..offset_in(c.matched, c.value)]
}

/// Words in a key name that say it holds something other than the secret
/// itself (`PASSWORD_MIN_LENGTH`, `TOKEN_URL`, `SECRET_NAME`).
const KEY_NOT_SECRET: &[&str] = &[
    "length",
    "_len",
    "min",
    "max",
    "policy",
    "reset",
    "forgot",
    "confirm",
    "field",
    "label",
    "placeholder",
    "regex",
    "pattern",
    "hint",
    "expir",
    "url",
    "uri",
    "file",
    "path",
    "type",
    "input",
    "rule",
    "strength",
    "prompt",
    "message",
    "text",
    "hash",
    "salt",
    "enabled",
    "required",
    "mode",
    "_env",
    "env_",
    "_var",
    "name",
    "format",
    "header",
    "prefix",
    "version",
    "count",
    "size",
    "limit",
    "ttl",
    "rotation",
    "manager",
    "provider",
    "store",
    "_ref",
    "_arn",
    "endpoint",
    "changed",
    "update",
    "validat",
    "error",
];

/// Further words that make a key not a secret's name for `secret-assignment`
/// (`PUBLIC_KEY`, `csrf_token`, `max_tokens`, `private_key_id`).
const SECRET_KEY_NOT_SECRET: &[&str] = &[
    "public",
    "publishable",
    "pub_",
    "_pub",
    "primary",
    "foreign",
    "sort",
    "partition",
    "cache",
    "idempoten",
    "_id",
    "keyid",
    "key_id",
    "kid",
    "page",
    "csrf",
    "xsrf",
    "tokenizer",
    "tokens",
    "algorithm",
    "alg",
    "field",
    "session_key",
    "lookup",
    "_index",
    "id_key",
    "private_key_id",
];

/// Key names that hold something other than the secret itself.
fn key_is_not_a_secret(key: &str) -> bool {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    // NuGet's `ClearTextPassword` is the password itself, whatever `text` says.
    let key = key.strip_prefix("ClearText").unwrap_or(key);
    WORDS.get_or_init(|| WordSet::new(KEY_NOT_SECRET.iter().copied())).is_match(key.as_bytes())
}

/// [`key_is_not_a_secret`] plus the words of [`SECRET_KEY_NOT_SECRET`].
fn secret_key_is_not_a_secret(key: &str) -> bool {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    WORDS
        .get_or_init(|| WordSet::new(KEY_NOT_SECRET.iter().chain(SECRET_KEY_NOT_SECRET).copied()))
        .is_match(key.as_bytes())
}

/// Character classes present in `v`: (letters, digits, symbols, mixed case).
fn char_mix(v: &str) -> (bool, bool, bool, bool) {
    let letters = v.bytes().any(|b| b.is_ascii_alphabetic());
    let digits = v.bytes().any(|b| b.is_ascii_digit());
    let symbols = v.bytes().any(|b| b.is_ascii_punctuation());
    let mixed = v.bytes().any(|b| b.is_ascii_uppercase()) && v.bytes().any(|b| b.is_ascii_lowercase());
    (letters, digits, symbols, mixed)
}

/// A value that reads as a password rather than a word or a reference.
pub(crate) fn password_like(v: &str, quoted: bool, prose: bool) -> bool {
    if v.len() < 6 || v.len() > 128 || weak_password(v, "") || looks_like_reference(v, quoted) {
        return false;
    }
    if shannon_entropy(v) < 2.0 {
        return false;
    }
    let (letters, digits, symbols, mixed) = char_mix(v);
    if prose {
        // "the password is stored in Vault": prose needs letters and a
        // digit or symbol.
        return letters && (digits || symbols);
    }
    if !digits && !symbols {
        // All letters: only long or mixed-case ones (`CorrectHorse`), not
        // `required`, `disabled`, `iloveyou`.
        return (mixed && v.len() >= 8) || v.len() >= 14;
    }
    !v.bytes().all(|b| b.is_ascii_digit()) || v.len() >= 8
}

/// The text of the match after the value (an XML closing tag's `</`).
fn tail_part<'a>(c: &Candidate<'a>) -> &'a str {
    &c.matched[(offset_in(c.matched, c.value) + c.value.len()).min(c.matched.len())..]
}

/// The assignment around a candidate, if its syntax binds the value and
/// the value is a literal rather than code (see `context` and
/// `value_kind`).
fn literal_assignment<'a>(c: &Candidate<'a>) -> Option<Assignment<'a>> {
    let a = recognise(key_part(c), tail_part(c))?;
    (classify(c.value, a.quoted) == ValueKind::Literal).then_some(a)
}

/// A Kubernetes Secret's `data:` holds base64 of the value: when `v`
/// decodes to printable text, that text is what to judge (`Y2hhbmdlbWU=`
/// is `changeme`). Random base64 tokens decode to binary and are judged
/// as written.
fn base64_text(v: &str) -> Option<String> {
    if v.len() < 8
        || v.len() % 4 != 0
        || !v.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    {
        return None;
    }
    let mut out = Vec::new();
    if !base64_decode(v.trim_end_matches('=').as_bytes(), &mut out) {
        return None;
    }
    let text = String::from_utf8(out).ok()?;
    let printable = text.len() >= 4 && text.bytes().all(|b| (0x20..0x7f).contains(&b));
    printable.then_some(text)
}

fn assigned_password(c: &Candidate) -> Verdict {
    let Some(a) = literal_assignment(c) else { return Verdict::Invalid };
    if key_is_not_a_secret(a.key) || documented_example(c.value) {
        return Verdict::Invalid;
    }
    let ok = match base64_text(c.value) {
        Some(text) => password_like(&text, true, false) && !looks_like_placeholder(&text),
        None => password_like(c.value, a.quoted, false),
    };
    if ok {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Words for "password" that the prose rule accepts with no verb after
/// them (`user acme, password X`, `mera password X hai`, `पासवर्ड X है`).
const PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "pw",
    "passwort",
    "kennwort",
    "mot de passe",
    "contraseña",
    "contrasena",
    "wachtwoord",
    "senha",
    "hasło",
    "haslo",
    "lösenord",
    "losenord",
    "salasana",
    "passord",
    "adgangskode",
    "heslo",
    "jelszó",
    "şifre",
    "sifre",
    "パスワード",
    "暗証番号",
    "密码",
    "密碼",
    "口令",
    "पासवर्ड",
    "пароль",
    "비밀번호",
];

/// A value right after the word "password" with no verb in between must
/// look more like a password than like the next word of the sentence:
/// `password hashing`, `password SHA-256`, `password --stdin`,
/// `password reset.py`, `password hash()` and `password admin@acme.io`
/// are not passwords.
fn strong_bare_password(v: &str) -> bool {
    // A trailing `?` or `!` usually ends the sentence (`Passwort vergessen?`).
    let v = v.trim_end_matches(['?', '!']);
    let (_, digits, symbols, mixed) = char_mix(v);
    // `-`, `_` and `.` also join ordinary words (`Reset-Flow`, `re-entry`):
    // without a digit they need a stronger symbol.
    let special = v.bytes().any(|b| b.is_ascii_punctuation() && !matches!(b, b'-' | b'_' | b'.'));
    if !(special || (digits && (symbols || (mixed && v.len() >= 8)))) {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    let has_lower = v.bytes().any(|b| b.is_ascii_lowercase());
    const TECH: &[&str] =
        &["sha", "md5", "bcrypt", "argon", "pbkdf", "scrypt", "hmac", "aes-", "rsa-", "utf-", "base64"];
    let file_name = v.split_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            && (1..=5).contains(&ext.len())
            && ext.bytes().all(|b| b.is_ascii_lowercase())
    });
    let email = v.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    let version = v.trim_start_matches(['v', 'V']).bytes().all(|b| b.is_ascii_digit() || b == b'.');
    has_lower
        && !v.starts_with('-')
        && !v.contains('/')
        && !v.contains("()")
        && !file_name
        && !email
        && !version
        && !TECH.iter().any(|t| lower.contains(t))
}

fn prose_password(c: &Candidate) -> Verdict {
    // `password X` has no verb: ask for more than `SHA256` or `hashing`.
    let key = key_part(c).trim_end_matches(['"', '\'', '`', ' ', '\t', '「', '『']).to_lowercase();
    if ["pass", "pwd", "passcode"].iter().any(|w| key.ends_with(w)) {
        // `we pass X`, `pwd X`: ordinary words, a verb or colon is needed.
        return Verdict::Invalid;
    }
    let bare = PASSWORD_WORDS.iter().any(|w| key.ends_with(w));
    if bare && !strong_bare_password(c.value) {
        return Verdict::Invalid;
    }
    // `send the password to ops@acme.io`, `password is at https://vault…`:
    // an address, not the password.
    let email = c.value.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    if email || c.value.contains("://") {
        return Verdict::Invalid;
    }
    // `password = result.groups?.password`, `pwd=execroot/my_wksp`: code
    // and paths written where a sentence would put the password.
    let quoted = key_part(c).ends_with(['"', '\'', '`', '「', '『']);
    // A bare word is a variable after `=` in code but a password in a
    // sentence (`password Hafen_Licht_2031`, `password: Hafen_Licht_2031`).
    let assigned = key.trim_end().ends_with('=');
    match classify(c.value, quoted) {
        ValueKind::Literal => {}
        ValueKind::Code(Code::Identifier) if !assigned => {}
        _ => return Verdict::Invalid,
    }
    // `… from the password database),`: a word the sentence's
    // punctuation follows, not a password.
    let word = c.value.trim_end_matches([')', ',', ';', '.', ':', '!', '?']);
    if word.len() < c.value.len() && classify(word, false) == ValueKind::Code(Code::Identifier) {
        return Verdict::Invalid;
    }
    // A Kubernetes Secret's base64 `data:` value is judged decoded.
    if base64_text(c.value).is_some_and(|text| weak_or_placeholder_password(&text, "")) {
        return Verdict::Invalid;
    }
    if password_like(c.value, true, true) && !documented_example(c.value) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// `log in with admin / S3cret!x`: the password after a user name and a
/// slash. Spaces around the slash say "user / password"; without them the
/// pair could be a path (`login with src/auth.ts`), so the value must then
/// carry a symbol.
fn login_pair_password(c: &Candidate) -> Verdict {
    let v = c.value;
    let key = key_part(c);
    let spaced = key.trim_end_matches([' ', '\t']).ends_with('/') && key.contains(" /");
    let (_, _, symbols, _) = char_mix(v);
    if v.len() < 8 || v.contains('/') || !(spaced || symbols) {
        return Verdict::Invalid;
    }
    if strong_bare_password(v) && password_like(v, true, true) && !documented_example(v) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// A token-like value: long enough, letters and digits, random-looking.
fn token_like(v: &str) -> bool {
    let (letters, digits, _, _) = char_mix(v);
    v.len() >= 12
        && letters
        && digits
        && shannon_entropy(v) >= 3.0
        && !weak_password(v, "")
        && !looks_like_reference(v, true)
}

fn assigned_secret(c: &Candidate) -> Verdict {
    // Cheapest checks first: most candidates fail on the value.
    if c.value.len() > 256 || documented_example(c.value) {
        return Verdict::Invalid;
    }
    let Some(a) = literal_assignment(c) else { return Verdict::Invalid };
    if secret_key_is_not_a_secret(a.key) {
        return Verdict::Invalid;
    }
    let ok = match base64_text(c.value) {
        Some(text) => (token_like(&text) || password_like(&text, true, false)) && !looks_like_placeholder(&text),
        None => token_like(c.value),
    };
    if ok {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

fn bearer_token(c: &Candidate) -> Verdict {
    if token_like(c.value) && c.value.len() >= 16 {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// `Basic <base64>` must decode to printable `user:password`.
fn basic_credentials(c: &Candidate) -> Verdict {
    let mut out = Vec::new();
    if !base64_decode(c.value.as_bytes(), &mut out) {
        return Verdict::Invalid;
    }
    let Ok(text) = std::str::from_utf8(&out) else { return Verdict::Invalid };
    if text.chars().any(char::is_control) {
        return Verdict::Invalid;
    }
    let Some((user, pass)) = text.split_once(':') else { return Verdict::Invalid };
    let ok = if pass.is_empty() {
        // An API key sent as the user name with no password (Stripe, Mailgun).
        user.len() >= 16 && shannon_entropy(user) >= 3.5
    } else {
        !user.is_empty() && !weak_or_placeholder_password(pass, user)
    };
    if ok {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// `user:password` on a command line: the user name precedes the value.
fn command_line_password(c: &Candidate) -> Verdict {
    let key = key_part(c);
    let user = key.rsplit(|ch: char| ch.is_whitespace() || ch == '=' || ch == '"' || ch == '\'').next().unwrap_or("");
    let user = user.strip_suffix(':').unwrap_or(user);
    if weak_password(c.value, user) || looks_like_reference(c.value, true) {
        Verdict::Invalid
    } else {
        Verdict::Plausible
    }
}

/// A value given to a login command: the command is the evidence, so
/// only variables, placeholders, code and weak defaults are refused.
fn credential_command_value(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.starts_with('-') || weak_password(v, "") || looks_like_reference(v, false) || documented_example(v) {
        return Verdict::Invalid;
    }
    let (letters, digits, symbols, mixed) = char_mix(v);
    if !(letters && (digits || symbols || mixed)) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "password-assignment",
        title: "Password in code or config",
        about: about!("A password assigned in code, .env, YAML, JSON, INI or XML (`DB_PASSWORD=…`, `\"password\": \"…\"`); the value must read as a password, not a placeholder or variable reference."),
        label: "PASSWORD",
        severity: Severity::High,
        // Inside: `PGPASSWORD`, `MYSQL_PWD` carry the word mid-token.
        trigger: Trigger::Inside {
            words: &["password", "passwd", "passphrase", "pwd", "_pass", "-pass", ".pass"],
            before: 40,
            after: 40,
        },
        // A `${VAR:?message}` reference is taken whole so that the name
        // inside it is not read as a second assignment; the validator drops
        // it. The XML form keeps the `<` that closes the element.
        pattern: concat!(
            r#"(?i)[<$@-]*[A-Za-z0-9_.-]*(?:passw(?:or)?d|passphrase|pwd|_pass|-pass|\.pass)[A-Za-z0-9_.-]*"#,
            assignment_gap!(),
            r#"(\$\{[ -z|~]*\}?|[A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]{6}[A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]*)(?:[ \t\r\n]*</)?"#
        ),
        value_group: 1,
        max_len: 320,
        validate: Some(assigned_password),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            "my .env has DB_PASSWORD=«Xk9#mQ2vLp» but the app still can't log in",
            r#"{"username": "svc-report", "password": "«T7v!qR2zWx»"}"#,
            "spring:\n  datasource:\n    password: «Hb4$kLw9Zq»",
            "PGPASSWORD=«pX8qL2vWz7» psql -h db.internal -U etl warehouse",
            "<connection><user>sa</user><password>«Rt5!vBn8Qz»</password></connection>",
            "smtp_pass = '«c0rrectHorse!7»'",
        ],
        negatives: examples![
            "password=${DB_PASS}",
            "password: <your password>",
            "DB_PASSWORD=changeme",
            "password = os.getenv('DB_PASSWORD')",
            "password: process.env.DB_PASSWORD",
            "\"password\": \"********\"",
            "password_min_length = 12345678",
            "password: required",
            "PASSWORD_FILE=/run/secrets/db_password",
            "password = settings.DATABASE_PASSWORD",
            "password: DB_PASSWORD",
            "reset your password in settings",
            // A shell default/error expansion, not a value.
            "MAIL_PASSWORD=${MAIL_PASSWORD:?missing}",
            // A placeholder element inside a URI, not `<password>value</password>`.
            "mongodb+srv://<username>:<password>@cluster0.mongodb.net/?retryWrites=true",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "secret-assignment",
        title: "API key or secret in code or config",
        about: about!("A token-like value assigned to a key named like a secret (`api_key`, `client_secret`, `ACCESS_TOKEN`, `SIGNING_KEY`); the value needs letters, digits and entropy ≥ 3."),
        label: "SECRET",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["secret", "token", "api_key", "apikey", "api-key", "access_key", "auth_key", "_key", "-key", "credential"],
            // The key name around the word, then the operator: the value
            // starts within a few dozen bytes and the window stretches to
            // its end.
            before: 40,
            after: 40,
        },
        // Lengths are checked by the validator: counted repetitions here
        // would multiply the automaton's states.
        pattern: concat!(
            r#"(?i)[<$@-]*[A-Za-z0-9_.-]*(?:secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|[_.-]key|credentials?)[A-Za-z0-9_.-]*"#,
            assignment_gap!(),
            r#"([A-Za-z0-9+/=_.~:-]{12}[A-Za-z0-9+/=_.~:-]*)(?:[ \t\r\n]*</)?"#
        ),
        value_group: 1,
        max_len: 400,
        min_entropy: 3.0,
        validate: Some(assigned_secret),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            r#"{"client_id": "web-portal", "client_secret": "«q7Zk2LmX9vRt4WpB8nHc»"}"#,
            "WEBHOOK_SIGNING_KEY=«k3Jx9Qp2Lm7Vz4Rt8Wn1»",
            "api_key: «a8F3kQ9zL2mX7vR4tW6p»",
            "self.session = Client(access_token='«Zr7Yq2Lx9Kp4Wv8Tm3Nb»')",
        ],
        negatives: examples![
            "api_key = os.getenv('API_KEY')",
            "token: null",
            "secret: true",
            "SECRET_KEY=${SECRET_KEY}",
            "max_tokens = 4096",
            "public_key: pk_a8F3kQ9zL2mX7vR4tW6p",
            "csrf_token = 'a8F3kQ9zL2mX7vR4tW6p'",
            "\"token_type\": \"Bearer\"",
            "client_secret: your-client-secret-here",
            "api_key = \"aaaaaaaaaaaaaaaaaaaaaaaa\"",
            // Telegram's Bot API documentation sample.
            "TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "password-in-prose",
        title: "Password stated in a sentence",
        about: about!("A password written out in prose, in English and a dozen other languages (`my password is …`, `user ops, password …`, `Mein Passwort ist …`, `パスワードは「…」`); the value needs letters plus a digit or symbol, more when no verb precedes it."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &[
                "password",
                "passwd",
                "passphrase",
                "passcode",
                "pwd",
                "pw",
                "pass:",
                "pass =",
                "pass is",
                "passwort",
                "kennwort",
                "mot de passe",
                "contrase",
                "wachtwoord",
                "senha",
                "hasło",
                "haslo",
                "senord",
                "salasana",
                "passord",
                "adgangskode",
                "heslo",
                "jelsz",
                "şifre",
                "sifre",
                "パスワード",
                "暗証番号",
                "密码",
                "密碼",
                "口令",
                "पासवर्ड",
                "пароль",
                "비밀번호",
            ],
            before: 16,
            after: 100,
        },
        // The word, optional "for the staging db" phrases and a verb or
        // colon in any of the languages; or the word alone, after which the
        // validator asks more of the value (and refuses `pass`, `pwd`,
        // `passcode`, which are ordinary words too). Then an optional
        // quote, the value.
        pattern: r#"(?i)(?:\b(?:password|passwd|passphrase|passcode|pass|pwd|pw|passwort|kennwort|wachtwoord|senha|haslo|losenord|salasana|passord|adgangskode|heslo|sifre)\b|mot[ \t]+de[ \t]+passe|contrase(?:ñ|n)a|hasło|lösenord|jelszó|şifre|パスワード|暗証番号|密码|密碼|口令|पासवर्ड|пароль|비밀번호)(?:(?:[ \t]+(?:for|to|of|on|at)[ \t]+[A-Za-z0-9_.@/'-]+(?:[ \t]+[A-Za-z0-9_.@/'-]+)?(?:[ \t]+[A-Za-z0-9_.@/'-]+)?){0,2}[ \t]*(?:(?:is[ \t]+now|is[ \t]+set[ \t]+to|changed[ \t]+to|is|was|are|ist|lautet|est|es|to|jest|är|er|on)\b|è|é|->|=>|[:=]|：|は|是|为|為|는|은)[ \t]*(?:[:=]|：)?[ \t]*|[ \t]+)(?:["'`]|「|『)?([A-Za-z0-9!#$%&*+/=?@^_|~-](?:[A-Za-z0-9!#$%&*+./:=?@^_|~()-]*[A-Za-z0-9!#$%&*+/=?@^_|~)-])?)"#,
        value_group: 1,
        max_len: 260,
        validate: Some(prose_password),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            "my db password is «Tr0ub4dor&3», why won't psql connect?",
            "wifi pw: «Blue-Falcon-42»",
            "the passphrase for the backup key is «gr33n!lantern».",
            "The password for admin@acme.io is now «Summer2026!»",
            "connect as bob with password «Q9x!mP2zL» and run the migration",
            "here are the creds - user: ops, pass: «Kx8!vq2Lz»",
            "new VPN account: user j.weber, password «Hafen_Licht_2031». Can you write the onboarding mail?",
            "Mein Passwort ist «Rk4!tLw9Qz» und der Login klappt trotzdem nicht",
            "Mon mot de passe : «7Vagues!Sel», le site dit qu'il est faible",
            "Mi contraseña es «Pq8#nLz2Wx» y no puedo entrar",
            "Minha senha é «Ventania@4471» e o app recusa",
            "Moje hasło to «Wisla&88Krakow», a bank i tak go odrzuca",
            "Mitt lösenord är «Fjall!Vind7» men det fungerar inte",
            "Wi-Fiのパスワードは「«Mz7!qR2#vK8p»」です。",
            "我的密码是 «Lv5#pQ8^wE2&»，但是登录失败",
            "मेरा पासवर्ड «Gang4!Tara9» है, फिर भी लॉगिन नहीं हो रहा",
            "yaar mera password «Chai&Biskut42» hai, phir bhi login nahi ho raha",
        ],
        negatives: examples![
            "reset your password in settings",
            "the password is stored in Vault",
            "password: <your password>",
            "my password is the same as my username",
            "the password is 8 characters long",
            "pwd: /home/ana/projects",
            "password is correct but login fails",
            "the password was changed to something else",
            "log in with password authentication disabled",
            "we pass: 12 tests and fail 3",
            "hash it with password_hash() before storing",
            "we use password SHA256 hashing with a salt",
            "we hash the password SHA-256 first, then PBKDF2-HMAC",
            "the password field is hashed with Argon2id before storing",
            "pipe it in: docker login --password --stdin",
            "see the password reset.py script in the repo",
            "call password hash() on the input",
            "send the password reset link to anna@acme.io",
            "please send the password to it-support@acme.io, not to me",
            "das Passwort ist zu kurz",
            "Passwort vergessen? Dann auf den Link klicken",
            "パスワードは8文字以上にしてください",
            "mon mot de passe : oublié",
            "we added a password Reset-Flow to the portal",
            "the password re-entry field is missing on mobile",
            "the password reset tests pass Build-Matrix checks on every branch",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "login-pair-in-prose",
        title: "User name and password in a sentence",
        about: about!("`log in with admin / S3cret!x`, `credentials: ops / …`: a password written after a user name and a slash; the value must read as a strong password, and without spaces around the slash it must carry a symbol."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["log in", "login", "log-in", "sign in", "signin", "sign-in", "credentials", "creds"],
            before: 0,
            after: 120,
        },
        pattern: r#"(?i)\b(?:log[ -]?in|sign[ -]?in|credentials|creds)\b[A-Za-z0-9 \t,'-]*?(?:[ \t](?:with|as|using|is|are)|:)[ \t]+[A-Za-z0-9._@+-]+[ \t]*/[ \t]*["'`]?([A-Za-z0-9!#$%&*+/=?@^_|~-](?:[A-Za-z0-9!#$%&*+./:=?@^_|~()-]*[A-Za-z0-9!#$%&*+/=?@^_|~)-])?)"#,
        value_group: 1,
        max_len: 260,
        validate: Some(login_pair_password),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            "Log in to the staging admin with admin / «Tq8!vLm2#Rw» and check the invoice page",
            "credentials: ops-bot / «Hx4$kPz9Lq», please rotate them after the demo",
            "sign in as qa@acme.io/«Wn7&Fj2!pX» to reproduce the bug",
        ],
        negatives: examples![
            "log in with admin / admin",
            "log in with src/auth/login.ts first",
            "login with github / google only",
            "sign in as admin/dashboard2024",
            "credentials: user / <password>",
            "log in as root / ******** and run the script",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "bearer-token-header",
        title: "Bearer token in an Authorization header",
        about: about!("An opaque OAuth bearer token (`Authorization: Bearer …`); the value must be token-like (16+ characters, letters and digits, entropy ≥ 3)."),
        label: "BEARER_TOKEN",
        severity: Severity::High,
        // The token follows `Bearer ` or `Authorization: Token ` directly;
        // the window stretches to its end.
        trigger: Trigger::Near { words: &["bearer", "authorization"], before: 0, after: 40 },
        pattern: r#"(?i)(?:\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:token|bearer)|\bbearer)[ \t]+([A-Za-z0-9._~+/=-]{16}[A-Za-z0-9._~+/=-]*)"#,
        value_group: 1,
        max_len: 2100,
        min_entropy: 3.0,
        validate: Some(bearer_token),
        mask: Mask::All,
        generic: true,
        positives: examples![
            "curl -H \"Authorization: Bearer «ya8Kq2LmX9vRt4WpB8nHcZ3d»\" https://api.acme.io/v2/orders",
            "headers = {'Authorization': 'Bearer «2f9Lq8Xz7Vw3Kp6Rt1Nm4Bc5»'}",
            "Authorization: Token «9QmL2xVz8RtWp4Nb7f3kAa12»",
        ],
        negatives: examples![
            "Authorization: Bearer $TOKEN",
            "Authorization: Bearer <token>",
            "the bearer token expires after an hour",
            "Authorization: Bearer YOUR_ACCESS_TOKEN",
            "Authorization: Bearer undefined",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "basic-auth-header",
        title: "HTTP Basic credentials",
        about: about!("`Basic <base64>` credentials; the value is decoded and must be printable `user:password` with a real password (or an API key as the user)."),
        label: "BASIC_AUTH",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["basic"], before: 0, after: 400 },
        pattern: r"(?i:basic)[ \t]+([A-Za-z0-9+/]{8}[A-Za-z0-9+/]*={0,2})",
        value_group: 1,
        max_len: 420,
        validate: Some(basic_credentials),
        mask: Mask::All,
        generic: true,
        positives: examples![
            // deploy:Xk9#mQ2vLp
            "Authorization: Basic «ZGVwbG95OlhrOSNtUTJ2THA=»",
            // svc-report:T7v!qR2zWx
            "requests.get(url, headers={'Authorization': 'Basic «c3ZjLXJlcG9ydDpUN3YhcVIyeld4»'})",
        ],
        negatives: examples![
            // user:password
            "Authorization: Basic dXNlcjpwYXNzd29yZA==",
            // no colon: "justsomebytes"
            "Authorization: Basic anVzdHNvbWVieXRlcw==",
            "basic authentication is enabled on the proxy",
            "Authorization: Basic $(echo -n user:pass | base64)",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "curl-user-password",
        title: "Password in curl -u",
        about: about!("`curl -u user:password` (or `--user`) with the password on the command line; only the password is reported."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["curl"], before: 0, after: 600 },
        pattern: r#"[ \t](?:-u|--user)(?:=|[ \t]*)["']?[A-Za-z0-9._@+%-]+:([A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]+)"#,
        value_group: 1,
        max_len: 300,
        validate: Some(command_line_password),
        mask: Mask::All,
        generic: true,
        positives: examples![
            "curl -u deploy:«Kq8vX2pLz9» https://nexus.acme.io/repository/releases/",
            "curl -s --user 'admin@acme.io:«R7t!qW2zLx»' -X POST https://jira.acme.io/rest/api/2/issue",
        ],
        negatives: examples![
            "curl -u admin:admin http://localhost:8080/",
            "curl -u $USER:$PASS https://api.acme.io",
            "curl -u user:password https://example.com",
            "curl -u deploy https://nexus.acme.io/",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mysql-cli-password",
        title: "Password in a mysql command line",
        about: about!("`mysql -p<password>` (also mysqldump, mysqladmin, mariadb) with the password glued to `-p`."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mysql", "mariadb"], before: 0, after: 300 },
        pattern: r#"(?i:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[\x20-\x7E]*?[ \t]-p["']?([A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]{3}[A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]*)"#,
        value_group: 1,
        max_len: 360,
        word_boundary: false,
        validate: Some(command_line_password),
        mask: Mask::All,
        generic: true,
        positives: examples![
            "mysql -h db.internal -u shop -p«Zq8!vLx2Tw» shop < dump.sql",
            "mysqldump -uroot -p'«N0tTh3R00t!»' --all-databases > all.sql",
        ],
        negatives: examples![
            "mysql -h db.internal -u shop -p shop",
            "mysql -u root -proot",
            "mysql -u root -p$MYSQL_ROOT_PASSWORD",
            "mysql -h db -P3306 -u app",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "sshpass-password",
        title: "Password in an sshpass command",
        about: about!("`sshpass -p <password>` puts an SSH password on the command line."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["sshpass"], before: 0, after: 200 },
        pattern: r#"sshpass[ \t]+(?:-[A-Za-oq-z]+[ \t]+)*-p[ \t]*["']?([A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]{3}[A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]*)"#,
        value_group: 1,
        max_len: 260,
        word_boundary: false,
        validate: Some(command_line_password),
        mask: Mask::All,
        generic: true,
        positives: examples![
            "sshpass -p '«Vw7!kQ2xLp»' ssh deploy@10.0.4.12 'systemctl restart api'",
            "sshpass -v -p«Hq9zX2mLr4» scp build.tgz ops@bastion:/tmp/",
        ],
        negatives: examples![
            "sshpass -p \"$SSH_PASS\" ssh deploy@host",
            "sshpass -f ~/.ssh/pass ssh deploy@host",
            "sshpass -p password ssh root@host",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "credential-command-password",
        title: "Password or token on a login command line",
        about: about!("The value after a credential command's secret flag or argument: `docker login -p`, `podman`/`helm registry`/`oras login --password`, `vault login <token>`, `redis-cli -a`, `mongosh -p`, `sqlcmd -P`. The command is the evidence; the value must not be a variable, a placeholder or a weak default."),
        label: "PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["docker login", "podman login", "nerdctl login", "buildah login", "skopeo login", "oras login", "registry login", "vault login", "redis-cli", "mongosh", "sqlcmd", "cf login", "oc login", "argocd login", "az login", "heroku login"],
            before: 0,
            after: 300,
        },
        pattern: r#"(?i)\b(?:(?:(?:docker|podman|nerdctl|buildah|skopeo|oras|registry|cf|oc|argocd|az)[ \t]+login)\b[^\r\n|;&]*?[ \t](?:-p|--password|-P|--token|--auth-token)|redis-cli\b[^\r\n|;&]*?[ \t](?:-a|--pass)|mongosh\b[^\r\n|;&]*?[ \t](?:-p|--password)|sqlcmd\b[^\r\n|;&]*?[ \t]-P|vault[ \t]+login(?:[ \t]+-[A-Za-z-]+(?:=[^ \t\r\n]+)?)*)(?:=|[ \t]+)["']?([A-Za-z0-9!#%&()*+./:=?@\[\]^_|~-]{6,})"#,
        value_group: 1,
        max_len: 360,
        validate: Some(credential_command_value),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            "docker login -u deploy -p «Rk8!vQ2xLmW» registry.acme.io",
            "podman login quay.io -u robot+ci -p «Zx7Lq2Vw9Tn4Pb»",
            "redis-cli -h cache.internal -a «Hq4!zX9mRt» ping",
            "sqlcmd -S db.acme.local -U sa -P «Wn8#pLq2Vz» -Q \"select 1\"",
            "vault login -address=https://vault.acme.io:8200 «Tq8fKq2LxV9mZt7Wp3Rn4Yb1»",
        ],
        negatives: examples![
            "docker login -u deploy -p $REGISTRY_PASSWORD registry.acme.io",
            "docker login --password-stdin -u deploy registry.acme.io",
            "podman login quay.io --password password",
            "vault login -method=oidc",
            "redis-cli -a changeme ping",
            "sqlcmd -S db -U sa -P \"$(cat /run/secrets/sa)\"",
        ],
        ..Rule::SECRET
    },
];

#[cfg(test)]
mod tests {
    use crate::{Policy, Scanner};

    /// Sentences from real chats that mention credentials without holding
    /// one. The catalog test checks each rule alone; this runs them all.
    #[test]
    fn talk_about_credentials_is_not_a_credential() {
        let policy = Policy::from_json(r#"{"previewRules": true, "minSeverity": "low"}"#).unwrap();
        let scanner = Scanner::new(&policy).unwrap();
        for text in [
            "reset your password in settings",
            "password: <your password>",
            "password=${DB_PASS}",
            "the password is stored in Vault",
            "api_key = os.getenv('API_KEY')",
            "token: null",
            "secret: true",
            "password: \"{{ vault_db_password }}\"",
            "export DB_PASSWORD=$(cat /run/secrets/db)",
            "Authorization: Bearer <token>",
            "curl -u $USER:$TOKEN https://api.github.com/user",
            "mysql -u root -p mydb < dump.sql",
            "password: z.string().min(8).max(64)",
            "self.password = password\npassword = request.form['password']",
            "token_url = \"https://oauth2.googleapis.com/token\"",
            "password: ${{ secrets.DB_PASSWORD }}",
            "docker run -e POSTGRES_PASSWORD=mysecretpassword -d postgres",
            "token = jwt.encode(payload, SECRET_KEY, algorithm=\"HS256\")",
            "passphrase = getpass.getpass(\"Passphrase: \")",
            "we use password SHA256 hashing with a salt",
            "Use the postgres://user:pass@host/db format for DATABASE_URL",
            "The seed phrase is 12 words long and you should write it on paper.",
            "Ich habe mein Passwort vergessen, wie setze ich es zurück?",
            "J'ai oublié mon mot de passe : que faire ?",
            "Olvidé mi contraseña y el enlace no llega",
            "パスワードを忘れました。再設定の方法は？",
            "忘记密码了怎么办？",
            "the password Reset-Flow sends a link to it-support@acme.io",
            "log in with SSO / Okta and open the dashboard",
            "we store the password hash() output with Argon2id",
        ] {
            // Only this helper's families: other files have their own tests.
            let ours: Vec<&str> = [super::RULES, super::super::connections::RULES, super::super::saas::RULES]
                .iter()
                .flat_map(|family| family.iter().map(|r| &*r.id))
                .collect();
            let found: Vec<_> = scanner.scan(text).into_iter().filter(|f| ours.contains(&f.rule_id.as_str())).collect();
            assert!(found.is_empty(), "{text:?} gave {:?}", found.iter().map(|f| &f.rule_id).collect::<Vec<_>>());
        }
    }
}
