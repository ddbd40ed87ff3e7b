//! European national identifiers, each checked by its check digits and,
//! where it carries one, its embedded birth date.
//!
//! Where the facts come from (formats and algorithms only; the code is ours;
//! test vectors are the examples these pages publish, mostly mirrored in
//! python-stdnum's doctests):
//! - UK NINO: HMRC National Insurance Manual NIM39110 (prefix letters, A–D suffix).
//! - UK NHS number: NHS number (Wikipedia; NHS Digital FOI NIC-690159): modulus
//!   11 with weights 10..2; England/Wales ranges 3xx, 4xx, 6xx, 7xx; 999 = test.
//! - UK UTR: Sage's copy of HMRC's worked check-character example (3282497350).
//! - Ireland PPS: Revenue's modulus-23 check character, second letter A/B/H
//!   weighted 9 since 2013 (CPAN Algorithm::CheckDigits M23_002, stdnum).
//! - France NIR: service-public.fr and INSEE descriptions: key = 97 − (13
//!   digits mod 97), Corsica 2A → 19, 2B → 18; pseudo-months 20, 30–42, 50–99.
//! - Germany: Steuerliche Identifikationsnummer (de.wikipedia, ITZBund note
//!   quoted there): ISO 7064 MOD 11,10 and the repetition rule. Ausweisnummer
//!   (de.wikipedia, PAuswG §2): no vowels, ICAO 9303 check digit (7 3 1).
//! - Spain DNI/NIE: letter `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23], X/Y/Z → 0/1/2.
//! - Italy codice fiscale: it.wikipedia (odd/even tables mod 26, omocodia).
//! - Netherlands BSN: the 11-test. Belgium: Rijksregister IT000 (97 − n mod
//!   97, with a 2 prepended from 2000; BIS month +20/+40).
//! - Poland PESEL: gov.pl (weights 1 3 7 9, century in the month).
//! - Sweden personnummer (Luhn; samordningsnummer day + 60); Finland
//!   henkilötunnus (DVV: mod 31, the 2023 century letters); Denmark CPR
//!   (modulus 11 abandoned in 2007; century from the 7th digit); Norway
//!   fødselsnummer (Skatteetaten via fnrinfo.no: two mod-11 digits, D/H-numbers).
//! - Portugal NIF (AT: weights 9..2 mod 11); Switzerland AHV/AVS (756 + EAN-13);
//!   Austria SVNR (de.wikipedia: weights 3 7 9 | 5 8 4 2 1 6 mod 11).
//! - Czech/Slovak rodné číslo (zákon 133/2000 Sb.; NZIS data standard:
//!   divisible by 11, month +50/+20); Greece AMKA (DDMMYY + Luhn); Romania CNP
//!   (ro.wikipedia: weights 279146358279); Turkey T.C. Kimlik No (NVİ rule);
//!   Estonia/Lithuania (EVS 585: two-stage mod 11).
//!
//! Precision: bare digit strings that collide with order, phone and account
//! numbers, or whose checksum is weak, are only looked for near a word for
//! them in the country's language (`Trigger::Near`), and the validators
//! require that word within `context_window` too. Formats with letters, a
//! fixed prefix or a distinctive layout plus a strong check (NINO, NHS 3-3-4,
//! PPS, DNI/NIE, codice fiscale, spaced NIR, YY.MM.DD-SSS.CC, HETU with a
//! letter, 756.xxxx.xxxx.xx) report without one.

#[path = "ids_europe_checks.rs"]
mod checks;

use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::national::{de_steuernummer13_plausible, is_kennitala_valid, pt_cc_valid};
use checks::*;

