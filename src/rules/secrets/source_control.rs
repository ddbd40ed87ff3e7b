//! Source control: GitHub, GitLab, Bitbucket and Atlassian tokens.
//!
//! GitHub's 2021 token format ends in a CRC-32 of the random part, encoded
//! in base62 (github.blog, "Behind GitHub's new authentication token
//! formats"); checking it lets us report with near certainty and skip the
//! look-alikes people type into docs and bug reports.

use crate::rule::{Candidate, Rule, Severity, Trigger, Verdict};
use crate::validate::{base62_encode_fixed, base64_decode, crc32};

/// `ghp_` + 30 random base62 + 6-char base62 CRC-32 of the random part.
fn github_checksum(c: &Candidate) -> Verdict {
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
        positives: &["Authorization: token «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»"],
        negatives: &["gho_Eeeby3abP3E2Zs8IQ9Y7aJZqhB6bae2dTjzX", "gho_0000000000000000000000000000000000000"],
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
        negatives: &["ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWt", "ghu_abc"],
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
        positives: &["refresh_token=«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»&expires_in=15811200"],
        negatives: &["ghr_KLiMcVbpT4r5yHUig43kiJfahqSIjO2WghH1"],
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
        ],
        negatives: &[
            "ghs_123456_eyJub3Rqc29u.abcdefghijkl.mnopqrstuvwxyzABCDEFGH",
            "ghs_42_notajwt",
        ],
        ..Rule::SECRET
    },
];
