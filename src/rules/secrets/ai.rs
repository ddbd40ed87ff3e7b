//! AI and LLM platforms: OpenAI, Anthropic, Google Gemini, Hugging Face,
//! Groq, xAI, DeepSeek, Mistral, Cohere, Replicate, OpenRouter, Perplexity,
//! Together, Fireworks, Pinecone, LangSmith, Langfuse, ElevenLabs, Voyage,
//! AssemblyAI, Deepgram, Stability, Azure OpenAI, Cerebras, Weights & Biases,
//! Tavily, Jina, Anyscale, NVIDIA and Firecrawl.
//!
//! Prefixes and lengths come from public rule sets (gitleaks `openai.go`,
//! `anthropic.go`, `huggingface.go`, `perplexity.go`, `cerebras.go`; trufflehog `groq`, `xai`,
//! `openrouter`, `replicate`, `langsmith`, `pinecone`, `nvapi`, `deepseek`,
//! `elevenlabs`, `googlegemini`; secretlint `openai`, `anthropic`, `groq`) and
//! the providers' key pages where they state a format. Two formats carry a
//! marker that is checked: OpenAI keys embed `T3BlbkFJ` (base64 of `OpenAI`)
//! at a fixed offset, Groq keys embed `WGdyb3FY` (base64 of `XgroqX`).
//!
//! Keys without a prefix (DeepSeek's `sk-` + 32 hex, Mistral, Cohere,
//! AssemblyAI, Deepgram, Azure OpenAI, W&B) only run next to the provider's
//! name. A Google API key is reported here only with Gemini context; the
//! generic Google rule (`gcp-api-key`, cloud family) covers the rest and
//! loses the overlap on confidence.

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};

/// `T3BlbkFJ`, base64 of `OpenAI`, sits in the middle of every OpenAI key.
const OPENAI_MARKER: &str = "T3BlbkFJ";

/// OpenAI keys: `<prefix><n chars>T3BlbkFJ<n chars>` with n = 74 or 58
/// (current keys) or 20 (legacy). The marker at the centre is the format's
/// signature; any other split is only plausible.
fn openai_marker(c: &Candidate) -> Verdict {
    // `sk-<kind>-<body>`: the body follows the second dash.
    let Some(body) = c.value.splitn(3, '-').nth(2) else { return Verdict::Invalid };
    match body.rfind(OPENAI_MARKER) {
        Some(at) => {
            let (before, after) = (at, body.len() - at - OPENAI_MARKER.len());
            if !(20..=200).contains(&before) || !(20..=200).contains(&after) {
                Verdict::Invalid
            } else if before == after && matches!(before, 20 | 58 | 74) {
                Verdict::Verified
            } else {
                Verdict::Plausible
            }
        }
        None => Verdict::Invalid,
    }
}

