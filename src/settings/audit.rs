//! The audit delivery keys: where the organisation's collector is, the
//! headers it needs, and what of them the rest of the shell may see.
//!
//! Checked by hand rather than with a URL crate: the rules are few, the
//! WebAssembly module is over its size budget, and each refusal needs words
//! an admin can act on. Nothing here ever puts a header's value into a
//! message: values are credentials.

use super::policy::limits;
use super::sites::Site;
use serde::Serialize;

/// Checks an `auditEndpoint`: `https://`, or `http://` for a collector on
/// the same machine (nothing crosses a network); a host (the site syntax's
/// host and port), and no credentials or fragment in the URL.
pub(crate) fn check_endpoint(url: &str) -> Result<(), String> {
    const SCHEME: &str = "must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])";
    if url.bytes().any(|b| !b.is_ascii_graphic()) {
        return Err("must be an ASCII URL without spaces (write an international host name in its xn-- form)".into());
    }
    let lower = url.to_ascii_lowercase();
    let (secure, rest) = match lower.strip_prefix("https://") {
        Some(rest) => (true, rest),
        None => (false, lower.strip_prefix("http://").ok_or(SCHEME)?),
    };
    if rest.contains('#') {
        return Err("must not contain a fragment (#…)".into());
    }
    let authority = &rest[..rest.find(['/', '?']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return Err("must not contain a user name or password: put credentials in auditHeaders".into());
    }
    let host = if authority == "[::1]" || authority.starts_with("[::1]:") {
        "[::1]"
    } else if authority.contains(['*', '[']) {
        return Err("must name one host: a host name or an IPv4 address".into());
    } else {
        Site::parse(authority).map_err(|why| format!("host: {why}"))?;
        authority.split(':').next().unwrap_or_default()
    };
    if !secure && !["localhost", "127.0.0.1", "[::1]"].contains(&host) {
        return Err(format!("{SCHEME}: events carry justifications and site names, so they travel encrypted"));
    }
    Ok(())
}

/// Request headers a browser does not let `fetch` set (the Fetch
/// standard's forbidden request-header names, lowercased); `proxy-` and
/// `sec-` prefixes are forbidden too.
const FORBIDDEN: [&str; 21] = [
    "accept-charset",
    "accept-encoding",
    "access-control-request-headers",
    "access-control-request-method",
    "connection",
    "content-length",
    "cookie",
    "cookie2",
    "date",
    "dnt",
    "expect",
    "host",
    "keep-alive",
    "origin",
    "referer",
    "set-cookie",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "via",
];

/// Checks one `auditHeaders` entry. The message never contains the value.
pub(crate) fn check_header(name: &str, value: &str) -> Result<(), String> {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    if name.is_empty() || name.len() > 256 || !name.bytes().all(token) {
        return Err("not a header name (letters, digits and - _ . ! # $ % & ' * + ^ ` | ~)".into());
    }
    let lower = name.to_ascii_lowercase();
    if FORBIDDEN.contains(&lower.as_str()) || lower.starts_with("proxy-") || lower.starts_with("sec-") {
        return Err("browsers do not let an extension set this header".into());
    }
    if lower == "content-type" {
        return Err("PromptWarden sets Content-Type itself (application/json)".into());
    }
    if value.len() > limits::AUDIT_HEADER_VALUE {
        return Err(format!("the value is longer than {} characters", limits::AUDIT_HEADER_VALUE));
    }
    if !value.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)) {
        return Err("the value must be printable ASCII on one line".into());
    }
    Ok(())
}

/// What the background needs to deliver events: only ever built for the
/// background, never shown (the headers are credentials).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditDelivery {
    /// The URL to POST to: the endpoint as given, with `/v1/logs` added
    /// when it has no path (OTLP/HTTP's default path for logs).
    pub url: String,
    /// Headers to send, values included (a JSON object).
    #[serde(serialize_with = "as_map")]
    pub headers: Vec<(String, String)>,
    /// Whether events name the signed-in account.
    pub include_user: bool,
}

