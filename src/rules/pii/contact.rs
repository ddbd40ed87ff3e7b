//! Contact details: email addresses, phone numbers, IP addresses.
//!
//! Sources for the formats and the values we refuse to report:
//! - Email: RFC 5321/5322 (local part ≤ 64, domain ≤ 253, labels ≤ 63),
//!   RFC 2606 and RFC 6761 (reserved `example.com/.org/.net`, `.example`,
//!   `.test`, `.invalid`, `.localhost`). Top-level domains must be an
//!   ISO 3166-1 alpha-2 country code (ccTLD) or a generic TLD seen in mail.
//! - Phones: ITU-T E.164 (country code + national significant number, at
//!   most 15 digits) and every country's dialling plan as libphonenumber's
//!   metadata describes it (`phone_plan.rs`: which numbers exist, how
//!   they are written nationally); NANP rules (area and exchange codes start 2–9,
//!   N11 and N9X are not area codes, 555-0100…0199 is reserved for fiction);
//!   Ofcom's "telephone numbers for drama purposes"; ACMA's numbers for use
//!   in film and TV.
//! - IP addresses: IANA special-purpose registries (RFC 6890, RFC 5737
//!   documentation nets, RFC 3849 and RFC 9637 IPv6 documentation prefixes).
//!
//! Chat text is full of strings that look like contact data and are not:
//! `git@github.com:org/repo.git`, `lodash@4.17.21`, `logo@2x.png`, dates,
//! order numbers, version strings. Each validator below keeps its list of
//! such near misses short and explicit.

use super::phone_plan;
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use std::net::{Ipv4Addr, Ipv6Addr};

// ---------------------------------------------------------------------------
// Email
// ---------------------------------------------------------------------------

/// ISO 3166-1 alpha-2 codes (each is a country-code TLD), plus the ccTLDs
/// that are not ISO codes (`uk`, `eu`, `ac`). Lowercase.
const COUNTRY_CODES: &str =
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq \
     br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er \
     es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im \
     in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf \
     mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk \
     pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td \
     tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw xk";

/// ccTLDs outside ISO 3166-1.
const EXTRA_CC_TLDS: &str = "uk eu ac";

/// Generic TLDs that carry mailboxes in practice, sorted for binary search.
/// A TLD outside this list and the country codes is far more often a file
/// extension (`logo@2x.png`) or a member access (`this@Activity.finish`)
/// than a mail domain.
const GENERIC_TLDS: &[&str] = &[
    "academy",
    "aero",
    "agency",
    "amsterdam",
    "app",
    "art",
    "asia",
    "bank",
    "bayern",
    "berlin",
    "bio",
    "biz",
    "blog",
    "cafe",
    "capital",
    "care",
    "cat",
    "center",
    "charity",
    "church",
    "city",
    "click",
    "clinic",
    "cloud",
    "club",
    "codes",
    "college",
    "com",
    "company",
    "consulting",
    "coop",
    "dental",
    "design",
    "dev",
    "digital",
    "doctor",
    "earth",
    "eco",
    "edu",
    "education",
    "email",
    "energy",
    "engineer",
    "engineering",
    "estate",
    "events",
    "exchange",
    "expert",
    "family",
    "farm",
    "finance",
    "financial",
    "foundation",
    "fun",
    "fund",
    "games",
    "global",
    "gmbh",
    "gov",
    "green",
    "group",
    "guru",
    "hamburg",
    "health",
    "help",
    "holdings",
    "hospital",
    "host",
    "house",
    "icu",
    "inc",
    "industries",
    "info",
    "institute",
    "insurance",
    "int",
    "international",
    "investments",
    "jobs",
    "koeln",
    "land",
    "law",
    "legal",
    "life",
    "link",
    "live",
    "llc",
    "london",
    "ltd",
    "management",
    "marketing",
    "me",
    "media",
    "mil",
    "mobi",
    "money",
    "museum",
    "name",
    "net",
    "network",
    "news",
    "ngo",
    "ninja",
    "nyc",
    "one",
    "ong",
    "online",
    "org",
    "page",
    "paris",
    "partners",
    "photo",
    "photography",
    "plus",
    "post",
    "pro",
    "productions",
    "properties",
    "quebec",
    "realty",
    "rentals",
    "restaurant",
    "rocks",
    "run",
    "school",
    "scot",
    "services",
    "shop",
    "site",
    "social",
    "software",
    "solutions",
    "space",
    "store",
    "studio",
    "support",
    "swiss",
    "systems",
    "team",
    "tech",
    "technology",
    "tel",
    "tips",
    "today",
    "tokyo",
    "tools",
    "top",
    "travel",
    "university",
    "ventures",
    "vip",
    "wales",
    "website",
    "wien",
    "work",
    "works",
    "world",
    "xyz",
    "zone",
];

/// Domains used as placeholders in docs and forms (RFC 2606 names are
/// handled separately).
const PLACEHOLDER_DOMAINS: &[&str] =
    &["domain.com", "email.com", "company.com", "somewhere.com", "website.com", "mail.test", "host.com"];

/// Local parts that name a role, a system account or a placeholder rather
/// than a person.
const NON_PERSONAL_LOCALS: &[&str] = &[
    "noreply",
    "no-reply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "do_not_reply",
    "mailer-daemon",
    "git",
    "hg",
    "root",
    "ubuntu",
    "ec2-user",
    "centos",
    "user",
    "username",
    "name",
    "email",
    "someone",
    "somebody",
    "firstname",
    "lastname",
    "firstname.lastname",
    "first.last",
    "name.surname",
    "foo",
    "bar",
    "foobar",
    "test",
];

/// Whether the two-letter `code` (lowercase) is a word of `list`, a string of
/// two-letter codes separated by single spaces.
fn in_code_list(list: &str, code: &[u8]) -> bool {
    code.len() == 2 && list.as_bytes().chunks(3).any(|w| w[..2] == *code)
}

