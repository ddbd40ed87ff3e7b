//! Private keys and signed tokens: PEM blocks (PKCS#1, SEC1, PKCS#8, DSA,
//! encrypted), OpenSSH, PuTTY, OpenPGP, SSH.com, age, and JWTs.
//!
//! Formats and the structural checks used:
//! - PEM armor (RFC 7468): the base64 body of an unencrypted key is DER, so
//!   it decodes to a SEQUENCE (first byte `0x30`, text `MI…`/`MC…`); a
//!   traditional encrypted key carries `Proc-Type: 4,ENCRYPTED` and
//!   `DEK-Info` headers instead (OpenSSL PEM format).
//! - OpenSSH (`PROTOCOL.key` in OpenSSH): the body decodes to the magic
//!   `openssh-key-v1\0`.
//! - PuTTY `.ppk` v2/v3 (PuTTY manual, appendix C): `PuTTY-User-Key-File-N`
//!   header, `Private-Lines: N` followed by that many base64 lines.
//! - OpenPGP ASCII armor (RFC 4880 §6): a secret-key packet (tag 5) and an
//!   optional `=` line carrying a CRC-24 of the decoded data, which we check.
//! - SSH.com / RFC 4716-style private key: the body starts with the magic
//!   `0x3f6ff9eb`.
//! - age (age-encryption.org/v1): `AGE-SECRET-KEY-1` + bech32 data whose
//!   BIP-173 checksum we verify.
//! - JWT (RFC 7519): three base64url segments; the header must decode to a
//!   JSON object naming `alg` and the payload to a JSON object.
//!
//! Public keys (`ssh-rsa AAAA…`, `BEGIN PUBLIC KEY`, certificates) are not
//! secrets and appear below as near misses.

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base64_decode, looks_like_placeholder, shannon_entropy};

/// Decodes a base64 or base64url segment that should hold a JSON object.
pub(crate) fn b64_json(segment: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    if !base64_decode(segment.as_bytes(), &mut out) {
        return None;
    }
    let trimmed = out.trim_ascii();
    (trimmed.first() == Some(&b'{') && trimmed.last() == Some(&b'}')).then_some(out)
}

/// Whether JSON text `json` has the key `key` (as `"key":`, spaces allowed).
pub(crate) fn json_has_key(json: &[u8], key: &str) -> bool {
    let quoted = format!("\"{key}\"");
    let q = quoted.as_bytes();
    json.windows(q.len())
        .enumerate()
        .any(|(i, w)| w == q && json[i + q.len()..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b':'))
}

