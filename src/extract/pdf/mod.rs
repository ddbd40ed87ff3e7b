//! PDF text, page by page.
//!
//! Objects are found by a linear pass over the file (as repair tools do)
//! rather than through the cross-reference table, so damaged or
//! incrementally updated files read as viewers show them (the last
//! definition of an object wins); object streams are opened. Pages come
//! from the catalog's page tree in order, with inherited resources. Content
//! streams (Flate, ASCII85, ASCIIHex, run-length) are interpreted for their
//! text operators, including text in form XObjects; see [`content`] and
//! [`font`] for what is mapped to Unicode.
//!
//! Encrypted PDFs are unscannable, even those that open without a password:
//! their strings and streams are encrypted too.

mod content;
mod font;
mod lex;

use super::{Budget, Extracted, Kind, Location, Reason, Segment, Skipped, Unscannable};
use lex::{get, Dict, Lexer, Obj};
use std::collections::HashMap;

/// Form XObjects nested deeper than this are not read.
const MAX_FORM_DEPTH: usize = 8;
/// Page tree levels read.
const MAX_TREE_DEPTH: usize = 64;

/// An opened PDF.
pub(crate) struct Doc<'a> {
    bytes: &'a [u8],
    /// Object number → (position that defined it, object).
    objects: HashMap<u32, (usize, Obj)>,
    trailers: Vec<Dict>,
    budget: &'a mut Budget,
    /// Streams that could not be decoded (unsupported filter, over budget).
    pub failed_streams: usize,
    /// Fonts built so far, by object number.
    fonts: HashMap<u32, std::rc::Rc<font::Font>>,
    over_budget: Option<Unscannable>,
}

impl font::Resolver for Doc<'_> {
    fn resolve<'o>(&'o self, obj: &'o Obj) -> &'o Obj {
        let mut o = obj;
        // References to references are legal; chains are short.
        for _ in 0..8 {
            match o {
                Obj::Ref(n) => match self.objects.get(n) {
                    Some((_, target)) => o = target,
                    None => return &Obj::Null,
                },
                _ => return o,
            }
        }
        &Obj::Null
    }

    fn stream_data(&mut self, obj: &Obj) -> Option<Vec<u8>> {
        let Obj::Stream(dict, range) = obj else { return None };
        let raw = &self.bytes[range.clone()];
        match decode_stream(dict, raw, self.budget) {
            Ok(data) => Some(data),
            Err(why) => {
                self.failed_streams += 1;
                if why.reason == Reason::TooLarge {
                    self.over_budget.get_or_insert(why);
                }
                None
            }
        }
    }
}

/// Applies a stream's filters within the budget.
fn decode_stream(dict: &Dict, raw: &[u8], budget: &mut Budget) -> Result<Vec<u8>, Unscannable> {
    let filters: Vec<Vec<u8>> = match get(dict, b"Filter") {
        Some(Obj::Name(n)) => vec![n.clone()],
        Some(Obj::Array(a)) => a.iter().filter_map(|o| o.as_name().map(<[u8]>::to_vec)).collect(),
        _ => Vec::new(),
    };
    let parms = get(dict, b"DecodeParms");
    let mut data = raw.to_vec();
    for (i, f) in filters.iter().enumerate() {
        let parm = match parms {
            Some(Obj::Array(a)) => a.get(i).and_then(Obj::as_dict),
            Some(o) => o.as_dict(),
            None => None,
        };
        if parm.and_then(|p| get(p, b"Predictor")).and_then(Obj::as_f64).is_some_and(|p| p > 1.0) {
            return Err(Unscannable::new(Reason::Unsupported, "PDF stream with a predictor"));
        }
        data = match f.as_slice() {
            b"FlateDecode" | b"Fl" => inflate(&data, budget)?,
            b"ASCII85Decode" | b"A85" => ascii85(&data),
            b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
            b"RunLengthDecode" | b"RL" => run_length(&data, budget)?,
            b"Crypt" => return Err(Unscannable::new(Reason::Encrypted, "encrypted PDF stream")),
            other => {
                return Err(Unscannable::new(
                    Reason::Unsupported,
                    format!("PDF filter {}", String::from_utf8_lossy(other)),
                ));
            }
        };
    }
    Ok(data)
}

