//! Plain text by content: is it text at all, and in which encoding.
//!
//! A byte-order mark decides first (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
//! Without one: UTF-16 is recognised by its zero bytes in alternate
//! positions, NUL bytes elsewhere mean binary (as git decides), valid UTF-8
//! is UTF-8, mostly-valid UTF-8 keeps its valid characters and replaces the
//! rest, and anything else is read as windows-1252 (the WHATWG meaning of
//! "Latin-1", a superset of ISO-8859-1's printable characters).

use super::Origin;
use serde::Serialize;

/// The encoding a text file was decoded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8, with or without BOM.
    Utf8,
    /// UTF-16 little-endian.
    Utf16le,
    /// UTF-16 big-endian.
    Utf16be,
    /// UTF-32 little-endian (with BOM only).
    Utf32le,
    /// UTF-32 big-endian (with BOM only).
    Utf32be,
    /// windows-1252, for bytes that are not UTF-8.
    Windows1252,
}

impl Encoding {
    /// The WHATWG label (what `TextDecoder` accepts).
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16le => "utf-16le",
            Encoding::Utf16be => "utf-16be",
            Encoding::Utf32le => "utf-32le",
            Encoding::Utf32be => "utf-32be",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

/// Bytes looked at to decide text or binary, as git does.
const SNIFF: usize = 8000;

/// The BOM's encoding and length, if `bytes` starts with one.
fn bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => Some((Encoding::Utf32le, 4)),
        [0, 0, 0xFE, 0xFF, ..] => Some((Encoding::Utf32be, 4)),
        [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16le, 2)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16be, 2)),
        _ => None,
    }
}

/// UTF-16 without a BOM: in ASCII-heavy text every other byte is zero.
fn bomless_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut zero_even, mut zero_odd) = (0, 0);
    for p in head.chunks_exact(2) {
        zero_even += usize::from(p[0] == 0);
        zero_odd += usize::from(p[1] == 0);
    }
    // At least 70 % of units with a zero high byte, and the other half of
    // each pair almost never zero.
    if zero_odd * 10 >= pairs * 7 && zero_even * 20 <= pairs {
        Some(Encoding::Utf16le)
    } else if zero_even * 10 >= pairs * 7 && zero_odd * 20 <= pairs {
        Some(Encoding::Utf16be)
    } else {
        None
    }
}

/// Whether `bytes` is text in an encoding [`decode`] reads.
pub fn is_text(bytes: &[u8]) -> bool {
    if bom(bytes).is_some() || bomless_utf16(bytes).is_some() {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.contains(&0) {
        return false;
    }
    // Control characters other than whitespace, escape and form feed are
    // rare in text and common in binary formats without NULs.
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    controls * 100 <= head.len()
}

/// Decodes text bytes; see the module docs for how the encoding is chosen.
/// Never fails: what cannot be decoded becomes U+FFFD.
pub fn decode(bytes: &[u8]) -> (String, Encoding, Origin) {
    if let Some((enc, len)) = bom(bytes) {
        let body = &bytes[len..];
        return match enc {
            Encoding::Utf8 => {
                let (text, replaced) = utf8_lossy(body);
                (text, enc, Origin::Utf8 { base: len, replaced })
            }
            Encoding::Utf16le | Encoding::Utf16be => {
                (utf16(body, enc == Encoding::Utf16be), enc, Origin::Utf16 { base: len })
            }
            _ => (utf32(body, enc == Encoding::Utf32be), enc, Origin::Extracted),
        };
    }
    if let Some(enc) = bomless_utf16(bytes) {
        return (utf16(bytes, enc == Encoding::Utf16be), enc, Origin::Utf16 { base: 0 });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Encoding::Utf8, Origin::Utf8 { base: 0, replaced: Vec::new() }),
        Err(_) if mostly_utf8(bytes) => {
            let (text, replaced) = utf8_lossy(bytes);
            (text, Encoding::Utf8, Origin::Utf8 { base: 0, replaced })
        }
        Err(_) => (windows_1252(bytes), Encoding::Windows1252, Origin::SingleByte),
    }
}

