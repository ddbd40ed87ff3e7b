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
    v! { id: "clarifai-pat", provider: "Clarifai", title: "Clarifai personal access token", near: ["clarifai"], shape: HEX32,
    // PATs of Settings > Secrets, sent as `Authorization: Key …`; 32 hex
    // digits.
    example: "curl https://api.clarifai.com/v2/users/me -H 'Authorization: Key «ca68be62ba465e6d3e6c319bdb8a3fdb»'  # clarifai",
    near_miss: "clarifai model general-image-recognition version aa7f35c01e0642fda5cf400f543e7c40 (a version id)",
    doc: "https://docs.clarifai.com/control/authentication/pat" },
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
    v! { id: "modal-token-secret", provider: "Modal", title: "Modal token secret", near: ["modal"],
    // `modal token new` writes a token id `ak-…` and a secret `as-…`,
    // each 22 letters and digits.
    pattern: r#"\bas-[A-Za-z0-9]{22}\b"#,
    example: "MODAL_TOKEN_ID=ak-YLTUI7Hw16qS7xinLwzmyr\nMODAL_TOKEN_SECRET=«as-4pz5Aw2R4j538jc9s2bSE7»",
    near_miss: "the modal dialog closes as-is when the token refreshes",
    doc: "https://modal.com/docs/reference/modal.config" },
    v! { id: "roboflow-api-key", provider: "Roboflow", title: "Roboflow API key", near: ["roboflow"], shape: ALNUM20,
    // The private API key of Settings > API Keys; 20 letters and digits.
    example: r#"rf = Roboflow(api_key="«uDtih0xY56MZBDoEgbex»")  # roboflow"#,
    near_miss: "roboflow project hardhat-detection version 3",
    doc: "https://docs.roboflow.com/api-reference/authentication" },
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
    doc: "https://docs.speechmatics.com/introduction/authentication" },
    v! { id: "vapi-api-key", provider: "Vapi", title: "Vapi private API key", near: ["vapi"], shape: UUID_KEY,
    // Private keys of the dashboard's API Keys page are UUIDs, sent as a
    // bearer token.
    example: "curl https://api.vapi.ai/assistant -H 'Authorization: Bearer «0493ef71-c27c-4849-8a75-e228c9c4fdfd»'",
    near_miss: "vapi assistant 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 answered the call",
    doc: "https://docs.vapi.ai/api-reference" },
];
