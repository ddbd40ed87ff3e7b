//! National identifiers of Asia, Oceania and Africa.
//!
//! Sources for the formats and check digits (facts only, code is ours):
//! - India Aadhaar: UIDAI, 12 digits, first digit 2–9, Verhoeff check digit.
//!   PAN: Income Tax Department, `AAAAA9999A`, 4th letter the holder type
//!   (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local
//!   authority, J juridical person, G government); its last letter is a
//!   check character whose algorithm is not published.
//! - Australia TFN: ATO weights 1,4,3,7,5,8,6,9,10 (8-digit numbers
//!   10,7,8,4,6,3,5,1), sum divisible by 11; 123 456 782 is the ATO's
//!   example. Medicare: first digit 2–6, weights 1,3,7,9,1,3,7,9, sum mod 10
//!   is the 9th digit (NEHTA conformance requirements). ABN: subtract 1
//!   from the first digit, weights 10,1,3,…,19, divisible by 89 (ABR "ABN
//!   format"); 51 824 753 556 is the ATO's own ABN.
//! - Singapore NRIC/FIN: weights 2,7,6,5,4,3,2, +4 for T/G, +3 for M;
//!   letters JZIHGFEDCBA (S/T), XWUTRQPNMLK (F/G), KLJNPQRTUWX reversed (M).
//! - China resident id: GB 11643-1999, ISO 7064 MOD 11-2 (weights
//!   7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; remainders map to 1 0 X 9 … 2);
//!   11010519491231002X is the standard's example.
//! - Japan My Number: MIC ordinance no. 85, art. 5 (weights n+1 for the
//!   six lowest digits, n−5 above; 11 − sum mod 11, 0 when the remainder ≤ 1).
//! - Korea RRN: weights 2,3,4,5,6,7,8,9,2,3,4,5, (11 − sum mod 11) mod 10;
//!   numbers issued from October 2020 end in random digits instead.
//! - Hong Kong HKID: letters A=10…Z=35, space 36 for one-letter prefixes,
//!   weights 9..1, mod 11, 10 → A; A123456(3) is the usual example.
//! - Taiwan: letter codes A=10 … with I=34, O=35, W=32, X=30, Y=31, Z=33;
//!   weights 1,9,8,7,6,5,4,3,2,1,1, sum mod 10 = 0; A123456789 the example.
//! - South Africa: YYMMDD SSSS C A Z, citizenship 0/1/2, Luhn.
//! - Israel Teudat Zehut: 9 digits, Luhn-style (weights 1,2 alternating).
//! - Thailand: first digit 1–8, weights 13..2, (11 − sum mod 11) mod 10.
//! - Malaysia MyKad: YYMMDD-PB-###G, place-of-birth codes of the JPN.
//! - Nigeria NIN: 11 digits; no check digit is published, so context only.
//!
//! The shared lead-in, guard and date helpers live in `ids_americas`.

use super::ids_americas::{
    digit_vec, formatted, lead, lead_has, num, screen, sequential, tail, valid_date, valid_yymmdd,
};
use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::national::{ke_kra_pin_plausible, mu_nic_valid};
use crate::validate::{all_same, luhn_valid, verhoeff_valid};

