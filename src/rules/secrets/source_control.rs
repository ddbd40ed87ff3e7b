//! Source control: GitHub, GitLab, Bitbucket, Atlassian, Azure DevOps and
//! Sourcegraph tokens.
//!
//! GitHub's 2021 token format ends in a CRC-32 of the random part, encoded
//! in base62 (github.blog, "Behind GitHub's new authentication token
//! formats"); checking it lets us report with near certainty and skip the
//! look-alikes people type into docs and bug reports.
//!
//! GitLab prefixes every token kind (docs.gitlab.com, "GitLab token
//! overview", token prefixes). Routable tokens (GitLab 17+) end in
//! `.<version>.<payload length><CRC-32>`, the CRC-32 of everything before it
//! in base36, seven digits (gitlab-org/gitlab,
//! `lib/authn/token_field/generator/routable_token.rb`); it is verified.
//!
//! Atlassian API tokens (`ATATT3…`), Bitbucket access tokens (`ATCTT3…`) and
//! app passwords (`ATBB…`) end in the CRC-32 of the preceding characters as
//! eight hex digits (Samsung/CredSweeper `value_atlassian_token_check.py`;
//! checked here against public sample tokens). Data Center personal tokens
//! (`BBDC-…` and Jira/Confluence PATs) are base64 of `<numeric id>:<random
//! bytes>` (same source) and are decoded.
//!
//! Azure DevOps PATs: the 84-character form is a Common Annotated Security
//! Key with the `AZDO` provider signature and a Marvin32 checksum; the
//! legacy 52-character base32 form embeds a CRC-32 xored with a fixed seed
//! (microsoft/security-utilities, `SEC101_102_AdoPat.cs`). Both are verified.

use super::cloud::cask_checksum_ok;
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base62_encode_fixed, base64_decode, crc32};

