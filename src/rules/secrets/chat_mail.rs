//! Chat, messaging and email delivery: Slack, Discord, Telegram, Microsoft
//! Teams, Google Chat, Twilio, SendGrid, Mailgun, Mailchimp, Postmark, Brevo,
//! Mailjet, Mattermost, Pusher and Vonage.
//!
//! Formats come from the providers' token documentation where it exists
//! (Slack "Token types", Discord's developer docs, Telegram Bot API,
//! Microsoft's incoming-webhook and Logic Apps trigger docs) and otherwise
//! from public rule sets (gitleaks `slack.go`, `discord.go`,
//! `telegram.go`, `twilio.go`, `sendgrid.go`, `mailgun.go`, `mailchimp.go`,
//! `sendinblue.go`; detect-secrets `slack.py`, `discord.py`; CredSweeper's
//! Discord check). Two formats carry decodable structure and are checked:
//! a Discord bot token starts with the base64 of the bot's numeric user id,
//! and a Slack configuration token's body is base64 of dash-separated ids.
//!
//! Provider-less values (Twilio auth tokens, Mailjet and Pusher secrets,
//! Postmark server tokens) only run near the provider's name, and most also
//! need an assignment label so that ids and hashes next to the name are left
//! alone.

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::base64_decode;

/// A Discord bot token's first segment is the base64 of the bot's user id,
/// a 17–20 digit snowflake.
fn discord_bot_token(c: &Candidate) -> Verdict {
    let first = c.value.split('.').next().unwrap_or("");
    let mut id = Vec::new();
    if !base64_decode(first.as_bytes(), &mut id) {
        return Verdict::Invalid;
    }
    let digits = id.iter().all(u8::is_ascii_digit);
    if digits && (17..=20).contains(&id.len()) && id[0] != b'0' {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// A Slack configuration access token's body is base64 of
/// `<version>-<version>-<team id>-…`: its first bytes decode to digits and dashes.
fn slack_config_token(c: &Candidate) -> Verdict {
    let Some(body) = c.value.get(12..32) else { return Verdict::Invalid };
    let mut out = Vec::new();
    if !base64_decode(body.as_bytes(), &mut out) || out.len() < 6 {
        return Verdict::Invalid;
    }
    let shape = out[0].is_ascii_digit() && out[1] == b'-' && out[2].is_ascii_digit() && out[3] == b'-';
    if shape && out[4..].iter().all(|b| b.is_ascii_digit() || *b == b'-') {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Random hex has both letters and digits; all-digit runs are timestamps
/// or ids, all-letter runs are words such as `deadbeef…`.
fn hex_mixed(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.iter().any(u8::is_ascii_digit) && v.iter().any(u8::is_ascii_alphabetic) {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Random base62 of 16+ characters mixes upper case, lower case and digits.
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

/// Twilio auth tokens are 32 lowercase hex; API key secrets are 32 mixed
/// base62 characters.
fn twilio_secret(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if v.iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)) {
        hex_mixed(c)
    } else {
        base62_mixed(c)
    }
}

/// Lowercase alphanumeric ids of 26 characters mix letters and digits.
fn lower_alnum_mixed(c: &Candidate) -> Verdict {
    hex_mixed(c)
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "slack-bot-token",
        title: "Slack bot token",
        about: about!("Posts and reads messages as a Slack app's bot user in every channel it was added to; `xoxb-` + team id + bot id + 24 characters."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxb-"]),
        pattern: r"xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-[A-Za-z0-9]{24}|[A-Za-z0-9]{18,26})",
        max_len: 64,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "SLACK_BOT_TOKEN=«xoxb-626018159083-1166131860913-OOL8dKLzdocJ2isAjIhKtJ0R»",
            "why does chat.postMessage return not_in_channel with «xoxb-31993518190-4786579754323-fKtHF4vUCsMehGAkWvj7FAc9»?",
        ],
        negatives: examples![
            "xoxb-626018159083-1166131860913-OOL8dKLzdocJ2isAjIh",
            "SLACK_BOT_TOKEN=xoxb-your-bot-token",
            "xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
            "bot tokens start with xoxb- and user tokens with xoxp-",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-user-token",
        title: "Slack user token",
        about: about!("Acts as the Slack user who installed the app, with their access to channels, DMs and files; `xoxp-` + three numeric ids + secret."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxp-"]),
        pattern: r"xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34}",
        max_len: 96,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "curl -H 'Authorization: Bearer «xoxp-289555979711-571049746507-6291703423667-25ec84d8dbc74254770f58904dba41ec»' https://slack.com/api/users.list",
            "\"user_token\": \"«xoxp-76617603137-315901092815-1139624595711-feff9243a8f506b40928b5b7a767c76f»\"",
        ],
        negatives: examples![
            "xoxp-289555979711-571049746507-25ec84d8dbc74254770f58904dba41ec",
            "xoxp-289555979711-571049746507-6291703423667-25ec84d8",
            "token=xoxp-YOUR-USER-TOKEN",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-workspace-token",
        title: "Slack workspace app or refresh token",
        about: about!("Tokens of Slack's retired workspace apps (`xoxa-`) and their refresh tokens (`xoxr-`); both still act on the workspace where not revoked."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxa-", "xoxr-"]),
        pattern: r"xox[ar]-(?:[0-9]-)?[A-Za-z0-9]{8,48}(?:-[A-Za-z0-9]{8,48}){0,4}",
        max_len: 160,
        min_entropy: 3.3,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "SLACK_WORKSPACE_TOKEN=«xoxa-2-600474395755-231373537990-8511637265167-c255404e4fb440034d6608697a8d41be»",
            "refresh with «xoxr-968282880729-aXZjljENUhJduRHHJEYXg4JdpmrcXgGC» every 12h",
        ],
        negatives: examples!["xoxa-2-short", "xoxr-aaaaaaaaaaaaaaaaaaaaaaaa", "the xoxa- and xoxr- prefixes are deprecated"],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-legacy-token",
        title: "Slack legacy or session token",
        about: about!("Legacy test tokens (`xoxo-`) and browser session tokens (`xoxs-`) act as the user with full access."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxs-", "xoxo-"]),
        pattern: r"xox[os]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[0-9a-fA-F]{32,64}",
        max_len: 128,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(5),
        positives: examples![
            "found this in localStorage: «xoxs-9017598983-57887838483-826167513613-934b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa2815d2802827283»",
            "legacy_token: «xoxo-8058649208-41240234483-578245040008-6f7e3dfc967a64cb14028d512c9791e5»",
        ],
        negatives: examples![
            "xoxs-9017598983-57887838483-934b484e73cf575dcad6ba2b0aee0ca9",
            "xoxo-8058649208-41240234483-578245040008-6f7e3dfc",
            "xoxs-0000000000-00000000000-000000000000-00000000000000000000000000000000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-config-access-token",
        title: "Slack app configuration access token",
        about: about!("Creates and edits the workspace's Slack apps through the App Manifest API; the base64 body is decoded and must spell dash-separated ids."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxe.xoxp-", "xoxe.xoxb-"]),
        pattern: r"xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140}[A-Za-z0-9]*",
        max_len: 212,
        validate: Some(slack_config_token),
        mask: Mask::KeepPrefix(12),
        positives: examples![
            "SLACK_CONFIG_TOKEN=«xoxe.xoxp-1-Mi0yLTM0NzA0NTU4NTMwNC00NTIwNTYxNzQ4MzM4LTExNDEyNjkwNjA0NDMtMjk4Mjk2NTcyNDkyMC1kNDA3MjAxNGIzY2UxMDdmODBlMjIyZjgyODc2N2VmYzJmOTE2MjRhODk0MGYxZjgzNmY5OWVlZTM2OTJmMDll»",
            "{\"token\": \"«xoxe.xoxb-1-Mi0yLTI4NzQ2MzMxOTEyOC01NTI5ODQxNTM3NzYwLTMwNzc2NDI2NTY1MTUtMTU1NjEzMDQ0NTE2Ni0yYmQ4MTgzMTk0NzhkYTZiZDBjNjIxZGU0OWYxNDVmZGE5OTg4Yzc5ZmMzNTUyNmY3ZWFlZDQ2NzI1YTJhN2I4»\"}",
        ],
        negatives: examples![
            // Body does not decode to dash-separated ids.
            "xoxe.xoxp-1-QWxsIHlvdXIgYmFzZSBhcmUgYmVsb25nIHRvIHVzIGFuZCB0aGlzIGlzIGp1c3QgYSBzdHJpbmcgb2YgdGV4dCB0aGF0IGlzIGxvbmcgZW5vdWdoIHRvIGxvb2sgbGlrZSBhIHRva2VuIGJ1dCBpcyBub3Qgb25lIGF0IGFsbA",
            "xoxe.xoxp-1-Mi0yLTM0NzA0NTU4NTMwNC00NTIw",
            "xoxe.xoxp-1-<your-config-token>",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-config-refresh-token",
        title: "Slack app configuration refresh token",
        about: about!("Mints new app configuration tokens for the workspace; `xoxe-` + version + 146 characters."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xoxe-"]),
        pattern: r"xoxe-[0-9]-[A-Za-z0-9]{140}[A-Za-z0-9]*",
        max_len: 168,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "refresh_token=«xoxe-1-ZKm4bV3AyAVHnyrvWdFrK9xiRGHOY32nfr5pyzPCB9t2039bicBTW5ZE9LFaez7770H2DCpYgojjHRg80USP2W5DfJXcaYioK6cPTt9iOqHOBSWhgetH8LmyqoYMaaItDr9uP14pEHpJpb9ATP»",
            "tooling.tokens.rotate says invalid_refresh_token for «xoxe-1-tdbmF4RPAfqoQB7xoFcSvTAxRzmaZsV2GenFmtX0moDoqW4sg8NFNl5oFA6Qd8Mj7zdnbMjAdTdlzC5T4uUhf7kvmlP7HVDctQUy1xvCkgafrfwA94hJ9WnywX0t0ZBfdTEmxI6CmuxV5EbOAp», why?",
        ],
        negatives: examples![
            "xoxe-1-ZKm4bV3AyAVHnyrvWdFrK9xiRGHOY32nfr5pyzPCB9t2039bicBTW5ZE9LFaez7770H2DCpYgojj",
            "xoxe-1-abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab",
            "refresh tokens look like xoxe-1-…",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-app-token",
        title: "Slack app-level token",
        about: about!("Opens Socket Mode connections and calls app-level APIs for a Slack app; `xapp-` + version + app id + numeric id + secret."),
        label: "SLACK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xapp-"]),
        pattern: r"xapp-[0-9]-A[A-Z0-9]{8,12}-[0-9]{10,14}-[A-Za-z0-9]{32,80}",
        max_len: 120,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(7),
        positives: examples![
            "SLACK_APP_TOKEN=«xapp-1-AZCYC3EDQME-6545904544091-073fec8df4f50947aaeb26c57d21fa5d328263dfe574de739988b886e7577496»",
            "SocketModeHandler(app, \"«xapp-1-AUEZQP67OG3-1107375043103-62b5e803b61ba4168160adb59261ff2d3c425c8d99d19bdd0b6cc60d5d32cbe5»\").start()",
        ],
        negatives: examples![
            "xapp-1-AZCYC3EDQME-6545904544091-073fec8d",
            "xapp-1-A0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "SLACK_APP_TOKEN=xapp-...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-webhook-url",
        title: "Slack incoming webhook URL",
        about: about!("Anyone holding it can post messages into the channel it belongs to; `hooks.slack.com/services/T…/B…/` + 24 characters."),
        label: "SLACK_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["hooks.slack.com/services/"]),
        pattern: r"hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{23,25}",
        max_len: 90,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(25),
        positives: examples![
            "curl -X POST -d '{\"text\":\"deploy done\"}' https://«hooks.slack.com/services/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»",
            "SLACK_WEBHOOK_URL=https://«hooks.slack.com/services/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»",
        ],
        negatives: examples![
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "https://hooks.slack.com/services/TIAD9JZFX/B6KJWSK7KEG/yFWZY9Zmti",
            "https://hooks.slack.com/services/YOUR/WEBHOOK/URL",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "slack-workflow-webhook-url",
        title: "Slack workflow or trigger webhook URL",
        about: about!("Starts a Slack Workflow Builder workflow with attacker-chosen inputs; `hooks.slack.com/workflows/…` or `/triggers/…`."),
        label: "SLACK_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["hooks.slack.com/workflows/", "hooks.slack.com/triggers/"]),
        pattern: r"hooks\.slack\.com/(?:workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}|triggers/T[A-Z0-9]{6,12})/[0-9]{6,20}/[A-Za-z0-9]{20,40}",
        max_len: 120,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(25),
        positives: examples![
            "the workflow hook «hooks.slack.com/workflows/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» returns 400",
            "requests.post(\"https://«hooks.slack.com/triggers/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»\", json=payload)",
        ],
        negatives: examples![
            "https://hooks.slack.com/triggers/T3JQ64NQ6PU/6032624562418",
            "https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxx",
            "https://hooks.slack.com/triggers/ is the new prefix",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "discord-bot-token",
        title: "Discord bot token",
        about: about!("Logs in as the bot on every server it joined; the first segment must base64-decode to the bot's numeric user id, and a Discord word must be nearby."),
        label: "DISCORD_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["discord", "bot.run(", "client.run("], before: 160, after: 200 },
        pattern: r"\b[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}",
        max_len: 80,
        validate: Some(discord_bot_token),
        context: &["discord"],
        context_window: 200,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "DISCORD_TOKEN=«ODM5MDAwMDk1NDE4NTgzNjk0OQ.rAU8ur.bFt5misIZHbhS4-FvafhdZxEuhnbzs0z1wNiMg»",
            "import discord\nclient = discord.Client(intents=intents)\nclient.run('«ODgwNjY3MTcyMzE0MzAxNTQw.I3HLBk.bvHEzuPyXQEW88ad3DNBYjvsedonuSsddfrfif»')",
        ],
        negatives: examples![
            // First segment decodes to letters, not a user id.
            "DISCORD_TOKEN=TmV2ZXJHb25uYUdpdmVZb3VVcA.rAU8ur.bFt5misIZHbhS4-FvafhdZxEuhnbzs0z1wNiMg",
            // Right shape but no Discord word anywhere near.
            "session id ODM5MDAwMDk1NDE4NTgzNjk0OQ.rAU8ur.bFt5misIZHbhS4-FvafhdZxEuhnbzs0z1wNiMg",
            "DISCORD_TOKEN=ODM5MDAwMDk1NDE4NTgzNjk0OQ.rAU8ur.bFt5",
            "discord bot token goes in DISCORD_TOKEN=<token>",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "discord-webhook-url",
        title: "Discord webhook URL",
        about: about!("Anyone holding it can post, as any name and avatar, into the channel it belongs to; `discord.com/api/webhooks/<id>/<68 characters>`."),
        label: "DISCORD_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["discord.com/api/", "discordapp.com/api/"]),
        pattern: r"discord(?:app)?\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60}[A-Za-z0-9_-]*",
        max_len: 140,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(25),
        positives: examples![
            "WEBHOOK=https://«discord.com/api/webhooks/2953816133310014712/mALOR2HcSGKgVP8Kd0d3mS8gBlKv3azKgaS_m_x-SHuKBD-vok_nPTmZYl2dVAMH2vWD»",
            "my alert bot posts to https://«discordapp.com/api/webhooks/828990595827852774/DqQ7EyIMttFPSuEPyHnvnzXtsMM3JznnJAX7ebZ3CL7csGZaF31DDxp63OHm1FZuG296» but nothing shows up",
        ],
        negatives: examples![
            "https://discord.com/api/webhooks/2953816133310014712",
            "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
            "https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "https://discord.com/api/v10/channels/2953816133310014712/messages",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "telegram-bot-token",
        title: "Telegram bot token",
        about: about!("Controls a Telegram bot: reads its chats and sends as it; numeric bot id, `:`, then 35 characters starting `AA`, also inside `api.telegram.org/bot<token>/` URLs."),
        label: "TELEGRAM_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &[":AA"], before: 12, after: 40 },
        pattern: r"(?:\b|bot)([1-9][0-9]{7,9}:AA[A-Za-z0-9_-]{32}(?:[A-Za-z0-9_]\b|-\B))",
        value_group: 1,
        max_len: 60,
        word_boundary: false,
        min_entropy: 3.5,
        context: &["telegram"],
        context_window: 120,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "TELEGRAM_BOT_TOKEN=«1968250671:AAeGBuzSm6A8cVR06AxYpThGJWZhbj11THn»",
            "curl https://api.telegram.org/bot«446836732:AAqiy8CsT07Lq8TDIWG2x9aJTFMP9_2kUtM»/getUpdates returns 401",
        ],
        negatives: examples![
            "1968250671:AAeGBuzSm6A8cVR06AxYpThGJWZ",
            "1968250671:AAeGBuzSm6A8cVR06AxYpThGJWZhbj11THnQQ",
            "TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "at 10:AA the build started",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "teams-incoming-webhook-url",
        title: "Microsoft Teams incoming webhook URL",
        about: about!("Anyone holding it can post cards into the Teams channel it belongs to; `*.webhook.office.com/webhookb2/<ids>/IncomingWebhook/…`."),
        label: "TEAMS_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["webhook.office.com", "outlook.office.com/webhook"], before: 80, after: 320 },
        pattern: r"https://(?:[a-z0-9-]+\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/V2[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*)?",
        max_len: 400,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(30),
        positives: examples![
            "TEAMS_WEBHOOK=«https://acmecorp.webhook.office.com/webhookb2/15d4e7c2-0e9b-4c31-a296-9d5adabcf004@531f98d1-e7e2-4607-9088-ec8ad3f13f19/IncomingWebhook/4b0062983475eb46c5296f62e338d74f/7bffb6a4-0ef6-4f4f-8ea4-dc667e3a46a3/V27s_F-vauP7-L7V21jxUdcfQm9_seB1qRmUR8AK3R2GgLLT-ZQI»",
            "Invoke-RestMethod -Uri «https://contoso.webhook.office.com/webhookb2/f9994f18-5845-4b3a-81a5-008adf7a9c99@cabd4f53-7e00-4bd9-a791-3051341aa3ee/IncomingWebhook/3a6a9421cc1c93016f1c4261e5351d30/238191e9-d296-4d35-9f36-48fb5e6e383a» -Method Post",
        ],
        negatives: examples![
            "https://contoso.webhook.office.com/webhookb2/f9994f18-5845-4b3a-81a5-008adf7a9c99@cabd4f53-7e00-4bd9-a791-3051341aa3ee/IncomingWebhook/",
            "https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>",
            "Teams webhooks live under webhook.office.com and are being retired",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "teams-workflow-webhook-url",
        title: "Teams Workflows / Logic Apps trigger URL",
        about: about!("A Power Automate or Logic Apps HTTP trigger (the replacement for Teams incoming webhooks) signed with `sig=`: anyone holding it can start the flow."),
        label: "TEAMS_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["logic.azure.com", "api.powerplatform.com"], before: 120, after: 420 },
        pattern: r"https://[a-z0-9.-]+\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::443)?/[A-Za-z0-9/._-]*?workflows/[0-9a-f]{32}/triggers/[A-Za-z0-9_.-]+/paths/invoke\?[A-Za-z0-9%&=._-]*?sig=[A-Za-z0-9_-]{40}[A-Za-z0-9_-]*",
        max_len: 560,
        min_entropy: 3.0,
        mask: Mask::KeepPrefix(30),
        positives: examples![
            "flow URL: «https://prod-27.westeurope.logic.azure.com:443/workflows/9895d1a0d1f13dce20c4fd32f640d003/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=lBpq8cJF5xgUskL-6GgebhbkXNNv_hOV48vsoUu19X5»",
            "TEAMS_WORKFLOW_URL=\"«https://default8a981a049d7ccc7e90a88d519448fb.0d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/2fc6791ce680ce2b27c8af6666259bbc/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=tFf-VnV7ktOdSJcmeA_BHJ2m5qGeRzxWkdgeV6_iYpl»\"",
        ],
        negatives: examples![
            "https://prod-27.westeurope.logic.azure.com:443/workflows/9895d1a0d1f13dce20c4fd32f640d003/triggers/manual/paths/invoke?api-version=2016-06-01",
            "https://prod-27.westeurope.logic.azure.com:443/workflows/{workflowId}/triggers/manual/paths/invoke?sig={sig}",
            "https://management.azure.com/subscriptions/x/providers/Microsoft.Logic/workflows/wf1?api-version=2016-06-01",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "google-chat-webhook-url",
        title: "Google Chat webhook token",
        about: about!("The `token=` of a Google Chat space webhook: with it anyone can post into the space."),
        label: "GOOGLE_CHAT_WEBHOOK",
        severity: Severity::Medium,
        trigger: Trigger::Near { words: &["chat.googleapis.com/v1/spaces/"], before: 0, after: 260 },
        pattern: r"chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_-]{6,24}/messages\?[A-Za-z0-9%&=_.-]*?token=([A-Za-z0-9_-]{40,50}(?:%3D)?)",
        value_group: 1,
        max_len: 300,
        min_entropy: 3.5,
        mask: Mask::All,
        positives: examples![
            "WEBHOOK = \"https://chat.googleapis.com/v1/spaces/AAAAGODlYx5/messages?key=AIzaSyuVECweGThdgH9hmsOazM4n8PVGXpV9Wv4&token=«Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH»\"",
            "curl -X POST 'https://chat.googleapis.com/v1/spaces/AAQA_nO69ot/messages?key=AIzaSyhB9KpGzU3HEEmXL1uhLsc4Rr4aKxU3f0B&token=«JxrxDwzkl-JwAryNzbi0hSQK-lb09rIFxUeuVaT5jpT%3D»' -d @msg.json",
        ],
        negatives: examples![
            "https://chat.googleapis.com/v1/spaces/AAAAGODlYx5/messages?key=AIzaSyuVECweGThdgH9hmsOazM4n8PVGXpV9Wv4",
            "https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN",
            "https://chat.googleapis.com/v1/spaces/AAAAGODlYx5/messages?token=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "twilio-api-key-sid",
        title: "Twilio API key SID",
        about: about!("Names a Twilio API key (`SK` + 32 lowercase hex); half of a credential pair, reported wherever it appears (like an AWS key id) so it is redacted with its secret; a Twilio word nearby raises confidence."),
        label: "TWILIO_KEY",
        severity: Severity::Medium,
        trigger: Trigger::Prefix(&["SK"]),
        pattern: r"SK[0-9a-f]{32}",
        max_len: 34,
        min_entropy: 3.0,
        confidence: 0.75,
        context: &["twilio"],
        context_window: 200,
        mask: Mask::KeepPrefix(2),
        positives: examples![
            "TWILIO_API_KEY=«SK7ac193fe04072755398003680e7e3b35»",
            "client = twilio.rest.Client(«SK183ef8333c4774ec50cd1c1bac7adac1», api_secret, account_sid)",
            "the key our status page uses to send SMS is «SK5d0e8a13c7f94b2a6e1d09c3b7f28a64», can I put it in the wiki?",
        ],
        negatives: examples![
            "TWILIO_API_KEY=SK7ac193fe04072755398003680e7e3b",
            "TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "product code SK7AC193FE04072755398003680E7E3B35 in the catalogue export",
            "TASK7ac193fe04072755398003680e7e3b35 in the build log",
            "TWILIO_ACCOUNT_SID=ACa4b7d0b352ad6074dce1118813830d71",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "twilio-auth-token",
        title: "Twilio auth token or API key secret",
        about: about!("Signs every Twilio API call (SMS, calls, account settings); 32 hex (auth token) or 32 base62 (API key secret) next to a Twilio word."),
        label: "TWILIO_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["twilio"], before: 200, after: 200 },
        pattern: r"(?:(?i:auth_?token|api_?secret|secret|token|password)[A-Za-z_]{0,16}(?:\s+is\s+|[^A-Za-z0-9\n]{1,6})|\bAC[0-9a-f]{32}[:'\x22,\s]{1,6})([A-Za-z0-9]{32})\b",
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(twilio_secret),
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "TWILIO_ACCOUNT_SID=ACa4b7d0b352ad6074dce1118813830d71\nTWILIO_AUTH_TOKEN=«939b53182e4e349d98729e7c6be9ff90»",
            "curl -u ACa4b7d0b352ad6074dce1118813830d71:«7a76cc0b57aaf89691052be1ceb374da» https://api.twilio.com/2010-04-01/Accounts.json",
            "TWILIO_API_SECRET=«QwiRmNN2r01HgV2V7WErYOTO6TiA3gaA»",
        ],
        negatives: examples![
            "TWILIO_AUTH_TOKEN=939b53182e4e349d98729e7c6be9ff9",
            "TWILIO_AUTH_TOKEN=your_auth_token_goes_right_here_",
            "md5 939b53182e4e349d98729e7c6be9ff90 of the upload, no provider involved",
            "TWILIO_AUTH_TOKEN=deadbeefdeadbeefdeadbeefdeadbeef",
            "twilio webhook body md5 9e107d9d372bb6826bd81d3542a419d6, message SM1b2c3d4e5f60718293a4b5c6d7e8f901",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "sendgrid-api-key",
        title: "SendGrid API key",
        about: about!("Sends email as the account's verified domains and reads contacts; `SG.` + 22 + `.` + 43 characters."),
        label: "SENDGRID_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["SG."]),
        pattern: r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        max_len: 69,
        min_entropy: 4.0,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "SENDGRID_API_KEY=«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»",
            "sg = SendGridAPIClient('«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»') raises 403",
        ],
        negatives: examples![
            "SG.p-Yt1JoW56KTLTYXPa-W4M.xMs3WDlQPFPA2bdgG",
            "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "msg.headers and SG.com are unrelated",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mailgun-api-key",
        title: "Mailgun private API key (legacy)",
        about: about!("Sends mail and reads logs for every Mailgun domain of the account; `key-` + 32 characters (`pubkey-` validation keys are public and skipped)."),
        label: "MAILGUN_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["key-"]),
        pattern: r"key-[0-9a-z]{32}",
        max_len: 36,
        min_entropy: 3.3,
        known_examples: &["key-3ax6xnjp29jd6fds4gc373sgvjxteol0"],
        context: &["mailgun", "api:key-"],
        context_window: 200,
        confidence: 0.85,
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "curl -s --user 'api:«key-017c1e1777155a0e9d8f27c7d9cf0725»' https://api.mailgun.net/v3/mg.acme.io/messages",
            "MAILGUN_API_KEY=«key-5bc509cb3acac23db7c6e9b7d180a474»",
        ],
        negatives: examples![
            "MAILGUN_PUBLIC_KEY=pubkey-5bc509cb3acac23db7c6e9b7d180a474",
            "curl --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0'",
            "key-5bc509cb3acac23db7c6e9b7d180a47",
            "the hotkey-binding-for-the-editor-window-settings",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mailgun-private-key",
        title: "Mailgun private API key",
        about: about!("Current Mailgun private keys and webhook signing keys: 32 hex, 8 hex and 8 hex joined by dashes, next to a Mailgun word."),
        label: "MAILGUN_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mailgun"], before: 200, after: 200 },
        pattern: r"\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\b",
        max_len: 50,
        min_entropy: 3.0,
        validate: Some(hex_mixed),
        context: &["mailgun"],
        context_window: 200,
        mask: Mask::All,
        positives: examples![
            "MAILGUN_API_KEY=«2684ee75bb6cc69f67e48eb7c64328c0-490c257a-632b9629»",
            "mailgun webhook signing key is «2794c9bce4850bbd0e7cb3593871c15d-694c1957-f8db0391», signature check still fails",
        ],
        negatives: examples![
            "MAILGUN_API_KEY=2684ee75bb6cc69f67e48eb7c64328c0-490c257a",
            "build 2684ee75bb6cc69f67e48eb7c64328c0-490c257a-632b9629 passed",
            "mailgun message id 20240501123456.1.ABCDEF@mg.acme.io",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mailchimp-api-key",
        title: "Mailchimp API key",
        about: about!("Manages audiences, campaigns and subscriber data; 32 hex + `-us` + data-centre number."),
        label: "MAILCHIMP_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["-us"], before: 40, after: 4 },
        pattern: r"\b[0-9a-f]{32}-us[0-9]{1,2}\b",
        max_len: 37,
        min_entropy: 3.0,
        validate: Some(hex_mixed),
        context: &["mailchimp", "mc_api"],
        context_window: 120,
        mask: Mask::All,
        positives: examples![
            "MAILCHIMP_API_KEY=«1731a6b2dc782bdeae16d4f618557871-us6»",
            "client.setConfig({ apiKey: \"«bbd26944ff770e4b9447a3d54ec6390b-us8»\", server: \"us8\" })",
        ],
        negatives: examples![
            "https://learn.microsoft.com/en-us/azure",
            "1731a6b2dc782bdeae16d4f61855787-us6",
            "MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6",
            "1731a6b2dc782bdeae16d4f618557871-usa",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mandrill-api-key",
        title: "Mailchimp Transactional (Mandrill) API key",
        about: about!("Sends transactional email for the account; `md-` + 22 characters next to a Mandrill word."),
        label: "MAILCHIMP_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mandrill"], before: 120, after: 160 },
        pattern: r"\bmd-[A-Za-z0-9_-]{22}",
        max_len: 25,
        min_entropy: 3.5,
        context: &["mandrill"],
        context_window: 160,
        mask: Mask::KeepPrefix(3),
        positives: examples![
            "MANDRILL_API_KEY=«md-AfhJMzoN5ouP47ULvjfb7_»",
            "mailchimp_transactional.Client(\"«md-kQHn_3_yPbTlKGFkrddYsL»\")  # mandrill",
        ],
        negatives: examples![
            "MANDRILL_API_KEY=md-AfhJMzoN5ouP47",
            "<div class=\"col-md-6\"> mandrill settings </div>",
            "md-AfhJMzoN5ouP47ULvjfb7_ without the provider name",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mattermost-access-token",
        title: "Mattermost personal access token",
        about: about!("Acts as the Mattermost user through the REST API; 26 lowercase characters assigned to a token next to a Mattermost word (ids of the same shape are not reported)."),
        label: "MATTERMOST_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mattermost"], before: 200, after: 200 },
        pattern: r"(?i)(?:token|bearer)[A-Za-z_]{0,12}[^A-Za-z0-9\n]{1,6}([a-z0-9]{26})\b",
        value_group: 1,
        max_len: 64,
        min_entropy: 3.3,
        validate: Some(lower_alnum_mixed),
        mask: Mask::All,
        positives: examples![
            "MATTERMOST_TOKEN=«xl7kgtuylwuoxi9xqpdcgzdn51»",
            "curl -H 'Authorization: Bearer «5ktfjoki2zfc24mnxac61jsed6»' https://mattermost.acme.io/api/v4/users/me",
        ],
        negatives: examples![
            "mattermost channel_id: 4xp9fdt77pncbef59f4k1qe83o",
            "MATTERMOST_TOKEN=xl7kgtuylwuoxi9xqpdcgzd",
            "MATTERMOST_TOKEN=abcdefghijklmnopqrstuvwxyz",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "postmark-server-token",
        title: "Postmark server or account token",
        about: about!("Sends email through a Postmark server (or manages the account); a UUID assigned to a token next to a Postmark word, message ids are not reported."),
        label: "POSTMARK_TOKEN",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["postmark"], before: 200, after: 200 },
        pattern: r"(?i)(?:token|api_?key|server_?key|secret)[A-Za-z_-]{0,16}[^A-Za-z0-9\n]{1,6}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        value_group: 1,
        max_len: 80,
        min_entropy: 3.0,
        mask: Mask::All,
        positives: examples![
            "curl https://api.postmarkapp.com/email -H \"X-Postmark-Server-Token: «56b2fc0f-e3ff-4db6-abd4-4acdb5f5842d»\"",
            "POSTMARK_API_TOKEN=«aa85cd61-0240-4484-b04e-3636100e44d7»",
        ],
        negatives: examples![
            "postmark response: {\"MessageID\": \"56b2fc0f-e3ff-4db6-abd4-4acdb5f5842d\", \"ErrorCode\": 0}",
            "POSTMARK_API_TOKEN=00000000-0000-0000-0000-000000000000",
            "X-Postmark-Server-Token: 56b2fc0f-e3ff-4db6-abd4",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "brevo-api-key",
        title: "Brevo (Sendinblue) API key",
        about: about!("Sends email and SMS and reads contacts for the Brevo account; `xkeysib-` + 64 hex + `-` + 16 characters."),
        label: "BREVO_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xkeysib-"]),
        pattern: r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
        max_len: 89,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(8),
        positives: examples![
            "BREVO_API_KEY=«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»",
            "headers = {\"api-key\": \"«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»\"}",
        ],
        negatives: examples![
            "xkeysib-55c90eb6f2aed4c21a9dbf49a067e24bdb7ec83756378368f7e732d2e433ec56",
            "xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
            "BREVO_API_KEY=xkeysib-...",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "brevo-smtp-key",
        title: "Brevo (Sendinblue) SMTP key",
        about: about!("Relays email through Brevo's SMTP servers as the account; `xsmtpsib-` + 64 hex + `-` + 16 characters."),
        label: "BREVO_KEY",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["xsmtpsib-"]),
        pattern: r"xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
        max_len: 90,
        min_entropy: 3.5,
        mask: Mask::KeepPrefix(9),
        positives: examples![
            "spring.mail.password=«xsmtpsib-a707e1448c828b4136d3b97429ab7bca1aafb77b4460ecec9524998a26259beb-XSBU37e1Fu5lr5qI»",
            "SMTP_PASS: «xsmtpsib-0587061ce6936714122a40680a06aa0fca51d12afc8e00aa1da5204642bbdb4a-oVNq0TEWcXPtPXJT»",
        ],
        negatives: examples![
            "xsmtpsib-a707e1448c828b4136d3b97429ab7bca-XSBU37e1Fu5lr5qI",
            "xsmtpsib-0000000000000000000000000000000000000000000000000000000000000000-0000000000000000",
            "the SMTP key starts with xsmtpsib-",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mailjet-api-key",
        title: "Mailjet API key or secret",
        about: about!("Mailjet authenticates with a 32-hex key and a 32-hex secret used together; both are reported next to a Mailjet word."),
        label: "MAILJET_KEY",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["mailjet", "mj_apikey"], before: 160, after: 200 },
        pattern: r"(?:(?i:api_?key|key|token|secret|bearer|password)[A-Za-z_]{0,16}(?:\s+is\s+|[^A-Za-z0-9\n]{1,6})|\b[0-9a-f]{32}:)([0-9a-f]{32})\b",
        value_group: 1,
        max_len: 120,
        min_entropy: 3.0,
        validate: Some(hex_mixed),
        context: &["mailjet", "mj_apikey"],
        context_window: 200,
        confidence: 0.8,
        mask: Mask::All,
        positives: examples![
            "MJ_APIKEY_PUBLIC=e8b8480f3b47c20431658b4550b7ef6b\nMJ_APIKEY_PRIVATE=«ce6a0302cb17cdc70808d77b6ad89f65»",
            "mailjet = Client(auth=(api_key, '«f84992a0f75ae616b1e5d490340494b3»'), version='v3.1')",
            "curl -s --user \"e8b8480f3b47c20431658b4550b7ef6b:«9d0c6a2be41f78530e2d9b7ac61f4e58»\" https://api.mailjet.com/v3/REST/message",
        ],
        negatives: examples![
            "MJ_APIKEY_PRIVATE=ce6a0302cb17cdc70808d77b6ad89f6",
            "sha1 ce6a0302cb17cdc70808d77b6ad89f65 of the attachment, unrelated to email",
            "mailjet campaign id 12345678901234567890123456789012",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "pusher-app-secret",
        title: "Pusher Channels app secret",
        about: about!("Signs Pusher server events and private-channel auth for the app; 20 hex assigned to a secret next to a Pusher word (the public app key is not reported)."),
        label: "PUSHER_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["pusher"], before: 200, after: 200 },
        pattern: r"(?i)secret[A-Za-z_]{0,12}[^A-Za-z0-9\n]{1,6}([0-9a-f]{20})\b",
        value_group: 1,
        max_len: 48,
        min_entropy: 3.0,
        validate: Some(hex_mixed),
        mask: Mask::All,
        positives: examples![
            "PUSHER_APP_ID=1712345\nPUSHER_APP_KEY=0882161db80a1e9ad8cd\nPUSHER_APP_SECRET=«5ec2daca1760147d301a»",
            "new Pusher({ appId: '1712345', key: '0882161db80a1e9ad8cd', secret: '«233f4d05743bf2b67285»', cluster: 'eu' })",
        ],
        negatives: examples![
            "PUSHER_APP_KEY=0882161db80a1e9ad8cd",
            "PUSHER_APP_SECRET=5ec2daca1760147d30",
            "secret: '5ec2daca1760147d301a' in a config without the provider name",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "vonage-api-secret",
        title: "Vonage (Nexmo) API secret",
        about: about!("With the API key it sends SMS and places calls billed to the account; 16 characters assigned to a secret next to a Vonage or Nexmo word."),
        label: "VONAGE_SECRET",
        severity: Severity::High,
        trigger: Trigger::Near { words: &["vonage", "nexmo"], before: 200, after: 200 },
        pattern: r"(?i)secret[A-Za-z_]{0,12}[^A-Za-z0-9\n]{1,6}([A-Za-z0-9]{16})\b",
        value_group: 1,
        max_len: 44,
        min_entropy: 3.0,
        validate: Some(base62_mixed),
        mask: Mask::All,
        positives: examples![
            "VONAGE_API_KEY=a1b2c3d4\nVONAGE_API_SECRET=«uIAyjyWy4AZj5Oap»",
            "const nexmo = new Nexmo({ apiKey: 'a1b2c3d4', apiSecret: '«MG7qSNUyp0mQhf1N»' })",
        ],
        negatives: examples![
            "VONAGE_API_SECRET=uIAyjyWy4AZj5",
            "VONAGE_API_SECRET=passwordpassword",
            "apiSecret: 'uIAyjyWy4AZj5Oap' with no provider named",
        ],
        ..Rule::SECRET
    },
];
