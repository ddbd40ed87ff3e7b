//! National identifiers of the Americas, and passport numbers anywhere.
//!
//! Sources for the formats and check digits (facts only, code is ours):
//! - US SSN: SSA's randomization notes (area 000, 666 and 900–999, group 00
//!   and serial 0000 are never issued); 078-05-1120 is the Woolworth wallet
//!   card, 219-09-9999 the SSA's own advertising sample.
//! - US ITIN: IRS (9XX-XX-XXXX, group 50–65, 70–88, 90–92 or 94–99).
//! - US passport: 9 digits, or a letter and 8 digits on next-generation books.
//! - US MBI: CMS "Understanding the MBI" (11 characters, letters without
//!   S L O I B Z; 1EG4-TE5-MK73 is CMS's specimen).
//! - Canada SIN: Luhn; first digit 0 is never assigned and 8 is for business
//!   numbers; 046 454 286 is Service Canada's specimen.
//! - Brazil CPF / CNPJ: Receita Federal, two mod-11 check digits; from July
//!   2026 the CNPJ body may hold letters, valued ASCII − 48 (RFB Nota Técnica
//!   49/2024, specimen 12.ABC.345/01DE-35).
//! - Mexico CURP: RENAPO's instructivo (18 characters, state code, check
//!   digit over the 37-character alphabet, weights 18..2, mod 10).
//!   RFC: SAT's algorithm answer 0610100135506 (values of Annex 3, weights
//!   13..2, mod 11; GODE561231GR8 is its worked example).
//! - Argentina DNI (no check digit) and CUIT/CUIL (weights 5,4,3,2,7,6,5,4,3,2,
//!   mod 11); Chile RUT (weights 2..7 from the right, mod 11, 10 → K).
//!
//! Digit-only numbers without a strong checksum fire only with a context
//! word, and the rules for them run only near those words
//! ([`Trigger::Near`]): the words are rare, digit clusters are not. Formats
//! distinctive enough to report alone (`536-90-4412`, `526.018.159-06`) run
//! on digit clusters of exactly their length; an optional lead-in before the
//! value catches labels that say the number is something else (`order #`,
//! `invoice`), which reject it.

use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::national::ca_bc_phn_valid;
use crate::validate::{all_same, count_digits, digits_of, luhn_valid};

/// Optional words before a number, then an optional guard digit.
///
/// Up to two words (`order #`, `invoice no.`, `SSN:`) followed by
/// separators; [`lead_of`] reads them back and rejects the number when one
/// says it is something else ([`NEG_WORDS`]). A generic word keeps the
/// pattern small: a list of labels here would make every match run a large
/// automaton. The guard (`5 ` before `123 45 6789`, or `+`) lets the
/// validator see that the value continues a longer run of digits. Nothing here captures,
/// so the value stays group 1.
macro_rules! lead {
    () => {
        concat!(
            r"(?:\b[A-Za-z]{2,16}\b[ \t\x22'().:=#\-]{0,4}",
            r"(?:(?:[A-Za-z]{2,6}\b|nº|n°)\.?[ \t\x22'():=#\-]{0,4})?)?",
            r"(?:\+|\d[ .\-/])?",
        )
    };
}
pub(super) use lead;

/// Optional guard after a value: a separator and a digit, so the validator
/// can tell `2345 6789 0123` alone from the first 12 digits of a card.
macro_rules! tail {
    () => {
        r"(?:[ .\-/]\d)?"
    };
}
pub(super) use tail;

/// Labels that say a number is not an identifier (kept in step with [`lead!`]).
const NEG_WORDS: &[&str] = &[
    "order",
    "invoice",
    "ticket",
    "tracking",
    "ref",
    "reference",
    "case",
    "sku",
    "item",
    "po",
    "account",
    "acct",
    "phone",
    "tel",
    "fax",
    "mobile",
    "isbn",
    "serial",
    "part",
    "model",
    "build",
    "version",
    "txn",
    "transaction",
    "receipt",
    "booking",
    "confirmation",
    "lot",
    "batch",
    "code",
    "rechnung",
    "bestellung",
    "auftrag",
    "factura",
    "fatura",
    "pedido",
    "orden",
    "commande",
    "facture",
    "boleto",
];

/// The parts of the match before and after the value.
pub(super) fn around<'a>(c: &Candidate<'a>) -> (&'a str, &'a str) {
    let off = (c.value.as_ptr() as usize).wrapping_sub(c.matched.as_ptr() as usize);
    match c.matched.get(..off).zip(c.matched.get(off + c.value.len()..)) {
        Some(parts) if off <= c.matched.len() => parts,
        _ => ("", ""),
    }
}

