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
            "NPM_TOKEN=npm_u3HExKOkRaX6mFkHnG9OahagKeGtqL4OOMjq",
            "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "npm_V7XRm1hhkLIf6kF5NuwKsuGvhKtuF71vZrIYabc",
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
            "//registry.npmjs.org/:_authToken=«0b9a3df6-af0f-4db5-a30e-e0ba27d5d924»",
            "npm config set //registry.npmjs.org/:_authToken «af381c3b-a0d5-4b09-8ee5-622c44ec47ca»",
        ],
        negatives: &[
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
            "//registry.npmjs.org/:_authToken=7567567f-a686-4310-b68a-f8f5c80ddb7",
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
            "registry=https://nexus.acme.local/repository/npm-group/\n_auth=«dm9yZHByOjZqdlA4OW1wNmtnSXFo»\nalways-auth=true",
            "//nexus.acme.local/repository/npm/:_auth=\"«YmlianpjOkFrTVVjUlZFbUlhQUZN»\"",
        ],
        negatives: &["_auth=${NPM_AUTH}", "_auth=VEk2bTRJN1d6aGdORWRnWFlB", "_authToken=ZnhldGJ6Om1XQnNtb3RVdE1aWE1p"],
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
            "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJDU1MjdlMzVlLWUzZDgtYTM3ZS01MDNlLWFlMmIyYzZhZGVkOQACEFsxLFsiaDFkaGNtdGMiXV0AAAYg98iP3cFAAok9iO5o89ZXuCDqHvEw6V5AklhaGTGT6B0»",
            "twine upload -u __token__ -p «pypi-AgEIcHlwaS5vcmcCJGMxYmEwYjg1LTAxZjktMDkxOS00YmIzLTkyZmNmYmRlYjg5OQACEFsxLFsiNDY3dDQ3bmciXV0AAAYgV-vFhveIjz60nmrbmVK1y_UTJMxWgliV-dpMLtyW1Fc» dist/*",
        ],
        negatives: &[
            // Cut short: the signature packet is incomplete.
            "password = pypi-AgEIcHlwaS5vcmcCJDYyMTJlODc0LWNhZTktMDBjMy1mZDdiLTVkNTNlZjE3ODM0NwACJXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6ICJ1c2VyIn0AAAYgnnysauqjqNMOAyybQKOcSTTLO3gSCmPXhEv",
            "password = pypi-AgEIcHlwaS5vcmc...",
            "password = pypi-AgEIcHlwaS5vcmczE6K42b2UOh9XuwTrui5zj9IzR3hjqfBL7xPzJOHb1ZX-Zac3PfxI4_V0ltrXjEbj3gkUtpHT8NA8TUaXYQlSqCQYtNrk6tqvk8GuQRRw4Vl10phzuihq-wWjMd8tPV9Pf6u03nu1G6vV7s3YXl0Lv",
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
            "twine upload --repository testpypi -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkNzRlNjQ3NzctYmVmYi0yODc4LTlmZjgtMDc1NjA1NjBjOTM5AAIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQAABiBR8onWJ5T90f7W9mwug6r-6nuHHQwUh38f2D9TYS-ncA» dist/*",
            "[testpypi]\nusername = __token__\npassword = «pypi-AgENdGVzdC5weXBpLm9yZwIkNTZiZWM0OWUtZTY0MC1kYjVjLWE5MWQtMjAxYmMzYThhZTk4AAIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQAABiCQCGfQE9iwGtm7UXGExZ71t6CT4eEVr2wRRzBbKEJnHA»",
        ],
        negatives: &["password = pypi-AgENdGVzdC5weXBpLm9yZwIkYjQ3ZWIzYzMtYWExMC04YTEzLWQyMjgtZmRkYmNhMjFiNWFmAAIQWzEsWyJwZzFua3U3NyJdXQAABiCpayqj0-WjzQaFKFS9n-74kjDpd2gU30xmlex", "password = pypi-AgENdGVzdC5weXBpLm9yZw...", "password = pypi-AgENdGVzdC5weXBpLm9yZwGUDmSzgboFtdThThJ047QNAkdJh99AQbr4orJx85Sju5iUQFUf6jrs1hzK8j"],
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
        positives: &["---\n:rubygems_api_key: «rubygems_6691f3b3be9b52486bb5fc10591e6246bb1af2c4ead8a949»", "GEM_HOST_API_KEY=«rubygems_e7661b737940a783b46305cfd6f6c26711a9cb494ca25e8c» gem push acme-1.2.0.gem"],
        negatives: &["rubygems_1276e5094109afedb8fe88f57ea555edda07dc26", "rubygems_bc10816aaa455158b28e059d008d4b331cd2ef5370d419710", "rubygems_api_key: rubygems_..."],
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
            "dotnet nuget push Acme.Core.2.1.0.nupkg --api-key «oy2obzkwfu901lqxnilirklpny9j71t527lccyiodj640q» --source https://api.nuget.org/v3/index.json",
            "NUGET_API_KEY=«oy2974jwfiyn5fowvgj026llu5otub34zh6f4jfyds01tx»",
        ],
        negatives: &["toy2 shop", "oy28a33c406d9cca62463ebe3b90762dd9f", "OY24BRZXM86XMFWWUO0OIVMMQV879E5HGGUCFQ4SNLX7KM", "oy2tgyw7ualfzgwm476gek7567s2hfojvankptfsbqc0rsz"],
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
        positives: &["echo «dckr_pat_D_XJBMaWZbBT6tA4vxVeiyiFHOA» | docker login -u jdoe --password-stdin", "DOCKERHUB_TOKEN=«dckr_pat_FbWWLQrHd9Vixcz27iWh5-NycFK»"],
        negatives: &["dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat_XCXIR7SxSIpoaA9u1r_sd7kAn", "dckr_pat_vm4IZ7hJZeTxQq8RCGv9rMyplMtZ", "DOCKERHUB_TOKEN=dckr_pat_..."],
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
            r#"{"auths": {"https://index.docker.io/v1/": {"auth": "«dGZ4cmxnYTpwWFNSVWl3dTFaQWhwc0VY»"}}, "credsStore": ""}"#,
            "my ~/.docker/config.json:\n{\n  \"auths\": {\n    \"acme.azurecr.io\": {\n      \"auth\": \"«aWN1YWhvZjpuWWs4SUpPSTlubDFDWTBq»\"\n    }\n  }\n}",
        ],
        negatives: &[
            // Outside a registry config.
            r#"{"user": "svc", "auth": "YW1ranNseDpvMFMwbmtldTduT2NXNVV2"}"#,
            r#"{"auths": {"ghcr.io": {"auth": "Rk1yQTNvSGI5eE5oVzQ1bjN3"}}}"#,
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
            r#"{"credentials": {"app.terraform.io": {"token": "«Eov0nvBtHgwHKL.atlasv1.c50RGcQ2yJZ7bz71sNJqb58ss4xrt0Treyr0s2J4WVr4ZxDaSe732FJQ19vpdbIbO6I»"}}}"#,
            "TF_TOKEN_app_terraform_io=«PbUDEbp23EdE2E.atlasv1.bqb0pSiyoVMYsdqdomoNH7OxG3et1yWzKNQcTnXKd1YyKwSTqD4ngeGtNza4WxMaIuz»",
        ],
        negatives: &[
            "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TF_TOKEN=YKk8ZSS8beNGkc.atlasv1.oZta6msvBpiXHBROnrlsDI5NXNDyGBxbL2fCzxXin9KEmdt",
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
        positives: &["export VAULT_TOKEN=«hvs.CAESIAeYPRzvT6d7LLPMOmx6gGUJK8QHAKAZRA6gkTqpwsoVGh4KHGh2cy4zckt0NlFvRVIwTkZDeUd5ZTFNTzdaTFA»", "vault login «hvs.1204ljZstaP3FfBr34eAdseX»", "curl -H \"X-Vault-Token: «hvs.CAESIFC81zqSw8jlSKa8N-EQAqoBIkqn1t0RVVBBh9aYS5NbGh4KHGh2cy4ydU1FWE9IcWFuSGx3OUFlVWdNeGhYT2c»\" https://vault.internal:8200/v1/secret/data/app"],
        negatives: &["VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=hvs.1p7a7VpEMyoiab0fAsYwB", "VAULT_TOKEN=hvs.tFx9jYxStBfF9nkXdJqj7TpHGen4Wdzm3SzVEeIHdBNTFQ5TBFxPgSqlKo4JvuokpzjR1DBhmZnmepRijexABKgidp5k0hIA", "hvs. is the service token prefix"],
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
        positives: &["VAULT_TOKEN=«hvb.AAAAAQtzax4v3Z3egkQ8rP0y0oBU_pb8JDG3P4wp0zEUAuCnozfRg4pIb2lVIDWWH0w0T6yz0MxvY2xcRNTp1kMCeqgUwOdDnDD3QQ-1D3YsQ7_VXZWPhJznbAC4yvPGPy3LPA6Hryv0woSTgZmrMCjl74Oa»", "X-Vault-Token: «hvb.AAAAAQSKJ9-hfDOyovca5nUeUJrX7PQpl4Pc80eAP7pCcK5tJos8TOHK9qgewvzAIFeZnUYZZYvYA98_EtMW2yx8xws5csdjOpCYRY2jMTgPt-0knDhfoIU0rGvFlWqickyLQJ99658RI_54fcIknX0qrF4_»"],
        negatives: &["VAULT_TOKEN=hvb.AAAAAQ...", "VAULT_TOKEN=hvb.AAAAAQmNuHb2F0m64j_bP07BHxL07_-v6tbD810a4AGmKn9wPzPnEsS5Qen6GbbgzzVAb-uZJP3m", "hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
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
        positives: &["export VAULT_TOKEN=«s.8FfXx3t8Msp7yYBCDac0Azkj»", "vault login -method=token «s.RcKw0hed9RJPGhfS4sUglkQb»"],
        negatives: &["VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=s.GF1Awy06B9TllQpZy10I7gK", "it's.abcdefghijklmnopqrstuvwx in a sentence"],
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
        positives: &["doppler configure set token «dp.pt.DWKBJFiAZ2fdoh2O8pHYkfnqG1vkq943ZaJOElYp3Fk»", "DOPPLER_TOKEN=«dp.pt.gsQpniqj3HGUpXsFmMO74YYoBg1nGdjLTsJwepEJno3»"],
        negatives: &["DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.pt.O22eL64FpTYIzonIRsttRi8yu9kAhhgGDt3gPX", "dp.pt. tokens are personal"],
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
        positives: &["docker run -e DOPPLER_TOKEN=«dp.st.prd.ZodMdzN0vMOXWOK9ke5n9IswIKDMy1BGlyis8t3hyXw» acme/api", "DOPPLER_TOKEN=«dp.st.prd.ejctEYJ7YNwa20e3VBgmP7Zs8Xw1oPSe6EWWjalSnV4»"],
        negatives: &["DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.st.prd.3lcUjtGDkCSnzjE2tn54d1BStFwrqMyHmPNqq", "dp.st. tokens"],
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
        positives: &["DOPPLER_TOKEN=«dp.sa.KcYMw0MKl2zeOeI7d2kamlyFzeTCFMkcyEUvbe1gAIB»", "Authorization: Bearer «dp.sa.lNA0cDZGpcT8XMFfeKm34m9fdHDeH7c8pP5j6dcHGIg»"],
        negatives: &["dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.sa.GpbYVqVJ2SlzmRqDMW8hH7fMoUKbFNDXQFYXS9h", "dp.sa.Erxydiy3XKU5YBGMYbLRYqBxeOg48fnMdIaJlf8bYSFabc"],
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
        positives: &["scoped:\n  /:\n    token: «dp.ct.Yk1XhLsAyja4STEOPnc6lSmzPpCsaaatAypXRKyqDCU»\n    api-host: https://api.doppler.com", "DOPPLER_TOKEN=«dp.ct.GB7dk0tFNhhoqDfjct0D03arIZ3Ju5F08UrYkEKemL1»"],
        negatives: &["dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.ct.TvA0nsOflO8cwUjBmWaLIAQKt9PVwPkswOqne16", "token: dp.ct...."],
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
        positives: &["Okta provisioning: SCIM base URL https://api.doppler.com/scim/v2, token «dp.scim.XKmYeMXIINg2l8ClMFVNUfWfa5Rdr6oWeja7qm71NRe»", "DOPPLER_SCIM_TOKEN=«dp.scim.6ug82H36bf9TFKjQl5JRTCj479vRYmUqAfqsZJFXTqQ»"],
        negatives: &["dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.scim.DRqv5yEwEHyd1oY5pRe67qrOtFn5aJ3pXGdCmOG", "the dp.scim. prefix"],
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
        positives: &["DOPPLER_AUDIT_TOKEN=«dp.audit.xTWoV9iSO3cDi2r57XKz9EdBZS5sNR5VqsTGl6vEoRI»", "curl -H 'Authorization: Bearer «dp.audit.nwJBALhUL7u8tTBqrjOyI6dE9c8VizDyzIhDzH4ouQr»' https://api.doppler.com/v3/workplace/logs"],
        negatives: &["dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.audit.gj97FjTfpgTy58LA11PZhepnttffK70GsngRmkT", "see dp.audit. tokens"],
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
        positives: &["export OP_SERVICE_ACCOUNT_TOKEN=«ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6InIwTVVRSU1zc2hYWkdvT0RpTXZMR0sifSwiZW1haWwiOiJ3Nm03ZjBkdHVvejVlQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiZGJlY2IyMWZhMTIzZjVkNDFmY2I0YjE0YzRmMWRlNzFmNjNhMWQ1MTQxZDlkMjMxZGFlODE1NzY0YzkyZWY3NyIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoid2VZZ2pUYUxrNEZEdWxQV2VlOThvNExhbVdxMndpZTJ1YkhhMDRld2ZjSSIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtU1U0TkxXLTNLUUlXUC04QktaVSIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiIzZjkxY2ZkYmQzYmMwOWQ3MjIyYTU2YzMyMzYzYWFjNTEwNTkzOWMzODMxZTY0NmMwMDlhMTA1ZjRlMGRhOTUxIiwidXVpZCI6Ikg1WEVCQzBJMk1FTk9OT1hSVkFLSEE3RjNKIn0sImRldmljZVV1aWQiOiJjcmgxcmdobThkbnAxbzV1YnI1NnpqNDNpaCJ9»", "env:\n  OP_SERVICE_ACCOUNT_TOKEN: «ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IlgwVV9mSkFHOHlVVDZrdHJfWTk0Q2cifSwiZW1haWwiOiI5ZG1mejA2dW1mZDhwQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiMDQ5NzBiNWE0MjFhYTI5NmM0ODQ1MTkxYzExMjFjYjMzMWU1ZDlmNWY2YWY4ZjhmNmMyMDhhMmVhYzVmMTI2MiIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiWnR5RHRDb1NVYUkzZ01vSmtYRkNBdkhUdWtCVC11QVJoNktRZEdLR2dLZCIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtMFlLMjNPLUZHR1JWTS1SMEhOUCIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiI3OGQ5MGMyNGYwNTg3ZTg1YjRhNWVmODc1NmIxOGQ2YmUzNDNkYzMxOTEyMTBhNmUxY2Q1NTc2MjNkZWE4MWQ0IiwidXVpZCI6IlBZTVJJRTA1UE9WQVpGQUMxMUI4UllDR1BZIn0sImRldmljZVV1aWQiOiJjdHo1dTc4YWxkN25kbnB1MHd5b2tiYWNyOSJ9»"],
        negatives: &["OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJraW5kIjogInJlcG9ydCIsICJyb3dzIjogWyJ3cXVNWjB5ekpFZ3d0YmhNQzY0aiIsICJ6dE0yWG0wS25zN0NveGExdUt1OCIsICJRM0c5NGdja1Z1VlZwbGI1VlUybiIsICJWVmRiODJIUDhWcFJ0ZFFEc2FwWiIsICJVMklYTGJMVERuUm10dUxxclZBcCIsICJmNEV3eW9TbW40ODVVNkc5TU5aMyIsICJGME9yRTlveHFETzFGNXUxN00yViIsICJnSFdpaWZUd1BWR2dPSmdVWldxcyIsICI0R2lVSVVlZ3Q4TmtqTlBDdkVJcSIsICIxdEgxU2NOUEtKRmN1blk4dDd5OSIsICJVaTVoajV4clJyZ01Idjk3czJKeiIsICJ6OFpoZ0xRZjNRVzNQNGw0TWZ4cSJdfQ", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1"],
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
            "I lost my emergency kit, the secret key was «A3-DKGTS4-EGLPTW-W2ENJ-QAHMK-996KD-7QF95», can support recover the vault?",
            "OP_SECRET_KEY=«A3-LL89R8-5BCGH3-RKLSC-8E6EP-F8ZX6-MBL4C»",
        ],
        negatives: &["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", "printed on A3-size paper", "A3-RPJLVS-HTNDLQ-YZT6E-89JJL-55ZX2"],
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
        positives: &["curl -H \"Circle-Token: «CCIPAT_8Y8umzQm2Hkkbx4d8iDOrj_d5924406a392e7771d3e427c27f103f07bedcf19»\" https://circleci.com/api/v2/me", "CIRCLECI_CLI_TOKEN=«CCIPAT_0wkUInYk3Uy66GaRpl264C_3b474c65cc6022621a020e51a8d225554166a351»"],
        negatives: &["CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_f408630ed15a6075c699406bfa22fceb3c9ff80d", "CCIPAT_BMqt3rrocq70slndZiS8t6_1cd5b228472ecb194ee8af53e40d6b7479bdee", "CIRCLECI_CLI_TOKEN=CCIPAT_..."],
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
        positives: &["CIRCLE_PROJECT_TOKEN=«CCIPRJ_buiHzzeKbCmS8WfyJRCOTD_48d888a15f8e2531884403277cea4ddea5f7b950»", "curl -u «CCIPRJ_rPWv5YZ2RmY73tYVDtQFIW_63fef99d671ca9d15b5534b864a9219cb2b819cf»: https://circleci.com/api/v2/project/gh/acme/api/pipeline"],
        negatives: &["CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_0970afabffbc94ad7c34c685e0ebb1b591bcf825", "CCIPRJ_G48fxsjDjzSlKTsSzpsFcN_16cd20d6ed09fbe5d6acee83b4a9ec11102d2cc", "CCIPRJ_4a0LFM1ONC15aEPbvhfn0C_7e13d8df271055f756a601b833e37241959166189"],
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
        positives: &["CIRCLECI_TOKEN=«ceb140b1df72074182bf6af012b1cecd53be3ef2»", "curl -H \"Circle-Token: «69c35e25bff89fb8ffcdb38a8bcd5d971c669068»\" https://circleci.com/api/v2/me"],
        negatives: &["CIRCLE_SHA1=34d1dd6c967e6981fe2f0415de21ab291b79e3b0", "CIRCLECI_TOKEN=265ac76dab81f222dd1fb4eaee05fdad", "CIRCLECI_TOKEN=${{ secrets.CIRCLECI_TOKEN }}"],
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
            "TRAVIS_API_TOKEN=«rpz9miyOOD-CcCfrCSvScc»",
            "curl -H \"Travis-API-Version: 3\" -H \"Authorization: token «x4WELpj0gBCUVJF31I19DT»\" https://api.travis-ci.com/repo/acme%2Fapi/requests",
        ],
        negatives: &["TRAVIS_API_TOKEN=$TRAVIS_TOKEN", "TRAVIS_API_TOKEN=24CTXlT5FKx_QTHcjI4cJ", "travis build 482913 took 4 minutes"],
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
            "curl -X POST -u deploy-bot:«11eb6ab294c6a8b0e7fe5d11348f42121a» https://jenkins.acme.io/job/payments/buildWithParameters",
            "JENKINS_URL=https://ci.acme.io\nJENKINS_API_TOKEN=«118246c47caf5f21783b9c102201347fc6»",
        ],
        negatives: &[
            "JENKINS_API_TOKEN=62f40eae413aa305f84c27ce3adff694",
            "jenkins job 11 failed at commit ca7097f8ada9b3b553bbaf7cb8e8c0dafd05f91d",
            "JENKINS_API_TOKEN=116ed6707f11568a2ca3d9afeb67aaf5f",
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
            "curl -H \"X-JFrog-Art-Api: «AKCpReyZMDP2ZoAkMW3mYLssqnGLdGnXduaytQ6q7WgHsxoBc6a2G9he1Wsg3u1Hs2LDujWqS»\" https://acme.jfrog.io/artifactory/api/repositories",
            "ARTIFACTORY_API_KEY=«AKCposbtJ5CLG19yMJgQvsCjrZqe5rrKr9yoVUxCbzLNYooLtVoyvKwGp4KmiVfQFemHYyNxU»",
        ],
        negatives: &["AKCp0O0O4GpwVCIfe3KVi03tWcQJE2vrhmIuGcrZSa4SRM112NmCKeWD6YqbMYbbh1vl55bw7", "AKCpYKM5GpPbAxkSDBSZgxRZHs7XLaBCLH1bk56Dy97o7d24DPzFSA7gvQPxF88xjhRjHD6", "AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
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
            "curl -H \"Authorization: Bearer «cmVmdGtuOjAxOjIwMjg1MzE3MjI6T2hiRUVxbUpaSmJQd2hhTjd1SzN4NDhKV0dt»\" https://acme.jfrog.io/artifactory/api/system/ping",
            "JFROG_ACCESS_TOKEN=«cmVmdGtuOjAxOjIwMTg3MzQ4NjY6M1cyZFhMaVFXald4WWNwaFpwUEoxaU5ONk5j»",
        ],
        negatives: &["JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOm5ldmVyZXhwOm1KTkl0NFJUWHhHR09LRXlraHAyUUtoMWFF", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjIwMDMzNjY4NDM6M2tHbWxtS0RvMXpNbnJSYUU2bG5Nc3dGU", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3..."],
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
        positives: &["sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=«squ_e7d77d87d255532e7479740b192c271a359b196a»", "SONAR_TOKEN=«squ_1cc4bc6c8d7a075028ec3bc1be8d0d9ce1fe32d3»"],
        negatives: &["squ_942cf2307c648581d6229988a33a75a4", "squ_4541e6512a4c0cdafefd31807482fa713d297ed0a", "SONAR_TOKEN=squ_..."],
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
        positives: &["mvn sonar:sonar -Dsonar.token=«sqp_a91009c3bdf9497affb69b9864993b875fbe439d»", "SONAR_TOKEN=«sqp_13ba45d1e45e616d0d54e6a3543308f32d82e874»"],
        negatives: &["sqp_ad3439c3e989a759752d5652e35e6ac5", "sqp_84a1462323eb233535bd6f1d7a0e6f662f42d28cb", "sqp_0000000000000000000000000000000000000000"],
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
        positives: &["SONAR_TOKEN=«sqa_97b161caa412f4f520b3de8415bf17f6710b21d9»", "gradle sonar -Dsonar.token=«sqa_e876de59b0f54f75167add97ac94665a37c7ded2»"],
        negatives: &["sqa_ea0214c20c6cddd1b22a3870e8622424", "sqa_32865d9b8d1fa4cd4704e9843d9ae1c8805e580ac", "sqa_ffffffffffffffffffffffffffffffffffffffff"],
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
        positives: &["SNYK_TOKEN=«3b9aae80-c3d9-4cbc-b2a1-8aba2ea7ada6»", "snyk auth «e8fb4968-3690-48ba-8b32-c4171cacb4a3»"],
        negatives: &["snyk test --org=e97c7808-46e4-45a1-a705-aa472d72b251", "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}", "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"],
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
        positives: &["CODECOV_TOKEN=«df856687-b25d-440d-951c-e694b144fd89»", "# codecov.yml\ncodecov:\n  token: «cbe45806-3daa-4448-b2b6-762004707eab»"],
        negatives: &["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov report for commit 2b9ec7a9-9164-425d-bcc7-506fb60b3bbb", "CODECOV_TOKEN=0ea7ddcc-c50e-4d7a-9309-636b84d3bc"],
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
        positives: &["PULUMI_ACCESS_TOKEN=«pul-032407eb93cd758f2161d5459c6b4ff4d00ab7d7» pulumi up --stack prod", "pulumi login --cloud-url https://api.pulumi.com # token «pul-caad174359c3e1cce46287c2190cd051c78c6197»"],
        negatives: &["pul-faf45aebc015a3c6d0a788d77cc09123", "pul-f69ac5d1782d3ed6acea94ebdafb222cf4353695d", "a pul-up bar"],
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
        positives: &["curl -H \"Authorization: Bearer «bkua_0b35801887d1fb2962fb9ac6a315760c5e67779c»\" https://api.buildkite.com/v2/organizations/acme/builds", "BUILDKITE_API_TOKEN=«bkua_dfa016cf27ec2b81571aa12741eb653b99e5f676»"],
        negatives: &["bkua_test", "bkua_5d086c267fbb772d6d502dd4fb389049", "bkua_2b16fa03e923ae73fd458901c79873d0b467c9f5e"],
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
            "octo push --package Acme.Web.1.4.2.zip --server https://deploy.acme.io --apiKey «API-WE2O3LHY1EGHR1HI69XNK8G8EN»",
            "OCTOPUS_API_KEY=«API-VO5LL2U724B2E3XSGER8ETIWJQ»",
        ],
        negatives: &["API-GATEWAYPRODUCTIONREGIONEU", "API-XXXXXXXXXXXXXXXXXXXXXXXXXX", "API-H5IHIO3MXTV6YDBRK7W2G32JO", "REST API-based integration"],
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
            "curl -H 'x-api-key: «pat.1KG6EXBJFewg_nvoO5taKY.78099ae86823fa770eaa4149.US3W4ivXsC3sRP3aiLOE»' https://app.harness.io/gateway/ng/api/user/currentUser",
            "HARNESS_API_KEY=«sat.30ge3Kh6pygtXdX1tyCOMc.973f5053315fd9cf4b79dd08.zD04gZ6Tn5Zko5F6b5Po»",
        ],
        negatives: &["a pat. on the back", "pat.nGKKwGGCS6gux0iRhIOymG.7039a0536ef0627e3c13.PgaMC6lVaz1vkqCgoAVi", "HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx"],
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
            ":deploy-repositories [[\"clojars\" {:username \"jdoe\" :password \"«CLOJARS_3wxs6hxuemx5lydpigi4ii27cioiebgg7o4gk5sx8242ckqmin604v79e5s1»\"}]]",
            "CLOJARS_PASSWORD=«CLOJARS_eomw6dshcoou1u9w0c3sfjx92ep71iqyynq509darsqtnqk1jtnn5jk2usbe»",
        ],
        negatives: &["CLOJARS_USERNAME=jdoe", "CLOJARS_jtxduhvgw6058qu3vc7v8amfw7yrnbzf9i75chym5nxsnazt9fr6q6c83i", "CLOJARS_PASSWORD=CLOJARS_..."],
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
        positives: &["cargo login «ciooCdbA3qMhhHuLBnM39Q8IPbh9RosCdNT»", "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"«cioe4mg76YeyhOjXG5lq9aP96a39H2b1dd7»\""],
        negatives: &["a precious gracious conscious ciao", "cioSKyxzjPWICNWqTNgQaPUaiSKpi5GMZQ", "cioJsVanBqU9w6UAgh1Y08IkS8rq0zL7SfUx", "ciocuhnaygrqxdwtzqvnrmlpwbhoeltsabke"],
        ..Rule::SECRET
    },
];
