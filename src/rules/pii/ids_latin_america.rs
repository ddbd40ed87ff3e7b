//! National and tax identifiers of Colombia, Ecuador, Costa Rica, the
//! Dominican Republic, Cuba and Peru.
//!
//! The check-digit and structure rules are in `validate::national`, each
//! with its source. Most of these are bare digits that collide with phone,
//! order and account numbers, so they run near a label (`cédula`, `NIT`,
//! `DNI`, `carné`…), which the validators also require within
//! `context_window` (or in the column header of a pasted table). The
//! Dominican cédula's 3-7-1 dashed layout is distinctive enough to report
//! alone.

use super::ids_americas::{digit_vec, formatted, lead, screen, sequential, tail};
use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::all_same;
use crate::validate::national::{
    co_nit_valid, cr_cedula_plausible, cu_ni_valid, do_cedula_valid, ec_cedula_valid, pe_dni_check_ok,
};

/// Labels of the cédula de identidad in Spanish-speaking countries, as
/// written in forms, prose and column headers.
const CEDULA_WORDS: &[&str] = &[
    "cédula",
    "cedula",
    "c.i.",
    "ci:",
    "ci no",
    "ci n°",
    "número de identidad",
    "numero de identidad",
    "número de identificación",
    "numero de identificacion",
    "documento de identidad",
];

