//! Vendor rows: hosting, PaaS, CDN and DNS, domain registrars, deploy services, databases as a service and object storage.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "bitrise-access-token", provider: "Bitrise", title: "Bitrise personal access token", near: ["bitrise"], shape: TOKEN40_100,
    // Personal access tokens of Account settings > Security, sent bare in
    // `Authorization` to api.bitrise.io; the docs state no format, the
    // tokens shown are a long base64url run.
    example: "BITRISE_TOKEN=«6ISmeJXCgXoabCZKPyUIsqS2n34N9lgLg3TMutBG3UdwyMaMmWNHhBocoyQrfXVseUC1c2WV»",
    near_miss: "bitrise build 8f3c2a1e-9b7d-4e6f-a5c4-3b2d1e0f9a8c finished on stack linux-docker-android-22.04",
    doc: "https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html" },
    v! { id: "civo-api-key", provider: "Civo", title: "Civo API key", near: ["civo"],
    // The account API key (Settings > Profile > Security), used by the
    // `civo` CLI and sent as a bearer token; 50 letters and digits as
    // issued.
    pattern: r#"\b[A-Za-z0-9]{50}\b"#,
    example: "civo apikey add acme «KT9mLL8a89fU24NwCmhRvb7QBy7mD7GFX4VUhjh5kY9kyTIpRX»",
    near_miss: "civo kubernetes create acme --size g4s.kube.medium --nodes 3",
    doc: "https://www.civo.com/docs/account/api-keys" },
    v! { id: "cloudways-api-key", provider: "Cloudways", title: "Cloudways API key", near: ["cloudways"],
    // The key of Account > API Integration, exchanged with the account
    // e-mail for an OAuth token; 30 letters and digits as issued.
    pattern: r#"\b[A-Za-z0-9]{30}\b"#,
    example: "curl -X POST https://api.cloudways.com/api/v1/oauth/access_token -d email=ops@acme.example -d api_key=«KKPE4L0Rf8wf9oGwhkZrmrYD1GaNGV»  # cloudways",
    near_miss: "cloudways server 1248833 on DigitalOcean, app wordpress-6.5",
    doc: "https://developers.cloudways.com/docs/" },
    v! { id: "desec-token", provider: "deSEC", title: "deSEC DNS API token", near: ["desec"],
    // Tokens from the account page or `POST /auth/login/` are 28
    // characters of base64url, sent as `Authorization: Token …`.
    pattern: r#"\b[A-Za-z0-9_-]{28}\b"#,
    example: "curl https://desec.io/api/v1/domains/ -H 'Authorization: Token «WWSbjweY4IqAy46Z_aTndbQh_s8J»'",
    near_miss: "desec.io domain acme.dedyn.io, DS record 2371 13 2",
    doc: "https://desec.readthedocs.io/en/latest/auth/tokens.html" },
    v! { id: "duckdns-token", provider: "Duck DNS", title: "Duck DNS account token", near: ["duckdns"], shape: UUID_KEY,
    // The account token on the Duck DNS home page is a UUID, passed as
    // `token=` to the update URL.
    example: "curl 'https://www.duckdns.org/update?domains=acme-home&token=«d4feac2d-0a78-43b5-b340-b0ebd866d3fa»&ip='",
    near_miss: "duckdns domain acme-home.duckdns.org points to 203.0.113.7",
    doc: "https://www.duckdns.org/spec.jsp" },
    v! { id: "elastic-api-key", provider: "Elastic", title: "Elasticsearch API key (encoded)", near: ["ELASTIC_API_KEY", "elastic.co", "elastic-cloud", "cloud.es.io", "elasticsearch"],
    // The `encoded` value an API key is created with is base64 of
    // `id:api_key` (20 + 22 characters), 60 characters ending `==`, sent
    // as `Authorization: ApiKey …`.
    pattern: r#"\b[A-Za-z0-9+/]{58}=="#,
    example: "ELASTIC_API_KEY=«GcFktiH/wV4V/7yX2yS6dXWq0YRKBlQVFGwqYUCGZgb7cA3yQNdLBrDsZe==»",
    near_miss: "elasticsearch 8.15.0 cluster acme-prod, index logs-2024.06.01",
    doc: "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html" },
    v! { id: "filebase-secret-key", provider: "Filebase", title: "Filebase S3 secret access key", near: ["filebase"], shape: ALNUM40,
    // Bucket access keys of the Access Keys page: a 20-character key and a
    // 40-character secret of letters and digits, used with the S3 API at
    // s3.filebase.com.
    example: "aws s3 ls --endpoint https://s3.filebase.com  # filebase secret key «SMTLxD5N21jBVtI4143Ov1Q8zoVDlRwfYckxwxPD»",
    near_miss: "filebase bucket acme-assets, object CID bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
    doc: "https://docs.filebase.com/getting-started/s3-api-getting-started-guide" },
    v! { id: "influxdb-token", provider: "InfluxData", title: "InfluxDB API token", near: ["INFLUX_TOKEN", "influxdb", "influxdata"],
    // All-access and custom API tokens are 86 characters of base64url and
    // `==` (64 random bytes), sent as `Authorization: Token …`.
    pattern: r#"\b[A-Za-z0-9_-]{86}=="#,
    example: "INFLUX_TOKEN=«8ZcJlKljrzuMyZogxcBXoeqVpotFB5HONyeVZgq_gPv0oVa4rHfrgSk4T9ZHrpsXqejZLQqaSNk_xf3mrTVDal==»",
    near_miss: "influxdb bucket telegraf/autogen, org 0a1b2c3d4e5f6789, retention 30d",
    doc: "https://docs.influxdata.com/influxdb/v2/admin/tokens/" },
    v! { id: "meilisearch-api-key", provider: "Meilisearch", title: "Meilisearch API key", near: ["meilisearch", "MEILI_MASTER_KEY"], shape: HEX64,
    // The default admin and search keys Meilisearch derives from the
    // master key, and the keys `/keys` creates, are 64 hex digits, sent as
    // a bearer token.
    example: "curl https://ms-acme.meilisearch.io/indexes -H 'Authorization: Bearer «a5b0e78a225a462d8f2c0ce838d87919d7229c27ac6e2f521addf877e3a58e47»'  # meilisearch admin key",
    near_miss: "meilisearch index movies, task 7351, sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://www.meilisearch.com/docs/learn/security/basic_security" },
    v! { id: "mongodb-atlas-private-key", provider: "MongoDB", title: "MongoDB Atlas programmatic API private key", near: ["MONGODB_ATLAS", "mongodbatlas", "cloud.mongodb.com"], shape: UUID_KEY,
    // Programmatic API keys pair an 8-letter public key with a private
    // key, a UUID, used with HTTP digest auth on the Admin API.
    example: "MONGODB_ATLAS_PUBLIC_KEY=ywrhqkzc\nMONGODB_ATLAS_PRIVATE_KEY=«dc08ffb7-4242-46fc-9377-d52f86fc007d»",
    near_miss: "cloud.mongodb.com project 5f1e8a2c9d3b4a7e6f0c1d2e, cluster acme-prod M30",
    doc: "https://www.mongodb.com/docs/atlas/configure-api-access/" },
    v! { id: "namecheap-api-key", provider: "Namecheap", title: "Namecheap API key", near: ["namecheap"], shape: HEX32,
    // The key of Profile > Tools > Namecheap API Access, sent as `ApiKey`
    // beside `ApiUser`; 32 hex digits as issued.
    example: "curl 'https://api.namecheap.com/xml.response?ApiUser=acme&ApiKey=«67d7c91e9c1c67736c3f5f2249a7c6d9»&UserName=acme&Command=namecheap.domains.getList&ClientIp=203.0.113.7'",
    near_miss: "namecheap order 148823371, domain acme.example renewed for 2 years",
    doc: "https://www.namecheap.com/support/api/intro/" },
    v! { id: "namecom-api-token", provider: "Name.com", title: "Name.com API token", near: ["NAMECOM_API_TOKEN", "api.name.com", "namecom"], shape: HEX40,
    // Tokens of Account > Settings > Security > API Access are the
    // Basic-auth password beside the user name; 40 hex digits as issued.
    example: "NAMECOM_USERNAME=acme\nNAMECOM_API_TOKEN=«96815f9288c4785dbab3717189c93b8079e748fd»",
    near_miss: "api.name.com v4 record 123456 for acme.example, commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    doc: "https://docs.name.com/docs/api-reference/authentication" },
    v! { id: "neon-api-key", provider: "Neon", title: "Neon API key", near: ["NEON_API_KEY", "neon.tech", "neonctl"],
    // Personal, organization and project API keys of the Neon Console,
    // sent as a bearer token; the docs call them random tokens, the keys
    // issued are 64 small letters and digits.
    pattern: r#"\b[a-z0-9]{64}\b"#,
    example: "NEON_API_KEY=«hcjoxt5vtqrezkp0m7ejmw5m60lf8j175hxya84u3fm7130rgtx57pxvh244po4z» neonctl projects list",
    near_miss: "neon.tech project spring-example-302709, branch br-aged-salad-637688",
    doc: "https://neon.com/docs/manage/api-keys" },
    v! { id: "ovh-application-secret", provider: "OVHcloud", title: "OVHcloud API application secret or consumer key", near: ["OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY", "ovhcloud", "ovh.conf"], shape: ALNUM32,
    // API applications have a 16-character application key, a
    // 32-character application secret and a 32-character consumer key,
    // letters and digits, kept in `ovh.conf` or `OVH_*` variables.
    example: "OVH_ENDPOINT=ovh-eu\nOVH_APPLICATION_KEY=ldTwsh05cYV5anH1\nOVH_APPLICATION_SECRET=«zX0tzouIx3ID7NluylhbfP9dcrNQ265p»",
    near_miss: "ovhcloud instance b2-7 in GRA11, id 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784" },
    v! { id: "pinata-api-secret", provider: "Pinata", title: "Pinata API secret", near: ["pinata"], shape: HEX64,
    // API keys of the Pinata dashboard come as a 20-hex-digit key, a
    // 64-hex-digit secret and a JWT; the secret goes in
    // `pinata_secret_api_key`.
    example: "curl https://api.pinata.cloud/data/testAuthentication -H 'pinata_api_key: 1fdaf4bd383f4d3872c4' -H 'pinata_secret_api_key: «cda2fc345d41c2f1426adb8ab90af3140220fd16fbf25c04119c252ceebc9c47»'",
    near_miss: "pinata pin of CID QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG, size 4.2 MB",
    doc: "https://docs.pinata.cloud/account-management/api-keys" },
    v! { id: "porkbun-secret-key", provider: "Porkbun", title: "Porkbun secret API key", prefix: ["sk1_"],
    // API keys come in pairs, a public `pk1_…` key and a secret `sk1_…`
    // key, each 64 hex digits after the prefix; the secret is
    // `secretapikey` or `X-Secret-API-Key`.
    pattern: r#"\bsk1_[a-f0-9]{64}\b"#,
    example: "PORKBUN_API_KEY=pk1_292ba419a35a00c3eaf20d98a18db0c2a888e670ff23fdf879da0b95b509f03b\nPORKBUN_SECRET_API_KEY=«sk1_decc39b500d5b9593683cbf037e61b1d693ac898d577ad97a9ac80e426faca02»",
    near_miss: "claude mcp add porkbun --env PORKBUN_SECRET_API_KEY=sk1_... -- npx -y @porkbunllc/mcp-server",
    doc: "https://porkbun.com/llms/guides/getting-started" },
    v! { id: "pythonanywhere-api-token", provider: "PythonAnywhere", title: "PythonAnywhere API token", near: ["pythonanywhere"], shape: HEX40,
    // The token of Account > API token, sent as `Authorization: Token …`;
    // 40 hex digits as issued.
    example: "curl https://www.pythonanywhere.com/api/v0/user/acme/cpu/ -H 'Authorization: Token «2d01a119686101860092bc652dbbd9ebb85b8de6»'",
    near_miss: "pythonanywhere web app acme.pythonanywhere.com reloaded, python 3.10",
    doc: "https://help.pythonanywhere.com/pages/API/" },
    v! { id: "rancher-api-key", provider: "Rancher", title: "Rancher API key", near: ["rancher"],
    // API keys of User > Account & API Keys read `token-`, five characters,
    // `:` and a 54-character secret; the pair is the bearer token.
    pattern: r#"\btoken-[a-z0-9]{5}:[a-z0-9]{54}\b"#,
    example: "rancher login https://rancher.acme.example --token «token-x48mp:48sga5knslrkzhrwuaf83fzntoh4dj8sbnqgabimskxo0mymjlkfhm»",
    near_miss: "rancher cluster c-m-4xw2hvzq, project p-6k9sd, workload nginx",
    doc: "https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys" },
    v! { id: "scalingo-api-token", provider: "Scalingo", title: "Scalingo API token", prefix: ["tk-us-"],
    // User API tokens of the dashboard read `tk-us-` and a random body,
    // read by the CLI and clients from `SCALINGO_TOKEN`.
    pattern: r#"\btk-us-[A-Za-z0-9_-]{30,80}"#,
    example: "export SCALINGO_TOKEN=«tk-us-yybPkROgcUEarePF1Ub1qDNRYWhXNBPrboLEAzsxPruYTPtj»",
    near_miss: "scalingo.clientFromToken(\"tk-us-...\") then client.Users.self()",
    doc: "https://github.com/Scalingo/scalingo.js" },
    v! { id: "surge-token", provider: "Surge", title: "Surge deploy token", near: ["SURGE_TOKEN", "surge.sh"], shape: HEX32,
    // `surge token` prints the account token that CI passes as
    // `SURGE_TOKEN`; 32 hex digits.
    example: "SURGE_LOGIN=ops@acme.example\nSURGE_TOKEN=«4c8e23fda2f854b428afce0cb73111a2»",
    near_miss: "surge.sh project acme-preview.surge.sh published 42 files",
    doc: "https://surge.sh/help/integrating-with-travis-ci" },
    v! { id: "tigris-secret-key", provider: "Tigris", title: "Tigris secret access key", prefix: ["tsec_"],
    // Access keys pair an id `tid_…` with a secret `tsec_…`, used with the
    // S3 API at t3.storage.dev; the docs do not fix the body's length.
    pattern: r#"\btsec_[A-Za-z0-9_-]{30,80}"#,
    example: "AWS_ACCESS_KEY_ID=tid_9nLVfYnWA8lZRYagLTEPlhdV\nAWS_SECRET_ACCESS_KEY=«tsec_Xg_U54Cli8iUbuOY8QbwjQ5MGA-L_vk8QaPPe8re-MOM0ZH4»\nAWS_ENDPOINT_URL_S3=https://t3.storage.dev",
    near_miss: "tigris access-keys assign tid_AaBb --bucket my-bucket --role Editor",
    doc: "https://www.tigrisdata.com/docs/iam/manage-access-key/" },
    v! { id: "typesense-api-key", provider: "Typesense", title: "Typesense Cloud admin API key", near: ["typesense"], shape: ALNUM32,
    // Typesense Cloud generates admin and search-only keys of 32 letters
    // and digits, sent as `X-TYPESENSE-API-KEY`.
    example: "curl https://xyz.a1.typesense.net/collections -H 'X-TYPESENSE-API-KEY: «KpG7Jx0y8creb5u2mSruy6Ol0kQKYN68»'",
    near_miss: "typesense collection products, 18234 documents, version 27.1",
    doc: "https://typesense.org/docs/latest/api/api-keys.html" },
    v! { id: "xata-api-key", provider: "Xata", title: "Xata API key", prefix: ["xau_"],
    // User and organization API keys read `xau_` and letters and digits
    // (the docs' example is `xau_xyz123`), sent as a bearer token.
    pattern: r#"\bxau_[A-Za-z0-9]{30,64}\b"#,
    example: "XATA_API_KEY=«xau_dBbgpWLVtgVhWUe5OTNWGwDsHZYikQO25FKB»",
    near_miss: "Our SDK detected a Xata API key in a browser (example key: xau_xyz123)",
    doc: "https://xata.io/docs/messages/api-key-browser-error" },
];
