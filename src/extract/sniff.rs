//! What a file is, by its first bytes (never by its name: a renamed file is
//! still what it is).

use super::{keys, text, Kind};

/// Recognises the kind of `bytes`. Office and OpenDocument files report
/// [`Kind::Zip`]; the zip reader tells them apart by their content.
pub fn kind(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Kind::Zip;
    }
    // Writers may put junk before the header and readers accept it in the
    // first kilobyte; a text file that merely mentions `%PDF-` stays text.
    let pdf_at = memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-");
    if pdf_at == Some(0) {
        return Kind::Pdf;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Kind::LegacyOffice;
    }
    if keys::magic(bytes).is_some() {
        return Kind::Key;
    }
    // Before the text test: 16-bit audio can look like UTF-16 text.
    if let Some(kind) = unambiguous(bytes) {
        return kind;
    }
    if text::is_text(bytes) {
        return Kind::Text;
    }
    if pdf_at.is_some() {
        return Kind::Pdf;
    }
    // Short ASCII signatures a text file could also start with.
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"BM") {
        Kind::Image
    } else if starts(b"BZh") {
        Kind::Archive
    } else if starts(b"MZ") {
        Kind::Executable
    } else {
        Kind::Binary
    }
}

/// Signatures no text file starts with.
fn unambiguous(bytes: &[u8]) -> Option<Kind> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let at = |off: usize, magic: &[u8]| bytes.get(off..off + magic.len()) == Some(magic);
    if starts(b"\x89PNG")
        || starts(b"\xFF\xD8\xFF")
        || starts(b"GIF87a")
        || starts(b"GIF89a")
        || (starts(b"RIFF") && at(8, b"WEBP"))
        || starts(b"II*\0")
        || starts(b"MM\0*")
        || at(4, b"ftypheic")
        || at(4, b"ftypavif")
    {
        return Some(Kind::Image);
    }
    if (at(4, b"ftyp") && bytes.len() > 12)
        || (starts(b"ID3") && bytes.get(3).is_some_and(|&v| v < 10))
        || starts(b"OggS\0")
        || starts(b"fLaC\0")
        || (starts(b"RIFF") && (at(8, b"WAVE") || at(8, b"AVI ")))
        || starts(&[0x1A, 0x45, 0xDF, 0xA3])
    {
        return Some(Kind::Media);
    }
    if starts(&[0x1F, 0x8B])
        || starts(b"7z\xBC\xAF\x27\x1C")
        || starts(b"Rar!\x1A\x07")
        || starts(b"\xFD7zXZ\0")
        || at(257, b"ustar")
        || starts(&[0x28, 0xB5, 0x2F, 0xFD])
    {
        return Some(Kind::Archive);
    }
    if starts(b"\x7FELF") || starts(&[0xCF, 0xFA, 0xED, 0xFE]) || starts(&[0xFE, 0xED, 0xFA, 0xCF]) || starts(b"\0asm")
    {
        return Some(Kind::Executable);
    }
    None
}

/// An OLE compound file holding an encrypted Office document: Office
/// stores password-protected `.docx`/`.xlsx`/`.pptx` this way, with an
/// `EncryptionInfo` stream (named in UTF-16 in the directory).
pub fn is_encrypted_office(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes).collect();
    memchr::memmem::find(bytes, &name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_content() {
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.extend((0..2000u16).flat_map(|i| (i % 50).to_le_bytes()));
        assert_eq!(kind(&wav), Kind::Media, "16-bit samples are not UTF-16 text");
        assert_eq!(kind(b"MZ is a text file starting with MZ"), Kind::Text);
        assert_eq!(kind(b"BMW parts list\n"), Kind::Text);
        assert_eq!(kind(b"MZ\x90\0\x03\0\0\0"), Kind::Executable);
        assert_eq!(kind(b"a note: %PDF-1.7 is the header\n"), Kind::Text);
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n"), Kind::Image);
        assert_eq!(kind(b"\x1f\x8b\x08\0"), Kind::Archive);
    }
}
