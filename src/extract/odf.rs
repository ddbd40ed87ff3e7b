//! OpenDocument: text documents, spreadsheets and presentations (LibreOffice,
//! OpenOffice, Google Docs exports). The body is `content.xml`; headers
//! and footers are in `styles.xml`; properties in `meta.xml`. An encrypted
//! document says so in its manifest.

use super::xml::{Event, Reader, Tag};
use super::zip::Archive;
use super::{text, Budget, Cell, Extracted, Kind, Location, Reason, Segment, Unscannable};

const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const PRESENTATION: &str = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
const MANIFEST: &str = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
const META: &str = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

/// Indexes into [`KNOWN`].
const O: usize = 0;
const T: usize = 1;
const TB: usize = 2;
const D: usize = 3;
const ST: usize = 4;
const PR: usize = 5;
const KNOWN: [&str; 6] = [OFFICE, TEXT, TABLE, DRAW, STYLE, PRESENTATION];

/// A repeat count is capped: a sheet "repeats" empty rows to its last row.
const MAX_REPEAT: u32 = 1 << 20;

fn read(archive: &Archive, name: &str, budget: &mut Budget) -> Result<Option<String>, Unscannable> {
    archive.read_named(name, budget).transpose().map(|b| b.map(text::xml_part))
}

/// The document's kind, from `mimetype` or the manifest's root entry.
pub fn kind(archive: &Archive, budget: &mut Budget) -> Option<Kind> {
    let mime = match read(archive, "mimetype", budget).ok().flatten() {
        Some(m) => m,
        None => {
            let manifest = read(archive, "META-INF/manifest.xml", budget).ok().flatten()?;
            let known = [MANIFEST];
            let mut r = Reader::new(&manifest, &known);
            let mut found = None;
            while let Some(ev) = r.next() {
                if let Event::Start(t) = ev {
                    if t.name.is(0, "file-entry") && r.attr(&t, Some(0), "full-path").as_deref() == Some("/") {
                        found = r.attr(&t, Some(0), "media-type").map(|m| m.into_owned());
                    }
                }
            }
            found?
        }
    };
    let mime = mime.trim();
    let sub = mime.strip_prefix("application/vnd.oasis.opendocument.")?;
    match sub.split('-').next()? {
        "text" => Some(Kind::Odt),
        "spreadsheet" => Some(Kind::Ods),
        "presentation" => Some(Kind::Odp),
        _ => None,
    }
}

/// Extracts an OpenDocument file of kind `kind`.
pub fn extract(archive: &Archive, kind: Kind, budget: &mut Budget) -> Result<Extracted, Unscannable> {
    if let Some(manifest) = read(archive, "META-INF/manifest.xml", budget)? {
        if manifest.contains("encryption-data") {
            return Err(Unscannable::new(Reason::Encrypted, "password-protected OpenDocument file"));
        }
    }
    let content = read(archive, "content.xml", budget)?
        .ok_or_else(|| Unscannable::corrupt("OpenDocument file without content.xml"))?;
    let mut out = Extracted::new(kind);
    body(&content, kind, &mut out);
    if let Some(styles) = read(archive, "styles.xml", budget).ok().flatten() {
        headers_footers(&styles, &mut out);
    }
    if let Some(meta) = read(archive, "meta.xml", budget).ok().flatten() {
        properties(&meta, &mut out);
    }
    Ok(out)
}

fn push(out: &mut Extracted, location: Location, text: String) {
    if !text.trim().is_empty() {
        out.segments.push(Segment::new(location, text));
    }
}