/// zlib data, or raw deflate when the header is missing; a truncated or
/// damaged stream keeps what inflated before the damage, as viewers do.
fn inflate(data: &[u8], budget: &mut Budget) -> Result<Vec<u8>, Unscannable> {
    let limit = usize::try_from(budget.left()).unwrap_or(usize::MAX);
    let zlib = data.len() >= 2 && data[0] & 0x0F == 8 && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0;
    let result = if zlib {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, limit)
    } else {
        miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit)
    };
    let out = match result {
        Ok(out) => out,
        Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
            return Err(Unscannable::too_large("a PDF stream expands beyond the limit"));
        }
        Err(e) => e.output,
    };
    budget.take(out.len() as u64)?;
    Ok(out)
}

fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut high = None;
    for &b in data {
        if b == b'>' {
            break;
        }
        let Some(v) = (b as char).to_digit(16) else { continue };
        match high.take() {
            Some(h) => out.push((h << 4 | v) as u8),
            None => high = Some(v),
        }
    }
    if let Some(h) = high {
        out.push((h << 4) as u8);
    }
    out
}

fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5);
    let mut group = [0u8; 5];
    let mut n = 0;
    let body = data.strip_prefix(b"<~").unwrap_or(data);
    for &b in body {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = b - b'!';
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(u32::from(d)));
                    out.extend_from_slice(&v.to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for slot in group.iter_mut().skip(n) {
            *slot = 84;
        }
        let v = group.iter().fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(u32::from(d)));
        out.extend_from_slice(&v.to_be_bytes()[..n - 1]);
    }
    out
}

fn run_length(data: &[u8], budget: &mut Budget) -> Result<Vec<u8>, Unscannable> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let len = data[i];
        i += 1;
        match len {
            128 => break,
            0..=127 => {
                let end = (i + usize::from(len) + 1).min(data.len());
                out.extend_from_slice(&data[i..end]);
                i = end;
            }
            _ => {
                if let Some(&b) = data.get(i) {
                    out.extend(std::iter::repeat_n(b, 257 - usize::from(len)));
                }
                i += 1;
            }
        }
        if out.len() as u64 > budget.left() {
            break;
        }
    }
    budget.take(out.len() as u64)?;
    Ok(out)
}

