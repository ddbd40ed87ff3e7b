//! PDF tokens and objects (ISO 32000-1, 7.2–7.3): numbers, strings, names,
//! arrays, dictionaries, references. Nesting is capped, so hostile input
//! cannot exhaust the stack.

/// A PDF object. Streams keep a range of the file, not a copy.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    /// A stream: its dictionary and the range of its raw data in the file.
    Stream(Dict, std::ops::Range<usize>),
    /// An operator in a content stream (`Tj`, `BT`…) or a stray keyword.
    Op(Vec<u8>),
}

/// A dictionary: keys in file order (small; a linear lookup is fastest).
pub type Dict = Vec<(Vec<u8>, Obj)>;

/// Looks a key up in a dictionary.
pub fn get<'d>(d: &'d Dict, key: &[u8]) -> Option<&'d Obj> {
    d.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

impl Obj {
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }
    pub fn as_name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Obj::Int(i) => Some(i as f64),
            Obj::Real(r) => Some(r),
            _ => None,
        }
    }
}

/// Deepest nesting of arrays and dictionaries read.
const MAX_DEPTH: usize = 64;

pub fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | 0x0C | 0)
}

pub fn is_delim(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

/// A cursor over PDF bytes.
pub struct Lexer<'a> {
    pub src: &'a [u8],
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8], pos: usize) -> Lexer<'a> {
        Lexer { src, pos }
    }

    /// Skips whitespace and comments.
    pub fn skip_white(&mut self) {
        while let Some(&b) = self.src.get(self.pos) {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while self.src.get(self.pos).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    /// A run of regular characters (a number, keyword or name body).
    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.src.get(self.pos).is_some_and(|&b| !is_white(b) && !is_delim(b)) {
            self.pos += 1;
        }
        &self.src[start..self.pos]
    }

    /// The next object; `R` after two integers makes a reference. None at
    /// the end or on a token that cannot start an object (`]`, `>>`, `)`).
    pub fn object(&mut self, depth: usize) -> Option<Obj> {
        self.skip_white();
        let b = self.peek()?;
        match b {
            b'/' => {
                self.pos += 1;
                Some(Obj::Name(name_bytes(self.word())))
            }
            b'(' => {
                self.pos += 1;
                Some(Obj::Str(self.literal()))
            }
            b'<' if self.src.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                if depth >= MAX_DEPTH {
                    return None;
                }
                let mut d = Dict::new();
                loop {
                    self.skip_white();
                    match self.peek() {
                        Some(b'>') => {
                            self.pos += 2.min(self.src.len() - self.pos);
                            break;
                        }
                        Some(b'/') => {
                            self.pos += 1;
                            let key = name_bytes(self.word());
                            let value = self.object(depth + 1).unwrap_or(Obj::Null);
                            d.push((key, value));
                        }
                        None => break,
                        Some(_) => {
                            // Garbage in a dictionary: skip a token.
                            let before = self.pos;
                            if self.object(depth + 1).is_none() && self.pos == before {
                                self.pos += 1;
                            }
                        }
                    }
                }
                Some(Obj::Dict(d))
            }
            b'<' => {
                self.pos += 1;
                Some(Obj::Str(self.hex()))
            }
            b'[' => {
                self.pos += 1;
                if depth >= MAX_DEPTH {
                    return None;
                }
                let mut items = Vec::new();
                loop {
                    self.skip_white();
                    match self.peek() {
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        None => break,
                        Some(_) => {
                            let before = self.pos;
                            match self.object(depth + 1) {
                                Some(o) => items.push(o),
                                None if self.pos == before => self.pos += 1,
                                None => {}
                            }
                        }
                    }
                }
                Some(Obj::Array(items))
            }
            b']' | b')' | b'>' | b'{' | b'}' => None,
            _ => {
                let w = self.word();
                if w.is_empty() {
                    self.pos += 1;
                    return None;
                }
                if let Some(n) = number(w) {
                    // `12 0 R`?
                    if let Obj::Int(num) = n {
                        let save = self.pos;
                        self.skip_white();
                        let gen = self.word();
                        self.skip_white();
                        if !gen.is_empty() && gen.iter().all(u8::is_ascii_digit) && self.peek() == Some(b'R') {
                            let after = self.src.get(self.pos + 1).copied();
                            if after.is_none_or(|a| is_white(a) || is_delim(a)) {
                                self.pos += 1;
                                return Some(u32::try_from(num).map_or(Obj::Null, Obj::Ref));
                            }
                        }
                        self.pos = save;
                    }
                    return Some(n);
                }
                Some(match w {
                    b"true" => Obj::Bool(true),
                    b"false" => Obj::Bool(false),
                    b"null" => Obj::Null,
                    _ => Obj::Op(w.to_vec()),
                })
            }
        }
    }

    /// A literal string after its `(`: escapes, balanced parentheses.
    fn literal(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(&b) = self.src.get(self.pos) {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(&e) = self.src.get(self.pos) else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.src.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        b'\r' => {
                            if self.src.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    /// A hex string after its `<`.
    fn hex(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(&b) = self.src.get(self.pos) {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            let Some(v) = (b as char).to_digit(16) else { continue };
            match high.take() {
                Some(h) => out.push(h << 4 | v as u8),
                None => high = Some(v as u8),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }
}

/// A name's bytes with `#xx` escapes decoded.
fn name_bytes(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#' && i + 2 < raw.len() {
            if let Ok(v) = u8::from_str_radix(std::str::from_utf8(&raw[i + 1..i + 3]).unwrap_or("zz"), 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

/// An integer or real number token.
pub fn number(w: &[u8]) -> Option<Obj> {
    let s = std::str::from_utf8(w).ok()?;
    if !s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))
        || !s.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    if let Ok(i) = s.parse::<i64>() {
        return Some(Obj::Int(i));
    }
    let t = s.trim_start_matches('+');
    // Writers emit `-.5`, `4.`, even `--3`; read what Acrobat reads.
    let t = if t.starts_with("--") { &t[1..] } else { t };
    t.parse::<f64>().ok().or(Some(0.0)).map(Obj::Real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Obj {
        Lexer::new(s.as_bytes(), 0).object(0).unwrap()
    }

    #[test]
    fn objects_parse() {
        assert_eq!(parse("(a\\(b\\)\\101 (c)\\\nd)"), Obj::Str(b"a(b)A (c)d".to_vec()));
        assert_eq!(parse("<48 65 6c6C 6>"), Obj::Str(b"Hell`".to_vec()));
        assert_eq!(parse("/A#20B"), Obj::Name(b"A B".to_vec()));
        assert_eq!(
            parse("[1 0 R 2 -.5 /N]"),
            Obj::Array(vec![Obj::Ref(1), Obj::Int(2), Obj::Real(-0.5), Obj::Name(b"N".to_vec())])
        );
        let d = parse("<< /Type /Page /Kids [3 0 R] /Count 1 >>");
        assert_eq!(get(d.as_dict().unwrap(), b"Count"), Some(&Obj::Int(1)));
    }

    #[test]
    fn deep_nesting_stops() {
        let deep = "[".repeat(100_000);
        let _ = Lexer::new(deep.as_bytes(), 0).object(0);
        let deep = "<<".repeat(100_000);
        let _ = Lexer::new(deep.as_bytes(), 0).object(0);
    }
}