/// `text:s` (spaces), `text:tab`, `text:line-break` inside paragraphs.
fn inline(r: &Reader, t: &Tag, out: &mut String) {
    if t.name.ns != Some(T) {
        return;
    }
    match t.name.local {
        "s" => {
            let n = r.attr(t, Some(T), "c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1).min(1000);
            out.extend(std::iter::repeat_n(' ', n));
        }
        "tab" => out.push('\t'),
        "line-break" => out.push('\n'),
        _ => {}
    }
}

fn is_paragraph(local: &str) -> bool {
    local == "p" || local == "h"
}

/// Where paragraph text goes while walking a body.
fn sink<'s>(in_notes: bool, text: &'s mut String, notes: &'s mut String) -> &'s mut String {
    if in_notes {
        notes
    } else {
        text
    }
}

/// Text documents and presentations: one line per paragraph; a segment per
/// slide and one for its notes.
fn body(xml: &str, kind: Kind, out: &mut Extracted) {
    if kind == Kind::Ods {
        return spreadsheet(xml, out);
    }
    let mut r = Reader::new(xml, &KNOWN);
    let (mut text, mut notes) = (String::new(), String::new());
    let mut depth = 0usize; // open paragraphs
    let mut slide = 0u32;
    let mut in_notes = false;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) => match (t.name.ns, t.name.local) {
                (Some(D), "page") if kind == Kind::Odp => {
                    slide += 1;
                    text.clear();
                    notes.clear();
                }
                (Some(PR), "notes") if kind == Kind::Odp => in_notes = !t.empty,
                (Some(T), local) if is_paragraph(local) => depth += usize::from(!t.empty),
                _ if depth > 0 => inline(&r, &t, sink(in_notes, &mut text, &mut notes)),
                _ => {}
            },
            Event::End(n) => match (n.ns, n.local) {
                (Some(T), local) if is_paragraph(local) => {
                    depth = depth.saturating_sub(1);
                    sink(in_notes, &mut text, &mut notes).push('\n');
                }
                (Some(PR), "notes") => in_notes = false,
                (Some(D), "page") if kind == Kind::Odp => {
                    push(out, Location { slide: Some(slide), ..Location::default() }, std::mem::take(&mut text));
                    let at = Location { slide: Some(slide), part: Some("notes".into()), ..Location::default() };
                    push(out, at, std::mem::take(&mut notes));
                }
                _ => {}
            },
            Event::Text(s) if depth > 0 => sink(in_notes, &mut text, &mut notes).push_str(&s),
            _ => {}
        }
    }
    if kind == Kind::Odt {
        push(out, Location::default(), text);
    }
}

/// A sheet being read.
#[derive(Default)]
struct Sheet {
    text: String,
    cells: Vec<Cell>,
    row: u32,
    col: u32,
    row_repeat: u32,
    col_repeat: u32,
    /// The open cell's paragraphs, and its `office:value` for cells without.
    cell: Option<(String, Option<String>)>,
    paragraphs: usize,
}

impl Sheet {
    fn close_cell(&mut self) {
        let Some((text, value)) = self.cell.take() else { return };
        let shown = if text.is_empty() { value.unwrap_or_default() } else { text };
        if !shown.is_empty() {
            match self.cells.last() {
                Some(last) if last.row == self.row => self.text.push('\t'),
                Some(_) => self.text.push('\n'),
                None => {}
            }
            self.cells.push(Cell { offset: self.text.len(), row: self.row, col: self.col });
            self.text.push_str(&shown);
        }
        self.col = self.col.saturating_add(self.col_repeat.saturating_sub(1));
    }
}

