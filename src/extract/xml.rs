//! A small pull reader for the XML of Office and OpenDocument parts: start
//! and end tags with namespaces resolved, text with entities and CDATA
//! decoded. No DOM and no validation: malformed input ends the document
//! early instead of failing, and document type declarations are skipped
//! without expanding their entities (no entity-expansion bombs).
//!
//! Namespaces are resolved properly (`xmlns`/`xmlns:p` in scope, the
//! default namespace for elements only), then reported as an index into the
//! list of namespace URIs the caller cares about, so `<w:t>` and `<x:t>`
//! bound to the same URI read alike and a `w:` bound elsewhere does not.

use std::borrow::Cow;

/// One thing the reader found.
#[derive(Debug, PartialEq)]
pub enum Event<'a> {
    /// A start tag (also reported for an empty element, with `empty` set;
    /// no [`Event::End`] follows one).
    Start(Tag<'a>),
    /// An end tag.
    End(Name<'a>),
    /// Character data or CDATA, decoded.
    Text(Cow<'a, str>),
}

/// An element name: the index of its namespace in the caller's list (None
/// for any other namespace or none) and its local name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name<'a> {
    /// Index into the reader's known namespaces.
    pub ns: Option<usize>,
    /// The name without prefix.
    pub local: &'a str,
}

impl Name<'_> {
    /// Whether this is `local` in known namespace `ns`.
    pub fn is(&self, ns: usize, local: &str) -> bool {
        self.ns == Some(ns) && short_eq(self.local, local)
    }
}

/// String equality without a `memcmp` call: names and prefixes are a few
/// bytes, compared several times per tag, and the call cost more than the
/// comparison (40 % of reading a sheet, profiled).
#[inline]
fn short_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// A start tag.
#[derive(Debug, PartialEq)]
pub struct Tag<'a> {
    /// Its name.
    pub name: Name<'a>,
    /// Raw attribute text, for [`Reader::attr`].
    attrs: &'a str,
    /// `<x/>`.
    pub empty: bool,
}

/// One namespace binding in scope.
struct Binding<'a> {
    prefix: &'a str,
    ns: Option<usize>,
}

/// The reader. Holds the namespace bindings in scope.
pub struct Reader<'a> {
    src: &'a str,
    pos: usize,
    known: &'a [&'a str],
    bindings: Vec<Binding<'a>>,
    /// For each open element, how many bindings were in scope before it.
    scopes: Vec<usize>,
    /// An empty element's bindings are dropped on the next call.
    pop_pending: bool,
    /// Finds `xmlns` in a tag's attributes (built once: most tags have none).
    xmlns: memchr::memmem::Finder<'static>,
}

