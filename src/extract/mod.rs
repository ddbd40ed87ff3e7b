//! Text out of files, so that the CLI and the browser scan attachments the
//! same way: plain text in any common encoding, Office Open XML (`.docx`,
//! `.xlsx`, `.pptx`), OpenDocument (`.odt`, `.ods`, `.odp`), PDF text, and
//! `.zip` archives of those one level deep; key stores and private key files
//! are recognised by type or name even when their content is binary.
//!
//! [`extract`] is the front door. It never panics and never reads past its
//! [`Limits`]: every input gives either [`Extracted`] text [`Segment`]s, each
//! with the [`Location`] it came from (zip entry, page, sheet, slide, part),
//! or a typed [`Unscannable`] saying why not (encrypted, corrupt, too large,
//! unsupported binary). Scanning is the caller's: each segment's text goes
//! through [`crate::Scanner::scan`], and [`Segment::locator`] turns a
//! finding's offset into a line and column (and, in a spreadsheet, a cell).
//!
//! # What is not read
//!
//! - PDF: encrypted documents (even those that open without a password) are
//!   unscannable; so are documents with no text layer (scanned pages).
//!   Text in fonts without a Unicode mapping (composite fonts lacking a
//!   `ToUnicode` CMap), in Type 3 glyph procedures, or in streams compressed
//!   with LZW, JBIG2 or DCT is not recovered; such pages are listed in
//!   [`Extracted::skipped`] when a font had no usable mapping.
//! - Images, audio, video, legacy binary Office files (`.doc`, `.xls`,
//!   `.ppt`) and archives other than zip are [`Reason::Unsupported`].
//! - Archives inside archives are not opened (an Office document inside a
//!   zip is; it is a document, not an archive).
//! - Zip entries compressed with anything but stored or deflate.
//!
//! # Bounds
//!
//! Work and memory are linear in the input and capped by [`Limits`]: the
//! input size, the bytes all decompression together may produce (zip
//! entries, nested documents, PDF streams), the entry count, and the
//! compression ratio of large entries (zip bombs). Nothing recurses on the
//! input's nesting without a depth cap.

mod keys;
mod odf;
mod ooxml;
mod pdf;
mod sniff;
pub mod text;
mod xml;
mod zip;

use serde::Serialize;
use std::fmt;

pub use keys::KeyKind;
pub use text::Encoding;

/// Caps on the work one file may cause. The defaults suit a browser tab's
/// memory; the CLI uses the same ones so both decide alike.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest input in bytes; larger files are [`Reason::TooLarge`].
    pub max_input: usize,
    /// Bytes all decompression of one file may produce together (zip
    /// entries, the parts of nested documents, PDF streams).
    pub max_expanded: u64,
    /// Entries a zip archive (or an Office document) may list.
    pub max_entries: usize,
    /// Largest compression ratio (uncompressed : compressed) of an entry
    /// over [`Limits::ratio_floor`] bytes; more is taken for a zip bomb.
    pub max_ratio: u64,
    /// Entries smaller than this are not held to [`Limits::max_ratio`]:
    /// small repetitive XML legitimately compresses very well.
    pub ratio_floor: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input: 50 << 20,
            max_expanded: 128 << 20,
            max_entries: 10_000,
            max_ratio: 200,
            ratio_floor: 1 << 20,
        }
    }
}

/// What kind of file this is, as far as extraction is concerned. Audit
/// events carry it (never the content).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Plain text in any supported [`Encoding`].
    Text,
    /// Word document (also `.docm`, `.dotx`).
    Docx,
    /// Excel workbook (also `.xlsm`, `.xltx`).
    Xlsx,
    /// PowerPoint presentation (also `.pptm`, `.ppsx`, `.potx`).
    Pptx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// OpenDocument presentation.
    Odp,
    /// PDF.
    Pdf,
    /// A zip archive that is not an Office document.
    Zip,
    /// A key store or private key file (see [`KeyKind`]).
    Key,
    /// Legacy binary Office (`.doc`, `.xls`, `.ppt`) or an encrypted Office
    /// document, both OLE compound files.
    LegacyOffice,
    /// PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC.
    Image,
    /// Audio or video.
    Media,
    /// gzip, 7-Zip, RAR, xz, bzip2, tar.
    Archive,
    /// ELF, PE, Mach-O, wasm.
    Executable,
    /// Anything else that is not text.
    Binary,
}

