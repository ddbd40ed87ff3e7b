//! Vendor rows: Payments, fintech, accounting, e-commerce platforms and logistics.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "authorize-net-transaction-key", provider: "Authorize.net", title: "Authorize.net transaction key", near: ["authorizenet", "authorize.net", "authnet"], shape: ALNUM16,
    // The transaction key of Account > Security Settings > API Credentials
    // & Keys, paired with the API login id; 16 letters and digits.
    example: "AUTHORIZENET_TRANSACTION_KEY=«w9vlai3PiTatJWtG»",
    near_miss: "authorize.net sandbox login 5KP3u95bQpv, see the API reference",
    doc: "https://developer.authorize.net/api/reference/index.html" },
    v! { id: "chargebee-api-key", provider: "Chargebee", title: "Chargebee API key", near: ["chargebee"],
    // Keys of Settings > API Keys, sent as the Basic-auth user; they name
    // their site mode, `live_…` or `test_…`.
    pattern: r#"\b(?:live|test)_[A-Za-z0-9]{26,40}\b"#,
    example: "curl https://acme-test.chargebee.com/api/v2/customers -u «test_8aYfWJYPb7kz0bkwypLMbj8EwmYiaGAhnP»:",
    near_miss: "chargebee plan id test_monthly_plan_2024 on site acme-test",
    doc: "https://apidocs.chargebee.com/docs/api/auth" },
    v! { id: "duffel-access-token", provider: "Duffel", title: "Duffel access token", prefix: ["duffel_test_", "duffel_live_"],
    // "Testing tokens are easy to recognize: they start with duffel_test_";
    // live tokens `duffel_live_`; a base64url body follows.
    pattern: r#"\bduffel_(?:test|live)_[A-Za-z0-9_-]{40,50}"#,
    example: "curl https://api.duffel.com/air/airlines -H 'Duffel-Version: v2' -H 'Authorization: Bearer «duffel_test_7ot6IXkKMvrjHa3Ni3epJ26fvjuo4LfrBfL4mtUvLxr»'",
    near_miss: "set DUFFEL_ACCESS_TOKEN to a token that starts with duffel_test_ while you build",
    doc: "https://duffel.com/docs/api/overview/test-mode" },
    v! { id: "ecwid-secret-token", provider: "Ecwid", title: "Ecwid secret access token", near: ["ecwid"],
    // Store access tokens are `secret_…` (server side) or `public_…`
    // (storefront); 32 letters and digits follow.
    pattern: r#"\bsecret_[A-Za-z0-9]{32}\b"#,
    example: "curl 'https://app.ecwid.com/api/v3/1003/products' -H 'Authorization: Bearer «secret_onfIJrGXrhZ12SnMCzVSk5y7QKWjw8Tp»'  # ecwid",
    near_miss: "ecwid storefront widget uses public_ tokens only",
    doc: "https://api-docs.ecwid.com/reference/access-tokens" },
    v! { id: "etsy-api-keystring", provider: "Etsy", title: "Etsy API keystring", near: ["etsy"],
    // The app's keystring, sent as `x-api-key`; 24 small letters and
    // digits as issued.
    pattern: r#"\b[a-z0-9]{24}\b"#,
    example: "curl https://openapi.etsy.com/v3/application/openapi-ping -H 'x-api-key: «ti11yarts2x5t9vutd3k58w0»'  # etsy",
    near_miss: "etsy listing 1234567890 in shop handmadeceramicsstudio",
    doc: "https://developers.etsy.com/documentation/essentials/authentication" },
    v! { id: "lob-api-key", provider: "Lob", title: "Lob secret API key", near: ["lob_api", "lob.com", "lob-node"],
    // Secret keys of Settings > API Keys name their mode, `live_…` or
    // `test_…`, then 35 hex digits; sent as the Basic-auth user.
    pattern: r#"\b(?:live|test)_[a-f0-9]{30,40}\b"#,
    example: "curl https://api.lob.com/v1/addresses -u «test_602af081ffbc79cac8a8626b9530d9fbb66»:",
    near_miss: "lob.com address id adr_7c2e9a41f0b3d6e8 verified",
    doc: "https://docs.lob.com/#section/Authentication" },
    v! { id: "mercadopago-access-token", provider: "Mercado Pago", title: "Mercado Pago access token", prefix: ["APP_USR-", "TEST-"],
    // Production credentials start `APP_USR-`, test credentials `TEST-`:
    // the application id, a date-like group, 32 hex digits, the user id.
    pattern: r#"\b(?:APP_USR|TEST)-[0-9]{13,19}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12}\b"#,
    example: "MERCADOPAGO_ACCESS_TOKEN=«APP_USR-6264147379048370-860918-a266cee3e302bb83f827d64f11905053-266251882»",
    near_miss: "the public key APP_USR-7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 is safe in the browser",
    doc: "https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials" },
    v! { id: "midtrans-server-key", provider: "Midtrans", title: "Midtrans server key", prefix: ["SB-Mid-server-", "Mid-server-"],
    // The server key of Settings > Access Keys, `SB-Mid-server-…` in the
    // sandbox and `Mid-server-…` in production; the client key is public.
    pattern: r#"\b(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,40}"#,
    example: "MIDTRANS_SERVER_KEY=«SB-Mid-server-FAECxmqDAd9Y30Ac4XAcNyHH»",
    near_miss: "the client key SB-Mid-client-q7Lx2RvT9mKz4WbN goes in the Snap.js tag",
    doc: "https://docs.midtrans.com/docs/access-keys" },
    v! { id: "paddle-api-key", provider: "Paddle", title: "Paddle Billing API key", prefix: ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
    // Billing API keys name their environment: `pdl_live_apikey_…` and
    // `pdl_sdbx_apikey_…`, then a lower-case id and a mixed-case secret.
    pattern: r#"\bpdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9_]{20,40}"#,
    example: "PADDLE_API_KEY=«pdl_sdbx_apikey_9nczrekatrfxaa7dmnip13q62y_SdTg7tALPh0UcqQrQ2pjqI_Dw4»",
    near_miss: "sandbox keys start pdl_sdbx_apikey_ and only work against sandbox-api.paddle.com",
    doc: "https://developer.paddle.com/api-reference/about/" },
    v! { id: "recurly-api-key", provider: "Recurly", title: "Recurly private API key", near: ["recurly"], shape: HEX32,
    // The private API key of Integrations > API Credentials, sent as the
    // Basic-auth user; 32 hex digits as issued.
    example: "RECURLY_API_KEY=«7098a7f3b1eb496271ff4a04293e91af»",
    near_miss: "recurly invoice 1042, checksum md5 9e107d9d372bb6826bd81d3542a419d6",
    doc: "https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication" },
    v! { id: "wise-api-token", provider: "Wise", title: "Wise (TransferWise) API token", near: ["transferwise", "wise.com", "WISE_API"], shape: UUID_KEY,
    // Personal API tokens of Settings > API tokens are UUIDs, sent as a
    // bearer token.
    example: "curl https://api.transferwise.com/v1/profiles -H 'Authorization: Bearer «966a3b70-770d-4866-9bae-47e559b563da»'",
    near_miss: "transferwise transfer 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 is pending",
    doc: "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens" },
    v! { id: "woocommerce-consumer-secret", provider: "WooCommerce", title: "WooCommerce REST API consumer secret", prefix: ["cs_"],
    // Keys generated under WooCommerce > Settings > Advanced > REST API:
    // consumer key `ck_` and consumer secret `cs_`, each followed by a
    // 40-hex-digit random hash.
    pattern: r#"\bcs_[a-f0-9]{40}\b"#,
    example: "curl https://shop.example.com/wp-json/wc/v3/products -u ck_fabdba5e2ef29643862e13709d40f139cd804b69:«cs_2a3d184eadecdbadc597f669b8ef2c799e2f8bf1»",
    near_miss: "the WooCommerce docs show the secret as cs_1234567890abcdef",
    doc: "https://developer.woocommerce.com/docs/apis/rest-api/authentication/" },
    v! { id: "xendit-secret-key", provider: "Xendit", title: "Xendit secret API key", prefix: ["xnd_development_", "xnd_production_"],
    // Secret keys generated under Settings > Developers > API Keys, one
    // per mode: `xnd_development_…` (test) and `xnd_production_…` (live);
    // older keys end in base64 padding, which stays outside the match.
    pattern: r#"\bxnd_(?:development|production)_[A-Za-z0-9+/]{40,100}"#,
    example: "XENDIT_SECRET_KEY=«xnd_development_gS0dYlaFqhLidHDyWN4ncPwkEh6B9K5qLIf46bRRBHECFD5XouKpkxHcIpd8»",
    near_miss: "the public key xnd_public_development_ only tokenizes cards",
    doc: "https://docs.xendit.co/api-integration/api-keys/" },
];
