/**
 * Points the playground's "see the extension" links at pages where it runs:
 * `make run` serves the same fixture pages over HTTPS on the next port under
 * the chat apps' host names (its Chromium maps those names to this machine),
 * and names this page's own site for users who add it to their sites.
 */
const port = Number(location.port || (location.protocol === 'https:' ? 443 : 80)) + 1;
for (const a of document.querySelectorAll('a[data-chat-host]')) {
  /** @type {HTMLAnchorElement} */ (a).href = `https://${a.getAttribute('data-chat-host')}:${port}/`;
}
const site = document.getElementById('this-site');
if (site) site.textContent = location.host;