impl Kind {
    /// Binary formats PromptWarden does not read at all (as opposed to a
    /// document it reads that turned out encrypted or damaged).
    pub fn is_unread_binary(self) -> bool {
        matches!(self, Kind::Image | Kind::Media | Kind::Archive | Kind::Executable | Kind::Binary | Kind::LegacyOffice)
    }

    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Docx => "docx",
            Kind::Xlsx => "xlsx",
            Kind::Pptx => "pptx",
            Kind::Odt => "odt",
            Kind::Ods => "ods",
            Kind::Odp => "odp",
            Kind::Pdf => "pdf",
            Kind::Zip => "zip",
            Kind::Key => "key",
            Kind::LegacyOffice => "legacy-office",
            Kind::Image => "image",
            Kind::Media => "media",
            Kind::Archive => "archive",
            Kind::Executable => "executable",
            Kind::Binary => "binary",
        }
    }
}

/// Why a file, or a part of one, could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Password-protected or encrypted (PDF, zip entry, Office, ODF).
    Encrypted,
    /// Not what its structure claims: truncated, malformed, overlapping.
    Corrupt,
    /// Over a [`Limits`] cap: size, expansion, entry count, ratio.
    TooLarge,
    /// A binary format PromptWarden does not read (images, media,
    /// executables, legacy Office, other archives, nested archives).
    Unsupported,
}

impl Reason {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Encrypted => "encrypted",
            Reason::Corrupt => "corrupt",
            Reason::TooLarge => "too-large",
            Reason::Unsupported => "unsupported",
        }
    }
}

/// A file or part that could not be read, and why, in words a user can act
/// on (`"compression ratio 1029:1 over the 200:1 limit"`). Never holds
/// content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unscannable {
    /// The kind of failure, for policy decisions.
    pub reason: Reason,
    /// What exactly, for people.
    pub detail: String,
}

impl Unscannable {
    pub(crate) fn new(reason: Reason, detail: impl Into<String>) -> Unscannable {
        Unscannable { reason, detail: detail.into() }
    }
    pub(crate) fn corrupt(detail: impl Into<String>) -> Unscannable {
        Unscannable::new(Reason::Corrupt, detail)
    }
    pub(crate) fn too_large(detail: impl Into<String>) -> Unscannable {
        Unscannable::new(Reason::TooLarge, detail)
    }
}

impl fmt::Display for Unscannable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.reason {
            Reason::Encrypted => "encrypted",
            Reason::Corrupt => "corrupt",
            Reason::TooLarge => "too large",
            Reason::Unsupported => "unsupported",
        };
        write!(f, "{what}: {}", self.detail)
    }
}

/// Where in a file a piece of text came from. Empty for a plain text file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Path of the entry inside a zip archive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// PDF page, 1-based.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Spreadsheet sheet name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Presentation slide, 1-based in show order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slide: Option<u32>,
    /// A document part other than the body: `header1`, `footer2`,
    /// `comments`, `footnotes`, `endnotes`, `notes` (speaker notes),
    /// `properties` (title, author, custom properties), `links`
    /// (hyperlink targets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

impl Location {
    fn with_entry(mut self, entry: &str) -> Location {
        self.entry = Some(entry.to_string());
        self
    }
    fn part(part: &str) -> Location {
        Location { part: Some(part.to_string()), ..Location::default() }
    }
    /// True for a plain text file's single segment.
    pub fn is_whole_file(&self) -> bool {
        *self == Location::default()
    }
}

impl fmt::Display for Location {
    /// `entry docs/plan.xlsx, sheet Keys`: the parts that are set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(e) = &self.entry {
            parts.push(format!("entry {e}"));
        }
        if let Some(p) = self.page {
            parts.push(format!("page {p}"));
        }
        if let Some(s) = &self.sheet {
            parts.push(format!("sheet {s}"));
        }
        if let Some(s) = self.slide {
            parts.push(format!("slide {s}"));
        }
        if let Some(p) = &self.part {
            parts.push(p.clone());
        }
        f.write_str(&parts.join(", "))
    }
}

/// How a segment's text offsets map back to byte offsets in the file. Only
/// plain text files have such a map; extracted text has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Text pulled out of a container: offsets are within the text only.
    Extracted,
    /// The file decoded as it is: UTF-8 (after a BOM of `base` bytes), with
    /// each invalid byte replaced by U+FFFD at the listed text offsets.
    Utf8 {
        /// Bytes of BOM before the text.
        base: usize,
        /// Text offsets of replacement characters, ascending.
        replaced: Vec<usize>,
    },
    /// UTF-16 after a BOM of `base` bytes: two file bytes per code unit.
    Utf16 {
        /// Bytes of BOM before the text.
        base: usize,
    },
    /// One file byte per character (windows-1252).
    SingleByte,
}

