//! Vendor rows: CRM, sales, productivity, project management, forms, HR, support desks, e-signature and storage.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "bamboohr-api-key", provider: "BambooHR", title: "BambooHR API key", near: ["bamboohr"], shape: HEX40,
    // The key of "API Keys" in the account menu, sent as the Basic-auth
    // user with any password; 40 hex digits.
    example: "curl -u «bff9d7e0d877099a49078040ee979b8d2bfd5919»:x https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory  # bamboohr",
    near_miss: "bamboohr report pulled at commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://documentation.bamboohr.com/docs/getting-started" },
    v! { id: "clickup-personal-token", provider: "ClickUp", title: "ClickUp personal API token", prefix: ["pk_"],
    // "Personal tokens begin with pk_": the user id, `_`, then 32 capital
    // letters and digits.
    pattern: r#"\bpk_[0-9]{5,12}_[A-Z0-9]{32}\b"#,
    example: "curl https://api.clickup.com/api/v2/team -H 'Authorization: «pk_10853724_TU33EK4A25A4H3F5BJOZXC8CZU46EOUG»'",
    near_miss: "ClickUp personal tokens begin with pk_ and never expire",
    doc: "https://developer.clickup.com/docs/authentication" },
    v! { id: "coda-api-token", provider: "Coda", title: "Coda API token", near: ["coda"], shape: UUID_KEY,
    // Tokens from Account settings > API settings are UUIDs, sent as a
    // bearer token.
    example: "curl https://coda.io/apis/v1/docs -H 'Authorization: Bearer «2370c131-c487-4507-9334-8cd1ceee8110»'",
    near_miss: "coda doc id AbCDeFGH, row i-7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://coda.io/developers/apis/v1#section/Authentication" },
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
    v! { id: "webflow-site-token", provider: "Webflow", title: "Webflow site API token", near: ["webflow"], shape: HEX64,
    // Site tokens from Site settings > Apps & integrations > API access,
    // sent as a bearer token; issued as 64 hex digits.
    example: "curl https://api.webflow.com/v2/sites -H 'authorization: Bearer «372f1978c491bc06b2aabd973624d54656e764d9137b9713023541cdb9755abc»'  # webflow",
    near_miss: "webflow export, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://developers.webflow.com/data/reference/site-token" },
];
