//! SaaS and developer-platform tokens: observability (Datadog, New Relic,
//! Sentry, Grafana, Dynatrace, PagerDuty, Sumo Logic), identity (Okta,
//! Auth0), data (Databricks, Snowflake, Airtable, Algolia, Segment),
//! collaboration (Linear, Notion, Figma, Asana, Zendesk, Intercom, HubSpot,
//! Contentful, Typeform, Postman), hosting (Cloudflare, Heroku, Netlify,
//! Vercel, Supabase, Fastly, Firebase) and shipping (Shippo, EasyPost).
//!
//! Format sources (facts only; patterns are our own):
//! - Checksums: Grafana service-account tokens end in the CRC-32 of
//!   `glsa_` + 32 characters, as 8 hex digits of its little-endian bytes
//!   (Grafana `satokengen`; CredSweeper `value_grafana_service_check.py`).
//!   Cloudflare `cfk_`/`cfut_`/`cfat_` tokens end in the CRC-32 of their
//!   40-character body as 8 lowercase hex digits
//!   (developers.cloudflare.com/fundamentals/api/get-started/token-formats/).
//! - Decodable payloads: Sentry org tokens `sntrys_<base64 JSON>_<base64 of
//!   32 bytes>` (getsentry/sentry-cli `org_auth_token.rs`); Grafana Cloud
//!   `glc_<base64 JSON with o, n, k>` and legacy API keys `eyJrIjoi…`
//!   (base64 JSON with k, n, id); Mapbox secret tokens `sk.<base64url JSON
//!   with u>.<22>`; Intercom access tokens base64 of `tok:…`; Supabase
//!   service-role keys are JWTs whose payload has `"role":"service_role"`.
//! - Prefixes and lengths: New Relic API-key docs (NRAK/NRAA user and admin
//!   keys, NRII insert, NRJS browser, license keys ending `NRAL`), Sentry
//!   `sntryu_` + 64 hex, Databricks `dapi` + 32 hex, Linear `lin_api_` +
//!   40, Notion `ntn_` + 11 digits + 35, Airtable `pat` + 14 + `.` + 64 hex,
//!   Figma `figd_`, Postman `PMAK-24-34`, Cloudflare origin CA `v1.0-24-146`,
//!   Heroku `HRKU-AA` + 58, Vercel `vcp_/vci_/vca_/vcr_/vck_`, Dynatrace
//!   `dt0c01.24.64`, Contentful `CFPAT-` + 43, HubSpot `pat-na1-<uuid>`,
//!   Supabase `sbp_` + 40 hex and `sb_secret_`, FCM legacy server keys
//!   `AAAA…:APA91b…` (152), Typeform `tfp_`, Shippo `shippo_live_` + 40 hex,
//!   EasyPost `EZAK`/`EZTK` + 54, Asana `1/…:` or `2/…/…:` + 32 hex (as
//!   catalogued by gitleaks, secretlint and GitHub secret scanning).
//! - Prefix-less keys (Datadog, PagerDuty, Okta, Auth0, Cloudflare legacy,
//!   Heroku legacy, Vercel legacy, LaunchDarkly, Algolia, Segment, Zendesk,
//!   Fastly, Sumo Logic, Snowflake, Notion legacy) are only reported after a
//!   provider label (`DD_API_KEY=`, `okta api token:`, `SSWS …`).

use super::generic::password_like;
use super::keys::{b64_json, json_has_key, json_has_pair, jwt_structure};
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base64_decode, crc32};

/// `<label>` then `=`, `:`, `is`, quotes or spaces, then `(<value>)`.
macro_rules! labelled {
    ($label:literal, $value:literal) => {
        concat!("(?i)", $label, r#"["']?(?:[ \t]+(?:is|was)\b)?[^A-Za-z0-9\n]{1,8}("#, $value, ")")
    };
}

/// An optional digest label before a hex value: when it is there the match
/// starts at the label and the validator drops it (`commit 6b34…`,
/// `trace id 7207…`, `md5: 9f86…`).
macro_rules! hex_not_a_digest {
    () => {
        r"(?i:\b(?:commit|sha(?:1|256)?|hash|digest|md5|checksum|etag|trace[ _-]?id|span[ _-]?id|request[ _-]?id)[ \t:=#]+)?"
    };
}

/// Prefix-less Datadog keys: pure hex (no digest label matched in front),
/// letters and digits, and a key word close by.
fn datadog_key(c: &Candidate) -> Verdict {
    if !c.near_context() || !c.value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Verdict::Invalid;
    }
    letters_and_digits(c)
}

/// Okta tokens near Okta need a token word close by and mixed characters.
fn okta_token(c: &Candidate) -> Verdict {
    if c.near_context() {
        letters_and_digits(c)
    } else {
        Verdict::Invalid
    }
}