/// UTF-8 with a few bad bytes (a Latin-1 character pasted into a UTF-8
/// file): it has valid multi-byte characters, which Latin-1 text almost
/// never forms by chance, and not many more invalid bytes than those.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    multibyte > 0 && invalid <= 4 * multibyte + 4
}

/// Lossy UTF-8 with one U+FFFD per invalid byte, so that file offsets can be
/// recovered; returns the text offsets of the replacements.
fn utf8_lossy(bytes: &[u8]) -> (String, Vec<usize>) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut replaced = Vec::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for _ in chunk.invalid() {
            replaced.push(out.len());
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (out, replaced)
}

/// UTF-16 with unpaired surrogates replaced; an odd last byte is dropped.
pub fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

fn utf32(bytes: &[u8], big_endian: bool) -> String {
    bytes
        .chunks_exact(4)
        .map(|p| {
            let v = if big_endian {
                u32::from_be_bytes([p[0], p[1], p[2], p[3]])
            } else {
                u32::from_le_bytes([p[0], p[1], p[2], p[3]])
            };
            char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect()
}

/// windows-1252's characters for 0x80..=0x9F; the rest is ISO-8859-1.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// One windows-1252 byte as a character.
pub fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Decodes windows-1252 bytes.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252(b)).collect()
}

/// Decodes an XML part: UTF-8 unless a BOM says UTF-16. Valid UTF-8 (the
/// usual case) is taken over without a copy.
pub fn xml_part(mut bytes: Vec<u8>) -> String {
    match bom(&bytes) {
        Some((Encoding::Utf16le, n)) => return utf16(&bytes[n..], false),
        Some((Encoding::Utf16be, n)) => return utf16(&bytes[n..], true),
        Some((Encoding::Utf8, n)) => {
            bytes.drain(..n);
        }
        _ => {}
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_chosen_by_content() {
        let key = "key=AKIAZ7VRSQ5TBLN2MXQE café";
        let (t, e, _) = decode(key.as_bytes());
        assert_eq!((t.as_str(), e), (key, Encoding::Utf8));

        let mut le = vec![0xFF, 0xFE];
        le.extend(key.encode_utf16().flat_map(u16::to_le_bytes));
        let (t, e, o) = decode(&le);
        assert_eq!((t.as_str(), e, o), (key, Encoding::Utf16le, Origin::Utf16 { base: 2 }));

        let be: Vec<u8> = key.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(is_text(&be));
        assert_eq!(decode(&be).0, key, "UTF-16 without a BOM");

        let latin1: Vec<u8> = key.chars().map(|c| c as u8).collect();
        let (t, e, _) = decode(&latin1);
        assert_eq!((t.as_str(), e), (key, Encoding::Windows1252));
        assert_eq!(decode(&[0x93, b'h', b'i', 0x94]).0, "“hi”");
    }

    #[test]
    fn a_stray_byte_in_utf8_keeps_the_rest_and_file_offsets() {
        let mut bytes = "naïve ".as_bytes().to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(b" token");
        let (t, e, o) = decode(&bytes);
        assert_eq!(e, Encoding::Utf8);
        assert_eq!(t, "naïve \u{FFFD} token");
        let Origin::Utf8 { replaced, .. } = &o else { panic!("utf-8 origin") };
        assert_eq!(replaced, &[7]);
        let seg =
            super::super::Segment { origin: o.clone(), ..super::super::Segment::new(Default::default(), t.clone()) };
        let at = t.find("token").unwrap();
        assert_eq!(seg.file_offset(at, 0), Some(bytes.len() - 5));
    }

    #[test]
    fn binary_is_not_text() {
        assert!(!is_text(&[0x89, b'P', b'N', b'G', 0, 0, 0, 0x0D]));
        assert!(!is_text(&[1, 2, 3, 4, 5, 6, 7, 8, 0x10, 0x11]));
        assert!(is_text(b"plain\r\n\ttext\x1b[0m"));
        assert!(is_text(b""));
    }
}
