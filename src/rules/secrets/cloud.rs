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
    let Some(bytes) = decode(c.value) else { return Verdict::Invalid };
    let head = &bytes[..bytes.len().min(16)];
    if head.windows(7).any(|w| w == b"origin_") || head.windows(6).any(|w| w == b"er/aws") {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// `ABSK` + base64 of `BedrockAPIKey-<id>-at-<account id>:<secret>`.
fn bedrock_long_term(c: &Candidate) -> Verdict {
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
    if !c.near_context {
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
    if c.near_context {
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
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else { return Verdict::Invalid };
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
    Rule {
        id: "aws-access-key-id",
        title: "AWS access key ID",
        about:
            "Names an IAM user's long-term key (AKIA) or a temporary STS key (ASIA); with its secret it opens the account.",
        label: "AWS_ACCESS_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["AKIA", "ASIA", "ABIA", "ACCA"]),
        pattern: r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}",
        max_len: 20,
        min_entropy: 3.0,
        known_examples: &["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
        positives: &["why does boto3 reject «AKIAZ7VRSQ5TBLN2MXQE»?", "aws_access_key_id = «ASIAY34FZKBOKMUTVV7A»"],
        negatives: &[
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "AKIAZ7VRSQ5TBLN2MXQ",
            "XAKIAZ7VRSQ5TBLN2MXQE",
            "AKIAZ7VRSQ5TBLN2MXQE9",
            "AKIAAAAAAAAAAAAAAAAA",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "aws-secret-access-key",
        title: "AWS secret access key",
        about: "The secret half of an AWS access key; looked for only after an AKIA key id or an AWS secret-key variable, and never a hex digest.",
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
        positives: &[
            "[default]\naws_access_key_id = AKIAAU4PCZL6HT4DTCBS\naws_secret_access_key = «wkEJ3PEVVIPcP4Y7p4tD14z4gzM+jppZxO4z7Kdc»\nregion = eu-west-1",
            "here are the creds from the intern's laptop: AKIALEUHQXR22EPPW246 «hgovC9JPna2EFygOgeda9/neeMyJTVQmey7WuAP1» do I need to rotate both?",
            r#"{"Credentials": {"AccessKeyId": "ASIAY26725UAHXHBWDZ4", "SecretAccessKey": "«v1uXHSwFr/GOhZF+4WO4APcP7cptH9LkYhtbN8VR»", "Expiration": "2026-11-25T10:00:00Z"}}"#,
            "export AWS_SECRET_ACCESS_KEY=«hlURyH/rz1iXqn+9AYjtCCQymlAQ9JoM07UylJRU»",
        ],
        negatives: &[
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
    Rule {
        id: "aws-session-token",
        title: "AWS session token",
        about: "The third part of temporary STS credentials; its base64 body is decoded and must start with the token's origin marker.",
        label: "AWS_SESSION_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["IQoJb3JpZ2lu", "FwoGZXIvYXdz", "FQoGZXIvYXdz"]),
        pattern: r"(?:IQoJb3JpZ2lu|F[wQ]oGZXIvYXdz)[A-Za-z0-9+/]{100,4000}={0,2}",
        max_len: 4100,
        min_entropy: 4.0,
        validate: Some(aws_session_token),
        context: &["aws_session_token", "sessiontoken", "security-token", "aws"],
        context_window: 80,
        mask: Mask::KeepPrefix(12),
        positives: &[
            "aws_session_token = «IQoJb3JpZ2luX2VjEO0UIsS1e2AcTF3FJCXIrbu4S2dsqiUPjyP1bjJGVyMl8jeuQrxiaVN8HtKt1DMiccTB2nfhHEBVzoaf9GDQCSHv2s2xXQUYDrjE+i0G7pA7FHAqRqTMyn/jOJQl2OKKR/90bpvn3KD1+QXbtY03z0DiETqctqGO3KxaZrpHW1M4hhznBJa+zGkuFVW0MO24whGhT+d16UTj/A3D4XwWR9SE5wn05iE6MhMhVhV0WdVkC7B4i4P8kl16pnSLFrChnx6fztku+mnIy2Tr0Hv6WcOoMEq6mROGzdeomm6rEU2M4lR8pNlbrQbXtIeIkWxNDriY6C7RWDQSuL/y9jCFQv7CTozQAPxjUIcCuSy+R3XmR7VXNoE4oMDP3jRlYCfGBzO8g5jC185kB6q9KQ==»",
            r#"export AWS_SESSION_TOKEN="«IQoJb3JpZ2luX2VjEBujR2FVSBLqn5I2hXUgxFQ6tNQqLSB9tLiNtfcEbXqulOpEtJC/XOL2750Ni+GhnWGztsUdIYUNEMjWCmLvUDeCK19NYz4uvlGmrtxyYXugl6XPI1hkM5+0X96KqSXXNq48aY36F9cyvuAV6xBDCuDEvSoD8JW2lwIDiXGlZpHANaPQxZJrpRYKbdboFLuAlAdoPMoI5GsYMyYrvQ9tMNz4ueWXCuRDRnR/zKblJdJKCIt737VBW3rKtiMWNz7d53J6gR9CvLGzhRUbjxD5Jjv59upZXEPilxgdhvJGo1YfuoLNsG97ipkijIjm1cIGvEQq7xic4FGGczva8VRaH8xK2mAlpp66XrvmAeHc7Aj5wul654GG64PvUO8Q8ECoQXQIOVczfKEIb6LjHg==»""#,
        ],
        negatives: &[
            "aws_session_token = IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZ2luX2IQoJb3JpZVERYLONGSTRINGEXAMPLE",
            "aws_session_token = IQoJb3JpZ2luX2VjE...",
            // Too short to be a token.
            "IQoJb3JpZ2luX2VjEOEEJyfcyV9O7pSjJOZVeU9Hs2S+jBYWRNEX1nbNs7/8",
            // Not base64 of an STS blob.
            "IQoJb3JpZ2luoHIff6XIrL6p72qSIpt4729RCigqh8oj22IbX30nzMDNB8bYTddhKYxoBdPHUn2HKugVK9jWTHFMu8jeykvQiKJ2RfavINiYdI06lc8cLJlLUmonzta3vWCl",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "aws-bedrock-api-key",
        title: "Amazon Bedrock API key (long-term)",
        about: "A bearer key for Amazon Bedrock tied to an IAM user; `ABSK` + base64 of `BedrockAPIKey-…-at-<account>:<secret>`, decoded.",
        label: "AWS_BEDROCK_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ABSK"]),
        pattern: r"ABSK[A-Za-z0-9+/]{100,400}={0,2}",
        max_len: 410,
        min_entropy: 4.0,
        validate: Some(bedrock_long_term),
        positives: &[
            "AWS_BEARER_TOKEN_BEDROCK=«ABSKQmVkcm9ja0FQSUtleS02ZGF0LWF0LTQzNTU0MTcwMDEwODpsVzJ3K0h0dGtCcFpNWVlNQlFQeGpvM24rSG50Q0FNamdyMmViMnhld3ZvPQ==»",
            r#"client = boto3.client("bedrock-runtime") # I set the key «ABSKQmVkcm9ja0FQSUtleS13bjdmLWF0LTQyMjQwNjE2ODg0NTplQzJ1ZzVwRDcyamtkTUgzK2RHV3h4RnBoU3ExSlAwTUd1bzUwbmpqWXRZPQ==» in env, still 403"#,
        ],
        negatives: &[
            "AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...",
            "ABSKQmVkcm9ja0FQSUtleS1leGFtcGxlZXhhbXBsZQ==",
            // Base64 of something else.
            "ABSK35UNQWLISn2JZX3dKav1Qv4sYN4JmxaRA5k61EwSWlvmKVKDbFg3t76ilNYxYqWDdVHTbecXBpTPxxiIc6iq7vh0Pcqr9Ejqhn6IlWYh41lpMG6U2dZt5bkb",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "aws-bedrock-short-term-key",
        title: "Amazon Bedrock API key (short-term)",
        about: "A pre-signed Bedrock bearer URL valid up to 12 hours; the base64 body is decoded and must be a `CallWithBearerToken` request.",
        label: "AWS_BEDROCK_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["bedrock-api-key-"]),
        pattern: r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,3000}={0,2}",
        max_len: 3100,
        min_entropy: 4.0,
        validate: Some(bedrock_short_term),
        mask: Mask::KeepPrefix(16),
        positives: &[
            "export AWS_BEARER_TOKEN_BEDROCK=«bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUE0M0E3R1FTTzVQSklBNDNWJTJGMjAyNjExMjUlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjExMjVUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPUlRb0piM0pwWjJsdVgyVmpFTERKUldvSlo3cWo1WVhpV0pPcFNUTlFzemNTMWM1MmIzME5VZ3JCOXJSV2RlTVIxOVlEeHMtbEgwSUdrJlgtQW16LVNpZ25hdHVyZT1mNDYyYWQ4YTk2NmI0MjFmY2UyNzZkYTBhZjI0OTA0OTgyNWQ0Nzg1OGI3OWE1YzlmZDQ4NzgwZmE4MDFlNTliJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZWZXJzaW9uPTE=»",
            "curl -H 'Authorization: Bearer «bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFPNksyTE81SDcyUjNLUUxNJTJGMjAyNjExMjUlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjExMjVUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPUlRb0piM0pwWjJsdVgyVmpFbFBlbUxqbE9ha2diU0QxY3ZNV2g4NTRsY3BpVWVEdHBfRUhtQWNlS1V5TnZvRXJyWmJRZFhqdFRXTG5BJlgtQW16LVNpZ25hdHVyZT0yMWYyOTY1OTQyNTJiYmFhOWFlNGVhOGMxZmRjYmEyYTEyYWYwYzZmZTM2MjRjN2Y1ZjhlNTQyYWQzMzQzOTY2JlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCZWZXJzaW9uPTE=»' https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse",
        ],
        negatives: &[
            "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb24",
            "AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFte......",
            "the bedrock-api-key- prefix marks short-term keys",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gcp-api-key",
        title: "Google API key",
        about: "Calls Google APIs (Maps, Gemini, Firebase…) billed to the project; `AIza` + 35 characters.",
        label: "GOOGLE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AIza"]),
        pattern: r"AIza[A-Za-z0-9_-]{35}",
        max_len: 39,
        min_entropy: 4.0,
        positives: &[
            "GEMINI_API_KEY=«AIzawojXP4fl-5jVAzMkXsczhrvsptposumel5p»",
            "maps.googleapis.com/maps/api/geocode/json?address=Paris&key=«AIzaJ53Mk7Ne3Gho5-TOKLxuocvbOVAhWsFxLge» returns REQUEST_DENIED",
        ],
        negatives: &[
            "AIzaaYvdilVzkS5tu1bK_9s6SfNfzjhcrwnGJo",
            "AIzawEkxt0fMcHJLr5d021Ht4GqLVHLeJ7dAPytx",
            "AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "key=AIzaSy...",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gcp-service-account-key",
        title: "Google Cloud service-account private key",
        about: "The private key of a service-account key file acts as that account on Google Cloud; reported inside the JSON document, its PKCS#8 body decoded.",
        label: "GCP_SERVICE_ACCOUNT_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["\"private_key\""]),
        pattern: r#""private_key"\s*:\s*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\n)[A-Za-z0-9+/=\\\n]{64,6000}?-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)""#,
        value_group: 1,
        max_len: 6200,
        validate: Some(gcp_service_account_key),
        context: &["service_account", "private_key_id", "gserviceaccount.com", "client_x509_cert_url"],
        context_window: 2000,
        mask: Mask::KeepPrefix(27),
        positives: &[
            r#"my cloud function fails with invalid_grant, here's the key file: {"type": "service_account", "project_id": "billing-prod-4411", "private_key_id": "052a24742321039f0a525c70ff888033f006fecc", "private_key": "«-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAn9UL5oSJPhuu1hSBfFL\nVbc9UtCLtHaLnPCzI4irT+gh2gHtQHrkIe+VMBEjPbqWrJu/Vc9gxMx4wE/MdrWQ\nXk95bQp42Na2uXxTLTGJLpPIZybjWeuKVD4+7wnhTQLip7xKyOPXAClvilG0hAnK\n4rs30V+OEWv5RrSSiMNnWBNIs31hHcBRATzmJgsXyeSfVLsTZGfxc7J4jjPZfNXx\nDb80BWRjgMxdIk3u0f8UnlLXenZW87Ogudi3/eqnDy6RZstfstkKpHy4wFr0iNRH\n-----END PRIVATE KEY-----\n»", "client_email": "exporter@billing-prod-4411.iam.gserviceaccount.com", "client_id": "10492871234598765432"}"#,
            "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"6c50776d18f18ae20d280e8bf02b06d477be41fa\",\n  \"private_key\": \"«-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAt2ZJdK3oFc1PaG6l/rl\\nzRCGjbEQ3Ka+jkN2Esj21C7qEugoNGGLuVeRGRmKS8F7PiAGP2al/s+pbodFXkNl\\nuUFCizS6L8/CxSrrP0S0WZZAcgITf08c8pHEI5KzJEGegdtcTWirPpNGN5Vrz9ST\\nmbUPBRBi73lEK2Ljy0+/f3WeP3rLUSGNXuR7sLkql1B5YGoD8fuQ1BCYGRwvJWK+\\nYu5rBvtc16uBaSDILT6Wt+wqg4Xv6ZPsW588rVB0BByyj0kCQKK4PyAfpAdVn9Ta\\n-----END PRIVATE KEY-----\\n»\",\n  \"client_email\": \"ci@acme-data.iam.gserviceaccount.com\"\n}",
        ],
        negatives: &[
            // A private key outside a service-account document.
            r#"{"private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAl62sDRikKKG68Uvja6H\n3ST774GeA1Bbfjs+ehROJC8XOxKni6tpsx8Sz3XfRfas4sFkXBTppoTP4uUnzDea\nqgLTA79vkigLkOywk7dA//6NO+vCf8jqszVRsu9ptAqDephht9uZNj9QhfqP2gFf\nZow3lH495T94j6S60fBcYQFNInX7vn6ll0F7Oh4q/QtenhxPGqjCPwVz4087MSO8\nNtDM16wmIxXsOnJqEtZAkhNpxvaArI/0v3myS/OwYDCMmmSvBOcF8agHMuillOL2\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key_id": "771f0e015a79c44576db2943ef8e26e427a2944c", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nnot base64 at all, this is text!!\n-----END PRIVATE KEY-----\n"}"#,
            // Base64, but not a DER structure.
            r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nQUFBL5ZxoALlGeHe9N6O5nUld0ccNbtgvO2IdVbT8zbWdHkCxkVP0y9WibFgQQLnAvxP1wTmSXkilpviye4d2FOYwtjUbe\n-----END PRIVATE KEY-----\n"}"#,
            r#"{"type": "service_account", "private_key_id": "d527a074579b88e84a63376d35e8457474679ac3"}"#,
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "google-oauth-client-secret",
        title: "Google OAuth client secret",
        about: "Lets an app exchange authorization codes for user tokens; `GOCSPX-` + 28 characters.",
        label: "GOOGLE_OAUTH_SECRET",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["GOCSPX-"]),
        pattern: r"GOCSPX-[A-Za-z0-9_-]{28}",
        max_len: 35,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: &[
            r#"{"web":{"client_id":"4412-abc.apps.googleusercontent.com","client_secret":"«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»"}}"#,
            "GOOGLE_CLIENT_SECRET=«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»",
        ],
        negatives: &["GOCSPX-7Emid_BfLAUBPWS8LUUbSVYUfV", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "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abc", "client secrets start with GOCSPX-"],
        ..Rule::SECRET
    },
    Rule {
        id: "google-oauth-access-token",
        title: "Google OAuth access token",
        about: "A bearer token for Google APIs on a user's or service account's behalf, valid about an hour; `ya29.` + token.",
        label: "GOOGLE_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ya29."]),
        pattern: r"ya29\.(?:[A-Za-z0-9]{1,3}\.)?[A-Za-z0-9_-]{30,2048}",
        max_len: 2060,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(5),
        positives: &[
            "curl -H \"Authorization: Bearer «ya29.a0Rsr1d5HahgIAF3dEsRzDjHqY-UchWxY8XOGr9LtoR7xtTegGqDmIJ2JC0C7spTdWGtI8_rcTTpjtM_5bwr-YTYz-XVU-vquWeTI6-UoUATEzi0NLA5741FY8pPbSVsm8Vj9O7qUpN55uUEx2EW4hdP»\" https://www.googleapis.com/drive/v3/files",
            r#"{"access_token": "«ya29.a0DbntdT3NY-UIWEZffxa5DTKnGKsT5McEccdniisrwPJ4G22hrm64ZU4b0jvKaLFtuTIJQbyqcbNya0wpDVnDvz6nau2lwh7ooM_9HIX2ooZpN97I3FxgvRfJQbKFq_oePa0qXTU9rzOV3PDgNVL2S8»", "expires_in": 3599, "token_type": "Bearer"}"#,
        ],
        negatives: &["ya29.a0AfH6SMBexampleexample", "ya29.short", "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tokens that start with ya29. expire after an hour"],
        ..Rule::SECRET
    },
    Rule {
        id: "google-oauth-refresh-token",
        title: "Google OAuth refresh token",
        about: "Mints new Google access tokens until revoked; `1//0` + token.",
        label: "GOOGLE_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["1//0"]),
        pattern: r"1//0[A-Za-z0-9_-]{40,512}",
        max_len: 520,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: &[
            r#"{"refresh_token": "«1//0A9N4U0L1pvj6EaNhg9zW893QEVM75nBX5lpLKYKOhIb8d27OR-HEKjtMFyzcsSVO6ChwGyUPC2uCKDJEd21tE8tiPyKdnfwHR3I»", "scope": "https://www.googleapis.com/auth/gmail.readonly"}"#,
            "GOOGLE_REFRESH_TOKEN=«1//0rkZifKm1yTBBD0dV6kc5C2LkdCVGm-tXLkSia5mod9Wo1ni5UYWlc9tgFQtOqjqevS2OTCqcSWuk4IhHY8cYKSc_elCIOuOv94E»",
        ],
        negatives: &["1//0abc", "see https://1//0 in the docs", "1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ratio 1//08422ee038d"],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-storage-identifiable-key",
        title: "Azure Storage account key (identifiable)",
        about: "Full access to an Azure Storage account's blobs, queues, tables and files; the 64-byte key carries the `+ASt` signature and a Marvin32 checksum, verified.",
        label: "AZURE_STORAGE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["+ASt"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_storage_identifiable),
        mask: Mask::All,
        positives: &[
            "DefaultEndpointsProtocol=https;AccountName=invoicesprod;AccountKey=«hPg2meuLAm49AM2CkuApo+fBrp/vAy+HdFHPBLoOaGemH6w5281+rA9F189q6inKT88AXH07Xj4F+AStNFkQ2w==»;EndpointSuffix=core.windows.net",
            "az storage blob list --account-name invoicesprod --account-key «k2bMQSqhttPgrr5pd0hhAkBMSUO0ja6L91HdDXbcDBZITBxH2LxuZLDWC2xtELMlTr0Xtw/OnAD4+AStR58rOA==» -c exports",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=ffPJKp93dJeJ4qnzB7aKYlL6vo7s+ukmfE8LluVhHTxca55j1mUsFhGoINCdiwvB7/JgUi9Vthis+AStqM3EXg==",
            // One character short.
            "KEY=MYBrY8F4LmyAp+vgFvdVgFNSn9kGiAbFbESb8ZYp2VF25X5ys1W3Lpr+cI7WK+zxQ84F11K1d/i+AStG0IbPw==",
            "the key should contain +ASt somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AStAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-cosmosdb-identifiable-key",
        title: "Azure Cosmos DB key (identifiable)",
        about: "Reads or writes every container of a Cosmos DB account; the 64-byte key carries the `ACDb` signature and a Marvin32 checksum, verified.",
        label: "AZURE_COSMOSDB_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["ACDb"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_cosmosdb_identifiable),
        mask: Mask::All,
        positives: &[
            "AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=«e5pAssejo3s9arHPKVBFWQFsIxYs48YuczmEiixUSPtvmw53M11ZEXJgxA0AIJKE94+CSQS+jA8XACDb0hUxLQ==»;",
            "COSMOS_KEY=«AJi/VBP4FV4ZEQD1RuXkIi76TQaNVhWzbVYXEHEM+z55KJcuo0l3NO0kBO+bCd8wKOjfPjMGTNxhACDbeKT14A==»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=eLgDX8SUAcgogtz6GVFQ/6EyOoT36pqkc63QjuABmhDxqUhBWYlERORuVixLKpbbS9auz4tyro0MACDb3Zk9CQ==",
            // One character short.
            "KEY=/lbg/66AD824qI84W98ZiMGPsCGUs52fou02fJ4vO7Cf/ZD/QVbmyq+eDBOsElKqRlaBa5SJzJTACDbBZPhLw==",
            "the key should contain ACDb somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACDbAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-batch-identifiable-key",
        title: "Azure Batch account key (identifiable)",
        about: "Runs jobs on an Azure Batch account; the 64-byte key carries the `+ABa` signature and a Marvin32 checksum, verified.",
        label: "AZURE_BATCH_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+ABa"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+ABa[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_batch_identifiable),
        mask: Mask::All,
        positives: &[
            "az batch account login -n renderfarm --shared-key-auth # key: «5q0Ua3k6zt6CKN7TkvuEk9dQ+eue2FbRogGGsUuo7ooK23kkDTs9hpSPlkNyc9BcH20Ei5aPUQf7+ABalbBqqg==»",
            "BATCH_ACCOUNT_KEY=«GwhxkAAGjsx2D8Jp57knWSUdv+jGV4lN1SSEkopyAZwygAybFlwRikR6zuUpEA+BjqL6dsH3u7YV+ABaN4FF6g==»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=Sfb3dnXba0DWx3vLZ+SEEUBy6owMrh1pGuDA6pFypgOxznLdGrbWFnVJ/lMhGUZBCMoE8C3lCuTc+ABaL6kcQg==",
            // One character short.
            "KEY=SYz+Aw3wWwA/bYIcKgIfqFylfzcUg5hgM8nslQ0HixxIWFBJwnkJjZXbg7VsxJSqwztOx0ltOyA+ABaZ55FMg==",
            "the key should contain +ABa somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ABaAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-ml-classic-identifiable-key",
        title: "Azure ML web service key (identifiable)",
        about: "Calls a classic Azure Machine Learning web service; the 64-byte key carries the `+AMC` signature and a Marvin32 checksum, verified.",
        label: "AZURE_ML_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+AMC"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}\+AMC[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_ml_classic_identifiable),
        mask: Mask::All,
        positives: &[
            "headers = {'Authorization': 'Bearer «2XUjyuuvUuLSu/XEOYT8zFMttsoqa3IROHDXLpamchJxasSih+xidWu0JwRFeXnxiuAl8lO95FAc+AMC7LfL5w==»'}",
            "ML_SERVICE_KEY=«pl9zMx6CysAsMtGndBcUjFATLxMH236AET9nxV9mrCWe+rlmm9eFrW9BfIYx9liSgdDdWGf8buFO+AMCudqHOg==»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=kSyF58OCn+e/QsYnsWv7H7GJemS2dKbc7uXNDq9K+2VREkCknluw/oXB1DKODFDI0KyrAwFPOymI+AMCTSKl5w==",
            // One character short.
            "KEY=eNjjImZMYa94gbwcoUuEhhnVgdgIjNPvgQireJaYMsJYqYXff7Uni0oiIQg59EBQXcmfoG/8XoB+AMCDE2wmg==",
            "the key should contain +AMC somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AMCAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-apim-identifiable-key",
        title: "Azure API Management key (identifiable)",
        about: "Calls or manages APIs behind Azure API Management (subscription, gateway, direct-management or repository key); the 64-byte key carries the `APIM` signature and a Marvin32 checksum, verified.",
        label: "AZURE_APIM_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["APIM"], before: 80, after: 12 },
        pattern: r"[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==",
        max_len: 88,
        validate: Some(azure_apim_identifiable),
        mask: Mask::All,
        positives: &[
            "Ocp-Apim-Subscription-Key: «RxIzhD4PK6F1BwO/fv/r0C+0XZFLnglo0boizanG7d4IPASvlTsAOpFVS2NLBT8aR3En/LBcHO0qAPIMOdMjwg==»",
            "APIM_GATEWAY_KEY=«NsMY3ntq2wm2GMY7rawdC4MdMg3AV2iXBOOHv3wOCmd+uWrEx+OA0IJob/8WjT54LOR5gIkxRvJQAPIMhp2Ybw==»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=RQ2a7R0PCGsH6QdVlFe22mR6O1P8mlz0PjUOhLQr+pcN9SJVNooXFS+xOuIVKUsX7BNe0nKFj7wkAPIMIrZsdA==",
            // One character short.
            "KEY=9/8pm5+tl4Sa8W0My9MN272obedaPBwbwntpbK78P1ORweEFB45J0NOio6G/cJKHt5VkhU+crDkAPIMqZFYsA==",
            "the key should contain APIM somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPIMAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-service-bus-identifiable-key",
        title: "Azure Service Bus key (identifiable)",
        about: "Sends, listens to or manages a Service Bus namespace; the 32-byte key carries the `+ASb` signature and a Marvin32 checksum, verified.",
        label: "AZURE_SERVICE_BUS_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+ASb"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+ASb[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: &[
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«EF5wvfaiveSfOxK22FfIlxyWW+5lQEwjk+ASbNp8IGI=»",
            "SERVICEBUS_KEY=«+MFnTAQeJmRty+pcrlemotVNlE8WzDimj+ASbFQ/QeM=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=9p3NW/31GSaVWrbDm4uGNJykeelAKI+HO+ASbG+rKsU=",
            // One character short.
            "KEY=h9B63Xzy0COqWGRoBzlwbcrRRRyiMVGk+ASbH9TOPg=",
            "the key should contain +ASb somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ASbAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-event-hub-identifiable-key",
        title: "Azure Event Hubs key (identifiable)",
        about: "Sends to or reads from an Event Hubs namespace; the 32-byte key carries the `+AEh` signature and a Marvin32 checksum, verified.",
        label: "AZURE_EVENT_HUB_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+AEh"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+AEh[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: &[
            "Endpoint=sb://telemetry-ns.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=«1UJqkcWqsqnzCsCxLAkUU3Fj2wfnIe9qA+AEhJNlvUg=»;EntityPath=clicks",
            "EVENTHUB_KEY=«3tMddnnJnImT4hOtZmTLEbgIKQ7NUAYdo+AEhMRkcQk=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=fGLOsHhcheMEIoxrPVeJyYPFK9cB7pSJr+AEhHYpKsg=",
            // One character short.
            "KEY=p8vq76B5gRoYkDgnTLleentjo/V5bmI7+AEhJgKjeU=",
            "the key should contain +AEh somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AEhAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-relay-identifiable-key",
        title: "Azure Relay key (identifiable)",
        about: "Opens Azure Relay hybrid connections; the 32-byte key carries the `+ARm` signature and a Marvin32 checksum, verified.",
        label: "AZURE_RELAY_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+ARm"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}\+ARm[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_messaging_identifiable),
        mask: Mask::All,
        positives: &[
            "Endpoint=sb://onprem-bridge.servicebus.windows.net/;SharedAccessKeyName=manage;SharedAccessKey=«AiE0zptU9nwRiBS7cVb0F4WscNLu2iQnA+ARmL7x8qU=»",
            "RELAY_KEY=«GQrfHEFP+EhwvFp6sNnGlT/9W1fzgTc/O+ARmPRIxbI=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=rezXWhfZszN4n+opupVVg+xjul1ni8mLF+ARmARrkLY=",
            // One character short.
            "KEY=rZ/OOzed3Wqk6yo0JuRR8LH0S1nAtD2j+ARmD1SzVI=",
            "the key should contain +ARm somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ARmAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-iot-identifiable-key",
        title: "Azure IoT key (identifiable)",
        about: "Acts as an IoT Hub, device-provisioning service or device; the 32-byte key carries the `AIoT` signature and a Marvin32 checksum, verified.",
        label: "AZURE_IOT_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["AIoT"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_iot_identifiable),
        mask: Mask::All,
        positives: &[
            "HostName=fleet-hub.azure-devices.net;DeviceId=truck-17;SharedAccessKey=«Z3zK4S+kBx1nWMrYFQTwr0+jYNfCiQOjrAIoTJ+hi24=»",
            "IOT_DEVICE_KEY=«c4Cqwny+T68E8mt5Fp2qsxcwnCdeUqR7yAIoTJY6BVw=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=egM5dpoXzpEXJLe/y6pOB1z68/mgLMPhnAIoTGO+Kz8=",
            // One character short.
            "KEY=rl/QGw1pND1J7Ozq0anHPq6zflM7YUiFAIoTIz7bQ0=",
            "the key should contain AIoT somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIoTAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-redis-identifiable-key",
        title: "Azure Cache for Redis key (identifiable)",
        about: "Reads and writes an Azure Cache for Redis instance; the 32-byte key carries the `AzCa` signature and a Marvin32 checksum, verified.",
        label: "AZURE_REDIS_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["AzCa"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AzCa[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_redis_identifiable),
        mask: Mask::All,
        positives: &[
            "sessions-cache.redis.cache.windows.net:6380,password=«iHWEYWc9IZO6gx/MD1FaZy9KhG+jGmoFYAzCaLw2WbI=»,ssl=True,abortConnect=False",
            "REDIS_PASSWORD=«eTDJakoDMNQ0rTgu3DU2REfhPNwp5mDpOAzCaNaArPY=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=iFxw2VRvmLcCtoCLNiW3hLfa5QzKXVCYgAzCaKIP3pI=",
            // One character short.
            "KEY=LMsTgSr3711t82mqLZJsWPV7blIAiyjbAzCaNtNt0c=",
            "the key should contain AzCa somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzCaAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-event-grid-identifiable-key",
        title: "Azure Event Grid key (identifiable)",
        about: "Publishes events to an Event Grid topic or domain; the 32-byte key carries the `AZEG` signature and a Marvin32 checksum, verified.",
        label: "AZURE_EVENT_GRID_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["AZEG"], before: 37, after: 12 },
        pattern: r"[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=?",
        max_len: 44,
        validate: Some(azure_event_grid_identifiable),
        mask: Mask::All,
        positives: &[
            "aeg-sas-key: «J8GXKatQ9NjicHz+LKaeXoBjUY4d1i6kzAZEGE+ReYE=»",
            "EVENTGRID_TOPIC_KEY=«Vc4IoGb0HT2vcy+nmIgU7O5682dCEX6c0AZEGONBOUg=»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=X8xhMNl6IKC6rNAA2nzWjzn6wlGcD4+y8AZEGHPKkDs=",
            // One character short.
            "KEY=MQx6bpMqR6UJcr+rMSY1xdnStQ8WUFRFAZEGHUnjI0=",
            "the key should contain AZEG somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZEGAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-search-identifiable-key",
        title: "Azure AI Search key (identifiable)",
        about: "Queries or administers an Azure AI Search service; the 39-byte key carries the `AzSe` signature and a Marvin32 checksum, verified.",
        label: "AZURE_SEARCH_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["AzSe"], before: 46, after: 12 },
        pattern: r"[A-Za-z0-9+/]{42}AzSe[A-D][A-Za-z0-9+/]{5}",
        max_len: 52,
        validate: Some(azure_search_identifiable),
        mask: Mask::All,
        positives: &[
            "api-key: «LmDFyjxzv6HJ4k8odWvY7jMmnXcqapu4Z9Pyp4xBZMAzSeC2cYhq»",
            "AZURE_SEARCH_ADMIN_KEY=«gAS0E3lqC/dnr1VHTHcwsK94SSW85FPAOXavb4BQRtAzSeAiRjJQ»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=j0Z5QoajK/g8kitB/PpOSyQpMEmfET+0gSfTK/jZ62AzSeAcEKjT",
            // One character short.
            "KEY=oBm7ERUgwfPv5bHINJk7YEIo1Awrf3qwqn48s1RZ9AzSeAxgkpg",
            "the key should contain AzSe somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzSeAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-container-registry-identifiable-key",
        title: "Azure Container Registry key (identifiable)",
        about: "Pushes and pulls images of an Azure Container Registry; the 39-byte key carries the `+ACR` signature and a Marvin32 checksum, verified.",
        label: "AZURE_ACR_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["+ACR"], before: 46, after: 12 },
        pattern: r"[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5}",
        max_len: 52,
        validate: Some(azure_acr_identifiable),
        mask: Mask::All,
        positives: &[
            "docker login myregistry.azurecr.io -u myregistry -p «bG7xDQQrCxuLcvb2b1WhYhpzsu9HaWfUQQC6gwpriM+ACRDqvEA5»",
            "ACR_PASSWORD=«VqmcAULyEKqfOxGYgHIGFhwc2M2kKcBwdp1rTDA+Hx+ACRDJJsic»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=EYug1/jQskb+am7N//vpMR/ax9ogCyFyOZRqs8YDwh+ACRBcXKDG",
            // One character short.
            "KEY=xFxqeZ4HrZ5GuXfvYmdGHB4sBlg6QMHuInTVbRUL1+ACRA1B9tg",
            "the key should contain +ACR somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+ACRAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-function-identifiable-key",
        title: "Azure Functions key (identifiable)",
        about: "Invokes (or, for master keys, administers) an Azure Function app; the 40-byte key carries the `AzFu` signature and a Marvin32 checksum, verified.",
        label: "AZURE_FUNCTION_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["AzFu"], before: 48, after: 12 },
        pattern: r"[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](?:==)?",
        max_len: 56,
        validate: Some(azure_function_identifiable),
        mask: Mask::All,
        positives: &[
            "https://orders-api.azurewebsites.net/api/refund?code=«SrIm-lxEwrrVAvVL2OFKvoER8BR_Lrxnl1mAhEY_kYgxAzFuusbXog==»",
            "x-functions-key: «r7fnUGSUeRh87oUAWM3CVQdGzzm3Uuiy2pJXCSwnRnI1AzFublamrQ==»",
        ],
        negatives: &[
            // One checksum character changed.
            "KEY=z7Gc454-_lrPZS_FPs0PqYmGGX1_la91WEFUd35NwG0DAzFuQNz35w==",
            // One character short.
            "KEY=nP61rsA0tmNPT9weowcMqNI5momEtvomLsVecWBRQxkAzFuOTvpgw==",
            "the key should contain AzFu somewhere in the middle",
            "KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzFuAAAAAA==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-storage-account-key",
        title: "Azure Storage account key",
        about: "Full access to a storage account; an 88-character base64 key (64 bytes) after `AccountKey=` or a storage-key variable. The public emulator key is ignored.",
        label: "AZURE_STORAGE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &[
                "accountkey",
                "storage_account_key",
                "storageaccountkey",
                "azure_storage_key",
                "azure_storage_access_key",
                "azure_storage_account_key",
            ],
            before: 8,
            after: 110,
        },
        pattern: r#"(?i:accountkey|storage_?account_?key|azure_?storage(?:_?account)?(?:_?access)?_?key)["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{86}==)"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 4.5,
        validate: Some(azure_storage_legacy),
        known_examples: &["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
        mask: Mask::All,
        positives: &[
            "DefaultEndpointsProtocol=https;AccountName=stcontosoinvoices;AccountKey=«6p/b8yfJUVPzs9DuTGVgAPuuq/gexFPfbr5j+4wOXglv9EpW0OdIM7TkKCGhDDy1FSidsayI1esaeNSbep4/gA==»;EndpointSuffix=core.windows.net",
            "AZURE_STORAGE_ACCOUNT_KEY=«erYQ4aUr2M7+soEI50MZ85WCPnM147Cx+U4evP6pHZr3P2bhPOZVPwiWArUQwc7RoW3m7I+c/0xcicBd7A33LQ==»",
            r#"{"storageAccountKey": "«y0ywGdmgewJLSSEYjC1AyljCez2VnDjnWbGdftHoMLDvOqxB71nDeQr0q1MlWj5yyVNHm/gxn6JybG3ksFg1wQ==»"}"#,
        ],
        negatives: &[
            // The Azurite/emulator key is published in Microsoft's docs.
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
            "AccountName=stcontoso;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net",
            "AccountKey=IIFScq8hq4H+Zu6uZqmmMmLCJ1HTAYDYLJyxDUOJLUc6ZiszMToW2BjYDQwL8NlpEyERNr4HQOTxhd1rsDbXw==",
            // 88 characters, but no key variable in front.
            "checksum: A8VOVY5bxzT0595VRPRlz6wFgYZXR2TRSB2IBQGcV77fU7JB6wEHrNnja0Z8vO7hLC9z2tz9+F+fbnI1qq5+xQ==",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-shared-access-key",
        title: "Azure Service Bus / Event Hubs / IoT shared access key",
        about: "The `SharedAccessKey=` of a Service Bus, Event Hubs, Relay or IoT Hub connection string (32 bytes, base64), with the rights of its policy.",
        label: "AZURE_SHARED_ACCESS_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["sharedaccesskey"], before: 0, after: 64 },
        pattern: r"(?i:SharedAccessKey)\s*=\s*([A-Za-z0-9+/]{43}=)",
        value_group: 1,
        max_len: 80,
        min_entropy: 4.0,
        validate: Some(azure_shared_access_key),
        mask: Mask::All,
        positives: &[
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«0HJtyJWwU6FlwqzKwQNiqPPjlm43yruYnNpCGzEZKq8=»",
            "HostName=plant-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=«xzkzp/1k/CYRXCMw07oZkmh5xoMaq/4OH11ZwfVhOdA=»",
        ],
        negatives: &[
            "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>",
            "SharedAccessKey=ZrmeoDUC1xTowhF6bBW/420fFNX1XbOybGh8vOlNA=",
            "SharedAccessKeyName=RootManageSharedAccessKey",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-sas-token",
        title: "Azure shared access signature",
        about: "A SAS query string (`sv=…&sig=…`) grants what its permissions say until it expires; reported whole, its signature must decode to a 32-byte HMAC.",
        label: "AZURE_SAS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sv="]),
        pattern: r"sv=\d{4}-\d{2}-\d{2}(?:&[A-Za-z]{2,5}=[A-Za-z0-9%:._+/-]{0,120}){0,12}?&sig=[A-Za-z0-9%+/]{40,140}=?",
        max_len: 900,
        min_entropy: 3.5,
        validate: Some(azure_sas_signature),
        mask: Mask::KeepPrefix(3),
        positives: &[
            "https://invoicesprod.blob.core.windows.net/exports/q3.csv?«sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&st=2026-11-24T00:00:00Z&spr=https&sig=%2B3%2BzdUI4snVYIEHzXylqqqSma70hfNb9KzA3FoFUtSA%3D»",
            "BlobEndpoint=https://stlogs.blob.core.windows.net/;SharedAccessSignature=«sv=2024-08-04&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-01-01T08:00:00Z&spr=https&sig=C2Tj6N0b712STaecVxCkuwdDQUm%2Fmz4ZsmfsIiDkYpw%3D»",
        ],
        negatives: &[
            "https://x.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>",
            "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&spr=https&sig=g3bGkUuFcCKeRPVY6jnD",
            // 24 bytes, not a SHA-256 HMAC.
            "?sv=2022-11-02&sp=r&sig=R8sEIJNlR0gKdo0TILheP3x10ysdDB",
            "sv=2022-11-02 is the storage service version",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-entra-client-secret",
        title: "Microsoft Entra ID client secret",
        about: "An app registration's password: with the client id it signs in as the application. `8Q~` secrets carry a Marvin32 checksum, verified; older `7Q~` ones are matched by shape.",
        label: "AZURE_CLIENT_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["8q~", "7q~"], before: 4, after: 40 },
        pattern: r"[A-Za-z0-9_~.-]{3}(?:8Q~[A-Za-z0-9_~.-]{34}|7Q~[A-Za-z0-9_~.-]{31})",
        max_len: 40,
        min_entropy: 3.5,
        validate: Some(entra_client_secret),
        mask: Mask::All,
        positives: &[
            "AZURE_CLIENT_ID=0f6e3b2a-5c1d-4e8f-9a7b-2c3d4e5f6a7b\nAZURE_CLIENT_SECRET=«myh8Q~HUj2-jcg8uIGAXNeHqQbtu-Ym-4Gqb6cS7»",
            r#"provider "azurerm" { client_secret = "«WIY8Q~01UH_hDCMibFRsaHW3UXTPmp13-gM4ibm4»" }"#,
            "az login --service-principal -u 0f6e3b2a-5c1d-4e8f-9a7b-2c3d4e5f6a7b -p «nl97Q~nlVkpp_Z5EcBNvkL~clzG8vBOfY.xBr» --tenant contoso.onmicrosoft.com",
        ],
        negatives: &[
            // Checksum characters changed.
            "AZURE_CLIENT_SECRET=nrM8Q~3HuXr7Vj2TZ4UryM1j.kTuvr9sK1Ne6cfB",
            "AZURE_CLIENT_SECRET=zzz8Q~zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "AZURE_CLIENT_SECRET=NbL8Q~MeXJWY1OTwsT55XhS4aDkSia9p1b078c",
            "secrets made after 2022 contain 8Q~ after three characters",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-cask-key",
        title: "Azure key (Common Annotated Security Key)",
        about: "Keys of Azure OpenAI, AI Services, Web PubSub and other services in Microsoft's CASK format (`JQQJ99` marker); the Marvin32 checksum is verified.",
        label: "AZURE_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["jqqj9"], before: 56, after: 36 },
        pattern: r"[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?",
        max_len: 88,
        validate: Some(azure_cask),
        mask: Mask::All,
        positives: &[
            "AZURE_OPENAI_API_KEY=«Ny0ChrIdkSmyfgLiXPuREM5rrZ5jhN6wNbWjcgu2k95jnXZpg3x8JQQJ99BJeV98lZTDISFSAAAAACOGcttC»\nAZURE_OPENAI_ENDPOINT=https://contoso-gpt.openai.azure.com/",
            r#"client = AzureOpenAI(api_key="«dDaVcAcCtYIqj609u0RTHmfXWIwKUKkZXv7IGt2WWSVgvR7deqj0JQQJ99BIrqhJ0Fg9n4uEAAAAACOGAoMG»", api_version="2024-10-21")"#,
        ],
        negatives: &[
            // One checksum character changed.
            "AZURE_OPENAI_API_KEY=zcOEh5DahUaWU1hfb7fRETr5uNfyVr7UFwRKXz5ZkTimcsuqarsIJQQJ99BH0S5lGxbulLOnAAAAACOGtc9B",
            // Azure DevOps PATs have their own rule.
            "AZURE_DEVOPS_PAT=CrJrl5Qt50PD8bjvOW1wAjnzP4jxW4C2IQzCCbPOQChwgAvxzM27JQQJ99AEn0Hc3qxGQOhHAAAAAZDO2LL6",
            "AZURE_OPENAI_API_KEY=04Fw94jMclBty1a3DmGSgJguPFC4U4Sd6Oab54PWFq0oUXWCaWk3JQQJ99AFseI5UqJ4gLgUAAAAACOGntY",
            "keys contain JQQJ99 after 52 characters",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "digitalocean-pat",
        title: "DigitalOcean personal access token",
        about: "Full API access to a DigitalOcean team (droplets, databases, DNS); `dop_v1_` + 64 hex.",
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["dop_v1_"]),
        pattern: r"dop_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: &["doctl auth init -t «dop_v1_fc4aef2c74f647e1f469047d6682053b1dae88774597f40f7e3c20ca5986e9f7»", "DIGITALOCEAN_TOKEN=«dop_v1_c284ae555a2b2e97a52de86701711fd076ea19fa6df8cf6147ede973f0b2e45e»"],
        negatives: &["dop_v1_5b7415c60bd59557239b5c5a6fce1598", "dop_v1_5bf661103cdaecbad32bc615f2d4f79ae1a4026e7971ba9f15bd823915aa12eb0", "dop_v1_0000000000000000000000000000000000000000000000000000000000000000", "DIGITALOCEAN_TOKEN=dop_v1_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "digitalocean-oauth-token",
        title: "DigitalOcean OAuth access token",
        about: "An OAuth token for the DigitalOcean API issued to an app; `doo_v1_` + 64 hex.",
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["doo_v1_"]),
        pattern: r"doo_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: &["Authorization: Bearer «doo_v1_ed65c1dd10f23c2337d30824d3dbcfd869978d63cda6b5131bec904d2dd05d38»", r#"{"access_token":"«doo_v1_2e5a69342064454a0ca34f5396720fdd26335f2a1d3516d19b8d99d66a3dd096»","token_type":"bearer"}"#],
        negatives: &["doo_v1_0d1db5b8f21a49d918e4767310a8e088", "doo_v1_D75C40CEFFADE416809C78A21109A8C4A79D72015032FF7692119BF891CD3D8D", "doo_v1_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    Rule {
        id: "digitalocean-refresh-token",
        title: "DigitalOcean OAuth refresh token",
        about: "Mints new DigitalOcean OAuth access tokens; `dor_v1_` + 64 hex.",
        label: "DIGITALOCEAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dor_v1_"]),
        pattern: r"dor_v1_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: &[r#"{"refresh_token":"«dor_v1_29cbbad8139c18e551420b4d773a870d4dfd5ae2c2c4df562d6d9ead9c0a486d»","expires_in":2592000}"#, "DO_REFRESH_TOKEN=«dor_v1_8a7d3029c4f2a57d557f5a508539649a5a840f6a692ca02bf8124cf7c8f15ce1»"],
        negatives: &["dor_v1_9abfe7f38f0c9a3b551023103b9684f5", "dor_v1_0924a7e89ebffb0fe8a9aa783e91da65dbc980e0140ef329179d67cff7c5e426a", "dor_v1_ is the refresh token prefix"],
        ..Rule::SECRET
    },
    Rule {
        id: "alibaba-access-key-id",
        title: "Alibaba Cloud AccessKey ID",
        about: "Names an Alibaba Cloud (Aliyun) access key; with its secret it opens the account. `LTAI` + 12–20 characters.",
        label: "ALIBABA_ACCESS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["LTAI"]),
        pattern: r"LTAI[A-Za-z0-9]{12,20}",
        max_len: 24,
        min_entropy: 3.5,
        validate: Some(mixed_alnum),
        positives: &["ALIBABA_CLOUD_ACCESS_KEY_ID=«LTAI5tLhGvBTgEyNVOr4J7SC»", "ossutil config -i «LTAI5tOvnYg9vK1cxD08zE6P» -k ..."],
        negatives: &["LTAIxxxxxxxxxxxxxxxx", "LTAIkkW9gms2", "LTAIABCDEFGHJKLMNPQR", "LTAI5t4jggPjyLqzG0EQ7o8Zabcdefg"],
        ..Rule::SECRET
    },
    Rule {
        id: "alibaba-access-key-secret",
        title: "Alibaba Cloud AccessKey secret",
        about: "The secret half of an Alibaba Cloud access key; 30 characters after an `LTAI` id or an AccessKey-secret variable.",
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
        positives: &[
            "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tVcDkgLT5nWv4MMXAj2\nALIBABA_CLOUD_ACCESS_KEY_SECRET=«nwJVvrJwnwIsk4HQYRa8CObyRQTD9Z»",
            "aliyun configure set --access-key-id LTAI5tM1hppK1ODkHWDq6zLa --access-key-secret «SdJKnOYGkwyLTCv6sUp8SVcIMaA6Fz» --region cn-hangzhou",
        ],
        negatives: &[
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SECRET}",
            "access_key_secret = AV3RbKW442HD34OchHlRbmZkGZlL",
            "access_key_secret = abcdefghijabcdefghijabcdefghij",
            "my aliyun account id 1234567890123456 and phone 13800138000",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "ibm-cloud-api-key",
        title: "IBM Cloud API key",
        about: "Logs in to IBM Cloud as its user or service id; 44 characters after an IBM API-key variable, `ibmcloud login --apikey` or in service credentials.",
        label: "IBM_CLOUD_API_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["ibm", "ic_api_key", "iam_apikey", "iam_api_key", "bluemix"],
            before: 100,
            after: 160,
        },
        pattern: r#"(?:(?i:ibm[_ -]?(?:cloud[_ -]?)?api[_ -]?key|ic_api_key|iam_?api_?key)["']?\s*[:=]\s*["']?|ibmcloud\s+login\b[ -~]{0,80}?-{1,2}apikey[ =]["']?|"apikey"\s*:\s*")([A-Za-z0-9_-]{44,64})"#,
        value_group: 1,
        max_len: 240,
        min_entropy: 4.0,
        validate: Some(ibm_cloud_api_key),
        mask: Mask::All,
        positives: &[
            "IBMCLOUD_API_KEY=«xYq2PeZBBmk2r6OAmEswcD0jhHBEos1jV7oUjlK_QBT7»",
            "ibmcloud login -r us-south --apikey «1lQkFvCmd44v6R-IHh1dAuFWx4d1keJFGjsPjWnjbxoG»",
            r#"{"apikey": "«WSdH5da_XAZ2f-KBNFnBlIp_qaWRPQkYiHapRperLOPW»", "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage", "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"}"#,
        ],
        negatives: &[
            "IBMCLOUD_API_KEY=C-80tM0NnvYeyK-Oy0zX0LiPJjXEbKD5YrFKGSzdj",
            "IBMCLOUD_API_KEY=Wb4iqhZF6s-caP_5cXa4RCcqjFcxP_8oZmmUpyIR3MPaextra",
            "ibmcloud login --apikey @apikey.json",
            r#"{"apikey": "7f6KzRbQjozK1tnXpG6eQru-NHAYRJl2KTMkdGGN2HPm"}"#,
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "flyio-access-token",
        title: "Fly.io access token",
        about: "Deploys and manages Fly.io apps; `fm2_`/`fm1a_`/`fm1r_` macaroons (base64 msgpack, decoded) or `fo1_` OAuth tokens.",
        label: "FLYIO_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["fm2_", "fm1a_", "fm1r_", "fo1_"]),
        pattern: r"(?:fm2_|fm1[ar]_)[A-Za-z0-9+/]{100,3000}={0,3}|fo1_[A-Za-z0-9_-]{43}",
        max_len: 3010,
        min_entropy: 4.0,
        validate: Some(flyio_token),
        mask: Mask::KeepPrefix(4),
        positives: &[
            r#"FLY_API_TOKEN="FlyV1 «fm2_lJPEWtZciCZtVdsdeR0LCtiaDLKLVuU9lElvghub6mR5/uie2/jFqq/jsukskOustWBq/kfbr7Ptqnl3s469+mYmZqAnTEsIx5ng1IPGwo6n+G1xEo2kw4HCfsrMFBmSwXTG2ColpWK5bdAPUbyzIQb0IFrweVD6w8YjvPpW8RaEp/wkIQ==»""#,
            "flyctl deploy --access-token «fm2_lJPEPWRzUAhE54SDn5bWCCKez6DNrVRDCSryAx/Wo+IhNKAhe7KqQcT+UmvKycLX/vvFPGjjaFEX8Id2WfUqVWtPy6roGFiWsH1i/QAztpIHBFIOIGEvBanhcJjYtB1GlNf96vgEiKbVGo0YD33++9Kn8elp0I4bB/saGBlIlO1jYYr4og==»",
        ],
        negatives: &["FLY_API_TOKEN=\"FlyV1 fm2_lJPE...\"", "fm2_Kr4Bbru7j2XTb30k8wj3kMGubhLC56", "fm2_ tokens are macaroons", "fo1_abc"],
        ..Rule::SECRET
    },
    Rule {
        id: "yandex-api-key",
        title: "Yandex Cloud API key",
        about: "Calls Yandex Cloud APIs (YandexGPT, SpeechKit, Vision…) as a service account; `AQVN` + 35–38 characters.",
        label: "YANDEX_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AQVN"]),
        pattern: r"AQVN[A-Za-z0-9_-]{35,38}",
        max_len: 42,
        min_entropy: 4.0,
        positives: &[
            "curl -H \"Authorization: Api-Key «AQVNTmJmS4dR0oadiw6F49IPWDj07xcEJ8MSowS-»\" https://llm.api.cloud.yandex.net/foundationModels/v1/completion",
            "YANDEX_API_KEY=«AQVN53sSMg5tBy070aKhf-VW0dyZjn19b3p8qiim»",
        ],
        negatives: &["AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YANDEX_API_KEY=AQVNB9PNCo6-oOIo83UecHzTo2Nj55YivKM1", "service-account API keys start with AQVN"],
        ..Rule::SECRET
    },
    Rule {
        id: "yandex-iam-token",
        title: "Yandex Cloud IAM token",
        about: "Acts as a Yandex Cloud user or service account for up to 12 hours; `t1.` + two dot-separated parts.",
        label: "YANDEX_CLOUD_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["t1."]),
        pattern: r"t1\.[A-Za-z0-9_-]{20,600}={0,2}\.[A-Za-z0-9_-]{86}={0,2}",
        max_len: 700,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(3),
        positives: &["Authorization: Bearer «t1.9euelZPl4N7iXUMNRRaZ46XqIVrqTJTUAvdn7HWuQK65xFa-kJS4tV2GdsQ1H_JyEaVN5BVmsG2tOLgAcm730qxLkRHywQwfCbITPuDLkM9_6uCw5Mfu4ptDzmgncJIU-KwMJ4FYgzSCLkqL03j-cGOV5OPRb2VK-0QWaL.Yob66R_l2xwoEQbvLR-_M0xyS-8q6moCunMM5jDjnPghlxz6a-H6YZmk2Rfz5j0k5UQXU0UIZhZ_rDgfAwVYgv»", "export IAM_TOKEN=«t1.9euelZtwIHS3_WovNYmu162awSkYxy-cWdfDX0LcFQDObVOurcrkcxw3m487t8bSv0Me1q-lWaArcm8wAX--StC12TAX8DT14gw2-_D7WTEPDPTM5C2H8CjyTmwCI2ddQ4YQJB4wDRYSkSdOjKLeuEoT9zGHVbYQNHaDvC.oPHzZ4EkEDQKUIA6qVM7WIBSFjpk8wLInI7VUvpE6R3M2xRvnoB3NRUn0-kWIQapVkY40B5au6OdKTAQd5eaCq»"],
        negatives: &["we moved the worker to a t1.micro instance", "IAM_TOKEN=t1.9euelZFLoesQBVRABFYibbNpTRRBsnDlZBvthM5kSCwnvONwRSiRP65BNUCEQ_u1rYOyLGv2ZfILFBltmXw9nPVzrGIZVGmA-SW2bvXgsYNBiiW9Dh5P7SmuBj8CK09_LWZqvRpPxjkPWBNVh7cthM0PzExCIP7hV0Hzne.z7hsKWCDiIWhslzu7wDQNU50Jo88C0BMMxUYLYgehHXeMZ3NRzi6CdhKtwfqZpTfJa9oq1rk86PS6_DWMU2lR", "t1.9euelZ...", "t1.bnkSHjoxfAlo67pzUNa9CA4dGreoMX.0qVPRX2Il8wT2t24eQg7CWmkUsz2p4"],
        ..Rule::SECRET
    },
    Rule {
        id: "yandex-oauth-token",
        title: "Yandex OAuth token",
        about: "A long-lived Yandex OAuth token (Yandex ID, Disk, Direct, Cloud CLI); `y0_` + 55 or more characters.",
        label: "YANDEX_OAUTH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["y0_", "y1_", "y2_", "y3_"]),
        pattern: r"y[0-3]_[A-Za-z0-9_-]{55,199}",
        max_len: 202,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(3),
        positives: &["headers = {'Authorization': 'OAuth «y0_AgAAAAHsuDtbsmgU2wL-9jrVneQ5YYy3-raliZR7q6B4O3N3LMAy7nK»'}", "yc config set token «y0_AgAAAAhRiFm7VdM2gPpZjh_Pry3ohQQSH9cyGcdIk-df8E8cpTJEcls»"],
        negatives: &["OAuth y0_AgAAAAAexampleexampleexample1234", "y0_rZYqkiScGlVrbzkCmrcu7SorWQv1N0", "the y0_ prefix marks new tokens"],
        ..Rule::SECRET
    },
    Rule {
        id: "yandex-static-key-secret",
        title: "Yandex Cloud static access key secret",
        about: "The secret of an S3-compatible Yandex Cloud access key (Object Storage, Message Queue); `YC` + 38 characters, looked for near Yandex words.",
        label: "YANDEX_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["yandex", "ycaj", "yc iam"], before: 200, after: 200 },
        pattern: r"\b(YC[A-Za-z0-9_-]{38,60})",
        value_group: 1,
        max_len: 62,
        min_entropy: 4.0,
        validate: Some(yandex_static_secret),
        mask: Mask::KeepPrefix(2),
        positives: &[
            "$ yc iam access-key create --service-account-name uploader\naccess_key:\n  id: ajeq1r4fvd6lukh3h0ab\n  key_id: YCAJEdiqLqncZVjueA--PxyBD\nsecret: «YCvKH1CofhWwWfeWWwgs_ab7nNx_lL2qUQddHRwa»",
            "Yandex Object Storage creds: YC_STORAGE_SECRET=«YCEjYk-KIw2prkzitSPdmo4N77wChhIWS4CP5IF6»",
        ],
        negatives: &[
            "yc iam access-key create printed key_id: YCAJEstiRSrJ2sX6vQFETVHOg",
            "yandex secret: YClIX7X4d_9C1WPS5o6XSC4BhfFQjNdzUclo9",
            "yandex secret: YCBewm7m0y88NyUV-8MlG4teIrez3fu6R3X5ezqqabc",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "tencent-cloud-secret-id",
        title: "Tencent Cloud SecretId",
        about: "Names a Tencent Cloud API key; with its SecretKey it opens the account. `AKID` + 32 characters.",
        label: "TENCENT_CLOUD_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AKID"]),
        pattern: r"AKID[A-Za-z0-9]{32}",
        max_len: 36,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        positives: &["TENCENTCLOUD_SECRET_ID=«AKIDGnQRQUuIT30iKZMY4qsGxZWEw1fHY0Og»", "cred = credential.Credential(\"«AKIDzTX3uFOKKY26uqNcBecmxv7m8wZeFITD»\", os.environ[\"TC_KEY\"])"],
        negatives: &["AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIDc8f5aYOiydxII9jbyO7gDcyB28FtID", "AKIDSbXAQJroqodENA1EDm6bkWG2vgxBJszC9"],
        ..Rule::SECRET
    },
    Rule {
        id: "tencent-cloud-secret-key",
        title: "Tencent Cloud SecretKey",
        about: "The secret half of a Tencent Cloud API key; 32 characters after an `AKID` id or a Tencent secret-key variable.",
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
        positives: &[
            "TENCENTCLOUD_SECRET_ID=AKIDQPqLNIlVAyzITeGEQ2qu9wbuu3o7mTSn\nTENCENTCLOUD_SECRET_KEY=«b7z1mL9HMhtT6UL5TTu7UpxbiehoHwW5»",
            "cred = credential.Credential(\"AKIDQaz5dZJSKO1iyBoL2TEMMGlweyogSGWS\", \"«EtdyIHeZv52gZKDalWdyMaokVtsCrz3g»\")",
        ],
        negatives: &[
            "TENCENTCLOUD_SECRET_KEY=${TC_SECRET}",
            "TENCENTCLOUD_SECRET_KEY=syFk7eNW0FHvU8zfUuX3DCfaF4gujVO",
            "tencent order id 88213791 for 5efa01ac1bc4e5696f7f9bc697ab905a",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "scaleway-access-key",
        title: "Scaleway access key",
        about: "Names a Scaleway API key; with its secret key it manages the organization. `SCW` + 17 characters.",
        label: "SCALEWAY_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["SCW"]),
        pattern: r"SCW[A-Z0-9]{17}",
        max_len: 20,
        min_entropy: 3.0,
        validate: Some(scaleway_access_key),
        positives: &["SCW_ACCESS_KEY=«SCW0LMTUES0X1KA78VUJ»", "scw init access-key=«SCWBVY505IBJ096MASSQ» secret-key=..."],
        negatives: &["SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX", "SCWABCDEFGHJKLMNPQRS", "SCWGYGU8AT2PNLMJEPY", "SCW_DEFAULT_PROJECT_ID"],
        ..Rule::SECRET
    },
    Rule {
        id: "scaleway-secret-key",
        title: "Scaleway secret key",
        about: "The secret of a Scaleway API key (a UUID); reported after an `SCW` access key or a Scaleway secret-key variable.",
        label: "SCALEWAY_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["scw", "scaleway"], before: 8, after: 160 },
        pattern: r#"(?:(?i:scw_secret_key|scaleway[a-z_ -]{0,20}secret[_ -]?key|secret[_-]key)["']?(?:\s*[:=]\s*|\s+)["']?|SCW[A-Z0-9]{17}["']?\s*[,:;|/]?\s*["']?)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 220,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &[
            "SCW_ACCESS_KEY=SCWYPBROPFJ2EC3ZCHRG\nSCW_SECRET_KEY=«2b889a1c-c38b-4cfe-bd4a-bd877607cd93»",
            "# ~/.config/scw/config.yaml\naccess_key: SCWH442TXCYFIUUD97YM\nsecret_key: «21e1e0d4-978a-45e8-8db6-5f58d50b5670»",
        ],
        negatives: &[
            "SCW_DEFAULT_PROJECT_ID=118a9e94-12fa-4bb6-a1eb-ad869a04c18d",
            "SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000",
            "scaleway order dc4e3583-de2a-4ce2-9bd8-ad213e955ce7 was refunded",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "linode-api-token",
        title: "Linode (Akamai Cloud) API token",
        about: "Manages Linode instances, volumes and DNS; 64 hex characters after a Linode token variable.",
        label: "LINODE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["linode"], before: 4, after: 140 },
        pattern: r#"(?i:linode)[A-Za-z_\s"{-]{0,40}?(?i:token|key|pat)["']?(?:\s*[:=]\s*|\s+)["']?([0-9a-f]{64})\b"#,
        value_group: 1,
        max_len: 200,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &["LINODE_TOKEN=«ab82140860ff126ae1cc9e4a5bfa0a227ab937446cf6d66680aaa0b94221e434»", "provider \"linode\" {\n  token = \"«b5a37c80ab7916c317484ea08b2e4cfd2ad72119ea1662e309071a9b844a1b28»\"\n}"],
        negatives: &["LINODE_TOKEN=007615bba04f4e806ec5efae5c7818a3222aaf6b", "LINODE_TOKEN=${LINODE_TOKEN}", "linode instance 48213977 rebooted, sha256 0cd4cc4061859117c9428f22f21e360a28592157349f6d5bbf868f69987ad891"],
        ..Rule::SECRET
    },
    Rule {
        id: "akamai-edgegrid-token",
        title: "Akamai EdgeGrid client or access token",
        about: "Half of an Akamai API credential (`.edgerc`); `akab-` + two 16-character groups. The API hostname has the same shape and is skipped.",
        label: "AKAMAI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["akab-"]),
        pattern: r#"(akab-[a-z0-9]{16}-[a-z0-9]{16})(?:[\s"',;)\]}]|$)"#,
        value_group: 1,
        max_len: 40,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: &[
            "[default]\nclient_secret = d2ecd1fBndlYvS6MX1A8g+rIrVY6DkOBdLORkGe0tfs=\nhost = akab-cuiuv192cvh11h77-p6l67054dteqd6y3.luna.akamaiapis.net\naccess_token = «akab-wnqqtmocujaegekw-xjopvlngaezmf8wr»\nclient_token = akab-xrucnpllbne64auj-24zxbjxeq1ismrra",
            r#"EdgeGridAuth(client_token="«akab-8hbl2vrf1mmo3q56-8y8lthmq8aj5rbis»", client_secret=os.environ["AK_SECRET"], access_token=os.environ["AK_TOKEN"])"#,
        ],
        negatives: &[
            "host = akab-benpi4slf82hvr4o-4vsge8x1xlrfapby.luna.akamaiapis.net",
            "client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
            "client_token = akab-zxfrg60s4lx1eqoa-kdp059ck756oie",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "akamai-edgegrid-client-secret",
        title: "Akamai EdgeGrid client secret",
        about: "Signs Akamai API requests; a 32-byte base64 `client_secret` reported only near other `.edgerc` fields.",
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
        positives: &[
            "[default]\nclient_secret = «PP14OENKKuu14xSxFAeknfd/fJ6yf8fiOwdgOR3Tr40=»\nhost = akab-iwsbbwmebkiv8qpa-5rnte43diu3t7gda.luna.akamaiapis.net\naccess_token = akab-ej2awbwoz6652zar-7y18j5uhqi4hdoy1",
            "my ~/.edgerc has client_secret = «ET+7DgHHJHe/8TwxCbTXnGpUbPS/xWR6JEq96kUf25M=» and curl still says 401",
        ],
        negatives: &[
            "[default]\nclient_secret = <secret>\nhost = akab-7zaibcrstkzitenb-x1rxcnffs124yy7o.luna.akamaiapis.net",
            r#"{"client_id": "4412.apps.googleusercontent.com", "client_secret": "CJ1/fpgFMYZc76z3738JMztHXcyvh5+etLbMG7Q7zDU="}"#,
            "akamai client_secret = W9wNXqokN1Zq9PzxkXWsO9w3FqiTeoAOVfZ7UDpDWJ",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "hetzner-cloud-token",
        title: "Hetzner Cloud API token",
        about: "Manages a Hetzner Cloud project's servers and networks; 64 characters after an `HCLOUD_TOKEN`-style variable.",
        label: "HETZNER_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["hcloud", "hetzner"], before: 4, after: 140 },
        pattern: r#"(?:(?i:hcloud_token|hetzner[a-z_ -]{0,24}(?:token|key))["']?(?:\s*[:=]\s*|\s+)["']?|(?i:hcloud)\s+context\s+create\b[ -~]{0,60}?--token[ =]|provider\s+"hcloud"\s*\{\s*token\s*=\s*")([A-Za-z0-9]{64})\b"#,
        value_group: 1,
        max_len: 220,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: &["HCLOUD_TOKEN=«k11u3fe7kUYjR6TfzWNXssFzrTpHgKmriJWBhvEqbqOWdMvNgrBLACTVwX8rbQXZ»", "provider \"hcloud\" {\n  token = \"«cZ6U96v2ihXVRzTK2zxcELuC4glBekJCvxypVmA65cHOUwIIFkvkgTEVjGqcIFFv»\"\n}"],
        negatives: &["HCLOUD_TOKEN=${{ secrets.HCLOUD_TOKEN }}", "HCLOUD_TOKEN=ciRVQg9jNoTDQPvQsSo8ZJZR4lHmNZF2YnqeJIBhburMk2uA9wUlWPHBPlUabyg", "hetzner invoice 35de5560890b0f3e7ddc0fe4985b52b7dfbfb0433fa695cbae1d0469bdeab4d5"],
        ..Rule::SECRET
    },
    Rule {
        id: "openshift-user-token",
        title: "OpenShift user token",
        about: "An OpenShift OAuth token acting as the user on the cluster; `sha256~` + 43 characters.",
        label: "OPENSHIFT_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sha256~"]),
        pattern: r"sha256~[A-Za-z0-9_-]{43,80}",
        max_len: 87,
        min_entropy: 4.0,
        validate: Some(openshift_token),
        mask: Mask::KeepPrefix(7),
        positives: &[
            "oc login --token=«sha256~OHbBinZDXhEeF4dAVsPUzikdSNnycvAHUKn6fxkzues» --server=https://api.ocp4.internal:6443",
            "Authorization: Bearer «sha256~UrwMuJBc0UgdHLK_WxlsA_htdWsTCYc2nKuaAyrmxZ5»",
        ],
        negatives: &["sha256~abc", "sha256~Nz2iVTyu0CXQN3OactuFo4RYgFEQHRUx79GmlC3qR1", "sha256~4U69RnFFWi28OUqEJUE9yN25AU_D5nm1A-rcKo_LGugxyz", "image@sha256:49fe9317282ea5c86698bc0e7ac0c2f0abf37cfaa1618d3966410283bd663dc0"],
        ..Rule::SECRET
    },
    Rule {
        id: "kubernetes-bootstrap-token",
        title: "Kubernetes bootstrap token",
        about: "Lets a node join the cluster (kubeadm); `[a-z0-9]{6}.[a-z0-9]{16}` after `--token`, `token:` or `kubeadm token create`.",
        label: "KUBERNETES_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["kubeadm", "bootstraptokens", "bootstrap-token"], before: 200, after: 300 },
        pattern: r#"(?:--(?:discovery-)?token[ =]["']?|\btoken:\s*["']?|kubeadm\s+token\s+create\b[ -~]{0,120}?\s+)([a-z0-9]{6}\.[a-z0-9]{16})\b"#,
        value_group: 1,
        max_len: 200,
        validate: Some(kubernetes_bootstrap),
        known_examples: &["abcdef.0123456789abcdef"],
        mask: Mask::All,
        positives: &[
            "kubeadm join 10.0.4.12:6443 --token «yzwt44.0wgnegszjejrsfvc» --discovery-token-ca-cert-hash sha256:63831b263201cac524d95e833b1ee7fcff8f35325e0d0ff16cbd01ecafd00891",
            "# kubeadm init config\nbootstrapTokens:\n- token: \"«akpdc7.7h69xl4ofq97inar»\"\n  ttl: 24h0m0s",
        ],
        negatives: &[
            "kubeadm join 10.0.4.12:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:fd77d4572218f02b24dd063479dee057e4b714a734da3749478e9f17b3000791",
            "kubeadm join api.cluster.local:6443 --token <token> --discovery-token-unsafe-skip-ca-verification",
            "kubeadm join worker.kubernetesnodes --token abcdefghijklmnopqrstuv",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "kubernetes-service-account-token",
        title: "Kubernetes service-account token",
        about: "A JWT that authenticates to the Kubernetes API as a service account; reported when the payload decodes to Kubernetes service-account claims.",
        label: "KUBERNETES_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["eyJ"]),
        pattern: r"eyJ[A-Za-z0-9_-]{10,600}\.eyJ[A-Za-z0-9_-]{20,4000}\.[A-Za-z0-9_-]{20,1500}",
        max_len: 6200,
        validate: Some(kubernetes_service_account),
        mask: Mask::KeepPrefix(3),
        positives: &[
            "kubectl --server https://10.0.0.1:6443 --token=«eyJhbGciOiJSUzI1NiIsImtpZCI6ImR1YTFIdWJIbU1wcXU0ZnpKVTg1NURfNnlxNFpmOWpzUGx4UEFRSGxJZjUifQ.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLmNsdXN0ZXIubG9jYWwiXSwiZXhwIjoxNzk1MDAwMDAwLCJpYXQiOjE3NjM0NjQwMDAsImlzcyI6Imh0dHBzOi8va3ViZXJuZXRlcy5kZWZhdWx0LnN2Yy5jbHVzdGVyLmxvY2FsIiwia3ViZXJuZXRlcy5pbyI6eyJuYW1lc3BhY2UiOiJwYXltZW50cyIsInNlcnZpY2VhY2NvdW50Ijp7Im5hbWUiOiJkZXBsb3llciIsInVpZCI6ImNkMzk5OGRhLWZkYWMtNDQyNS1iYmJiLTEwMzYwY2QwNWU0YSJ9fSwibmJmIjoxNzYzNDY0MDAwLCJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6cGF5bWVudHM6ZGVwbG95ZXIifQ.LNmOpgPgoZSQVBz4E4YyIxbWSEpSNlgVp8OLJ9aiBePaq53e_YYXnQzjvjI_ea5lSPOJBd8RozRemMmtriTCQ9vGarANc2LNyRRMJhWzMja6UzQoNMPxGtbu_WQAbD3-4tl4C_WBsekcvEbfEtEKGv3qFo3wOS7Bpb--CtoYMLODcEVii0wXBq7FZou2JFPNF_ZyJALHswr6T1j3GtDpariCFYjAU7NxyV4x3SwaSEgsXFDp5JwhwTSs02MiBpHPBLXLwiQ7Gbr_BeJUft3-VE4WpPHu222M9w4nJHJHyjwNi1htUXO4pca3db8UwVSZHQz8SNBFW3I1fThDj3xjsm» get pods -n payments",
            "users:\n- name: ci-bot\n  user:\n    token: «eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJrdWJlLXN5c3RlbSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJjaS1ib3QtdG9rZW4tZjZyY3ciLCJrdWJlcm5ldGVzLmlvL3NlcnZpY2VhY2NvdW50L3NlcnZpY2UtYWNjb3VudC5uYW1lIjoiY2ktYm90Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50Omt1YmUtc3lzdGVtOmNpLWJvdCJ9.0VKD-RWCrFA64GSrGxlSYY8WOu64AeH9sD6OtaRfV9I_9eyx-KARL7d85DJO2h9nTz3YmX8rsJsgi95HHMj_HCpo1T8NGqMNfhNsZOhSBYxg_oZ6U8q-DVL8qvHnM7GRciuU49balq53bSCptckNI6lScj7bLOJBpKUsUR3ZG-acl6ai7h_k36Ia_MtKpxdisLvz4_OObaTTMxjX0AbKRlhVi-ybW_aaxzSWiTAQOPZWPI4viQrxdUIpgGMbVUTmC9ioIfsBp7w5_EedYqU5Rzx3V8j60gQF83TrVADSgkp0f0y_7DM_aeppkUTwwBhKDvUz9-TUf97UEjcDd9TXma»",
        ],
        negatives: &[
            // An ordinary JWT without Kubernetes claims.
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0IiwibmFtZSI6IkFubiIsImlhdCI6MTc2MzQ2NDAwMH0.MdtFIX315so02-IVkALejXai_KHbF6qnZC4yV2bfNil",
            "token: eyJhbGciOiJSUzI1NiIsImtpZCI6ImZCN2p0amY4dWN4U1h2Y1pHZXJReXQ0",
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