impl<'a> Doc<'a> {
    /// Finds every object in the file.
    fn open(bytes: &'a [u8], budget: &'a mut Budget) -> Doc<'a> {
        let mut doc = Doc {
            bytes,
            objects: HashMap::new(),
            trailers: Vec::new(),
            budget,
            failed_streams: 0,
            over_budget: None,
            fonts: HashMap::new(),
        };
        let mut object_streams = Vec::new();
        let finder = memchr::memmem::Finder::new(b"obj");
        let mut pos = 0;
        while let Some(found) = finder.find(&bytes[pos..]) {
            let at = pos + found;
            pos = at + 3;
            let Some(num) = object_header(bytes, at) else { continue };
            if bytes.get(at + 3).is_some_and(|&b| !lex::is_white(b) && !lex::is_delim(b)) {
                continue;
            }
            let mut lx = Lexer::new(bytes, at + 3);
            let Some(obj) = lx.object(0) else { continue };
            let obj = match obj {
                Obj::Dict(d) => match stream_range(bytes, &mut lx, &d) {
                    Some(range) => {
                        pos = range.end;
                        Obj::Stream(d, range)
                    }
                    None => Obj::Dict(d),
                },
                other => other,
            };
            pos = pos.max(lx.pos);
            if let Some(d) = obj.as_dict() {
                if get(d, b"Type").and_then(Obj::as_name) == Some(b"ObjStm") {
                    object_streams.push(num);
                }
                if get(d, b"Type").and_then(Obj::as_name) == Some(b"XRef") {
                    doc.trailers.push(d.clone());
                }
            }
            doc.objects.insert(num, (at, obj));
        }
        for at in memchr::memmem::find_iter(bytes, b"trailer") {
            if let Some(Obj::Dict(d)) = Lexer::new(bytes, at + 7).object(0) {
                doc.trailers.push(d);
            }
        }
        for num in object_streams {
            doc.open_object_stream(num);
        }
        doc
    }

    /// Adds the objects packed in object stream `num`.
    fn open_object_stream(&mut self, num: u32) {
        let Some((at, stream)) = self.objects.get(&num).cloned() else { return };
        let Some(data) = font::Resolver::stream_data(self, &stream) else { return };
        let dict = stream.as_dict().cloned().unwrap_or_default();
        let count = get(&dict, b"N").and_then(Obj::as_f64).unwrap_or(0.0).clamp(0.0, 1e6) as usize;
        let first = get(&dict, b"First").and_then(Obj::as_f64).unwrap_or(0.0).max(0.0) as usize;
        let mut header = Lexer::new(&data, 0);
        let mut pairs = Vec::new();
        for _ in 0..count {
            match (header.object(0), header.object(0)) {
                (Some(Obj::Int(n)), Some(Obj::Int(off))) => pairs.push((n, off)),
                _ => break,
            }
        }
        for (n, off) in pairs {
            let (Ok(n), Ok(off)) = (u32::try_from(n), usize::try_from(off)) else { continue };
            let Some(start) = first.checked_add(off).filter(|&s| s < data.len()) else { continue };
            if let Some(obj) = Lexer::new(&data, start).object(0) {
                // A direct definition later in the file (an update) wins.
                if self.objects.get(&n).is_none_or(|(pos, _)| *pos < at) {
                    self.objects.insert(n, (at, obj));
                }
            }
        }
    }

    fn resolve_owned(&self, obj: &Obj) -> Obj {
        font::Resolver::resolve(self, obj).clone()
    }

    fn trailer_value(&self, key: &[u8]) -> Option<Obj> {
        self.trailers.iter().rev().find_map(|t| get(t, key).cloned())
    }

    /// Page dictionaries in order, each with its inherited resources.
    fn pages(&self) -> Vec<(Dict, Obj)> {
        let root =
            self.trailer_value(b"Root").map(|r| self.resolve_owned(&r)).filter(|r| r.as_dict().is_some()).or_else(
                || {
                    let mut catalogs: Vec<_> = self
                        .objects
                        .iter()
                        .filter(|(_, (_, o))| {
                            o.as_dict().and_then(|d| get(d, b"Type")).and_then(Obj::as_name) == Some(b"Catalog")
                        })
                        .collect();
                    catalogs.sort_unstable_by_key(|(n, _)| **n);
                    catalogs.last().map(|(_, (_, o))| o.clone())
                },
            );
        let mut pages = Vec::new();
        if let Some(tree) = root.as_ref().and_then(Obj::as_dict).and_then(|d| get(d, b"Pages")) {
            let mut seen = std::collections::HashSet::new();
            self.walk(tree, &Obj::Null, &mut pages, &mut seen, 0);
        }
        if pages.is_empty() {
            // No usable page tree: every page object, in object order.
            let mut loose: Vec<_> = self
                .objects
                .iter()
                .filter(|(_, (_, o))| o.as_dict().and_then(|d| get(d, b"Type")).and_then(Obj::as_name) == Some(b"Page"))
                .collect();
            loose.sort_unstable_by_key(|(n, _)| **n);
            for (_, (_, o)) in loose {
                let d = o.as_dict().cloned().unwrap_or_default();
                let res = get(&d, b"Resources").cloned().unwrap_or(Obj::Null);
                pages.push((d, res));
            }
        }
        pages
    }

    fn walk(
        &self,
        node: &Obj,
        inherited: &Obj,
        pages: &mut Vec<(Dict, Obj)>,
        seen: &mut std::collections::HashSet<u32>,
        depth: usize,
    ) {
        if depth > MAX_TREE_DEPTH {
            return;
        }
        if let Obj::Ref(n) = node {
            if !seen.insert(*n) {
                return;
            }
        }
        let Some(d) = font::Resolver::resolve(self, node).as_dict() else { return };
        let resources = get(d, b"Resources").cloned().unwrap_or_else(|| inherited.clone());
        match get(d, b"Kids").map(|k| font::Resolver::resolve(self, k)) {
            Some(Obj::Array(kids)) => {
                for kid in kids {
                    self.walk(kid, &resources, pages, seen, depth + 1);
                }
            }
            _ => pages.push((d.clone(), resources)),
        }
    }
}

