//! From the bytes a PDF shows to Unicode: `ToUnicode` CMaps (`bfchar`,
//! `bfrange`, code lengths from `codespacerange`), the WinAnsi and Standard
//! encodings, `/Differences` with glyph names for Latin text, and composite
//! (Type0) fonts with Identity or other two-byte encodings when they carry
//! a `ToUnicode` map. MacRoman's upper half and glyph names outside Latin-1
//! are not mapped.

use super::lex::{get, Dict, Lexer, Obj};
use crate::extract::text::cp1252;

/// How a font's codes become text.
pub struct Font {
    /// 256 entries for simple fonts; empty for composite fonts.
    table: Vec<Option<char>>,
    cmap: Option<CMap>,
    composite: bool,
}

/// A ToUnicode CMap.
#[derive(Default)]
struct CMap {
    /// (low, high, byte length) of each code space range.
    spaces: Vec<(u32, u32, usize)>,
    /// Single codes, sorted by code.
    chars: Vec<(u32, String)>,
    /// Ranges, sorted by low code.
    ranges: Vec<(u32, u32, Dest)>,
}

enum Dest {
    /// The first code's text; later codes increment its last unit.
    Start(Vec<u16>),
    /// One text per code.
    List(Vec<String>),
}

/// At most this many entries are read from one CMap.
const MAX_ENTRIES: usize = 200_000;

fn code(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |acc, &b| acc << 8 | u32::from(b))
}

fn utf16be(bytes: &[u8]) -> Vec<u16> {
    bytes.chunks(2).map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)])).collect()
}

fn units_to_string(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied()).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

impl CMap {
    fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lx = Lexer::new(data, 0);
        let mut stack: Vec<Obj> = Vec::new();
        let mut entries = 0usize;
        loop {
            let before = lx.pos;
            let Some(obj) = lx.object(0) else {
                if lx.pos >= data.len() {
                    break;
                }
                if lx.pos == before {
                    lx.pos += 1;
                }
                continue;
            };
            let Obj::Op(op) = obj else {
                stack.push(obj);
                if stack.len() > 3 {
                    stack.remove(0);
                }
                continue;
            };
            match op.as_slice() {
                b"begincodespacerange" | b"beginbfchar" | b"beginbfrange" => {
                    let end: &[u8] = match op.as_slice() {
                        b"begincodespacerange" => b"endcodespacerange",
                        b"beginbfchar" => b"endbfchar",
                        _ => b"endbfrange",
                    };
                    let mut items = Vec::new();
                    loop {
                        let before = lx.pos;
                        match lx.object(0) {
                            Some(Obj::Op(o)) if o == end => break,
                            Some(o) => items.push(o),
                            None if lx.pos >= data.len() => break,
                            None => {
                                if lx.pos == before {
                                    lx.pos += 1;
                                }
                            }
                        }
                        if items.len() > 3 * MAX_ENTRIES {
                            break;
                        }
                    }
                    entries += items.len();
                    if entries > 3 * MAX_ENTRIES {
                        break;
                    }
                    cmap.add(op.as_slice(), &items);
                }
                _ => stack.clear(),
            }
        }
        cmap.chars.sort_unstable_by_key(|(c, _)| *c);
        cmap.ranges.sort_unstable_by_key(|(lo, _, _)| *lo);
        cmap
    }

    fn add(&mut self, op: &[u8], items: &[Obj]) {
        match op {
            b"begincodespacerange" => {
                for pair in items.chunks_exact(2) {
                    if let (Obj::Str(lo), Obj::Str(hi)) = (&pair[0], &pair[1]) {
                        if (1..=4).contains(&lo.len()) {
                            self.spaces.push((code(lo), code(hi), lo.len()));
                        }
                    }
                }
            }
            b"beginbfchar" => {
                for pair in items.chunks_exact(2) {
                    if let (Obj::Str(src), dst) = (&pair[0], &pair[1]) {
                        let text = match dst {
                            Obj::Str(d) => units_to_string(&utf16be(d)),
                            Obj::Name(n) => glyph(n).map(String::from).unwrap_or_default(),
                            _ => continue,
                        };
                        self.chars.push((code(src), text));
                    }
                }
            }
            _ => {
                for triple in items.chunks_exact(3) {
                    let (Obj::Str(lo), Obj::Str(hi)) = (&triple[0], &triple[1]) else { continue };
                    let dest = match &triple[2] {
                        Obj::Str(d) => Dest::Start(utf16be(d)),
                        Obj::Array(list) => Dest::List(
                            list.iter()
                                .map(|o| if let Obj::Str(d) = o { units_to_string(&utf16be(d)) } else { String::new() })
                                .collect(),
                        ),
                        _ => continue,
                    };
                    let (lo, hi) = (code(lo), code(hi));
                    if lo <= hi {
                        self.ranges.push((lo, hi, dest));
                    }
                }
            }
        }
    }

    fn lookup(&self, c: u32) -> Option<String> {
        if let Ok(i) = self.chars.binary_search_by_key(&c, |(k, _)| *k) {
            return Some(self.chars[i].1.clone());
        }
        let i = self.ranges.partition_point(|(lo, _, _)| *lo <= c);
        // Ranges may nest or overlap; look back a little for one that holds c.
        for (lo, hi, dest) in self.ranges[..i].iter().rev().take(8) {
            if c <= *hi {
                let off = c - lo;
                return match dest {
                    Dest::Start(units) => {
                        let mut u = units.clone();
                        if let Some(last) = u.last_mut() {
                            *last = last.wrapping_add(off as u16);
                        }
                        Some(units_to_string(&u))
                    }
                    Dest::List(list) => list.get(off as usize).cloned(),
                };
            }
        }
        None
    }

    /// Length in bytes of the code at the start of `bytes`.
    fn code_len(&self, bytes: &[u8], default: usize) -> usize {
        for &(lo, hi, len) in &self.spaces {
            if let Some(b) = bytes.get(..len) {
                let c = code(b);
                if c >= lo && c <= hi {
                    return len;
                }
            }
        }
        default
    }
}

