//! Payments and commerce: Stripe, Square, PayPal/Braintree, Adyen, Shopify,
//! Plaid, GoCardless, Flutterwave, Razorpay, Coinbase, Checkout.com, Mollie
//! and Paystack.
//!
//! Prefixes come from the providers' API docs (Stripe "API keys",
//! Square "Access tokens", Shopify "Access modes", Plaid "Items",
//! Checkout.com "API keys", Mollie "Authentication", Coinbase Developer
//! Platform "API key authentication") and from public rule sets
//! (gitleaks `stripe.go`, `square.go`, `shopify.go`, `plaid.go`,
//! `gocardless.go`, `flutterwave.go`; detect-secrets `square_oauth.py`, `stripe.py`).
//!
//! Publishable keys (`pk_live_`, `pk_sbox_`, `FLWPUBK-`) are public by
//! design and never reported. Stripe and Paystack share `sk_live_`: Paystack
//! keys are exactly 40 lowercase hex, which no Stripe key is, so the two rules
//! never claim the same value. A Coinbase CDP key's EC private key is decoded
//! and must be a P-256 SEC1 key.

use crate::rule::{Candidate, Group, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base64_decode, looks_like_placeholder};

/// Stripe secret keys are base62 with both cases; a body of exactly 40
/// lowercase hex is a Paystack key and belongs to that rule.
fn stripe_key(c: &Candidate) -> Verdict {
    let body = c.value.get(8..).unwrap_or("").as_bytes();
    let hex40 = body.len() == 40 && body.iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b));
    if hex40 {
        return Verdict::Invalid;
    }
    if body.iter().any(u8::is_ascii_uppercase) && body.iter().any(u8::is_ascii_lowercase) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Random base62 (or base64url) of 16+ characters mixes upper case, lower
