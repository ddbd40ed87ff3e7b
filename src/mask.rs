//! Masked previews: enough to recognise what was found, never the value
//! itself. Each shape keeps what a receipt or a bank statement would print
//! (the last digits, the country) or what is not the secret (the host a
//! password is for, the domain of an address), so that a user can tell
//! thirty findings apart and find the one that matters.

use crate::rule::Mask;

/// Longest run of `*` in a preview; the length of a value is not a secret
/// worth revealing either, past a point.
const MAX_STARS: usize = 12;

/// Longest host or e-mail domain shown; longer ones are cut with `…`.
const MAX_HOST: usize = 64;

/// Builds the preview of `value` under `mask`. [`Mask::UriHost`] needs the
/// text around the value and masks it whole here; see [`preview_in`].
pub fn preview(value: &str, mask: Mask) -> String {
    let chars = value.chars().count();
    match mask {
        Mask::KeepPrefix(n) => {
            // Never keep more than a third of the value, whatever the rule
            // says: a short match must not be shown nearly whole.
            let keep = (n as usize).min(chars / 3);
            let head: String = value.chars().take(keep).collect();
            head + &stars(chars - keep)
        }
        Mask::LastFour => {
            let digits: Vec<char> = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() < 12 {
                return stars(chars);
            }
            let tail: String = digits[digits.len() - 4..].iter().collect();
            stars(digits.len() - 4) + &tail
        }
        Mask::Email => email(value).unwrap_or_else(|| stars(chars)),
        Mask::Phone => phone(value).unwrap_or_else(|| stars(chars)),
        Mask::Iban => iban(value).unwrap_or_else(|| stars(chars)),
        Mask::UriHost | Mask::All => stars(chars),
    }
}

/// The preview of `text[start..end]` (UTF-8 byte offsets on char
/// boundaries) under `mask`, with the text around it for the masks that
/// show where a value is used ([`Mask::UriHost`]).
pub fn preview_in(text: &str, start: usize, end: usize, mask: Mask) -> String {
    let value = &text[start..end];
    match mask {
        Mask::UriHost => uri_host(text, start, end).unwrap_or_else(|| stars(value.chars().count())),
        _ => preview(value, mask),
    }
}

fn stars(n: usize) -> String {
    "*".repeat(n.clamp(1, MAX_STARS))
}

// Written over bytes and without `format!`: these run in the WebAssembly
// module, where each generic string search and formatting call costs size
// (the first version, on `char` iterators and `format!`, was 4 KB gzipped).

/// Appends `host`, cut to [`MAX_HOST`] bytes with `…`.
fn push_host(out: &mut String, host: &str) {
    if host.len() <= MAX_HOST {
        out.push_str(host);
        return;
    }
    let mut cut = MAX_HOST - 1;
    while !host.is_char_boundary(cut) {
        cut -= 1;
    }
    out.push_str(&host[..cut]);
    out.push('…');
}

/// Appends ASCII bytes (digits, letters) as they are.
fn push_ascii(out: &mut String, bytes: &[u8]) {
    for &b in bytes {
        out.push(char::from(b));
    }
}

/// `j***@acme-corp.com`: the first letter or digit of the local part and
/// the whole domain. A domain is where someone works or which provider
/// they use, not the address; with it, thirty addresses read differently.
fn email(value: &str) -> Option<String> {
    let at = value.rfind('@')?;
    let (local, domain) = (&value[..at], &value[at + 1..]);
    if local.is_empty() || domain.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(domain.len() + 5);
    if local.as_bytes()[0].is_ascii_alphanumeric() {
        out.push(char::from(local.as_bytes()[0]));
    }
    out.push_str("***@");
    push_host(&mut out, domain);
    Some(out)
}

/// `+49 *** ** 34`: the country calling code and the last two digits, as
/// written with `+` or `00`; a national number keeps only the last two.
fn phone(value: &str) -> Option<String> {
    let digits: Vec<u8> = value.bytes().filter(u8::is_ascii_digit).collect();
    let n = digits.len();
    if n < 6 {
        return None;
    }
    let international = if value.trim_start().starts_with('+') {
        Some(0)
    } else if digits.starts_with(b"00") {
        Some(2)
    } else {
        None
    };
    let mut out = String::with_capacity(16);
    if let Some(from) = international {
        // Enough digits must stay hidden whatever the code's length.
        match calling_code_len(&digits[from..]) {
            Some(len) if n - from >= len + 6 => {
                out.push('+');
                push_ascii(&mut out, &digits[from..from + len]);
                out.push(' ');
            }
            _ => {}
        }
    }
    out.push_str("*** ** ");
    push_ascii(&mut out, &digits[n - 2..]);
    Some(out)
}

