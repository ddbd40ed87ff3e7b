//! Site entries: one syntax for every list that names sites (`sites`,
//! `excludedSites`, allowlist `sites`, the built-in catalog of chat apps),
//! one implementation of what an entry covers, used by the CLI and, through
//! the WebAssembly bindings, by the browsers.
//!
//! | entry | covers |
//! |---|---|
//! | `chat.example.com` | that host only (any port, any path) |
//! | `*.example.com` | `example.com` and every subdomain of it |
//! | `example.com/chat` | paths `/chat` and `/chat/…`, not `/chatter` |
//! | `localhost:8080` | that host on port 8080 only |
//! | `bücher.example` | the same as `xn--bcher-kva.example` |
//!
//! Entries and paths are matched case-insensitively; a leading `https://` or `http://` and a
//! trailing `/` are ignored. A page is named by its host (with the port
//! when it is not the scheme's default) and its path, as
//! `location.host + location.pathname` gives them.
//!
//! `example.com` deliberately does not cover `chat.example.com`: the same
//! syntax serves `excludedSites`, where matching more than was written would
//! switch protection off on sites nobody named. Subdomains are opted into
//! with `*.`.
//!
//! An entry of `sites` (not of the other lists) may also be an object that
//! names the app's composer and send control for when the extension's
//! generic detection gets them wrong: [`SiteEntry`].

use serde::{Serialize, Serializer};
use std::fmt;

/// One parsed site entry; see the module docs for the syntax.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Site {
    /// Lowercase ASCII host (punycode for Unicode labels), without `*.`.
    host: String,
    /// Whether subdomains are covered (`*.`).
    subdomains: bool,
    /// Only this port, when given.
    port: Option<u16>,
    /// Path prefix without the leading `/`; empty for the whole host.
    path: String,
}

impl Site {
    /// Parses an entry. The error is a sentence an admin can act on.
    pub fn parse(entry: &str) -> Result<Site, String> {
        let s = entry.trim();
        let lower = s.to_ascii_lowercase();
        let s = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).unwrap_or(&lower);
        if s.contains("://") {
            return Err("only https:// or http:// may precede the host name".into());
        }
        if s.contains(['?', '#']) {
            return Err("a site is a host name with an optional path; leave out ? and #".into());
        }
        let s = s.trim_end_matches('/');
        let (authority, path) = s.split_once('/').unwrap_or((s, ""));
        if path.bytes().any(|b| !b.is_ascii_graphic()) {
            return Err("the path may hold only visible ASCII characters (percent-encode the rest)".into());
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => match p.parse::<u16>() {
                Ok(port) if port > 0 => (h, Some(port)),
                _ => return Err(format!("{p:?} is not a port number")),
            },
            None => (authority, None),
        };
        let (subdomains, bare) = match host.strip_prefix("*.") {
            Some(rest) => (true, rest),
            None => (false, host),
        };
        if bare == "*" || bare.is_empty() && subdomains {
            return Err("`*` alone is not a site; set protectAllSites to cover every site".into());
        }
        if bare.contains('*') {
            return Err("`*` may only open the entry, as in *.example.com".into());
        }
        let host = to_ascii_host(bare).ok_or_else(|| {
            "must be a host name such as chat.example.com, optionally with a port (localhost:8080) or a path (example.com/chat)"
                .to_string()
        })?;
        Ok(Site { host, subdomains, port, path: path.to_string() })
    }

    /// An entry as [`fmt::Display`] writes it (`*.host:port/path`, the host
    /// already lowercase ASCII), for reading back a policy the core wrote
    /// without the parser's checks and host-name conversion (see
    /// `Policy::from_resolved_json`). `None` for anything else.
    pub fn from_written(written: &str) -> Option<Site> {
        let (authority, path) = written.split_once('/').unwrap_or((written, ""));
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p.parse::<u16>().ok().filter(|&p| p > 0)?)),
            None => (authority, None),
        };
        let (subdomains, host) = host.strip_prefix("*.").map_or((false, host), |h| (true, h));
        let host_ok = !host.is_empty()
            && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_'));
        (host_ok && path.bytes().all(|b| b.is_ascii_graphic())).then(|| Site {
            host: host.to_string(),
            subdomains,
            port,
            path: path.to_string(),
        })
    }

    /// Whether this entry covers `page`: a host, with its port when it is
    /// not the default, and optionally a path (`chat.example.com:8443/c/1`).
    pub fn covers(&self, page: &str) -> bool {
        let (authority, path) = page.split_once('/').unwrap_or((page, ""));
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => (h, p.parse::<u16>().ok()),
            _ => (authority, None),
        };
        let host = host.trim_end_matches('.');
        let host_ok = host.eq_ignore_ascii_case(&self.host)
            || self.subdomains
                && host.len() > self.host.len()
                && host.as_bytes()[host.len() - self.host.len() - 1] == b'.'
                && host[host.len() - self.host.len()..].eq_ignore_ascii_case(&self.host);
        let port_ok = self.port.is_none() || self.port == port;
        let path = path.trim_start_matches('/');
        let path_ok = self.path.is_empty()
            || path.len() >= self.path.len()
                && path.is_char_boundary(self.path.len())
                && path[..self.path.len()].eq_ignore_ascii_case(&self.path)
                && matches!(path.as_bytes().get(self.path.len()), None | Some(b'/'));
        host_ok && port_ok && path_ok
    }

    /// Browser match patterns that cover at least what this entry covers
    /// (for content-script registration; the browsers then ask [`Site::covers`]
    /// for the exact answer): both schemes, any port (Firefox's patterns
    /// take no port), and the path as a prefix.
    pub fn match_patterns(&self) -> Vec<String> {
        let host = if self.subdomains { format!("*.{}", self.host) } else { self.host.clone() };
        let path = if self.path.is_empty() { "/*".to_string() } else { format!("/{}*", self.path) };
        vec![format!("*://{host}{path}")]
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.subdomains {
            f.write_str("*.")?;
        }
        f.write_str(&self.host)?;
        if let Some(port) = self.port {
            write!(f, ":{port}")?;
        }
        if !self.path.is_empty() {
            write!(f, "/{}", self.path)?;
        }
        Ok(())
    }
}

