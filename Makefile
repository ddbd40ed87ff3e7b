# PromptWarden. `make run` builds everything and serves the playground;
# `make test` runs every test. Both install what they need first.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM := target/wasm32-unknown-unknown/release/promptwarden.wasm

.PHONY: help build native wasm test test-rust test-node lint bench run docs clean tools node-deps

help:
	@echo "make run     build everything and serve the playground on http://127.0.0.1:$(PORT)"
	@echo "make test    run every test (Rust, Node, browsers)"
	@echo "make bench   print the performance figures"
	@echo "make build   native CLI, wasm package (pkg/), extension (dist/)"
	@echo "make docs    regenerate docs/rules.md"

tools:
	@scripts/ensure-rust-tools.sh

node-deps:
	@scripts/ensure-node-deps.sh

native:
	cargo build --release --locked

# The engine as a web module in pkg/, shared by the extension, the
# playground and the Node tests. wasm-opt comes from npm (binaryen 132):
# Debian's binaryen 108 breaks wasm-bindgen's externref table. It runs
# only when cargo produced a new module (it takes ~40 s).
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
wasm: tools node-deps
	cargo build --lib --release --locked --target wasm32-unknown-unknown
	@if [ ! -f pkg/promptwarden_bg.wasm ] || [ $(WASM) -nt pkg/promptwarden_bg.wasm ]; then \
	  echo "wasm-bindgen + wasm-opt -> pkg/"; \
	  wasm-bindgen --target web --out-dir pkg --out-name promptwarden $(WASM) && \
	  node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) pkg/promptwarden_bg.wasm -o pkg/promptwarden_bg.wasm; \
	fi

build: native wasm

lint:
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings

test-rust:
	cargo test --locked

test-node: wasm node-deps
	node --test tests/node/

test: lint test-rust test-node

bench: native wasm node-deps
	cargo run --release --locked --example bench
	node tests/node/bench.mjs

docs: native
	target/release/promptwarden rules --format markdown > docs/rules.md

run: build
	@echo "(the playground arrives with the extension work)"

clean:
	cargo clean
	rm -rf pkg dist
