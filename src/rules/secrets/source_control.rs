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
        about: "Acts for a running CI job (repository, packages, registry) until the job ends; `glcbt-` + partition + `_` + 20 characters.",
        label: "GITLAB_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["glcbt-"]),
        pattern: r"glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}",
        max_len: 32,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: &[
            "the job log printed CI_JOB_TOKEN=«glcbt-Kj_FIMsZrpBmKfNyICTjDYc» in clear, is that bad?",
            "curl --header \"JOB-TOKEN: «glcbt-7Q_VlwZZX2lOr42rYs01X6h»\" https://gitlab.com/api/v4/projects/7/packages",
        ],
        negatives: &["glcbt-64_xxxxxxxxxxxxxxxxxxxx", "glcbt-jO_dDs6Lfx82TclcrscqGd", "glcbt-71b27efdbf9f03793ef3"],
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
            "send to incoming+acme-billing-42-«glimt-j87QXH43qCA0tpXKkyIozg4th»-issue@incoming.gitlab.com",
            "INCOMING_EMAIL_TOKEN=«glimt-xOW-Xd8pgzMs0HY9nGxV6-GAh»",
        ],
        negatives: &["glimt-xxxxxxxxxxxxxxxxxxxxxxxxx", "glimt-kSJh2-Gp27jAE4QvOc9HH", "glimt-qNsRy5L9qCdX_0OhMeCUWu5KUxyz", "the glimt- prefix"],
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
            "helm upgrade --install primary-agent gitlab/gitlab-agent --set config.token=«glagent-tD19ytdez0NcwxGbZ7j36wnjg9wFvuENWmm4CGVA7lYgzmq6Qr» --set config.kasAddress=wss://kas.gitlab.com",
            "AGENT_TOKEN=«glagent-ROfgkECSrMcTE0e-QA1hUzeJT8hDPHwd2Pv3tQ-Pf3UfueHk6o»",
        ],
        negatives: &["glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "glagent-7y-abfeObyut_xn2ouBZv9Hmhw5gpAv1w9LLsUOMpRd9qTD8", "the glagent- prefix"],
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
            "GITLAB_CLIENT_ID=7b555f1670b1b1741a2edda5421293bc9f00c03aaf74b70a1c6f0834cf586270\nGITLAB_CLIENT_SECRET=«gloas-597e14524a4310bbbe75750f990842166df90f9cd1946b56deb2d7a23a2956ba»",
            r#"{"client_secret": "«gloas-01ddc56f98f15e40fc1d00bc94d0dd05398c003334913d0c0e504d2911b1ee66»", "redirect_uri": "https://grafana.internal/login/gitlab"}"#,
        ],
        negatives: &["gloas-5baeebbbce9e496ea4389598f64c7b2108f5f141", "gloas-c0534aeb66607e19b9613eae2224b5a3b9d55a5ba849bd94753591df62c006460", "gloas-ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"],
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
            "unleash = UnleashClient(url='https://gitlab.com/api/v4/feature_flags/unleash/42', instance_id='«glffct--OoWuKEuIM3Z7qtnyuIG»', app_name='production')",
            "UNLEASH_INSTANCE_ID=«glffct--xRlDyC-8pSujHSamJ0A»",
        ],
        negatives: &["glffct-xxxxxxxxxxxxxxxxxxxx", "glffct-wX-PxgyRY2Nul0F4Zsa", "glffct-bYWhx0BwHjV-caTO3KMkb"],
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
            "curl -X POST --fail -F token=«glptt-5822fe235f2474ddc5d903860490d9994949430a» -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline",
            "TRIGGER_TOKEN=«glptt-6cd4a764ff37f09dcc55cb9b3307b404ad617fc9»",
        ],
        negatives: &["glptt-bca5ca98f24662f5e2a97ec95012fcb2", "glptt-afed36c8759000372452bb7d6913465417ad1beda", "glptt-0000000000000000000000000000000000000000"],
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
            "gitlab-runner register --url https://gitlab.com/ --registration-token «GR1348941SihPEOKmS-oVKwTsRUBo»",
            "REGISTRATION_TOKEN=«GR13489417XACNuVZWW7fEeAQ8Tyy»",
        ],
        negatives: &["GR1348941xxxxxxxxxxxxxxxxxxxx", "GR13489416h8sDtSK0pfijAI8MT", "GR1348941eDBiLDfUG0H7g7ja7VJnZz"],
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
            "curl 'https://gitlab.internal/api/v4/user' -H 'Cookie: _gitlab_session=«5b3db73bbfc5864cdc9cd64f1734348d»; known_sign_in=1'",
            "Set-Cookie: _gitlab_session=«aa9c609f95cd8d418d9a1ef32adf5532»; path=/; secure; HttpOnly",
        ],
        negatives: &["_gitlab_session=4ff950e19763331e41f8b023a09e97", "_gitlab_session=8443e7fe088f0c60ac4335e14eb48d010", "_gitlab_session=<cookie>"],
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
            "curl -u ana@acme.io:«ATATT3xFfGF0uBlAZr4xCcClFxNIpf5OTd1N9n7sX1gRtxjAkR7XjP0uTB46vmHMb-3V4AJVnVL5Jp8W6nE8DK5u6DiWpFVEGJ4PSDoe0mLQ7FfBhrfTZ6gkRGTrvJ3_h7lqgpINKnwNMDC8HUCGOPY9_uTFC7y2ImnYEOCR0I3K6Hhv0zHCQJQ=689E3C2D» https://acme.atlassian.net/rest/api/3/myself",
            "JIRA_API_TOKEN=«ATATT3xFfGF0bqJ9xxbzXAoYjVMzPj8AXLyY9XXOvEsjvU16A9gXz98AunR1wt9R0uDoYaBcJuTSzxob-9iSQhuMeUwiQXkTLaMVBZ2VvmD1TdG5W3CuJVGxQjsVrMal9b7ywBnSdCk-_3pbtE_IdoWz7cOkQKKcvUWGDA2Lp4zPMZSYa4q7mQb=D36AD66F»",
        ],
        negatives: &[
            // One checksum character changed.
            "JIRA_API_TOKEN=ATATT3xFfGF0InfIikxVVntTDtnnAncS75ch8wZiovjWErjbhd5flIkkQva_IuotmPr2k8XNpz1I9-UZKDS6AujjeqB6QZlAvRp1oJFfsjlNJ8cYPYWoNSjeGuiFzICJsouBwnqoqp3CGcJ5dROC4emyKBqXvLdmYnQ-bxEM2J4T0hZyF4OyAHd=2D6BD48B",
            "JIRA_API_TOKEN=ATATT3xFfGF0...",
            "JIRA_API_TOKEN=ATATT3xFfGF0iB1FLEt_7YqiKnqS_7ktO7D6er5WHTMXg0uoT8pQT3yjXLTQ24sQMC3S-uXBUNBNUYAvZZ85yXJZLY5pXJSAeFtog-qp9-4KeSx4v9dR1TgbnjGBfUSPPwgoeTPNFz2M_0DwrarZ2_fm0pVvxUFTX8NU1E-5BzAOeVc6G177rEF=A08FD668",
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
            "git clone https://x-token-auth:«ATCTT3xFfGN0zxHcLh1x-Ec0Qmu2x6R_Q-wM_Y0zAnjhe1l94C6AaNzFtyF0k7QHkRFK5P7oZPnS_vtkVS4qpR6O-1g7l9260VRNIuH3v9ZQXO11-AJazbp8OJQDajs_UdF2RKcUTMc8dnSbqI_TeZ960sbV7D0blTdo7WdqK05kV67w6AiDbAB=FF9FA170»@bitbucket.org/acme/payments.git",
            "Authorization: Bearer «ATCTT3xFfGN0qe0Y6r25PENG8hJ7_davpQQ8scaRZFdz8Ou80oTNsI6KivEq2309qie_n-oG1lH7_T911SSKC0A97lBmFW8stiQqshKzkiz2GcngZcEqAe6fQ4C3iZ_ib6WSC3lLz85C_-zFh2jMWsYAmrTffgB0vw_A16mwvZGdJEwlYoO9woz=D8DFD0C1»",
        ],
        negatives: &["Authorization: Bearer ATCTT3xFfGN05itPOqXVCJrVOkg4VzdO3sR8q9EQBvYjryTLXvGP50KbwCNtCV-Ttl5TZMUZGqBWLtUFm3oXkZKvOolvVxfDdd9CjIHCeJbig8lTyqOvVQHrt-gkl_0Lgoz_EHiQcihheIvD3yt2ZubJLWCo1kt79ODvJ3uDe1ac8xaDv-GEWij=1680F6E7", "Authorization: Bearer ATCTT3xFfGN0...", "BITBUCKET_TOKEN=ATCTT3xFfGN0hGm2JVWzvcxmzUrdEUZXD5ErExl-kvxJkvxZtswt5ftwNchxdyxJPdDAYFDcbw7MoRefk62PkHeCDkWhsemJfYG6YjkNRv9wlr0PLO6irBF_GBQMqSUhgje2dxVaJtmbJzLLTDhUKQ1qXuKiyCNODow2B_kPWTdEz9XmdcNlhqv"],
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
            "git remote set-url origin https://devbot:«ATBBZyN9sPL6FICtGfOFJNjl6FZ174C3D8D2»@bitbucket.org/acme/api.git",
            "BITBUCKET_APP_PASSWORD=«ATBBkCi42I8QQj91enVgn8Iv4gE32007EA97»",
        ],
        negatives: &["BITBUCKET_APP_PASSWORD=ATBBiI8dTqr6C9QwnY55E7Jf6G6l202222C7", "ATBBxxxxxxxxxxxxxxxxxxxxxxxx00000000", "ATBBJlzCifglcaJ4xabr9PaqQ86w344DF11"],
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
            "curl -H \"Authorization: Bearer «BBDC-NDQ3ODM3Mzk2OTY2Onreuapn85eyJWWD9B8Vn3h0+jlL»\" https://bitbucket.acme.local/rest/api/1.0/projects",
            "BITBUCKET_TOKEN=«BBDC-NDk2MjY0MDc4MzQ1OiUu+1g6EQGQRml94B05eYAs8t/P»",
        ],
        negatives: &["BBDC-daCFF6HUNM3SDrevQisO0Tdo5mQCH0vRlvltTzPOil2j", "BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "BBDC-MjA5ODE5NzczMTA0Op+zAPmWve9FAA7F3mM2M57IqI"],
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
            "curl -H \"Authorization: Bearer «MTc1NzUxMTUwMjMyOkc+17TToQ5P8WdckS4O9DIx0YhS»\" https://jira.acme.local/rest/api/2/myself",
            "JIRA_URL=https://jira.acme.local\nJIRA_TOKEN=«NzUzNzM1MTI4MDU1OuV+VhKOxvE7e/+rqtVoZt30VeE9»",
        ],
        negatives: &[
            "JIRA_TOKEN=XKY97ROZGC2ADB7Z9GMICL83BYPJJSEFMFRrTtS4HDVf",
            "confluence Authorization: Bearer <your token>",
            "jira token: MTQ0MTgzNDY0MDM3Og1Y7lGgDWfHknRdW7WDM3mPLNw2Xyz",
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
        positives: &["BITBUCKET_CLIENT_ID=q8Hk2mZ4aR7tY1vLpX\nBITBUCKET_CLIENT_SECRET=«eMlGs3agXhv0elK3EQq4BsQ4PdczusAM»", "bitbucket.oauth.secret: «SqFIHTObhvbRRLqNslOGWFazskTBL8zP»"],
        negatives: &["BITBUCKET_CLIENT_SECRET=${BB_SECRET}", "BITBUCKET_CLIENT_SECRET=hoCAfsRilF0qRakzPLdJYIAX5ZMiqM4", "BITBUCKET_CLIENT_SECRET=899fa8179e67bd8214b2d976a4219cda"],
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
            "git clone https://build:«N3Ugz3bAxYAJakwgStOJP9zujEZacdWgXdPv8bW9rB3p9hnAW0bnJQQJ99AGkFInSOvOgkUFAAAAAZDO3ZVs»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«HslZSU3D3C2Drw6lZxImaFAAHRbfXe2wmRWKb9n4ZDudCRyPdTEbJQQJ99BJCZsYCFJiymiCAAAAAZDO4Vk6»",
        ],
        negatives: &["AZURE_DEVOPS_EXT_PAT=eHDgEV0JMLlzZkCEkAVJr7oHo8igxDUGtxYFSLdoEjxV4R1svizwJQQJ99BAhc1wB6OkVdrXAAAAAZDO484q", "AZURE_DEVOPS_EXT_PAT=ZUd6YMnfQpXqB4zVYO1JjCeaWgRaMndARWNShusEiLhisHB2OV4JQQJ99AEDlgKQhxJaAs2AAAAAZDO1zxQ", "PATs created since 2025 contain JQQJ99 and AZDO"],
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
            "git clone https://anything:«2pyfux5lhlkgv57vg2ezytsmcwjerfdouqg4cwd6j4eiqgd6ueuq»@dev.azure.com/contoso/Payments/_git/api",
            "AZURE_DEVOPS_EXT_PAT=«zyhtw7mlwnfnx5jjnt6nwyx73ztgc2s7qho2v6wo6d5a3sxlihna»\naz devops project list --organization https://dev.azure.com/contoso",
        ],
        negatives: &[
            // One character changed: the CRC no longer matches.
            "AZURE_DEVOPS_EXT_PAT=7kcirrhyu4kp2rtibtkspljw6aiwstzw6rgocl4mbhoqzw3adqyq",
            "AZURE_DEVOPS_EXT_PAT=zxmcbwmtw73lyiylm45p6trenhzk3s5ajfpx7n43znhol2q2bbz",
            "azure devops build mqpcet8jndbme97pblaipuhjlia8qa00e6507mvimbtgfjrwxe6z",
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
            "SRC_ACCESS_TOKEN=«sgp_28cbcc189216d299_b1f0277605741508b085929f17207ba8ec13fc0d»",
            "curl -H 'Authorization: token «sgp_local_e6a94d895bf2eaacb58cc689d8e58895bce2959c»' https://sourcegraph.acme.dev/.api/graphql",
            "export SRC_ACCESS_TOKEN=«sgp_bbfe2a286685c55ea69ac1ee636b4bf338ddee1a»",
        ],
        negatives: &["sgp_3f86f9500b53d02947613bb7629ff8cd", "sgp_local_0000000000000000000000000000000000000000", "sgp_d003308f6ef9116001d45c79a9eeda5aaa85e1fef", "sgp_local_acronyms()"],
        ..Rule::SECRET
    },
];