/// Verified when the check holds and a context word is near, else dropped.
fn with_context(c: &Candidate, ok: bool) -> Verdict {
    if ok && c.near_context() {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Verified when the check holds and either the layout is distinctive or a
/// context word is near.
fn formatted_or_context(c: &Candidate, ok: bool, formatted: bool) -> Verdict {
    if ok && (formatted || c.near_context()) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// The letters and digits of `s`, uppercased (separators dropped).
fn compact<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    let mut n = 0;
    for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
        if n == N {
            return None;
        }
        out[n] = b.to_ascii_uppercase();
        n += 1;
    }
    (n == N).then_some(out)
}

fn uk_nino(c: &Candidate) -> Verdict {
    let Some(v) = compact::<9>(c.value) else { return Verdict::Invalid };
    // `123456` is the body of every documentation example (AB 12 34 56 C).
    if !nino_prefix_ok(v[0], v[1]) || &v[2..8] == b"123456" || all_same_digit(&v[2..8]) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

fn uk_nhs(c: &Candidate) -> Verdict {
    // A digit group glued before or after (matched by the pattern) makes it
    // part of a longer number: `+1 441 270 2308` is a phone number.
    if c.value.starts_with('+') {
        return Verdict::Invalid;
    }
    let Some(d) = digits::<10>(c.value) else { return Verdict::Invalid };
    if !nhs_valid(&d) || d[..3] == [9, 9, 9] {
        return Verdict::Invalid;
    }
    let v = c.value.as_bytes();
    let spaced = v.len() == 12 && v[3] == b' ' && v[7] == b' ';
    formatted_or_context(c, true, spaced && matches!(d[0], 3 | 4 | 6 | 7))
}

fn uk_utr(c: &Candidate) -> Verdict {
    let ok = digits::<10>(c.value).is_some_and(|d| utr_valid(&d) && !all_same_digit(&d));
    with_context(c, ok)
}

fn ie_pps(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    let Some(d) = digits::<7>(c.value) else { return Verdict::Invalid };
    // 1234567T is the number every explanation of the check uses.
    if d == [1, 2, 3, 4, 5, 6, 7] || v.len() < 8 {
        return Verdict::Invalid;
    }
    if pps_valid(&d, v[7], v.get(8).copied()) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn fr_nir(c: &Candidate) -> Verdict {
    let ok = compact::<15>(c.value).is_some_and(|v| nir_valid(&v));
    formatted_or_context(c, ok, c.value.contains(' '))
}

fn de_tax_id(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| de_idnr_valid(&d)))
}

fn de_id_card(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v[..9].iter().filter(|b| b.is_ascii_digit()).count() < 3 {
        return Verdict::Invalid;
    }
    match v.len() {
        9 => Verdict::Plausible,
        10 if icao_check_digit(&v[..9]) == Some(v[9] - b'0') => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn es_dni(c: &Candidate) -> Verdict {
    let Some(d) = digits::<8>(c.value) else { return Verdict::Invalid };
    let letter = c.value.as_bytes()[c.value.len() - 1].to_ascii_uppercase();
    // 12345678Z is the example on every form.
    if d == [1, 2, 3, 4, 5, 6, 7, 8] || all_same_digit(&d) {
        return Verdict::Invalid;
    }
    let n = d.iter().fold(0u32, |a, &x| a * 10 + x as u32);
    if dni_letter(n) == letter {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn es_nie(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    let Some(d) = digits::<7>(c.value) else { return Verdict::Invalid };
    let prefix = match v[0].to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return Verdict::Invalid,
    };
    // X1234567L is the documentation example.
    if d == [1, 2, 3, 4, 5, 6, 7] || all_same_digit(&d) {
        return Verdict::Invalid;
    }
    let n = d.iter().fold(prefix, |a, &x| a * 10 + x as u32);
    if dni_letter(n) == v[v.len() - 1].to_ascii_uppercase() {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn it_codice_fiscale(c: &Candidate) -> Verdict {
    match compact::<16>(c.value) {
        Some(v) if codice_fiscale_valid(&v) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn nl_bsn(c: &Candidate) -> Verdict {
    with_context(c, digits::<9>(c.value).is_some_and(|d| bsn_valid(&d)))
}

fn be_national_number(c: &Candidate) -> Verdict {
    // Decimals in SVG path data and coordinates (`M12.04 15.11 125.870`):
    // a digit glued by `.` or `,` on either side makes the match part of a
    // run of numbers, not an identifier.
    let glued_before =
        c.before.ends_with(['.', ',', '-']) && c.before[..c.before.len() - 1].ends_with(|ch: char| ch.is_ascii_digit());
    let glued_after = c.after.starts_with(['.', ',']) && c.after[1..].starts_with(|ch: char| ch.is_ascii_digit());
    if glued_before || glued_after || c.before.ends_with(|ch: char| ch.is_ascii_digit()) {
        return Verdict::Invalid;
    }
    let ok = digits::<11>(c.value).is_some_and(|d| be_nn_century(&d).is_some() && !all_same_digit(&d));
    formatted_or_context(c, ok, be_layout(c.value.as_bytes()))
}

/// The layouts the Belgian administration prints (YY.MM.DD-XXX.CC on the
/// eID, YYMMDD-XXX-CC and YYMMDD XXX CC in forms): only these report
/// without a label; decimals that happen to group 2-2-2-3-2 do not.
fn be_layout(v: &[u8]) -> bool {
    let shape: Vec<u8> = v.iter().map(|&b| if b.is_ascii_digit() { b'N' } else { b }).collect();
    matches!(shape.as_slice(), b"NN.NN.NN-NNN.NN" | b"NNNNNN-NNN-NN" | b"NNNNNN NNN NN" | b"NN.NN.NN NNN.NN")
}

fn pl_pesel(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| pesel_valid(&d)))
}

fn se_personnummer(c: &Candidate) -> Verdict {
    let ok = match c.value.bytes().filter(u8::is_ascii_digit).count() {
        10 => digits::<10>(c.value).is_some_and(|d| personnummer_valid(&d)),
        12 => digits::<12>(c.value).is_some_and(|d| personnummer_valid(&d)),
        _ => false,
    };
    with_context(c, ok)
}

fn fi_hetu(c: &Candidate) -> Verdict {
    let Some(v) = c.value.as_bytes().try_into().ok().map(|v: [u8; 11]| v.map(|b| b.to_ascii_uppercase())) else {
        return Verdict::Invalid;
    };
    // DDMMYY-NNNN (a dash and four digits) is also how dates and serials
    // are written; that shape needs a context word.
    let distinctive = v[6].is_ascii_alphabetic() || v[10].is_ascii_alphabetic();
    formatted_or_context(c, hetu_valid(&v), distinctive)
}

fn dk_cpr(c: &Candidate) -> Verdict {
    match digits::<10>(c.value) {
        Some(d) if c.near_context() && cpr_date_valid(&d) && !all_same_digit(&d[6..]) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn no_fodselsnummer(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| fodselsnummer_valid(&d)))
}

fn pt_nif(c: &Candidate) -> Verdict {
    with_context(c, digits::<9>(c.value).is_some_and(|d| pt_nif_valid(&d)))
}

fn ch_ahv(c: &Candidate) -> Verdict {
    let ok = digits::<13>(c.value).is_some_and(|d| ean13_valid(&d));
    formatted_or_context(c, ok, c.value.contains('.'))
}

fn at_svnr(c: &Candidate) -> Verdict {
    with_context(c, digits::<10>(c.value).is_some_and(|d| at_svnr_valid(&d)))
}

fn cz_rodne_cislo(c: &Candidate) -> Verdict {
    let ok = match c.value.bytes().filter(u8::is_ascii_digit).count() {
        9 => digits::<9>(c.value).is_some_and(|d| rodne_cislo_valid(&d)),
        10 => digits::<10>(c.value).is_some_and(|d| rodne_cislo_valid(&d)),
        _ => false,
    };
    with_context(c, ok)
}

fn gr_amka(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| amka_valid(&d)))
}

fn ro_cnp(c: &Candidate) -> Verdict {
    with_context(c, digits::<13>(c.value).is_some_and(|d| cnp_valid(&d)))
}

fn tr_tc_kimlik(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| tckn_valid(&d)))
}

fn baltic_personal_code(c: &Candidate) -> Verdict {
    with_context(c, digits::<11>(c.value).is_some_and(|d| isikukood_valid(&d)))
}

/// Steuernummer in a Land's own layout (FF/BBB/UUUUP, FFF/BBB/UUUUP,
/// FFBBB/UUUUP, FFF/BBBB/UUUP, FF/BBB/UUUU/P, 0FF BBB UUUUP, FF BBB UUUUP)
/// or the 13-digit ELSTER form; the check digit's algorithm differs by
/// Land and is not checked, so a Steuernummer label is required.
fn de_steuernummer(c: &Candidate) -> Verdict {
    let groups: Vec<usize> = c.value.split(['/', ' ']).map(|g| g.bytes().filter(u8::is_ascii_digit).count()).collect();
    let d: Vec<u8> = c.value.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let ok = match groups.as_slice() {
        [13] => de_steuernummer13_plausible(&d),
        [2 | 3, 3, 5] | [5, 5] | [3, 4, 4] | [2, 3, 4, 1] => true,
        _ => false,
    };
    with_context(c, ok && !all_same_digit(&d))
}

/// Kennitala: date (day + 40 for companies), check digit, century digit.
fn is_kennitala(c: &Candidate) -> Verdict {
    let d: Vec<u8> = c.value.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    with_context(c, is_kennitala_valid(&d))
}

/// Cartão de Cidadão: the two check digits over the number and the
/// version letters; the layout with letters reports alone.
fn pt_cartao_cidadao(c: &Candidate) -> Verdict {
    match compact::<12>(c.value) {
        Some(v) if pt_cc_valid(&v) && !all_same_digit(&v[..8]) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

// Words that must accompany identifiers made of bare digits. The rules below
// run only near them (`Trigger::Near`), and the validators also require
// them within `context_window` of the match. Both reach 400 bytes past the
// word: HR exports name the id once, in a CSV or SQL column header, and the
// values sit in the rows below it. Matching is by substring, so
// short abbreviations carry punctuation or a leading space where the bare
// letters hide inside common words.

/// `utr` alone hides in "neutral" and "Utrecht".
const UK_UTR_WORDS: &[&str] =
    &[" utr", "(utr", "\"utr", "utr:", "unique taxpayer reference", "taxpayer reference", "self assessment"];

/// `identifikationsnummer` also covers Steueridentifikationsnummer.
/// `tax-id`, `tax_id`, `steuer_id`: how keys, flags and columns spell it.
const DE_TAX_ID_WORDS: &[&str] = &[
    "steuerliche id",
    "tax identification number",
    "steuer-id",
    "steuerid",
    "steuer id",
    "steuer_id",
    "identifikationsnummer",
    "idnr",
    "id-nr",
    "tax id",
    "tax-id",
    "tax_id",
    "taxid",
];

const DE_ID_CARD_WORDS: &[&str] = &[
    "personalausweis",
    "ausweisnummer",
    "ausweis-nr",
    "ausweis nr",
    "ausweisnr",
    "dokumentennummer",
    "perso-nr",
    "id-karte",
    "german id card",
];

const NL_BSN_WORDS: &[&str] = &["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "citizen service number"];

const PL_PESEL_WORDS: &[&str] = &["pesel"];

const SE_PERSONNUMMER_WORDS: &[&str] = &[
    "personnummer",
    "personnr",
    "person-nr",
    "pers.nr",
    "samordningsnummer",
    "samordningsnr",
    "personal identity number",
    "swedish id",
];

const DK_CPR_WORDS: &[&str] = &["cpr", "personnummer"];

const NO_FODSELSNUMMER_WORDS: &[&str] =
    &["fødselsnummer", "fodselsnummer", "fødselsnr", "fnr", "d-nummer", "personnummer"];

/// `nif` alone hides in "unified", "significant".
const PT_NIF_WORDS: &[&str] = &[
    " nif",
    "(nif",
    "\"nif",
    "nif:",
    "nif_",
    "\nnif",
    "contribuinte",
    "identificação fiscal",
    "identificacao fiscal",
    "nipc",
    "número fiscal",
    "portuguese tax",
];

/// `sozialversicherung` also covers Sozialversicherungsnummer.
const AT_SVNR_WORDS: &[&str] =
    &["svnr", "sv-nr", "sv-nummer", "versicherungsnummer", "vsnr", "e-card", "sozialversicherung"];

/// Stems cover the declensions; a bare `rč` hides in "určitě".
const CZ_RODNE_CISLO_WORDS: &[&str] =
    &["rodné čís", "rodného čís", "rodne cis", "rodneho cis", "rč:", "rč.", "r.č.", "r. č.", "birth number"];

const GR_AMKA_WORDS: &[&str] =
    &["amka", "ΑΜΚΑ", "αμκα", "Α.Μ.Κ.Α", "a.m.k.a", "κοινωνικής ασφάλισης", "social security"];

const RO_CNP_WORDS: &[&str] = &["cnp", "cod numeric personal", "codul numeric personal", "c.n.p"];

const TR_TC_KIMLIK_WORDS: &[&str] =
    &["tc kimlik", "t.c. kimlik", "kimlik no", "kimlik numara", "tckn", "tc no", "t.c. no", "vatandaşlık no"];

const EE_ISIKUKOOD_WORDS: &[&str] = &["isikukood", "isikukoodi", "personal code"];

const LT_ASMENS_KODAS_WORDS: &[&str] = &["asmens kod", "asmens numer", "lithuanian personal code", "lithuanian id"];

/// `St.-Nr.` and its spellings on letters from the Finanzamt.
const DE_STEUERNUMMER_WORDS: &[&str] =
    &["steuernummer", "steuer-nr", "steuernr", "st.-nr", "st.nr", "stnr", "st-nr", "steuer nr", "tax number"];

const IS_KENNITALA_WORDS: &[&str] = &["kennitala", "kennitölu", "kennitolu", "kt.", "kt:", "icelandic id"];

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "uk-nino",
        title: "UK National Insurance number",
        about: about!("The UK's social security and tax identifier; two prefix letters (HMRC's excluded pairs dropped), six digits, suffix A–D. No check digit."),
        label: "UK_NINO",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 6, max_digits: 6, before: 4, after: 3 },
        pattern: r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]",
        max_len: 13,
        validate: Some(uk_nino),
        context: &["national insurance", "nino", "ni number", "ni no", "n.i. number"],
        context_window: 60,
        positives: examples![
            "Can you fill in the starter checklist? Name: Sarah Collins, NI number: «JC 48 27 19 D», start date 3 March.",
            "My national insurance number is «ZR615384A» and HMRC says it doesn't match my record, what do I do?",
            "employee,ni_number,start\nT. Okafor,«PE739104B»,2024-04-06",
        ],
        negatives: examples![
            // QQ is HMRC's example prefix and never issued.
            "Enter it like QQ 12 34 56 C, without spaces if the form complains.",
            "NI number BG482719A came back as invalid",
            "ref JC482719E on the parcel",
            "NI number JC48271D",
            "part AO482719C is out of stock",
            "Format: AB 12 34 56 C (two letters, six digits, one letter)",
        ],
        ..Rule::PII
    },
    rule! {
        id: "uk-nhs-number",
        title: "UK NHS number",
        about: about!("Identifies a patient across the NHS in England, Wales and the Isle of Man; modulus-11 check digit, reported in its 3-3-4 layout or next to a health word."),
        label: "NHS_NUMBER",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 10, max_digits: 10, before: 6, after: 2 },
        // Digits glued on either side are matched too, so that the validator
        // can refuse numbers that are part of a longer one (`+1 441 270 2308`).
        pattern: r"(?:\+?[0-9]{1,4}[ .-])?(?:[0-9]{3} [0-9]{3} [0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}|[0-9]{10})(?:[ .-]?[0-9])?",
        max_len: 24,
        validate: Some(uk_nhs),
        context: &["nhs", "health and care number", "chi number"],
        context_window: 60,
        known_examples: &["943 476 5919", "9434765919"],
        positives: examples![
            "Patient: Margaret Hill, DOB 12/04/1951, NHS number «494 482 2464», registered with Dr Patel.",
            "The referral letter has «441 270 2308» at the top, is that the right format for the booking form?",
            "{\"nhs_number\": \"«7720078985»\", \"surname\": \"Okafor\"}",
            "NHS no: «747-080-7381» (mum's)",
        ],
        negatives: examples![
            "NHS number 494 482 2465",
            "US office: +1 441 270 2308",
            "order 4412702308 shipped yesterday",
            "Test patient NHS number 999 123 4578",
            "The docs show 943 476 5919 as the worked example",
            "reference 494 482 246",
            "text me at 441-270-2308 tonight",
        ],
        ..Rule::PII
    },
    rule! {
        id: "uk-utr",
        title: "UK Unique Taxpayer Reference",
        about: about!("HMRC's self-assessment and corporation tax reference; ten digits whose first is a modulus-11 check, reported only next to UTR or tax words."),
        label: "UK_UTR",
        pattern: r"[0-9]{5} ?[0-9]{5}",
        max_len: 11,
        validate: Some(uk_utr),
        trigger: Trigger::Near { words: UK_UTR_WORDS, before: 32, after: 400 },
        context: UK_UTR_WORDS,
        context_window: 400,
        positives: examples![
            "My UTR is «27348 81412», can you draft a covering letter for the self assessment?",
            "Unique Taxpayer Reference: «3517291109»",
            "HMRC sent the partnership UTR «4043457943» last week, where does it go on the SA800?",
        ],
        negatives: examples![
            "UTR 27348 81413",
            "invoice 3517291109 paid in full",
            "UTR 351729110",
            "UTR: 12345 67890",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ie-pps",
        title: "Irish PPS number",
        about: about!("Ireland's Personal Public Service number for tax, welfare and health; seven digits and a modulus-23 check letter (plus A/B/H/W)."),
        label: "IE_PPS",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 7, max_digits: 7, before: 0, after: 2 },
        pattern: r"[0-9]{7}[A-W][ABHWTX]?",
        max_len: 9,
        validate: Some(ie_pps),
        positives: examples![
            "Hi, my PPS number is «4263411C», can I claim the rent tax credit online?",
            "Payroll record: Aoife Byrne, PPSN «2083914TA», start 01/02/2025",
            "Revenue keeps rejecting «5094091E» on the form, is the check letter wrong?",
            "old card shows «6407044PW»",
        ],
        negatives: examples![
            "PPS number 4263411D",
            "ref 426341C",
            "The check letter for 1234567T is worked out mod 23",
            "batch 4263411Z",
        ],
        ..Rule::PII
    },
    rule! {
        id: "fr-nir",
        title: "French social security number (NIR)",
        about: about!("The INSEE number on the carte Vitale: sex, birth year and month, place, order and a mod-97 key (Corsica 2A/2B); bare 15 digits need a context word."),
        label: "FR_NIR",
        severity: Severity::High,
        // Corsican numbers split into clusters of 6 and 8 digits around `2A`.
        trigger: Trigger::Digits { min_digits: 8, max_digits: 15, before: 12, after: 0 },
        pattern: r"[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}",
        max_len: 21,
        validate: Some(fr_nir),
        // `secu` would hide in "secure"; `sécu` carries its accent.
        context: &[
            "sécurité sociale",
            "securite sociale",
            "sécu",
            "numero de secu",
            "n° secu",
            // Whole word only (four bytes or fewer): not in "fournir".
            "nir",
            "carte vitale",
            "insee",
            "immatriculation",
            "social security",
        ],
        context_window: 60,
        positives: examples![
            "Bonjour, mon numéro de sécurité sociale est le «1 84 03 69 123 045 81», pouvez-vous mettre à jour mon dossier ?",
            "NIR : «291117511420852» (carte Vitale de ma fille)",
            "Salarié né à Ajaccio : «1 72 06 2A 004 017 39»",
            "n° sécu «2 66 20 99 352 011 38», mois de naissance inconnu",
            "Callback number: +33 6 56 04 28 02\nNIR «281033323322991»",
        ],
        negatives: examples![
            "numéro de sécurité sociale 1 84 03 69 123 045 82",
            "IMEI du téléphone : 184036912304581",
            "sécu 5 84 03 69 123 045 81",
            "sécu 1 84 15 69 123 045 79",
            "numéro de sécurité sociale 1 84 03 69 123 045",
        ],
        ..Rule::PII
    },
    rule! {
        id: "de-tax-id",
        title: "German tax identification number (Steuer-ID)",
        about: about!("The lifelong Steuerliche Identifikationsnummer; ISO 7064 MOD 11,10 check and the one-repeated-digit rule, reported only next to a tax word since it is bare digits."),
        label: "DE_TAX_ID",
        severity: Severity::High,
        pattern: r"[1-9][0-9] ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
        max_len: 14,
        validate: Some(de_tax_id),
        trigger: Trigger::Near { words: DE_TAX_ID_WORDS, before: 32, after: 400 },
        context: DE_TAX_ID_WORDS,
        context_window: 400,
        positives: examples![
            "Für die Lohnabrechnung brauche ich noch deine Steuer-ID: «74 615 083 620»",
            "Steueridentifikationsnummer «64013528916», Steuerklasse 1, keine Kinder",
            "Stimmt diese Nummer für die steuerliche ID meiner Frau? Sie lautet «74 615 083 620».",
            "IdNr: «12536079833» – stimmt das Format für ELSTER?",
            "hrctl create-employee --name \"Tobias Zimmermann\" --tax-id \"«40 568 091 301»\"",
            "employee_id,first_name,phone,steuer_id,start_date\nE10510,Marie,+491625579410,«61294371503»,2025-08-21\nE26730,Sophie,+49 89 95592285,«12 141 098 673»,2025-03-11",
        ],
        negatives: examples![
            "Steuer-ID 74 615 083 621",
            "Bestellnummer 74615083620",
            "Steuer-ID 12345678903",
            "Steuer-ID 7461508362",
        ],
        ..Rule::PII
    },
    rule! {
        id: "de-id-card",
        title: "German ID card number (Personalausweis)",
        about: about!("The serial of a Personalausweis (nine characters without vowels, often followed by its ICAO check digit), reported only next to an ID-card word."),
        label: "DE_ID_CARD",
        trigger: Trigger::Near { words: DE_ID_CARD_WORDS, before: 48, after: 64 },
        pattern: r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]?",
        max_len: 10,
        validate: Some(de_id_card),
        context: DE_ID_CARD_WORDS,
        context_window: 96,
        positives: examples![
            "Meine Ausweisnummer ist «LZ6311T47», gültig bis 2031.",
            "Personalausweis: «CF9R3YH180» (mit Prüfziffer)",
            "Personalausweisnummer «M7Y4K2NP1» bitte im Formular eintragen",
        ],
        negatives: examples![
            "Personalausweis: CF9R3YH181",
            "Ausweisnummer LZ6311T4",
            "Personalausweis beantragen, Termin LMNPRTVWX",
            "Ausweisnummer AB1234567",
            "Seriennummer LZ6311T47 vom Router",
        ],
        ..Rule::PII
    },
    rule! {
        id: "es-dni",
        title: "Spanish DNI / NIF",
        about: about!("Spain's national identity and personal tax number; eight digits and the mod-23 control letter."),
        label: "ES_DNI",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 8, max_digits: 8, before: 0, after: 2 },
        // A space before the letter reads as "item 47295836 Q-series": not allowed.
        pattern: r"[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}-?[A-Za-z]",
        max_len: 13,
        validate: Some(es_dni),
        positives: examples![
            "Hola, mi DNI es «47295836Q», ¿me ayudas a rellenar el modelo 145?",
            "Nombre: Lucía Martín; NIF: «30.918.274-H»; domicilio: Calle Mayor 12",
            "cliente,«71536402P»,lucia.m@correo.es",
        ],
        negatives: examples![
            "DNI 47295836R",
            "Ejemplo: 12345678Z",
            "ref 4729583Q",
            "pedido 47295836U",
            "DNI 00000000T",
            "Price list: item 47295836 Q-series",
        ],
        ..Rule::PII
    },
    rule! {
        id: "es-nie",
        title: "Spanish foreigner number (NIE)",
        about: about!("Identifies foreign residents in Spain; X/Y/Z, seven digits and the mod-23 control letter."),
        label: "ES_NIE",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 7, max_digits: 7, before: 2, after: 2 },
        pattern: r"[XYZxyz]-?[0-9]{7}-?[A-Za-z]",
        max_len: 11,
        validate: Some(es_nie),
        positives: examples![
            "Tengo el NIE «X4829173R» y quiero darme de alta como autónomo",
            "NIE: «Y-1937402-B»",
            "Documento del inquilino: «Z6120583N»",
        ],
        negatives: examples!["NIE X4829173S", "NIE X1234567L", "código W4829173R", "NIE X482917R"],
        ..Rule::PII
    },
    rule! {
        id: "it-codice-fiscale",
        title: "Italian tax code (codice fiscale)",
        about: about!("Italy's personal tax code: name letters, birth date and place, and an odd/even check letter; omocodia substitutions accepted."),
        label: "IT_CODICE_FISCALE",
        severity: Severity::High,
        // One token of 16 letters and digits; omocodia swaps digits for
        // letters, so a single digit is enough.
        trigger: Trigger::Token { min_len: 16, max_len: 16, min_digits: 1, before: 0, after: 0 },
        pattern: r"(?i)[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]",
        max_len: 16,
        validate: Some(it_codice_fiscale),
        known_examples: &["RSSMRA85T10A562S"],
        positives: examples![
            "Ciao, il mio codice fiscale è «BNCGLI90A41H501E», puoi compilare il modello F24?",
            "CF: «VRDLCU78M12F205M» – Luca Verdi, nato a Milano il 12/08/1978",
            "Per omocodia il nuovo codice è «BNCGLI90A41H50MW»",
            "cf=«frrsfn62r03l219w»",
        ],
        negatives: examples![
            "codice fiscale BNCGLI90A41H501F",
            "Esempio: RSSMRA85T10A562S",
            "codice BNCGLI90Z41H501E",
            "codice fiscale BNCGLI90B30H501D",
            "BNCGLI90A41H501",
        ],
        ..Rule::PII
    },
    rule! {
        id: "nl-bsn",
        title: "Dutch citizen service number (BSN)",
        about: about!("The Burgerservicenummer used for tax, health and government; nine digits passing the 11-test, reported only next to BSN words."),
        label: "NL_BSN",
        severity: Severity::High,
        pattern: r"[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}[ .][0-9]{3}[ .][0-9]{3}|[0-9]{9}",
        max_len: 11,
        validate: Some(nl_bsn),
        trigger: Trigger::Near { words: NL_BSN_WORDS, before: 32, after: 400 },
        context: NL_BSN_WORDS,
        context_window: 400,
        // The examples every explanation of the 11-test uses.
        known_examples: &["111222333", "123456782"],
        positives: examples![
            "Mijn BSN is «222181771», kun je de machtiging voor de Belastingdienst opstellen?",
            "burgerservicenummer: «2545.20.200» (staat ook in mijn paspoort)",
            "Werknemer J. de Vries, BSN «891 017 768», in dienst per 1 maart",
            "INSERT INTO customers (id, first_name, email, phone, bsn, created_at)\nVALUES (52543, 'Daan', 'daanb47@ziggo.nl', '+31 6 2678 0463', '«938411718»', '2025-02-27');",
        ],
        negatives: examples![
            "BSN 222181772",
            "Ordernummer 222181771",
            "BSN 111222333",
            "BSN 22218177",
        ],
        ..Rule::PII
    },
    rule! {
        id: "be-national-number",
        title: "Belgian national register number",
        about: about!("Rijksregisternummer / numéro national: birth date, serial and a mod-97 check (with the 2000+ rule); bare 11 digits need a context word."),
        label: "BE_NATIONAL_NUMBER",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 0, after: 0 },
        pattern: r"[0-9]{2}[ .]?[0-9]{2}[ .]?[0-9]{2}[ .-]?[0-9]{3}[ .-]?[0-9]{2}",
        max_len: 15,
        validate: Some(be_national_number),
        context: &[
            "rijksregister",
            "registre national",
            "numéro national",
            "numero national",
            "national number",
            "insz",
            "niss",
            "numéro bis",
            "numero bis",
            "bis-nummer",
            "bisnummer",
            "bis number",
            "identificatienummer",
            "numéro d'identification",
            "identification number",
            "nationalregisternummer",
        ],
        context_window: 60,
        positives: examples![
            "Mijn rijksregisternummer is «90.02.14-153.70», kun je het formulier invullen?",
            "Numéro national : «03.11.27-084.51» (mon fils)",
            "INSZ «78070121287» voor de loonfiche",
            "Pouvez-vous vérifier mon numéro BIS «90.42.14-153.59» ?",
        ],
        negatives: examples![
            "rijksregisternummer 90.02.14-153.71",
            "<path d=\"M8.90 02.14 153.70 L12.5 4\"/>",
            "icon path: M 90.02 14.153 70.4 L 3 4",
            "Factuurnummer 78070121287",
            "rijksregisternummer 90.13.14-153.50",
            "rijksregisternummer 90.02.14-153",
        ],
        ..Rule::PII
    },
    rule! {
        id: "pl-pesel",
        title: "Polish PESEL number",
        about: about!("Poland's national identification number: birth date with the century in the month, serial, weighted mod-10 check; reported next to the word PESEL."),
        label: "PL_PESEL",
        severity: Severity::High,
        pattern: r"[0-9]{11}",
        max_len: 11,
        validate: Some(pl_pesel),
        trigger: Trigger::Near { words: PL_PESEL_WORDS, before: 32, after: 400 },
        context: PL_PESEL_WORDS,
        context_window: 400,
        positives: examples![
            "Mój PESEL to «87030934185», czy możesz wypełnić wniosek o dowód?",
            "PESEL dziecka: «04312376127»",
            "{\"imie\": \"Anna\", \"pesel\": \"«61083005520»\"}",
            "employee_id,first_name,last_name,email,pesel,start_date\nE43854,Kacper,Kamiński,kacperk54@wp.pl,«78071608852»,2025-09-22\nE95583,Katarzyna,Wójcik,kwojcik@onet.pl,«87062738728»,2025-07-22",
        ],
        negatives: examples![
            "PESEL 87030934186",
            "numer zamówienia 87030934185",
            "PESEL 44051401358",
            "PESEL 87130934188",
            "PESEL 8703093418",
        ],
        ..Rule::PII
    },
    rule! {
        id: "se-personnummer",
        title: "Swedish personal identity number",
        about: about!("Personnummer or samordningsnummer (day + 60): birth date and a Luhn check; reported next to the Swedish words for it."),
        label: "SE_PERSONNUMMER",
        severity: Severity::High,
        pattern: r"(?:1[89]|20)?[0-9]{6}[-+]?[0-9]{4}",
        max_len: 13,
        validate: Some(se_personnummer),
        trigger: Trigger::Near { words: SE_PERSONNUMMER_WORDS, before: 32, after: 400 },
        context: SE_PERSONNUMMER_WORDS,
        context_window: 400,
        positives: examples![
            "Mitt personnummer är «850612-1238», kan du hjälpa mig med deklarationen?",
            "Personnummer: «19710423-2876»",
            "Hans samordningsnummer är «660172-4336»",
            "INSERT INTO customers (id, first_name, last_name, email, personnummer, created_at)\nVALUES (70752, 'Saga', 'Bergström', 'sagab83@telia.com', '«19631006-9197»', '2025-10-05');",
        ],
        negatives: examples![
            "personnummer 850612-1239",
            "ordernummer 850612-1238",
            "personnummer 851312-1239",
            "personnummer 850612-123",
        ],
        ..Rule::PII
    },
    rule! {
        id: "fi-hetu",
        title: "Finnish personal identity code (henkilötunnus)",
        about: about!("Birth date, century sign (incl. the 2023 letters), individual number and a mod-31 check character."),
        label: "FI_HETU",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 6, max_digits: 9, before: 0, after: 0 },
        pattern: r"(?i)[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]",
        max_len: 11,
        validate: Some(fi_hetu),
        // Finnish inflects the stem: henkilötunnus, henkilötunnukseni.
        context: &["henkilötunnu", "henkilotunnu", "hetu", "sotu", "personbeteckning"],
        context_window: 60,
        positives: examples![
            "Henkilötunnukseni on «240688-427T», voitko täyttää hakemuksen?",
            "Lapsen hetu: «050103A118L»",
            "asiakas: Matti Virtanen, «301145-062U», Helsinki",
            "hetu «170971Y3561»",
        ],
        negatives: examples![
            "hetu 240688-427U",
            "hetu 310288-4273",
            "tunnus 240688G427T",
            "hetu 240688-0012",
            "build 240320-4010 deployed",
        ],
        ..Rule::PII
    },
    rule! {
        id: "dk-cpr",
        title: "Danish CPR number",
        about: about!("Denmark's personnummer DDMMYY-SSSS; the embedded date is checked with its century digit, but modulus 11 no longer holds since 2007, so a context word is required."),
        label: "DK_CPR",
        severity: Severity::High,
        pattern: r"[0-9]{6}-?[0-9]{4}",
        max_len: 11,
        validate: Some(dk_cpr),
        trigger: Trigger::Near { words: DK_CPR_WORDS, before: 48, after: 64 },
        context: DK_CPR_WORDS,
        context_window: 96,
        positives: examples![
            "Mit CPR-nummer er «070589-1432», kan du udfylde blanketten til kommunen?",
            "CPR: «2302014118»",
            "Patientens cpr nr. «311270-2015»",
        ],
        negatives: examples![
            "CPR 310289-1432",
            "ordrenummer 070589-1432",
            "CPR 070589-143",
            "CPR 290201-1432",
        ],
        ..Rule::PII
    },
    rule! {
        id: "no-fodselsnummer",
        title: "Norwegian national identity number (fødselsnummer)",
        about: about!("Birth date (D- and H-number variants), individual number and two mod-11 check digits; reported next to the Norwegian words for it."),
        label: "NO_FODSELSNUMMER",
        severity: Severity::High,
        pattern: r"[0-9]{6} ?[0-9]{5}",
        max_len: 12,
        validate: Some(no_fodselsnummer),
        trigger: Trigger::Near { words: NO_FODSELSNUMMER_WORDS, before: 32, after: 400 },
        context: NO_FODSELSNUMMER_WORDS,
        context_window: 400,
        positives: examples![
            "Fødselsnummeret mitt er «030778 26474», kan du fylle ut skjemaet?",
            "fnr: «21090551156»",
            "D-nummer: «49038427503»",
        ],
        negatives: examples![
            "fødselsnummer 03077826475",
            "kundenummer 03077826474",
            "fødselsnummer 15108695077",
            "fnr 0307782647",
        ],
        ..Rule::PII
    },
    rule! {
        id: "pt-nif",
        title: "Portuguese tax number (NIF)",
        about: about!("Número de identificação fiscal (número de contribuinte): nine digits with a mod-11 check, reported next to NIF or contribuinte."),
        label: "PT_NIF",
        pattern: r"(?:PT ?)?[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
        max_len: 14,
        validate: Some(pt_nif),
        trigger: Trigger::Near { words: PT_NIF_WORDS, before: 32, after: 400 },
        context: PT_NIF_WORDS,
        context_window: 400,
        positives: examples![
            "O meu NIF é «283 921 110», podes emitir a fatura em meu nome?",
            "Número de contribuinte: «101268092»",
            "Cliente: Joana Sousa, contribuinte «376972360», morada em Braga",
        ],
        negatives: examples![
            "NIF 283921111",
            "encomenda 283921110",
            "NIF 28392111",
            "NIF 083921117",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ch-ahv",
        title: "Swiss social security number (AHV/AVS)",
        about: about!("The 13-digit AHV/AVS number: 756, nine digits and an EAN-13 check digit; the bare form needs a context word."),
        label: "CH_AHV",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["756"]),
        pattern: r"756[. ]?[0-9]{4}[. ]?[0-9]{4}[. ]?[0-9]{2}",
        max_len: 16,
        validate: Some(ch_ahv),
        context: &["ahv", " avs", "avs:", "avs-", "sozialversicherungsnummer", "sécurité sociale", "social security"],
        context_window: 60,
        known_examples: &["756.9217.0769.85", "7569217076985"],
        positives: examples![
            "Meine AHV-Nummer ist «756.4919.2309.25», bitte für den Lohnausweis verwenden.",
            "Numéro AVS : «756.4369.8371.94», merci de l'ajouter au contrat",
            "AHV: «7563636962591»",
            "Lohnausweis Feld A: «756.4117.8396.78»",
        ],
        negatives: examples![
            "AHV 756.4919.2309.26",
            "Beispiel: 756.9217.0769.85",
            "EAN 7564919230925",
            "757.4919.2309.25",
            "AHV 756.4919.2309.2",
        ],
        ..Rule::PII
    },
    rule! {
        id: "at-svnr",
        title: "Austrian social insurance number",
        about: about!("Sozialversicherungsnummer: serial, check digit (weights 3 7 9 5 8 4 2 1 6 mod 11) and birth date; reported next to SVNR words."),
        label: "AT_SVNR",
        severity: Severity::High,
        pattern: r"[1-9][0-9]{3} ?[0-9]{6}",
        max_len: 11,
        validate: Some(at_svnr),
        trigger: Trigger::Near { words: AT_SVNR_WORDS, before: 32, after: 400 },
        context: AT_SVNR_WORDS,
        context_window: 400,
        positives: examples![
            "Meine Sozialversicherungsnummer ist «4820 150379».",
            "SVNR: «7313020995»",
            "Nummer auf der e-card: «2196 281164»",
        ],
        negatives: examples![
            "SVNR 4821150379",
            "Rechnung 4820150379",
            "SVNR 4829310279",
            "SVNR 0820150379",
        ],
        ..Rule::PII
    },
    rule! {
        id: "cz-rodne-cislo",
        title: "Czech/Slovak birth number (rodné číslo)",
        about: about!("YYMMDD/SSSC with +50 (women) and +20 month offsets; ten-digit numbers are divisible by 11; reported next to the words for it."),
        label: "CZ_RODNE_CISLO",
        severity: Severity::High,
        pattern: r"[0-9]{6}/?[0-9]{3,4}",
        max_len: 11,
        validate: Some(cz_rodne_cislo),
        trigger: Trigger::Near { words: CZ_RODNE_CISLO_WORDS, before: 32, after: 400 },
        context: CZ_RODNE_CISLO_WORDS,
        context_window: 400,
        positives: examples![
            "Moje rodné číslo je «855722/4610», potřebuji vyplnit přihlášku.",
            "r.č.: «040612/0870»",
            "rodne cislo «9053112266»",
        ],
        negatives: examples![
            "rodné číslo 855722/4611",
            "číslo objednávky 855722/4610",
            "rodné číslo 851322/4610",
            "rodné číslo 855722/461",
        ],
        ..Rule::PII
    },
    rule! {
        id: "gr-amka",
        title: "Greek social security number (AMKA)",
        about: about!("ΑΜΚΑ: birth date DDMMYY, serial and a Luhn check digit; reported next to the word AMKA."),
        label: "GR_AMKA",
        pattern: r"[0-9]{11}",
        max_len: 11,
        validate: Some(gr_amka),
        trigger: Trigger::Near { words: GR_AMKA_WORDS, before: 32, after: 400 },
        context: GR_AMKA_WORDS,
        context_window: 400,
        positives: examples![
            "Ο ΑΜΚΑ μου είναι «12038577297», μπορείς να συμπληρώσεις την αίτηση;",
            "AMKA: «30090004190»",
            "αμκα παιδιού «05017296905»",
        ],
        negatives: examples![
            "AMKA 12038577298",
            "τηλέφωνο 12038577297",
            "AMKA 32038577295",
            "AMKA 1203857729",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ro-cnp",
        title: "Romanian personal numeric code (CNP)",
        about: about!("Cod numeric personal: sex/century, birth date, county, serial and a weighted mod-11 check; reported next to CNP words."),
        label: "RO_CNP",
        severity: Severity::High,
        pattern: r"[1-9][0-9]{12}",
        max_len: 13,
        validate: Some(ro_cnp),
        trigger: Trigger::Near { words: RO_CNP_WORDS, before: 32, after: 400 },
        context: RO_CNP_WORDS,
        context_window: 400,
        positives: examples![
            "CNP-ul meu este «1850412123450», poți completa cererea?",
            "Cod numeric personal: «2921103401270»",
            "CNP «5120229700041» (născut pe 29 februarie)",
        ],
        negatives: examples![
            "CNP 1850412123451",
            "comanda 1850412123450",
            "CNP 1851312123458",
            "CNP 1850412993458",
        ],
        ..Rule::PII
    },
    rule! {
        id: "tr-tc-kimlik",
        title: "Turkish identity number (T.C. Kimlik No)",
        about: about!("Eleven digits with two check digits; reported next to TC kimlik words since it is bare digits."),
        label: "TR_TC_KIMLIK",
        severity: Severity::High,
        pattern: r"[1-9][0-9]{10}",
        max_len: 11,
        validate: Some(tr_tc_kimlik),
        trigger: Trigger::Near { words: TR_TC_KIMLIK_WORDS, before: 32, after: 400 },
        context: TR_TC_KIMLIK_WORDS,
        context_window: 400,
        positives: examples![
            "TC kimlik numaram «29368117052», formu doldurur musun?",
            "T.C. Kimlik No: «70493501414»",
            "TCKN «86326215878» olan müşterinin faturası",
        ],
        negatives: examples![
            "TC kimlik 29368117053",
            "sipariş numarası 29368117052",
            "TC kimlik 02936811705",
            "TC kimlik 2936811705",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ee-isikukood",
        title: "Estonian personal identification code (isikukood)",
        about: about!("Sex/century digit, birth date, serial and a two-stage mod-11 check; reported next to the word isikukood."),
        label: "EE_ISIKUKOOD",
        severity: Severity::High,
        pattern: r"[1-8][0-9]{10}",
        max_len: 11,
        validate: Some(baltic_personal_code),
        trigger: Trigger::Near { words: EE_ISIKUKOOD_WORDS, before: 32, after: 400 },
        context: EE_ISIKUKOOD_WORDS,
        context_window: 400,
        known_examples: &["37605030299"],
        positives: examples![
            "Minu isikukood on «48807142738», palun täida avaldus.",
            "Isikukood: «37611024122»",
            "lapse isikukood «61003250190»",
        ],
        negatives: examples![
            "isikukood 48807142739",
            "tellimus 48807142738",
            "isikukood 37605030299",
            "isikukood 98807142738",
        ],
        ..Rule::PII
    },
    rule! {
        id: "lt-asmens-kodas",
        title: "Lithuanian personal code (asmens kodas)",
        about: about!("Same layout and two-stage mod-11 check as Estonia's; reported next to the words asmens kodas."),
        label: "LT_ASMENS_KODAS",
        severity: Severity::High,
        pattern: r"[1-8][0-9]{10}",
        max_len: 11,
        validate: Some(baltic_personal_code),
        trigger: Trigger::Near { words: LT_ASMENS_KODAS_WORDS, before: 32, after: 400 },
        context: LT_ASMENS_KODAS_WORDS,
        context_window: 400,
        known_examples: &["33309240064"],
        positives: examples![
            "Mano asmens kodas «39205172188», gal gali užpildyti prašymą?",
            "Asmens kodas: «48510060316»",
            "Vaiko asmens kodo nr. «50301301045»",
        ],
        negatives: examples![
            "asmens kodas 39205172189",
            "užsakymas 39205172188",
            "asmens kodas 33309240064",
            "asmens kodas 39213172182",
        ],
        ..Rule::PII
    },
    rule! {
        id: "de-steuernummer",
        title: "German tax number (Steuernummer)",
        about: about!("The Finanzamt's Steuernummer in every Land's layout and the 13-digit ELSTER form (Land prefix and the 0 after the Finanzamt number checked), next to a Steuernummer label."),
        label: "DE_STEUERNUMMER",
        pattern: r"\b([0-9]{2,3}/[0-9]{3,4}/[0-9]{4,5}(?:/[0-9])?|[0-9]{5}/[0-9]{5}|0?[0-9]{2} [0-9]{3} [0-9]{5}|[0-9]{13})\b",
        value_group: 1,
        max_len: 20,
        validate: Some(de_steuernummer),
        trigger: Trigger::Near { words: DE_STEUERNUMMER_WORDS, before: 32, after: 400 },
        context: DE_STEUERNUMMER_WORDS,
        context_window: 400,
        positives: examples![
            "Meine Steuernummer ist «181/815/08155», kannst du die Umsatzsteuervoranmeldung vorbereiten?",
            "St.-Nr. «133/8150/8159» (Finanzamt Düsseldorf)",
            "Steuernummer für ELSTER: «2893081508152»",
            "Hessen: Steuernummer «013 815 08153», Finanzamt Frankfurt",
        ],
        negatives: examples![
            "Steuernummer 2593081508152",
            "Bestellnummer 181/815/08155",
            "Steuernummer 18/81/508155",
            "Datum 2024/01/15 laut Steuernummer-Brief",
        ],
        ..Rule::PII
    },
    rule! {
        id: "is-kennitala",
        title: "Icelandic identity number (kennitala)",
        about: about!("Iceland's kennitala for people and companies: birth date, a mod-11 check digit and a century digit, next to a kennitala label."),
        label: "IS_KENNITALA",
        severity: Severity::High,
        pattern: r"\b[0-9]{6}-?[0-9]{4}\b",
        max_len: 11,
        validate: Some(is_kennitala),
        trigger: Trigger::Near { words: IS_KENNITALA_WORDS, before: 32, after: 400 },
        context: IS_KENNITALA_WORDS,
        context_window: 400,
        positives: examples![
            "Kennitalan mín er «091266-5639», geturðu fyllt út umsóknina?",
            "kt. «080345-2249», Reykjavík",
            "nafn,kennitala\nJón Jónsson,«0811540749»",
        ],
        negatives: examples!["kennitala 091266-5649", "pöntun 091266-5639", "kennitala 321266-5639"],
        ..Rule::PII
    },
    rule! {
        id: "pt-cartao-cidadao",
        title: "Portuguese Citizen Card number (Cartão de Cidadão)",
        about: about!("The document number of the Cartão de Cidadão: civil identification number, its check digit, two version letters and a final check digit (AMA's mod-10 over digits and letters)."),
        label: "PT_CC",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 8, max_digits: 9, before: 0, after: 8 },
        pattern: r"\b[0-9]{8}[ -]?[0-9][ -]?[A-Za-z]{2}[0-9]\b",
        max_len: 16,
        validate: Some(pt_cartao_cidadao),
        positives: examples![
            "O número do meu Cartão de Cidadão é «59010928 0 ZZ2», preciso dele para o IRS?",
            "CC: «159013960ZZ8»",
            "Documento de identificação do cliente — «24595711 0 ZZ5»",
        ],
        negatives: examples!["Cartão de Cidadão 59010928 0 ZZ3", "encomenda 590109280 ZZ", "CC 00000000 0 ZZ4"],
        ..Rule::PII
    },
];
