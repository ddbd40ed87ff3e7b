#!/usr/bin/env bash
# Rewrites the attachment test files in tests/files/ with the pinned tools in
# tests/files/requirements.txt (a venv under target/, made once), plus zip,
# ssh-keygen and openssl. The files are committed: tests never run this.
# Debian: apt-get install python3-venv zip openssh-client openssl fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/test-files-venv
if [ ! -x "$venv/bin/python" ] || [ tests/files/requirements.txt -nt "$venv/.installed" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/files/requirements.txt
  touch "$venv/.installed"
fi
"$venv/bin/python" tests/files/make.py
