//! Check-digit and date algorithms of European national identifiers.
//!
//! Pure functions over digits (and, for a few formats, letters); the rule
//! validators in `ids_europe.rs` extract the characters and decide whether
//! context is required. Each algorithm is tested below against the examples
//! its issuer or the standard reference publishes.

/// Exactly `N` ASCII digits of `s`, skipping separators; `None` if `s`
/// holds another number of digits.
pub(super) fn digits<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    let mut n = 0;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        if n == N {
            return None;
        }
        out[n] = b - b'0';
        n += 1;
    }
    (n == N).then_some(out)
}

/// The number formed by `d` (at most 18 digits).
fn number(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |acc, &x| acc * 10 + x as u64)
}

/// `d[0]d[1]` as a two-digit number.
fn two(d: &[u8]) -> u32 {
    d[0] as u32 * 10 + d[1] as u32
}

/// Weighted digit sum.
fn weighted(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, &w)| x as u32 * w).sum()
}

/// Whether all digits are equal (`000000000`, `1111111111`): never issued.
pub(super) fn all_same_digit(d: &[u8]) -> bool {
    d.windows(2).all(|w| w[0] == w[1])
}

fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Whether `year-month-day` is a calendar date.
pub(super) fn valid_date(year: u32, month: u32, day: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A date whose century is unknown: 29 February is accepted in any year
/// that is a leap year in either the 1900s or the 2000s.
pub(super) fn valid_date_any_century(yy: u32, month: u32, day: u32) -> bool {
    valid_date(1900 + yy, month, day) || valid_date(2000 + yy, month, day)
}

/// Luhn over a digit slice (the check digit is the last one).
fn luhn(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = x as u32;
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

// ---------------------------------------------------------------- UK

/// NINO prefix: first letter not D F I Q U V, second not D F I O Q U V,
/// and none of BG GB KN NK NT TN ZZ (HMRC NIM39110).
pub(super) fn nino_prefix_ok(a: u8, b: u8) -> bool {
    let a = a.to_ascii_uppercase();
    let b = b.to_ascii_uppercase();
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
        return false;
    }
    if b"DFIQUV".contains(&a) || b"DFIOQUV".contains(&b) {
        return false;
    }
    !matches!(&[a, b], b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ")
}

/// NHS number: weights 10..2 on the first nine digits, check = 11 − sum
/// mod 11 (11 → 0, 10 → never issued).
pub(super) fn nhs_valid(d: &[u8; 10]) -> bool {
    let r = weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let check = (11 - r) % 11;
    check != 10 && check == d[9] as u32
}

/// UK Unique Taxpayer Reference: the first digit checks the other nine
/// (weights 6 7 8 9 10 5 4 3 2, remainder mod 11 through `21987654321`).
pub(super) fn utr_valid(d: &[u8; 10]) -> bool {
    const CHECK: [u8; 11] = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    let r = weighted(&d[1..], &[6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
    CHECK[r as usize] == d[0]
}

// ---------------------------------------------------------------- Ireland

/// PPS number: `digits` weighted 8..2, plus 9 × the value of a 2013-style
/// second letter (A = 1, B = 2, H = 8; W, T, X or none count 0); the sum
/// mod 23 is the check letter with W = 0, A = 1 … V = 22.
pub(super) fn pps_valid(digits: &[u8; 7], check: u8, second: Option<u8>) -> bool {
    let extra = match second.map(|c| c.to_ascii_uppercase()) {
        Some(c @ (b'A' | b'B' | b'H')) => (c - b'A' + 1) as u32,
        Some(b'W' | b'T' | b'X') | None => 0,
        Some(_) => return false,
    };
    let r = (weighted(digits, &[8, 7, 6, 5, 4, 3, 2]) + 9 * extra) % 23;
    let expected = if r == 0 { b'W' } else { b'A' + r as u8 - 1 };
    check.to_ascii_uppercase() == expected
}

// ---------------------------------------------------------------- France

/// NIR (numéro de sécurité sociale), 15 characters without separators:
/// sex, YY, MM, department (2A/2B for Corsica), commune, order, key.
/// The key is 97 − (first 13 digits mod 97), with 2A read as 19 and 2B as
/// 18. Sex 1/2 (3/4 and 7/8 for provisional numbers); month 01–12, or 20,
/// 30–42, 50–99 where the civil record lacks it.
pub(super) fn nir_valid(s: &[u8; 15]) -> bool {
    let mut d = [0u8; 15];
    for (i, &c) in s.iter().enumerate() {
        d[i] = match (i, c.to_ascii_uppercase()) {
            (_, b'0'..=b'9') => c - b'0',
            // "2A" → 19, "2B" → 18 for the key.
            (6, b'A') if s[5] == b'2' => 9,
            (6, b'B') if s[5] == b'2' => 8,
            _ => return false,
        };
    }
    let corsica = !s[6].is_ascii_digit();
    if corsica {
        d[5] = 1;
    }
    if !matches!(d[0], 1 | 2 | 3 | 4 | 7 | 8) {
        return false;
    }
    let month = two(&d[3..5]);
    if !matches!(month, 1..=12 | 20 | 30..=42 | 50..=99) {
        return false;
    }
    if !corsica && two(&d[5..7]) == 0 {
        return false;
    }
    let key = two(&d[13..15]) as u64;
    key >= 1 && key == 97 - number(&d[..13]) % 97
}

// ---------------------------------------------------------------- Germany

/// Steuerliche Identifikationsnummer: 11 digits, no leading zero; in the
/// first ten exactly one digit occurs twice or three times (a triple never
/// in three adjacent places); check digit by ISO 7064 MOD 11,10.
pub(super) fn de_idnr_valid(d: &[u8; 11]) -> bool {
    if d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[x as usize] += 1;
    }
    let repeated: Vec<usize> = (0..10).filter(|&i| counts[i] > 1).collect();
    if repeated.len() != 1 || counts[repeated[0]] > 3 {
        return false;
    }
    if counts[repeated[0]] == 3 && d[..10].windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        return false;
    }
    iso7064_mod11_10_check(&d[..10]) == d[10]
}

/// ISO 7064 MOD 11,10 check digit of `d`.
fn iso7064_mod11_10_check(d: &[u8]) -> u8 {
    let mut product = 10u32;
    for &x in d {
        let mut sum = (x as u32 + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (2 * sum) % 11;
    }
    ((11 - product) % 10) as u8
}

/// ICAO 9303 check digit (weights 7, 3, 1; letters A = 10 … Z = 35), as
/// printed after the document number in the machine-readable zone.
pub(super) fn icao_check_digit(s: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, &c) in s.iter().enumerate() {
        let v = match c.to_ascii_uppercase() {
            c @ b'0'..=b'9' => (c - b'0') as u32,
            c @ b'A'..=b'Z' => (c - b'A') as u32 + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += v * [7, 3, 1][i % 3];
    }
    Some((sum % 10) as u8)
}

// ---------------------------------------------------------------- Spain

/// DNI/NIE control letter of a number.
pub(super) fn dni_letter(n: u32) -> u8 {
    b"TRWAGMYFPDXBNJZSQVHLCKE"[(n % 23) as usize]
}

// ---------------------------------------------------------------- Italy

/// Codice fiscale: 16 characters; omocodia letters LMNPQRSTUV stand for
/// digits 0–9 in the numeric places; month letter ABCDEHLMPRST; day 1–31,
/// +40 for women; check letter from the odd/even tables mod 26.
pub(super) fn codice_fiscale_valid(s: &[u8; 16]) -> bool {
    const ODD: [u32; 26] =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let mut u = [0u8; 16];
    for (i, &c) in s.iter().enumerate() {
        u[i] = c.to_ascii_uppercase();
    }
    let digit = |c: u8| -> Option<u32> {
        match c {
            b'0'..=b'9' => Some((c - b'0') as u32),
            _ => b"LMNPQRSTUV".iter().position(|&x| x == c).map(|p| p as u32),
        }
    };
    for i in [0, 1, 2, 3, 4, 5, 8, 11, 15] {
        if !u[i].is_ascii_uppercase() {
            return false;
        }
    }
    let mut numeric = [0u32; 16];
    for i in [6, 7, 9, 10, 12, 13, 14] {
        match digit(u[i]) {
            Some(v) => numeric[i] = v,
            None => return false,
        }
    }
    let Some(month) = b"ABCDEHLMPRST".iter().position(|&x| x == u[8]) else { return false };
    let yy = numeric[6] * 10 + numeric[7];
    let mut day = numeric[9] * 10 + numeric[10];
    if day > 40 {
        day -= 40;
    }
    if !valid_date_any_century(yy, month as u32 + 1, day) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in u[..15].iter().enumerate() {
        let idx = if c.is_ascii_digit() { (c - b'0') as usize } else { (c - b'A') as usize };
        sum += if i % 2 == 0 { ODD[idx] } else { idx as u32 };
    }
    u[15] == b'A' + (sum % 26) as u8
}

// ---------------------------------------------------------------- Netherlands

/// BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).
pub(super) fn bsn_valid(d: &[u8; 9]) -> bool {
    let s = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) as i32 - d[8] as i32;
    s % 11 == 0 && !all_same_digit(d)
}

// ---------------------------------------------------------------- Belgium

/// Belgian national number YYMMDD SSS CC: CC = 97 − (YYMMDDSSS mod 97), or
/// with a 2 prepended for people born from 2000. Month 0 and day 0 stand
/// for unknown parts; BIS numbers add 20 or 40 to the month. Returns the
/// century the check digits prove.
pub(super) fn be_nn_century(d: &[u8; 11]) -> Option<u32> {
    let base = number(&d[..9]);
    let cc = two(&d[9..]) as u64;
    let century = if 97 - base % 97 == cc {
        1900
    } else if 97 - (2_000_000_000 + base) % 97 == cc {
        2000
    } else {
        return None;
    };
    let year = century + two(&d[..2]);
    let month = match two(&d[2..4]) {
        m @ 0..=12 => m,
        m @ 20..=32 => m - 20,
        m @ 40..=52 => m - 40,
        _ => return None,
    };
    let day = two(&d[4..6]);
    let ok = month == 0 || day == 0 || valid_date(year, month, day);
    ok.then_some(century)
}

// ---------------------------------------------------------------- Poland

/// PESEL: weights 1 3 7 9 1 3 7 9 1 3, check = (10 − sum mod 10) mod 10;
/// the month carries the century (+80 → 1800s, +0, +20, +40, +60 → 2200s).
pub(super) fn pesel_valid(d: &[u8; 11]) -> bool {
    let sum = weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    if (10 - sum % 10) % 10 != d[10] as u32 {
        return false;
    }
    let m = two(&d[2..4]);
    let (century, month) = match m {
        81..=92 => (1800, m - 80),
        1..=12 => (1900, m),
        21..=32 => (2000, m - 20),
        41..=52 => (2100, m - 40),
        61..=72 => (2200, m - 60),
        _ => return false,
    };
    valid_date(century + two(&d[..2]), month, two(&d[4..6]))
}

// ---------------------------------------------------------------- Nordics

/// Swedish personnummer (10 digits YYMMDDNNNC, or 12 with the century):
/// Luhn over the last ten digits; samordningsnummer add 60 to the day.
pub(super) fn personnummer_valid(d: &[u8]) -> bool {
    let (century, ten) = match d.len() {
        10 => (None, d),
        12 => (Some(two(&d[..2])), &d[2..]),
        _ => return false,
    };
    if let Some(c) = century {
        if !(18..=20).contains(&c) {
            return false;
        }
    }
    let yy = two(&ten[..2]);
    let month = two(&ten[2..4]);
    let mut day = two(&ten[4..6]);
    if day > 60 {
        day -= 60;
    }
    let date_ok = match century {
        Some(c) => valid_date(c * 100 + yy, month, day),
        None => valid_date_any_century(yy, month, day),
    };
    date_ok && luhn(ten)
}

/// Finnish henkilötunnus DDMMYYCZZZQ: century sign `+` (1800s), `-` or
/// U–Y (1900s), A–F (2000s); individual number 002–999; Q is
/// `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYZZZ mod 31].
pub(super) fn hetu_valid(s: &[u8; 11]) -> bool {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let mut d = [0u8; 9];
    for (i, &c) in s[..6].iter().chain(&s[7..10]).enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        d[i] = c - b'0';
    }
    let century = match s[6].to_ascii_uppercase() {
        b'+' => 1800,
        b'-' | b'U'..=b'Y' => 1900,
        b'A'..=b'F' => 2000,
        _ => return false,
    };
    if !valid_date(century + two(&d[4..6]), two(&d[2..4]), two(&d[..2])) {
        return false;
    }
    if number(&d[6..9]) < 2 {
        return false;
    }
    s[10].to_ascii_uppercase() == CHECK[(number(&d) % 31) as usize]
}

/// Danish CPR DDMMYY-SSSS: a valid date, the century read from the first
/// sequence digit. No checksum: modulus 11 was dropped in 2007.
pub(super) fn cpr_date_valid(d: &[u8; 10]) -> bool {
    let yy = two(&d[4..6]);
    let century = match d[6] {
        0..=3 => 1900,
        4 | 9 if yy >= 37 => 1900,
        4 | 9 => 2000,
        5..=8 if yy >= 58 => 1800,
        _ => 2000,
    };
    valid_date(century + yy, two(&d[2..4]), two(&d[..2]))
}

/// Norwegian fødselsnummer DDMMYYIIIKK: two mod-11 check digits (weights
/// 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2); D-numbers add 40 to the
/// day, H-numbers 40 to the month; the individual number gives the century.
pub(super) fn fodselsnummer_valid(d: &[u8; 11]) -> bool {
    let check = |w: &[u32], n: usize| -> bool {
        let c = (11 - weighted(&d[..n], w) % 11) % 11;
        c != 10 && c == d[n] as u32
    };
    if !check(&[3, 7, 6, 1, 8, 9, 4, 5, 2], 9) || !check(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10) {
        return false;
    }
    let mut day = two(&d[..2]);
    let mut month = two(&d[2..4]);
    let yy = two(&d[4..6]);
    if day > 40 {
        day -= 40;
    }
    if month > 40 {
        month -= 40;
    }
    let individual = number(&d[6..9]);
    let century = match individual {
        0..=499 => 1900,
        500..=749 if yy >= 54 => 1800,
        500..=999 if yy < 40 => 2000,
        900..=999 => 1900,
        _ => return false,
    };
    valid_date(century + yy, month, day)
}

// ---------------------------------------------------------------- Portugal

/// Portuguese NIF: weights 9..2, check = 11 − sum mod 11 (10, 11 → 0).
/// First digit 1–3 (people), 5, 6, 8, 9, or the prefixes 45 and 7x.
pub(super) fn pt_nif_valid(d: &[u8; 9]) -> bool {
    let first_ok = match d[0] {
        1 | 2 | 3 | 5 | 6 | 7 | 8 | 9 => true,
        4 => d[1] == 5,
        _ => false,
    };
    let r = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r < 2 { 0 } else { 11 - r };
    first_ok && check == d[8] as u32
}

// ---------------------------------------------------------------- Switzerland

/// EAN-13 check digit (weights 1, 3 from the left), as used by the AHV/AVS
/// number 756.XXXX.XXXX.XC.
pub(super) fn ean13_valid(d: &[u8; 13]) -> bool {
    let sum = weighted(&d[..12], &[1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
    (10 - sum % 10) % 10 == d[12] as u32
}

// ---------------------------------------------------------------- Austria

/// Austrian Versicherungsnummer SSSC DDMMYY: C = (3 7 9 · SSS + 5 8 4 2 1 6 ·
/// DDMMYY) mod 11 (10 is never issued); serial 100–999; a valid date.
pub(super) fn at_svnr_valid(d: &[u8; 10]) -> bool {
    if d[0] == 0 {
        return false;
    }
    let s = weighted(&d[..3], &[3, 7, 9]) + weighted(&d[4..], &[5, 8, 4, 2, 1, 6]);
    let c = s % 11;
    c != 10 && c == d[3] as u32 && valid_date_any_century(two(&d[8..10]), two(&d[6..8]), two(&d[4..6]))
}

// ---------------------------------------------------------------- Czechia / Slovakia

/// Rodné číslo YYMMDD/SSS[C]: month +50 for women, +20 when a day's serials
/// ran out (since 2004); ten-digit numbers (from 1954) are divisible by 11,
/// or end in 0 when the first nine leave remainder 10; nine-digit numbers
/// only before 1954.
pub(super) fn rodne_cislo_valid(d: &[u8]) -> bool {
    let yy = two(&d[..2]);
    let year = match d.len() {
        9 if yy < 54 => 1900 + yy,
        10 if yy >= 54 => 1900 + yy,
        10 => 2000 + yy,
        _ => return false,
    };
    let month = match two(&d[2..4]) {
        m @ 1..=12 => m,
        m @ 21..=32 if year >= 2004 => m - 20,
        m @ 51..=62 => m - 50,
        m @ 71..=82 if year >= 2004 => m - 70,
        _ => return false,
    };
    if !valid_date(year, month, two(&d[4..6])) {
        return false;
    }
    if d.len() == 10 {
        let r = number(&d[..9]) % 11;
        return (r % 10) as u8 == d[9];
    }
    true
}

// ---------------------------------------------------------------- Greece

/// AMKA: DDMMYY + serial, Luhn over all eleven digits.
pub(super) fn amka_valid(d: &[u8; 11]) -> bool {
    luhn(d) && valid_date_any_century(two(&d[4..6]), two(&d[2..4]), two(&d[..2]))
}

// ---------------------------------------------------------------- Romania

/// CNP S YY MM DD JJ NNN C: weights 2 7 9 1 4 6 3 5 8 2 7 9, remainder mod
/// 11 (10 → 1); S gives sex and century; JJ is a county 01–48, 51, 52 or
/// the single code 70 used since 2024.
pub(super) fn cnp_valid(d: &[u8; 13]) -> bool {
    let sum = weighted(&d[..12], &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]);
    let check = match sum % 11 {
        10 => 1,
        r => r,
    };
    if check != d[12] as u32 {
        return false;
    }
    let yy = two(&d[1..3]);
    let (month, day) = (two(&d[3..5]), two(&d[5..7]));
    let date_ok = match d[0] {
        1 | 2 => valid_date(1900 + yy, month, day),
        3 | 4 => valid_date(1800 + yy, month, day),
        5 | 6 => valid_date(2000 + yy, month, day),
        7..=9 => valid_date_any_century(yy, month, day),
        _ => false,
    };
    date_ok && matches!(two(&d[7..9]), 1..=48 | 51 | 52 | 70)
}

// ---------------------------------------------------------------- Turkey

/// T.C. Kimlik No: no leading zero; d10 = (7·(d1+d3+d5+d7+d9) −
/// (d2+d4+d6+d8)) mod 10; d11 = (d1+…+d10) mod 10.
pub(super) fn tckn_valid(d: &[u8; 11]) -> bool {
    if d[0] == 0 {
        return false;
    }
    let odd: i32 = [0, 2, 4, 6, 8].iter().map(|&i| d[i] as i32).sum();
    let even: i32 = [1, 3, 5, 7].iter().map(|&i| d[i] as i32).sum();
    let d10 = (7 * odd - even).rem_euclid(10);
    let d11 = d[..10].iter().map(|&x| x as i32).sum::<i32>() % 10;
    d10 == d[9] as i32 && d11 == d[10] as i32
}

// ---------------------------------------------------------------- Baltics

/// Estonian isikukood / Lithuanian asmens kodas GYYMMDDSSSC: G 1–6 gives
/// sex and century; check = sum with weights 1..9,1 mod 11, or with
/// weights 3..9,1,2,3 if that gives 10, and 0 if both give 10.
pub(super) fn isikukood_valid(d: &[u8; 11]) -> bool {
    let century = match d[0] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        _ => return false,
    };
    if !valid_date(century + two(&d[1..3]), two(&d[3..5]), two(&d[5..7])) {
        return false;
    }
    let mut c = weighted(&d[..10], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if c == 10 {
        c = weighted(&d[..10], &[3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
        if c == 10 {
            c = 0;
        }
    }
    c == d[10] as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d<const N: usize>(s: &str) -> [u8; N] {
        digits::<N>(s).expect("digit count")
    }

    #[test]
    fn digits_skip_separators_and_count_exactly() {
        assert_eq!(digits::<3>("1-2 3"), Some([1, 2, 3]));
        assert_eq!(digits::<3>("1234"), None);
        assert_eq!(digits::<3>("12"), None);
    }

    #[test]
    fn dates_know_leap_years() {
        assert!(valid_date(2000, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2023, 4, 31));
        assert!(valid_date_any_century(0, 2, 29));
        assert!(!valid_date_any_century(1, 2, 29));
    }

    #[test]
    fn nino_prefixes_follow_hmrc() {
        // HMRC NIM39110: D F I Q U V never; O never second; BG GB KN NK NT TN ZZ unused.
        assert!(nino_prefix_ok(b'A', b'B'));
        assert!(nino_prefix_ok(b'O', b'A'));
        for bad in [b"QQ", b"DA", b"AO", b"BG", b"GB", b"NK", b"KN", b"TN", b"NT", b"ZZ", b"AV"] {
            assert!(!nino_prefix_ok(bad[0], bad[1]), "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn nhs_matches_the_published_examples() {
        // The Wikipedia worked example passes; the NHS Data Dictionary's
        // "987 654 4321" only shows the layout and fails the check.
        assert!(nhs_valid(&d("943 476 5919")));
        assert!(!nhs_valid(&d("987 654 4321")));
        assert!(!nhs_valid(&d("943 476 5918")));
    }

    #[test]
    fn utr_matches_the_published_examples() {
        // Sage's HMRC worked example and python-stdnum's test number.
        assert!(utr_valid(&d("3282497350")));
        assert!(utr_valid(&d("1955839661")));
        assert!(!utr_valid(&d("2955839661")));
    }

    #[test]
    fn pps_matches_the_published_examples() {
        let n = d::<7>("6433435");
        assert!(pps_valid(&n, b'F', None));
        assert!(pps_valid(&n, b'F', Some(b'W')));
        assert!(pps_valid(&n, b'O', Some(b'A'))); // 2013 format, individual
        assert!(pps_valid(&n, b'I', Some(b'H'))); // 2013 format, company
        assert!(!pps_valid(&n, b'E', None));
        assert!(!pps_valid(&n, b'V', Some(b'H')));
        assert!(pps_valid(&d("1234567"), b'T', None));
    }

    #[test]
    fn nir_matches_the_published_examples() {
        assert!(nir_valid(b"295109912611193"));
        assert!(nir_valid(b"253072B07300470")); // Haute-Corse
        assert!(nir_valid(b"253072A07300443")); // Corse-du-Sud
        assert!(!nir_valid(b"295109912611199"));
        assert!(!nir_valid(b"253072C07300443"));
        assert!(!nir_valid(b"595109912611193")); // sex digit 5
    }

    #[test]
    fn de_idnr_matches_the_published_example() {
        assert!(de_idnr_valid(&d("36574261809")));
        assert!(!de_idnr_valid(&d("36574261808")));
        // Every digit once: the repetition rule fails whatever the check.
        assert!(!de_idnr_valid(&d("12345678903")));
        assert!(!de_idnr_valid(&d("06574261809")));
    }

    #[test]
    fn icao_matches_the_id_card_specimen() {
        // German ID card specimen: serial T22000129, MRZ check digit 3.
        assert_eq!(icao_check_digit(b"T22000129"), Some(3));
        assert_eq!(icao_check_digit(b"T2200012!"), None);
    }

    #[test]
    fn dni_letters_match_the_published_examples() {
        assert_eq!(dni_letter(12_345_678), b'Z');
        // NIE X1234567L: X counts as 0.
        assert_eq!(dni_letter(1_234_567), b'L');
    }

    #[test]
    fn codice_fiscale_matches_the_published_examples() {
        assert!(codice_fiscale_valid(b"RCCMNL83S18D969H"));
        assert!(codice_fiscale_valid(b"CNTCHR83T41D969D"));
        assert!(codice_fiscale_valid(b"RSSMRA85T10A562S"));
        assert!(!codice_fiscale_valid(b"RCCMNL83S18D969I"));
        // Omocodia: the last digit of the place code replaced by V (9).
        let mut omo = *b"RCCMNL83S18D96VH";
        let ok = (b'A'..=b'Z').any(|c| {
            omo[15] = c;
            codice_fiscale_valid(&omo)
        });
        assert!(ok);
    }

    #[test]
    fn bsn_passes_the_eleven_test() {
        assert!(bsn_valid(&d("111222333")));
        assert!(bsn_valid(&d("123456782")));
        assert!(!bsn_valid(&d("123456781")));
        assert!(!bsn_valid(&d("000000000")));
    }

    #[test]
    fn belgian_numbers_prove_their_century() {
        assert_eq!(be_nn_century(&d("85073003328")), Some(1900));
        assert_eq!(be_nn_century(&d("17073003384")), Some(2000));
        assert_eq!(be_nn_century(&d("73011136173")), Some(1900));
        assert_eq!(be_nn_century(&d("12345678901")), None);
    }

    #[test]
    fn pesel_matches_the_published_example() {
        assert!(pesel_valid(&d("44051401359")));
        assert!(!pesel_valid(&d("44051401358")));
        assert!(!pesel_valid(&d("12345678901")));
    }

    #[test]
    fn personnummer_matches_the_published_examples() {
        assert!(personnummer_valid(&d::<10>("880320-0016")));
        assert!(personnummer_valid(&d::<10>("811218-9876")));
        assert!(personnummer_valid(&d::<12>("19811218-9876")));
        assert!(!personnummer_valid(&d::<10>("880320-0018")));
        // Samordningsnummer: day + 60 (Skatteverket's 701063-2391).
        assert!(personnummer_valid(&d::<10>("701063-2391")));
    }

    #[test]
    fn hetu_matches_the_published_examples() {
        assert!(hetu_valid(b"131052-308T"));
        // The same digits with a 2000s sign are 13 October 2052, also a date.
        assert!(hetu_valid(b"131052A308T"));
        assert!(!hetu_valid(b"131052-308U"));
        assert!(!hetu_valid(b"310252-308Y"));
        assert!(!hetu_valid(b"131052G308T"));
    }

    #[test]
    fn cpr_dates_use_the_century_digit() {
        assert!(cpr_date_valid(&d("2110625629")));
        assert!(!cpr_date_valid(&d("5110625629")));
        // 29 February 2000 with a 2000s sequence digit; not valid in 1900.
        assert!(cpr_date_valid(&d("2902004000")));
        assert!(!cpr_date_valid(&d("2902000000")));
    }

    #[test]
    fn fodselsnummer_matches_the_published_examples() {
        assert!(fodselsnummer_valid(&d("15108695088")));
        assert!(fodselsnummer_valid(&d("31129956715")));
        assert!(!fodselsnummer_valid(&d("15108695077")));
    }

    #[test]
    fn pt_nif_matches_the_published_example() {
        assert!(pt_nif_valid(&d("501964843")));
        assert!(!pt_nif_valid(&d("501964842")));
        assert!(!pt_nif_valid(&d("213456789")));
    }

    #[test]
    fn ahv_uses_ean13() {
        // The Federal Social Insurance Office's example number.
        assert!(ean13_valid(&d("756.9217.0769.85")));
        assert!(!ean13_valid(&d("756.9217.0769.84")));
    }

    #[test]
    fn at_svnr_matches_the_published_example() {
        assert!(at_svnr_valid(&d("1237 010180")));
        assert!(!at_svnr_valid(&d("1238 010180")));
        assert!(!at_svnr_valid(&d("1237 310280")));
    }

    #[test]
    fn rodne_cislo_matches_the_published_examples() {
        assert!(rodne_cislo_valid(&d::<10>("710319/2745")));
        assert!(rodne_cislo_valid(&d::<9>("491231/123")));
        assert!(!rodne_cislo_valid(&d::<10>("710319/2746")));
        assert!(!rodne_cislo_valid(&d::<10>("110349/2745")));
        assert!(!rodne_cislo_valid(&d::<9>("590312/123")));
    }

    #[test]
    fn amka_matches_the_published_example() {
        assert!(amka_valid(&d("01013099997")));
        assert!(!amka_valid(&d("01013099999")));
    }

    #[test]
    fn cnp_matches_the_published_example() {
        assert!(cnp_valid(&d("1630615123457")));
        assert!(!cnp_valid(&d("1630615123458")));
        assert!(!cnp_valid(&d("1632215123457")));
        assert!(!cnp_valid(&d("0800101221142")));
    }

    #[test]
    fn tckn_matches_the_published_examples() {
        assert!(tckn_valid(&d("17291716060")));
        assert!(tckn_valid(&d("10000000146")));
        assert!(!tckn_valid(&d("17291716050")));
        assert!(!tckn_valid(&d("07291716092")));
    }

    #[test]
    fn isikukood_matches_the_published_examples() {
        assert!(isikukood_valid(&d("37605030299"))); // Estonian standard example
        assert!(isikukood_valid(&d("33309240064"))); // Lithuanian example
        assert!(!isikukood_valid(&d("33309240164")));
        assert!(!isikukood_valid(&d("97605030299")));
    }
}
