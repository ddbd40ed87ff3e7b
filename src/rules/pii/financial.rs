//! Financial data: payment cards, IBANs, US routing numbers, SWIFT/BIC codes.
//!
//! Sources:
//! - Cards: ISO/IEC 7812 (Luhn check digit, issuer identification numbers);
//!   brand ranges and lengths as the card networks publish them (Visa 4;
//!   Mastercard 51–55 and 2221–2720; Amex 34/37; Discover 6011, 644–649, 65;
//!   JCB 3528–3589; Diners 300–305, 3095, 36, 38–39; UnionPay 62; Maestro;
//!   Mir 2200–2204). Test numbers published by Stripe, Braintree, Adyen and
//!   PayPal are not reported ([`TEST_CARDS`]).
//! - IBAN: ISO 13616 and the SWIFT IBAN registry (country code, length and
//!   BBAN structure per country, [`IBAN_FORMATS`]); check digits by
//!   ISO 7064 MOD 97-10. The registry's own examples are documentation.
//! - ABA routing transit numbers: the ABA/Federal Reserve check digit
//!   (weights 3, 7, 1) and the assigned prefix ranges 00–12, 21–32, 61–72, 80.
//! - BIC: ISO 9362 (4-letter institution, ISO 3166 country, 2-character
//!   location, optional 3-character branch).
//!
//! Crypto wallet addresses are not personal data here (see the wallet rules
//! among the secrets for private keys and seed phrases).

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{iso7064_mod97, luhn_valid};

/// The text the pattern matched before and after the value.
fn around<'a>(c: &Candidate<'a>) -> (&'a str, &'a str) {
    let start = (c.value.as_ptr() as usize).wrapping_sub(c.matched.as_ptr() as usize);
    if start <= c.matched.len() && start + c.value.len() <= c.matched.len() {
        (&c.matched[..start], &c.matched[start + c.value.len()..])
    } else {
        match c.matched.find(c.value) {
            Some(s) => (&c.matched[..s], &c.matched[s + c.value.len()..]),
            None => ("", ""),
        }
    }
}

// ---------------------------------------------------------------------------
// Payment cards
// ---------------------------------------------------------------------------

/// Card numbers published as test values by payment providers (digits
/// only). Developers paste these into chats all day.
const TEST_CARDS: &[&str] = &[
    "4111111111111111",
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3530111333300000",
    "30569309025904",
    "38520000023237",
    "4012888888881881",
    "4222222222222",
    "4000000000000002",
    "4000000000009995",
    "4000000000000077",
    "4000000000000341",
    "4000000000003220",
    "4000002500003155",
    "4000002760003184",
    "4000000000000119",
    "4000000000000127",
    "4000000000000069",
    "4000000000000101",
    "4000000760000002",
    "4000001240000000",
    "4000000000000259",
    "4000000000000036",
    "5200828282828210",
    "2223003122003222",
    "2222400070000005",
    "5454545454545454",
    "6011000000000004",
    "6011981111111113",
    "6200000000000005",
    "6205500000000000004",
    "3566002020360505",
    "3566111111111113",
    "36227206271667",
    "3056930009020004",
    "378734493671000",
    "4917610000000000",
    "4462030000000000",
    "4988438843884305",
    "4166676667666746",
    "5425233430109903",
    "2222410740360010",
    "6759649826438453",
    "6799990100000000019",
    "5019717010103742",
    "4005550000000001",
    "4263982640269299",
    "4917484589897107",
    "5500005555555559",
    "5500000000000004",
    "4007000000027",
    "4012888818888",
    "6011000000000012",
    "370000000000002",
    "3088000000000017",
    "38000000000006",
    "4444333322221111",
    "4917300800000000",
    "4000000000000010",
    "5431111111111111",
    "6331101999990016",
    "4035501000000008",
    "4012000033330026",
    "4012000077777777",
    "5424000000000015",
    "2223000048400011",
    "6011000400000000",
    "3566000020000410",
    "36070500001020",
    "4000000000000028",
    "4000000000001000",
    "4000000000001091",
];