/// `ghp_` + 30 random base62 + 6-char base62 CRC-32 of the random part.
pub(crate) fn github_checksum(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.len() != 40 {
        return Verdict::Invalid;
    }
    let (random, check) = (&v[4..34], &v[34..40]);
    if base62_encode_fixed(crc32(random) as u64, 6)[..6] == *check {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// The 2026 installation token carries a JWT: its header must decode to
/// JSON naming an algorithm.
fn github_installation_jwt(c: &Candidate) -> Verdict {
    let Some(jwt) = c.value.splitn(3, '_').nth(2) else { return Verdict::Invalid };
    let header = jwt.split('.').next().unwrap_or("");
    let mut out = Vec::new();
    if base64_decode(header.as_bytes(), &mut out) && out.starts_with(b"{") && out.windows(5).any(|w| w == b"\"alg\"") {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Routable GitLab token: the last seven characters are the base36 CRC-32
/// of everything before them (`<prefix><payload>.<version>.<length>`).
fn gitlab_routable(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.len() < 40 {
        return Verdict::Invalid;
    }
    let (head, check) = v.split_at(v.len() - 7);
    let crc_ok = |data: &[u8]| {
        let mut n = crc32(data);
        let mut digits = [b'0'; 7];
        for d in digits.iter_mut().rev() {
            *d = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
            n /= 36;
        }
        digits == check
    };
    // Runner tokens may carry a partition marker inside their prefix.
    if crc_ok(head) || (head.starts_with(b"glrt-") && crc_ok(&head[5..])) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Legacy GitLab tokens are a fixed number of characters after the prefix;
/// patterns take the whole run so a routable token is never cut short.
fn gitlab_body_len(c: &Candidate, len: usize) -> Verdict {
    let Some(dash) = c.value.find('-') else { return Verdict::Invalid };
    let mut body = &c.value[dash + 1..];
    // Runner tokens: optional partition marker `t1_`.
    if body.len() > 3 && body.as_bytes()[0] == b't' && body.as_bytes()[1].is_ascii_digit() && body.as_bytes()[2] == b'_'
    {
        body = &body[3..];
    }
    if body.len() == len {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// CI job tokens: the legacy partitioned form, or a JWT whose header must
/// decode to JSON naming an algorithm.
fn gitlab_job_token(c: &Candidate) -> Verdict {
    let body = &c.value["glcbt-".len()..];
    if !body.starts_with("eyJ") {
        return Verdict::Plausible;
    }
    let header = body.split('.').next().unwrap_or("");
    let mut out = Vec::new();
    if base64_decode(header.as_bytes(), &mut out) && out.starts_with(b"{") && out.windows(5).any(|w| w == b"\"alg\"") {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn gitlab_len20(c: &Candidate) -> Verdict {
    gitlab_body_len(c, 20)
}

fn gitlab_len50(c: &Candidate) -> Verdict {
    gitlab_body_len(c, 50)
}

/// Atlassian and Bitbucket tokens end in the CRC-32 of everything before
/// the last eight characters, in hex.
fn atlassian_crc(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.len() < 16 {
        return Verdict::Invalid;
    }
    let (body, check) = v.split_at(v.len() - 8);
    match u32::from_str_radix(check, 16) {
        Ok(n) if n == crc32(body.as_bytes()) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// `ATATT3`/`ATCTT3` + 150 to 250 characters + `=` + the CRC-32 in hex.
fn atlassian_cloud_token(c: &Candidate) -> Verdict {
    if (165..=265).contains(&c.value.len()) {
        atlassian_crc(c)
    } else {
        Verdict::Invalid
    }
}

/// Data Center personal tokens: base64 of `<numeric id>:<random bytes>`.
fn atlassian_data_center(c: &Candidate) -> Verdict {
    let body = c.value.strip_prefix("BBDC-").unwrap_or(c.value);
    if body.len() != 44 {
        return Verdict::Invalid;
    }
    let mut raw = Vec::new();
    if !base64_decode(body.as_bytes(), &mut raw) {
        return Verdict::Invalid;
    }
    let Some(colon) = raw.iter().position(|&b| b == b':') else { return Verdict::Invalid };
    let id = &raw[..colon];
    let random = &raw[colon + 1..];
    if (1..=20).contains(&colon)
        && id.iter().all(u8::is_ascii_digit)
        && id.iter().any(|&b| b != b'0')
        && random.len() >= 12
    {
        let distinct = {
            let mut seen = [false; 256];
            random.iter().filter(|&&b| !std::mem::replace(&mut seen[b as usize], true)).count()
        };
        if distinct * 3 >= random.len() * 2 {
            return Verdict::Verified;
        }
    }
    Verdict::Invalid
}

/// Azure DevOps PAT in CASK form: `AZDO` signature and Marvin32 checksum.
fn azure_devops_cask(c: &Candidate) -> Verdict {
    if cask_checksum_ok(c.value) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Legacy Azure DevOps PAT: 52 base32 characters (32 bytes) embedding, at
/// bytes 2, 7, 8 and 22, the CRC-32 of the other 28 bytes xored with the
/// user or application PAT seed.
fn azure_devops_legacy(c: &Candidate) -> Verdict {
    const SEEDS: [u32; 2] = [0xE0B9_692D, 0x1019_F92E];
    let v = c.value.as_bytes();
    if v.len() != 52 {
        return Verdict::Invalid;
    }
    let mut bytes = [0u8; 33];
    let (mut acc, mut bits, mut at) = (0u32, 0, 0);
    for &ch in v {
        let val = match ch {
            b'a'..=b'z' => ch - b'a',
            b'A'..=b'Z' => ch - b'A',
            b'2'..=b'7' => ch - b'2' + 26,
            _ => return Verdict::Invalid,
        };
        acc = (acc << 5) | val as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes[at] = (acc >> bits) as u8;
            at += 1;
        }
    }
    let mut token = [0u8; 28];
    token[..2].copy_from_slice(&bytes[..2]);
    token[2..6].copy_from_slice(&bytes[3..7]);
    token[6..19].copy_from_slice(&bytes[9..22]);
    token[19..].copy_from_slice(&bytes[23..32]);
    let embedded = u32::from_le_bytes([bytes[22], bytes[8], bytes[7], bytes[2]]);
    let crc = crc32(&token);
    if SEEDS.iter().any(|&s| crc ^ s == embedded) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Random mixed-case alphanumerics: upper, lower and digit all present.
fn mixed_alnum(c: &Candidate) -> Verdict {
    let b = c.value.as_bytes();
    if b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_digit)
    {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "github-pat",
        title: "GitHub personal access token (classic)",
        about: about!("Acts as the user on every repository and organisation they can reach; checked by its CRC-32 suffix."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghp_"]),
        pattern: r"ghp_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: examples![
            "git clone https://«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»@github.com/acme/api.git fails, why?",
            "GITHUB_TOKEN=«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»",
        ],
        negatives: examples![
            // One character changed: the checksum no longer matches.
            "ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "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extra",
            "the ghp_ prefix marks classic tokens",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "github-oauth-token",
        title: "GitHub OAuth access token",
        about: about!("Issued to an OAuth app on a user's behalf; checked by its CRC-32 suffix."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["gho_"]),
        pattern: r"gho_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: examples![
            "Authorization: token «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»",
            r#"{"access_token":"«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»","token_type":"bearer","scope":"repo,gist"}"#,
        ],
        negatives: examples![
            "gho_Eeeby3abP3E2Zs8IQ9Y7aJZqhB6bae2dTjzX",
            "gho_0000000000000000000000000000000000000",
            "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x",
            "OAuth tokens start with gho_",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "github-app-token",
        title: "GitHub App user or installation token",
        about: about!("Lets a GitHub App act as a user (ghu_) or as its installation (ghs_); checked by its CRC-32 suffix."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghu_", "ghs_"]),
        pattern: r"gh[us]_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: examples![
            "token: «ghu_CN6Zj4a3dDVhYRnKTbxTNJFoBinF5a42GyMy»",
            "x-access-token:«ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWT»@github.com",
        ],
        negatives: examples!["ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWt", "ghu_abc", "ghu_OegKZTxyL9iwpVTcXF53LtOPXreC8L0rfawq", "ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "github-refresh-token",
        title: "GitHub refresh token",
        about: about!("Mints new user-to-server tokens for a GitHub App; checked by its CRC-32 suffix."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghr_"]),
        pattern: r"ghr_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: examples![
            "refresh_token=«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»&expires_in=15811200",
            r#"{"refresh_token": "«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»", "refresh_token_expires_in": 15811200}"#,
        ],
        negatives: examples!["ghr_KLiMcVbpT4r5yHUig43kiJfahqSIjO2WghH1", "ghr_D3ZS4AsLQniJiJsrKnEmDV5pBHIwjk20WBY", "ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "github-fine-grained-pat",
        title: "GitHub fine-grained personal access token",
        about: about!("A personal token scoped to chosen repositories; `github_pat_` + 22 + `_` + 59 base62 characters."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["github_pat_"]),
        pattern: r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        max_len: 93,
        min_entropy: 4.0,
        positives: examples![
            "export GH_TOKEN=«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»",
            "git push https://«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»@github.com/acme/infra.git",
        ],
        negatives: examples![
            "github_pat_11StZsxnTSWsbCBpWUedoB_6SJ95Ypuie2cPzSfldf",
            "github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "github_pat_aaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "github-app-installation-token",
        title: "GitHub App installation token (2026 format)",
        about: about!("`ghs_<app id>_<JWT>`, the installation token format GitHub introduced in April 2026; the JWT header is decoded."),
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghs_"]),
        pattern: r"ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}",
        max_len: 2048,
        validate: Some(github_installation_jwt),
        positives: examples![
            "GH_INSTALL=«ghs_123456_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTYiLCJpYXQiOjE3NjQwMDAwMDB9.Tz3kP9xQv2Lm8Nw4Rb6Yc1Hd5Jf7Kg0Ms2Ou4Qw6Sy8Ua1Ce3Gi5Kk7Mm9Oo»",
            "git clone https://x-access-token:«ghs_987123_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI5ODcxMjMiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwianRpIjoicWs0ZTMwZDk0cW9pdDc1OCJ9.FUA88NPeilGQhQmuyl5bCYtl0ktOmiuN-U588c7YDgW1FHuJBJ1fqAZY729OZtgC1wD3g4iAZnL2EDglprBvNKHG3nj3opKetJWOtUtaOOSRUuerHVelN_-dqZF7B8ku6yTcAhpUxAEdso2Td57jayx3hv5I_uGDJK5FTfcWjx8W-t_3MhRV9CO1FOAXIMR4V0rro8ZtsXLTl_Z7xhFpjTG0FEwtNEky06S-vCq1GFMvyuh8FtziWBK1_f8W-RLtUW7qZ8oHqNyju_EFbHltsM1Op6wwCX8szwC1eArdytnreuqAqHgkdmrHkol102c4JmjEPCzLLmnmc5IIdGUaa-»@github.com/acme/app.git",
        ],
        negatives: examples![
            "ghs_123456_eyJub3Rqc29u.abcdefghijkl.mnopqrstuvwxyzABCDEFGH",
            "ghs_42_notajwt",
            "ghs_987123_eyJhbGciOiJSUzI1NiJ9...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-pat",
        title: "GitLab personal, project or group access token",
        about: about!("Acts on the GitLab API and repositories with the token's scopes; legacy `glpat-` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["glpat-"]),
        pattern: r"glpat-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 326,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "git clone https://oauth2:«glpat-iMasKIINRbpjExMyJtHm»@gitlab.com/acme/billing.git",
            "curl --header \"PRIVATE-TOKEN: «glpat-mj7ZW7CsWsyOxO61MZsD»\" https://gitlab.example.com/api/v4/projects",
        ],
        negatives: examples![
            "glpat-xxxxxxxxxxxxxxxxxxxx",
            "glpat-T9vyUXbQ3TFpNBIbKHh",
            "glpat-E2OPcayqITzysmIc_MXhQ",
            "tokens look like glpat-<20 characters>",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-routable-token",
        title: "GitLab routable token",
        about: about!("GitLab's newer access, runner and agent tokens (`glpat-`, `glrt-`, `glrtr-`, `glagent-` + payload + `.01.` + length + CRC-32); the base36 CRC-32 is verified."),
        label: "GITLAB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["glpat-", "glrt-", "glrtr-", "glagent-"]),
        pattern: r"(?:glpat|glrtr?|glagent)-[A-Za-z0-9_-]{27}[A-Za-z0-9_-]*\.[0-9a-z]{2}\.[0-9a-z]{9}",
        max_len: 350,
        validate: Some(gitlab_routable),
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "GITLAB_TOKEN=«glpat-DrDW_8g-ebG7z6LoDZdxX2M6MQpvOmR3OQp1OmJoN2gQ.01.181r5kuh7»",
            "gitlab-runner register --url https://gitlab.com --token «glrt-t1_b4l4vjUDLQg312k47oLHX2M6MQpvOnRrYgp0OjEN.01.140io79c2»",
        ],
        negatives: examples![
            // One CRC character changed.
            "GITLAB_TOKEN=glpat-P7JyvclArgmyt9_V8QmEQWM6MQpvOnh3agp1OmdwcnQQ.01.1806663dq",
            "GITLAB_TOKEN=glpat-2rZIdrOlR0HEKg6I08CLimM6MQpvOm5yaAp1OjdoNGwQ.01.1800cu7g",
            "glpat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.01.0w1234567",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-deploy-token",
        title: "GitLab deploy token",
        about: about!("Reads (or writes) a project's repository, packages or registry; `gldt-` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["gldt-"]),
        pattern: r"gldt-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 325,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "docker login registry.gitlab.com -u gitlab+deploy-token-42 -p «gldt-gfIUOZ2DZBIkL6jPTyNS»",
            "CI_DEPLOY_PASSWORD=«gldt-79tlCu4G3yUFHpVeclDF»",
        ],
        negatives: examples!["gldt-xxxxxxxxxxxxxxxxxxxx", "gldt-G4Z-Wjcvj8WA0hGV7D", "gldt-sOFvOdjBmK-ad2Mumm1-z"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-feed-token",
        title: "GitLab feed token",
        about: about!("Reads a user's RSS/Atom and calendar feeds, which can list private issue titles; `glft-` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glft-"]),
        pattern: r"glft-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 325,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "https://gitlab.com/dashboard/issues.atom?feed_token=«glft-xm5n96EExPNVUGDxBGSf»&state=opened",
            "my calendar feed (feed_token «glft-zqnRpUUi8Vts9WcaQsAW») shows nothing",
        ],
        negatives: examples!["glft-xxxxxxxxxxxxxxxxxxxx", "glft-IrrPRssFIMsZrpBmK", "glft-ICTjDYcVlwZZX2lOr42r9"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-runner-token",
        title: "GitLab runner authentication token",
        about: about!("Lets a machine pick up CI jobs (and their secrets) as a runner; `glrt-` + 20 characters (legacy, non-routable form)."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glrt-", "glrtr-"]),
        pattern: r"glrtr?-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 326,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "[[runners]]\n  url = \"https://gitlab.com\"\n  token = \"«glrt-Ys01X6htdDs6Lfx82Tcl»\"\n  executor = \"docker\"",
            "gitlab-runner register --non-interactive --url https://gitlab.com --token «glrt-crscqGdiFeVlC6_3S9N-»",
        ],
        negatives: examples!["glrt-xxxxxxxxxxxxxxxxxxxx", "glrt-bnDKm4_nbOJHAouFcYX", "glrt-j87QXH43qCA0tpXKkyIoA"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-scim-token",
        title: "GitLab SCIM token",
        about: about!("Provisions and deprovisions users of a GitLab group through SCIM; `glsoat-` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glsoat-"]),
        pattern: r"glsoat-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 327,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(7),
        positives: examples!["Okta SCIM connector: base URL https://gitlab.com/api/scim/v2/groups/acme, token «glsoat-zg4thxOW-Xd8pgzMs0HY»", "GITLAB_SCIM_TOKEN=«glsoat-9nGxV6-GAhkSJh2-Gp27»"],
        negatives: examples!["glsoat-xxxxxxxxxxxxxxxxxxxx", "glsoat-jAE4QvOc9HHYm1AqNsR", "glsoat-5L9qCdX_0OhMeCUWu5KU-more"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-ci-job-token",
        title: "GitLab CI/CD job token",
        about: about!("Acts for a running CI job (repository, packages, registry) until the job ends; `glcbt-` + partition + `_` + 20 characters, or `glcbt-` + a JWT whose header is decoded."),
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glcbt-"]),
        pattern: r"glcbt-(?:eyJ[A-Za-z0-9_-]{10}[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]{10}[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*|[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20})",
        max_len: 5010,
        min_entropy: 3.0,
        validate: Some(gitlab_job_token),
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "the job log printed CI_JOB_TOKEN=«glcbt-MO_tD19ytdez0NcwxGbZ7j3» in clear, is that bad?",
            "curl --header \"JOB-TOKEN: «glcbt-Dl_njg9wFvuENWmm4CGVA7l»\" https://gitlab.com/api/v4/projects/7/packages",
            "CI_JOB_TOKEN=«glcbt-eyJraWQiOiJZZ3ptcTZRclJPZmdrRUNTck1jVEUwZS1RQTFoVXplSlQ4aERQSHdkMlB2IiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYifQ.eyJ2ZXJzaW9uIjoiMS4wLjAiLCJvIjoiOTk3MCIsInUiOiIxdW01cngiLCJwIjoiNWw3dDIiLCJnIjoiMmgzbyIsImp0aSI6ImRmMWY3NzNlLTg1YzQtNGI5Ny1hZjY4LTY3NGY4ZGU1MzY0YyIsImF1ZCI6ImdpdGxhYi1hdXRoei10b2tlbiIsInN1YiI6ImdpZDovL2dpdGxhYi9DaTo6QnVpbGQvNzM4NzA1NjE3NyIsImlzcyI6ImdpdGxhYi5jb20iLCJpYXQiOjE3NjQwMDAwMDAsIm5iZiI6MTc2Mzk5OTk5NSwiZXhwIjoxNzY0MDE0NDAwfQ.f3UfueHk6o7y-abfeObyut_xn2ouBZv9Hmhw5gpAv1w9LLsUOMpRd9qTD8KECSvww-hADbShTgEqhPl532RuqihjMnSZN9bcXbpPR_EqVDdPhXA9bGorW8uHzkDbxMF5fsxjqPqpgbTST5FwDwd_LMaJqihBz28Mb9LX3gNsATvy25Vi3DPipRjMwzUPaf32Zxy8LH8ev6qc9Xg2acSYKq1b21aumLIYadpnmrKem0dWc5wbt0iNfgSh46zywSQ66TTUW4M7tKz7RsnHKxKG_yqXCSlecH8u8hqgYbvmtR5SzBAdC6eLTLBgm5R7llksUwOoTM1uxRwSPIqMS3NtCu»",
        ],
        negatives: examples![
            "glcbt-64_xxxxxxxxxxxxxxxxxxxx",
            "glcbt-gl_Lf0_BlXbbzsz-OoWuKE",
            "glcbt-89dce4436588f5a2767f",
            "glcbt-eyJub3Rqc29u.eyJhYmNkZWZnaGlqa2w.ly7FuZlWQLdXWSm7v71z3BGtNYN2kf",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-incoming-mail-token",
        title: "GitLab incoming email token",
        about: about!("Creates issues and merge requests by email as the user; `glimt-` + 25 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glimt-"]),
        pattern: r"glimt-[A-Za-z0-9_-]{25}",
        max_len: 31,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "send to incoming+acme-billing-42-«glimt-0F4ZsaAbYWhx0BwHjV-caTO3K»-issue@incoming.gitlab.com",
            "INCOMING_EMAIL_TOKEN=«glimt-MkuHjl96jmw8ksDt22Yx0NbmJ»",
        ],
        negatives: examples!["glimt-xxxxxxxxxxxxxxxxxxxxxxxxx", "glimt-BdsLc0NKNqKtNtpaQzZ0t", "glimt-9-oC8dK3XYuxXUMSmmbEUtarOxyz", "the glimt- prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-agent-token",
        title: "GitLab agent for Kubernetes token",
        about: about!("Connects a cluster's agent to GitLab, which then deploys into that cluster; `glagent-` + 50 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glagent-"]),
        pattern: r"glagent-[A-Za-z0-9_-]{50}[A-Za-z0-9_-]*",
        max_len: 328,
        min_entropy: 3.5,
        validate: Some(gitlab_len50),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "helm upgrade --install primary-agent gitlab/gitlab-agent --set config.token=«glagent-1zhD-WNTWQxWOMH9ltBAj9v4jRME5XNxbek_ZSiO861myZICvL» --set config.kasAddress=wss://kas.gitlab.com",
            "AGENT_TOKEN=«glagent-cdcmEjtvlVUE0yKgmqyxshFP2gU52SihPEOKmS-oVKwTsRUBo7»",
        ],
        negatives: examples!["glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "glagent-XACNuVZWW7fEeAQ8Tyy6h8sDtSK0pfijAI8MTGpeDBiLDfUG", "the glagent- prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-oauth-app-secret",
        title: "GitLab OAuth application secret",
        about: about!("The client secret of an OAuth application registered on GitLab; `gloas-` + 64 hex."),
        label: "GITLAB_OAUTH_SECRET",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["gloas-"]),
        pattern: r"gloas-[a-f0-9]{64}",
        max_len: 70,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "GITLAB_CLIENT_ID=e1e20eb835b3db73bbfc5864cdc9cd64f1734348daa9c609f95cd8d418d9a1ef\nGITLAB_CLIENT_SECRET=«gloas-32adf55324ff950e19763331e41f8b023a09e97938443e7fe088f0c60ac4335e»",
            r#"{"client_secret": "«gloas-14eb48d015626c4e57072759831eab0d9f3e4cd1a45262aec2ad5b6ee53890fd»", "redirect_uri": "https://grafana.internal/login/gitlab"}"#,
        ],
        negatives: examples!["gloas-be68b3b9e83fce37f79e5e72c37b788eab731d39", "gloas-ae716141bce12a8b458df1e2413899359977f8b78aacff5b77e6d833c7a7ad8d0", "gloas-ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-feature-flag-token",
        title: "GitLab feature flags client token",
        about: about!("Reads a project's feature-flag configuration (Unleash client); `glffct-` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glffct-"]),
        pattern: r"glffct-[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 327,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "unleash = UnleashClient(url='https://gitlab.com/api/v4/feature_flags/unleash/42', instance_id='«glffct-K6Hhv0zHCQJQbqJ9xxbz»', app_name='production')",
            "UNLEASH_INSTANCE_ID=«glffct-XAoYjVMzPj8AXLyY9XXO»",
        ],
        negatives: examples!["glffct-xxxxxxxxxxxxxxxxxxxx", "glffct-vEsjvU16A9gXz98AunR", "glffct-wt9R0uDoYaBcJuTSzxobb"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-pipeline-trigger-token",
        title: "GitLab pipeline trigger token",
        about: about!("Starts pipelines (with their variables) on a project; `glptt-` + 40 hex."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glptt-"]),
        pattern: r"glptt-[a-f0-9]{40}",
        max_len: 46,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "curl -X POST --fail -F token=«glptt-ff2ba1591b52ac2b909b6cdb537db08ecd758b85» -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline",
            "TRIGGER_TOKEN=«glptt-a24b4902f0e6563b072ffd3047f803c6e0a2a990»",
        ],
        negatives: examples!["glptt-5bc876d93e6a9cbc0e4e3a08318225bb", "glptt-34b7433630bee01f5c2352c742010e12822a50f8a", "glptt-0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-runner-registration-token",
        title: "GitLab runner registration token (deprecated)",
        about: about!("Registers new runners to a project, group or instance; `GR1348941` + 20 characters."),
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["GR1348941"]),
        pattern: r"GR1348941[A-Za-z0-9_-]{20}",
        max_len: 29,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "gitlab-runner register --url https://gitlab.com/ --registration-token «GR1348941uotmPr2k8XNpz1I9-UZK»",
            "REGISTRATION_TOKEN=«GR1348941DS6AujjeqB6QZlAvRp1o»",
        ],
        negatives: examples!["GR1348941xxxxxxxxxxxxxxxxxxxx", "GR1348941JFfsjlNJ8cYPYWoNSj", "GR1348941uiFzICJsouBwnqoqp3CGZz"],
        ..Rule::SECRET
    },
    rule! {
        id: "gitlab-session-cookie",
        title: "GitLab session cookie",
        about: about!("A signed-in GitLab browser session; whoever holds `_gitlab_session` is logged in as the user."),
        label: "GITLAB_SESSION",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_gitlab_session"]),
        pattern: r"_gitlab_session=([a-f0-9]{32})\b",
        value_group: 1,
        max_len: 48,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "curl 'https://gitlab.internal/api/v4/user' -H 'Cookie: _gitlab_session=«08e0aa7e136964c5903c3af0579d8ebd»; known_sign_in=1'",
            "Set-Cookie: _gitlab_session=«1c67ea668026d7974fec42934bfe04ae»; path=/; secure; HttpOnly",
        ],
        negatives: examples!["_gitlab_session=7e14ec8b9c1d53bf3abd62c9bade4a", "_gitlab_session=dbf5c6b969bc65ccfe6c8c9ce3c8b6170", "_gitlab_session=<cookie>"],
        ..Rule::SECRET
    },
    rule! {
        id: "atlassian-api-token",
        title: "Atlassian API token",
        about: about!("Acts as the user on Jira, Confluence and Bitbucket Cloud; `ATATT3xFfGF0` + body + `=` + CRC-32 in hex, verified."),
        label: "ATLASSIAN_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATATT3"]),
        pattern: r"ATATT3[A-Za-z0-9_=-]+=[A-Fa-f0-9]{8}",
        max_len: 260,
        validate: Some(atlassian_cloud_token),
        mask: Mask::KeepPrefix(12),
        positives: examples![
            "curl -u ana@acme.io:«ATATT3xFfGF0tog-qp9-4KeSx4v9dR1TgbnjGBfUSPPwgoeTPNFz2M_0DwrarZ2_fm0pVvxUFTX8NU1E-5BzAOeVc6G177rEFzxHcLh1x-Ec0Qmu2x6R_Q-wM_Y0zAnjhe1l94C6AaNzFtyF0k7QHkRFK5P7oZPnS_vtkVS4qpR6O-1g7l9260V=D42AD45D» https://acme.atlassian.net/rest/api/3/myself",
            "JIRA_API_TOKEN=«ATATT3xFfGF0RNIuH3v9ZQXO11-AJazbp8OJQDajs_UdF2RKcUTMc8dnSbqI_TeZ960sbV7D0blTdo7WdqK05kV67w6AiDbABqe0Y6r25PENG8hJ7_davpQQ8scaRZFdz8Ou80oTNsI6KivEq2309qie_n-oG1lH7_T911SSKC0A97lBmFW8sti=8D47C647»",
        ],
        negatives: examples![
            // One checksum character changed.
            "JIRA_API_TOKEN=ATATT3xFfGF0QqshKzkiz2GcngZcEqAe6fQ4C3iZ_ib6WSC3lLz85C_-zFh2jMWsYAmrTffgB0vw_A16mwvZGdJEwlYoO9woz5itPOqXVCJrVOkg4VzdO3sR8q9EQBvYjryTLXvGP50KbwCNtCV-Ttl5TZMUZGqBWLtUFm3oXkZKvOolvVxfDdd=70389D08",
            "JIRA_API_TOKEN=ATATT3xFfGF0...",
            "JIRA_API_TOKEN=ATATT3xFfGF09CjIHCeJbig8lTyqOvKQHrt-gkl_0Lgoz_EHiQcihheIvD3yt2ZubJLWCo1kt79ODvJ3uDe1ac8xaDv-GEWijhGm2JVWzvcxmzUrdEUZXD5ErExl-kvxJkvxZtswt5ftwNchxdyxJPdDAYFDcbw7MoRefk62PkHeCDkWhsemJfY=50B2A0EF",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "bitbucket-access-token",
        title: "Bitbucket repository, project or workspace access token",
        about: about!("Acts on a Bitbucket Cloud repository, project or workspace with the token's scopes; `ATCTT3xFfGN0` + body + `=` + CRC-32, verified."),
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATCTT3"]),
        pattern: r"ATCTT3[A-Za-z0-9_=-]+=[A-Fa-f0-9]{8}",
        max_len: 260,
        validate: Some(atlassian_cloud_token),
        mask: Mask::KeepPrefix(12),
        positives: examples![
            "git clone https://x-token-auth:«ATCTT3xFfGN0G6YjkNRv9wlr0PLO6irBF_GBQMqSUhgje2dxVaJtmbJzLLTDhUKQ1qXuKiyCNODow2B_kPWTdEz9XmdcNlhqvWL_4Mk-sx-u5qtjAmAQm8rhGJ4TA8lwxZ5rlmxfaUadIaHTO9ZsYpk86CLHUsxSDiaJ0-oC8wgb5__7JiRrLhC=4F2FBFF5»@bitbucket.org/acme/payments.git",
            "Authorization: Bearer «ATCTT3xFfGN0y4RxRwNYqwtKuzQuhmaIahXBziJFhNZUxhzyPA_RjD90ZQEuXIZ41g2YnzfcW9__JM6klEvTvPaNbQKfgSOgZ6UTz8wBixLanpQix8G3LgeZOL1H-doQcGKx_bYKu3YpC51lLqw_HauYh0rHtGNL-QHfDN6ADS1GjesVl2NCARt=FEDB9ECF»",
        ],
        negatives: examples!["Authorization: Bearer ATCTT3xFfGN0leLY2OnYd0V0avSmMZPt9bfgnhRdI2EoB0dBzYu_AQmu-Kx656JTxUyb_10dliTycB6Og4Xh8d55K4_qWyq5j6n9xYu49v0JDCrnU7NU-hD8sULRqZS3aofT3uhI1hAlFH2Zs4jamaAh1pOL8rorL3vM7xmpUa0KVDBNMkK3gS_=DDC501AC", "Authorization: Bearer ATCTT3xFfGN0...", "BITBUCKET_TOKEN=ATCTT3xFfGN0Nem_uh-Lu2XZW1VgGd0gtBi0NBMxegWoyfZDNs0KVNne5zf9sB72z9c1Pqab8Qrz3Nn-ISUjZyejDlIWTXZfGMlfy1jNNSg_dlFDAcwDsevbIUdGvNlM8gFldDURG4Yen9Yd24yQNs3JKuT9j6ROYVvIXZAGL2J5vHIKwTY6kKu"],
        ..Rule::SECRET
    },
    rule! {
        id: "bitbucket-app-password",
        title: "Bitbucket app password",
        about: about!("A Bitbucket Cloud app password; `ATBB` + 24 characters + CRC-32 of the first 28 in hex, verified."),
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATBB"]),
        pattern: r"ATBB[A-Za-z0-9]{24}[A-Fa-f0-9]{8}",
        max_len: 36,
        validate: Some(atlassian_crc),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "git remote set-url origin https://devbot:«ATBBtzwwFC1ILevYfq0nnU4rkyQk9881FE95»@bitbucket.org/acme/api.git",
            "BITBUCKET_APP_PASSWORD=«ATBBlCumsu6zWcCDNUnXgmxTTiZSA642632F»",
        ],
        negatives: examples!["BITBUCKET_APP_PASSWORD=ATBBxZF2g7PHhr15GA9AK2KLCDcuECB448B7", "ATBBxxxxxxxxxxxxxxxxxxxxxxxx00000000", "ATBBg93ErUmFtKlaHNXMTT9Gbwk37BF6A4F"],
        ..Rule::SECRET
    },
    rule! {
        id: "bitbucket-data-center-token",
        title: "Bitbucket Data Center HTTP access token",
        about: about!("A Bitbucket Server/Data Center HTTP access token; `BBDC-` + base64 of `<id>:<random bytes>`, decoded."),
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["BBDC-"]),
        pattern: r"BBDC-[A-Za-z0-9+/]{44}",
        max_len: 49,
        validate: Some(atlassian_data_center),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "curl -H \"Authorization: Bearer «BBDC-NTY0MjY0MDY0MDM0OvPH3JXxB6sWqL9NIqU8N/OO3vWw»\" https://bitbucket.acme.local/rest/api/1.0/projects",
            "BITBUCKET_TOKEN=«BBDC-NzA5MDA2NjQzMjA5Ogjruxjilvu1X1g/h740FJ+JSn59»",
        ],
        negatives: examples!["BBDC-q9P2ZV3IzQBASb7bMggRa6q5OFZnMCHFsIdOUcnZHWVb", "BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "BBDC-NTkwODk4NTc4ODU1OnKlbZSUVS1SwtWxU89QkEXZzJ"],
        ..Rule::SECRET
    },
    rule! {
        id: "atlassian-data-center-pat",
        title: "Jira / Confluence Data Center personal access token",
        about: about!("A Jira or Confluence Server/Data Center personal token: base64 of `<id>:<random bytes>`, decoded, after a Bearer header or token variable near Jira/Confluence words."),
        label: "ATLASSIAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["jira", "confluence"], before: 120, after: 200 },
        pattern: r#"(?:Bearer\s+|(?i:token|pat)["']?\s*[:=]\s*["']?)([MNO][A-Za-z0-9+/]{43}[A-Za-z0-9+/]*)"#,
        value_group: 1,
        max_len: 120,
        validate: Some(atlassian_data_center),
        mask: Mask::All,
        positives: examples![
            "curl -H \"Authorization: Bearer «NjkxMDc2OTMwMjA1Osd2DXpybkvWFiRSVB/9JgiXejHS»\" https://jira.acme.local/rest/api/2/myself",
            "JIRA_URL=https://jira.acme.local\nJIRA_TOKEN=«OTA5OTE5NDczMTU5OvjRjO7Ze2EfpbTthSSyD+SM1WqE»",
        ],
        negatives: examples![
            "JIRA_TOKEN=ME4TSKJRBO6MCXZKA1QSXUBVMU3HEXKOkRaX6mFkHnG9",
            "confluence Authorization: Bearer <your token>",
            "jira token: MjMyNDY5MDg0NDg3Ohwol4gV+OgrfeWeUVuRS1KCVB6SXyz",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "bitbucket-client-secret",
        title: "Bitbucket OAuth consumer secret",
        about: about!("The secret of a Bitbucket OAuth consumer; 32 characters after a Bitbucket secret variable."),
        label: "BITBUCKET_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["bitbucket"], before: 4, after: 120 },
        pattern: r#"(?i:bitbucket)[A-Za-z_ .-]*?(?i:secret)["']?(?:\s*[:=]\s*|\s+)["']?([A-Za-z0-9]{32})\b"#,
        value_group: 1,
        max_len: 160,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: examples!["BITBUCKET_CLIENT_ID=q8Hk2mZ4aR7tY1vLpX\nBITBUCKET_CLIENT_SECRET=«tuF7jORcrdORYDPDRCJgEI6jvP89mp6k»", "bitbucket.oauth.secret: «gIqhdrctYfAkMUcRVEmIaAFMTI6m4I7W»"],
        negatives: examples!["BITBUCKET_CLIENT_SECRET=${BB_SECRET}", "BITBUCKET_CLIENT_SECRET=zhgNEdgXYA2l9UjMdZmWBsmotUtMZXM", "BITBUCKET_CLIENT_SECRET=5aa453d131691807da436b8bb36390ff"],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-devops-pat",
        title: "Azure DevOps personal access token",
        about: about!("Acts as the user on Azure DevOps repos, pipelines and artifacts; the 84-character form carries the `AZDO` signature and a Marvin32 checksum, verified."),
        label: "AZURE_DEVOPS_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Inside { words: &["jqqj9"], before: 56, after: 36 },
        pattern: r"[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}",
        max_len: 84,
        validate: Some(azure_devops_cask),
        mask: Mask::All,
        positives: examples![
            "git clone https://build:«VGHtYZEHngv6XH9IJpTNA2MuTY9ejZvGwL2tl3L1v7YyTNFRA6OQJQQJ99AAlMqONsnYoEecAAAAAZDO1Zh2»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«y1HsYYb3dOKQmOJ1TSpDsWS6CKB5aBxZuWdEy5kO28lw3S0ikeCmJQQJ99AHrmvK29IUWBdLAAAAAZDOVGY5»",
        ],
        negatives: examples!["AZURE_DEVOPS_EXT_PAT=0eW5i22cNZnsDMluNmSV4ru2qaA2zPyFz5XGaUVbBMYu9JLT1c6lJQQJ99BI0CUMFxAfji0yAAAAAZDO1hQB", "AZURE_DEVOPS_EXT_PAT=eTp4aMPTeTLP4BdUfx0jhR3qwEGTYtUQnIEwxMayUQXzvXPfwioJQQJ99BG7jtifJRQDjikAAAAAZDO1Pov", "PATs created since 2025 contain JQQJ99 and AZDO"],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-devops-pat-legacy",
        title: "Azure DevOps personal access token (52-character)",
        about: about!("The older 52-character base32 Azure DevOps PAT; looked for near Azure DevOps words and verified by its embedded CRC-32."),
        label: "AZURE_DEVOPS_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["dev.azure.com", "visualstudio.com", "azure devops", "azure_devops", "azure-devops", "azuredevops", "azdo", "ado_pat", "vsts"],
            before: 200,
            after: 200,
        },
        pattern: r"\b([a-z2-7]{52})\b",
        value_group: 1,
        max_len: 52,
        validate: Some(azure_devops_legacy),
        mask: Mask::All,
        positives: examples![
            "git clone https://anything:«ct7fg6oxiaufgl2uznlfpirn4nyf72ixnjuzehxybyzstzniuaiq»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«b7yt52jb57vv5afxpqw5syitjsuao6n6e74pxqeiklsv462tblvq»\naz devops project list --organization https://dev.azure.com/contoso",
        ],
        negatives: examples![
            // One character changed: the CRC no longer matches.
            "AZURE_DEVOPS_EXT_PAT=ottuckeny5k2iylodk6khrf7fc47jntk65a6u5f7fpaf7v7p3n3a",
            "AZURE_DEVOPS_EXT_PAT=erxhve7bmxbvoo3drh75pjiwnbforoblawpvfptuypxvd4uj2yt",
            "azure devops build l019blgq6ehhdfhfh2puylpcwq5vukcz0e2sg2uuchxn9tok44fr",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "sourcegraph-access-token",
        title: "Sourcegraph access token",
        about: about!("Searches and reads all code a Sourcegraph user can see; `sgp_` (+ instance id or `local_`) + 40 hex."),
        label: "SOURCEGRAPH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sgp_"]),
        pattern: r"sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}",
        max_len: 61,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "SRC_ACCESS_TOKEN=«sgp_3073d65ad505a6ed_29c9991e6c307f9133d513d0878b4a4f24893c46»",
            "curl -H 'Authorization: token «sgp_local_691f3b3be9b52486bb5fc10591e6246bb1af2c4e»' https://sourcegraph.acme.dev/.api/graphql",
            "export SRC_ACCESS_TOKEN=«sgp_ad8a949e7661b737940a783b46305cfd6f6c2671»",
        ],
        negatives: examples!["sgp_1a9cb494ca25e8c1276e5094109afedb", "sgp_local_0000000000000000000000000000000000000000", "sgp_8fe88f57ea555edda07dc26bc10816aaa455158bf", "sgp_local_acronyms()"],
        ..Rule::SECRET
    },
];
