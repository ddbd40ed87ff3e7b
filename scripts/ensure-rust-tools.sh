#!/usr/bin/env bash
# Installs what the wasm build needs, or stops with a one-line instruction:
# the wasm32 target, the wasm-bindgen CLI at exactly the version Cargo.lock
# pins (the CLI refuses a module built by another version). wasm-opt comes
# from npm (see the Makefile).
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
