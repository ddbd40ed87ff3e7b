//! Normalisation before matching, with a map back to the original text.
//!
//! A zero-width joiner inside `AKIA…` or a full-width `ＡＫＩＡ` defeats a plain
//! pattern match while the chat app happily sends the characters along. We
//! match on a cleaned copy and map every span back, so a finding still points
//! at the characters the user typed (including the invisible ones inside it).
//!
//! The same goes for JSON escapes (`https:\/\/`, `\u0041KIA…`) and a long
//! token wrapped onto the next line by a terminal or a mail client.
//!
//! Text without any of these, the common case, is borrowed untouched: the
//! check looks at 16 or 32 bytes a step for the only bytes that may need
//! an edit (non-ASCII, backslashes, line breaks), and decodes only the few
//! lead bytes that can start a folded character; CJK or Cyrillic text
//! never is.

use crate::simd::{self, Bytes, Kernel, Pass};
use std::borrow::Cow;

/// Text prepared for matching.
pub struct Normalized<'a> {
    /// What the engine matches on.
    pub text: Cow<'a, str>,
    /// Sparse offset map; empty when `text` is the original.
    breaks: Vec<Break>,
    /// Bytes that replaced longer originals (`Ａ`, `\u0041`): normalised
    /// offset and the original end, so a span ending on one covers it all.
    replaced: Vec<Break>,
}

/// From normalised offset `norm` on, original offsets are `orig + (n - norm)`
/// until the next break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Break {
    norm: u32,
    orig: u32,
}

/// What to do with one character.
enum Fold {
    Keep,
    Drop,
    Ascii(u8),
}

fn fold(c: char) -> Fold {
    match c as u32 {
        // Soft hyphen, combining grapheme joiner, Mongolian vowel separator,
        // zero-width space/joiners, direction marks and embeddings, word
        // joiner and invisible operators, isolates, BOM, variation selectors.
        0x00AD
        | 0x034F
        | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x2069
        | 0xFEFF
        | 0xFE00..=0xFE0F => Fold::Drop,
        // Unicode tag characters carry invisible ASCII ("ASCII smuggling").
        0xE0000..=0xE007F => Fold::Drop,
        // Full-width ASCII variants and the ideographic space.
        0xFF01..=0xFF5E => Fold::Ascii((c as u32 - 0xFEE0) as u8),
        0x3000 => Fold::Ascii(b' '),
        // No-break, narrow no-break, figure and thin spaces: French phone
        // numbers and numbers copied from PDFs are typed with them.
        0x00A0 | 0x2007 | 0x2009 | 0x202F => Fold::Ascii(b' '),
        // Hyphens, dashes and the minus sign, as word processors substitute them.
        0x2010..=0x2015 | 0x2212 => Fold::Ascii(b'-'),
        _ => Fold::Keep,
    }
}

/// Lead bytes of every character [`fold`] may change: U+00A0–U+00BF (C2),
/// U+034F (CD), U+180E (E1), U+2000–U+2FFF (E2), U+3000 (E3), U+FE00–U+FFFF
/// (EF) and the tag characters (F3). Everything else is copied in bulk.
fn may_fold(lead: u8) -> bool {
    matches!(lead, 0xC2 | 0xCD | 0xE1 | 0xE2 | 0xE3 | 0xEF | 0xF3)
}

/// One change to the original text: `start..end` is dropped, or replaced by
/// one ASCII byte.
#[derive(Clone, Copy, Debug)]
struct Edit {
    start: usize,
    end: usize,
    with: Option<u8>,
}

/// Folds of invisible, full-width and look-alike characters in `text`,
/// without vectors.
fn fold_edits(text: &str, edits: &mut Vec<Edit>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip ASCII eight bytes at a time.
        if let Some(eight) = bytes.get(i..i + 8) {
            if u64::from_le_bytes(eight.try_into().unwrap()) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        i += fold_edit(text, i, edits).unwrap_or(1);
    }
}

/// The fold of the character starting at byte `i`, if it has one; the
/// character's length when `i` starts one [`fold`] may change.
#[inline]
fn fold_edit(text: &str, i: usize, edits: &mut Vec<Edit>) -> Option<usize> {
    let b = text.as_bytes()[i];
    if b < 0x80 || !may_fold(b) || !text.is_char_boundary(i) {
        return None;
    }
    let c = text[i..].chars().next().expect("at a char boundary");
    let len = c.len_utf8();
    match fold(c) {
        Fold::Keep => {}
        Fold::Drop => edits.push(Edit { start: i, end: i + len, with: None }),
        Fold::Ascii(a) => edits.push(Edit { start: i, end: i + len, with: Some(a) }),
    }
    Some(len)
}

