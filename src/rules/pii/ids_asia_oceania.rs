//! National identifiers of India (voter id, Aadhaar Virtual ID), Pakistan,
//! Indonesia and New Zealand.
//!
//! Check-digit and structure rules are in `validate::national`, each with
//! its source. The CNIC's 5-7-1 dashed layout reports alone; the
//! others run near their label.

use super::ids_americas::{digit_vec, formatted, lead, screen, sequential, tail};
use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::all_same;
use crate::validate::national::{id_nik_valid, in_aadhaar_vid_valid, in_epic_valid, nz_ird_valid, pk_cnic_plausible};

/// Verified with context and a passing check, else dropped.
fn context_and(c: &Candidate, ok: bool) -> Verdict {
    match screen(c) {
        Some(true) if ok && !all_same(c.value) && !sequential(&digit_vec(c.value)) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn in_epic(c: &Candidate) -> Verdict {
    context_and(c, in_epic_valid(c.value.as_bytes()))
}

fn in_aadhaar_vid(c: &Candidate) -> Verdict {
    context_and(c, in_aadhaar_vid_valid(&digit_vec(c.value)))
}

/// CNIC: the NADRA 5-7-1 dashed layout reports alone, bare digits with a label.
fn pk_cnic(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if !pk_cnic_plausible(&d) || all_same(&c.value[5..]) || sequential(&d) {
        return Verdict::Invalid;
    }
    match (context, formatted(c.value)) {
        (true, _) => Verdict::Verified,
        (false, true) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

/// NIK: region codes, birth date and serial, no check digit: with a label.
fn id_nik(c: &Candidate) -> Verdict {
    match screen(c) {
        Some(true) if id_nik_valid(&digit_vec(c.value)) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn nz_ird(c: &Candidate) -> Verdict {
    context_and(c, nz_ird_valid(&digit_vec(c.value)))
}

const IN_EPIC_WORDS: &[&str] =
    &["epic", "voter", "elector", "electoral", "election card", "मतदाता", "वोटर", "निर्वाचक", "मतदार", "ভোটার"];

/// `vid` alone starts "video" and "vida": with what follows it.
const IN_VID_WORDS: &[&str] =
    &["vid:", "vid ", "vid)", "vid\"", "vid-", "vid_", "vid,", "virtual id", "virtual aadhaar", "वर्चुअल आईडी"];

const PK_CNIC_WORDS: &[&str] =
    &["cnic", "nic", "snic", "nadra", "identity card", "شناختی", "شناختی کارڈ", "b-form", "id card"];

const ID_NIK_WORDS: &[&str] =
    &["nik", "ktp", "e-ktp", "nomor induk kependudukan", "no. induk", "kartu tanda penduduk", "nomor identitas"];

const NZ_IRD_WORDS: &[&str] = &["ird", "i.r.d", "inland revenue", "tax file", "tax number"];

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "in-epic",
        title: "Indian voter id (EPIC)",
        about: about!("The Election Commission's Electoral Photo Identity Card number: a three-letter constituency prefix, six digits and a Luhn check digit, next to a voter-id label."),
        label: "IN_EPIC",
        trigger: Trigger::Token { min_len: 10, max_len: 10, min_digits: 7, before: 32, after: 0 },
        pattern: concat!(lead!(), r"\b([A-Z]{3}[0-9]{7})\b"),
        value_group: 1,
        max_len: 64,
        validate: Some(in_epic),
        context: IN_EPIC_WORDS,
        context_window: 200,
        positives: examples![
            "My voter ID (EPIC) number is «REP1675131», can you check the polling booth?",
            "मतदाता पहचान पत्र संख्या «PCG4125241»",
            "name,epic_no,constituency\nRavi Kumar,«ERH1672328»,Varanasi",
        ],
        negatives: examples!["voter id REP1675132", "ticket REP1675131", "voter id ABC1234567"],
        ..Rule::PII
    },
    rule! {
        id: "in-aadhaar-vid",
        title: "Aadhaar Virtual ID",
        about: about!("UIDAI's 16-digit revocable Virtual ID that stands in for an Aadhaar number; Verhoeff check digit, next to a VID label."),
        label: "IN_AADHAAR_VID",
        severity: Severity::High,
        trigger: Trigger::Near { words: IN_VID_WORDS, before: 32, after: 200 },
        pattern: concat!(lead!(), r"\b([1-9][0-9]{3} [0-9]{4} [0-9]{4} [0-9]{4}|[1-9][0-9]{3}-[0-9]{4}-[0-9]{4}-[0-9]{4}|[1-9][0-9]{15})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(in_aadhaar_vid),
        context: &["vid", "virtual id", "virtual aadhaar", "वर्चुअल आईडी"],
        context_window: 200,
        positives: examples![
            "Use my Aadhaar VID «3505 8770 6589 4812» for the eKYC instead of the number",
            "Virtual ID: «3311440242646287»",
        ],
        negatives: examples!["VID 3505 8770 6589 4813", "video 3505877065894812", "VID 0000000000000000"],
        ..Rule::PII
    },
    rule! {
        id: "pk-cnic",
        title: "Pakistani CNIC",
        about: about!("NADRA's Computerised National Identity Card number: 13 digits, the first naming the province; the 5-7-1 dashed layout reports alone, bare digits next to a CNIC label."),
        label: "PK_CNIC",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b([1-7][0-9]{4}-[0-9]{7}-[0-9]|[1-7][0-9]{12})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(pk_cnic),
        context: PK_CNIC_WORDS,
        context_window: 200,
        positives: examples![
            "My CNIC is «34201-0891231-8», please fill the form for the bank account",
            "شناختی کارڈ نمبر «4220103976408»",
            "Customer: Ayesha Khan, «35202-4413887-2», Lahore",
        ],
        negatives: examples!["CNIC 84201-0891231-8", "order 3420108912318", "ref 34201-0000000-8", "34201-0891231-8-1"],
        ..Rule::PII
    },
    rule! {
        id: "id-nik",
        title: "Indonesian population number (NIK)",
        about: about!("Indonesia's Nomor Induk Kependudukan on the KTP: region codes, birth date (women +40 on the day) and a serial; no check digit, so only next to a NIK or KTP label."),
        label: "ID_NIK",
        severity: Severity::High,
        trigger: Trigger::Near { words: ID_NIK_WORDS, before: 32, after: 400 },
        pattern: concat!(lead!(), r"\b([0-9]{16}|[0-9]{6} [0-9]{6} [0-9]{4}|[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(id_nik),
        context: ID_NIK_WORDS,
        context_window: 400,
        positives: examples![
            "NIK saya «3171011708450001», tolong bantu isi formulir BPJS",
            "No. KTP: «3273 0145 0392 0002» (Bandung)",
            "nama,nik,kota\nSiti Rahma,«3578014711880003»,Surabaya",
        ],
        negatives: examples!["NIK 9971011708450001", "NIK 3171013002001234", "pesanan 3171011708450001", "NIK 3171011708450000"],
        ..Rule::PII
    },
    rule! {
        id: "nz-ird",
        title: "New Zealand IRD number",
        about: about!("Inland Revenue's tax number: 8 or 9 digits in the issued range with a two-stage modulus-11 check digit, next to an IRD label."),
        label: "NZ_IRD",
        severity: Severity::High,
        trigger: Trigger::Near { words: NZ_IRD_WORDS, before: 32, after: 400 },
        pattern: concat!(lead!(), r"\b([0-9]{2,3}-[0-9]{3}-[0-9]{3}|[0-9]{8,9})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(nz_ird),
        context: NZ_IRD_WORDS,
        context_window: 400,
        positives: examples![
            "My IRD number is «113-543-337», can you help with the IR3?",
            "IRD: «49-091-850»",
            "name,ird_number\nAroha Ngata,«121969362»",
        ],
        negatives: examples!["IRD 113-543-338", "order 113543337", "IRD 9125568"],
        ..Rule::PII
    },
];