/// Legacy OpenAI key `sk-` + 20 + `T3BlbkFJ` + 20: the pattern fixes the
/// marker's position, which proves the format.
fn openai_legacy(c: &Candidate) -> Verdict {
    if c.value.len() == 51 && &c.value[23..31] == OPENAI_MARKER {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Groq keys embed `WGdyb3FY` (base64 of `XgroqX`).
fn groq_marker(c: &Candidate) -> Verdict {
    if c.value.contains("WGdyb3FY") {
        Verdict::Verified
    } else {
        Verdict::Plausible
    }
}

/// The Gemini rule reports a Google API key only with Gemini context.
fn gemini_context(c: &Candidate) -> Verdict {
    if c.near_context() {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Random base62 mixes upper case, lower case and digits.
fn base62_mixed(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    if upper && lower && digit {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Letter-only tokens (Hugging Face) still mix both cases.
fn both_cases(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.iter().any(u8::is_ascii_uppercase) && v.iter().any(u8::is_ascii_lowercase) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Random hex or lowercase base36 has both letters and digits.
fn letters_and_digits(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.iter().any(u8::is_ascii_digit) && v.iter().any(u8::is_ascii_alphabetic) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Stability keys are `sk-` + 48 base62; a legacy OpenAI key has the same
/// shape and its marker, and belongs to that rule.
fn stability_key(c: &Candidate) -> Verdict {
    if c.value.contains(OPENAI_MARKER) {
        return Verdict::Invalid;
    }
    base62_mixed(c)
}

/// Builds a pattern for a prefix-less value that must be assigned to a
/// credential-like name (`API_KEY=`, `token: `, `Bearer `, `key is `): the
/// label keeps ids and hashes that merely sit near a provider's name out.
macro_rules! assigned {
    ($value:literal) => {
        concat!(
            r"(?i:api_?key|key|token|secret|bearer|password)[A-Za-z_]{0,16}(?:\s+is\s+|[^A-Za-z0-9\n]{1,6})(",
            $value,
            r")\b"
        )
    };
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "openai-api-key",
        title: "OpenAI project API key",
        about: about!("Calls the OpenAI API billed to the project and reads its files, assistants and fine-tunes; `sk-proj-` (or project-less `sk-None-`) with the `T3BlbkFJ` marker at its centre."),
        label: "OPENAI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-proj-", "sk-None-"]),
        pattern: r"sk-(?:proj|None)-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+",
        max_len: 420,
        validate: Some(openai_marker),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "OPENAI_API_KEY=«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»",
            "client = OpenAI(api_key=\"«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»\") gives 429 insufficient_quota",
            "old key «sk-None-3i6aYWGhe1XSIvsi7pi28sNpcAzSNIK3-LRcCtiroNGokke9eHI1azjqwB_hsHaXf1fcrsbT1bT3BlbkFJ-k6PKevANosuro2zvAiImqo3TiAWQmFsV26BuFQemqtiVee5guHSA7RMl29nZWWcwideQsnQYs» still valid?",
        ],
        negatives: examples![
            // No marker: not an OpenAI key.
            "sk-proj-LkcN2WTqyI4bC6dnk-1c3ThAeVwBUVKOk8w95uxwPzokm2eJJQnVKN6BHtnp-EQsmXv5eh1Ycu",
            "OPENAI_API_KEY=sk-proj-...",
            "OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxx",
            "project keys start with sk-proj- these days",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "openai-service-account-key",
        title: "OpenAI service account key",
        about: about!("A project service account's key for unattended OpenAI API use; `sk-svcacct-` (or `sk-service-`) with the `T3BlbkFJ` marker."),
        label: "OPENAI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-svcacct-", "sk-service-"]),
        pattern: r"sk-(?:svcacct|service)-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+",
        max_len: 420,
        validate: Some(openai_marker),
        mask: Mask::KeepPrefix(11),
        positives: examples![
            "OPENAI_API_KEY=«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»",
            "the batch worker uses «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» and hits rate limits",
        ],
        negatives: examples![
            "sk-svcacct-0MqJZwIZRtbRMk_9Sg0kJwocDU2FlHGzBws_P0RVC2gWOoihqoxo3KqTvmUQL6AYKeue6Yfq9b",
            "sk-svcacct-T3BlbkFJ",
            "OPENAI_API_KEY=sk-svcacct-<redacted>",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "openai-admin-key",
        title: "OpenAI admin API key",
        about: about!("Manages the OpenAI organisation: members, projects, API keys and usage; `sk-admin-` with the `T3BlbkFJ` marker."),
        label: "OPENAI_API_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sk-admin-"]),
        pattern: r"sk-admin-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+",
        max_len: 420,
        validate: Some(openai_marker),
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "OPENAI_ADMIN_KEY=«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»",
            "curl https://api.openai.com/v1/organization/users -H \"Authorization: Bearer «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»\"",
        ],
        negatives: examples![
            "sk-admin-tNInO_Ex3IywZY0NwYb8pllaMxc3q9RXNSWGSAYt1OXDqo0sTcX0juc6Ik",
            "sk-admin-xxxxxxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "admin keys (sk-admin-...) manage the org",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "openai-legacy-key",
        title: "OpenAI user API key (legacy)",
        about: about!("A pre-2024 user key with full API access; `sk-` + 20 + `T3BlbkFJ` + 20, the marker's position is checked."),
        label: "OPENAI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Inside { words: &["T3BlbkFJ"], before: 30, after: 30 },
        pattern: r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b",
        max_len: 51,
        validate: Some(openai_legacy),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "openai.api_key = '«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»'",
            "OPENAI_API_KEY=«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»",
        ],
        negatives: examples![
            "sk-c3GMUYDhjS4kbm7s0S4AT3BlbkFJ3CxGOKEALWyF2utwJze",
            "sk-c3GMUYDhjS4kbm7s0S4A3CxGOKEALWyF2utwJzedT3BlbkFJ",
            "sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "anthropic-api-key",
        title: "Anthropic API key",
        about: about!("Calls the Claude API billed to the workspace; `sk-ant-api03-` + 93 characters + `AA`."),
        label: "ANTHROPIC_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-ant-api03-"]),
        pattern: r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
        max_len: 108,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(13),
        positives: examples![
            "ANTHROPIC_API_KEY=«sk-ant-api03-OS2YBTxfqmfJ5Bu574aZwgvEoQn6cbtIIhK_3kiqoJAuOSLkUbuLrH8c9FoRoR8WVKOQUGDrBySk3dABmt5D1TjosONlOAA»",
            "curl https://api.anthropic.com/v1/messages -H \"x-api-key: «sk-ant-api03-uaXUXbsWbww2v8F6hj3Hu43-FYTMKlomaYvu8OHRPEeEkjdqL6stwCo7inbezzefrcQtXwMGBetvQJ-82dRB-8_Ks9XQtAA»\" gives overloaded_error",
        ],
        negatives: examples![
            "sk-ant-api03-OS2YBTxfqmfJ5Bu574aZwgvEoQn6cbtIIhK_3kiqoJAuOSLkUbuLrH8c9FoRoR8WVKOQUGDrBySk3dABmt5D1TjosONlOAB",
            "sk-ant-api03-OS2YBTxfqmfJ5Bu574aZwgvEoQn6cbtIIhK",
            "ANTHROPIC_API_KEY=sk-ant-api03-...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "anthropic-admin-key",
        title: "Anthropic Admin API key",
        about: about!("Manages the Anthropic organisation: members, workspaces and API keys; `sk-ant-admin01-` + 93 characters + `AA`."),
        label: "ANTHROPIC_API_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["sk-ant-admin01-"]),
        pattern: r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA",
        max_len: 110,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(15),
        positives: examples![
            "ANTHROPIC_ADMIN_KEY=«sk-ant-admin01-PLaYLZ31EGd7amhdbl8Vv7SpH-cazjFndEjdL5c8OhIvZGjiofnuZUI928TmIvB_-awqzkBqZsP_M73DM-hSLXyFqQR1cAA»",
            "curl https://api.anthropic.com/v1/organizations/users --header \"x-api-key: «sk-ant-admin01-75Q10a_SX2515U_75W6PLi9i4tlsVtZj9rkaRGrtQ-dl2macXCMI6k29zByVX9ctnihIhQxG6GCp3SLb9Y1EgyPPgGc3-AA»\"",
        ],
        negatives: examples![
            "sk-ant-admin01-PLaYLZ31EGd7amhdbl8Vv7SpH-cazjFndEjdL5c8OhIvZGjiofnuZUI928Tm",
            "sk-ant-admin01-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA",
            "admin keys begin with sk-ant-admin01-",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "anthropic-oauth-token",
        title: "Anthropic OAuth token (Claude subscriptions)",
        about: about!("Access (`sk-ant-oat01-`) and refresh (`sk-ant-ort01-`) tokens of a Claude.ai login, as used by Claude Code; they act as the subscriber."),
        label: "ANTHROPIC_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-ant-oat01-", "sk-ant-ort01-"]),
        pattern: r"sk-ant-o[ar]t01-[A-Za-z0-9_-]{80}[A-Za-z0-9_-]*",
        max_len: 213,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(13),
        positives: examples![
            "CLAUDE_CODE_OAUTH_TOKEN=«sk-ant-oat01-NFMbaxZkmHNwedMDLNatRxVD-IZQPXa0sBUS2M7CvBQms4I6KodFN6ZoExULUt-1wjhHrmZjzb1qe1jo-SEn70eAv3RkGAA»",
            "{\"claudeAiOauth\":{\"refreshToken\":\"«sk-ant-ort01-AwZLDXWORQ-g86AG1uVkLlhSSUoWUXp64qiBGlvbIVNHRgrjxb4UjSfKvM6cwztgVToSq5GxustMlDa9RN059ScONtMZKAA»\"}}",
        ],
        negatives: examples![
            "sk-ant-oat01-NFMbaxZkmHNwedMDLNatRxVD-IZQPXa0sBUS2M7Cv",
            "sk-ant-oat01-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sk-ant-oat02-NFMbaxZkmHNwedMDLNatRxVD-IZQPXa0sBUS2M7CvBQms4I6KodFN6ZoExULUt-1wjhHrmZjzb1qe1jo-SEn70eAv3RkGAA",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "deepseek-api-key",
        title: "DeepSeek API key",
        about: about!("Calls the DeepSeek API billed to the account; `sk-` + 32 hex, reported only next to a DeepSeek word since other providers share the shape."),
        label: "DEEPSEEK_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["deepseek"], before: 120, after: 160 },
        pattern: r"\bsk-[0-9a-f]{32}\b",
        max_len: 35,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "DEEPSEEK_API_KEY=«sk-d8db408e07f4dc5b70e8e16dbb6ad551»",
            "client = OpenAI(api_key=\"«sk-5e4c87deb1374dd45e33c6df5b565027»\", base_url=\"https://api.deepseek.com\")",
        ],
        negatives: examples![
            "sk-d8db408e07f4dc5b70e8e16dbb6ad551 from some provider I forgot",
            "DEEPSEEK_API_KEY=sk-d8db408e07f4dc5b70e8e16dbb6ad5",
            "DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "google-gemini-api-key",
        title: "Google Gemini API key",
        about: about!("A Google API key used for Gemini / AI Studio: calls billed models with the project's quota; `AIza` + 35 characters, reported here only next to a Gemini word."),
        label: "GEMINI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["AIza"]),
        pattern: r"AIza[A-Za-z0-9_-]{35}",
        max_len: 39,
        min_entropy: 3.5,
        validate: Some(gemini_context),
        context: &["gemini", "generativelanguage", "genai", "aistudio"],
        context_window: 200,
        confidence: 0.98,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "GEMINI_API_KEY=«AIzaSyThj5j59EMEcL26n_X3e9cT90dbaT14VRx»",
            "curl \"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=«AIzaSy5wHPP9otjBNB6adFk6DwTJ0i1a7QYxCo9»\"",
        ],
        negatives: examples![
            // A Google key with no Gemini word: left to the generic Google rule.
            "MAPS_KEY=AIzaSyThj5j59EMEcL26n_X3e9cT90dbaT14VRx",
            "GEMINI_API_KEY=AIzaSyThj5j59EMEcL26n_X3e9cT90",
            "GEMINI_API_KEY=AIzaSyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "huggingface-token",
        title: "Hugging Face access token",
        about: about!("Reads (and with write scope, pushes) the user's models, datasets and Spaces, including private and gated ones; `hf_` + 34 characters."),
        label: "HUGGINGFACE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["hf_"]),
        pattern: r"hf_[A-Za-z0-9]{34}",
        max_len: 37,
        min_entropy: 3.5,
        validate: Some(both_cases),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "HF_TOKEN=«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»",
            "huggingface-cli login --token «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» fails behind the proxy",
        ],
        negatives: examples![
            "hf_OfsrKZTlNwWfNBkdKABPSWZecBmU",
            "from huggingface_hub import hf_hub_download",
            "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "hf_abcdefghijklmnopqrstuvwxyzabcdefgh",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "huggingface-org-token",
        title: "Hugging Face organisation API token",
        about: about!("A legacy organisation token with access to the organisation's private repositories; `api_org_` + 34 characters."),
        label: "HUGGINGFACE_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["api_org_"]),
        pattern: r"api_org_[A-Za-z0-9]{34}",
        max_len: 42,
        min_entropy: 3.5,
        validate: Some(both_cases),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "HF_ORG_TOKEN=«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»",
            "use_auth_token='«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»'",
        ],
        negatives: examples!["api_org_HRjpLrRlwZwHBMLx", "api_org_settings_page_for_this_workspace", "api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "groq-api-key",
        title: "Groq API key",
        about: about!("Calls Groq's inference API billed to the account; `gsk_` + 52 characters, verified by the embedded `WGdyb3FY` marker."),
        label: "GROQ_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["gsk_"]),
        pattern: r"gsk_[A-Za-z0-9]{52}",
        max_len: 56,
        min_entropy: 4.0,
        validate: Some(groq_marker),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "GROQ_API_KEY=«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»",
            "Groq(api_key=\"«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»\") returns 401 invalid_api_key",
        ],
        negatives: examples![
            "gsk_pRtuJwvVIuPMNuvrq9J1WGdyb3FYyfc5wkPv32zNklOedrHU",
            "GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "GROQ_API_KEY=gsk_...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "xai-api-key",
        title: "xAI (Grok) API key",
        about: about!("Calls the xAI Grok API billed to the team; `xai-` + 80 characters."),
        label: "XAI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xai-"]),
        pattern: r"xai-[A-Za-z0-9]{80}",
        max_len: 84,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "XAI_API_KEY=«xai-Qsxjb3QWssJUStJOmjkI0m5sveNg9kjqGyYiP3KCYHxFoSuWuNCvhY1nPcTfQXPC7qxoXhO91RTO7MeB»",
            "curl https://api.x.ai/v1/chat/completions -H \"Authorization: Bearer «xai-zHDcySuB5fu8HGRb4pGudFvaEAJQQHvsUkjzcBbnk70LuT6tUVZ6vPTR4Z4QjBPR7fFYbeM8BRc8aOOz»\"",
        ],
        negatives: examples![
            "xai-Qsxjb3QWssJUStJOmjkI0m5sveNg9kjqGyYiP3KC",
            "the xai-sdk package and xai-grok-3 model",
            "XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mistral-api-key",
        title: "Mistral AI API key",
        about: about!("Calls Mistral's models billed to the workspace; 32 random characters next to a Mistral word."),
        label: "MISTRAL_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mistral"], before: 120, after: 160 },
        pattern: assigned!("[A-Za-z0-9]{32}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.8,
        validate: Some(base62_mixed),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "MISTRAL_API_KEY=«IGXCTfe19kOoYvSYA6tKLDuZlAZXD6Se»",
            "from mistralai import Mistral\nclient = Mistral(api_key=\"«bdclEJjlIuhX5H3h3260uh6tr4THvFHI»\")",
        ],
        negatives: examples![
            "MISTRAL_API_KEY=IGXCTfe19kOoYvSYA6tKLDuZlAZX",
            "mistral checksum d41d8cd98f00b204e9800998ecf8427e",
            "IGXCTfe19kOoYvSYA6tKLDuZlAZXD6Se without any provider",
            "model: mistral-large-latest, temperature 0.2",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "cohere-api-key",
        title: "Cohere API key",
        about: about!("Calls Cohere's generate, embed and rerank endpoints billed to the account; 40 random characters next to a Cohere word."),
        label: "COHERE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["cohere", "co_api_key"], before: 120, after: 160 },
        pattern: assigned!("[A-Za-z0-9]{40}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 4.0,
        validate: Some(base62_mixed),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "COHERE_API_KEY=«OE2xu0fCr5VvfDVPDAm4jz8EJ3zdPy3QDQsCDCl6»",
            "co = cohere.ClientV2(api_key=\"«85nqMCUaNgfwaxVSyigCk1nhKnEwoLt8hnWDUMx0»\")",
        ],
        negatives: examples![
            "COHERE_API_KEY=OE2xu0fCr5VvfDVPDAm4jz8EJ3zdPy3",
            "cohere embed job for commit 3f2a9c1e5b7d4f6a8c0e2b4d6f8a1c3e5b7d9f0a",
            "OE2xu0fCr5VvfDVPDAm4jz8EJ3zdPy3QDQsCDCl6 alone",
            "cohere rerank doc ids 4dF7gH2jK9lM3nP5qR8sT1vW6xY0zA4bC7dE2fG9",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "replicate-api-token",
        title: "Replicate API token",
        about: about!("Runs models and reads predictions on Replicate billed to the account; `r8_` + 37 characters."),
        label: "REPLICATE_API_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["r8_"]),
        pattern: r"r8_[A-Za-z0-9]{37}",
        max_len: 40,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "REPLICATE_API_TOKEN=«r8_565pkav6cDcgzsBLNu8Ihk9TTtiPRyhUeFQgi»",
            "export REPLICATE_API_TOKEN=«r8_YQNBjQ2u8Nngc3XYWxgPAg9OHpx9qhRb5bRON» && replicate run stability-ai/sdxl",
        ],
        negatives: examples!["r8_565pkav6cDcgzsBLNu8", "r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "register r8_ holds the loop counter"],
        ..Rule::SECRET
    },
    rule! {
        id: "openrouter-api-key",
        title: "OpenRouter API key",
        about: about!("Spends the OpenRouter account's credits on any routed model; `sk-or-v1-` + 64 hex."),
        label: "OPENROUTER_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-or-v1-"]),
        pattern: r"sk-or-v1-[0-9a-f]{64}",
        max_len: 73,
        min_entropy: 3.3,
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "OPENROUTER_API_KEY=«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»",
            "base_url=\"https://openrouter.ai/api/v1\", api_key=\"«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»\"",
        ],
        negatives: examples![
            "sk-or-v1-21e21a30d4c4fd6a4571065691def36d",
            "sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000",
            "OPENROUTER_API_KEY=sk-or-v1-...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "perplexity-api-key",
        title: "Perplexity API key",
        about: about!("Calls Perplexity's Sonar API billed to the account; `pplx-` + 48 characters."),
        label: "PERPLEXITY_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pplx-"]),
        pattern: r"pplx-[A-Za-z0-9]{48}",
        max_len: 53,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "PERPLEXITY_API_KEY=«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»",
            "-H 'Authorization: Bearer «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»' https://api.perplexity.ai/chat/completions",
        ],
        negatives: examples!["pplx-MlJkesdbuXLVJ5TlKADW", "pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "PERPLEXITY_API_KEY=pplx-..."],
        ..Rule::SECRET
    },
    rule! {
        id: "together-api-key",
        title: "Together AI API key",
        about: about!("Runs inference and fine-tuning on Together AI billed to the account; `tgp_v1_` + 43 characters."),
        label: "TOGETHER_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["tgp_v1_"]),
        pattern: r"tgp_v1_[A-Za-z0-9_-]{43}",
        max_len: 50,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "TOGETHER_API_KEY=«tgp_v1_9JT3CwyB59X1W4Co9lL0xNlcBQIOWpnF5MifTkdBt-B»",
            "client = Together(api_key=\"«tgp_v1_Nv8YwhE-R3UAOoMAX9SiBB5_81WPJSus6vd36dTECmV»\")",
        ],
        negatives: examples!["tgp_v1_9JT3CwyB59X1W4Co9lL0", "tgp_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TOGETHER_API_KEY=tgp_v1_<key>"],
        ..Rule::SECRET
    },
    rule! {
        id: "together-legacy-api-key",
        title: "Together AI API key (legacy hex)",
        about: about!("Older Together AI keys are 64 hex; reported only next to a Together-specific word because SHA-256 digests share the shape."),
        label: "TOGETHER_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["together_api_key", "togetherai", "together.ai", "together.xyz", "api.together"],
            before: 120,
            after: 160,
        },
        pattern: assigned!("[0-9a-f]{64}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.3,
        validate: Some(letters_and_digits),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "TOGETHER_API_KEY=«899b606af76aee26f8e3454716938bd97a96dde6042f417f06fdf320f9c49c2d»",
            "curl https://api.together.xyz/v1/chat/completions -H \"Authorization: Bearer «cc6577428c2f6d6bc64e5a22fac180d6b2e6e1b465e551305fd2d2490ca4c616»\"",
        ],
        negatives: examples![
            "sha256 899b606af76aee26f8e3454716938bd97a96dde6042f417f06fdf320f9c49c2d of the wheel",
            "TOGETHER_API_KEY=899b606af76aee26f8e3454716938bd97a96dde6042f417f06fdf320",
            "we worked together on 899b606af76aee26f8e3454716938bd97a96dde6042f417f06fdf320f9c49c2d",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "fireworks-api-key",
        title: "Fireworks AI API key",
        about: about!("Runs inference and deployments on Fireworks AI billed to the account; `fw_` + 24 or more random characters."),
        label: "FIREWORKS_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["fw_"]),
        pattern: r"fw_[A-Za-z0-9]{24,48}",
        max_len: 51,
        min_entropy: 3.8,
        validate: Some(base62_mixed),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "FIREWORKS_API_KEY=«fw_l9xwyOhmE6M4stlAboSF46TQ»",
            "openai.OpenAI(base_url=\"https://api.fireworks.ai/inference/v1\", api_key=\"«fw_pirJmf4sa56AXtsJXhVTbgVA»\")",
        ],
        negatives: examples![
            "fw_l9xwyOhmE6M4st",
            "fw_version_string_for_the_bootloader",
            "fw_updatepackageformodelnumber",
            "FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "pinecone-api-key",
        title: "Pinecone API key",
        about: about!("Reads, writes and deletes the project's vector indexes; `pcsk_` + 5–6 characters + `_` + 63 characters."),
        label: "PINECONE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pcsk_"]),
        pattern: r"pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}",
        max_len: 75,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "PINECONE_API_KEY=«pcsk_EOt935_Q0LNkx1HLWSu8dNp7pjLFkGFteJeF6xSq3HzzDqBdGDmRgi85tifgod8ZomUdKS»",
            "pc = Pinecone(api_key=\"«pcsk_apNwn_Kns44WAkOBQaJiVqtyk8De1DEcEI5m1t8eTDRhAcpm39Qbgp77nngVJB1WNYsHZ»\")",
        ],
        negatives: examples![
            "pcsk_EOt935_Q0LNkx1HLWSu8dNp7pjLFkGFteJeF6xSq3",
            "pcsk_EOt935Q0LNkx1HLWSu8dNp7pjLFkGFteJeF6xSq3HzzDqBdGDmRgi85tifgod8ZomUdKS",
            "PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "langsmith-api-key",
        title: "LangSmith API key",
        about: about!("Reads and writes the LangSmith workspace's traces, datasets and prompts; `lsv2_pt_` (personal) or `lsv2_sk_` (service) + 32 hex + `_` + 10 hex."),
        label: "LANGSMITH_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["lsv2_pt_", "lsv2_sk_"]),
        pattern: r"lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}",
        max_len: 51,
        min_entropy: 3.3,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "LANGSMITH_API_KEY=«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»",
            "export LANGCHAIN_API_KEY=«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»",
        ],
        negatives: examples![
            "lsv2_pt_662e54c6af12f90d390cf2326a1baf23",
            "lsv2_pt_00000000000000000000000000000000_0000000000",
            "LANGSMITH_API_KEY=lsv2_pt_...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "langfuse-secret-key",
        title: "Langfuse secret key",
        about: about!("Reads the Langfuse project's traces, prompts and scores (with the public `pk-lf-` key, which is not reported); `sk-lf-` + UUID."),
        label: "LANGFUSE_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["sk-lf-"]),
        pattern: r"sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        max_len: 42,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "LANGFUSE_PUBLIC_KEY=pk-lf-715126c4-9914-436e-9e1f-6bccc277f531\nLANGFUSE_SECRET_KEY=«sk-lf-132baa43-e6d3-4ffb-a484-3bb3ecb0b95e»",
            "Langfuse(secret_key=\"«sk-lf-9e324206-0b1f-4e6f-b094-27dab21a1c62»\", host=\"https://cloud.langfuse.com\")",
        ],
        negatives: examples![
            "LANGFUSE_PUBLIC_KEY=pk-lf-715126c4-9914-436e-9e1f-6bccc277f531",
            "sk-lf-132baa43-e6d3-4ffb-a484",
            "LANGFUSE_SECRET_KEY=sk-lf-...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "elevenlabs-api-key",
        title: "ElevenLabs API key",
        about: about!("Generates speech and clones voices billed to the account; `sk_` + 48 hex next to an ElevenLabs word."),
        label: "ELEVENLABS_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["elevenlabs", "xi-api-key", "eleven_labs"], before: 120, after: 160 },
        pattern: r"\bsk_[0-9a-f]{48}\b",
        max_len: 51,
        min_entropy: 3.3,
        validate: Some(letters_and_digits),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "ELEVENLABS_API_KEY=«sk_4192eb0a20959526c27b0475a9eb65d4b537fe61bc2f93c4»",
            "curl https://api.elevenlabs.io/v1/voices -H \"xi-api-key: «sk_06eb22258b5bf1751af4da29386dd242a6d89302c42847ee»\"",
        ],
        negatives: examples![
            "ELEVENLABS_API_KEY=sk_4192eb0a20959526c27b0475a9eb65d4",
            "sk_4192eb0a20959526c27b0475a9eb65d4b537fe61bc2f93c4 with no provider named",
            "ELEVENLABS_API_KEY=sk_000000000000000000000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "voyage-api-key",
        title: "Voyage AI API key",
        about: about!("Calls Voyage AI's embedding and rerank models billed to the account; `pa-` + 43 characters."),
        label: "VOYAGE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["pa-"]),
        pattern: r"pa-[A-Za-z0-9_-]{43}",
        max_len: 46,
        min_entropy: 4.0,
        validate: Some(base62_mixed),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "VOYAGE_API_KEY=«pa-G3xCZj3iTQ13gV0kambggRDNgKuobkkDfzzAD3lRdC-»",
            "vo = voyageai.Client(api_key=\"«pa-GPW8AL6hsn6V0-n3gh59m4Qcbn9GKp8zCP3jji8E7bb»\")",
        ],
        negatives: examples![
            "pa-G3xCZj3iTQ13gV0kambggRDN",
            "kubectl get pa-autoscaler-for-the-frontend-deployment-in-prod",
            "VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "assemblyai-api-key",
        title: "AssemblyAI API key",
        about: about!("Transcribes audio billed to the account and reads past transcripts; 32 hex next to an AssemblyAI word."),
        label: "ASSEMBLYAI_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["assemblyai", "assembly_ai"], before: 120, after: 160 },
        pattern: assigned!("[0-9a-f]{32}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "ASSEMBLYAI_API_KEY=«54a41c4d9c0b4afc254a34de08be26d9»",
            "aai.settings.api_key = \"«e41951ffc01cd38b3795ada93abc1b5b»\"  # assemblyai",
        ],
        negatives: examples![
            "ASSEMBLYAI_API_KEY=54a41c4d9c0b4afc254a34de08be26",
            "54a41c4d9c0b4afc254a34de08be26d9 with no provider",
            "assemblyai transcript id 6d9c0b4a-fc25-4a34-de08-be26d954a41c",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "deepgram-api-key",
        title: "Deepgram API key",
        about: about!("Transcribes and synthesises speech billed to the Deepgram project; 40 hex next to a Deepgram word."),
        label: "DEEPGRAM_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["deepgram"], before: 120, after: 160 },
        pattern: assigned!("[0-9a-f]{40}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "DEEPGRAM_API_KEY=«c0e838d0e92bea9d2d693e47f86542688825586a»",
            "curl https://api.deepgram.com/v1/listen -H \"Authorization: Token «b6a23991694445c7a71b5e7cfcd1e1ff6bc777db»\"",
        ],
        negatives: examples![
            "DEEPGRAM_API_KEY=c0e838d0e92bea9d2d693e47f8654268882558",
            "c0e838d0e92bea9d2d693e47f86542688825586a is the commit",
            "DEEPGRAM_API_KEY=0000000000000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "stability-api-key",
        title: "Stability AI API key",
        about: about!("Generates images billed to the Stability AI account; `sk-` + 48 characters next to a Stability word."),
        label: "STABILITY_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near {
            words: &["stability.ai", "stability_api_key", "stability_key", "stabilityai", "stability-ai", "stability_sdk"],
            before: 120,
            after: 160,
        },
        pattern: r"\bsk-[A-Za-z0-9]{48}\b",
        max_len: 51,
        min_entropy: 4.0,
        validate: Some(stability_key),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "STABILITY_API_KEY=«sk-qlUV5HN6rCrgHwBhLymUJuvcQeE8GA7SNyNlnwqOVIcC1FIB»",
            "curl https://api.stability.ai/v2beta/stable-image/generate/core -H \"authorization: Bearer «sk-h2Qi1tNdt3LueWhbaV6hLvexXIK0n7pVoPP6TyQwreSGJZGe»\"",
        ],
        negatives: examples![
            "STABILITY_API_KEY=sk-qlUV5HN6rCrgHwBhLymUJuvcQeE8GA7",
            // A legacy OpenAI key has the same shape.
            "stability.ai and openai keys: 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",
            "sk-qlUV5HN6rCrgHwBhLymUJuvcQeE8GA7SNyNlnwqOVIcC1FIB from somewhere",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-openai-api-key",
        title: "Azure OpenAI API key",
        about: about!("Calls the Azure OpenAI resource's deployments billed to the subscription; 32 hex next to an Azure OpenAI endpoint or variable name."),
        label: "AZURE_OPENAI_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["openai.azure.com", "azure_openai", "azureopenai"], before: 160, after: 200 },
        pattern: assigned!("[0-9a-f]{32}"),
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        confidence: 0.85,
        mask: Mask::All,
        positives: examples![
            "AZURE_OPENAI_ENDPOINT=https://acme-eastus.openai.azure.com/\nAZURE_OPENAI_API_KEY=«a4e78f818f2d65a756dbc6cf55639869»",
            "client = AzureOpenAI(api_key=\"«3054368984758db63c473c6dd1b57b51»\", api_version=\"2024-10-21\", azure_endpoint=\"https://acme.openai.azure.com\")",
        ],
        negatives: examples![
            "AZURE_OPENAI_API_KEY=a4e78f818f2d65a756dbc6cf556398",
            "a4e78f818f2d65a756dbc6cf55639869 is my request id",
            "AZURE_OPENAI_API_KEY=ffffffffffffffffffffffffffffffff",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "cerebras-api-key",
        title: "Cerebras API key",
        about: about!("Calls Cerebras inference billed to the account; `csk-` + 48 lowercase characters."),
        label: "CEREBRAS_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["csk-"]),
        pattern: r"csk-[a-z0-9]{48}",
        max_len: 52,
        min_entropy: 3.5,
        validate: Some(letters_and_digits),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "CEREBRAS_API_KEY=«csk-aysdgogeccgjgwrd5cmfgg630j6wnok9gbzbm0sd633l9slx»",
            "Cerebras(api_key=\"«csk-jpk2idvjl7kbxq4a8h82p5r7b5dg73q53tlgvl5k9e2ufgzm»\")",
        ],
        negatives: examples!["csk-aysdgogeccgjgwrd5cmfgg", "CCSK-ABCD-1234-EFGH license key", "CEREBRAS_API_KEY=csk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "wandb-api-key",
        title: "Weights & Biases API key",
        about: about!("Reads and writes the W&B team's runs, artifacts and models; 40 hex assigned to a key, login or password next to a W&B word (commit hashes are not reported)."),
        label: "WANDB_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["wandb"], before: 160, after: 200 },
        pattern: r"(?i)(?:api_?key|key|login|password)[^A-Za-z0-9\n]{1,12}([0-9a-f]{40})\b",
        value_group: 1,
        max_len: 64,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        mask: Mask::All,
        positives: examples![
            "WANDB_API_KEY=«3c2ba5f70081e925f1316270b287da62c815db3d»",
            "!wandb login «7e9465311dd7320dc1e02a89b3d3e2b4db15cd9e» --relogin",
        ],
        negatives: examples![
            "wandb: logging run at commit 3c2ba5f70081e925f1316270b287da62c815db3d",
            "WANDB_API_KEY=3c2ba5f70081e925f1316270b287da62c815",
            "WANDB_API_KEY=0000000000000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "wandb-api-key-v1",
        title: "Weights & Biases API key (v1)",
        about: about!("Newer W&B keys: `wandb_v1_` + 27 + `_` + 49 characters."),
        label: "WANDB_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["wandb_v1_"]),
        pattern: r"wandb_v1_[A-Za-z0-9]{27}_[A-Za-z0-9]{49}",
        max_len: 86,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "WANDB_API_KEY=«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»",
            "wandb.login(key=\"«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»\")",
        ],
        negatives: examples!["wandb_v1_bFj7hyZzytC8xBg3w0O75qAw5Ac", "wandb_v1_settings_file", "WANDB_API_KEY=wandb_v1_..."],
        ..Rule::SECRET
    },
    rule! {
        id: "tavily-api-key",
        title: "Tavily API key",
        about: about!("Runs Tavily web searches billed to the account; `tvly-` (optionally `tvly-dev-`) + 32 characters."),
        label: "TAVILY_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["tvly-"]),
        pattern: r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}",
        max_len: 42,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "TAVILY_API_KEY=«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»",
            "TavilyClient(api_key=\"«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»\")",
        ],
        negatives: examples!["tvly-GwvZk1lCapgKVluC", "tvly-dev-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TAVILY_API_KEY=tvly-YOUR_API_KEY"],
        ..Rule::SECRET
    },
    rule! {
        id: "jina-api-key",
        title: "Jina AI API key",
        about: about!("Spends the Jina AI account's tokens on reader, embedding and rerank calls; `jina_` + 32 hex + about 28 more characters."),
        label: "JINA_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["jina_"]),
        pattern: r"jina_[0-9a-f]{32}[A-Za-z0-9_-]{20,40}",
        max_len: 77,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "JINA_API_KEY=«jina_5e5252db2f4ccf86fedca45c00e41240Si9mviTYV8R9v4KzJt8do0b0idqp»",
            "curl https://r.jina.ai/https://example.org -H \"Authorization: Bearer «jina_6f6f2cfa34297ec546328c7a7d43c870qqtgWszV3J09zSgkVPTywQCN0Xwd»\"",
        ],
        negatives: examples!["jina_5e5252db2f4ccf86fedca45c00e41240", "from jina_client import Flow", "JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "anyscale-api-key",
        title: "Anyscale Endpoints API key",
        about: about!("Calls Anyscale-hosted models billed to the account; `esecret_` + random characters."),
        label: "ANYSCALE_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["esecret_"]),
        pattern: r"esecret_[A-Za-z0-9]{30,60}",
        max_len: 68,
        min_entropy: 4.0,
        validate: Some(base62_mixed),
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "ANYSCALE_API_KEY=«esecret_LgSqi4f9783JK3D4HmsBNokXYbtYLcYG»",
            "openai.OpenAI(base_url=\"https://api.endpoints.anyscale.com/v1\", api_key=\"«esecret_qg4SZE8HadnezigsurPtLJWgIiHtDHWl»\")",
        ],
        negatives: examples!["esecret_LgSqi4f9783JK3", "esecret_placeholder_for_the_docs_page", "ANYSCALE_API_KEY=esecret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ..Rule::SECRET
    },
    rule! {
        id: "nvidia-api-key",
        title: "NVIDIA API key (NGC / build.nvidia.com)",
        about: about!("Calls NVIDIA-hosted NIM models and NGC registries billed to the account; `nvapi-` + 64 characters."),
        label: "NVIDIA_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["nvapi-"]),
        pattern: r"nvapi-[A-Za-z0-9_-]{64}",
        max_len: 70,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(6),
        positives: examples![
            "NVIDIA_API_KEY=«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»",
            "curl https://integrate.api.nvidia.com/v1/chat/completions -H \"Authorization: Bearer «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»\"",
        ],
        negatives: examples!["nvapi-SXVdvF_Shu546YkQ4ugI3Rp5m", "nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "NVIDIA_API_KEY=nvapi-..."],
        ..Rule::SECRET
    },
    rule! {
        id: "firecrawl-api-key",
        title: "Firecrawl API key",
        about: about!("Spends the Firecrawl account's credits on scrapes and crawls; `fc-` + 32 hex."),
        label: "FIRECRAWL_API_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["fc-"]),
        pattern: r"fc-[0-9a-f]{32}",
        max_len: 35,
        min_entropy: 3.0,
        validate: Some(letters_and_digits),
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "FIRECRAWL_API_KEY=«fc-b381a4efb15740cfed5f5da5ca144147»",
            "app = FirecrawlApp(api_key=\"«fc-2e2efa8babbb92eb4419d666e54c0f5d»\")",
        ],
        negatives: examples!["fc-b381a4efb15740cfed5f5da5", "FC-B381A4EFB15740CFED5F5DA5CA144147", "FIRECRAWL_API_KEY=fc-00000000000000000000000000000000"],
        ..Rule::SECRET
    },
];