/// Every edit of `text`, in order of position.
struct Edits<'a> {
    text: &'a str,
    edits: &'a mut Vec<Edit>,
}

impl Pass for Edits<'_> {
    type Output = ();

    fn portable(self) {
        let bytes = self.text.as_bytes();
        fold_edits(self.text, self.edits);
        // Backslashes and line breaks in one walk: code has one of either
        // every few dozen bytes.
        for i in memchr::memchr2_iter(b'\\', b'\n', bytes) {
            if bytes[i] == b'\\' {
                escape_edit(bytes, i, self.edits);
            } else {
                wrap_edit(bytes, i, self.edits);
            }
        }
    }

    #[inline(always)]
    fn vector<V: Bytes>(self) {
        let bytes = self.text.as_bytes();
        let tables = (V::table(&FOLD_LOW), V::table(&FOLD_HIGH));
        let mut carry = 0u64;
        let mut visit = |base: usize, (special, newline, before_join): (u64, u64, u64)| {
            let mut m = special | (newline & (before_join << 1 | carry));
            carry = before_join >> 63;
            while m != 0 {
                let i = base + m.trailing_zeros() as usize;
                m &= m - 1;
                match bytes[i] {
                    b'\\' => escape_edit(bytes, i, self.edits),
                    b'\n' => wrap_edit(bytes, i, self.edits),
                    _ => {
                        fold_edit(self.text, i, self.edits);
                    }
                }
            }
        };
        let mut base = 0;
        while base + 64 <= bytes.len() {
            visit(base, special_bytes::<V>(&bytes[base..], tables));
            base += 64;
        }
        if base < bytes.len() {
            let mut padded = [0u8; 64];
            padded[..bytes.len() - base].copy_from_slice(&bytes[base..]);
            visit(base, special_bytes::<V>(&padded, tables));
        }
    }
}

/// The lead bytes [`may_fold`] lists, by their two nibbles: bit `h - 12`
/// of `FOLD_LOW[l]` is set for lead `h << 4 | l` (C2, CD, E1, E2, E3, EF,
/// F3), and `FOLD_HIGH[h]` holds bit `h - 12`.
const FOLD_LOW: [u8; 16] = [0, 4, 5, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 4];
const FOLD_HIGH: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8];

/// Masks of the first 64 bytes of `block` that may need an edit: the
/// leads of characters [`fold`] may change and backslashes; line breaks;
/// and the bytes after which `wrap_edit` may join a line break (a letter,
/// a digit, a carriage return). Visiting only those line breaks skips
/// nine in ten of prose and code's; the fold leads skip CJK text whole.
#[inline(always)]
fn special_bytes<V: Bytes>(block: &[u8], (fold_low, fold_high): (V, V)) -> (u64, u64, u64) {
    let (mut special, mut newline, mut joins) = (0u64, 0u64, 0u64);
    let zero = V::splat(0);
    let mut k = 0;
    while k < 64 {
        let v = V::load(&block[k..]);
        let fold = V::lookup(fold_low, v.and(V::splat(0x0F))).and(V::lookup(fold_high, v.high_nibbles()));
        let backslash = v.eq(V::splat(b'\\'));
        special |= (fold.eq(zero).eq(zero).or(backslash).mask() as u64) << k;
        newline |= (v.eq(V::splat(b'\n')).mask() as u64) << k;
        let digit = v.sub(V::splat(b'0')).le(V::splat(9));
        let letter = v.or(V::splat(0x20)).sub(V::splat(b'a')).le(V::splat(25));
        joins |= (digit.or(letter).or(v.eq(V::splat(b'\r'))).mask() as u64) << k;
        k += V::LANES;
    }
    (special, newline, joins)
}

/// The JSON or JavaScript string escape at `i` (a backslash), if it hides
/// a token from a pattern: `\/` in URLs and `\u0041` for a printable ASCII
/// character.
fn escape_edit(bytes: &[u8], i: usize, edits: &mut Vec<Edit>) {
    let hex = |b: u8| (b as char).to_digit(16);
    match bytes.get(i + 1) {
        Some(b'/') => edits.push(Edit { start: i, end: i + 1, with: None }),
        Some(b'u') if bytes.get(i + 2..i + 4) == Some(b"00") => {
            let (Some(hi), Some(lo)) = (bytes.get(i + 4).and_then(|&b| hex(b)), bytes.get(i + 5).and_then(|&b| hex(b)))
            else {
                return;
            };
            let value = (hi * 16 + lo) as u8;
            if (0x21..0x7f).contains(&value) {
                edits.push(Edit { start: i, end: i + 6, with: Some(value) });
            }
        }
        _ => {}
    }
}