/// Verdict for a number whose check digit passed but catches only one
/// random number in 10 or 11: proven with context, plausible when its
/// distinctive formatting alone lets it fire, dropped otherwise.
fn weak_check(distinctive_format: bool, context: bool) -> Verdict {
    match (distinctive_format, context) {
        (_, true) => Verdict::Verified,
        (true, false) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

// ---------------------------------------------------------------- India

/// Aadhaar: Verhoeff; formatted 4-4-4 alone, bare digits with context.
fn in_aadhaar(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if all_same(c.value) || !verhoeff_valid(c.value) {
        return Verdict::Invalid;
    }
    weak_check(formatted(c.value), context)
}

/// PAN: individuals (4th letter P) alone, other holder types with context.
fn in_pan(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let v = c.value.as_bytes();
    if &v[5..9] == b"0000" || all_same(&c.value[..5]) {
        return Verdict::Invalid;
    }
    if v[3] == b'P' || context {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Australia

/// Whether 8 or 9 digits form a valid Tax File Number.
pub fn tfn_valid(d: &[u8]) -> bool {
    let weights: &[u32] = match d.len() {
        9 => &[1, 4, 3, 7, 5, 8, 6, 9, 10],
        8 => &[10, 7, 8, 4, 6, 3, 5, 1],
        _ => return false,
    };
    d.iter().zip(weights).map(|(&x, w)| x as u32 * w).sum::<u32>() % 11 == 0
}

/// Whether 10 (or 11, with the IRN) digits form a valid Medicare card number.
pub fn au_medicare_valid(d: &[u8]) -> bool {
    if !(10..=11).contains(&d.len()) || !(2..=6).contains(&d[0]) {
        return false;
    }
    const W: [u32; 8] = [1, 3, 7, 9, 1, 3, 7, 9];
    d[..8].iter().zip(W).map(|(&x, w)| x as u32 * w).sum::<u32>() % 10 == d[8] as u32
}

/// Whether 11 digits form a valid ABN.
pub fn abn_valid(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    const W: [u32; 11] = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    let sum: u32 = d.iter().zip(W).enumerate().map(|(i, (&x, w))| (x as u32 - u32::from(i == 0)) * w).sum();
    sum % 89 == 0
}

fn au_tfn(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !context || all_same(c.value) || !tfn_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

fn au_medicare(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !context || !au_medicare_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

/// ABN: mod 89; the 2-3-3-3 grouping fires alone, bare digits with context.
fn au_abn(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if all_same(c.value) || !abn_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    if formatted(c.value) || context {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Singapore

/// Whether an NRIC/FIN (`S1234567D`) carries the right check letter.
pub fn nric_valid(s: &str) -> bool {
    let v = s.as_bytes();
    if v.len() != 9 || !v[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    const W: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let mut sum: u32 = v[1..8].iter().zip(W).map(|(&b, w)| (b - b'0') as u32 * w).sum();
    let prefix = v[0].to_ascii_uppercase();
    sum += match prefix {
        b'T' | b'G' => 4,
        b'M' => 3,
        _ => 0,
    };
    let r = (sum % 11) as usize;
    let letter = match prefix {
        b'S' | b'T' => b"JZIHGFEDCBA"[r],
        b'F' | b'G' => b"XWUTRQPNMLK"[r],
        b'M' => b"KLJNPQRTUWX"[10 - r],
        _ => return false,
    };
    v[8].to_ascii_uppercase() == letter
}

fn sg_nric(c: &Candidate) -> Verdict {
    if all_same(&c.value[1..8]) || !nric_valid(c.value) {
        return Verdict::Invalid;
    }
    weak_check(true, c.near_context())
}

// ---------------------------------------------------------------- China

/// First two digits of the administrative division code (provinces, and
/// 71/81/82/83 for Taiwan, Hong Kong, Macau residents' permits).
fn cn_province(p: u32) -> bool {
    matches!(p, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
}

/// Whether an 18-character resident id has a real province, birth date
/// and ISO 7064 MOD 11-2 check character.
pub fn cn_id_valid(s: &str) -> bool {
    let v = s.as_bytes();
    if v.len() != 18 || !v[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = v[..17].iter().map(|b| b - b'0').collect();
    if !cn_province(num(&d[..2])) {
        return false;
    }
    let (y, m, day) = (num(&d[6..10]), num(&d[10..12]), num(&d[12..14]));
    if !(1900..=2099).contains(&y) || !valid_date(y, m, day) {
        return false;
    }
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = d.iter().zip(W).map(|(&x, w)| x as u32 * w).sum();
    v[17].to_ascii_uppercase() == b"10X98765432"[(sum % 11) as usize]
}

fn cn_resident_id(c: &Candidate) -> Verdict {
    if cn_id_valid(c.value) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Japan, Korea

/// Whether 12 digits form a valid My Number (individual number).
pub fn my_number_valid(d: &[u8]) -> bool {
    if d.len() != 12 {
        return false;
    }
    // Pn is the n-th digit counted from the lowest of the first eleven.
    let sum: u32 = (1..=11).map(|n| d[11 - n] as u32 * if n <= 6 { n as u32 + 1 } else { n as u32 - 5 }).sum();
    let check = match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    d[11] as u32 == check
}

fn jp_my_number(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !context || all_same(c.value) || !my_number_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

/// Whether 13 digits carry the pre-2020 RRN check digit.
pub fn rrn_check_valid(d: &[u8]) -> bool {
    if d.len() != 13 {
        return false;
    }
    const W: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum: u32 = d[..12].iter().zip(W).map(|(&x, w)| x as u32 * w).sum();
    (11 - sum % 11) % 10 == d[12] as u32
}

/// RRN: birth date with the century from the 7th digit; check digit for
/// citizens born before October 2020; always with context.
fn kr_rrn(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if !context || d.len() != 13 {
        return Verdict::Invalid;
    }
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        _ => 2000,
    };
    let (y, m, day) = (century + num(&d[..2]), num(&d[2..4]), num(&d[4..6]));
    if !valid_date(y, m, day) {
        return Verdict::Invalid;
    }
    let random_tail = y > 2020 || (y == 2020 && m >= 10);
    if random_tail || d[6] >= 5 {
        // New numbers and foreigners' numbers: no published check digit.
        Verdict::Plausible
    } else if rrn_check_valid(&d) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------- Hong Kong, Taiwan

/// Whether an HKID (`A123456(3)`, parentheses optional) has the right check.
pub fn hkid_valid(s: &str) -> bool {
    let v: Vec<u8> = s.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let letters = v.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || v.len() != letters + 7 {
        return false;
    }
    let mut values: Vec<u32> = if letters == 1 { vec![36] } else { Vec::new() };
    values.extend(v[..letters].iter().map(|&b| (b - b'A') as u32 + 10));
    values.extend(v[letters..letters + 6].iter().map(|&b| (b - b'0') as u32));
    let sum: u32 = values.iter().zip((2..=9).rev()).map(|(x, w)| x * w).sum();
    let check = match (11 - sum % 11) % 11 {
        10 => b'A',
        r => b'0' + r as u8,
    };
    v[v.len() - 1] == check
}

/// HKID: the bracketed check digit fires alone, `A1234563` needs context.
fn hk_hkid(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !hkid_valid(c.value) {
        return Verdict::Invalid;
    }
    weak_check(c.value.ends_with(')'), context)
}

/// Two-digit code of a Taiwanese id's first letter.
fn tw_letter(b: u8) -> u32 {
    const CODES: [u8; 26] =
        [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];
    CODES[(b - b'A') as usize] as u32
}

/// Whether a Taiwanese national id (`A123456789`) has the right check digit.
pub fn tw_id_valid(s: &str) -> bool {
    let v = s.as_bytes();
    if v.len() != 10 || !v[0].is_ascii_uppercase() || !v[1..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let code = tw_letter(v[0]);
    let digits = v[1..9].iter().zip((1..=8).rev()).map(|(&b, w)| (b - b'0') as u32 * w).sum::<u32>();
    (code / 10 + (code % 10) * 9 + digits + (v[9] - b'0') as u32) % 10 == 0
}

fn tw_national_id(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let context = context || lead_has(c, &["id", "arc"]);
    if !context || !tw_id_valid(c.value) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

// ---------------------------------------------------------------- Africa, Israel

/// Whether 13 digits form a South African id: birth date, citizenship
/// digit 0–2, Luhn.
pub fn za_id_valid(d: &[u8]) -> bool {
    d.len() == 13
        && valid_yymmdd(num(&d[..2]), num(&d[2..4]), num(&d[4..6]))
        && d[10] <= 2
        && luhn_valid(std::str::from_utf8(&d.iter().map(|x| x + b'0').collect::<Vec<u8>>()).unwrap_or(""))
}

fn za_id(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let context = context || lead_has(c, &["id"]);
    if !context || all_same(c.value) || !za_id_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

/// NIN: no published check digit, so only with context and not a run.
fn ng_nin(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if !context || all_same(c.value) || sequential(&d) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// Teudat Zehut: 9 digits (leading zeros kept), Luhn, context always.
fn il_teudat_zehut(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !context || all_same(c.value) || !luhn_valid(c.value) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

// ---------------------------------------------------------------- Thailand, Malaysia

/// Whether 13 digits form a Thai national id.
pub fn th_id_valid(d: &[u8]) -> bool {
    if d.len() != 13 || !(1..=8).contains(&d[0]) {
        return false;
    }
    let sum: u32 = d[..12].iter().enumerate().map(|(i, &x)| x as u32 * (13 - i as u32)).sum();
    (11 - sum % 11) % 10 == d[12] as u32
}

/// Thai id: the 1-4-5-2-1 grouping fires alone, bare digits with context.
fn th_national_id(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    if !th_id_valid(&digit_vec(c.value)) {
        return Verdict::Invalid;
    }
    weak_check(formatted(c.value), context)
}

/// Place-of-birth codes in use: states 01–16 and 21–59, countries 60–99
/// minus the unassigned ones.
fn my_place_code(p: u32) -> bool {
    matches!(p, 1..=16 | 21..=59 | 60..=68 | 71 | 72 | 74..=79 | 82..=93 | 98 | 99)
}

/// MyKad: birth date and place code, always with context (no check digit).
fn my_nric(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let context = context || lead_has(c, &["ic", "kp"]);
    let d = digit_vec(c.value);
    if !context || d.len() != 12 {
        return Verdict::Invalid;
    }
    if !valid_yymmdd(num(&d[..2]), num(&d[2..4]), num(&d[4..6])) || !my_place_code(num(&d[6..8])) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// KRA PIN: no check character; `A0…`/`P0…` (how PINs are issued) report
/// alone at plausible confidence, others with a label.
fn ke_kra_pin(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if !ke_kra_pin_plausible(v) || all_same(&c.value[1..10]) || !v[10].is_ascii_uppercase() {
        return Verdict::Invalid;
    }
    if c.near_context() {
        Verdict::Verified
    } else if v[1] == b'0' {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

fn mu_nic(c: &Candidate) -> Verdict {
    if mu_nic_valid(c.value.as_bytes()) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

const KE_KRA_WORDS: &[&str] = &["kra", "pin", "itax", "tax pin", "kenya revenue"];

const MU_NIC_WORDS: &[&str] = &["nic", "national identity card", "national id", "id card", "carte d'identité"];

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "in-aadhaar",
        title: "Indian Aadhaar number",
        about: about!("India's biometric-backed identity number; 12 digits starting 2–9 with a Verhoeff check digit; bare digits need an Aadhaar label."),
        label: "IN_AADHAAR",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 12, max_digits: 12, before: 32, after: 4 },
        pattern: concat!(
            lead!(),
            r"\b([2-9]\d{3} \d{4} \d{4}|[2-9]\d{3}-\d{4}-\d{4}|[2-9]\d{11})\b",
            tail!()
        ),
        value_group: 1,
        max_len: 64,
        validate: Some(in_aadhaar),
        context: &["aadhaar", "aadhar", "adhaar", "आधार", "আধার", "ஆதார்", "ఆధార్", "uidai"],
        context_window: 96,
        positives: examples![
            "Aadhaar: «9877 8932 8793»",
            "KYC docs — name Priya Sharma, aadhar no «417421809677», PAN attached",
            "आधार संख्या «4908 1003 3900»",
            "please verify «9579-3834-7012» before onboarding",
            "Aadhaar number «592391270393»",
            "employee_id,name,aadhaar\nE66815,Arjun,«5461-7338-2163»",
        ],
        negatives: examples![
            "Aadhaar 9877 8932 8794",
            "card 4539 9877 8932 8793 exp 09/27",
            "invoice 9877 8932 8793 attached",
            "Aadhaar 1877 8932 8793",
            "row 946814538401 in the export",
        ],
        ..Rule::PII
    },
    rule! {
        id: "in-pan",
        title: "Indian PAN",
        about: about!("India's Permanent Account Number for income tax; `AAAAA9999A` with a valid holder-type letter; personal PANs (4th letter P) fire alone, other holders need a PAN label."),
        label: "IN_PAN",
        trigger: Trigger::Token { min_len: 10, max_len: 10, min_digits: 4, before: 32, after: 0 },
        pattern: concat!(lead!(), r"\b([A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])\b"),
        value_group: 1,
        max_len: 64,
        validate: Some(in_pan),
        // `pan` is a whole word; `PAN card`, `PAN no.` contain it.
        context: &["pan", "permanent account", "पैन"],
        context_window: 200,
        known_examples: &["ABCPD1234E", "AAAPA1234A"],
        positives: examples![
            "PAN: «BNZPM2501F»",
            "pan card no «AJKPT4719Q» for the ITR filing",
            "Company PAN «AACCR7315K» (see letterhead)",
            "Name: Rahul Verma «CQLPV6302N» DOB 12-08-1991",
            "employee_id,name,email,phone,pan,start_date\nE89823,Ananya,a@veldhuis.nl,+91 75161 44545,«IXGTC8693E»,2025-12-23",
        ],
        negatives: examples![
            "PAN format is ABCDE1234F",
            "PAN AACCR0000K",
            "batch code AACCR7315K",
            "pan bnzpm2501f",
            "PAN BNZPM25010F",
        ],
        ..Rule::PII
    },
    rule! {
        id: "au-tfn",
        title: "Australian Tax File Number",
        about: about!("Australia's personal tax number, misuse of which the ATO treats as identity theft; weighted mod-11 checksum; only with a TFN label."),
        label: "AU_TFN",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["tfn", "tax file number"],
            before: 32,
            // Reaches the rows under a `tfn` column header.
            after: 400,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{3} \d{3} \d{3}|\d{3} \d{3} \d{2}|\d{8,9})\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 16,
        validate: Some(au_tfn),
        context: &["tax file number", "tfn"],
        context_window: 400,
        known_examples: &["123 456 782", "123456782"],
        positives: examples![
            "TFN: «936 791 601»",
            "my tax file number is «117185133», can you check the PAYG form",
            "Employee TFN declaration — «367 556 392»",
            "TFN «98689171» (old 8-digit one)",
            "employee_id,first_name,phone,tfn,start_date\nE43165,Tyler,+61 3 9453 3858,«536 823 256»,2025-12-19\nE60555,Grace,+61 405 269 099,«659794606»,2025-07-24",
        ],
        negatives: examples![
            "TFN 123 456 782 is the ATO example",
            "TFN 936 791 602",
            "order 936791601 dispatched",
            "TFN 93679160",
        ],
        ..Rule::PII
    },
    rule! {
        id: "au-medicare",
        title: "Australian Medicare card number",
        about: about!("Australian health-card number; first digit 2–6 and a weighted check digit; only with a Medicare label."),
        label: "AU_MEDICARE",
        trigger: Trigger::Near {
            words: &["medicare"],
            before: 32,
            // Reaches the rows under a `medicare_number` column header.
            after: 400,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b([2-6]\d{3} ?\d{5} ?\d(?:[ \-/]?[1-9])?)\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 20,
        validate: Some(au_medicare),
        context: &["medicare"],
        context_window: 400,
        positives: examples![
            "Medicare card: «6906 26724 2»",
            "medicare no «6990676413», IRN 2",
            "Patient Jo Lee, Medicare «5945 84740 3-1», DOB 02/05/1987",
            "INSERT INTO customers (id, email, phone, medicare_number)\nVALUES (62483, 'chloeb41@outlook.com', '+61 436 754 472', '«3787322241»');",
        ],
        negatives: examples![
            "Medicare 6906 26725 2",
            "Medicare 1906 26724 2",
            "invoice 6906267242",
            "batch 6906267242 failed",
            "name,phone,medicare_number\nChloe,+61418299427,3787322241x",
        ],
        ..Rule::PII
    },
    rule! {
        id: "au-abn",
        title: "Australian Business Number",
        about: about!("Public identifier of an Australian business (low sensitivity, often a sole trader's); mod-89 check; the 2-3-3-3 grouping fires alone."),
        label: "AU_ABN",
        severity: Severity::Low,
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{2} \d{3} \d{3} \d{3}|\d{11})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(au_abn),
        context: &["abn"],
        context_window: 48,
        known_examples: &["51 824 753 556", "51824753556"],
        positives: examples![
            "ABN «91 771 988 403»",
            "Tax invoice from Smith Plumbing Pty Ltd, ABN: «31726761751»",
            "Supplier «30 692 881 682» — terms 14 days",
        ],
        negatives: examples![
            "the ATO's ABN is 51 824 753 556",
            "ABN 91 771 988 404",
            "order 91771988403",
            "ABN 9177198840",
        ],
        ..Rule::PII
    },
    rule! {
        id: "sg-nric",
        title: "Singapore NRIC/FIN",
        about: about!("Singapore's identity number for citizens, residents and foreigners; checked by its mod-11 check letter."),
        label: "SG_NRIC",
        trigger: Trigger::Token { min_len: 9, max_len: 9, min_digits: 7, before: 0, after: 0 },
        pattern: r"\b[STFGMstfgm]\d{7}[A-Za-z]\b",
        max_len: 9,
        validate: Some(sg_nric),
        context: &["nric", "fin no", "fin:", "nric/fin", "ic number", "i/c"],
        context_window: 48,
        known_examples: &["S1234567D", "M1234567K"],
        positives: examples![
            "NRIC: «S5871690A»",
            "Work pass FIN «G6540478N» expires next month",
            "customer «T8967784F» called about the refund",
        ],
        negatives: examples!["NRIC S1234567D", "NRIC S5871690B", "NRIC X5871690A", "NRIC S587169A", "NRIC S58716900A"],
        ..Rule::PII
    },
    rule! {
        id: "cn-resident-id",
        title: "Chinese resident identity card number",
        about: about!("China's 18-character citizen id; checked by province code, birth date and ISO 7064 MOD 11-2 check character."),
        label: "CN_ID",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 17, max_digits: 18, before: 0, after: 1 },
        pattern: r"\b[1-8]\d{16}[0-9Xx]\b",
        max_len: 18,
        validate: Some(cn_resident_id),
        known_examples: &["11010519491231002X"],
        positives: examples![
            "身份证号：«510107197811228167»",
            "Passenger ID «44030520010630427X» for the train ticket",
            "乘车人 张伟 «210203199206308191» 手机 13800138000",
        ],
        negatives: examples![
            "GB 11643 example 11010519491231002X",
            "身份证 510107197811228168",
            "身份证 510107197813228167",
            "身份证 990107197811228167",
            "order 5101071978112281670",
        ],
        ..Rule::PII
    },
    rule! {
        id: "jp-my-number",
        title: "Japanese My Number",
        about: about!("Japan's individual number for tax and social security; 12 digits with the MIC check digit; only with a My Number label."),
        label: "JP_MY_NUMBER",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["my number", "mynumber", "my_number", "my-number", "individual number", "マイナンバー", "個人番号"],
            before: 32,
            // Reaches the rows under a `my_number` column header.
            after: 400,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{4} \d{4} \d{4}|\d{4}-\d{4}-\d{4}|\d{12})\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 20,
        validate: Some(jp_my_number),
        context: &["my number", "mynumber", "my_number", "my-number", "individual number", "マイナンバー", "個人番号"],
        context_window: 400,
        known_examples: &["123456789018"],
        positives: examples![
            "マイナンバー：«3829 8449 7377»",
            "個人番号 «058962431605» を記入してください",
            "My Number «8762-9554-5332» (for the year-end adjustment)",
            "{\"name\": \"Ren Kobayashi\", \"phone\": \"+81 90-6535-5676\", \"my_number\": \"«6583 8719 0320»\"}",
        ],
        negatives: examples![
            "マイナンバー 123456789018",
            "個人番号 382984497378",
            "注文番号 382984497377",
            "マイナンバー 38298449737",
        ],
        ..Rule::PII
    },
    rule! {
        id: "kr-rrn",
        title: "Korean resident registration number",
        about: about!("South Korea's resident number (birth date, sex, check digit until 2020); checked by date and check digit, only with an RRN label."),
        label: "KR_RRN",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["주민등록번호", "주민번호", "외국인등록번호", "resident registration", "rrn"],
            before: 32,
            after: 400,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{6}-?[1-8]\d{6})\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 20,
        validate: Some(kr_rrn),
        context: &["주민등록번호", "주민번호", "외국인등록번호", "resident registration", "rrn"],
        context_window: 400,
        positives: examples![
            "주민등록번호: «880215-1263170»",
            "고객 정보 - 이름 김민수, 주민번호 «9307212467629»",
            "RRN «010509-3971054» (Korean employee)",
            "주민등록번호 «210315-4829174» (2021년생)",
        ],
        negatives: examples![
            "주민등록번호 880215-1263171",
            "주민등록번호 881315-1263170",
            "주문번호 880215-1263170",
            "주민등록번호 880215-9263170",
        ],
        ..Rule::PII
    },
    rule! {
        id: "hk-hkid",
        title: "Hong Kong identity card number",
        about: about!("Hong Kong's identity card number; mod-11 check digit; the bracketed form fires alone, `A1234563` needs an HKID label."),
        label: "HK_HKID",
        trigger: Trigger::Digits { min_digits: 6, max_digits: 7, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b([A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A]\b))"),
        value_group: 1,
        max_len: 64,
        validate: Some(hk_hkid),
        // `HK identity card no. A123456(7)`: the bracketed form reports alone.
        context: &["hkid", "hkic", "香港身份證", "身份證", "hk id"],
        context_window: 48,
        known_examples: &["A123456(3)", "A1234563"],
        positives: examples![
            "HKID «K701253(5)»",
            "客戶：陳大文，身份證號碼 «Z926973(9)»",
            "applicant HK identity card no. «AB484555(0)»",
            "HKID: «C3081573»",
        ],
        negatives: examples!["HKID A123456(3)", "HKID K701253(6)", "ref C3081573", "HKID K70125(5)"],
        ..Rule::PII
    },
    rule! {
        id: "tw-national-id",
        title: "Taiwanese national identification number",
        about: about!("Taiwan's citizen and resident id (`A123456789`); checked by its weighted check digit, only with an id label."),
        label: "TW_ID",
        trigger: Trigger::Token { min_len: 10, max_len: 10, min_digits: 9, before: 32, after: 0 },
        pattern: concat!(lead!(), r"\b([A-Z][1289]\d{8})\b"),
        value_group: 1,
        max_len: 64,
        validate: Some(tw_national_id),
        // Short labels (`ID:`) are read by the lead-in: as substrings they
        // would match inside `valid number` or `did not`.
        context: &["身分證", "身份證", "統一證號", "居留證", "national id", "taiwan id"],
        context_window: 48,
        known_examples: &["A123456789"],
        positives: examples![
            "身分證字號：«A117182723»",
            "客戶 王小明 身份證 «E288845404» 電話 0912-345-678",
            "Taiwan national ID «R268249273» on the visa form",
            "Name: Chen Wei, ID: «B177800494»",
        ],
        negatives: examples![
            "身分證 A123456789",
            "身分證 A117182724",
            "訂單 A117182723",
            "身分證 A317182723",
            "it did not match invoice A117182723",
        ],
        ..Rule::PII
    },
    rule! {
        id: "za-id",
        title: "South African identity number",
        about: about!("South Africa's 13-digit id (birth date, sex, citizenship, Luhn); only with an id label."),
        label: "ZA_ID",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{6}[ \-]?\d{4}[ \-]?\d{3}|\d{6} \d{4} \d{2} \d)\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(za_id),
        // `ID:`, `SA ID`, `RSA ID` right before the value are read by the
        // lead-in; a bare `id number` would match `valid number`.
        context: &[
            "id_number", "idnumber", "identity number", "identiteitsnommer", "id-nommer", "sa id", "rsa id", "south african id",
            "id no", "green id book", "smart id",
        ],
        context_window: 400,
        known_examples: &["8001015009087"],
        positives: examples![
            "ID number: «8703121675186»",
            "Applicant RSA ID «920615 3584 184», Johannesburg",
            "SA ID «7509226705088» — please verify with Home Affairs",
            "Is this SA ID correct? «8912278406085» — it is on my brother's payslip",
            "record = {\"name\": \"Matthias\", \"id_number\": \"«5206249150085»\"}",
            "employee_id,first_name,email,sa_id_number,start_date\nE47409,James,jamesd41@veldhuis.nl,«7702011509084»,2025-01-21\nE47571,Marcus,mb@lindqvist.se,«8912278406085»,2025-04-06",
        ],
        negatives: examples![
            "ID number 8001015009087",
            "ID number 8703121675187",
            "ID number 8713121675186",
            "timestamp 1703121675186 in the log",
            "not a valid number: 8703121675186",
            "ID 8703121675386",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ng-nin",
        title: "Nigerian National Identification Number",
        about: about!("Nigeria's NIMC identity number (11 digits, no published check digit); only with a NIN label."),
        label: "NG_NIN",
        trigger: Trigger::Near {
            words: &["nin:", "nin ", "nin\"", "nin,", "nin_", "nin)", "nimc", "national identification number", "national identity number"],
            before: 32,
            after: 64,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{11}|\d{4} \d{3} \d{4})\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 16,
        validate: Some(ng_nin),
        // Only ever reported with a label or context word.
        confidence: 0.85,
        context: &["nin", "national identification number", "national identity number", "nimc"],
        context_window: 64,
        positives: examples![
            "NIN: «38462917054»",
            "Please verify my National Identification Number «57203948161» with NIMC",
            "nin «2847 193 6502» for the SIM registration",
        ],
        negatives: examples!["NIN 12345678901", "NIN 3846291705", "the nine 38462917054 items", "phone 38462917054", "NIN 00000000000"],
        ..Rule::PII
    },
    rule! {
        id: "il-teudat-zehut",
        title: "Israeli identity number (Teudat Zehut)",
        about: about!("Israel's 9-digit identity number; Luhn-style check digit; only with an Israeli id label."),
        label: "IL_ID",
        trigger: Trigger::Near {
            words: &["תעודת זהות", "ת.ז", "ת\"ז", "מספר זהות", "teudat zehut", "zehut", "israeli id"],
            before: 32,
            after: 96,
        },
        pattern: r"(?:\+|\d[ .\-/])?\b(\d{9}|\d{8}-\d)\b(?:[ .\-/]\d)?",
        value_group: 1,
        max_len: 16,
        validate: Some(il_teudat_zehut),
        context: &["תעודת זהות", "ת.ז", "ת\"ז", "מספר זהות", "teudat zehut", "israeli id"],
        context_window: 96,
        positives: examples!["תעודת זהות: «995289071»", "ת.ז. «866661762»", "Israeli ID «03137215-4»"],
        negatives: examples!["תעודת זהות 995289072", "order 995289071", "תעודת זהות 000000000", "תעודת זהות 99528907"],
        ..Rule::PII
    },
    rule! {
        id: "th-national-id",
        title: "Thai national identification number",
        about: about!("Thailand's 13-digit citizen id; mod-11 check digit; the 1-4-5-2-1 grouping fires alone, bare digits need an id label."),
        label: "TH_ID",
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: concat!(
            lead!(),
            r"\b([1-8]-\d{4}-\d{5}-\d{2}-\d|[1-8] \d{4} \d{5} \d{2} \d|[1-8]\d{12})\b",
            tail!()
        ),
        value_group: 1,
        max_len: 64,
        validate: Some(th_national_id),
        context: &["เลขประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตรประชาชน", "thai id", "citizen id", "national id"],
        // Thai labels are up to 54 bytes long, and the window is measured
        // from the label's first byte.
        context_window: 96,
        positives: examples![
            "เลขประจำตัวประชาชน «1573776380393»",
            "บัตรประชาชนเลขที่ «3-7958-86667-07-3»",
            "Thai citizen ID «3 4821 89710 97 0»",
        ],
        negatives: examples![
            "เลขบัตร 1-5737-76380-39-4",
            "order 1573776380393",
            "เลขประจำตัวประชาชน 9573776380393",
            "1-5737-76380-39",
        ],
        ..Rule::PII
    },
    rule! {
        id: "my-nric",
        title: "Malaysian identity card number (MyKad)",
        about: about!("Malaysia's 12-digit NRIC (birth date, place-of-birth code, serial); checked by date and place code, only with an IC label."),
        label: "MY_NRIC",
        trigger: Trigger::Digits { min_digits: 12, max_digits: 12, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b(\d{6}-\d{2}-\d{4}|\d{12})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(my_nric),
        // Only ever reported with a label or context word.
        confidence: 0.85,
        // `ic no` would match inside `basic note`; the lead-in reads `IC:`.
        context: &["mykad", "nric", "kad pengenalan", "no. kp", "no kp", "i/c no"],
        context_window: 48,
        positives: examples![
            "No. IC: «880512-14-5679»",
            "MyKad «950823-10-6142», alamat Shah Alam",
            "NRIC number «020315101234»",
        ],
        negatives: examples![
            "IC 881312-14-5679",
            "IC 880512-19-5679",
            "order 880512-14-5679",
            "880512-14-5679 was the batch",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ke-kra-pin",
        title: "Kenyan tax PIN (KRA)",
        about: about!("The Kenya Revenue Authority's PIN: A (individuals) or P, nine digits and a letter; no published check, so PINs not shaped as issued need a KRA label."),
        label: "KE_KRA_PIN",
        trigger: Trigger::Token { min_len: 11, max_len: 11, min_digits: 9, before: 0, after: 0 },
        pattern: r"\b[AaPp][0-9]{9}[A-Za-z]\b",
        max_len: 11,
        validate: Some(ke_kra_pin),
        context: KE_KRA_WORDS,
        context_window: 200,
        positives: examples![
            "My KRA PIN is «A004416331M», can you file the nil return for me?",
            "Supplier PIN «P051365947M» on the invoice",
            "kra_pin: «A123456791Q»",
        ],
        negatives: examples!["part A123456791Q in stock", "PIN A0000000000", "PIN a004416331m", "KRA PIN B004416331M"],
        ..Rule::PII
    },
    rule! {
        id: "mu-nic",
        title: "Mauritian identity card number",
        about: about!("The National Identity Card number of Mauritius: surname initial, birth date, six characters and a mod-17 check character."),
        label: "MU_NIC",
        severity: Severity::High,
        trigger: Trigger::Token { min_len: 14, max_len: 14, min_digits: 12, before: 0, after: 0 },
        pattern: r"\b[A-Z][0-9]{12}[0-9A-Z]\b",
        max_len: 14,
        validate: Some(mu_nic),
        context: MU_NIC_WORDS,
        context_window: 200,
        positives: examples![
            "My NIC is «J2906201304089», is it needed for the MRA form?",
            "Client ID card: «R240175012345E»",
        ],
        negatives: examples!["NIC J2906201304088", "serial J2906201304088", "NIC J2913201304089"],
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
    fn australian_checksums_match_published_examples() {
        assert!(tfn_valid(&d("123 456 782"))); // ATO example
        assert!(!tfn_valid(&d("123 456 783")));
        assert!(au_medicare_valid(&d("2123 45670 1"))); // NEHTA example 2123 4567 + check 0
        assert!(!au_medicare_valid(&d("2123 45671 1")));
        assert!(abn_valid(&d("51 824 753 556"))); // the ATO's own ABN
        assert!(!abn_valid(&d("51 824 753 557")));
    }

    #[test]
    fn nric_letters_match_published_examples() {
        assert!(nric_valid("S1234567D"));
        assert!(!nric_valid("S1234567A"));
        assert!(nric_valid("M1234567K"));
        assert!(!nric_valid("M1234567L"));
    }

    #[test]
    fn chinese_id_matches_the_gb_11643_example() {
        assert!(cn_id_valid("11010519491231002X"));
        assert!(cn_id_valid("11010519491231002x"));
        assert!(!cn_id_valid("110105194912310021"));
        assert!(!cn_id_valid("11010519491331002X"));
    }

    #[test]
    fn my_number_matches_the_ordinance_formula() {
        assert!(my_number_valid(&d("123456789018")));
        assert!(!my_number_valid(&d("123456789017")));
    }

    #[test]
    fn rrn_check_digit() {
        // Sum 176 ≡ 0 (mod 11) gives (11 - 0) mod 10 = 1.
        assert!(rrn_check_valid(&d("850803-1056741")));
        assert!(!rrn_check_valid(&d("850803-1056740")));
    }

    #[test]
    fn hkid_matches_published_examples() {
        assert!(hkid_valid("A123456(3)"));
        assert!(hkid_valid("E364912(5)"));
        assert!(hkid_valid("A1234563"));
        assert!(!hkid_valid("A123456(4)"));
    }

    #[test]
    fn taiwan_id_matches_the_usual_example() {
        assert!(tw_id_valid("A123456789"));
        assert!(!tw_id_valid("A123456788"));
    }

    #[test]
    fn south_african_and_thai_ids() {
        assert!(za_id_valid(&d("8001015009087")));
        assert!(!za_id_valid(&d("8001015009088")));
        assert!(!za_id_valid(&d("8013015009087")));
        assert!(th_id_valid(&d("1112034563562")));
        assert!(!th_id_valid(&d("1112034563563")));
    }

    #[test]
    fn aadhaar_and_israeli_checks() {
        assert!(verhoeff_valid("987789328793"));
        assert!(!verhoeff_valid("987789328794"));
        // Wikipedia's worked example: 236 carries check digit 3.
        assert!(verhoeff_valid("2363"));
        assert!(!verhoeff_valid("2364"));
        // A fifth-position digit exercises the permutation p1^4.
        assert!(verhoeff_valid("546173382163"));
        assert!(verhoeff_valid("592391270393"));
        assert!(luhn_valid("000000018"));
        assert!(!luhn_valid("000000019"));
    }

    #[test]
    fn malaysian_place_codes() {
        assert!(my_place_code(14) && my_place_code(59) && my_place_code(71));
        assert!(!my_place_code(0) && !my_place_code(19) && !my_place_code(70) && !my_place_code(96));
    }
}
