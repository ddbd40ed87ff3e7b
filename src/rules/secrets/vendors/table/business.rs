//! Vendor rows: CRM, sales, productivity, project management, forms, HR, support desks, e-signature and storage.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "aha-api-key", provider: "Aha!", title: "Aha! API key", near: ["AHA_API_KEY", "aha.io"], shape: HEX64,
    // Personal API keys of Settings > Personal > Developer, sent as a
    // bearer token to `<account>.aha.io/api/v1`; the docs state no format,
    // the keys it issues are 64 hex digits.
    example: "curl https://acme.aha.io/api/v1/features -H 'Authorization: Bearer «65d1991589054c36228551f7ef2064ca90ade704db768fe593426a273ca97707»'",
    near_miss: "aha.io feature APP-1234 moved to release 2024.3",
    doc: "https://www.aha.io/api#authentication" },
    v! { id: "bamboohr-api-key", provider: "BambooHR", title: "BambooHR API key", near: ["bamboohr"], shape: HEX40,
    // The key of "API Keys" in the account menu, sent as the Basic-auth
    // user with any password; 40 hex digits.
    example: "curl -u «bff9d7e0d877099a49078040ee979b8d2bfd5919»:x https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory  # bamboohr",
    near_miss: "bamboohr report pulled at commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://documentation.bamboohr.com/docs/getting-started" },
    v! { id: "box-developer-token", provider: "Box", title: "Box developer token", near: ["BOX_DEVELOPER_TOKEN", "box.com", "boxsdk"], shape: ALNUM32,
    // Developer tokens of the Developer Console (valid for 60 minutes),
    // sent as a bearer token; 32 letters and digits.
    example: "curl https://api.box.com/2.0/users/me -H 'Authorization: Bearer «rxw7XGrHyunx8xTgnDZxMNemM0jZMGTJ»'",
    near_miss: "box.com folder 218934756012 shared with the finance team",
    doc: "https://developer.box.com/guides/authentication/tokens/developer-tokens/" },
    v! { id: "checkr-secret-key", provider: "Checkr", title: "Checkr secret API key", near: ["checkr"], shape: HEX40,
    // Secret keys of Account Settings > Developer Settings (staging and
    // production), the Basic-auth user with an empty password; 40 hex
    // digits as issued (the docs state no format).
    example: "curl -u «caa8121ce76f02f3a15e09a70fce7483e49da5f0»: https://api.checkr.com/v1/account  # checkr",
    near_miss: "checkr report 4722c07dd9a10c3985fd2c49, candidate e44aa283528e6fde7d542194",
    doc: "https://help.checkr.com/hc/en-us/articles/14966447719703-Manage-API-keys-and-webhooks" },
    v! { id: "clickup-personal-token", provider: "ClickUp", title: "ClickUp personal API token", prefix: ["pk_"],
    // "Personal tokens begin with pk_": the user id, `_`, then 32 capital
    // letters and digits.
    pattern: r#"\bpk_[0-9]{5,12}_[A-Z0-9]{32}\b"#,
    example: "curl https://api.clickup.com/api/v2/team -H 'Authorization: «pk_10853724_TU33EK4A25A4H3F5BJOZXC8CZU46EOUG»'",
    near_miss: "ClickUp personal tokens begin with pk_ and never expire",
    doc: "https://developer.clickup.com/docs/authentication" },
    v! { id: "close-api-key", provider: "Close", title: "Close CRM API key", near: ["CLOSE_API_KEY", "close.com", "closeio"],
    // Keys of Settings > Developer > API Keys read `api_`, an id, `.` and
    // a secret; sent as the Basic-auth user with an empty password.
    pattern: r#"\bapi_[A-Za-z0-9]{20,26}\.[A-Za-z0-9]{20,26}\b"#,
    example: "curl https://api.close.com/api/v1/me/ -u «api_WM5m7qzZjns7rXt2wJlUhS.tC6VWs0i367GExoVTuyUEV»:  # close.com",
    near_miss: "close.com lead lead_7c2e9a41f0b3d6e8 moved to Qualified",
    doc: "https://developer.close.com/topics/authentication/" },
    v! { id: "coda-api-token", provider: "Coda", title: "Coda API token", near: ["coda"], shape: UUID_KEY,
    // Tokens from Account settings > API settings are UUIDs, sent as a
    // bearer token.
    example: "curl https://coda.io/apis/v1/docs -H 'Authorization: Bearer «2370c131-c487-4507-9334-8cd1ceee8110»'",
    near_miss: "coda doc id AbCDeFGH, row i-7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://coda.io/developers/apis/v1#section/Authentication" },
    v! { id: "copper-api-key", provider: "Copper", title: "Copper CRM API key", near: ["COPPER_API", "X-PW-AccessToken", "prosperworks", "copper.com"], shape: HEX32,
    // The key of Settings > Integrations > API Keys, sent as
    // `X-PW-AccessToken` beside `X-PW-UserEmail`; 32 hex digits as issued.
    // "copper" alone is an ordinary word, so the header and the old name
    // (ProsperWorks) are the vendor words.
    example: "curl https://api.copper.com/developer_api/v1/account -H 'X-PW-AccessToken: «b879fca6621824c9b5493f19709607cb»' -H 'X-PW-Application: developer_api' -H 'X-PW-UserEmail: ops@acme.example'",
    near_miss: "copper.com opportunity 24681357 closed won",
    doc: "https://developer.copper.com/introduction/authentication.html" },
    v! { id: "crisp-api-key", provider: "Crisp", title: "Crisp REST API token key", near: ["CRISP_API", "crisp.chat", "X-Crisp-Tier"], shape: HEX64,
    // Plugin tokens are an identifier (a UUID) and a key of 64 hex digits,
    // sent as Basic auth with `X-Crisp-Tier: plugin`. "crisp" alone is an
    // ordinary word.
    example: "CRISP_API_IDENTIFIER=94068709-14be-45e6-ac31-9ddcd8bb613a\nCRISP_API_KEY=«4e4af3f4c609c303341f134c06aadcf88a7d25770df6d52719bae35ddf9b6c74»",
    near_miss: "crisp.chat website id 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 in the chatbox snippet",
    doc: "https://docs.crisp.chat/guides/rest-api/authentication/" },
    v! { id: "docusign-secret-key", provider: "DocuSign", title: "DocuSign app secret key", near: ["docusign"], shape: UUID_KEY,
    // Secret keys of Apps and Keys are UUIDs, used with the integration key
    // (also a UUID, not secret) in the authorization-code grant.
    example: "DOCUSIGN_CLIENT_ID=7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3\nDOCUSIGN_SECRET_KEY=«305c5c62-f496-4dcf-a95a-fe6e22bd5070»",
    near_miss: "docusign envelope 5f9a3c2e-1b4d-4e8f-9a7c-3d2e1f0b9c8a completed",
    doc: "https://developers.docusign.com/platform/auth/authcode/" },
    v! { id: "dropbox-access-token", provider: "Dropbox", title: "Dropbox short-lived access token", prefix: ["sl."],
    // Short-lived OAuth access tokens start `sl.` (newer ones `sl.u.`),
    // then a long base64url body; sent as a bearer token.
    pattern: r#"\bsl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}"#,
    example: "curl -X POST https://api.dropboxapi.com/2/users/get_current_account -H 'Authorization: Bearer «sl.c-A1xtwobYAkvsa281FA4oPoGc6cdvUZrI1DWimid54qIYkxhXbmVLMGbm3TRP2W5Y2imdoOE1VG1ipRV338asnssndPt-I3ywt1JJEdC-02XXc4hqsnoh3hrUBO9eczAh5_djlJEdb6etSmJdmTSj»'",
    near_miss: "see sl. 4 of the Dropbox share agreement, folder id:a4ayc_80_OEAAAAAAAAAXw",
    doc: "https://developers.dropbox.com/oauth-guide" },
    v! { id: "formstack-access-token", provider: "Formstack", title: "Formstack API access token", near: ["formstack"], shape: HEX32,
    // Access tokens of the app registered under API, sent as a bearer
    // token; 32 hex digits as issued.
    example: "curl https://www.formstack.com/api/v2/form.json -H 'Authorization: Bearer «f3273d82838a5342e32ec8ebe275ae00»'  # formstack",
    near_miss: "formstack form 5123456, submission 987654321",
    doc: "https://developers.formstack.com/reference/api-overview" },
    v! { id: "freshdesk-api-key", provider: "Freshworks", title: "Freshdesk API key", near: ["freshdesk"], shape: ALNUM20,
    // The agent's API key of Profile settings, sent as the Basic-auth user
    // with the password `X`; 20 letters and digits as issued.
    example: "curl -u «tMbqQ79gYGzNHaoGSHdb»:X https://acme.freshdesk.com/api/v2/tickets",
    near_miss: "freshdesk ticket 20231104 assigned to group Tier2Support",
    doc: "https://developers.freshdesk.com/api/#authentication" },
    v! { id: "freshservice-api-key", provider: "Freshworks", title: "Freshservice API key", near: ["freshservice"], shape: ALNUM20,
    // The same Freshworks key format as Freshdesk: the agent's API key as
    // the Basic-auth user; 20 letters and digits.
    example: "FRESHSERVICE_API_KEY=«J1ZPI4I4ZbgOZLXqf0L3»",
    near_miss: "freshservice asset tag LAPTOP2024Q3HQ floor 4",
    doc: "https://api.freshservice.com/#authentication" },
    v! { id: "harvest-personal-token", provider: "Harvest", title: "Harvest personal access token", near: ["harvest"],
    // Personal access tokens of Harvest ID read `<user id>.pt.<secret>`,
    // sent as a bearer token with the account id in `Harvest-Account-Id`.
    pattern: r#"\b[0-9]{5,10}\.pt\.[A-Za-z0-9_-]{60,120}"#,
    example: "curl https://api.harvestapp.com/v2/users/me -H 'Harvest-Account-Id: 1234567' -H 'Authorization: Bearer «6360749.pt.lPJn-e8a4R_KNoH7K-GqVMuzkyIcY6aBAcqyaHiCxHScaiDb89sR6WNYCLvkMTEXPdsa3LXL7KETTUa1FtOz0h»'",
    near_miss: "harvest account 1234567, project 24681357, task ids 3.1 and 3.2",
    doc: "https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/" },
    v! { id: "hellosign-api-key", provider: "Dropbox Sign", title: "Dropbox Sign (HelloSign) API key", near: ["hellosign", "dropbox_sign", "dropboxsign"], shape: HEX64,
    // The API key of Settings > API, sent as the Basic-auth user; 64 hex
    // digits as issued.
    example: "HELLOSIGN_API_KEY=«3c6bebd0b626cd16da1cb04d7a5c1c1ce140569d01304a29e4d9d241989ea28c»",
    near_miss: "hellosign signature request, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    doc: "https://developers.hellosign.com/api/reference/authentication/" },
    v! { id: "insightly-api-key", provider: "Insightly", title: "Insightly API key", near: ["insightly"], shape: UUID_KEY,
    // The key of User Settings > API, a UUID, sent as the Basic-auth user.
    example: "INSIGHTLY_API_KEY=«e5486597-a3b7-4f26-ae11-654444eca7c3»",
    near_miss: "insightly opportunity 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 won",
    doc: "https://api.insightly.com/v3.1/Help#!/Overview/Introduction" },
    v! { id: "jotform-api-key", provider: "Jotform", title: "Jotform API key", near: ["jotform"], shape: HEX32,
    // The key of Settings > API, sent as `APIKEY` or `?apiKey=`; 32 hex
    // digits as issued.
    example: "curl 'https://api.jotform.com/user/forms?apiKey=«9f033ac8e9680f062d47ad380a5bd9b6»'  # jotform",
    near_miss: "jotform form 241234567890123 submission md5 d41d8cd98f00b204e9800998ecf8427e",
    doc: "https://api.jotform.com/docs/#authentication" },
    v! { id: "pandadoc-api-key", provider: "PandaDoc", title: "PandaDoc API key", near: ["pandadoc"], shape: HEX40,
    // Sent as `Authorization: API-Key …`; the sandbox and production keys
    // of the Developer Dashboard are 40 hex digits.
    example: "curl https://api.pandadoc.com/public/v1/documents -H 'Authorization: API-Key «561280038633ffb0028d3adfc7695755cb24064d»'  # pandadoc",
    near_miss: "pandadoc template id 9cKqhwCpTJLiKmDaSnxJ2G (not a key)",
    doc: "https://developers.pandadoc.com/reference/api-key-authentication-process" },
    v! { id: "pipedrive-api-token", provider: "Pipedrive", title: "Pipedrive API token", near: ["pipedrive"], shape: HEX40,
    // The personal `api_token`, one per user and company; 40 hex digits.
    example: "curl 'https://companydomain.pipedrive.com/api/v1/deals?api_token=«7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c6f8b1e4d»'",
    near_miss: "bumped the pipedrive API client in commit 3f786850e387550fdab836ed7e6dc881de23001b",
    doc: "https://pipedrive.readme.io/docs/how-to-find-the-api-token" },
    v! { id: "qualtrics-api-token", provider: "Qualtrics", title: "Qualtrics API token", near: ["qualtrics"], shape: ALNUM40,
    // The token of Account Settings > Qualtrics IDs, sent as
    // `X-API-TOKEN`; 40 letters and digits.
    example: "curl https://iad1.qualtrics.com/API/v3/surveys -H 'X-API-TOKEN: «CtFqhQPRr7EbJBpwRqMGWcfqeahINyy67anpndjN»'",
    near_miss: "qualtrics survey SV_0Bx9Kq3LmZr7T2d, response R_3k9x1zq2ab",
    doc: "https://api.qualtrics.com/2b4ffbd8af74e-api-key-authentication" },
    v! { id: "shortcut-api-token", provider: "Shortcut", title: "Shortcut API token", near: ["SHORTCUT_API_TOKEN", "Shortcut-Token", "app.shortcut.com", "clubhouse"], shape: UUID_KEY,
    // Tokens of Settings > API Tokens are UUIDs, sent as `Shortcut-Token`.
    // "shortcut" alone is an ordinary word (keyboard shortcuts).
    example: "curl https://api.app.shortcut.com/api/v3/member -H 'Shortcut-Token: «b8dfe850-3646-4127-ac58-7d0eab049236»'",
    near_miss: "app.shortcut.com story sc-4321 in workflow state 500000008",
    doc: "https://developer.shortcut.com/api/rest/v3#Authentication" },
    v! { id: "signatureapi-api-key", provider: "SignatureAPI", title: "SignatureAPI API key", prefix: ["key_test_", "key_live_"],
    // "API keys start with the prefixes key_test_ and key_live_, and these
    // prefixes are part of the API key"; sent as `X-API-Key`. The random
    // part's length is not documented.
    pattern: r#"\bkey_(?:test|live)_[A-Za-z0-9]{20,64}\b"#,
    example: "curl https://api.signatureapi.com/v1/envelopes -H 'X-API-Key: «key_test_FmY7mLK9BQeDRAFHmKtRb1oVIMEvlNAc»'",
    near_miss: "signatureapi envelope 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 completed",
    doc: "https://signatureapi.com/docs/v1/errors/invalid-api-key" },
    v! { id: "todoist-api-token", provider: "Todoist", title: "Todoist API token", near: ["todoist"], shape: HEX40,
    // The personal token of Settings > Integrations > Developer; the
    // tokens shown there are 40 hex digits.
    example: "curl https://api.todoist.com/rest/v2/projects -H 'Authorization: Bearer «289daac6a7e00b0edd2477051587bf1f47afdba7»'  # todoist",
    near_miss: "todoist sync: last commit 9b1f0c3e5a7d2f4b6c8e0a1d3f5b7c9e2a4d6f8b",
    doc: "https://todoist.com/help/articles/find-your-api-token-Jpzx9IIlB" },
    v! { id: "toggl-api-token", provider: "Toggl", title: "Toggl Track API token", near: ["toggl"], shape: HEX32,
    // The API token of the profile page, sent as the Basic-auth user with
    // the password `api_token`; 32 hex digits as issued.
    example: "TOGGL_API_TOKEN=«9d0d06d40640367c80e1a9aa771948ab»",
    near_miss: "toggl workspace 5123456, report checksum md5 3b5d5c3712955042212316173ccf37be",
    doc: "https://engineering.toggl.com/docs/authentication" },
    v! { id: "trello-token", provider: "Atlassian", title: "Trello API token", near: ["trello"],
    // User tokens from trello.com/1/authorize, sent with the API key as
    // `token=`: 64 hex digits, newer ones `ATTA`, 64 hex digits and an
    // 8-hex-digit check (the docs show only placeholders).
    pattern: r#"\b(?:ATTA)?[a-f0-9]{64}(?:[A-F0-9]{8})?\b"#,
    example: "curl 'https://api.trello.com/1/members/me/boards?key=f742b4c619b5c15dae16e2e9a1e848f1&token=«ATTA01257acf652604fcfd6646724adf1c50971e11004d319bf816147a510ddd677eCCDC6210»'",
    near_miss: "trello board 5abbe4b7ddc1b351ef961414, card 60d8a8d2c4c8b1234f8e9a01",
    doc: "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/" },
    v! { id: "webflow-site-token", provider: "Webflow", title: "Webflow site API token", near: ["webflow"], shape: HEX64,
    // Site tokens from Site settings > Apps & integrations > API access,
    // sent as a bearer token; issued as 64 hex digits.
    example: "curl https://api.webflow.com/v2/sites -H 'authorization: Bearer «372f1978c491bc06b2aabd973624d54656e764d9137b9713023541cdb9755abc»'  # webflow",
    near_miss: "webflow export, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://developers.webflow.com/data/reference/site-token" },
    v! { id: "wufoo-api-key", provider: "Wufoo", title: "Wufoo API key", near: ["wufoo"],
    // The key of the form manager's API Information page: four groups of
    // four capital letters and digits, the Basic-auth user.
    pattern: r#"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b"#,
    example: "curl -u «DB7V-P48L-3FPJ-Z37L»:footastic https://acme.wufoo.com/api/v3/forms.json  # wufoo",
    near_miss: "wufoo form s1afea8b1vk0jf7, entry 42",
    doc: "https://wufoo.github.io/docs/#using-your-api-key" },
    v! { id: "zoho-oauth-token", provider: "Zoho", title: "Zoho OAuth access or refresh token", prefix: ["1000."],
    // Zoho CRM, Books, Desk and Sign tokens from accounts.zoho.com read
    // `1000.`, 32 hex digits, `.`, 32 hex digits; sent as
    // `Authorization: Zoho-oauthtoken …`.
    pattern: r#"\b1000\.[a-f0-9]{32}\.[a-f0-9]{32}\b"#,
    example: "curl https://www.zohoapis.com/crm/v7/Leads -H 'Authorization: Zoho-oauthtoken «1000.b2dd300a945a35b023dd52257f10dac2.c26e8e7970ab8eec211dfcd9f471dbe3»'",
    near_miss: "zoho client id 1000.7C2E9A41F0B3D6E85A1C4F7B2E9D0A (public, from the API console)",
    doc: "https://www.zoho.com/crm/developer/docs/api/v7/access-refresh.html" },
];
