/**
 * A built-in rule's title in the UI's language: the `rule_<id>` message
 * (dashes as underscores) where `_locales` has one, else the engine's English
 * title. Every place that shows a rule title (the panel, the options page's
 * rule list, "Try it" and activity) goes through `ruleTitle`.
 *
 * Translated are the titles made of ordinary words: every personal-data rule
 * ("Spanish DNI / NIF" → "DNI / NIF español"; official acronyms and names such
 * as Steuer-ID, NIR, CPF, PESEL, My Number stay as the country writes them),
 * and the secret rules that belong to no vendor (a password in code, a private
 * key, a connection string with a password). A vendor's rule ("Datadog API
 * key") stays in English: it is a product name plus the vendor's own technical
 * term, which is how security tools show it and what the vendor's documentation
 * calls it, so a translation would only make it harder to look up.
 *
 * Custom rules keep the title their author gave them: their category is
 * `custom`, and their ids are never built-in ids (the policy parser refuses
 * one), so no `rule_` message can name them.
 */

import { ext } from './ext.js';

/**
 * The secret rules with a translated title: those no provider owns, whose
 * titles say in words what was found. tests/node/rule-titles.test.mjs checks
 * that `_locales/en` has exactly these and the personal-data rules, with the
 * engine's titles.
 */
export const WORDED_SECRETS = new Set([
  'private-key-pem',
  'private-key-pem-truncated',
  'openssh-private-key',
  'putty-private-key',
  'pgp-private-key',
  'ssh2-encrypted-private-key',
  'age-secret-key',
  'jwt',
  'jwt-base64',
  'postgres-uri-password',
  'mysql-uri-password',
  'mongodb-uri-password',
  'redis-uri-password',
  'amqp-uri-password',
  'mssql-uri-password',
  'cockroachdb-uri-password',
  'clickhouse-uri-password',
  'jdbc-password',
  'connection-string-password',
  'url-credentials',
  'url-query-token',
  'bip39-seed-phrase',
  'bitcoin-wif-private-key',
  'crypto-hex-private-key',
  'bip32-extended-private-key',
  'password-assignment',
  'secret-assignment',
  'password-in-prose',
  'login-pair-in-prose',
  'bearer-token-header',
  'basic-auth-header',
  'curl-user-password',
  'mysql-cli-password',
  'sshpass-password',
  'credential-command-password',
]);

/** The message name of a rule's title (message names allow no dash; rule ids have no underscore). */
export const titleMessage = (/** @type {string} */ ruleId) => `rule_${ruleId.replaceAll('-', '_')}`;

/** Whether `_locales` has a title for the rule (no other rule is looked up: Firefox logs an error for every missing message). */
export const hasTranslatedTitle = (/** @type {string} */ ruleId, /** @type {string | undefined} */ category) =>
  category === 'pii' || WORDED_SECRETS.has(ruleId);

/**
 * @param {string} ruleId
 * @param {string} title the engine's title (or a custom rule's own)
 * @param {string | undefined} category the rule's category: `pii`, `secret` or `custom`
 * @returns {string}
 */
export function ruleTitle(ruleId, title, category) {
  if (!hasTranslatedTitle(ruleId, category)) return title;
  return ext.i18n.getMessage(titleMessage(ruleId)) || title;
}
