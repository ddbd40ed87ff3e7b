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
    Rule {
        id: "github-pat",
        title: "GitHub personal access token (classic)",
        about: "Acts as the user on every repository and organisation they can reach; checked by its CRC-32 suffix.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghp_"]),
        pattern: r"ghp_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: &[
            "git clone https://«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»@github.com/acme/api.git fails, why?",
            "GITHUB_TOKEN=«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»",
        ],
        negatives: &[
            // One character changed: the checksum no longer matches.
            "ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "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extra",
            "the ghp_ prefix marks classic tokens",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "github-oauth-token",
        title: "GitHub OAuth access token",
        about: "Issued to an OAuth app on a user's behalf; checked by its CRC-32 suffix.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["gho_"]),
        pattern: r"gho_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: &[
            "Authorization: token «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»",
            r#"{"access_token":"«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»","token_type":"bearer","scope":"repo,gist"}"#,
        ],
        negatives: &[
            "gho_Eeeby3abP3E2Zs8IQ9Y7aJZqhB6bae2dTjzX",
            "gho_0000000000000000000000000000000000000",
            "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x",
            "OAuth tokens start with gho_",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "github-app-token",
        title: "GitHub App user or installation token",
        about: "Lets a GitHub App act as a user (ghu_) or as its installation (ghs_); checked by its CRC-32 suffix.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghu_", "ghs_"]),
        pattern: r"gh[us]_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: &[
            "token: «ghu_CN6Zj4a3dDVhYRnKTbxTNJFoBinF5a42GyMy»",
            "x-access-token:«ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWT»@github.com",
        ],
        negatives: &["ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWt", "ghu_abc", "ghu_Gohi2Wkkh0rVFgzK37nJhvGzNEf0qf3lpCgB", "ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    Rule {
        id: "github-refresh-token",
        title: "GitHub refresh token",
        about: "Mints new user-to-server tokens for a GitHub App; checked by its CRC-32 suffix.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghr_"]),
        pattern: r"ghr_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(github_checksum),
        positives: &[
            "refresh_token=«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»&expires_in=15811200",
            r#"{"refresh_token": "«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»", "refresh_token_expires_in": 15811200}"#,
        ],
        negatives: &["ghr_KLiMcVbpT4r5yHUig43kiJfahqSIjO2WghH1", "ghr_lUcktYOPdI1Khg2x7eX6JPDf8Fp15M3tAP2", "ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    Rule {
        id: "github-fine-grained-pat",
        title: "GitHub fine-grained personal access token",
        about: "A personal token scoped to chosen repositories; `github_pat_` + 22 + `_` + 59 base62 characters.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["github_pat_"]),
        pattern: r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        max_len: 93,
        min_entropy: 4.0,
        positives: &[
            "export GH_TOKEN=«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»",
            "git push https://«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»@github.com/acme/infra.git",
        ],
        negatives: &[
            "github_pat_11StZsxnTSWsbCBpWUedoB_6SJ95Ypuie2cPzSfldf",
            "github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "github_pat_aaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "github-app-installation-token",
        title: "GitHub App installation token (2026 format)",
        about: "`ghs_<app id>_<JWT>`, the installation token format GitHub introduced in April 2026; the JWT header is decoded.",
        label: "GITHUB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ghs_"]),
        pattern: r"ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}",
        max_len: 2048,
        validate: Some(github_installation_jwt),
        positives: &[
            "GH_INSTALL=«ghs_123456_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTYiLCJpYXQiOjE3NjQwMDAwMDB9.Tz3kP9xQv2Lm8Nw4Rb6Yc1Hd5Jf7Kg0Ms2Ou4Qw6Sy8Ua1Ce3Gi5Kk7Mm9Oo»",
            "git clone https://x-access-token:«ghs_987123_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI5ODcxMjMiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMzYwMCwianRpIjoiNWM2Y2s3ZWFtYjdyamxyYiJ9.tEhCDWhqyZSO-8g4hOk0uFhjjb03TwPPtD8EaWmDzNW-DPWmCH4CSLFd8Ow5SZ0_y5fvkQ2yMadTPBbxmDbMLLx1Wnh5MzuvOQTwinUXqTEf_NIi5bHIHbkI3UldMz_gOvF61KArrLJB9z6F2TsvTDnvQa8nnpbd18IDciz7wjyyebcIBnbiJiTv09HGkHv9j71h9HDqM-FUA88NPeilGQhQmuyl5bCYtl0ktOmiuN-U588c7YDgW1FHuJBJ1fqAZY729OZtgC1wD3g4iAZnL2EDglprBvNKHG3nj3opKetJWOtUtaOOSRUuerHVelN_-dqZF7B8ku6yTcAhpUxAEd»@github.com/acme/app.git",
        ],
        negatives: &[
            "ghs_123456_eyJub3Rqc29u.abcdefghijkl.mnopqrstuvwxyzABCDEFGH",
            "ghs_42_notajwt",
            "ghs_987123_eyJhbGciOiJSUzI1NiJ9...",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-pat",
        title: "GitLab personal, project or group access token",
        about: "Acts on the GitLab API and repositories with the token's scopes; legacy `glpat-` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["glpat-"]),
        pattern: r"glpat-[A-Za-z0-9_-]{20,320}",
        max_len: 326,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(6),
        positives: &[
            "git clone https://oauth2:«glpat-so2Td57jayx3hv5I_uGD»@gitlab.com/acme/billing.git",
            "curl --header \"PRIVATE-TOKEN: «glpat-JK5FTfcWjx8W-t_3MhRV»\" https://gitlab.example.com/api/v4/projects",
        ],
        negatives: &[
            "glpat-xxxxxxxxxxxxxxxxxxxx",
            "glpat-9CO1FOAXIMR4V0rro8Z",
            "glpat-sXLTl_Z7xhFpjTG0FEwtQ",
            "tokens look like glpat-<20 characters>",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-routable-token",
        title: "GitLab routable token",
        about: "GitLab's newer access, runner and agent tokens (`glpat-`, `glrt-`, `glrtr-`, `glagent-` + payload + `.01.` + length + CRC-32); the base36 CRC-32 is verified.",
        label: "GITLAB_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["glpat-", "glrt-", "glrtr-", "glagent-"]),
        pattern: r"(?:glpat|glrtr?|glagent)-[A-Za-z0-9_-]{27,320}\.[0-9a-z]{2}\.[0-9a-z]{9}",
        max_len: 350,
        validate: Some(gitlab_routable),
        mask: Mask::KeepPrefix(6),
        positives: &[
            "GITLAB_TOKEN=«glpat-FK_eMWl1WX2K3ys5IZlq5GM6MQpvOncxZgp1OjVtaTkQ.01.1810d2cg0»",
            "gitlab-runner register --url https://gitlab.com --token «glrt-t1_QY0-vZtMyiswKA_erHk_qGM6MQpvOjFwZ3IKdDoxDg.01.160uvzxar»",
        ],
        negatives: &[
            // One CRC character changed.
            "GITLAB_TOKEN=glpat-EOpgN0hq8Lb-wH6uC7t552M6MQpvOmdqbQp1OjRwdWUQ.01.1815dbl1q",
            "GITLAB_TOKEN=glpat-V-ZK0PMnhaddYHYgraZnrGM6MQpvOjEzNHcKdTpiN2x0EQ.01.1a1mc422",
            "glpat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.01.0w1234567",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-deploy-token",
        title: "GitLab deploy token",
        about: "Reads (or writes) a project's repository, packages or registry; `gldt-` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["gldt-"]),
        pattern: r"gldt-[A-Za-z0-9_-]{20,320}",
        max_len: 325,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "docker login registry.gitlab.com -u gitlab+deploy-token-42 -p «gldt-8oHqNyju_EFbHltsM1Op»",
            "CI_DEPLOY_PASSWORD=«gldt-6wwCX8szwC1eArdytnre»",
        ],
        negatives: &["gldt-xxxxxxxxxxxxxxxxxxxx", "gldt-uqAqHgkdmrHkol102c", "gldt-mjEPCzLLmnmc5IIdGUaaz"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-feed-token",
        title: "GitLab feed token",
        about: "Reads a user's RSS/Atom and calendar feeds, which can list private issue titles; `glft-` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glft-"]),
        pattern: r"glft-[A-Za-z0-9_-]{20,320}",
        max_len: 325,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "https://gitlab.com/dashboard/issues.atom?feed_token=«glft--iMasKIINRbpjExMyJtH»&state=opened",
            "my calendar feed (feed_token «glft-mmj7ZW7CsWsyOxO61MZs») shows nothing",
        ],
        negatives: &["glft-xxxxxxxxxxxxxxxxxxxx", "glft-DT9vyUXbQ3TFpNBIb", "glft-mE2OPcayqITzysmIc_MX9"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-runner-token",
        title: "GitLab runner authentication token",
        about: "Lets a machine pick up CI jobs (and their secrets) as a runner; `glrt-` + 20 characters (legacy, non-routable form).",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glrt-", "glrtr-"]),
        pattern: r"glrtr?-[A-Za-z0-9_-]{20,320}",
        max_len: 326,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "[[runners]]\n  url = \"https://gitlab.com\"\n  token = \"«glrt-hqhF8g4VK38AbweB0CVP»\"\n  executor = \"docker\"",
            "gitlab-runner register --non-interactive --url https://gitlab.com --token «glrt-F5GeeGDPK7JGvhgfIUOZ»",
        ],
        negatives: &["glrt-xxxxxxxxxxxxxxxxxxxx", "glrt-2DZBIkL6jPTyNS79tlC", "glrt-4G3yUFHpVeclDFG4Z-WjA"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-scim-token",
        title: "GitLab SCIM token",
        about: "Provisions and deprovisions users of a GitLab group through SCIM; `glsoat-` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glsoat-"]),
        pattern: r"glsoat-[A-Za-z0-9_-]{20,320}",
        max_len: 327,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(7),
        positives: &["Okta SCIM connector: base URL https://gitlab.com/api/scim/v2/groups/acme, token «glsoat-cvj8WA0hGV7Dx2sOFvOd»", "GITLAB_SCIM_TOKEN=«glsoat-jBmK-ad2Mumm1-xm5n96»"],
        negatives: &["glsoat-xxxxxxxxxxxxxxxxxxxx", "glsoat-EExPNVUGDxBGSfzqnRp", "glsoat-Ui8Vts9WcaQsAWIrrPRs-more"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-ci-job-token",
        title: "GitLab CI/CD job token",
        about: "Acts for a running CI job (repository, packages, registry) until the job ends; `glcbt-` + partition + `_` + 20 characters, or `glcbt-` + a JWT whose header is decoded.",
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glcbt-"]),
        pattern: r"glcbt-(?:eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,3000}\.[A-Za-z0-9_-]{20,1000}|[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20})",
        max_len: 5010,
        min_entropy: 3.0,
        validate: Some(gitlab_job_token),
        mask: Mask::KeepPrefix(6),
        positives: &[
            "the job log printed CI_JOB_TOKEN=«glcbt-Kj_FIMsZrpBmKfNyICTjDYc» in clear, is that bad?",
            "curl --header \"JOB-TOKEN: «glcbt-7Q_VlwZZX2lOr42rYs01X6h»\" https://gitlab.com/api/v4/projects/7/packages",
            "CI_JOB_TOKEN=«glcbt-eyJraWQiOiJ0ZERzNkxmeDgyVGNsY3JzY3FHZGlGZVZsQzZfM1M5Ti1ibkRLbTRfbmJPIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYifQ.eyJ2ZXJzaW9uIjoiMS4wLjAiLCJvIjoiOTk3MCIsInUiOiIxdW01cngiLCJwIjoiNWw3dDIiLCJnIjoiMmgzbyIsImp0aSI6ImY4Zjk2MTk0LWU4MDMtNDI0Mi04NzA4LWVmOWNhZTM5NWM5NCIsImF1ZCI6ImdpdGxhYi1hdXRoei10b2tlbiIsInN1YiI6ImdpZDovL2dpdGxhYi9DaTo6QnVpbGQvMjEzMTcyNzc4NSIsImlzcyI6ImdpdGxhYi5jb20iLCJpYXQiOjE3NjQwMDAwMDAsIm5iZiI6MTc2Mzk5OTk5NSwiZXhwIjoxNzY0MDE0NDAwfQ.ouFcYX0j87QXH43qCA0tpXKkyIozg4thxOW-Xd8pgzMs0HY9nGxV6-GAhkSJh2-Gp27jAE4QvOc9HHYm1AqNsRy5L9qCdX_0OhMeCUWu5KUtD19ytdez0NcwxGbZ7j36wnjg9wFvuENWmm4CGVA7lYgzmq6QrROfgkECSrMcTE0e-QA1hUzeJT8hDPHwd2Pv3tQ-Pf3UfueHk6o7y-abfeObyut_xn2ouBZv9Hmhw5gpAv1w9LLsUOMpRd9qTD8KECSvww-hADbShTgEqhPl532RuqihjMnSZN9bcXbpPR_EqVDdPhXA9bGorW8uHzkDbxMF5fsxjqPqpgbTST5FwD»",
        ],
        negatives: &[
            "glcbt-64_xxxxxxxxxxxxxxxxxxxx",
            "glcbt-Ol_d_LMaJqihBz28Mb9LX3",
            "glcbt-946b56deb2d7a23a2956",
            "glcbt-eyJub3Rqc29u.eyJhYmNkZWZnaGlqa2w.EcL2L4QkDiLbEy7VdBabUwzs8iAMaB",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-incoming-mail-token",
        title: "GitLab incoming email token",
        about: "Creates issues and merge requests by email as the user; `glimt-` + 25 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glimt-"]),
        pattern: r"glimt-[A-Za-z0-9_-]{25}",
        max_len: 31,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: &[
            "send to incoming+acme-billing-42-«glimt-1aumLIYadpnmrKem0dWc5wbt0»-issue@incoming.gitlab.com",
            "INCOMING_EMAIL_TOKEN=«glimt-iNfgSh46zywSQ66TTUW4M7tKz»",
        ],
        negatives: &["glimt-xxxxxxxxxxxxxxxxxxxxxxxxx", "glimt-7RsnHKxKG_yqXCSlecH8u", "glimt-YbvmtR5SzBAdC6eLTLBgm5R7lxyz", "the glimt- prefix"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-agent-token",
        title: "GitLab agent for Kubernetes token",
        about: "Connects a cluster's agent to GitLab, which then deploys into that cluster; `glagent-` + 50 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glagent-"]),
        pattern: r"glagent-[A-Za-z0-9_-]{50,320}",
        max_len: 328,
        min_entropy: 3.5,
        validate: Some(gitlab_len50),
        mask: Mask::KeepPrefix(8),
        positives: &[
            "helm upgrade --install primary-agent gitlab/gitlab-agent --set config.token=«glagent-lksUwOoTM1uxRwSPIqMS3NtCumwLf0_BlXbbzsz-OoWuKEuIM3» --set config.kasAddress=wss://kas.gitlab.com",
            "AGENT_TOKEN=«glagent-Z7qtnyuIG-xRlDyC-8pSujHSamJ0AwX-PxgyRY2Nul0F4ZsaAb»",
        ],
        negatives: &["glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "glagent-YWhx0BwHjV-caTO3KMkuHjl96jmw8ksDt22Yx0NbmJBdsLc0", "the glagent- prefix"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-oauth-app-secret",
        title: "GitLab OAuth application secret",
        about: "The client secret of an OAuth application registered on GitLab; `gloas-` + 64 hex.",
        label: "GITLAB_OAUTH_SECRET",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["gloas-"]),
        pattern: r"gloas-[a-f0-9]{64}",
        max_len: 70,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: &[
            "GITLAB_CLIENT_ID=94949430a6cd4a764ff37f09dcc55cb9b3307b404ad617fc9bca5ca98f24662f\nGITLAB_CLIENT_SECRET=«gloas-5e2a97ec95012fcb2afed36c8759000372452bb7d6913465417ad1bedb21a7a9»",
            r#"{"client_secret": "«gloas-3bf3b95b4ab63ec6795bccce1716afb66e1f474b9d312268f9b831762971b8d8»", "redirect_uri": "https://grafana.internal/login/gitlab"}"#,
        ],
        negatives: &["gloas-e1e20eb835b3db73bbfc5864cdc9cd64f1734348", "gloas-daa9c609f95cd8d418d9a1ef32adf55324ff950e19763331e41f8b023a09e9790", "gloas-ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-feature-flag-token",
        title: "GitLab feature flags client token",
        about: "Reads a project's feature-flag configuration (Unleash client); `glffct-` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glffct-"]),
        pattern: r"glffct-[A-Za-z0-9_-]{20,320}",
        max_len: 327,
        min_entropy: 3.0,
        validate: Some(gitlab_len20),
        mask: Mask::KeepPrefix(7),
        positives: &[
            "unleash = UnleashClient(url='https://gitlab.com/api/v4/feature_flags/unleash/42', instance_id='«glffct-oJtsn7C_7dIG9bXBdQYq»', app_name='production')",
            "UNLEASH_INSTANCE_ID=«glffct-oox7fr6SqG0beuBlAZr4»",
        ],
        negatives: &["glffct-xxxxxxxxxxxxxxxxxxxx", "glffct-xCcClFxNIpf5OTd1N9n", "glffct-sX1gRtxjAkR7XjP0uTB4b"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-pipeline-trigger-token",
        title: "GitLab pipeline trigger token",
        about: "Starts pipelines (with their variables) on a project; `glptt-` + 40 hex.",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glptt-"]),
        pattern: r"glptt-[a-f0-9]{40}",
        max_len: 46,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: &[
            "curl -X POST --fail -F token=«glptt-e53890fdbe68b3b9e83fce37f79e5e72c37b788e» -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline",
            "TRIGGER_TOKEN=«glptt-ab731d39ae716141bce12a8b458df1e241389935»",
        ],
        negatives: &["glptt-9977f8b78aacff5b77e6d833c7a7ad8d", "glptt-9e815d687a8a048f5506c63c2b96a2f6c96cfccaa", "glptt-0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-runner-registration-token",
        title: "GitLab runner registration token (deprecated)",
        about: "Registers new runners to a project, group or instance; `GR1348941` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["GR1348941"]),
        pattern: r"GR1348941[A-Za-z0-9_-]{20}",
        max_len: 29,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(9),
        positives: &[
            "gitlab-runner register --url https://gitlab.com/ --registration-token «GR1348941vEsjvU16A9gXz98AunR1»",
            "REGISTRATION_TOKEN=«GR1348941wt9R0uDoYaBcJuTSzxob»",
        ],
        negatives: &["GR1348941xxxxxxxxxxxxxxxxxxxx", "GR1348941-9iSQhuMeUwiQXkTLa", "GR1348941BZ2VvmD1TdG5W3CuJVGxZz"],
        ..Rule::SECRET
    },
    Rule {
        id: "gitlab-session-cookie",
        title: "GitLab session cookie",
        about: "A signed-in GitLab browser session; whoever holds `_gitlab_session` is logged in as the user.",
        label: "GITLAB_SESSION",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_gitlab_session"]),
        pattern: r"_gitlab_session=([a-f0-9]{32})\b",
        value_group: 1,
        max_len: 48,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &[
            "curl 'https://gitlab.internal/api/v4/user' -H 'Cookie: _gitlab_session=«a24b4902f0e6563b072ffd3047f803c6»; known_sign_in=1'",
            "Set-Cookie: _gitlab_session=«e0a2a9905bc876d93e6a9cbc0e4e3a08»; path=/; secure; HttpOnly",
        ],
        negatives: &["_gitlab_session=318225bb34b7433630bee01f5c2352", "_gitlab_session=42010e12822a50f85343a4d2fc936d8f0", "_gitlab_session=<cookie>"],
        ..Rule::SECRET
    },
    Rule {
        id: "atlassian-api-token",
        title: "Atlassian API token",
        about: "Acts as the user on Jira, Confluence and Bitbucket Cloud; `ATATT3xFfGF0` + body + `=` + CRC-32 in hex, verified.",
        label: "ATLASSIAN_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATATT3"]),
        pattern: r"ATATT3[A-Za-z0-9_=-]{150,250}=[A-Fa-f0-9]{8}",
        max_len: 260,
        validate: Some(atlassian_crc),
        mask: Mask::KeepPrefix(12),
        positives: &[
            "curl -u ana@acme.io:«ATATT3xFfGF0-UZKDS6AujjeqB6QZlAvRp1oJFfsjlNJ8cYPYWoNSjeGuiFzICJsouBwnqoqp3CGcJ5dROC4emyKBqXvLdmYnQ-bxEM2J4T0hZyF4OyAHdiB1FLEt_7YqiKnqS_7atO7D6er5WHTMXg0uoT8pQT3yjXLTQ24sQMC3S-uXBUNBNU=908F61F8» https://acme.atlassian.net/rest/api/3/myself",
            "JIRA_API_TOKEN=«ATATT3xFfGF0YAvZZ85yXJZLY5pXJSAeFtog-qp9-4KeSx4v9dR1TgbnjGBfUSPPwgoeTPNFz2M_0DwrarZ2_fm0pVvxUFTX8NU1E-5BzAOeVc6G177rEFzxHcLh1x-Ec0Qmu2x6R_Q-wM_Y0zAnjhe1l94C6AaNzFtyF0k7QHkRFK5P7oZPnS_=978A5408»",
        ],
        negatives: &[
            // One checksum character changed.
            "JIRA_API_TOKEN=ATATT3xFfGF0vtkVS4qpR6O-1g7l9260VRNIuH3v9ZQXO11-AJazbp8OJQDajs_UdF2RKcUTMc8dnSbqI_TeZ960sbV7D0blTdo7WdqK05kV67w6AiDbABqe0Y6r25PENG8hJ7_davpQQ8scaRZFdz8Ou80oTNsI6KivEq2309qie_n-oG1lH7_=1B4C6597",
            "JIRA_API_TOKEN=ATATT3xFfGF0...",
            "JIRA_API_TOKEN=ATATT3xFfGF0T911SSKC0A97lBmFW8ktiQqshKzkiz2GcngZcEqAe6fQ4C3iZ_ib6WSC3lLz85C_-zFh2jMWsYAmrTffgB0vw_A16mwvZGdJEwlYoO9woz5itPOqXVCJrVOkg4VzdO3sR8q9EQBvYjryTLXvGP50KbwCNtCV-Ttl5TZMUZGqBWL=FFB94818",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "bitbucket-access-token",
        title: "Bitbucket repository, project or workspace access token",
        about: "Acts on a Bitbucket Cloud repository, project or workspace with the token's scopes; `ATCTT3xFfGN0` + body + `=` + CRC-32, verified.",
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATCTT3"]),
        pattern: r"ATCTT3[A-Za-z0-9_=-]{150,250}=[A-Fa-f0-9]{8}",
        max_len: 260,
        validate: Some(atlassian_crc),
        mask: Mask::KeepPrefix(12),
        positives: &[
            "git clone https://x-token-auth:«ATCTT3xFfGN0tUFm3oXkZKvOolvVxfDdd9CjIHCeJbig8lTyqOvVQHrt-gkl_0Lgoz_EHiQcihheIvD3yt2ZubJLWCo1kt79ODvJ3uDe1ac8xaDv-GEWijhGm2JVWzvcxmzUrdEUZXD5ErExl-kvxJkvxZtswt5ftwNchxdyxJPdDAYFDcbw7Mo=F62D9489»@bitbucket.org/acme/payments.git",
            "Authorization: Bearer «ATCTT3xFfGN0Refk62PkHeCDkWhsemJfYG6YjkNRv9wlr0PLO6irBF_GBQMqSUhgje2dxVaJtmbJzLLTDhUKQ1qXuKiyCNODow2B_kPWTdEz9XmdcNlhqvWL_4Mk-sx-u5qtjAmAQm8rhGJ4TA8lwxZ5rlmxfaUadIaHTO9ZsYpk86CLHUsxSDi=3244A799»",
        ],
        negatives: &["Authorization: Bearer ATCTT3xFfGN0aJ0-oC8wgb5__7JiRrLhCy4RxRwNYqwtKuzQuhmaIahXBziJFhNZUxhzyPA_RjD90ZQEuXIZ41g2YnzfcW9__JM6klEvTvPaNbQKfgSOgZ6UTz8wBixLanpQix8G3LgeZOL1H-doQcGKx_bYKu3YpC51lLqw_HauYh0rHtGNL-Q=8AFE10AB", "Authorization: Bearer ATCTT3xFfGN0...", "BITBUCKET_TOKEN=ATCTT3xFfGN0HfDN6ADS1GjesVl2NCARtleLY2OnYd0V0avSmMZPt9bfgnhRdI2EoB0dBzYu_AQmu-Kx656JTxUyb_10dliTycB6Og4Xh8d55K4_qWyq5j6n9xYu49v0JDCrnU7NU-hD8sULRqZS3aofT3uhI1hAlFH2Zs4jamaAh1pOL8rorL3"],
        ..Rule::SECRET
    },
    Rule {
        id: "bitbucket-app-password",
        title: "Bitbucket app password",
        about: "A Bitbucket Cloud app password; `ATBB` + 24 characters + CRC-32 of the first 28 in hex, verified.",
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ATBB"]),
        pattern: r"ATBB[A-Za-z0-9]{24}[A-Fa-f0-9]{8}",
        max_len: 36,
        validate: Some(atlassian_crc),
        mask: Mask::KeepPrefix(4),
        positives: &[
            "git remote set-url origin https://devbot:«ATBB2OV4ktDlgKQhxJaAs208xQo18346CF2E»@bitbucket.org/acme/api.git",
            "BITBUCKET_APP_PASSWORD=«ATBB9nINttfKsLBPdwFtcIgFOkZd3357AF11»",
        ],
        negatives: &["BITBUCKET_APP_PASSWORD=ATBBFISskB2y3zyAxG3Z8dY6q2HX7C9CD2F7", "ATBBxxxxxxxxxxxxxxxxxxxxxxxx00000000", "ATBBPbAd1jRn8eAtn9tlJc3d2yhm4F32F9A"],
        ..Rule::SECRET
    },
    Rule {
        id: "bitbucket-data-center-token",
        title: "Bitbucket Data Center HTTP access token",
        about: "A Bitbucket Server/Data Center HTTP access token; `BBDC-` + base64 of `<id>:<random bytes>`, decoded.",
        label: "BITBUCKET_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["BBDC-"]),
        pattern: r"BBDC-[A-Za-z0-9+/]{44}",
        max_len: 49,
        validate: Some(atlassian_data_center),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "curl -H \"Authorization: Bearer «BBDC-NzM1MDA2MDgxMTQ2Orf2C2c6/04kafKty6BJX7eby07l»\" https://bitbucket.acme.local/rest/api/1.0/projects",
            "BITBUCKET_TOKEN=«BBDC-MjE1NjAxOTEyNDg5OghzMqikCnq18SQ3dm0ye/bvpwWU»",
        ],
        negatives: &["BBDC-AIPuHJLia8Qa00E6507MvimBtgFJrwxe6zmT3ScZeofU", "BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "BBDC-NDMzNTIyNzQ5NDg5OhcLMGv+EoxPTlkNfufbB7WaFj"],
        ..Rule::SECRET
    },
    Rule {
        id: "atlassian-data-center-pat",
        title: "Jira / Confluence Data Center personal access token",
        about: "A Jira or Confluence Server/Data Center personal token: base64 of `<id>:<random bytes>`, decoded, after a Bearer header or token variable near Jira/Confluence words.",
        label: "ATLASSIAN_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["jira", "confluence"], before: 120, after: 200 },
        pattern: r#"(?:Bearer\s+|(?i:token|pat)["']?\s*[:=]\s*["']?)([MNO][A-Za-z0-9+/]{43,60})"#,
        value_group: 1,
        max_len: 120,
        validate: Some(atlassian_data_center),
        mask: Mask::All,
        positives: &[
            "curl -H \"Authorization: Bearer «MzI2OTA0MDE2NDk2OrgFyCw6JKoI8PT6KwKxRVwHgUEr»\" https://jira.acme.local/rest/api/2/myself",
            "JIRA_URL=https://jira.acme.local\nJIRA_TOKEN=«OTA2NDQzOTE1MTcwOk8WTKb743kNiI0+rxcHO12UuVfL»",
        ],
        negatives: &[
            "JIRA_TOKEN=74MQ2C9JKZ1YCGYEZQVB1TBC8MJVTJBrKUskTwHLZEe5",
            "confluence Authorization: Bearer <your token>",
            "jira token: MzMxMzk5MjU1MjEyOtdB00pt8PTYR3MrQkSkSS3sW2V0Xyz",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "bitbucket-client-secret",
        title: "Bitbucket OAuth consumer secret",
        about: "The secret of a Bitbucket OAuth consumer; 32 characters after a Bitbucket secret variable.",
        label: "BITBUCKET_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["bitbucket"], before: 4, after: 120 },
        pattern: r#"(?i:bitbucket)[A-Za-z_ .-]{0,30}?(?i:secret)["']?(?:\s*[:=]\s*|\s+)["']?([A-Za-z0-9]{32})\b"#,
        value_group: 1,
        max_len: 160,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::All,
        positives: &["BITBUCKET_CLIENT_ID=q8Hk2mZ4aR7tY1vLpX\nBITBUCKET_CLIENT_SECRET=«fsktzwwFC1ILevYfq0nnU4rkyQklCums»", "bitbucket.oauth.secret: «u6zWcCDNUnXgmxTTiZSxZF2g7PHhr15G»"],
        negatives: &["BITBUCKET_CLIENT_SECRET=${BB_SECRET}", "BITBUCKET_CLIENT_SECRET=A9AK2KLCDcug93ErUmFtKlaHNXMTT9G", "BITBUCKET_CLIENT_SECRET=b53d02947613bb7629ff8cdd003308f6"],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-devops-pat",
        title: "Azure DevOps personal access token",
        about: "Acts as the user on Azure DevOps repos, pipelines and artifacts; the 84-character form carries the `AZDO` signature and a Marvin32 checksum, verified.",
        label: "AZURE_DEVOPS_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["jqqj9"], before: 56, after: 36 },
        pattern: r"[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}",
        max_len: 84,
        validate: Some(azure_devops_cask),
        mask: Mask::All,
        positives: &[
            "git clone https://build:«MCHFsIdOUcnZHWVb656a3dA1Tjky7osusCCPBLLvluW1SuZuKr2ZJQQJ99AJIXDdECBs1fjuAAAAAZDOl178»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«vhjcLEm0KV0J72EyhPT7HjSd5J1AHMe4TSkjrbo6McxZKA1qSXubJQQJ99AF3HExKOkRaX6mAAAAAZDOXSzv»",
        ],
        negatives: &["AZURE_DEVOPS_EXT_PAT=FkHnG9OahagKeGtqLV7XRm1hhkLIf6kF5NuwKsuGvhKtuF7jORcrJQQJ99AKRYDPDRCJgEI6AAAAAZDO32kB", "AZURE_DEVOPS_EXT_PAT=vP89mp6kgIqhdrctYfAkMUcRVEmIaAFMTI6m4I7WzhgNEdgXYA2JQQJ99ALjMdZmWBsmotUAAAAAZDO3EjS", "PATs created since 2025 contain JQQJ99 and AZDO"],
        ..Rule::SECRET
    },
    Rule {
        id: "azure-devops-pat-legacy",
        title: "Azure DevOps personal access token (52-character)",
        about: "The older 52-character base32 Azure DevOps PAT; looked for near Azure DevOps words and verified by its embedded CRC-32.",
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
        positives: &[
            "git clone https://anything:«j2mc3twetmqjoprmkdrvkijndtug4dy45ifotenlgddkhuoqj4eq»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«67ea5d65yfac2tacre6yr3ti6plfpoba5ipm54jq5fpebesylimq»\naz devops project list --organization https://dev.azure.com/contoso",
        ],
        negatives: &[
            // One character changed: the CRC no longer matches.
            "AZURE_DEVOPS_EXT_PAT=ggjxv2a57nkvl7abyf7mb4nj7r5l5amejtfj3tt3qq2buv7lywda",
            "AZURE_DEVOPS_EXT_PAT=66eoddz6wspgjhtk3omvfnol6ujsjtcwqjmdffpz3jgc5xew2rl",
            "azure devops build 7yytnfra6oq0dalmqonsnyoeecy1hsyyb3dokqmoj1tspdsws6ck",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "sourcegraph-access-token",
        title: "Sourcegraph access token",
        about: "Searches and reads all code a Sourcegraph user can see; `sgp_` (+ instance id or `local_`) + 40 hex.",
        label: "SOURCEGRAPH_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sgp_"]),
        pattern: r"sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}",
        max_len: 61,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: &[
            "SRC_ACCESS_TOKEN=«sgp_1fc55b452e62f86a_d124169e5a68a80dccfc00da158efbd244c2702d»",
            "curl -H 'Authorization: token «sgp_local_12b438bf96fbb0cca2b47ac4942e4452f85aaa5e»' https://sourcegraph.acme.dev/.api/graphql",
            "export SRC_ACCESS_TOKEN=«sgp_b2dd3165214f5c290f4abfa1e5dd35d8e5be4dcc»",
        ],
        negatives: &["sgp_2d950ea4d5f312f37ac5ea1c23ae2d28", "sgp_local_0000000000000000000000000000000000000000", "sgp_6b58c3073d65ad505a6ed29c9991e6c307f9133df", "sgp_local_acronyms()"],
        ..Rule::SECRET
    },
];