/// Verified with context and a passing check, else dropped.
fn context_and(c: &Candidate, ok: bool) -> Verdict {
    match screen(c) {
        Some(true) if ok => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn co_nit(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    context_and(c, !all_same(c.value) && co_nit_valid(&d))
}

fn ec_cedula(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    // A RUC of a natural person is the cédula and an establishment number.
    let ok = match d.len() {
        10 => ec_cedula_valid(&d),
        13 => ec_cedula_valid(&d[..10]) && d[10..] != [0, 0, 0],
        _ => false,
    };
    context_and(c, ok && !all_same(c.value))
}

fn cr_cedula(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    match screen(c) {
        Some(true) if cr_cedula_plausible(&d) && !sequential(&d) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn do_cedula(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    if all_same(c.value) || !do_cedula_valid(&d) {
        return Verdict::Invalid;
    }
    match (context, formatted(c.value)) {
        (true, _) => Verdict::Verified,
        // 001-1391820-5: the JCE layout, with a 1-in-10 check.
        (false, true) => Verdict::Plausible,
        (false, false) => Verdict::Invalid,
    }
}

fn cu_carne(c: &Candidate) -> Verdict {
    let d = digit_vec(c.value);
    match screen(c) {
        Some(true) if cu_ni_valid(&d) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn pe_dni(c: &Candidate) -> Verdict {
    let Some(context) = screen(c) else { return Verdict::Invalid };
    let d = digit_vec(c.value);
    let body = &d[..8];
    if !context || all_same(&c.value[..8]) || sequential(body) {
        return Verdict::Invalid;
    }
    match c.value.as_bytes().get(9) {
        Some(&check) if pe_dni_check_ok(body, check) => Verdict::Verified,
        Some(_) => Verdict::Invalid,
        None => Verdict::Plausible,
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "co-nit",
        title: "Colombian tax number (NIT)",
        about: about!("Colombia's Número de Identificación Tributaria, for companies and people (the cédula plus a check digit); the DIAN's prime-weighted mod-11 check digit, next to a NIT label."),
        label: "CO_NIT",
        trigger: Trigger::Near {
            words: &["nit", "n.i.t", "identificación tributaria", "identificacion tributaria"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{1,3}(?:\.[0-9]{3}){2,3} ?- ?[0-9]|[0-9]{6,12} ?- ?[0-9]|[0-9]{8,12})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(co_nit),
        context: &["nit", "n.i.t", "identificación tributaria", "identificacion tributaria"],
        context_window: 400,
        positives: examples![
            "Factura a nombre de Inversiones Andina S.A.S., NIT «843.464.097-3», Bogotá",
            "el NIT de la empresa es «820246633-3», ¿me ayudas con el formato del RUT?",
            "NIT: «8529923121»",
            "razon_social,nit,ciudad\nTextiles del Valle,«887.366.946-1»,Cali",
        ],
        negatives: examples![
            "NIT 843.464.097-4",
            "pedido 843.464.097-3 enviado",
            "NIT 111.111.111-1",
            "nitrógeno 843464097",
        ],
        ..Rule::PII
    },
    rule! {
        id: "ec-cedula",
        title: "Ecuadorian cédula / RUC",
        about: about!("Ecuador's cédula de ciudadanía (province, type digit and a mod-10 check) and the RUC built on it, next to a cédula or RUC label."),
        label: "EC_CEDULA",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["cédula", "cedula", "ruc", "c.i.", "ci:", "identidad", "identificación", "identificacion"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{9}-[0-9]|[0-9]{10}(?:-?001)?|[0-9]{13})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(ec_cedula),
        context: &[
            "cédula", "cedula", "ruc", "c.i.", "ci:", "número de identidad", "numero de identidad",
            "número de identificación", "numero de identificacion", "documento de identidad", "ecuador",
        ],
        context_window: 400,
        positives: examples![
            "Mi cédula es «0208159087», ¿me ayudas a llenar el formulario del SRI?",
            "Cliente: María Guamán, C.I. «070166131-6», Quito",
            "RUC «1830913909001» (persona natural)",
            "nombre;cedula;telefono\nJosé Tenesaca;«1946030820»;0991234567",
        ],
        negatives: examples![
            "cédula 0208159088",
            "cédula 2508159087",
            "factura 0208159087",
            "cédula 1111111111",
        ],
        ..Rule::PII
    },
    rule! {
        id: "cr-cedula",
        title: "Costa Rican cédula",
        about: about!("Costa Rica's cédula de identidad: province digit, tomo and asiento (1-0234-0567); no check digit, so only next to a cédula label."),
        label: "CR_CEDULA",
        severity: Severity::High,
        trigger: Trigger::Near { words: CEDULA_WORDS, before: 32, after: 400 },
        pattern: concat!(lead!(), r"\b(0?[1-9]-[0-9]{4}-[0-9]{4}|0?[1-9] [0-9]{4} [0-9]{4}|[1-9][0-9]{8})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(cr_cedula),
        context: CEDULA_WORDS,
        context_window: 400,
        positives: examples![
            "Hola, mi cédula es «1-0934-0567», ¿qué necesito para sacar el pasaporte en San José?",
            "Cédula de identidad: «3 0455 0175»",
            "nombre,cedula\nAndrés Mora,«205980412»",
        ],
        negatives: examples!["cédula 0-0934-0567", "cédula 123456789", "pedido 1-0934-0567", "cédula 1-0934-056"],
        ..Rule::PII
    },
    rule! {
        id: "do-cedula",
        title: "Dominican cédula",
        about: about!("The Dominican Republic's cédula de identidad y electoral (JCE): eleven digits with a Luhn check digit; the 3-7-1 dashed layout reports alone, bare digits next to a cédula label."),
        label: "DO_CEDULA",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 11, max_digits: 11, before: 32, after: 4 },
        pattern: concat!(lead!(), r"\b([0-9]{3}-[0-9]{7}-[0-9]|[0-9]{11})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(do_cedula),
        context: &["cédula", "cedula", "jce", "identidad y electoral", "documento de identidad"],
        context_window: 200,
        positives: examples![
            "Mi cédula es «046-2819482-3», ¿cómo saco el certificado de no antecedentes?",
            "Empleado: Rafael Peña, cédula «01993518198»",
            "Is this cedula ok for the payroll import? «009-3786579-8»",
        ],
        negatives: examples![
            "cédula 046-2819482-4",
            "pedido 04628194823 enviado",
            "ref 046-2819482-3-1",
            "cédula 000-0000000-0",
        ],
        ..Rule::PII
    },
    rule! {
        id: "cu-carne",
        title: "Cuban identity number",
        about: about!("Cuba's número de identidad on the carné de identidad: birth date, a century digit and four digits; no check digit, so only next to a label."),
        label: "CU_CARNE",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["carné", "carne de identidad", "carnet", "identidad", "ci:", "c.i."],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{11})\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(cu_carne),
        context: &[
            "carné de identidad", "carne de identidad", "carnet de identidad", "carnet", "carné",
            "número de identidad", "numero de identidad", "ci:", "c.i.",
        ],
        context_window: 400,
        positives: examples![
            "Mi carné de identidad es «73081157491», ¿sirve para el trámite de ETECSA?",
            "Nombre: Yanelis Pérez, CI: «42110349555», La Habana",
            "numero de identidad «78081931147»",
        ],
        negatives: examples!["carné de identidad 73083257491", "pedido 73081157491", "carné 7308115749", "carnet 99999999999"],
        ..Rule::PII
    },
    rule! {
        id: "pe-dni",
        title: "Peruvian DNI",
        about: about!("Peru's Documento Nacional de Identidad (eight digits, often with RENIEC's check character after a dash, verified when present), next to a DNI label."),
        label: "PE_DNI",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["dni", "d.n.i", "documento nacional de identidad", "reniec"],
            before: 32,
            after: 400,
        },
        pattern: concat!(lead!(), r"\b([0-9]{8}(?:-[0-9A-Ka-k])?)\b", tail!()),
        value_group: 1,
        max_len: 64,
        validate: Some(pe_dni),
        context: &["dni", "d.n.i", "documento nacional de identidad", "reniec"],
        context_window: 400,
        positives: examples![
            "Mi DNI es «10497465-7», ¿me ayudas con la declaración a la SUNAT?",
            "Titular: Rosa Quispe, D.N.I. «42388604-H», Arequipa",
            "dni,nombre\n«07529170-7»,Luis Huamán",
        ],
        negatives: examples!["DNI 10497465-8", "DNI 12345678", "pedido 10497465-7", "DNI 1049746"],
        ..Rule::PII
    },
];