/// What to do with a font dictionary's stream references.
pub trait Resolver {
    /// The object `obj` points to, if it is a reference.
    fn resolve<'o>(&'o self, obj: &'o Obj) -> &'o Obj;
    /// The decoded data of a stream object.
    fn stream_data(&mut self, obj: &Obj) -> Option<Vec<u8>>;
}

impl Font {
    /// Builds the decoder of a font dictionary.
    pub fn new(dict: &Dict, doc: &mut impl Resolver) -> Font {
        let subtype = get(dict, b"Subtype").map(|o| doc.resolve(o).clone());
        let composite = subtype.as_ref().and_then(Obj::as_name) == Some(b"Type0");
        let cmap = get(dict, b"ToUnicode").cloned().and_then(|o| {
            let target = doc.resolve(&o).clone();
            doc.stream_data(&target)
        });
        let cmap = cmap.map(|d| CMap::parse(&d));
        let mut table = Vec::new();
        if !composite {
            let truetype = subtype.as_ref().and_then(Obj::as_name) == Some(b"TrueType");
            let encoding = get(dict, b"Encoding").map(|o| doc.resolve(o).clone());
            let (base, differences) = match &encoding {
                Some(Obj::Name(n)) => (Some(n.clone()), None),
                Some(Obj::Dict(d)) => (
                    get(d, b"BaseEncoding").and_then(Obj::as_name).map(<[u8]>::to_vec),
                    get(d, b"Differences").map(|o| doc.resolve(o).clone()),
                ),
                _ => (None, None),
            };
            let base =
                base.unwrap_or_else(
                    || if truetype { b"WinAnsiEncoding".to_vec() } else { b"StandardEncoding".to_vec() },
                );
            table = (0..=255u8).map(|b| base_char(&base, b)).collect();
            if let Some(Obj::Array(diffs)) = differences {
                let mut at = 0usize;
                for item in diffs {
                    match item {
                        Obj::Int(i) => at = usize::try_from(i).unwrap_or(256),
                        Obj::Name(n) => {
                            if at < 256 {
                                table[at] = glyph(&n);
                            }
                            at += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
        Font { table, cmap, composite }
    }

    /// Appends the text of shown string `bytes`; returns how many codes had
    /// no Unicode mapping.
    pub fn decode(&self, bytes: &[u8], out: &mut String) -> usize {
        let mut unmapped = 0;
        let mut i = 0;
        while i < bytes.len() {
            let len = match &self.cmap {
                Some(c) => c.code_len(&bytes[i..], if self.composite { 2 } else { 1 }),
                None if self.composite => 2,
                None => 1,
            };
            let raw = &bytes[i..(i + len).min(bytes.len())];
            i += len;
            let c = code(raw);
            if let Some(s) = self.cmap.as_ref().and_then(|m| m.lookup(c)) {
                out.push_str(&s);
            } else if let Some(Some(ch)) = self.table.get(c as usize).filter(|_| !self.composite) {
                out.push(*ch);
            } else {
                unmapped += 1;
            }
        }
        unmapped
    }

    /// A font used when a `Tf` names none the page has: WinAnsi.
    pub fn fallback() -> Font {
        Font { table: (0..=255u8).map(|b| base_char(b"WinAnsiEncoding", b)).collect(), cmap: None, composite: false }
    }
}

/// A byte in one of the base encodings.
fn base_char(encoding: &[u8], b: u8) -> Option<char> {
    match encoding {
        b"StandardEncoding" => match b {
            b'\'' => Some('’'),
            b'`' => Some('‘'),
            0x20..=0x7E => Some(char::from(b)),
            _ => None,
        },
        // MacRoman's upper half is not mapped: rare in today's PDFs.
        b"MacRomanEncoding" => (0x20..=0x7E).contains(&b).then(|| char::from(b)),
        _ => match b {
            0x20..=0x7E | 0x80..=0xFF => Some(cp1252(b)),
            b'\t' | b'\n' | b'\r' => Some(char::from(b)),
            _ => None,
        },
    }
}

/// Latin-1's upper half by glyph name, from 0xA1.
const LATIN1_NAMES: [&str; 95] = [
    "exclamdown",
    "cent",
    "sterling",
    "currency",
    "yen",
    "brokenbar",
    "section",
    "dieresis",
    "copyright",
    "ordfeminine",
    "guillemotleft",
    "logicalnot",
    "uni00AD",
    "registered",
    "macron",
    "degree",
    "plusminus",
    "twosuperior",
    "threesuperior",
    "acute",
    "mu",
    "paragraph",
    "periodcentered",
    "cedilla",
    "onesuperior",
    "ordmasculine",
    "guillemotright",
    "onequarter",
    "onehalf",
    "threequarters",
    "questiondown",
    "Agrave",
    "Aacute",
    "Acircumflex",
    "Atilde",
    "Adieresis",
    "Aring",
    "AE",
    "Ccedilla",
    "Egrave",
    "Eacute",
    "Ecircumflex",
    "Edieresis",
    "Igrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Eth",
    "Ntilde",
    "Ograve",
    "Oacute",
    "Ocircumflex",
    "Otilde",
    "Odieresis",
    "multiply",
    "Oslash",
    "Ugrave",
    "Uacute",
    "Ucircumflex",
    "Udieresis",
    "Yacute",
    "Thorn",
    "germandbls",
    "agrave",
    "aacute",
    "acircumflex",
    "atilde",
    "adieresis",
    "aring",
    "ae",
    "ccedilla",
    "egrave",
    "eacute",
    "ecircumflex",
    "edieresis",
    "igrave",
    "iacute",
    "icircumflex",
    "idieresis",
    "eth",
    "ntilde",
    "ograve",
    "oacute",
    "ocircumflex",
    "otilde",
    "odieresis",
    "divide",
    "oslash",
    "ugrave",
    "uacute",
    "ucircumflex",
    "udieresis",
    "yacute",
    "thorn",
    "ydieresis",
];

/// ASCII punctuation and a few typographic glyphs by name.
const NAMED: [(&str, char); 51] = [
    ("space", ' '),
    ("exclam", '!'),
    ("quotedbl", '"'),
    ("numbersign", '#'),
    ("dollar", '$'),
    ("percent", '%'),
    ("ampersand", '&'),
    ("quotesingle", '\''),
    ("quoteright", '’'),
    ("parenleft", '('),
    ("parenright", ')'),
    ("asterisk", '*'),
    ("plus", '+'),
    ("comma", ','),
    ("hyphen", '-'),
    ("period", '.'),
    ("slash", '/'),
    ("colon", ':'),
    ("semicolon", ';'),
    ("less", '<'),
    ("equal", '='),
    ("greater", '>'),
    ("question", '?'),
    ("at", '@'),
    ("bracketleft", '['),
    ("backslash", '\\'),
    ("bracketright", ']'),
    ("asciicircum", '^'),
    ("underscore", '_'),
    ("grave", '`'),
    ("quoteleft", '‘'),
    ("braceleft", '{'),
    ("bar", '|'),
    ("braceright", '}'),
    ("asciitilde", '~'),
    ("bullet", '•'),
    ("endash", '–'),
    ("emdash", '—'),
    ("quotedblleft", '“'),
    ("quotedblright", '”'),
    ("quotesinglbase", '‚'),
    ("quotedblbase", '„'),
    ("ellipsis", '…'),
    ("Euro", '€'),
    ("nbspace", '\u{A0}'),
    ("minus", '−'),
    ("dagger", '†'),
    ("daggerdbl", '‡'),
    ("trademark", '™'),
    ("perthousand", '‰'),
    ("florin", 'ƒ'),
];

const DIGITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/// The character of a glyph name: letters, digits, Latin-1, `uniXXXX`,
/// `uXXXX`; a suffix after `.` is ignored (`a.sc`).
pub fn glyph(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next().unwrap_or(name);
    if name.len() == 1 && name.as_bytes()[0].is_ascii_alphabetic() {
        return name.chars().next();
    }
    if let Some(d) = DIGITS.iter().position(|d| *d == name) {
        return char::from_digit(d as u32, 10);
    }
    if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some(*c);
    }
    if let Some(i) = LATIN1_NAMES.iter().position(|n| *n == name) {
        return char::from_u32(0xA1 + i as u32);
    }
    let hex = name
        .strip_prefix("uni")
        .filter(|h| h.len() == 4)
        .or_else(|| name.strip_prefix('u').filter(|h| (4..=6).contains(&h.len())))?;
    char::from_u32(u32::from_str_radix(hex, 16).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph(b"A"), Some('A'));
        assert_eq!(glyph(b"seven"), Some('7'));
        assert_eq!(glyph(b"underscore"), Some('_'));
        assert_eq!(glyph(b"eacute"), Some('é'));
        assert_eq!(glyph(b"uni20AC"), Some('€'));
        assert_eq!(glyph(b"u1F600"), Some('😀'));
        assert_eq!(glyph(b"a.sc"), Some('a'));
        assert_eq!(glyph(b"nonsense"), None);
    }

    #[test]
    fn cmaps_map_chars_and_ranges() {
        let cmap = CMap::parse(
            b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <D83DDE00> endbfchar\n\
              2 beginbfrange <0024> <003D> <0041> <0044> <0045> [<0061> <00660069>] endbfrange endcmap",
        );
        let font = Font { table: Vec::new(), cmap: Some(cmap), composite: true };
        let mut out = String::new();
        let unmapped = font.decode(&[0, 0x24, 0, 0x25, 0, 3, 0, 0x45, 0, 0x11, 0x7F, 0x7F], &mut out);
        assert_eq!(out, "AB fi😀");
        assert_eq!(unmapped, 1);
    }
}