/// Length of the ITU-T E.164 country calling code that `digits` starts
/// with. Calling codes form a prefix code, so the zone digit and the next
/// one decide it: zones 1 and 7 are one digit; elsewhere the two-digit
/// codes are the ones listed and the rest of the zone has three digits.
fn calling_code_len(digits: &[u8]) -> Option<usize> {
    let zone = *digits.first()?;
    if zone == b'1' || zone == b'7' {
        return Some(1);
    }
    let second = *digits.get(1)?;
    let two_digit: &[u8] = match zone {
        b'2' => b"07",
        b'3' => b"0123469",
        b'4' => b"013456789",
        b'5' => b"12345678",
        b'6' => b"0123456",
        b'8' => b"1246",
        b'9' => b"0123458",
        _ => return None,
    };
    let len = if two_digit.contains(&second) { 2 } else { 3 };
    (digits.len() > len).then_some(len)
}

/// `DE** **** 6613`: the country code and the last four characters, what a
/// bank statement prints of an account; the check digits and the bank and
/// branch codes stay hidden.
fn iban(value: &str) -> Option<String> {
    let compact: Vec<u8> = value.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let n = compact.len();
    if n < 15 || !compact[..2].iter().all(u8::is_ascii_uppercase) || !compact.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(14);
    push_ascii(&mut out, &compact[..2]);
    out.push_str("** **** ");
    push_ascii(&mut out, &compact[n - 4..]);
    Some(out)
}

/// Bytes a host name (or an IP literal) may hold.
fn host_len(s: &[u8]) -> usize {
    s.iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b'[' | b']' | b':')))
        .unwrap_or(s.len())
}

/// The host without its port (`[::1]:5432` keeps the brackets).
fn without_port(host: &[u8]) -> &[u8] {
    let end = if host.first() == Some(&b'[') {
        host.iter().position(|&c| c == b']').map_or(host.len(), |i| i + 1)
    } else {
        host.iter().position(|&c| c == b':').unwrap_or(host.len())
    };
    &host[..end]
}

/// `scheme://***@host` and `/***` when a path or query follows.
fn uri_preview(scheme: &[u8], host: &[u8], path_follows: bool) -> Option<String> {
    let mut out = String::with_capacity(scheme.len() + host.len() + 12);
    push_ascii(&mut out, scheme);
    out.push_str("://***@");
    push_host(&mut out, std::str::from_utf8(host).ok()?);
    if path_follows {
        out.push_str("/***");
    }
    Some(out)
}

/// `postgres://***@db.internal.example/***`: the scheme and the host a
/// password in a URL is for (the user name, the password and the path
/// hidden). The value is the password: in `scheme://user:password@host`
/// the host follows it; in a JDBC URL (`jdbc:mysql://host/db?…password=`)
/// it comes before. `None` when no `://` leads to the value on its line.
fn uri_host(text: &str, start: usize, end: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let line_start = bytes[..start].iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |i| i + 1);
    let before = &bytes[line_start..start];
    let after = &bytes[end..];
    let Some(sep) = before.windows(3).rposition(|w| w == b"://") else { return oracle_thin(before, after) };
    let mut from = sep;
    while from > 0
        && (before[from - 1].is_ascii_alphanumeric() || matches!(before[from - 1], b'+' | b'.' | b'-' | b':'))
    {
        from -= 1;
    }
    while from < sep && before[from] == b':' {
        from += 1;
    }
    if from == sep || !before[from].is_ascii_alphabetic() {
        return None;
    }
    let authority = &before[sep + 3..];
    if !authority.iter().any(|&c| matches!(c, b'/' | b'?' | b';' | b'&')) {
        // `user:password@host…`: the host is after the value's `@`.
        let host = after.strip_prefix(b"@")?;
        let len = host_len(host);
        // A port is part of `host_len`'s bytes; it is not shown.
        let shown = without_port(&host[..len]);
        let path_follows = matches!(host.get(len), Some(b'/' | b'?' | b';'));
        return if shown.is_empty() { None } else { uri_preview(&before[from..sep], shown, path_follows) };
    }
    // The value is a property after the host: `//[user@]host[:port]/…`.
    let part = &authority[..authority.iter().position(|&c| matches!(c, b'/' | b'?' | b';')).unwrap_or(authority.len())];
    let part = part.iter().rposition(|&c| c == b'@').map_or(part, |i| &part[i + 1..]);
    let host = without_port(&part[..host_len(part)]);
    if host.is_empty() {
        return None;
    }
    uri_preview(&before[from..sep], host, true)
}

