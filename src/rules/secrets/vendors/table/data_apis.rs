//! Vendor rows: Data APIs, maps, weather, finance data, search and scraping.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "apify-api-token", provider: "Apify", title: "Apify API token", prefix: ["apify_api_"],
    // Personal API tokens from Console > Settings > API & Integrations,
    // `apify_api_` then letters and digits (36 in issued tokens; a range
    // here since the docs do not fix the length).
    pattern: r"\bapify_api_[A-Za-z0-9]{30,40}\b",
    example: "curl -H 'Authorization: Bearer «apify_api_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2»' https://api.apify.com/v2/users/me",
    near_miss: "APIFY_TOKEN=apify_api_YOUR_TOKEN_HERE",
    doc: "https://docs.apify.com/platform/integrations/api" },
    v! { id: "openweathermap-api-key", provider: "OpenWeather", title: "OpenWeatherMap API key (appid)", near: ["openweather"],
    // The `appid` parameter; keys from the account's API keys page are 32
    // lower-case hex digits.
    shape: HEX32,
    example: "OPENWEATHER_API_KEY=«4e9b2c7a1f8d3e6059c1a7f4b2e8d3c6»",
    near_miss: "OpenWeather city id 2643743 (London) in https://api.openweathermap.org/data/2.5/weather?id=2643743",
    doc: "https://openweathermap.org/appid" },
];
