/**
 * Sample prompts. Every value is synthetic: generated in the right format
 * (and with a valid checksum where the format has one), never a real key,
 * card or person.
 */
export const SAMPLES = {
  env: `Can you tell me why my app can't reach the database? Here's my .env:

DATABASE_URL=postgres://app:S3cure-Passw0rd!@db.internal:5432/orders
AWS_ACCESS_KEY_ID=AKIAZ7VRSQ5TBLN2MXQE
GITHUB_TOKEN=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
STRIPE_SECRET_KEY=sk_live_OhbVrpoiVgRV5IfLBcbfnoGM
OPENAI_API_KEY=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
LOG_LEVEL=debug

The error is "connection refused" on port 5432.`,
  customer: `Please draft a polite reply to this customer about their refund:

Name: Marta Kowalczyk
Email: marta.kowalczyk@fastmail.pl
Phone: +48 512 345 678
Card used: 4539 9458 0730 2151 (Visa)
Refund to IBAN: DE54 7368 1930 3642 6212 99
SSN on file: 536-22-8194
Order: #A-20931, placed 2024-03-14, 129.99 EUR`,
  clean: `Here's a function that retries a fetch with exponential backoff. Can you add a jitter and make the max delay configurable?

async function retry(fn, attempts = 5) {
  for (let i = 0; i < attempts; i++) {
    try { return await fn(); } catch (e) { await new Promise((r) => setTimeout(r, 2 ** i * 100)); }
  }
  throw new Error('gave up');
}

Commit 9f2c4e1a7b3d5f60 (UUID 123e4567-e89b-12d3-a456-426614174000) introduced it.`,
};