/// Oracle's thin JDBC form, `jdbc:oracle:thin:user/password@//host:port/service`.
fn oracle_thin(before: &[u8], after: &[u8]) -> Option<String> {
    const SCHEME: &[u8] = b"jdbc:oracle:thin:";
    before.windows(SCHEME.len()).any(|w| w == SCHEME).then_some(())?;
    let after = after.strip_prefix(b"@")?;
    let after = after.strip_prefix(b"//").unwrap_or(after);
    let host = without_port(&after[..host_len(after)]);
    if host.is_empty() {
        return None;
    }
    uri_preview(&SCHEME[..SCHEME.len() - 1], host, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_never_contain_the_secret_part() {
        let token = "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";
        let p = preview(token, Mask::KeepPrefix(4));
        assert_eq!(p, "ghp_************");
        assert_eq!(preview("4539 1488 0343 6467", Mask::LastFour), "************6467");
        assert_eq!(preview("hunter2", Mask::All), "*******");
        // A short value keeps at most a third of its characters.
        assert_eq!(preview("abcdef", Mask::KeepPrefix(4)), "ab****");
    }

    #[test]
    fn emails_keep_the_domain_so_that_many_read_differently() {
        assert_eq!(preview("jane.doe@acme-corp.com", Mask::Email), "j***@acme-corp.com");
        assert_eq!(preview("p.schmidt@web.de", Mask::Email), "p***@web.de");
        assert_eq!(preview("_x@mail.example.org", Mask::Email), "***@mail.example.org");
        let long = format!("a@{}.com", "d".repeat(100));
        assert_eq!(preview(&long, Mask::Email).chars().count(), "a***@".len() + MAX_HOST);
        assert_eq!(preview("no-at-sign", Mask::Email), "**********");
    }

    #[test]
    fn phones_keep_the_country_code_and_the_last_two_digits() {
        assert_eq!(preview("+49 151 23456734", Mask::Phone), "+49 *** ** 34");
        assert_eq!(preview("+4915123456734", Mask::Phone), "+49 *** ** 34");
        assert_eq!(preview("0034 965 544 784", Mask::Phone), "+34 *** ** 84");
        assert_eq!(preview("+1 (212) 736-4091", Mask::Phone), "+1 *** ** 91");
        assert_eq!(preview("+353 85 123 4567", Mask::Phone), "+353 *** ** 67");
        assert_eq!(preview("+7 912 345 67 89", Mask::Phone), "+7 *** ** 89");
        assert_eq!(preview("(415) 867-2309", Mask::Phone), "*** ** 09");
        assert_eq!(preview("06 45 78 12 93", Mask::Phone), "*** ** 93");
        assert_eq!(preview("12345", Mask::Phone), "*****");
    }

    #[test]
    fn calling_codes_are_read_as_the_prefix_code_they_are() {
        let len = |s: &str| calling_code_len(s.as_bytes());
        assert_eq!(len("14155550100"), Some(1));
        assert_eq!(len("4420"), Some(2));
        assert_eq!(len("4219"), Some(3), "42x is Czechia/Slovakia/Liechtenstein");
        assert_eq!(len("35312"), Some(3), "Ireland");
        assert_eq!(len("2712"), Some(2), "South Africa");
        assert_eq!(len("23412"), Some(3), "Nigeria");
        assert_eq!(len("8613"), Some(2), "China");
        assert_eq!(len("85212"), Some(3), "Hong Kong");
        assert_eq!(len("9715"), Some(3), "UAE");
        assert_eq!(len("9198"), Some(2), "India");
        assert_eq!(len("0"), None);
    }

    #[test]
    fn ibans_keep_the_country_and_the_last_four() {
        assert_eq!(preview("DE50 5260 1815 9083 0166 13", Mask::Iban), "DE** **** 6613");
        assert_eq!(preview("GB55CRNB91390996030824", Mask::Iban), "GB** **** 0824");
        assert_eq!(preview("short", Mask::Iban), "*****");
    }

    /// The preview of the `«…»`-marked value in `text`.
    fn marked(text: &str) -> String {
        let start = text.find('«').unwrap();
        let value = text[start..].trim_start_matches('«').split('»').next().unwrap();
        let plain = text.replace(['«', '»'], "");
        preview_in(&plain, start, start + value.len(), Mask::UriHost)
    }

    #[test]
    fn connection_urls_keep_the_scheme_and_the_host() {
        assert_eq!(
            marked("DATABASE_URL=postgres://app:«Vx9!kq2Lr7@pz»@db.internal:5432/app"),
            "postgres://***@db.internal/***"
        );
        assert_eq!(
            marked("x = create_engine(\"postgresql+psycopg2://etl:«hT4pQ2wZx8»@10.0.3.7/warehouse\")"),
            "postgresql+psycopg2://***@10.0.3.7/***"
        );
        assert_eq!(marked("celery broker is redis://:«pX9v2KqL8w»@cache:6379/0"), "redis://***@cache/***");
        assert_eq!(marked("mongodb://app:«q8ZrT2mWv9»@[fd00::12]:27017/"), "mongodb://***@[fd00::12]/***");
        assert_eq!(
            marked("REDIS=rediss://default:«Ab7Qx2LmN9»@redis.example.com:12345"),
            "rediss://***@redis.example.com"
        );
        assert_eq!(
            marked("jdbc:mysql://db:3306/shop?user=shop&password=«Tq9xV2pL7w»&useSSL=true"),
            "jdbc:mysql://***@db/***"
        );
        assert_eq!(
            marked("url=jdbc:sqlserver://sql01:1433;databaseName=erp;user=erp;password=«Pw8!zKq3Lm»;"),
            "jdbc:sqlserver://***@sql01/***"
        );
        // No URL around the value: masked whole.
        assert_eq!(marked("Password=«v9Lq2Xw7Tz»"), "**********");
        assert_eq!(
            marked("jdbc:oracle:thin:scott/«T1ger2024x»@//ora-prod:1521/ORCL"),
            "jdbc:oracle:thin://***@ora-prod/***"
        );
    }
}
