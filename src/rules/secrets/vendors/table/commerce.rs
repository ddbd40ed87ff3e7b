//! Vendor rows: Payments, fintech, accounting, e-commerce platforms and logistics.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "aftership-api-key", provider: "AfterShip", title: "AfterShip API key", prefix: ["asat_"],
    // Keys of Settings > API keys, sent as `as-api-key` (the legacy
    // `aftership-api-key` header is gone since 2023-10); keys as issued read
    // `asat_` and 32 hex digits (the docs show only a placeholder).
    pattern: r#"\basat_[a-f0-9]{32}\b"#,
    example: "curl https://api.aftership.com/tracking/2024-10/trackings -H 'as-api-key: «asat_85b42f9d4c9fdf09cb30b159db7d2e30»'",
    near_miss: "aftership tracking 1Z999AA10123456784 is out for delivery",
    doc: "https://www.aftership.com/docs/tracking/quickstart/authentication" },
    v! { id: "authorize-net-transaction-key", provider: "Authorize.net", title: "Authorize.net transaction key", near: ["authorizenet", "authorize.net", "authnet"], shape: ALNUM16,
    // The transaction key of Account > Security Settings > API Credentials
    // & Keys, paired with the API login id; 16 letters and digits.
    example: "AUTHORIZENET_TRANSACTION_KEY=«w9vlai3PiTatJWtG»",
    near_miss: "authorize.net sandbox login 5KP3u95bQpv, see the API reference",
    doc: "https://developer.authorize.net/api/reference/index.html" },
    v! { id: "avalara-license-key", provider: "Avalara", title: "Avalara AvaTax license key", near: ["avalara", "avatax"], shape: HEX16,
    // The account's license key of Settings > License and API Keys, the
    // Basic-auth password beside the account id; 16 hex digits as issued.
    example: "AVATAX_ACCOUNT_ID=2000123456\nAVATAX_LICENSE_KEY=«446666C2BD0FCC3E»",
    near_miss: "avatax document code INV-2024-000123, company code DEFAULT",
    doc: "https://developer.avalara.com/avatax/authentication-in-avatax/" },
    v! { id: "bigcommerce-access-token", provider: "BigCommerce", title: "BigCommerce API account access token", near: ["bigcommerce"],
    // Store API account tokens, sent as `X-Auth-Token`; 30 to 32 small
    // letters and digits as issued (the docs state no format).
    pattern: r#"\b[a-z0-9]{30,32}\b"#,
    example: "curl https://api.bigcommerce.com/stores/abc123/v3/catalog/products -H 'X-Auth-Token: «y8jms7wmgjmomcxza8646vg02wcx80m»'  # bigcommerce",
    near_miss: "bigcommerce store hash abc123def0, product 1042",
    doc: "https://developer.bigcommerce.com/docs/start/authentication/api-accounts" },
    v! { id: "brex-user-token", provider: "Brex", title: "Brex user token", prefix: ["bxt_"],
    // User tokens of Settings > Developer read `bxt_` and a random body,
    // sent as a bearer token.
    pattern: r#"\bbxt_[A-Za-z0-9]{30,60}\b"#,
    example: "curl https://platform.brexapis.com/v2/users/me -H 'Authorization: Bearer «bxt_pZLCtWkBgXUDo64rBlhkxa3DrxpNwwMM2TXo»'",
    near_miss: "brex card 4242 for the team offsite, expense exp_7c2e9a41",
    doc: "https://developer.brex.com/docs/authentication/" },
    v! { id: "cashfree-secret-key", provider: "Cashfree Payments", title: "Cashfree Payments secret key", prefix: ["cfsk_ma_"],
    // The secret key of Developers > API Keys, sent as `x-client-secret`
    // beside the app id; keys as issued read `cfsk_ma_prod_…` or
    // `cfsk_ma_test_…` (the docs show only placeholders).
    pattern: r#"\bcfsk_ma_(?:prod|test)_[a-f0-9]{32}_[a-f0-9]{8}\b"#,
    example: "curl https://sandbox.cashfree.com/pg/orders -H 'x-api-version: 2023-08-01' -H 'x-client-id: TESTe01d9d9e1bc593fa0dc7133e' -H 'x-client-secret: «cfsk_ma_test_72dfd35c14c6fce3db22e774b9e2d2de_a2525784»'",
    near_miss: "cashfree order order_1042_7c2e9a41, cf_payment_id 5114910562051",
    doc: "https://cashfree.com/docs/api-reference/authentication" },
    v! { id: "chargebee-api-key", provider: "Chargebee", title: "Chargebee API key", near: ["chargebee"],
    // Keys of Settings > API Keys, sent as the Basic-auth user; they name
    // their site mode, `live_…` or `test_…`.
    pattern: r#"\b(?:live|test)_[A-Za-z0-9]{26,40}\b"#,
    example: "curl https://acme-test.chargebee.com/api/v2/customers -u «test_8aYfWJYPb7kz0bkwypLMbj8EwmYiaGAhnP»:",
    near_miss: "chargebee plan id test_monthly_plan_2024 on site acme-test",
    doc: "https://apidocs.chargebee.com/docs/api/auth" },
    v! { id: "commercetools-client-secret", provider: "commercetools", title: "commercetools API client secret", near: ["commercetools"], shape: ALNUM32,
    // The client secret of an API client (Settings > Developer settings),
    // shown once, used for the client-credentials grant; 32 letters and
    // digits.
    example: "CTP_PROJECT_KEY=acme-shop\nCTP_CLIENT_ID=BFfnLHDiTJyIE501tyUP6abY\nCTP_CLIENT_SECRET=«nKlUn8ZXuyGKWgdLTo3lCPOa1CNiMYxo»\nCTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com",
    near_miss: "commercetools product 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 published",
    doc: "https://docs.commercetools.com/api/authorization" },
    v! { id: "conekta-private-key", provider: "Conekta", title: "Conekta private API key", near: ["conekta"],
    // Private keys of Settings > Developers read `key_` and a random body,
    // sent as a bearer token (the public key is for the browser).
    pattern: r#"\bkey_[A-Za-z0-9]{20,30}\b"#,
    example: "curl https://api.conekta.io/customers -H 'Accept: application/vnd.conekta-v2.1.0+json' -H 'Authorization: Bearer «key_OR3q4ZDXeTZWzPQCUE2HDmBcm8»'",
    near_miss: "conekta order ord_2tUigJ8DgBhbp6w5D, charge paid",
    doc: "https://developers.conekta.com/reference/autenticacion" },
    v! { id: "dhl-api-key", provider: "DHL", title: "DHL API key", near: ["dhl"], shape: ALNUM32,
    // Keys of an app on the DHL developer portal, sent as
    // `DHL-API-Key`; 32 letters and digits as issued.
    example: "curl 'https://api-eu.dhl.com/track/shipments?trackingNumber=00340434292135100186' -H 'DHL-API-Key: «kXWJ5Mj1TNZfqaaw7poJU6zlxB1o05eS»'",
    near_miss: "dhl tracking number 00340434292135100186 delivered",
    doc: "https://developer.dhl.com/api-reference/shipment-tracking" },
    v! { id: "duffel-access-token", provider: "Duffel", title: "Duffel access token", prefix: ["duffel_test_", "duffel_live_"],
    // "Testing tokens are easy to recognize: they start with duffel_test_";
    // live tokens `duffel_live_`; a base64url body follows.
    pattern: r#"\bduffel_(?:test|live)_[A-Za-z0-9_-]{40,50}"#,
    example: "curl https://api.duffel.com/air/airlines -H 'Duffel-Version: v2' -H 'Authorization: Bearer «duffel_test_7ot6IXkKMvrjHa3Ni3epJ26fvjuo4LfrBfL4mtUvLxr»'",
    near_miss: "set DUFFEL_ACCESS_TOKEN to a token that starts with duffel_test_ while you build",
    doc: "https://duffel.com/docs/api/overview/test-mode" },
    v! { id: "ecwid-secret-token", provider: "Ecwid", title: "Ecwid secret access token", near: ["ecwid"],
    // Store access tokens are `secret_…` (server side) or `public_…`
    // (storefront), then 32 letters and digits, as the docs' samples show.
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
    v! { id: "instamojo-api-key", provider: "Instamojo", title: "Instamojo private API key", near: ["instamojo"], shape: HEX32,
    // The private API key and auth token of API & Plugins, sent as
    // `X-Api-Key` and `X-Auth-Token`; 32 hex digits each.
    example: "curl https://www.instamojo.com/api/1.1/payment-requests/ -H 'X-Api-Key: «cf648ae42821e08bc1cfd32d6ab41db0»' -H 'X-Auth-Token: b9f8b1d1dc1a386dfde741251aca6c23'",
    near_miss: "instamojo payment MOJO5a06005J21512197 credited",
    doc: "https://docs.instamojo.com/docs/payments-api" },
    v! { id: "klarna-api-key", provider: "Klarna", title: "Klarna API key", prefix: ["klarna_test_api_", "klarna_live_api_"],
    // "An API key has the following format: klarna_<live|test>_<api>_<random>";
    // the random part of the docs' sample is base64. Sent as
    // `Authorization: Basic <API key>`.
    pattern: r#"\bklarna_(?:test|live)_api_[A-Za-z0-9+/_-]{40,200}"#,
    example: "KLARNA_API_KEY=«klarna_test_api_iRFCzUGy6AVbpdnXvTpa19EION3LX5lStVYPuCfghib05sqZpeetf6HTHbVW3l8q»",
    near_miss: "klarna order 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 captured",
    doc: "https://docs.klarna.com/api-reference/authentication" },
    v! { id: "lob-api-key", provider: "Lob", title: "Lob secret API key", near: ["lob_api", "lob.com", "lob-node"],
    // Secret keys of Settings > API Keys name their mode, `live_…` or
    // `test_…`, then 35 hex digits; sent as the Basic-auth user.
    pattern: r#"\b(?:live|test)_[a-f0-9]{30,40}\b"#,
    example: "curl https://api.lob.com/v1/addresses -u «test_602af081ffbc79cac8a8626b9530d9fbb66»:",
    near_miss: "lob.com address id adr_7c2e9a41f0b3d6e8 verified",
    doc: "https://docs.lob.com/#section/Authentication" },
    v! { id: "magento-access-token", provider: "Adobe Commerce", title: "Adobe Commerce (Magento) integration access token", near: ["magento"], shape: LOWER32,
    // Integration access tokens of System > Extensions > Integrations,
    // sent as a bearer token; 32 small letters and digits.
    example: "curl https://shop.example.com/rest/V1/orders/42 -H 'Authorization: Bearer «4679rjrfe8x64dga3fjm3oakq0rufsul»'  # magento",
    near_miss: "magento order 000000042, sku MH01-XS-Black",
    doc: "https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/" },
    v! { id: "mercadopago-access-token", provider: "Mercado Pago", title: "Mercado Pago access token", prefix: ["APP_USR-", "TEST-"],
    // Production credentials start `APP_USR-`, test credentials `TEST-`:
    // the application id, a date-like group, 32 hex digits, the user id.
    pattern: r#"\b(?:APP_USR|TEST)-[0-9]{13,19}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12}\b"#,
    example: "MERCADOPAGO_ACCESS_TOKEN=«APP_USR-6264147379048370-860918-a266cee3e302bb83f827d64f11905053-266251882»",
    near_miss: "the public key APP_USR-7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 is safe in the browser",
    doc: "https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials" },
    v! { id: "mercury-api-token", provider: "Mercury", title: "Mercury API token", prefix: ["mercury_production_", "mercury_sandbox_"],
    // Tokens of Settings > API Tokens read `secret-token:` and then
    // `mercury_production_…` (or `mercury_sandbox_…`); the match starts at
    // the environment name, since a colon is not part of a key here.
    pattern: r#"\bmercury_(?:production|sandbox)_[A-Za-z0-9_]{30,120}"#,
    example: "curl https://api.mercury.com/api/v1/accounts -H 'Authorization: Bearer secret-token:«mercury_production_wma_tJqb5qFwt70bGRmULke1UeQMGW0HOvqhDrrXxk3he4St_yrucvz»'",
    near_miss: "mercury_production_ tokens need an IP whitelist for write access",
    doc: "https://docs.mercury.com/docs/getting-started" },
    v! { id: "midtrans-server-key", provider: "Midtrans", title: "Midtrans server key", prefix: ["SB-Mid-server-", "Mid-server-"],
    // The server key of Settings > Access Keys, `SB-Mid-server-…` in the
    // sandbox and `Mid-server-…` in production; the client key is public.
    pattern: r#"\b(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,40}"#,
    example: "MIDTRANS_SERVER_KEY=«SB-Mid-server-FAECxmqDAd9Y30Ac4XAcNyHH»",
    near_miss: "the client key SB-Mid-client-q7Lx2RvT9mKz4WbN goes in the Snap.js tag",
    doc: "https://docs.midtrans.com/docs/access-keys" },
    v! { id: "nowpayments-api-key", provider: "NOWPayments", title: "NOWPayments API key", near: ["nowpayments"],
    // Keys of Store Settings > API keys: four groups of seven capital
    // letters and digits, sent as `x-api-key`.
    pattern: r#"\b[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}\b"#,
    example: "curl https://api.nowpayments.io/v1/status -H 'x-api-key: «GS80TZ9-4MVYWLV-FS1WFIE-Y3SPPJ5»'  # nowpayments",
    near_miss: "nowpayments invoice 4522625843 for 0.0025 BTC",
    doc: "https://nowpayments.io/help/what-is/what-is-api-key" },
    v! { id: "omise-secret-key", provider: "Omise", title: "Omise (Opn Payments) secret key", prefix: ["skey_"],
    // Secret keys read `skey_test_…` in test mode and `skey_…` live; the
    // public key `pkey_…` is for the browser.
    pattern: r#"\bskey_(?:test_)?[a-z0-9]{19,25}\b"#,
    example: "curl https://api.omise.co/account -u «skey_test_0stmgnazfdp1qiy84mnb0»:",
    near_miss: "the public key pkey_test_5xuy4w91xqz7d1w9u0t goes in Omise.js",
    doc: "https://docs.opn.ooo/keys" },
    v! { id: "onfleet-api-key", provider: "Onfleet", title: "Onfleet API key", near: ["onfleet"], shape: HEX32,
    // Keys of Settings > API & Webhooks, the Basic-auth user; 32 hex
    // digits as issued.
    example: "curl -u «494c0e13a1b184b8178bfa42094a3761»: https://onfleet.com/api/v2/auth/test  # onfleet",
    near_miss: "onfleet task ~a7Bq2kZp9x, worker hQpMxL8v",
    doc: "https://docs.onfleet.com/reference/authentication" },
    v! { id: "paddle-api-key", provider: "Paddle", title: "Paddle Billing API key", prefix: ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
    // Keys made since May 2025 are 69 characters: `pdl_live_apikey_` or
    // `pdl_sdbx_apikey_`, a 26-character lower-case id, `_`, and a
    // 26-character secret that may itself hold `_` (older keys were 50
    // characters with no prefix, and are left to the generic rules).
    pattern: r#"\bpdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9_]{26}\b"#,
    example: "PADDLE_API_KEY=«pdl_sdbx_apikey_9nczrekatrfxaa7dmnip13q62y_SdTg7tALPh0UcqQrQ2pjqI_Dw4»",
    near_miss: "sandbox keys start pdl_sdbx_apikey_ and only work against sandbox-api.paddle.com",
    doc: "https://developer.paddle.com/api-reference/about/api-keys" },
    v! { id: "prestashop-webservice-key", provider: "PrestaShop", title: "PrestaShop webservice key", near: ["prestashop"], shape: UPPER32,
    // Keys of Advanced Parameters > Webservice are 32 capital letters and
    // digits, sent as the Basic-auth user or `ws_key`.
    example: "curl 'https://shop.example.com/api/products?ws_key=«C8RS5APFZIA4QNENLEYK09HL7YYN566Z»'  # prestashop",
    near_miss: "prestashop order reference XKBKNABJK, id 42",
    doc: "https://devdocs.prestashop-project.org/8/webservice/tutorials/creating-access/" },
    v! { id: "rapyd-secret-key", provider: "Rapyd", title: "Rapyd secret key", prefix: ["rsk_"],
    // The secret key of Developers > Credential details reads `rsk_` and
    // hex digits; with the access key `rak_…` it signs each request.
    pattern: r#"\brsk_[A-Fa-f0-9]{60,140}\b"#,
    example: "RAPYD_ACCESS_KEY=rak_CE42752D96D3F2BBAE8B\nRAPYD_SECRET_KEY=«rsk_4eda5c10d87482a902d8414a09045b581b59bafdb349e867b1123144599cb50c2ca52c9e74ee5a0d38152f8150858093d741»",
    near_miss: "rapyd payment payment_7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c completed",
    doc: "https://docs.rapyd.net/en/request-signatures.html" },
    v! { id: "recurly-api-key", provider: "Recurly", title: "Recurly private API key", near: ["recurly"], shape: HEX32,
    // The private API key of Integrations > API Credentials, sent as the
    // Basic-auth user; 32 hex digits as issued.
    example: "RECURLY_API_KEY=«7098a7f3b1eb496271ff4a04293e91af»",
    near_miss: "recurly invoice 1042, checksum md5 9e107d9d372bb6826bd81d3542a419d6",
    doc: "https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication" },
    v! { id: "shipstation-api-key", provider: "ShipStation", title: "ShipStation API key and secret", near: ["shipstation"], shape: HEX32,
    // The API key and secret of Settings > Account > API Settings, sent
    // as Basic auth; 32 hex digits each.
    example: "SHIPSTATION_API_KEY=7acb36d0af3254797d1ef5d9baac6c67\nSHIPSTATION_API_SECRET=«ea2b1a493f9ee142c4e09c9e6ebeb8eb»",
    near_miss: "shipstation order 1234567, shipment 98765 labelled",
    doc: "https://www.shipstation.com/docs/api/requirements/" },
    v! { id: "sumup-api-key", provider: "SumUp", title: "SumUp secret API key", prefix: ["sup_sk_"],
    // Secret keys of Developer > API keys read `sup_sk_` and a random
    // body, sent as a bearer token.
    pattern: r#"\bsup_sk_[A-Za-z0-9]{24,40}\b"#,
    example: "curl https://api.sumup.com/v0.1/me -H 'Authorization: Bearer «sup_sk_rX3xjunm4Wk0SpMB6xgupNkZ4kREZrh9»'",
    near_miss: "sumup checkout 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 paid",
    doc: "https://developer.sumup.com/tools/authorization/api-keys/" },
    v! { id: "taxjar-api-token", provider: "TaxJar", title: "TaxJar API token", near: ["taxjar"], shape: HEX32,
    // Live and sandbox tokens of Account > SmartCalcs API, sent as a
    // bearer token; 32 hex digits.
    example: "curl https://api.taxjar.com/v2/categories -H 'Authorization: Bearer «0de7881e5a816fb9f391a3ddb2c9b3c6»'  # taxjar",
    near_miss: "taxjar order 123-456-789 synced, nexus CA",
    doc: "https://developers.taxjar.com/api/reference/#authentication" },
    v! { id: "wise-api-token", provider: "Wise", title: "Wise (TransferWise) API token", near: ["transferwise", "wise.com", "WISE_API"], shape: UUID_KEY,
    // Personal API tokens of Settings > API tokens are UUIDs, sent as a
    // bearer token.
    example: "curl https://api.transferwise.com/v1/profiles -H 'Authorization: Bearer «966a3b70-770d-4866-9bae-47e559b563da»'",
    near_miss: "transferwise transfer 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 is pending",
    doc: "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens" },
    v! { id: "wompi-private-key", provider: "Wompi", title: "Wompi private key", prefix: ["prv_test_", "prv_prod_"],
    // Private keys read `prv_test_…` (sandbox) or `prv_prod_…`; the public
    // key `pub_…` is for the widget.
    pattern: r#"\bprv_(?:test|prod)_[A-Za-z0-9]{32}\b"#,
    example: "curl https://sandbox.wompi.co/v1/transactions/11854-1645206457-28562 -H 'Authorization: Bearer «prv_test_ZAKsn8JogFW0hCmELhTS9tuDaO9gaZ4q»'",
    near_miss: "the public key pub_test_Q5yDA9xoKdePzhSGeVe9HAez7HgGORGf is safe in the widget",
    doc: "https://docs.wompi.co/en/docs/colombia/ambientes-y-llaves/" },
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