/// Brand check: issuer identification number range and length (Maestro
/// from 12 digits, the shortest its issuers publish).
fn card_brand_ok(d: &str) -> bool {
    let n = d.len();
    if n < 13 && d.as_bytes()[0] != b'5' && d.as_bytes()[0] != b'6' {
        return false;
    }
    let p = |k: usize| d[..k].parse::<u32>().unwrap_or(0);
    let (p2, p3, p4, p6) = (p(2), p(3), p(4), p(6));
    match d.as_bytes()[0] {
        b'4' => matches!(n, 13 | 16 | 19),
        b'2' => ((2221..=2720).contains(&p4) && n == 16) || ((2200..=2204).contains(&p4) && (16..=19).contains(&n)),
        b'5' => {
            (51..=55).contains(&p2) && n == 16
                || matches!(p4, 5018 | 5020 | 5038 | 5893) && (12..=19).contains(&n)
                || p3 == 508 && n == 16
        }
        b'3' => {
            (p2 == 34 || p2 == 37) && n == 15
                || (3528..=3589).contains(&p4) && (16..=19).contains(&n)
                || ((300..=305).contains(&p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
                    && (14..=19).contains(&n)
        }
        b'6' => {
            (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6) || p2 == 62)
                && (16..=19).contains(&n)
                || matches!(p4, 6304 | 6759 | 6761 | 6762 | 6763) && (12..=19).contains(&n)
                || p2 == 60 && n == 16
        }
        _ => false,
    }
}

/// Payment card: separators consistent with the usual groupings (the
/// pattern), Luhn, brand range and length, not a published test number.
fn payment_card(c: &Candidate) -> Verdict {
    let (before, after) = around(c);
    // A leading `+` (a phone number) or `3.` (a decimal) and a trailing `.5`
    // are matched only so they can be refused.
    if !before.is_empty() || !after.is_empty() {
        return Verdict::Invalid;
    }
    let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
    if !(12..=19).contains(&digits.len()) || crate::validate::all_same(&digits) {
        return Verdict::Invalid;
    }
    // Digits inside a grouped IBAN (`DE89 3704 0044 0532 0130 00`) are the
    // IBAN's, whether or not its check digits hold.
    if inside_iban(c.before) {
        return Verdict::Invalid;
    }
    if TEST_CARDS.contains(&digits.as_str()) || !luhn_valid(&digits) || !card_brand_ok(&digits) {
        return Verdict::Invalid;
    }
    // A Brazilian CNPJ of a head office (`…0001` and both mod-11 check
    // digits) that also passes Luhn as a 14-digit Diners number.
    if digits.len() == 14 && &digits[8..12] == "0001" && super::ids_americas::cnpj_valid(&digits) {
        return Verdict::Invalid;
    }
    Verdict::Verified
}

/// Whether `before` ends with the start of a grouped IBAN: two letters,
/// two digits and any number of four-character groups, then a space.
fn inside_iban(before: &str) -> bool {
    let Some(t) = before.strip_suffix(' ') else { return false };
    for g in t.rsplit(' ') {
        let b = g.as_bytes();
        if b.len() != 4 || !b.iter().all(u8::is_ascii_alphanumeric) {
            return false;
        }
        if b[..2].iter().all(u8::is_ascii_uppercase) && b[2..].iter().all(u8::is_ascii_digit) {
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// IBAN
// ---------------------------------------------------------------------------

/// SWIFT IBAN registry: country and BBAN structure (`n` digits, `a`
/// uppercase letters, `c` letters or digits); the IBAN adds the country code
/// and two check digits.
const IBAN_FORMATS: &[(&str, &str)] = &[
    ("AD", "4n4n12c"),
    ("AE", "3n16n"),
    ("AL", "8n16c"),
    ("AT", "5n11n"),
    ("AZ", "4a20c"),
    ("BA", "3n3n8n2n"),
    ("BE", "3n7n2n"),
    ("BG", "4a4n2n8c"),
    ("BH", "4a14c"),
    ("BI", "5n5n11n2n"),
    ("BR", "8n5n10n1a1c"),
    ("BY", "4c4n16c"),
    ("CH", "5n12c"),
    ("CR", "4n14n"),
    ("CY", "3n5n16c"),
    ("CZ", "4n6n10n"),
    ("DE", "8n10n"),
    ("DJ", "5n5n11n2n"),
    ("DK", "4n9n1n"),
    ("DO", "4c20n"),
    ("EE", "2n14n"),
    ("EG", "4n4n17n"),
    ("ES", "4n4n1n1n10n"),
    ("FI", "3n11n"),
    ("FK", "2a12n"),
    ("FO", "4n9n1n"),
    ("FR", "5n5n11c2n"),
    ("GB", "4a6n8n"),
    ("GE", "2a16n"),
    ("GI", "4a15c"),
    ("GL", "4n9n1n"),
    ("GR", "3n4n16c"),
    ("GT", "4c20c"),
    ("HN", "4a20n"),
    ("HR", "7n10n"),
    ("HU", "3n4n1n15n1n"),
    ("IE", "4a6n8n"),
    ("IL", "3n3n13n"),
    ("IQ", "4a3n12n"),
    ("IS", "4n2n6n10n"),
    ("IT", "1a5n5n12c"),
    ("JO", "4a4n18c"),
    ("KW", "4a22c"),
    ("KZ", "3n13c"),
    ("LB", "4n20c"),
    ("LC", "4a24c"),
    ("LI", "5n12c"),
    ("LT", "5n11n"),
    ("LU", "3n13c"),
    ("LV", "4a13c"),
    ("LY", "3n3n15n"),
    ("MC", "5n5n11c2n"),
    ("MD", "2c18c"),
    ("ME", "3n13n2n"),
    ("MK", "3n10c2n"),
    ("MN", "4n12n"),
    ("MR", "5n5n11n2n"),
    ("MT", "4a5n18c"),
    ("MU", "4a2n2n12n3n3a"),
    ("NI", "4a20n"),
    ("NL", "4a10n"),
    ("NO", "4n6n1n"),
    ("OM", "3n16c"),
    ("PK", "4a16c"),
    ("PL", "8n16n"),
    ("PS", "4a21c"),
    ("PT", "4n4n11n2n"),
    ("QA", "4a21c"),
    ("RO", "4a16c"),
    ("RS", "3n13n2n"),
    ("RU", "9n5n15c"),
    ("SA", "2n18c"),
    ("SC", "4a2n2n16n3a"),
    ("SD", "2n12n"),
    ("SE", "3n16n1n"),
    ("SI", "5n8n2n"),
    ("SK", "4n6n10n"),
    ("SM", "1a5n5n12c"),
    ("SO", "4n3n12n"),
    ("ST", "8n11n2n"),
    ("SV", "4a20n"),
    ("TL", "3n14n2n"),
    ("TN", "2n3n13n2n"),
    ("TR", "5n1n16c"),
    ("UA", "6n19c"),
    ("VA", "3n15n"),
    ("VG", "4a16n"),
    ("XK", "4n10n2n"),
    ("YE", "4a4n18c"),
];

/// Examples printed in the IBAN registry, bank documentation and
/// validators' docs (compact form).
const IBAN_EXAMPLES: &[&str] = &[
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "GB29NWBK60161331926819",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "AD1200012030200359100100",
    "AE070331234567890123456",
    "AL47212110090000000235698741",
    "AT611904300234573201",
    "AT483200000012345864",
    "AZ21NABZ00000000137010001944",
    "BA391290079401028494",
    "BE68539007547034",
    "BE71096123456769",
    "BG80BNBG96611020345678",
    "BH67BMAG00001299123456",
    "BR1800360305000010009795493C1",
    "BY13NBRB3600900000002Z00AB00",
    "CH9300762011623852957",
    "CH5604835012345678009",
    "CR05015202001026284066",
    "CY17002001280000001200527600",
    "CZ6508000000192000145399",
    "DK5000400440116243",
    "DO28BAGR00000001212453611324",
    "EE382200221020145685",
    "ES9121000418450200051332",
    "FI2112345600000785",
    "FO6264600001631634",
    "GE29NB0000000101904917",
    "GI75NWBK000000007099453",
    "GL8964710001000206",
    "IE29AIBK93115212345678",
    "IT60X0542811101000000123456",
    "LU280019400644750000",
    "MT84MALT011000012345MTLCAST001S",
    "NO9386011117947",
    "PL61109010140000071219812874",
    "PT50000201231234567890154",
    "SA0380000000608010167519",
    "SE4550000000058398257466",
    "GB33BUKB20201555555555",
    "DE75512108001245126199",
    "FR7630006000011234567890189",
    "NL02ABNA0123456789",
    "ES7921000813610123456789",
    "DE02120300000000202051",
    "DE02500105170137075030",
    "DE12500105170648489890",
    "GB94BARC10201530093459",
    "FR7630001007941234567890185",
    "BE62510007547061",
    "AT022050302101023600",
    "LU120010001234567891",
    "NL20INGB0001234567",
    "PL27114020040000300201355387",
];

fn bban_matches(spec: &str, bban: &[u8]) -> bool {
    let mut at = 0;
    let mut count = 0usize;
    for b in spec.bytes() {
        if b.is_ascii_digit() {
            count = count * 10 + (b - b'0') as usize;
            continue;
        }
        let Some(part) = bban.get(at..at + count) else { return false };
        let ok = match b {
            b'n' => part.iter().all(u8::is_ascii_digit),
            b'a' => part.iter().all(u8::is_ascii_uppercase),
            _ => part.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
        };
        if !ok {
            return false;
        }
        at += count;
        count = 0;
    }
    at == bban.len()
}

/// IBAN: compact or in groups of four, registry country, length and BBAN
/// structure, check digits 02–98 and ISO 7064 MOD 97-10.
fn iban(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    // Spaces, if any, after every fourth character and nowhere else.
    if v.contains(&b' ') && v.iter().enumerate().any(|(i, &b)| (b == b' ') != ((i + 1) % 5 == 0)) {
        return Verdict::Invalid;
    }
    let compact: Vec<u8> = v.iter().copied().filter(|&b| b != b' ').collect();
    if compact.len() < 15 {
        return Verdict::Invalid;
    }
    let Some(&(_, spec)) = IBAN_FORMATS.iter().find(|(cc, _)| cc.as_bytes() == &compact[..2]) else {
        return Verdict::Invalid;
    };
    if !bban_matches(spec, &compact[4..]) || matches!(&compact[2..4], b"00" | b"01" | b"99") {
        return Verdict::Invalid;
    }
    if IBAN_EXAMPLES.iter().any(|e| e.as_bytes() == compact.as_slice()) {
        return Verdict::Invalid;
    }
    let rearranged = compact[4..].iter().chain(&compact[..4]).copied();
    if iso7064_mod97(rearranged) == Some(1) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------------------
// US ABA routing number
// ---------------------------------------------------------------------------

/// ABA routing transit number near a routing word: assigned prefix and the
/// 3-7-1 weighted check digit.
fn aba_routing(c: &Candidate) -> Verdict {
    let d: Vec<u32> = c.value.bytes().map(|b| (b - b'0') as u32).collect();
    if !c.near_context() || d.len() != 9 || crate::validate::all_same(c.value) {
        return Verdict::Invalid;
    }
    let prefix = d[0] * 10 + d[1];
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) {
        return Verdict::Invalid;
    }
    let sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
    if sum % 10 == 0 {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

// ---------------------------------------------------------------------------
// SWIFT / BIC
// ---------------------------------------------------------------------------

/// ISO 3166-1 alpha-2 codes and Kosovo's `XK`, which SWIFT also uses.
const COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO \
     BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH \
     ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL \
     IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME \
     MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH \
     PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC \
     TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK";

/// BIC next to the word SWIFT or BIC: institution letters, a real country,
/// alphanumeric location and branch.
fn swift_bic(c: &Candidate) -> Verdict {
    // The pattern matches a bare code too; only one with the keyword
    // before or after it (in the match) is reported.
    if c.matched.len() == c.value.len() {
        return Verdict::Invalid;
    }
    let v = c.value.as_bytes();
    if !(v.len() == 8 || v.len() == 11) || !v[..6].iter().all(u8::is_ascii_uppercase) {
        return Verdict::Invalid;
    }
    let country = &c.value[4..6];
    if !COUNTRY_CODES.split_ascii_whitespace().any(|cc| cc == country) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "payment-card",
        title: "Payment card number",
        about: about!("A credit or debit card number (PAN): 13–19 digits in the usual groupings, checked by Luhn and by the issuer's range and length; providers' published test cards are skipped."),
        label: "CARD_NUMBER",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 12, max_digits: 19, before: 2, after: 2 },
        // `+` or `3.` before and `.5` after are matched only to be refused
        // (phone numbers, decimals). 19-digit cards come as 4-4-4-4-3,
        // 12-digit Maestro cards as 4-4-4.
        pattern: r"(?:[0-9]\.|\+)?([0-9]{12,19}|[0-9]{4}(?: [0-9]{4}){3} [0-9]{3}|[0-9]{4}(?:-[0-9]{4}){3}-[0-9]{3}|[0-9]{4}(?: [0-9]{4}){2,3}|[0-9]{4}(?:-[0-9]{4}){2,3}|[0-9]{4} [0-9]{6} [0-9]{4,5}|[0-9]{4}-[0-9]{6}-[0-9]{4,5}|[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{1,3}|[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,3})(?:\.[0-9])?",
        value_group: 1,
        max_len: 32,
        validate: Some(payment_card),
        known_examples: TEST_CARDS,
        mask: Mask::LastFour,
        positives: examples![
            "Card: «4104 3321 8196 0018», exp 09/27, CVC 412",
            "the charge failed for «5359-4078-1618-4959», customer is furious",
            "amex «3752 553419 28320» on file for Mr. Okafor",
            "PAN=«2516310341316475»",
            "id,name,card,exp\n1042,Jane Ortiz,«6011139537672420»,2027-09",
            "Meine Kreditkarte: «3533 0122 6916 6976»",
            "Diners «3684 801845 1468» declined twice",
            "UnionPay «6227048281489325285»",
            "the 19-digit Visa «4929 4040 5613 8815 238» keeps failing 3DS",
            "Maestro «6759 6498 2648» (the old 12-digit card)",
            "Mir «2200 1512 3456 7890 120» получен в банке",
        ],
        negatives: examples![
            "Stripe test cards: 4242 4242 4242 4242 and 4000056655665556 (3DS)",
            "use 4111-1111-1111-1111 with any future date",
            "card 4104 3321 8196 0019 (one digit off)",
            "order id 1234567812345678 and shipment 9300120111410471720001",
            "ts=1716239022123 and 0000000000000000",
            "call +4479111234567",
            "pi = 3.1415926535897932384",
            "sku 7350053850019 and UPC 036000291452",
            "amex test 378282246310005, JCB 3530111333300000",
            "CNPJ: 38691474000108",
            "IBAN DE89 3704 0044 0532 0130 00 (the Bundesbank's example)",
            "IBAN GB33 BUKB 4539 1488 0343 6467 99 with a typo in the check digits",
            "ref 4539 1488 0343 (12 digits, Visa prefix)",
        ],
        ..Rule::PII
    },
    rule! {
        id: "iban",
        title: "IBAN",
        about: about!("An international bank account number: registry country, length and BBAN structure, and the mod-97 check digits; the registry's documentation examples are skipped."),
        label: "IBAN",
        severity: Severity::Medium,
        // The longest BBAN (34 characters) holds at most 32 digits after the
        // country code; letters in the BBAN split the digits into runs.
        trigger: Trigger::Digits { min_digits: 8, max_digits: 32, before: 20, after: 24 },
        // One alternative per IBAN length, compact or grouped by four.
        pattern: r"(?:NO)[0-9]{2}(?: ?[A-Z0-9]{4}){2} ?[A-Z0-9]{3}|(?:BE)[0-9]{2}(?: ?[A-Z0-9]{4}){3}|(?:DK|FI|FK|FO|GL|NL|SD)[0-9]{2}(?: ?[A-Z0-9]{4}){3} ?[A-Z0-9]{2}|(?:MK|SI)[0-9]{2}(?: ?[A-Z0-9]{4}){3} ?[A-Z0-9]{3}|(?:AT|BA|EE|KZ|LT|LU|MN|XK)[0-9]{2}(?: ?[A-Z0-9]{4}){4}|(?:CH|HR|LI|LV)[0-9]{2}(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]|(?:BG|BH|CR|DE|GB|GE|IE|ME|RS|VA)[0-9]{2}(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]{2}|(?:AE|GI|IL|IQ|OM|SO|TL)[0-9]{2}(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]{3}|(?:AD|CZ|ES|MD|PK|RO|SA|SE|SK|TN|VG)[0-9]{2}(?: ?[A-Z0-9]{4}){5}|(?:LY|PT|ST)[0-9]{2}(?: ?[A-Z0-9]{4}){5} ?[A-Z0-9]|(?:IS|TR)[0-9]{2}(?: ?[A-Z0-9]{4}){5} ?[A-Z0-9]{2}|(?:BI|DJ|FR|GR|IT|MC|MR|SM)[0-9]{2}(?: ?[A-Z0-9]{4}){5} ?[A-Z0-9]{3}|(?:AL|AZ|BY|CY|DO|GT|HN|HU|LB|NI|PL|SV)[0-9]{2}(?: ?[A-Z0-9]{4}){6}|(?:BR|EG|PS|QA|UA)[0-9]{2}(?: ?[A-Z0-9]{4}){6} ?[A-Z0-9]|(?:JO|KW|MU|YE)[0-9]{2}(?: ?[A-Z0-9]{4}){6} ?[A-Z0-9]{2}|(?:MT|SC)[0-9]{2}(?: ?[A-Z0-9]{4}){6} ?[A-Z0-9]{3}|(?:LC)[0-9]{2}(?: ?[A-Z0-9]{4}){7}|(?:RU)[0-9]{2}(?: ?[A-Z0-9]{4}){7} ?[A-Z0-9]",
        max_len: 42,
        validate: Some(iban),
        known_examples: IBAN_EXAMPLES,
        positives: examples![
            "IBAN: «DE50 5260 1815 9083 0166 13»",
            "Please wire the deposit to «GB55CRNB91390996030824» (Acme Lettings Ltd)",
            "Titulaire : M. Dupont — IBAN «FR97 6281 9482 1993 5181 9093 786»",
            "cuenta «ES95 5797 5432 3194 8757 4911», titular Lucía Gómez",
            "name,iban\nBram de Vries,«NL37BXWJ9746507529»",
            "conto: «IT06Q6252760189555979711471»",
        ],
        negatives: examples![
            "IBAN format example: DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432 is the sample from the docs",
            "IBAN DE50 5260 1815 9083 0166 14 (bad check digits)",
            "DE5052601815908301661 is one digit short",
            "lowercase de50526018159083016613",
            "XX12345678901234567890 is no country",
            "DE50 52601815 9083016613 split oddly",
            "NL91ABNA0417164300",
            "ticket AB12 3456 7890 1234 5678 90",
        ],
        ..Rule::PII
    },
    rule! {
        id: "us-aba-routing",
        title: "US bank routing number (ABA)",
        about: about!("A nine-digit ABA routing transit number next to a word like routing, ABA or RTN, checked by its 3-7-1 check digit and assigned prefix; it names the bank behind an account number."),
        label: "ROUTING_NUMBER",
        severity: Severity::Medium,
        trigger: Trigger::Near {
            words: &["routing", "aba:", "aba ", "aba#", "(aba)", "rtn", "transit number"],
            before: 32,
            after: 64,
        },
        pattern: r"\b[0-9]{9}\b",
        max_len: 9,
        validate: Some(aba_routing),
        context: &["routing", "aba", "rtn", "transit number"],
        context_window: 64,
        positives: examples![
            "routing number «023010310», account 000123456789",
            "ABA: «116247317»",
            "Direct deposit form — RTN «267510799» / acct 4421987",
            "Wire to Chase, routing «321183842», checking",
        ],
        negatives: examples![
            "routing number 023010311 (typo)",
            "tracking 023010310 shipped",
            "routing 993010314 and 000000000",
            "database row 116247317 in the aba_table",
            "routing table entry 12345678",
        ],
        ..Rule::PII
    },
    rule! {
        id: "swift-bic",
        title: "SWIFT/BIC code",
        about: about!("A bank's SWIFT/BIC code written next to the word SWIFT or BIC; identifies the bank of a payee, not the person, hence low severity."),
        label: "SWIFT_BIC",
        severity: Severity::Low,
        // `bic` only after a separator or before `:`/`/`: bare, it is the end
        // of every `public` in pasted Java or C#.
        trigger: Trigger::Near {
            words: &["swift", " bic", "\nbic", "\tbic", "(bic", "/bic", "\"bic", "'bic", "-bic", "|bic", ",bic", "*bic", "bic:", "bic/", "bic code"],
            before: 40,
            after: 60,
        },
        pattern: r#"(?:\b(?i:swift|bic)\b[A-Za-z \t:=#/().,'"*-]{0,24}?)?\b([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b(?:[ \t]*[(\[](?i:bic|swift)\b)?"#,
        value_group: 1,
        max_len: 64,
        validate: Some(swift_bic),
        positives: examples![
            "BIC: «QXBKDEFF»",
            "Kontoinhaber: Jonas Weber\nIBAN: DE50 5260 1815 9083 0166 13\nBIC: «GENODEF1S12»",
            "SWIFT/BIC «ZYRAFRPP123» for the EUR account",
            "«HLPBGB2L» (BIC), sort code 40-11-62",
            "Bank details — IBAN below, swift code: «NWTRSGSG»",
        ],
        negatives: examples![
            "public static final int MAXVALUE = 3;",
            "BIC: ABCDXX12",
            "SWIFT TRANSFER requested",
            "swift build -c release",
            "BIC: qxbkdeff",
            "BIC: QXBKDE",
            "QXBKDEFF without any keyword",
        ],
        ..Rule::PII
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(value: &str, near_context: bool) -> Candidate<'_> {
        Candidate::with_context(value, near_context)
    }

    #[test]
    fn luhn_vectors_and_brands() {
        // Published test numbers are valid Luhn and brand, which is why they
        // must be listed rather than left to the checksum.
        for t in TEST_CARDS {
            assert!(luhn_valid(t), "{t}");
        }
        for t in ["4111111111111111", "378282246310005", "5555555555554444", "30569309025904", "3530111333300000"] {
            assert!(card_brand_ok(t), "{t}");
            assert_eq!(payment_card(&cand(t, false)), Verdict::Invalid, "{t}");
        }
        for ok in ["4104332181960018", "2516310341316475", "375255341928320", "36848018451468", "6227048281489325285"] {
            assert_eq!(payment_card(&cand(ok, false)), Verdict::Verified, "{ok}");
        }
        // Luhn-valid but no brand: UATP (1), all zeros, 7-prefixed.
        for bad in ["100000000000009", "0000000000000000", "7000000000000005"] {
            assert_eq!(payment_card(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }

    #[test]
    fn iban_registry_examples_pass_mod97_and_structure() {
        for e in IBAN_EXAMPLES {
            let b = e.as_bytes();
            let (_, spec) = IBAN_FORMATS.iter().find(|(cc, _)| cc.as_bytes() == &b[..2]).unwrap();
            assert!(bban_matches(spec, &b[4..]), "{e}");
            let rearranged = b[4..].iter().chain(&b[..4]).copied();
            assert_eq!(iso7064_mod97(rearranged), Some(1), "{e}");
            // Documentation values are refused by the validator too.
            assert_eq!(iban(&cand(e, false)), Verdict::Invalid, "{e}");
        }
    }

    #[test]
    fn iban_validator() {
        for ok in ["DE50526018159083016613", "DE50 5260 1815 9083 0166 13", "MT18QPLX00474395755131373537990"] {
            assert_eq!(iban(&cand(ok, false)), Verdict::Verified, "{ok}");
        }
        for bad in [
            "DE50526018159083016614",
            "DE50 5260 18159083 0166 13",
            "GB55CRNB91390996030824X",
            "GB5512NB91390996030824", // GB bank code must be letters
        ] {
            assert_eq!(iban(&cand(bad, false)), Verdict::Invalid, "{bad}");
        }
    }

    #[test]
    fn aba_checksum() {
        // 021000021 and 011000015 are published routing numbers.
        for ok in ["021000021", "011000015", "122105155"] {
            assert_eq!(aba_routing(&cand(ok, true)), Verdict::Verified, "{ok}");
            assert_eq!(aba_routing(&cand(ok, false)), Verdict::Invalid, "{ok}");
        }
        for bad in ["021000022", "991000025", "000000000"] {
            assert_eq!(aba_routing(&cand(bad, true)), Verdict::Invalid, "{bad}");
        }
    }
}