/// case and digits.
fn base62_mixed(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    if upper && lower && digit {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Random hex or base32 has both letters and digits.
fn letters_and_digits(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.iter().any(u8::is_ascii_digit) && v.iter().any(u8::is_ascii_alphabetic) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Square's `EAAA` access tokens share their first letters with other
/// providers' tokens: they need a Square word nearby; `sq0atp-` does not.
/// `EAAA` + exactly 60 characters is Square's format; Meta's Graph API
/// tokens also start `EAA…` but run well past 100 characters, so the
/// length (with the word boundary) tells them apart. A Square word nearby
/// raises confidence.
fn square_access_token(c: &Candidate) -> Verdict {
    base62_mixed(c)
}

/// An Adyen API key is `AQE…=-<44 base64>=` optionally followed by
/// `-<16 printable>`; the middle part must decode to 32 bytes. The third part
/// may hold `<`, `{` or `$`, so the placeholder filter runs here on the first
/// two parts only.
fn adyen_api_key(c: &Candidate) -> Verdict {
    let mut parts = c.value.splitn(3, "=-");
    let (Some(first), Some(second)) = (parts.next(), parts.next()) else { return Verdict::Invalid };
    let second = second.split('-').next().unwrap_or("");
    if looks_like_placeholder(first) || looks_like_placeholder(second) {
        return Verdict::Invalid;
    }
    let mut out = Vec::new();
    if !base64_decode(second.as_bytes(), &mut out) || out.len() != 32 {
        return Verdict::Invalid;
    }
    base62_mixed(c)
}

/// DER of a SEC1 P-256 private key: SEQUENCE, version 1, then the curve OID
/// 1.2.840.10045.3.1.7 further in.
const P256_OID: &[u8] = &[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

/// A Coinbase CDP API key's private key is a PEM EC key (often with JSON
/// `\n` escapes); it must decode to a P-256 SEC1 key, next to a CDP key name.
fn coinbase_cdp_key(c: &Candidate) -> Verdict {
    if !c.near_context() {
        return Verdict::Invalid;
    }
    let body = c
        .value
        .trim_start_matches("-----BEGIN EC PRIVATE KEY-----")
        .trim_end_matches("-----END EC PRIVATE KEY-----")
        .replace("\\r", "")
        .replace("\\n", "");
    let body: Vec<u8> = body.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let mut der = Vec::new();
    if !base64_decode(&body, &mut der) || der.len() < 40 || der[0] != 0x30 {
        return Verdict::Invalid;
    }
    if der.windows(P256_OID.len()).any(|w| w == P256_OID) {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Builds a pattern for a prefix-less value that must be assigned to a
/// credential-like name (`API_KEY=`, `token: `, `Bearer `, `key is `): the
/// label keeps ids and hashes that merely sit near a provider's name out.
macro_rules! assigned {
    ($value:literal) => {
        concat!(
            r"(?i:api_?key|key|token|secret|bearer|password)[A-Za-z_]{0,16}(?:\s+is\s+|[^A-Za-z0-9\n]{1,6})(",
            $value,
            r")\b"
        )
    };
}

/// A CDP Ed25519 secret is base64 of exactly 64 bytes (seed + public key).
fn ed25519_pair(c: &Candidate) -> Verdict {
    let mut out = Vec::new();
    if base64_decode(c.value.as_bytes(), &mut out) && out.len() == 64 {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "stripe-secret-key",
        title: "Stripe live secret key",
        about: about!("Moves real money on the Stripe account: charges, refunds, payouts and customer data; `sk_live_` + base62 (Paystack's 40-hex keys are excluded)."),
        label: "STRIPE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sk_live_"]),
        pattern: r"sk_live_[A-Za-z0-9]{24}[A-Za-z0-9]*",
        max_len: 255,
        min_entropy: 3.5,
        validate: Some(stripe_key),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "STRIPE_SECRET_KEY=«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»",
            "stripe.api_key = \"«sk_live_ann76dEyTzAeKOmXRrvftva9»\" but charges fail with card_declined",
        ],
        negatives: examples![
            "STRIPE_PUBLISHABLE_KEY=pk_live_51iCDmO46ayJKP4GY08vDuPngU30ZP7Thnp5yftIY7uq6T2bwGfcCvJAXrF6bnZ3eBZclIvRY6iEjH5UH1RSC84FL8SfWoCHJs1",
            "sk_live_ann76dEyTzAeKOm",
            "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            // A Paystack key: same prefix, 40 lowercase hex.
            "sk_live_03bd3393274299b77de16e53e43445d3d0743c59",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "stripe-test-secret-key",
        title: "Stripe test secret key",
        about: about!("Full API access to the Stripe account's test mode: no real money, but test data, webhooks and settings; `sk_test_` + base62."),
        label: "STRIPE_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sk_test_"]),
        pattern: r"sk_test_[A-Za-z0-9]{24}[A-Za-z0-9]*",
        max_len: 255,
        min_entropy: 3.5,
        validate: Some(stripe_key),
        known_examples: &["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "STRIPE_SECRET_KEY=«sk_test_51AW7hipTgadDZFlRJmCGmUXiAPyhzAnar3ZLt4bnlz2MPKgcjnCqaXNv1syeefnLOpaMxxNDi9LE1Ki3ylOjt6o0NpUmkVO8Jm»",
            "curl https://api.stripe.com/v1/charges -u «sk_test_R8y4EMfAdggcG9qpVTzqA05M»:",
        ],
        negatives: examples![
            "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:",
            "pk_test_R8y4EMfAdggcG9qpVTzqA05M",
            "sk_test_c73b1abf7f0bd30b7bb961a5f3b12688dbc2932c",
            "sk_test_R8y4EMfAdgg",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "stripe-restricted-key",
        title: "Stripe live restricted key",
        about: about!("A live Stripe key limited to chosen resources, often still enough to read customers or create charges; `rk_live_` + base62."),
        label: "STRIPE_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["rk_live_"]),
        pattern: r"rk_live_[A-Za-z0-9]{24}[A-Za-z0-9]*",
        max_len: 255,
        min_entropy: 3.5,
        validate: Some(stripe_key),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "STRIPE_RESTRICTED_KEY=«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»",
            "the reporting job uses «rk_live_Yb3FKaNQyyLaMeffOhq4AUvy» and gets permission_error",
        ],
        negatives: examples!["rk_live_Yb3FKaNQyyLaMeff", "rk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "restricted keys start with rk_live_"],
        ..Rule::SECRET
    },
    rule! {
        id: "stripe-test-restricted-key",
        title: "Stripe test restricted key",
        about: about!("A restricted key for the Stripe account's test mode; `rk_test_` + base62."),
        label: "STRIPE_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["rk_test_"]),
        pattern: r"rk_test_[A-Za-z0-9]{24}[A-Za-z0-9]*",
        max_len: 255,
        min_entropy: 3.5,
        validate: Some(stripe_key),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "STRIPE_KEY=«rk_test_517VSLDCD1IfHWGbtMfEbo9ShFXNQ6Fq5axtjRNmHkW5vQ7CF5puzQqmOBZZW6m4nyoL6uniiFw152cTe8r0khCEr7n1AyOHFRu»",
            "Stripe::StripeClient.new(\"«rk_test_T11NCue1cr3McRTrKwtPYKbP»\")",
        ],
        negatives: examples!["rk_test_T11NCue1cr3", "rk_test_aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "rk_test_<restricted key>"],
        ..Rule::SECRET
    },
    rule! {
        id: "stripe-webhook-secret",
        title: "Stripe webhook signing secret",
        about: about!("Lets its holder forge webhook events the application trusts (paid invoices, completed checkouts); `whsec_` + base62, also used by Svix-based webhooks."),
        label: "STRIPE_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["whsec_"]),
        pattern: r"whsec_[A-Za-z0-9+/]{32}[A-Za-z0-9+/]*={0,2}",
        max_len: 96,
        min_entropy: 3.5,
        validate: Some(base62_mixed),
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "STRIPE_WEBHOOK_SECRET=«whsec_izDmbX1rpXjYdOhCgOIPOZx9eRmm0Eql»",
            "stripe.Webhook.construct_event(payload, sig_header, '«whsec_TaWEITclorXwIS8HGNWkz2YS5ofA75Uy»') raises SignatureVerificationError",
        ],
        negatives: examples!["whsec_izDmbX1rpXjYdOhC", "STRIPE_WEBHOOK_SECRET=whsec_...", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "square-access-token",
        title: "Square access token",
        about: about!("Takes payments and reads orders and customers for the Square seller; `sq0atp-` + 22, or `EAAA` + exactly 60 (Meta's `EAA…` tokens are far longer)."),
        label: "SQUARE_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sq0atp-", "EAAA"]),
        pattern: r"sq0atp-[A-Za-z0-9_-]{22}|EAAA[A-Za-z0-9_-]{60}",
        max_len: 64,
        min_entropy: 3.5,
        validate: Some(square_access_token),
        confidence: 0.85,
        context: &["square", "squareup"],
        context_window: 160,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "SQUARE_ACCESS_TOKEN=«EAAA60ZIF8-qR38Ony1dHqceytDbKPTF-n-pGz3cW0uABBrDSxOOyBymrEqlHXm3»",
            "curl https://connect.squareup.com/v2/locations -H 'Authorization: Bearer «EAAA1qzZcmzTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbfzx06UVZyvmbPkZyRHJ»'",
            "old token «sq0atp-vGNWAMsI-z0oaWdfZp_lvi» still works?",
            "the token our POS sync uses is «EAAAlZ3v9q_Tk2RmXw8HcYp4Nd7bJs1UeFg6OaLr0iKzQx5VtM3yWnPhBcDjE2fA», can it read refunds?",
        ],
        negatives: examples![
            // A Meta (Facebook) Graph API token: `EAA…` too, but far longer.
            "fb_token=EAAAAUaZA8jlABO2qZBZCvnZAHZC7k1ZBcW9xQ4ZAZC8sPZAd2LmZBq5yTfR3ZCk0ZAvZBNh6ZCjWq1pZAxZB9mUeZAZCs7ZBdZAHnRtKZBfZC3wZAyZB8LZCpZAQ2vZC0sZBZA",
            "SQUARE_ACCESS_TOKEN=EAAA60ZIF8-qR38Ony1dHqceytDb",
            "SQUARE_ACCESS_TOKEN=sq0atp-xxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "square-oauth-secret",
        title: "Square OAuth application secret",
        about: about!("Exchanges authorization codes for sellers' access tokens on behalf of the Square app; `sq0csp-` + 43 characters."),
        label: "SQUARE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sq0csp-"]),
        pattern: r"sq0csp-[A-Za-z0-9_-]{43}",
        max_len: 50,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "SQUARE_APP_SECRET=«sq0csp-ouZrQV3xZAxjRM8mbTgDIMRBZxjX-BpYconEG4ZgzWb»",
            "\"client_secret\": \"«sq0csp-mHGJR1m4jfXuX8v-h2-1KZNUK9IKLdbFfu0XgOYgOjC»\"",
        ],
        negatives: examples![
            "sq0csp-ouZrQV3xZAxjRM8mbTgDIMRB",
            "sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sq0idp-ouZrQV3xZAxjRM8mbTgDIMRBZxjX-BpYconEG4ZgzWb",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "braintree-access-token",
        title: "PayPal Braintree production access token",
        about: about!("Processes live payments through Braintree / PayPal Express Checkout; `access_token$production$<merchant>$<32 hex>`."),
        label: "PAYPAL_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["access_token$production$"]),
        pattern: r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}",
        max_len: 74,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(24),
        positives: examples![
            "BRAINTREE_ACCESS_TOKEN=«access_token$production$14qpc7g3jphd03hn$1b43be4de8db4947f39b886876761108»",
            "gateway = braintree.BraintreeGateway(access_token=\"«access_token$production$q1bcgo8refk9px44$b6aaf423e6ed8c4b4a95db3ea22dfe90»\")",
        ],
        negatives: examples![
            "access_token$production$14qpc7g3jphd03hn$1b43be4de8db4947",
            "access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "access_token$sandbox$etnft5usjowuxhu2$8e9ea7c72bb0bcc6bc4552e9071590d2",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "braintree-sandbox-access-token",
        title: "PayPal Braintree sandbox access token",
        about: about!("Braintree access token for the sandbox: no real money, but the merchant's test data; `access_token$sandbox$…`."),
        label: "PAYPAL_TOKEN",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["access_token$sandbox$"]),
        pattern: r"access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}",
        max_len: 71,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(21),
        positives: examples![
            "BRAINTREE_TOKEN=«access_token$sandbox$etnft5usjowuxhu2$8e9ea7c72bb0bcc6bc4552e9071590d2»",
            "braintree.BraintreeGateway(access_token='«access_token$sandbox$z2ototgunpys2f20$829af48d9d59ce6ca6b0b9658d7dbc03»')",
        ],
        negatives: examples![
            "access_token$sandbox$etnft5usjowuxhu2",
            "access_token$sandbox$$",
            "access_token$production$14qpc7g3jphd03hn$1b43be4de8db4947f39b886876761108",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "paypal-client-secret",
        title: "PayPal REST client secret",
        about: about!("With the client id it mints PayPal REST access tokens for the merchant account; 80 characters starting `E`, next to a PayPal word."),
        label: "PAYPAL_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["paypal"], before: 200, after: 240 },
        pattern: r"\bE[A-Za-z0-9_-]{79}",
        max_len: 80,
        min_entropy: 4.0,
        validate: Some(base62_mixed),
        context: &["secret"],
        context_window: 80,
        confidence: 0.85,
        mask: Mask::KeepPrefix(1),
        positives: examples![
            "PAYPAL_CLIENT_ID=ANkQkJnOkdsm2FC_R6YSRQr-_jf0SaWl7dUbo11sFuWvPAX2LJh8NoMtwh6c9eOnzxTBE8C4xJZwN9H_\nPAYPAL_CLIENT_SECRET=«EZRl9CZgBrXJhEb8V5F1u1uPsHqIgtwaAtqkTIm97kMcy1yl4Ae0-uNONZjN7iUjrnY7p4bW8ELo6bAt»",
            "curl -v https://api-m.paypal.com/v1/oauth2/token -u \"ANkQkJnOkdsm2FC_R6YSRQr-_jf0SaWl7dUbo11sFuWvPAX2LJh8NoMtwh6c9eOnzxTBE8C4xJZwN9H_:«ELWMRYlGyzWoQNJ8Q5WlnsmqwxyZe7lmDeup30jR2rAsX9Q0bZOFcHQyRN4nWAQLnuGMDTszzdzkrF91»\"",
        ],
        negatives: examples![
            "PAYPAL_CLIENT_ID=ANkQkJnOkdsm2FC_R6YSRQr-_jf0SaWl7dUbo11sFuWvPAX2LJh8NoMtwh6c9eOnzxTBE8C4xJZwN9H_",
            "PAYPAL_CLIENT_SECRET=EZRl9CZgBrXJhEb8V5F1u1uPsHqIgtwaAtqkTIm97kMcy1yl4Ae0",
            "secret EZRl9CZgBrXJhEb8V5F1u1uPsHqIgtwaAtqkTIm97kMcy1yl4Ae0-uNONZjN7iUjrnY7p4bW8ELo6bAt with no provider",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "adyen-api-key",
        title: "Adyen API key",
        about: about!("Authorises payments, refunds and payouts on the Adyen merchant account; `AQE…=-<base64 of 32 bytes>=` with an optional third part, decoded."),
        label: "ADYEN_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["AQE"]),
        pattern: r"AQE[A-Za-z0-9+/]{50}[A-Za-z0-9+/]*={0,2}-[A-Za-z0-9+/]{43}=(?:-[!-~]{16})?",
        max_len: 230,
        min_entropy: 4.0,
        validate: Some(adyen_api_key),
        placeholder_filter: false,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "ADYEN_API_KEY=«AQEUF+3fXER24h9z+boiPeeRi4uPEI/qQyvovv3l0VWZJR/v0wBJr+VdPcKSXNQqL5iMzxN0CGc=-Lsj87vD/qCNOwavYvOhhnZejzcMEKDNpdwgkh2IekWc=»",
            "curl https://checkout-test.adyen.com/v71/payments -H \"X-API-Key: «AQEFIUM+ke5VDaTICbirySVn9X+ZGnhYaeWf6bCQwmjASHzj/nbW59qwaNNvHpAd5/CGVIaFbms=-5wZS6A1LuZ3mbrtgmFLAyk7hl+ARPh/Ycj6A32X4DXk=-n)E+NYEiV+1:vC1:»\"",
        ],
        negatives: examples![
            "AQEUF+3fXER24h9z+boiPeeRi4uPEI/qQyvovv3l0VWZJR/v0wBJr+VdPcKSXNQqL5iMzxN0CGc=",
            "ADYEN_API_KEY=AQExxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
            "AQEUF+3fXER24h9z+boiPeeRi4uPEI/qQyvovv3l0VWZJR/v0wBJr+VdPcKSXNQqL5iMzxN0CGc=-Lsj87vD/qCNOwavYvOh=",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "shopify-access-token",
        title: "Shopify Admin API access token",
        about: about!("Reads and writes the shop's orders, customers and products through the Admin API; `shpat_` + 32 hex."),
        label: "SHOPIFY_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["shpat_"]),
        pattern: r"shpat_[a-fA-F0-9]{32}",
        max_len: 38,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "SHOPIFY_ACCESS_TOKEN=«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»",
            "curl -H 'X-Shopify-Access-Token: «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»' https://acme.myshopify.com/admin/api/2024-10/orders.json",
        ],
        negatives: examples![
            "shpat_32343e09790a52eec4b7190ea9af4f",
            "shpat_00000000000000000000000000000000",
            "X-Shopify-Access-Token: shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "shopify-custom-app-token",
        title: "Shopify custom app access token",
        about: about!("Admin API access for a custom app installed from the Partner dashboard; `shpca_` + 32 hex."),
        label: "SHOPIFY_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["shpca_"]),
        pattern: r"shpca_[a-fA-F0-9]{32}",
        max_len: 38,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "SHOPIFY_TOKEN=«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»",
            "session.accessToken = '«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»'",
        ],
        negatives: examples!["shpca_b37957842e2e21098d259675", "shpca_ffffffffffffffffffffffffffffffff", "shpca_<token>"],
        ..Rule::SECRET
    },
    rule! {
        id: "shopify-private-app-token",
        title: "Shopify private app password",
        about: about!("The password of a legacy private app, with the app's Admin API scopes; `shppa_` + 32 hex."),
        label: "SHOPIFY_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["shppa_"]),
        pattern: r"shppa_[a-fA-F0-9]{32}",
        max_len: 38,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "SHOPIFY_PASSWORD=«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»",
            "https://api_key:«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»@acme.myshopify.com/admin/api/2023-01/shop.json",
        ],
        negatives: examples!["shppa_e802357419d1a8f25c875fe1", "shppa_zz02357419d1a8f25c875fe1adeb614f", "private app passwords begin with shppa_"],
        ..Rule::SECRET
    },
    rule! {
        id: "shopify-shared-secret",
        title: "Shopify app shared secret",
        about: about!("Verifies webhook HMACs and OAuth callbacks for a Shopify app; whoever holds it can forge them; `shpss_` + 32 hex."),
        label: "SHOPIFY_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["shpss_"]),
        pattern: r"shpss_[a-fA-F0-9]{32}",
        max_len: 38,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "SHOPIFY_API_SECRET=«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»",
            "the webhook HMAC never matches with secret «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»",
        ],
        negatives: examples!["shpss_a5ec6cc16db755f6c6e9", "shpss_11111111111111111111111111111111", "SHOPIFY_API_SECRET=shpss_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "plaid-secret",
        title: "Plaid API secret",
        about: about!("With the client id it calls Plaid for linked bank accounts, balances and transactions; 30 hex next to a Plaid word."),
        label: "PLAID_SECRET",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["plaid"], before: 160, after: 200 },
        pattern: assigned!("[0-9a-f]{30}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        confidence: 0.85,
        mask: Mask::All,
        positives: examples![
            "PLAID_CLIENT_ID=d4f890c3b2c81cf9fa8201ba\nPLAID_SECRET=«169ddf48aec468ec4cb739bb6410f0»",
            "plaid.Configuration(host=plaid.Environment.Production, api_key={'clientId': 'd4f890c3b2c81cf9fa8201ba', 'secret': '«926b3b782d3cf1fca9f875c6f5b72a»'})",
        ],
        negatives: examples![
            "PLAID_CLIENT_ID=d4f890c3b2c81cf9fa8201ba",
            "PLAID_SECRET=169ddf48aec468ec4cb739bb6410",
            "secret 169ddf48aec468ec4cb739bb6410f0 without a provider",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "plaid-access-token",
        title: "Plaid item access token",
        about: about!("Reads one user's linked bank account data (balances, transactions, identity); `access-production-` or `access-development-` + UUID."),
        label: "PLAID_SECRET",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["access-production-", "access-development-"]),
        pattern: r"access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        max_len: 56,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(18),
        positives: examples![
            "\"access_token\": \"«access-production-4c1c9bd9-90d2-474d-9f8e-b49ee44a832d»\"",
            "why does /transactions/sync return ITEM_LOGIN_REQUIRED for «access-development-0054b3fa-33d6-4711-8820-aa64806c8b38»?",
        ],
        negatives: examples![
            "access-sandbox-e316391e-ab05-43f2-90ae-7038430bc541",
            "access-production-4c1c9bd9-90d2-474d",
            "access-production-00000000-0000-0000-0000-000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "gocardless-access-token",
        title: "GoCardless live access token",
        about: about!("Creates mandates and collects Direct Debit payments on the live GoCardless account; `live_` + 40 characters next to a GoCardless word."),
        label: "GOCARDLESS_TOKEN",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["gocardless"], before: 160, after: 200 },
        pattern: r"\blive_[A-Za-z0-9_=-]{40}",
        max_len: 45,
        min_entropy: 3.5,
        validate: Some(base62_mixed),
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "GOCARDLESS_ACCESS_TOKEN=«live_x8XRUdBjg01iJi75WXerIN-U8ctyIDHCEaYaE-kQ»",
            "client = gocardless_pro.Client(access_token='«live_HSncOAYuyuuQ_LV1KU-EFUPwqiinNo59fu09gSGY»', environment='live')",
        ],
        negatives: examples![
            "GOCARDLESS_ACCESS_TOKEN=sandbox_YGGVPxQAq1qIuqzWLDxb8rII1GYXrgupfyKTpZQd",
            "GOCARDLESS_ACCESS_TOKEN=live_x8XRUdBjg01iJi75WXerIN",
            "live_x8XRUdBjg01iJi75WXerIN-U8ctyIDHCEaYaE-kQ with no provider named",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "flutterwave-secret-key",
        title: "Flutterwave live secret key",
        about: about!("Charges cards and sends transfers on the live Flutterwave account; `FLWSECK-` + 32 hex + `-X`."),
        label: "FLUTTERWAVE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["FLWSECK-"]),
        pattern: r"FLWSECK-[0-9a-f]{32}-X",
        max_len: 42,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "FLW_SECRET_KEY=«FLWSECK-f5b29e97cd4c694e538fd34a0848c8a7-X»",
            "headers: { Authorization: `Bearer «FLWSECK-2f6b814209205af46df1dbc1688697e1-X»` }",
        ],
        negatives: examples![
            "FLW_PUBLIC_KEY=FLWPUBK-c3a605a23adf7fd582ca5b04c16bed33-X",
            "FLWSECK-f5b29e97cd4c694e538fd34a0848-X",
            "FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "flutterwave-test-secret-key",
        title: "Flutterwave test secret key",
        about: about!("Secret key of the Flutterwave test environment; `FLWSECK_TEST-` + 32 hex + `-X`."),
        label: "FLUTTERWAVE_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["FLWSECK_TEST-"]),
        pattern: r"FLWSECK_TEST-[0-9a-f]{32}-X",
        max_len: 47,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(13),
        positives: examples![
            "FLW_SECRET_KEY=«FLWSECK_TEST-505328b092e062b087fc93fcd80047ac-X»",
            "const flw = new Flutterwave(PUBLIC_KEY, '«FLWSECK_TEST-b8beb982a38a65614965b344bb5d00c1-X»');",
        ],
        negatives: examples![
            "FLWPUBK_TEST-505328b092e062b087fc93fcd80047ac-X",
            "FLWSECK_TEST-505328b092e062b0-X",
            "FLWSECK_TEST-SANDBOXDEMOKEY-X",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "razorpay-key-secret",
        title: "Razorpay key secret",
        about: about!("With the `rzp_live_`/`rzp_test_` key id it captures payments and issues refunds; 24 characters paired with the key id or assigned to a secret near a Razorpay word."),
        label: "RAZORPAY_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["rzp_live_", "rzp_test_", "razorpay"], before: 160, after: 200 },
        pattern: r"(?:rzp_(?:live|test)_[A-Za-z0-9]{14}[:'\x22,\s]{1,6}|(?i:secret)[A-Za-z_]{0,12}[^A-Za-z0-9\n]{1,6})([A-Za-z0-9]{24})\b",
        value_group: 1,
        max_len: 64,
        min_entropy: 3.5,
        validate: Some(base62_mixed),
        mask: Mask::All,
        positives: examples![
            "RAZORPAY_KEY_ID=rzp_live_1VSVDBQDA1yGoy\nRAZORPAY_KEY_SECRET=«MIKcG6cHOCCsLcMd7ujIDvqV»",
            "curl -u rzp_test_NumVEJzd39iW5F:«hol17PY8j1hZgGqqel3cTvqH» https://api.razorpay.com/v1/orders",
        ],
        negatives: examples![
            "RAZORPAY_KEY_ID=rzp_live_1VSVDBQDA1yGoy",
            "RAZORPAY_KEY_SECRET=MIKcG6cHOCCsLcMd7uj",
            "RAZORPAY_KEY_SECRET=your_razorpay_secret_key",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "coinbase-cdp-private-key",
        title: "Coinbase Developer Platform API private key",
        about: about!("Signs Coinbase CDP / Advanced Trade API requests (trading, transfers); a PEM EC key next to its `organizations/…/apiKeys/…` name, decoded as a P-256 key."),
        label: "COINBASE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["-----BEGIN EC PRIVATE KEY-----"]),
        pattern: r"-----BEGIN EC PRIVATE KEY-----(?:\\r\\n|\\n|\r?\n)[A-Za-z0-9+/=\\\r\n]+-----END EC PRIVATE KEY-----",
        max_len: 480,
        validate: Some(coinbase_cdp_key),
        context: &["apiKeys/", "coinbase", "cdp_api"],
        context_window: 400,
        placeholder_filter: false,
        mask: Mask::KeepPrefix(30),
        positives: examples![
            "{\n  \"name\": \"organizations/470fdef6-cb2a-40f1-88f8-eee5076c9ade/apiKeys/dfb260c0-26f4-4796-825b-4ec9f184a922\",\n  \"privateKey\": \"«-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEILD0p48d7N42GGpSiSPW8h8n30Z4aAjlbu5gM6yz7X5+oAoGCCqGSM49\\nAwEHoUQDQgAEb7DMY4LHexqMvtoqxZVSMwNY0immWWCXzYWvY3OTltd2W8WVJXu0\\n+2VTF7J9O6FCWbppkwtB6xDN00FgPrc2bg==\\n-----END EC PRIVATE KEY-----»\\n\"\n}",
            "COINBASE_API_KEY_NAME=organizations/470fdef6-cb2a-40f1-88f8-eee5076c9ade/apiKeys/dfb260c0-26f4-4796-825b-4ec9f184a922\nCOINBASE_API_PRIVATE_KEY=\"«-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIOieEI8u+Wnoh3RjfB47L8CeGq1OgNgmCP6yWpEojX1VoAoGCCqGSM49\nAwEHoUQDQgAEfSZy8/jDW85NGT/IJzf8M9yIvJxYHinDMJUr5v7sXrBTXRvzybfO\nSpvb1Lr7Qxw/WwUsieNAqktJQI8hQ3wTRQ==\n-----END EC PRIVATE KEY-----»\"",
        ],
        negatives: examples![
            // The same key with no Coinbase word nearby is left to the generic private-key rule.
            "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIOieEI8u+Wnoh3RjfB47L8CeGq1OgNgmCP6yWpEojX1VoAoGCCqGSM49\nAwEHoUQDQgAEfSZy8/jDW85NGT/IJzf8M9yIvJxYHinDMJUr5v7sXrBTXRvzybfO\nSpvb1Lr7Qxw/WwUsieNAqktJQI8hQ3wTRQ==\n-----END EC PRIVATE KEY-----",
            // Body is not DER.
            "coinbase key: -----BEGIN EC PRIVATE KEY-----\nTm90IGFuIEVDIGtleSBqdXN0IHNvbWUgdGV4dCB0aGF0IGhhcHBlbnMgdG8gYmUgbG9uZyBlbm91Z2ggdG8gcGFzcyB0aGUgbGVuZ3RoIGNoZWNrIG9mIHRoZSBydWxl\n-----END EC PRIVATE KEY-----",
            "coinbase privateKey: -----BEGIN EC PRIVATE KEY-----\\n...\\n-----END EC PRIVATE KEY-----",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "coinbase-cdp-secret-key",
        title: "Coinbase Developer Platform secret API key (Ed25519)",
        about: about!("The newer CDP secret API key: base64 of a 64-byte Ed25519 key pair next to a CDP or Coinbase word; preview because the value has no marker of its own."),
        label: "COINBASE_KEY",
        severity: Severity::Critical,
        group: Group::Preview,
        trigger: Trigger::Near { words: &["coinbase", "cdp_api_key", "cdp_api"], before: 200, after: 240 },
        pattern: r"\b[A-Za-z0-9+/]{86}==",
        max_len: 88,
        min_entropy: 4.5,
        validate: Some(ed25519_pair),
        mask: Mask::All,
        positives: examples![
            "CDP_API_KEY_ID=5bc8fbbc-bde5-4099-8164-d8399f767c45\nCDP_API_KEY_SECRET=«y7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPwO7N2hHLurexGMow8wSI56ecSAhAPjfATXGN/X7Kt8qSlD2Mg==»",
            "{\"id\": \"a02fdaa1-ad86-4c44-a049-548e8a0a8c96\", \"privateKey\": \"«NC7w97Ay9/fkYkwFXGoq7yVDEFRN0ZqWAJittVYQT1rRTnuyUC97eLQtDkH58AXzv1vYZwSMyWtdYJTXAnMLtQ==»\"}  <- coinbase cdp key file",
        ],
        negatives: examples![
            "CDP_API_KEY_SECRET=Lp/09DIewT7t0fF2WINa5IZAxnYblr/HzF7cSwlu8voXNVeDnFzrJVdG7LOLF0+v",
            "y7Dx172m7IcH13fG8T+mDeYoHF943j9hixqSPwO7N2hHLurexGMow8wSI56ecSAhAPjfATXGN/X7Kt8qSlD2Mg== is an attachment hash",
            "CDP_API_KEY_SECRET=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "checkout-secret-key",
        title: "Checkout.com live secret key",
        about: about!("Server-side access to the live Checkout.com account: payments, refunds and card data; `sk_` + 27 base32 characters (or `sk_` + UUID for older accounts) next to a Checkout word."),
        label: "CHECKOUT_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["checkout"], before: 160, after: 200 },
        pattern: r"\bsk_(?:[a-z2-7]{27}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        max_len: 39,
        min_entropy: 3.3,
        validate: Some(letters_and_digits),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "CHECKOUT_SECRET_KEY=«sk_w5na3m7rpeg47pe7dejxlgvcwos»",
            "CheckoutSdk.builder().staticKeys().secretKey(\"«sk_h2lyb57efnum3yavurnnlik5cir»\").environment(Environment.PRODUCTION)",
        ],
        negatives: examples![
            "CHECKOUT_SECRET_KEY=sk_sbox_hqwwtmaenxt2mjer3x2r5ihgw2p",
            "CHECKOUT_PUBLIC_KEY=pk_qy2rvggg5nfxbxbwbj6exk5u6do",
            "sk_w5na3m7rpeg47pe7dejxlgvcwos without a provider word",
            "checkout step sk_abcdefghijklmnopqrstuvwxyza",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "checkout-sandbox-secret-key",
        title: "Checkout.com sandbox secret key",
        about: about!("Secret key of the Checkout.com sandbox; `sk_sbox_` + 27 base32 characters, or `sk_test_` + UUID for older accounts."),
        label: "CHECKOUT_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sk_sbox_", "sk_test_"]),
        pattern: r"sk_(?:sbox_[a-z2-7]{27}|test_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        max_len: 44,
        min_entropy: 3.3,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "private readonly string _secretKey = \"«sk_sbox_hqwwtmaenxt2mjer3x2r5ihgw2p»\";",
            "CKO_SECRET_KEY=«sk_sbox_7hshsf5o6ym2o4ex2vs4rsapa2x»",
            "//'«sk_test_ddc16224-e536-44bc-97e2-861a21d5f945»'",
        ],
        negatives: examples![
            "pk_sbox_qy2rvggg5nfxbxbwbj6exk5u6do",
            "sk_sbox_hqwwtmaenxt2mjer3x2r5",
            "secretAPIKey: \"sk_sbox_example\"",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mollie-api-key",
        title: "Mollie API key",
        about: about!("Creates payments and refunds for a Mollie website profile; `live_` or `test_` + 30 characters next to a Mollie word."),
        label: "MOLLIE_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mollie"], before: 160, after: 200 },
        pattern: r"\b(?:live|test)_[A-Za-z0-9]{30}\b",
        max_len: 35,
        min_entropy: 3.5,
        validate: Some(base62_mixed),
        known_examples: &["test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"],
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "MOLLIE_API_KEY=«live_bYzB1oPIShdeDPzYP7nHLnFx1jGzgV»",
            "$mollie->setApiKey(\"«test_Yfak9PSNYV5qQZUEX4hBDjbx3x8154»\");",
        ],
        negatives: examples![
            "$mollie->setApiKey(\"test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM\");",
            "MOLLIE_API_KEY=live_bYzB1oPIShdeDPzYP7nH",
            "live_bYzB1oPIShdeDPzYP7nHLnFx1jGzgV with no provider word",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "paystack-secret-key",
        title: "Paystack live secret key",
        about: about!("Charges customers and initiates transfers on the live Paystack account; `sk_live_` + 40 lowercase hex (unlike Stripe's base62)."),
        label: "PAYSTACK_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sk_live_"]),
        pattern: r"sk_live_[0-9a-f]{40}",
        max_len: 48,
        min_entropy: 3.0,
        context: &["paystack"],
        context_window: 160,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "PAYSTACK_SECRET_KEY=«sk_live_03bd3393274299b77de16e53e43445d3d0743c59»",
            "curl https://api.paystack.co/transaction/initialize -H \"Authorization: Bearer «sk_live_0c3f91cd92683daf643c9887b2dfcbdae31915ca»\"",
        ],
        negatives: examples![
            "sk_live_03bd3393274299b77de16e53e43445d3d0743c5",
            "sk_live_ann76dEyTzAeKOmXRrvftva9",
            "PAYSTACK_PUBLIC_KEY=pk_live_03bd3393274299b77de16e53e43445d3d0743c59",
            "sk_live_0000000000000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "paystack-test-secret-key",
        title: "Paystack test secret key",
        about: about!("Secret key of the Paystack test mode; `sk_test_` + 40 lowercase hex."),
        label: "PAYSTACK_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["sk_test_"]),
        pattern: r"sk_test_[0-9a-f]{40}",
        max_len: 48,
        min_entropy: 3.0,
        context: &["paystack"],
        context_window: 160,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "PAYSTACK_SECRET_KEY=«sk_test_c73b1abf7f0bd30b7bb961a5f3b12688dbc2932c»",
            "const paystack = require('paystack-api')('«sk_test_78a1a44991f1c24a060fda252e4ced3ea23b33c9»');",
        ],
        negatives: examples![
            "pk_test_c73b1abf7f0bd30b7bb961a5f3b12688dbc2932c",
            "sk_test_c73b1abf7f0bd30b7bb961a5f3b12688",
            "sk_test_R8y4EMfAdggcG9qpVTzqA05M",
        ],
        ..Rule::SECRET
    },
];
