//! Office Open XML: Word, Excel and PowerPoint files (and their macro,
//! template and show variants). Parts are found as Office finds them, by
//! content type and relationship, not by conventional file names.
//!
//! - Word: the body, headers, footers, footnotes, endnotes and comments;
//!   tracked deletions and field codes too (a deleted token is still in the
//!   file).
//! - Excel: every sheet in workbook order with its name, cell by cell
//!   (shared strings, inline strings, formula results), and cell comments.
//! - PowerPoint: every slide in show order, and its speaker notes.
//! - All: document properties (title, author, custom properties) and the
//!   targets of external links.

use super::xml::{Event, Reader};
use super::zip::Archive;
use super::{text, Budget, Cell, Extracted, Kind, Location, Segment, Skipped, Unscannable};

const CONTENT_TYPES: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const W: &str =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main http://purl.oclc.org/ooxml/wordprocessingml/main";
const S: &str =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main http://purl.oclc.org/ooxml/spreadsheetml/main";
const P: &str =
    "http://schemas.openxmlformats.org/presentationml/2006/main http://purl.oclc.org/ooxml/presentationml/main";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main http://purl.oclc.org/ooxml/drawingml/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships http://purl.oclc.org/ooxml/officeDocument/relationships";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// A part's name and content type, from `[Content_Types].xml`.
struct Part {
    name: String,
    content_type: String,
}

fn content_types(archive: &Archive, budget: &mut Budget) -> Result<Vec<Part>, Unscannable> {
    let xml = read_text(archive, "[Content_Types].xml", budget)?.unwrap_or_default();
    let known = [CONTENT_TYPES];
    let mut r = Reader::new(&xml, &known);
    let mut parts = Vec::new();
    while let Some(ev) = r.next() {
        if let Event::Start(t) = ev {
            if t.name.is(0, "Override") {
                if let (Some(name), Some(ct)) = (r.attr(&t, None, "PartName"), r.attr(&t, None, "ContentType")) {
                    parts.push(Part { name: name.trim_start_matches('/').to_string(), content_type: ct.into_owned() });
                }
            }
        }
    }
    Ok(parts)
}

/// Which Office application a package belongs to, from its main part.
pub fn kind(archive: &Archive, budget: &mut Budget) -> Option<Kind> {
    let parts = content_types(archive, budget).ok()?;
    parts.iter().filter(|p| p.content_type.ends_with("main+xml")).find_map(|p| {
        let ct = &p.content_type;
        if ct.contains("wordprocessingml") || ct.contains("ms-word") {
            Some(Kind::Docx)
        } else if ct.contains("spreadsheetml") || ct.contains("ms-excel") {
            Some(Kind::Xlsx)
        } else if ct.contains("presentationml") || ct.contains("ms-powerpoint") {
            Some(Kind::Pptx)
        } else {
            None
        }
    })
}

/// A part's text, if the part exists.
fn read_text(archive: &Archive, name: &str, budget: &mut Budget) -> Result<Option<String>, Unscannable> {
    archive.read_named(name, budget).transpose().map(|b| b.map(text::xml_part))
}

