//! Vendor rows: Observability, monitoring, logging, APM and incident response.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "airbrake-project-key", provider: "Airbrake", title: "Airbrake project key", near: ["airbrake"], shape: HEX32,
    // Each project's key (Project Settings) authenticates the notifier next to
    // the numeric project id; keys are 32 lower-case hex digits.
    example: "Airbrake.configure { |c| c.project_id = 284915; c.project_key = '«37e6f926da9f74381937cf7dab63556a»' }",
    near_miss: "airbrake project 284915 uses @airbrake/browser 2.1.8",
    doc: "https://docs.airbrake.io/docs/setup/project-id-and-key/" },
    v! { id: "appsignal-push-api-key", provider: "AppSignal", title: "AppSignal push API key", near: ["appsignal"], shape: UUID_KEY,
    // The organisation's Push API key (App settings > Push & deploy) that
    // agents send metrics with is a UUID.
    example: "APPSIGNAL_PUSH_API_KEY=«b97d960f-ed2d-46d7-83d4-5585f9db8eec»",
    near_miss: "appsignal sample 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 in namespace web",
    doc: "https://docs.appsignal.com/appsignal/terminology.html#push-api-key" },
    v! { id: "axiom-token", provider: "Axiom", title: "Axiom API or personal access token", prefix: ["xaat-", "xapt-"],
    // API tokens read `xaat-` and personal access tokens `xapt-`, then a UUID;
    // sent as a bearer token to ingest and query.
    pattern: r#"\bxa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"#,
    example: "curl -X POST https://api.axiom.co/v1/datasets/web-logs/ingest -H 'Authorization: Bearer «xaat-983a6c84-ebf5-4b50-95ec-bfcb64afb409»'",
    near_miss: "AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx from the Axiom docs",
    doc: "https://axiom.co/docs/reference/tokens" },
    v! { id: "betterstack-token", provider: "Better Stack", title: "Better Stack (Logtail) source or API token", near: ["logtail", "betterstack", "better_stack"], shape: ALNUM24,
    // Source tokens (Logs > Sources) and team API tokens are sent as bearer
    // tokens; the tokens the dashboard shows are 24 letters and digits (the
    // docs write $SOURCE_TOKEN).
    example: "LOGTAIL_SOURCE_TOKEN=«zCxaglTkuDmLlllkEUcwto1c»",
    near_miss: "logtail source 418293 on in.logs.betterstack.com, platform vector",
    doc: "https://betterstack.com/docs/logs/api/getting-started/" },
    v! { id: "bugsnag-api-key", provider: "Bugsnag", title: "Bugsnag notifier API key", near: ["bugsnag"],
    // The project's notifier key goes in `apiKey` of every payload; the
    // notifier docs and SDK examples show it as 32 lower-case hex digits.
    shape: HEX32,
    example: "Bugsnag.start({ apiKey: '«9c4e1a7f3b2d8e6051c9a4f7e2b3d8a6»', releaseStage: 'production' })",
    near_miss: "Bugsnag.start({ apiKey: process.env.BUGSNAG_API_KEY, appVersion: '7.25.0' })",
    doc: "https://github.com/bugsnag/bugsnag-notifier-api" },
    v! { id: "checkly-api-key", provider: "Checkly", title: "Checkly user API key", prefix: ["cu_"],
    // User API keys (User settings > API keys) read `cu_` and 32 hex digits
    // and go with the account id in the CLI's environment.
    pattern: r#"\bcu_[a-f0-9]{32}\b"#,
    example: "CHECKLY_API_KEY=«cu_ed6ba9bcc4d3d03834440b94dd112c27» CHECKLY_ACCOUNT_ID=3e6fa1b2 npx checkly deploy",
    near_miss: "npx checkly test --record  # checkly CLI 4.9.0",
    doc: "https://www.checklyhq.com/docs/integrations/api-keys/" },
    v! { id: "coralogix-private-key", provider: "Coralogix", title: "Coralogix private (send-your-data) key", near: ["coralogix"], shape: UUID_KEY,
    // The Send-Your-Data key that shippers put in `private_key` is a UUID.
    example: "CORALOGIX_PRIVATE_KEY=«4abd9020-5d62-449d-841a-6a8bb4cc59f8»",
    near_miss: "coralogix application payments, subsystem 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://coralogix.com/docs/user-guides/account-management/api-keys/send-your-data-api-key/" },
    v! { id: "exceptionless-api-key", provider: "Exceptionless", title: "Exceptionless project API key", near: ["exceptionless"], shape: ALNUM40,
    // Project API keys (Project > API Keys) are 40 letters and digits, passed
    // to the client's Startup or sent as a bearer token.
    example: r#"ExceptionlessClient.Default.Startup("«0tJznJOgjx9EUoYGKi4Z33syGmOFHjbXD3GO1quM»");  // exceptionless api key"#,
    near_miss: "exceptionless client 6.0.4 reports to project 5f1e8a2c",
    doc: "https://exceptionless.com/docs/api/api-getting-started/" },
    v! { id: "honeycomb-ingest-key", provider: "Honeycomb", title: "Honeycomb ingest key", prefix: ["hcxik_"],
    // An ingest key is `hcxik_`, its 26-character id and a 32-character
    // secret, sent in `X-Honeycomb-Team`; the id alone is not secret.
    pattern: r#"\bhcxik_[a-z0-9]{58}\b"#,
    example: r#"curl https://api.honeycomb.io/1/events/web -H 'X-Honeycomb-Team: «hcxik_sqek4pc6iejm68fe9xfrgt98xfmisuvcpg4urpwwjzgb18xyltgsc5fowa»' -d '{"ms": 42}'"#,
    near_miss: "the Honeycomb ingest key id hcxik_01hqk3 is listed in Environment settings",
    doc: "https://docs.honeycomb.io/api/key-management/create-an-api-key/" },
    v! { id: "loggly-customer-token", provider: "Loggly", title: "Loggly customer token", near: ["loggly"], shape: UUID_KEY,
    // Customer tokens (Source Setup > Customer Tokens) are UUIDs that go into
    // every input URL.
    example: "LOGGLY_TOKEN=«e5af1ca1-79a4-4b17-add3-f2f5ad4ae284»",
    near_miss: "loggly event 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 tagged http",
    doc: "https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm" },
    v! { id: "logzio-shipping-token", provider: "Logz.io", title: "Logz.io shipping or API token", near: ["logzio", "logz.io"], shape: ALNUM32,
    // Shipping tokens (Settings > Manage tokens) are 32 letters, both cases,
    // sent as the `token` parameter.
    example: "LOGZIO_SHIPPING_TOKEN=«UUlWPCDxmlvFKShUXGLaeUUjXvBMTeCO»",
    near_miss: "logz.io listener listener.logz.io:8071, account 418293, type nginx",
    doc: "https://docs.logz.io/docs/user-guide/admin/authentication-tokens/shipping-tokens/" },
    v! { id: "mezmo-ingestion-key", provider: "Mezmo", title: "Mezmo (LogDNA) ingestion key", near: ["logdna", "mezmo"], shape: HEX32,
    // Ingestion keys (Settings > Organization > API Keys) are 32 hex digits;
    // agents send them with each batch.
    example: "LOGDNA_INGESTION_KEY=«4fc2a66d50a81548085767ad730511ae»",
    near_miss: "logdna agent 3.9.1 tags production, commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://docs.mezmo.com/docs/ingestion-key" },
    v! { id: "opsgenie-api-key", provider: "Opsgenie", title: "Opsgenie API key", near: ["opsgenie"], shape: UUID_KEY,
    // API integration keys are UUIDs, sent as `Authorization: GenieKey …`.
    example: "OPSGENIE_API_KEY=«66af7199-86ef-48ec-bcc8-154a508d7ecd»",
    near_miss: "opsgenie alert 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 acknowledged",
    doc: "https://docs.opsgenie.com/docs/authentication" },
    v! { id: "papertrail-api-token", provider: "Papertrail", title: "Papertrail API token", near: ["papertrail"], shape: ALNUM20,
    // The token of Settings > Profile, sent in `X-Papertrail-Token`; issued
    // tokens are 20 letters and digits.
    example: "curl -H 'X-Papertrail-Token: «EWKlXlDnMWZ3hz3PsosH»' https://papertrailapp.com/api/v1/events/search.json",
    near_miss: "papertrail destination logs4.papertrailapp.com:51234",
    doc: "https://www.papertrail.com/help/http-api/" },
    v! { id: "rollbar-access-token", provider: "Rollbar", title: "Rollbar project or account access token", near: ["rollbar"],
    // Sent as `X-Rollbar-Access-Token`; the tokens the settings page
    // issues are 32 lower-case hex digits (the docs only write
    // YOUR_ACCESS_TOKEN).
    shape: HEX32,
    example: "curl --header 'X-Rollbar-Access-Token: «b7e2c9a41f3d8e6052a7c1f9e4b3d2a8»' 'https://api.rollbar.com/api/1/item/12345'",
    near_miss: "ROLLBAR_ACCESS_TOKEN=${{ secrets.ROLLBAR_ACCESS_TOKEN }} for item 123456789",
    doc: "https://rollbar.com/docs/api_overview" },
    v! { id: "sematext-app-token", provider: "Sematext", title: "Sematext app token", near: ["sematext"], shape: UUID_KEY,
    // Every Logs or Monitoring App has a write token, a UUID, that agents and
    // the Elasticsearch-compatible API take.
    example: "SEMATEXT_LOGS_TOKEN=«78e48649-ff65-4e42-9dd4-f495a66cd517»",
    near_miss: "sematext agent 3.2.0 on host 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://sematext.com/docs/guide/app-guide/" },
    v! { id: "splunk-hec-token", provider: "Splunk", title: "Splunk HTTP Event Collector token", near: ["splunk"], shape: UUID_KEY,
    // HEC tokens are GUIDs (the docs show them in capitals), sent as
    // `Authorization: Splunk …`.
    example: "SPLUNK_HEC_TOKEN=«8C22F896-640B-456B-B45A-98CA7FA3EC19»",
    near_miss: "splunk search sid 1702412345.12345 on indexer 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector" },
    v! { id: "uptimerobot-api-key", provider: "UptimeRobot", title: "UptimeRobot API key", near: ["uptimerobot"],
    // Main keys read `u`, the account number, `-` and 24 hex digits; read-only
    // keys `ur…`, monitor keys `m…`.
    pattern: r#"\b(?:ur?|m)[0-9]{5,10}-[a-f0-9]{24}\b"#,
    example: "curl -X POST https://api.uptimerobot.com/v2/getMonitors -d 'api_key=«u4021535-b090bba2abb0fe9bfd0f6fae»&format=json'",
    near_miss: "uptimerobot monitor 778899123 status page stats.uptimerobot.com/Ab3xY",
    doc: "https://uptimerobot.com/api/" },
];
