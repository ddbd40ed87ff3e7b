//! Normalisation before matching, with a map back to the original text.
//!
//! A zero-width joiner inside `AKIA…` or a full-width `ＡＫＩＡ` defeats a plain
//! pattern match while the chat app happily sends the characters along. We
//! match on a cleaned copy and map every span back, so a finding still points
//! at the characters the user typed (including the invisible ones inside it).
//!
//! Text without such characters, the common case, is borrowed untouched: the
//! check skips ASCII eight bytes at a time and decodes only the few lead
//! bytes that can start a folded character; CJK or Cyrillic text never is.

use std::borrow::Cow;

/// Text prepared for matching.
pub struct Normalized<'a> {
    /// What the engine matches on.
    pub text: Cow<'a, str>,
    /// Sparse offset map; empty when `text` is the original.
    breaks: Vec<Break>,
}

/// From normalised offset `norm` on, original offsets are `orig + (n - norm)`
/// until the next break.
#[derive(Clone, Copy, Debug)]
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

/// Offset of the first character that folds, if any.
fn first_fold(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip ASCII eight bytes at a time.
        if i + 8 <= bytes.len() && u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap()) & 0x8080_8080_8080_8080 == 0
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        if b < 0x80 || !may_fold(b) || !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("at a char boundary");
        if !matches!(fold(c), Fold::Keep) {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

impl<'a> Normalized<'a> {
    /// Prepares `original` for matching.
    pub fn new(original: &'a str) -> Normalized<'a> {
        let Some(first) = first_fold(original) else {
            return Normalized { text: Cow::Borrowed(original), breaks: Vec::new() };
        };
        let mut text = String::with_capacity(original.len());
        let mut breaks = Vec::new();
        // Copy unchanged stretches whole; decode only at candidate leads.
        text.push_str(&original[..first]);
        let bytes = original.as_bytes();
        let mut i = first;
        let mut copied = first;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 || !may_fold(b) || !original.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let c = original[i..].chars().next().expect("at a char boundary");
            let len = c.len_utf8();
            let folded = fold(c);
            if matches!(folded, Fold::Keep) {
                i += len;
                continue;
            }
            text.push_str(&original[copied..i]);
            match folded {
                Fold::Keep => unreachable!(),
                Fold::Drop => breaks.push(Break { norm: text.len() as u32, orig: (i + len) as u32 }),
                Fold::Ascii(a) => {
                    breaks.push(Break { norm: text.len() as u32, orig: i as u32 });
                    text.push(a as char);
                    breaks.push(Break { norm: text.len() as u32, orig: (i + len) as u32 });
                }
            }
            i += len;
            copied = i;
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
        Normalized { text: Cow::Owned(text), breaks }
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
        let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
        // An unchanged byte inside a multi-byte character maps byte for byte;
        // a folded one (full-width letter) covers its whole original character.
        let folded = self.text.as_bytes()[end - 1].is_ascii() && !original.as_bytes()[last].is_ascii();
        let e = if folded { last + last_len } else { last + 1 };
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
    fn other_non_ascii_text_is_untouched() {
        let original = "日本語 ключ é";
        let n = Normalized::new(original);
        assert!(n.is_identity());
    }
}