/// The object number of an `N G obj` header whose `obj` is at `at`.
fn object_header(bytes: &[u8], at: usize) -> Option<u32> {
    let mut i = at;
    let back_white = |i: &mut usize| {
        let start = *i;
        while *i > 0 && lex::is_white(bytes[*i - 1]) {
            *i -= 1;
        }
        *i < start
    };
    let back_digits = |i: &mut usize| {
        let end = *i;
        while *i > 0 && bytes[*i - 1].is_ascii_digit() && end - *i < 10 {
            *i -= 1;
        }
        (*i < end).then_some(*i..end)
    };
    if !back_white(&mut i) {
        return None;
    }
    back_digits(&mut i)?;
    if !back_white(&mut i) {
        return None;
    }
    let num = back_digits(&mut i)?;
    if i > 0 && !lex::is_white(bytes[i - 1]) && !lex::is_delim(bytes[i - 1]) {
        return None;
    }
    std::str::from_utf8(&bytes[num]).ok()?.parse().ok()
}

/// The range of a stream's data after its dictionary, if `stream` follows.
fn stream_range(bytes: &[u8], lx: &mut Lexer, dict: &Dict) -> Option<std::ops::Range<usize>> {
    let save = lx.pos;
    lx.skip_white();
    if !bytes[lx.pos..].starts_with(b"stream") {
        lx.pos = save;
        return None;
    }
    let mut start = lx.pos + 6;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    let declared = match get(dict, b"Length") {
        Some(Obj::Int(n)) => usize::try_from(*n).ok(),
        _ => None,
    };
    if let Some(end) = declared.and_then(|n| start.checked_add(n)).filter(|&e| e <= bytes.len()) {
        let mut after = Lexer::new(bytes, end);
        after.skip_white();
        if bytes[after.pos..].starts_with(b"endstream") {
            lx.pos = after.pos + 9;
            return Some(start..end);
        }
    }
    let end = memchr::memmem::find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
    lx.pos = (end + 9).min(bytes.len());
    let mut data_end = end;
    if data_end > start && bytes[data_end - 1] == b'\n' {
        data_end -= 1;
    }
    if data_end > start && bytes[data_end - 1] == b'\r' {
        data_end -= 1;
    }
    Some(start..data_end)
}

/// Decodes a PDF text string (document information): UTF-16BE with a BOM,
/// UTF-8 with a BOM, else PDFDocEncoding (read as windows-1252).
fn text_string(s: &[u8]) -> String {
    if let Some(body) = s.strip_prefix(&[0xFE, 0xFF]) {
        super::text::utf16(body, true)
    } else if let Some(body) = s.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(body).into_owned()
    } else {
        super::text::windows_1252(s)
    }
}