/// Whether a word of the lead-in says the number is something else
/// (`order #`, `invoice no.`).
pub(super) fn other_label(c: &Candidate) -> bool {
    let (before, _) = around(c);
    before.split(|ch: char| !ch.is_ascii_alphabetic()).any(|w| NEG_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// Whether a word of the lead-in is one of `labels` (`ID:` or `IC no.`
/// right before the number), for labels too short to be context words.
pub(super) fn lead_has(c: &Candidate, labels: &[&str]) -> bool {
    let (before, _) = around(c);
    before.split(|ch: char| !ch.is_ascii_alphabetic()).any(|w| labels.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// Whether the value continues into neighbouring digits with one of its own
/// separators (`…0343 6467` after a 4-4-4 group, `1-` before a dashed
/// number), or follows a `+` (the end of an international phone number).
pub(super) fn glued(c: &Candidate) -> bool {
    let (before, after) = around(c);
    if before.ends_with('+') {
        return true;
    }
    let inner = |b: u8| c.value.as_bytes().contains(&b);
    let b = before.as_bytes();
    let a = after.as_bytes();
    let glued_before = b.len() >= 2 && b[b.len() - 2].is_ascii_digit() && inner(b[b.len() - 1]);
    let glued_after = a.len() >= 2 && a[1].is_ascii_digit() && inner(a[0]);
    glued_before || glued_after
}

/// Common screening: `None` rejects the candidate (it continues a longer
/// number, or a label says it is an order or invoice number); otherwise
/// whether a context word (the rule's labels among them) is near.
pub(super) fn screen(c: &Candidate) -> Option<bool> {
    if glued(c) || other_label(c) {
        return None;
    }
    Some(c.near_context())
}

/// Whether `s` contains a separator (the value was written formatted).
pub(super) fn formatted(s: &str) -> bool {
    s.bytes().any(|b| !b.is_ascii_alphanumeric())
}

/// The number formed by some ASCII digits.
pub(super) fn num(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, &d| n * 10 + d as u32)
}

/// Whether `y-m-d` is a real calendar date.
pub(super) fn valid_date(y: u32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    d >= 1 && d <= days
}

/// Whether two-digit year `yy`, month and day form a date in 19yy or 20yy.
pub(super) fn valid_yymmdd(yy: u32, m: u32, d: u32) -> bool {
    valid_date(1900 + yy, m, d) || valid_date(2000 + yy, m, d)
}

/// Digit values of the value, separators skipped.
pub(super) fn digit_vec(s: &str) -> Vec<u8> {
    digits_of(s).collect()
}

/// Whether the digits ascend or descend by one throughout (`123456789`).
pub(super) fn sequential(d: &[u8]) -> bool {
    d.len() >= 6 && (d.windows(2).all(|w| w[1] == (w[0] + 1) % 10) || d.windows(2).all(|w| (w[1] + 1) % 10 == w[0]))
}

// ---------------------------------------------------------------- US

/// SSN: issuance rules, published samples, and context for bare digits.
fn us_ssn(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if d.len() != 9 {
        return Verdict::Invalid;
    }
    let (area, group, serial) = (num(&d[..3]), num(&d[3..5]), num(&d[5..]));
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return Verdict::Invalid;
    }
    if matches!(num(&d), 78_051_120 | 219_099_999 | 123_456_789) || all_same(c.value) {
        return Verdict::Invalid;
    }
    if formatted(c.value) || context {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// ITIN: area 9, group in the IRS ranges, context for bare digits.
fn us_itin(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if d.len() != 9 || d[0] != 9 {
        return Verdict::Invalid;
    }
    let group = num(&d[3..5]);
    let group_ok = matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99);
    if !group_ok || num(&d[5..]) == 0 {
        return Verdict::Invalid;
    }
    if formatted(c.value) || context {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// US passport: the pattern requires a US-specific passport phrase before it.
fn us_passport(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    if glued(c) || all_same(c.value) || sequential(&d) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// MBI: the pattern fixes the shape; the trigger word gives the context.
fn us_mbi(c: &Candidate) -> Verdict {
    if glued(c) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

// ---------------------------------------------------------------- Canada

/// SIN: Luhn, assigned first digit, context always (3-3-3 groups are also
/// Spanish and other phone numbers).
fn ca_sin(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if d.len() != 9 || d[0] == 0 || d[0] == 8 || !context || all_same(c.value) {
        return Verdict::Invalid;
    }
    if luhn_valid(c.value) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Brazil

/// Mod-11 check digit over `values` with `weights` (CPF and CNPJ rule:
/// remainder below 2 gives 0, otherwise 11 − remainder).
fn br_mod11(values: &[u32], weights: &[u32]) -> u32 {
    let sum: u32 = values.iter().zip(weights).map(|(v, w)| v * w).sum();
    match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    }
}

/// Whether the 11 digits of a CPF carry the right two check digits.
pub fn cpf_valid(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let v: Vec<u32> = d.iter().map(|&x| x as u32).collect();
    let w: Vec<u32> = (2..=11).rev().collect();
    br_mod11(&v[..9], &w[1..]) == v[9] && br_mod11(&v[..10], &w) == v[10]
}

/// Whether a 14-character CNPJ (digits, or letters and digits from 2026)
/// carries the right two check digits. Characters count as ASCII − 48.
pub fn cnpj_valid(s: &str) -> bool {
    let v: Vec<u32> = s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_uppercase() as u32 - 48).collect();
    if v.len() != 14 || v[12] > 9 || v[13] > 9 {
        return false;
    }
    const W: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    br_mod11(&v[..12], &W[1..]) == v[12] && br_mod11(&v[..13], &W) == v[13]
}

/// CPF: two check digits; the dotted form fires alone, bare digits need context.
fn br_cpf(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if all_same(c.value) || !cpf_valid(&d) {
        return Verdict::Invalid;
    }
    if c.value.contains('.') || context {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// CNPJ: two check digits; the formatted form fires alone.
fn br_cnpj(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if all_same(c.value) || count_digits(c.value) < 2 || !cnpj_valid(c.value) {
        return Verdict::Invalid;
    }
    if formatted(c.value) || context {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Mexico

/// Value of a CURP character: digits, then A–N, Ñ (absent in ASCII), O–Z.
fn curp_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'A'..=b'N' => Some((b - b'A') as u32 + 10),
        b'O'..=b'Z' => Some((b - b'O') as u32 + 25),
        _ => None,
    }
}

/// Whether an 18-character CURP has a real birth date and the right check digit.
pub fn curp_valid(s: &str) -> bool {
    let v = s.as_bytes();
    if v.len() != 18 || !v[4..10].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d = |i: usize| (v[i] - b'0') as u32;
    // The 17th character is a digit for people born before 2000, a letter after.
    let century = if v[16].is_ascii_digit() { 1900 } else { 2000 };
    if !valid_date(century + d(4) * 10 + d(5), d(6) * 10 + d(7), d(8) * 10 + d(9)) {
        return false;
    }
    let mut sum = 0;
    for (i, &b) in v[..17].iter().enumerate() {
        let Some(x) = curp_value(b) else { return false };
        sum += x * (18 - i as u32);
    }
    v[17].is_ascii_digit() && (10 - sum % 10) % 10 == d(17)
}

/// Value of an RFC character in SAT's Annex 3.
fn rfc_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'A'..=b'N' => Some((b - b'A') as u32 + 10),
        b'&' => Some(24),
        b'O'..=b'Z' => Some((b - b'O') as u32 + 25),
        b' ' => Some(37),
        _ => None,
    }
}

/// Whether a 12-character (company) or 13-character (person) RFC has a
/// real date and the right check character.
pub fn rfc_valid(s: &str) -> bool {
    let v = s.as_bytes();
    let name = match v.len() {
        12 => 3,
        13 => 4,
        _ => return false,
    };
    let date = &v[name..name + 6];
    if !date.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let dd: Vec<u8> = date.iter().map(|b| b - b'0').collect();
    if !valid_yymmdd(num(&dd[..2]), num(&dd[2..4]), num(&dd[4..])) {
        return false;
    }
    // A company RFC is padded with a leading space to 12 positions.
    let body = &v[..v.len() - 1];
    let pad = 12 - body.len();
    let mut sum = if pad == 1 { 37 * 13 } else { 0 };
    for (i, &b) in body.iter().enumerate() {
        let Some(x) = rfc_value(b) else { return false };
        sum += x * (13 - (i + pad) as u32);
    }
    let check = match sum % 11 {
        0 => b'0',
        r if 11 - r == 10 => b'A',
        r => b'0' + (11 - r) as u8,
    };
    v[v.len() - 1] == check
}

fn mx_curp(c: &Candidate) -> Verdict {
    if curp_valid(c.value) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// RFC: check character and date; company RFCs (3 letters) need context.
fn mx_rfc(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !rfc_valid(c.value) || (c.value.len() == 12 && !context) {
        return Verdict::Invalid;
    }
    if context {
        Verdict::Verified
    } else {
        Verdict::Plausible
    }
}

// ---------------------------------------------------------------- Argentina, Chile

/// DNI: 7–8 digits in the issued range, never without a label or context;
/// a trailing letter makes it a Spanish DNI/NIE instead.
fn ar_dni(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let (_, after) = around(c);
    if after.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Verdict::Invalid;
    }
    let d = digit_vec(c.value);
    let n = num(&d);
    if !context || !(1_000_000..=99_999_999).contains(&n) || all_same(c.value) || sequential(&d) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// Whether 11 digits form a CUIT/CUIL with a known type prefix and check digit.
pub fn cuit_valid(d: &[u8]) -> bool {
    if d.len() != 11 || !matches!(num(&d[..2]), 20 | 23 | 24 | 27 | 30 | 33 | 34) {
        return false;
    }
    const W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = d[..10].iter().zip(W).map(|(&x, w)| x as u32 * w).sum();
    match 11 - sum % 11 {
        11 => d[10] == 0,
        10 => false,
        check => d[10] as u32 == check,
    }
}

/// CUIT/CUIL: the dashed form fires alone, bare digits need context.
fn ar_cuit(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !cuit_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    match (c.value.bytes().filter(|&b| b == b'-').count() == 2, context) {
        (_, true) => Verdict::Verified,
        // One chance in 11 for a random number: plausible, not proven.
        (true, false) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

/// Whether a Chilean RUT/RUN (body, then check digit or K) is valid.
pub fn rut_valid(s: &str) -> bool {
    let Some(check) = s.bytes().last() else { return false };
    let body: Vec<u8> = digits_of(&s[..s.len() - 1]).collect();
    if body.is_empty() {
        return false;
    }
    let sum: u32 = body.iter().rev().zip([2, 3, 4, 5, 6, 7].iter().cycle()).map(|(&d, &w)| d as u32 * w).sum();
    let expected = match 11 - sum % 11 {
        11 => b'0',
        10 => b'K',
        r => b'0' + r as u8,
    };
    check.to_ascii_uppercase() == expected
}

/// RUT: the dotted form fires alone, `12345678-5` needs a label or context.
fn cl_rut(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if c.value.starts_with('0') || all_same(&c.value[..c.value.len() - 2]) || !rut_valid(c.value) {
        return Verdict::Invalid;
    }
    match (c.value.contains('.'), context) {
        (_, true) => Verdict::Verified,
        // One chance in 11 for a random number: plausible, not proven.
        (true, false) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

// ---------------------------------------------------------------- passports

/// Passport number after a passport label: mixed or numeric, never a word,
/// a year or a run like 123456. Letters with a single digit
/// (`BPUTXWUZ6`) pass only as a full 8–9 character uppercase code.
fn passport_number(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    let code_like = d.len() == 1 && c.value.len() >= 8 && !c.value.bytes().any(|b| b.is_ascii_lowercase());
    if (d.len() < 2 && !code_like) || all_same(c.value) || (d.len() == c.value.len() && sequential(&d)) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// PHN: modulus-11 check digit, always with a label.
fn ca_bc_phn(c: &Candidate) -> Verdict {
    match screen(c) {
        Some(true) if ca_bc_phn_valid(&digit_vec(c.value)) && !all_same(c.value) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

const CA_BC_PHN_WORDS: &[&str] =
    &["phn", "personal health number", "bc services card", "care card", "carecard", "health number", "msp"];

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "us-ssn",
        title: "US Social Security number",
        about: about!("The key to US credit and tax identity; checked against SSA issuance rules (no area 000/666/9xx, group 00, serial 0000, published samples); bare 9 digits only next to an SSN label."),
        label: "US_SSN",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 9, max_digits: 9, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(us_ssn),
        context: &[
            "ssn", "ssns", "social security", "social_security", "socialsecurity", "soc. sec", "soc sec", "seguro social",
        ],
        context_window: 96,
        positives: examples![
            "Employee record: Dana Whitfield, DOB 1988-04-12, SSN «536-90-4412», start date 2024-03-01",
            "can you fill the W-4 for me? my social security number is «412 73 1958»",
            r#"{"name": "R. Ortiz", "ssn": "«287419653»", "state": "TX"}"#,
            "Applicant 2 — SSN: «601-38-2274» (verified by HR)",
        ],
        negatives: examples![
            "SSN 078-05-1120 is the famous wallet-card number",
            "ssn: 666-12-3456",
            "SSN: 536-00-4412",
            "SSN 912-45-6789",
            "order 287419653 shipped yesterday",
            "Ticket 536-90-4412 was closed as duplicate",
            "call me at 555-123-4567",
            "SSN 536-90-4412-7",
        ],
        ..Rule::PII
    },
    rule! {
        id: "us-itin",
        title: "US Individual Taxpayer Identification Number",
        about: about!("IRS tax number for people without an SSN; area 9 and a group in the IRS ranges (50–65, 70–88, 90–92, 94–99); bare digits only with an ITIN label."),
        label: "US_ITIN",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 9, max_digits: 9, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(9\d{2}-\d{2}-\d{4}|9\d{2} \d{2} \d{4}|9\d{8})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(us_itin),
        context: &["itin", "itins"],
        context_window: 96,
        positives: examples![
            "Client has no SSN, ITIN «912-78-4521» (letter CP565 attached)",
            "Número de identificación personal del contribuyente (ITIN): «953-91-2046»",
            "itin=«934650019» for the 1040-NR",
        ],
        negatives: examples![
            "ITIN 912-45-6789",
            "ITIN 912-93-1234",
            "ITIN 912-78-0000",
            "reference number 934650019 in the letter",
            "invoice 912-78-4521 is overdue",
        ],
        ..Rule::PII
    },
    rule! {
        id: "us-passport",
        title: "US passport number",
        about: about!("Book number of a US passport (9 digits, or a letter and 8 digits since 2021); reported only next to a US passport phrase."),
        label: "US_PASSPORT",
        trigger: Trigger::Near { words: &["passport"], before: 48, after: 64 },
        pattern: concat!(
            r"(?i:\b(?:u\.s\.a?\.?|usa?|united states|american)[ \-]?passport|passport[ \t]*\((?:us|usa)\))",
            r"[^\n0-9]*\b([A-Z]\d{8}|\d{9})\b",
            tail!()
        ),
        value_group: 1,
        max_len: 96,
        validate: Some(us_passport),
        positives: examples![
            "Traveler 1: Megan Ruiz, U.S. passport number «548123907», exp 2031-08-14",
            "US passport: «C03005988» (next-gen book)",
            "American passport no. «E71605239», issued in Boston",
            "Passport (USA): «471605239», valid to 2030",
        ],
        negatives: examples![
            "passport 548123907",
            "US passport: 54812390",
            "US passport 000000000",
            "U.S. passport AB1234567",
            "US passport 123456789",
            "UK passport 548123907 and US visa 12345",
        ],
        ..Rule::PII
    },
    rule! {
        id: "us-medicare-mbi",
        title: "US Medicare Beneficiary Identifier",
        about: about!("The Medicare number that replaced SSN-based HICNs; 11 characters in CMS's fixed letter/digit positions (no S, L, O, I, B, Z), next to a Medicare or MBI label."),
        label: "US_MBI",
        trigger: Trigger::Near { words: &["medicare", "mbi"], before: 64, after: 96 },
        pattern: r"\b([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2})\b",
        value_group: 1,
        max_len: 16,
        validate: Some(us_mbi),
        known_examples: &["1EG4-TE5-MK73", "1EG4TE5MK73"],
        positives: examples![
            "Patient: Harold Kim, Medicare MBI «2K19W37PD05», plan Part B",
            "medicare number on the new card is «7QA2-HN4-RT38»",
            r#"{"mbi": "«5CX8J06WY42»", "effective": "2023-01-01"}"#,
        ],
        negatives: examples![
            "Medicare MBI 1EG4-TE5-MK73 is the CMS sample",
            "MBI 2S19W37PD05",
            "medicare 2K19W37PD0",
            "part number 2K19W37PD05 is back in stock",
            "medicare id 2k19w37pd05",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ca-sin",
        title: "Canadian Social Insurance Number",
        about: about!("Canada's tax and benefits number; Luhn check digit and an assigned first digit, only next to a SIN/NAS label (3-3-3 groups are also phone numbers)."),
        label: "CA_SIN",
        severity: Severity::High,
        trigger: Trigger::Near {
            // Short labels with what follows them, so `using` and `single`
            // wake nothing; the long `after` reaches the rows under a
            // `sin` column header.
            words: &[
                "sin:", "sin ", "sin,", "sin\"", "sin'", "sin)", "sin/", "sin#", "sin\n", "sin\t", "sin_", "sin-",
                "sin=", "sin|", "nas:", "nas)", "nas ", "social insurance", "assurance sociale",
            ],
            before: 32,
            after: 400,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{3}[ \-]\d{3}[ \-]\d{3}|\d{9})\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 16,
        validate: Some(ca_sin),
        context: &["sin", "nas", "social insurance", "assurance sociale", "numéro d'assurance"],
        context_window: 400,
        known_examples: &["046 454 286", "046-454-286", "046454286"],
        positives: examples![
            "New hire form — SIN: «270 342 363», province ON",
            "Numéro d'assurance sociale (NAS) : «771 276 847»",
            "Employee social insurance number «368465639» for the T4 slip",
            "```sql\nINSERT INTO customers (id, first_name, email, phone, sin, created_at)\nVALUES (66309, 'Hannah', 'h.carter1@mail.ca', '+1 (403) 294-7634', '«254 894 850»', '2025-12-04');\n```",
            "employee_id,first_name,email,sin,start_date\nE10398,Noah,nd@helix.ca,626 022 776,2025-12-28\nE55780,Noah,nh@orbital.com,«182137117»,2025-03-26",
        ],
        negatives: examples![
            "SIN 046 454 286 is the sample on the Service Canada page",
            "SIN: 270 342 364",
            "Mi móvil es 312 233 075, llámame",
            "SIN 812 233 070",
            "SIN 27034236",
            "using 270342363 as the seed",
            "sin(x) at x = 270342364",
        ],
        ..Rule::PII
    },
    rule! {
        id: "br-cpf",
        title: "Brazilian CPF",
        about: about!("Brazil's individual taxpayer number, asked for everywhere; two mod-11 check digits; bare 11 digits need a CPF label."),
        label: "BR_CPF",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2}|\d{11})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(br_cpf),
        context: &["cpf", "cadastro de pessoa", "cadastro de pessoas"],
        context_window: 96,
        known_examples: &["111.444.777-35", "11144477735"],
        positives: examples![
            "Cliente: Ana Souza, CPF «526.018.159-06», nascida em 12/03/1990",
            "cpf nº «18609139034» e RG 12.345.678-9",
            "Segue o cadastro: nome Paulo Lima, «083.016.613-05», tel (11) 98765-4321",
        ],
        negatives: examples![
            "CPF de exemplo 111.444.777-35",
            "CPF 526.018.159-07",
            "CPF 111.111.111-11",
            "pedido 52601815906 enviado",
            "CPF 526.018.159-0",
        ],
        ..Rule::PII
    },
    rule! {
        id: "br-cnpj",
        title: "Brazilian CNPJ",
        about: about!("Brazil's company registry number; about a third of them belong to one person (MEI sole traders), whose CNPJ leads straight to them; two mod-11 check digits, alphanumeric bodies from July 2026 included."),
        label: "BR_CNPJ",
        severity: Severity::Medium,
        // Alphanumeric bodies break the digits into short runs; the order
        // and check digits (`345/01`, `/0001-`) still give five in a row.
        trigger: Trigger::Digits { min_digits: 5, max_digits: 14, before: 32, after: 24 },
        pattern: concat!(
            lead!(),
            r"\b([0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2}|\d{14})\b",
            tail!()
        ),
        value_group: 1,
        max_len: 64,
        validate: Some(br_cnpj),
        context: &["cnpj", "cadastro nacional da pessoa"],
        context_window: 96,
        known_examples: &["11.222.333/0001-81", "11222333000181", "12.ABC.345/01DE-35"],
        positives: examples![
            "Razão social: Padaria Bom Dia LTDA, CNPJ «62.819.482/0001-63»",
            "cnpj: «19935181000176»",
            "Emitente «90.937.865/0001-71» — nota fiscal 4521",
            "Novo CNPJ alfanumérico «A1.B2C.3D4/0001-93»",
        ],
        negatives: examples![
            "exemplo da Receita: 11.222.333/0001-81",
            "CNPJ 62.819.482/0001-64",
            "CNPJ 00.000.000/0000-00",
            "pedido 62819482000163",
            "CNPJ 62.819.482/0001-6",
        ],
        ..Rule::PII
    },
    rule! {
        id: "mx-curp",
        title: "Mexican CURP",
        about: about!("Mexico's population registry key (name initials, birth date, sex, state); checked by its date, state code and mod-10 check digit."),
        label: "MX_CURP",
        trigger: Trigger::Token { min_len: 18, max_len: 18, min_digits: 7, before: 0, after: 0 },
        pattern: concat!(
            r"\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX]",
            r"(?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)",
            r"[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d\b"
        ),
        max_len: 18,
        validate: Some(mx_curp),
        context_window: 48,
        known_examples: &["HEGG560427MVZRRL04"],
        positives: examples![
            "CURP: «GARC850312HDFRRR03»",
            "Hola, mi CURP es «LOMA920715MJCPRN09» y necesito la constancia",
            r#"{"nombre": "Sofía", "curp": "«HEPS010203HNLRRLA5»"}"#,
        ],
        negatives: examples![
            "CURP de prueba del SAT: HEGG560427MVZRRL04",
            "CURP GARC850312HDFRRR04",
            "CURP GARC851312HDFRRR03",
            "CURP GARC850312HZZRRR03",
            "curp garc850312hdfrrr03",
        ],
        ..Rule::PII
    },
    rule! {
        id: "mx-rfc",
        title: "Mexican RFC",
        about: about!("Mexico's taxpayer registry code; checked by its date and SAT check character; company codes (3 letters) need an RFC label."),
        label: "MX_RFC",
        trigger: Trigger::Token { min_len: 12, max_len: 13, min_digits: 6, before: 32, after: 0 },
        pattern: concat!(lead!(), r"\b([A-Z&]{3,4}\d{6}[A-Z0-9]{2}[0-9A])\b"),
        value_group: 1,
        max_len: 64,
        validate: Some(mx_rfc),
        context: &["rfc", "registro federal de contribuyentes", "r.f.c"],
        context_window: 48,
        known_examples: &["GODE561231GR8", "SAT970701NN3", "XAXX010101000", "XEXX010101000"],
        positives: examples![
            "RFC: «MAHJ850312K71»",
            "Facturar a nombre de Laura Gómez, RFC «LOGA920715TR7», uso CFDI G03",
            "RFC de la empresa: «CAL010203QX7»",
        ],
        negatives: examples![
            "RFC MAHJ850312K72",
            "RFC MAHJ851312K71",
            "código CAL010203QX7",
            "RFC genérico XAXX010101000",
            "the SAT worked example GODE561231GR8",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ar-dni",
        title: "Argentine DNI",
        about: about!("Argentina's national identity number (7–8 digits, no check digit); reported only with a DNI label or phrase."),
        label: "AR_DNI",
        trigger: Trigger::Near { words: &["dni", "d.n.i", "documento"], before: 16, after: 48 },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{1,2}\.\d{3}\.\d{3}|\d{7,8})\b(?:-[A-Za-z]\b|[ .\-/]\d)?",
        value_group: 1,
        max_len: 16,
        validate: Some(ar_dni),
        // Only ever reported with a label or context word.
        confidence: 0.85,
        // Longer phrases (`número de documento`) contain `documento`.
        context: &["dni", "d.n.i", "documento"],
        context_window: 48,
        positives: examples![
            "Titular: Martín Gómez, DNI: «30.512.874», domicilio en Rosario",
            "Mi DNI es «28456193», necesito el turno",
            "documento nacional de identidad «41.207.655»",
        ],
        negatives: examples![
            "DNI 12345678-Z",
            "pedido 30512874 enviado",
            "DNI 30.512.874.1",
            "DNI 512874",
            "at midnight 30512874 rows were written",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ar-cuit",
        title: "Argentine CUIT/CUIL",
        about: about!("Argentina's tax and labour number (type prefix, DNI, mod-11 check digit); the dashed form fires alone, bare digits need a label."),
        label: "AR_CUIT",
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b((?:20|23|24|27|30|33|34)-?\d{8}-?\d)\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(ar_cuit),
        context: &["cuit", "cuil", "clave única de identificación", "clave unica de identificacion"],
        context_window: 48,
        known_examples: &["20-12345678-6", "20123456786"],
        positives: examples![
            "CUIT «20-19487574-7», condición frente al IVA: monotributo",
            "CUIL: «27597971147»",
            "Factura A — emisor «23-59797114-1»",
        ],
        negatives: examples![
            "CUIT 20-19487574-8",
            "ejemplo: CUIT 20-12345678-6",
            "the circuit 20194875747 tripped",
            "CUIT 21-19487574-7",
            "CUIT 20-1948757-47",
        ],
        ..Rule::PII
    },
    rule! {
        id: "cl-rut",
        title: "Chilean RUT/RUN",
        about: about!("Chile's national and tax number; mod-11 check digit (K for 10); the dotted form fires alone, `12345678-5` needs a RUT label."),
        label: "CL_RUT",
        trigger: Trigger::Digits { min_digits: 7, max_digits: 9, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{1,2}\.\d{3}\.\d{3}-[0-9Kk]|\d{7,8}-[0-9Kk])\b"),
        value_group: 1,
        max_len: 64,
        validate: Some(cl_rut),
        context: &["rut", "r.u.t", "rol único tributario", "rol unico tributario", "rol único nacional"],
        context_window: 48,
        known_examples: &["12.345.678-5", "12345678-5"],
        positives: examples![
            "RUT: «16.643.564-1»",
            "rut «5757086-5», giro comercio",
            "Cliente: Juan Pérez, R.U.T. «20.491.923-2»",
        ],
        negatives: examples!["12.345.678-5", "RUT 16.643.564-2", "pedido 16643564-1", "RUT 16.643.564", "RUT 16.643.564-K"],
        ..Rule::PII
    },
    rule! {
        id: "passport-number",
        title: "Passport number",
        about: about!("A passport number written right after a passport label in English, German, French, Spanish, Italian, Dutch, Chinese or Japanese; generic, so a country-specific rule wins."),
        label: "PASSPORT",
        trigger: Trigger::Prefix(&[
            "passport",
            "reisepass",
            "passnummer",
            "passeport",
            "pasaporte",
            "passaporto",
            "paspoort",
            "护照",
            "護照",
            "パスポート",
            "旅券",
        ]),
        pattern: concat!(
            r"(?i:passport|reisepass|passnummer|passeport|pasaporte|passaporto|paspoort|护照|護照|パスポート|旅券)",
            // A translation in brackets: `Reisepass (passport) Nr.`.
            r"(?:[ \t]*\([A-Za-z ]{2,20}\))?",
            r"(?:[ \t]*[\-_]?[ \t]*(?i:number|nummer|numero|num|nr|no|id|#|号码|號碼|号|番号)\.?)?",
            r"(?:[ \t]*(?i:is|:|=|#|-))?[ \t]*[:=#]?[ \t]*[\x22']?",
            r"([A-Za-z0-9]{6,9})\b"
        ),
        value_group: 1,
        max_len: 80,
        validate: Some(passport_number),
        confidence: 0.7,
        generic: true,
        positives: examples![
            "Passport No: «X47219385», nationality: Kenyan",
            "Reisepassnummer: «CF4R7KT92», gültig bis 03/2032",
            "numéro de passeport : «18AV42731»",
            "护照号码：«E47193825»",
            "パスポート番号 «TK8203417» です",
            "Datos del viajero — pasaporte: «PAB482917»",
            "Reisepass (passport) Nr. «G4ZRNMPH5»",
            "my N° de passeport (passport) «AH5726228», booking ref NHMJWN",
            "Hi, I'm Alessia, my Passport: «BPUTXWUZ6», booking ref KEGLMN",
        ],
        negatives: examples![
            "passport photo requirements for kids",
            "passport number: 12345",
            "my passport expires 2027-05-01",
            "passport no. ABCDEFGH",
            "passport 123456789",
            "app.use(passport.initialize()); passport-oauth2 strategy",
            "passport (see below) Photograph",
            "Passport: Password1",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ca-bc-phn",
        title: "British Columbia Personal Health Number",
        about: about!("BC's lifetime health number (10 digits starting with 9, modulus-11 check digit), next to a PHN or health-card label."),
        label: "CA_BC_PHN",
        severity: Severity::High,
        trigger: Trigger::Near { words: CA_BC_PHN_WORDS, before: 32, after: 400 },
        pattern: concat!(lead!(), r"\b(9[0-9]{3} [0-9]{3} [0-9]{3}|9[0-9]{9})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(ca_bc_phn),
        context: CA_BC_PHN_WORDS,
        context_window: 400,
        positives: examples![
            "My PHN is «9344 834 789», can you book the lab test?",
            "Personal Health Number: «9883873713» (BC Services Card)",
        ],
        negatives: examples!["PHN 9344 834 788", "order 9344834789", "PHN 5736504210"],
        ..Rule::PII
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Vec<u8> {
        digit_vec(s)
    }

    #[test]
    fn cpf_matches_the_receita_example() {
        assert!(cpf_valid(&d("111.444.777-35")));
        assert!(!cpf_valid(&d("111.444.777-36")));
        assert!(!cpf_valid(&d("111.444.777-3")));
    }

    #[test]
    fn cnpj_matches_numeric_and_alphanumeric_examples() {
        assert!(cnpj_valid("11.222.333/0001-81"));
        assert!(!cnpj_valid("11.222.333/0001-82"));
        // RFB Nota Técnica 49/2024 specimen of the alphanumeric CNPJ.
        assert!(cnpj_valid("12.ABC.345/01DE-35"));
        assert!(!cnpj_valid("12.ABC.345/01DE-36"));
    }

    #[test]
    fn curp_matches_published_keys() {
        // SAT's CFDI test CURP.
        assert!(curp_valid("HEGG560427MVZRRL04"));
        assert!(!curp_valid("HEGG560427MVZRRL05"));
        assert!(!curp_valid("HEGG561327MVZRRL04"));
    }

    #[test]
    fn rfc_matches_sat_examples() {
        // SAT's worked example (person) and SAT's own RFC (company).
        assert!(rfc_valid("GODE561231GR8"));
        assert!(rfc_valid("SAT970701NN3"));
        assert!(!rfc_valid("GODE561231GR9"));
        assert!(!rfc_valid("SAT970231NN3"));
    }

    #[test]
    fn cuit_and_rut_match_known_numbers() {
        // The example most Argentine forms print.
        assert!(cuit_valid(&d("20-12345678-6")));
        assert!(cuit_valid(&d("20-19487574-7")));
        assert!(!cuit_valid(&d("20-19487574-8")));
        assert!(!cuit_valid(&d("21-19487574-7")));
        assert!(rut_valid("12.345.678-5"));
        assert!(!rut_valid("12.345.678-4"));
        assert!(rut_valid("5757086-5"));
    }

    #[test]
    fn sin_specimen_passes_luhn() {
        // Service Canada's specimen card.
        assert!(luhn_valid("046 454 286"));
        assert!(!luhn_valid("046 454 287"));
    }

    #[test]
    fn dates_respect_month_lengths_and_leap_years() {
        assert!(valid_date(2000, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2023, 4, 31));
        assert!(valid_yymmdd(0, 2, 29));
        assert!(!valid_yymmdd(1, 2, 29));
    }

    #[test]
    fn sequences_are_detected() {
        assert!(sequential(&d("123456789")));
        assert!(sequential(&d("987654")));
        assert!(!sequential(&d("548123907")));
    }
}
