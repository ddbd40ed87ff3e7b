//! Vendor rows: AI and machine-learning services beyond the big model providers (`ai.rs` has those).

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "agentops-api-key", provider: "AgentOps", title: "AgentOps API key", near: ["agentops"], shape: UUID_KEY,
    // Project API keys of the AgentOps settings are UUIDs.
    example: "AGENTOPS_API_KEY=«6627ab54-f962-44f3-8e18-260d63498db6»",
    near_miss: "agentops session 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 replay",
    doc: "https://docs.agentops.ai/v1/usage/environment-variables" },
    v! { id: "ai21-api-key", provider: "AI21 Labs", title: "AI21 API key", near: ["ai21"], shape: ALNUM32,
    // Keys of Account > API Key, sent as a bearer token; 32 letters and
    // digits.
    example: "AI21_API_KEY=«OzKQ2rtBt0vQy0x5jgvXBLGXoOlMCEhm»",
    near_miss: "ai21 model jamba-1.5-large context 256k",
    doc: "https://docs.ai21.com/reference/authentication" },
    v! { id: "baseten-api-key", provider: "Baseten", title: "Baseten API key", near: ["baseten"],
    // Keys of Settings > API keys read an 8-character id, `.`, and 32
    // letters and digits, sent as `Authorization: Api-Key …`.
    pattern: r#"\b[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}\b"#,
    example: "curl https://model-abcd1234.api.baseten.co/production/predict -H 'Authorization: Api-Key «ARKDFw5G.7E5gAVZVuzXM70dyfsROBsDdEKBh1Nzq»'",
    near_miss: "baseten model abcd1234 deployment v2.1 is active",
    doc: "https://docs.baseten.co/organization/api-keys" },
    v! { id: "browserbase-api-key", provider: "Browserbase", title: "Browserbase API key", prefix: ["bb_live_"],
    // Keys of the dashboard's Settings read `bb_live_` and a base64url
    // body, sent as `X-BB-API-Key`.
    pattern: r#"\bbb_live_[A-Za-z0-9_-]{24,40}"#,
    example: "curl https://api.browserbase.com/v1/sessions -H 'X-BB-API-Key: «bb_live_li9UOT4_AulBDpX6dCBNjm_NFpB»'",
    near_miss: "browserbase session 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 recording",
    doc: "https://docs.browserbase.com/introduction/getting-started" },
    v! { id: "cartesia-api-key", provider: "Cartesia", title: "Cartesia API key", prefix: ["sk_car_"],
    // Keys of play.cartesia.ai/keys read `sk_car_` and a random body (the
    // docs name admin keys `sk_car_admin_…`); sent as a bearer token, by
    // older clients as `X-API-Key`.
    pattern: r#"\bsk_car_(?:admin_)?[A-Za-z0-9]{20,40}\b"#,
    example: "curl https://api.cartesia.ai/voices -H 'Cartesia-Version: 2024-06-10' -H 'X-API-Key: «sk_car_1eIPIlGQhzwZCreGJVJ1I3libjH5MY92»'",
    near_miss: "cartesia voice a0e99841-438c-4a64-b679-ae501e7d6091 (sonic-2)",
    doc: "https://docs.cartesia.ai/api-reference" },
    v! { id: "clarifai-pat", provider: "Clarifai", title: "Clarifai personal access token", near: ["clarifai"], shape: HEX32,
    // PATs of Settings > Secrets, sent as `Authorization: Key …`; 32 hex
    // digits.
    example: "curl https://api.clarifai.com/v2/users/me -H 'Authorization: Key «ca68be62ba465e6d3e6c319bdb8a3fdb»'  # clarifai",
    near_miss: "clarifai model general-image-recognition version aa7f35c01e0642fda5cf400f543e7c40 (a version id)",
    doc: "https://docs.clarifai.com/control/authentication/pat" },
    v! { id: "comet-api-key", provider: "Comet", title: "Comet (Comet ML / Opik) API key", near: ["comet_ml", "COMET_API_KEY", "comet.com", "comet.ml"],
    // The key of Account settings > API Keys, read by `comet_ml` from
    // `COMET_API_KEY`; 25 letters and digits as issued.
    pattern: r#"\b[A-Za-z0-9]{25}\b"#,
    example: "import comet_ml\ncomet_ml.login(api_key=\"«sGaeD52C453mnCeaL6hY4iJrl»\")",
    near_miss: "comet.com experiment 7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c, workspace acme",
    doc: "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/" },
    v! { id: "crowdin-personal-token", provider: "Crowdin", title: "Crowdin personal access token", near: ["crowdin"],
    // Personal access tokens of Account Settings > API are 80 hex digits,
    // sent as a bearer token.
    pattern: r#"\b[a-f0-9]{80}\b"#,
    example: "# crowdin.yml\nproject_id: \"123456\"\napi_token: \"«36056c4f3aed2e04b1a291ad1d2385727c50cf3b04c3af527b686a4abed180b827427c15adca854d»\"",
    near_miss: "crowdin project 123456, file 42, commit 1b6453892473a467d07372d45eb05abc2031647a",
    doc: "https://support.crowdin.com/account-settings/#personal-access-tokens" },
    v! { id: "deepinfra-api-token", provider: "DeepInfra", title: "DeepInfra API token", near: ["deepinfra"], shape: ALNUM32,
    // Tokens of Dashboard > API Keys, sent as a bearer token; 32 letters
    // and digits.
    example: "DEEPINFRA_API_TOKEN=«GtMwjK1axrNmfOeT2yJwFQ3c0IV0xtMY»",
    near_miss: "deepinfra model meta-llama/Meta-Llama-3-8B-Instruct",
    doc: "https://deepinfra.com/docs/advanced/openai_api" },
    v! { id: "deepl-auth-key", provider: "DeepL", title: "DeepL API authentication key", near: ["deepl"], shape: UUID_KEY,
    // The key of Account > API Keys: a UUID, with `:fx` appended on the
    // Free plan, sent as `DeepL-Auth-Key`.
    example: "DEEPL_AUTH_KEY=«1fa822b1-a920-49f9-a512-01630e381d54»:fx",
    near_miss: "deepl document id 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 translated",
    doc: "https://developers.deepl.com/docs/getting-started/auth" },
    v! { id: "dify-app-api-key", provider: "Dify", title: "Dify app API key", near: ["dify"],
    // App keys of the app's API Access page read `app-` and 24 letters and
    // digits, sent as a bearer token.
    pattern: r#"\bapp-[A-Za-z0-9]{24}\b"#,
    example: "curl https://api.dify.ai/v1/chat-messages -H 'Authorization: Bearer «app-BmsjMZvR06HAaPIokHIYAThI»'",
    near_miss: "dify workflow run 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 succeeded in app-builder",
    doc: "https://docs.dify.ai/en/guides/application-publishing/developing-with-apis" },
    v! { id: "e2b-api-key", provider: "E2B", title: "E2B API key", prefix: ["e2b_"],
    // Team API keys read `e2b_` and 40 hex digits.
    pattern: r#"\be2b_[a-f0-9]{40}\b"#,
    example: "E2B_API_KEY=«e2b_b1c6e9e03b32dd5c55ff79266504b13867d9006d»",
    near_miss: "set E2B_API_KEY=e2b_*** in the sandbox settings",
    doc: "https://e2b.dev/docs/api-key" },
    v! { id: "exa-api-key", provider: "Exa", title: "Exa API key", near: ["EXA_API_KEY", "exa.ai", "exa_py"], shape: UUID_KEY,
    // Dashboard API keys are UUIDs, sent as `x-api-key`.
    example: "curl https://api.exa.ai/search -H 'x-api-key: «5076808c-4ce3-407f-a29d-b88315337ba9»'",
    near_miss: "exa.ai result id 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://docs.exa.ai/reference/getting-started" },
    v! { id: "fal-api-key", provider: "fal", title: "fal.ai API key secret", near: ["FAL_KEY", "fal.ai", "fal_client"], shape: HEX32,
    // Keys of the dashboard's Keys page read `<key id>:<secret>`: a UUID
    // and 32 hex digits, sent as `Authorization: Key …`. The secret half is
    // reported.
    example: "FAL_KEY=4f902bc9-d020-4239-a91c-4addda906bee:«c311a3b7bca50a30dc1ffbae985926ad»",
    near_miss: "fal.ai request 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 completed for fal-ai/flux/dev",
    doc: "https://docs.fal.ai/model-apis/authentication" },
    v! { id: "gladia-api-key", provider: "Gladia", title: "Gladia API key", near: ["gladia"], shape: UUID_KEY,
    // Keys of the Gladia app are UUIDs, sent as `x-gladia-key`.
    example: "GLADIA_API_KEY=«b26342e5-7bf7-436f-bf63-c8c4872bd8f2»",
    near_miss: "gladia transcription 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 finished",
    doc: "https://docs.gladia.io/chapters/get-started/pages/authentication" },
    v! { id: "kaggle-api-key", provider: "Kaggle", title: "Kaggle API key", near: ["kaggle"], shape: HEX32,
    // `kaggle.json` from Settings > API > Create New Token holds the user
    // name and a key of 32 hex digits.
    example: r#"{"username":"jdoe","key":"«d407283580cbdb88eaafa9ad958a47a4»"}  # ~/.kaggle/kaggle.json"#,
    near_miss: "kaggle dataset download, md5 checksum 1f3870be274f6c49b3e31a0c6728957f",
    doc: "https://www.kaggle.com/docs/api" },
    v! { id: "leonardo-api-key", provider: "Leonardo.Ai", title: "Leonardo.Ai API key", near: ["leonardo"], shape: UUID_KEY,
    // Production API keys of the API Access page are UUIDs, sent as a
    // bearer token.
    example: "LEONARDO_API_KEY=«3253bf02-43f3-4b2a-b324-38611a703df2»",
    near_miss: "leonardo generation 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 is complete",
    doc: "https://docs.leonardo.ai/docs/create-your-api-key" },
    v! { id: "llamacloud-api-key", provider: "LlamaIndex", title: "LlamaCloud API key", prefix: ["llx-"],
    // Keys of the LlamaCloud API Key page (Parse, Extract, Index) read
    // `llx-` and 48 letters and digits.
    pattern: r#"\bllx-[A-Za-z0-9]{40,60}\b"#,
    example: "LLAMA_CLOUD_API_KEY=«llx-K4KeS0XtqMp29HQ0rlFFyD2LisCeVK8B6PrnR8xfyjPKqiN0»",
    near_miss: "export LLAMA_CLOUD_API_KEY=llx-...",
    doc: "https://developers.llamaindex.ai/python/cloud/api_key/" },
    v! { id: "lokalise-api-token", provider: "Lokalise", title: "Lokalise API token", near: ["lokalise"], shape: HEX40,
    // Tokens of Profile settings > API tokens, sent as `X-Api-Token`; 40
    // hex digits.
    example: "curl https://api.lokalise.com/api2/projects -H 'X-Api-Token: «2913b4912bb2c60c85901025056f88df01a88c8f»'  # lokalise",
    near_miss: "lokalise project 3002780358964f9bab5a92.87762498, key 15519786",
    doc: "https://developers.lokalise.com/reference/api-authentication" },
    v! { id: "mem0-api-key", provider: "Mem0", title: "Mem0 API key", prefix: ["m0-"],
    // Keys of the Mem0 dashboard read `m0-` and 40 letters and digits, sent
    // as `Authorization: Token …`.
    pattern: r#"\bm0-[A-Za-z0-9]{40}\b"#,
    example: "MEM0_API_KEY=«m0-LDuodcuNkEUZMhDh5XeeVopLJ2N1kdY3vgutXWS0»",
    near_miss: "mem0 memory 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 added for user alex",
    doc: "https://docs.mem0.ai/platform/quickstart" },
    v! { id: "mixedbread-api-key", provider: "Mixedbread", title: "Mixedbread API key", prefix: ["mxb_"],
    // Keys of the platform's API Keys page read `mxb_` and a random body,
    // sent as a bearer token.
    pattern: r#"\bmxb_[A-Za-z0-9]{24,48}\b"#,
    example: "curl https://api.mixedbread.com/v1/embeddings -H 'Authorization: Bearer «mxb_CckxrvvHkv39wMlodtpFBe2XGdGEnX4fC4QR»'",
    near_miss: "mixedbread model mxbai-embed-large-v1, store 7c2e9a41",
    doc: "https://www.mixedbread.com/api-reference/authentication" },
    v! { id: "modal-token-secret", provider: "Modal", title: "Modal token secret", near: ["modal"],
    // `modal token new` writes a token id `ak-…` and a secret `as-…`,
    // each 22 letters and digits.
    pattern: r#"\bas-[A-Za-z0-9]{22}\b"#,
    example: "MODAL_TOKEN_ID=ak-YLTUI7Hw16qS7xinLwzmyr\nMODAL_TOKEN_SECRET=«as-4pz5Aw2R4j538jc9s2bSE7»",
    near_miss: "the modal dialog closes as-is when the token refreshes",
    doc: "https://modal.com/docs/reference/modal.config" },
    v! { id: "nomic-api-key", provider: "Nomic", title: "Nomic Atlas API key", prefix: ["nk-"],
    // Keys of the Atlas dashboard read `nk-` and a base64url body, sent as
    // a bearer token.
    pattern: r#"\bnk-[A-Za-z0-9_-]{40,50}"#,
    example: "NOMIC_API_KEY=«nk-AopFOATaH8QgUsD9xGAmgEul8GpN5ddSVPO9rDI4Ybd»",
    near_miss: "nomic model nomic-embed-text-v1.5, dataset acme/faq",
    doc: "https://docs.nomic.ai/atlas/introduction/quick-start" },
    v! { id: "phrase-access-token", provider: "Phrase", title: "Phrase (PhraseApp) access token", near: ["PHRASE_ACCESS_TOKEN", "phraseapp", "phrase.com", "PHRASE_TOKEN"], shape: HEX64,
    // Tokens of Profile settings > Access tokens, sent as
    // `Authorization: token …`; 64 hex digits. "phrase" alone is an
    // ordinary word.
    example: "curl https://api.phrase.com/v2/projects -H 'Authorization: token «3a86d93fc49562e1c15a058e13b664e484608a767ee49a2adba2883777bb265c»'  # phrase.com",
    near_miss: "phrase.com project 7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c, locale de",
    doc: "https://developers.phrase.com/api/#authentication" },
    v! { id: "playht-secret-key", provider: "PlayHT", title: "PlayHT secret key", near: ["playht", "play.ht"], shape: HEX32,
    // The secret key of API Access, sent as `AUTHORIZATION` beside the
    // `X-USER-ID`; 32 hex digits as issued.
    example: "curl https://api.play.ht/api/v2/voices -H 'AUTHORIZATION: «816fc6b768572afa5ae13f9ef9c92251»' -H 'X-USER-ID: 7bvj56MhKd9fQwrkIWV5mE3DPbGU'",
    near_miss: "play.ht voice s3://voice-cloning-zero-shot/775ae416/original/manifest.json",
    doc: "https://docs.play.ht/reference/api-authentication" },
    v! { id: "poeditor-api-token", provider: "POEditor", title: "POEditor API token", near: ["poeditor"], shape: HEX32,
    // The token of Account Settings > API Access, sent as `api_token`; 32
    // hex digits.
    example: "curl -X POST https://api.poeditor.com/v2/projects/list -d api_token=«79106cf2b6c5e0925440f292134bda2a»  # poeditor",
    near_miss: "poeditor project 123456, language fr, 87% translated",
    doc: "https://poeditor.com/docs/api" },
    v! { id: "roboflow-api-key", provider: "Roboflow", title: "Roboflow API key", near: ["roboflow"], shape: ALNUM20,
    // The private API key of Settings > API Keys; 20 letters and digits.
    example: r#"rf = Roboflow(api_key="«uDtih0xY56MZBDoEgbex»")  # roboflow"#,
    near_miss: "roboflow project hardhat-detection version 3",
    doc: "https://docs.roboflow.com/api-reference/authentication" },
    v! { id: "runpod-api-key", provider: "RunPod", title: "RunPod API key", prefix: ["rpa_"],
    // Keys of Settings > API Keys read `rpa_` and capital letters and
    // digits, sent as a bearer token.
    pattern: r#"\brpa_[A-Z0-9]{40,60}\b"#,
    example: "curl https://rest.runpod.io/v1/pods -H 'Authorization: Bearer «rpa_YKTK7AW3166JSLA209KNG399DZ3NUI8IJNZ712LQ4K70»'",
    near_miss: "runpod pod 7c2e9a41f0b3 on an A100 80GB, endpoint vllm-abc123",
    doc: "https://docs.runpod.io/get-started/api-keys" },
    v! { id: "runway-api-secret", provider: "Runway", title: "Runway API secret", near: ["RUNWAYML_API_SECRET", "runwayml"],
    // Keys of the developer portal read `key_` and 128 hex digits, read by
    // the SDKs from `RUNWAYML_API_SECRET`.
    pattern: r#"\bkey_[a-f0-9]{128}\b"#,
    example: "RUNWAYML_API_SECRET=«key_bdb21b80b2b9e897c2de5c2a0fac2fded03c5161dea308bed31bd389663f5179c74f4ef86e690097ba5846dd8889ac5d2845b6967ca8fe4ae0258bd5269621c8»",
    near_miss: "runwayml task 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 (gen4_turbo) succeeded",
    doc: "https://docs.dev.runwayml.com/guides/setup/" },
    v! { id: "sambanova-api-key", provider: "SambaNova", title: "SambaNova Cloud API key", near: ["sambanova"], shape: UUID_KEY,
    // Keys of the cloud portal's API page are UUIDs, sent as a bearer
    // token to the OpenAI-compatible endpoint.
    example: "curl https://api.sambanova.ai/v1/chat/completions -H 'Authorization: Bearer «8bc83bb5-e709-4827-aed4-fa02cfa7cc3e»'  # sambanova",
    near_miss: "sambanova request 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 used Meta-Llama-3.3-70B-Instruct",
    doc: "https://docs.sambanova.ai/cloud/docs/get-started/overview" },
    v! { id: "serper-api-key", provider: "Serper", title: "Serper API key", near: ["serper"], shape: HEX40,
    // The dashboard's API key, sent as `X-API-KEY`; 40 hex digits.
    example: r#"curl https://google.serper.dev/search -H 'X-API-KEY: «fe16fa9a6f96ab88e6125a78afa1ea92e17449df»' -d '{"q":"apple inc"}'"#,
    near_miss: "serper result cache key at commit 356a192b7913b04c54574d18c28d46e6395428ab",
    doc: "https://serper.dev/api-key" },
    v! { id: "speechmatics-api-key", provider: "Speechmatics", title: "Speechmatics API key", near: ["speechmatics"], shape: ALNUM32,
    // Keys of the portal's API Keys page, sent as a bearer token; 32
    // letters and digits.
    example: "curl https://asr.api.speechmatics.com/v2/jobs -H 'Authorization: Bearer «IXV0W0H5QenaIrCbQOw4pYOhV3qrid9f»'  # speechmatics",
    near_miss: "speechmatics job 3k9x1zq2ab operating point enhanced",
    doc: "https://docs.speechmatics.com/get-started/authentication" },
    v! { id: "tolgee-api-key", provider: "Tolgee", title: "Tolgee project API key or personal access token", prefix: ["tgpak_", "tgpat_"],
    // Since 2.38.0 project API keys read `tgpak_` (personal access tokens
    // `tgpat_`), then small letters and digits; sent as `X-API-Key` or the
    // `ak` query parameter. Older keys without a prefix are left to the
    // generic rules.
    pattern: r#"\btgpa[kt]_[a-z0-9]{30,60}\b"#,
    example: "curl https://app.tolgee.io/v2/projects/translations -H 'X-API-Key: «tgpak_xwctydmn8mt8lcmtc0khoingonvd8o6d5tj6y946ed4q2ql0zp7z»'",
    near_miss: "tolgee project 1234, key welcome.title translated to cs",
    doc: "https://docs.tolgee.io/platform/account_settings/api_keys_and_pat_tokens" },
    v! { id: "transifex-api-token", provider: "Transifex", title: "Transifex API token", near: ["transifex"],
    // Tokens of User settings > API token read `1/` and 40 hex digits,
    // sent as a bearer token.
    pattern: r#"\b1/[a-f0-9]{40}\b"#,
    example: "[https://app.transifex.com]\nrest_hostname = https://rest.api.transifex.com\ntoken = «1/71c26c8325b6c514a6a0cda89b99d2cb2a48ad0a»  # ~/.transifexrc",
    near_miss: "transifex resource o:acme:p:web:r:messages, 1/2 reviewed",
    doc: "https://developers.transifex.com/reference/api-authentication" },
    v! { id: "turbopuffer-api-key", provider: "turbopuffer", title: "turbopuffer API key", prefix: ["tpuf_"],
    // Keys of the dashboard read `tpuf_` and 32 letters and digits, sent as
    // a bearer token.
    pattern: r#"\btpuf_[A-Za-z0-9]{32}\b"#,
    example: "TURBOPUFFER_API_KEY=«tpuf_amm17MbJrVbxdn7gOGgNgEDhBXqItFGi»",
    near_miss: "turbopuffer namespace docs-prod-v2, 1.2M vectors",
    doc: "https://turbopuffer.com/docs/auth" },
    v! { id: "vapi-api-key", provider: "Vapi", title: "Vapi private API key", near: ["vapi"], shape: UUID_KEY,
    // Private keys of the dashboard's API Keys page are UUIDs, sent as a
    // bearer token.
    example: "curl https://api.vapi.ai/assistant -H 'Authorization: Bearer «0493ef71-c27c-4849-8a75-e228c9c4fdfd»'",
    near_miss: "vapi assistant 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 answered the call",
    doc: "https://docs.vapi.ai/api-reference" },
    v! { id: "voiceflow-api-key", provider: "Voiceflow", title: "Voiceflow Dialog Manager API key", prefix: ["VF.DM."],
    // "All Voiceflow API keys begin with VF.DM." (Settings > API keys),
    // sent as `Authorization`; then a 24-hex-digit id, `.` and 16 letters
    // and digits as issued.
    pattern: r#"\bVF\.DM\.[a-f0-9]{24}\.[A-Za-z0-9]{16}\b"#,
    example: "curl https://general-runtime.voiceflow.com/state/user/alex/interact -H 'Authorization: «VF.DM.cc7b1d391571e2b91d0a0e6e.EO8y7jA5euoLZBZ1»'",
    near_miss: "voiceflow project 65f1a2b3c4d5e6f7a8b9c0d1, version production",
    doc: "https://docs.voiceflow.com/api-reference/authentication" },
    v! { id: "weglot-api-key", provider: "Weglot", title: "Weglot private API key", prefix: ["wg_"],
    // Project keys of Settings > Setup read `wg_` and 32 hex digits, sent
    // as `api_key`.
    pattern: r#"\bwg_[a-f0-9]{32}\b"#,
    example: "curl -X POST 'https://api.weglot.com/translate?api_key=«wg_157bd28b13a988f6abb2214e049eb7f1»' -d '{\"l_from\":\"en\",\"l_to\":\"fr\",\"words\":[{\"w\":\"Hello\",\"t\":1}]}'",
    near_miss: "weglot project acme-site, 5 languages, 12,000 words",
    doc: "https://developers.weglot.com/api/reference" },
    v! { id: "zhipu-api-key", provider: "Zhipu AI", title: "Zhipu AI (BigModel) API key", near: ["zhipu", "bigmodel", "ZHIPUAI"],
    // Keys of open.bigmodel.cn read a 32-hex-digit id, `.`, and a
    // 16-character secret; sent as a bearer token or used to sign a JWT.
    pattern: r#"\b[a-f0-9]{32}\.[A-Za-z0-9]{16}\b"#,
    example: "ZHIPUAI_API_KEY=«b1d001b7d6b55b50e9bdcd45097160c3.VG3NYNl0UiEf5eyx»",
    near_miss: "zhipu model glm-4-plus, request 20240612151245e5a1b2c3d4e5f6a7",
    doc: "https://docs.bigmodel.cn/cn/guide/start/quick-start" },
];