/// Extracts the text of every page.
pub fn extract(bytes: &[u8], budget: &mut Budget) -> Result<Extracted, Unscannable> {
    let mut doc = Doc::open(bytes, budget);
    if doc.objects.is_empty() {
        return Err(Unscannable::corrupt("PDF without objects"));
    }
    if doc.trailer_value(b"Encrypt").is_some_and(|e| !matches!(e, Obj::Null)) {
        return Err(Unscannable::new(Reason::Encrypted, "encrypted PDF"));
    }
    let pages = doc.pages();
    if pages.is_empty() {
        return Err(Unscannable::corrupt("PDF without pages"));
    }
    let mut out = Extracted::new(Kind::Pdf);
    let mut images = false;
    let mut shown = 0usize;
    for (i, (page, resources)) in pages.iter().enumerate() {
        let location = Location { page: Some(i as u32 + 1), ..Location::default() };
        let contents = get(page, b"Contents").map(|c| doc.resolve_owned(c));
        let streams: Vec<Obj> = match contents {
            Some(Obj::Array(parts)) => parts.iter().map(|p| doc.resolve_owned(p)).collect(),
            Some(o @ Obj::Stream(..)) => vec![o],
            _ => Vec::new(),
        };
        let mut data = Vec::new();
        for s in &streams {
            if let Some(d) = font::Resolver::stream_data(&mut doc, s) {
                data.extend_from_slice(&d);
                data.push(b'\n');
            }
        }
        let resources = doc.resolve_owned(resources);
        let page_text = content::page_text(&mut doc, &data, &resources, 0);
        images |= page_text.images;
        shown += page_text.shown;
        if page_text.unmapped > 0 {
            out.skipped.push(Skipped {
                location: location.clone(),
                kind: None,
                why: Unscannable::new(
                    Reason::Unsupported,
                    format!("{} characters in a font without a Unicode map", page_text.unmapped),
                ),
            });
        }
        if !page_text.text.trim().is_empty() {
            out.segments.push(Segment::new(location.clone(), page_text.text));
        }
        let links = annotation_links(&doc, page);
        if !links.is_empty() {
            out.segments.push(Segment::new(Location { part: Some("links".into()), ..location }, links));
        }
        if let Some(why) = doc.over_budget.take() {
            return Err(why);
        }
    }
    if shown == 0 && images {
        return Err(Unscannable::new(Reason::Unsupported, "PDF without a text layer (scanned pages?)"));
    }
    let info = doc.trailer_value(b"Info").map(|i| doc.resolve_owned(&i));
    if let Some(d) = info.as_ref().and_then(Obj::as_dict) {
        let mut text = String::new();
        for (_, v) in d {
            if let Obj::Str(s) = doc.resolve_owned(v) {
                text.push_str(&text_string(&s));
                text.push('\n');
            }
        }
        if !text.trim().is_empty() {
            out.segments.push(Segment::new(Location::part("properties"), text));
        }
    }
    Ok(out)
}

/// URIs of a page's link annotations, one a line.
fn annotation_links(doc: &Doc, page: &Dict) -> String {
    let mut text = String::new();
    let Some(Obj::Array(annots)) = get(page, b"Annots").map(|a| doc.resolve_owned(a)) else { return text };
    for a in annots.iter().take(10_000) {
        let annot = doc.resolve_owned(a);
        let Some(action) = annot.as_dict().and_then(|d| get(d, b"A")).map(|x| doc.resolve_owned(x)) else { continue };
        if let Some(Obj::Str(uri)) = action.as_dict().and_then(|d| get(d, b"URI")).map(|u| doc.resolve_owned(u)) {
            text.push_str(&text_string(&uri));
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_decode() {
        assert_eq!(ascii_hex(b"48 65 6C6C 6F>"), b"Hello");
        assert_eq!(ascii85(b"<~87cURD]j7BEbo7~>"), b"Hello world");
        let mut budget = Budget::new(&crate::extract::Limits::default());
        assert_eq!(run_length(&[2, b'a', b'b', b'c', 254, b'x', 128], &mut budget).unwrap(), b"abcxxx");
    }

    #[test]
    fn object_headers_are_found_and_endobj_is_not_one() {
        let pdf = b"1 0 obj\n<< /A 1 >>\nendobj\n 12 0 obj 5 endobj";
        assert_eq!(object_header(pdf, 4), Some(1));
        assert_eq!(object_header(pdf, 22), None);
        assert_eq!(object_header(pdf, 32), Some(12));
    }
}
