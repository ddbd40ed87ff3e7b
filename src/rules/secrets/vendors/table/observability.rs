//! Vendor rows: Observability, monitoring, logging, APM and incident response.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "bugsnag-api-key", provider: "Bugsnag", title: "Bugsnag notifier API key", near: ["bugsnag"],
    // The project's notifier key goes in `apiKey` of every payload; the
    // notifier docs and SDK examples show it as 32 lower-case hex digits.
    shape: HEX32,
    example: "Bugsnag.start({ apiKey: '«9c4e1a7f3b2d8e6051c9a4f7e2b3d8a6»', releaseStage: 'production' })",
    near_miss: "Bugsnag.start({ apiKey: process.env.BUGSNAG_API_KEY, appVersion: '7.25.0' })",
    doc: "https://github.com/bugsnag/bugsnag-notifier-api" },
    v! { id: "rollbar-access-token", provider: "Rollbar", title: "Rollbar project or account access token", near: ["rollbar"],
    // Sent as `X-Rollbar-Access-Token`; the tokens the settings page
    // issues are 32 lower-case hex digits (the docs only write
    // YOUR_ACCESS_TOKEN).
    shape: HEX32,
    example: "curl --header 'X-Rollbar-Access-Token: «b7e2c9a41f3d8e6052a7c1f9e4b3d2a8»' 'https://api.rollbar.com/api/1/item/12345'",
    near_miss: "ROLLBAR_ACCESS_TOKEN=${{ secrets.ROLLBAR_ACCESS_TOKEN }} for item 123456789",
    doc: "https://rollbar.com/docs/api_overview" },
];
