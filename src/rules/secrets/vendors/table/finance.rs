//! Vendor rows: banking and payment-account APIs, crypto exchanges and blockchain APIs, accounting and invoicing, currency rates, market data and brokerages.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "alchemy-api-key", provider: "Alchemy", title: "Alchemy API key", near: ["ALCHEMY_API_KEY", "alchemy.com", "alchemyapi"],
    // App API keys of the Alchemy dashboard are 32 characters of letters,
    // digits, `_` and `-`, the last path segment of the app's RPC URL.
    // "alchemy" alone also names SQLAlchemy.
    pattern: r#"\b[A-Za-z0-9_-]{32}\b"#,
    example: "ALCHEMY_API_KEY=«V2A46pz5HDIe1LWZTn6J7lsdkwKKnJrc»  # eth-mainnet.g.alchemy.com/v2",
    near_miss: "alchemy.com app acme-indexer on eth-mainnet, 4.2M compute units",
    doc: "https://docs.alchemy.com/docs/alchemy-quickstart-guide" },
    v! { id: "ankr-api-key", provider: "Ankr", title: "Ankr premium RPC API key", near: ["ankr"], shape: HEX64,
    // Premium RPC endpoints carry the project's API key, 64 hex digits,
    // as the last path segment (`rpc.ankr.com/eth/<key>`).
    example: "RPC_URL=https://rpc.ankr.com/eth/«6a889deeb61bd84f8a5a307b0b4c1f70fff0fbee1c14243998a98a090c34a51d»  # ankr premium api key",
    near_miss: "ankr public rpc https://rpc.ankr.com/eth, block 19823311, tx 0xea85d2aec5b75a16c8d6a3cd2492f9fab7d90fe7a38970bd60be4d0bce664e8c",
    doc: "https://www.ankr.com/docs/rpc-service/getting-started/basics/" },
    v! { id: "benzinga-api-key", provider: "Benzinga", title: "Benzinga API key", near: ["benzinga"], shape: HEX32,
    // News and data API keys are 32 hex digits, passed as `token=`.
    example: "curl 'https://api.benzinga.com/api/v2/news?tickers=AAPL&token=«4e4f97e8b109bf9b816b8e83fb2a15bd»'",
    near_miss: "benzinga story 39123456 on AAPL, updated 2024-06-01",
    doc: "https://docs.benzinga.com/" },
    v! { id: "binance-api-key", provider: "Binance", title: "Binance API key or secret", near: ["binance", "X-MBX-APIKEY"], shape: ALNUM64,
    // HMAC API keys and their secret keys are 64 letters and digits; the
    // key goes in `X-MBX-APIKEY`, the secret signs the request.
    example: "BINANCE_API_KEY=yHRWQDkNgGkVRa4AQOcq2pSLpUE3QHZt1uDSCF55lutZ4lIryJ6vZ5N4WW33QWsu\nBINANCE_API_SECRET=«oNRy5UPtF4LjpU0O0Bi9Dss5ykBpLUKYYPisGiyPXKbB0vFBBzOHtIfyNm9ADCWt»",
    near_miss: "binance order 28457193 BTCUSDT filled at 67123.45, clientOrderId web_073d9c3a5a460a2c683abf5ff6674d03",
    doc: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security" },
    v! { id: "bitfinex-api-secret", provider: "Bitfinex", title: "Bitfinex API secret", near: ["bitfinex"],
    // API keys and secrets of the account's API page are 43 letters and
    // digits; the secret signs `bfx-signature`.
    pattern: r#"\b[A-Za-z0-9]{43}\b"#,
    example: "BFX_API_KEY=CmIoaFa24MwUB2DWDSYV9DKuHNUp2hRXFaeJqGwj2dO\nBFX_API_SECRET=«Xh8Ht442aTD3zogolnJ97aImZ8fOVELp283kSVQP3az»  # bitfinex",
    near_miss: "bitfinex order 117823455 tBTCUSD executed, sha256 9f86d081884c7d659a2feaa0c55ad015",
    doc: "https://docs.bitfinex.com/docs/rest-auth" },
    v! { id: "bitget-api-secret", provider: "Bitget", title: "Bitget API secret key", near: ["bitget"], shape: HEX64,
    // API keys (`bg_` and 32 hex digits) come with a 64-hex-digit secret
    // key and a passphrase; the secret signs `ACCESS-SIGN`.
    example: "BITGET_API_KEY=bg_853d5b62350de0f7cc5325a150c89093\nBITGET_SECRET_KEY=«f612c724be285f9fcb8651e6ae25af9a4fd567cf93b767670edddfa9ac36622b»\nBITGET_PASSPHRASE=acme-trading",
    near_miss: "bitget order 1098394194231083008 on BTCUSDT_SPBL filled",
    doc: "https://www.bitget.com/api-doc/common/signature" },
    v! { id: "bitgo-access-token", provider: "BitGo", title: "BitGo access token", prefix: ["v2x"],
    // Long-lived access tokens of Developer Options; tokens of the v2 and
    // v3 authentication protocols are prefixed `v2x`, then 64 hex digits.
    pattern: r#"\bv2x[a-f0-9]{64}\b"#,
    example: "curl https://app.bitgo.com/api/v2/user/me -H 'Authorization: Bearer «v2xbd1fd4486958af2c606651b49b0b72eed9106fc9ad035f9221b940bef9572979»'",
    near_miss: "BitGo changelog: tokens created with v3 authentication are prefixed with v2x",
    doc: "https://developers.bitgo.com/changelog/20251203" },
    v! { id: "bitmex-api-secret", provider: "BitMEX", title: "BitMEX API secret", near: ["bitmex"],
    // API keys have a 24-character id and a 48-character secret of
    // letters, digits, `_` and `-`, which signs `api-signature`.
    pattern: r#"\b[A-Za-z0-9_-]{48}\b"#,
    example: "BITMEX_API_KEY=gMQLq1CeAXeVtbU61TiI6wXn\nBITMEX_API_SECRET=«mEo_HbAWqUVuZ1FXHqWBNEwLMghuT9L6yKEjx2SKv6rufvT1»",
    near_miss: "bitmex position XBTUSD 1200 contracts, order 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://www.bitmex.com/app/apiKeysUsage" },
    v! { id: "bitstamp-api-secret", provider: "Bitstamp", title: "Bitstamp API secret", near: ["bitstamp"], shape: ALNUM32,
    // API keys and secrets of Settings > API access are 32 letters and
    // digits; the secret signs `X-Auth-Signature`.
    example: "BITSTAMP_API_KEY=dpuAqO8DKQZCqeKYvThzOrL7sjIFRS5c\nBITSTAMP_API_SECRET=«LECSo0JOK8ALAyMHaxaU4bFvNxNbXgbA»",
    near_miss: "bitstamp order 1684392251756544 btcusd, fee 0.0030",
    doc: "https://www.bitstamp.net/api/#section/Authentication" },
    v! { id: "bitvavo-api-secret", provider: "Bitvavo", title: "Bitvavo API secret", near: ["bitvavo"],
    // API keys are 64 hex digits and their secrets 128, which sign
    // `Bitvavo-Access-Signature`.
    pattern: r#"\b[a-f0-9]{128}\b"#,
    example: "BITVAVO_APIKEY=e2108bf324a6a2fa6319acddca6000b990d820b936dc148f40d906e608d2c0e6\nBITVAVO_APISECRET=«1ed95d4afebd532f35e2539f94461fc3337ff345d2e86a5c8666a69a4e59987f8c9270f4cee39e35648f2722d01d9ac44ab6e513733a37ce5461a375668126d1»",
    near_miss: "bitvavo order 5f1e8a2c-9d3b-4a7e-8f0c-1d2e3f4a5b6c BTC-EUR filled",
    doc: "https://docs.bitvavo.com/" },
    v! { id: "blockfrost-project-id", provider: "Blockfrost", title: "Blockfrost project id (API key)", near: ["blockfrost"],
    // The secret `project_id` of each project names its network, then 32
    // letters and digits: `mainnet…`, `preprod…`, `preview…`, `ipfs…`.
    pattern: r#"\b(?:mainnet|preprod|preview|testnet|ipfs)[A-Za-z0-9]{32}\b"#,
    example: "curl -H 'project_id: «mainnetEdh02T8mEhp6QNfgN4wCGgu9fosTVVKw»' https://cardano-mainnet.blockfrost.io/api/v0/blocks/latest",
    near_miss: "blockfrost cardano-mainnet block 10234567, epoch 489",
    doc: "https://blockfrost.dev/overview/getting-started" },
    v! { id: "bybit-api-secret", provider: "Bybit", title: "Bybit API secret", near: ["bybit"],
    // System-generated API keys are 18 characters and their secrets 36
    // letters and digits, which sign `X-BAPI-SIGN`.
    pattern: r#"\b[A-Za-z0-9]{36}\b"#,
    example: "BYBIT_API_KEY=UeYcF5GHPHP3euEJHT\nBYBIT_API_SECRET=«fJUvVOtflGA2XZjM0BuJxtZPOs2LAiEUBBlK»",
    near_miss: "bybit order 1321003749386327552 BTCUSDT linear filled",
    doc: "https://bybit-exchange.github.io/docs/v5/guide#authentication" },
    v! { id: "codat-api-key", provider: "Codat", title: "Codat API key", near: ["codat"], shape: ALNUM40,
    // Keys of Settings > Developers > API keys are 40 letters and digits,
    // sent base64-encoded as `Authorization: Basic …`.
    example: "CODAT_API_KEY=«0EfXVS0M5ILteLBR5Agg0Si7v87Pk62L6ZF3ptDB»",
    near_miss: "codat company 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 linked to Xero",
    doc: "https://docs.codat.io/using-the-api/authentication" },
    v! { id: "coinapi-api-key", provider: "CoinAPI", title: "CoinAPI key", near: ["coinapi", "X-CoinAPI-Key"], shape: UUID_KEY,
    // Keys are UUIDs in capitals, sent as `X-CoinAPI-Key` or `apikey=`.
    example: "curl https://rest.coinapi.io/v1/exchangerate/BTC/USD -H 'X-CoinAPI-Key: «FD67814D-A1A1-5AA0-50BD-DF73C7770A9A»'",
    near_miss: "coinapi symbol BITSTAMP_SPOT_BTC_USD, trade 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://docs.coinapi.io/authentication" },
    v! { id: "cryptocompare-api-key", provider: "CryptoCompare", title: "CryptoCompare API key", near: ["cryptocompare"], shape: HEX64,
    // Keys of the API keys page are 64 hex digits, sent as
    // `Authorization: Apikey …` or `api_key=`.
    example: "curl 'https://min-api.cryptocompare.com/data/price?fsym=BTC&tsyms=USD' -H 'authorization: Apikey «e3bdc68b2fb8431474040b9e2eada31077ebfb6bfaf4af46f467ef734f7df531»'",
    near_miss: "cryptocompare coin id 1182 (BTC), sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    doc: "https://min-api.cryptocompare.com/documentation" },
    v! { id: "currencycloud-api-key", provider: "Currencycloud", title: "Currencycloud API key", near: ["currencycloud"], shape: HEX64,
    // The API key beside the login id is 64 hex digits, exchanged at
    // `/v2/authenticate/api` for an auth token.
    example: "curl -X POST https://devapi.currencycloud.com/v2/authenticate/api -F login_id=ops@acme.example -F api_key=«00d2c480901d0c658ee7b6086024c5029157fdfca513993cf92e0ab123d2243f»",
    near_miss: "currencycloud conversion 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 GBP/EUR settled",
    doc: "https://developer.currencycloud.com/" },
    v! { id: "currencyfreaks-api-key", provider: "CurrencyFreaks", title: "CurrencyFreaks API key", near: ["currencyfreaks"], shape: HEX32,
    // Keys of the dashboard are 32 hex digits, passed as `apikey=`.
    example: "curl 'https://api.currencyfreaks.com/v2.0/rates/latest?apikey=«02cf330d48bd5ed240d03d00ea788520»'",
    near_miss: "currencyfreaks rates for 2024-06-01, base USD, 179 currencies",
    doc: "https://currencyfreaks.com/documentation.html" },
    v! { id: "currencylayer-access-key", provider: "currencylayer", title: "currencylayer access key", near: ["currencylayer"], shape: HEX32,
    // The account's access key is 32 hex digits, passed as `access_key=`.
    example: "curl 'https://api.currencylayer.com/live?access_key=«44688c097db391b76baee54c42a8a7db»&currencies=EUR,GBP'",
    near_miss: "currencylayer quotes USDEUR 0.9212, timestamp 1717200000",
    doc: "https://currencylayer.com/documentation" },
    v! { id: "databento-api-key", provider: "Databento", title: "Databento API key", prefix: ["db-"],
    // "Each API key is a 32-character string starting with db-", read
    // from `DATABENTO_API_KEY`.
    pattern: r#"\bdb-[A-Za-z0-9]{29}\b"#,
    example: "DATABENTO_API_KEY=«db-gPcDmRiZxO9YuXFHPvBxtQaCrmRYb»",
    near_miss: "client = db.Historical(\"$YOUR_API_KEY\") with dataset GLBX.MDP3",
    doc: "https://databento.com/docs/api-historical/basics/authentication" },
    v! { id: "dune-api-key", provider: "Dune", title: "Dune Analytics API key", near: ["DUNE_API_KEY", "x-dune-api-key", "dune_client", "api.dune.com"], shape: ALNUM32,
    // User and team API keys (Settings > API), sent as `X-DUNE-API-KEY`;
    // 32 letters and digits as issued. "dune" alone is an ordinary word.
    example: "curl -X POST -H 'x-dune-api-key: «3xkwkBuMh9EPYSyFLqDpywxHRLW5yqyr»' https://api.dune.com/api/v1/query/3493826/execute",
    near_miss: "api.dune.com query 3493826 execution 01HKZJ2683PHF9Q9PHHQ8FW4Q1 completed",
    doc: "https://docs.dune.com/api-reference/overview/authentication" },
    v! { id: "dwolla-api-secret", provider: "Dwolla", title: "Dwolla API secret", near: ["dwolla"],
    // Applications have a key and a secret of 50 letters and digits,
    // exchanged for an access token with client credentials.
    pattern: r#"\b[A-Za-z0-9]{50}\b"#,
    example: "DWOLLA_APP_KEY=B8GSkIQ6INYXNs90v7WdOjbBc8Qvb78KqOgvHIbPAEKMfVHKVT\nDWOLLA_APP_SECRET=«qzltLGPXSlk0mVgLFPVyEmoJPSuUHb2haNNkFPM48p1SV7qP2S»",
    near_miss: "dwolla transfer 15c6bcce-46f7-e811-8112-e8dd3bececa8 processed",
    doc: "https://developers.dwolla.com/docs/balance/basics/auth" },
    v! { id: "expensify-partner-secret", provider: "Expensify", title: "Expensify partnerUserSecret", near: ["expensify", "partnerUserSecret"], shape: HEX40,
    // Integration Server credentials pair `partnerUserID` (`aa_…`) with a
    // `partnerUserSecret` of 40 hex digits.
    example: "{\"type\": \"get\", \"credentials\": {\"partnerUserID\": \"aa_ops_acme_example\", \"partnerUserSecret\": \"«298ecea3f8a0354ae87ab615833fbb334058f2d4»\"}}",
    near_miss: "expensify report 84213377 approved, policy 5F1E8A2C9D3B4A7E",
    doc: "https://integrations.expensify.com/Integration-Server/doc/" },
    v! { id: "finicity-app-key", provider: "Finicity", title: "Finicity (Mastercard Open Banking) app key", near: ["finicity"], shape: HEX32,
    // The partner's App Key is 32 hex digits, sent as `Finicity-App-Key`
    // with the partner secret to get a token.
    example: "curl -X POST https://api.finicity.com/aggregation/v2/partners/authentication -H 'Finicity-App-Key: «b6b19d1f71f3b6e91996c7034d12a085»'",
    near_miss: "finicity customer 1005061234, account 5011648377",
    doc: "https://developer.mastercard.com/open-banking-us/documentation/" },
    v! { id: "fireblocks-api-key", provider: "Fireblocks", title: "Fireblocks API key", near: ["fireblocks"], shape: UUID_KEY,
    // API users have a UUID key, sent as `X-API-Key`, and an RSA private
    // key that signs the request JWT.
    example: "FIREBLOCKS_API_KEY=«fd4310fd-1760-4b99-bdd5-3aae2266a8e3»\nFIREBLOCKS_SECRET_KEY_PATH=./fireblocks_secret.key",
    near_miss: "fireblocks vault account 12, transaction 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 completed",
    doc: "https://developers.fireblocks.com/reference/api-overview" },
    v! { id: "fred-api-key", provider: "FRED", title: "FRED (St. Louis Fed) API key", near: ["FRED_API_KEY", "stlouisfed", "fredapi"],
    // "A 32 character lower-cased alpha-numeric string", passed as
    // `api_key=`. "fred" alone is a name.
    pattern: r#"\b[a-z0-9]{32}\b"#,
    example: "curl 'https://api.stlouisfed.org/fred/series/observations?series_id=GNPCA&api_key=«jfjg38npxwy2i8mubffu5v2jco6zq65t»&file_type=json'",
    near_miss: "stlouisfed series GNPCA, observation 2023-01-01 value 22225.35",
    doc: "https://fred.stlouisfed.org/docs/api/api_key.html" },
    v! { id: "freecurrencyapi-key", provider: "freecurrencyapi", title: "freecurrencyapi API key", prefix: ["fca_live_"],
    // "Keys start with fca_"; the live keys issued read `fca_live_` and
    // 40 letters and digits, sent as the `apikey` header.
    pattern: r#"\bfca_live_[A-Za-z0-9]{32,48}\b"#,
    example: "curl https://api.freecurrencyapi.com/v1/latest -H 'apikey: «fca_live_a8mkHsIPXAU1zKAouRt35FWaGValtHsOYC1hZZa8»'",
    near_miss: "FREECURRENCYAPI_KEY=fca_live_YOUR-API-KEY in the freecurrencyapi quickstart",
    doc: "https://freecurrencyapi.com/agents.md" },
    v! { id: "freshbooks-client-secret", provider: "FreshBooks", title: "FreshBooks app client secret", near: ["freshbooks"], shape: HEX64,
    // Apps of the developer page have a client id and a client secret of
    // 64 hex digits for the OAuth token exchange.
    example: "FRESHBOOKS_CLIENT_ID=77990b8f54022afea82b6e8a203073ba2bcbe56d1080f17462e5bb505a0a94e8\nFRESHBOOKS_CLIENT_SECRET=«3967f87422a3668e6709e8770e60803a6426efdf72157667c32e620e799277cb»",
    near_miss: "freshbooks invoice 0000142 for account xZNQ1X, total 1250.00 USD",
    doc: "https://www.freshbooks.com/api/authentication" },
    v! { id: "gateio-api-secret", provider: "Gate.io", title: "Gate.io APIv4 secret", near: ["gateio", "gate.io", "gate_api"], shape: HEX64,
    // APIv4 keys are 32 hex digits and their secrets 64, which sign the
    // `SIGN` header.
    example: "GATE_API_KEY=38cfa3efbe122f5cd6c8c52cf237ef33\nGATE_API_SECRET=«64f81a804a6c43fec04c3b2284c51f9f654fb68b811402e83d06df8d82ccdf95»  # gateio",
    near_miss: "gate.io order 303781839445 BTC_USDT filled, text t-acme-1",
    doc: "https://www.gate.io/docs/developers/apiv4/en/#authentication" },
    v! { id: "helius-api-key", provider: "Helius", title: "Helius RPC API key", near: ["helius"], shape: UUID_KEY,
    // API keys are UUIDs, passed as `api-key=` on the RPC URL.
    example: "SOLANA_RPC_URL=https://mainnet.helius-rpc.com/?api-key=«f4a6210f-4b28-49bb-b416-c67833ba291f»",
    near_miss: "helius webhook 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 for account TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
    doc: "https://www.helius.dev/docs" },
    v! { id: "holded-api-key", provider: "Holded", title: "Holded API key", near: ["holded"], shape: HEX32,
    // Keys of Settings > Developers are 32 hex digits, sent as the `key`
    // header.
    example: "curl https://api.holded.com/api/invoicing/v1/documents/invoice -H 'key: «79e618ebbc15916f5229004b3eaba696»'  # holded",
    near_miss: "holded invoice F240015 for contact 5f1e8a2c9d3b4a7e6f0c1d2e",
    doc: "https://developers.holded.com/reference/api-key" },
    v! { id: "intuit-client-secret", provider: "Intuit", title: "Intuit QuickBooks app client secret", near: ["quickbooks", "intuit"], shape: ALNUM40,
    // Apps of the Intuit developer portal have a client id and a client
    // secret of 40 letters and digits for the OAuth 2.0 token exchange.
    example: "QUICKBOOKS_CLIENT_ID=ABQS3Trt2yfYWKGvdv5ENPdhaBx8nfNoZ9EEJARMMBqeQCK8Eu\nQUICKBOOKS_CLIENT_SECRET=«GP4dLvf8b9nogPsqBTwezCvmA7Ztg0Ip7Ompfk2M»",
    near_miss: "quickbooks realm 9130348273641234, invoice 1042 paid",
    doc: "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0" },
    v! { id: "kraken-private-key", provider: "Kraken", title: "Kraken API private key", near: ["kraken"],
    // API keys are 56 characters of base64 and their private keys base64
    // of 64 bytes (86 characters and `==`), which sign `API-Sign`.
    pattern: r#"\b[A-Za-z0-9+/]{86}=="#,
    example: "KRAKEN_API_KEY=wqDIoOSzZtybaN32cnXdoUa1lFUD6BFj3dhQTYykMBr6ZCxGiAdoXTlp\nKRAKEN_PRIVATE_KEY=«9Fv/cCEuIui7oTS/gUyjZAKzczMATcHElJZthiVdOJ8i6ogxBxm593utREZ6CbcERBIhtpJMEiWM2b50H8BvlJ==»",
    near_miss: "kraken order OQCLML-BW3P3-BUCMWZ XBTUSD filled, txid TX3UKN-E3JOV-ZBZ2SQ",
    doc: "https://docs.kraken.com/api/docs/guides/spot-rest-auth" },
    v! { id: "kucoin-api-secret", provider: "KuCoin", title: "KuCoin API secret", near: ["kucoin"], shape: UUID_KEY,
    // API keys are 24 hex digits and their secrets UUIDs, which sign
    // `KC-API-SIGN` with the passphrase.
    example: "KUCOIN_API_KEY=d60934273617fc1ef8a0ad2e\nKUCOIN_API_SECRET=«0c566fab-a12d-4640-b617-5599e0a20e40»\nKUCOIN_API_PASSPHRASE=acme-trading",
    near_miss: "kucoin order 5c35c02703aa673ceec2a168, clientOid 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3",
    doc: "https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request" },
    v! { id: "lago-api-key", provider: "Lago", title: "Lago billing API key", near: ["LAGO_API_KEY", "getlago"], shape: UUID_KEY,
    // The organization's API key (Developers > API keys) is a UUID, sent
    // as a bearer token. "lago" alone is an ordinary word.
    example: "curl https://api.getlago.com/api/v1/customers -H 'Authorization: Bearer «d457a44a-3d1d-426e-9157-df97b8b8c2e5»'",
    near_miss: "getlago invoice 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 finalized",
    doc: "https://doc.getlago.com/api-reference/intro" },
    v! { id: "lithic-api-key", provider: "Lithic", title: "Lithic API key", near: ["lithic"], shape: UUID_KEY,
    // Sandbox and production API keys are UUIDs, sent as `Authorization`.
    example: "LITHIC_ENVIRONMENT=production\nLITHIC_API_KEY=«0e9a825b-31e2-4fb8-96dd-92a657ee5ced»",
    near_miss: "lithic card 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3, last four 4242",
    doc: "https://docs.lithic.com/" },
    v! { id: "mexc-api-secret", provider: "MEXC", title: "MEXC API secret", near: ["mexc"], shape: HEX32,
    // API keys (`mx0…`) come with a 32-hex-digit secret, which signs the
    // `signature` parameter.
    example: "MEXC_API_KEY=mx0vgleDQ2Y0zShGUF\nMEXC_SECRET_KEY=«f0331122f3b7b2b08089ebd6844a8fc6»",
    near_miss: "mexc order C02__443776347957968896 MXUSDT filled",
    doc: "https://mexcdevelop.github.io/apidocs/spot_v3_en/" },
    v! { id: "oanda-api-token", provider: "OANDA", title: "OANDA v20 personal access token", near: ["oanda"],
    // The personal access token of Manage API Access, sent as a bearer
    // token; tokens read 32 hex digits, `-`, 32 hex digits.
    pattern: r#"\b[a-f0-9]{32}-[a-f0-9]{32}\b"#,
    example: "curl https://api-fxtrade.oanda.com/v3/accounts -H 'Authorization: Bearer «e6f6d7f99ac22ecccf1221645ce276d3-11fa4f22c2fba192d4bd278104a19a12»'  # oanda",
    near_miss: "oanda account 101-004-1234567-001, instrument EUR_USD",
    doc: "https://developer.oanda.com/rest-live-v20/authentication/" },
    v! { id: "okx-secret-key", provider: "OKX", title: "OKX API secret key", near: ["okx", "OK-ACCESS-KEY"], shape: HEX32,
    // API keys (UUIDs) come with a 32-hex-digit secret key in capitals and
    // a passphrase; the secret signs `OK-ACCESS-SIGN`.
    example: "OKX_API_KEY=0f410f1d-2c19-4df5-8b56-68151b5d9620\nOKX_SECRET_KEY=«3719D099FEF2FC820E33030B98376AD2»\nOKX_PASSPHRASE=acme-trading",
    near_miss: "okx order 312269865356374016 BTC-USDT filled, clOrdId acme1",
    doc: "https://www.okx.com/docs-v5/en/#overview-rest-authentication" },
    v! { id: "quicknode-endpoint-token", provider: "QuickNode", title: "QuickNode endpoint token", near: ["quiknode", "quicknode"], shape: HEX40,
    // Each endpoint's URL carries its token, 40 hex digits, as the path:
    // `https://<name>.quiknode.pro/<token>/`.
    example: "RPC_URL=https://old-still-night.quiknode.pro/«72076676c01f6fd0209170d337db74cfb0302184»/  # quicknode token",
    near_miss: "quicknode endpoint old-still-night on eth-mainnet, block 19823311",
    doc: "https://www.quicknode.com/docs/welcome" },
    v! { id: "sevdesk-api-token", provider: "sevDesk", title: "sevDesk API token", near: ["sevdesk"], shape: HEX32,
    // The user's API token (Settings > Users) is 32 hex digits, sent as
    // `Authorization`.
    example: "curl https://my.sevdesk.de/api/v1/Invoice -H 'Authorization: «dbfe7d3dcb88b4244a9b9c9a456c3762»'  # sevdesk api token",
    near_miss: "sevdesk invoice RE-1042 for contact 5423311, sum 1190.00 EUR",
    doc: "https://api.sevdesk.de/#section/Authentication-and-Authorization" },
    v! { id: "thirdweb-secret-key", provider: "thirdweb", title: "thirdweb secret key", near: ["thirdweb"],
    // Project API keys have a public client id and a secret key of 86
    // base64url characters, sent as `x-secret-key`.
    pattern: r#"\b[A-Za-z0-9_-]{86}\b"#,
    example: "THIRDWEB_SECRET_KEY=«5gPTqdz0HSbfT0yCyW4t1ESuDBe4oHOx9Ncc3lHbmJJt0729wcDIV6nKOhdgrrcLk0PCWUAo3RKTVTbfWw6jqP»",
    near_miss: "thirdweb client id 5f1e8a2c9d3b4a7e6f0c1d2e3f4a5b6c, chain 8453",
    doc: "https://portal.thirdweb.com/account/api-keys" },
    v! { id: "tradier-access-token", provider: "Tradier", title: "Tradier brokerage access token", near: ["tradier"],
    // The account's API access token (Settings > API Access), sent as a
    // bearer token; 28 letters and digits as issued.
    pattern: r#"\b[A-Za-z0-9]{28}\b"#,
    example: "curl https://api.tradier.com/v1/user/profile -H 'Authorization: Bearer «AscY4Eh372hVSbOpVc8dG3FytCSG»'  # tradier",
    near_miss: "tradier account 6YA05708, order 228175 AAPL filled",
    doc: "https://documentation.tradier.com/brokerage-api/overview/authentication" },
    v! { id: "truelayer-client-secret", provider: "TrueLayer", title: "TrueLayer client secret", near: ["truelayer"], shape: UUID_KEY,
    // Console apps have a client id (`sandbox-…`) and a client secret, a
    // UUID, for the client-credentials token.
    example: "TRUELAYER_CLIENT_ID=sandbox-acme-1a2b3c\nTRUELAYER_CLIENT_SECRET=«938c6cbf-e4f9-41dd-8d55-bd0d9cc9f7be»",
    near_miss: "truelayer payment 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 executed",
    doc: "https://docs.truelayer.com/" },
    v! { id: "up-personal-access-token", provider: "Up Bank", title: "Up Bank personal access token", prefix: ["up:yeah:"],
    // Personal access tokens of the Up app's Data sharing menu read
    // `up:yeah:` and a long run of letters and digits, sent as a bearer
    // token.
    pattern: r#"\bup:yeah:[A-Za-z0-9]{64,200}"#,
    example: "curl https://api.up.com.au/api/v1/util/ping -H 'Authorization: Bearer «up:yeah:E5H8LpsYzFdYyQ8klNSPnMrL0RXBOtkoe90ZgS8lJW9NdATWV8uC8rK5JavZHNfJZgRg12MVyIm69Axl7TPl3nb62iDCZchg2NrnbdQtTCW42bPOd2jntMHC4RG2jE7l»'",
    near_miss: "NEXT_PUBLIC_UP_API_TOKEN=up:yeah:your-token-here yarn dev",
    doc: "https://developer.up.com.au/" },
    v! { id: "upbit-secret-key", provider: "Upbit", title: "Upbit Open API secret key", near: ["upbit"], shape: ALNUM40,
    // Open API keys are an access key and a secret key of 40 letters and
    // digits; the secret signs the request JWT.
    example: "UPBIT_OPEN_API_ACCESS_KEY=RJwIqbgofWOZ8pu5qcNo0nOIaKLXNQ2RJYDvTaCD\nUPBIT_OPEN_API_SECRET_KEY=«CXswz0m1zJdw8e8Suln4fIKSYekFFjgA7hEaTWtm»",
    near_miss: "upbit order cdd92199-2897-4e14-9448-f923320408ad KRW-BTC done",
    doc: "https://global-docs.upbit.com/reference/auth" },
    v! { id: "xero-client-secret", provider: "Xero", title: "Xero app client secret", near: ["xero"],
    // Apps of the Xero developer portal have a 32-character client id and
    // a 48-character client secret of letters, digits, `_` and `-`.
    pattern: r#"\b[A-Za-z0-9_-]{48}\b"#,
    example: "XERO_CLIENT_ID=BF246E0C9600DB47B510F2400E9816E9\nXERO_CLIENT_SECRET=«Xu-3Y2t4d6-a8Xm9jUEcMdSeWppDO9RaCjxRk7viFgTWE5TB»",
    near_miss: "xero tenant 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3, invoice INV-0042 authorised",
    doc: "https://developer.xero.com/documentation/guides/oauth2/auth-flow/" },
    v! { id: "yapily-application-secret", provider: "Yapily", title: "Yapily application secret", near: ["yapily"], shape: UUID_KEY,
    // Applications have an application key and an application secret,
    // both UUIDs, the Basic-auth pair.
    example: "YAPILY_APPLICATION_KEY=e9d030b8-7e08-4923-bb9f-92ccc491e5bc\nYAPILY_APPLICATION_SECRET=«b929b896-f67f-4c67-93b5-caa882b327be»",
    near_miss: "yapily consent 7c2e9a41-f0b3-4d6e-85a1-c4f7b2e9d0a3 for institution modelo-sandbox",
    doc: "https://docs.yapily.com/" },
    v! { id: "zerodha-api-secret", provider: "Zerodha", title: "Zerodha Kite Connect API secret", near: ["kiteconnect", "zerodha"], shape: LOWER32,
    // Kite Connect apps have an `api_key` and an `api_secret` of 32 small
    // letters and digits; the secret hashes the login checksum.
    example: "KITE_API_KEY=zn5c8urwaydz4vho\nKITE_API_SECRET=«2n35q9olc88vi2el4g4mvukxi7px6q83»  # zerodha kiteconnect",
    near_miss: "zerodha order 220303000308932 NSE:INFY, status COMPLETE",
    doc: "https://kite.trade/docs/connect/v3/user/" },
];
