//! Is an assigned value a literal, or code?
//!
//! People paste code into chats all day, and code assigns to names like
//! `password` and `token` constantly: `password = auth[2]`,
//! `const password = result.groups?.password`, `pass: String`,
//! `passwordVerification:O&&d.x`, `pwd=execroot/my_wksp`. None of those
//! values is a secret; a warning on them teaches people to click through.
//! [`classify`] reads the value's shape (and whether it was quoted) and
//! says which it is. Quoted strings are literals unless they are templates
//! or paths; unquoted values are code when they read as an identifier, a
//! member access, a call, an index, an expression, a type or a path.

/// Why a value is code rather than a literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// A variable: `auth`, `userPassword`, `DB_PASS`, `None`.
    Identifier,
    /// `result.groups?.password`, `config.db.pass`.
    MemberAccess,
    /// `get_secret("x")`, `getpass()`.
    Call,
    /// `auth[2]`, `row['password']`.
    Index,
    /// `O&&d.x`, `a || b`, `x ?? y`, `!flag`.
    Expression,
    /// `String`, `u32`, `&str`, `Option<String>`, `[]byte`.
    Type,
    /// `execroot/my_wksp`, `/run/secrets/db`, `C:\keys\a.pem`.
    Path,
    /// `${VAR}`, `{{ var }}`, `%(pw)s`, `<%= pw %>`, `#{pw}`, `$(cat f)`.
    Template,
}

/// What [`classify`] decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// A value written out: worth judging as a secret.
    Literal,
    /// Code that produces a value at run time.
    Code(Code),
}

/// Primitive and common type names that follow a `name:` in typed code.
const TYPES: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "f32",
    "f64",
    "bool",
    "char",
    "str",
    "string",
    "int",
    "integer",
    "long",
    "short",
    "float",
    "double",
    "byte",
    "bytes",
    "boolean",
    "number",
    "object",
    "any",
    "unknown",
    "void",
    "never",
    "secretstr",
    "securestring",
    "charsequence",
    "optional",
    "option",
    "vec",
    "list",
    "array",
    "dict",
    "map",
    "hashmap",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "text",
    "varchar",
];

/// Whether `s` is an identifier (`[A-Za-z_$][A-Za-z0-9_$]*`).
fn is_ident(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_alphabetic() || b[0] == b'_' || b[0] == b'$')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$')
}

/// Whether an identifier reads as a name a programmer chose rather than
/// random characters: few humps (`userPassword`, `db_pass`, `authToken2`),
/// each of two letters or more, digits only at the end. `Hunter2Secure`
/// and `qZkLmXvRtWp` are not.
fn reads_as_name(s: &str) -> bool {
    if !is_ident(s) {
        return false;
    }
    let body = s.trim_end_matches(|c: char| c.is_ascii_digit());
    // Names end in a digit or two (`token2`), passwords in years and
    // counters (`Rosso_Ferrari_458787`); names keep one case style, while
    // `Title_Snake_Case` is how people write passphrases.
    let title_snake = body.contains('_')
        && body.bytes().any(|b| b.is_ascii_lowercase())
        && body.bytes().any(|b| b.is_ascii_uppercase());
    if s.len() - body.len() > 2 || title_snake || body.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if body.len() <= 1 {
        return true;
    }
    // Humps: split at `_`/`$` and before a capital that follows a small letter.
    let mut humps = 0;
    let mut len = 0;
    let mut short = 0;
    let mut prev_lower = false;
    for b in body.bytes() {
        let boundary = b == b'_' || b == b'$' || (b.is_ascii_uppercase() && prev_lower);
        if boundary {
            if len > 0 {
                humps += 1;
                short += usize::from(len < 2);
            }
            len = usize::from(b != b'_' && b != b'$');
        } else {
            len += 1;
        }
        prev_lower = b.is_ascii_lowercase();
    }
    if len > 0 {
        humps += 1;
        short += usize::from(len < 2);
    }
    humps <= 5 && short <= 1
}

/// Whether `v` is a type expression: `String`, `&str`, `&'static str`,
/// `Option<String>`, `[]byte`, `*string`, `str | None`.
fn is_type(v: &str) -> bool {
    let t = v.trim_start_matches(['&', '*']).trim_start_matches("'static").trim_start_matches("[]").trim();
    let head = t.split(['<', '[', '|', '?', ' ']).next().unwrap_or("");
    let lower = head.to_ascii_lowercase();
    if TYPES.contains(&lower.as_str()) {
        return true;
    }
    // `Option<String>`, `Vec<u8>`, `Map<String, String>`: generics.
    if t.contains('<') && t.ends_with('>') && is_ident(head) {
        return true;
    }
    false
}

/// Whether `v` is a path: absolute, relative, home, Windows, or a
/// relative one of lower-case segments (`execroot/my_wksp`).
fn is_path(v: &str) -> bool {
    if ["/", "./", "../", "~/", "file:"].iter().any(|p| v.starts_with(p)) {
        return true;
    }
    let b = v.as_bytes();
    if b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'\\' {
        return true;
    }
    if v.contains('/') && !v.contains(['+', '=']) {
        // Base64 also holds `/`, but mixes cases and digits in every
        // stretch; path segments are lower-case words.
        return v.split('/').filter(|s| !s.is_empty()).count() >= 2
            && v.split('/').all(|s| {
                s.bytes().all(|c| c.is_ascii_lowercase() || matches!(c, b'_' | b'-' | b'.') || c.is_ascii_digit())
                    && s.bytes().filter(u8::is_ascii_digit).count() * 3 <= s.len().max(1)
            });
    }
    false
}

