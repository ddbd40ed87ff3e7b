//! Vendor rows: E-mail, SMS and messaging, push, product analytics, social, ads, SEO and links.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "klaviyo-private-key", provider: "Klaviyo", title: "Klaviyo private API key", near: ["klaviyo"],
    // "Private keys will have the prefix pk_ followed by a longer
    // alphanumeric string"; issued keys carry 34 after the prefix.
    pattern: r"\bpk_[A-Za-z0-9]{34}\b",
    example: "curl https://a.klaviyo.com/api/lists/ -H 'Authorization: Klaviyo-API-Key «pk_4f1c9e7a2b8d6053e1a9c7f2b4d8e6a1c3»'",
    near_miss: "the Klaviyo public API key (site ID) Hq8vLt goes in the onsite snippet",
    doc: "https://developers.klaviyo.com/en/docs/retrieve_api_credentials" },
    v! { id: "posthog-personal-api-key", provider: "PostHog", title: "PostHog personal API key", prefix: ["phx_"],
    // `phx_` personal keys; the project key `phc_` is public by design.
    pattern: r"phx_[A-Za-z0-9]{40,50}",
    example: "POSTHOG_PERSONAL_API_KEY=«phx_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2Rt8Vw4Xe7»",
    near_miss: "posthog.init('phc_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2Rt8Vw4Xe7', { api_host: 'https://us.i.posthog.com' })",
    doc: "https://posthog.com/docs/api/personal-api-keys" },
    v! { id: "resend-api-key", provider: "Resend", title: "Resend API key", prefix: ["re_"],
    // `Authorization: Bearer re_…`.
    pattern: r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
    example: "curl -X POST 'https://api.resend.com/emails' -H 'Authorization: Bearer «re_Hk4vQ9zL_2xWm7Rt3Np8Yb5Lc1Df6Gj0K»'",
    near_miss: "the Resend docs write the key as re_123456789",
    doc: "https://www.resend.com/docs/api-reference/" },
];
