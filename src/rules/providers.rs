//! Who issues each secret the catalog finds: the provider, as its users
//! name it. The catalog counts providers, not rules (GitHub has six kinds
//! of token, one provider), and the docs and `promptwarden providers` list
//! them.
//!
//! A provider here is the service whose accounts the credential opens:
//! Google Cloud, Gemini and Firebase keys all open a Google account, so
//! they count once; npm is not GitHub. Formats that belong to no one
//! (private keys, JWTs, database URLs, `password=` assignments) have none.
//! Vendor-table rows name their provider in the row; this table covers the
//! rules written one by one, by id prefix, and a test keeps it complete.

/// `(id prefix, provider)`, the longest prefix wins; an empty provider
/// marks a format that belongs to no one. Sorted by prefix.
const BY_PREFIX: &[(&str, &str)] = &[
    ("adyen-", "Adyen"),
    ("age-", ""),
    ("airtable-", "Airtable"),
    ("akamai-", "Akamai"),
    ("algolia-", "Algolia"),
    ("alibaba-", "Alibaba Cloud"),
    ("amqp-", ""),
    ("anthropic-", "Anthropic"),
    ("anyscale-", "Anyscale"),
    ("asana-", "Asana"),
    ("assemblyai-", "AssemblyAI"),
    ("atlassian-", "Atlassian"),
    ("auth0-", "Auth0"),
    ("aws-", "Amazon Web Services"),
    ("azure-", "Microsoft"),
    ("basic-auth-", ""),
    ("bearer-token-", ""),
    ("bip32-", ""),
    ("bip39-", ""),
    ("bitbucket-", "Atlassian"),
    ("bitcoin-", ""),
    ("braintree-", "Braintree"),
    ("brevo-", "Brevo"),
    ("buildkite-", "Buildkite"),
    ("cerebras-", "Cerebras"),
    ("checkout-", "Checkout.com"),
    ("circleci-", "CircleCI"),
    ("clickhouse-uri-", ""),
    ("clojars-", "Clojars"),
    ("cloudflare-", "Cloudflare"),
    ("cockroachdb-uri-", ""),
    ("codecov-", "Codecov"),
    ("cohere-", "Cohere"),
    ("coinbase-", "Coinbase"),
    ("connection-string-", ""),
    ("contentful-", "Contentful"),
    ("cratesio-", "crates.io"),
    ("credential-command-", ""),
    ("crypto-", ""),
    ("curl-", ""),
    ("databricks-", "Databricks"),
    ("datadog-", "Datadog"),
    ("deepgram-", "Deepgram"),
    ("deepseek-", "DeepSeek"),
    ("digitalocean-", "DigitalOcean"),
    ("discord-", "Discord"),
    ("docker-", "Docker"),
    ("doppler-", "Doppler"),
    ("dynatrace-", "Dynatrace"),
    ("easypost-", "EasyPost"),
    ("elevenlabs-", "ElevenLabs"),
    ("fastly-", "Fastly"),
    ("figma-", "Figma"),
    ("firebase-", "Google"),
    ("firecrawl-", "Firecrawl"),
    ("fireworks-", "Fireworks AI"),
    ("flutterwave-", "Flutterwave"),
    ("flyio-", "Fly.io"),
    ("gcp-", "Google"),
    ("github-", "GitHub"),
    ("gitlab-", "GitLab"),
    ("gocardless-", "GoCardless"),
    ("google-", "Google"),
    ("grafana-", "Grafana Labs"),
    ("groq-", "Groq"),
    ("harness-", "Harness"),
    ("heroku-", "Heroku"),
    ("hetzner-", "Hetzner"),
    ("hubspot-", "HubSpot"),
    ("huggingface-", "Hugging Face"),
    ("ibm-", "IBM Cloud"),
    ("intercom-", "Intercom"),
    ("jdbc-", ""),
    ("jenkins-", "Jenkins"),
    ("jfrog-", "JFrog"),
    ("jina-", "Jina AI"),
    ("jwt", ""),
    ("kubernetes-", "Kubernetes"),
    ("langfuse-", "Langfuse"),
    ("langsmith-", "LangChain"),
    ("launchdarkly-", "LaunchDarkly"),
    ("linear-", "Linear"),
    ("linode-", "Linode"),
    ("login-pair-", ""),
    ("mailchimp-", "Mailchimp"),
    ("mailgun-", "Mailgun"),
    ("mailjet-", "Mailjet"),
    ("mandrill-", "Mailchimp"),
    ("mapbox-", "Mapbox"),
    ("mattermost-", "Mattermost"),
    ("mistral-", "Mistral AI"),
    ("mollie-", "Mollie"),
    ("mongodb-uri-", ""),
    ("mssql-uri-", ""),
    ("mysql-", ""),
    ("netlify-", "Netlify"),
    ("new-relic-", "New Relic"),
    ("notion-", "Notion"),
    ("npm-", "npm"),
    ("nuget-", "NuGet"),
    ("nvidia-", "NVIDIA"),
    ("octopus-", "Octopus Deploy"),
    ("okta-", "Okta"),
    ("onepassword-", "1Password"),
    ("openai-", "OpenAI"),
    ("openrouter-", "OpenRouter"),
    ("openshift-", "Red Hat OpenShift"),
    ("openssh-", ""),
    ("pagerduty-", "PagerDuty"),
    ("password-", ""),
    ("paypal-", "PayPal"),
    ("paystack-", "Paystack"),
    ("perplexity-", "Perplexity"),
    ("pgp-", ""),
    ("pinecone-", "Pinecone"),
    ("plaid-", "Plaid"),
    ("postgres-uri-", ""),
    ("postman-", "Postman"),
    ("postmark-", "Postmark"),
    ("private-key-", ""),
    ("pulumi-", "Pulumi"),
    ("pusher-", "Pusher"),
    ("putty-", ""),
    ("pypi-", "PyPI"),
    ("razorpay-", "Razorpay"),
    ("redis-uri-", ""),
    ("replicate-", "Replicate"),
    ("rubygems-", "RubyGems"),
    ("scaleway-", "Scaleway"),
    ("secret-assignment", ""),
    ("segment-", "Segment"),
    ("sendgrid-", "SendGrid"),
    ("sentry-", "Sentry"),
    ("shippo-", "Shippo"),
    ("shopify-", "Shopify"),
    ("slack-", "Slack"),
    ("snowflake-", "Snowflake"),
    ("snyk-", "Snyk"),
    ("sonarqube-", "SonarQube"),
    ("sourcegraph-", "Sourcegraph"),
    ("square-", "Square"),
    ("ssh2-", ""),
    ("sshpass-", ""),
    ("stability-", "Stability AI"),
    ("stripe-", "Stripe"),
    ("sumologic-", "Sumo Logic"),
    ("supabase-", "Supabase"),
    ("tavily-", "Tavily"),
    ("teams-", "Microsoft"),
    ("telegram-", "Telegram"),
    ("tencent-", "Tencent Cloud"),
    ("terraform-", "HashiCorp"),
    ("testpypi-", "PyPI"),
    ("together-", "Together AI"),
    ("travis-", "Travis CI"),
    ("twilio-", "Twilio"),
    ("typeform-", "Typeform"),
    ("url-", ""),
    ("vault-", "HashiCorp"),
    ("vercel-", "Vercel"),
    ("vonage-", "Vonage"),
    ("voyage-", "Voyage AI"),
    ("wandb-", "Weights & Biases"),
    ("xai-", "xAI"),
    ("yandex-", "Yandex Cloud"),
    ("zendesk-", "Zendesk"),
];

/// The provider of a built-in secret rule: `Some("")` for a format that
/// belongs to no one, `None` for a rule this table does not know (a test
/// keeps that from happening) and for personal-data rules.
pub fn provider(id: &str) -> Option<&'static str> {
    if let Some(p) = super::secrets::vendors::provider(id) {
        return Some(p);
    }
    BY_PREFIX
        .iter()
        .filter(|(prefix, _)| id.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, p)| *p)
}

/// Every provider the catalog covers, sorted, each with its rules' ids.
pub fn providers() -> std::collections::BTreeMap<&'static str, Vec<&'static str>> {
    let mut out: std::collections::BTreeMap<&'static str, Vec<&'static str>> = Default::default();
    for rule in super::catalog() {
        if let Some(p) = provider(&rule.id).filter(|p| !p.is_empty()) {
            out.entry(p).or_default().push(&*rule.id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_table_is_sorted() {
        for pair in BY_PREFIX.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
    }
}
