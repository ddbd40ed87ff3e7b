//! National identifiers of Croatia, Slovenia, North Macedonia, Bosnia and
//! Herzegovina (and the other JMBG registers), Bulgaria, Ukraine, Russia
//! and Latvia.
//!
//! Check-digit and structure rules are in `validate::national`, each with
//! its source. The JMBG family (EMŠO, EMBG, JMBG) carries a birth date, a
//! register region and a mod-11 check, strong enough to report alone; the
//! others are bare digits with a 1-in-10 or 1-in-11 check and run near
//! their label, in the country's language and in English.

use super::ids_americas::{digit_vec, formatted, lead, screen, sequential, tail};
use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::all_same;
use crate::validate::national::{
    bg_egn_valid, hr_oib_valid, jmbg_region, lv_personas_kods_valid, ru_inn_valid, ua_rnokpp_valid,
};

/// Verified with context and a passing check, else dropped.
fn context_and(c: &Candidate, ok: bool) -> Verdict {
    match screen(c) {
        Some(true) if ok && !all_same(c.value) && !sequential(&digit_vec(c.value)) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn hr_oib(c: &Candidate) -> Verdict {
    context_and(c, hr_oib_valid(&digit_vec(c.value)))
}

/// A JMBG whose region lies in `regions`: verified with a label, plausible
/// alone (birth date, region and check together pass about one random
/// 13-digit number in 30,000).
fn jmbg_in(c: &Candidate, regions: &[std::ops::RangeInclusive<u32>]) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    match jmbg_region(&digit_vec(c.value)) {
        Some(r) if regions.iter().any(|range| range.contains(&r)) => {
            if context {
                Verdict::Verified
            } else {
                Verdict::Plausible
            }
        }
        _ => Verdict::Invalid,
    }
}

fn si_emso(c: &Candidate) -> Verdict {
    jmbg_in(c, &[50..=59])
}

fn mk_embg(c: &Candidate) -> Verdict {
    jmbg_in(c, &[41..=49])
}

/// Bosnia and Herzegovina, and the JMBG registers still in use in Serbia
/// (70–99) and Montenegro (21–29); Croatia's old register (30–39) too.
fn ba_jmbg(c: &Candidate) -> Verdict {
    jmbg_in(c, &[10..=39, 70..=99])
}

fn bg_egn(c: &Candidate) -> Verdict {
    context_and(c, bg_egn_valid(&digit_vec(c.value)))
}

fn ua_rnokpp(c: &Candidate) -> Verdict {
    context_and(c, ua_rnokpp_valid(&digit_vec(c.value)))
}

fn ru_inn(c: &Candidate) -> Verdict {
    context_and(c, ru_inn_valid(&digit_vec(c.value)))
}

/// Old codes written DDMMYY-CNNNX (date, century digit and check) report
/// alone; new `32…` codes and bare digits need a label.
fn lv_personas_kods(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if all_same(c.value) || !lv_personas_kods_valid(&d) {
        return Verdict::Invalid;
    }
    let dated = !(d[0] == 3 && d[1] == 2);
    match (context, dated && formatted(c.value)) {
        (true, _) => Verdict::Verified,
        (false, true) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

const JMBG_PATTERN: &str = concat!(lead!(), r"\b([0-9]{13})\b", tail!());

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "hr-oib",
        title: "Croatian personal identification number (OIB)",
        about: about!("Croatia's osobni identifikacijski broj for people and companies; ISO 7064 MOD 11,10 check digit, next to an OIB label."),
        label: "HR_OIB",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["oib", "o.i.b", "osobni identifikacijski", "osobnog identifikacijskog"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b(?:HR)?([0-9]{11})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(hr_oib),
        context: &["oib", "o.i.b", "osobni identifikacijski", "osobnog identifikacijskog", "identifikacijski broj"],
        context_window: 400,
        positives: examples![
            "Moj OIB je «54728038522», možeš li mi pomoći s obrascem za poreznu?",
            "Zaposlenik: Ivana Horvat, O.I.B. «80841485254», Zagreb",
            "ime,oib,grad\nMarko Kovač,«38885393368»,Split",
        ],
        negatives: examples!["OIB 54728038523", "račun 54728038522", "OIB 11111111111", "OIB 5472803852"],
        ..Rule::PII
    },
    rule! {
        id: "si-emso",
        title: "Slovenian personal number (EMŠO)",
        about: about!("Slovenia's enotna matična številka občana: birth date, register region 50–59 and a mod-11 check digit."),
        label: "SI_EMSO",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: JMBG_PATTERN,
        value_group: 1,
        max_len: 64,
        validate: Some(si_emso),
        context: &["emšo", "emso", "matična številka", "maticna stevilka", "matične številke"],
        context_window: 200,
        known_examples: &["0101006500006"],
        positives: examples![
            "Moja EMŠO je «0712011505511», lahko izpolniš obrazec za ZZZS?",
            "Delavec: Jure Novak, «0802954505374», Ljubljana",
        ],
        negatives: examples!["EMŠO 0712011505512", "EMŠO 3102011505511", "EMŠO 0101006500006", "naročilo 0712011455119"],
        ..Rule::PII
    },
    rule! {
        id: "mk-embg",
        title: "North Macedonian personal number (EMBG)",
        about: about!("North Macedonia's единствен матичен број на граѓанинот: birth date, register region 41–49 and a mod-11 check digit."),
        label: "MK_EMBG",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: JMBG_PATTERN,
        value_group: 1,
        max_len: 64,
        validate: Some(mk_embg),
        context: &["ембг", "ЕМБГ", "embg", "матичен број", "maticen broj"],
        context_window: 200,
        positives: examples![
            "Мој ЕМБГ е «2010000455116», дали е точен за барањето?",
            "EMBG: «1312006412659» (Skopje)",
        ],
        negatives: examples!["ЕМБГ 2010000455117", "EMBG 2013000455116", "EMBG 0712011505511"],
        ..Rule::PII
    },
    rule! {
        id: "ba-jmbg",
        title: "JMBG (Bosnia and Herzegovina, Serbia, Montenegro)",
        about: about!("The jedinstveni matični broj građana still used in Bosnia and Herzegovina, Serbia and Montenegro: birth date, register region and a mod-11 check digit."),
        label: "JMBG",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 13, max_digits: 13, before: 32, after: 4 },
        pattern: JMBG_PATTERN,
        value_group: 1,
        max_len: 64,
        validate: Some(ba_jmbg),
        context: &["jmbg", "ЈМБГ", "јмбг", "matični broj", "maticni broj", "матични број"],
        context_window: 200,
        positives: examples![
            "Moj JMBG je «0312014171225», treba mi za prijavu u Sarajevu",
            "ime;jmbg\nAmir Hodžić;«0501018102993»",
        ],
        negatives: examples!["JMBG 0312014171226", "JMBG 0313014171225", "faktura 0312014171226"],
        ..Rule::PII
    },
    rule! {
        id: "bg-egn",
        title: "Bulgarian personal number (EGN)",
        about: about!("Bulgaria's единен граждански номер: birth date (century in the month), region digits and a weighted mod-11 check digit, next to an ЕГН label."),
        label: "BG_EGN",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["егн", "ЕГН", "egn", "единен граждански", "граждански номер"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{10})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(bg_egn),
        context: &["егн", "ЕГН", "egn", "единен граждански", "граждански номер"],
        context_window: 400,
        positives: examples![
            "Моето ЕГН е «8011122880», можеш ли да попълниш декларацията?",
            "EGN: «5801011820», Sofia",
            "име,егн\nИван Петров,«7704273043»",
        ],
        negatives: examples!["ЕГН 8011122881", "ЕГН 8013122880", "поръчка 8011122880", "ЕГН 801112288"],
        ..Rule::PII
    },
    rule! {
        id: "ua-rnokpp",
        title: "Ukrainian taxpayer number (RNOKPP)",
        about: about!("Ukraine's реєстраційний номер облікової картки платника податків (the ІПН): ten digits with a weighted check digit, next to its label."),
        label: "UA_RNOKPP",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &[
                "рнокпп", "РНОКПП", "іпн", "ІПН", "ідентифікаційний", "податковий номер", "облікової картки",
                "rnokpp", "ipn", "ukrainian tax",
            ],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{10})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(ua_rnokpp),
        context: &[
            "рнокпп", "РНОКПП", "іпн", "ІПН", "ідентифікаційний", "податковий номер", "облікової картки", "rnokpp",
            "ipn", "ukrainian tax",
        ],
        context_window: 400,
        positives: examples![
            "Мій РНОКПП «4862057980», допоможи заповнити декларацію",
            "ІПН: «6828288078» (ФОП Коваленко)",
        ],
        negatives: examples!["РНОКПП 4862057981", "замовлення 4862057980", "ІПН 1111111111"],
        ..Rule::PII
    },
    rule! {
        id: "ru-inn",
        title: "Russian taxpayer number (INN)",
        about: about!("Russia's идентификационный номер налогоплательщика: ten digits for organisations, twelve with two check digits for people, next to an ИНН label."),
        label: "RU_INN",
        trigger: Trigger::Near {
            words: &["инн", "ИНН", "inn:", "inn ", "налогоплательщика"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{12}|[0-9]{10})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(ru_inn),
        context: &["инн", "ИНН", "inn", "налогоплательщика"],
        context_window: 400,
        positives: examples![
            "Мой ИНН «017598983425», подскажи, как заполнить 3-НДФЛ?",
            "ООО \"Ромашка\", ИНН «7707083893»",
            "INN: «788783848338»",
        ],
        negatives: examples!["ИНН 017598983426", "ИНН 7707083894", "заказ 017598983425", "inner 7707083893"],
        ..Rule::PII
    },
    rule! {
        id: "lv-personas-kods",
        title: "Latvian personal code (personas kods)",
        about: about!("Latvia's personas kods: DDMMYY-CNNNX with a century digit, or since July 2017 a code starting 32; weighted mod-11 check digit. The dated, dashed form reports alone; the rest next to a label."),
        label: "LV_PERSONAS_KODS",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b([0-9]{6}-?[0-9]{5})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(lv_personas_kods),
        context: &["personas kod", "personas koda", "personas kodu", "p.k.", "pk:", "personal code", "personal id"],
        context_window: 400,
        positives: examples![
            "Mans personas kods ir «010366-18596», vai vari aizpildīt iesniegumu?",
            "Personas kods: «32786666177»",
            "«190648-18902» — is this Latvian code still valid after 2017?",
        ],
        negatives: examples!["personas kods 010366-18597", "pasūtījums 32786666177", "personas kods 013366-18596"],
        ..Rule::PII
    },
];
