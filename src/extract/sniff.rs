//! What a file is, by its first bytes (never by its name: a renamed file is
//! still what it is).

use super::{keys, text, Kind};

/// Recognises the kind of `bytes`. Office and OpenDocument files report
/// [`Kind::Zip`]; the zip reader tells them apart by their content.
pub fn kind(bytes: &[u8]) -> Kind {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let at = |off: usize, magic: &[u8]| bytes.get(off..off + magic.len()) == Some(magic);
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        return Kind::Zip;
    }
    // Writers may put junk before the header and readers accept it in the
    // first kilobyte; a text file that merely mentions `%PDF-` stays text.
    let pdf_at = memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-");
    if pdf_at == Some(0) {
        return Kind::Pdf;
    }
    if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Kind::LegacyOffice;
    }
    if keys::magic(bytes).is_some() {
        return Kind::Key;
    }
    if text::is_text(bytes) {
        return Kind::Text;
    }
    if pdf_at.is_some() {
        return Kind::Pdf;
    }
    if starts(b"\x89PNG")
        || starts(b"\xFF\xD8\xFF")
        || starts(b"GIF8")
        || (starts(b"RIFF") && at(8, b"WEBP"))
        || starts(b"BM")
        || starts(b"II*\0")
        || starts(b"MM\0*")
        || at(4, b"ftypheic")
        || at(4, b"ftypavif")
    {
        return Kind::Image;
    }
    if at(4, b"ftyp")
        || starts(b"ID3")
        || starts(b"OggS")
        || starts(b"fLaC")
        || (starts(b"RIFF") && (at(8, b"WAVE") || at(8, b"AVI ")))
        || starts(&[0x1A, 0x45, 0xDF, 0xA3])
    {
        return Kind::Media;
    }
    if starts(&[0x1F, 0x8B])
        || starts(b"7z\xBC\xAF\x27\x1C")
        || starts(b"Rar!\x1A\x07")
        || starts(b"\xFD7zXZ\0")
        || starts(b"BZh")
        || at(257, b"ustar")
        || starts(&[0x28, 0xB5, 0x2F, 0xFD])
    {
        return Kind::Archive;
    }
    if starts(b"\x7FELF")
        || starts(b"MZ")
        || starts(&[0xCF, 0xFA, 0xED, 0xFE])
        || starts(&[0xFE, 0xED, 0xFA, 0xCF])
        || starts(b"\0asm")
    {
        return Kind::Executable;
    }
    Kind::Binary
}

/// An OLE compound file holding an encrypted Office document: Office
/// stores password-protected `.docx`/`.xlsx`/`.pptx` this way, with an
/// `EncryptionInfo` stream (named in UTF-16 in the directory).
pub fn is_encrypted_office(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes).collect();
    memchr::memmem::find(bytes, &name).is_some()
}
