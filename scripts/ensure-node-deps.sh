#!/usr/bin/env bash
# Installs the pinned npm packages (package-lock.json) when they are missing
# or older than the lock file, or stops with a one-line instruction.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js 20+ and npm are missing; install them (Debian: apt-get install nodejs npm) and run make again" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "error: Node.js $(node --version) is too old; install Node.js 20 or newer" >&2
  exit 1
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