/// Whether `tld` (lowercase) is a country code or a listed generic TLD.
fn known_tld(tld: &str) -> bool {
    if tld.len() == 2 {
        in_code_list(COUNTRY_CODES, tld.as_bytes()) || in_code_list(EXTRA_CC_TLDS, tld.as_bytes())
    } else {
        GENERIC_TLDS.binary_search(&tld).is_ok()
    }
}

fn repeated(s: &str) -> bool {
    s.len() >= 3 && s.bytes().all(|b| b == s.as_bytes()[0])
}

/// Whether `domain` is `name` or one of its subdomains.
fn within(domain: &str, name: &str) -> bool {
    domain.strip_suffix(name).is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

/// Email: real-looking domain, no URL credentials, no scp-style `host:path`,
/// no documentation or placeholder addresses.
fn email(c: &Candidate) -> Verdict {
    // `scheme://user@host`, `scheme://user:pass@host` and `@` in a URL path
    // (`/list/tz-announce@iana.org/`) are in the match with their scheme:
    // URL credentials are the connection-string rules' business, and a
    // path names a list or a profile. An address in a query string
    // (`?to=jane@acme.io`) matches without the scheme and stays.
    if c.value.contains("://") {
        return Verdict::Invalid;
    }
    // Lowercase into a stack buffer: this runs at every `@` of the text.
    let mut buf = [0u8; 320];
    let Some(lower) = buf.get_mut(..c.value.len()) else { return Verdict::Invalid };
    lower.copy_from_slice(c.value.as_bytes());
    lower.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(lower) else { return Verdict::Invalid };
    let Some((local, domain)) = lower.rsplit_once('@') else { return Verdict::Invalid };
    if local.len() > 64 || domain.len() > 253 || domain.split('.').any(|l| l.len() > 63) {
        return Verdict::Invalid;
    }
    let mut labels = domain.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let sld = labels.next().unwrap_or("");
    // The TLD is letters only, so a trailing `:path` (`git@github.com:org`),
    // `-x` or `.5` that the pattern took along fails here.
    if !known_tld(tld) {
        return Verdict::Invalid;
    }
    // RFC 2606 second-level names (the reserved TLDs are not in the lists).
    if sld == "example" && matches!(tld, "com" | "org" | "net" | "edu") {
        return Verdict::Invalid;
    }
    if PLACEHOLDER_DOMAINS.contains(&domain)
        || sld.starts_with("your")
        || sld == "mydomain"
        || sld == "mycompany"
        || within(domain, "noreply.github.com")
        || repeated(sld)
    {
        return Verdict::Invalid;
    }
    if NON_PERSONAL_LOCALS.contains(&local) || local.starts_with("your") || repeated(local) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

// ---------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------

/// NANP: NPA (area) and NXX (exchange) start with 2–9; N11 codes are
/// service codes, N9X area codes are reserved, 555 is no area code and
/// 555-0100…0199 is reserved for fiction.
fn nanp_ok(ten: &[u8]) -> bool {
    if ten.len() != 10 {
        return false;
    }
    let (npa, nxx, line) = (&ten[0..3], &ten[3..6], &ten[6..10]);
    npa[0] >= 2
        && nxx[0] >= 2
        && !(npa[1] == 1 && npa[2] == 1)
        && !(nxx[1] == 1 && nxx[2] == 1)
        && npa[1] != 9
        && npa != [5, 5, 5]
        && !(nxx == [5, 5, 5] && line[0] == 0 && line[1] == 1)
}

fn starts_with(digits: &[u8], prefix: &str) -> bool {
    digits.len() >= prefix.len() && prefix.bytes().zip(digits).all(|(p, &d)| p - b'0' == d)
}

/// Numbers reserved for drama and documentation, as national significant
/// numbers (no trunk `0`): Ofcom's UK ranges (each followed by three free
/// digits) and ACMA's Australian ones.
fn fictional_nsn(nsn: &[u8]) -> bool {
    const UK: &[&str] = &[
        "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960",
        "1614960", "1914980", "2079460", "2896496", "2920180", "1632960", "7700900", "8081570", "9098790", "3069990",
    ];
    const AU: &[&str] = &["49157", "25550", "27010", "35550", "37010", "75550", "77010", "85550", "87010"];
    (nsn.len() == 10 && UK.iter().any(|p| starts_with(nsn, p)))
        || (nsn.len() == 9 && AU.iter().any(|p| starts_with(nsn, p)))
}

/// Runs of one digit or of consecutive digits (`1234567890`, `9876543210`).
fn trivial_digits(d: &[u8]) -> bool {
    let same = d.windows(2).all(|w| w[0] == w[1]);
    let up = d.windows(2).all(|w| (w[0] + 1) % 10 == w[1]);
    let down = d.windows(2).all(|w| (w[1] + 1) % 10 == w[0]);
    same || up || down
}

/// International number: `digits` without the `+`/`00` and without a
/// `(0)`, checked against the country's plan (number lengths by first
/// digits) and, for the North American plan, its area and exchange rules.
fn international_ok(digits: &[u8]) -> bool {
    let Some((plan, mut nsn)) = phone_plan::split_calling_code(digits) else { return false };
    // "+44 020 …": the trunk 0 written after the code is a common slip.
    if !plan.trunk().is_empty() && nsn.starts_with(plan.trunk()) && !plan.nsn_valid(nsn) {
        nsn = &nsn[plan.trunk().len()..];
    }
    if !plan.nsn_valid(nsn) || trivial_digits(nsn) || fictional_nsn(nsn) {
        return false;
    }
    plan.cc != 1 || nanp_ok(nsn)
}

/// The tables hold which numbers exist; the NANP's area and exchange rules
/// (no N11, no N9X, no 555 area) are applied here.
fn plan_rules(cc: u16, nsn: &[u8]) -> bool {
    cc != 1 || nanp_ok(nsn)
}

/// Labels right before a number that say it is something else.
const NOT_A_PHONE: &[&str] = &[
    "order",
    "invoice",
    "ticket",
    "ref",
    "reference",
    "sku",
    "isbn",
    "issn",
    "ean",
    "upc",
    "gtin",
    "serial",
    "part",
    "version",
    "buffer",
    "bytes",
    "hex",
    "ver",
    "v",
    "build",
    "release",
    "zip",
    "postcode",
    "postal",
    "plz",
    "amount",
    "total",
    "price",
    "balance",
    "eur",
    "usd",
    "gbp",
    "chf",
    "iban",
    "account",
    "acct",
    "tracking",
    "awb",
    "case",
    "po",
    "transaction",
    "txn",
    "booking",
    "pnr",
    "confirmation",
    "receipt",
    "lot",
    "batch",
    "item",
    "id",
    "uid",
    "pid",
    "bestellung",
    "rechnung",
    "auftrag",
    "commande",
    "facture",
    "pedido",
    "factura",
    "fattura",
    "ordine",
    "lieferschein",
    "aktenzeichen",
    "kundennummer",
    "vertragsnummer",
    "rechnungsnummer",
    "bestellnummer",
];

/// Currencies and units that make a number an amount or a measure.
const UNITS: &[&str] = &[
    "eur", "euro", "euros", "usd", "gbp", "chf", "jpy", "cny", "inr", "rub", "brl", "mxn", "ars", "cop", "pln", "czk",
    "huf", "ron", "sek", "nok", "dkk", "try", "zar", "aud", "cad", "kr", "zł", "rs", "km", "kg", "mm", "cm", "m", "mb",
    "gb", "kb", "tb", "users", "people", "views", "bytes", "ms", "px", "pts", "votes", "rows", "items",
];

/// Whether `word` is in `list`, ASCII case-insensitively.
fn listed(list: &[&str], word: &[u8]) -> bool {
    !word.is_empty() && list.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// A word byte: ASCII letter or digit, or part of a non-ASCII character.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The first word of `s` after blanks (letters, digits, non-ASCII).
fn first_word(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| b != b' ').unwrap_or(s.len());
    let len = s[start..].iter().position(|&b| !word_byte(b)).unwrap_or(s.len() - start);
    &s[start..start + len]
}

/// Whether one of the last `k` words of the line `before` ends is in `list`.
fn label_among_last(before: &[u8], k: usize, list: &[&str]) -> bool {
    let mut end = before.len();
    for _ in 0..k {
        while end > 0 && !word_byte(before[end - 1]) {
            if before[end - 1] == b'\n' {
                return false;
            }
            end -= 1;
        }
        let mut start = end;
        while start > 0 && word_byte(before[start - 1]) {
            start -= 1;
        }
        if start == end || listed(list, &before[start..end]) {
            return start != end;
        }
        end = start;
    }
    false
}

/// Whether the number, or the text around it, makes it a decimal, an
/// amount, a date, an IP address, a hex dump or a labelled reference
/// rather than a phone number.
fn looks_like_something_else(c: &Candidate, w: &phone_plan::Written) -> bool {
    let (before, after) = (c.before.as_bytes(), c.after.as_bytes());
    let digit_at = |s: &[u8], i: usize| s.get(i).is_some_and(u8::is_ascii_digit);
    // `3.14 15 92`, `12.5 34.2 …` (SVG paths, coordinates): a digit glued
    // by `.`/`,` to either end, or one decimal point inside.
    let n = before.len();
    let glued_before = n >= 2 && matches!(before[n - 1], b'.' | b',') && digit_at(before, n - 2);
    let glued_after = matches!(after.first(), Some(b'.' | b',')) && digit_at(after, 1);
    if glued_before || glued_after || w.dots() == 1 {
        return true;
    }
    // Amounts and measures: a currency or unit right before or after.
    let trimmed = before.iter().rposition(|&b| b != b' ').map_or(&before[..0], |i| &before[..=i]);
    let unit_before = trimmed.iter().rposition(|&b| !word_byte(b)).map_or(trimmed, |i| &trimmed[i + 1..]);
    let currency = ["€", "$", "£", "¥", "₹", "%"];
    let after_text = c.after.trim_start_matches(' ');
    if listed(UNITS, first_word(after)) || listed(UNITS, unit_before) {
        return true;
    }
    if currency.iter().any(|s| after_text.starts_with(s) || c.before.trim_end_matches(' ').ends_with(s)) {
        return true;
    }
    // A dotted quad is an IP address or a version; a date is a date.
    let g = |i: usize| w.group_value(i);
    let len = |i: usize| w.group_len(i);
    if w.groups() == 4 && w.dots() == 3 && (0..4).all(|i| len(i) <= 3 && g(i) < 256) {
        return true;
    }
    if w.groups() == 3 {
        // Any YYYY-MM-DD shape (`0999-07-15`, `1900-00-01` in test data),
        // and DD.MM.YYYY or MM/DD/YYYY with a plausible year.
        let year = |i: usize| len(i) == 4 && (1900..=2099).contains(&g(i));
        let md =
            |m: usize, d: usize| (1..=12).contains(&g(m)) && (1..=31).contains(&g(d)) && len(m) <= 2 && len(d) <= 2;
        if (len(0) == 4 && len(1) == 2 && len(2) == 2) || (year(2) && (md(1, 0) || md(0, 1))) {
            return true;
        }
    }
    // Part of a URL, path or anchor (`#L2344-2350`, `/2011/3355/`).
    if matches!(before.last(), Some(b'#' | b'/' | b'_' | b'&' | b'?')) {
        return true;
    }
    // Year ranges (`2010-2013`, `1995-2003`) and ZIP+4 codes (`02110-1301`).
    if w.groups() == 2 {
        let year = |i: usize| len(i) == 4 && (1900..=2099).contains(&g(i));
        if (year(0) && year(1)) || (len(0) == 5 && len(1) == 4 && c.value.as_bytes()[5] == b'-') {
            return true;
        }
    }
    // A conference or voicemail PIN (`847 2931#`).
    if after.first() == Some(&b'#') {
        return true;
    }
    // A numeric literal in code (`u32 = 3222319873;`).
    if w.groups() == 1 && trimmed.last() == Some(&b'=') && matches!(after.first(), Some(b';' | b',' | b')')) {
        return true;
    }
    // Hex dumps (`eb0a 0924 8097 d870`): a neighbouring group of hex
    // digits with a letter in it.
    let hexy = |t: &[u8]| t.len() >= 2 && t.iter().all(u8::is_ascii_hexdigit) && t.iter().any(u8::is_ascii_alphabetic);
    let prev = if before.last() == Some(&b' ') { unit_before } else { &before[..0] };
    let next = if after.first() == Some(&b' ') { first_word(after) } else { &after[..0] };
    if hexy(prev) || hexy(next) {
        return true;
    }
    // One of a run of numbers packed with `;` or `,` (`3304 0334;3304 0334`,
    // code points and matrices): another hex number right after or before.
    let hex_number = |t: &[u8]| t.iter().all(u8::is_ascii_hexdigit) && t.iter().any(u8::is_ascii_digit);
    let packed_after = matches!(after.first(), Some(b';' | b','))
        && after.get(1).is_some_and(u8::is_ascii_hexdigit)
        && hex_number(first_word(&after[1..]));
    let packed_before = n >= 2 && matches!(before[n - 1], b';' | b',') && before[n - 2].is_ascii_hexdigit();
    if packed_after || packed_before {
        return true;
    }
    // A label among the three words before on its line (`booking
    // reference is`, `order no.`) says what the number is.
    label_among_last(before, 3, NOT_A_PHONE)
}

/// Whether a number written in some country's national format is
/// distinctive enough to report without a phone word: its trunk prefix or
/// bracketed area code, three or more of its groups, or two groups that
/// are not shaped like something else (4-4 as in Singapore or Denmark,
/// or ten digits and more as in India's 98451 27630). Eight digits in two
/// groups with a trunk 0 (`0924 8097`) are as often a code, and dotted
/// thousands (`12.345.678`) an amount.
fn distinctive(m: &phone_plan::NationalMatch, w: &phone_plan::Written, v: &str) -> bool {
    let n = w.all().len();
    let count = w.groups();
    // Thousands (`612 345 678`, `12.345.678`) read as amounts and counts,
    // and runs of four-digit groups (`1020 6190 2313`) as references,
    // unless the trunk prefix or brackets say phone.
    let thousands = count >= 2 && w.group_len(0) <= 3 && (1..count).all(|i| w.group_len(i) == 3);
    let fours = count >= 3 && (0..count).all(|i| w.group_len(i) == 4);
    // Pairs (`28 29 30 31` in a calendar, `0e 0b 0d 09` bytes).
    let pairs = (0..count).all(|i| w.group_len(i) == 2);
    if (thousands || fours || pairs) && !m.trunk_written && !w.bracketed() {
        return false;
    }
    if thousands && w.dots() > 0 {
        return false;
    }
    if count >= 3 || w.bracketed() {
        return true;
    }
    // 4-4 with a space (Singapore's 8123 4567); with a dash or slash it
    // is as often a range (`2048-8192`), bits (`0100 0000`) are bits and
    // `0044 0307` are code points.
    let four_four = n == 8
        && w.group_len(0) == 4
        && v.as_bytes().get(4) == Some(&b' ')
        && w.all()[0] != 0
        && w.all().iter().any(|&d| d > 1);
    (m.trunk_written && n >= 9) || four_four || n >= 10
}

/// Phone number: international numbers by country code and plan; national
/// numbers by the dialling plans of every country: written the way some
/// country writes its numbers (its digit groups, its trunk prefix or
/// bracketed area code) they report alone, otherwise near a phone word.
fn phone(c: &Candidate) -> Verdict {
    let v = c.value;
    // `INV-97594183`, `ORD-2025-056487`: letters and a dash before the
    // digits make an order or ticket id; the pattern takes them along so
    // that the whole id is refused here.
    if v.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
        return Verdict::Invalid;
    }
    let mut digits = [0u8; 24];
    let mut n = 0;
    for b in v.bytes().filter(u8::is_ascii_digit) {
        if n == digits.len() {
            return Verdict::Invalid;
        }
        digits[n] = b - b'0';
        n += 1;
    }
    let digits = &digits[..n];
    let max = if digits.starts_with(&[0, 0]) { 17 } else { 15 };
    // Seven digits only as 3-4 or 3-2-2 (`611 4663`): `1250-146` is a
    // Portuguese postcode.
    let seven_ok = n > 7 || v.find([' ', '-', '.']) == Some(3);
    if !(7..=max).contains(&n) || trivial_digits(digits) || !seven_ok {
        return Verdict::Invalid;
    }
    // One kind of punctuation besides spaces and parentheses: `415.555-2671`
    // is a version or an id, not something people write for a phone.
    let kinds = [b'-', b'.', b'/'].iter().filter(|k| v.as_bytes().contains(k)).count();
    if kinds > 1 || v.bytes().filter(|&b| b == b'(').count() > 1 {
        return Verdict::Invalid;
    }
    if let Some(rest) = v.strip_prefix('+') {
        // Fold the UK/DE-style "(0)" trunk hint: +44 (0)20 …
        let mut folded = [0u8; 24];
        let mut k = 0;
        let trunk = rest.find("(0)");
        for (i, b) in rest.bytes().enumerate() {
            if b.is_ascii_digit() && trunk.is_none_or(|t| i != t + 1) {
                folded[k] = b - b'0';
                k += 1;
            }
        }
        return if international_ok(&folded[..k]) { Verdict::Plausible } else { Verdict::Invalid };
    }
    if digits.starts_with(&[0, 0]) {
        // 0044 20 …: the international prefix used in most of Europe. Ids
        // start with zeros too, so only near a phone word, or when the
        // first group is exactly `00` and a calling code (`0034 736 611 076`).
        let first = v.bytes().take_while(u8::is_ascii_digit).count();
        let grouped = first < n
            && phone_plan::split_calling_code(&digits[2..])
                .is_some_and(|(p, rest)| n - rest.len() == first && p.cc > 0);
        return if (grouped || c.near_context()) && international_ok(&digits[2..]) {
            Verdict::Plausible
        } else {
            Verdict::Invalid
        };
    }
    // Fiction ranges apply whatever the shape: 555-01XX after any 3-digit
    // area code, Ofcom and ACMA ranges after the trunk 0.
    let nanp_fiction = |ten: &[u8]| ten[3..6] == [5, 5, 5] && ten[6..8] == [0, 1];
    if (digits[0] == 0 && fictional_nsn(&digits[1..]))
        || (n == 10 && nanp_fiction(digits))
        || (n == 11 && digits[0] == 1 && nanp_fiction(&digits[1..]))
    {
        return Verdict::Invalid;
    }
    // Unix times in seconds and milliseconds (`1716239022`, `1716239022123`).
    let compact = v.bytes().all(|b| b.is_ascii_digit());
    if compact && digits[0] == 1 && (n == 10 || n == 13) {
        return Verdict::Invalid;
    }
    let Some(written) = phone_plan::Written::parse(v) else { return Verdict::Invalid };
    if looks_like_something_else(c, &written) {
        return Verdict::Invalid;
    }
    if let Some(m) = phone_plan::national_format(&written, plan_rules) {
        if (n >= 8 && distinctive(&m, &written, v)) || c.near_context() {
            return Verdict::Plausible;
        }
    }
    // Seven digits (Iceland's 611 4663) only in their country's format and
    // near a phone word: a postcode (`1250-146`) is as likely.
    if n >= 8 && c.near_context() && phone_plan::valid_somewhere(digits, plan_rules) {
        return Verdict::Plausible;
    }
    Verdict::Invalid
}

// ---------------------------------------------------------------------------
// IP addresses
// ---------------------------------------------------------------------------

/// Public IPv4/IPv6 unicast address; no version strings or OIDs.
fn ip_address(c: &Candidate) -> Verdict {
    // A version or section word before (`version 1.2.3.4`, `Section
    // 22.1.4.1`), a fifth component (`1.3.6.1.4.1`) or a `-suffix` after
    // (`12.4.254.14-node`) are in the match only so they can be refused.
    if c.matched.len() != c.value.len() {
        return Verdict::Invalid;
    }
    let public = if c.value.contains(':') {
        c.value.parse::<Ipv6Addr>().is_ok_and(public_v6)
    } else {
        // All four octets equal (`123.123.123.123`) is a made-up example.
        c.value.parse::<Ipv4Addr>().is_ok_and(|ip| public_v4(ip) && !ip.octets().windows(2).all(|w| w[0] == w[1]))
    };
    if public {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0
        || a == 10
        || a == 127
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 169 && b == 254)
        || (a == 172 && (16..32).contains(&b))
        || (a == 192 && b == 168)
        || (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // TEST-NET-2
        || (a == 203 && b == 0 && c == 113) // TEST-NET-3
        || a >= 224) // multicast, reserved, broadcast
}

fn public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // Global unicast is 2000::/3; drop documentation (2001:db8::/32,
    // 3fff::/20) and the IETF protocol block 2001::/23.
    (s[0] & 0xe000) == 0x2000
        && !(s[0] == 0x2001 && s[1] == 0x0db8)
        && !(s[0] == 0x2001 && s[1] < 0x0200)
        && !(s[0] == 0x3fff && s[1] < 0x1000)
}