impl Serialize for Site {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An entry of `sites`: a site, and optionally CSS selectors for its
/// composer and its send control, tried before the built-in hints and the
/// generic detection. Written as a string when it has no selectors, else as
/// `{ "site": "…", "composer": ["…"], "send": ["…"] }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteEntry {
    /// The site.
    pub site: Site,
    /// Selectors of the composer, in order of preference.
    pub composer: Vec<String>,
    /// Selectors of the send control, in order of preference.
    pub send: Vec<String>,
}

impl SiteEntry {
    /// An entry without selectors.
    pub fn plain(site: Site) -> SiteEntry {
        SiteEntry { site, composer: Vec::new(), send: Vec::new() }
    }
}

impl Serialize for SiteEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.composer.is_empty() && self.send.is_empty() {
            return self.site.serialize(s);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("site", &self.site)?;
        if !self.composer.is_empty() {
            map.serialize_entry("composer", &self.composer)?;
        }
        if !self.send.is_empty() {
            map.serialize_entry("send", &self.send)?;
        }
        map.end()
    }
}

/// Longest selector accepted, in bytes.
pub const SELECTOR_LEN: usize = 1_000;
/// Most selectors in one list.
pub const SELECTORS: usize = 32;

/// Checks the shape of a CSS selector: the browser is the real judge (the
/// extension drops a selector its `querySelector` refuses, and the options
/// page says so), but a selector that cannot be one is reported here, with
/// the reason, in every browser and in `check-policy`.
pub fn check_selector(selector: &str) -> Result<(), &'static str> {
    let s = selector.trim().as_bytes();
    if s.is_empty() {
        return Err("an empty selector matches nothing");
    }
    if s.len() > SELECTOR_LEN {
        return Err("longer than 1,000 bytes");
    }
    // Every byte that matters is ASCII, so a byte walk is exact (and far
    // smaller in the WebAssembly module than a char walk).
    let mut open: Vec<u8> = Vec::new();
    let mut quote = 0u8;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        i += 1;
        match b {
            0..=0x1f | 0x7f => return Err("control characters cannot appear in a selector"),
            b'\\' => i += 1,
            _ if quote != 0 => quote = if b == quote { 0 } else { quote },
            b'"' | b'\'' => quote = b,
            b'[' | b'(' => open.push(b),
            b']' | b')' if open.pop() != Some(if b == b']' { b'[' } else { b'(' }) => {
                return Err("a closing bracket closes nothing");
            }
            b'{' | b'}' | b';' => return Err("a selector, not a style rule: leave out `{`, `}` and `;`"),
            _ => {}
        }
    }
    match (quote, open.is_empty()) {
        (0, true) => Ok(()),
        (0, false) => Err("a bracket is not closed"),
        _ => Err("a quoted string is not closed"),
    }
}

/// A host name in the form browsers report it: ASCII, lowercase, each
/// Unicode label in punycode. `None` when it is not a host name.
fn to_ascii_host(host: &str) -> Option<String> {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || host.len() > 253 {
        return None;
    }
    let mut out = String::with_capacity(host.len());
    for (i, label) in host.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        if label.is_ascii() {
            out.push_str(label);
        } else {
            // ASCII letters were lowercased with the entry; other letters are
            // taken as written (write them in lower case, as IDNA maps them:
            // Unicode case tables would cost the WebAssembly module more than
            // the rest of site matching together).
            if label.chars().any(|c| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '-' || c.is_control()) {
                return None;
            }
            out.push_str("xn--");
            out.push_str(&punycode(label)?);
        }
        let ascii = out.rsplit('.').next().unwrap_or("");
        let ok = !ascii.is_empty()
            && ascii.len() <= 63
            && !ascii.starts_with('-')
            && !ascii.ends_with('-')
            && ascii.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return None;
        }
    }
    // A name made of digits alone is not a host, unless it is an IPv4 address.
    let numeric = out.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    (!numeric || out.split('.').count() == 4 && out.split('.').all(|o| o.parse::<u8>().is_ok())).then_some(out)
}

