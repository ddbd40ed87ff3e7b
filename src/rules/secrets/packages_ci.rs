//! Package registries, CI/CD and secret managers: npm, PyPI, RubyGems,
//! NuGet, crates.io, Clojars, Docker Hub, JFrog, Terraform Cloud, HashiCorp
//! Vault, Doppler, 1Password, CircleCI, Travis CI, Buildkite, Sonar, Snyk,
//! Codecov, Pulumi, Octopus Deploy, Harness and Jenkins.
//!
//! Formats and checks, with their sources:
//! - npm `npm_` tokens end in a base62 CRC-32 exactly like GitHub's
//!   (github.blog, "npm has a new access token format", 2021), verified.
//! - PyPI tokens are `pypi-` + base64 of a version-2 macaroon whose location
//!   is `pypi.org` or `test.pypi.org` (pypi.org help, "API tokens"; the
//!   macaroon v2 binary layout); the whole packet structure is parsed.
//! - Vault (developer.hashicorp.com, "Tokens"): `hvs.`/`hvr.` service and
//!   recovery tokens, `hvb.` batch tokens, legacy `s.` tokens; the long
//!   `hvs.` form is base64 of a protobuf that embeds the short token, decoded.
//! - 1Password service-account tokens are `ops_` + base64 JSON carrying the
//!   account's sign-in address and Secret Key (decoded); Secret Keys are
//!   `A3-` + six groups (1Password security white paper).
//! - JFrog reference tokens are base64 of `reftkn:01:<expiry>:<random>`
//!   (decoded); legacy API keys are `AKCp` + base58.
//! - Docker `config.json` `auth` values and `.npmrc` `_auth` values are
//!   base64 `user:password`, decoded.
//! - Fixed prefixes: RubyGems `rubygems_` + 48 hex, NuGet `oy2` + 43,
//!   crates.io `cio` + 32, Clojars `CLOJARS_` + 60, Docker Hub `dckr_pat_` +
//!   27, Terraform Cloud `<14>.atlasv1.<60–70>`, Doppler `dp.{pt,st,sa,ct,
//!   scim,audit}.`, CircleCI `CCIPAT_`/`CCIPRJ_`, Sonar `squ_`/`sqp_`/`sqa_` +
//!   40 hex, Pulumi `pul-` + 40 hex, Buildkite `bkua_` + 40 hex, Octopus
//!   `API-` + 26, Harness `pat.`/`sat.` + three parts (each vendor's token
//!   documentation); Jenkins API tokens are `11` + 32 hex (jenkinsci/jenkins
//!   `ApiTokenStore`, `HASH_VERSION`), reported after a Jenkins variable or
//!   `curl -u user:`.
//! - Tokens without a prefix (legacy npm UUIDs, CircleCI, Travis CI, Snyk,
//!   Codecov, Jenkins, Vault `s.`) are only looked for after their variable or command.

use super::source_control::github_checksum;
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base58_decode, base64_decode};

fn decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    base64_decode(s.as_bytes(), &mut out).then_some(out)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// npm tokens: `npm_` + 30 base62 + base62 CRC-32, the GitHub scheme.
fn npm_checksum(c: &Candidate) -> Verdict {
    github_checksum(c)
}