/// One relationship of a part.
struct Rel {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

/// `word/_rels/document.xml.rels` for `word/document.xml`.
fn rels_name(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

fn parse_rels(xml: &str) -> Vec<Rel> {
    let known = [PACKAGE_RELS];
    let mut r = Reader::new(xml, &known);
    let mut rels = Vec::new();
    while let Some(ev) = r.next() {
        if let Event::Start(t) = ev {
            if t.name.is(0, "Relationship") {
                let get = |n| r.attr(&t, None, n).map(|v| v.into_owned()).unwrap_or_default();
                rels.push(Rel {
                    id: get("Id"),
                    kind: get("Type"),
                    target: get("Target"),
                    external: get("TargetMode") == "External",
                });
            }
        }
    }
    rels
}

fn rels_of(archive: &Archive, part: &str, budget: &mut Budget) -> Vec<Rel> {
    read_text(archive, &rels_name(part), budget).ok().flatten().map(|x| parse_rels(&x)).unwrap_or_default()
}

/// Resolves a relationship target against the part that holds it.
fn resolve(part: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut path: Vec<&str> = part.rsplit_once('/').map(|(d, _)| d.split('/').collect()).unwrap_or_default();
    for seg in target.split('/') {
        match seg {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            s => path.push(s),
        }
    }
    path.join("/")
}

/// `header1` for `word/header1.xml`.
fn stem(name: &str) -> &str {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.split('.').next().unwrap_or(file)
}

/// Extracts the text of an Office package of kind `kind`.
pub fn extract(archive: &Archive, kind: Kind, budget: &mut Budget) -> Result<Extracted, Unscannable> {
    let parts = content_types(archive, budget)?;
    let main = parts
        .iter()
        .find(|p| p.content_type.ends_with("main+xml"))
        .map(|p| p.name.clone())
        .ok_or_else(|| Unscannable::corrupt("Office file without a main part"))?;
    let mut out = Extracted::new(kind);
    match kind {
        Kind::Docx => word(archive, &parts, &main, budget, &mut out)?,
        Kind::Xlsx => excel(archive, &parts, &main, budget, &mut out)?,
        _ => powerpoint(archive, &parts, &main, budget, &mut out)?,
    }
    properties(archive, &parts, budget, &mut out);
    links(archive, budget, &mut out);
    Ok(out)
}

/// Reads an optional part; a failure is recorded, not fatal.
fn optional_part(
    archive: &Archive,
    name: &str,
    location: &Location,
    budget: &mut Budget,
    out: &mut Extracted,
) -> Option<String> {
    match read_text(archive, name, budget) {
        Ok(x) => x,
        Err(why) => {
            out.skipped.push(Skipped { location: location.clone(), kind: None, why });
            None
        }
    }
}

fn push(out: &mut Extracted, location: Location, text: String) {
    if !text.trim().is_empty() {
        out.segments.push(Segment::new(location, text));
    }
}

fn word(
    archive: &Archive,
    parts: &[Part],
    main: &str,
    budget: &mut Budget,
    out: &mut Extracted,
) -> Result<(), Unscannable> {
    let body =
        read_text(archive, main, budget)?.ok_or_else(|| Unscannable::corrupt("Word document without its body"))?;
    push(out, Location::default(), word_text(&body));
    // Headers, footers, notes and comments, in a stable order.
    let mut extra: Vec<&Part> = parts
        .iter()
        .filter(|p| {
            ["header+xml", "footer+xml", "footnotes+xml", "endnotes+xml", "comments+xml"]
                .iter()
                .any(|s| p.content_type.ends_with(s))
                && p.content_type.contains("wordprocessingml")
        })
        .collect();
    extra.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    for part in extra {
        let location = Location::part(stem(&part.name));
        if let Some(xml) = optional_part(archive, &part.name, &location, budget, out) {
            push(out, location, word_text(&xml));
        }
    }
    Ok(())
}

/// The text of a WordprocessingML part: one line per paragraph.
fn word_text(xml: &str) -> String {
    let known = [W, MC];
    let mut r = Reader::new(xml, &known);
    let mut out = String::new();
    let mut inside = false;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(1, "Fallback") => r.skip(&t),
            Event::Start(t) if t.name.ns == Some(0) => match t.name.local {
                "t" | "delText" | "instrText" => inside = !t.empty,
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "noBreakHyphen" => out.push('-'),
                _ => {}
            },
            Event::End(n) if n.ns == Some(0) => match n.local {
                "t" | "delText" | "instrText" => inside = false,
                "p" => out.push('\n'),
                _ => {}
            },
            Event::Text(s) if inside => out.push_str(&s),
            _ => {}
        }
    }
    out
}

fn excel(
    archive: &Archive,
    parts: &[Part],
    main: &str,
    budget: &mut Budget,
    out: &mut Extracted,
) -> Result<(), Unscannable> {
    let workbook = read_text(archive, main, budget)?
        .ok_or_else(|| Unscannable::corrupt("Excel workbook without its main part"))?;
    let shared = match parts.iter().find(|p| p.content_type.ends_with("sharedStrings+xml")) {
        Some(p) => read_text(archive, &p.name, budget)?.map(|x| shared_strings(&x)).unwrap_or_default(),
        None => Vec::new(),
    };
    let rels = rels_of(archive, main, budget);
    let known = [S, R];
    let mut r = Reader::new(&workbook, &known);
    let mut sheets = Vec::new();
    while let Some(ev) = r.next() {
        if let Event::Start(t) = ev {
            if t.name.is(0, "sheet") {
                let name = r.attr(&t, None, "name").map(|n| n.into_owned()).unwrap_or_default();
                let id = r.attr(&t, Some(1), "id").map(|n| n.into_owned()).unwrap_or_default();
                if let Some(rel) = rels.iter().find(|x| x.id == id) {
                    sheets.push((name, resolve(main, &rel.target)));
                }
            }
        }
    }
    for (name, path) in sheets {
        let location = Location { sheet: Some(name.clone()), ..Location::default() };
        let Some(xml) = optional_part(archive, &path, &location, budget, out) else { continue };
        let (text, cells) = sheet_text(&xml, &shared);
        if !cells.is_empty() {
            out.segments.push(Segment { cells, ..Segment::new(location.clone(), text) });
        }
        // Cell comments live in a part the sheet relates to.
        for rel in rels_of(archive, &path, budget).iter().filter(|r| r.kind.ends_with("/comments")) {
            let comments_at = Location { part: Some("comments".into()), ..location.clone() };
            if let Some(xml) = optional_part(archive, &resolve(&path, &rel.target), &comments_at, budget, out) {
                push(out, comments_at, excel_comments(&xml));
            }
        }
    }
    Ok(())
}