/// MAC address: one separator style, unicast, not all zeros or ones, not
/// the RFC 7042 documentation block 00-00-5E-00-53-xx.
fn mac_address(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    let seps: Vec<u8> = v.iter().copied().filter(|b| !b.is_ascii_hexdigit()).collect();
    if seps.windows(2).any(|w| w[0] != w[1]) {
        return Verdict::Invalid;
    }
    let hex: Vec<u8> = v
        .iter()
        .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
        .collect::<Vec<_>>()
        .chunks(2)
        .map(|p| p[0] << 4 | p[1])
        .collect();
    if hex.len() != 6 || hex[0] & 1 == 1 || hex.iter().all(|&b| b == 0) || hex[..5] == [0, 0, 0x5e, 0, 0x53] {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// Well-known public DNS resolvers and the classic placeholder: shared
/// infrastructure, not anyone's address.
const PUBLIC_RESOLVERS: &[&str] = &[
    "8.8.8.8",
    "8.8.4.4",
    "1.1.1.1",
    "1.0.0.1",
    "9.9.9.9",
    "149.112.112.112",
    "208.67.222.222",
    "208.67.220.220",
    "4.2.2.2",
    "1.2.3.4",
    "2001:4860:4860::8888",
    "2001:4860:4860::8844",
    "2606:4700:4700::1111",
    "2606:4700:4700::1001",
    "2620:fe::fe",
];

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "email",
        title: "Email address",
        about: about!("A personal email address; documentation domains (RFC 2606/6761), placeholders, role accounts like noreply, git remotes, package versions and URL credentials are skipped."),
        label: "EMAIL",
        severity: Severity::Medium,
        trigger: Trigger::At,
        // An optional `scheme://…` before (no `?`, `#`, `&` or `=` in it, so
        // an address in a query string still matches alone) and `:x`, `.x`
        // or `-x` after are part of the match only so that the validator can
        // refuse URL credentials, URL paths and scp remotes whole. No capture
        // group: this runs at every `@`, and captures need the slow engine.
        pattern: r#"(?:[A-Za-z][A-Za-z0-9+.-]*://[!"$%'-<>@-~]*)?[A-Za-z0-9_][A-Za-z0-9_%+-]*(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?::[!-~]|[.-][A-Za-z0-9])?"#,
        max_len: 320,
        validate: Some(email),
        confidence: 0.9,
        mask: Mask::Email,
        positives: examples![
            "Customer: Jane Ortiz <«jane.ortiz@fastmail.fm»>, order #48213, wants a refund",
            "id,name,email,signup\n1042,Priya Raman,«priya.raman+billing@northwind-traders.co.uk»,2024-03-02",
            "Best regards,\nMarc Dubois\nResponsable logistique | «m.dubois@societe-lumiere.fr»",
            "can you write a polite reply to «kenji.watanabe@tokyo-design.jp» about the late invoice?",
            r#"{"user": {"email": "«o.kowalski@poczta.onet.pl»", "plan": "pro"}}"#,
            "<a href=\"mailto:«lena.fischer@posteo.de»\">Kontakt</a>",
            "book via https://cal.com/invite?guest=«sam.lee@orbitlabs.dev»&t=30 please",
            "Ticket #5521 from «RAUL.MENDEZ@TELEFONICA.ES»: cannot log in",
        ],
        negatives: examples![
            "git clone git@github.com:acme/payments-api.git",
            "write to support@example.com or sales@example.org, or ops@mail.example.net",
            "npm i @types/node lodash@4.17.21 react-dom@18.2.0 @babel/core@^7.24.0",
            "@app.route('/login')\n@login_required\ndef login(): ...",
            "DATABASE_URL=postgres://admin:hunter2@db.acme-internal.io:5432/app",
            "docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
            "replace user@domain.com with your own address, e.g. your.name@yourcompany.com",
            "noreply@github.com sent 12 notifications to 49699333+dependabot[bot]@users.noreply.github.com",
            "retina assets: logo@2x.png, hero@3x.webp",
            "jane@acme.test, bob@staging.localhost, ci@build.invalid, qa@shop.example",
            "ssh -i key.pem ubuntu@ec2-3-91-22-10.compute-1.amazonaws.com",
            "https://jane.doe@bitbucket.org/acme/repo.git",
            "archive: https://lists.iana.org/hyperkitty/list/tz-announce@iana.org/thread/VXIA4AU73",
            "this@MainActivity.startActivity(intent)",
            "go get golang.org/x/tools@v0.21.0",
        ],
        ..Rule::PII
    },
    rule! {
        id: "phone-number",
        title: "Phone number",
        about: about!("International numbers checked by country code and national number length, and national formats (US, UK, DE, FR, ES, IT, NL, IN, BR, AU, JP, CN, KR…) by shape; weak national shapes need a phone word nearby, and numbers reserved for fiction are skipped."),
        label: "PHONE",
        severity: Severity::Medium,
        // E.164 numbers hold at most 15 digits, 17 with a `00` prefix;
        // seven-digit national numbers (Iceland, Estonia) need a phone word.
        trigger: Trigger::Digits { min_digits: 7, max_digits: 17, before: 2, after: 0 },
        // Digit groups joined by one separator, optional `+`, parenthesised
        // area codes; `\b` keeps a group from ending inside `2pm`. Letters
        // and a dash before (`INV-…`) are matched only to be refused; the
        // validator counts the digits, so the groups need no bound here.
        pattern: r"(?:[A-Za-z]+-)?\+?(?:\([0-9]{1,5}(?:[ \-][0-9]{1,4})?\)|[0-9]+\b)(?:[ .\-/]?(?:\([0-9]{1,5}(?:[ \-][0-9]{1,4})?\)|[0-9]+\b))*",
        max_len: 40,
        validate: Some(phone),
        context: &[
            // Words of four bytes or fewer count only as whole words, so
            // `tel` is not found in `hotel` nor `mob` in `mobx`.
            "phone", "tel", "telf", "tlf", "tél", "mobile", "mobil", "mobiel", "mob", "cell", "cellphone",
            "call me", "call us", "call:", "call him", "call her", "call them", "call back", "callback number",
            "give a call", "reach me", "reach us", "text me", "whatsapp", "fax", "sms", "contact:", "contact no",
            "contact number", "contact #", "contact details", "kontakt", "contato", "contacto", "telefon",
            "teléfono", "telefoon", "téléphone", "handy", "portable", "móvil", "movil", "celular", "cellulare",
            "rufnummer", "puhelin", "ph:", "ph.", "office:", "direct line", "hotline", "helpline", "landline",
            "dial-in", "dial in",
            // "Call … back" in French, Spanish, Portuguese, Italian, German.
            "rappel", "appelle", "appeler", "appelez", "llamar", "llámame", "ligue", "ligar", "chiamami",
            "chiamare", "anrufen", "ruf mich",
            "телефон", "电话", "手机", "電話", "携帯", "전화", "휴대폰", "연락처", "फ़ोन", "फोन",
        ],
        context_window: 80,
        positives: examples![
            "Customer callback: «+44 20 7183 8750» (ask for Priya)",
            "name,phone\nLena Fischer,«+49 151 23456789»\nTom Berg,«+46 70 123 45 67»",
            "Mobile: «(415) 867-2309»",
            "pls call me back at «646-728-3190», thanks",
            "Tél. portable : «06 45 78 12 93»",
            "Handy: «0151 23456789», Büro: «030 28471950»",
            "Contacto — teléfono «612 34 56 78»",
            "WhatsApp «98451 27630» for delivery updates",
            "Ligue para «(11) 91234-5678» amanhã",
            "Ring me on «0412 345 678» after 5",
            "電話: «090-1234-5678»",
            "手机：«138 0013 8000»",
            "cellulare «347 123 4567»",
            "mobiel «06-12345678»",
            "Support ticket #88231: customer says «+33 6 45 78 12 93» never gets the SMS code",
            "Phone «+1 (212) 736-4091» ext. 12",
            "tel:«+6581234567»",
            "Kontakt: «+44 (0)161 832 7711»",
            r#"{"name": "João", "phone": "«+5511971954272»"}"#,
            "Rappelle Sofía au «0034 965 544 784» ou écris-lui",
            "Rappelle Davide au «348 705 7802», c'est urgent",
            "फ़ोन: «095915 80427»",
            "Teléfono: «950845860»",
            "Telefone: «031 99183 3338»",
        ],
        negatives: examples![
            "Released on 2024-01-15 at 10:30, build 10.0.19041.1",
            "Server IPs: 192.168.100.200 and 10.20.30.40",
            "Invoice 4500012345 total 1 299,00 EUR",
            "Card 4539 1488 0343 6467 was declined",
            "ISBN 978-3-16-148410-0, Amazon order 112-5551234-7654321",
            "Call 1-800-FLOWERS to order",
            "Fictional numbers: (555) 555-5555, 415-555-0123, +1 202 555 0143",
            "the drama number 07700 900123 from the show",
            "phone: 020 7946 0018 (Ofcom drama range)",
            "timestamps 1716239022 and 1716239022123",
            "ref 612345678 and 98451 27630 without any context",
            "commit 3141592 and 27182818",
            "tel 12 34 56 78",
            "lat/long 48.858370, 2.294481 and 15.01.2024",
            "version 4.15.555.2671",
            "HubSpot contact 751234567 was merged into contact 762345671",
            "ZIP 94105-1234, total € 1 234 567,89 at 12:30:45, SKU 4006381333931",
            "phone 123-456-7890 or (234) 567-8901? (area 123 is not assignable)",
            "Support ticket INV-97594183\nCallback number: see CRM",
            "ref 0034 965 544 784 99 in the ledger",
            "+55119719542721 has one digit too many",
            "order 950845860 shipped",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ip-address",
        title: "Public IP address",
        about: about!("A public IPv4 or IPv6 address; private, loopback, link-local, documentation, multicast and reserved ranges and version strings are skipped."),
        label: "IP_ADDRESS",
        severity: Severity::Low,
        // IPv4 holds 4 to 12 digits; IPv6 groups break digits into short runs.
        trigger: Trigger::Digits { min_digits: 4, max_digits: 12, before: 24, after: 0 },
        // A version word before and further dotted components after are
        // matched only so the validator can refuse them.
        pattern: r"(?:\b(?i:version|ver|v|build|release|rel|revision|rev|firmware|fw|kernel|sdk|update|patch|section|sec|chapter|clause|oid|table|figure|fig|step|item|article|para|rfc ?[0-9]{1,5})[ :=/v.,(\[-]{0,3})?((?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])|[23][0-9A-Fa-f]{3}(?::[0-9A-Fa-f]{0,4}){2,7})(?:\.[0-9]+)*(?:-[A-Za-z])?",
        value_group: 1,
        max_len: 64,
        validate: Some(ip_address),
        known_examples: PUBLIC_RESOLVERS,
        positives: examples![
            "nginx: «203.45.117.9» - - [15/Jan/2024:10:30:00 +0000] \"GET / HTTP/1.1\" 200",
            "ssh deploy@«81.169.145.22» -p 2222 keeps timing out",
            "our office egress is «2604:a880:400:d1::7f3:6001», please allowlist it",
            "X-Forwarded-For: «98.137.27.103», 10.0.0.12",
            "is «81.169.145.22» publicly routable? (restart 52.14.201.99 too)",
        ],
        negatives: examples![
            "upgraded to version 1.2.3.4 yesterday",
            "connect to 192.168.1.20, 10.0.0.5 or 172.20.3.4",
            "docs use 192.0.2.44, 198.51.100.7, 203.0.113.250 and 2001:db8::1",
            "OID 1.3.6.1.4.1.311.21.7",
            "239.255.255.250:1900, 127.0.0.1, 0.0.0.0 and 255.255.255.255",
            "Windows 10.0.19041.1288 and v8.8.8.8",
            "fe80::1ff:fe23:4567:890a, ::1 and fc00::1234",
            "logged at 2024:01:15 12:30:45",
            "CGNAT 100.64.12.7 and benchmark 198.18.0.1",
            "set DNS to 8.8.8.8 and 1.1.1.1 or 2606:4700:4700::1111",
            "see RFC 7540 8.1.2.4 and [Section 22.1.4.1] of ECMA-262",
            "v8: '12.4.254.14-node.11', blockList.addAddress('123.123.123.123')",
        ],
        ..Rule::PII
    },
    rule! {
        id: "mac-address",
        title: "MAC address",
        about: about!("A network card's hardware address written next to a word like MAC, HWaddr or ether; it can track a device, so it is reported at low severity."),
        label: "MAC_ADDRESS",
        severity: Severity::Low,
        trigger: Trigger::Near {
            words: &["mac address", "mac-address", "mac_address", "macaddress", "mac:", "mac=", "mac ", "hwaddr", "ether ", "bssid"],
            before: 0,
            after: 60,
        },
        pattern: r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}",
        max_len: 17,
        validate: Some(mac_address),
        positives: examples![
            "MAC address: «3c:22:fb:7a:91:0e», please whitelist it on the guest wifi",
            "eth0: flags=4163<UP>  ether «a4:83:e7:1f:6c:d2»  txqueuelen 1000",
            "device list: Ana's laptop (MAC «F0-18-98-4B-2A-C7»)",
            "switch port shows mac «0050.56c0.a1b2»",
        ],
        negatives: examples![
            "MAC address 00:00:5e:00:53:2a (documentation range)",
            "mac: ff:ff:ff:ff:ff:ff broadcast and 01:00:5e:7f:ff:fa multicast",
            "MAC 00:00:00:00:00:00",
            "mac 3c:22:fb-7a:91:0e mixed separators",
            "3c:22:fb:7a:91:0e without any keyword",
            "the time was 12:30:45:10:20:30 on the mac",
        ],
        ..Rule::PII
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn cand<'a>(value: &'a str, near_context: bool) -> Candidate<'a> {
        Candidate::with_context(value, near_context)
    }

    #[test]
    fn tld_lists_are_searchable() {
        assert!(GENERIC_TLDS.windows(2).all(|w| w[0] < w[1]), "GENERIC_TLDS must stay sorted");
        for list in [COUNTRY_CODES, EXTRA_CC_TLDS] {
            assert!(list.split(' ').all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase())));
        }
        for tld in ["de", "uk", "xk", "com", "io", "zone"] {
            assert!(known_tld(tld), "{tld}");
        }
        for tld in ["png", "local", "x", "comm", "zz"] {
            assert!(!known_tld(tld), "{tld}");
        }
    }

    #[test]
    fn international_numbers_follow_the_length_table() {
        for ok in [
            "+1 415 867 2309",
            "+44 20 7183 8750",
            "+44 (0)20 7183 8750",
            "+44 020 7183 8750",
            "+49 30 28471950",
            "+33 6 45 78 12 93",
            "+34 612 34 56 78",
            "+39 06 1234 5678",
            "+39 347 123 4567",
            "+31 6 12345678",
            "+91 98451 27630",
            "+55 11 91234-5678",
            "+61 412 345 678",
            "+81 90-4821-7735",
            "+86 138 0013 8000",
            "+52 55 1234 5678",
            "+46 70 123 45 67",
            "+48 512 345 678",
            "+41 79 123 45 67",
            "+32 470 12 34 56",
            "+353 87 123 4567",
            "+65 8123 4567",
            "+27 82 123 4567",
            "+82 10-1234-5678",
        ] {
            assert_eq!(phone(&cand(ok, false)), Verdict::Plausible, "{ok}");
        }
        for bad in [
            "+1 202 555 0143",  // NANP fiction
            "+1 123 456 7890",  // area code starts with 1
            "+44 7700 900123",  // Ofcom drama
            "+44 20 7946 0018", // Ofcom drama
            "+61 491 570 156",  // ACMA fiction
            "+49 30 1",         // too short
            "+33 6 45 78 12 93 1",
            "+99 1234 5678", // no such code
            "+44 0 20 7183 8750 12",
        ] {
            assert_eq!(phone(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }

    #[test]
    fn weak_national_formats_need_context() {
        // Compact digits, two groups of fewer than ten digits without the
        // country's trunk prefix, thousands-like groups.
        for weak in ["0412345678", "4158672309", "015123456789", "5512345678", "512 345 678", "21 295 220"] {
            assert_eq!(phone(&cand(weak, false)), Verdict::Invalid, "{weak}");
            assert_eq!(phone(&cand(weak, true)), Verdict::Plausible, "{weak}");
        }
        // Written the way the country writes its numbers: trunk prefix or
        // bracketed area code, or three or more of its digit groups.
        for strong in [
            "(415) 867-2309",
            "415.867.2309",
            "07911 123456",
            "06 45 78 12 93",
            "(11) 91234-5678",
            "030 28471950",
            "612 34 56 78",
            "138 0013 8000",
            "8 (916) 123-45-67",
            "0812-3456-7890",
            "098451 27630",
            "98451 27630",
            "8123 4567",
        ] {
            assert_eq!(phone(&cand(strong, false)), Verdict::Plausible, "{strong}");
        }
        for never in [
            "2024-01-15",
            "15.01.2024",
            "4539 1488 0343 6467",
            "192.168.100.200",
            "1716239022",
            "123456789",
            "12 345 678",
            "48.858370",
        ] {
            assert_eq!(phone(&cand(never, true)), Verdict::Invalid, "{never}");
        }
    }

    #[test]
    fn email_checks() {
        for ok in ["jane.ortiz@fastmail.fm", "a.b+tag@mail.acme-corp.co.uk", "x_y@uni-heidelberg.de", "ceo@startup.ai"]
        {
            assert_eq!(email(&cand(ok, false)), Verdict::Plausible, "{ok}");
        }
        for bad in [
            "logo@2x.png",
            "jane@acme.test",
            "bob@example.com",
            "bob@docs.example.org",
            "user@gmail.com",
            "noreply@github.com",
            "your.name@yourcompany.com",
            "xxx@xxx.com",
            "jane@acme.local",
        ] {
            assert_eq!(email(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }

    #[test]
    fn ip_ranges() {
        for ok in ["8.8.4.4", "81.169.145.22", "172.15.0.1", "2606:4700:4700::1111", "2a00:1450:4001:829::200e"] {
            assert_eq!(ip_address(&cand(ok, false)), Verdict::Plausible, "{ok}");
        }
        for bad in
            ["10.1.2.3", "172.31.255.255", "192.0.2.1", "224.0.0.1", "2001:db8::1", "3fff::1", "fe80::1", "01.2.3.4"]
        {
            assert_eq!(ip_address(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }

    #[test]
    fn mac_checks() {
        for ok in ["3c:22:fb:7a:91:0e", "F0-18-98-4B-2A-C7", "0050.56c0.a1b2"] {
            assert_eq!(mac_address(&cand(ok, false)), Verdict::Plausible, "{ok}");
        }
        for bad in ["01:00:5e:7f:ff:fa", "00:00:00:00:00:00", "00:00:5e:00:53:01", "3c:22:fb-7a:91:0e"] {
            assert_eq!(mac_address(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }
}
