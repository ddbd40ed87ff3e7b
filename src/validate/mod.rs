//! Checks that turn a pattern match into a finding worth showing.
//!
//! Checksums are the offline substitute for asking a provider whether a token
//! is real: a random string that merely looks like a GitHub token fails the
//! CRC-32 one time in 56 billion. Each function is small, allocation-free
//! where it can be, and tested against published vectors in its own module.

pub mod checksum;
pub mod codec;
pub mod entropy;
pub mod national;
pub mod placeholder;
pub mod sha256;
pub mod words;

pub use checksum::{crc32, iso7064_mod97, luhn_valid, verhoeff_valid};
pub use codec::{base58_decode, base62_encode_fixed, base64_decode};
pub use entropy::shannon_entropy;
pub use placeholder::looks_like_placeholder;
pub use sha256::sha256;
pub use words::WordSet;
pub(crate) use words::{folded_four, folded_prefix};

/// Digits of `s` as numbers, skipping any other character (separators).
pub fn digits_of(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0')
}

/// Number of ASCII digits in `s`.
pub fn count_digits(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// Whether all characters of `s` are the same (`0000000`, `aaaaaa`).
pub fn all_same(s: &str) -> bool {
    let mut bytes = s.bytes().filter(u8::is_ascii_alphanumeric);
    match bytes.next() {
        Some(first) => bytes.all(|b| b == first),
        None => true,
    }
}