/// Whether the JSON text has `"key":"value"` (spaces allowed around `:`).
pub(crate) fn json_has_pair(json: &[u8], key: &str, value: &str) -> bool {
    let compact: Vec<u8> = json.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    let needle = format!("\"{key}\":\"{value}\"");
    compact.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The base64 characters of an armored body, without the BEGIN/END lines,
/// line breaks, JSON `\n` escapes or header lines (`Name: value`). Works
/// when a chat app has collapsed the block onto one line.
fn armor_body(block: &str) -> String {
    let unescaped = block.replace("\\r", "\n").replace("\\n", "\n");
    let mut text = unescaped.as_str();
    if let Some(begin) = text.find("BEGIN") {
        if let Some(close) = text[begin..].find("----") {
            text = text[begin + close..].trim_start_matches('-');
        }
    }
    if let Some(end) = text.find("----") {
        text = &text[..end];
    }
    let mut body = String::with_capacity(text.len());
    for line in text.lines() {
        if line.contains(':') {
            continue;
        }
        body.extend(line.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')));
    }
    body
}

/// Decodes the first whole base64 quanta of `body` (at most `max` chars).
fn decode_prefix(body: &str, max: usize) -> Vec<u8> {
    let n = body.len().min(max) / 4 * 4;
    let mut out = Vec::new();
    if !base64_decode(&body.as_bytes()[..n], &mut out) {
        out.clear();
    }
    out
}

/// PEM block: encrypted headers, or a body that decodes to a DER SEQUENCE.
fn pem_block(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.contains("Proc-Type: 4,ENCRYPTED") && v.contains("DEK-Info:") {
        return Verdict::Verified;
    }
    let body = armor_body(v);
    let mut der = Vec::new();
    let trimmed = body.trim_end_matches('=');
    if body.len() >= 40 && base64_decode(trimmed.as_bytes(), &mut der) && der.first() == Some(&0x30) {
        Verdict::Verified
    } else if armored_key_material(&body) {
        // Evidence over validation: the armor says "private key" and the
        // body reads as key material, but does not decode (a chat editor
        // mangled it, a line was lost, a test key). Reported at the rule's
        // lower confidence; a body that decodes is proven (0.99).
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Whether an armored body that failed to decode still reads as key
/// material rather than a stand-in: long, random (entropy of base64 text),
/// all three character kinds, and no run of one character (`AAAA…`,
/// `xxxx…`) or word-like filler.
fn armored_key_material(body: &str) -> bool {
    let b = body.as_bytes();
    body.len() >= 64
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().any(u8::is_ascii_digit)
        && shannon_entropy(body) >= 5.0
        && !looks_like_placeholder(body)
}

/// A BEGIN line with the start of a body: the body must start like DER,
/// OpenSSH, encrypted PEM headers or an OpenPGP secret-key packet.
fn pem_start(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.contains("Proc-Type: 4,ENCRYPTED") {
        return Verdict::Plausible;
    }
    let body = armor_body(v);
    let head = decode_prefix(&body, 64);
    let ok = if v.contains("PGP PRIVATE KEY") {
        head.first().is_some_and(|&b| is_secret_key_packet(b))
    } else if v.contains("OPENSSH") {
        head.starts_with(b"openssh-key-v1\0")
    } else {
        head.first() == Some(&0x30)
    };
    if ok {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

fn openssh_block(c: &Candidate) -> Verdict {
    let head = decode_prefix(&armor_body(c.value), 64);
    if head.starts_with(b"openssh-key-v1\0") {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Tag 5 (secret key) or 6 (public key is not: only 5 and 7, secret subkey).
fn is_secret_key_packet(b: u8) -> bool {
    // Old format: 10tttt ll; new format: 11tttttt.
    if b & 0xC0 == 0x80 {
        matches!((b >> 2) & 0x0F, 5 | 7)
    } else if b & 0xC0 == 0xC0 {
        matches!(b & 0x3F, 5 | 7)
    } else {
        false
    }
}

/// CRC-24 of OpenPGP ASCII armor (RFC 4880 §6.1).
fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0x00B7_04CE;
    for &b in data {
        crc ^= (b as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= 0x0186_4CFB;
            }
        }
    }
    crc & 0x00FF_FFFF
}

/// OpenPGP armored secret key: secret-key packet, CRC-24 when present.
fn pgp_block(c: &Candidate) -> Verdict {
    let text = c.value.replace("\\r", "\n").replace("\\n", "\n");
    let mut in_body = false;
    let mut body = String::new();
    let mut crc_line = None;
    for line in text.lines().skip(1) {
        let line = line.trim();
        if line.starts_with("-----END") {
            break;
        }
        if !in_body {
            // Armor headers (`Version: …`, `Comment: …`) end at a blank line;
            // some tools omit both.
            if line.is_empty() || !line.contains(':') {
                in_body = true;
            }
            if line.is_empty() || line.contains(':') {
                continue;
            }
        }
        if let Some(crc) = line.strip_prefix('=') {
            if crc.len() == 4 {
                crc_line = Some(crc.to_string());
                continue;
            }
        }
        body.push_str(line);
    }
    let mut data = Vec::new();
    if !base64_decode(body.as_bytes(), &mut data) || !data.first().is_some_and(|&b| is_secret_key_packet(b)) {
        return Verdict::Invalid;
    }
    match crc_line {
        None => Verdict::Plausible,
        Some(crc) => {
            let mut sum = Vec::new();
            if base64_decode(crc.as_bytes(), &mut sum)
                && sum.len() == 3
                && u32::from_be_bytes([0, sum[0], sum[1], sum[2]]) == crc24(&data)
            {
                Verdict::Verified
            } else {
                Verdict::Invalid
            }
        }
    }
}

fn ssh2_block(c: &Candidate) -> Verdict {
    // Header lines may continue with a trailing backslash; `armor_body`
    // drops lines holding a colon, which covers `Comment: "…"` headers.
    let head = decode_prefix(&armor_body(c.value), 64);
    if head.starts_with(&[0x3f, 0x6f, 0xf9, 0xeb]) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// PuTTY key: the private lines decode and their count matches the header.
fn putty_block(c: &Candidate) -> Verdict {
    let text = c.value.replace("\\r", "").replace("\\n", "\n");
    let mut lines = text.lines().map(str::trim);
    let Some(count) = lines.by_ref().find_map(|l| l.strip_prefix("Private-Lines:")) else {
        return Verdict::Invalid;
    };
    let Ok(count) = count.trim().parse::<usize>() else { return Verdict::Invalid };
    let private: Vec<&str> = lines.take_while(|l| !l.is_empty() && !l.contains(':')).collect();
    let joined = private.concat();
    let mut out = Vec::new();
    if count > 0 && private.len() == count && base64_decode(joined.as_bytes(), &mut out) && out.len() >= 16 {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// BIP-173 bech32 checksum over `hrp` and the data part (lowercase).
pub(crate) fn bech32_valid(hrp: &str, data: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let mut chk: u32 = 1;
    let mut step = |v: u32| {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ v;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    };
    for b in hrp.bytes() {
        step((b >> 5) as u32);
    }
    step(0);
    for b in hrp.bytes() {
        step((b & 31) as u32);
    }
    for b in data.bytes() {
        let Some(v) = CHARSET.iter().position(|&c| c == b.to_ascii_lowercase()) else { return false };
        step(v as u32);
    }
    chk == 1
}

fn age_checksum(c: &Candidate) -> Verdict {
    let Some(data) = c.value.strip_prefix("AGE-SECRET-KEY-1") else { return Verdict::Invalid };
    if bech32_valid("age-secret-key-", data) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Header names an algorithm; payload is a JSON object.
pub(crate) fn jwt_structure(c: &Candidate) -> Verdict {
    let mut parts = c.value.split('.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else { return Verdict::Invalid };
    match (b64_json(header), b64_json(payload)) {
        (Some(h), Some(_)) if json_has_key(&h, "alg") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// A JWT encoded as base64 once more: decode, then check it as a JWT.
fn jwt_in_base64(c: &Candidate) -> Verdict {
    let mut out = Vec::new();
    let v = c.value.trim_end_matches('=');
    if !base64_decode(&v.as_bytes()[..v.len() / 4 * 4], &mut out) {
        return Verdict::Invalid;
    }
    let Ok(text) = std::str::from_utf8(&out) else { return Verdict::Invalid };
    let token =
        text.split(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-'))).next().unwrap_or("");
    jwt_structure(&Candidate::with_context(token, false))
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "private-key-pem",
        title: "PEM private key",
        about: about!("An RSA, EC, DSA or PKCS#8 private key block (plain or encrypted). A body that decodes to DER, or encryption headers, prove it (confidence 0.99); the armor around a random body that does not decode (a key mangled by an editor, a line lost) is still strong evidence and is reported at confidence 0.75."),
        label: "PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["-----BEGIN "]),
        pattern: r"-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\\\r\n\t :,-]+?-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----",
        max_len: 8192,
        word_boundary: false,
        // Long base64 bodies contain marker words (`todo`, `fake`) by chance;
        // the DER check is the filter here.
        placeholder_filter: false,
        validate: Some(pem_block),
        mask: Mask::KeepPrefix(31),
        confidence: 0.75,
        positives: examples![
            // The first line of the body lost: no longer DER, still a key.
            "the key from the wiki fails to load:\n«-----BEGIN RSA PRIVATE KEY-----\niJtILm4eU+2kHvOmsO/ih74WRUbUEmCCmh8CAwEAAQJATPCgtf4Swt6JcqWkqVyT\npZGRYDrGiFFVfsIs9h6X4CTBNq907YPY65h2UIke3JA8gGWwNMPkofI1lI07GUrU\nYQIhANYVuFLeoOzxl7KfhRaV7fsQwpb3Ha1/dPD0TeQnmkkxAiEAxu0jTBVEfovo\n-----END RSA PRIVATE KEY-----»",
            "openssl says bad decrypt for this one:\n«-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAKZbHDBVV67/wfv0iqvZKG5hM7Y4DXjILiYFJkmGcsR6MlyQ8Kgt\niJtILm4eU+2kHvOmsO/ih74WRUbUEmCCmh8CAwEAAQJATPCgtf4Swt6JcqWkqVyT\npZGRYDrGiFFVfsIs9h6X4CTBNq907YPY65h2UIke3JA8gGWwNMPkofI1lI07GUrU\nYQIhANYVuFLeoOzxl7KfhRaV7fsQwpb3Ha1/dPD0TeQnmkkxAiEAxu0jTBVEfovo\nBhklU47EyNxcX2i72ro39r7CJgaFRE8CIQCEQyz6fbJ8UJIA+A64Mm6xotwleoxq\nSQlNaBHLODBYsQIhALjVUny5LiFfIcG4z6Pp/hKcHgBQsmuzp5hO+tqWKHGlAiB4\nP3GwjRARNgB3AtPfuV1WfB9AIx6BuX9juGaO9D3lhw==\n-----END RSA PRIVATE KEY-----»\nwhat am I doing wrong?",
            "pasted from Slack: «-----BEGIN EC PRIVATE KEY----- MHcCAQEEIJ7aMfFRLjvz6U2XJLcv9DfRtSqjCXREI3zIV6r2zXyKoAoGCCqGSM49 AwEHoUQDQgAE1bKPy51f0sjbE3pVSaxAXD7qDtcm2Chu5UQMR6p8w7eb0wXXRLet ZD93eiLjZb0reLrFB2Hl1tJYNp+Dv8WUlg== -----END EC PRIVATE KEY-----»",
            "«-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIJ7aMfFRLjvz6U2XJLcv9DfRtSqjCXREI3zIV6r2zXyKoAoGCCqGSM49\nAwEHoUQDQgAE1bKPy51f0sjbE3pVSaxAXD7qDtcm2Chu5UQMR6p8w7eb0wXXRLet\nZD93eiLjZb0reLrFB2Hl1tJYNp+Dv8WUlg==\n-----END EC PRIVATE KEY-----»",
            r#"{"type": "service_account", "private_key": "«-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIO36RElukHRFgveO/Qe7bTZ6kJR4XPRLcDzVWIOib1S4\n-----END PRIVATE KEY-----»\n", "client_email": "ci@proj.iam.gserviceaccount.com"}"#,
            "«-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhJtH8SQbRRGgICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEO8oCmWaxE2eiLMaTP+MAjoEQCiL\n3hGx7QfnNJe2aQrzU6gUMp02H/MNXFtK2tef+2q8djGr+WgL8NF1WtajjeN3wBZH\nobWy54svwQMzXqCm0Z8=\n-----END ENCRYPTED PRIVATE KEY-----»",
            "«-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,ED943B864BC393095B0D0329ECBBA069\n\nVreU/eH3j2sgp8rbMMWeGnJiGCuOe2U59xqgfx5b/ExVVhwNlHXWm/oj9COu5NE7\n2WYg8JA+XC+8YnkRx/RzE2oY3WsOZmKzEOC3LBi98B1M5PngJ3Qv5okzNNJNBWO0\nDPqeSJgtFGWpzEtOHWIcSS1K3BuZFjTFjuWKNSAOZ98=\n-----END RSA PRIVATE KEY-----»",
        ],
        negatives: examples![
            "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1bKPy51f0sjbE3pVSaxAXD7qDtcm\n2Chu5UQMR6p8w7eb0wXXRLetZD93eiLjZb0reLrFB2Hl1tJYNp+Dv8WUlg==\n-----END PUBLIC KEY-----",
            "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG11kO6wMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBnVu\n-----END CERTIFICATE-----",
            // The body is not DER.
            "-----BEGIN RSA PRIVATE KEY-----\nthis-is-not-a-real-key-just-a-placeholder-body-for-the-docs\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----\nYOUR_PRIVATE_KEY_GOES_HERE_REPLACE_THIS_WITH_THE_CONTENTS_OF_KEY_PEM_FILE_1\n-----END RSA PRIVATE KEY-----",
            "put the key between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- markers",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "private-key-pem-truncated",
        title: "Private key (start of a PEM block)",
        about: about!("A private-key BEGIN line followed by the start of its body, as when a key is cut off or elided; the body must start like DER, OpenSSH or OpenPGP key data."),
        label: "PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["-----BEGIN "]),
        pattern: r"-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED|OPENSSH) )?PRIVATE KEY-----(?:\\[rn]|[\r\n\t ])+(?:Proc-Type: 4,ENCRYPTED|M[A-Za-z0-9+/]{40,64}|b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/]{21,64})|-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\[rn]|[\r\n\t ])+[A-Za-z]+: [\x20-\x7E]{1,80})*(?:\\[rn]|[\r\n\t ])+[A-Za-z0-9+/]{40,64}",
        max_len: 512,
        word_boundary: false,
        placeholder_filter: false,
        validate: Some(pem_start),
        mask: Mask::KeepPrefix(31),
        confidence: 0.95,
        positives: examples![
            "here is the start of the deploy key, rest omitted:\n«-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAKZbHDBVV67/wfv0iqvZKG5hM7Y4DXjILiYFJkmGcsR6MlyQ8Kgt»\n...",
            "«-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW»\n[truncated]",
            "«-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEawdrXxYJKwYBBAHaRw8BAQdAr9NzMGQYO0x6/TtqHhHUy49mIIab1GFimIZO» (cut)",
        ],
        negatives: examples![
            "-----BEGIN RSA PRIVATE KEY-----\n<paste your key here>",
            "-----BEGIN PRIVATE KEY-----",
            "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB2ZjV",
            // Base64 that is not DER.
            "-----BEGIN PRIVATE KEY-----\nMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "openssh-private-key",
        title: "OpenSSH private key",
        about: about!("An SSH private key in OpenSSH's own format; the body must decode to the `openssh-key-v1` magic."),
        label: "PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["-----BEGIN OPENSSH"]),
        pattern: r"-----BEGIN OPENSSH PRIVATE KEY-----(?:\\[rn]|[\r\n\t ])*b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/=\\\r\n\t ]+-----END OPENSSH PRIVATE KEY-----",
        max_len: 8192,
        word_boundary: false,
        placeholder_filter: false,
        validate: Some(openssh_block),
        mask: Mask::KeepPrefix(35),
        positives: examples![
            "ssh says 'invalid format' for ~/.ssh/id_ed25519:\n«-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBpdqiZULfb3CFqILWAGiixff7Ynvkxuf7o5PPNDVFY+wAAAJB46bCdeOmw\nnQAAAAtzc2gtZWQyNTUxOQAAACBpdqiZULfb3CFqILWAGiixff7Ynvkxuf7o5PPNDVFY+w\nAAAEC8AlukCu79s+bRCchr/NVSqjgtyBB7oARmTRTXxzGA/ml2qJlQt9vcIWogtYAaKLF9\n/tie+TG5/ujk880NUVj7AAAACmRldkBsYXB0b3ABAgM=\n-----END OPENSSH PRIVATE KEY-----»",
            r#"SSH_KEY: "«-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBpdqiZULfb3CFqILWAGiixff7Ynvkxuf7o5PPNDVFY+wAAAJB46bCdeOmw\n/tie+TG5/ujk880NUVj7AAAACmRldkBsYXB0b3ABAgM=\n-----END OPENSSH PRIVATE KEY-----»""#,
        ],
        negatives: examples![
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl2qJlQt9vcIWogtYAaKLF9/tie+TG5/ujk880NUVj7 dev@laptop",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1Zx9yz0aT2RPqvBq4sE8mW3Pm4PW\n-----END OPENSSH PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1Zx9yz0aT2RPqvBq4sE8mW3Pm4PW user@host",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "putty-private-key",
        title: "PuTTY private key (.ppk)",
        about: about!("A PuTTY key file (v2 or v3); the private lines must decode and match the count its header declares."),
        label: "PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["PuTTY-User-Key-File-"]),
        pattern: r"PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]+(?:\\[rn]|[\r\n])[\x09\x0A\x0D\x20-\x7E]*?Private-Lines: [0-9]{1,3}(?:\\r)?(?:\\n|\r?\n)(?:[A-Za-z0-9+/=]+(?:\\r)?(?:\\n|\r?\n|$))+",
        max_len: 8192,
        word_boundary: false,
        placeholder_filter: false,
        validate: Some(putty_block),
        mask: Mask::KeepPrefix(22),
        positives: examples![
            "WinSCP won't load this:\n«PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: dev@laptop\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIGl2qJlQt9vcIWogtYAaKLF9/tie+TG5/ujk880N\nUVj7\nPrivate-Lines: 1\nAAAAILwCW6QK7v2z5tEJyGv81VKqOC3IEHugBGZNFNfHMYD+\n»Private-MAC: 2f126eb4bf6571549c8a29d09afb2f6767e223242d18de2670fcb645d5f20c33",
            "«PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: none\r\nComment: rsa-key-20240101\r\nPublic-Lines: 1\r\nAAAAB3NzaC1yc2EAAAADAQABAAAAQQCmWxwwVVeu\r\nPrivate-Lines: 2\r\nAAAAQEzwoLX+EsLeiXKlpKlck6WRkWA6xohRVX7CLPYel+Ak\r\nwTbzdO2D2OuYdlCJHtyQPIBlsDTD5KHyNZSNOxlK1GE=\r\n»Private-MAC: 9b0c1e2f",
        ],
        negatives: examples![
            "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: dev@laptop\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIGl2qJlQt9vcIWogtYAaKLF9\nUVj7\nPrivate-Lines: 3\nAAAAILwCW6QK7v2z5tEJyGv81VKqOC3IEHugBGZNFNfHMYD+\n",
            "convert the key with puttygen; the file starts with PuTTY-User-Key-File-3: ssh-rsa",
            "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "pgp-private-key",
        title: "OpenPGP private key block",
        about: about!("An ASCII-armored OpenPGP secret key; the first packet must be a secret-key packet and the armor CRC-24 must match."),
        label: "PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["-----BEGIN PGP PRIVATE"]),
        pattern: r"-----BEGIN PGP PRIVATE KEY BLOCK-----[\x09\x0A\x0D\x20-\x7E]+?-----END PGP PRIVATE KEY BLOCK-----",
        max_len: 16000,
        word_boundary: false,
        placeholder_filter: false,
        validate: Some(pgp_block),
        mask: Mask::KeepPrefix(37),
        positives: examples![
            "gpg --import fails with this export, any idea?\n«-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEawdrXxYJKwYBBAHaRw8BAQdAr9NzMGQYO0x6/TtqHhHUy49mIIab1GFimIZO\nSkYhDAUAAQClq2ndbTPJjw0dT4x7Uhy0H8+NmZsk1J/uaoDRb9+xFxA2tBtUZXN0\nIERldiA8ZGV2QGV4YW1wbGUudGVzdD6IkAQTFggAOBYhBDkLCoeTAuqotUkbMiwJ\nVh3BmWWjBQJrB2tfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJECwJVh3B\nmWWjZVcBAPdmdPagxHXDcmUnj0y0Adh3/lU8zl9bW68l2KDlTuoWAPsGlMS24Eg1\nnyJ0rIo2/Dxg2cyBujE6G7z56G2EmIFaDw==\n=ZJSP\n-----END PGP PRIVATE KEY BLOCK-----»",
            "«-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: exported for the CI signer\n\nlFgEawdrXxYJKwYBBAHaRw8BAQdAr9NzMGQYO0x6/TtqHhHUy49mIIab1GFimIZO\nSkYhDAUAAQClq2ndbTPJjw0dT4x7Uhy0H8+NmZsk1J/uaoDRb9+xFxA2tBtUZXN0\nIERldiA8ZGV2QGV4YW1wbGUudGVzdD6IkAQTFggAOBYhBDkLCoeTAuqotUkbMiwJ\nVh3BmWWjBQJrB2tfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJECwJVh3B\nmWWjZVcBAPdmdPagxHXDcmUnj0y0Adh3/lU8zl9bW68l2KDlTuoWAPsGlMS24Eg1\nnyJ0rIo2/Dxg2cyBujE6G7z56G2EmIFaDw==\n=ZJSP\n-----END PGP PRIVATE KEY BLOCK-----»",
        ],
        negatives: examples![
            // CRC-24 line altered.
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEawdrXxYJKwYBBAHaRw8BAQdAr9NzMGQYO0x6/TtqHhHUy49mIIab1GFimIZO\nSkYhDAUAAQClq2ndbTPJjw0dT4x7Uhy0H8+NmZsk1J/uaoDRb9+xFxA2tBtUZXN0\nIERldiA8ZGV2QGV4YW1wbGUudGVzdD6IkAQTFggAOBYhBDkLCoeTAuqotUkbMiwJ\nVh3BmWWjBQJrB2tfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJECwJVh3B\nmWWjZVcBAPdmdPagxHXDcmUnj0y0Adh3/lU8zl9bW68l2KDlTuoWAPsGlMS24Eg1\nnyJ0rIo2/Dxg2cyBujE6G7z56G2EmIFaDw==\n=ZJSQ\n-----END PGP PRIVATE KEY BLOCK-----",
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEawdrXxYJKwYBBAHaRw8BAQdAr9NzMGQYO0x6/TtqHhHUy49mIIab1GFimIZO\n-----END PGP PUBLIC KEY BLOCK-----",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n<your exported key>\n-----END PGP PRIVATE KEY BLOCK-----",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "ssh2-encrypted-private-key",
        title: "SSH.com encrypted private key",
        about: about!("A private key in the SSH Communications Security format; the body must decode to its `0x3f6ff9eb` magic."),
        label: "PRIVATE_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["---- BEGIN SSH2 ENCRYPTED"]),
        pattern: r"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\x09\x0A\x0D\x20-\x7E]+?---- END SSH2 ENCRYPTED PRIVATE KEY ----",
        max_len: 8192,
        word_boundary: false,
        placeholder_filter: false,
        validate: Some(ssh2_block),
        mask: Mask::KeepPrefix(42),
        positives: examples![
            "«---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"rsa-key-20240101\"\nP2/56wAAAZDOexcsPGCRHNGUdEfkm5EY13JVWuU7BdV0lS59+yzkVJFBl3vub8nNbC2ccF\nt14nWOzH6XJCZdyt/AjouQQHg8+LYR538RG4NuRInBBS35RE6elrVY8J11O1Ix5evgrxMh\nBmxvmhRaQyiqJiluaNY1y6j3cAFUYfY=\n---- END SSH2 ENCRYPTED PRIVATE KEY ----»",
            "the old Tectia key:\n«---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nP2/56wAAAZDOexcsPGCRHNGUdEfkm5EY13JVWuU7BdV0lS59+yzkVJFBl3vub8nNbC2ccF\nt14nWOzH6XJCZdyt/AjouQQHg8+LYR538RG4NuRInBBS35RE6elrVY8J11O1Ix5evgrxMh\n---- END SSH2 ENCRYPTED PRIVATE KEY ----»",
        ],
        negatives: examples![
            "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"rsa-key-20240101\"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1Zx9yz0aT2RPqvBq4sE8mW3Pm4PW\n---- END SSH2 PUBLIC KEY ----",
            "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1Zx9yz0aT2RPqvBq4sE8mW3Pm4PW\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
            "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "age-secret-key",
        title: "age secret key",
        about: about!("Decrypts every file encrypted to the matching age recipient; checked by its bech32 checksum."),
        label: "AGE_SECRET_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["AGE-SECRET-KEY-1"]),
        pattern: r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        max_len: 74,
        validate: Some(age_checksum),
        mask: Mask::KeepPrefix(16),
        positives: examples![
            "# created: 2026-01-12T10:00:00Z\n# public key: age1838jeq5zm8p3qlhxxtc5cxsup63l0l0379smefc5a0k3c7c7xl8sehg06m\n«AGE-SECRET-KEY-125A4L035AWFZDPNVZWAG44D6JSD4DPDKTEZTCMYE62XL3ZWVQJ8QV05UQH»",
            "SOPS_AGE_KEY=«AGE-SECRET-KEY-1WD9JQVGR764GGHNJJNSLEN5H0JVLUN5V92JCR9752M66QUZL8ZCSQ5TKA7» sops -d secrets.enc.yaml",
        ],
        negatives: examples![
            // Last character changed: bech32 checksum fails.
            "AGE-SECRET-KEY-125A4L035AWFZDPNVZWAG44D6JSD4DPDKTEZTCMYE62XL3ZWVQJ8QV05UQJ",
            "age1838jeq5zm8p3qlhxxtc5cxsup63l0l0379smefc5a0k3c7c7xl8sehg06m",
            "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ",
            "the file holds a line starting with AGE-SECRET-KEY-1",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "jwt",
        title: "JSON Web Token",
        about: about!("A signed bearer token (session, OAuth access or ID token) usable until it expires; header and payload are decoded and must be JSON with an `alg`."),
        label: "JWT",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["eyJ"]),
        pattern: r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
        max_len: 8192,
        placeholder_filter: false,
        validate: Some(jwt_structure),
        // The sample token that jwt.io and countless tutorials display.
        known_examples: &[
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        ],
        mask: Mask::KeepPrefix(10),
        positives: examples![
            "Authorization: Bearer «eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjZjN2FhMDhmIn0.eyJzdWIiOiJ1c2VyXzg4MTIiLCJpc3MiOiJodHRwczovL2F1dGguYWNtZS5pbyIsImF1ZCI6ImFwaSIsImV4cCI6MTc2NzIyNTYwMH0.fzBXNeA1Jo3n22ePNsDBOLEUJbhM463w4z0w6bw0DVID4H8QT_vr4x1NULef2fqDDC_9srqeScrx1otopUaHkq»",
            "why does jwt.io say invalid signature for «eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJBbmEiLCJhZG1pbiI6dHJ1ZSwiaWF0IjoxNzYwMDAwMDAwfQ.YM9vz4BMxJjnD8lQK5B9DpzIvtvpQjkDs0TFYEZocnx»?",
        ],
        negatives: examples![
            // Header decodes to JSON without "alg".
            "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiI0MiIsIm5hbWUiOiJBbmEifQ.YM9vz4BMxJjnD8lQK5B9DpzIvtvpQjkDs0TFYEZocnx",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
            "tokens start with eyJ because that is base64 for {\"",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJBbmEifQ.",
            "eyJub3QiOiJhIGp3dCJ9x.eyJzdWIiOiI0MiIsIm5hbWUiOiJBbmEifQ.YM9vz4BMxJjnD8lQK5B9DpzIvtvpQjkDs0TFYEZocnx",
            // The jwt.io sample, shown in documentation everywhere.
            "the debugger loads eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c by default",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "jwt-base64",
        title: "JSON Web Token wrapped in base64",
        about: about!("A JWT encoded once more as standard base64 (`ZXlK…` is base64 of `eyJ`), as Kubernetes Secrets, CI variables and some SDKs store tokens; decoded, it must be a JWT whose header names its `alg`."),
        label: "JWT",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ZXlK"]),
        pattern: r"ZXlK[A-Za-z0-9+/]{56,}={0,2}",
        max_len: 4096,
        validate: Some(jwt_in_base64),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "kubectl get secret api-jwt -o yaml says\ndata:\n  token: «ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKemRtTXRZbWxzYkdsdVp5SXNJbkp2YkdVaU9pSmhaRzFwYmlJc0ltbGhkQ0k2TVRjMk56SXlOVFl3TUgwLlhIaDdTR282Y2dGbzJxaTJRanlpT0FKTFRkQlZxaVR6dnBwUEJjbzQ5Sm8=»\nhow do I read the expiry?",
            "CI_AUTH=«ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnBjM01pT2lKaFkyMWxJaXdpWlhod0lqb3hPRGt6TkRVMk1EQXdmUS5RQVhrSjg2YnFxRUhkblNab0xSTF9EbklUMXhDYThrV1dYNXNoS1FzOHBB»",
        ],
        negatives: examples![
            // Base64 of a sentence that merely starts with `eyJ`.
            "ZXlKaGJHY2lPaUpJVXpJMU5pSjkgaXMgdGhlIGhlYWRlciBvZiBteSB0b2tlbiwgbm90aGluZyBtb3Jl",
            "ZXlKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
];
