#!/usr/bin/env bash
# Installs what the wasm build needs, or stops with a one-line instruction:
# the wasm32 target, the wasm-bindgen CLI at exactly the version Cargo.lock
# pins (the CLI refuses a module built by another version), and wasm-opt
# when the machine can get it (optional: the build works without it, larger).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "error: Rust is missing; install it from https://rustup.rs and run make again" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  echo "error: Cargo.lock does not pin wasm-bindgen; run 'cargo generate-lockfile'" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (a few minutes, once)"
  # --locked first for a reproducible tool; registries that lack one of its
  # locked dependencies get the newest compatible versions instead.
  cargo install wasm-bindgen-cli --version "$want" --locked 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "$want"
fi

if ! command -v wasm-opt >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing binaryen (wasm-opt)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binaryen >/dev/null || true
  fi
  command -v wasm-opt >/dev/null || echo "note: wasm-opt not found (apt-get install binaryen); the wasm module will be larger"
fi