/// A span of extracted text and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Where the text came from.
    pub location: Location,
    /// The text; scan it with [`crate::Scanner::scan`].
    pub text: String,
    /// Spreadsheet cells: byte offset in `text` where each cell starts, with
    /// its 1-based row and column. Empty outside spreadsheets.
    pub cells: Vec<Cell>,
    /// How offsets in `text` map to offsets in the file.
    pub origin: Origin,
}

/// Start of one spreadsheet cell in a segment's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Byte offset in the segment's text.
    pub offset: usize,
    /// 1-based row.
    pub row: u32,
    /// 1-based column (1 = A).
    pub col: u32,
}

impl Cell {
    /// `B7`.
    pub fn reference(&self) -> String {
        let mut letters = Vec::new();
        let mut c = self.col;
        while c > 0 {
            let d = (c - 1) % 26;
            letters.push(b'A' + d as u8);
            c = (c - 1) / 26;
        }
        letters.reverse();
        format!("{}{}", String::from_utf8(letters).unwrap_or_default(), self.row)
    }
}

impl Segment {
    fn new(location: Location, text: String) -> Segment {
        Segment { location, text, cells: Vec::new(), origin: Origin::Extracted }
    }

    /// Line and column lookups for this segment; build once, ask often.
    pub fn locator(&self) -> Locator<'_> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1));
        Locator { segment: self, starts }
    }

    /// Byte offset in the file of byte `offset` of the text, for plain
    /// text files; `None` for extracted text.
    pub fn file_offset(&self, offset: usize, utf16_offset: usize) -> Option<usize> {
        match &self.origin {
            Origin::Extracted => None,
            Origin::Utf8 { base, replaced } => {
                // Each replacement is three text bytes for one file byte.
                let before = replaced.partition_point(|&r| r < offset);
                Some(base + offset - 2 * before)
            }
            Origin::Utf16 { base } => Some(base + 2 * utf16_offset),
            Origin::SingleByte => Some(utf16_offset),
        }
    }
}

/// A position in a segment, for people: 1-based line and column (columns
/// count characters), and the spreadsheet cell if any. In a spreadsheet the
/// line is the cell's row and the column counts from the cell's start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line (row in a spreadsheet).
    pub line: usize,
    /// 1-based character column (within the cell in a spreadsheet).
    pub column: usize,
    /// `B7` in a spreadsheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

/// Turns byte offsets of a [`Segment`] into [`Position`]s.
pub struct Locator<'a> {
    segment: &'a Segment,
    starts: Vec<usize>,
}

impl Locator<'_> {
    /// Position of byte `offset` of the segment's text.
    pub fn position(&self, offset: usize) -> Position {
        let text = &self.segment.text;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let cells = &self.segment.cells;
        let at = cells.partition_point(|c| c.offset <= offset);
        if at > 0 {
            let cell = cells[at - 1];
            let from = line_start.max(cell.offset);
            let lines_in_cell =
                self.starts.partition_point(|&s| s <= offset) - self.starts.partition_point(|&s| s <= cell.offset);
            return Position {
                line: cell.row as usize + lines_in_cell,
                column: text[from..offset].chars().count() + 1,
                cell: Some(cell.reference()),
            };
        }
        Position { line, column: text[line_start..offset].chars().count() + 1, cell: None }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A key store or private key recognised in a file, by type or by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeyFile {
    /// Where (a zip entry, or the file itself).
    pub location: Location,
    /// What kind of key material.
    pub kind: KeyKind,
}

/// A part of a file that could not be read while the rest could.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Which part.
    pub location: Location,
    /// For a whole zip entry: what kind of file it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Why.
    #[serde(flatten)]
    pub why: Unscannable,
}

/// Everything that could be read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Extracted {
    /// What the file is.
    pub kind: Kind,
    /// For plain text: the encoding it was decoded from.
    pub encoding: Option<Encoding>,
    /// The text, in document order.
    pub segments: Vec<Segment>,
    /// Key stores and private keys found, by type or name. A finding in
    /// themselves: their content is key material even when the scanner has
    /// no rule for it (binary key stores, encrypted keys).
    pub keys: Vec<KeyFile>,
    /// Parts that could not be read (an encrypted zip entry, a page in a
    /// font without a Unicode map). When not empty the file was not fully
    /// checked: a policy treats it as partly unscannable.
    pub skipped: Vec<Skipped>,
}

