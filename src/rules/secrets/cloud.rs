//! Cloud providers: AWS, Google Cloud, Azure and others.
//!
//! Formats and checks, with their sources:
//! - AWS: key ids and secret access keys (IAM user guide, "Understanding
//!   unique ID prefixes"); STS session tokens are base64 of a binary blob that
//!   starts with `origin_` or `er/aws`; Amazon Bedrock API keys (Bedrock user
//!   guide, "API keys"): the long-term `ABSK` key is base64 of
//!   `BedrockAPIKey-<id>-at-<account>:<secret>`, the short-term one base64 of a
//!   pre-signed `bedrock.amazonaws.com` URL. Both are decoded.
//! - Google: `AIza` API keys, `GOCSPX-` OAuth client secrets, `ya29.` access
//!   and `1//` refresh tokens; a service-account key file is JSON with
//!   `"type": "service_account"`, `private_key_id` and a PKCS#8 `private_key`,
//!   whose body is decoded here.
//! - Azure: storage account keys are 64 random bytes (88 base64 characters);
//!   "identifiable" keys carry a four-character service signature and a
//!   Marvin32 checksum keyed per key kind, and Common Annotated Security Keys
//!   (CASK) carry `JQQJ9` and a Marvin32 checksum (microsoft/security-utilities,
//!   `IdentifiableSecrets`, `IdentifiableMetadata`, `LegacyCommonAnnotatedSecurityKey`;
//!   checked here against public sample keys). Entra ID client secrets carry
//!   `7Q~`/`8Q~`; the current `8Q~` form ends in three characters of a
//!   Marvin32 checksum in the secret's own alphabet (same source).
//! - DigitalOcean `dop_v1_`/`doo_v1_`/`dor_v1_` + 64 hex; Alibaba `LTAI` ids;
//!   Tencent `AKID` ids; Yandex `AQVN` API keys, `t1.` IAM and `y0_` OAuth
//!   tokens; Scaleway `SCW` access keys; OpenShift `sha256~` tokens; Fly.io
//!   `fm2_` macaroons (msgpack, decoded); Kubernetes bootstrap tokens
//!   (`[a-z0-9]{6}.[a-z0-9]{16}`, kubeadm docs) and service-account JWTs.
//! - Secrets without a prefix (AWS, Alibaba, Tencent, IBM, Linode, Hetzner,
//!   Scaleway) are only looked for right after their provider's key id or
//!   variable name.

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base62_encode_fixed, base64_decode, shannon_entropy};

/// Decodes standard or URL-safe base64 into a fresh buffer.
fn decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    base64_decode(s.as_bytes(), &mut out).then_some(out)
}

fn has_classes(s: &str) -> (bool, bool, bool) {
    let b = s.as_bytes();
    (b.iter().any(u8::is_ascii_uppercase), b.iter().any(u8::is_ascii_lowercase), b.iter().any(u8::is_ascii_digit))
}

/// Random mixed-case alphanumerics: upper, lower and digit all present.
fn mixed_alnum(c: &Candidate) -> Verdict {
    match has_classes(c.value) {
        (true, true, true) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

/// Marvin32, the keyed checksum Microsoft's identifiable secrets carry
/// (algorithm as in SymCrypt's `marvin32.c`; the 64-bit state is folded to
/// 32 bits by xoring its halves).
pub(crate) fn marvin32(data: &[u8], seed: u64) -> u32 {
    fn block(mut p0: u32, mut p1: u32) -> (u32, u32) {
        p1 ^= p0;
        p0 = p0.rotate_left(20).wrapping_add(p1);
        p1 = p1.rotate_left(9) ^ p0;
        p0 = p0.rotate_left(27).wrapping_add(p1);
        p1 = p1.rotate_left(19);
        (p0, p1)
    }
    let (mut p0, mut p1) = (seed as u32, (seed >> 32) as u32);
    let mut chunks = data.chunks_exact(4);
    for chunk in &mut chunks {
        p0 = p0.wrapping_add(u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]));
        (p0, p1) = block(p0, p1);
    }
    let tail = chunks.remainder();
    let last = match tail.len() {
        0 => 0x80,
        1 => 0x8000 | tail[0] as u32,
        2 => 0x80_0000 | (tail[1] as u32) << 8 | tail[0] as u32,
        _ => 0x8000_0000 | (tail[2] as u32) << 16 | (tail[1] as u32) << 8 | tail[0] as u32,
    };
    p0 = p0.wrapping_add(last);
    (p0, p1) = block(p0, p1);
    (p0, p1) = block(p0, p1);
    p0 ^ p1
}

/// A Marvin32 seed is an eight-character ASCII name read big-endian.
const fn seed(name: &[u8; 8]) -> u64 {
    u64::from_be_bytes(*name)
}

/// The seed of CASK keys and of Azure Storage and Event Grid keys.
pub(crate) const DEFAULT_SEED: u64 = seed(b"Default0");

/// Azure "identifiable" key: base64 of random bytes, a signature, and the
/// Marvin32 checksum of everything before it in the last four bytes.
fn identifiable(value: &str, seeds: &[u64]) -> Verdict {
    let Some(bytes) = decode(value) else { return Verdict::Invalid };
    if bytes.len() < 24 {
        return Verdict::Invalid;
    }
    let (body, check) = bytes.split_at(bytes.len() - 4);
    let check = u32::from_le_bytes([check[0], check[1], check[2], check[3]]);
    if seeds.iter().any(|&s| marvin32(body, s) == check) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn azure_storage_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[DEFAULT_SEED])
}

fn azure_cosmosdb_identifiable(c: &Candidate) -> Verdict {
    identifiable(
        c.value,
        &[
            seed(b"MastRW00"),
            seed(b"MastRO00"),
            seed(b"SystRW00"),
            seed(b"SystRO00"),
            seed(b"SysAll00"),
            seed(b"Resour00"),
            seed(b"Encryp00"),
        ],
    )
}

fn azure_batch_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"AbAcct00")])
}

fn azure_ml_classic_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"Classic0")])
}

fn azure_apim_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"Tenant00"), seed(b"IoTHub00"), seed(b"Gatewy00"), seed(b"GitKey00")])
}

/// Service Bus, Event Hubs and Relay share the messaging seeds.
fn azure_messaging_identifiable(c: &Candidate) -> Verdict {
    identifiable(
        c.value,
        &[seed(b"Send0000"), seed(b"Listen00"), seed(b"Manage00"), seed(b"System00"), seed(b"Unknown0")],
    )
}

fn azure_iot_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"IoTHub00"), seed(b"DpsKey00"), seed(b"Device00")])
}

fn azure_redis_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"Access00")])
}

fn azure_event_grid_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[DEFAULT_SEED])
}

fn azure_search_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"Query000"), seed(b"PAdmin00")])
}

fn azure_acr_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"ACRDflt0")])
}

fn azure_function_identifiable(c: &Candidate) -> Verdict {
    identifiable(c.value, &[seed(b"Functi00"), seed(b"System00"), seed(b"Master00")])
}

/// Checksum of a Common Annotated Security Key (`…JQQJ99…`): Marvin32 of
/// its first 60 bytes. The 88-character form stores all four checksum
/// bytes; the 84-character form keeps the first four characters of their
/// base64 or base62 encoding. Shared with the Azure DevOps rule.
pub(crate) fn cask_checksum_ok(value: &str) -> bool {
    let Some(mut bytes) = decode(value) else { return false };
    if bytes.len() < 63 {
        return false;
    }
    let long = bytes.len() >= 64;
    bytes.resize(64, 0);
    let sum = marvin32(&bytes[..60], DEFAULT_SEED);
    if long {
        return sum == u32::from_le_bytes([bytes[60], bytes[61], bytes[62], bytes[63]]);
    }
    let le = sum.to_le_bytes();
    let tail = &value.as_bytes()[80..84];
    // base64 of the four checksum bytes.
    let mut b64 = Vec::new();
    let mut acc = u32::from_be_bytes([le[0], le[1], le[2], 0]);
    for _ in 0..4 {
        let v = (acc >> 26) as u8;
        acc <<= 6;
        b64.push(match v {
            0..=25 => b'A' + v,
            26..=51 => b'a' + v - 26,
            52..=61 => b'0' + v - 52,
            62 => b'+',
            _ => b'/',
        });
    }
    if b64 == tail {
        return true;
    }
    // base62 of the bytes read as a big-endian number, padded or not.
    let n = u32::from_be_bytes(le) as u64;
    let padded = base62_encode_fixed(n, 6);
    let unpadded = {
        let first = padded[..6].iter().position(|&b| b != b'0').unwrap_or(5);
        &padded[first..6]
    };
    padded[..4] == *tail || (unpadded.len() >= 4 && unpadded[..4] == *tail)
}