/// Shortest run of letters and digits before a line break that may be the
/// first part of a wrapped token.
const WRAPPED_HEAD: usize = 12;
/// Shortest continuation after the break.
const WRAPPED_TAIL: usize = 4;

/// The line break at `i`, if it lies inside a long token, as a terminal or
/// a mail client wraps a key (`ghp_R2d8…` + newline + `…Q7i`). Only a long
/// run of letters and digits mixing both, glued to a break and finished by
/// a shorter piece with a digit right after it, counts, so prose, tables of
/// numbers, short words, `.env` lines and key blocks are never joined, and
/// a complete key followed by a word on the next line (`AKIA…` + newline +
/// `next step`) stays whole.
#[inline]
fn wrap_edit(bytes: &[u8], i: usize, edits: &mut Vec<Edit>) {
    let start = if i > 0 && bytes[i - 1] == b'\r' { i - 1 } else { i };
    // Most line breaks (in code: after `;`, `{`, `,`) fail on the byte
    // before them; test it before counting the run.
    if !bytes[..start].last().is_some_and(u8::is_ascii_alphanumeric) {
        return;
    }
    // Most line breaks fail on the run before them; count it first.
    let head = bytes[..start].iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
    if head < WRAPPED_HEAD {
        return;
    }
    let tail = bytes[i + 1..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    // The last piece of a wrapped token is shorter than the full line
    // before it and ends the word; `KEY=v…\nNEXT_KEY=…` and the
    // same-width lines of a key block are left alone.
    let ends_word = bytes.get(i + 1 + tail).is_none_or(|b| b.is_ascii_whitespace() || b"\"'`.,;)]}>".contains(b));
    let tail_has_digit = bytes[i + 1..i + 1 + tail].iter().any(u8::is_ascii_digit);
    if tail < WRAPPED_TAIL || tail >= head || !ends_word || !tail_has_digit {
        return;
    }
    let run = &bytes[start - head..start];
    if run.iter().any(u8::is_ascii_digit) && run.iter().any(u8::is_ascii_alphabetic) {
        edits.push(Edit { start, end: i + 1, with: None });
    }
}

impl<'a> Normalized<'a> {
    /// Prepares `original` for matching.
    pub fn new(original: &'a str) -> Normalized<'a> {
        Normalized::with_kernel(original, Kernel::detect())
    }

    /// [`Normalized::new`] on a given vector unit.
    pub(crate) fn with_kernel(original: &'a str, kernel: Kernel) -> Normalized<'a> {
        let mut edits = Vec::new();
        simd::run(kernel, Edits { text: original, edits: &mut edits });
        if edits.is_empty() {
            return Normalized { text: Cow::Borrowed(original), breaks: Vec::new(), replaced: Vec::new() };
        }
        edits.sort_by_key(|e| e.start);
        let mut text = String::with_capacity(original.len());
        let mut breaks = Vec::new();
        let mut replaced = Vec::new();
        let mut copied = 0;
        for e in edits {
            if e.start < copied {
                continue; // inside an edit already made
            }
            // Copy unchanged stretches whole.
            text.push_str(&original[copied..e.start]);
            match e.with {
                None => breaks.push(Break { norm: text.len() as u32, orig: e.end as u32 }),
                Some(a) => {
                    breaks.push(Break { norm: text.len() as u32, orig: e.start as u32 });
                    replaced.push(Break { norm: text.len() as u32, orig: e.end as u32 });
                    text.push(a as char);
                    breaks.push(Break { norm: text.len() as u32, orig: e.end as u32 });
                }
            }
            copied = e.end;
        }
        text.push_str(&original[copied..]);
        // Several breaks can share a normalised offset (two dropped
        // characters in a row); the last one wins, which is what `to_orig`
        // needs, so keep only it.
        breaks.dedup_by(|later, earlier| {
            if later.norm == earlier.norm {
                *earlier = *later;
                true
            } else {
                false
            }
        });
        Normalized { text: Cow::Owned(text), breaks, replaced }
    }

    /// Whether the text was changed.
    pub fn is_identity(&self) -> bool {
        self.breaks.is_empty()
    }

    /// Original offset of the character at normalised offset `n`.
    fn to_orig(&self, n: usize) -> usize {
        let idx = self.breaks.partition_point(|b| b.norm as usize <= n);
        match idx {
            0 => n,
            i => {
                let b = self.breaks[i - 1];
                b.orig as usize + (n - b.norm as usize)
            }
        }
    }

    /// Maps a normalised span to the original text. The start maps to the
    /// first original character; the end to the end of the last one, so
    /// invisible characters inside the span are covered and those after it
    /// are not.
    pub fn span_to_orig(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        if self.is_identity() {
            return (start, end);
        }
        let s = self.to_orig(start);
        if end <= start {
            return (s, s);
        }
        let last = self.to_orig(end - 1);
        // An unchanged byte maps byte for byte; a replacement covers its
        // whole original (a full-width letter, an escape sequence).
        let e = match self.replaced.binary_search_by_key(&((end - 1) as u32), |r| r.norm) {
            Ok(i) => self.replaced[i].orig as usize,
            Err(_) => last + 1,
        };
        (s, e.min(original.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_is_borrowed() {
        let n = Normalized::new("plain AKIA text");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.span_to_orig("plain AKIA text", 6, 10), (6, 10));
    }

    #[test]
    fn zero_width_characters_are_removed_and_spans_cover_them() {
        let original = "key AK\u{200B}IA\u{200D}X end";
        let n = Normalized::new(original);
        assert_eq!(n.text, "key AKIAX end");
        let (s, e) = n.span_to_orig(original, 4, 9);
        assert_eq!(&original[s..e], "AK\u{200B}IA\u{200D}X");
    }

    #[test]
    fn full_width_letters_fold_to_ascii() {
        let original = "ｓｋ-abc ｘ";
        let n = Normalized::new(original);
        assert_eq!(n.text, "sk-abc x");
        let (s, e) = n.span_to_orig(original, 0, 6);
        assert_eq!(&original[s..e], "ｓｋ-abc");
        let (s, e) = n.span_to_orig(original, 7, 8);
        assert_eq!(&original[s..e], "ｘ");
    }

    #[test]
    fn json_escapes_are_decoded_and_spans_cover_the_escape() {
        let original = r#"{"url": "https:\/\/h\/x", "key": "\u0041KIA"}"#;
        let n = Normalized::new(original);
        assert_eq!(n.text, r#"{"url": "https://h/x", "key": "AKIA"}"#);
        let at = n.text.find("AKIA").unwrap();
        let (s, e) = n.span_to_orig(original, at, at + 4);
        assert_eq!(&original[s..e], r"\u0041KIA");
        let (s, e) = n.span_to_orig(original, at, at + 1);
        assert_eq!(&original[s..e], r"\u0041");
    }

    #[test]
    fn a_long_token_wrapped_onto_the_next_line_is_joined() {
        let original = "token ghp_R2d8Kq7ZtY4mWcX1\r\nvLpN9sJ3 ok";
        let n = Normalized::new(original);
        assert_eq!(n.text, "token ghp_R2d8Kq7ZtY4mWcX1vLpN9sJ3 ok");
        // A whole key followed by words on the next line is not glued to them.
        assert!(Normalized::new("key AKIAZ7VRSQ5TBLN2MXQE\nnext line").is_identity());
        assert!(Normalized::new("key AKIAZ7VRSQ5TBLN2MXQE\r\nThen TODO").is_identity());
        // Prose, short words and numbers split over lines stay apart.
        for text in [
            "see the configuration\nvariables below",
            "4539148803436467\n4539148803436467",
            "ab12\ncd34",
            "AWS_SECRET=Xk9mQ2vLp7Rw4TzN8bYc\nDB_HOST=db1",
            "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\nWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\n",
        ] {
            assert!(Normalized::new(text).is_identity(), "{text:?}");
        }
    }

    /// Every kernel of this machine against the portable walk, with each
    /// kind of edit and its near misses at every offset of the 16-, 32- and
    /// 64-byte steps and at the text's end.
    #[test]
    fn every_kernel_makes_the_same_edits() {
        let pieces = [
            "\u{200B}",
            "\u{00AD}",
            "\u{FEFF}",
            "\u{E0041}",
            "Ａ",
            "\u{3000}",
            "\u{2013}",
            "é",
            "日本",
            "😀",
            "\\/",
            "\\u0041",
            "\\u00",
            "\\x",
            "\\",
            "\n",
            "\r\n",
            "ab12cd34ef56gh",
            "7Kx9",
            " ",
            ".",
            "q",
            "\u{A0}",
            "\u{034F}",
            "\u{180E}",
            "\r",
            "Ω",
            "x\r\n",
            "7\n",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1D_u64;
        for len in [0usize, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 400] {
            for _ in 0..300 {
                let mut text = String::new();
                while text.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                let expected = Normalized::with_kernel(&text, Kernel::portable());
                for kernel in Kernel::available() {
                    let n = Normalized::with_kernel(&text, kernel);
                    assert_eq!(
                        (&n.text, &n.breaks, &n.replaced),
                        (&expected.text, &expected.breaks, &expected.replaced),
                        "{} on {text:?}",
                        kernel.name()
                    );
                }
            }
        }
    }

    #[test]
    fn other_non_ascii_text_is_untouched() {
        let original = "日本語 ключ é";
        let n = Normalized::new(original);
        assert!(n.is_identity());
    }
}
