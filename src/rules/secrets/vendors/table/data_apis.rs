//! Vendor rows: Data APIs, maps, weather, finance data, search and scraping.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "abstractapi-api-key", provider: "Abstract API", title: "Abstract API key", near: ["abstractapi"], shape: HEX32,
    // Each Abstract API (email validation, IP geolocation, …) has its own key
    // of 32 hex digits, sent as `api_key`.
    example: "curl 'https://emailvalidation.abstractapi.com/v1/?api_key=«fdee1f4a7ee8c503e97552892701678f»&email=jdoe@example.com'  # abstractapi",
    near_miss: "abstractapi email validation: deliverability DELIVERABLE, quality 0.90",
    doc: "https://docs.abstractapi.com/email-validation" },
    v! { id: "accuweather-api-key", provider: "AccuWeather", title: "AccuWeather API key", near: ["accuweather"], shape: ALNUM32,
    // Keys of the older developer portal are 32 letters and digits, sent as
    // `apikey`; keys of the current portal read `zpka_` (the Zuplo row finds
    // those).
    example: "curl 'https://dataservice.accuweather.com/currentconditions/v1/349727?apikey=«CJ6WKnsAAvxBsVQZX3btiYJqAEgfNoWN»'",
    near_miss: "accuweather location key 349727 (New York)",
    doc: "https://developer.accuweather.com/getting-started" },
    v! { id: "alpaca-api-secret", provider: "Alpaca", title: "Alpaca API secret key", near: ["alpaca", "APCA_API_SECRET_KEY"], shape: ALNUM40,
    // Keys pair an id (`PK…`/`AK…`, 20 characters) with a secret of 40 letters
    // and digits, sent as `APCA-API-SECRET-KEY`.
    example: "APCA_API_KEY_ID=PKXJ8M2N4Q6R8T0V2W4Y\nAPCA_API_SECRET_KEY=«umJBVzzoAXffV1d4EeoACm3SsJfd556CTHeJFaqj»",
    near_miss: "alpaca order 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 filled at 187.42",
    doc: "https://docs.alpaca.markets/docs/authentication" },
    v! { id: "alphavantage-api-key", provider: "Alpha Vantage", title: "Alpha Vantage API key", near: ["alphavantage", "alpha_vantage"],
    // Free keys are 16 capital letters and digits, sent as `apikey`; the docs'
    // `demo` key is not reported.
    pattern: r#"\b[A-Z0-9]{16}\b"#,
    example: "curl 'https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=«6BXJ46JBK1KVKCFQ»'  # alphavantage",
    near_miss: "alphavantage query function=TIME_SERIES_DAILY&symbol=IBM&apikey=demo",
    doc: "https://www.alphavantage.co/documentation/" },
    v! { id: "apify-api-token", provider: "Apify", title: "Apify API token", prefix: ["apify_api_"],
    // Personal API tokens from Console > Settings > API & Integrations,
    // `apify_api_` then letters and digits (36 in issued tokens; a range
    // here since the docs do not fix the length).
    pattern: r"\bapify_api_[A-Za-z0-9]{30,40}\b",
    example: "curl -H 'Authorization: Bearer «apify_api_Kq8vL2xZr7Tn4Wm1Pb5YcD9fGh3Jk6Ns0Qa2»' https://api.apify.com/v2/users/me",
    near_miss: "APIFY_TOKEN=apify_api_YOUR_TOKEN_HERE",
    doc: "https://docs.apify.com/platform/integrations/api" },
    v! { id: "brave-search-api-key", provider: "Brave", title: "Brave Search API key", near: ["BRAVE_API_KEY", "search.brave", "brave_search"],
    // Subscription tokens of the API dashboard read `BSA` then letters and
    // digits, sent as `X-Subscription-Token`.
    pattern: r#"\bBSA[A-Za-z0-9_-]{20,40}\b"#,
    example: "curl 'https://api.search.brave.com/res/v1/web/search?q=rust' -H 'X-Subscription-Token: «BSAIkvOV5g2m8bvcGJMAnSS7tpJfJk»'",
    near_miss: "search.brave.com result for rust, 20 results, offset 0",
    doc: "https://api-dashboard.search.brave.com/app/documentation/web-search/get-started" },
    v! { id: "coingecko-api-key", provider: "CoinGecko", title: "CoinGecko API key", prefix: ["CG-"],
    // Demo and Pro keys read `CG-` and letters and digits, sent as `x-cg-demo-
    // api-key` or `x-cg-pro-api-key`.
    pattern: r#"\bCG-[A-Za-z0-9]{24,26}\b"#,
    example: "curl 'https://pro-api.coingecko.com/api/v3/ping' -H 'x-cg-pro-api-key: «CG-vjAhzfXLUnJUwqoy4L9JyN2dC»'",
    near_miss: "coingecko coin id bitcoin, CG-rank 1",
    doc: "https://docs.coingecko.com/reference/authentication" },
    v! { id: "coinmarketcap-api-key", provider: "CoinMarketCap", title: "CoinMarketCap API key", near: ["coinmarketcap", "CMC_PRO_API_KEY"], shape: UUID_KEY,
    // Keys of the developer portal are UUIDs, sent as `X-CMC_PRO_API_KEY`.
    example: "curl -H 'X-CMC_PRO_API_KEY: «c2ac4447-9f7a-4e9a-b14a-6bfb410232c7»' https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest",
    near_miss: "coinmarketcap id 1 is bitcoin; request 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://coinmarketcap.com/api/documentation/v1/#section/Authentication" },
    v! { id: "diffbot-token", provider: "Diffbot", title: "Diffbot API token", near: ["diffbot"], shape: HEX32,
    // The account token of the dashboard is 32 hex digits, sent as `token`.
    example: "curl 'https://api.diffbot.com/v3/article?token=«c24f37393765c83ab318d4cc9e986ba9»&url=https://example.com/post'",
    near_miss: "diffbot article type, entity id E4kQx9fZ2aB in the knowledge graph",
    doc: "https://docs.diffbot.com/reference/authentication" },
    v! { id: "edamam-app-key", provider: "Edamam", title: "Edamam application key", near: ["edamam"], shape: HEX32,
    // Applications have an 8-hex-digit id and a key of 32 hex digits, sent as
    // `app_key`.
    example: "curl 'https://api.edamam.com/api/recipes/v2?type=public&q=soup&app_id=3f9a2c1b&app_key=«fdb106450188bf0bd9c58ffd2d65da45»'",
    near_miss: "edamam recipe uri recipe_b79327d05b8e5b838ad6cfd9576b30b6",
    doc: "https://developer.edamam.com/edamam-docs-recipe-api" },
    v! { id: "etherscan-api-key", provider: "Etherscan", title: "Etherscan API key", near: ["etherscan"],
    // Keys of the account's API Keys page are 34 capital letters and digits,
    // sent as `apikey`.
    pattern: r#"\b[A-Z0-9]{34}\b"#,
    example: "ETHERSCAN_API_KEY=«WBHA478S4DVKLPQVWR3U42YZNIJX9OUZ5T» npx hardhat verify --network mainnet 0xAbC0000000000000000000000000000000000001",
    near_miss: "etherscan tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    doc: "https://docs.etherscan.io/getting-started/viewing-api-usage-statistics" },
    v! { id: "exchangerate-api-key", provider: "ExchangeRate-API", title: "ExchangeRate-API key", near: ["exchangerate_api", "exchangerate-api"], shape: HEX24,
    // Keys are 24 hex digits and sit in the request path.
    example: "curl https://v6.exchangerate-api.com/v6/«8773af4722a2961b26355d36»/latest/USD",
    near_miss: "exchangerate-api base USD, time_next_update_unix 1702512001",
    doc: "https://www.exchangerate-api.com/docs/authentication" },
    v! { id: "finnhub-api-key", provider: "Finnhub", title: "Finnhub API key", near: ["finnhub"], shape: LOWER20,
    // Keys of the dashboard are 20 small letters and digits, sent as `token`
    // or `X-Finnhub-Token`.
    example: "curl 'https://finnhub.io/api/v1/quote?symbol=AAPL' -H 'X-Finnhub-Token: «mouycedy6oog1bqvz1wo»'",
    near_miss: "finnhub quote AAPL c=187.42 h=188.11 l=185.90",
    doc: "https://finnhub.io/docs/api/authentication" },
    v! { id: "fixer-access-key", provider: "Fixer", title: "Fixer access key", near: ["FIXER_API_KEY", "FIXER_ACCESS_KEY", "fixer.io"], shape: HEX32,
    // The access key of the dashboard is 32 hex digits, sent as `access_key`.
    example: "curl 'https://data.fixer.io/api/latest?access_key=«c2f1461c93ed5ddebedd69bc3a986a82»&base=EUR'  # fixer.io",
    near_miss: "fixer.io rates base EUR, date 2024-12-07",
    doc: "https://fixer.io/documentation" },
    v! { id: "fmp-api-key", provider: "Financial Modeling Prep", title: "Financial Modeling Prep API key", near: ["financialmodelingprep"], shape: ALNUM32,
    // Keys of the dashboard are 32 letters and digits, sent as `apikey`.
    example: "curl 'https://financialmodelingprep.com/api/v3/profile/AAPL?apikey=«s6GU7YdReH58tKkuway3Cq3RoGMg42tV»'",
    near_miss: "financialmodelingprep profile AAPL cik 0000320193",
    doc: "https://site.financialmodelingprep.com/developer/docs#authorization" },
    v! { id: "foursquare-api-key", provider: "Foursquare", title: "Foursquare Places API key", prefix: ["fsq3"],
    // Places API keys read `fsq3` and base64, sent bare in `Authorization`.
    pattern: r#"\bfsq3[A-Za-z0-9+/]{40,48}=*"#,
    example: "curl 'https://api.foursquare.com/v3/places/search?near=Berlin' -H 'Authorization: «fsq30VqJKoGebmO2QJDprQqK0TP1J+reDGkac5IyuhMHylv=»'",
    near_miss: "foursquare venue fsq_id 4b0588a1f964a520d6b022e3",
    doc: "https://docs.foursquare.com/developer/reference/authentication" },
    v! { id: "geoapify-api-key", provider: "Geoapify", title: "Geoapify API key", near: ["geoapify"], shape: HEX32,
    // Keys of the project page are 32 hex digits, sent as `apiKey`.
    example: "curl 'https://api.geoapify.com/v1/geocode/search?text=Berlin&apiKey=«938bf8eaa1892a054e3241684368222e»'",
    near_miss: "geoapify place_id 51a5e2f3d4c5b6a7 for Berlin",
    doc: "https://apidocs.geoapify.com/docs/geocoding/api/" },
    v! { id: "gnews-api-key", provider: "GNews", title: "GNews API key", near: ["gnews"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as `apikey`.
    example: "curl 'https://gnews.io/api/v4/search?q=rust&lang=en&apikey=«ced0643ff6125b2ab2d78221400d47e3»'",
    near_miss: "gnews top-headlines category technology, 10 articles",
    doc: "https://gnews.io/docs/v4#authentication" },
    v! { id: "guardian-api-key", provider: "The Guardian", title: "Guardian Open Platform API key", near: ["guardianapis", "GUARDIAN_API_KEY"], shape: UUID_KEY,
    // Developer keys are UUIDs, sent as `api-key`; the docs' `test` key is not
    // a UUID.
    example: "curl 'https://content.guardianapis.com/search?q=rust&api-key=«194fa992-6ce0-411f-a61f-e94a06443553»'",
    near_miss: "guardianapis search returned 10 results, page 1 of 42, api-key=test",
    doc: "https://open-platform.theguardian.com/documentation/" },
    v! { id: "here-api-key", provider: "HERE", title: "HERE platform API key", near: ["HERE_API_KEY", "hereapi", "apikey.here"],
    // API keys of an app's credentials are 43 base64url characters, sent as
    // `apiKey`.
    pattern: r#"\b[A-Za-z0-9_-]{43}\b"#,
    example: "HERE_API_KEY=«xvY10oU7ny86KDiC1yFPU6mK0uGS6mg2h3ajkHGkD2i»",
    near_miss: "HERE_API_KEY must be set; see platform.here.com/admin/apps",
    doc: "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html" },
    v! { id: "infura-api-key", provider: "Infura", title: "Infura API key", near: ["infura"], shape: HEX32,
    // The API key (formerly project id) is 32 hex digits and sits in every
    // endpoint URL; a separate API key secret may be required.
    example: "const provider = new JsonRpcProvider('https://mainnet.infura.io/v3/«9089a5d0148cd42edc42afc88e8a9dee»')  // infura api key",
    near_miss: "infura mainnet block 19000000 hash 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    doc: "https://docs.metamask.io/services/get-started/infura/" },
    v! { id: "ipdata-api-key", provider: "ipdata", title: "ipdata API key", near: ["ipdata"],
    // Keys are 56 hex digits, sent as `api-key`.
    pattern: r#"\b[a-f0-9]{56}\b"#,
    example: "curl 'https://api.ipdata.co/203.0.113.7?api-key=«6ec2e919641a2904781568c1d42c753225600f6ed5d2dc66f61cb043»'",
    near_miss: "ipdata lookup 203.0.113.7: country DE, asn AS3320",
    doc: "https://docs.ipdata.co/docs/authentication" },
    v! { id: "ipgeolocation-api-key", provider: "ipgeolocation.io", title: "ipgeolocation.io API key", near: ["ipgeolocation"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as `apiKey`.
    example: "curl 'https://api.ipgeolocation.io/ipgeo?apiKey=«a894e44c4ce8382a3b418b35ecd60c01»&ip=203.0.113.7'",
    near_miss: "ipgeolocation result 203.0.113.7 city Berlin, isp Example",
    doc: "https://ipgeolocation.io/documentation/ip-geolocation-api.html" },
    v! { id: "ipinfo-token", provider: "IPinfo", title: "IPinfo access token", near: ["ipinfo"],
    // Access tokens are 14 hex digits, sent as `token` or a bearer token.
    pattern: r#"\b[a-f0-9]{14}\b"#,
    example: "curl 'https://ipinfo.io/203.0.113.7?token=«6787b25e074843»'",
    near_miss: "ipinfo 203.0.113.7: org AS3320, postal 10115",
    doc: "https://ipinfo.io/developers#authentication" },
    v! { id: "ipstack-access-key", provider: "ipstack", title: "ipstack access key", near: ["ipstack"], shape: HEX32,
    // The access key of the account dashboard is 32 hex digits, sent as
    // `access_key` (IP geolocation).
    example: "curl 'https://api.ipstack.com/203.0.113.7?access_key=«aa7d57b4b096cef321b31ec70fb0777d»'",
    near_miss: "ipstack free plan: 100 requests a month, HTTPS on paid plans",
    doc: "https://ipstack.com/documentation" },
    v! { id: "locationiq-access-token", provider: "LocationIQ", title: "LocationIQ access token", near: ["locationiq"],
    // Access tokens read `pk.` and 32 hex digits, sent as `key`; every request
    // is billed to them.
    pattern: r#"\bpk\.[a-f0-9]{32}\b"#,
    example: "curl 'https://us1.locationiq.com/v1/search?key=«pk.7290064bcdd6b115d154dfd7d7146cae»&q=Berlin&format=json'",
    near_miss: "locationiq place_id 2345678 for Berlin, licence ODbL",
    doc: "https://docs.locationiq.com/docs/authentication" },
    v! { id: "mapquest-api-key", provider: "MapQuest", title: "MapQuest API key", near: ["mapquest"], shape: ALNUM32,
    // The consumer key of an app is 32 letters and digits, sent as `key`.
    example: "curl 'https://www.mapquestapi.com/geocoding/v1/address?key=«axWdQ7M9hDvpQEVAgzZT17fNryeVDON2»&location=Denver,CO'",
    near_miss: "mapquest route session 5f1e8a2c-03c5-4a7e-8b1d-2e3f4a5b6c7d",
    doc: "https://developer.mapquest.com/documentation/" },
    v! { id: "maptiler-api-key", provider: "MapTiler", title: "MapTiler API key", near: ["maptiler"], shape: ALNUM20,
    // Keys of Account > Keys are 20 letters and digits, sent as `key`.
    example: "MAPTILER_API_KEY=«TFWgFQvLs5vr6Kb4Mxde»",
    near_miss: "maptiler style streets-v2, tiles v3, attribution © MapTiler",
    doc: "https://docs.maptiler.com/cloud/api/authentication-key/" },
    v! { id: "marketstack-access-key", provider: "marketstack", title: "marketstack access key", near: ["marketstack"], shape: HEX32,
    // The access key of the account dashboard is 32 hex digits, sent as
    // `access_key` (stock prices).
    example: "curl 'https://api.marketstack.com/v1/eod?access_key=«73c792ca223a8daa2e85bf7381365257»'",
    near_miss: "marketstack free plan: 100 requests a month, HTTPS on paid plans",
    doc: "https://marketstack.com/documentation" },
    v! { id: "maxmind-license-key", provider: "MaxMind", title: "MaxMind license key", near: ["maxmind", "geoip", "geolite"],
    // License keys of the account portal read 6 characters, `_`, 29 characters
    // and `_mmk`; geoipupdate and the web services take them.
    pattern: r#"\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b"#,
    example: "GEOIPUPDATE_ACCOUNT_ID=1234567\nGEOIPUPDATE_LICENSE_KEY=«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»\nGEOIPUPDATE_EDITION_IDS=GeoLite2-City",
    near_miss: "maxmind geolite2 database build 2024-12-06, edition GeoLite2-City",
    doc: "https://dev.maxmind.com/license-key-format" },
    v! { id: "nasa-api-key", provider: "api.data.gov", title: "api.data.gov (NASA) API key", near: ["NASA_API_KEY", "api.nasa.gov", "api.data.gov"], shape: ALNUM40,
    // Keys from api.data.gov (NASA, NREL, FDA, USDA) are 40 letters and
    // digits, sent as `api_key`; `DEMO_KEY` is not reported.
    example: "curl 'https://api.nasa.gov/planetary/apod?api_key=«TQCDPJZtLxZhxEMlOYmSm6zaaRclOc8f6FT8aPCO»'",
    near_miss: "api.nasa.gov apod request with api_key=DEMO_KEY, date 2024-12-07",
    doc: "https://api.nasa.gov/" },
    v! { id: "newsapi-key", provider: "NewsAPI", title: "NewsAPI key", near: ["newsapi"], shape: HEX32,
    // Keys of the account page are 32 hex digits, sent as `apiKey` or `X-Api-
    // Key`.
    example: "curl https://newsapi.org/v2/top-headlines?country=us -H 'X-Api-Key: «4b636c27396b54010f11e806e341bf0f»'",
    near_miss: "newsapi top-headlines country=us, totalResults 38",
    doc: "https://newsapi.org/docs/authentication" },
    v! { id: "nytimes-api-key", provider: "The New York Times", title: "New York Times developer API key", near: ["nytimes", "NYT_API_KEY"], shape: ALNUM32,
    // App keys of the developer portal are 32 letters and digits, sent as
    // `api-key`.
    example: "curl 'https://api.nytimes.com/svc/topstories/v2/home.json?api-key=«RMGmqnmOw8RwlhQdZwNeZQR3uIBYudKi»'",
    near_miss: "nytimes article uri nyt://article/7c2e9a41-f0b3-5d6e-85a1-c4f7b2e9d0a3",
    doc: "https://developer.nytimes.com/get-started" },
    v! { id: "opencage-api-key", provider: "OpenCage", title: "OpenCage geocoding API key", near: ["opencage"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as `key`.
    example: "curl 'https://api.opencagedata.com/geocode/v1/json?q=Berlin&key=«958ff947d5ef57a992861f6718732c23»'  # opencage",
    near_miss: "opencage result confidence 9, geohash u33dc0cpp2eh",
    doc: "https://opencagedata.com/api#authentication" },
    v! { id: "openexchangerates-app-id", provider: "Open Exchange Rates", title: "Open Exchange Rates App ID", near: ["openexchangerates"], shape: HEX32,
    // The App ID (the only credential) is 32 hex digits, sent as `app_id` or
    // `Authorization: Token …`.
    example: "curl 'https://openexchangerates.org/api/latest.json?app_id=«d87866f009bce6ada05af04879edfff1»'",
    near_miss: "openexchangerates base USD, timestamp 1702512001",
    doc: "https://docs.openexchangerates.org/reference/authentication" },
    v! { id: "openweathermap-api-key", provider: "OpenWeather", title: "OpenWeatherMap API key (appid)", near: ["openweather"],
    // The `appid` parameter; keys from the account's API keys page are 32
    // lower-case hex digits.
    shape: HEX32,
    example: "OPENWEATHER_API_KEY=«4e9b2c7a1f8d3e6059c1a7f4b2e8d3c6»",
    near_miss: "OpenWeather city id 2643743 (London) in https://api.openweathermap.org/data/2.5/weather?id=2643743",
    doc: "https://openweathermap.org/appid" },
    v! { id: "pexels-api-key", provider: "Pexels", title: "Pexels API key", near: ["pexels"],
    // Keys are 56 letters and digits, sent bare in `Authorization`.
    pattern: r#"\b[A-Za-z0-9]{56}\b"#,
    example: "PEXELS_API_KEY=«xxLYuGry5JxAx9eijlZp7fiHK0lRDVRgJveSOB4ZLdeONrVlItizYoeA»",
    near_miss: "pexels photo 2014422 by Joey Farina, avg color #978E82",
    doc: "https://www.pexels.com/api/documentation/#authorization" },
    v! { id: "pixabay-api-key", provider: "Pixabay", title: "Pixabay API key", near: ["pixabay"],
    // Keys read the account number, `-` and 25 hex digits, sent as `key`.
    pattern: r#"\b[0-9]{7,9}-[a-f0-9]{25}\b"#,
    example: "curl 'https://pixabay.com/api/?key=«09770889-387b9ec192daf2ffebfd8be9f»&q=yellow+flowers'",
    near_miss: "pixabay image 195893 by user 12019, 1280x853",
    doc: "https://pixabay.com/api/docs/#api_search_images" },
    v! { id: "polygon-api-key", provider: "Polygon.io", title: "Polygon.io (Massive) API key", near: ["POLYGON_API_KEY", "polygon.io", "massive.com"], shape: ALNUM32,
    // Keys of the dashboard are 32 letters and digits, sent as `apiKey` or a
    // bearer token.
    example: "curl 'https://api.polygon.io/v2/aggs/ticker/AAPL/prev?apiKey=«MUURThhLpXiF2YskceGvJZnROMHjDdIJ»'",
    near_miss: "polygon.io aggregates AAPL, request_id 6a7e466379af0a71039d60cc78e72282",
    doc: "https://polygon.io/docs/rest/quickstart" },
    v! { id: "positionstack-access-key", provider: "positionstack", title: "positionstack access key", near: ["positionstack"], shape: HEX32,
    // The access key of the account dashboard is 32 hex digits, sent as
    // `access_key` (geocoding).
    example: "curl 'https://api.positionstack.com/v1/forward?access_key=«62eea46e9bac16c3714dcc435e3af6e3»'",
    near_miss: "positionstack free plan: 100 requests a month, HTTPS on paid plans",
    doc: "https://positionstack.com/documentation" },
    v! { id: "quandl-api-key", provider: "Nasdaq Data Link", title: "Nasdaq Data Link (Quandl) API key", near: ["quandl", "nasdaqdatalink", "NASDAQ_DATA_LINK"], shape: ALNUM20,
    // Keys of Account settings are 20 characters (letters, digits), sent as
    // `api_key`.
    example: "nasdaqdatalink.ApiConfig.api_key = '«tvghpdmA9q3sLF0r8abA»'",
    near_miss: "quandl dataset WIKI/AAPL, database code WIKI",
    doc: "https://docs.data.nasdaq.com/docs/getting-started" },
    v! { id: "radar-secret-key", provider: "Radar", title: "Radar secret key", prefix: ["prj_live_sk_", "prj_test_sk_"],
    // Secret keys read `prj_live_sk_` or `prj_test_sk_` and 40 hex digits;
    // publishable keys (`_pk_`) are meant for apps and not reported.
    pattern: r#"\bprj_(?:live|test)_sk_[a-f0-9]{40}\b"#,
    example: "curl https://api.radar.io/v1/users -H 'Authorization: «prj_live_sk_eba2b7bc4d3ec60d57fb201b675a9f7a6328d6a2»'",
    near_miss: "the publishable key prj_live_pk_… goes in the app; the secret key stays on the server",
    doc: "https://radar.com/documentation/api#authentication" },
    v! { id: "rapidapi-key", provider: "RapidAPI", title: "RapidAPI application key", near: ["rapidapi"],
    // Application keys are 50 hex digits with `msh`, `p1` and `jsn` at fixed
    // places, sent as `X-RapidAPI-Key`.
    pattern: r#"\b[a-f0-9]{10}msh[a-f0-9]{15}p1[a-f0-9]{6}jsn[a-f0-9]{12}\b"#,
    example: "curl https://weatherapi-com.p.rapidapi.com/current.json?q=Berlin -H 'X-RapidAPI-Key: «b71bde5d65mshbaab783583c6b50p1dfbae0jsn9040ae52ea25»'",
    near_miss: "rapidapi host weatherapi-com.p.rapidapi.com, plan BASIC",
    doc: "https://docs.rapidapi.com/docs/keys-and-key-rotation" },
    v! { id: "scraperapi-key", provider: "ScraperAPI", title: "ScraperAPI key", near: ["scraperapi"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as `api_key`.
    example: "curl 'https://api.scraperapi.com/?api_key=«2c6d9af15e90ddd1a2a3d9a6842ac19d»&url=https://example.com'",
    near_miss: "scraperapi concurrency limit 5, 1000 credits left",
    doc: "https://docs.scraperapi.com/documentation/getting-started" },
    v! { id: "scrapfly-api-key", provider: "Scrapfly", title: "Scrapfly API key", prefix: ["scp-live-", "scp-test-"],
    // Project keys read `scp-live-` or `scp-test-` and 32 hex digits, sent as
    // `key`.
    pattern: r#"\bscp-(?:live|test)-[a-f0-9]{32}\b"#,
    example: "curl 'https://api.scrapfly.io/scrape?key=«scp-live-d8f104f1dc498df5d635d5490b8a1d7b»&url=https://example.com'",
    near_miss: "scrapfly scrape log 01HQK3X9FZ2ABCD3EF4GH5IJ6K",
    doc: "https://scrapfly.io/docs/project#api-keys" },
    v! { id: "scrapingbee-api-key", provider: "ScrapingBee", title: "ScrapingBee API key", near: ["scrapingbee"],
    // Keys of the dashboard are 80 capital letters and digits, sent as
    // `api_key`.
    pattern: r#"\b[A-Z0-9]{80}\b"#,
    example: "SCRAPINGBEE_API_KEY=«6NVCCKYVJ676DJX6240KTTAZ24MJ433OTFX0H9HGH86MSDQS1Q0CKL9XOH5PI2KVEK8SRHE9FS6Q0RUP»",
    near_miss: "scrapingbee request cost 5 credits with render_js=true",
    doc: "https://www.scrapingbee.com/documentation/" },
    v! { id: "spoonacular-api-key", provider: "Spoonacular", title: "Spoonacular API key", near: ["spoonacular"], shape: HEX32,
    // Keys of the console are 32 hex digits, sent as `apiKey` or `x-api-key`.
    example: "curl 'https://api.spoonacular.com/recipes/complexSearch?query=pasta' -H 'x-api-key: «dbba29eb2f61833c1f157ee88d8989bd»'",
    near_miss: "spoonacular recipe 716429, ready in 45 minutes",
    doc: "https://spoonacular.com/food-api/docs#Authentication" },
    v! { id: "stadia-maps-api-key", provider: "Stadia Maps", title: "Stadia Maps API key", near: ["stadiamaps", "stadia"], shape: UUID_KEY,
    // Keys of the client dashboard are UUIDs, sent as `api_key` (web maps may
    // use domain auth instead).
    example: "curl 'https://api.stadiamaps.com/geocoding/v1/search?text=Berlin&api_key=«370da7dd-0a65-4f99-96bd-958825364db4»'",
    near_miss: "stadiamaps style alidade_smooth, tile 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://docs.stadiamaps.com/authentication/" },
    v! { id: "tiingo-api-token", provider: "Tiingo", title: "Tiingo API token", near: ["tiingo"], shape: HEX40,
    // The account's API token is 40 hex digits, sent as `Authorization: Token
    // …` or `token`.
    example: "curl https://api.tiingo.com/tiingo/daily/aapl/prices -H 'Authorization: Token «fc4f4ec5e1ecebb3e2a998d16babff187195983f»'",
    near_miss: "tiingo daily prices aapl, adjClose 187.42 on 2024-12-06",
    doc: "https://www.tiingo.com/documentation/general/connecting" },
    v! { id: "tmdb-api-key", provider: "TMDB", title: "TMDB (The Movie Database) API key", near: ["tmdb", "themoviedb"], shape: HEX32,
    // The v3 API key is 32 hex digits, sent as `api_key`; the v4 read access
    // token is a JWT (found by the JWT rule).
    example: "curl 'https://api.themoviedb.org/3/movie/550?api_key=«7ee06ea7e73560a60f1f22e188a97ed9»'",
    near_miss: "tmdb movie 550 poster /pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg",
    doc: "https://developer.themoviedb.org/docs/authentication-application" },
    v! { id: "tomorrowio-api-key", provider: "Tomorrow.io", title: "Tomorrow.io API key", near: ["tomorrowio", "tomorrow.io"], shape: ALNUM32,
    // Keys of Development > API Management are 32 letters and digits, sent as
    // `apikey`.
    example: "curl 'https://api.tomorrow.io/v4/weather/realtime?location=berlin&apikey=«Inl7qOb8mV8bEa18mGrghCU3ycDspnnE»'",
    near_miss: "tomorrow.io realtime weatherCode 1001, temperature 4.2",
    doc: "https://docs.tomorrow.io/reference/api-authentication" },
    v! { id: "tomtom-api-key", provider: "TomTom", title: "TomTom API key", near: ["tomtom"], shape: ALNUM32,
    // Keys of the developer dashboard are 32 letters and digits, sent as
    // `key`.
    example: "curl 'https://api.tomtom.com/search/2/geocode/Berlin.json?key=«yfvZMTTNlLeEnFQNc6mq0dk4rTDMbfyI»'",
    near_miss: "tomtom search result id DE/GEO/p0/12345, score 9.8",
    doc: "https://developer.tomtom.com/platform/documentation/dashboard/api-keys" },
    v! { id: "twelvedata-api-key", provider: "Twelve Data", title: "Twelve Data API key", near: ["twelvedata"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as `apikey` or
    // `Authorization: apikey …`.
    example: "curl 'https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey=«3687fba91311a5659c558dc5dc506698»'",
    near_miss: "twelvedata time_series AAPL interval 1min, apikey=demo",
    doc: "https://twelvedata.com/docs#authentication" },
    v! { id: "unsplash-access-key", provider: "Unsplash", title: "Unsplash access key", near: ["unsplash"],
    // An application's access key is 43 base64url characters, sent as
    // `Authorization: Client-ID …`.
    pattern: r#"\b[A-Za-z0-9_-]{43}\b"#,
    example: "curl https://api.unsplash.com/photos/random -H 'Authorization: Client-ID «kYsqM61CSaLNfnCiXMArhl8whqo9J8e23tUI-WqDmDV»'  # unsplash access key",
    near_miss: "unsplash photo LBI7cgq3pbM by Gilley Aguilar, blur_hash LGF5]+Yk^6#M@-5c,1J5@[or[Q6.",
    doc: "https://unsplash.com/documentation#authorization" },
    v! { id: "visualcrossing-api-key", provider: "Visual Crossing", title: "Visual Crossing weather API key", near: ["visualcrossing"],
    // Keys of the account page are 25 capital letters and digits, sent as
    // `key`.
    pattern: r#"\b[A-Z0-9]{25}\b"#,
    example: "curl 'https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/Berlin?key=«1YG75F1JCR4AB1Z436HT4O2QZ»'",
    near_miss: "visualcrossing timeline Berlin, queryCost 1, resolvedAddress Berlin, Deutschland",
    doc: "https://www.visualcrossing.com/resources/documentation/weather-api/timeline-weather-api/" },
    v! { id: "weatherapi-key", provider: "WeatherAPI.com", title: "WeatherAPI.com API key", near: ["weatherapi"],
    // Keys of the account page are 31 hex digits, sent as `key`.
    pattern: r#"\b[a-f0-9]{31}\b"#,
    example: "curl 'https://api.weatherapi.com/v1/current.json?key=«ec067eab250b2e80c79eea7329e4e23»&q=Berlin'",
    near_miss: "weatherapi current Berlin temp_c 4.0, condition code 1003",
    doc: "https://www.weatherapi.com/docs/#intro-authentication" },
    v! { id: "weatherbit-api-key", provider: "Weatherbit", title: "Weatherbit API key", near: ["weatherbit"], shape: HEX32,
    // Keys of the account dashboard are 32 hex digits, sent as `key`.
    example: "curl 'https://api.weatherbit.io/v2.0/current?city=Berlin&key=«1c8362d844837c6a14530d9271a91985»'",
    near_miss: "weatherbit station D1234, weather code 803",
    doc: "https://www.weatherbit.io/api/requests" },
    v! { id: "weatherstack-access-key", provider: "weatherstack", title: "weatherstack access key", near: ["weatherstack"], shape: HEX32,
    // The access key of the account dashboard is 32 hex digits, sent as
    // `access_key` (weather).
    example: "curl 'https://api.weatherstack.com/current?access_key=«8f249241d11ad0723551200a1b8dca9e»'",
    near_miss: "weatherstack free plan: 100 requests a month, HTTPS on paid plans",
    doc: "https://weatherstack.com/documentation" },
    v! { id: "wolframalpha-appid", provider: "Wolfram|Alpha", title: "Wolfram|Alpha AppID", near: ["wolframalpha", "wolfram"],
    // AppIDs of the developer portal read 6 characters, `-` and 10 more,
    // capitals and digits, sent as `appid`.
    pattern: r#"\b[A-Z0-9]{6}-[A-Z0-9]{10}\b"#,
    example: "curl 'https://api.wolframalpha.com/v1/result?appid=«GR7OYD-PM4JA6KTGG»&i=2%2B2'",
    near_miss: "wolframalpha pod Result, scanner Simplification",
    doc: "https://products.wolframalpha.com/api/documentation#obtaining-an-appid" },
    v! { id: "zenrows-api-key", provider: "ZenRows", title: "ZenRows API key", near: ["zenrows"], shape: HEX40,
    // Keys of the builder page are 40 hex digits, sent as `apikey`.
    example: "curl 'https://api.zenrows.com/v1/?apikey=«ac6b60be5aa56afc63d85f3075ea8456e5d31780»&url=https://example.com'",
    near_miss: "zenrows request cost 5 credits with js_render=true",
    doc: "https://docs.zenrows.com/universal-scraper-api/api-reference" },
    v! { id: "zyte-api-key", provider: "Zyte", title: "Zyte API key", near: ["zyte"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, sent as the basic-auth user
    // name with no password.
    example: r#"curl https://api.zyte.com/v1/extract -u «ceaeee3817706472eaf3820fd7f22352»: -d '{"url": "https://example.com"}'"#,
    near_miss: "zyte job 123456/1/7 finished, 42 items",
    doc: "https://docs.zyte.com/zyte-api/usage/http.html" },
];
