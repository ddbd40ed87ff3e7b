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
            "NPM_TOKEN=npm_j3xf4QLOB8toUnPvMQYjWfcsKz6BuN1xgcDB",
            "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "npm_3Ugz3bAxYAJakwgStOJP9zujEZacdW1l9Kzrabc",
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
            "//registry.npmjs.org/:_authToken=«a4469a83-0eab-4c93-87c3-f8941bee3aa1»",
            "npm config set //registry.npmjs.org/:_authToken «c27d3a63-06f3-46bf-b2c0-6f0c56b4f5fd»",
        ],
        negatives: &[
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
            "//registry.npmjs.org/:_authToken=de6ef311-6d96-427c-845d-239af51d8fe",
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
            "registry=https://nexus.acme.local/repository/npm-group/\n_auth=«aGRnbnlhOm5JbXprRkluU092T2dr»\nalways-auth=true",
            "//nexus.acme.local/repository/npm/:_auth=\"«eHBxamZ6OlNVM0QzQzJEcnc2bFp4»\"",
        ],
        negatives: &["_auth=${NPM_AUTH}", "_auth=SW1hRkFBSFJiZlhlMndtUldL", "_authToken=YWd6b2tiOkNSeVBkVEViT0dIQ05D"],
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
            "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJDcxMzc0ZjY4LWM5NTMtMjE3Yy00ODlmLTg2ZDdjZjU2MTUxNwACEFsxLFsiaXltaTJlNzMiXV0AAAYgG3q90I2Yli9lzilweypov41G7TuGOPEjG113uIBOXMo»",
            "twine upload -u __token__ -p «pypi-AgEIcHlwaS5vcmcCJGY5NThiZmJkLTk3YmEtZmNiOS1iMWM0LTAwMzM3ZDAzMjZhMAACEFsxLFsiNGp4c3ZpenciXV0AAAYg5ai6x6zhb_3CAfwdC9Vab-miKLwORcdrz7kP6MmaNRY» dist/*",
        ],
        negatives: &[
            // Cut short: the signature packet is incomplete.
            "password = pypi-AgEIcHlwaS5vcmcCJDQyYjk2ODQwLWM3NzYtM2M3Ny0zZWU5LWNmNTdhOTY0OGE3ZgACEFsxLFsiejlqMmVhZ2EiXV0AAAYgmzQPa67AnrAeUUt5I5Qd_iNLhm7Zor_jK0x",
            "password = pypi-AgEIcHlwaS5vcmc...",
            "password = pypi-AgEIcHlwaS5vcmcUa0KVDBNMkK3gS_Nem_uh-Lu2XZW1VgGd0gtBi0NBMxegWoyfZDNs0KVNne5zf9sB72z9c1Pqab8Qrz3Nn-ISUjZyejDlIWTXZfGMlfy1jNNSg_dlFDAcwDsevbIUdGvNlM8gFldDURG4Yen9Yd24y",
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
            "twine upload --repository testpypi -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkMjQ2MWEzYjktNGYxYi0xYTRhLTU1ODEtZjk2MzhkYTIxMzY0AAIQWzEsWyJza3c3NGUzdiJdXQAABiDIUWSM2V4rRIBj7WaT4DXXQdNKbfD02EdzK0JEpEkt7A» dist/*",
            "[testpypi]\nusername = __token__\npassword = «pypi-AgENdGVzdC5weXBpLm9yZwIkMTQ2YzI4NTEtNzQxYy1lMTFkLTY1NDUtZDVhNDViMTY4ODQ4AAIQWzEsWyJ0end3NTI4ZSJdXQAABiBXyRdC0jc1u-JHKWCrKyxzUTJI_1DpZsEJcXacujXGGQ»",
        ],
        negatives: &["password = pypi-AgENdGVzdC5weXBpLm9yZwIkYjRlMGVjMGUtYjY4Yy02M2Y5LTVjNzQtZTczNzMwNjJmNWVhAAIQWzEsWyJ4NWc3aHI2MCJdXQAABiD1aJDZkZZxdwhQGPbeekb7uTB_T5EvAYf5n8e", "password = pypi-AgENdGVzdC5weXBpLm9yZw...", "password = pypi-AgENdGVzdC5weXBpLm9yZwbwk3gB8X3L8bQfQVtiPpn8J39SYJc6Ug4LTxwpHVnfNIsFFq9P2ZV3IzQBAS"],
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
        positives: &["---\n:rubygems_api_key: «rubygems_003308f6ef9116001d45c79a9eeda5aaa85e1fed924aa341»", "GEM_HOST_API_KEY=«rubygems_f6fc341d2548071bd8a06afb506f560303298633525fab9a» gem push acme-1.2.0.gem"],
        negatives: &["rubygems_a39af4181eee3f4a67538318192d51f60df6c33f", "rubygems_13d5416d9679945aa453d131691807da436b8bb36390ff9f0", "rubygems_api_key: rubygems_..."],
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
            "dotnet nuget push Acme.Core.2.1.0.nupkg --api-key «oy27ngv789p0uejv6wtlvy50dalqsno4ecy7sbdm9p3s21» --source https://api.nuget.org/v3/index.json",
            "NUGET_API_KEY=«oy2a1xud4yklwike2me4rmv81deicns3lumruqa0zy5z6a»",
        ],
        negatives: &["toy2 shop", "oy20da158efbd244c2702d12b438bf96fbb", "OY2AYZVFWIOVZJTIF93JIKF4QKVVVL2XF00HDMKEDI5LYE", "oy2tb4j8ux4uc3k901gk0q3kx3j1zy8f0skb3u8j1l647hz"],
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
        positives: &["echo «dckr_pat_gk_pFPWx4ReZjnO4k2iJyTuHZod» | docker login -u jdoe --password-stdin", "DOCKERHUB_TOKEN=«dckr_pat_Fn2AvO1vduQy70kMZKNKg6yYmdC»"],
        negatives: &["dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat__Ngoo1vgp1cICIVtPr-ksJLoZ", "dckr_pat_yNg8mSoV5MUuktIzSUx_XfauKe7Z", "DOCKERHUB_TOKEN=dckr_pat_..."],
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
            r#"{"auths": {"https://index.docker.io/v1/": {"auth": "«Z3V2cndjdjozajFRbUxTeHhkdVNOUE9F»"}}, "credsStore": ""}"#,
            "my ~/.docker/config.json:\n{\n  \"auths\": {\n    \"acme.azurecr.io\": {\n      \"auth\": \"«Y21yc2V6ejoxODQzVTRXWUNLNjU5dUpT»\"\n    }\n  }\n}",
        ],
        negatives: &[
            // Outside a registry config.
            r#"{"user": "svc", "auth": "bmlranhlajo0RG84SW0ybmN3cDdNaG9I"}"#,
            r#"{"auths": {"ghcr.io": {"auth": "NUdzamF1RzBvNU9Jckw0Z0w5"}}}"#,
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
            r#"{"credentials": {"app.terraform.io": {"token": "«xjG9mX1gaU0YlZ.atlasv1.yE7BmEZUHI1JnIZ9zfnpcP70cvty8Sxitjy0v2elCr1ycepOG67Un3DkatiQdbsuFP0»"}}}"#,
            "TF_TOKEN_app_terraform_io=«CB6wOrWETDqqEL.atlasv1.loYDLv49lOkkYOCIJA5YBv86L16aoVVBye1nw5MyVc2brTcn6NuIvu2jkldHkGGN8VW»",
        ],
        negatives: &[
            "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TF_TOKEN=qxUeRrKDalsA0T.atlasv1.0QJbV2ar1Bj3xhh2Ud5zWBfDHF0PkYh05oaA14idso9dobU",
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
        positives: &["export VAULT_TOKEN=«hvs.CAESIKJxoIXYLeAKt9EKmqXxYiE7DiWBeN3y8GvfQMituY2HGh4KHGh2cy54bmlsaXJrUmxwV255WkpqNUhON0IzdEY»", "vault login «hvs.VEjLTwfLNiynFfowvgjACK6G»", "curl -H \"X-Vault-Token: «hvs.CAESIHrdzycXz8Ngww3uxcDpSafWamxNX-maR1QegBmIYyXEGh4KHGh2cy5sbHVaRlRMTjVXNExvdDB1YkRFelFoR2Y»\" https://vault.internal:8200/v1/secret/data/app"],
        negatives: &["VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=hvs.TbnYQW6RAUORtOyMyvQIm", "VAULT_TOKEN=hvs.RM690jnTg3D1TMZxWICVZhwtaIpUnUfBAsHIPEZELbrZVR66Q12V3zxmIGSx9KmfwQwuoAoSiMvm6mMqUvLIHJM9eFhgTgUN", "hvs. is the service token prefix"],
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
        positives: &["VAULT_TOKEN=«hvb.AAAAAQPelG8KBxVuzMmXSOawkZnSz8mju_K4pkCtQbAvENkLcGf0JLD_XJBMaWZbBT6tA4vxVeiyiFHOAFbWWLQrHd9Vixcz27iWh5-NycFKXCXIR7SxSIpoaA9u1r_sd7kAnNAvm4IZ7hJZeTxQq8RCGv9r»", "X-Vault-Token: «hvb.AAAAAQMyplMtuUycFrTP1oFK8GiaD5vAuAx5scWQNUCAvjPBfR-I1CcVpAT8CQBR2MnSeeXcYKHdKKUJNJjWJLIV7ai-RFgddd79dE9h98dGcEqXDLgGgDyDVjNXYeAgWTH7AnjMZaUbPYvdiveCNbyKR3Eq»"],
        negatives: &["VAULT_TOKEN=hvb.AAAAAQ...", "VAULT_TOKEN=hvb.AAAAAQ3AIxL66W3Vdk4ZVqA9ygNYSN6DrYTJMD9-5WWidEoN9wD29YevdamIhDkwsKMb_l3Ii1hK", "hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
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
        positives: &["export VAULT_TOKEN=«s.pzjR1DBhmZnmepRijexABKgi»", "vault login -method=token «s.dp5k0hIA3j1m3aLlGL8CVH5Q»"],
        negatives: &["VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=s.kBzSBSOGZ4ULc2dfXKvLEiu", "it's.abcdefghijklmnopqrstuvwx in a sentence"],
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
        positives: &["doppler configure set token «dp.pt.45mAh4O3n0XxZUFhaEOr4oqB2uV5PCNl8Jh9Am0pO81»", "DOPPLER_TOKEN=«dp.pt.1QxNnk9S1ZHoNNgHP7hm0V8cvdIChraBL7f4xrP3oVy»"],
        negatives: &["DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.pt.yOq7ANZOlPAZwDm2mKAtYlkzYTWBSlbV6v58tM", "dp.pt. tokens are personal"],
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
        positives: &["docker run -e DOPPLER_TOKEN=«dp.st.prd.NALI696Y9fRHtP89oc0V0i0d1Txlubogoo8WBPv6YvM» acme/api", "DOPPLER_TOKEN=«dp.st.prd.FAoVBOzjvSDFx7y8zHyUudrm0gaWnoCKm1kuqumZ6N5»"],
        negatives: &["DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.st.prd.2Bs5un8DqimMQYkJAYSlOQPMhNwwQSMd5Oz7g", "dp.st. tokens"],
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
        positives: &["DOPPLER_TOKEN=«dp.sa.4efGDCuaPwOs4NrEMF5TdYNHP92coum636ZS2GKWhXk»", "Authorization: Bearer «dp.sa.bXaC99gx6cxr5i9OKyDuvhfTQCLWu9bQREAcnuDh2oI»"],
        negatives: &["dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.sa.bsCZIjQXrhKjEw0uqsEiYdcKlkmOTSnrX0pcz7P", "dp.sa.gxz97zzZzkL1Sz8nEE7FRGIp8jtU0yBmVlElRUMYl7jabc"],
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
        positives: &["scoped:\n  /:\n    token: «dp.ct.XPRRCbjbG7eUuhR4OWTozYvP4Kz3OBYe4tSPwdLVuj7»\n    api-host: https://api.doppler.com", "DOPPLER_TOKEN=«dp.ct.9OHIY0W7FAR5fg8IIYKo41dchrJxVAiKqk7pfyJT6ie»"],
        negatives: &["dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.ct.2Pbf0msvGrEEDMMMC800EvWrPM5FCCcbPHrGfTg", "token: dp.ct...."],
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
        positives: &["Okta provisioning: SCIM base URL https://api.doppler.com/scim/v2, token «dp.scim.ALiiUpCNFgtkqaSBpAXgODL8TCePZUFaRuAM1JDIn07»", "DOPPLER_SCIM_TOKEN=«dp.scim.5qVHl3SM9sAD2SXFFOUJkDjaoEATAVOYOaCKnVGq69Q»"],
        negatives: &["dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.scim.gsgTE3lu2mMuWgp1jwGUCvSZOOcgDq0GaadmN2m", "the dp.scim. prefix"],
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
        positives: &["DOPPLER_AUDIT_TOKEN=«dp.audit.x3naFGkP2WNzONrIOKu44BgfXRFEh1TpO80X5HThfwH»", "curl -H 'Authorization: Bearer «dp.audit.yEMRiatkKtTOz241OWbXGAKlcgEbmQXFkWUTK7L7NtR»' https://api.doppler.com/v3/workplace/logs"],
        negatives: &["dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.audit.vpjlgTxxRHX3TrA80pqzx9AhDwhF7C2I9uF7zzz", "see dp.audit. tokens"],
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
        positives: &["export OP_SERVICE_ACCOUNT_TOKEN=«ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6ImVNZklyV3ZGUW5TVTV5OEpQZTAzQ2EifSwiZW1haWwiOiJpNmZkbjQ1Znh0c3B5QDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiZGVlMDFkYzU0MWIzMjEzMjkzNTUwZmRiY2Q1NTdjM2VkZjRkMjE3Mzc1MjY4YTU4MGY1N2Y1Mzk3NjQ4NDc5ZiIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoieUMzbUFoc0tTakY5QURqX0VZQ0FMTk1xWFB1MHBvbTZObjBDaGdZUnVqQiIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtOFNXODNZLTE2TFlJUy1USFlXRSIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiI0MTlmYjAyZDM2OWI3MmY0MDU2NTE0OWU1ZTZjNGY5NjFkOWZiODhjNjg4MjZmMWI1YzIyMTUwNjVjZmMyZWY1IiwidXVpZCI6IkNZNFZCRUcwODFMMEMzNlBDNUZFTU1GRDczIn0sImRldmljZVV1aWQiOiJlN2NwamRjNzY4ZzZwYnE5bHptcTNoN2ZvYiJ9»", "env:\n  OP_SERVICE_ACCOUNT_TOKEN: «ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6Il82LXBZajhKVldnclczZEcyVWltbEIifSwiZW1haWwiOiJkOGE5bGZiNWtoczB5QDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiNDBmNjE1NmM3ZTkwMDA5ZGM3YzhlZWQxNTlmMzM3OGUyNDE5ZTA4YWY4NWYyNmFkNjkyNTFiNGQ2MGQ5YjU5YiIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiR0JqR3pqbnc1eF9sbGJoSUNpc2FHeWlQbWNsLXR4NXRSekcxbEhMLUg2SCIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtVlk0VzQ3LVlET1BFUS1SVDVOQSIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiI3MWU2MDBiNzQxZTQ4Y2YxZDk4OTVhZjc2YmRkM2E5ZDg4NGMxZjE0Y2VjYzNlYzdhODM0ZjQyNzNjZDMyNzY5IiwidXVpZCI6IlRGRjZTTkdNS002UkkwOFRYVlJUODdKOUpEIn0sImRldmljZVV1aWQiOiJ5ejdxaHVvZXRrNnM2cXN3Nm03ZjBkdHVveiJ9»"],
        negatives: &["OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJraW5kIjogInJlcG9ydCIsICJyb3dzIjogWyJLWkZlU0J3Q05Renc0ZWRVWkZ1SiIsICI1Y2VnM0VrOEFqMGNGeXdqVnhkaSIsICJ5SGlFNmRRQVgyRHBSVmRGbWh2ZCIsICJBa2M3UFEyOVhqY0JzNTdBS2ZaNiIsICJoZEI0djNDcWQ1a3A2bWkxOUt5cyIsICJmREVwcFRPWGxjVnpkZXdhMXNPMiIsICI3ZkNZcG9rTkxmdTQweVpjSkljRSIsICJTRVlOM2hDczNhZ1FMUXlpQk1PSyIsICIzbE9KZWNCTlNrM1NhcWFBQ0tSYyIsICJZTWxjYlA3cnN1RVE2OE9uNVVSbCIsICI2d1lSS0RrcWlOd3BJYms3WlgwMiIsICJ6MXVoN0V0ZHpGOTlCeEFIN2dLeCJdfQ", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1"],
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
            "I lost my emergency kit, the secret key was «A3-A9GTA7-YDY6ZK-C7GSN-QLLZH-AN97Q-N8D3P», can support recover the vault?",
            "OP_SECRET_KEY=«A3-AF8SJN-DG56PP-5JMYF-JE5LS-ZT3NB-3SN4K»",
        ],
        negatives: &["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", "printed on A3-size paper", "A3-QQT32X-C8G3YW-XYLRE-FZKW7-79845"],
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
        positives: &["curl -H \"Circle-Token: «CCIPAT_cAjpRKymriMe7AZFTpov8P_0c201dd08c137c19cfa0516167adbc750018b8ac»\" https://circleci.com/api/v2/me", "CIRCLECI_CLI_TOKEN=«CCIPAT_zJEgwtbhMC64jztM2Xm0Kn_9e7b0aa315a750610791e9070e669a88d72fbc76»"],
        negatives: &["CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_6f8f7b8efa3442b3389423954eaf891f1a69c434", "CCIPAT_5xrRrgMHv97s2Jzz8ZhgLQ_252b886426a65de182b3d53eaa38aaa2af8d69", "CIRCLECI_CLI_TOKEN=CCIPAT_..."],
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
        positives: &["CIRCLE_PROJECT_TOKEN=«CCIPRJ_q1XPlP32HrZl4A44Lwqu5V_ad11b405892d80e82cab4ddee8fc95e62fbfae22»", "curl -u «CCIPRJ_TqZURRTvrphii5rJ3NOEbp_9e6fb0646635916ed9eaa4daa332be2462917a53»: https://circleci.com/api/v2/project/gh/acme/api/pipeline"],
        negatives: &["CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_189808b7ccddd990f7cc5aa05676d4a8454a9378", "CCIPRJ_8eiNYATCFDlz9C02J4z0O1_eab36bd30929a78aafc694455162dd3132fcc6e", "CCIPRJ_OS65GtRNYYHNrNICVMcVlC_602d78a89db45f7698e64236821160f9095be2ce9"],
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
        positives: &["CIRCLECI_TOKEN=«0c8f774b5d7367639aef1a6c4cd6492afb4c6733»", "curl -H \"Circle-Token: «03d2a6c6550b14e84d5924406a392e7771d3e427»\" https://circleci.com/api/v2/me"],
        negatives: &["CIRCLE_SHA1=c27f103f07bedcf19b565c075e3b474c65cc6022", "CIRCLECI_TOKEN=621a020e51a8d225554166a351f40863", "CIRCLECI_TOKEN=${{ secrets.CIRCLECI_TOKEN }}"],
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
            "TRAVIS_API_TOKEN=«d72gvOBbDxWyKMqczS_Qkk»",
            "curl -H \"Travis-API-Version: 3\" -H \"Authorization: token «AhrNeZ1wVilGsFj5YTfLq4»\" https://api.travis-ci.com/repo/acme%2Fapi/requests",
        ],
        negatives: &["TRAVIS_API_TOKEN=$TRAVIS_TOKEN", "TRAVIS_API_TOKEN=7JP9wm5qb0zTFtEKT274T", "travis build 482913 took 4 minutes"],
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
            "curl -X POST -u deploy-bot:«110a4cc20e62cee48d888a15f8e2531884» https://jenkins.acme.io/job/payments/buildWithParameters",
            "JENKINS_URL=https://ci.acme.io\nJENKINS_API_TOKEN=«11403277cea4ddea5f7b9508a69e9f63fe»",
        ],
        negatives: &[
            "JENKINS_API_TOKEN=f99d671ca9d15b5534b864a9219cb2b8",
            "jenkins job 11 failed at commit 19cf0970afabffbc94ad7c34c685e0ebb1b591bc",
            "JENKINS_API_TOKEN=11f8252b94e4c59c79f116cd20d6ed09f",
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
            "curl -H \"X-JFrog-Art-Api: «AKCpVBTDgMStbWrWJejva8bPaymbAMLfphWzjtyySu33n42h6ZUt6RaS3y1ueYfvhgVvz1Xi2»\" https://acme.jfrog.io/artifactory/api/repositories",
            "ARTIFACTORY_API_KEY=«AKCpN86EuVpGdbW4m8qUJUY5qFkai41CBYjGdBEvoeiMD23PdJjbjnz78xWc8F594ewgLnCKu»",
        ],
        negatives: &["AKCp0O0OORQcM0nGmVdIryDxdWKjPbVI7wdUAJE7S5ofa94o2iGcUrexEmvEY6OOac52RTfPY", "AKCpPyWn7VuqiX6cDLRxrr7wCuhV5BQXXHrLYtbidQJXzYSTP7JjvMHqQRUCTsLwkkgcFzw", "AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
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
            "curl -H \"Authorization: Bearer «cmVmdGtuOjAxOjIwMjA2MzQxNjk6eW1YbnRiT25Yck9KSVZZS2g1NVNNVVdqQWNC»\" https://acme.jfrog.io/artifactory/api/system/ping",
            "JFROG_ACCESS_TOKEN=«cmVmdGtuOjAxOjIwMjU1MDU4MjM6QlBablE4eXNJVjdPT1Zub0NSNktKbnRxSmRG»",
        ],
        negatives: &["JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOm5ldmVyZXhwOldPVURJZUU2M2FqSk9aVUlZZDNrQldDUFdm", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE5Njg0NjU2ODU6N2N1d2ZzSWRHeDVvWnREaHdRTmI1MGUyU", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3..."],
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
        positives: &["sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=«squ_5ac76dab81f222dd1fb4eaee05fdad436f326aa7»", "SONAR_TOKEN=«squ_f707147b5b005ec7932d167bb87dd8df7bde7bc2»"],
        negatives: &["squ_be795fab8028e08aeb6ab294c6a8b0e7", "squ_fe5d11348f42121a8246c47caf5f21783b9c1022a", "SONAR_TOKEN=squ_..."],
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
        positives: &["mvn sonar:sonar -Dsonar.token=«sqp_01347fc662f40eae413aa305f84c27ce3adff694»", "SONAR_TOKEN=«sqp_ca7097f8ada9b3b553bbaf7cb8e8c0dafd05f91d»"],
        negatives: &["sqp_6ed6707f11568a2ca3d9afeb67aaf5fe", "sqp_ca6b04ae1f9797fb23e8520740e108096ec82597b", "sqp_0000000000000000000000000000000000000000"],
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
        positives: &["SONAR_TOKEN=«sqa_04a8b5294ed59af9e9719eb78fad7be22491fa83»", "gradle sonar -Dsonar.token=«sqa_6a1806e2e80003a50bb43bedf907314ecf9a27b4»"],
        negatives: &["sqa_c65cc83f955980226433016b7c43bb73", "sqa_3c8621130ff860b30ab6144b17374169bfc53730c", "sqa_ffffffffffffffffffffffffffffffffffffffff"],
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
        positives: &["SNYK_TOKEN=«28a5a668-de12-4ec0-90a8-15de7be2dd75»", "snyk auth «30b1234a-822e-4147-b818-33d2fb4d5534»"],
        negatives: &["snyk test --org=7684dd9c-909b-42dd-b324-4cbc2c8b04b6", "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}", "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"],
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
        positives: &["CODECOV_TOKEN=«99912991-6749-457a-9473-68fd38f8ddd6»", "# codecov.yml\ncodecov:\n  token: «005fcd2a-ac6b-44eb-8400-4c0a35164b07»"],
        negatives: &["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov report for commit 360ab2e9-2d0a-40ad-ab8f-c7b47acd5dd3", "CODECOV_TOKEN=7e3c40e6-5b1d-4a08-8b83-326f9916b4"],
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
        positives: &["PULUMI_ACCESS_TOKEN=«pul-61e7d77d87d255532e7479740b192c271a359b19» pulumi up --stack prod", "pulumi login --cloud-url https://api.pulumi.com # token «pul-6a1cc4bc6c8d7a075028ec3bc1be8d0d9ce1fe32»"],
        negatives: &["pul-d3942cf2307c648581d6229988a33a75", "pul-a44541e6512a4c0cdafefd31807482fa713d297ed", "a pul-up bar"],
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
        positives: &["curl -H \"Authorization: Bearer «bkua_d0a91009c3bdf9497affb69b9864993b875fbe43»\" https://api.buildkite.com/v2/organizations/acme/builds", "BUILDKITE_API_TOKEN=«bkua_9d13ba45d1e45e616d0d54e6a3543308f32d82e8»"],
        negatives: &["bkua_test", "bkua_74ad3439c3e989a759752d5652e35e6a", "bkua_c584a1462323eb233535bd6f1d7a0e6f662f42d2e"],
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
            "octo push --package Acme.Web.1.4.2.zip --server https://deploy.acme.io --apiKey «API-9QYSOWCNC8ZVU8ICF5J4KEBWH1»",
            "OCTOPUS_API_KEY=«API-2QIC7KX46DP4NODBWEC1S3RPN1»",
        ],
        negatives: &["API-GATEWAYPRODUCTIONREGIONEU", "API-XXXXXXXXXXXXXXXXXXXXXXXXXX", "API-2LTXA4LI4OKDMOV11T8PVZSIM", "REST API-based integration"],
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
            "curl -H 'x-api-key: «pat.uRnFZE140i7RcigqWkaXBW.ddd1b22a3870e86224243286.kA6UsxrN83WBdTNXFuS3»' https://app.harness.io/gateway/ng/api/user/currentUser",
            "HARNESS_API_KEY=«sat.rY0tEdq7MGqm1NQ4fXJJbu.e580a573965820e752103240.pW8CIOxshIyAR3QIXYo6»",
        ],
        negatives: &["a pat. on the back", "pat.TUlrFTLfXMVdU3n2cBl2ik.4ff4d00ab7d7caad1743.VqoyMfOcHKsPb3OQzB9b", "HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx"],
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
            ":deploy-repositories [[\"clojars\" {:username \"jdoe\" :password \"«CLOJARS_yorzmdtp4v4ilu2wz7ackvgyn17auoqr1poyyat8deg65msvyl1cpq7f1g20»\"}]]",
            "CLOJARS_PASSWORD=«CLOJARS_mvy3usi2x0v4wf9e8fy56jg97lhnslbwhk6racrro0d5wftne4wsvzmugclo»",
        ],
        negatives: &["CLOJARS_USERNAME=jdoe", "CLOJARS_nazl92mo7oosz04vb9cmz5fp2yewqdkocv8vdfoid3wnlhwtt3l5mpnl1a", "CLOJARS_PASSWORD=CLOJARS_..."],
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
        positives: &["cargo login «ciozYfmpZVExwooeLLBmAkaJ23fSBAiEJx6»", "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"«cioKgrsais6LfwU8cW5KGmOEvagYCYsehH0»\""],
        negatives: &["a precious gracious conscious ciao", "ciov3DZoQgFB1Ri9krtbdJypsPr31p4gAb", "cioxRiXmO0PpV9ztJ0ElweCoDVVlhyN8BOex", "ciocuhnaygrqxdwtzqvnrmlpwbhoeltsabke"],
        ..Rule::SECRET
    },
];
