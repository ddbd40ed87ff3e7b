//! Text out of a content stream: the text-showing operators (`Tj`, `TJ`,
//! `'`, `"`) through each font's decoder, line breaks where the text line
//! moves vertically (`Td`, `TD`, `T*`, `Tm`), word gaps from large `TJ`
//! offsets, and form XObjects (`Do`). Glyph widths are not read, so words
//! placed side by side without a gap in `TJ` stay joined: a token is never
//! split by a guessed space.

use super::font::{Font, Resolver};
use super::lex::{get, Lexer, Obj};
use super::{Doc, MAX_FORM_DEPTH};
use std::rc::Rc;

/// What one page (or form) gave.
#[derive(Default)]
pub struct PageText {
    pub text: String,
    /// Strings shown.
    pub shown: usize,
    /// Codes without a Unicode mapping.
    pub unmapped: usize,
    /// The page draws images (a scanned page has no text but images).
    pub images: bool,
}

/// A `TJ` offset below this (thousandths of the font size) is a word gap.
const WORD_GAP: f64 = -180.0;
/// Operands kept; more than any operator takes.
const MAX_OPERANDS: usize = 16;
/// Form XObjects run per page, however they nest.
const MAX_FORMS: usize = 512;

struct State {
    out: PageText,
    font: Option<Rc<Font>>,
    /// The text line's vertical position, and where the last text was shown.
    y: f64,
    shown_y: Option<f64>,
    moved: bool,
    forms: usize,
}

impl State {
    fn newline(&mut self) {
        if !self.out.text.is_empty() && !self.out.text.ends_with('\n') {
            self.out.text.push('\n');
        }
    }
    fn space(&mut self) {
        if !self.out.text.is_empty() && !self.out.text.ends_with(char::is_whitespace) {
            self.out.text.push(' ');
        }
    }
    fn show(&mut self, bytes: &[u8]) {
        if self.moved {
            match self.shown_y {
                Some(y) if (y - self.y).abs() > 0.5 => self.newline(),
                Some(_) => self.space(),
                None => {}
            }
            self.moved = false;
        }
        self.shown_y = Some(self.y);
        let font = self.font.clone().unwrap_or_else(|| Rc::new(Font::fallback()));
        self.out.unmapped += font.decode(bytes, &mut self.out.text);
        self.out.shown += 1;
    }
}

/// The text of a page's content stream `data` with `resources`.
pub fn page_text(doc: &mut Doc, data: &[u8], resources: &Obj, depth: usize) -> PageText {
    let mut st = State { out: PageText::default(), font: None, y: 0.0, shown_y: None, moved: false, forms: 0 };
    run(doc, data, resources, depth, &mut st);
    // Trailing spaces say nothing.
    let text = st.out.text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    st.out.text = if text.is_empty() { text } else { text + "\n" };
    st.out
}

fn num(ops: &[Obj], from_end: usize) -> f64 {
    ops.len().checked_sub(from_end).and_then(|i| ops[i].as_f64()).unwrap_or(0.0)
}

fn run(doc: &mut Doc, data: &[u8], resources: &Obj, depth: usize, st: &mut State) {
    let mut lx = Lexer::new(data, 0);
    let mut ops: Vec<Obj> = Vec::new();
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
            if ops.len() == MAX_OPERANDS {
                ops.remove(0);
            }
            ops.push(obj);
            continue;
        };
        match op.as_slice() {
            b"BT" => {
                st.y = 0.0;
                st.moved = true;
            }
            b"Tf" => {
                if let Some(Obj::Name(name)) = ops.len().checked_sub(2).map(|i| &ops[i]) {
                    st.font = Some(font(doc, resources, name));
                }
            }
            b"Td" | b"TD" => {
                st.y += num(&ops, 1);
                st.moved = true;
            }
            b"Tm" => {
                st.y = num(&ops, 1);
                st.moved = true;
            }
            b"T*" => st.newline(),
            b"Tj" => {
                if let Some(Obj::Str(s)) = ops.last() {
                    st.show(s);
                }
            }
            b"'" | b"\"" => {
                st.newline();
                st.moved = false;
                if let Some(Obj::Str(s)) = ops.last() {
                    st.show(s);
                }
            }
            b"TJ" => {
                if let Some(Obj::Array(items)) = ops.last() {
                    for item in items {
                        match item {
                            Obj::Str(s) => st.show(s),
                            n => {
                                if n.as_f64().is_some_and(|v| v < WORD_GAP) {
                                    st.space();
                                }
                            }
                        }
                    }
                }
            }
            b"Do" => {
                if let Some(Obj::Name(name)) = ops.last() {
                    form(doc, resources, name, depth, st);
                }
            }
            b"ID" => {
                // Inline image data up to `EI`: binary, never text.
                st.out.images = true;
                let rest = &data[lx.pos.min(data.len())..];
                let end = memchr::memmem::find_iter(rest, b"EI")
                    .find(|&i| {
                        i > 0
                            && super::lex::is_white(rest[i - 1])
                            && rest.get(i + 2).is_none_or(|&b| super::lex::is_white(b))
                    })
                    .map_or(rest.len(), |i| i + 2);
                lx.pos += end;
            }
            _ => {}
        }
        ops.clear();
    }
}

/// A resource of kind `kind` (`Font`, `XObject`) named `name`.
fn resource(doc: &Doc, resources: &Obj, kind: &[u8], name: &[u8]) -> Option<(Option<u32>, Obj)> {
    let res = doc.resolve(resources).as_dict()?;
    let table = doc.resolve(get(res, kind)?).as_dict()?;
    let entry = get(table, name)?;
    let number = if let Obj::Ref(n) = entry { Some(*n) } else { None };
    Some((number, doc.resolve(entry).clone()))
}

fn font(doc: &mut Doc, resources: &Obj, name: &[u8]) -> Rc<Font> {
    let Some((number, obj)) = resource(doc, resources, b"Font", name) else { return Rc::new(Font::fallback()) };
    if let Some(f) = number.and_then(|n| doc.fonts.get(&n)) {
        return f.clone();
    }
    let Some(dict) = obj.as_dict() else { return Rc::new(Font::fallback()) };
    let built = Rc::new(Font::new(dict, doc));
    if let Some(n) = number {
        doc.fonts.insert(n, built.clone());
    }
    built
}

fn form(doc: &mut Doc, resources: &Obj, name: &[u8], depth: usize, st: &mut State) {
    let Some((_, obj)) = resource(doc, resources, b"XObject", name) else { return };
    let Some(dict) = obj.as_dict() else { return };
    match get(dict, b"Subtype").and_then(Obj::as_name) {
        Some(b"Image") => st.out.images = true,
        Some(b"Form") if depth < MAX_FORM_DEPTH && st.forms < MAX_FORMS => {
            st.forms += 1;
            let inner = get(dict, b"Resources").cloned().unwrap_or_else(|| resources.clone());
            if let Some(data) = doc.stream_data(&obj) {
                run(doc, &data, &inner, depth + 1, st);
            }
        }
        _ => {}
    }
}