fn as_map<S: serde::Serializer>(headers: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(headers.iter().map(|(k, v)| (k, v)))
}

/// The URL deliveries go to: an endpoint with no path (`https://otel.example.com:4318`
/// or with a bare `/`) is the collector's base URL and gets OTLP's
/// `/v1/logs`; any other path is used as it is, for collectors and gateways
/// that publish their own.
pub(crate) fn logs_url(endpoint: &str) -> String {
    let rest = endpoint.split_once("://").map_or(endpoint, |(_, r)| r);
    let path_start = rest.find(['/', '?']).unwrap_or(rest.len());
    let path = &rest[path_start..];
    if path.is_empty() || path == "/" {
        format!("{}/v1/logs", endpoint.trim_end_matches('/'))
    } else {
        endpoint.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_must_be_https_or_local_http() {
        for ok in [
            "https://otel.example.com",
            "https://otel.example.com:4318/",
            "https://ingest.example.com/otlp/v1/logs?tenant=acme",
            "HTTPS://OTEL.EXAMPLE.COM",
            "http://localhost:4318",
            "http://127.0.0.1:4318/v1/logs",
            "http://[::1]:4318",
        ] {
            assert_eq!(check_endpoint(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("http://otel.example.com", "https://"),
            ("ftp://otel.example.com", "https://"),
            ("otel.example.com:4318", "https://"),
            ("https://user:pw@otel.example.com", "auditHeaders"),
            ("https://otel.example.com/#x", "fragment"),
            ("https://:4318", "host:"),
            ("https://otel.example.com:0", "port"),
            ("https://otel.example.com:99999", "port"),
            ("https://otel.example.com:http", "port"),
            ("https://otel example.com", "ASCII"),
            ("https://bücher.example", "xn--"),
            ("https://[2001:db8::1]:4318", "one host"),
            ("https://*.example.com", "one host"),
            ("https://exa_mple.com", "host:"),
            ("http://localhost.evil.example", "https://"),
        ] {
            let e = check_endpoint(bad).expect_err(bad);
            assert!(e.contains(why), "{bad}: {e}");
        }
    }

    #[test]
    fn header_problems_never_quote_the_value() {
        let secret = "Splunk 0d3c5a1e-not-a-real-token";
        assert_eq!(check_header("Authorization", secret), Ok(()));
        assert_eq!(check_header("X-Scope-OrgID", "acme"), Ok(()));
        for (name, value, why) in [
            ("Cookie", secret, "browsers do not let"),
            ("Sec-Fetch-Mode", secret, "browsers do not let"),
            ("Proxy-Authorization", secret, "browsers do not let"),
            ("Content-Type", "text/plain", "sets Content-Type"),
            ("Bad Name", secret, "not a header name"),
            ("", secret, "not a header name"),
            ("Authorization", "Bearer abc\r\nX-Evil: 1", "one line"),
            ("Authorization", "Bearer ключ", "printable ASCII"),
        ] {
            let e = check_header(name, value).expect_err(name);
            assert!(e.contains(why), "{name}: {e}");
            assert!(!e.contains(value) || value.is_empty(), "the message quotes the value: {e}");
        }
        let long = "x".repeat(limits::AUDIT_HEADER_VALUE + 1);
        assert!(check_header("Authorization", &long).unwrap_err().contains("longer"));
    }

    #[test]
    fn a_base_url_gets_the_otlp_logs_path() {
        assert_eq!(logs_url("https://otel.example.com:4318"), "https://otel.example.com:4318/v1/logs");
        assert_eq!(logs_url("https://otel.example.com:4318/"), "https://otel.example.com:4318/v1/logs");
        assert_eq!(
            logs_url("https://gw.example.com/tenant/acme/v1/logs"),
            "https://gw.example.com/tenant/acme/v1/logs"
        );
        assert_eq!(logs_url("https://gw.example.com/ingest"), "https://gw.example.com/ingest");
        assert_eq!(logs_url("https://gw.example.com?x=1"), "https://gw.example.com?x=1");
    }
}