/// Base64 of `user:password` (npm `_auth`, Docker `auth`): printable ASCII
/// with a non-empty user and password.
fn basic_credentials(value: &str) -> Verdict {
    let Some(raw) = decode(value) else { return Verdict::Invalid };
    let Some(colon) = raw.iter().position(|&b| b == b':') else { return Verdict::Invalid };
    if colon > 0 && colon + 1 < raw.len() && raw.iter().all(|b| (0x20..0x7f).contains(b)) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn npm_basic_auth(c: &Candidate) -> Verdict {
    basic_credentials(c.value)
}

/// Docker `auth` entries are only reported inside a registry config.
fn docker_config_auth(c: &Candidate) -> Verdict {
    if c.near_context {
        basic_credentials(c.value)
    } else {
        Verdict::Invalid
    }
}

/// A version-2 macaroon: version byte 2, then typed packets (`type`,
/// length, data) and end-of-section zeros, ending with a 32-byte signature.
fn macaroon_v2(raw: &[u8], location: &[u8]) -> bool {
    if raw.len() < 3 + location.len() || raw[0] != 2 || raw[1] != 1 || raw[2] as usize != location.len() {
        return false;
    }
    if &raw[3..3 + location.len()] != location {
        return false;
    }
    let mut at = 3 + location.len();
    while at < raw.len() {
        let kind = raw[at];
        at += 1;
        if kind == 0 {
            continue;
        }
        // Lengths are varints; a caveat longer than 127 bytes takes two.
        let mut len = 0usize;
        let mut shift = 0;
        loop {
            let Some(&b) = raw.get(at) else { return false };
            at += 1;
            len |= ((b & 0x7f) as usize) << shift;
            shift += 7;
            if b & 0x80 == 0 || shift > 21 {
                break;
            }
        }
        if kind == 6 {
            return len == 32 && at + len == raw.len();
        }
        if kind > 6 || at + len > raw.len() {
            return false;
        }
        at += len;
    }
    false
}

fn pypi_token(c: &Candidate) -> Verdict {
    match decode(&c.value[5..]) {
        Some(raw) if macaroon_v2(&raw, b"pypi.org") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn testpypi_token(c: &Candidate) -> Verdict {
    match decode(&c.value[5..]) {
        Some(raw) if macaroon_v2(&raw, b"test.pypi.org") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// Short `hvs.` tokens are 24 alphanumerics; long ones are base64 of a
/// protobuf that embeds the short token, which is decoded.
fn vault_service_token(c: &Candidate) -> Verdict {
    let body = &c.value[4..];
    if body.len() == 24 {
        return if body.bytes().all(|b| b.is_ascii_alphanumeric()) { Verdict::Plausible } else { Verdict::Invalid };
    }
    match decode(body) {
        Some(raw) if contains(&raw, b"hvs.") || contains(&raw, b"hvr.") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// `ops_` + base64 JSON naming the account and its Secret Key.
fn onepassword_service_account(c: &Candidate) -> Verdict {
    let body = &c.value[4..];
    // The pattern may cut the tail; decode whole quads only.
    match decode(&body[..body.len() / 4 * 4]) {
        Some(raw)
            if raw.starts_with(b"{\"")
                && (contains(&raw, b"\"secretKey\"") || contains(&raw, b"\"signInAddress\"")) =>
        {
            Verdict::Verified
        }
        _ => Verdict::Invalid,
    }
}

/// `AKCp` API keys are base58: no `0`, `O`, `I` or `l`.
fn jfrog_api_key(c: &Candidate) -> Verdict {
    let mut out = Vec::new();
    if base58_decode(c.value, &mut out) && out.len() == 54 {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Reference tokens: base64 of `reftkn:<version>:<expiry>:<random>`.
fn jfrog_reference_token(c: &Candidate) -> Verdict {
    let Some(raw) = decode(c.value) else { return Verdict::Invalid };
    let Some(rest) = raw.strip_prefix(b"reftkn:") else { return Verdict::Invalid };
    let mut parts = rest.splitn(3, |&b| b == b':');
    let (Some(version), Some(expiry), Some(random)) = (parts.next(), parts.next(), parts.next()) else {
        return Verdict::Invalid;
    };
    let digits = |p: &[u8]| !p.is_empty() && p.iter().all(u8::is_ascii_digit);
    if digits(version) && digits(expiry) && random.len() >= 16 {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
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

/// Upper-case keys (Octopus): letters and digits both present.
fn upper_alnum(c: &Candidate) -> Verdict {
    match has_classes(c.value) {
        (true, false, true) => Verdict::Plausible,
        _ => Verdict::Invalid,
    }
}

/// Exactly 22 characters (Travis CI); the pattern takes the whole run.
fn travis_token(c: &Candidate) -> Verdict {
    if c.value.len() == 22 && has_classes(c.value).2 {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    Rule {
        id: "npm-access-token",
        title: "npm access token",
        about: "Publishes packages as the npm user or automation; `npm_` + 30 base62 + base62 CRC-32, verified.",
        label: "NPM_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["npm_"]),
        pattern: r"npm_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(npm_checksum),
        positives: &["//registry.npmjs.org/:_authToken=«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»", "NPM_TOKEN=«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» npm publish --access public fails with 403"],
        negatives: &[
            // One checksum character changed.
            "NPM_TOKEN=npm_5xXkfVjrmw58xlFXyc2K0N972YHakV00s8tq",
            "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "npm_RsGT6IHTUHcDmPQI8TeR3j1QmLSxxd33BpXqabc",
            "NPM_TOKEN=npm_...",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "npm-legacy-auth-token",
        title: "npm legacy auth token",
        about: "An older npm token (a UUID) in `.npmrc`'s `_authToken`; publishes as the user.",
        label: "NPM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_authToken"]),
        pattern: r#"_authToken(?:\s*=\s*|\s+)["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 60,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &[
            "//registry.npmjs.org/:_authToken=«a68cd7b5-9eb2-4be6-b177-4c95508996f4»",
            "npm config set //registry.npmjs.org/:_authToken «67a6a1d4-153b-4a25-b9d7-04e7a20a9c8b»",
        ],
        negatives: &[
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
            "//registry.npmjs.org/:_authToken=2669d5da-e1d7-4b80-9425-11848c03829",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "npm-basic-auth",
        title: "npm registry basic credentials",
        about: "`_auth` in `.npmrc` is base64 of `user:password` for a registry; decoded.",
        label: "NPM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_auth"]),
        pattern: r#"_auth\s*=\s*["']?([A-Za-z0-9+/]{8,300}={0,2})"#,
        value_group: 1,
        max_len: 320,
        validate: Some(npm_basic_auth),
        mask: Mask::All,
        positives: &[
            "registry=https://nexus.acme.local/repository/npm-group/\n_auth=«enp4eXpvOks2NTl1SlNBMXF1dFZq»\nalways-auth=true",
            "//nexus.acme.local/repository/npm/:_auth=\"«am9ocmdnOmN3cDdNaG9INUdzamF1»\"",
        ],
        negatives: &["_auth=${NPM_AUTH}", "_auth=RzBvNU9Jckw0Z0w5eGpHOW1Y", "_authToken=ZGF4emZ6OnlFN0JtRVpVSEkxSm5J"],
        ..Rule::SECRET
    },
    Rule {
        id: "pypi-upload-token",
        title: "PyPI API token",
        about: "Uploads releases to PyPI for the account or project; `pypi-` + base64 macaroon for `pypi.org`, whose structure is parsed.",
        label: "PYPI_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["pypi-AgEIcHlwaS5vcmc"]),
        pattern: r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}",
        max_len: 1030,
        validate: Some(pypi_token),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJDE0MzNjNjMzLTY1ZDYtNmUyMS1mNzBmLTg0ZWVjY2JkZWVmNQACEFsxLFsiY2N2dHl4aXQiXV0AAAYgJGHQV9kSLXNG1mEJEvw-o4Lp7Lg3_v7cdCkBTSOqDQY»",
            "twine upload -u __token__ -p «pypi-AgEIcHlwaS5vcmcCJGE3NmU1ZjI2LTdmYWMtNDFhNS01Mjk2LTVmNGE0OWVlZTBkYgACJXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6ICJ1c2VyIn0AAAYgbuhbo0TDe7d3QkF4lSw5yXaVVeL1-S6hKSrIoXOLjWo» dist/*",
        ],
        negatives: &[
            // Cut short: the signature packet is incomplete.
            "password = pypi-AgEIcHlwaS5vcmcCJDU2Y2M4OTcyLTZmMTctNDVjMy1jODFmLWYzNzJlNTE5NzZiNAACJXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6ICJ1c2VyIn0AAAYgltXpAzi_vmxiEdY0W-ebY7wK2AdFtAk16Zx",
            "password = pypi-AgEIcHlwaS5vcmc...",
            "password = pypi-AgEIcHlwaS5vcmcvxhvGUiJ7awL1cbJ3sVpogY2k6-uoDb1rgLChCdYuSkO13xHUArxrIvwFBXt3N-4wffXqDhs81G8tTlqXA-kCTRms04wxO-CNPd78Yok9tlWgK12MVJQpmXscA0NWXQyjtAn6V4oSMaEAk30L89dJY",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "testpypi-upload-token",
        title: "TestPyPI API token",
        about: "Uploads to test.pypi.org; `pypi-` + base64 macaroon for `test.pypi.org`, parsed.",
        label: "PYPI_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["pypi-AgENdGVzdC5weXBpLm9yZw"]),
        pattern: r"pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000}",
        max_len: 1030,
        validate: Some(testpypi_token),
        mask: Mask::KeepPrefix(5),
        positives: &[
            "twine upload --repository testpypi -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkODE5MTNjZmEtODk3Mi00Y2MxLTMwYjktYTljZjVmNTQ3NzA4AAIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQAABiD1kjAVWKhZUjhoO7Ihm1Qz6zGYQrlUlYqFjJr1En38HQ» dist/*",
            "[testpypi]\nusername = __token__\npassword = «pypi-AgENdGVzdC5weXBpLm9yZwIkYjg2Y2I2NjItMTk1Yi0zNDZlLWI3YjAtYTQwZTE4ZDIxM2ZlAAIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQAABiD8wAgXQa7KeUk3L1-dyIUoMk3LGOxiWIf5UdoALLkUZw»",
        ],
        negatives: &["password = pypi-AgENdGVzdC5weXBpLm9yZwIkYTEzY2NmN2EtMzIyYS1lYTc1LTU5MmItNjg5NjFiNTkyNTk2AAIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQAABiCHzYEZ7cwS_fqT3LophuN_mcSAhrlJcR8VOSb", "password = pypi-AgENdGVzdC5weXBpLm9yZw...", "password = pypi-AgENdGVzdC5weXBpLm9yZw3nkO0Kp15t6P3LfsNbKqc4ArsIoZLFyrntZ266a8y57za7nwT9UVDjSnJJCk"],
        ..Rule::SECRET
    },
    Rule {
        id: "rubygems-api-key",
        title: "RubyGems API key",
        about: "Pushes and yanks gems as the RubyGems.org user; `rubygems_` + 48 hex.",
        label: "RUBYGEMS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["rubygems_"]),
        pattern: r"rubygems_[a-f0-9]{48}",
        max_len: 57,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(9),
        positives: &["---\n:rubygems_api_key: «rubygems_5b126278a670cc9a480fb2506de2c1ef96079c7c8aeb5b83»", "GEM_HOST_API_KEY=«rubygems_306f5d4f40e2639653e8ce18c1b5a4fa785f49632945b607» gem push acme-1.2.0.gem"],
        negatives: &["rubygems_4bad379f8207e56565e40ca9b7652a61af8d70b3", "rubygems_6bf7a6ad93b11c0c98099b8982c898be02fa71000ef07f1f0", "rubygems_api_key: rubygems_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "nuget-api-key",
        title: "NuGet API key",
        about: "Pushes packages to nuget.org for the owner; `oy2` + 43 lower-case characters.",
        label: "NUGET_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["oy2"]),
        pattern: r"oy2[a-z0-9]{43}",
        max_len: 46,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(3),
        positives: &[
            "dotnet nuget push Acme.Core.2.1.0.nupkg --api-key «oy24bqbpiyosdqdomo7x6etyzcndywq3nge6tzaxa8uzkb» --source https://api.nuget.org/v3/index.json",
            "NUGET_API_KEY=«oy2e6kcotamsv1pi71nrls383y61xbf2zxin4mdtzwt3oi»",
        ],
        negatives: &["toy2 shop", "oy2cb897ffecc20739f57dfc15003817254", "OY2STA5F1RE0DSEU47QAN7LW0EGXHGUOSNEAAISEVUQ7SW", "oy2pap4yoiabf0sw1t5xjxt1f5nkd9qjp76endzmz4e87dz"],
        ..Rule::SECRET
    },
    Rule {
        id: "docker-hub-pat",
        title: "Docker Hub personal access token",
        about: "Pushes and pulls the user's Docker Hub images; `dckr_pat_` + 27 characters.",
        label: "DOCKER_HUB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dckr_pat_"]),
        pattern: r"dckr_pat_[A-Za-z0-9_-]{27}",
        max_len: 36,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(9),
        positives: &["echo «dckr_pat_2-2_VmHwDROCuFZt62pzAziFrti» | docker login -u jdoe --password-stdin", "DOCKERHUB_TOKEN=«dckr_pat_U13mrhFvo1tzax4v3Z3egkQ8rP0»"],
        negatives: &["dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat_y0oBU_pb8JDG3P4wp0zEUAuCn", "dckr_pat_fRg4pIb2lVIDWWH0w0T6yz0MxvYZ", "DOCKERHUB_TOKEN=dckr_pat_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "docker-config-auth",
        title: "Docker registry credentials (config.json)",
        about: "The `auth` of a registry in `~/.docker/config.json` is base64 `user:password`; decoded and reported inside a registry config.",
        label: "DOCKER_AUTH",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["\"auth\""]),
        pattern: r#""auth"\s*:\s*"([A-Za-z0-9+/]{8,400}={0,2})""#,
        value_group: 1,
        max_len: 420,
        validate: Some(docker_config_auth),
        context: &["auths", "docker", "registry", "azurecr.io", "ghcr.io", "gcr.io", "credsstore"],
        context_window: 400,
        mask: Mask::All,
        positives: &[
            r#"{"auths": {"https://index.docker.io/v1/": {"auth": "«end5bndmYTpWNnY1OHRNd09VaExOQUxJ»"}}, "credsStore": ""}"#,
            "my ~/.docker/config.json:\n{\n  \"auths\": {\n    \"acme.azurecr.io\": {\n      \"auth\": \"«emN2cWp1aDpjMFYwaTBkMVR4bHVib2dv»\"\n    }\n  }\n}",
        ],
        negatives: &[
            // Outside a registry config.
            r#"{"user": "svc", "auth": "aHludWt6azpNRkFvVkJPemp2U0RGeDd5"}"#,
            r#"{"auths": {"ghcr.io": {"auth": "OHpIeVV1ZHJtMGdhV25vQ0tt"}}}"#,
            r#"{"auths": {"ghcr.io": {"auth": ""}}}"#,
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "terraform-cloud-token",
        title: "Terraform Cloud / HCP Terraform API token",
        about: "Runs plans and applies, and reads state (with its secrets), on Terraform Cloud; `<14>.atlasv1.<60–70>`.",
        label: "TERRAFORM_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &[".atlasv1."], before: 16, after: 80 },
        pattern: r"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})",
        value_group: 1,
        max_len: 100,
        min_entropy: 4.0,
        mask: Mask::All,
        positives: &[
            r#"{"credentials": {"app.terraform.io": {"token": "«1kuqumZ6N52Bs5.atlasv1.un8DqimMQYkJAYSlOQPMhNwwQSMd5Oz7gitJo8L4efGDCuaPwOs4NrEMF5TdYNHP92c»"}}}"#,
            "TF_TOKEN_app_terraform_io=«oum636ZS2GKWhX.atlasv1.kbXaC99gx6cxr5i9OKyDuvhfTQCLWu9bQREAcnuDh2oIbsCZIjQXrhKjEw0uqsEiYdc»",
        ],
        negatives: &[
            "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TF_TOKEN=KlkmOTSnrX0pcz.atlasv1.7P2MVUgxz97zzZzkL1Sz8nEE7FRGIp8jtU0yBmVlElRUMYl",
            "tokens contain .atlasv1. in the middle",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "vault-service-token",
        title: "HashiCorp Vault service token",
        about: "Reads the secrets its policies allow from Vault; `hvs.`/`hvr.` + 24 characters, or the long form whose base64 body embeds the short token (decoded).",
        label: "VAULT_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["hvs.", "hvr."]),
        pattern: r"hv[sr]\.(?:[A-Za-z0-9_-]{90,120}|[A-Za-z0-9]{24})",
        max_len: 124,
        min_entropy: 3.5,
        validate: Some(vault_service_token),
        mask: Mask::KeepPrefix(4),
        positives: &["export VAULT_TOKEN=«hvs.CAESIOz3oYWIy9DB7Hxor-X9-xUb8ouKyJM74tcOChxFjV2-Gh4KHGh2cy5Ub3pZdlA0S3ozT0JZZTR0U1B3ZExWdWo»", "vault login «hvs.AiKqk7pfyJT6ie2Pbf0msvGr»", "curl -H \"X-Vault-Token: «hvs.CAESIESDFLUaYrDjkmiXICO7P3CefhlOKEMCsGw-aMUYoXSXGh4KHGh2cy5FRURNTU1DODAwRXZXclBNNUZDQ2NiUEg»\" https://vault.internal:8200/v1/secret/data/app"],
        negatives: &["VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=hvs.8TCePZUFaRuAM1JDIn075", "VAULT_TOKEN=hvs.l3SM9sAD2SXFFOUJkDjaoEATAVOYOaCKnVGq69QgsgTE3lu2mMuWgp1jwGUCvSZOOcgDq0GaadmN2m17K1x3naFGkP2WNzON", "hvs. is the service token prefix"],
        ..Rule::SECRET
    },
    Rule {
        id: "vault-batch-token",
        title: "HashiCorp Vault batch token",
        about: "A short-lived, non-renewable Vault token with its policies encrypted inside; `hvb.` + 138 or more characters.",
        label: "VAULT_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["hvb."]),
        pattern: r"hvb\.[A-Za-z0-9_-]{138,300}",
        max_len: 304,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: &["VAULT_TOKEN=«hvb.AAAAAQJP3mk-9pEokTW8raMvMZd0wfn8cz_uNQEswnVVI1FHYU0p6Sp-5O_ZYZgeMfIrWvFQnSU5y8JPe03CarlgB9_lUMKEX257af0ZvtfTpjhplLmwvd_1TX3xwEWm72-q1kgDoFvkAHRvGb9wF-umLEAr»", "X-Vault-Token: «hvb.AAAAAQGtEL-yC3mAhsKSjF9ADj_EYCALNMqXPu0pom6Nn0ChgYRujBLS6X2wWqKMpXSitfM8Tbj2myLTCj8tbxAxetN6u5BZt9NBh2N_TIHWzHGiy8eSxZijgubyxX_Zi4-ueW8Qcjn03x0e7Ef-kjyzlg6j»"],
        negatives: &["VAULT_TOKEN=hvb.AAAAAQ...", "VAULT_TOKEN=hvb.AAAAAQeFtgemEcHxZzG6olCc_6-pYj8JVWgrW3dG2UimlBgbxkd-voK1Wta8BfwyYE4LabbM0XFX", "hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    Rule {
        id: "vault-legacy-token",
        title: "HashiCorp Vault token (legacy)",
        about: "A pre-1.10 Vault service token, `s.` + 24 characters; looked for after `VAULT_TOKEN`, `X-Vault-Token` or `vault login`.",
        label: "VAULT_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["vault_token", "x-vault-token", "vault login"], before: 0, after: 80 },
        pattern: r#"(?:(?i:vault_token|x-vault-token)["']?\s*[:=]\s*["']?|(?i:vault\s+login)\s+(?:-[!-~]+\s+)*)\b(s\.[A-Za-z0-9]{24})\b"#,
        value_group: 1,
        max_len: 120,
        min_entropy: 3.5,
        validate: Some(mixed_alnum),
        mask: Mask::KeepPrefix(2),
        positives: &["export VAULT_TOKEN=«s.AfqsZJFXTqQDRqv5yEwEHyd1»", "vault login -method=token «s.oY5pRe67qrOtFn5aJ3pXGdCm»"],
        negatives: &["VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=s.OG26aaxTWoV9iSO3cDi2r57", "it's.abcdefghijklmnopqrstuvwx in a sentence"],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-personal-token",
        title: "Doppler personal token",
        about: "Acts as the Doppler user on every project they can reach; `dp.pt.` + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.pt."]),
        pattern: r"dp\.pt\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: &["doppler configure set token «dp.pt.Kz9EdBZS5sNR5VqsTGl6vEoRInwJBALhUL7u8tTBqrj»", "DOPPLER_TOKEN=«dp.pt.OyI6dE9c8VizDyzIhDzH4ouQrgj97FjTfpgTy58LA11»"],
        negatives: &["DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.pt.PZhepnttffK70GsngRmkTmGr9iLAI053tO3xvr", "dp.pt. tokens are personal"],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-service-token",
        title: "Doppler service token",
        about: "Reads one Doppler config's secrets; `dp.st.` (+ config name) + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.st."]),
        pattern: r"dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}",
        max_len: 86,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: &["docker run -e DOPPLER_TOKEN=«dp.st.prd.3jJUjV8dyz8QHqhuoetkGsS1Gqs6w1Gm0PHfA1dtu8O» acme/api", "DOPPLER_TOKEN=«dp.st.prd.o76OzKZFeSBwCNQzw4edUZFuJ5ceg3Ek8Aj0cFywjVx»"],
        negatives: &["DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.st.prd.diyHiE6dQAX2DpRVdFmhvdAkc7PQ29XjcBs57", "dp.st. tokens"],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-service-account-token",
        title: "Doppler service account token",
        about: "Acts as a Doppler service account with its workplace role; `dp.sa.` + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.sa."]),
        pattern: r"dp\.sa\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: &["DOPPLER_TOKEN=«dp.sa.dB4v3Cqd5kp6mi19KysfDEppTOXlcVzdewa1sO27fCY»", "Authorization: Bearer «dp.sa.pokNLfu40yZcJIcESEYN3hCs3agQLQyiBMOK3lOJecB»"],
        negatives: &["dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.sa.NSk3SaqaACKRcYMlcbP7rsuEQ68On5URl6wYRKD", "dp.sa.wpIbk7ZX02z1uh7EtdzF99BxAH7gKx3P2zRb1JT4sAWabc"],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-cli-token",
        title: "Doppler CLI token",
        about: "The token `doppler login` stores; acts as the user. `dp.ct.` + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.ct."]),
        pattern: r"dp\.ct\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: &["scoped:\n  /:\n    token: «dp.ct.oH4fZPfIfvHkNmVzOHShfhRn3g7WPPvuTzR5k5daR5l»\n    api-host: https://api.doppler.com", "DOPPLER_TOKEN=«dp.ct.2t6gGsIz0gYYqhXcWD1m8j8mzaYas8vdMbIQkFO10iD»"],
        negatives: &["dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.ct.7TaVBvt9kJdhRFxebcAMiCRmRenUonTUoxrvakY", "token: dp.ct...."],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-scim-token",
        title: "Doppler SCIM token",
        about: "Provisions users and groups into a Doppler workplace; `dp.scim.` + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.scim."]),
        pattern: r"dp\.scim\.[A-Za-z0-9]{40,44}",
        max_len: 52,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(8),
        positives: &["Okta provisioning: SCIM base URL https://api.doppler.com/scim/v2, token «dp.scim.DSjcrZhBK9XrgPhmY5IdOXUKnT6pLKBoFMubrFGz4X3»", "DOPPLER_SCIM_TOKEN=«dp.scim.j3E1MDihyAxFcrR0nqTSEY6XJmxMwKDfjiTFzEOPCoV»"],
        negatives: &["dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.scim.NdJdmfzA0GT2u9Tmfd5INpaP5jU6tRobWwQlvOK", "the dp.scim. prefix"],
        ..Rule::SECRET
    },
    Rule {
        id: "doppler-audit-token",
        title: "Doppler audit token",
        about: "Reads a Doppler workplace's audit log; `dp.audit.` + 40–44 characters.",
        label: "DOPPLER_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["dp.audit."]),
        pattern: r"dp\.audit\.[A-Za-z0-9]{40,44}",
        max_len: 53,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(9),
        positives: &["DOPPLER_AUDIT_TOKEN=«dp.audit.7uuNfsmOz1iSOq2HjlcHsPcycR3cIfdJ79zwgJ3g5Nc»", "curl -H 'Authorization: Bearer «dp.audit.40VJDkA8tEL6lG9TWTEnvFKq4TFrFVmyT6YfbqvfDuH»' https://api.doppler.com/v3/workplace/logs"],
        negatives: &["dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.audit.ykEdfmfzjmo853johwx0XKarK8BZdthrfy8poNn", "see dp.audit. tokens"],
        ..Rule::SECRET
    },
    Rule {
        id: "onepassword-service-account-token",
        title: "1Password service account token",
        about: "Reads the 1Password vaults granted to a service account; `ops_` + base64 JSON with the account's sign-in details, decoded.",
        label: "ONEPASSWORD_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ops_eyJ"]),
        pattern: r"ops_eyJ[A-Za-z0-9+/_-]{200,6000}={0,2}",
        max_len: 6010,
        validate: Some(onepassword_service_account),
        mask: Mask::KeepPrefix(4),
        positives: &["export OP_SERVICE_ACCOUNT_TOKEN=«ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6InVrQlQtdUFSaDZLUWRHS0dnS2QwWHUifSwiZW1haWwiOiIyM29mZ2dydm1yMGhuQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiNzc4ZDkwYzI0ZjA1ODdlODViNGE1ZWY4NzU2YjE4ZDZiZTM0M2RjMzE5MTIxMGE2ZTFjZDU1NzYyM2RlYTgxZCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoic0VYeklxaTFfRkNSYlpsYWYyM2RKV2VuRldlTllfT2J4aEFnQUVPMFNYQyIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtS0JBQ1I5LVdRVVlaOS00R1dUQiIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiIzZTRjOTY2OWU3YjBhYTMxNWE3NTA2MTA3OTFlOTA3MGU2NjlhODhkNzJmYmM3NjZmOGY3YjhlZmEzNDQyYjMzIiwidXVpZCI6IlFTNkk4RUdUS0oyVjQ4UVQ3Qzk1Q1VOVFlJIn0sImRldmljZVV1aWQiOiJoanhycmc3dnM5enpoZ2ZsZnhxcm1qZm12bSJ9»", "env:\n  OP_SERVICE_ACCOUNT_TOKEN: «ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IngzNWZKalNtM3VwNVFQcEdRUU9rUTkifSwiZW1haWwiOiJxMW5zcjlvcWw3cmwwQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiYjhhYWQxMWI0MDU4OTJkODBlODJjYWI0ZGRlZThmYzk1ZTYyZmJmYWUyMjhhODczNDQ4ZjA3OWU2ZmIwNjQ2NiIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoib3dMaHk0Mk00T090M1BPbm5pUzZqcnlsTWdDUndvaElLSmFIVERZWTMwMSIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtU1NCNU9ZLVpLVTZWQi1MTk84TiIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiJkNGE4NDU0YTkzNzgyNGRlZmU1Y2VjZWFiMzZiZDMwOTI5YTc4YWFmYzY5NDQ1NTE2MmRkMzEzMmZjYzZlZTk4IiwidXVpZCI6IjgyQ0wyN05BRjFQUVY2UVMwWEpMNVBNU1EyIn0sImRldmljZVV1aWQiOiJtamZobXJlOWRkbTdhNXNhdGt3OTJmeTNieiJ9»"],
        negatives: &["OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJraW5kIjogInJlcG9ydCIsICJyb3dzIjogWyJPR1NxRU1JcHBqSnhsU0JwZ0xLbiIsICJwVm1oc3ZERWNWSkxXdW16aXlSQiIsICJtODVqTnRLZXVVUUhMMVdGWlB3SyIsICJTNjhaaXltcEhIS2doOTViN2hCZiIsICJZOFk4dW16UW0ySGtrYng0ZDhpRCIsICJPcmpBa1NzMWVUWVlpaVRZYm1WdSIsICIxZ05zZkRwVW9aMEgwOThvY0pCaCIsICJaNENqZnB6ZXBZRjkyM2RSWE9JNSIsICIyYk1oRVlQNzRhbzNUS094VkMySiIsICJUQkgyeUxGWk03UGN0MHdrVUluWSIsICJrM1V5NjZHYVJwbDI2NENnUHdpNCIsICJwMTdKUTlqelpubDUzSXlSNnptNyJdfQ", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1"],
        ..Rule::SECRET
    },
    Rule {
        id: "onepassword-secret-key",
        title: "1Password Secret Key",
        about: "With the account password it decrypts a 1Password account; `A3-` + six groups of letters and digits.",
        label: "ONEPASSWORD_SECRET_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["A3-"]),
        pattern: r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
        max_len: 40,
        min_entropy: 3.5,
        validate: Some(upper_alnum),
        mask: Mask::KeepPrefix(3),
        positives: &[
            "I lost my emergency kit, the secret key was «A3-G6EQ7L-QBQE9B-H3MZJ-Z38ZV-VEF42-QFM8G», can support recover the vault?",
            "OP_SECRET_KEY=«A3-PF2SBH-DG7F8M-CETKG-SGALP-VJ5KD-JXQK6»",
        ],
        negatives: &["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", "printed on A3-size paper", "A3-CBMRNG-XZPTXX-EV33Q-Y32N4-JFT4E"],
        ..Rule::SECRET
    },
    Rule {
        id: "circleci-personal-token",
        title: "CircleCI personal API token",
        about: "Acts as the CircleCI user on every project they follow; `CCIPAT_` + 22 characters + `_` + 40 hex.",
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CCIPAT_"]),
        pattern: r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}",
        max_len: 70,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: &["curl -H \"Circle-Token: «CCIPAT_0LFM1ONC15aEPbvhfn0CVp_e13d8df271055f756a601b833e3724195916618c»\" https://circleci.com/api/v2/me", "CIRCLECI_CLI_TOKEN=«CCIPAT_DxdWKjPbVI7wdUAJE7S5of_074182bf6af012b1cecd53be3ef269c35e25bff8»"],
        negatives: &["CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_9fb8ffcdb38a8bcd5d971c66906834d1dd6c967e", "CCIPAT_R6KJntqJdFWOUDIeE63ajJ_15de21ab291b79e3b0265ac76dab81f222dd1f", "CIRCLECI_CLI_TOKEN=CCIPAT_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "circleci-project-token",
        title: "CircleCI project API token",
        about: "Acts on one CircleCI project (trigger pipelines, read artifacts); `CCIPRJ_` + 22 characters + `_` + 40 hex.",
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CCIPRJ_"]),
        pattern: r"CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}",
        max_len: 70,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: &["CIRCLE_PROJECT_TOKEN=«CCIPRJ_SZDuCDakEL53AvA7ih3m44_f326aa7f707147b5b005ec7932d167bb87dd8df7»", "curl -u «CCIPRJ_wB1CQ8VowV9y8fwNCMYpWs_5fab8028e08aeb6ab294c6a8b0e7fe5d11348f42»: https://circleci.com/api/v2/project/gh/acme/api/pipeline"],
        negatives: &["CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_121a8246c47caf5f21783b9c102201347fc662f4", "CCIPRJ_a7ZDMu6DiMdhvJu2galErK_4c27ce3adff694ca7097f8ada9b3b553bbaf7cb", "CCIPRJ_DX9Ir7y6XaUBKuEBbkIF7V_91d6ed6707f11568a2ca3d9afeb67aaf5feca6b09"],
        ..Rule::SECRET
    },
    Rule {
        id: "circleci-legacy-token",
        title: "CircleCI API token (legacy)",
        about: "An older CircleCI token, 40 hex characters; looked for after a CircleCI token variable or `Circle-Token:` header.",
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["circle"], before: 4, after: 100 },
        pattern: r#"(?:(?i:circle[_-]?(?:ci[_-]?)?(?:cli[_-]?)?(?:api[_-]?)?token)["']?\s*[:=]\s*["']?)([a-f0-9]{40})\b"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &["CIRCLECI_TOKEN=«4ae1f9797fb23e8520740e108096ec8259704a8b»", "curl -H \"Circle-Token: «5294ed59af9e9719eb78fad7be22491fa836a180»\" https://circleci.com/api/v2/me"],
        negatives: &["CIRCLE_SHA1=6e2e80003a50bb43bedf907314ecf9a27b4c65cc", "CIRCLECI_TOKEN=83f955980226433016b7c43bb733c862", "CIRCLECI_TOKEN=${{ secrets.CIRCLECI_TOKEN }}"],
        ..Rule::SECRET
    },
    Rule {
        id: "travis-ci-token",
        title: "Travis CI API token",
        about: "Acts as the Travis CI user (settings, env vars, builds); 22 characters after a Travis token variable, `travis login --token` or a Travis API call.",
        label: "TRAVIS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["travis"], before: 200, after: 200 },
        pattern: r#"(?:(?i:travis[a-z_ -]{0,20}(?:token|key))["']?\s*[:=]\s*["']?|(?i:travis)\s+login\s+--(?:github-)?token[ =]|Authorization:\s*token\s+)([A-Za-z0-9_-]{22,40})"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.5,
        validate: Some(travis_token),
        mask: Mask::All,
        positives: &[
            "TRAVIS_API_TOKEN=«heod99HzcSpaPUygrsUeEp»",
            "curl -H \"Travis-API-Version: 3\" -H \"Authorization: token «ErezMU8XuoFpa9uywz7CZA»\" https://api.travis-ci.com/repo/acme%2Fapi/requests",
        ],
        negatives: &["TRAVIS_API_TOKEN=$TRAVIS_TOKEN", "TRAVIS_API_TOKEN=Ia9wBLT_Be5E1EC2JF0lx", "travis build 482913 took 4 minutes"],
        ..Rule::SECRET
    },
    Rule {
        id: "jenkins-api-token",
        title: "Jenkins API token",
        about: "Acts as the Jenkins user (trigger jobs, read credentials it may); `11` + 32 hex after a Jenkins token variable or `curl -u user:`.",
        label: "JENKINS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["jenkins"], before: 120, after: 160 },
        pattern: r#"(?:(?i:jenkins[a-z_ -]{0,20}(?:token|api[_ -]?key|password|pass))["']?\s*[:=]\s*["']?|(?:-u|--user)\s+["']?[A-Za-z0-9._@-]{1,64}:)(11[0-9a-f]{32})\b"#,
        value_group: 1,
        max_len: 200,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &[
            "curl -X POST -u deploy-bot:«11532e7479740b192c271a359b196a1cc4» https://jenkins.acme.io/job/payments/buildWithParameters",
            "JENKINS_URL=https://ci.acme.io\nJENKINS_API_TOKEN=«11bc6c8d7a075028ec3bc1be8d0d9ce1fe»",
        ],
        negatives: &[
            "JENKINS_API_TOKEN=32d3942cf2307c648581d6229988a33a",
            "jenkins job 11 failed at commit 75a44541e6512a4c0cdafefd31807482fa713d29",
            "JENKINS_API_TOKEN=117ed0a91009c3bdf9497affb69b98649",
        ],
        ..Rule::SECRET
    },
    Rule {
        id: "jfrog-api-key",
        title: "JFrog Artifactory API key",
        about: "A (deprecated) Artifactory API key acting as the user; `AKCp` + 69 base58 characters.",
        label: "JFROG_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AKCp"]),
        pattern: r"AKCp[A-Za-z0-9]{69}",
        max_len: 73,
        min_entropy: 4.0,
        validate: Some(jfrog_api_key),
        mask: Mask::KeepPrefix(4),
        positives: &[
            "curl -H \"X-JFrog-Art-Api: «AKCpi7QzJmzFCfraftzXdQWdsz97KhiU38eQzngMACfnUkx3WvAtCZVD3ZtedEcUuiktchhii»\" https://acme.jfrog.io/artifactory/api/repositories",
            "ARTIFACTORY_API_KEY=«AKCpe1bTbrmBvvc9fWuEN8B9gZga881JY7Z6uTvHcx5ZzWJnmpGw9NZbT7gA7cswqKuSw7VZw»",
        ],
        negatives: &["AKCp0O0O0OLSOt7r1supRQk4tVKSpleYAkOLnTleYYDHQg28lCVnQHZWZYuUzlZqjLVT1LN65", "AKCp7CPTDvX4odTGN1VsckDXDmstD5Y9cm5ujbTz5cHvyRzKFdP3E3wbSfuNMb9p3x6YAXB", "AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    Rule {
        id: "jfrog-reference-token",
        title: "JFrog reference (access) token",
        about: "A JFrog Platform access token in reference form: base64 of `reftkn:01:<expiry>:<random>`, decoded.",
        label: "JFROG_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["cmVmdGtuO"]),
        pattern: r"cmVmdGtuO[A-Za-z0-9+/_-]{55}",
        max_len: 64,
        validate: Some(jfrog_reference_token),
        mask: Mask::KeepPrefix(9),
        positives: &[
            "curl -H \"Authorization: Bearer «cmVmdGtuOjAxOjIwMTA5NjM1MDU6ODFid01oWEJWQ1pxaTljSFNrWlB4RUc1OEs0»\" https://acme.jfrog.io/artifactory/api/system/ping",
            "JFROG_ACCESS_TOKEN=«cmVmdGtuOjAxOjE3MzIxNzYxMjA6cEVub2Rid2VjM1ZCc1JEcnBPblpCVk1DbFRM»",
        ],
        negatives: &["JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOm5ldmVyZXhwOnRSeE5hRWxWNmlSRTNVMG9rZG1vTnYzVkJR", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE5MjcxOTI1NTA6dElwNnZ6c0w5aW1MbU5rdmdwMlB6V1lwQ", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3..."],
        ..Rule::SECRET
    },
    Rule {
        id: "sonarqube-user-token",
        title: "SonarQube user token",
        about: "Acts as the SonarQube/SonarCloud user (analysis, administration it is allowed); `squ_` + 40 hex.",
        label: "SONAR_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["squ_"]),
        pattern: r"squ_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: &["sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=«squ_2ea0214c20c6cddd1b22a3870e862242432865d9»", "SONAR_TOKEN=«squ_b8d1fa4cd4704e9843d9ae1c8805e580a5739658»"],
        negatives: &["squ_20e7521032407eb93cd758f2161d5459", "squ_c6b4ff4d00ab7d7caad174359c3e1cce46287c21a", "SONAR_TOKEN=squ_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "sonarqube-project-token",
        title: "SonarQube project analysis token",
        about: "Runs analyses of one SonarQube project; `sqp_` + 40 hex.",
        label: "SONAR_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sqp_"]),
        pattern: r"sqp_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: &["mvn sonar:sonar -Dsonar.token=«sqp_90cd051c78c6197faf45aebc015a3c6d0a788d77»", "SONAR_TOKEN=«sqp_cc09123f69ac5d1782d3ed6acea94ebdafb222cf»"],
        negatives: &["sqp_43536950b35801887d1fb2962fb9ac6a", "sqp_315760c5e67779cdfa016cf27ec2b81571aa1274b", "sqp_0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    Rule {
        id: "sonarqube-global-token",
        title: "SonarQube global analysis token",
        about: "Runs analyses of every project on a SonarQube server; `sqa_` + 40 hex.",
        label: "SONAR_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sqa_"]),
        pattern: r"sqa_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: &["SONAR_TOKEN=«sqa_1eb653b99e5f6765d086c267fbb772d6d502dd4f»", "gradle sonar -Dsonar.token=«sqa_b3890492b16fa03e923ae73fd458901c79873d0b»"],
        negatives: &["sqa_467c9f5b2e7e53cd2338d34b65326a7f", "sqa_55eaef0e2eb9328294b483f4347e6b9ac1085be3c", "sqa_ffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    Rule {
        id: "snyk-api-token",
        title: "Snyk API token",
        about: "Acts as the Snyk user or service account; a UUID after `SNYK_TOKEN`, `snyk auth` or `snyk config set api=`.",
        label: "SNYK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["snyk"], before: 4, after: 100 },
        pattern: r#"(?:(?i:snyk[_ -]?(?:api[_ -]?)?(?:token|key))["']?\s*[:=]\s*["']?|(?i:snyk)\s+auth\s+|(?i:snyk)\s+config\s+set\s+api=)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &["SNYK_TOKEN=«70ad4ddf-a34d-4c76-9d2d-fbdb758e1a96»", "snyk auth «8ad0b692-383a-4085-a660-c523d7104ea6»"],
        negatives: &["snyk test --org=ad3ea813-6a14-4ee1-aacf-64c7b8298a95", "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}", "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"],
        ..Rule::SECRET
    },
    Rule {
        id: "codecov-token",
        title: "Codecov upload token",
        about: "Uploads coverage reports for a repository (and, for global tokens, an organisation); a UUID after a Codecov token variable or key.",
        label: "CODECOV_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["codecov"], before: 4, after: 100 },
        pattern: r#"(?:(?i:codecov[_ -]?(?:upload[_ -]?)?token)["']?\s*[:=]\s*["']?|(?i:codecov):\s+token:\s*["']?|(?i:codecov)[ -~]{0,60}?\s-t\s+)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 160,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: &["CODECOV_TOKEN=«ede419b8-ad91-49f3-b1f8-76569105cc50»", "# codecov.yml\ncodecov:\n  token: «bb94cded-4965-4277-a08d-c8f5af10ec36»"],
        negatives: &["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov report for commit 3dc314c6-75ee-4118-a8b4-367340239076", "CODECOV_TOKEN=362cf2e6-6341-4369-bef2-d582b8b96b"],
        ..Rule::SECRET
    },
    Rule {
        id: "pulumi-access-token",
        title: "Pulumi access token",
        about: "Acts on Pulumi Cloud stacks (state and their secrets); `pul-` + 40 hex.",
        label: "PULUMI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pul-"]),
        pattern: r"pul-[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: &["PULUMI_ACCESS_TOKEN=«pul-87151f353ae409c78099ae86823fa770eaa41494» pulumi up --stack prod", "pulumi login --cloud-url https://api.pulumi.com # token «pul-a9e904fdd11d91e3614c0cd467a90973f5053315»"],
        negatives: &["pul-fd9cf4b79dd08ce3657f076be3ab43c6", "pul-765a7039a0536ef0627e3c13a98d20fecb5830e5d", "a pul-up bar"],
        ..Rule::SECRET
    },
    Rule {
        id: "buildkite-api-token",
        title: "Buildkite API access token",
        about: "Acts on a Buildkite organisation's pipelines and builds as the user; `bkua_` + 40 hex.",
        label: "BUILDKITE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["bkua_"]),
        pattern: r"bkua_[a-f0-9]{40}",
        max_len: 45,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: &["curl -H \"Authorization: Bearer «bkua_0ca58e37d4b1a72ebb93ba26bf5c17434f44e147»\" https://api.buildkite.com/v2/organizations/acme/builds", "BUILDKITE_API_TOKEN=«bkua_420337f35f9befe158646dfa2f9d276b193177ad»"],
        negatives: &["bkua_test", "bkua_abd1e924be27d48cc68fd108989685d4", "bkua_966f45ea90249b1a3a3bdf8aea1a062bc860c24fe"],
        ..Rule::SECRET
    },
    Rule {
        id: "octopus-deploy-api-key",
        title: "Octopus Deploy API key",
        about: "Deploys releases and reads variables as the Octopus user; `API-` + 26 upper-case letters and digits.",
        label: "OCTOPUS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["API-"]),
        pattern: r"API-[A-Z0-9]{26}",
        max_len: 30,
        min_entropy: 3.5,
        validate: Some(upper_alnum),
        mask: Mask::KeepPrefix(4),
        positives: &[
            "octo push --package Acme.Web.1.4.2.zip --server https://deploy.acme.io --apiKey «API-CHYM5NXSNAZT9FR6Q6C83ITHO2»",
            "OCTOPUS_API_KEY=«API-DB0QHH7U1N8BHOS2DEMGEYHJ6L»",
        ],
        negatives: &["API-GATEWAYPRODUCTIONREGIONEU", "API-XXXXXXXXXXXXXXXXXXXXXXXXXX", "API-QAA7BDDYXZJ82QGAAIPI69SAN", "REST API-based integration"],
        ..Rule::SECRET
    },
    Rule {
        id: "harness-token",
        title: "Harness personal or service account token",
        about: "Acts on a Harness account as the user (`pat.`) or service account (`sat.`); three dot-separated parts.",
        label: "HARNESS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pat.", "sat."]),
        pattern: r"[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}",
        max_len: 73,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: &[
            "curl -H 'x-api-key: «pat.HT0npvJHYlpRsT-ailOc2X.0772c66f5f43de21d7ec7acd.gNPDQkLaKUj6MKqbSoqY»' https://app.harness.io/gateway/ng/api/user/currentUser",
            "HARNESS_API_KEY=«sat.Xk3uEcz0KWUMDn1knX9rd6.21ad17ea596b9b6f96076219.F8dqTo623Wqfvp79OLUz»",
        ],
        negatives: &["a pat. on the back", "pat.Nbl4NMjEW7q2gH5EXcwp3T.901b3049c482ce8b85e1.q9mDUaEqPfINt8JrsBYb", "HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    Rule {
        id: "clojars-deploy-token",
        title: "Clojars deploy token",
        about: "Deploys artifacts to Clojars as the user; `CLOJARS_` + 60 lower-case characters.",
        label: "CLOJARS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CLOJARS_"]),
        pattern: r"CLOJARS_[a-z0-9]{60}",
        max_len: 68,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(8),
        positives: &[
            ":deploy-repositories [[\"clojars\" {:username \"jdoe\" :password \"«CLOJARS_3mr9s6vm0c9hib2nxzqwqzpwkry0vwwtd1yr7yskui39zad2x4u3o224tspm»\"}]]",
            "CLOJARS_PASSWORD=«CLOJARS_a1cnw7hvwqivgyaqiu3z3li0kqnssrmy2xtseizrli790glyc7r7awa3sw8g»",
        ],
        negatives: &["CLOJARS_USERNAME=jdoe", "CLOJARS_e559r1fmm51owidylm3hyrbugpc46xankfgc7uvscan22uh3nadwilhr0t", "CLOJARS_PASSWORD=CLOJARS_..."],
        ..Rule::SECRET
    },
    Rule {
        id: "cratesio-api-token",
        title: "crates.io API token",
        about: "Publishes and yanks crates as the crates.io user; `cio` + 32 characters.",
        label: "CRATES_IO_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["cio"]),
        pattern: r"cio[A-Za-z0-9]{32}",
        max_len: 35,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::KeepPrefix(3),
        positives: &["cargo login «cioLRt3XwMPfyBUHZdp2GSaERgUadknUKay»", "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"«cioELkbegopbrgCbrcd43sqMN9A0byTykb0»\""],
        negatives: &["a precious gracious conscious ciao", "cioC8QVUcwQAtU1skPxBkpmk6sbYfdmcrh", "ciofJD2ONMcjH21D7KAjyL7dcvAxmjKehrYx", "ciocuhnaygrqxdwtzqvnrmlpwbhoeltsabke"],
        ..Rule::SECRET
    },
];