impl Extracted {
    fn new(kind: Kind) -> Extracted {
        Extracted { kind, encoding: None, segments: Vec::new(), keys: Vec::new(), skipped: Vec::new() }
    }

    /// Total bytes of extracted text.
    pub fn text_len(&self) -> usize {
        self.segments.iter().map(|s| s.text.len()).sum()
    }
}

/// The outcome for one file: text to scan, or why there is none. The kind is
/// known either way (audit events carry it).
pub type Outcome = Result<Extracted, (Kind, Unscannable)>;

/// Bytes that decompression of one file may still produce.
pub(crate) struct Budget {
    left: u64,
    limits: Limits,
}

impl Budget {
    fn new(limits: &Limits) -> Budget {
        Budget { left: limits.max_expanded, limits: limits.clone() }
    }

    /// Takes `n` bytes of the budget, or says the file expands too much.
    pub(crate) fn take(&mut self, n: u64) -> Result<(), Unscannable> {
        if n > self.left {
            return Err(Unscannable::too_large(format!("expands to more than {} MiB", self.limits.max_expanded >> 20)));
        }
        self.left -= n;
        Ok(())
    }

    /// What is left, to cap a decompressor whose output size is unknown.
    pub(crate) fn left(&self) -> u64 {
        self.left
    }
}

/// Extracts the text of one file. `name` is its file name (or path); it is
/// used only to recognise key files that have no magic bytes (`id_rsa`,
/// `.ppk`) and to label key stores; formats are recognised by content.
pub fn extract(name: &str, bytes: &[u8], limits: &Limits) -> Outcome {
    let kind = sniff::kind(bytes);
    if bytes.len() > limits.max_input {
        return Err((
            kind,
            Unscannable::too_large(format!("{} MiB, over the {} MiB limit", bytes.len() >> 20, limits.max_input >> 20)),
        ));
    }
    let mut budget = Budget::new(limits);
    extract_kind(name, bytes, kind, &mut budget, true)
}

/// Extracts a file (or a zip entry) whose kind is known. Archives are opened
/// only when `archives` is set: one level deep.
fn extract_kind(name: &str, bytes: &[u8], kind: Kind, budget: &mut Budget, archives: bool) -> Outcome {
    let fail = |why: Unscannable| Err((kind, why));
    let mut out = match kind {
        Kind::Text => {
            let (text, encoding, origin) = text::decode(bytes);
            let mut out = Extracted::new(Kind::Text);
            out.encoding = Some(encoding);
            out.segments.push(Segment { origin, ..Segment::new(Location::default(), text) });
            out
        }
        Kind::Pdf => match pdf::extract(bytes, budget) {
            Ok(out) => out,
            Err(why) => return fail(why),
        },
        Kind::Zip => {
            let archive = match zip::Archive::open(bytes, &budget.limits) {
                Ok(a) => a,
                Err(why) => return fail(why),
            };
            let detected = if archive.find("[Content_Types].xml").is_some() {
                ooxml::kind(&archive, budget)
            } else if archive.find("mimetype").is_some() || archive.find("META-INF/manifest.xml").is_some() {
                odf::kind(&archive, budget)
            } else {
                None
            };
            let result = match detected {
                Some(k @ (Kind::Docx | Kind::Xlsx | Kind::Pptx)) => ooxml::extract(&archive, k, budget),
                Some(k @ (Kind::Odt | Kind::Ods | Kind::Odp)) => odf::extract(&archive, k, budget),
                _ if archives => archive_entries(&archive, budget),
                _ => Err(Unscannable::new(Reason::Unsupported, "an archive inside an archive is not opened")),
            };
            match result {
                Ok(out) => out,
                Err(why) => return Err((detected.unwrap_or(Kind::Zip), why)),
            }
        }
        Kind::Key => Extracted::new(Kind::Key),
        Kind::LegacyOffice => {
            let why = if sniff::is_encrypted_office(bytes) {
                Unscannable::new(Reason::Encrypted, "password-protected Office document")
            } else {
                Unscannable::new(Reason::Unsupported, "legacy binary Office file (.doc, .xls, .ppt)")
            };
            return fail(why);
        }
        Kind::Image | Kind::Media | Kind::Archive | Kind::Executable | Kind::Binary => {
            return fail(Unscannable::new(Reason::Unsupported, format!("{} file", kind_words(kind))));
        }
        // Sniffing reports these as zip; the zip branch tells them apart.
        Kind::Docx | Kind::Xlsx | Kind::Pptx | Kind::Odt | Kind::Ods | Kind::Odp => {
            return extract_kind(name, bytes, Kind::Zip, budget, archives);
        }
    };
    if let Some(key) = keys::recognise(name, bytes) {
        out.keys.push(KeyFile { location: Location::default(), kind: key });
    }
    if out.kind == Kind::Key && out.keys.is_empty() {
        out.keys.push(KeyFile { location: Location::default(), kind: KeyKind::KeyStore });
    }
    Ok(out)
}

fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Image => "an image",
        Kind::Media => "an audio or video",
        Kind::Archive => "an archive format other than zip (gzip, 7-Zip, RAR, xz, bzip2, tar)",
        Kind::Executable => "an executable",
        _ => "a binary",
    }
}

/// The entries of a plain zip archive, each extracted as a file of its own.
fn archive_entries(archive: &zip::Archive, budget: &mut Budget) -> Result<Extracted, Unscannable> {
    let mut out = Extracted::new(Kind::Zip);
    let mut readable = 0usize;
    let mut failures = 0usize;
    let mut first_failure = None;
    for entry in archive.entries() {
        if entry.is_dir() {
            continue;
        }
        let here = Location::default().with_entry(&entry.name);
        let bytes = match archive.read(entry, budget) {
            Ok(b) => b,
            Err(why) => {
                failures += 1;
                first_failure.get_or_insert_with(|| why.clone());
                out.skipped.push(Skipped { location: here, kind: None, why });
                continue;
            }
        };
        let kind = sniff::kind(&bytes);
        match extract_kind(&entry.name, &bytes, kind, budget, false) {
            Ok(inner) => {
                readable += 1;
                let relocate = |mut l: Location| {
                    l.entry = Some(entry.name.clone());
                    l
                };
                out.segments.extend(inner.segments.into_iter().map(|mut s| {
                    s.location = relocate(std::mem::take(&mut s.location));
                    s.origin = Origin::Extracted;
                    s
                }));
                out.keys.extend(inner.keys.into_iter().map(|k| KeyFile { location: relocate(k.location), ..k }));
                out.skipped.extend(inner.skipped.into_iter().map(|s| Skipped { location: relocate(s.location), ..s }));
            }
            Err((kind, why)) => {
                // A key store inside the archive is a finding, not a failure.
                if let Some(key) = keys::recognise(&entry.name, &bytes) {
                    readable += 1;
                    out.keys.push(KeyFile { location: here, kind: key });
                    continue;
                }
                failures += 1;
                first_failure.get_or_insert_with(|| why.clone());
                out.skipped.push(Skipped { location: here, kind: Some(kind), why });
            }
        }
    }
    // An archive none of whose entries could be read is unscannable as a
    // whole: "encrypted" says more than a list of encrypted entries.
    if readable == 0 && failures > 0 {
        return Err(first_failure.expect("a failure was recorded"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_are_spreadsheet_style() {
        let c = |row, col| Cell { offset: 0, row, col }.reference();
        assert_eq!(c(1, 1), "A1");
        assert_eq!(c(7, 2), "B7");
        assert_eq!(c(3, 26), "Z3");
        assert_eq!(c(3, 27), "AA3");
        assert_eq!(c(9, 16384), "XFD9");
    }

    #[test]
    fn locator_counts_lines_and_cells() {
        let mut s = Segment::new(Location::default(), "ab\ncdé f\n".into());
        let l = s.locator();
        assert_eq!(l.position(0), Position { line: 1, column: 1, cell: None });
        assert_eq!(l.position(8), Position { line: 2, column: 5, cell: None });
        s.text = "x\tkey\nrow2".into();
        s.cells = vec![
            Cell { offset: 0, row: 4, col: 1 },
            Cell { offset: 2, row: 4, col: 2 },
            Cell { offset: 6, row: 9, col: 1 },
        ];
        let l = s.locator();
        assert_eq!(l.position(3), Position { line: 4, column: 2, cell: Some("B4".into()) });
        assert_eq!(l.position(7), Position { line: 9, column: 2, cell: Some("A9".into()) });
    }

    #[test]
    fn oversized_input_is_too_large_before_any_work() {
        let limits = Limits { max_input: 10, ..Limits::default() };
        let (kind, why) = extract("big.txt", b"hello world, this is long", &limits).unwrap_err();
        assert_eq!(kind, Kind::Text);
        assert_eq!(why.reason, Reason::TooLarge);
    }
}