/// CASK keys other than Azure DevOps PATs (which have their own rule).
fn azure_cask(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.len() < 84 || &v[76..80] == b"AZDO" {
        return Verdict::Invalid;
    }
    if cask_checksum_ok(c.value) {
        Verdict::Verified
    } else if v[57] != b'9' {
        // Derived and hashed keys (`JQQJ9D`, `JQQJ9H`) are checked elsewhere.
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Entra ID client secret: `8Q~` secrets end in the first three characters
/// of the Marvin32 checksum (seed `AadPwd00`) of the rest, written in the
/// secret alphabet; older `7Q~` secrets carry no checksum.
fn entra_client_secret(c: &Candidate) -> Verdict {
    const ALPHABET: &[u8; 66] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~";
    let v = c.value.as_bytes();
    if v.get(3) == Some(&b'7') {
        return Verdict::Plausible;
    }
    if v.len() != 40 {
        return Verdict::Invalid;
    }
    let mut n = marvin32(&v[..37], seed(b"AadPwd00"));
    let mut digits = [ALPHABET[0]; 6];
    for d in digits.iter_mut().rev() {
        *d = ALPHABET[(n % 66) as usize];
        n /= 66;
    }
    if digits[..3] == v[37..] {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// AWS secret access key: exactly 40 base64 characters of mixed case, not a
/// hex digest.
fn aws_secret_key(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.len() != 40 || v.contains('=') {
        return Verdict::Invalid;
    }
    if v.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Verdict::Invalid;
    }
    let (upper, lower, digit) = has_classes(v);
    if upper && lower && (digit || v.contains('+') || v.contains('/')) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// STS session token: a base64 blob whose first bytes name its origin.
fn aws_session_token(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.len() < 112 {
        return Verdict::Invalid;
    }
    let marked = |bytes: &[u8]| {
        let head = &bytes[..bytes.len().min(16)];
        head.windows(7).any(|w| w == b"origin_") || head.windows(6).any(|w| w == b"er/aws")
    };
    if decode(v).is_some_and(|b| marked(&b)) {
        return Verdict::Verified;
    }
    // Tokens copied from a console or a wrapped terminal line often lose a
    // few characters at the end: decode the whole quads only.
    let body = v.trim_end_matches('=');
    match decode(&body[..body.len() / 4 * 4]) {
        Some(b) if marked(&b) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

/// `ABSK` + base64 of `BedrockAPIKey-<id>-at-<account id>:<secret>`.
fn bedrock_long_term(c: &Candidate) -> Verdict {
    if !(104..=406).contains(&c.value.len()) {
        return Verdict::Invalid;
    }
    let Some(bytes) = decode(&c.value[4..]) else { return Verdict::Invalid };
    let at = bytes.windows(4).position(|w| w == b"-at-");
    if bytes.starts_with(b"BedrockAPIKey-") && at.is_some() && bytes.contains(&b':') {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// `bedrock-api-key-` + base64 of a pre-signed `CallWithBearerToken` URL.
fn bedrock_short_term(c: &Candidate) -> Verdict {
    let body = &c.value["bedrock-api-key-".len()..];
    if body.len() < 128 {
        return Verdict::Invalid;
    }
    // Decode a whole number of quads: the tail may be cut by the pattern.
    let Some(bytes) = decode(&body[..body.len() / 4 * 4]) else { return Verdict::Invalid };
    if bytes.starts_with(b"bedrock.amazonaws.com/?Action=CallWithBearerToken") {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// The `private_key` of a service-account key file: PKCS#8 PEM (JSON
/// escaped) whose body decodes to a DER sequence. Reported only inside a
/// service-account document (its other field names nearby).
fn gcp_service_account_key(c: &Candidate) -> Verdict {
    if !c.near_context() {
        return Verdict::Invalid;
    }
    let v = c.value;
    let (Some(start), Some(end)) = (v.find("KEY-----"), v.rfind("-----END")) else { return Verdict::Invalid };
    if start + 8 > end {
        return Verdict::Invalid;
    }
    let body: String = v[start + 8..end].replace("\\n", "").chars().filter(|c| !c.is_ascii_whitespace()).collect();
    match decode(&body) {
        Some(der) if der.len() > 64 && der[0] == 0x30 => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// SAS token: its `sig` is URL-encoded base64 of a 32-byte HMAC-SHA256.
fn azure_sas_signature(c: &Candidate) -> Verdict {
    let Some(at) = c.value.rfind("&sig=") else { return Verdict::Invalid };
    let unescaped = c.value[at + 5..].replace("%2B", "+").replace("%2b", "+").replace("%2F", "/").replace("%2f", "/");
    let unescaped = unescaped.replace("%3D", "=").replace("%3d", "=");
    match decode(&unescaped) {
        Some(mac) if mac.len() == 32 => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// A lone SAS signature: URL-decoded base64 of a 32-byte HMAC-SHA256.
fn azure_sas_variable(c: &Candidate) -> Verdict {
    let unescaped = c.value.replace("%2B", "+").replace("%2b", "+").replace("%2F", "/").replace("%2f", "/");
    let unescaped = unescaped.replace("%3D", "=").replace("%3d", "=");
    match decode(&unescaped) {
        Some(mac) if mac.len() == 32 => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

/// Base64 that decodes to exactly `n` bytes (legacy Azure keys).
fn decodes_to(value: &str, n: usize) -> Verdict {
    match decode(value) {
        Some(b) if b.len() == n => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn azure_storage_legacy(c: &Candidate) -> Verdict {
    decodes_to(c.value, 64)
}

fn azure_shared_access_key(c: &Candidate) -> Verdict {
    decodes_to(c.value, 32)
}

fn akamai_client_secret(c: &Candidate) -> Verdict {
    if c.near_context() {
        decodes_to(c.value, 32)
    } else {
        Verdict::Invalid
    }
}

/// Fly.io macaroon tokens are base64 msgpack arrays.
fn flyio_token(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.starts_with("fo1_") {
        return Verdict::Plausible;
    }
    let body = &v[v.find('_').map_or(0, |i| i + 1)..];
    if body.len() < 100 {
        return Verdict::Invalid;
    }
    match decode(body) {
        Some(b) if b.first().is_some_and(|&x| (0x90..=0x9f).contains(&x)) => Verdict::Verified,
        Some(_) => Verdict::Plausible,
        None => Verdict::Invalid,
    }
}

/// Exactly `n` characters (patterns take a longer run so a token is never
/// cut out of a longer string).
fn exact_len(c: &Candidate, n: usize) -> Verdict {
    if c.value.len() == n {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

fn ibm_cloud_api_key(c: &Candidate) -> Verdict {
    match (exact_len(c, 44), has_classes(c.value)) {
        (Verdict::Plausible, (true, true, true)) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

/// Scaleway access keys are upper-case letters and digits.
fn scaleway_access_key(c: &Candidate) -> Verdict {
    match has_classes(c.value) {
        (true, false, true) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

fn yandex_static_secret(c: &Candidate) -> Verdict {
    exact_len(c, 40)
}

fn openshift_token(c: &Candidate) -> Verdict {
    exact_len(c, 50)
}

/// Kubeadm bootstrap token: both letters and digits, as random ones have.
fn kubernetes_bootstrap(c: &Candidate) -> Verdict {
    let (_, lower, digit) = has_classes(c.value);
    if lower && digit && shannon_entropy(c.value) >= 3.0 {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// A JWT whose payload carries Kubernetes service-account claims.
fn kubernetes_service_account(c: &Candidate) -> Verdict {
    let mut parts = c.value.split('.');
    let (Some(header), Some(payload), Some(signature)) = (parts.next(), parts.next(), parts.next()) else {
        return Verdict::Invalid;
    };
    if header.len() < 13 || payload.len() < 23 || signature.len() < 20 {
        return Verdict::Invalid;
    }
    let (Some(h), Some(p)) = (decode(header), decode(payload)) else { return Verdict::Invalid };
    let has = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    if h.starts_with(b"{")
        && has(&h, b"\"alg\"")
        && (has(&p, b"\"kubernetes.io") || has(&p, b"kubernetes/serviceaccount"))
    {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "aws-access-key-id",
        title: "AWS access key ID",
        about:
            about!("Names an IAM user's long-term key (AKIA) or a temporary STS key (ASIA); with its secret it opens the account."),
        label: "AWS_ACCESS_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["AKIA", "ASIA", "ABIA", "ACCA"]),
        pattern: r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}",
        max_len: 20,
        min_entropy: 3.0,
        known_examples: &["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
        positives: examples!["why does boto3 reject «AKIAZ7VRSQ5TBLN2MXQE»?", "aws_access_key_id = «ASIAY34FZKBOKMUTVV7A»"],
        negatives: examples![
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "AKIAZ7VRSQ5TBLN2MXQ",
            "XAKIAZ7VRSQ5TBLN2MXQE",
            "AKIAZ7VRSQ5TBLN2MXQE9",
            "AKIAAAAAAAAAAAAAAAAA",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "aws-secret-access-key",
        title: "AWS secret access key",
        about: about!("The secret half of an AWS access key; looked for only after an AKIA key id or an AWS secret-key variable, and never a hex digest."),
        label: "AWS_SECRET_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["secret_access_key", "secretaccesskey", "aws_secret", "aws secret", "aws-secret", "akia"],
            before: 16,
            after: 160,
        },
        pattern: r#"(?:(?i:aws[ _-]?secret(?:[ _-]?access)?(?:[ _-]?key)?|secret[ _-]?access[ _-]?key)["']?\s*(?:[:=]>?|\s(?:is\s)?)\s*["']?|A[KS]IA[A-Z2-7]{16}["']?\s*[,:;|/]?\s*["']?)([A-Za-z0-9+/=]{40,200})"#,
        value_group: 1,
        max_len: 400,
        min_entropy: 4.0,
        validate: Some(aws_secret_key),
        known_examples: &["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
        mask: Mask::All,
        positives: examples![
            "[default]\naws_access_key_id = AKIAAU4PCZL6HT4DTCBS\naws_secret_access_key = «wkEJ3PEVVIPcP4Y7p4tD14z4gzM+jppZxO4z7Kdc»\nregion = eu-west-1",
            "here are the creds from the intern's laptop: AKIALEUHQXR22EPPW246 «hgovC9JPna2EFygOgeda9/neeMyJTVQmey7WuAP1» do I need to rotate both?",
            r#"{"Credentials": {"AccessKeyId": "ASIAY26725UAHXHBWDZ4", "SecretAccessKey": "«v1uXHSwFr/GOhZF+4WO4APcP7cptH9LkYhtbN8VR»", "Expiration": "2026-11-25T10:00:00Z"}}"#,
            "export AWS_SECRET_ACCESS_KEY=«hlURyH/rz1iXqn+9AYjtCCQymlAQ9JoM07UylJRU»",
        ],
        negatives: examples![
            // A git SHA is 40 hex characters.
            "aws_secret_access_key = d4321a607b18096efb051b3a21b3d6ae57c4f71c",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            // 39 and 41 characters.
            "aws_secret_access_key = TUwh2x+JhGKq9FFv/W4KF0T9obHRp/N9NIbUYN+",
            "aws_secret_access_key = TUwh2x+JhGKq9FFv/W4KF0T9obHRp/N9NIbUYN+xQ",
            "export AWS_SECRET_ACCESS_KEY=${AWS_SECRET}",
            "the trip to Asia was great, photo id 7qRdSXvSRvzi1JYY4U9QF3MpeUGeKFAM4eVvmMBE",
            "aws_secret_access_key = abcdefghijklmnopqrstuvwxyzabcdefghijklmn",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "aws-session-token",
        title: "AWS session token",
        about: about!("The third part of temporary STS credentials; its base64 body is decoded and must start with the token's origin marker."),
        label: "AWS_SESSION_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["IQoJb3JpZ2lu", "FwoGZXIvYXdz", "FQoGZXIvYXdz"]),
        pattern: r"(?:IQoJb3JpZ2lu|F[wQ]oGZXIvYXdz)[A-Za-z0-9+/]+={0,2}",
        max_len: 4100,
        min_entropy: 4.0,
        validate: Some(aws_session_token),
        context: &["aws_session_token", "sessiontoken", "security-token", "aws"],
        context_window: 80,
        mask: Mask::KeepPrefix(12),
        positives: examples![
            "aws_session_token = «IQoJb3JpZ2luX2VjEO0UIsS1e2AcTF3FJCXIrbu4S2dsqiUPjyP1bjJGVyMl8jeuQrxiaVN8HtKt1DMiccTB2nfhHEBVzoaf9GDQCSHv2s2xXQUYDrjE+i0G7pA7FHAqRqTMyn/jOJQl2OKKR/90bpvn3KD1+QXbtY03z0DiETqctqGO3KxaZrpHW1M4hhznBJa+zGkuFVW0MO24whGhT+d16UTj/A3D4XwWR9SE5wn05iE6MhMhVhV0WdVkC7B4i4P8kl16pnSLFrChnx6fztku+mnIy2Tr0Hv6WcOoMEq6mROGzdeomm6rEU2M4lR8pNlbrQbXtIeIkWxNDriY6C7RWDQSuL/y9jCFQv7CTozQAPxjUIcCuSy+R3XmR7VXNoE4oMDP3jRlYCfGBzO8g5jC185kB6q9KQ==»",
            r#"export AWS_SESSION_TOKEN="«IQoJb3JpZ2luX2VjEBujR2FVSBLqn5I2hXUgxFQ6tNQqLSB9tLiNtfcEbXqulOpEtJC/XOL2750Ni+GhnWGztsUdIYUNEMjWCmLvUDeCK19NYz4uvlGmrtxyYXugl6XPI1hkM5+0X96KqSXXNq48aY36F9cyvuAV6xBDCuDEvSoD8JW2lwIDiXGlZpHANaPQxZJrpRYKbdboFLuAlAdoPMoI5GsYMyYrvQ9tMNz4ueWXCuRDRnR/zKblJdJKCIt737VBW3rKtiMWNz7d53J6gR9CvLGzhRUbjxD5Jjv59upZXEPilxgdhvJGo1YfuoLNsG97ipkijIjm1cIGvEQq7xic4FGGczva8VRaH8xK2mAlpp66XrvmAeHc7Aj5wul654GG64PvUO8Q8ECoQXQIOVczfKEIb6LjHg==»""#,
            // Copied from a terminal that dropped the last characters: the
            // length is no longer a whole number of base64 quads.
            "aws configure set aws_session_token «IQoJb3JpZ2luX2VjEGdhM5ktOj8iwhZAumKHr7OJFvCffTNruJyWN8rmyV/SY9yuNiZ2qS3ZkVYV8reHrcYWeFBnCkSOAWw0XP3uiBR2hOYym3b6DVshN/Prtym/ynGY7Pst8YCpLQkcBSt5r9FrFO9soRYkT54BYVQihWcz5sn5DqM2cUGLZ9PDIFrwsXnsDiG93beZx78mm/BoHxgeJEss/S1oJew14Y9RxX/MO9hBHtvSXC+tEoBJApXVDFY3YGZW0s9mYmrQXogXLuEJ7F+422bFcTpP2qc5p7hPG9+wuFA3w8+2rLY/YktwwPUU4XBr9uhBEYBL6K/fU»\n",
        ],
        negatives: examples![
            "aws_session_token = IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZVERYLONGSTRINGEXAMPLE",
            "aws_session_token = IQoJb3JpZ2luX2VjE...",
            // Too short to be a token.
            "IQoJb3JpZ2luX2VjEOEEJyfcyV9O7pSjJOZVeU9Hs2S+jBYWRNEX1nbNs7/8",
            // Not base64 of an STS blob.
            "IQoJb3JpZ2luoHIff6XIrL6p72qSIpt4729RCigqh8oj22IbX30nzMDNB8bYTddhKYxoBdPHUn2HKugVK9jWTHFMu8jeykvQiKJ2RfavINiYdI06lc8cLJlLUmonzta3vWCl",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "aws-bedrock-api-key",
        title: "Amazon Bedrock API key (long-term)",
        about: about!("A bearer key for Amazon Bedrock tied to an IAM user; `ABSK` + base64 of `BedrockAPIKey-…-at-<account>:<secret>`, decoded."),
        label: "AWS_BEDROCK_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ABSK"]),
        pattern: r"ABSK[A-Za-z0-9+/]+={0,2}",
        max_len: 410,
        min_entropy: 4.0,
        validate: Some(bedrock_long_term),
        positives: examples![
            "AWS_BEARER_TOKEN_BEDROCK=«ABSKQmVkcm9ja0FQSUtleS02ZGF0LWF0LTQzNTU0MTcwMDEwODpsVzJ3K0h0dGtCcFpNWVlNQlFQeGpvM24rSG50Q0FNamdyMmViMnhld3ZvPQ==»",
            r#"client = boto3.client("bedrock-runtime") # I set the key «ABSKQmVkcm9ja0FQSUtleS13bjdmLWF0LTQyMjQwNjE2ODg0NTplQzJ1ZzVwRDcyamtkTUgzK2RHV3h4RnBoU3ExSlAwTUd1bzUwbmpqWXRZPQ==» in env, still 403"#,
        ],
        negatives: examples![
            "AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...",
            "ABSKQmVkcm9ja0FQSUtleS1leGFtcGxlZXhhbXBsZQ==",
            // Base64 of something else.
            "ABSK35UNQWLISn2JZX3dKav1Qv4sYN4JmxaRA5k61EwSWlvmKVKDbFg3t76ilNYxYqWDdVHTbecXBpTPxxiIc6iq7vh0Pcqr9Ejqhn6IlWYh41lpMG6U2dZt5bkb",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "aws-bedrock-short-term-key",
        title: "Amazon Bedrock API key (short-term)",
        about: about!("A pre-signed Bedrock bearer URL valid up to 12 hours; the base64 body is decoded and must be a `CallWithBearerToken` request."),
        label: "AWS_BEDROCK_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["bedrock-api-key-"]),
        pattern: r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]+={0,2}",
        max_len: 3100,
        min_entropy: 4.0,
        validate: Some(bedrock_short_term),
        mask: Mask::KeepPrefix(16),
        positives: examples![
            "export AWS_BEARER_TOKEN_BEDROCK=«bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUE0M0E3R1FTTzVQSklBNDNWJTJGMjAyNjExMjUlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjExMjVUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPUlRb0piM0pwWjJsdVgyVmpFTERKUldvSlo3cWo1WVhpV0pPcFNUTlFzemNTMWM1MmIzME5VZ3JCOXJSV2RlTVIxOVlEeHMtbEgwSUdrJlgtQW16LVNpZ25hdHVyZT1mNDYyYWQ4YTk2NmI0MjFmY2UyNzZkYTBhZjI0OTA0OTgyNWQ0Nzg1OGI3OWE1YzlmZDQ4NzgwZmE4MDFlNTliJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZWZXJzaW9uPTE=»",
            "curl -H 'Authorization: Bearer «bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFPNksyTE81SDcyUjNLUUxNJTJGMjAyNjExMjUlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjExMjVUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPUlRb0piM0pwWjJsdVgyVmpFbFBlbUxqbE9ha2diU0QxY3ZNV2g4NTRsY3BpVWVEdHBfRUhtQWNlS1V5TnZvRXJyWmJRZFhqdFRXTG5BJlgtQW16LVNpZ25hdHVyZT0yMWYyOTY1OTQyNTJiYmFhOWFlNGVhOGMxZmRjYmEyYTEyYWYwYzZmZTM2MjRjN2Y1ZjhlNTQyYWQzMzQzOTY2JlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZWZXJzaW9uPTE=»' https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse",
        ],
        negatives: examples![
            "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb24",
            "AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFte......",
            "the bedrock-api-key- prefix marks short-term keys",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gcp-api-key",
        title: "Google API key",
        about: about!("Calls Google APIs (Maps, Gemini, Firebase…) billed to the project; `AIza` + 35 characters."),
        label: "GOOGLE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AIza"]),
        pattern: r"AIza[A-Za-z0-9_-]{35}",
        max_len: 39,
        min_entropy: 4.0,
        positives: examples![
            "GOOGLE_MAPS_API_KEY=«AIzawojXP4fl-5jVAzMkXsczhrvsptposumel5p»",
            "maps.googleapis.com/maps/api/geocode/json?address=Paris&key=«AIzaJ53Mk7Ne3Gho5-TOKLxuocvbOVAhWsFxLge» returns REQUEST_DENIED",
        ],
        negatives: examples![
            "AIzaaYvdilVzkS5tu1bK_9s6SfNfzjhcrwnGJo",
            "AIzawEkxt0fMcHJLr5d021Ht4GqLVHLeJ7dAPytx",
            "AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "key=AIzaSy...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gcp-service-account-key",
        title: "Google Cloud service-account private key",
        about: about!("The private key of a service-account key file acts as that account on Google Cloud; reported when the key file's field names surround it, its PKCS#8 body decoded."),
        label: "GCP_SERVICE_ACCOUNT_KEY",
        severity: Severity::Critical,
        // Anchored at the block itself: the service-account field names
        // around it (context, required by the validator) say where it is,
        // and matching the `"private_key": "` before it would need a capture
        // group, whose engine is slow over a 2 KB block.
        trigger: Trigger::Prefix(&["-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----"]),
        pattern: r#"-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\n)[A-Za-z0-9+/=\\\n]+-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?"#,
        max_len: 6200,
        validate: Some(gcp_service_account_key),
        context: &["service_account", "private_key_id", "gserviceaccount.com", "client_x509_cert_url"],
        context_window: 2000,
        mask: Mask::KeepPrefix(27),
        positives: examples![
            r#"my cloud function fails with invalid_grant, here's the key file: {"type": "service_account", "project_id": "billing-prod-4411", "private_key_id": "052a24742321039f0a525c70ff888033f006fecc", "private_key": "«-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAn9UL5oSJPhuu1hSBfFL\nVbc9UtCLtHaLnPCzI4irT+gh2gHtQHrkIe+VMBEjPbqWrJu/Vc9gxMx4wE/MdrWQ\nXk95bQp42Na2uXxTLTGJLpPIZybjWeuKVD4+7wnhTQLip7xKyOPXAClvilG0hAnK\n4rs30V+OEWv5RrSSiMNnWBNIs31hHcBRATzmJgsXyeSfVLsTZGfxc7J4jjPZfNXx\nDb80BWRjgMxdIk3u0f8UnlLXenZW87Ogudi3/eqnDy6RZstfstkKpHy4wFr0iNRH\n-----END PRIVATE KEY-----\n»", "client_email": "exporter@billing-prod-4411.iam.gserviceaccount.com", "client_id": "10492871234598765432"}"#,
            "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"6c50776d18f18ae20d280e8bf02b06d477be41fa\",\n  \"private_key\": \"«-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAt2ZJdK3oFc1PaG6l/rl\\nzRCGjbEQ3Ka+jkN2Esj21C7qEugoNGGLuVeRGRmKS8F7PiAGP2al/s+pbodFXkNl\\nuUFCizS6L8/CxSrrP0S0WZZAcgITf08c8pHEI5KzJEGegdtcTWirPpNGN5Vrz9ST\\nmbUPBRBi73lEK2Ljy0+/f3WeP3rLUSGNXuR7sLkql1B5YGoD8fuQ1BCYGRwvJWK+\\nYu5rBvtc16uBaSDILT6Wt+wqg4Xv6ZPsW588rVB0BByyj0kCQKK4PyAfpAdVn9Ta\\n-----END PRIVATE KEY-----\\n»\",\n  \"client_email\": \"ci@acme-data.iam.gserviceaccount.com\"\n}",
            r#"creds = {'type': 'service_account', 'project_id': 'etl-7731', 'private_key_id': 'b6c540abf77f2945272d32e8cb24600d5187f6ad', 'private_key': '«-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAArQKg3qYYbfbmTY/UIX6\nj9oBX2aMN5R+PeU/eI+kutHwXGEBTSJ1+75+pZdBezoeKv0LXp4cTxqowj8Fc+NP\nOzEjvDbQzNesJiMV7DpyahLWQJITacb2gKyP9L95skvzsGAwjJpkrwTnBfGoBzLo\npZTi9r7vljw8CHgDd7IBDShRwDpMZSS2yCH2sd3QKpeyzo2ngDozntDga41c5esS\nT6Mlyh92fa9GpnQU2zK4d6WKIYYWOFMXSpgjJ2eX5sxcO/polC6BEocS9Z7qo+Q1\n-----END PRIVATE KEY-----\n»', 'client_email': 'etl@etl-7731.iam.gserviceaccount.com'}"#,
        ],
        negatives: examples![
            // A private key outside a service-account document.
            r#"{"private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAArosDNMLCZ4FTBtVoNqJ\nDr4FtfFnBcAPhClyXiu+pdJg9MAgBX8YqKqUNGlVXqfUWbQzsscqISw+VSFiEOIP\n2XyhylpNJ/u6BxFroNq2KBLk8zhTAT0lLM6IPPD/TcVcvUSbhaG810Oom5Ry8J9C\n/yWCVjThut6A4vodGj6CNm3uGpcpdu7m6UAgnS/dPCY7tSeAMrOmOUpTtbVlyB0H\nB2M04Hix02REkTwN4EBtk4XvMVnbvQaDPbSCdd4jZEUSbq4affgIWPGxCBuG7RXy\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key_id": "bc3c4fbcd81a5b6fcc0a96ff62b7e7320f6196b6", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nnot base64 at all, this is text!!\n-----END PRIVATE KEY-----\n"}"#,
            // Base64, but not a DER structure.
            r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nQUFBQ7uQy6wEWJTs3GVRGHxU3KxGSaIwxzxLTc3x0XfBCE4XvKcxPr9MWl8j4NhF1wPhxe7d5uD7qD3dMRYXkiUupWwkLR\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key_id": "efa44d0e8011867d074a67284cfb01c5cfca84f9"}"#,
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "google-oauth-client-secret",
        title: "Google OAuth client secret",
        about: about!("Lets an app exchange authorization codes for user tokens; `GOCSPX-` + 28 characters."),
        label: "GOOGLE_OAUTH_SECRET",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["GOCSPX-"]),
        pattern: r"GOCSPX-[A-Za-z0-9_-]{28}",
        max_len: 35,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            r#"{"web":{"client_id":"4412-abc.apps.googleusercontent.com","client_secret":"«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»"}}"#,
            "GOOGLE_CLIENT_SECRET=«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»",
        ],
        negatives: examples!["GOCSPX-uWeTI6-UoUATEzi0NLA5741FY8", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "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abc", "client secrets start with GOCSPX-"],
        ..Rule::SECRET
    },
    rule! {
        id: "google-oauth-access-token",
        title: "Google OAuth access token",
        about: about!("A bearer token for Google APIs on a user's or service account's behalf, valid about an hour; `ya29.` + token."),
        label: "GOOGLE_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ya29."]),
        pattern: r"ya29\.(?:[A-Za-z0-9]{1,3}\.)?[A-Za-z0-9_-]{30}[A-Za-z0-9_-]*",
        max_len: 2060,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "curl -H \"Authorization: Bearer «ya29.a0DbntdT3NY-UIWEZffxa5DTKnGKsT5McEccdniisrwPJ4G22hrm64ZU4b0jvKaLFtuTIJQbyqcbNya0wpDVnDvz6nau2lwh7ooM_9HIX2ooZpN97I3FxgvRfJQbKFq_oePa0qXTU9rzOV3PDgNVL2S8»\" https://www.googleapis.com/drive/v3/files",
            r#"{"access_token": "«ya29.a0A9N4U0L1pvj6EaNhg9zW893QEVM75nBX5lpLKYKOhIb8d27OR-HEKjtMFyzcsSVO6ChwGyUPC2uCKDJEd21tE8tiPyKdnfwHR3IrkZifKm1yTBBD0dV6kc5C2LkdCVGm-tXLkSia5mod9Wo1ni5UYW»", "expires_in": 3599, "token_type": "Bearer"}"#,
        ],
        negatives: examples!["ya29.a0AfH6SMBexampleexample", "ya29.short", "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tokens that start with ya29. expire after an hour"],
        ..Rule::SECRET
    },
    rule! {
        id: "google-oauth-refresh-token",
        title: "Google OAuth refresh token",
        about: about!("Mints new Google access tokens until revoked; `1//0` + token."),
        label: "GOOGLE_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["1//0"]),
        pattern: r"1//0[A-Za-z0-9_-]{40}[A-Za-z0-9_-]*",
        max_len: 520,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            r#"{"refresh_token": "«1//0lc9tgFQtOqjqevS2OTCqcSWuk4IhHY8cYKSc_elCIOuOv94EIqjk55doJ1RKlvICItxnQCmWdCOVI1v1Bb3Eaubx6Och0ZpC_hI»", "scope": "https://www.googleapis.com/auth/gmail.readonly"}"#,
            "GOOGLE_REFRESH_TOKEN=«1//01uNaU-DVFcnBZGv07KWbGMKHOg7glKMoJ3Yf22isNlhaMK-v76dXPt-NfWoEU1XYwliqfWPxQm8qvBacbTRaML_Ynqnkj3SYIR1»",
        ],
        negatives: examples!["1//0abc", "see https://1//0 in the docs", "1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ratio 1//07b172b9f7f"],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-storage-identifiable-key",
        title: "Azure Storage account key (identifiable)",
        about: about!("Full access to an Azure Storage account's blobs, queues, tables and files; the 64-byte key carries the `+ASt` signature and a Marvin32 checksum, verified."),
        label: "AZURE_STORAGE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Inside { words: &["+ASt"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_storage_identifiable),
        mask: Mask::All,
        positives: examples![
            "DefaultEndpointsProtocol=https;AccountName=invoicesprod;AccountKey=«M11ZEXJgxA0AIJKE94+CSQS+jA8XxGR8depXEgCYv1QT+BVeGREA9Ubl5CIu+k0GjVYVs21WFxBx+AStmnvvUA==»;EndpointSuffix=core.windows.net",
            "az storage blob list --account-name invoicesprod --account-key «o0l3NO0kBO+bCd8wKOjfPjMGTNxh+8GljenYEHi4A1/ElAHIKILc+hlRUP+hMjqE9+qapHOt0I7g+AStvs6vFA==» -c exports",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=WYlERORuVixLKpbbS9auz4tyro0MQq05b68s6JP5W4P+ugA/NuKiPOFvfGYjBj7AhlLOdn6LtNny+AStvbkBUw==",
            // One character short.
            "KEY=QVbmyq+eDBOsElKqRlaBa5SJzJTzFOjBTvY5OatFGt5Os7egije05L7hJPXUPnrnthW0aIBhrFL+AStIYUsHw==",
            "the key should contain +ASt somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AStAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-cosmosdb-identifiable-key",
        title: "Azure Cosmos DB key (identifiable)",
        about: about!("Reads or writes every container of a Cosmos DB account; the 64-byte key carries the `ACDb` signature and a Marvin32 checksum, verified."),
        label: "AZURE_COSMOSDB_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Inside { words: &["ACDb"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_cosmosdb_identifiable),
        mask: Mask::All,
        positives: examples![
            "AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=«DTs9hpSPlkNyc9BcH20Ei5aPUQf7SzXRFma6KxsIcZAABo7Mdg/Caee5J1klHb/oxleJTdUkhJKKACDbk+DnCw==»;",
            "COSMOS_KEY=«FlwRikR6zuUpEA+BjqL6dsH3u7YV5qdhMJnFy0n293Z122tA1sd7y2fkhBFAcuqMDK4daRrgwOqRACDbaofMkQ==»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=GrbWFnVJ/lMhGUZBCMoE8C3lCuTcFss779ZZqZUmM/gMN8FsAP22CHCoCH6hcpX83FIOYYDPJ7JUACDbGpkq/g==",
            // One character short.
            "KEY=wnkJjZXbg7VsxJSqwztOx0ltOyAbWi9FQ5hc9l1I8rrr1Li0rv1xDmE/MxTLbbKKmtyEThw1y6WACDb8xmqsQ==",
            "the key should contain ACDb somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACDbAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-batch-identifiable-key",
        title: "Azure Batch account key (identifiable)",
        about: about!("Runs jobs on an Azure Batch account; the 64-byte key carries the `+ABa` signature and a Marvin32 checksum, verified."),
        label: "AZURE_BATCH_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+ABa"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+ABa[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_batch_identifiable),
        mask: Mask::All,
        positives: examples![
            "az batch account login -n renderfarm --shared-key-auth # key: «h+xidWu0JwRFeXnxiuAl8lO95FAcq57jZl4/eaZfczMegsrALDLRp3QXFIxQEy8TB9t+gBE/Z8Vf+ABaCgmMuA==»",
            "BATCH_ACCOUNT_KEY=«m9eFrW9BfIYx9liSgdDdWGf8buFOx3WDws9xqJEshefDgp/nv0LGJ7Fr+x+xiXpktnSm3O7lzQ6v+ABatFwNPA==»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=nluw/oXB1DKODFDI0KyrAwFPOymIEU1xBl8kFOHjY4yJmTGGveIG8HKFLhIYZ1YHYCIzT74EIq3i+ABaIC3Pvg==",
            // One character short.
            "KEY=f7Uni0oiIQg59EBQXcmfoG/8XoB1g4LMV4Vj0cSM4Q+DyuhdQcDv37/69AvtF2RS54JaNG6Is2p+ABaSZMBTw==",
            "the key should contain +ABa somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ABaAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-ml-classic-identifiable-key",
        title: "Azure ML web service key (identifiable)",
        about: about!("Calls a classic Azure Machine Learning web service; the 64-byte key carries the `+AMC` signature and a Marvin32 checksum, verified."),
        label: "AZURE_ML_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+AMC"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+AMC[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_ml_classic_identifiable),
        mask: Mask::All,
        positives: examples![
            "headers = {'Authorization': 'Bearer «lTsAOpFVS2NLBT8aR3En/LBcHO0qG+ObG4lEfDbDGN57atsJthjGO62sHQuDHTINwFdolwTjh798+AMCbcVdSQ==»'}",
            "ML_SERVICE_KEY=«x+OA0IJob/8WjT54LOR5gIkxRvJQdxBNtMQkSUUNmu0dDwhrB+kHVZRXttpkejtT/Jpc9D41DoS0+AMCNp/kMw==»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=NooXFS+xOuIVKUsX7BNe0nKFj7wk6ang5UYUt6/f/KZufrZeEmvFtDMvTDdu9qG3nWjwcG8J7aWy+AMCuDk9UQ==",
            // One character short.
            "KEY=B45J0NOio6G/cJKHt5VkhU+crDkt8+3/vLRShBecL32or3knzsStthXyJccllvuZUBMI5AcyLR++AMC/iLYLg==",
            "the key should contain +AMC somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AMCAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-apim-identifiable-key",
        title: "Azure API Management key (identifiable)",
        about: about!("Calls or manages APIs behind Azure API Management (subscription, gateway, direct-management or repository key); the 64-byte key carries the `APIM` signature and a Marvin32 checksum, verified."),
        label: "AZURE_APIM_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["APIM"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_apim_identifiable),
        mask: Mask::All,
        positives: examples![
            "Ocp-Apim-Subscription-Key: «BB4mZG3L6lyuV6ai1U2UTxbMOKaPsXrXV2KgAvadzVv99RkmlVq2w5uLhjScpHnpQCiPhziXkXhMAPIMk6JaFg==»",
            "APIM_GATEWAY_KEY=«dfPLQI6pYZGgHOXBtytFFHKIxUaTSfnmgm1JYtVCapHFqrKp8wrAsSwJFFNxY9sH5yHvagEuvxltAPIMtD5EmQ==»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=ecmciZPiE61mZMsRuAgpDs1QBh2jmcr9grTCXHxizrB4XIXjBCKMaz1XicmDxSvXAe6Uia1HZe+CAPIMdhKcsg==",
            // One character short.
            "KEY=oHmBGhiQOCdMuV56e2Oj9XluYjvZMTMlyjGEAIhNM6bVPZ8EYgUu3FW9BeFrHDS7tokJwP5/Ah3APIM+piENQ==",
            "the key should contain APIM somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPIMAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-service-bus-identifiable-key",
        title: "Azure Service Bus key (identifiable)",
        about: about!("Sends, listens to or manages a Service Bus namespace; the 32-byte key carries the `+ASb` signature and a Marvin32 checksum, verified."),
        label: "AZURE_SERVICE_BUS_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+ASb"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+ASb[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: examples![
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«QU/4SHC8Wnqw2caVP/1bV/OBNz84PtevQ+ASbI2cKbM=»",
            "SERVICEBUS_KEY=«F9mzM3if6im6lVWD7GO6XWeLyYsXqsl3L+ASbMaKvW0=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=7N53daqTrKjQm5FHwsfRLWcC0PaMKtY8m+ASbAfwKqE=",
            // One character short.
            "KEY=6QHHWdYytgVBPCvT6Ng18KJA6OtKTF6B+ASbH1aVRw=",
            "the key should contain +ASb somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ASbAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-event-hub-identifiable-key",
        title: "Azure Event Hubs key (identifiable)",
        about: about!("Sends to or reads from an Event Hubs namespace; the 32-byte key carries the `+AEh` signature and a Marvin32 checksum, verified."),
        label: "AZURE_EVENT_HUB_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+AEh"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+AEh[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: examples![
            "Endpoint=sb://telemetry-ns.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=«fL5PrwTya3kWnaqzFzCcJ15SpHvIom61z+AEhA9nwB4=»;EntityPath=clicks",
            "EVENTHUB_KEY=«mhfOkRckt7/Lqk4HXPrz+aAsw+GcZzWR6+AEhBcUY0c=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=bDWk0PUns7OrRqcc+rrN+UzthSIX0RFeC+AEhJ7nKGI=",
            // One character short.
            "KEY=z0hk7qDH8wPUVpnL0qEb6MaagVi/AzbU+AEhJP/Odg=",
            "the key should contain +AEh somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AEhAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-relay-identifiable-key",
        title: "Azure Relay key (identifiable)",
        about: about!("Opens Azure Relay hybrid connections; the 32-byte key carries the `+ARm` signature and a Marvin32 checksum, verified."),
        label: "AZURE_RELAY_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+ARm"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+ARm[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: examples![
            "Endpoint=sb://onprem-bridge.servicebus.windows.net/;SharedAccessKeyName=manage;SharedAccessKey=«SgMw1DStOC7cNTZER+E83CnmYOk5kdaMk+ARmDmMk5U=»",
            "RELAY_KEY=«VG+YtwK2gIs2JbeEt9rlDMpdUJiAMiCzi+ARmEpFVkY=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=BKvfvXW3zaaotkmxY9XtuUgCLKNva7V93+ARmOuZkWo=",
            // One character short.
            "KEY=1D02OJwfP4spp5egGNRjh3WLqTNhv0dz+ARmDyHLoA=",
            "the key should contain +ARm somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ARmAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-iot-identifiable-key",
        title: "Azure IoT key (identifiable)",
        about: about!("Acts as an IoT Hub, device-provisioning service or device; the 32-byte key carries the `AIoT` signature and a Marvin32 checksum, verified."),
        label: "AZURE_IOT_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["AIoT"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_iot_identifiable),
        mask: Mask::All,
        positives: examples![
            "HostName=fleet-hub.azure-devices.net;DeviceId=truck-17;SharedAccessKey=«ZvQdPa9zL6eYiBTs7nrzZ0IRfpzRPkcjBAIoTMjnXUo=»",
            "IOT_DEVICE_KEY=«2XogoLqs0ADafNaPOfrCUZwPj7Ly9hMzgAIoTHcW070=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=ukypHpQlyv6sxJjXF2dK1DxZQVEXSzyw7AIoTMC7KCs=",
            // One character short.
            "KEY=HO/ocniTyh1a9juMyaddypqm7hn0/KnjAIoTGy4/Rg=",
            "the key should contain AIoT somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIoTAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-redis-identifiable-key",
        title: "Azure Cache for Redis key (identifiable)",
        about: about!("Reads and writes an Azure Cache for Redis instance; the 32-byte key carries the `AzCa` signature and a Marvin32 checksum, verified."),
        label: "AZURE_REDIS_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["AzCa"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AzCa[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_redis_identifiable),
        mask: Mask::All,
        positives: examples![
            "sessions-cache.redis.cache.windows.net:6380,password=«6OULgAS0E3lqC/dnr1VHTHcwsK94SSW85AzCaC7cZj8=»,ssl=True,abortConnect=False",
            "REDIS_PASSWORD=«UEbV8K2KzFlljI9GeUKGoyv4PJIrQfz6TAzCaGPbWWE=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=P7SBJ9Mr+NnrZJLslWrXxl3+gGbsRFSDBAzCaNDk3ro=",
            // One character short.
            "KEY=YEIo1Awrf3qwqn48s1RZ9MEyjvkWVenbAzCaMxZmxQ=",
            "the key should contain AzCa somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzCaAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-event-grid-identifiable-key",
        title: "Azure Event Grid key (identifiable)",
        about: about!("Publishes events to an Event Grid topic or domain; the 32-byte key carries the `AZEG` signature and a Marvin32 checksum, verified."),
        label: "AZURE_EVENT_GRID_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["AZEG"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_event_grid_identifiable),
        mask: Mask::All,
        positives: examples![
            "aeg-sas-key: «i3L29m9VoWIac7LvR2ln1EEAuoMKa4jHIAZEGLqzOY4=»",
            "EVENTGRID_TOPIC_KEY=«qZwBQvIQqp87EZiAcgYWHBzYzaQpwHB2nAZEGG6pGFk=»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=81IRpokHEYug1/jQskb+am7N//vpMR/axAZEGNI7k7w=",
            // One character short.
            "KEY=rPGA8IdD4FQvENlBQcRcanmeB62eRrl3AZEGI7aE1I=",
            "the key should contain AZEG somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZEGAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-search-identifiable-key",
        title: "Azure AI Search key (identifiable)",
        about: about!("Queries or administers an Azure AI Search service; the 39-byte key carries the `AzSe` signature and a Marvin32 checksum, verified."),
        label: "AZURE_SEARCH_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["AzSe"], before: 46, after: 12 },
        pattern: r"[A-Za-z0-9+/]{42}AzSe[A-D][A-Za-z0-9+/]{5}",
        max_len: 52,
        validate: Some(azure_search_identifiable),
        mask: Mask::All,
        positives: examples![
            "api-key: «GWDpAwe4idNVtFQvXphsR+oejChKsib6XETCutUC9UAzSeAHakLZ»",
            "AZURE_SEARCH_ADMIN_KEY=«FH8uvGeXWYCERj+RiDE9dqqeteOAr7fnUGSUeRh87oAzSeC8MBNU»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=zzm3Uuiy2pJXCSwnRnI1g46RnZPYms+xnOOePv5az2AzSeBcaKmG",
            // One character short.
            "KEY=hl9f5WvdVhBVHd+TcBtA2+rEBtdBOsqc/rWuwDS2YAzSeBe5up6",
            "the key should contain AzSe somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzSeAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-container-registry-identifiable-key",
        title: "Azure Container Registry key (identifiable)",
        about: about!("Pushes and pulls images of an Azure Container Registry; the 39-byte key carries the `+ACR` signature and a Marvin32 checksum, verified."),
        label: "AZURE_ACR_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["+ACR"], before: 46, after: 12 },
        pattern: r"[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5}",
        max_len: 52,
        validate: Some(azure_acr_identifiable),
        mask: Mask::All,
        positives: examples![
            "docker login myregistry.azurecr.io -u myregistry -p «o0jmaiYS2+iYuxV5xYFFDGQ0ayjY6YC56p/b8yfJUV+ACRDKsqYR»",
            "ACR_PASSWORD=«APuuq/gexFPfbr5j+4wOXglv9EpW0OdIM7TkKCGhDD+ACRCRhVEr»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=1esaeNSbep4/gHq2EOGlK9jO/rKBCOdDGfOVgj5zNe+ACRCdMkUt",
            // One character short.
            "KEY=R2a9z9m4TzmVT8IlgK1EMHO0aFt5uyPnP9MXInAXe+ACRDkkT+W",
            "the key should contain +ACR somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ACRAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-function-identifiable-key",
        title: "Azure Functions key (identifiable)",
        about: about!("Invokes (or, for master keys, administers) an Azure Function app; the 40-byte key carries the `AzFu` signature and a Marvin32 checksum, verified."),
        label: "AZURE_FUNCTION_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["AzFu"], before: 48, after: 12 },
        pattern: r"[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](?:==)?",
        max_len: 56,
        validate: Some(azure_function_identifiable),
        mask: Mask::All,
        positives: examples![
            "https://orders-api.azurewebsites.net/api/refund?code=«2aB7AktJIRiMLUDKWMJ7PZWcOOdZsZ1-0egwsO86rEHvAzFugGGk7A==»",
            "x-functions-key: «JVo-cslTR5v4MZ-icmxt5LBYNcH4ggVJyryGrgf5m7q5AzFu1GObjw==»",
        ],
        negatives: examples![
            // One checksum character changed.
            "KEY=R0wGA2CycsQ1DiS1HOmYrMzE6FtgY2A0MC_DZaRMhETaAzFuT55kjg==",
            // One character short.
            "KEY=sDbXwPFTlWOW8c09OfeVUT0Zc-sBYGGV0dk0UgdiAUBAzFujb_o0Q==",
            "the key should contain AzFu somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzFuAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-storage-account-key",
        title: "Azure Storage account key",
        about: about!("Full access to a storage account; an 88-character base64 key (64 bytes) after `AccountKey=` or a storage-key variable. The public emulator key is ignored."),
        label: "AZURE_STORAGE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["accountkey", "account_key", "account.key", "account-key", "storage_key", "storage.key", "storage-key", "storagekey", "storage_access_key", "storage.access-key", "storage.access_key"],
            before: 32,
            after: 40,
        },
        // Key names in any casing and separator style: `AccountKey=`,
        // `AZURE_STORAGE_KEY`, `azure.storage.account-key` (Spring),
        // `storageAccountKey` (JSON).
        pattern: r#"(?i:accountkey|(?:storage|azure)[_.-]?(?:account)?[_.-]?(?:access)?[_.-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{86}==)"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 4.5,
        validate: Some(azure_storage_legacy),
        known_examples: &["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
        mask: Mask::All,
        positives: examples![
            "DefaultEndpointsProtocol=https;AccountName=stcontosoinvoices;AccountKey=«6wEHrNnja0Z8vO7hLC9z2tz9+F+fbnI1qq5+xdBybciVsFOhZcKsysEDYqjz45ZuN8q7mJzaQhsxGSqvxzkzpw==»;EndpointSuffix=core.windows.net",
            "AZURE_STORAGE_ACCOUNT_KEY=«/WT8JhFcIzDTuhmSaHnGgxqr/g4fXVnB9WE50C/Ga5nqA1AtcU6MIRemwVv+NtHxTV9V2zsmxofLzpTQ+3+zdQ==»",
            r#"{"storageAccountKey": "«QjiydVggQfNfKWqqpKZrvSF81v0rMDcWgVS1IAtk4+jdG+9dkk2nnFcQpLsHQ0FJv5s+GbJn7CIg5GKcg3bGkQ==»"}"#,
            "application.properties:\nazure.storage.account-name=stledger\nazure.storage.account-key=«n0G9W8uw8de9puyHB9d3xvE/pg3mKBxfeN4/YYsakj8DuzdoRy7q3sRjKMPMEiOennEgIQD43wE1xjf1+yrfKg==»",
        ],
        negatives: examples![
            // The Azurite/emulator key is published in Microsoft's docs.
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
            "AccountName=stcontoso;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net",
            "AccountKey=4VwIp5E9VjqOcMyyTgs3JEf01OiFIXAfF47ia3xS3mIj/2fLK7RGpAOOtC1iJccEKXeXtbQY0sMdmydmPm/8Q==",
            // 88 characters, but no key variable in front.
            "checksum: lK+tnxgxD0JdEuOm9NJquX4SnwUNdihE1eRBmvQ0Y/W8T+e+CMTXQyBUh/LR+QMmKH/0xtlkGH7FyG5AIJGQuQ==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-shared-access-key",
        title: "Azure Service Bus / Event Hubs / IoT shared access key",
        about: about!("The `SharedAccessKey=` of a Service Bus, Event Hubs, Relay or IoT Hub connection string (32 bytes, base64), with the rights of its policy."),
        label: "AZURE_SHARED_ACCESS_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["sharedaccesskey"], before: 0, after: 64 },
        pattern: r"(?i:SharedAccessKey)\s*=\s*([A-Za-z0-9+/]{43}=)",
        value_group: 1,
        max_len: 80,
        min_entropy: 4.0,
        validate: Some(azure_shared_access_key),
        mask: Mask::All,
        positives: examples![
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«ApKJi7BzYUVkvLZ7acKUXfWbzsxC25KyqIHq99oPOo0=»",
            "HostName=plant-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=«xdU4TLTz9N7YEAI+ViShALuxQ2CMbMSytVxiW4pT6hg=»",
        ],
        negatives: examples![
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>",
            "SharedAccessKey=6faNxtsX8NlqSJ/c1N5JNu7hE0LfYbFl4UHx+Bu5M=",
            "SharedAccessKeyName=RootManageSharedAccessKey",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-sas-token",
        title: "Azure shared access signature",
        about: about!("A SAS query string (`sv=…&sig=…`) grants what its permissions say until it expires; reported whole, its signature must decode to a 32-byte HMAC."),
        label: "AZURE_SAS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sv="]),
        pattern: r"sv=[0-9]{4}-[0-9]{2}-[0-9]{2}(?:&[A-Za-z]+=[A-Za-z0-9%:._+/-]*)*?&sig=[A-Za-z0-9%+/]+=?",
        max_len: 900,
        min_entropy: 3.5,
        validate: Some(azure_sas_signature),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "https://invoicesprod.blob.core.windows.net/exports/q3.csv?«sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&st=2026-11-24T00:00:00Z&spr=https&sig=Zo5x39usPQU3T%2BTMKuPiFUr5gsyZrNrxzdcFrfYXhDM%3D»",
            "BlobEndpoint=https://stlogs.blob.core.windows.net/;SharedAccessSignature=«sv=2024-08-04&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-01-01T08:00:00Z&spr=https&sig=QIzQdtwqljbu7FHAC2V8py7LNv4jGyOLTG31oUOaKNQ%3D»",
        ],
        negatives: examples![
            "https://x.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>",
            "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&spr=https&sig=YyN19V8StmvjW55mb13t",
            // 24 bytes, not a SHA-256 HMAC.
            "?sv=2022-11-02&sp=r&sig=3kVZki5ELPjJTsAtcVCtastcSyPS4K",
            "sv=2022-11-02 is the storage service version",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-sas-signature",
        title: "Azure SAS signature in a variable",
        about: about!("The `sig` of a shared access signature kept on its own in a SAS variable (`AZURE_SAS=…`, `azure.sas.sig: …`); with the resource URL it grants the SAS's rights. Must decode (after URL-decoding) to a 32-byte HMAC-SHA256."),
        label: "AZURE_SAS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["sas"], before: 16, after: 40 },
        pattern: r#"(?i:sas)[A-Za-z0-9_.-]*["']?[ \t]*[:=][ \t]*["']?((?:[A-Za-z0-9+/]|%2[BbFf])+(?:=|%3[Dd]))"#,
        value_group: 1,
        max_len: 120,
        min_entropy: 3.5,
        validate: Some(azure_sas_variable),
        mask: Mask::All,
        positives: examples![
            "services:\n  api:\n    environment:\n      - AZURE_SAS=«Kmuwa6JIetc3%2Fcp5zvaDLoGHPMkAA17ulW0RJcvAO%2Bs%3D»\n",
            "azure.storage.sas-sig=«O7EKb//+vcXgaJ1xCPRUin+xHabz8F4FJ73RFh/P7QU=»",
            r#"{"containerUrl": "https://stexports.blob.core.windows.net/q3", "sasSignature": "«dCmNuldmfCYvqgl43dE8E8cyNaz4zeSowfPD5ZT9uhI%3D»"}"#,
        ],
        negatives: examples![
            // 24 bytes: not an HMAC-SHA256.
            "AZURE_SAS=3kVZki5ELPjJTsAtcVCtastcSyPS4K%2Fg",
            "AZURE_SAS=<signature>",
            "SAS_TOKEN_TTL=3600",
            // 16 bytes.
            "sas: 'q8Zx0vN3cTQ1mWk7PpL2rA=='",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-entra-client-secret",
        title: "Microsoft Entra ID client secret",
        about: about!("An app registration's password: with the client id it signs in as the application. `8Q~` secrets carry a Marvin32 checksum, verified; older `7Q~` ones are matched by shape."),
        label: "AZURE_CLIENT_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Inside { words: &["8q~", "7q~"], before: 4, after: 40 },
        // `7Q~` secrets run 31 to 34 characters after the marker.
        pattern: r"[A-Za-z0-9_~.-]{3}(?:8Q~[A-Za-z0-9_~.-]{34}|7Q~[A-Za-z0-9_~.-]{31,34})",
        max_len: 40,
        min_entropy: 3.5,
        validate: Some(entra_client_secret),
        mask: Mask::All,
        positives: examples![
            "AZURE_CLIENT_ID=0f6e3b2a-5c1d-4e8f-9a7b-2c3d4e5f6a7b\nAZURE_CLIENT_SECRET=«yWk8Q~mqO0JItpSdsfnPvtBEmUZjx7-h8ae2ea~b»",
            r#"provider "azurerm" { client_secret = "«6MG8Q~sPzlTvR~MnQgiGt8JHo-mAO0Ze9o8apbm8»" }"#,
            "az login --service-principal -u 0f6e3b2a-5c1d-4e8f-9a7b-2c3d4e5f6a7b -p «UaW7Q~okdl9JPkXJ.TZvqyfKOHaJLX9w_VcOw» --tenant contoso.onmicrosoft.com",
            "ClientSecretCredential(tenant, client_id, \"«C3J7Q~75~yx~8xm5MslfY5ubiheyEd7P4zDL.ak6»\") raises AADSTS7000215" ,
        ],
        negatives: examples![
            // Checksum characters changed.
            "AZURE_CLIENT_SECRET=B6J8Q~JwN7dsRT2sBYsV5Y65c5pSm2QVZEHAfb07",
            "AZURE_CLIENT_SECRET=zzz8Q~zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "AZURE_CLIENT_SECRET=HU_8Q~p.Ttex4MXb8z~mmO-5hac.HD5ausVLjb",
            "secrets made after 2022 contain 8Q~ after three characters",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-cask-key",
        title: "Azure key (Common Annotated Security Key)",
        about: about!("Keys of Azure OpenAI, AI Services, Web PubSub and other services in Microsoft's CASK format (`JQQJ99` marker); the Marvin32 checksum is verified."),
        label: "AZURE_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["jqqj9"], before: 56, after: 36 },
        pattern: r"[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?",
        max_len: 88,
        validate: Some(azure_cask),
        mask: Mask::All,
        positives: examples![
            "AZURE_OPENAI_API_KEY=«I5UqJ4gLgUFyMJjuDFG8HWey3Yp3iNEnipICU7ScEiJm5LUHsaMjJQQJ99AGnIUmqSfakhZTAAAAACOGGbAh»\nAZURE_OPENAI_ENDPOINT=https://contoso-gpt.openai.azure.com/",
            r#"client = AzureOpenAI(api_key="«O9xd6QB4O1vUPDV5rUXropiktoF4iNaEoChyeazJvksrnCsMF3H8JQQJ99AGerOiv43DkllGAAAAACOGEzeZ»", api_version="2024-10-21")"#,
        ],
        negatives: examples![
            // One checksum character changed.
            "AZURE_OPENAI_API_KEY=uKKGTew6UMfD8NN6sGpu6lfUACrnoRKTbT5dNQpdcF0BYa2pUnDuJQQJ99AEY7EOJuInTS6SAAAAACOGRc6B",
            // Azure DevOps PATs have their own rule.
            "AZURE_DEVOPS_PAT=QH9AFT8NqSy06ESGmHKcjpLC3BZCXHsGpgEb6wMfCjRkClU5xoicJQQJ99AG65mULZbwB16lAAAAAZDO4XQt",
            "AZURE_OPENAI_API_KEY=tkZXkYpfh6swlGzl22JGQ5um7ONKEyIVHCclsJqRkw4JRN7EnmcPJQQJ99AAhyBGuVDQzTxvAAAAACOG23R",
            "keys contain JQQJ99 after 52 characters",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "digitalocean-pat",
        title: "DigitalOcean personal access token",
        about: about!("Full API access to a DigitalOcean team (droplets, databases, DNS); `dop_v1_` + 64 hex."),
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["dop_v1_"]),
        pattern: r"dop_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: examples!["doctl auth init -t «dop_v1_d32bc615f2d4f79ae1a4026e7971ba9f15bd823915aa12ebed65c1dd10f23c23»", "DIGITALOCEAN_TOKEN=«dop_v1_37d30824d3dbcfd869978d63cda6b5131bec904d2dd05d382e5a69342064454a»"],
        negatives: examples!["dop_v1_0ca34f5396720fdd26335f2a1d3516d1", "dop_v1_9b8d99d66a3dd0960d1db5b8f21a49d918e4767310a8e088d75c40ceffade4160", "dop_v1_0000000000000000000000000000000000000000000000000000000000000000", "DIGITALOCEAN_TOKEN=dop_v1_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "digitalocean-oauth-token",
        title: "DigitalOcean OAuth access token",
        about: about!("An OAuth token for the DigitalOcean API issued to an app; `doo_v1_` + 64 hex."),
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["doo_v1_"]),
        pattern: r"doo_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: examples!["Authorization: Bearer «doo_v1_809c78a21109a8c4a79d72015032ff7692119bf891cd3d8d29cbbad8139c18e5»", r#"{"access_token":"«doo_v1_51420b4d773a870d4dfd5ae2c2c4df562d6d9ead9c0a486d8a7d3029c4f2a57d»","token_type":"bearer"}"#],
        negatives: examples!["doo_v1_557f5a508539649a5a840f6a692ca02b", "doo_v1_F8124CF7C8F15CE19ABFE7F38F0C9A3B551023103B9684F50924A7E89EBFFB0F", "doo_v1_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    rule! {
        id: "digitalocean-refresh-token",
        title: "DigitalOcean OAuth refresh token",
        about: about!("Mints new DigitalOcean OAuth access tokens; `dor_v1_` + 64 hex."),
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dor_v1_"]),
        pattern: r"dor_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: examples![r#"{"refresh_token":"«dor_v1_e8a9aa783e91da65dbc980e0140ef329179d67cff7c5e4263ad3fc8ea63a1bec»","expires_in":2592000}"#, "DO_REFRESH_TOKEN=«dor_v1_f5536959854334c8cf71e536ad46ba8b6b950e0ce377e5e8c0165bcea9710dfc»"],
        negatives: examples!["dor_v1_d0e13506555c4da1c6632d4ea6374507", "dor_v1_d2186734d2be3b229fa6bed2a275730ee5eaf881d0657c5e0d2187824a2c3205a", "dor_v1_ is the refresh token prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "alibaba-access-key-id",
        title: "Alibaba Cloud AccessKey ID",
        about: about!("Names an Alibaba Cloud (Aliyun) access key; with its secret it opens the account. `LTAI` + 12–20 characters."),
        label: "ALIBABA_ACCESS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["LTAI"]),
        pattern: r"LTAI[A-Za-z0-9]{12,20}",
        max_len: 24,
        min_entropy: 3.5,
        validate: Some(mixed_alnum),
        positives: examples!["ALIBABA_CLOUD_ACCESS_KEY_ID=«LTAI5thJqy0wb9qCKRb3OaF4»", "ossutil config -i «LTAI5tZGZynH1zUBcTXFsTnt» -k ..."],
        negatives: examples!["LTAIxxxxxxxxxxxxxxxx", "LTAILpgnYfrP", "LTAIABCDEFGHJKLMNPQR", "LTAI5tz04eq54XaKhvJ2hcisabcdefg"],
        ..Rule::SECRET
    },
    rule! {
        id: "alibaba-access-key-secret",
        title: "Alibaba Cloud AccessKey secret",
        about: about!("The secret half of an Alibaba Cloud access key; 30 characters after an `LTAI` id or an AccessKey-secret variable."),
        label: "ALIBABA_SECRET_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["accesskeysecret", "access_key_secret", "alibaba", "aliyun", "alicloud", "ltai"],
            before: 8,
            after: 140,
        },
        pattern: r#"(?:(?i:(?:alibaba|aliyun|alicloud)[a-z_ -]{0,24}secret[a-z_]{0,12}|access[_-]?key[_-]?secret)["']?(?:\s*[:=]\s*|\s+)["']?|LTAI[A-Za-z0-9]{12,20}["']?\s*[,:;|/]?\s*["']?)([A-Za-z0-9]{30})\b"#,
        value_group: 1,
        max_len: 200,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: examples![
            "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tuRWUIuyYoYFEAK772T\nALIBABA_CLOUD_ACCESS_KEY_SECRET=«jtRM468A2t5g1kJ2SzcYVJmsFuK6mA»",
            "aliyun configure set --access-key-id LTAI5t9my3ASXJseTur8eQyp --access-key-secret «asoPCRziS5pOsqMwmbeNsqRA5L8yHO» --region cn-hangzhou",
        ],
        negatives: examples![
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SECRET}",
            "access_key_secret = YYaI22CWeGQiIUdVzN4pDjS9OFSN",
            "access_key_secret = abcdefghijabcdefghijabcdefghij",
            "my aliyun account id 1234567890123456 and phone 13800138000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "ibm-cloud-api-key",
        title: "IBM Cloud API key",
        about: about!("Logs in to IBM Cloud as its user or service id; 44 characters after an IBM API-key variable, `ibmcloud login --apikey` or in service credentials."),
        label: "IBM_CLOUD_API_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["ibm", "ic_api_key", "iam_apikey", "iam_api_key", "bluemix"],
            before: 100,
            after: 160,
        },
        pattern: r#"(?:(?i:ibm[_ -]?(?:cloud[_ -]?)?api[_ -]?key|ic_api_key|iam_?api_?key)["']?\s*[:=]\s*["']?|ibmcloud\s+login\b[ -~]*?-{1,2}apikey[ =]["']?|"apikey"\s*:\s*")([A-Za-z0-9_-]{44}[A-Za-z0-9_-]*)"#,
        value_group: 1,
        max_len: 240,
        min_entropy: 4.0,
        validate: Some(ibm_cloud_api_key),
        mask: Mask::All,
        positives: examples![
            "IBMCLOUD_API_KEY=«caP_5cXa4RCcqjFcxP_8oZmmUpyIR3MPa7f6KzRbQjoz»",
            "ibmcloud login -r us-south --apikey «K1tnXpG6eQru-NHAYRJl2KTMkdGGN2HPmTUt2Qo8offg»",
            r#"{"apikey": "«REK3nY8wW1J87ZtZtMLe24j_km6vsX2hOqdqT8OrRlsq»", "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage", "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"}"#,
        ],
        negatives: examples![
            "IBMCLOUD_API_KEY=EY5OeIerQHevbpqAq9GP1E00Ol7SvQ1NmS-XazdcP",
            "IBMCLOUD_API_KEY=xc4oJcnmh-0ndnmmKXWJ2dJOtcvStuPcp5TmJmS4dR0oextra",
            "ibmcloud login --apikey @apikey.json",
            r#"{"apikey": "adiw6F49IPWDj07xcEJ8MSowS-53sSMg5tBy070aKhf-"}"#,
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "flyio-access-token",
        title: "Fly.io access token",
        about: about!("Deploys and manages Fly.io apps; `fm2_`/`fm1a_`/`fm1r_` macaroons (base64 msgpack, decoded) or `fo1_` OAuth tokens."),
        label: "FLYIO_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["fm2_", "fm1a_", "fm1r_", "fo1_"]),
        pattern: r"(?:fm2_|fm1[ar]_)[A-Za-z0-9+/]+={0,3}|fo1_[A-Za-z0-9_-]{43}",
        max_len: 3010,
        min_entropy: 4.0,
        validate: Some(flyio_token),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            r#"FLY_API_TOKEN="FlyV1 «fm2_lJPE17RfYZBoBzBn086I6hL6G2vdewKYb922H3i82N4hsRERwOEYjTd7Uk6nlak5HHV92Ikd6lGf9f+ARBx5j27D6FwIBNxCM+nP3ZCZm/JaHWxOmpO+EuRzodmucoPQZBDMKqpJTczRsGvwBtCI2U3gk6h17CyRmty8U7kXw3HyT+52zg==»""#,
            "flyctl deploy --access-token «fm2_lJPEEGJc35tMsZvB605Xl5JWrPqBAdtnm9HDcHTU7bCbw9hipLT9IEVfmCMgW0eBuL3WW5eHXDQrggbox/kavnZDYfwo9f9VSNx1y9ipcpguP6jOrbHK8wCCfRRGWIff1KexznH1hia/gc9fgWxA1gYkVL1qp0N/3EcwxzzF3AFfTt62cw==»",
        ],
        negatives: examples!["FLY_API_TOKEN=\"FlyV1 fm2_lJPE...\"", "fm2_nx8WgWj9GqBjJ4Iusdnb5gDBWAP18i", "fm2_ tokens are macaroons", "fo1_abc"],
        ..Rule::SECRET
    },
    rule! {
        id: "yandex-api-key",
        title: "Yandex Cloud API key",
        about: about!("Calls Yandex Cloud APIs (YandexGPT, SpeechKit, Vision…) as a service account; `AQVN` + 35–38 characters."),
        label: "YANDEX_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AQVN"]),
        pattern: r"AQVN[A-Za-z0-9_-]{35,38}",
        max_len: 42,
        min_entropy: 4.0,
        positives: examples![
            "curl -H \"Authorization: Api-Key «AQVNxLkRHywQwfCbITPuDLkM9_6uCw5Mfu4ptDzm»\" https://llm.api.cloud.yandex.net/foundationModels/v1/completion",
            "YANDEX_API_KEY=«AQVNgncJIU-KwMJ4FYgzSCLkqL03j-cGOV5OPRb2»",
        ],
        negatives: examples!["AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YANDEX_API_KEY=AQVNVK-0QWaLYob66R_l2xwoEQbvLR-_M0xy", "service-account API keys start with AQVN"],
        ..Rule::SECRET
    },
    rule! {
        id: "yandex-iam-token",
        title: "Yandex Cloud IAM token",
        about: about!("Acts as a Yandex Cloud user or service account for up to 12 hours; `t1.` + two dot-separated parts."),
        label: "YANDEX_CLOUD_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["t1."]),
        pattern: r"t1\.[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*={0,2}\.[A-Za-z0-9_-]{86}={0,2}",
        max_len: 700,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(3),
        positives: examples!["Authorization: Bearer «t1.9euelZ6moCunMM5jDjnPghlxz6a-H6YZmk2Rfz5j0k5UQXU0UIZhZ_rDgfAwVYgvtwIHS3_WovNYmu162awSkYxy-cWdfDX0LcFQDObVOurcrkcxw3m487t8bSv0Me1q-lWaArcm8wAX--StC12TAX8DT14gw2-_D7WTEP.DPTM5C2H8CjyTmwCI2ddQ4YQJB4wDRYSkSdOjKLeuEoT9zGHVbYQNHaDvCoPHzZ4EkEDQKUIA6qVM7WIBSFjpk»", "export IAM_TOKEN=«t1.9euelZ8wLInI7VUvpE6R3M2xRvnoB3NRUn0-kWIQapVkY40B5au6OdKTAQd5eaCqFLoesQBVRABFYibbNpTRRBsnDlZBvthM5kSCwnvONwRSiRP65BNUCEQ_u1rYOyLGv2ZfILFBltmXw9nPVzrGIZVGmA-SW2bvXgsYNB.iiW9Dh5P7SmuBj8CK09_LWZqvRpPxjkPWBNVh7cthM0PzExCIP7hV0Hznez7hsKWCDiIWhslzu7wDQNU50Jo88»"],
        negatives: examples!["we moved the worker to a t1.micro instance", "IAM_TOKEN=t1.9euelZC0BMMxUYLYgehHXeMZ3NRzi6CdhKtwfqZpTfJa9oq1rk86PS6_DWMU2lRNcBusDVl0wCFYa41hIiCGxTMjn4zvLZFHsuDtbsmgU2wL-9jrVneQ5YYy3-raliZR7q6B4O3N3LMAy7nKhRiFm7VdM2gPpZjh_Pry3o.hQQSH9cyGcdIk-df8E8cpTJEclsJGvqewJdZv5zIePDIQdiqLqncZVjueA--PxyBDvKH1CofhWwWfeWWwgs_a", "t1.9euelZ...", "t1.DX2gRRtlFfsBiKx5VvbYbq6LvXlRaU.pYUe7zfFsrS3H9l0GBhifL0Y1ImeRj"],
        ..Rule::SECRET
    },
    rule! {
        id: "yandex-oauth-token",
        title: "Yandex OAuth token",
        about: about!("A long-lived Yandex OAuth token (Yandex ID, Disk, Direct, Cloud CLI); `y0_` + 55 or more characters."),
        label: "YANDEX_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["y0_", "y1_", "y2_", "y3_"]),
        pattern: r"y[0-3]_[A-Za-z0-9_-]{55}[A-Za-z0-9_-]*",
        max_len: 202,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(3),
        positives: examples!["headers = {'Authorization': 'OAuth «y0_AgAAAASPdmo4N77wChhIWS4CP5IF6stiRSrJ2sX6vQFETVHOglIX7X4»'}", "yc config set token «y0_AgAAAAd_9C1WPS5o6XSC4BhfFQjNdzUclo9FaHBewm7m0y88NyUV-8M»"],
        negatives: examples!["OAuth y0_AgAAAAAexampleexampleexample1234", "y0_fRqCjcWric7mBSck3DUvZRB4T52O53", "the y0_ prefix marks new tokens"],
        ..Rule::SECRET
    },
    rule! {
        id: "yandex-static-key-secret",
        title: "Yandex Cloud static access key secret",
        about: about!("The secret of an S3-compatible Yandex Cloud access key (Object Storage, Message Queue); `YC` + 38 characters, looked for near Yandex words."),
        label: "YANDEX_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["yandex", "ycaj", "yc iam"], before: 200, after: 200 },
        pattern: r"\bYC[A-Za-z0-9_-]+",
                max_len: 62,
        min_entropy: 4.0,
        validate: Some(yandex_static_secret),
        mask: Mask::KeepPrefix(2),
        positives: examples![
            "$ yc iam access-key create --service-account-name uploader\naccess_key:\n  id: ajeq1r4fvd6lukh3h0ab\n  key_id: YCAJEX5ezqqBPrHLV9SkmYO_O\nsecret: «YCGe2ifyVQyTi-7flbqWgVtdXm7fW3-M65d0IDHD»",
            "Yandex Object Storage creds: YC_STORAGE_SECRET=«YCh8096yduRnU2LY4Gw0XZi9GOSdOODyAcZypMOF»",
        ],
        negatives: examples![
            "yc iam access-key create printed key_id: YCAJEVcqjpDSaYgqW3D9wTjWC",
            "yandex secret: YCm8MgWjRn7axgXaDvML5JYnKX-uj_QYkP74l",
            "yandex secret: YCOsx78RaeRZgTWs7vANA-E9NUYzKDPVKdvR0xyMabc",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "tencent-cloud-secret-id",
        title: "Tencent Cloud SecretId",
        about: about!("Names a Tencent Cloud API key; with its SecretKey it opens the account. `AKID` + 32 characters."),
        label: "TENCENT_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AKID"]),
        pattern: r"AKID[A-Za-z0-9]{32}",
        max_len: 36,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        positives: examples!["TENCENTCLOUD_SECRET_ID=«AKIDue2s0KAxBYkaHI3vujYQbvy7WFTY9AFP»", "cred = credential.Credential(\"«AKIDiPKKbj6ZNAJLGmTa6ssQqg5R5XyguIat»\", os.environ[\"TC_KEY\"])"],
        negatives: examples!["AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIDCpnlmUjep1SyxRyMpT9b204ropMfjC", "AKIDe9cNDPzcUh3rgDWkhQEEYCtTxc7yfiuu9"],
        ..Rule::SECRET
    },
    rule! {
        id: "tencent-cloud-secret-key",
        title: "Tencent Cloud SecretKey",
        about: about!("The secret half of a Tencent Cloud API key; 32 characters after an `AKID` id or a Tencent secret-key variable."),
        label: "TENCENT_CLOUD_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["tencent", "qcloud", "tccli", "akid"],
            before: 8,
            after: 160,
        },
        pattern: r#"(?:(?i:(?:tencent(?:cloud)?|qcloud|tccli)[a-z_ -]{0,24}secret[_ -]?key|secret_?key)["']?(?:\s*[:=]\s*|\s+)["']?|AKID[A-Za-z0-9]{32}["']?\s*[,:;|/]?\s*["']?)([A-Za-z0-9]{32})\b"#,
        value_group: 1,
        max_len: 220,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: examples![
            "TENCENTCLOUD_SECRET_ID=AKIDd0WJRHym1tLiMOeepM33vNYxrQ0f4Jc2\nTENCENTCLOUD_SECRET_KEY=«iKbT21qRn94aEEY3cGJfIm1M09JvDIcz»",
            "cred = credential.Credential(\"AKIDyI1t98HCjvk9xNEW6W5vSHGVa7QvW2fH\", \"«fovxQtOhojjnyFO1nAnnOnrbuvua543w»\")",
        ],
        negatives: examples![
            "TENCENTCLOUD_SECRET_KEY=${TC_SECRET}",
            "TENCENTCLOUD_SECRET_KEY=RsPifVfKdCihiOGxkKK26Jv2hoyq0bR",
            "tencent order id 88213791 for b7916c317484ea08b2e4cfd2ad72119e",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "scaleway-access-key",
        title: "Scaleway access key",
        about: about!("Names a Scaleway API key; with its secret key it manages the organization. `SCW` + 17 characters."),
        label: "SCALEWAY_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["SCW"]),
        pattern: r"SCW[A-Z0-9]{17}",
        max_len: 20,
        min_entropy: 3.0,
        validate: Some(scaleway_access_key),
        positives: examples!["SCW_ACCESS_KEY=«SCWUD6MNF3H9ASBOD7VT»", "scw init access-key=«SCWXQJ8JUC9XERBAONCK» secret-key=..."],
        negatives: examples!["SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX", "SCWABCDEFGHJKLMNPQRS", "SCWW7X7UBJ57I3QAM3Z", "SCW_DEFAULT_PROJECT_ID"],
        ..Rule::SECRET
    },
    rule! {
        id: "scaleway-secret-key",
        title: "Scaleway secret key",
        about: about!("The secret of a Scaleway API key (a UUID); reported after an `SCW` access key or a Scaleway secret-key variable."),
        label: "SCALEWAY_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["scw", "scaleway"], before: 8, after: 160 },
        pattern: r#"(?:(?i:scw_secret_key|scaleway[a-z_ -]{0,20}secret[_ -]?key|secret[_-]key)["']?(?:\s*[:=]\s*|\s+)["']?|SCW[A-Z0-9]{17}["']?\s*[,:;|/]?\s*["']?)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 220,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "SCW_ACCESS_KEY=SCWL34U29LYPRDQUGEFF\nSCW_SECRET_KEY=«7e390628-5549-41d6-adae-617256ffd405»",
            "# ~/.config/scw/config.yaml\naccess_key: SCWNWB7Z0JY6Z6IBNCQK\nsecret_key: «4c32e110-deee-4a9c-a35c-9bd2ca7f2f01»",
        ],
        negatives: examples![
            "SCW_DEFAULT_PROJECT_ID=3edda283-bbad-427e-88be-dfd30d56cca2",
            "SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000",
            "scaleway order e8632556-87fc-42fc-a456-ebece0ee6c7e was refunded",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "linode-api-token",
        title: "Linode (Akamai Cloud) API token",
        about: about!("Manages Linode instances, volumes and DNS; 64 hex characters after a Linode token variable."),
        label: "LINODE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["linode"], before: 4, after: 140 },
        pattern: r#"(?i:linode)[A-Za-z_\s"{-]{0,40}?(?i:token|key|pat)["']?(?:\s*[:=]\s*|\s+)["']?([0-9a-f]{64})\b"#,
        value_group: 1,
        max_len: 200,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples!["LINODE_TOKEN=«9428f22f21e360a28592157349f6d5bbf868f69987ad891eceab5ba7a718ec1a»", "provider \"linode\" {\n  token = \"«4aade1a3dd375dff19281ceb6889671a402325bb477a56302c62b8b8a1675506»\"\n}"],
        negatives: examples!["LINODE_TOKEN=2f0a4efcb04b28d496880305ea82d667e8fc5936", "LINODE_TOKEN=${LINODE_TOKEN}", "linode instance 48213977 rebooted, sha256 804f804902674f952e3a8f7fa932bdb582070ccb283d9f5bd2870517df15f742"],
        ..Rule::SECRET
    },
    rule! {
        id: "akamai-edgegrid-token",
        title: "Akamai EdgeGrid client or access token",
        about: about!("Half of an Akamai API credential (`.edgerc`); `akab-` + two 16-character groups. The API hostname has the same shape and is skipped."),
        label: "AKAMAI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["akab-"]),
        pattern: r#"(akab-[a-z0-9]{16}-[a-z0-9]{16})(?:[\s"',;)\]}]|$)"#,
        value_group: 1,
        max_len: 40,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "[default]\nclient_secret = lTjZgjz9eDhDSirrteMUsRQHpJ33f3yesn/H4jsHYDk=\nhost = akab-h9iwsbbwmebkiv8q-pa5rnte43diu3t7g.luna.akamaiapis.net\naccess_token = «akab-daej2awbwoz6652z-ar7y18j5uhqi4hdo»\nclient_token = akab-y1epdaj3pmc0v1z4-jsrh7zaibcrstkzi",
            r#"EdgeGridAuth(client_token="«akab-tenbx1rxcnffs124-yy7oc55bm7x5cmor»", client_secret=os.environ["AK_SECRET"], access_token=os.environ["AK_TOKEN"])"#,
        ],
        negatives: examples![
            "host = akab-x7gonwdxjnv03onf-46dv4uoqwkufekjf.luna.akamaiapis.net",
            "client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
            "client_token = akab-zss5zrp7gmri91hv-4qbqdvgr102wrb",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "akamai-edgegrid-client-secret",
        title: "Akamai EdgeGrid client secret",
        about: about!("Signs Akamai API requests; a 32-byte base64 `client_secret` reported only near other `.edgerc` fields."),
        label: "AKAMAI_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["akab-", "edgerc", "akamai"], before: 200, after: 200 },
        pattern: r#"(?i:client_secret)["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{43}=)"#,
        value_group: 1,
        max_len: 80,
        min_entropy: 4.0,
        validate: Some(akamai_client_secret),
        context: &["akab-", "edgerc", "akamai", "edgegrid"],
        context_window: 300,
        mask: Mask::All,
        positives: examples![
            "[default]\nclient_secret = «2yIdxL2tZbWR2mdcCHqXUHHiGC9uECiOclRfYj69M2s=»\nhost = akab-c7w885kvkg4j6qc8-55vcigjo3vso9l7m.luna.akamaiapis.net\naccess_token = akab-5nqe981hburku0wl-71labyghl037klmb",
            "my ~/.edgerc has client_secret = «vkBN0wa6218Ffh2U1p+k7N6Rcz9oamICfncjSEcsXC4=» and curl still says 401",
        ],
        negatives: examples![
            "[default]\nclient_secret = <secret>\nhost = akab-fxp15x47w8bjgh49-vmslyw8v3d0ajmtw.luna.akamaiapis.net",
            r#"{"client_id": "4412.apps.googleusercontent.com", "client_secret": "9axoq3RQWiP1/8iKlW4pUORCAvE3EaayG2c6Y5oOz9M="}"#,
            "akamai client_secret = PQg+cOXdBzReJPFSXOUzEBTMtgZZk08b44UwBZmsvi",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "hetzner-cloud-token",
        title: "Hetzner Cloud API token",
        about: about!("Manages a Hetzner Cloud project's servers and networks; 64 characters after an `HCLOUD_TOKEN`-style variable."),
        label: "HETZNER_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["hcloud", "hetzner"], before: 4, after: 140 },
        pattern: r#"(?:(?i:hcloud_token|hetzner[a-z_ -]{0,24}(?:token|key))["']?(?:\s*[:=]\s*|\s+)["']?|(?i:hcloud)\s+context\s+create\b[ -~]{0,60}?--token[ =]|provider\s+"hcloud"\s*\{\s*token\s*=\s*")([A-Za-z0-9]{64})\b"#,
        value_group: 1,
        max_len: 220,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: examples!["HCLOUD_TOKEN=«IXn3qxUsLTgPLD02Ycl7GKGLf8mk7cVYQjxil8tkrL8KnNb05AxGd1bqKZsU4WsF»", "provider \"hcloud\" {\n  token = \"«VyWlfjnZGF5d8jUXbyjwIToz79bB3XgskanmJZiLgHJl5NzCtLRQmBMUexwmkRAo»\"\n}"],
        negatives: examples!["HCLOUD_TOKEN=${{ secrets.HCLOUD_TOKEN }}", "HCLOUD_TOKEN=yJvtSBuZLabjkph9C0vK4zdppXvqSZvIx3l2KDEqQXgXJfQRoTM18BivOQAk0CV", "hetzner invoice efa377c2dfab478b7f69de6bf7e33d6f4093f985149fe9317282ea5c86698bc0"],
        ..Rule::SECRET
    },
    rule! {
        id: "openshift-user-token",
        title: "OpenShift user token",
        about: about!("An OpenShift OAuth token acting as the user on the cluster; `sha256~` + 43 characters."),
        label: "OPENSHIFT_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sha256~"]),
        pattern: r"sha256~[A-Za-z0-9_-]+",
        max_len: 87,
        min_entropy: 4.0,
        validate: Some(openshift_token),
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "oc login --token=«sha256~6ERZdWj9bQV9pFY9RPhAeG0mKAzqgdlHpS3ABn3ZbXY» --server=https://api.ocp4.internal:6443",
            "Authorization: Bearer «sha256~TN990SmBimKYtjtJKlQeyoGneUkBmlbhWQYxiq1Kw7J»",
        ],
        negatives: examples!["sha256~abc", "sha256~omUf66C_Y8-J_mvplx6a0b9_hyWT3ag6XR81daJMfb", "sha256~FhfoVx9DkGqBbJ90EF2qxCikeG_cjSkq13bBmqDN174xyz", "image@sha256:057e4b714a734da3749478e9f17b3000791050d850839345e168bfee7fe64ec1"],
        ..Rule::SECRET
    },
    rule! {
        id: "kubernetes-bootstrap-token",
        title: "Kubernetes bootstrap token",
        about: about!("Lets a node join the cluster (kubeadm); `[a-z0-9]{6}.[a-z0-9]{16}` after `--token`, `token:` or `kubeadm token create`."),
        label: "KUBERNETES_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["kubeadm", "bootstraptokens", "bootstrap-token"], before: 200, after: 300 },
        pattern: r#"(?:--(?:discovery-)?token[ =]["']?|\btoken:\s*["']?|kubeadm\s+token\s+create\b[ -~]*?\s+)([a-z0-9]{6}\.[a-z0-9]{16})\b"#,
        value_group: 1,
        max_len: 200,
        validate: Some(kubernetes_bootstrap),
        known_examples: &["abcdef.0123456789abcdef"],
        mask: Mask::All,
        positives: examples![
            "kubeadm join 10.0.4.12:6443 --token «4ejuf7.lunvqfrc62dstguh» --discovery-token-ca-cert-hash sha256:1a13cbab66e7ec6850cb73b921b3fa98f0261a04ed1fccc3a62528f10e2baa86",
            "# kubeadm init config\nbootstrapTokens:\n- token: \"«b4vhmv.cgtgjiewov4kqain»\"\n  ttl: 24h0m0s",
        ],
        negatives: examples![
            "kubeadm join 10.0.4.12:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:90d996aa981c6920eb6a399a58405fca607dfe42e7fc641205701747985d473d",
            "kubeadm join api.cluster.local:6443 --token <token> --discovery-token-unsafe-skip-ca-verification",
            "kubeadm join worker.kubernetesnodes --token abcdefghijklmnopqrstuv",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "kubernetes-service-account-token",
        title: "Kubernetes service-account token",
        about: about!("A JWT that authenticates to the Kubernetes API as a service account; reported when the payload decodes to Kubernetes service-account claims."),
        label: "KUBERNETES_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["eyJ"]),
        pattern: r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
        max_len: 6200,
        validate: Some(kubernetes_service_account),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "kubectl --server https://10.0.0.1:6443 --token=«eyJhbGciOiJSUzI1NiIsImtpZCI6IndPUzdCcGItLUN0b1lNTE9EY0VWaWkwd1hCcTdGWm91MkpGUE5GX1p5SkEifQ.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLmNsdXN0ZXIubG9jYWwiXSwiZXhwIjoxNzk1MDAwMDAwLCJpYXQiOjE3NjM0NjQwMDAsImlzcyI6Imh0dHBzOi8va3ViZXJuZXRlcy5kZWZhdWx0LnN2Yy5jbHVzdGVyLmxvY2FsIiwia3ViZXJuZXRlcy5pbyI6eyJuYW1lc3BhY2UiOiJwYXltZW50cyIsInNlcnZpY2VhY2NvdW50Ijp7Im5hbWUiOiJkZXBsb3llciIsInVpZCI6IjRiMmNkYmNlLWVlZDktNDZlNS1hNDZmLTU1MGJlYWE2YTZiYyJ9fSwibmJmIjoxNzYzNDY0MDAwLCJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6cGF5bWVudHM6ZGVwbG95ZXIifQ.Hswr6T1j3GtDpariCFYjAU7NxyV4x3SwaSEgsXFDp5JwhwTSs02MiBpHPBLXLwiQ7Gbr_BeJUft3-VE4WpPHu222M9w4nJHJHyjwNi1htUXO4pca3db8UwVSZHQz8SNBFW3I1fThDj3xjsmlIeS0VKD-RWCrFA64GSrGxlSYY8WOu64AeH9sD6OtaRfV9I_9eyx-KARL7d85DJO2h9nTz3YmX8rsJsgi95HHMj_HCpo1T8NGqMNfhNsZOhSBYxg_oZ6U8q-DVL8qvHnM7GRciuU49balq53bSCptckNI6lScj7bLOJBpKUsUR3ZG-acl6ai7h_k36Ia_MtKpxdisLv» get pods -n payments",
            "users:\n- name: ci-bot\n  user:\n    token: «eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJrdWJlLXN5c3RlbSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJjaS1ib3QtdG9rZW4tbTI1dTkiLCJrdWJlcm5ldGVzLmlvL3NlcnZpY2VhY2NvdW50L3NlcnZpY2UtYWNjb3VudC5uYW1lIjoiY2ktYm90Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50Omt1YmUtc3lzdGVtOmNpLWJvdCJ9.ObaTTMxjX0AbKRlhVi-ybW_aaxzSWiTAQOPZWPI4viQrxdUIpgGMbVUTmC9ioIfsBp7w5_EedYqU5Rzx3V8j60gQF83TrVADSgkp0f0y_7DM_aeppkUTwwBhKDvUz9-TUf97UEjcDd9TXmaMdtFIX315so02-IVkALejXai_KHbF6qnZC4yV2bfNilfB7jtjf8ucxSXvcZGerQyt4X3NSjLBgSpY2zps0BwE7f8ovWHXU-Iv37XR2G5dEMunhUKzaSP640yynS-Kmqe5ikscNscFt8oOoDTTBp7vCErB2RSBQPJmTB5c6beczeBL4KsOxzpgn21BFL2lvTBLI0fT0I»",
        ],
        negatives: examples![
            // An ordinary JWT without Kubernetes claims.
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0IiwibmFtZSI6IkFubiIsImlhdCI6MTc2MzQ2NDAwMH0.TU5qbqOjfZvuI69H1Xuhnqcsp1AJ7Uob4upxxBC2UZk",
            "token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjlFaTFaNnJvU0ZJbjVJdzBKS2Jra0Zu",
            "the token looks like eyJhbGciOi... when you decode it",
        ],
        ..Rule::SECRET
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marvin32_matches_published_vectors() {
        // SymCrypt's standard test (marvin32.c) and the seed 0x004FB61A001BDBCC
        // vectors, folded to 32 bits.
        let fold = |h: u64| (h ^ (h >> 32)) as u32;
        assert_eq!(marvin32(b"abc", 0xd53c_d9ce_cd08_93b7), fold(0x22c7_4339_4927_69bf));
        let seed = 0x004f_b61a_001b_dbcc;
        assert_eq!(marvin32(&[], seed), fold(0x30ed_35c1_00cd_3c7d));
        assert_eq!(marvin32(&[175], seed), fold(0x48e7_3fc7_7d75_ddc1));
        assert_eq!(marvin32(&[231, 15], seed), fold(0xb5f6_e1fc_485d_bff8));
        assert_eq!(marvin32(&[55, 244, 149], seed), fold(0xf0b0_7c78_9b8c_f7e8));
        assert_eq!(marvin32(&[134, 66, 220, 89], seed), fold(0x7008_f2e8_7e9c_f556));
        assert_eq!(marvin32(&[171, 66, 126, 168, 209, 15, 199], seed), fold(0xe118_47e4_f067_8c41));
    }

    #[test]
    fn seeds_are_ascii_names_read_big_endian() {
        assert_eq!(DEFAULT_SEED, 0x4465_6661_756c_7430);
        assert_eq!(seed(b"AadPwd00"), 0x4161_6450_7764_3030);
    }
}