/// The shared string table: each `<si>`'s text runs, without phonetic runs.
fn shared_strings(xml: &str) -> Vec<String> {
    let known = [S];
    let mut r = Reader::new(xml, &known);
    let mut table = Vec::new();
    let mut current = String::new();
    let (mut in_t, mut in_phonetic) = (false, false);
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(0, "si") => current.clear(),
            Event::Start(t) if t.name.is(0, "t") => in_t = !t.empty,
            Event::Start(t) if t.name.is(0, "rPh") => in_phonetic = !t.empty,
            Event::End(n) if n.is(0, "t") => in_t = false,
            Event::End(n) if n.is(0, "rPh") => in_phonetic = false,
            Event::End(n) if n.is(0, "si") => table.push(std::mem::take(&mut current)),
            Event::Text(s) if in_t && !in_phonetic => current.push_str(&s),
            _ => {}
        }
    }
    table
}

/// `B7` as (row 7, column 2).
fn parse_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let col = letters.bytes().try_fold(0u32, |acc, b| {
        b.is_ascii_alphabetic().then(|| acc * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    Some((digits.parse().ok()?, col))
}

/// A sheet as text: one line per row, cells separated by tabs, with the
/// offset of every non-empty cell.
fn sheet_text(xml: &str, shared: &[String]) -> (String, Vec<Cell>) {
    let known = [S];
    let mut r = Reader::new(xml, &known);
    let mut out = String::new();
    let mut cells: Vec<Cell> = Vec::new();
    let (mut row, mut col) = (0u32, 0u32);
    let mut kind = String::new();
    let mut value = String::new();
    let (mut in_value, mut in_phonetic) = (false, false);
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(0, "row") => {
                row = r.attr(&t, None, "r").and_then(|v| v.parse().ok()).unwrap_or(row + 1);
                col = 0;
            }
            Event::Start(t) if t.name.is(0, "c") => {
                match r.attr(&t, None, "r").and_then(|v| parse_ref(&v)) {
                    Some((rr, cc)) => (row, col) = (rr, cc),
                    None => col += 1,
                }
                kind = r.attr(&t, None, "t").map(|k| k.into_owned()).unwrap_or_default();
                value.clear();
                if t.empty {
                    continue;
                }
            }
            Event::Start(t) if t.name.is(0, "v") || t.name.is(0, "t") => in_value = !t.empty,
            Event::Start(t) if t.name.is(0, "rPh") => in_phonetic = !t.empty,
            Event::End(n) if n.is(0, "v") || n.is(0, "t") => in_value = false,
            Event::End(n) if n.is(0, "rPh") => in_phonetic = false,
            Event::Text(s) if in_value && !in_phonetic => value.push_str(&s),
            Event::End(n) if n.is(0, "c") => {
                let text = match kind.as_str() {
                    "s" => value.trim().parse::<usize>().ok().and_then(|i| shared.get(i)).map_or("", String::as_str),
                    _ => value.as_str(),
                };
                if text.is_empty() {
                    continue;
                }
                match cells.last() {
                    Some(last) if last.row == row => out.push('\t'),
                    Some(_) => out.push('\n'),
                    None => {}
                }
                cells.push(Cell { offset: out.len(), row, col });
                out.push_str(text);
            }
            _ => {}
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    (out, cells)
}

/// Cell comments as `B2: text` lines.
fn excel_comments(xml: &str) -> String {
    let known = [S];
    let mut r = Reader::new(xml, &known);
    let mut out = String::new();
    let mut in_t = false;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(0, "comment") => {
                out.push_str(&r.attr(&t, None, "ref").unwrap_or_default());
                out.push_str(": ");
            }
            Event::Start(t) if t.name.is(0, "t") => in_t = !t.empty,
            Event::End(n) if n.is(0, "t") => in_t = false,
            Event::End(n) if n.is(0, "comment") => out.push('\n'),
            Event::Text(s) if in_t => out.push_str(&s),
            _ => {}
        }
    }
    out
}

