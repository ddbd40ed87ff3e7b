#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium and Firefox ESR,
# and geckodriver for Firefox. As root it installs them; otherwise it stops
# with the one-line command to run. Tests never skip a missing browser.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
# Firefox's language packs for every locale the extension ships: Firefox
# takes an extension's locale from its own UI language, and the locale tests
# open the panel in each (Chromium needs none: it picks the extension's
# locale from --lang alone).
for pack in de:de fr:fr es-ES:es-es it:it pt-BR:pt-br nl:nl pl:pl ja:ja zh-CN:zh-cn ko:ko; do
  ls "/usr/lib/firefox-esr/browser/extensions/langpack-${pack%%:*}@"* >/dev/null 2>&1 || missing+=("firefox-esr-l10n-${pack##*:}")
done
# Fonts with Japanese and Chinese (あ, 中) and Korean (한) glyphs, so that
# the panel's buttons are measured with real glyphs there, not boxes.
fc-list ':charset=3042 4e2d' | grep -q . || missing+=(fonts-droid-fallback)
fc-list ':charset=d55c' | grep -q . || missing+=(fonts-nanum)
# openssl makes the test server's certificate; xvfb is not needed (headless).
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: browser tests need ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# geckodriver speaks WebDriver to Firefox; crates.io is reachable where npm's
# downloader (which fetches from GitHub) is not.
GECKODRIVER_VERSION=0.37.0
if ! geckodriver --version 2>/dev/null | grep -q "geckodriver 0\.37\."; then
  echo "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked 2>/dev/null \
    || cargo install geckodriver --version "$GECKODRIVER_VERSION"
fi
