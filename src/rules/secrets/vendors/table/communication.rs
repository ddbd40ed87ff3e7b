//! Vendor rows: messaging and chat, SMS and voice, e-mail delivery, video meetings, social networks and push notifications.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "ably-api-key", provider: "Ably", title: "Ably API key", near: ["ABLY_API_KEY", "ably.com", "ably.io", "Ably.Rest", "Ably.Realtime"],
    // "An Ably API key string has the following format:
    // I2E_JQ.OqUdfg:EVKV…": the public app id and key id, `:`, and a
    // 43-character base64url secret. "ably" alone is an English word.
    pattern: r#"\b[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}\b"#,
    example: "const rest = new Ably.Rest({ key: '«Fe8AOk.JNsNz4:KSBQ9XmnZIXSSEmiLkM2ra7K0t_cv443uBbFJkvtFke»' });",
    near_miss: "ably.com app id I2E_JQ, channel orders:updates, 42 connections",
    doc: "https://ably.com/docs/ids-and-keys" },
    v! { id: "agora-app-certificate", provider: "Agora", title: "Agora app certificate", near: ["agora"], shape: HEX32,
    // The primary certificate of an Agora project signs RTC and RTM
    // tokens; 32 hex digits, shown beside the (public) App ID.
    example: "agora token server: AGORA_APP_CERTIFICATE=«8aa38d389acf4daca2ea51bcf4f59605»",
    near_miss: "agora channel demo-room, uid 2882341273, sdk 4.2.6",
    doc: "https://docs.agora.io/en/video-calling/get-started/manage-agora-account" },
    v! { id: "aircall-api-token", provider: "Aircall", title: "Aircall API token", near: ["aircall"], shape: HEX32,
    // API keys of Integrations > API Keys are an `api_id` and an
    // `api_token`, both 32 hex digits, sent as Basic auth.
    example: "curl -u 5ef798000d047c66157feec9c79333c8:«3045cf748a53a26ad3ba13a1bce436da» https://api.aircall.io/v1/ping  # aircall",
    near_miss: "aircall call 1893742 from +1 415 555 0100 lasted 4m 12s",
    doc: "https://developer.aircall.io/api-references/#basic-auth" },
    v! { id: "airship-master-secret", provider: "Airship", title: "Airship (Urban Airship) app master secret", near: ["airship", "urbanairship"],
    // Each project has a 22-character app key and app secret and a
    // 22-character master secret, base64url; the master secret is the
    // Basic-auth password for sending pushes.
    pattern: r#"\b[A-Za-z0-9_-]{22}\b"#,
    example: "curl -u G-F62Qih1OsIHY4oNutikX:«axa50_YzMLIJNV85aw_6Oa» https://go.urbanairship.com/api/push  # airship master secret",
    near_miss: "airship channel 5f1e8a2c-9d3b-4a7e-8f0c-1d2e3f4a5b6c opted in",
    doc: "https://docs.airship.com/api/ua/#security" },
    v! { id: "cometchat-api-key", provider: "CometChat", title: "CometChat REST API key", near: ["cometchat"], shape: HEX40,
    // REST API keys of the app's API & Auth Keys page, sent as `apikey`;
    // 40 hex digits as issued.
    example: "curl https://2a4f1c8e9b7d3.api-us.cometchat.io/v3/users -H 'apikey: «fb4def61bbe2852d856bc0d74bfd90ad5f9d6f22»'  # cometchat",
    near_miss: "cometchat group cometchat-guid-1, 42 members, sdk v4.0.8",
    doc: "https://www.cometchat.com/docs/rest-api/authentication" },
    v! { id: "daily-api-key", provider: "Daily", title: "Daily video API key", near: ["DAILY_API_KEY", "daily.co"], shape: HEX64,
    // The domain's key of Developers in the Daily dashboard, sent as a
    // bearer token; 64 hex digits. "daily" alone is an ordinary word.
    example: "curl https://api.daily.co/v1/rooms -H 'Authorization: Bearer «8add92dd2e6d3a918dbfbd29fb7a3f39337b16070f03c3d649a6a15a6987bb71»'",
    near_miss: "daily.co room acme-standup, 12 participants, recording cloud",
    doc: "https://docs.daily.co/reference/rest-api" },
    v! { id: "dingtalk-app-secret", provider: "DingTalk", title: "DingTalk app secret", near: ["dingtalk"],
    // Internal apps have an AppKey and a 64-character AppSecret of letters,
    // digits, `-` and `_`, exchanged for an access token at
    // oapi.dingtalk.com/gettoken.
    pattern: r#"\b[A-Za-z0-9_-]{64}\b"#,
    example: "curl 'https://oapi.dingtalk.com/gettoken?appkey=dingabcdefgh12345678&appsecret=«QswVgbMgtHtRgYd4Gqk47YMeBf7_QB2BrPcqbBUpJrDZLFftvEFcL9ksT0DhC_-h»'",
    near_miss: "dingtalk group chat cid6KeBBLoveMJOGXoYKF5x7EeiodoA==, robot enabled",
    doc: "https://open.dingtalk.com/document/orgapp/obtain-orgapp-token" },
    v! { id: "disqus-api-secret", provider: "Disqus", title: "Disqus API secret key", near: ["disqus"], shape: ALNUM64,
    // Applications have a public key and a secret key of 64 letters and
    // digits; the secret signs SSO payloads and authenticates `api_secret`.
    example: "DISQUS_PUBLIC_KEY=Pq0tYLxvUNUEncSRpMnOZTeZhqkAmddTFcGMVGE1lu7DL9aDYSAdbFswFef6tdyi\nDISQUS_SECRET_KEY=«MUUdO4T5H8fR3xgz2Zlv4av5zzD0SsOsp0pugZs1oznaGkEQQZPhqSPtyIiSfY82»",
    near_miss: "disqus forum acme-blog, thread 9823477123, 41 comments",
    doc: "https://disqus.com/api/docs/auth/" },
    v! { id: "elks46-api-password", provider: "46elks", title: "46elks API password", near: ["46elks"], shape: HEX32,
    // The API username (`u` and 32 hex digits) and API password (32 hex
    // digits, capitals) of the account page are the Basic-auth pair.
    example: "46elks API password: «FE914E9825A3C29D6E5EB1760802DD11» (user u2f8e1d6c3b9a7e4f2d1c0b9a8e7f6d5c)",
    near_miss: "46elks sms s2f8e1d6c3b9a7e4f2d1c0b9a8e7f6d5c sent to +46 70 000 00 00",
    doc: "https://46elks.com/docs/overview" },
    v! { id: "gupshup-api-key", provider: "Gupshup", title: "Gupshup API key", near: ["gupshup"], shape: LOWER32,
    // The account API key (profile menu), sent as the `apikey` header;
    // 32 small letters and digits as issued.
    example: "curl https://api.gupshup.io/wa/api/v1/msg -H 'apikey: «2vxqen1g0dy2ccuercldacxi18mupikz»' -d channel=whatsapp",
    near_miss: "gupshup app acme-bot, template order_update approved",
    doc: "https://docs.gupshup.io/docs/authentication" },
    v! { id: "kakao-rest-api-key", provider: "Kakao", title: "Kakao REST API key", near: ["kakao"], shape: HEX32,
    // Apps have native, JavaScript, REST API and admin keys of 32 hex
    // digits; the REST and admin keys are sent as `Authorization:
    // KakaoAK …` from servers.
    example: "KAKAO_REST_API_KEY=«263dbda7d710b24d22cde2e1c207b6a1»",
    near_miss: "kakao channel _xkxnXxb, friends 1240, template 10234",
    doc: "https://developers.kakao.com/docs/latest/en/getting-started/app#app-key" },
    v! { id: "lark-app-secret", provider: "Lark", title: "Lark (Feishu) app secret", near: ["larksuite", "feishu"], shape: ALNUM32,
    // Custom apps have an App ID (`cli_…`) and a 32-character App Secret,
    // exchanged for a tenant access token.
    example: "FEISHU_APP_ID=cli_a5f2c8e1d3b4c00e\nFEISHU_APP_SECRET=«hajHcVyKiYm9v3ztxojpnDkr2EcAZMJG»",
    near_miss: "feishu group oc_5ad11d72b830411d72b836c20, 18 members",
    doc: "https://open.larksuite.com/document/server-docs/authentication-management/access-token/tenant_access_token_internal" },
    v! { id: "line-channel-access-token", provider: "LINE", title: "LINE Messaging API channel access token", near: ["LINE_CHANNEL_ACCESS_TOKEN", "linebot", "line.me"],
    // Long-lived channel access tokens of the LINE Developers console are
    // about 170 characters of base64 ending `=`, sent as a bearer token.
    pattern: r#"\b[A-Za-z0-9+/]{160,190}="#,
    example: "LINE_CHANNEL_ACCESS_TOKEN=«OCDHUWVOTPp/+fjgwewDe0DU/WMM8EAXpOT34QKaFp8nPmrdyOYWhmW4msiYhYETqgJusyR/qsr/iDXFv5rcQm4oJ/Ou/N8o4MOGgGptLeeXJk8ZENvqN8S4EbMyBwVoXTsruubn2ui/wlinbny+og+pAz6ltB6FhOQtOGDUfqc=»",
    near_miss: "line.me official account @acme, 1240 friends, rich menu richmenu-88c05ef6921ae53f8b58a25f3a65faf7",
    doc: "https://developers.line.biz/en/docs/basics/channel-access-token/" },
    v! { id: "linkedin-client-secret", provider: "LinkedIn", title: "LinkedIn app client secret", near: ["linkedin"], shape: ALNUM16,
    // The primary client secret of an app's Auth tab, used in the
    // authorization-code exchange; 16 letters and digits as issued.
    example: "LINKEDIN_CLIENT_ID=86abcdefgh1234\nLINKEDIN_CLIENT_SECRET=«IARxYBSH005yhfoa»",
    near_miss: "linkedin company page 2414183, post urn:li:share:7123456789012345678",
    doc: "https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow" },
    v! { id: "livekit-api-secret", provider: "LiveKit", title: "LiveKit API secret", near: ["LIVEKIT_API_SECRET", "livekit"], shape: ALNUM32_64,
    // Projects have an API key (`API…`) and a secret of letters and
    // digits that signs access tokens; LiveKit Cloud's are over 40
    // characters.
    example: "LIVEKIT_URL=wss://acme-x1y2z3.livekit.cloud\nLIVEKIT_API_KEY=APIxYz12AbCd34\nLIVEKIT_API_SECRET=«B3UEKlCJeCmamaYNAUXn2YrMpFkVMBY7LTZ4K6rpFOe»",
    near_miss: "livekit room standup-42, participant PA_3hKxT9mQ2vLs joined",
    doc: "https://docs.livekit.io/home/get-started/authentication/" },
    v! { id: "mailpace-server-token", provider: "MailPace", title: "MailPace server API token", near: ["mailpace", "MailPace-Server-Token"], shape: UUID_KEY,
    // Each domain's API token is a UUID, sent as `MailPace-Server-Token`.
    example: "curl https://app.mailpace.com/api/v1/send -H 'MailPace-Server-Token: «14e18f2c-bda4-4111-a815-3bd283c512a6»' -d @message.json",
    near_miss: "mailpace message 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 delivered",
    doc: "https://docs.mailpace.com/reference/overview" },
    v! { id: "matrix-access-token", provider: "Matrix (Synapse)", title: "Matrix Synapse access token", prefix: ["syt_"],
    // Access tokens Synapse issues read `syt_`, the user's localpart in
    // base64, `_`, 20 random characters, `_` and a 6-character checksum;
    // the Admin API takes them as bearer tokens.
    pattern: r#"\bsyt_[A-Za-z0-9]{2,64}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}\b"#,
    example: "curl -X POST http://localhost:8008/_synapse/admin/v1/registration_tokens/new -H 'Authorization: Bearer «syt_YWNtZS1ib3Q_XmfLQ9uiORnHxYze1d5x_75rBTt»' -d '{}'",
    near_miss: "curl --header \"Authorization: Bearer syt_abc123\" http://localhost:8008/_synapse/admin/v1/registration_tokens/new",
    doc: "https://element-hq.github.io/synapse/latest/usage/administration/admin_api/index.html" },
    v! { id: "neynar-api-key", provider: "Neynar", title: "Neynar (Farcaster) API key", near: ["neynar"], shape: UUID_KEY,
    // Keys of the Neynar developer portal are UUIDs in capitals, sent as
    // `x-api-key`.
    example: "curl https://api.neynar.com/v2/farcaster/user/bulk?fids=3 -H 'x-api-key: «89F2C20B-F02B-C9DC-D38A-DBA6B4E7202B»'",
    near_miss: "neynar cast 0x71d5225f77e0164388b1d4c120825f3a2c1f131c by fid 3",
    doc: "https://docs.neynar.com/docs/getting-started-with-neynar" },
    v! { id: "ntfy-access-token", provider: "ntfy", title: "ntfy access token", prefix: ["tk_"],
    // `ntfy token add` creates tokens of `tk_` and 29 letters and digits
    // (tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2 in the docs), sent as a bearer
    // token; they grant full access to the user's account.
    pattern: r#"\btk_[A-Za-z0-9]{29}\b"#,
    example: "curl -H 'Authorization: Bearer «tk_tWWZso1yQSyK2J18zE60OsDl6P4gf»' -d 'Backup done' https://ntfy.acme.example/backups",
    near_miss: "ntfy token remove phil tk_th2sxr... deletes the token",
    doc: "https://docs.ntfy.sh/config/#access-tokens" },
    v! { id: "pushsafer-private-key", provider: "Pushsafer", title: "Pushsafer private key", near: ["pushsafer"], shape: ALNUM20,
    // The private key of the dashboard sends pushes to all the account's
    // devices; 20 letters and digits, the `k` parameter.
    example: "PUSHSAFER_PRIVATE_KEY=«HY2xXt4CBeAqqE6ONCtR»",
    near_miss: "pushsafer device group gs2315, icon 62, sound 11",
    doc: "https://www.pushsafer.com/en/pushapi" },
    v! { id: "pushy-secret-api-key", provider: "Pushy", title: "Pushy secret API key", near: ["PUSHY_SECRET", "pushy.me"], shape: HEX64,
    // Each app's Secret API Key, 64 hex digits, authenticates
    // `api.pushy.me/push?api_key=…`. "pushy" alone is an English word.
    example: "curl -X POST 'https://api.pushy.me/push?api_key=«fd9adf1561600dbb41d8806fa2e677389ab4fbb32d3d6b82dd5fb3de17a3dd2c»' -d @notification.json",
    near_miss: "pushy.me app 5f1e8a2c9d3b4a7e6f0c1d2e, 1240 devices, sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://pushy.me/docs/api/send-notifications" },
    v! { id: "reddit-client-secret", provider: "Reddit", title: "Reddit API client secret", near: ["reddit", "praw"],
    // Apps of reddit.com/prefs/apps have a 14-character client id and a
    // 27-to-30-character base64url secret, the Basic-auth pair of the
    // token request.
    pattern: r#"\b[A-Za-z0-9_-]{27,30}\b"#,
    example: "reddit = praw.Reddit(client_id='p-jcoLKBynTLew', client_secret='«ixgwXKKN7ckBaK2wVFT9dpY-C0vTLZ»', user_agent='acme-bot/0.1')",
    near_miss: "reddit post t3_1c8xyz2 in r/rust, 412 comments",
    doc: "https://github.com/reddit-archive/reddit/wiki/OAuth2" },
    v! { id: "rocketchat-access-token", provider: "Rocket.Chat", title: "Rocket.Chat personal access token", near: ["rocketchat", "rocket.chat", "X-Auth-Token"],
    // Personal access tokens of My Account > Personal Access Tokens are
    // 43 characters of base64url, sent as `X-Auth-Token` with `X-User-Id`.
    pattern: r#"\b[A-Za-z0-9_-]{43}\b"#,
    example: "curl https://chat.acme.example/api/v1/me -H 'X-Auth-Token: «o48csZVHc9k_2ZsJFtSODkzUDb6XB6Of7xqSb2keDl0»' -H 'X-User-Id: aobEdbYhXfu5hkeqG'",
    near_miss: "rocket.chat room GENERAL, message id aobEdbYhXfu5hkeqG pinned",
    doc: "https://developer.rocket.chat/apidocs/personal-access-tokens" },
    v! { id: "sendpulse-client-secret", provider: "SendPulse", title: "SendPulse REST API secret", near: ["sendpulse"], shape: HEX32,
    // The REST API ID and Secret of Account settings > API are 32 hex
    // digits each, exchanged for a bearer token.
    example: "SENDPULSE_API_USER_ID=9b2e4f1a7c3d5e8f0a6b4c2d1e3f5a7b\nSENDPULSE_API_SECRET=«42d6e0b2a496bf09d753143cc0b325fe»",
    near_miss: "sendpulse campaign 2284133 sent to list 981223, open rate 31%",
    doc: "https://sendpulse.com/integrations/api" },
    v! { id: "signalwire-api-token", provider: "SignalWire", title: "SignalWire API token", near: ["signalwire"],
    // "Your API Token (e.g., PTda745eb…)": `PT` and hex digits, the
    // Basic-auth password beside the Project ID.
    pattern: r#"\bPT[a-f0-9]{40,56}\b"#,
    example: "SIGNALWIRE_PROJECT_ID=7b981d06-fa9e-4c2a-8d6e-5f4b3a2c1d0e\nSIGNALWIRE_API_TOKEN=«PT50fb3433e852ddf1bafe96ec5acf46901de7c5ab7f74a362»",
    near_miss: "signalwire space acme.signalwire.com, call 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://developer.signalwire.com/guides/your-first-api-calls/" },
    v! { id: "sinch-api-token", provider: "Sinch", title: "Sinch SMS API token", near: ["sinch"], shape: HEX32,
    // The SMS REST API's service plan id and API token, both 32 hex
    // digits; the token is sent as a bearer token.
    example: "curl https://us.sms.api.sinch.com/xms/v1/4fb287f1d08d22e4614c8cb18e3a8b3a/batches -H 'Authorization: Bearer «f1c256f913f19ddb768f0c37997589a9»'",
    near_miss: "sinch batch 01FC66621XXXXX119Z8PMV1QPQ delivered to 3 recipients",
    doc: "https://developers.sinch.com/docs/sms/api-reference/authentication/" },
    v! { id: "smsapi-token", provider: "SMSAPI", title: "SMSAPI OAuth token", near: ["smsapi"], shape: ALNUM40,
    // Tokens of the customer portal's API Tokens page are 40 letters and
    // digits, sent as a bearer token.
    example: "curl https://api.smsapi.com/sms.do -H 'Authorization: Bearer «EkVYdMzrldrsdpkH0P0eBjoiKfCi51MZBk0JeKPr»' -d to=48500000000 -d message=Hi",
    near_miss: "smsapi message id 5F2E8A1C9D3B4A7E6F0C1D2E, points 0.16",
    doc: "https://www.smsapi.com/docs/" },
    v! { id: "stream-api-secret", provider: "Stream", title: "Stream (GetStream) API secret", near: ["getstream", "STREAM_API_SECRET", "stream-chat", "stream_chat"], shape: ALNUM64,
    // Apps have a public key and a 64-character secret of small letters
    // and digits that signs user tokens server-side.
    example: "STREAM_API_KEY=mmhfdzb5evj2\nSTREAM_API_SECRET=«emahb0t3x2vc3gkdnlxhgttddzqm9wto58smjmvnm77ocyqzzsmys6nytradlg3h»",
    near_miss: "getstream channel messaging:general, 42 members, app 1094432",
    doc: "https://getstream.io/chat/docs/node/tokens_and_authentication/" },
    v! { id: "telesign-api-key", provider: "Telesign", title: "Telesign API key", near: ["telesign"],
    // The API key beside the Customer ID (a UUID) is base64 of 64 bytes,
    // 86 characters and `==`; the pair is Basic auth.
    pattern: r#"\b[A-Za-z0-9+/]{86}=="#,
    example: "TELESIGN_CUSTOMER_ID=7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3\nTELESIGN_API_KEY=«uRvJJVYnktmus6CIrX9wtP/NQYUoPg23b4wHfOSOn9Lr8jj8WBVQt1WCRUoWF/fpLTVXBcR7Xv3XetUFo66d80==»",
    near_miss: "telesign reference id 35C8B5F8E1A0C0F8E8A1B3D5C6E7F8A9 delivered",
    doc: "https://developer.telesign.com/enterprise/docs/authentication" },
    v! { id: "textmagic-api-key", provider: "Textmagic", title: "Textmagic API key", near: ["textmagic"],
    // Keys of Services > API > API keys, sent as `X-TM-Key` beside
    // `X-TM-Username`; 30 letters and digits as issued.
    pattern: r#"\b[A-Za-z0-9]{30}\b"#,
    example: "curl https://rest.textmagic.com/api/v2/user -H 'X-TM-Username: acme' -H 'X-TM-Key: «LP5AM8ooNFeJOCCGe6utt7Ey6hlTQc»'",
    near_miss: "textmagic message 4512337 sent to +44 7700 900123",
    doc: "https://docs.textmagic.com/" },
    v! { id: "tiktok-client-secret", provider: "TikTok", title: "TikTok for Developers client secret", near: ["tiktok"], shape: ALNUM32,
    // Apps have a client key and a 32-character client secret, used in
    // the OAuth token exchange at open.tiktokapis.com.
    example: "TIKTOK_CLIENT_KEY=awb8x1yz2cdef345\nTIKTOK_CLIENT_SECRET=«YQ3RFhZigYLh5ixEewvf3Loz7LrDapHt»",
    near_miss: "tiktok video 7231338487075638570 by @acme, 1.2M views",
    doc: "https://developers.tiktok.com/doc/oauth-user-access-token-management" },
    v! { id: "tumblr-consumer-secret", provider: "Tumblr", title: "Tumblr OAuth consumer secret", near: ["tumblr"],
    // Registered apps have an OAuth consumer key and secret of 50 letters
    // and digits.
    pattern: r#"\b[A-Za-z0-9]{50}\b"#,
    example: "TUMBLR_CONSUMER_KEY=OMGOmW3YcgaQOR7pFgQcMeWBXGP2PMIzI71gM7EFr88EXp7X3l\nTUMBLR_CONSUMER_SECRET=«8Ug6nf8dOfYMxGHIU9ZvjP2WUahPta0pKM6ICRXnatt9GuZDJx»",
    near_miss: "tumblr post 728394012837 on acme.tumblr.com, 240 notes",
    doc: "https://www.tumblr.com/docs/en/api/v2#authentication" },
    v! { id: "viber-auth-token", provider: "Viber", title: "Viber bot authentication token", near: ["viber", "X-Viber-Auth-Token"],
    // Bot tokens read three groups of 16 small letters and digits joined
    // by `-` (the docs show 445da6az1s345z78-dazcczb2542zv51a-…), sent as
    // `X-Viber-Auth-Token`.
    pattern: r#"\b[0-9a-z]{16}-[0-9a-z]{16}-[0-9a-z]{16}\b"#,
    example: "curl https://chatapi.viber.com/pa/get_account_info -H 'X-Viber-Auth-Token: «a0ng7h00pj6tkv6o-avr40dijqaa6bpjg-m2s1czxl76r6web6»'",
    near_miss: "viber bot acme_support, subscriber 01234567890A= joined",
    doc: "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token" },
    v! { id: "webex-access-token", provider: "Webex", title: "Webex bot or personal access token", near: ["webex"],
    // Bot and personal access tokens read 64 letters and digits, `_`, a
    // four-character cluster code, `_` and the organization's UUID; sent
    // as a bearer token.
    pattern: r#"\b[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"#,
    example: "WEBEX_BOT_TOKEN=«wryPfxmGTU7lQZKFw94ZRY9xsibUUJzd8LbFYm8UNpsXk6X1FKOlo0aw7zwJhmEA_PF84_9dfa9b36-bb7c-4774-9f74-129dbf2f25a1»",
    near_miss: "webex room Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQ, 14 members",
    doc: "https://developer.webex.com/docs/bots" },
    v! { id: "wechat-app-secret", provider: "WeChat", title: "WeChat Official Account AppSecret", near: ["wechat", "weixin"], shape: HEX32,
    // Official accounts and mini programs have an AppID (`wx…`) and a
    // 32-hex-digit AppSecret, exchanged for an access token.
    example: "curl 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx5b9c8d7e6f4a3b21&secret=«c1a532bedc51a85aecadb9eff292c26d»'",
    near_miss: "wechat mini program wx5b9c8d7e6f4a3b21, version 1.4.2 released",
    doc: "https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Get_access_token.html" },
    v! { id: "wecom-corp-secret", provider: "WeCom", title: "WeCom (WeChat Work) corpsecret", near: ["corpsecret", "wecom", "qyapi"],
    // Each app's Secret is 43 characters of base64url, passed as
    // `corpsecret` with the `corpid` to qyapi.weixin.qq.com/cgi-bin/gettoken.
    pattern: r#"\b[A-Za-z0-9_-]{43}\b"#,
    example: "curl 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww4d1e8f2a3b5c6d7e&corpsecret=«g0Ot0ukzh5LD3H8vANGHt8UNjRF5zIl9b9yfHNE30_R»'",
    near_miss: "wecom agent 1000002 in corp ww4d1e8f2a3b5c6d7e, 320 members",
    doc: "https://developer.work.weixin.qq.com/document/path/91039" },
    v! { id: "zoom-client-secret", provider: "Zoom", title: "Zoom app client secret or secret token", near: ["ZOOM_CLIENT_SECRET", "ZOOM_SECRET_TOKEN", "zoom.us"], shape: ALNUM32,
    // Server-to-server OAuth and general apps have a client id and a
    // 32-character client secret; webhooks a 22-character secret token.
    // "zoom" alone is an ordinary word.
    example: "ZOOM_ACCOUNT_ID=aBcDeF123456\nZOOM_CLIENT_ID=xYz12AbCdEfGhIjKlMnO\nZOOM_CLIENT_SECRET=«nmy009moQB9GAjmffhbianwH4N66Vsfv»",
    near_miss: "zoom.us meeting 845 1234 5678, passcode sent separately",
    doc: "https://developers.zoom.us/docs/internal-apps/s2s-oauth/" },
];