/// Grafana service account: `glsa_` + 32 + `_` + hex of the little-endian
/// CRC-32 of the first 37 characters.
fn grafana_sa_checksum(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.len() != 46 {
        return Verdict::Invalid;
    }
    let crc = crc32(&v[..37]).to_le_bytes();
    let expected: String = crc.iter().map(|b| format!("{b:02x}")).collect();
    if c.value[38..].eq_ignore_ascii_case(&expected) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Cloudflare `cfk_`/`cfut_`/`cfat_`: 40-character body + CRC-32 hex.
fn cloudflare_checksum(c: &Candidate) -> Verdict {
    let Some((_, rest)) = c.value.split_once('_') else { return Verdict::Invalid };
    if rest.len() != 48 {
        return Verdict::Invalid;
    }
    let (body, check) = rest.split_at(40);
    if format!("{:08x}", crc32(body.as_bytes())) == check {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Sentry org token: base64 JSON payload naming the org, 32-byte secret.
fn sentry_org_token(c: &Candidate) -> Verdict {
    let mut parts = c.value.splitn(3, '_').skip(1);
    let (Some(payload), Some(secret)) = (parts.next(), parts.next()) else { return Verdict::Invalid };
    let mut raw = Vec::new();
    let secret_ok = base64_decode(secret.as_bytes(), &mut raw) && raw.len() == 32;
    match b64_json(payload) {
        Some(json) if secret_ok && (json_has_key(&json, "org") || json_has_key(&json, "region_url")) => {
            Verdict::Verified
        }
        _ => Verdict::Invalid,
    }
}

/// Grafana Cloud access-policy token: base64 JSON with `o`, `n`, `k`.
fn grafana_cloud_token(c: &Candidate) -> Verdict {
    match b64_json(&c.value[4..]) {
        Some(j) if ["o", "n", "k"].iter().all(|k| json_has_key(&j, k)) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// Grafana legacy API key: base64 JSON with `k`, `n`, `id`.
fn grafana_legacy_key(c: &Candidate) -> Verdict {
    match b64_json(c.value) {
        Some(j) if ["k", "n", "id"].iter().all(|k| json_has_key(&j, k)) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// Mapbox secret token: `sk.` + base64url JSON naming the user (`u`).
fn mapbox_secret(c: &Candidate) -> Verdict {
    let payload = c.value[3..].split('.').next().unwrap_or("");
    match b64_json(payload) {
        Some(j) if json_has_key(&j, "u") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// Intercom access token: base64 of `tok:<id>:…`.
fn intercom_token(c: &Candidate) -> Verdict {
    let mut out = Vec::new();
    if base64_decode(c.value.as_bytes(), &mut out)
        && out.starts_with(b"tok:")
        && out.len() >= 36
        && out.iter().all(|b| b.is_ascii_graphic())
    {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Supabase service-role key: a JWT whose payload grants `service_role`.
fn supabase_service_role(c: &Candidate) -> Verdict {
    if jwt_structure(c) == Verdict::Invalid {
        return Verdict::Invalid;
    }
    let payload = c.value.split('.').nth(1).unwrap_or("");
    match b64_json(payload) {
        Some(j) if json_has_pair(&j, "role", "service_role") => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// A context-only value must mix letters and digits (not a word, not a
/// number) to be worth reporting.
fn letters_and_digits(c: &Candidate) -> Verdict {
    let v = c.value;
    if v.bytes().any(|b| b.is_ascii_alphabetic()) && v.bytes().any(|b| b.is_ascii_digit()) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Algolia: admin or write keys are secret; search-only keys are public.
fn algolia_admin(c: &Candidate) -> Verdict {
    if c.matched.to_ascii_lowercase().contains("search") {
        Verdict::Invalid
    } else {
        letters_and_digits(c)
    }
}

/// Notion legacy integration tokens (`secret_…`) need Notion nearby.
fn notion_context(c: &Candidate) -> Verdict {
    if c.near_context() {
        letters_and_digits(c)
    } else {
        Verdict::Invalid
    }
}

/// A Snowflake password or token that reads as a credential.
fn snowflake_secret(c: &Candidate) -> Verdict {
    let quoted = c.matched[..c.matched.len() - c.value.len()].ends_with(['"', '\'']);
    if password_like(c.value, quoted, false) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    // ---- Datadog -------------------------------------------------------
    rule! {
        id: "datadog-api-key",
        title: "Datadog API key",
        about: about!("Sends metrics, logs and events into a Datadog organisation; 32 hex digits near Datadog with a key word close by (`DD_API_KEY=…`, `is this Datadog key …`), never after commit, hash or trace-id labels."),
        label: "DATADOG_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["datadog", "dd_api", "dd-api", "ddapi"], before: 80, after: 120 },
        pattern: concat!(hex_not_a_digest!(), r"\b[a-f0-9]{32}\b"),
        max_len: 64,
        min_entropy: 3.0,
        validate: Some(datadog_key),
        context: &["key", "api_key", "apikey", "api-key"],
        context_window: 40,
        mask: Mask::All,
        positives: examples![
            "DD_API_KEY=«72070e2a4c056a246aa0dda9df5b1891» docker run -d datadog/agent:7",
            "curl -X POST https://api.datadoghq.eu/api/v2/series -H \"DD-API-KEY: «a4a38954708afd53b358a4255503ed23»\"",
            "our datadog api key is «0d8acfc906a32d5796b60a1034a350ef», rotate it later",
            "is «5e1c0a9b7d2f48e6a3b1c9d07f4e2a86» a valid key? the Datadog agent logs 403 Forbidden",
        ],
        negatives: examples![
            "DD_API_KEY=<your_api_key>",
            "DD_API_KEY=72070e2a4c056a246aa0dda9df5b189",
            "datadog trace id 72070e2a4c056a246aa0dda9df5b1891",
            "DD_API_KEY=${DATADOG_API_KEY}",
            "the Datadog agent package md5: 9f86d081884c7d659a2feaa0c55ad015, is the key rotation related?",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "datadog-app-key",
        title: "Datadog application key",
        about: about!("Together with an API key, reads and changes a Datadog organisation through its API; 40 hex digits near Datadog with a key word close by, never after commit, hash or SHA labels."),
        label: "DATADOG_KEY",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["datadog", "dd_app", "dd-app", "dd_application", "dd-application"],
            before: 80,
            after: 120,
        },
        pattern: concat!(hex_not_a_digest!(), r"\b[a-f0-9]{40}\b"),
        max_len: 72,
        min_entropy: 3.0,
        validate: Some(datadog_key),
        context: &["key", "app_key", "appkey", "app-key", "application_key", "application-key"],
        context_window: 40,
        mask: Mask::All,
        positives: examples![
            "export DD_APP_KEY=«0619423f31a9b29de46bfb07ce9c32d07fb8c104»",
            "-H \"DD-APPLICATION-KEY: «74641b7b0a4a8a967376f96a4e57d8ca4cd04e16»\"",
            "which scopes does this key need? «b1f04c6e9a2d7385e0c4a1f9d6b28e73c5a0f417» — Datadog says 403 on /api/v1/monitor",
        ],
        negatives: examples![
            "DD_APP_KEY=<application key>",
            "datadog-agent commit 6b3405810dd6876fc0462e1d6cb769614b170e79",
            "DD_APP_KEY=0619423f31a9b29de46bfb07ce9c32d07fb8c10",
            "Datadog fixed the key handling in commit 6b3405810dd6876fc0462e1d6cb769614b170e79",
        ],
        ..Rule::SECRET
    },
    // ---- New Relic -----------------------------------------------------
    rule! {
        id: "new-relic-user-key",
        title: "New Relic user or admin API key",
        about: about!("Queries and configures a New Relic account through NerdGraph (NRAK user keys, NRAA legacy admin keys)."),
        label: "NEW_RELIC_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["NRAK-", "NRAA-"]),
        pattern: r"NRA[AK]-[A-Z0-9]{27}",
        max_len: 32,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "NEW_RELIC_API_KEY=«NRAK-YRKD78H7T1R5575JSXNJC71GLOL»",
            "terraform: api_key = \"«NRAK-YOJAKXJDJIKYFCFRCTJWH38J8OH»\"",
            "old admin key «NRAA-YHJ5Y37CMYPKF734HBV1J4NM8V6»",
        ],
        negatives: examples!["NRAK-YRKD78H7T1R5575JSXNJC71GLO", "NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX", "keys start with NRAK-", "NRAK-YRKD78H7T1R5575JSXNJC71GLOLA"],
        ..Rule::SECRET
    },
    rule! {
        id: "new-relic-license-key",
        title: "New Relic license (ingest) key",
        about: about!("Lets agents send data into a New Relic account; 40 characters ending in `NRAL`."),
        label: "NEW_RELIC_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Inside { words: &["NRAL"], before: 40, after: 0 },
        pattern: r"(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL",
        max_len: 40,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "NEW_RELIC_LICENSE_KEY=«b89b4518302faca1bc1248cee7475f3b4383NRAL»",
            "license_key: '«544c20f51ca9718883785b4fe2b192423f35NRAL»'",
        ],
        negatives: examples![
            "b89b4518302faca1bc1248cee7475f3b438NRAL",
            "license keys end in NRAL",
            "0000000000000000000000000000000000000NRAL",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "new-relic-insert-key",
        title: "New Relic Insights insert key",
        about: about!("Writes custom events into a New Relic account (`NRII-` + 32)."),
        label: "NEW_RELIC_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["NRII-"]),
        pattern: r"NRII-[A-Za-z0-9_-]{32}",
        max_len: 37,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples!["X-Insert-Key: «NRII-mjlJKwK10TKYSYoTapciPRzKpZcU-0px»", "insert_key=«NRII-Kbv7aM93Ku1GLpu0FxrtlracttIpDNo7»"],
        negatives: examples!["NRII-mjlJKwK10TKYSYoTapciPRzKpZcU-0p", "NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "the NRII- prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "new-relic-browser-key",
        title: "New Relic browser key",
        about: about!("Sends browser monitoring data to New Relic; embedded in web pages, so of limited reach (`NRJS-` + 19 hex)."),
        label: "NEW_RELIC_KEY",
        severity: Severity::Low,
        trigger: Trigger::Prefix(&["NRJS-"]),
        pattern: r"NRJS-[a-f0-9]{19}",
        max_len: 24,
        min_entropy: 2.5,
        mask: Mask::KeepPrefix(5),
        positives: examples!["licenseKey: '«NRJS-f7eaf4725db86e798a3»'", "NEW_RELIC_BROWSER_KEY=«NRJS-22f5a7bb4444241df5f»"],
        negatives: examples!["NRJS-f7eaf4725db86e798a", "NRJS-f7eaf4725db86e798a3b", "NRJS-0000000000000000000"],
        ..Rule::SECRET
    },
    // ---- Sentry ----------------------------------------------------------
    rule! {
        id: "sentry-org-token",
        title: "Sentry organization auth token",
        about: about!("Uploads source maps and calls the Sentry API for an organization; its base64 JSON payload and 32-byte secret are decoded."),
        label: "SENTRY_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sntrys_"]),
        pattern: r"sntrys_eyJ[A-Za-z0-9+/]{20}[A-Za-z0-9+/]*={0,2}_[A-Za-z0-9+/]{43}",
        max_len: 700,
        placeholder_filter: false,
        validate: Some(sentry_org_token),
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "SENTRY_AUTH_TOKEN=«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» npx @sentry/wizard",
            "authToken: \"«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»\"",
        ],
        negatives: examples![
            // Payload is not JSON naming an org.
            "sntrys_eyJub3QiOiJzZW50cnkiLCJ4Ijoid2hhdGV2ZXIgdGhpcyBpcyJ9_XxFcQhtcQQ0JQz/4k0Fuj/+JU36Ymb7Mcc7+sdV8uSA",
            "sntrys_eyJpYXQiOjE3NjcyMjU2MDAuMTIzNDU2LCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsIm9yZyI6ImFjbWUtY29ycCJ9_short",
            "org tokens start with sntrys_",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "sentry-user-token",
        title: "Sentry user auth token",
        about: about!("Acts as a Sentry user through the API (`sntryu_` + 64 hex)."),
        label: "SENTRY_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sntryu_"]),
        pattern: r"sntryu_[a-f0-9]{64}",
        max_len: 71,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "sentry-cli --auth-token «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» releases list",
            "[auth]\ntoken=«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»",
        ],
        negatives: examples![
            "sntryu_6fc60b3c0469180fa770d0cd551ce4b089f78db7e987375e9530a77e77cacd1",
            "sntryu_0000000000000000000000000000000000000000000000000000000000000000",
            "sntryu_6fc60b3c0469180fa770d0cd551ce4b089f78db7e987375e9530a77e77cacd12ab",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "sentry-dsn-secret",
        title: "Sentry DSN with secret key",
        about: about!("A legacy Sentry DSN that still carries its secret key (`https://<public>:<secret>@…/<project>`); modern DSNs without the secret are public."),
        label: "SENTRY_DSN_SECRET",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["sentry"], before: 120, after: 200 },
        pattern: r"https?://[a-f0-9]{32}:([a-f0-9]{32})@[A-Za-z0-9.-]+(?::[0-9]{2,5})?/[0-9]+",
        value_group: 1,
        max_len: 200,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "SENTRY_DSN=https://272a4eafc2d9a0a2175d4ca16c3c79dd:«f4e6e8c746d8e77475444334492dd46b»@o123456.ingest.sentry.io/4504",
            "raven = Client('https://432768de485233e92c51d067da53be27:«1b2f9d966f2ff008c3518a80ffa0a1dc»@sentry.acme.io/7')",
        ],
        negatives: examples![
            "SENTRY_DSN=https://272a4eafc2d9a0a2175d4ca16c3c79dd@o123456.ingest.sentry.io/4504",
            "sentry: https://public:secret@sentry.example.com/1",
            "SENTRY_DSN=https://272a4eafc2d9a0a2175d4ca16c3c79dd:00000000000000000000000000000000@o1.ingest.sentry.io/1",
        ],
        ..Rule::SECRET
    },
    // ---- Grafana ---------------------------------------------------------
    rule! {
        id: "grafana-service-account-token",
        title: "Grafana service account token",
        about: about!("Calls a Grafana instance's API with the service account's role; checked by its CRC-32 suffix."),
        label: "GRAFANA_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glsa_"]),
        pattern: r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",
        max_len: 46,
        validate: Some(grafana_sa_checksum),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "GRAFANA_TOKEN=«glsa_diqP6UPbou9CY2sP3CYHU4fXeQnMmZ6H_cbddaa52»",
            "curl -H 'Authorization: Bearer «glsa_AzwPzs6CDZJnDNjx5olPvZFDZlwPPdil_4c6e6b95»' https://grafana.acme.io/api/dashboards/home",
        ],
        negatives: examples![
            "glsa_diqP6UPbou9CY2sP3CYHU4fXeQnMmZ6H_cbddaa53",
            "glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000",
            "glsa_diqP6UPbou9CY2sP3CYHU4fXeQnMmZ6H",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "grafana-cloud-token",
        title: "Grafana Cloud access policy token",
        about: about!("Reads or writes Grafana Cloud stacks (metrics, logs, traces) per its access policy; the base64 JSON payload is decoded."),
        label: "GRAFANA_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["glc_"]),
        pattern: r"glc_eyJ[A-Za-z0-9+/]{20}[A-Za-z0-9+/]*={0,2}",
        max_len: 420,
        placeholder_filter: false,
        validate: Some(grafana_cloud_token),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "GRAFANA_CLOUD_TOKEN=«glc_eyJvIjoiMTI1NTkzIiwibiI6InN0YWNrLTEyMzQ1Ni1obS1yZWFkLWFsbG95IiwiayI6InpXTFM5ZkpqSWRKU2haZUV6VUtmZmxwcyIsIm0iOnsiciI6InByb2QtdXMtZWFzdC0wIn19»",
            "password: «glc_eyJvIjoiODIwMzIzIiwibiI6ImNpLWRlcGxveS10b2tlbiIsImsiOiJYaEg4bXVoVXR0MHZCYmtpSFVwaGhkeGsiLCJtIjp7InIiOiJwcm9kLXVzLWVhc3QtMCJ9fQ==»",
        ],
        negatives: examples![
            "glc_eyJub3QiOiJhIGdyYWZhbmEgdG9rZW4ifQ==",
            "glc_abcdefghijklmnopqrstuvwxyz0123456789",
            "tokens look like glc_eyJ...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "grafana-api-key",
        title: "Grafana API key (legacy)",
        about: about!("A Grafana API key from before service accounts; base64 JSON with `k`, `n` and `id`, decoded."),
        label: "GRAFANA_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["eyJrIjoi"]),
        pattern: r"eyJrIjoi[A-Za-z0-9+/]{40}[A-Za-z0-9+/]*={0,2}",
        max_len: 320,
        placeholder_filter: false,
        validate: Some(grafana_legacy_key),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "grafana_api_key = \"«eyJrIjoib3ZnS3VpRHZFQ3l1WUZmdUQ3aWhUTWdPczVVMmxZWFYiLCJuIjoiY2ktYm90IiwiaWQiOjF9»\"",
            "Authorization: Bearer «eyJrIjoiVTNocUtkN1FiNzd0VWZwekpodk5NY0xaUm02R1lUYVIiLCJuIjoidGVycmFmb3JtIiwiaWQiOjd9»",
        ],
        negatives: examples![
            // {"k":"abc","x":1}: lacks n and id.
            "eyJrIjoiYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoiLCJ4IjoxfQ==",
            "eyJrIjoi",
            "eyJrIjoib3ZnS3VpRHZFQ3l1WUZmdUQ3aWhUTWdPczVVMmxZWFYiLCJu",
        ],
        ..Rule::SECRET
    },
    // ---- Incident, identity ---------------------------------------------
    rule! {
        id: "pagerduty-api-key",
        title: "PagerDuty API key",
        about: about!("A PagerDuty REST API key (20 characters) after a PagerDuty label; can read and trigger incidents."),
        label: "PAGERDUTY_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["pagerduty"], before: 0, after: 100 },
        pattern: labelled!(r"pagerduty[A-Za-z0-9_ .-]{0,24}?(?:key|token)", r"[A-Za-z0-9_+-]{20}"),
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["PAGERDUTY_API_KEY=«u+kQyOJSvML8xMw6FQ5a»", "pagerduty token: «TZhMbuNMgL8saQbWObyi»"],
        negatives: examples!["PAGERDUTY_API_KEY=your_pagerduty_key", "pagerduty token: TZhMbuNMgL8saQbWOby", "pagerduty key rotation runbook"],
        ..Rule::SECRET
    },
    rule! {
        id: "okta-api-token",
        title: "Okta API token",
        about: about!("An Okta SSWS API token (`00` + 40) with an admin's rights over the org; reported near Okta with a token or key word close by, or in an `SSWS` header."),
        label: "OKTA_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["okta", "ssws"], before: 80, after: 100 },
        pattern: r"\b00[A-Za-z0-9_-]{40}",
        max_len: 42,
        min_entropy: 3.5,
        validate: Some(okta_token),
        context: &["key", "token", "ssws", "api_key", "api-key", "apikey"],
        context_window: 40,
        mask: Mask::KeepPrefix(2),
        positives: examples![
            "curl -H \"Authorization: SSWS «00iGxmYAHZ_uDIjWvn8ykua_gmdPa2c259KZUwRkck»\" https://acme.okta.com/api/v1/users",
            "OKTA_API_TOKEN=«00lsk8Xv7CPHHit4gHNkAZacVj26l6HAMhn_xj3NLw»",
            "is «00Qm3vT8rLx2Kp9WfZ4bNc7Hd1Ys6Ug5Ej0Ra8Ti2O» still a valid token? Okta returns E0000011",
        ],
        negatives: examples![
            "Authorization: SSWS ${OKTA_API_TOKEN}",
            "OKTA_API_TOKEN=00lsk8Xv7CPHHit4gHNkAZacVj26l6HAMhn_xj3NL",
            "okta client id 0oa1b2c3d4e5f6g7h8i9",
            // A 42-character id near Okta, but no token word close by.
            "Okta group 00g1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p7q8r9s0 synced from the directory",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "auth0-client-secret",
        title: "Auth0 client secret",
        about: about!("An Auth0 application's client secret (64 characters) after an Auth0 client-secret label; mints tokens as the application."),
        label: "AUTH0_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["auth0"], before: 0, after: 140 },
        pattern: labelled!(r"auth0[A-Za-z0-9_ .-]{0,24}?client[_ .-]?secret", r"[A-Za-z0-9_-]{64}"),
        value_group: 1,
        max_len: 180,
        min_entropy: 4.0,
        mask: Mask::All,
        positives: examples![
            "AUTH0_CLIENT_SECRET=«PS-JWlxHPodTMTYs9Z-8IlTOj22Zt4Fnh2PDH6UlDvGQJdawO7grFCjnEAjo1hb6»",
            "auth0 client secret: «4Mzo4ht2bcri4vgqb4VdjGM0yYfWvN6ieDwWLavjU83NpznDFUS_6EPmafZZbM83»",
        ],
        negatives: examples![
            "AUTH0_CLIENT_SECRET=YOUR_AUTH0_CLIENT_SECRET",
            "AUTH0_CLIENT_SECRET=PS-JWlxHPodTMTYs9Z-8IlTOj22Zt4Fnh2PDH6UlDvGQJ",
            "AUTH0_CLIENT_ID=PS-JWlxHPodTMTYs9Z-8IlTOj22Zt4Fnh2PDH6UlDvGQJdawO7grFCjnEAjo1hb6",
        ],
        ..Rule::SECRET
    },
    // ---- Data platforms ------------------------------------------------------
    rule! {
        id: "databricks-token",
        title: "Databricks personal access token",
        about: about!("Runs jobs, queries and notebooks in a Databricks workspace as the user (`dapi` + 32 hex)."),
        label: "DATABRICKS_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["dapi"]),
        pattern: r"dapi[a-f0-9]{32}(?:-[0-9]{1,2})?",
        max_len: 39,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "DATABRICKS_TOKEN=«dapi3d76a8471134b072f77d9c998cf69468» databricks fs ls",
            "token = \"«dapiadf0c3af5513a76787f51227273521b9-2»\"",
        ],
        negatives: examples!["dapi3d76a8471134b072f77d9c998cf6946", "dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "rapid dapi calls", "dapi3d76a8471134b072f77d9c998cf69468ff"],
        ..Rule::SECRET
    },
    rule! {
        id: "snowflake-credentials",
        title: "Snowflake password or token",
        about: about!("A Snowflake password or programmatic access token after a Snowflake label (`SNOWFLAKE_PASSWORD=`); must read as a credential."),
        label: "SNOWFLAKE_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["snowflake"], before: 0, after: 200 },
        pattern: labelled!(
            r"snowflake[A-Za-z0-9_ .-]{0,20}?(?:password|passwd|pwd|token|pat)\b",
            r"[A-Za-z0-9!#$%&()*+./:=?@\[\]^_|~-]{8,160}"
        ),
        value_group: 1,
        max_len: 240,
        validate: Some(snowflake_secret),
        mask: Mask::All,
        positives: examples!["SNOWFLAKE_PASSWORD=«Sn0w!5ZHgkwYfdQ»", "snowflake_pwd: '«adcXWbprbv9ELn6T#9»'"],
        negatives: examples![
            "SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}",
            "snowflake password is required for the loader",
            "SNOWFLAKE_PASSWORD=changeme",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "airtable-pat",
        title: "Airtable personal access token",
        about: about!("Reads and writes the Airtable bases it is scoped to (`pat` + 14 + `.` + 64 hex)."),
        label: "AIRTABLE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pat"]),
        pattern: r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}",
        max_len: 82,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "AIRTABLE_API_KEY=«patah7JSuQJlRvUFp.5b0e594d4f4fcc74dd558fafba244f8e88ab5f9448bc4af688e8d174e59ff10e»",
            "-H \"Authorization: Bearer «patDjdP9CBhqwGdy2.f50e6dfea2b78a0a80d6518cd0ecd2a7b99b657e701f6c063bf87860f5de6d20»\"",
        ],
        negatives: examples![
            "patah7JSuQJlRvUFp.5b0e594d4f4fcc74dd558fafba244f8e88ab5f9448bc4af688e8d174e59ff10",
            "update the path pattern in patch.py",
            "patXXXXXXXXXXXXXX.0000000000000000000000000000000000000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "algolia-admin-key",
        title: "Algolia admin API key",
        about: about!("An Algolia admin or write key (32 hex) after an Algolia label; it can change or delete indices. Search-only keys are public and skipped."),
        label: "ALGOLIA_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["algolia"], before: 0, after: 120 },
        pattern: labelled!(r"algolia[A-Za-z0-9_ .-]{0,24}?(?:admin|write|api)[_ .-]?(?:api[_ .-]?)?key", r"[a-f0-9]{32}"),
        value_group: 1,
        max_len: 170,
        min_entropy: 3.0,
        validate: Some(algolia_admin),
        mask: Mask::All,
        positives: examples!["ALGOLIA_ADMIN_KEY=«de592dbbbca961694969fba1ab53a43f»", "algolia api key: «78435748a95599aa978d342eaabc7c62»"],
        negatives: examples![
            "ALGOLIA_SEARCH_API_KEY=de592dbbbca961694969fba1ab53a43f",
            "ALGOLIA_ADMIN_KEY=<admin key>",
            "ALGOLIA_APP_ID=78435748A9",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "segment-write-key",
        title: "Segment write key",
        about: about!("Sends events into a Segment source (32 characters after a Segment write-key label); often shipped to browsers, so of limited reach."),
        label: "SEGMENT_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["segment"], before: 0, after: 100 },
        pattern: labelled!(r"segment[A-Za-z0-9_ .-]{0,20}?write[_ .-]?key", r"[A-Za-z0-9]{32}"),
        value_group: 1,
        max_len: 150,
        min_entropy: 3.5,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["SEGMENT_WRITE_KEY=«fio7Z5DSD7AcNqF451rvJQs7U6Sn4rP5»", "segment writeKey: '«mrMWnOm2McJ55tE7rw3pk22jN6ifS9Cq»'"],
        negatives: examples!["SEGMENT_WRITE_KEY=YOUR_WRITE_KEY", "segment write key goes in analytics.js", "SEGMENT_WRITE_KEY=fio7Z5DSD7AcNqF451rvJQs7U6Sn4rP"],
        ..Rule::SECRET
    },
    // ---- Collaboration -------------------------------------------------------
    rule! {
        id: "linear-api-key",
        title: "Linear API key",
        about: about!("Reads and writes the user's Linear issues and projects (`lin_api_` + 40)."),
        label: "LINEAR_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["lin_api_"]),
        pattern: r"lin_api_[A-Za-z0-9]{40}",
        max_len: 48,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(8),
        positives: examples!["LINEAR_API_KEY=«lin_api_4VpKzX7z3sf9tMthMhxhQC7n2Guyb1cKpF70GxZy»", "Authorization: «lin_api_A9971XlxHXGK2Ta47kN7uR7qlaVYuj2D6c6UbXyW»"],
        negatives: examples!["lin_api_4VpKzX7z3sf9tMthMhxhQC7n2Guyb1cKpF70GxZ", "lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "keys begin with lin_api_"],
        ..Rule::SECRET
    },
    rule! {
        id: "notion-token",
        title: "Notion integration token",
        about: about!("Reads and edits the Notion pages shared with an integration (`ntn_` + 11 digits + 35)."),
        label: "NOTION_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["ntn_"]),
        pattern: r"ntn_[0-9]{11}[A-Za-z0-9]{35}",
        max_len: 50,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(4),
        positives: examples!["NOTION_TOKEN=«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»", "new Client({ auth: '«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»' })"],
        negatives: examples!["ntn_08459052306axnplE763i6mLng4BDyLU0WIZeZl2gcSD5", "ntn_abcdefghijkaxnplE763i6mLng4BDyLU0WIZeZl2gcSD5m", "ntn_ tokens replaced secret_ ones"],
        ..Rule::SECRET
    },
    rule! {
        id: "notion-legacy-token",
        title: "Notion integration token (legacy)",
        about: about!("A pre-2024 Notion internal integration token (`secret_` + 43), reported when Notion is mentioned nearby."),
        label: "NOTION_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["secret_"]),
        pattern: r"secret_[A-Za-z0-9]{43}",
        max_len: 50,
        min_entropy: 4.0,
        validate: Some(notion_context),
        context: &["notion"],
        context_window: 200,
        mask: Mask::KeepPrefix(7),
        positives: examples!["NOTION_API_KEY=«secret_K5S58I6r8fMBukHiQPsxA7wZc8c4EvqBbde5fnH9Z7g»", "my notion integration token is «secret_7IVVgVQJ8JTmM6pckhT1ZgPBh8rrVqZiHJ11gnxDqoq»"],
        negatives: examples![
            "SECRET_KEY=secret_K5S58I6r8fMBukHiQPsxA7wZc8c4EvqBbde5fnH9Z7g",
            "notion: secret_K5S58I6r8fMBukHiQPsxA7wZc8c4EvqBbde5fnH9Z7",
            "NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "figma-pat",
        title: "Figma personal access token",
        about: about!("Reads the user's Figma files and comments through the API (`figd_` + 40 or more)."),
        label: "FIGMA_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["figd_"]),
        pattern: r"figd_[A-Za-z0-9_-]{40}[A-Za-z0-9_-]*",
        max_len: 205,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(5),
        positives: examples!["FIGMA_TOKEN=«figd_VmANwRWcLKX0SRGnvwtbXupDS5TyoODXp0rVxm0f»", "-H 'X-Figma-Token: «figd_YZj8caBIS02rlRTBREcVSj7jdsbrUYI8y1ATNfcq»'"],
        negatives: examples!["figd_VmANwRWcLKX0SRGnvwtbXupDS5TyoODXp0rVx", "figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "figd_ prefix"],
        ..Rule::SECRET
    },
    rule! {
        id: "postman-api-key",
        title: "Postman API key",
        about: about!("Reads and changes the user's Postman collections and environments, which often hold more secrets (`PMAK-` 24 hex `-` 34 hex)."),
        label: "POSTMAN_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["PMAK-"]),
        pattern: r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
        max_len: 64,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples!["X-Api-Key: «PMAK-6728542a6c12d2356230e1a8-575bdb981705a854fe47e65b8b00f15a29»", "postman_api_key=«PMAK-3a3a84ae422b8b0c478b6b47-240d35cf25fbec7884f498ddfe6aa9ed36»"],
        negatives: examples!["PMAK-6728542a6c12d2356230e1a8-575bdb981705a854fe47e65b8b00f15a2", "PMAK-000000000000000000000000-0000000000000000000000000000000000", "PMAK-6728542a6c12d2356230e1a8"],
        ..Rule::SECRET
    },
    rule! {
        id: "asana-pat",
        title: "Asana personal access token",
        about: about!("Acts as the user in Asana (`1/<user id>:<32 hex>` or `2/<user id>/<token id>:<32 hex>`)."),
        label: "ASANA_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Digits { min_digits: 16, max_digits: 63, before: 4, after: 80 },
        pattern: r"\b[12]/[0-9]{13,20}(?:/[0-9]{13,20})?:[a-f0-9]{32}\b",
        max_len: 80,
        mask: Mask::KeepPrefix(2),
        positives: examples![
            "ASANA_PAT=«2/3033443486649179/6569900170651875:897e67362310d1ec38d86256d30cc82d»",
            "client = asana.Client.access_token('«1/3281035962664308:cc1f92b67625f1d260b14c6713ae2f6f»')",
        ],
        negatives: examples![
            "2/3033443486649179/6569900170651875:897e67362310d1ec38d86256d30cc82",
            "3/3033443486649179:897e67362310d1ec38d86256d30cc82d",
            "ratio 1/3281035962664308 of the total",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "zendesk-api-token",
        title: "Zendesk API token",
        about: about!("A Zendesk API token (40 characters) after a Zendesk label; with an agent's email it opens the help desk API."),
        label: "ZENDESK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["zendesk"], before: 0, after: 120 },
        pattern: labelled!(r"zendesk[A-Za-z0-9_ .-]{0,24}?(?:key|token)", r"[A-Za-z0-9]{40}"),
        value_group: 1,
        max_len: 170,
        min_entropy: 3.5,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["ZENDESK_API_TOKEN=«MOSIDDWpTGRdcGZULxj789cyAA4DAbal2VYIEkJv»", "zendesk token: «vcBHx18Jg1C8DCkm0r9K2bY84jsibOf3xOE1Zw7K»"],
        negatives: examples!["ZENDESK_API_TOKEN=<token>", "zendesk token: MOSIDDWpTGRdcGZULxj789cyAA4DAbal2VYIEkJ", "ZENDESK_API_TOKEN=abcdefghijklmnopqrstuvwxyzabcdefghijklmn"],
        ..Rule::SECRET
    },
    rule! {
        id: "intercom-access-token",
        title: "Intercom access token",
        about: about!("Reads and writes an Intercom workspace's conversations and contacts; the base64 body is decoded and must start `tok:`."),
        label: "INTERCOM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dG9rO"]),
        pattern: r"dG9rO[A-Za-z0-9+/]{40}[A-Za-z0-9+/]*={0,2}",
        max_len: 110,
        validate: Some(intercom_token),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "INTERCOM_ACCESS_TOKEN=«dG9rOjdkZWM5OTEzXzgwNjBfNDljNV85NWRmX2JhYWZjODI2NWVlZjoxOjA=»",
            "Authorization: Bearer «dG9rOjNlOTMyYjY2XzBjZjVfNDA1Yl84ODY1XzJjZjEyOTBjYWMzNDoxOjA=»",
        ],
        negatives: examples![
            // "tok:" then too little data
            "dG9rOmFiYw==",
            "dG9rOjdkZWM5OTEz",
            "dG9rOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "hubspot-pat",
        title: "HubSpot private app access token",
        about: about!("Calls the HubSpot API for a portal with the private app's scopes (`pat-na1-<uuid>`, `pat-eu1-…`)."),
        label: "HUBSPOT_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pat-"]),
        pattern: r"pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(8),
        positives: examples!["HUBSPOT_ACCESS_TOKEN=«pat-na1-d890db20-43d6-4421-9a5a-9b80b0bedf09»", "Authorization: Bearer «pat-eu1-82aa563d-a98b-43d6-a7ca-af92f4aa798a»"],
        negatives: examples!["pat-na1-d890db20-43d6-4421-9a5a-9b80b0bedf0", "pat-xx1-d890db20-43d6-4421-9a5a-9b80b0bedf09", "pat-na1-00000000-0000-0000-0000-000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "contentful-pat",
        title: "Contentful personal access token",
        about: about!("Manages a Contentful space's content model and entries through the Content Management API (`CFPAT-` + 43)."),
        label: "CONTENTFUL_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["CFPAT-"]),
        pattern: r"CFPAT-[A-Za-z0-9_-]{43}",
        max_len: 49,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(6),
        positives: examples!["CONTENTFUL_MANAGEMENT_TOKEN=«CFPAT-rChGLboFfUQtNqoSmz-gg8ev0mPoee3jK_Dbymvgmsd»", "accessToken: '«CFPAT-esUwQqiW_pb9WnE49tAkbnpD2oDebpE6HssU-mLLD4J»'"],
        negatives: examples!["CFPAT-rChGLboFfUQtNqoSmz-gg8ev0mPoee3jK_Dbymvgms", "CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tokens start with CFPAT-"],
        ..Rule::SECRET
    },
    rule! {
        id: "typeform-pat",
        title: "Typeform personal access token",
        about: about!("Reads forms and responses (personal data) from a Typeform account (`tfp_` + 59)."),
        label: "TYPEFORM_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["tfp_"]),
        pattern: r"tfp_[A-Za-z0-9_.=-]{59}",
        max_len: 63,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(4),
        positives: examples!["TYPEFORM_TOKEN=«tfp_MvoLZZVRBxawhTNh7NOyln86o2bVjDIOy04DLGnt8Dhe_0YnlVTneKYXsMT»", "Bearer «tfp_Z3pQXOGQvJmG3OvSz3dM1FeZNvGPPF1NJuQHLhTkHMr0_vsxeA20sQEhVvF»"],
        negatives: examples!["tfp_MvoLZZVRBxawhTNh7NOyln86o2bVjDIOy04DLGnt8Dhe_0YnlVTneKYXsM", "tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "the tfp_ prefix"],
        ..Rule::SECRET
    },
    // ---- Hosting and edge ------------------------------------------------------
    rule! {
        id: "cloudflare-api-token",
        title: "Cloudflare API token",
        about: about!("A Cloudflare API token (40 characters) after a Cloudflare label; can change DNS, WAF and Workers within its scope."),
        label: "CLOUDFLARE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["cloudflare", "cf_api", "cf-api", "cf_token"], before: 0, after: 120 },
        pattern: labelled!(r"(?:cloudflare|\bcf)[A-Za-z0-9_ .-]{0,20}?(?:api[_ .-]?)?token", r"[A-Za-z0-9_-]{40}"),
        value_group: 1,
        max_len: 170,
        min_entropy: 3.5,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["CLOUDFLARE_API_TOKEN=«joKCikM8twg4eVYCNRu07AfPfbLhjziC8DFJrfMA»", "export CF_API_TOKEN=\"«mwsOY3OoNzq4PwyXzeI9XHwJFDmg9GSJck9zIiDs»\""],
        negatives: examples![
            "CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-here-now",
            "CLOUDFLARE_API_TOKEN=joKCikM8twg4eVYCNRu07AfPfbLhjziC8DFJrfM",
            "cloudflare zone id 3f31f695c7409311c59892c521cff90f",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "cloudflare-global-api-key",
        title: "Cloudflare global API key",
        about: about!("The account-wide Cloudflare key (37 hex) after a Cloudflare key label or an `X-Auth-Key` header; full control of every zone."),
        label: "CLOUDFLARE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["cloudflare", "cf_api_key", "cf-api-key", "cf_key", "x-auth-key"], before: 0, after: 120 },
        pattern: labelled!(r"(?:(?:cloudflare|\bcf)[A-Za-z0-9_ .-]{0,20}?(?:global[_ .-]?)?(?:api[_ .-]?)?key|x-auth-key)", r"[a-f0-9]{37}"),
        value_group: 1,
        max_len: 170,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["CF_API_KEY=«86ccc91f9b6aa0d5bdca2ccdad46bd5b680d7»", "-H \"X-Auth-Key: «3f31f695c7409311c59892c521cff90fe5705»\""],
        negatives: examples!["CF_API_KEY=<global api key>", "X-Auth-Key: 3f31f695c7409311c59892c521cff90fe570", "cloudflare key id 86ccc91f9b6aa0d5bdca2ccdad46bd5b680d7aa"],
        ..Rule::SECRET
    },
    rule! {
        id: "cloudflare-origin-ca-key",
        title: "Cloudflare Origin CA key",
        about: about!("Issues and revokes Origin CA certificates for the account (`v1.0-` 24 hex `-` 146 hex)."),
        label: "CLOUDFLARE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["v1.0-"]),
        pattern: r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        max_len: 176,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "X-Auth-User-Service-Key: «v1.0-b14e238d483becd333f237cc-dfcb7a1226170df0d57f25b929cb70859205dfd2df188f8e0026278aadacb6b309b2ad0e6b21cdf077f6df35742ad01f9913dd38539881594c4f2ead1013b542d269c077e1ee3a583d»",
            "origin_ca_key = \"«v1.0-dcc15b022d2a93e61cf85ba5-1bc76883e23ef9d7bcdc0b744c7448ea3575f5e8e10d610c6e65297c6c148eece4589e83454f8e9d3d740811992460967dc1e361fbe7f26b55423eb67f054debf19e22055b6fcff1c0»\"",
        ],
        negatives: examples!["release v1.0-beta-2 is out", "v1.0-b14e238d483becd333f237cc-dfcb7a12", "v1.0-000000000000000000000000-short"],
        ..Rule::SECRET
    },
    rule! {
        id: "cloudflare-token",
        title: "Cloudflare API token or key (2025 format)",
        about: about!("Cloudflare's prefixed credentials: `cfut_` user tokens, `cfat_` account tokens, `cfk_` global keys; checked by their CRC-32 suffix."),
        label: "CLOUDFLARE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["cfk_", "cfut_", "cfat_"]),
        pattern: r"(?:cfk|cfut|cfat)_[A-Za-z0-9]{48}",
        max_len: 53,
        validate: Some(cloudflare_checksum),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "CLOUDFLARE_API_TOKEN=«cfut_51MjXrfhVWqSKz3CpER2xyUbxMZdw2j5T0lLaqZD5c92ae09»",
            "wrangler says auth error with «cfat_rdc9klr4Q7ov1lNoBwjaFyrK5q8ANSS5AQat0RlSf665eb2a»",
            "X-Auth-Key: «cfk_w20DqYacGyGezEbIkP5Whkt1jMg8MWh2OZ5BtG8h1db823f6»",
        ],
        negatives: examples![
            "cfut_51MjXrfhVWqSKz3CpER2xyUbxMZdw2j5T0lLaqZD5c92ae08",
            "cfut_51MjXrfhVWqSKz3CpER2xyUbxMZdw2j5T0lLaqZD",
            "cfat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "heroku-api-key",
        title: "Heroku API key",
        about: about!("Controls every Heroku app the user can reach (`HRKU-AA` + 58)."),
        label: "HEROKU_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["HRKU-AA"]),
        pattern: r"HRKU-AA[A-Za-z0-9_-]{58}",
        max_len: 65,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples!["HEROKU_API_KEY=«HRKU-AAEz94tdVGlxsZ6xaj9G5XZB8W1ZKcj36bN0QmqjaDn0GAyON3x-8Xogd5cB»", "machine api.heroku.com login ci@acme.io password «HRKU-AAWSUDaCTZ09CG6AONqPc32R8hz-TO8K3FsP6l__28Sni3M5UKC6jHQXLZ_c»"],
        negatives: examples!["HRKU-AAEz94tdVGlxsZ6xaj9G5XZB8W1ZKcj36bN0QmqjaDn0GAyON3x-8Xogd5c", "HRKU-AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "new keys start with HRKU-AA"],
        ..Rule::SECRET
    },
    rule! {
        id: "heroku-legacy-api-key",
        title: "Heroku API key (legacy UUID)",
        about: about!("A pre-2024 Heroku API key, a UUID, reported only after a Heroku key label."),
        label: "HEROKU_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["heroku"], before: 0, after: 100 },
        pattern: labelled!(
            r"heroku[A-Za-z0-9_ .-]{0,24}?(?:key|token)",
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        ),
        value_group: 1,
        max_len: 140,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples!["HEROKU_API_KEY=«bd0e1240-2e54-4e9c-b20e-8a2e6e3e187f»", "heroku auth token: «0530ac77-6e00-4c84-a2f7-808b5b8a66c7»"],
        negatives: examples![
            "heroku app id bd0e1240-2e54-4e9c-b20e-8a2e6e3e187f",
            "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
            "HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "netlify-pat",
        title: "Netlify personal access token",
        about: about!("Deploys and configures every Netlify site the user can reach (`nfp_` prefix; no public checksum, so an entropy floor applies)."),
        label: "NETLIFY_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["nfp_"]),
        pattern: r"nfp_[A-Za-z0-9]{36,44}",
        max_len: 48,
        min_entropy: 3.8,
        mask: Mask::KeepPrefix(4),
        positives: examples!["NETLIFY_AUTH_TOKEN=«nfp_oCyoaAJ60uJjetwHCBI4DLlEZeA8Gf3N5ItW572e»", "netlify deploy --auth «nfp_VubvU5juS3IaDXsSqsmQMKTOlau2idUbS6ro630c» --prod"],
        negatives: examples!["nfp_oCyoaAJ60uJjetwHCBI4DLlEZeA8Gf3N", "nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "nfp_aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd"],
        ..Rule::SECRET
    },
    rule! {
        id: "vercel-token",
        title: "Vercel access token",
        about: about!("Deploys and configures Vercel projects: personal (`vcp_`), integration (`vci_`), app access/refresh (`vca_`/`vcr_`) and AI Gateway (`vck_`) tokens."),
        label: "VERCEL_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["vcp_", "vci_", "vca_", "vcr_", "vck_"]),
        pattern: r"vc[piark]_[A-Za-z0-9]{24,60}",
        max_len: 64,
        min_entropy: 3.8,
        mask: Mask::KeepPrefix(4),
        positives: examples!["VERCEL_TOKEN=«vcp_RHXPKiswhx9qpsdEPSrf1ROZuBnVYXe2ZUDY3nry3eJzRcWCFCJb1MIt»", "vercel deploy --token «vci_VKVNzPbGbSMkP4LxZAD1VEDLEdvyOKbrp9jxG3Cfd9DrRvthwF8su7vx»"],
        negatives: examples!["vcp_RHXPKiswhx9qpsd", "vcp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "vcx_RHXPKiswhx9qpsdEPSrf1ROZuBnVYXe2ZUDY3nry3eJzRcWCFCJb1MIt"],
        ..Rule::SECRET
    },
    rule! {
        id: "vercel-legacy-token",
        title: "Vercel access token (legacy)",
        about: about!("A pre-2025 Vercel token (24 characters) reported only after a Vercel token label."),
        label: "VERCEL_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["vercel"], before: 0, after: 100 },
        pattern: labelled!(r"vercel[A-Za-z0-9_ .-]{0,20}?token", r"[A-Za-z0-9]{24}"),
        value_group: 1,
        max_len: 140,
        min_entropy: 3.8,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["VERCEL_TOKEN=«iAhZLiUB8HOOHN7XyvFUKFP5»", "vercel token: «Ns7KIU84XJmXQJatkhRO48Sn»"],
        negatives: examples!["VERCEL_TOKEN=your_vercel_token_here", "vercel token: iAhZLiUB8HOOHN7XyvFUKFP", "VERCEL_PROJECT_ID=prj_iAhZLiUB8HOOHN7XyvFUKFP5"],
        ..Rule::SECRET
    },
    rule! {
        id: "dynatrace-token",
        title: "Dynatrace API token",
        about: about!("Reads or writes a Dynatrace environment within its scopes (`dt0c01.` 24 `.` 64)."),
        label: "DYNATRACE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["dt0c01."]),
        pattern: r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
        max_len: 96,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "Authorization: Api-Token «dt0c01.07G5MB5GFU464RY11M8090K9.T9SN51NA9SN8ZUTY1O2TILY8JJCBQMHL5EL62JWXMTFC9NZMFGSNKP68IY5DEVBA»",
            "DT_API_TOKEN=«dt0c01.KWWQK28AYK1D6ZA0QHI3C623.S764YBTTUWRDB16ISK1JVVVMQCSSEC6VIXQ0BA1EIBSCHIWN7P7AWVL0FYSGKS51»",
        ],
        negatives: examples![
            "dt0c01.07G5MB5GFU464RY11M8090K9.T9SN51NA9SN8ZUTY1O2TILY8JJCBQMHL5EL62JWXMTFC9NZMFGSNKP68IY5DEVB",
            "dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "token ids look like dt0c01.ABC",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "launchdarkly-key",
        title: "LaunchDarkly API access token or SDK key",
        about: about!("A LaunchDarkly `api-<uuid>` access token or `sdk-<uuid>` server SDK key, reported after a LaunchDarkly label."),
        label: "LAUNCHDARKLY_KEY",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["launchdarkly", "launch_darkly", "launch-darkly", "ld_sdk", "ld_api", "ld-sdk", "ld-api"],
            before: 0,
            after: 120,
        },
        pattern: labelled!(
            r"(?:launch[_ -]?darkly[A-Za-z0-9_ .-]{0,30}?|\bld[_-](?:api|sdk)[_-])(?:key|token)",
            r"(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        ),
        value_group: 1,
        max_len: 170,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["LAUNCHDARKLY_ACCESS_TOKEN=«api-9d2ac39a-ca3e-4e8e-88cd-8b619ef9914d»", "LD_SDK_KEY=«sdk-0b7513c2-64af-4bf0-880f-e70c51dd78c5»"],
        negatives: examples![
            "LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
            "LD_CLIENT_SIDE_ID=0b7513c2-64af-4bf0-880f-e70c51dd78c5",
            "api-9d2ac39a-ca3e-4e8e-88cd-8b619ef9914d is the request id",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "fastly-api-token",
        title: "Fastly API token",
        about: about!("A Fastly API token (32 characters) after a Fastly label or `Fastly-Key` header; purges and reconfigures services."),
        label: "FASTLY_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["fastly"], before: 0, after: 100 },
        pattern: labelled!(r"fastly[A-Za-z0-9_ .-]{0,24}?(?:key|token)", r"[A-Za-z0-9_-]{32}"),
        value_group: 1,
        max_len: 140,
        min_entropy: 3.5,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples!["curl -X POST -H \"Fastly-Key: «3vSfoxxIGxnYI3Akk-Zg--icUMjJo8fr»\" https://api.fastly.com/service/x/purge_all", "FASTLY_API_TOKEN=«EupAMimys-m8XKPD81wSz5q0dFJOgjMe»"],
        negatives: examples!["Fastly-Key: $FASTLY_API_TOKEN", "FASTLY_API_TOKEN=EupAMimys-m8XKPD81wSz5q0dFJOgjM", "fastly service id EupAMimys-m8XKPD81wSz5q0dFJOgjMe"],
        ..Rule::SECRET
    },
    rule! {
        id: "sumologic-access-key",
        title: "Sumo Logic access key",
        about: about!("A Sumo Logic access key (64 characters) after a Sumo Logic access-key label; with its access id it searches and configures the account."),
        label: "SUMOLOGIC_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["sumo"], before: 0, after: 140 },
        pattern: labelled!(r"sumo(?:[_ .-]?logic)?[A-Za-z0-9_ .-]{0,20}?access[_ .-]?key", r"[A-Za-z0-9]{64}"),
        value_group: 1,
        max_len: 200,
        min_entropy: 4.0,
        mask: Mask::All,
        positives: examples!["SUMO_ACCESS_KEY=«fEEPp6FmT8EVQ9nhfKENU6Ioc6g9FAHXEwoddfuycEA9jkunn6NWnXNKurP91GVv»", "sumologic access key: «I00p5Yk76XEkaQ8Fx9djJ0lnNvD14mIuvvVEyr2JtVsbfkRsLwL12lkk6PEuxZEV»"],
        negatives: examples!["SUMO_ACCESS_KEY=<access key>", "SUMO_ACCESS_ID=suAbCdEf123456", "SUMO_ACCESS_KEY=fEEPp6FmT8EVQ9nhfKENU6Ioc6g9FAHXEwoddfuycEA9jkunn6NWnXNKurP91GV"],
        ..Rule::SECRET
    },
    // ---- Supabase, Firebase ------------------------------------------------------
    rule! {
        id: "supabase-pat",
        title: "Supabase personal access token",
        about: about!("Manages every Supabase project the user can reach through the Management API (`sbp_` + 40 hex)."),
        label: "SUPABASE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sbp_"]),
        pattern: r"sbp_[a-f0-9]{40}",
        max_len: 44,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(4),
        positives: examples!["SUPABASE_ACCESS_TOKEN=«sbp_92e1d72a1a81af59b57e010dcc287cd5a1e1f364» supabase link", "supabase login --token «sbp_927b7ad6d3f039fac3d9f9c44a62b3422d97fa73»"],
        negatives: examples!["sbp_0102...1920", "sbp_92e1d72a1a81af59b57e010dcc287cd5a1e1f36", "sbp_0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "supabase-secret-key",
        title: "Supabase secret API key",
        about: about!("A Supabase `sb_secret_` key: full access to the project's data, bypassing row-level security."),
        label: "SUPABASE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sb_secret_"]),
        pattern: r"sb_secret_[A-Za-z0-9_-]{28,48}",
        max_len: 58,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(10),
        positives: examples!["SUPABASE_SECRET_KEY=«sb_secret_Crl9cLHG1pzkqdHE5cZRfp_WOTdrk7M»", "createClient(url, '«sb_secret_6acVaJmrEpOIqExugNAQlt_R4398N8D»')"],
        negatives: examples!["sb_secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sb_publishable_Crl9cLHG1pzkqdHE5cZRfp_WOTdrk7M", "sb_secret_Crl9cLHG1pz"],
        ..Rule::SECRET
    },
    rule! {
        id: "supabase-service-role-key",
        title: "Supabase service_role key",
        about: about!("A Supabase legacy service-role JWT: bypasses row-level security on the whole project; the payload is decoded and must grant `service_role`."),
        label: "SUPABASE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["eyJ"]),
        pattern: r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
        max_len: 2048,
        placeholder_filter: false,
        validate: Some(supabase_service_role),
        mask: Mask::KeepPrefix(10),
        positives: examples![
            "SUPABASE_SERVICE_ROLE_KEY=«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImdkeW9oY253ZWJ3cG5pbXhyYnRxIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMjY1NjAwfQ.0l6J5zFJy1pZ-a9tF3FGi2DOeiPl8PIhy1cjHI6NaFE»",
            "const supabase = createClient(URL, '«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im95bnhuaG14a3JwanBzcHZiaXhyIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMjY1NjAwfQ.M51eluIGFM7gQcaHhV6A7pttfokqmCMgl2O2JBUa13_»')",
        ],
        negatives: examples![
            // role: anon (public by design)
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImdkeW9oY253ZWJ3cG5pbXhyYnRxIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzU2ODk2MDB9.0l6J5zFJy1pZ-a9tF3FGi2DOeiPl8PIhy1cjHI6NaFE",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJBbmEifQ.YM9vz4BMxJjnD8lQK5B9DpzIvtvpQjkDs0TFYEZocnx",
            "use the service_role key only on the server",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "firebase-fcm-server-key",
        title: "Firebase Cloud Messaging server key (legacy)",
        about: about!("Sends push notifications to every user of the app (`AAAA…:APA91b…`, 152 characters)."),
        label: "FIREBASE_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &[":APA91b"], before: 16, after: 150 },
        pattern: r"\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
        max_len: 152,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "Authorization: key=«AAAAj033vXO:APA91bPJO4bJRn_VibYE0hcFM_UcOdU8ThWWbOde3QrinRMkfWem_jAkmLCP8UYfohqpDPGqmBvT9Fm6sKgjcBH2vVlXEOjC2646OZAQZ9WngRNVr-WoEk0Ths5_8xec8XIaf3SWD27s»",
            "FCM_SERVER_KEY=«AAAAnM_O938:APA91b69ZGldipWyNFWrxyh29jHpSrJsc4qqtlKN4IXMpOGZN88naFgso11t--AHlrn3EzQgobyT4S5FRX_F3Lfa44QIRAbJsDbimPK3gPExGYQ7mNSo42SUrexIqipbTOpwMTh99vv4»",
        ],
        negatives: examples![
            "AAAAj033vXO:APA91bPJO4bJRn_VibYE0hcFM_UcOdU8ThWWbOde3Qrin",
            "registration token prefix :APA91b is from the device",
            "AAAAj033vXO:APA91bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    // ---- Maps, shipping ------------------------------------------------------------
    rule! {
        id: "mapbox-secret-token",
        title: "Mapbox secret access token",
        about: about!("A Mapbox secret (`sk.`) token with write scopes such as uploads and styles; the base64url JSON payload is decoded. Public `pk.` tokens are not reported."),
        label: "MAPBOX_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sk.eyJ"]),
        pattern: r"sk\.eyJ[A-Za-z0-9_-]{10}[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*",
        max_len: 250,
        validate: Some(mapbox_secret),
        mask: Mask::KeepPrefix(3),
        positives: examples!["MAPBOX_SECRET_TOKEN=«sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6InVlejl3ZGx2OGw4b3NxYzA4MzN6cjViYXYifQ.GpwwOGkm3J47adaMmIIEAF»", "mapbox upload with «sk.eyJ1IjoiamRvZSIsImEiOiIzZnQ0cHpyb2s4OXVvem44ZXc4N2MyNDl2In0.2qNdbHXSECvEMLg3kfisDp»"],
        negatives: examples![
            "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6InVlejl3ZGx2OGw4b3NxYzA4MzN6cjViYXYifQ.GpwwOGkm3J47adaMmIIEAF",
            "sk.eyJub3QiOiJtYXBib3gifQ.GpwwOGkm3J47adaMmIIEAF",
            "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6InVlejl3ZGx2OGw4b3NxYzA4MzN6cjViYXYifQ.short",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "shippo-api-token",
        title: "Shippo API token",
        about: about!("Buys shipping labels and reads shipments (addresses) on a Shippo account (`shippo_live_`/`shippo_test_` + 40 hex)."),
        label: "SHIPPO_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["shippo_"]),
        pattern: r"shippo_(?:live|test)_[a-f0-9]{40}",
        max_len: 52,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(12),
        positives: examples!["Authorization: ShippoToken «shippo_live_11f361eb3d8e351fafb538efdfa1a8322aa39549»", "SHIPPO_API_KEY=«shippo_test_89e8e622e5b5918a04957bf2fe9c891331aa24fb»"],
        negatives: examples!["shippo_live_11f361eb3d8e351fafb538efdfa1a8322aa3954", "shippo_prod_11f361eb3d8e351fafb538efdfa1a8322aa39549", "shippo_live_0000000000000000000000000000000000000000"],
        ..Rule::SECRET
    },
    rule! {
        id: "easypost-api-key",
        title: "EasyPost API key",
        about: about!("Buys postage and reads shipments on an EasyPost account (`EZAK` production, `EZTK` test, + 54)."),
        label: "EASYPOST_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["EZAK", "EZTK"]),
        pattern: r"EZ[AT]K[A-Za-z0-9]{54}",
        max_len: 58,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(4),
        positives: examples!["EASYPOST_API_KEY=«EZAKXe8JFYXxersmvEkROLl0BVN3SXTAXJ1bFZMetlwqjmhEFuypilmylA»", "client = easypost.EasyPostClient('«EZTKPAGeP8ptLKC2KYF1ha3u63iJoQpbO8kHYxS7nj0PlNCUPQdMDvvtUR»')"],
        negatives: examples!["EZAKXe8JFYXxersmvEkROLl0BVN3SXTAXJ1bFZMetlwqjmhEFuypilmyl", "EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "EZBKXe8JFYXxersmvEkROLl0BVN3SXTAXJ1bFZMetlwqjmhEFuypilmylA"],
        ..Rule::SECRET
    },
];