impl<'a> Reader<'a> {
    /// A reader over `src` that reports namespaces as indexes into `known`.
    /// An entry may list several URIs separated by spaces (a transitional
    /// and a strict Office namespace) to report them as one.
    pub fn new(src: &'a str, known: &'a [&'a str]) -> Reader<'a> {
        Reader {
            src,
            pos: 0,
            known,
            bindings: Vec::new(),
            scopes: Vec::new(),
            pop_pending: false,
            xmlns: memchr::memmem::Finder::new(b"xmlns"),
        }
    }

    /// The next event, or None at the end (or at malformed input).
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<Event<'a>> {
        if self.pop_pending {
            self.pop_pending = false;
            self.close_scope();
        }
        loop {
            let rest = &self.src[self.pos..];
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = memchr::memchr(b'<', rest.as_bytes()).unwrap_or(rest.len());
                self.pos += end;
                return Some(Event::Text(unescape(&rest[..end])));
            }
            // Dispatch on the byte after `<`: most tags are plain start or
            // end tags, and prefix tests per tag showed up in profiles.
            match rest.as_bytes().get(1) {
                Some(b'!') => {
                    if let Some(body) = rest.strip_prefix("<![CDATA[") {
                        let end = memchr::memmem::find(body.as_bytes(), b"]]>")?;
                        self.pos += 9 + end + 3;
                        return Some(Event::Text(Cow::Borrowed(&body[..end])));
                    }
                    if rest.starts_with("<!--") {
                        self.pos += memchr::memmem::find(rest.as_bytes(), b"-->")? + 3;
                    } else {
                        self.pos += skip_declaration(rest)?;
                    }
                    continue;
                }
                Some(b'?') => {
                    self.pos += memchr::memmem::find(rest.as_bytes(), b"?>")? + 2;
                    continue;
                }
                Some(b'/') => {
                    let body = &rest[2..];
                    let end = memchr::memchr(b'>', body.as_bytes())?;
                    self.pos += 2 + end + 1;
                    let name = self.resolve(body[..end].trim_end(), true);
                    self.close_scope();
                    return Some(Event::End(name));
                }
                _ => {}
            }
            let end = tag_end(rest)?;
            self.pos += end + 1;
            let inner = &rest[1..end];
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(i) => (i, true),
                None => (inner, false),
            };
            let split = inner.find(|c: char| c.is_ascii_whitespace()).unwrap_or(inner.len());
            let (qname, attrs) = inner.split_at(split);
            if qname.is_empty() {
                return None;
            }
            self.scopes.push(self.bindings.len());
            // Most tags declare no namespace: skip the attribute walk.
            let declares = self.xmlns.find(attrs.as_bytes()).is_some();
            for (name, value) in attributes(if declares { attrs } else { "" }) {
                let prefix = if name == "xmlns" {
                    ""
                } else if let Some(p) = name.strip_prefix("xmlns:") {
                    p
                } else {
                    continue;
                };
                let uri = unescape(value);
                let ns = self.known.iter().position(|k| k.split(' ').any(|u| u == uri));
                self.bindings.push(Binding { prefix, ns });
            }
            let name = self.resolve(qname, true);
            self.pop_pending = empty;
            return Some(Event::Start(Tag { name, attrs, empty }));
        }
    }

    fn close_scope(&mut self) {
        if let Some(n) = self.scopes.pop() {
            self.bindings.truncate(n);
        }
    }

    /// Resolves a qualified name. Unprefixed element names take the default
    /// namespace; unprefixed attributes have none.
    fn resolve(&self, qname: &'a str, element: bool) -> Name<'a> {
        let (prefix, local) = match memchr::memchr(b':', qname.as_bytes()) {
            Some(i) => (&qname[..i], &qname[i + 1..]),
            None if element => ("", qname),
            None => return Name { ns: None, local: qname },
        };
        let ns = match prefix {
            "xml" => None,
            _ => self.bindings.iter().rev().find(|b| short_eq(b.prefix, prefix)).and_then(|b| b.ns),
        };
        Name { ns, local }
    }

    /// The value of attribute `local` in known namespace `ns` (None for an
    /// unprefixed attribute) of `tag`, decoded. Ask before the next call to
    /// [`Reader::next`]: the tag's own namespace declarations are in scope
    /// only until then for an empty element.
    pub fn attr(&self, tag: &Tag<'a>, ns: Option<usize>, local: &str) -> Option<Cow<'a, str>> {
        attributes(tag.attrs).find_map(|(name, value)| {
            if name.starts_with("xmlns") {
                return None;
            }
            let n = self.resolve(name, false);
            let prefixed = name.contains(':');
            let matches = n.local == local
                && match ns {
                    None => !prefixed,
                    Some(i) => n.ns == Some(i),
                };
            matches.then(|| unescape(value))
        })
    }

    /// Skips to the end of the element whose start tag was just read.
    pub fn skip(&mut self, tag: &Tag<'a>) {
        if tag.empty {
            return;
        }
        let mut depth = 1usize;
        while let Some(ev) = self.next() {
            match ev {
                Event::Start(t) if !t.empty => depth += 1,
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

/// Index of the `>` that ends a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut at = 0;
    loop {
        let i = at + memchr::memchr3(b'>', b'"', b'\'', &b[at..])?;
        if b[i] == b'>' {
            return Some(i);
        }
        at = i + 1 + memchr::memchr(b[i], &b[i + 1..])? + 1;
    }
}

/// Length of a `<!DOCTYPE …>` (with an internal subset in brackets) or
/// other declaration.
fn skip_declaration(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'[') => depth += 1,
            (None, b']') => depth -= 1,
            (None, b'>') if depth <= 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// `name="value"` pairs of a tag's attribute text; stops at garbage.
fn attributes(s: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start();
        let eq = memchr::memchr(b'=', rest.as_bytes())?;
        let name = rest[..eq].trim_end();
        let after = rest[eq + 1..].trim_start();
        let quote = *after.as_bytes().first().filter(|c| **c == b'"' || **c == b'\'')?;
        let close = memchr::memchr(quote, &after.as_bytes()[1..])?;
        let value = &after[1..1 + close];
        rest = &after[close + 2..];
        Some((name, value))
    })
}

/// Decodes the five predefined entities and character references; anything
/// else (an entity a DTD would have defined) stays as written.
pub fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.get(1..rest.find(';').unwrap_or(0)).and_then(|name| {
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let n = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()?
                    } else {
                        name.strip_prefix('#')?.parse().ok()?
                    };
                    char::from_u32(n).filter(|&c| c != '\0').unwrap_or(char::REPLACEMENT_CHARACTER)
                }
            };
            Some((c, name.len() + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    fn texts_in_t(xml: &str) -> String {
        let known = [W];
        let mut r = Reader::new(xml, &known);
        let mut out = String::new();
        let mut inside = false;
        while let Some(ev) = r.next() {
            match ev {
                Event::Start(t) if t.name.is(0, "t") => inside = !t.empty,
                Event::End(n) if n.is(0, "t") => inside = false,
                Event::Text(s) if inside => out.push_str(&s),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn namespaces_resolve_by_uri_not_prefix() {
        let xml = format!(
            r#"<?xml version="1.0"?><!-- c --><x:document xmlns:x="{W}"><x:t>one</x:t><w:t xmlns:w="urn:other">no</w:t><t xmlns="{W}">two</t><t>no</t></x:document>"#
        );
        assert_eq!(texts_in_t(&xml), "onetwo");
    }

    #[test]
    fn entities_and_cdata_are_decoded_and_dtd_entities_are_not_expanded() {
        let xml = format!(
            r#"<!DOCTYPE d [<!ENTITY a "boom"><!ENTITY b "&a;&a;">]><w:d xmlns:w="{W}"><w:t>a&lt;b&gt;&amp;&quot;&apos;&#65;&#x42;&b;</w:t><w:t><![CDATA[<raw>&amp;]]></w:t></w:d>"#
        );
        assert_eq!(texts_in_t(&xml), "a<b>&\"'AB&b;<raw>&amp;");
    }

    #[test]
    fn attributes_resolve_prefixes_and_quotes() {
        const R: &str = "urn:r";
        let known = [W, R];
        let xml =
            format!(r#"<w:sheet xmlns:w="{W}" xmlns:q="{R}" name='A &amp; B' q:id="rId3" id="plain" data="x>y"/>"#);
        let mut r = Reader::new(&xml, &known);
        let Some(Event::Start(tag)) = r.next() else { panic!("a start tag") };
        assert!(tag.empty && tag.name.is(0, "sheet"));
        assert_eq!(r.attr(&tag, None, "name").as_deref(), Some("A & B"));
        assert_eq!(r.attr(&tag, Some(1), "id").as_deref(), Some("rId3"));
        assert_eq!(r.attr(&tag, None, "id").as_deref(), Some("plain"));
        assert_eq!(r.attr(&tag, None, "data").as_deref(), Some("x>y"));
        assert_eq!(r.next(), None);
    }

    #[test]
    fn malformed_input_ends_quietly() {
        for bad in ["<a", "<a><b", "<![CDATA[x", "<!-- x", "</", "<>", "&#xFFFFFFFFF;<", "<a b='>"] {
            let mut r = Reader::new(bad, &[]);
            while r.next().is_some() {}
        }
        assert_eq!(unescape("&#0;&#xD800;&bogus;&"), "\u{FFFD}\u{FFFD}&bogus;&");
    }
}