/// Decides whether `value` is a literal or code. `quoted` says whether the
/// value opened a string literal.
pub fn classify(value: &str, quoted: bool) -> ValueKind {
    if ["${", "{{", "%(", "<%", "#{", "$(", "{%"].iter().any(|m| value.contains(m)) {
        return ValueKind::Code(Code::Template);
    }
    if is_path(value) && (!quoted || value.starts_with(['/', '~', '.'])) {
        return ValueKind::Code(Code::Path);
    }
    if quoted {
        // `"challengePassword"`, `token: "accessToken"`: a quoted name
        // that repeats the secret word is a field name, not a secret.
        let lower = value.to_ascii_lowercase();
        let names_a_secret =
            ["pass", "pwd", "secret", "token", "key", "auth", "credential"].iter().any(|w| lower.contains(w));
        if names_a_secret && reads_as_name(value) {
            return ValueKind::Code(Code::Identifier);
        }
        return ValueKind::Literal;
    }
    // Sphinx fields and roles (`:type passphrase: :py:data:`), and a
    // parenthesised remark or expression (`:param passphrase: (optional)`,
    // `pw_passwd = (p).pws.pw_name`).
    let role = value.contains(':')
        && value.trim_matches(':').split(':').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
    if value.starts_with([':', '(']) || role {
        return ValueKind::Code(Code::Expression);
    }
    // An argument list or statement may end right after the value:
    // `pwd=None)`, `token=tok,`, `password = pw;`.
    let v = if value.contains(['(', '[']) { value } else { value.trim_end_matches([')', ',', ';', ']', '}', ':']) };
    if v.is_empty() {
        return ValueKind::Code(Code::Expression);
    }
    // Base64 padding (`…w==`) is not a comparison.
    let body = v.trim_end_matches('=');
    if ["&&", "||", "??", "?.", "!=", "==", "=>", "::"].iter().any(|op| body.contains(op)) || v.starts_with('!') {
        return ValueKind::Code(Code::Expression);
    }
    if is_type(v) {
        return ValueKind::Code(Code::Type);
    }
    if let Some(i) = v.find('(') {
        if i > 0 && v[..i].split('.').all(is_ident) {
            return ValueKind::Code(Code::Call);
        }
    }
    if let Some(i) = v.find('[') {
        if i > 0 && v[..i].split('.').all(is_ident) {
            return ValueKind::Code(Code::Index);
        }
    }
    if v.contains('.') && v.split('.').all(reads_as_name) {
        return ValueKind::Code(Code::MemberAccess);
    }
    if reads_as_name(v) {
        return ValueKind::Code(Code::Identifier);
    }
    ValueKind::Literal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_told_from_literals() {
        let cases: &[(&str, bool, ValueKind)] = &[
            ("auth[2]", false, ValueKind::Code(Code::Index)),
            ("None)", false, ValueKind::Code(Code::Identifier)),
            ("result.groups?.password", false, ValueKind::Code(Code::Expression)),
            ("String", false, ValueKind::Code(Code::Type)),
            ("u32", false, ValueKind::Code(Code::Type)),
            ("&str", false, ValueKind::Code(Code::Type)),
            ("Option<String>", false, ValueKind::Code(Code::Type)),
            ("O&&d.verify(a)", false, ValueKind::Code(Code::Expression)),
            ("execroot/my_wksp", false, ValueKind::Code(Code::Path)),
            ("/run/secrets/db_password", true, ValueKind::Code(Code::Path)),
            ("userPassword", false, ValueKind::Code(Code::Identifier)),
            ("DB_PASS", false, ValueKind::Code(Code::Identifier)),
            ("authToken2", false, ValueKind::Code(Code::Identifier)),
            ("config.db.password", false, ValueKind::Code(Code::MemberAccess)),
            ("getpass.getpass()", false, ValueKind::Code(Code::Call)),
            ("${DB_PASS}", true, ValueKind::Code(Code::Template)),
            ("{{ vault_pw }}", true, ValueKind::Code(Code::Template)),
            // Literals.
            ("Hunter2Secure", false, ValueKind::Literal),
            ("Rosso_Ferrari_458787", false, ValueKind::Literal),
            ("qZkLmXvRtWpBnHc", false, ValueKind::Literal),
            ("Xk9#mQ2vLp", false, ValueKind::Literal),
            ("Tr0ub4dor&3", false, ValueKind::Literal),
            ("a8F3kQ9zL2mX7vR4tW6p", false, ValueKind::Literal),
            ("ab/CD+ef9Gh/Ij0=", false, ValueKind::Literal),
            ("akF4VEpNWWQxdXgyTk9MT0c3NW5uTm1PSUFBTw==", false, ValueKind::Literal),
            ("userPassword", true, ValueKind::Code(Code::Identifier)),
            ("Summertime", true, ValueKind::Literal),
            ("(optional)", false, ValueKind::Code(Code::Expression)),
            (":py:data:", false, ValueKind::Code(Code::Expression)),
            ("py:data", false, ValueKind::Code(Code::Expression)),
            ("(p).pws.pw_name", false, ValueKind::Code(Code::Expression)),
            ("execroot/my_wksp", true, ValueKind::Literal),
        ];
        for (value, quoted, want) in cases {
            assert_eq!(classify(value, *quoted), *want, "{value:?} quoted={quoted}");
        }
    }
}
