//! Vendor rows: E-mail, SMS and messaging, push, product analytics, social, ads, SEO and links.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "amplitude-api-key", provider: "Amplitude", title: "Amplitude API key and secret key", near: ["amplitude"], shape: HEX32,
    // Project API and secret keys of Settings > Projects; 32 hex digits.
    example: "AMPLITUDE_SECRET_KEY=«49201c8999dde290c5ff0ce20151c072»",
    near_miss: "amplitude chart 3k9x1z, export md5 0cc175b9c0f1b6a831c399e269772661",
    doc: "https://amplitude.com/docs/apis/authentication" },
    v! { id: "bitly-access-token", provider: "Bitly", title: "Bitly access token", near: ["bitly"], shape: HEX40,
    // Generic access tokens of Settings > API, sent as a bearer token;
    // 40 hex digits.
    example: "curl https://api-ssl.bitly.com/v4/shorten -H 'Authorization: Bearer «e0b870fd542bfdfb312d81b712d466bbb7fdfe22»'  # bitly",
    near_miss: "bitly link bit.ly/3xYz9Qw, tracked in commit da39a3ee5e6b4b0d3255bfef95601890afd80709",
    doc: "https://dev.bitly.com/docs/getting-started/authentication/" },
    v! { id: "braze-rest-api-key", provider: "Braze", title: "Braze REST API key", near: ["braze"], shape: UUID_KEY,
    // REST API keys of Settings > APIs and Identifiers are UUIDs, sent as
    // a bearer token.
    example: "curl https://rest.iad-01.braze.com/users/track -H 'Authorization: Bearer «c8d90742-2d6a-4670-a681-457188b570f8»'",
    near_miss: "braze campaign 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 sent 12,000 messages",
    doc: "https://www.braze.com/docs/api/basics/" },
    v! { id: "klaviyo-private-key", provider: "Klaviyo", title: "Klaviyo private API key", near: ["klaviyo"],
    // "Private keys will have the prefix pk_ followed by a longer
    // alphanumeric string"; issued keys carry 34 after the prefix.
    pattern: r"\bpk_[A-Za-z0-9]{34}\b",
    example: "curl https://a.klaviyo.com/api/lists/ -H 'Authorization: Klaviyo-API-Key «pk_4f1c9e7a2b8d6053e1a9c7f2b4d8e6a1c3»'",
    near_miss: "the Klaviyo public API key (site ID) Hq8vLt goes in the onsite snippet",
    doc: "https://developers.klaviyo.com/en/docs/retrieve_api_credentials" },
    v! { id: "mailtrap-api-token", provider: "Mailtrap", title: "Mailtrap API token", near: ["mailtrap"], shape: HEX32,
    // Tokens of Settings > API Tokens, sent as a bearer token or `Api-Token`;
    // 32 hex digits.
    example: "curl https://send.api.mailtrap.io/api/send -H 'Authorization: Bearer «18ebdfb5bff74ef1db844e3648f5d1b4»'  # mailtrap",
    near_miss: "mailtrap inbox 2345678, message md5 c4ca4238a0b923820dcc509a6f75849b",
    doc: "https://api-docs.mailtrap.io/docs/mailtrap-api-docs/" },
    v! { id: "messagebird-access-key", provider: "MessageBird", title: "MessageBird (Bird) access key", near: ["messagebird"],
    // Live and test access keys, sent as `Authorization: AccessKey …`;
    // 25 letters and digits.
    pattern: r#"\b[A-Za-z0-9]{25}\b"#,
    example: "curl https://rest.messagebird.com/balance -H 'Authorization: AccessKey «4H4f14GncCS4XLkL450eIfqa6»'",
    near_miss: "messagebird originator TestMessage sent to 31612345678",
    doc: "https://developers.messagebird.com/api/#authentication" },
    v! { id: "mixpanel-api-secret", provider: "Mixpanel", title: "Mixpanel project API secret", near: ["mixpanel"], shape: HEX32,
    // The project's API secret of Project Settings; 32 hex digits (the
    // project token is public by design).
    example: "MIXPANEL_API_SECRET=«7ef26f01aeae72a387c5291877e5bc74»",
    near_miss: "mixpanel export job, md5 checksum 8277e0910d750195b448797616e091ad",
    doc: "https://developer.mixpanel.com/reference/project-secret" },
    v! { id: "plivo-auth-token", provider: "Plivo", title: "Plivo auth token", near: ["plivo"], shape: ALNUM40,
    // The auth token of the console overview, the Basic-auth password
    // beside the auth id; 40 letters and digits.
    example: "PLIVO_AUTH_TOKEN=«LlqkG81ymxpw4diY5gONw72BHjO7q8RPdSsOwszo»",
    near_miss: "plivo auth id MAXXXXXXXXXXXXXXXXXX from the docs",
    doc: "https://www.plivo.com/docs/messaging/api/overview/authentication" },
    v! { id: "posthog-personal-api-key", provider: "PostHog", title: "PostHog personal API key", prefix: ["phx_"],
    // `phx_` personal keys; the project key `phc_` is public by design.
    pattern: r"phx_[A-Za-z0-9]{40,50}",
    example: "POSTHOG_PERSONAL_API_KEY=«phx_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2Rt8Vw4Xe7»",
    near_miss: "posthog.init('phc_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2Rt8Vw4Xe7', { api_host: 'https://us.i.posthog.com' })",
    doc: "https://posthog.com/docs/api/personal-api-keys" },
    v! { id: "pubnub-secret-key", provider: "PubNub", title: "PubNub secret key", prefix: ["sec-c-"],
    // Keysets hold `pub-c-…`, `sub-c-…` and the server-only secret key
    // `sec-c-…` (48 letters and digits).
    pattern: r#"\bsec-c-[A-Za-z0-9]{48}\b"#,
    example: "const pubnub = new PubNub({ subscribeKey: 'sub-c-c9a79eb3-9775-483d-842b-53213c1ce986', secretKey: '«sec-c-u5WiTIBB7vmOVPFpXd0QHEsVBc9UurcnDeSgSlJ5jqsAf60a»', userId: 'server' });",
    near_miss: "subscribeKey: 'sub-c-7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3' is public",
    doc: "https://www.pubnub.com/docs/general/setup/application-setup" },
    v! { id: "pushbullet-access-token", provider: "Pushbullet", title: "Pushbullet access token", near: ["pushbullet"],
    // Access tokens of Settings > Account read `o.` and 32 letters and
    // digits, sent as `Access-Token`.
    pattern: r#"\bo\.[A-Za-z0-9]{32}\b"#,
    example: "curl https://api.pushbullet.com/v2/pushes -H 'Access-Token: «o.pevhyYdu3qXDCqAi9WXXVmGFsQYxzegm»'  # pushbullet",
    near_miss: "pushbullet device iden ujpah72o0sjAoRtnM0jc",
    doc: "https://docs.pushbullet.com/#authentication" },
    v! { id: "pushover-app-token", provider: "Pushover", title: "Pushover application token", near: ["pushover"],
    // Application API tokens and user keys are 30 letters and digits.
    pattern: r#"\b[A-Za-z0-9]{30}\b"#,
    example: "curl -s -F 'token=«DDGxfJ3fefPoVaQNazdsVpX9Eb7AaU»' -F 'message=done' https://api.pushover.net/1/messages.json",
    near_miss: "pushover priority 2 needs retry and expire parameters",
    doc: "https://pushover.net/api" },
    v! { id: "rebrandly-api-key", provider: "Rebrandly", title: "Rebrandly API key", near: ["rebrandly"], shape: HEX32,
    // Keys of Account > API keys, sent as `apikey`; 32 hex digits.
    example: "curl https://api.rebrandly.com/v1/links -H 'apikey: «65c97e86a3180e95e48ebaef64c07011»'  # rebrandly",
    near_miss: "rebrandly link rebrand.ly/summer24, md5 45c48cce2e2d7fbdea1afc51c7c6ad26",
    doc: "https://developers.rebrandly.com/docs/api-key-authentication" },
    v! { id: "resend-api-key", provider: "Resend", title: "Resend API key", prefix: ["re_"],
    // `Authorization: Bearer re_…`.
    pattern: r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
    example: "curl -X POST 'https://api.resend.com/emails' -H 'Authorization: Bearer «re_Hk4vQ9zL_2xWm7Rt3Np8Yb5Lc1Df6Gj0K»'",
    near_miss: "the Resend docs write the key as re_123456789",
    doc: "https://www.resend.com/docs/api-reference/" },
    v! { id: "sendbird-api-token", provider: "Sendbird", title: "Sendbird API token", near: ["sendbird"], shape: HEX40,
    // The master or secondary API token of Settings > Application >
    // General, sent as `Api-Token`; 40 hex digits.
    example: "curl https://api-7C2E9A41.sendbird.com/v3/users -H 'Api-Token: «a911cabe58d66a6cd1957c991da32628391036d2»'",
    near_miss: "sendbird channel sendbird_group_channel_2024 at commit 1b6453892473a467d07372d45eb05abc2031647a",
    doc: "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api" },
    v! { id: "serpapi-api-key", provider: "SerpApi", title: "SerpApi private API key", near: ["serpapi"], shape: HEX64,
    // The private API key of the dashboard, sent as `api_key`; 64 hex
    // digits.
    example: "curl 'https://serpapi.com/search.json?engine=google&q=coffee&api_key=«fee1d2a80d3bd64b7b40afe2a6163e3202e2872af201e51631b15e2cd93552c4»'",
    near_miss: "serpapi search id 65f1a2b3c4d5e6f7a8b9c0d1, sha256 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
    doc: "https://serpapi.com/search-api" },
    v! { id: "smtp2go-api-key", provider: "SMTP2GO", title: "SMTP2GO API key", near: ["smtp2go"],
    // Keys of Sending > API Keys read `api-` and 32 hex digits.
    pattern: r#"\bapi-[A-Fa-f0-9]{32}\b"#,
    example: "curl https://api.smtp2go.com/v3/email/send -H 'X-Smtp2go-Api-Key: «api-8A40CCDB17E304B01D2B57C713688BC4»'",
    near_miss: "smtp2go api-reference page for /email/send",
    doc: "https://developers.smtp2go.com/docs/getting-started" },
    v! { id: "sparkpost-api-key", provider: "SparkPost", title: "SparkPost API key", near: ["sparkpost"], shape: HEX40,
    // Keys of Configuration > API Keys, sent as `Authorization`; 40 hex
    // digits.
    example: "curl https://api.sparkpost.com/api/v1/transmissions -H 'Authorization: «6835ee5cc2b5e39c37a30c8350978c7c01fe26d7»'  # sparkpost",
    near_miss: "sparkpost template rev at commit 6367c48dd193d56ea7b0baad25b19455e529f5ee",
    doc: "https://developers.sparkpost.com/api/#header-authentication" },
    v! { id: "telnyx-api-key", provider: "Telnyx", title: "Telnyx API key (v2)", prefix: ["KEY"],
    // V2 keys of Auth > API Keys read `KEY`, 32 capital hex digits, `_`,
    // then 22 letters and digits.
    pattern: r#"\bKEY[0-9A-F]{32}_[A-Za-z0-9]{22}\b"#,
    example: "curl https://api.telnyx.com/v2/balance -H 'Authorization: Bearer «KEY747CF0F97C4ECD57FC5AE124AEAC1ECB_X4xFVh6f0unlE2lflJU7io»'",
    near_miss: "Telnyx keys start with KEY and are shown once",
    doc: "https://developers.telnyx.com/docs/development/authentication" },
    v! { id: "twitch-client-secret", provider: "Twitch", title: "Twitch client secret or access token", near: ["twitch"],
    // Client secrets and OAuth access tokens of the developer console are
    // 30 small letters and digits.
    pattern: r#"\b[a-z0-9]{30}\b"#,
    example: "TWITCH_CLIENT_SECRET=«pvucal3r4ifqdhglcjvd9zmaxz8qko»",
    near_miss: "twitch channel id 141981764 streams at 19:00",
    doc: "https://dev.twitch.tv/docs/authentication/" },
    v! { id: "zulip-api-key", provider: "Zulip", title: "Zulip API key", near: ["zulip"], shape: ALNUM32,
    // A user's or bot's API key, the Basic-auth password beside its
    // e-mail, also in `zuliprc`; 32 letters and digits.
    example: "[api]\nemail=notify-bot@acme.zulipchat.com\nkey=«rrqmNXmCVCJ5oQKvvl1gyHxkLBY4r8eY»\nsite=https://acme.zulipchat.com",
    near_miss: "zulip stream engineering, topic ReleaseNotes2024Q3",
    doc: "https://zulip.com/api/api-keys" },
];
