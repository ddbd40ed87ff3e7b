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
    if c.near_context() {
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
    if c.value.len() < 70 {
        return Verdict::Invalid;
    }
    match decode(&c.value[5..]) {
        Some(raw) if macaroon_v2(&raw, b"pypi.org") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

fn testpypi_token(c: &Candidate) -> Verdict {
    if c.value.len() < 77 {
        return Verdict::Invalid;
    }
    match decode(&c.value[5..]) {
        Some(raw) if macaroon_v2(&raw, b"test.pypi.org") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// Short `hvs.` tokens are 24 alphanumerics; long ones (90–120 characters)
/// are base64url of a `SignedToken` protobuf: field 1 the version (1),
/// field 2 a 32-byte HMAC, then the embedded short token. `CAESI…` is that
/// header (`08 01 12 20`); finding the embedded `hvs.` proves the format.
fn vault_service_token(c: &Candidate) -> Verdict {
    let body = &c.value[4..];
    if body.len() == 24 {
        return if body.bytes().all(|b| b.is_ascii_alphanumeric()) { Verdict::Plausible } else { Verdict::Invalid };
    }
    if !(90..=120).contains(&body.len()) {
        return vault_evidence(body, c);
    }
    match decode(body) {
        Some(raw) if contains(&raw, b"hvs.") || contains(&raw, b"hvr.") => Verdict::Verified,
        Some(_) if body.starts_with("CAESI") => Verdict::Plausible,
        _ => vault_evidence(body, c),
    }
}

/// Evidence over validation: after `vault login`, in `VAULT_TOKEN=` or an
/// `X-Vault-Token` header, an `hvs.` value whose body does not parse (cut
/// short, mangled by an editor) is still a Vault token, reported at the
/// rule's confidence rather than the 0.99 of a parsed one.
fn vault_evidence(body: &str, c: &Candidate) -> Verdict {
    if body.len() >= 24 && c.near_context() {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Terraform Cloud tokens: 14 characters, `.atlasv1.`, then 60 to 70.
fn terraform_token(c: &Candidate) -> Verdict {
    if (83..=93).contains(&c.value.len()) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Vault batch tokens carry their encrypted policies: 138 to 300
/// characters after `hvb.`.
fn vault_batch_token(c: &Candidate) -> Verdict {
    if (142..=304).contains(&c.value.len()) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// `ops_` + base64 JSON naming the account and its Secret Key.
fn onepassword_service_account(c: &Candidate) -> Verdict {
    let body = &c.value[4..];
    if body.trim_end_matches('=').len() < 203 {
        return Verdict::Invalid;
    }
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
    rule! {
        id: "npm-access-token",
        title: "npm access token",
        about: about!("Publishes packages as the npm user or automation; `npm_` + 30 base62 + base62 CRC-32, verified."),
        label: "NPM_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["npm_"]),
        pattern: r"npm_[A-Za-z0-9]{36}",
        max_len: 40,
        validate: Some(npm_checksum),
        positives: examples!["//registry.npmjs.org/:_authToken=«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»", "NPM_TOKEN=«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» npm publish --access public fails with 403"],
        negatives: examples![
            // One checksum character changed.
            "NPM_TOKEN=npm_0z6Zk9wfu5NJABl9q04xnilirkRlpW0iVSpB",
            "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "npm_nyZJj5HN7B3tFOCOH2l4cT0cMP8yio4EjmbVabc",
            "NPM_TOKEN=npm_...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "npm-legacy-auth-token",
        title: "npm legacy auth token",
        about: about!("An older npm token (a UUID) in `.npmrc`'s `_authToken`; publishes as the user."),
        label: "NPM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_authToken"]),
        pattern: r#"_authToken(?:\s*=\s*|\s+)["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 60,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "//registry.npmjs.org/:_authToken=«78f757e5-8150-4fb5-a502-5cc70e313df9»",
            "npm config set //registry.npmjs.org/:_authToken «6bd9234e-f06c-47e9-b21e-0b2fdd764204»",
        ],
        negatives: examples![
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
            "//registry.npmjs.org/:_authToken=ad42d958-c89d-441f-80cc-5e31df4881e",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "npm-basic-auth",
        title: "npm registry basic credentials",
        about: about!("`_auth` in `.npmrc` is base64 of `user:password` for a registry; decoded."),
        label: "NPM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["_auth"]),
        pattern: r#"_auth\s*=\s*["']?([A-Za-z0-9+/]{8}[A-Za-z0-9+/]*={0,2})"#,
        value_group: 1,
        max_len: 320,
        validate: Some(npm_basic_auth),
        mask: Mask::All,
        positives: examples![
            "registry=https://nexus.acme.local/repository/npm-group/\n_auth=«eHJxeHBlOkxUd2ZMTml5bkZmb3d2»\nalways-auth=true",
            "//nexus.acme.local/repository/npm/:_auth=\"«ZGVub3NxOmxsdVpGVExONVc0TG90»\"",
        ],
        negatives: examples!["_auth=${NPM_AUTH}", "_auth=MHViREV6UWhHZkUzWmpmWld5", "_authToken=eWJ5eWp1OjFBQnR4Nk1ydmhHZ0l5"],
        ..Rule::SECRET
    },
    rule! {
        id: "pypi-upload-token",
        title: "PyPI API token",
        about: about!("Uploads releases to PyPI for the account or project; `pypi-` + base64 macaroon for `pypi.org`, whose structure is parsed."),
        label: "PYPI_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["pypi-AgEIcHlwaS5vcmc"]),
        pattern: r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]+",
        max_len: 1030,
        validate: Some(pypi_token),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJGZiNWE1NDZhLWI3OGQtZjBkMy1jNDIyLTBhY2YyNWRhYTVhOAACEFsxLFsibjB0eXl2OG0iXV0AAAYg060Sr5vr9P7SJzT_txvcddS1mc1fwIlwv80dWE0AiDw»",
            "twine upload -u __token__ -p «pypi-AgEIcHlwaS5vcmcCJGJhNGM4MTczLWY5MTItYjk3Yi0zNGY1LTJkNjZiODRmYjQ1YgACEFsxLFsiMHM3ODQ0YnIiXV0AAAYgz7-v6uuq1Ni832VfMImBsVz1kjAVWKhZUjhoO7Ihm1Q» dist/*",
        ],
        negatives: examples![
            // Cut short: the signature packet is incomplete.
            "password = pypi-AgEIcHlwaS5vcmcCJDk4OGEyZDllLTMxMDUtN2Q2ZS1lYjUyLTAxOTMzM2IzY2Y2NAACEFsxLFsidjg3OWU1aGciXV0AAAYgtxm4n1P8wAgXQa7KeUk3L1-dyIUoMk3LGOx",
            "password = pypi-AgEIcHlwaS5vcmc...",
            "password = pypi-AgEIcHlwaS5vcmcawkZnSz8mju_K4pkCtQbAvENkLcGf0JLD_XJBMaWZbBT6tA4vxVeiyiFHOAFbWWLQrHd9Vixcz27iWh5-NycFKXCXIR7SxSIpoaA9u1r_sd7kAnNAvm4IZ7hJZeTxQq8RCGv9rMyplMtuUycFrTP1o",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "testpypi-upload-token",
        title: "TestPyPI API token",
        about: about!("Uploads to test.pypi.org; `pypi-` + base64 macaroon for `test.pypi.org`, parsed."),
        label: "PYPI_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["pypi-AgENdGVzdC5weXBpLm9yZw"]),
        pattern: r"pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]+",
        max_len: 1030,
        validate: Some(testpypi_token),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "twine upload --repository testpypi -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkYzU1Yzg3OTAtNzg5NS1hN2U1LTQ5MjgtMGZmYzNlMjIxYzFiAAIQWzEsWyJhbzJrbms4OSJdXQAABiCiifU0L9RyytEl2wX0YddUTpJduznQs9A1KhNS7DeiCg» dist/*",
            "[testpypi]\nusername = __token__\npassword = «pypi-AgENdGVzdC5weXBpLm9yZwIkNTc2YjI2MzktYmJiMy1lMWNhLWU2MWUtMDRiOWMzMmE4MzE3AAIQWzEsWyJyMG83YnhobiJdXQAABiDfWnk4VdM3Vm1MhhpZhpCXCeXQr4EJ-KjbYo7N7gVk7w»",
        ],
        negatives: examples!["password = pypi-AgENdGVzdC5weXBpLm9yZwIkOGQ2NDllYTAtOWQ4MS02MTE3LTQ5NjMtZGUyY2Q2ZjQ0ZWU3AAIQWzEsWyJzc3hydHJleSJdXQAABiBG0ErajeHAvkTjz192ALIR797bfY2q1fRWPww", "password = pypi-AgENdGVzdC5weXBpLm9yZw...", "password = pypi-AgENdGVzdC5weXBpLm9yZwIPbUDEbp23EdE2Ebqb0pSiyoVMYsdqdomoNH7OxG3et1yWzKNQcTnXKd1YyK"],
        ..Rule::SECRET
    },
    rule! {
        id: "rubygems-api-key",
        title: "RubyGems API key",
        about: about!("Pushes and yanks gems as the RubyGems.org user; `rubygems_` + 48 hex."),
        label: "RUBYGEMS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["rubygems_"]),
        pattern: r"rubygems_[a-f0-9]{48}",
        max_len: 57,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(9),
        positives: examples!["---\n:rubygems_api_key: «rubygems_b8e6329c0b0ac5025179069ad74d6859eecdb02ecb46f619»", "GEM_HOST_API_KEY=«rubygems_cb9e74cb897ffecc20739f57dfc15003817254990f2d82d1» gem push acme-1.2.0.gem"],
        negatives: examples!["rubygems_92af8065bd23b33a796200492aa89b707fc74002", "rubygems_d9bd9fb4b9d2f651847261c6cf21dfdfb3857aa757c4ed360", "rubygems_api_key: rubygems_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "nuget-api-key",
        title: "NuGet API key",
        about: about!("Pushes packages to nuget.org for the owner; `oy2` + 43 lower-case characters."),
        label: "NUGET_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["oy2"]),
        pattern: r"oy2[a-z0-9]{43}",
        max_len: 46,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "dotnet nuget push Acme.Core.2.1.0.nupkg --api-key «oy2nmepijex01gidpkh80jmal627k1z16cdfv4iu0m0hnx» --source https://api.nuget.org/v3/index.json",
            "NUGET_API_KEY=«oy25ha4roq1u2l9h0mpxnk7og7hmcvd82hra1fxroyyq0l»",
        ],
        negatives: examples!["toy2 shop", "oy2dbe66d955cd50a9b3d297141b5a07377", "OY21VV50O1ZJV35XYZ7YUDRMGANO2MKUQUM1SUN3QIMK90", "oy2lhwwdzgit9oef632uawsr45d7coum6hkba2gxcxriy3z"],
        ..Rule::SECRET
    },
    rule! {
        id: "docker-hub-pat",
        title: "Docker Hub personal access token",
        about: about!("Pushes and pulls the user's Docker Hub images; `dckr_pat_` + 27 characters."),
        label: "DOCKER_HUB_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dckr_pat_"]),
        pattern: r"dckr_pat_[A-Za-z0-9_-]{27}",
        max_len: 36,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(9),
        positives: examples!["echo «dckr_pat_PQpl4Pc80eAP7pCcK5tJos8TOHK» | docker login -u jdoe --password-stdin", "DOCKERHUB_TOKEN=«dckr_pat_9qgewvzAIFeZnUYZZYvYA98_EtM»"],
        negatives: examples!["dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat_W2yx8xws5csdjOpCYRY2jMTgP", "dckr_pat_0knDhfoIU0rGvFlWqickyLQJ996Z", "DOCKERHUB_TOKEN=dckr_pat_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "docker-config-auth",
        title: "Docker registry credentials (config.json)",
        about: about!("The `auth` of a registry in `~/.docker/config.json` is base64 `user:password`; decoded and reported inside a registry config."),
        label: "DOCKER_AUTH",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["\"auth\""]),
        pattern: r#""auth"\s*:\s*"([A-Za-z0-9+/]{8}[A-Za-z0-9+/]*={0,2})""#,
        value_group: 1,
        max_len: 420,
        validate: Some(docker_config_auth),
        context: &["auths", "docker", "registry", "azurecr.io", "ghcr.io", "gcr.io", "credsstore"],
        context_window: 400,
        mask: Mask::All,
        positives: examples![
            r#"{"auths": {"https://index.docker.io/v1/": {"auth": "«dHR0b3BreTpyUE01RkNDY2JQSHJHZlRn»"}}, "credsStore": ""}"#,
            "my ~/.docker/config.json:\n{\n  \"auths\": {\n    \"acme.azurecr.io\": {\n      \"auth\": \"«bXdzbnNlZTpVcENORmd0a3FhU0JwQVhn»\"\n    }\n  }\n}",
        ],
        negatives: examples![
            // Outside a registry config.
            r#"{"user": "svc", "auth": "dW9zd29jdTpaVUZhUnVBTTFKREluMDc1"}"#,
            r#"{"auths": {"ghcr.io": {"auth": "cVZIbDNTTTlzQUQyU1hGRk9V"}}}"#,
            r#"{"auths": {"ghcr.io": {"auth": ""}}}"#,
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "terraform-cloud-token",
        title: "Terraform Cloud / HCP Terraform API token",
        about: about!("Runs plans and applies, and reads state (with its secrets), on Terraform Cloud; `<14>.atlasv1.<60–70>`."),
        label: "TERRAFORM_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &[".atlasv1."], before: 16, after: 80 },
        pattern: r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]+",
        max_len: 100,
        min_entropy: 4.0,
        validate: Some(terraform_token),
        mask: Mask::All,
        positives: examples![
            r#"{"credentials": {"app.terraform.io": {"token": "«JkDjaoEATAVOYO.atlasv1.aCKnVGq69QgsgTE3lu2mMuWgp1jwGUCvSZOOcgDq0GaadmN2m17K1x3naFGkP2WNzON»"}}}"#,
            "TF_TOKEN_app_terraform_io=«rIOKu44BgfXRFE.atlasv1.h1TpO80X5HThfwHyEMRiatkKtTOz241OWbXGAKlcgEbmQXFkWUTK7L7NtRvpjlgTxxR»",
        ],
        negatives: examples![
            "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TF_TOKEN=HX3TrA80pqzx9A.atlasv1.hDwhF7C2I9uF7zzz7d7TYcZtcYriyI4K1J7QIkOpNvg4wxN",
            "tokens contain .atlasv1. in the middle",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "vault-service-token",
        title: "HashiCorp Vault service token",
        about: about!("Reads the secrets its policies allow from Vault; `hvs.`/`hvr.` + 24 characters, or the long form whose base64 body embeds the short token (decoded: confidence 0.99). After `vault login`, `VAULT_TOKEN` or `X-Vault-Token`, a body that does not parse is still reported (evidence over validation)."),
        label: "VAULT_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["hvs.", "hvr."]),
        pattern: r"hv[sr]\.[A-Za-z0-9_-]+",
        max_len: 124,
        min_entropy: 3.5,
        validate: Some(vault_service_token),
        context: &["vault login", "vault_token", "x-vault-token"],
        context_window: 48,
        confidence: 0.8,
        mask: Mask::KeepPrefix(4),
        positives: examples!["export VAULT_TOKEN=«hvs.CAESIH8Xx13cTPKZSDzuYsttcnYBCtNoZysnrgqQWtMfEw70Gh4KHGh2cy5UYVZSWU1pODlHV1lLNzFmV0xkbk5PRTg»", "vault login «hvs.RJPGhfS4sUglkQbGF1Awy06B»",
            // Evidence over validation: a long body that does not parse (cut
            // short), after `vault login`.
            "vault login «hvs.CAESIH8Xx13cTPKZSDzuYsttcnYBCtNoZysnrgqQWtMfEw70Gh4KHGh2cy5UYVZS»",
            "export VAULT_TOKEN=«hvs.YoBg1nGdjLTsJwepEJno3O22eL64FpTYIzonIRsttRi8yu9kAhhgGDt3gPXXZM4AZodMdzN0vMOXWOK9ke5n9IswIKDMy1BG»",
            // The SignedToken header and HMAC without a readable embedded id:
            // plausible rather than proven.
            r#"provider "vault" { token = "«hvs.CAESIFLyJmWmDBLSiRhdlQ7ogTYJFm9rET0XjWwP05Af8jmhGh6glfIPk5VlDPk4C47bIkprJIoekk6P0K4uGpSSozA»" }"#, "curl -H \"X-Vault-Token: «hvs.CAESINoUDDod2qHxPoTIKhQ1QoLWVytB9uHfzwKPo3osyz_fGh4KHGh2cy45VGxsUXBaeTEwSTdnSzZEV0tCSkZpQVo»\" https://vault.internal:8200/v1/secret/data/app"],
        negatives: examples!["VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=hvs.FkgsQpniqj3HGUpXsFmMO", "the log line had hvs.YoBg1nGdjLTsJwepEJno3O22eL64FpTYIzonIRsttRi8yu9kAhhgGDt3gPXXZM4AZodMdzN0vMOXWOK9ke5n9IswIKDMy1BG in it", "hvs. is the service token prefix",
            // Right header, but 60 characters and no evidence around it.
            "see hvs.CAESIH8Xx13cTPKZSDzuYsttcnYBCtNoZysnrgqQWtMfEw70Gh4KHGh2cy5UYVZS in the trace"],
        ..Rule::SECRET
    },
    rule! {
        id: "vault-batch-token",
        title: "HashiCorp Vault batch token",
        about: about!("A short-lived, non-renewable Vault token with its policies encrypted inside; `hvb.` + 138 or more characters."),
        label: "VAULT_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["hvb."]),
        pattern: r"hvb\.[A-Za-z0-9_-]+",
        max_len: 304,
        min_entropy: 4.0,
        validate: Some(vault_batch_token),
        mask: Mask::KeepPrefix(4),
        positives: examples!["VAULT_TOKEN=«hvb.AAAAAQwWqKMpXSitfM8Tbj2myLTCj8tbxAxetN6u5BZt9NBh2N_TIHWzHGiy8eSxZijgubyxX_Zi4-ueW8Qcjn03x0e7Ef-kjyzlg6jeFtgemEcHxZzG6olCc_6-pYj8JVWgrW3dG2UimlBgbxkd-voK1Wta»", "X-Vault-Token: «hvb.AAAAAQ8BfwyYE4LabbM0XFXH642hvM_ppDH6lteN6aJO-Ju9iyR1BKlxfTt3ya1NSvKSGBjGzjnw5x_llbhICisaGyiPmcl-tx5tRzG1lHL-H6HQW8T8XgDFjHIM_BbFh4zaaUCqe6rIY8g2KGLxR8DAT31p»"],
        negatives: examples!["VAULT_TOKEN=hvb.AAAAAQ...", "VAULT_TOKEN=hvb.AAAAAQOM3HJtXg9erY7WZo7ZCPJns-tkFmW0ojEANMllLAnyuzJr0MUQIMsshXZGoODiMvLGKTzl", "hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "vault-legacy-token",
        title: "HashiCorp Vault token (legacy)",
        about: about!("A pre-1.10 Vault service token, `s.` + 24 characters; looked for after `VAULT_TOKEN`, `X-Vault-Token` or `vault login`."),
        label: "VAULT_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["vault_token", "x-vault-token", "vault login"], before: 0, after: 80 },
        pattern: r#"(?:(?i:vault_token|x-vault-token)["']?\s*[:=]\s*["']?|(?i:vault\s+login)\s+(?:-[!-~]+\s+)*)\b(s\.[A-Za-z0-9]{24})\b"#,
        value_group: 1,
        max_len: 120,
        min_entropy: 3.5,
        validate: Some(mixed_alnum),
        mask: Mask::KeepPrefix(2),
        positives: examples!["export VAULT_TOKEN=«s.O27fCYpokNLfu40yZcJIcESE»", "vault login -method=token «s.YN3hCs3agQLQyiBMOK3lOJec»"],
        negatives: examples!["VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx", "VAULT_TOKEN=s.BNSk3SaqaACKRcYMlcbP7rs", "it's.abcdefghijklmnopqrstuvwx in a sentence"],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-personal-token",
        title: "Doppler personal token",
        about: about!("Acts as the Doppler user on every project they can reach; `dp.pt.` + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.pt."]),
        pattern: r"dp\.pt\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: examples!["doppler configure set token «dp.pt.EQ68On5URl6wYRKDkqiNwpIbk7ZX02z1uh7EtdzF99B»", "DOPPLER_TOKEN=«dp.pt.xAH7gKx3P2zRb1JT4sAWoH4fZPfIfvHkNmVzOHShfhR»"],
        negatives: examples!["DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.pt.n3g7WPPvuTzR5k5daR5l2t6gGsIz0gYYqhXcWD", "dp.pt. tokens are personal"],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-service-token",
        title: "Doppler service token",
        about: about!("Reads one Doppler config's secrets; `dp.st.` (+ config name) + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.st."]),
        pattern: r"dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}",
        max_len: 86,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: examples!["docker run -e DOPPLER_TOKEN=«dp.st.prd.mzaYas8vdMbIQkFO10iD7TaVBvt9kJdhRFxebcAMiCR» acme/api", "DOPPLER_TOKEN=«dp.st.prd.mRenUonTUoxrvakYhaHfDSjcrZhBK9XrgPhmY5IdOXU»"],
        negatives: examples!["DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DOPPLER_TOKEN=dp.st.prd.KnT6pLKBoFMubrFGz4X3j3E1MDihyAxFcrR0n", "dp.st. tokens"],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-service-account-token",
        title: "Doppler service account token",
        about: about!("Acts as a Doppler service account with its workplace role; `dp.sa.` + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.sa."]),
        pattern: r"dp\.sa\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: examples!["DOPPLER_TOKEN=«dp.sa.XJmxMwKDfjiTFzEOPCoVNdJdmfzA0GT2u9Tmfd5INpa»", "Authorization: Bearer «dp.sa.P5jU6tRobWwQlvOK6ied7uuNfsmOz1iSOq2HjlcHsPc»"],
        negatives: examples!["dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.sa.ycR3cIfdJ79zwgJ3g5Nc40VJDkA8tEL6lG9TWTE", "dp.sa.q4TFrFVmyT6YfbqvfDuHykEdfmfzjmo853johwx0XKaabc"],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-cli-token",
        title: "Doppler CLI token",
        about: about!("The token `doppler login` stores; acts as the user. `dp.ct.` + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.ct."]),
        pattern: r"dp\.ct\.[A-Za-z0-9]{40,44}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: examples!["scoped:\n  /:\n    token: «dp.ct.rK8BZdthrfy8poNnkq0w8HPk0f49nwJ9OFknKvGdDsv»\n    api-host: https://api.doppler.com", "DOPPLER_TOKEN=«dp.ct.b5qsq2Kdsb4WOAykTCDQoLf2N41VSgSMV8grUvPmUX3»"],
        negatives: examples!["dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.ct.rA18UhXnpoqAZRUtKayeLjE8QbXkroCZrk7w7i8", "token: dp.ct...."],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-scim-token",
        title: "Doppler SCIM token",
        about: about!("Provisions users and groups into a Doppler workplace; `dp.scim.` + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dp.scim."]),
        pattern: r"dp\.scim\.[A-Za-z0-9]{40,44}",
        max_len: 52,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(8),
        positives: examples!["Okta provisioning: SCIM base URL https://api.doppler.com/scim/v2, token «dp.scim.XPSLK9EqPplTPnxdQqAmWHPxDhiRQhHN6AHygKX9YcO»", "DOPPLER_SCIM_TOKEN=«dp.scim.scWOfJTTZdb4unCc7347LUzA9J3klpnehBCvrPcAjpR»"],
        negatives: examples!["dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.scim.KymriMe7AZFTpov8P8azOfUacBQWBbLIryXcgp7", "the dp.scim. prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "doppler-audit-token",
        title: "Doppler audit token",
        about: about!("Reads a Doppler workplace's audit log; `dp.audit.` + 40–44 characters."),
        label: "DOPPLER_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["dp.audit."]),
        pattern: r"dp\.audit\.[A-Za-z0-9]{40,44}",
        max_len: 53,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(9),
        positives: examples!["DOPPLER_AUDIT_TOKEN=«dp.audit.ctzF1YuHMI5ZK2al5dXHLndn0pLu8Awy9okQ1X02XMb»", "curl -H 'Authorization: Bearer «dp.audit.WacrJwquMZ0yzJEgwtbhMC64jztM2Xm0Kns7Coxa1uK»' https://api.doppler.com/v3/workplace/logs"],
        negatives: examples!["dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dp.audit.u8Q3G94gckVuVVplb5VU2nVVdb82HP8VpRtdQDs", "see dp.audit. tokens"],
        ..Rule::SECRET
    },
    rule! {
        id: "onepassword-service-account-token",
        title: "1Password service account token",
        about: about!("Reads the 1Password vaults granted to a service account; `ops_` + base64 JSON with the account's sign-in details, decoded."),
        label: "ONEPASSWORD_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["ops_eyJ"]),
        pattern: r"ops_eyJ[A-Za-z0-9+/_-]+={0,2}",
        max_len: 6010,
        validate: Some(onepassword_service_account),
        mask: Mask::KeepPrefix(4),
        positives: examples!["export OP_SERVICE_ACCOUNT_TOKEN=«ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6ImM3QXlNUEdKMUVsOFNYQ3lCX0o5Q1UifSwiZW1haWwiOiJxMzV1ZzdpaWZ3Nmc5QDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiMzg5NDIzOTU0ZWFmODkxZjFhNjljNDM0Yjg4M2E5Y2MzMzI1MmI4ODY0MjZhNjVkZTE4MmIzZDUzZWFhMzhhYSIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiT2tROUcyQkxKREh3SXcwVEhQUTJlZlZ0YnZIS2wySWQ2R2lZUVRyMzI3NSIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtOFI0WlRMLTJORjVXNS1VM0VFUSIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiJhODczNDQ4ZjA3OWU2ZmIwNjQ2NjM1OTE2ZWQ5ZWFhNGRhYTMzMmJlMjQ2MjkxN2E1MzE4OTgwOGI3Y2NkZGQ5IiwidXVpZCI6IlNCNU9ZWktVNlZCTE5POE4wNkpVODY2UUlLIn0sImRldmljZVV1aWQiOiJpOXV0aG9yZWkwMjUzbHoyOXozdXhnOW13OSJ9»", "env:\n  OP_SERVICE_ACCOUNT_TOKEN: «ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjBwYUtsTE9GSVBSLVhBTnN0d3ZleWsifSwiZW1haWwiOiIxMGdkOWhlNHl5bTIyQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiOThlMTVlNjAyZDc4YTg5ZGI0NWY3Njk4ZTY0MjM2ODIxMTYwZjkwOTViZTJjZTBjOGY3NzRiNWQ3MzY3NjM5YSIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiNzhlUHpZclczeXROaVAtU3FYeUZucGRwMmtPeVl5dnVkVmhxNklzMHZLaiIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtSUlCTVVHLVNGM1BPNy1PQzkxSCIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiJlNDI3YzI3ZjEwM2YwN2JlZGNmMTliNTY1YzA3NWUzYjQ3NGM2NWNjNjAyMjYyMWEwMjBlNTFhOGQyMjU1NTQxIiwidXVpZCI6Ik1OVThHTEM1SkJSTUhCMzFEN0tVOU44QU9MIn0sImRldmljZVV1aWQiOiJ5bXN0aWJtdzV2ZmY3NTh5MndoeXQ0NHJhMCJ9»"],
        negatives: examples!["OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJraW5kIjogInJlcG9ydCIsICJyb3dzIjogWyJCTXF0M3Jyb2NxNzBzbG5kWmlTOCIsICJ0Nk1TTmNLekFseDQ5ZTBmcTZqcCIsICJlUEN6d0lPN2NSc1VIODVpQ0RydSIsICI3RUpsOGdIQ1BpYUFtT093R0hwRyIsICJqR3Bzd0JLNFdEQ053Z2J1aUh6eiIsICJlS2JDbVM4V2Z5SlJDT1RET1ZqcSIsICJXQnEzcXJHdWNTSWswRk41WXJEZiIsICJsaFlaY3FxamliU2gzZUhwbzNQeiIsICJSQ0lIdjQ5akFRSUo3WkJJQ3VsRSIsICJab3dzTjhQa2JyUFd2NVlaMlJtWSIsICI3M3RZVkR0UUZJVzE4bmhYRkxZVCIsICJDSzdFTDdRNjV0WDNzU0JuT1pvYyJdfQ", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1"],
        ..Rule::SECRET
    },
    rule! {
        id: "onepassword-secret-key",
        title: "1Password Secret Key",
        about: about!("With the account password it decrypts a 1Password account; `A3-` + six groups of letters and digits."),
        label: "ONEPASSWORD_SECRET_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["A3-"]),
        pattern: r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
        max_len: 40,
        min_entropy: 3.5,
        validate: Some(upper_alnum),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "I lost my emergency kit, the secret key was «A3-BAK3HS-NRGK4H-YW26K-NTRKT-3W7FS-GNS4J», can support recover the vault?",
            "OP_SECRET_KEY=«A3-Y3CD4B-K3JDX9-TBG5D-PM2XV-4WQJ8-XTSLZ»",
        ],
        negatives: examples!["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", "printed on A3-size paper", "A3-7KCEZ9-XNS8FC-DTA3X-H44Z4-FFRJ3"],
        ..Rule::SECRET
    },
    rule! {
        id: "circleci-personal-token",
        title: "CircleCI personal API token",
        about: about!("Acts as the CircleCI user on every project they follow; `CCIPAT_` + 22 characters + `_` + 40 hex."),
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CCIPAT_"]),
        pattern: r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}",
        max_len: 70,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples!["curl -H \"Circle-Token: «CCIPAT_jSZDuCDakEL53AvA7ih3m4_f326aa7f707147b5b005ec7932d167bb87dd8df7»\" https://circleci.com/api/v2/me", "CIRCLECI_CLI_TOKEN=«CCIPAT_wB1CQ8VowV9y8fwNCMYpWs_5fab8028e08aeb6ab294c6a8b0e7fe5d11348f42»"],
        negatives: examples!["CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_121a8246c47caf5f21783b9c102201347fc662f4", "CCIPAT_a7ZDMu6DiMdhvJu2galErK_4c27ce3adff694ca7097f8ada9b3b553bbaf7c", "CIRCLECI_CLI_TOKEN=CCIPAT_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "circleci-project-token",
        title: "CircleCI project API token",
        about: about!("Acts on one CircleCI project (trigger pipelines, read artifacts); `CCIPRJ_` + 22 characters + `_` + 40 hex."),
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CCIPRJ_"]),
        pattern: r"CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}",
        max_len: 70,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples!["CIRCLE_PROJECT_TOKEN=«CCIPRJ_DX9Ir7y6XaUBKuEBbkIF7V_91d6ed6707f11568a2ca3d9afeb67aaf5feca6b0»", "curl -u «CCIPRJ_GUjRuDcSFtYYWTptKpTEK0_b23e8520740e108096ec8259704a8b5294ed59af»: https://circleci.com/api/v2/project/gh/acme/api/pipeline"],
        negatives: examples!["CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_9e9719eb78fad7be22491fa836a1806e2e80003a", "CCIPRJ_l55bw76UxjgPwQ1CTBEtPb_7314ecf9a27b4c65cc83f955980226433016b7c", "CCIPRJ_6gN1xw38oh9h3QOyQ9qmfd_130ff860b30ab6144b17374169bfc53730f5656e9"],
        ..Rule::SECRET
    },
    rule! {
        id: "circleci-legacy-token",
        title: "CircleCI API token (legacy)",
        about: about!("An older CircleCI token, 40 hex characters; looked for after a CircleCI token variable or `Circle-Token:` header."),
        label: "CIRCLECI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["circle"], before: 4, after: 100 },
        pattern: r#"(?:(?i:circle[_-]?(?:ci[_-]?)?(?:cli[_-]?)?(?:api[_-]?)?token)["']?\s*[:=]\s*["']?)([a-f0-9]{40})\b"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples!["CIRCLECI_TOKEN=«7c680f569bf61e7d77d87d255532e7479740b192»", "curl -H \"Circle-Token: «c271a359b196a1cc4bc6c8d7a075028ec3bc1be8»\" https://circleci.com/api/v2/me"],
        negatives: examples!["CIRCLE_SHA1=d0d9ce1fe32d3942cf2307c648581d6229988a33", "CIRCLECI_TOKEN=a75a44541e6512a4c0cdafefd3180748", "CIRCLECI_TOKEN=${{ secrets.CIRCLECI_TOKEN }}"],
        ..Rule::SECRET
    },
    rule! {
        id: "travis-ci-token",
        title: "Travis CI API token",
        about: about!("Acts as the Travis CI user (settings, env vars, builds); 22 characters after a Travis token variable, `travis login --token` or a Travis API call."),
        label: "TRAVIS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["travis"], before: 200, after: 200 },
        pattern: r#"(?:(?i:travis[a-z_ -]{0,20}(?:token|key))["']?\s*[:=]\s*["']?|(?i:travis)\s+login\s+--(?:github-)?token[ =]|Authorization:\s*token\s+)([A-Za-z0-9_-]{22,40})"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.5,
        validate: Some(travis_token),
        mask: Mask::All,
        positives: examples![
            "TRAVIS_API_TOKEN=«l-REgm0iKC62aPLgaaNXpT»",
            "curl -H \"Travis-API-Version: 3\" -H \"Authorization: token «08LqMEO-8VANSKHyrLMmVJ»\" https://api.travis-ci.com/repo/acme%2Fapi/requests",
        ],
        negatives: examples!["TRAVIS_API_TOKEN=$TRAVIS_TOKEN", "TRAVIS_API_TOKEN=Cw9V6qnL2epUOsw2e7sw5", "travis build 482913 took 4 minutes"],
        ..Rule::SECRET
    },
    rule! {
        id: "jenkins-api-token",
        title: "Jenkins API token",
        about: about!("Acts as the Jenkins user (trigger jobs, read credentials it may); `11` + 32 hex after a Jenkins token variable or `curl -u user:`."),
        label: "JENKINS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["jenkins"], before: 120, after: 160 },
        pattern: r#"(?:(?i:jenkins[a-z_ -]{0,20}(?:token|api[_ -]?key|password|pass))["']?\s*[:=]\s*["']?|(?:-u|--user)\s+["']?[A-Za-z0-9._@-]+:)(11[0-9a-f]{32})\b"#,
        value_group: 1,
        max_len: 200,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "curl -X POST -u deploy-bot:«1116d0d54e6a3543308f32d82e874ad343» https://jenkins.acme.io/job/payments/buildWithParameters",
            "JENKINS_URL=https://ci.acme.io\nJENKINS_API_TOKEN=«119c3e989a759752d5652e35e6ac584a14»",
        ],
        negatives: examples![
            "JENKINS_API_TOKEN=62323eb233535bd6f1d7a0e6f662f42d",
            "jenkins job 11 failed at commit 28c97b161caa412f4f520b3de8415bf17f6710b2",
            "JENKINS_API_TOKEN=111d9e876de59b0f54f75167add97ac94",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "jfrog-api-key",
        title: "JFrog Artifactory API key",
        about: about!("A (deprecated) Artifactory API key acting as the user; `AKCp` + 69 base58 characters."),
        label: "JFROG_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AKCp"]),
        pattern: r"AKCp[A-Za-z0-9]{69}",
        max_len: 73,
        min_entropy: 4.0,
        validate: Some(jfrog_api_key),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "curl -H \"X-JFrog-Art-Api: «AKCpeDgBN7GwiSqsGTVTm5WN2bui549ZeR61iRERTTcUdzmgqZ3Qb55tNqe8sJF2cwqVHDub5»\" https://acme.jfrog.io/artifactory/api/repositories",
            "ARTIFACTORY_API_KEY=«AKCpx6A69z76JZzxDBToKQJgxqU4ngrYMmx9hSTvjAetG29WLuHu9b7TLaNrVrbb3tmRJgJ1B»",
        ],
        negatives: examples!["AKCp0O0ONClqbOul8Wohsn6l5r6SfS3bCpYTKkHeXdbhQfiNbpW8CIOxshIyAR3QIXYo6TUlr", "AKCpQ9XnXs9Ti2p1NQFypeuUhavGSNnNqT3ZFAf7CmLfS7Wg4SnSrWAqDau5pHFRf6h3adK", "AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "jfrog-reference-token",
        title: "JFrog reference (access) token",
        about: about!("A JFrog Platform access token in reference form: base64 of `reftkn:01:<expiry>:<random>`, decoded."),
        label: "JFROG_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["cmVmdGtuO"]),
        pattern: r"cmVmdGtuO[A-Za-z0-9+/_-]{55}",
        max_len: 64,
        validate: Some(jfrog_reference_token),
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "curl -H \"Authorization: Bearer «cmVmdGtuOjAxOjIwMzcwMDA1NTQ6UXpCOWJTMElQWmtjUk0xeUtSb1FPcjZZS3pt»\" https://acme.jfrog.io/artifactory/api/system/ping",
            "JFROG_ACCESS_TOKEN=«cmVmdGtuOjAxOjIwNDI0OTIxNzI6NjZkUXRPcEVRUXZPRWlsTHVDd05ZelpIYVpR»",
        ],
        negatives: examples!["JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOm5ldmVyZXhwOktjS2taNlNMWTVNMnZZNmdaTHlZbjVaQkhh", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjIwMDk1NDE3MTA6dTJvcXJXVkJVcG95eVNhWFl0STVkZWdHR", "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3..."],
        ..Rule::SECRET
    },
    rule! {
        id: "sonarqube-user-token",
        title: "SonarQube user token",
        about: about!("Acts as the SonarQube/SonarCloud user (analysis, administration it is allowed); `squ_` + 40 hex."),
        label: "SONAR_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["squ_"]),
        pattern: r"squ_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=«squ_ac5d1782d3ed6acea94ebdafb222cf43536950b3»", "SONAR_TOKEN=«squ_5801887d1fb2962fb9ac6a315760c5e67779cdfa»"],
        negatives: examples!["squ_016cf27ec2b81571aa12741eb653b99e", "squ_5f6765d086c267fbb772d6d502dd4fb3890492b1a", "SONAR_TOKEN=squ_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "sonarqube-project-token",
        title: "SonarQube project analysis token",
        about: about!("Runs analyses of one SonarQube project; `sqp_` + 40 hex."),
        label: "SONAR_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sqp_"]),
        pattern: r"sqp_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["mvn sonar:sonar -Dsonar.token=«sqp_6fa03e923ae73fd458901c79873d0b467c9f5b2e»", "SONAR_TOKEN=«sqp_7e53cd2338d34b65326a7f55eaef0e2eb9328294»"],
        negatives: examples!["sqp_b483f4347e6b9ac1085be3ee47d98e7c", "sqp_687151f353ae409c78099ae86823fa770eaa4149b", "sqp_0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "sonarqube-global-token",
        title: "SonarQube global analysis token",
        about: about!("Runs analyses of every project on a SonarQube server; `sqa_` + 40 hex."),
        label: "SONAR_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sqa_"]),
        pattern: r"sqa_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["SONAR_TOKEN=«sqa_4a9e904fdd11d91e3614c0cd467a90973f505331»", "gradle sonar -Dsonar.token=«sqa_5fd9cf4b79dd08ce3657f076be3ab43c6765a703»"],
        negatives: examples!["sqa_9a0536ef0627e3c13a98d20fecb5830e", "sqa_50ca58e37d4b1a72ebb93ba26bf5c17434f44e14c", "sqa_ffffffffffffffffffffffffffffffffffffffff"],
        ..Rule::SECRET
    },
    rule! {
        id: "snyk-api-token",
        title: "Snyk API token",
        about: about!("Acts as the Snyk user or service account; a UUID after `SNYK_TOKEN`, `snyk auth` or `snyk config set api=`."),
        label: "SNYK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["snyk"], before: 4, after: 100 },
        pattern: r#"(?:(?i:snyk[_ -]?(?:api[_ -]?)?(?:token|key))["']?\s*[:=]\s*["']?|(?i:snyk)\s+auth\s+|(?i:snyk)\s+config\s+set\s+api=)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples!["SNYK_TOKEN=«125d2ad4-207f-4335-bbcf-7b59b0ec1f8e»", "snyk auth «875ffa89-1a50-414a-9bfe-cf0e07a05f6d»"],
        negatives: examples!["snyk test --org=78db4417-3922-409e-8f69-849cb6bb7b0d", "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}", "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "codecov-token",
        title: "Codecov upload token",
        about: about!("Uploads coverage reports for a repository (and, for global tokens, an organisation); a UUID after a Codecov token variable or key."),
        label: "CODECOV_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["codecov"], before: 4, after: 100 },
        pattern: r#"(?:(?i:codecov[_ -]?(?:upload[_ -]?)?token)["']?\s*[:=]\s*["']?|(?i:codecov):\s+token:\s*["']?|(?i:codecov)[ -~]*?\s-t\s+)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
        value_group: 1,
        max_len: 160,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples!["CODECOV_TOKEN=«a1cffba6-1a31-400b-ac35-e957d407706a»", "# codecov.yml\ncodecov:\n  token: «a6bd6ddb-7e0c-4403-a80d-de02e4c5abc8»"],
        negatives: examples!["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov report for commit 89877cc6-5efa-4015-acc2-014048029b76", "CODECOV_TOKEN=0a1745d5-706e-4c65-bbbf-6ccb703d0f"],
        ..Rule::SECRET
    },
    rule! {
        id: "pulumi-access-token",
        title: "Pulumi access token",
        about: about!("Acts on Pulumi Cloud stacks (state and their secrets); `pul-` + 40 hex."),
        label: "PULUMI_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pul-"]),
        pattern: r"pul-[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["PULUMI_ACCESS_TOKEN=«pul-58646dfa2f9d276b193177adabd1e924be27d48c» pulumi up --stack prod", "pulumi login --cloud-url https://api.pulumi.com # token «pul-c68fd108989685d4966f45ea90249b1a3a3bdf8a»"],
        negatives: examples!["pul-ea1a062bc860c24f13c6f6b960c92881", "pul-e4937e10d833ad60379e12632c345800011cbc4ed", "a pul-up bar"],
        ..Rule::SECRET
    },
    rule! {
        id: "buildkite-api-token",
        title: "Buildkite API access token",
        about: about!("Acts on a Buildkite organisation's pipelines and builds as the user; `bkua_` + 40 hex."),
        label: "BUILDKITE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["bkua_"]),
        pattern: r"bkua_[a-f0-9]{40}",
        max_len: 45,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples!["curl -H \"Authorization: Bearer «bkua_8300474906d8bd33588c23a4bf022a0dc0772c66»\" https://api.buildkite.com/v2/organizations/acme/builds", "BUILDKITE_API_TOKEN=«bkua_f5f43de21d7ec7acd3e5048078c2d5706d9cb973»"],
        negatives: examples!["bkua_test", "bkua_d23cf40e21ad17ea596b9b6f96076219", "bkua_f18782a7c054f83f1b712f901b3049c482ce8b85e"],
        ..Rule::SECRET
    },
    rule! {
        id: "octopus-deploy-api-key",
        title: "Octopus Deploy API key",
        about: about!("Deploys releases and reads variables as the Octopus user; `API-` + 26 upper-case letters and digits."),
        label: "OCTOPUS_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["API-"]),
        pattern: r"API-[A-Z0-9]{26}",
        max_len: 30,
        min_entropy: 3.5,
        validate: Some(upper_alnum),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "octo push --package Acme.Web.1.4.2.zip --server https://deploy.acme.io --apiKey «API-26CVP7OCVL3WGZK8PQM3A4QF8T»",
            "OCTOPUS_API_KEY=«API-9RS1BPJMC7ZC3MR9S6VM0C9HIB»",
        ],
        negatives: examples!["API-GATEWAYPRODUCTIONREGIONEU", "API-XXXXXXXXXXXXXXXXXXXXXXXXXX", "API-2NXZQWQZPWKRY0VWWTD1YR7YS", "REST API-based integration"],
        ..Rule::SECRET
    },
    rule! {
        id: "harness-token",
        title: "Harness personal or service account token",
        about: about!("Acts on a Harness account as the user (`pat.`) or service account (`sat.`); three dot-separated parts."),
        label: "HARNESS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pat.", "sat."]),
        pattern: r"[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}",
        max_len: 73,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "curl -H 'x-api-key: «pat.Pq6Zah4V8P6D548MKEya2e.6b3ab84a3c084aece54d5869.sXr4mySC5xR58Kt86P1s»' https://app.harness.io/gateway/ng/api/user/currentUser",
            "HARNESS_API_KEY=«sat.jrYIwr0mxWeJaSa6LTnj--.8d266fd7b41c56e3c80a371f.1N5GxankfgcH5uSYv751»",
        ],
        negatives: examples!["a pat. on the back", "pat.sLcaO1nCCuKMh1DnWadOw5.d999b2cd170f301560cf.cd43sqMN9A0byTykb0C8", "HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "clojars-deploy-token",
        title: "Clojars deploy token",
        about: about!("Deploys artifacts to Clojars as the user; `CLOJARS_` + 60 lower-case characters."),
        label: "CLOJARS_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CLOJARS_"]),
        pattern: r"CLOJARS_[a-z0-9]{60}",
        max_len: 68,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            ":deploy-repositories [[\"clojars\" {:username \"jdoe\" :password \"«CLOJARS_skx1kpmksbfdmcrhif93cj730jydcv0xmjehrtigtzwkzlv710cz7y5x6iwl»\"}]]",
            "CLOJARS_PASSWORD=«CLOJARS_ckpph9hkedwwil7f5bh8zw3ia5ogxdf0qd1zqsxxt5y0i9n8ibtelnap07br»",
        ],
        negatives: examples!["CLOJARS_USERNAME=jdoe", "CLOJARS_tdnv4fz6rzkkr4uorydhgdycenzu7uypjbghoptecxw0vmvixzsydj26q5", "CLOJARS_PASSWORD=CLOJARS_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "cratesio-api-token",
        title: "crates.io API token",
        about: about!("Publishes and yanks crates as the crates.io user; `cio` + 32 characters."),
        label: "CRATES_IO_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["cio"]),
        pattern: r"cio[A-Za-z0-9]{32}",
        max_len: 35,
        min_entropy: 4.0,
        validate: Some(mixed_alnum),
        mask: Mask::KeepPrefix(3),
        positives: examples!["cargo login «cioAp4gXK5iEYDpyWASH28MNIDDYcClffyD»", "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"«ciokVVgBFxN25KsnrBVKXjEKUkTGtkdB0KC»\""],
        negatives: examples!["a precious gracious conscious ciao", "ciot2k9mv4z3y59EkLSMi5wFy6kaRs4DEl", "ciop6rypaXaXsIyEMWloglnW80wQsldaSyGx", "ciocuhnaygrqxdwtzqvnrmlpwbhoeltsabke"],
        ..Rule::SECRET
    },
];
