//! Byte offsets to UTF-16 offsets, for findings that JavaScript indexes.

use crate::simd::{self, Bytes, Kernel, Pass};

/// Converts increasing byte offsets to UTF-16 offsets in one forward walk.
pub(super) struct Utf16Cursor<'a> {
    text: &'a str,
    kernel: Kernel,
    ascii: bool,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str, kernel: Kernel) -> Self {
        Utf16Cursor { text, kernel, ascii: text.is_ascii(), byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `byte` (a character boundary).
    pub fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += simd::run(self.kernel, Units(&self.text.as_bytes()[self.byte..byte]));
        self.byte = byte;
        self.unit
    }
}

/// The UTF-16 length of whole characters: a character is one UTF-16 unit,
/// or two from U+10000 (four bytes in UTF-8), so count the bytes that are
/// not continuation bytes, and four-byte leads once more. The walk over
/// the bytes between findings was a tenth of a scan of the bench's mixed
/// text before it looked at 16 or 32 bytes a step.
struct Units<'a>(&'a [u8]);

impl Pass for Units<'_> {
    type Output = usize;

    fn portable(self) -> usize {
        self.0.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
    }

    #[inline(always)]
    fn vector<V: Bytes>(self) -> usize {
        let mut units = 0;
        let mut chunks = self.0.chunks_exact(V::LANES);
        for chunk in &mut chunks {
            let v = V::load(chunk);
            let continuation = v.and(V::splat(0xC0)).eq(V::splat(0x80)).mask();
            let four = V::splat(0xF0).le(v).mask();
            units += V::LANES - continuation.count_ones() as usize + four.count_ones() as usize;
        }
        units + Units(chunks.remainder()).portable()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kernel_counts_utf16_units_as_the_standard_library() {
        let text = "aé日😀\u{200B}x".repeat(40);
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for kernel in Kernel::available() {
            let mut cursor = Utf16Cursor::new(&text, kernel);
            for &b in &boundaries {
                assert_eq!(cursor.at(b), text[..b].encode_utf16().count(), "{} at {b}", kernel.name());
            }
            // Going back starts over.
            assert_eq!(cursor.at(3), text[..3].encode_utf16().count());
        }
    }
}