/// Spreadsheets: a segment per table, one line per row, tab-separated
/// cells, repeated rows and columns counted but not expanded.
fn spreadsheet(xml: &str, out: &mut Extracted) {
    let mut r = Reader::new(xml, &KNOWN);
    let mut name = String::new();
    let mut sheet = Sheet::default();
    let mut depth = 0usize;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) => {
                let repeat = |attr| {
                    r.attr(&t, Some(TB), attr).and_then(|v| v.parse::<u32>().ok()).unwrap_or(1).clamp(1, MAX_REPEAT)
                };
                match (t.name.ns, t.name.local) {
                    (Some(TB), "table") => {
                        name = r.attr(&t, Some(TB), "name").map(|n| n.into_owned()).unwrap_or_default();
                        sheet = Sheet::default();
                    }
                    (Some(TB), "table-row") => {
                        sheet.row_repeat = repeat("number-rows-repeated");
                        sheet.row = sheet.row.saturating_add(1);
                        sheet.col = 0;
                    }
                    (Some(TB), "table-cell" | "covered-table-cell") => {
                        sheet.col_repeat = repeat("number-columns-repeated");
                        sheet.col = sheet.col.saturating_add(1);
                        sheet.cell = Some((String::new(), r.attr(&t, Some(O), "value").map(|v| v.into_owned())));
                        sheet.paragraphs = 0;
                        if t.empty {
                            sheet.close_cell();
                        }
                    }
                    (Some(T), local) if is_paragraph(local) => {
                        if let Some((text, _)) = sheet.cell.as_mut() {
                            if sheet.paragraphs > 0 {
                                text.push('\n');
                            }
                            sheet.paragraphs += 1;
                        }
                        depth += usize::from(!t.empty);
                    }
                    _ if depth > 0 => {
                        if let Some((text, _)) = sheet.cell.as_mut() {
                            inline(&r, &t, text);
                        }
                    }
                    _ => {}
                }
            }
            Event::End(n) => match (n.ns, n.local) {
                (Some(T), local) if is_paragraph(local) => depth = depth.saturating_sub(1),
                (Some(TB), "table-cell" | "covered-table-cell") => sheet.close_cell(),
                (Some(TB), "table-row") => sheet.row = sheet.row.saturating_add(sheet.row_repeat.saturating_sub(1)),
                (Some(TB), "table") if !sheet.cells.is_empty() => {
                    let mut done = std::mem::take(&mut sheet);
                    done.text.push('\n');
                    let location = Location { sheet: Some(std::mem::take(&mut name)), ..Location::default() };
                    out.segments.push(Segment { cells: done.cells, ..Segment::new(location, done.text) });
                }
                _ => {}
            },
            Event::Text(s) if depth > 0 => {
                if let Some((text, _)) = sheet.cell.as_mut() {
                    text.push_str(&s);
                }
            }
            _ => {}
        }
    }
}

fn headers_footers(xml: &str, out: &mut Extracted) {
    let mut r = Reader::new(xml, &KNOWN);
    let mut current: Option<&'static str> = None;
    let mut text = String::new();
    let mut depth = 0usize;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t)
                if t.name.ns == Some(ST)
                    && matches!(
                        t.name.local,
                        "header" | "footer" | "header-left" | "footer-left" | "header-first" | "footer-first"
                    ) =>
            {
                current = Some(if t.name.local.starts_with("header") { "header" } else { "footer" });
            }
            Event::Start(t) if current.is_some() && t.name.ns == Some(T) && is_paragraph(t.name.local) => {
                depth += usize::from(!t.empty)
            }
            Event::Start(t) if depth > 0 => inline(&r, &t, &mut text),
            Event::End(n) if current.is_some() && n.ns == Some(T) && is_paragraph(n.local) => {
                depth = depth.saturating_sub(1);
                text.push('\n');
            }
            Event::End(n) if n.ns == Some(ST) && (n.local.starts_with("header") || n.local.starts_with("footer")) => {
                if let Some(part) = current.take() {
                    push(out, Location::part(part), std::mem::take(&mut text));
                }
            }
            Event::Text(s) if depth > 0 => text.push_str(&s),
            _ => {}
        }
    }
}

fn properties(xml: &str, out: &mut Extracted) {
    let known = [OFFICE, META];
    let mut r = Reader::new(xml, &known);
    let mut text = String::new();
    let mut in_meta = false;
    while let Some(ev) = r.next() {
        match ev {
            Event::Start(t) if t.name.is(0, "meta") => in_meta = true,
            Event::Start(t) if in_meta && t.name.is(1, "user-defined") => {
                if let Some(name) = r.attr(&t, Some(1), "name") {
                    text.push_str(&name);
                    text.push_str(": ");
                }
            }
            Event::Text(s) if in_meta && !s.trim().is_empty() => {
                text.push_str(&s);
                text.push('\n');
            }
            _ => {}
        }
    }
    push(out, Location::part("properties"), text);
}
