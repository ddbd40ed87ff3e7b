//! Vendor rows: E-mail, SMS and messaging, push, product analytics, social, ads, SEO and links.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "africastalking-api-key", provider: "Africa's Talking", title: "Africa's Talking API key", near: ["africastalking", "africas_talking"],
    // The key of Settings > API Key, sent as the `apiKey` header with the
    // account's `username`; 64 hex digits as issued, newer keys with an
    // `atsk_` prefix.
    pattern: r#"\b(?:atsk_)?[a-f0-9]{64}\b"#,
    example: "curl https://api.africastalking.com/version1/messaging -H 'apiKey: «atsk_a9069f5dab2f8437b16a13888db16168a7e726da48bd335d94dd570037cd056d»' -d 'username=sandbox&to=%2B254711XXXYYY&message=hi'  # africastalking",
    near_miss: "africastalking message ATXid_7c2e9a41f0b3d6e8 sent to +254711000000",
    doc: "https://developers.africastalking.com/docs/authentication" },
    v! { id: "amplitude-api-key", provider: "Amplitude", title: "Amplitude API key and secret key", near: ["amplitude"], shape: HEX32,
    // Project API and secret keys of Settings > Projects; 32 hex digits.
    example: "AMPLITUDE_SECRET_KEY=«49201c8999dde290c5ff0ce20151c072»",
    near_miss: "amplitude chart 3k9x1z, export md5 0cc175b9c0f1b6a831c399e269772661",
    doc: "https://amplitude.com/docs/apis/authentication" },
    v! { id: "beehiiv-api-key", provider: "beehiiv", title: "beehiiv API key", near: ["beehiiv"], shape: ALNUM64,
    // Keys of Settings > API, sent as a bearer token; 64 letters and
    // digits as issued.
    example: "curl https://api.beehiiv.com/v2/publications -H 'Authorization: Bearer «B7kaRTkS1UV7yxS0jLfZ2Uaj03groHZLvJcF4AIWfZSatyDf5RyVY7KvEVBGEbov»'  # beehiiv",
    near_miss: "beehiiv publication pub_7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://developers.beehiiv.com/welcome/create-an-api-key" },
    v! { id: "bitly-access-token", provider: "Bitly", title: "Bitly access token", near: ["bitly"], shape: HEX40,
    // Generic access tokens of Settings > API, sent as a bearer token;
    // 40 hex digits.
    example: "curl https://api-ssl.bitly.com/v4/shorten -H 'Authorization: Bearer «e0b870fd542bfdfb312d81b712d466bbb7fdfe22»'  # bitly",
    near_miss: "bitly link bit.ly/3xYz9Qw, tracked in commit da39a3ee5e6b4b0d3255bfef95601890afd80709",
    doc: "https://dev.bitly.com/docs/getting-started/authentication/" },
    v! { id: "bluesky-app-password", provider: "Bluesky", title: "Bluesky app password", near: ["bluesky", "bsky"],
    // App passwords of Settings > Privacy and security > App passwords:
    // four groups of four small letters and digits, used in place of the
    // account password by bots and clients.
    pattern: r#"\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b"#,
    example: "BSKY_HANDLE=newsbot.bsky.social\nBSKY_APP_PASSWORD=«r5yd-k6qc-k7h2-387v»",
    near_miss: "bluesky post at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3k4duaz5vfs2b",
    doc: "https://docs.bsky.app/docs/advanced-guides/api-directory" },
    v! { id: "branch-secret-key", provider: "Branch", title: "Branch secret key", near: ["BRANCH_SECRET", "branch.io", "branch_secret", "branch_key"],
    // The secret of Account Settings > Profile, `secret_live_…` or
    // `secret_test_…`; the Branch key `key_live_…` is for the SDKs.
    // "branch" alone is what every git user types.
    pattern: r#"\bsecret_(?:live|test)_[A-Za-z0-9]{32}\b"#,
    example: "BRANCH_KEY=key_live_TCLG7uu24iXjURtEhXtQcEO6KY3kYQXT\nBRANCH_SECRET=«secret_live_I7EzOk1sDYPDGklbDqnR9gcmYOWnWomx»",
    near_miss: "branch.io link https://acme.app.link/3p1j9Xk2Qb opened 42 times",
    doc: "https://help.branch.io/developers-hub/reference/branch-api-overview" },
    v! { id: "braze-rest-api-key", provider: "Braze", title: "Braze REST API key", near: ["braze"], shape: UUID_KEY,
    // REST API keys of Settings > APIs and Identifiers are UUIDs, sent as
    // a bearer token.
    example: "curl https://rest.iad-01.braze.com/users/track -H 'Authorization: Bearer «c8d90742-2d6a-4670-a681-457188b570f8»'",
    near_miss: "braze campaign 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 sent 12,000 messages",
    doc: "https://www.braze.com/docs/api/basics/" },
    v! { id: "builderio-private-key", provider: "Builder.io", title: "Builder.io private API key", prefix: ["bpk-"],
    // Private keys of Space settings > Private Keys read `bpk-` and 32 hex
    // digits as issued, sent as a bearer token to the Write and Admin APIs;
    // the public key (32 hex digits, no prefix) is public by design.
    pattern: r#"\bbpk-[a-f0-9]{32}\b"#,
    example: "curl https://builder.io/api/v1/write/page -H 'Authorization: Bearer «bpk-5d3b14875a4958f1faa23a6fe92c9c8f»'",
    near_miss: "builder.io public key d37169e786c6afb5c5dfd16c44252f0b in the content API URL",
    doc: "https://www.builder.io/c/docs/api-authentication" },
    v! { id: "buttercms-api-token", provider: "ButterCMS", title: "ButterCMS write API token", near: ["buttercms"], shape: HEX40,
    // The read and write tokens of Settings > API Tokens; 40 hex digits,
    // sent as `Authorization: Token …` (write) or `auth_token` (read).
    example: "curl -X POST https://api.buttercms.com/v2/posts/ -H 'Authorization: Token «322f9d201aed24e7d702722ed3e901d933631acb»'  # buttercms",
    near_miss: "buttercms page slug homepage-2024 published",
    doc: "https://buttercms.com/docs/api/#authentication" },
    v! { id: "buttondown-api-key", provider: "Buttondown", title: "Buttondown API key", near: ["buttondown"], shape: UUID_KEY,
    // The key of Settings > API is a UUID, sent as `Authorization: Token …`.
    example: "buttondown_api_key = '«69eb4255-5bf5-4c3f-aab3-b6d7cb3a79e5»'\nrequests.get('https://api.buttondown.com/v1/subscribers', headers={'Authorization': f'Token {buttondown_api_key}'})",
    near_miss: "buttondown email 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 sent to 1,204 subscribers",
    doc: "https://docs.buttondown.com/api-authentication" },
    v! { id: "clicksend-api-key", provider: "ClickSend", title: "ClickSend API key", near: ["clicksend"], shape: UUID_KEY,
    // The key of Developers > API Credentials is an upper-case UUID, the
    // Basic-auth password beside the username.
    example: "CLICKSEND_USERNAME=ops@acme.example\nCLICKSEND_API_KEY=«1375BDB0-77D6-49AE-AC73-8231AD0C0613»",
    near_miss: "clicksend message 7C2E9A41-F0B3-4D6E-85A1-C4F7B2E9D0A3 delivered",
    doc: "https://developers.clicksend.com/docs/rest/v3/#authentication" },
    v! { id: "contentstack-management-token", provider: "Contentstack", title: "Contentstack management token", near: ["contentstack"],
    // Management (and delivery) tokens of Settings > Tokens read `cs` and
    // 32 hex digits, sent as `authorization` beside the stack's `api_key`.
    pattern: r#"\bcs[a-f0-9]{32}\b"#,
    example: "curl https://api.contentstack.io/v3/content_types -H 'api_key: blt9deb06c1772de355' -H 'authorization: «cs7c3a34017986348ad144255ed85cb129»'  # contentstack",
    near_miss: "contentstack entry blt7c2e9a41f0b3d6e8 in content type blog_post",
    doc: "https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens" },
    v! { id: "courier-auth-token", provider: "Courier", title: "Courier auth token", prefix: ["pk_prod_", "pk_test_"],
    // Auth tokens of Settings > API Keys name their environment,
    // `pk_prod_…` or `pk_test_…`, then 28 capital letters and digits;
    // sent as a bearer token.
    pattern: r#"\bpk_(?:prod|test)_[A-Z0-9]{28}\b"#,
    example: "curl -X POST https://api.courier.com/send -H 'Authorization: Bearer «pk_prod_PHNNZBRG007TG4RGRODNF7TK7YGZ»'",
    near_miss: "courier message 1-65f1a2b3-7c2e9a41f0b3d6e85a1c4f7b delivered",
    doc: "https://www.courier.com/docs/reference/auth/intro/" },
    v! { id: "customerio-app-api-key", provider: "Customer.io", title: "Customer.io App API key", near: ["customerio", "customer.io"], shape: HEX32,
    // App API keys of Account Settings > API Credentials, sent as a
    // bearer token (the Track API site id and key are a separate pair);
    // 32 hex digits.
    example: "curl https://api.customer.io/v1/send/email -H 'Authorization: Bearer «6a692027c6a7e8a7d14d85271f1a45a7»'  # customer.io",
    near_miss: "customer.io campaign 42, delivery dgOv5gYAAA==",
    doc: "https://docs.customer.io/integrations/api/app/" },
    v! { id: "datocms-api-token", provider: "DatoCMS", title: "DatoCMS API token", near: ["datocms"],
    // Tokens of Project settings > API tokens, sent as a bearer token; 30
    // hex digits as issued.
    pattern: r#"\b[a-f0-9]{30}\b"#,
    example: "curl https://graphql.datocms.com/ -H 'Authorization: Bearer «2ec70e573fbd072ee8ae9fca2821d0»' -d '{\"query\":\"{ allPosts { title } }\"}'",
    near_miss: "datocms record 123456789 in model blog_post",
    doc: "https://www.datocms.com/docs/content-delivery-api/authentication" },
    v! { id: "drip-api-token", provider: "Drip", title: "Drip API token", near: ["getdrip", "DRIP_API", "drip_api"], shape: HEX32,
    // The token of User Settings, the Basic-auth user; 32 hex digits.
    // "drip" alone is an ordinary word.
    example: "curl https://api.getdrip.com/v2/accounts -u «a0afd64e67a937409db1106bac21b66c»:",
    near_miss: "getdrip account 9999999, campaign 123456 active",
    doc: "https://developer.drip.com/#authentication" },
    v! { id: "facebook-access-token", provider: "Meta", title: "Facebook (Meta) access token", prefix: ["EAA"],
    // User, page and system-user tokens of the Graph API start `EAA`,
    // then a long run of letters and digits.
    pattern: r#"\bEAA[A-Za-z0-9]{100,400}\b"#,
    example: "curl 'https://graph.facebook.com/v21.0/me?access_token=«EAAEghFZYmcf37689kUYffN8B6PdBaOmCqgcfeEuu2h3dhnI73swOE80r0A0EIBRyIqtBUreMOxSJWaan706u2BA25WWQAanlN94LNo0s9D2z63yA6AI2LjNQTRO5IasH6aST5zehJekTMh74afmnfHn11EA78TjCtkqdG2Zq6soh42P7cAYs3o»'",
    near_miss: "facebook page 102938475610293, ad account act_1234567890",
    doc: "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/" },
    v! { id: "fullstory-api-key", provider: "Fullstory", title: "Fullstory API key", prefix: ["na1.", "eu1."],
    // Keys of Settings > API Keys name their data region, `na1.` or
    // `eu1.`, then a base64 body; sent as `Authorization: Basic …`.
    pattern: r#"\b(?:na1|eu1)\.[A-Za-z0-9+/]{60,150}"#,
    example: "curl https://api.fullstory.com/v2/users -H 'Authorization: Basic «na1.V2PzbI+b74HUbQExKFnzgupCOvxlUidrFdnyks7ADX5+z5XPT9tQFcqDhvro79dg/Jr6N3qSQ/LJt7B7SDJlbr/c»'",
    near_miss: "fullstory session na1.7c2e9a41 replay link shared",
    doc: "https://developer.fullstory.com/server/authentication/" },
    v! { id: "getresponse-api-key", provider: "GetResponse", title: "GetResponse API key", near: ["getresponse"], shape: LOWER32,
    // Keys of Tools > Integrations and API, sent as
    // `X-Auth-Token: api-key …`; 32 small letters and digits.
    example: "curl https://api.getresponse.com/v3/campaigns -H 'X-Auth-Token: api-key «qx2e205ynsja29fuk6rrxysgg31g7bgs»'",
    near_miss: "getresponse campaign V8R1k, newsletter id 42",
    doc: "https://apidocs.getresponse.com/v3/authentication" },
    v! { id: "ghost-admin-api-key", provider: "Ghost", title: "Ghost Admin API key secret", near: ["GHOST_ADMIN_API_KEY", "ghost_admin", "ghost.io"], shape: HEX64,
    // Admin API keys of Settings > Integrations read `<id>:<secret>`: a
    // 24-hex-digit id and a 64-hex-digit secret that signs the tokens.
    // The secret is reported; the Content API key is public.
    example: "GHOST_ADMIN_API_KEY=6e6ad7ad7d979d18684d2160:«5ec1b6c06fb6f00ef3f23c0917649516ce7a8d28f4d6705fd0a3c70d5b19531e»",
    near_miss: "ghost.io post 65f1a2b3c4d5e6f7a8b9c0d1 published",
    doc: "https://ghost.org/docs/admin-api/#token-authentication" },
    v! { id: "infobip-api-key", provider: "Infobip", title: "Infobip API key", near: ["infobip"],
    // Keys of Developers > API keys: 32 hex digits, `-`, and a UUID; sent
    // as `Authorization: App …`.
    pattern: r#"\b[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\b"#,
    example: "export INFOBIP_API_KEY='«b49de537ef1f8ef35f70897dd5ea85cb-92cd3252-667f-40a8-a4c6-562a10a69236»'  # sent as Authorization: App",
    near_miss: "infobip message 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 delivered",
    doc: "https://www.infobip.com/docs/essentials/api-essentials/api-authentication" },
    v! { id: "instagram-access-token", provider: "Meta", title: "Instagram access token", prefix: ["IGQV", "IGAA"],
    // Instagram API tokens start `IGQV` (Basic Display) or `IGAA` (API
    // with Instagram Login), then a long base64url body.
    pattern: r#"\bIG(?:QV|AA)[A-Za-z0-9_-]{100,400}"#,
    example: "curl 'https://graph.instagram.com/me?fields=id,username&access_token=«IGAAY_Ut0DfjRG4LXKlgERpRq9LMTzuYJ_CKx2RqXVrgkM86FBlJJ3RxuhqaGdLe38cmkjdc9k2-ykV-kRDNlte_UGBXQkFW7_4GDJgEqibS-8h4sS8C-qoneT5RU6R5EbUZgKZY5Dl-489nzkaHluV8scnJsfcjPYK2»'",
    near_miss: "instagram media 17895695668004550 from account 17841405822304914",
    doc: "https://developers.facebook.com/docs/instagram-platform/overview" },
    v! { id: "iterable-api-key", provider: "Iterable", title: "Iterable API key", near: ["ITERABLE_API", "iterable.com"], shape: HEX32,
    // Keys of Integrations > API Keys, sent as `Api-Key`; 32 hex digits.
    // "iterable" alone is a word of every programming language.
    example: "curl https://api.iterable.com/api/lists -H 'Api-Key: «c90114df3dd2b2fa2cf97c1128df6c97»'  # iterable.com",
    near_miss: "iterable.com campaign 1234567, list 98765",
    doc: "https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys" },
    v! { id: "kickbox-api-key", provider: "Kickbox", title: "Kickbox API key", near: ["kickbox"],
    // Keys of the Kickbox app name their mode, `live_…` or `test_…`, then
    // 64 hex digits; sent as `apikey`.
    pattern: r#"\b(?:live|test)_[a-f0-9]{64}\b"#,
    example: "curl 'https://api.kickbox.com/v2/verify?email=bill.lumbergh@gmail.com&apikey=«live_b0bbb9c31d6f7886607c3bb537ef0b2e1f688532978584d550bdbe91004f6087»'  # kickbox",
    near_miss: "kickbox verification result deliverable, sendex 0.95",
    doc: "https://docs.kickbox.com/docs/authentication" },
    v! { id: "kit-api-key", provider: "Kit", title: "Kit (ConvertKit) v4 API key", prefix: ["kit_"],
    // V4 keys of Settings > Developer read `kit_` and 32 hex digits, sent
    // as `X-Kit-Api-Key`.
    pattern: r#"\bkit_[a-f0-9]{32}\b"#,
    example: "curl https://api.kit.com/v4/account -H 'X-Kit-Api-Key: «kit_d5f8765146b333948e4fcb768b88006a»'",
    near_miss: "the Kit v3 form 1234567 still embeds on the landing page",
    doc: "https://developers.kit.com/api-reference/authentication" },
    v! { id: "klaviyo-private-key", provider: "Klaviyo", title: "Klaviyo private API key", near: ["klaviyo"],
    // "Private keys will have the prefix pk_ followed by a longer
    // alphanumeric string"; issued keys carry 34 after the prefix.
    pattern: r"\bpk_[A-Za-z0-9]{34}\b",
    example: "curl https://a.klaviyo.com/api/lists/ -H 'Authorization: Klaviyo-API-Key «pk_4f1c9e7a2b8d6053e1a9c7f2b4d8e6a1c3»'",
    near_miss: "the Klaviyo public API key (site ID) Hq8vLt goes in the onsite snippet",
    doc: "https://developers.klaviyo.com/en/docs/retrieve_api_credentials" },
    v! { id: "loops-api-key", provider: "Loops", title: "Loops API key", near: ["LOOPS_API_KEY", "loops.so"], shape: HEX32,
    // Keys of Settings > API, sent as a bearer token; 32 hex digits.
    example: "curl https://app.loops.so/api/v1/api-key -H 'Authorization: Bearer «fa7927704b2bd00302c28a969ca8296c»'",
    near_miss: "loops.so transactional email clfq6dinn000yl70fgwwyp82l sent",
    doc: "https://loops.so/docs/api-reference/intro" },
    v! { id: "mailersend-api-token", provider: "MailerSend", title: "MailerSend API token", prefix: ["mlsn."],
    // Tokens of Integrations > API tokens read `mlsn.` and 64 hex digits,
    // sent as a bearer token (the token's id is a separate 80-hex value).
    pattern: r#"\bmlsn\.[a-f0-9]{64}\b"#,
    example: "curl https://api.mailersend.com/v1/email -H 'Authorization: Bearer «mlsn.4aabd87d1bd72c973be317dcaf952b7e23b50e3908e8217ca9a6dce1e969eb82»'",
    near_miss: "mailersend message 5ee0b166b251345e407c9207 queued",
    doc: "https://developers.mailersend.com/general.html#authentication" },
    v! { id: "mailslurp-api-key", provider: "MailSlurp", title: "MailSlurp API key", near: ["mailslurp"], shape: HEX64,
    // The key of the dashboard, sent as `x-api-key`; 64 hex digits.
    example: "curl https://api.mailslurp.com/inboxes -H 'x-api-key: «3d90719744db96dace0a4c880ea69028a293110f6c6e38b9f6302fadc1e5273b»'  # mailslurp",
    near_miss: "mailslurp inbox 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 received 3 emails",
    doc: "https://docs.mailslurp.com/api/" },
    v! { id: "mailtrap-api-token", provider: "Mailtrap", title: "Mailtrap API token", near: ["mailtrap"], shape: HEX32,
    // Tokens of Settings > API Tokens, sent as a bearer token or `Api-Token`;
    // 32 hex digits.
    example: "curl https://send.api.mailtrap.io/api/send -H 'Authorization: Bearer «18ebdfb5bff74ef1db844e3648f5d1b4»'  # mailtrap",
    near_miss: "mailtrap inbox 2345678, message md5 c4ca4238a0b923820dcc509a6f75849b",
    doc: "https://api-docs.mailtrap.io/docs/mailtrap-api-docs/" },
    v! { id: "mastodon-access-token", provider: "Mastodon", title: "Mastodon access token", near: ["mastodon"],
    // Tokens of Preferences > Development > your application, sent as a
    // bearer token; 43 characters of base64url.
    pattern: r#"\b[A-Za-z0-9_-]{43}\b"#,
    example: "curl https://mastodon.social/api/v1/statuses -H 'Authorization: Bearer «cLos4rEHdeAEjAqmb3yY5t8lFvCxWcpjnSS3IJlETEg»' -F 'status=hello'",
    near_miss: "mastodon status 113512321238945792 boosted 12 times",
    doc: "https://docs.joinmastodon.org/client/token/" },
    v! { id: "matomo-token-auth", provider: "Matomo", title: "Matomo token_auth", near: ["matomo", "piwik"], shape: HEX32,
    // Personal tokens of Personal > Security > Auth tokens, sent as
    // `token_auth`; 32 hex digits.
    example: "curl 'https://analytics.example.com/index.php?module=API&method=VisitsSummary.get&idSite=1&period=day&date=today&token_auth=«94e8273132807a0bfa43d1aeb6d9d271»'  # matomo",
    near_miss: "matomo site 3, visitor id 7c2e9a41f0b3d6e8",
    doc: "https://developer.matomo.org/api-reference/reporting-api#authenticate-to-the-api-via-token_auth-parameter" },
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
    v! { id: "moosend-api-key", provider: "Moosend", title: "Moosend API key", near: ["moosend"], shape: UUID_KEY,
    // The key of Settings > API key is a UUID, sent as `apikey`.
    example: "curl 'https://api.moosend.com/v3/lists.json?apikey=«7907b840-0a6f-4e3b-ae4b-49154d216952»'  # moosend",
    near_miss: "moosend campaign 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 sent",
    doc: "https://docs.moosend.com/developers/api-documentation/en/index-en.html" },
    v! { id: "neverbounce-api-key", provider: "NeverBounce", title: "NeverBounce API key", near: ["neverbounce"],
    // V4 keys read `private_` (older ones `secret_`) and 32 hex digits,
    // sent as `key`.
    pattern: r#"\b(?:private|secret)_[a-f0-9]{32}\b"#,
    example: "curl 'https://api.neverbounce.com/v4/single/check?key=«private_ba26050270b88364ac0af1da9fa523f7»&email=support@neverbounce.com'",
    near_miss: "neverbounce job 289022 finished, 96% valid",
    doc: "https://developers.neverbounce.com/reference/authentication" },
    v! { id: "novu-api-key", provider: "Novu", title: "Novu API key", near: ["novu"], shape: HEX32,
    // Keys of Settings > API Keys, sent as `Authorization: ApiKey …`; 32
    // hex digits.
    example: "curl https://api.novu.co/v1/events/trigger -H 'Authorization: ApiKey «da106f3ef96414793dd2075f098a6812»'  # novu",
    near_miss: "novu workflow welcome-email, subscriber 65f1a2b3c4d5e6f7a8b9c0d1",
    doc: "https://docs.novu.co/api-reference/overview" },
    v! { id: "omnisend-api-key", provider: "Omnisend", title: "Omnisend API key", near: ["omnisend"],
    // Keys of Store settings > API keys: 24 hex digits, `-`, and 50
    // letters and digits; sent as `X-API-KEY`.
    pattern: r#"\b[a-f0-9]{24}-[A-Za-z0-9]{50}\b"#,
    example: "curl https://api.omnisend.com/v3/contacts -H 'X-API-KEY: «284e769675e3443722579748-3Hl1xoV8pj4kd4ixDsUukNw8Clry50E3cyOeOTXNA59szUaZBp»'",
    near_miss: "omnisend contact 65f1a2b3c4d5e6f7a8b9c0d1 subscribed",
    doc: "https://api-docs.omnisend.com/reference/authentication" },
    v! { id: "onesignal-api-key", provider: "OneSignal", title: "OneSignal app or organization API key", prefix: ["os_v2_app_", "os_v2_org_"],
    // App and organization API keys read `os_v2_app_` or `os_v2_org_` and
    // a long run of small letters and digits, sent as
    // `Authorization: Key …`; the app id (a UUID) is public.
    pattern: r#"\bos_v2_(?:app|org)_[a-z0-9]{100,120}\b"#,
    example: "curl https://api.onesignal.com/notifications -H 'Authorization: Key «os_v2_app_itanwcs6td6svaoisz6q9tk1qwiulcjdgznu6h3dtgdk6e0dqpzlrdj30wirep1zcdry37gkh0wyspz6o0jdoite2sbgpf0d2b91jv28ourvq4670»'",
    near_miss: "onesignal app id 202d4f61-1ca9-42df-9d36-bb17d8123abc goes in the SDK init",
    doc: "https://documentation.onesignal.com/docs/keys-and-ids" },
    v! { id: "pendo-integration-key", provider: "Pendo", title: "Pendo integration key", near: ["pendo"], shape: UUID_KEY,
    // Integration keys of Settings > Integrations are UUIDs, sent as
    // `x-pendo-integration-key`.
    example: "curl https://app.pendo.io/api/v1/page -H 'x-pendo-integration-key: «b22c6afe-5f3c-473a-a965-62d877f3a176»'",
    near_miss: "pendo guide 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 shown to 300 visitors",
    doc: "https://engageapi.pendo.io/#authentication" },
    v! { id: "pinterest-access-token", provider: "Pinterest", title: "Pinterest access or refresh token", prefix: ["pina_", "pinr_"],
    // OAuth access tokens start `pina_` and refresh tokens `pinr_`; sent
    // as a bearer token to api.pinterest.com/v5.
    pattern: r#"\bpin[ar]_[A-Za-z0-9]{60,200}\b"#,
    example: "curl https://api.pinterest.com/v5/user_account -H 'Authorization: Bearer «pina_LHXWVLXXD6SXB9SN9AZH2FE208QCJFBTFB1WRNEDYF9BF0HGQXJFP9HPC89LXQBH1KROR9GCZXEQGMO8NOAVGWRKQ3NQQJI5HLFKZV4OAWDM3HW7»'",
    near_miss: "pinterest pin 99360735500167749, board 549755885175",
    doc: "https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/" },
    v! { id: "plausible-api-key", provider: "Plausible", title: "Plausible Analytics API key", near: ["PLAUSIBLE_API_KEY", "plausible.io"], shape: ALNUM64,
    // Keys of Settings > API Keys, sent as a bearer token; 64 letters and
    // digits as issued. "plausible" alone is an English word.
    example: "curl https://plausible.io/api/v2/query -H 'Authorization: Bearer «VVY9ID5pShuL8znd93KZEJD4bXEY82amD4yzMf6MRr46Cfwlwf893PTIO5P8YrsN»'",
    near_miss: "plausible.io site acme.example, goal Signup",
    doc: "https://plausible.io/docs/stats-api" },
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
    v! { id: "sanity-api-token", provider: "Sanity", title: "Sanity API token", near: ["sanity"],
    // Robot tokens of the project's API settings read `sk` and a long run
    // of letters and digits, sent as a bearer token.
    pattern: r#"\bsk[A-Za-z0-9]{150,200}\b"#,
    example: "SANITY_PROJECT_ID=abc123xy\nSANITY_API_TOKEN=«skSgkokzXWFX0YcFfXX8ukrNvY6yCuEGIYpbK3Hh7M802pMHJ9JUHi1MvB6a5rhGu1nzzTr1JjpFmixHaxPpXfyCdWtdwelzxdvZICBfK4nuDmBPRqSa6AbRa4jufBi2vHQjAEdEtLq3OjeutWCqYRyq0i4a1O8U0UwgNj3O9QYIHcYt6znTZq»",
    near_miss: "sanity project abc123xy, dataset production, document drafts.7c2e9a41",
    doc: "https://www.sanity.io/docs/http-auth" },
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
    v! { id: "strapi-api-token", provider: "Strapi", title: "Strapi API token", near: ["strapi"],
    // Tokens of Settings > API Tokens are 256 hex digits, sent as a bearer
    // token.
    pattern: r#"\b[a-f0-9]{256}\b"#,
    example: "STRAPI_URL=https://cms.example.com\nSTRAPI_API_TOKEN=«7e64b11a886f6f6d41413c23de84aeb4df5901f96c18335283d3c8c71ceea55e20faf3c833501874eac9b94227d6d66a1f8733e9b64232934f644fb9f7fff0c009da675f0bbd87e7b05e1997215b138043c87f46df9784373d6740d46abaa3207cf0c0304633e71c0168c3423a9c89a5428f70424fb671140bb8ad1d7fa1d2ca»",
    near_miss: "strapi collection api::article.article entry 42 published",
    doc: "https://docs.strapi.io/cms/features/api-tokens" },
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
    v! { id: "zerobounce-api-key", provider: "ZeroBounce", title: "ZeroBounce API key", near: ["zerobounce"], shape: HEX32,
    // The key of the API page, sent as `api_key`; 32 hex digits.
    example: "curl 'https://api.zerobounce.net/v2/getcredits?api_key=«8bc3cbfa41f9cf90342532f6b2de432b»'  # zerobounce",
    near_miss: "zerobounce file 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 validated",
    doc: "https://www.zerobounce.net/docs/api-dashboard/" },
    v! { id: "zulip-api-key", provider: "Zulip", title: "Zulip API key", near: ["zulip"], shape: ALNUM32,
    // A user's or bot's API key, the Basic-auth password beside its
    // e-mail, also in `zuliprc`; 32 letters and digits.
    example: "[api]\nemail=notify-bot@acme.zulipchat.com\nkey=«rrqmNXmCVCJ5oQKvvl1gyHxkLBY4r8eY»\nsite=https://acme.zulipchat.com",
    near_miss: "zulip stream engineering, topic ReleaseNotes2024Q3",
    doc: "https://zulip.com/api/api-keys" },
];