/// Punycode (RFC 3492, section 6.3) of one lowercase label.
fn punycode(label: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let digit = |d: u32| (if d < 26 { b'a' + d as u8 } else { b'0' + (d - 26) as u8 }) as char;
    let adapt = |mut delta: u32, points: u32, first: bool| {
        delta /= if first { 700 } else { 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + 38)
    };
    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    while (handled as usize) < input.len() {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (entry, page, covered): the table the browsers are tested against too
    /// (tests/browser/settings.test.mjs reads the same cases from
    /// tests/settings/site-matching.json).
    fn cases() -> Vec<(String, String, bool)> {
        let json = include_str!("../../tests/settings/site-matching.json");
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["entry"].as_str().unwrap().into(),
                    c["page"].as_str().unwrap().into(),
                    c["covered"].as_bool().unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn the_shared_table_of_cases() {
        for (entry, page, covered) in cases() {
            let site = Site::parse(&entry).unwrap_or_else(|e| panic!("{entry}: {e}"));
            assert_eq!(site.covers(&page), covered, "{entry} covers {page}");
        }
    }

    #[test]
    fn entries_print_in_their_canonical_form() {
        for (entry, canonical) in [
            ("HTTPS://Chat.Example.com/", "chat.example.com"),
            ("huggingface.co/chat/", "huggingface.co/chat"),
            ("*.Corp.Example", "*.corp.example"),
            ("localhost:8080", "localhost:8080"),
            ("bücher.example", "xn--bcher-kva.example"),
            ("München.DE", "xn--mnchen-3ya.de"),
            ("例え.テスト", "xn--r8jz45g.xn--zckzah"),
            ("10.0.0.7", "10.0.0.7"),
        ] {
            assert_eq!(Site::parse(entry).unwrap().to_string(), canonical);
        }
    }

    #[test]
    fn bad_entries_say_why() {
        for (entry, reason) in [
            ("not a host", "host name"),
            ("*", "protectAllSites"),
            ("chat.*.example", "only open"),
            ("ftp://example.com", "https://"),
            ("example.com/?q=1", "leave out"),
            ("example.com:99999", "port"),
            ("-bad-.example", "host name"),
            ("12345", "host name"),
            ("", "host name"),
        ] {
            let e = Site::parse(entry).unwrap_err();
            assert!(e.contains(reason), "{entry:?}: {e}");
        }
    }

    #[test]
    fn match_patterns_cover_at_least_the_entry() {
        let p = |e: &str| Site::parse(e).unwrap().match_patterns();
        assert_eq!(p("chat.example.com"), ["*://chat.example.com/*"]);
        assert_eq!(p("*.example.com"), ["*://*.example.com/*"]);
        assert_eq!(p("huggingface.co/chat"), ["*://huggingface.co/chat*"]);
        assert_eq!(p("localhost:3000"), ["*://localhost/*"]);
    }

    #[test]
    fn selectors_are_checked_for_shape() {
        for ok in ["textarea", "button[aria-label*='Send' i]", "#a > .b:not([disabled])", "[data-x=\"a]b\"]", "a\\{"] {
            assert_eq!(check_selector(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("  ", "empty"),
            ("button[aria-label='Send'", "not closed"),
            ("button]", "closes nothing"),
            ("a(b]", "closes nothing"),
            ("div:not(.a", "not closed"),
            ("[title='x]", "quoted"),
            ("textarea { color: red }", "style rule"),
            ("a\u{7}b", "control"),
        ] {
            let e = check_selector(bad).unwrap_err();
            assert!(e.contains(why), "{bad:?}: {e}");
        }
        assert!(check_selector(&"a".repeat(SELECTOR_LEN + 1)).is_err());
    }

    #[test]
    fn entries_with_selectors_serialise_as_objects_and_plain_ones_as_strings() {
        let plain = SiteEntry::plain(Site::parse("A.example").unwrap());
        assert_eq!(serde_json::to_string(&plain).unwrap(), "\"a.example\"");
        let full = SiteEntry { composer: vec!["textarea#q".into()], ..plain };
        assert_eq!(serde_json::to_string(&full).unwrap(), r#"{"site":"a.example","composer":["textarea#q"]}"#);
    }

    #[test]
    fn pages_never_panic() {
        let site = Site::parse("*.example.com/a").unwrap();
        for page in ["", ":", "/", ":/", "é.example.com", "x:99999999999/a", "a.example.com:/a/", "🦀"] {
            let _ = site.covers(page);
        }
    }
}
