//! Vendor rows: CI/CD, hosting, package registries, code quality, secrets managers and feature flags.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "astra-db-token", provider: "DataStax", title: "DataStax Astra DB application token", prefix: ["AstraCS:"],
    // Application tokens read `AstraCS:`, 24 letters, `:` and 64 hex digits,
    // sent as a bearer token or `X-Cassandra-Token`.
    pattern: r#"\bAstraCS:[A-Za-z]{24}:[a-f0-9]{64}\b"#,
    example: "ASTRA_DB_APPLICATION_TOKEN=«AstraCS:CPbRjVRpkcxbTuRTJPbvMvoq:389399d8f080a29182a65380c6a7cbef0c3a5c4ee25c441d5792ee6f5cf9bdbb»",
    near_miss: "ASTRA_DB_APPLICATION_TOKEN=AstraCS:... from the Astra DB quickstart",
    doc: "https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html" },
    v! { id: "backblaze-application-key", provider: "Backblaze", title: "Backblaze B2 application key", near: ["backblaze", "b2_application_key", "B2_APPLICATION_KEY"],
    // Application keys are shown once beside their key id; they read `K00`, a
    // digit and 27 base64 characters (31 in all).
    pattern: r#"\bK00[0-9][A-Za-z0-9+/]{27}"#,
    example: "B2_APPLICATION_KEY_ID=005a1b2c3d4e5f60000000007\nB2_APPLICATION_KEY=«K005EucGwIK7rfLocUn01qwx5qHDRXf»",
    near_miss: "backblaze b2 bucket 4a5b6c7d8e9f0a1b2c3d4e5f in us-west-004",
    doc: "https://www.backblaze.com/docs/cloud-storage-application-keys" },
    v! { id: "browserstack-access-key", provider: "BrowserStack", title: "BrowserStack access key", near: ["browserstack"], shape: ALNUM20,
    // The access key (Account > Settings) goes with the user name in every
    // Selenium hub URL and in `BROWSERSTACK_ACCESS_KEY`; issued keys are 20
    // letters and digits.
    example: "BROWSERSTACK_USERNAME=jdoe_Ab3xY7\nBROWSERSTACK_ACCESS_KEY=«8bD1TtvjUIhGbAMsmaxR»",
    near_miss: "browserstack build 8f3a2c1b7d4e session on Windows 11, Chrome 120",
    doc: "https://www.browserstack.com/docs/automate/selenium/getting-started/java" },
    v! { id: "bunny-api-key", provider: "bunny.net", title: "bunny.net account API key", near: ["bunnycdn", "bunny.net", "BUNNY_API_KEY"],
    // The account API key (Account > API) is two GUIDs run together, 72
    // characters, sent as `AccessKey`; storage zone passwords differ.
    pattern: r#"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{20}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"#,
    example: "BUNNY_API_KEY=«d3065d9d-bb1a-4ab9-8d9f-1de185bff29495a13fc1-a3df-fda4-0c8a-b434ad9b6a54»",
    near_miss: "bunnycdn pull zone 1843221 serves b-cdn.net, request 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://docs.bunny.net/reference/bunnynet-api-overview" },
    v! { id: "cloudinary-url", provider: "Cloudinary", title: "Cloudinary URL with API secret", prefix: ["cloudinary://"],
    // `CLOUDINARY_URL` carries the numeric API key, the 27-character API
    // secret and the cloud name; the whole URL is the credential.
    pattern: "cloudinary://[0-9]{12,16}:[A-Za-z0-9_-]{27}@[a-z0-9_-]{2,64}",
    example: "CLOUDINARY_URL=«cloudinary://943856399616857:WTaQZQ3wQAcz6UmePHVq5ZdiMJ0@demo-shop»",
    near_miss: "CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>",
    doc: "https://cloudinary.com/documentation/node_integration#configuration" },
    v! { id: "cloudsmith-api-key", provider: "Cloudsmith", title: "Cloudsmith API key", near: ["cloudsmith"], shape: HEX40,
    // The user API key (User settings > API Key) is 40 hex digits, sent as
    // `X-Api-Key` or the CLI's `CLOUDSMITH_API_KEY`.
    example: "CLOUDSMITH_API_KEY=«7413c8994dab5e92d5a6c9c130521e9516ad9ac8» cloudsmith push python acme/pypi dist/*.whl",
    near_miss: "cloudsmith package acme/pypi/widget 2.4.1, sha1 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
    doc: "https://help.cloudsmith.io/docs/api-key" },
    v! { id: "cocoapods-trunk-token", provider: "CocoaPods", title: "CocoaPods trunk session token", near: ["cocoapods", "COCOAPODS_TRUNK_TOKEN"], shape: HEX32,
    // `pod trunk register` stores a session token of 32 hex digits in
    // ~/.netrc; CI passes it as `COCOAPODS_TRUNK_TOKEN`.
    example: "COCOAPODS_TRUNK_TOKEN=«b8c9bf176f4658e40c2be991fe440684» pod trunk push Widget.podspec",
    near_miss: "cocoapods 1.15.2 trunk push of Widget 3.0.1",
    doc: "https://guides.cocoapods.org/making/getting-setup-with-trunk.html" },
    v! { id: "codacy-api-token", provider: "Codacy", title: "Codacy account or project API token", near: ["codacy"], shape: ALNUM20,
    // Account and project API tokens are 20 letters and digits, sent as `api-
    // token` or `project-token`.
    example: "CODACY_PROJECT_TOKEN=«EiYV4mIrwQ5jS9VmMVxa»",
    near_miss: "codacy grade B on commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://docs.codacy.com/codacy-api/api-tokens/" },
    v! { id: "codeberg-access-token", provider: "Codeberg", title: "Codeberg (Forgejo) access token", near: ["codeberg", "forgejo"], shape: HEX40,
    // Access tokens of Settings > Applications are 40 hex digits, used as the
    // HTTPS password or `Authorization: token …`.
    example: "git clone https://jdoe:«0e0aaa11a86b607538775b970f8b1c0da80c7159»@codeberg.org/jdoe/notes.git  # codeberg token",
    near_miss: "codeberg.org/jdoe/notes commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://docs.codeberg.org/advanced/access-token/" },
    v! { id: "codeclimate-reporter-id", provider: "Code Climate", title: "Code Climate test reporter id", near: ["codeclimate", "CC_TEST_REPORTER_ID"], shape: HEX64,
    // The test reporter id (Repo Settings > Test coverage) that uploads
    // coverage is 64 hex digits; the docs call it a secret token.
    example: "codeclimate coverage token: CC_TEST_REPORTER_ID=«6c8dc0c687f82c9cbb03ae775781813e07cadcd5ef0b7750d671de44c5b82c86»",
    near_miss: "codeclimate maintainability badge for repo 5f1e8a2c9d3b4a7e6f0c1d2e",
    doc: "https://docs.codeclimate.com/docs/finding-your-test-coverage-token" },
    v! { id: "codefresh-api-key", provider: "Codefresh", title: "Codefresh API key", near: ["codefresh"],
    // Keys of User settings > API Keys read a 24-hex-digit id, `.`, and 32 hex
    // digits, sent bare in `Authorization`.
    pattern: r#"\b[a-f0-9]{24}\.[a-f0-9]{32}\b"#,
    example: "codefresh auth create-context --api-key «31fc5aada6c85bf1da1da80b.b1a769dbe5e6ffb5d8fff569551cdba1»",
    near_miss: "codefresh pipeline 5f1e8a2c9d3b4a7e6f0c1d2e build 118",
    doc: "https://codefresh.io/docs/docs/integrations/codefresh-api/" },
    v! { id: "coveralls-repo-token", provider: "Coveralls", title: "Coveralls repo token", near: ["coveralls"], shape: ALNUM32_64,
    // The repo token of each repository's settings page uploads coverage;
    // issued tokens are 32 to 40 letters and digits.
    example: "COVERALLS_REPO_TOKEN=«qccL1rrD0ljZ8TrEjsVd0xXlZnwWQfQMMht»",
    near_miss: "coveralls build 61234567 coverage 87.4% on master",
    doc: "https://docs.coveralls.io/api-introduction" },
    v! { id: "cypress-record-key", provider: "Cypress", title: "Cypress Cloud record key", near: ["cypress"], shape: UUID_KEY,
    // Record keys (Project settings > Record Keys) are UUIDs; with the public
    // `projectId` they let anyone record runs to the project.
    example: "CYPRESS_RECORD_KEY=«06a26331-7f71-47cd-86a1-c2c0c5353214» npx cypress run --record",
    near_miss: "cypress run 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 recorded 42 specs, projectId ab12cd",
    doc: "https://docs.cypress.io/cloud/account-management/projects#Record-key" },
    v! { id: "deno-deploy-token", provider: "Deno", title: "Deno Deploy personal or organization access token", prefix: ["ddp_", "ddo_"],
    // Personal access tokens read `ddp_`, organization tokens `ddo_`, then 36
    // letters and digits.
    pattern: r#"\bdd[po]_[A-Za-z0-9]{36}\b"#,
    example: "DENO_DEPLOY_TOKEN=«ddp_om3Bmin4OJDr5MsosZfhf3LH0YVgfI9oipZ3» deployctl deploy --project=hello-world main.ts",
    near_miss: "deployctl deploy --project=ddp_demo main.ts with Deno 1.46",
    doc: "https://docs.deno.com/deploy/manual/api/" },
    v! { id: "devcycle-server-key", provider: "DevCycle", title: "DevCycle server-side SDK key", prefix: ["dvc_server_"],
    // Server-side SDK keys read `dvc_server_` and must stay secret (they read
    // the whole project configuration); the docs do not fix the rest, so any
    // 30 to 80 base64url characters. Client and mobile keys are public by
    // design and not reported.
    pattern: r#"\bdvc_server_[A-Za-z0-9_-]{30,80}\b"#,
    example: "DEVCYCLE_SERVER_SDK_KEY=«dvc_server_66389ae7-bda5-40ef-aef3-62f0ed6c3959_hashbb0b99c»",
    near_miss: "the client key dvc_client_… may ship in the app; keep the server key on the server",
    doc: "https://docs.devcycle.com/essentials/keys" },
    v! { id: "drone-token", provider: "Drone", title: "Drone CI personal token", near: ["DRONE_TOKEN", "drone_server"], shape: ALNUM32,
    // The personal token of the user profile page, used by the `drone` CLI; 32
    // letters and digits.
    example: "export DRONE_SERVER=https://drone.example.com\nexport DRONE_TOKEN=«dRS4lK3vNZNeQHRvFYhKJI5qoJboMWXb»",
    near_miss: "DRONE_TOKEN is read from the environment by the drone CLI 1.8",
    doc: "https://docs.drone.io/cli/setup/" },
    v! { id: "expo-access-token", provider: "Expo", title: "Expo access token", near: ["EXPO_TOKEN", "expo.dev"], shape: ALNUM40,
    // Personal and robot access tokens (Account settings > Access tokens)
    // authenticate `eas` in CI; they are 40 letters and digits.
    example: "EXPO_TOKEN=«pyy8hHEX85ZXSqFziUZNw0Xl3vRzL1Mk094nFk7Q» eas build --platform ios --non-interactive",
    near_miss: "EXPO_TOKEN goes in the CI secrets; see expo.dev/accounts/acme/settings",
    doc: "https://docs.expo.dev/accounts/programmatic-access/" },
    v! { id: "flagsmith-server-key", provider: "Flagsmith", title: "Flagsmith server-side environment key", prefix: ["ser."],
    // Server-side environment keys read `ser.` then letters and digits (22 in
    // issued keys; a range since the docs do not fix it) and go in
    // `X-Environment-Key`; client-side keys are public.
    pattern: r#"\bser\.[A-Za-z0-9]{20,48}\b"#,
    example: "FLAGSMITH_ENVIRONMENT_KEY=«ser.7RLcBWphEMl1b4r7d555wk»",
    near_miss: "flagsmith client-side key 8KzETdDeMY7xkqkSkY3Gsg is public; the server key starts ser.",
    doc: "https://docs.flagsmith.com/clients/server-side" },
    v! { id: "gitea-access-token", provider: "Gitea", title: "Gitea access token", near: ["gitea"], shape: HEX40,
    // Access tokens of Settings > Applications are 40 hex digits, sent as
    // `Authorization: token …` or as the HTTPS password.
    example: "curl https://gitea.example.com/api/v1/user -H 'Authorization: token «523604ceb448a6eb0a04d274779713690bfc080a»'",
    near_miss: "gitea 1.21.4 mirror synced commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://docs.gitea.com/development/api-usage" },
    v! { id: "hexpm-api-key", provider: "Hex.pm", title: "Hex.pm API key", near: ["hexpm", "hex.pm", "HEX_API_KEY"], shape: HEX32,
    // Keys from `mix hex.user key generate` or the dashboard are 32 hex
    // digits; CI publishes with `HEX_API_KEY`.
    example: "HEX_API_KEY=«a1643bd969522a438eb4ddf9f4acd39e» mix hex.publish --yes",
    near_miss: "hex.pm package jason 1.4.1, checksum 29a4d7acc98f90bc8b3ee5c8c8a4a8b1",
    doc: "https://hex.pm/docs/publish" },
    v! { id: "infracost-api-key", provider: "Infracost", title: "Infracost API key", prefix: ["ico-"],
    // API keys read `ico-` and 32 letters and digits (`infracost configure get
    // api_key`).
    pattern: r#"\bico-[A-Za-z0-9]{32}\b"#,
    example: "INFRACOST_API_KEY=«ico-xgEEHuDc1mD8mehgLZTZmL99Hzrvk0Cr» infracost breakdown --path .",
    near_miss: "infracost breakdown --path . with infracost 0.10.33",
    doc: "https://www.infracost.io/docs/integrations/environment_variables/" },
    v! { id: "ionic-pat", provider: "Ionic", title: "Ionic Appflow personal access token", prefix: ["ion_"],
    // Personal access tokens (Personal settings > Personal access tokens) read
    // `ion_` and letters and digits (42 in issued tokens; a range since the
    // docs do not fix it).
    pattern: r#"\bion_[A-Za-z0-9]{36,48}\b"#,
    example: "IONIC_TOKEN=«ion_sh3G7fycXwxQ4o6rcjbwk2OlaLFXAvyaPXW6W70rEV» ionic deploy build --commit=main",
    near_miss: "ionic 7.2.0 app id ion_app_demo",
    doc: "https://ionic.io/docs/appflow/cli/overview" },
    v! { id: "packagecloud-token", provider: "packagecloud", title: "packagecloud API token", near: ["packagecloud"], shape: HEX48,
    // The API token of the account page is 48 hex digits, the HTTP basic user
    // name and the CLI's `PACKAGECLOUD_TOKEN`.
    example: "PACKAGECLOUD_TOKEN=«2c046ae95c9141906c76dc7c91dc73a651cd42e3a69eda6c» package_cloud push acme/prod/ubuntu/jammy pkg.deb",
    near_miss: "packagecloud repo acme/prod, deb widget_2.4.1_amd64",
    doc: "https://packagecloud.io/docs/api" },
    v! { id: "percy-token", provider: "BrowserStack", title: "Percy project token", near: ["percy"],
    // Project tokens (Project settings) are 64 hex digits, prefixed by the
    // project type (`web_`, `app_`, `auto_`…) in newer projects; the CLI reads
    // `PERCY_TOKEN`.
    pattern: r#"\b(?:(?:web|app|auto|ss|vmw)_)?[a-f0-9]{64}\b"#,
    example: "PERCY_TOKEN=«web_90a6af3c4b20f2d0088a57c8c9307d64e3faceddbc745d983a3eeceddc423006» npx percy exec -- cypress run",
    near_miss: "percy build 31842977 approved, 12 snapshots, base commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://www.browserstack.com/docs/percy/get-started/set-env-var" },
    v! { id: "planetscale-token", provider: "PlanetScale", title: "PlanetScale service token, password or OAuth token", prefix: ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
    // Service tokens read `pscale_tkn_`, database passwords `pscale_pw_`,
    // OAuth tokens `pscale_oauth_`, then 43 letters and digits.
    pattern: r#"\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{32,64}\b"#,
    example: "PLANETSCALE_SERVICE_TOKEN_ID=k3x9p2m1q0z8\nPLANETSCALE_SERVICE_TOKEN=«pscale_tkn_1B4aEQrEsvfG8zrcFZxBBk4UpRGgCuPJ6slPzapqX95»",
    near_miss: "pscale service-token create --name ci  # prints pscale_tkn_… once",
    doc: "https://planetscale.com/docs/concepts/service-tokens" },
    v! { id: "prefect-api-key", provider: "Prefect", title: "Prefect Cloud API key", prefix: ["pnu_", "pnb_"],
    // User API keys read `pnu_`, service account keys `pnb_`, then 36 letters
    // and digits.
    pattern: r#"\bpn[ub]_[A-Za-z0-9]{36}\b"#,
    example: "prefect cloud login --key «pnu_g3Tz4kdT04kwyBeIEWiUiPtPU7marsnn1kS6» --workspace acme/prod",
    near_miss: "prefect 3.1.0 flow run pnu-demo-7 completed",
    doc: "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys" },
    v! { id: "quay-robot-token", provider: "Quay", title: "Quay.io robot account token", near: ["quay"],
    // Robot account tokens (`org+name` accounts) are 64 capital letters and
    // digits, the password of `docker login`.
    pattern: r#"\b[A-Z0-9]{64}\b"#,
    example: "QUAY_ROBOT_TOKEN=«Q2VTHNTZRL4VHKBR48HCHFGUSQOEBPL2OSPC74I24I999OUC4U7WW3P8J7H68LS7»  # quay.io robot acme+ci",
    near_miss: "quay.io/acme/widget:2.4.1 digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://docs.projectquay.io/use_quay.html#allow-robot-access-user-repo" },
    v! { id: "railway-token", provider: "Railway", title: "Railway account, team or project token", near: ["railway"], shape: UUID_KEY,
    // Account, team and project tokens (Account settings > Tokens) are UUIDs;
    // project tokens go in `Project-Access-Token`.
    example: "RAILWAY_TOKEN=«4f487c2d-110a-4e33-aed8-df56d34dc99c» railway up --detach",
    near_miss: "railway service 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 deployed",
    doc: "https://docs.railway.com/guides/public-api#creating-a-token" },
    v! { id: "render-api-key", provider: "Render", title: "Render API key", prefix: ["rnd_"],
    // Keys of Account settings > API keys read `rnd_` then letters and digits
    // (a range: the docs show only a placeholder).
    pattern: r#"\brnd_[A-Za-z0-9]{20,40}\b"#,
    example: "curl https://api.render.com/v1/services -H 'Authorization: Bearer «rnd_eU776ZWf3t5m5mA8wm5tGCOT5If3»'",
    near_miss: "render service srv-cnd2ks0l5elc73c5ipqg deploy dep-cnd3a1ol5elc",
    doc: "https://render.com/docs/api#1-create-an-api-key" },
    v! { id: "saucelabs-access-key", provider: "Sauce Labs", title: "Sauce Labs access key", near: ["saucelabs", "SAUCE_ACCESS_KEY"], shape: UUID_KEY,
    // The access key of User settings is a UUID; with the user name it
    // authenticates the WebDriver endpoint and the REST API.
    example: "SAUCE_USERNAME=jdoe\nSAUCE_ACCESS_KEY=«25a3e539-4dc5-4e04-a25e-03161b6d7676»",
    near_miss: "saucelabs job 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 passed on us-west-1",
    doc: "https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/" },
    v! { id: "semgrep-app-token", provider: "Semgrep", title: "Semgrep AppSec Platform token", near: ["semgrep"], shape: HEX64,
    // CI and API tokens (Settings > Tokens) are 64 hex digits; `semgrep ci`
    // reads `SEMGREP_APP_TOKEN`.
    example: "SEMGREP_APP_TOKEN=«0a487f9eb787f1395362c5496905bfa267024e3b3d67129b1e42b8ae278df9b0» semgrep ci",
    near_miss: "semgrep 1.72.0 rule digest sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://semgrep.dev/docs/deployment/add-semgrep-to-ci" },
    v! { id: "statsig-server-secret", provider: "Statsig", title: "Statsig server secret key", prefix: ["secret-"],
    // Server secret keys (Project settings > Keys) read `secret-` then 43
    // letters and digits and read the whole project definition; client keys
    // (`client-…`) are public.
    pattern: r#"\bsecret-[A-Za-z0-9]{40,50}\b"#,
    example: "STATSIG_SERVER_SECRET_KEY=«secret-9cVS0ktXLa6LcDS3InaBoKVLswCcEXKpRMu3JFNkx41»",
    near_miss: "the statsig client key client-… is safe in the browser; secret-… keys are not",
    doc: "https://docs.statsig.com/access-management/api-keys" },
    v! { id: "unleash-api-token", provider: "Unleash", title: "Unleash backend or admin API token", near: ["unleash"],
    // Tokens read `project:environment.` then a hex secret (56 digits in
    // issued tokens); backend tokens are secret, frontend tokens are meant for
    // browsers.
    pattern: r#"\b[a-z0-9_-]{1,50}:[a-z0-9_-]{1,50}\.[a-f0-9]{56,64}\b"#,
    example: "UNLEASH_API_TOKEN=«default:production.a28a3486497a8f331eee44a3b3f2ee6554fb838bba0d112422d461d5»",
    near_miss: "unleash flag checkout-v2 enabled in production, strategy flexibleRollout",
    doc: "https://docs.getunleash.io/concepts/api-tokens-and-client-keys" },
    v! { id: "uploadcare-secret-key", provider: "Uploadcare", title: "Uploadcare secret key", near: ["uploadcare"], shape: HEX20,
    // Each project has a public key and a secret key of 20 hex digits; the
    // REST API takes `Uploadcare.Simple public:secret`.
    example: "curl -H 'Authorization: Uploadcare.Simple demopublickey:«29b0962eb5aa6a9c4141»' https://api.uploadcare.com/files/",
    near_miss: "uploadcare file 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 stored",
    doc: "https://uploadcare.com/docs/api_reference/rest/accepted_auth/" },
    v! { id: "vultr-api-key", provider: "Vultr", title: "Vultr API key", near: ["vultr"],
    // The account's API key (Account > API) is 36 capital letters and digits,
    // sent as a bearer token.
    pattern: r#"\b[A-Z0-9]{36}\b"#,
    example: "VULTR_API_KEY=«8RBTESMIAJ9NLSEATLZOCTR67J4ZGM0HGX08» vultr-cli instance list",
    near_miss: "vultr instance 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 in region ewr",
    doc: "https://docs.vultr.com/platforms/vultr-api" },
    v! { id: "zuplo-api-key", provider: "Zuplo", title: "Zuplo API key", prefix: ["zpka_"],
    // Keys issued to an API's consumers read `zpka_`, 32 hex digits, `_` and
    // an 8-digit checksum.
    pattern: r#"\bzpka_[a-f0-9]{32}_[a-f0-9]{8}\b"#,
    example: "curl https://acme-main-1a2b3c.zuplo.app/v1/orders -H 'Authorization: Bearer «zpka_856ae41d23a71be93929887a61f12e77_c2a170b9»'",
    near_miss: "zuplo project acme-main deployed from commit 2fd4e1c",
    doc: "https://zuplo.com/docs/articles/api-key-management" },
];
