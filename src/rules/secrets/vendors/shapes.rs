//! Token shapes shared by the vendor rows that find keys near a vendor word.
//!
//! Most vendors document "an API key" and show one: 32 hex digits, 40
//! letters and digits, a UUID. Rows name one of these shapes instead of
//! writing a pattern, so the engine compiles each shape once for all the
//! vendors that use it (`engine/rules.rs` shares compiled patterns by the
//! text's address), and the data file the WebAssembly build loads names
//! the shape rather than repeating its text.
//!
//! Each shape says which alphabet its tokens are drawn from, and the rule's
//! check uses it: a random 32-character key of letters and digits is
//! practically never made of hex digits alone (p ≈ 10⁻¹⁴), so on an
//! alphanumeric shape an all-hex value is a hash or an id, not the key.

/// The characters a shape's tokens are drawn from, for the checks in
/// `vendor_token_near_key_word`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alphabet {
    /// Hex digits: a token needs a letter and a digit (`0000…`, `deadbeef…`
    /// and decimal numbers are not keys).
    Hex,
    /// Letters and digits (perhaps `_` and `-`): a token is not all hex,
    /// not all digits, not an identifier a programmer would write.
    Mixed,
    /// A UUID behind a key label; the label carries the evidence.
    Uuid,
}

/// One shared token shape.
#[derive(Debug)]
pub struct Shape {
    /// The name rows and the data file use (`HEX32`).
    pub name: &'static str,
    /// The pattern; for [`Alphabet::Uuid`] the value is capture group 1.
    pub pattern: &'static str,
    /// What its tokens are made of.
    pub alphabet: Alphabet,
}

/// A digest label in front of a hex run becomes part of the match, and the
/// check then refuses it for its space or colon (`commit 6b34…`,
/// `sha256: 9f86…`, `trace id 7207…`).
macro_rules! not_a_digest {
    () => {
        r"(?i:\b(?:commit|sha(?:1|256|512)?|hash|digest|md5|checksum|etag|fingerprint|trace[ _-]?id|span[ _-]?id|request[ _-]?id)[ \t:=#]+)?"
    };
}

/// A hex run of exactly `$n` digits, one case throughout.
macro_rules! hex {
    ($name:ident, $n:literal) => {
        #[doc = concat!("`", stringify!($n), "` hex digits, one case throughout.")]
        pub static $name: Shape = Shape {
            name: stringify!($name),
            pattern: concat!(not_a_digest!(), r"\b(?:[a-f0-9]{", $n, r"}|[A-F0-9]{", $n, r"})\b"),
            alphabet: Alphabet::Hex,
        };
    };
}

/// A run of `$class` characters, `$len` long (`32` or `32,40`).
macro_rules! run {
    ($name:ident, $class:literal, $len:literal, $doc:literal) => {
        #[doc = $doc]
        pub static $name: Shape = Shape {
            name: stringify!($name),
            pattern: concat!(r"\b", $class, "{", $len, r"}\b"),
            alphabet: Alphabet::Mixed,
        };
    };
}

hex!(HEX16, 16);
hex!(HEX20, 20);
hex!(HEX24, 24);
hex!(HEX32, 32);
hex!(HEX36, 36);
hex!(HEX40, 40);
hex!(HEX48, 48);
hex!(HEX64, 64);

run!(ALNUM16, "[A-Za-z0-9]", "16", "16 letters (both cases) and digits.");
run!(ALNUM20, "[A-Za-z0-9]", "20", "20 letters (both cases) and digits.");
run!(ALNUM24, "[A-Za-z0-9]", "24", "24 letters (both cases) and digits.");
run!(ALNUM32, "[A-Za-z0-9]", "32", "32 letters (both cases) and digits.");
run!(ALNUM40, "[A-Za-z0-9]", "40", "40 letters (both cases) and digits.");
run!(ALNUM64, "[A-Za-z0-9]", "64", "64 letters (both cases) and digits.");
run!(ALNUM20_40, "[A-Za-z0-9]", "20,40", "20 to 40 letters (both cases) and digits.");
run!(ALNUM32_64, "[A-Za-z0-9]", "32,64", "32 to 64 letters (both cases) and digits.");
run!(LOWER20, "[a-z0-9]", "20", "20 small letters and digits.");
run!(LOWER32, "[a-z0-9]", "32", "32 small letters and digits.");
run!(LOWER40, "[a-z0-9]", "40", "40 small letters and digits.");
run!(UPPER20, "[A-Z0-9]", "20", "20 capital letters and digits.");
run!(UPPER32, "[A-Z0-9]", "32", "32 capital letters and digits.");
run!(TOKEN20_64, "[A-Za-z0-9_-]", "20,64", "20 to 64 characters of base64url (letters, digits, `_`, `-`).");
run!(TOKEN40_100, "[A-Za-z0-9_-]", "40,100", "40 to 100 characters of base64url (letters, digits, `_`, `-`).");

/// A UUID written as the value of a key-named field, header or flag
/// (`X-Api-Key: 3f…`, `"apiToken": "3f…"`, `Bearer 3f…`): vendors whose
/// keys are UUIDs also name orders, users and requests with UUIDs, so the
/// label has to say "key".
pub static UUID_KEY: Shape = Shape {
    name: "UUID_KEY",
    pattern: concat!(
        r#"(?i:(?:api[_ -]?key|apikey|api[_ -]?token|access[_ -]?key|access[_ -]?token|auth[_ -]?token|secret|token|key)"#,
        r#"[A-Za-z0-9_-]{0,20}["']?[ \t]*(?:[:=]|=>)[ \t]*["']?(?:bearer[ \t]+)?|bearer[ \t]+|--api-key[ =]"#,
        // `<apiKey>` … (the value may sit on its own line).
        r#"|(?:key|token|secret)>[ \t\r\n]*)"#,
        r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})\b"
    ),
    alphabet: Alphabet::Uuid,
};

/// Every shape, for the data file (by name) and the tests.
pub static ALL: &[&Shape] = &[
    &HEX16,
    &HEX20,
    &HEX24,
    &HEX32,
    &HEX36,
    &HEX40,
    &HEX48,
    &HEX64,
    &ALNUM16,
    &ALNUM20,
    &ALNUM24,
    &ALNUM32,
    &ALNUM40,
    &ALNUM64,
    &ALNUM20_40,
    &ALNUM32_64,
    &LOWER20,
    &LOWER32,
    &LOWER40,
    &UPPER20,
    &UPPER32,
    &TOKEN20_64,
    &TOKEN40_100,
    &UUID_KEY,
];

/// The shape called `name`.
pub fn by_name(name: &str) -> Option<&'static Shape> {
    ALL.iter().copied().find(|s| s.name == name)
}