fn powerpoint(
    archive: &Archive,
    parts: &[Part],
    main: &str,
    budget: &mut Budget,
    out: &mut Extracted,
) -> Result<(), Unscannable> {
    let presentation =
        read_text(archive, main, budget)?.ok_or_else(|| Unscannable::corrupt("presentation without its main part"))?;
    let rels = rels_of(archive, main, budget);
    let known = [P, R];
    let mut r = Reader::new(&presentation, &known);
    let mut slides = Vec::new();
    while let Some(ev) = r.next() {
        if let Event::Start(t) = ev {
            if t.name.is(0, "sldId") {
                let id = r.attr(&t, Some(1), "id").unwrap_or_default();
                if let Some(rel) = rels.iter().find(|x| x.id == id) {
                    slides.push(resolve(main, &rel.target));
                }
            }
        }
    }
    if slides.is_empty() {
        // No show order: take the slide parts in name order.
        let mut named: Vec<&Part> =
            parts.iter().filter(|p| p.content_type.ends_with("presentationml.slide+xml")).collect();
        named.sort_unstable_by_key(|p| (p.name.len(), p.name.clone()));
        slides = named.into_iter().map(|p| p.name.clone()).collect();
    }
    for (i, path) in slides.iter().enumerate() {
        let location = Location { slide: Some(i as u32 + 1), ..Location::default() };
        if let Some(xml) = optional_part(archive, path, &location, budget, out) {
            push(out, location.clone(), drawing_text(&xml));
        }
        for rel in rels_of(archive, path, budget).iter().filter(|r| r.kind.ends_with("/notesSlide")) {
            let notes_at = Location { part: Some("notes".into()), ..location.clone() };
            if let Some(xml) = optional_part(archive, &resolve(path, &rel.target), &notes_at, budget, out) {
                push(out, notes_at, drawing_text(&xml));
            }
        }
    }
    Ok(())
}

/// DrawingML text (slides, notes, shapes): one line per paragraph.
fn drawing_text(xml: &str) -> String {
    let known = [A, MC];
    let mut r = Reader::new(xml, &known);
    let mut out = String::new();
    let mut inside = false;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(1, "Fallback") => r.skip(&t),
            Event::Start(t) if t.name.is(0, "t") => inside = !t.empty,
            Event::Start(t) if t.name.is(0, "br") => out.push('\n'),
            Event::End(n) if n.is(0, "t") => inside = false,
            Event::End(n) if n.is(0, "p") => out.push('\n'),
            Event::Text(s) if inside => out.push_str(&s),
            _ => {}
        }
    }
    out
}

/// Core and custom document properties: one value a line, custom ones as
/// `name: value`.
fn properties(archive: &Archive, parts: &[Part], budget: &mut Budget, out: &mut Extracted) {
    let location = Location::part("properties");
    let mut text = String::new();
    for part in parts.iter().filter(|p| {
        p.content_type.ends_with("core-properties+xml") || p.content_type.ends_with("custom-properties+xml")
    }) {
        let Some(xml) = optional_part(archive, &part.name, &location, budget, out) else { continue };
        let mut r = Reader::new(&xml, &[]);
        let mut line = String::new();
        while let Some(ev) = r.next() {
            match ev {
                Event::Start(t) if t.name.local == "property" => {
                    if let Some(name) = r.attr(&t, None, "name") {
                        line = format!("{name}: ");
                    }
                }
                Event::Text(s) if !s.trim().is_empty() => line.push_str(&s),
                Event::End(_) if !line.trim().is_empty() && !line.ends_with(": ") => {
                    text.push_str(&line);
                    text.push('\n');
                    line.clear();
                }
                _ => {}
            }
        }
    }
    push(out, location, text);
}

/// Targets of external relationships (hyperlinks), one a line.
fn links(archive: &Archive, budget: &mut Budget, out: &mut Extracted) {
    let mut text = String::new();
    for entry in archive.entries().iter().filter(|e| e.name.ends_with(".rels")) {
        let Ok(bytes) = archive.read(entry, budget) else { continue };
        for rel in parse_rels(&text::xml_part(bytes)).into_iter().filter(|r| r.external) {
            text.push_str(&rel.target);
            text.push('\n');
        }
    }
    push(out, Location::part("links"), text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_like_opc() {
        assert_eq!(resolve("xl/workbook.xml", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
        assert_eq!(resolve("xl/workbook.xml", "/xl/worksheets/sheet2.xml"), "xl/worksheets/sheet2.xml");
        assert_eq!(
            resolve("ppt/slides/slide1.xml", "../notesSlides/notesSlide1.xml"),
            "ppt/notesSlides/notesSlide1.xml"
        );
        assert_eq!(rels_name("word/document.xml"), "word/_rels/document.xml.rels");
    }

    #[test]
    fn cell_references_parse() {
        assert_eq!(parse_ref("B7"), Some((7, 2)));
        assert_eq!(parse_ref("AA10"), Some((10, 27)));
        assert_eq!(parse_ref("7"), None);
        assert_eq!(parse_ref("ABCD1"), None);
    }
}
