# PromptWarden. `make run` builds everything and serves the playground;
# `make test` runs every test. Both install what they need first.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM := target/wasm32-unknown-unknown/release/promptwarden.wasm
# The scanner alone, built with the `bindings` feature only: what chat pages load.
SCAN_WASM := target/wasm-scan/wasm32-unknown-unknown/release/promptwarden.wasm
EXTRACT_WASM := target/wasm32-unknown-unknown/release/promptwarden_extract.wasm
FUZZ_SECONDS ?= 30
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: help build native wasm extension extension-test www test test-rust test-node test-browser test-fuzz test-generated lint bench run docs package clean tools node-deps browsers phone-plans check-phone-plans screenshots

help:
	@echo "make run      build everything and serve the playground on http://127.0.0.1:$(PORT)"
	@echo "make test     run every test (Rust, Node, fuzzing, Chromium and Firefox ESR)"
	@echo "make bench    print the performance figures (native, wasm, in-browser)"
	@echo "make build    native CLI, wasm package (pkg/), extension (dist/), fixture pages"
	@echo "make package  dist/promptwarden-chrome.zip and dist/promptwarden-firefox.xpi"
	@echo "make docs     regenerate docs/rules.md and docs/deploy/"
	@echo "make screenshots  retake the README's screenshots (docs/screenshots/)"
	@echo "make phone-plans  regenerate src/rules/pii/phone_plans.rs from libphonenumber's metadata"

tools:
	@scripts/ensure-rust-tools.sh

node-deps:
	@scripts/ensure-node-deps.sh

browsers:
	@scripts/ensure-browsers.sh

native:
	cargo build --release --locked

# The engine as a web module in pkg/, shared by the extension, the
# playground and the Node tests. The module is built for size (opt-level
# s: half the download, scans still well inside their budget; see the
# README's performance table). wasm-opt comes from npm (binaryen 132):
# Debian's binaryen 108 breaks wasm-bindgen's externref table. It runs
# only when cargo produced a new module.
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd
#
# File extraction is a module of its own (extract-wasm/, built without the
# engine's bindings), loaded only when a file arrives: pkg/promptwarden_extract*.
wasm: tools node-deps
	CARGO_PROFILE_RELEASE_OPT_LEVEL=s cargo build --lib --release --locked --target wasm32-unknown-unknown
	@if [ ! -f pkg/promptwarden_bg.wasm ] || [ $(WASM) -nt pkg/promptwarden_bg.wasm ]; then \
	  echo "wasm-bindgen + wasm-opt -> pkg/"; \
	  wasm-bindgen --target web --out-dir pkg --out-name promptwarden $(WASM) && \
	  node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) pkg/promptwarden_bg.wasm -o pkg/promptwarden_bg.wasm; \
	fi
	CARGO_PROFILE_RELEASE_OPT_LEVEL=s cargo build --lib --release --locked --target wasm32-unknown-unknown \
	  --no-default-features --features bindings --target-dir target/wasm-scan
	@if [ ! -f pkg/promptwarden_scan_bg.wasm ] || [ $(SCAN_WASM) -nt pkg/promptwarden_scan_bg.wasm ]; then \
	  echo "wasm-bindgen + wasm-opt -> pkg/ (scanner only, for pages)"; \
	  wasm-bindgen --target web --out-dir pkg --out-name promptwarden_scan $(SCAN_WASM) && \
	  node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) pkg/promptwarden_scan_bg.wasm -o pkg/promptwarden_scan_bg.wasm; \
	fi
	CARGO_PROFILE_RELEASE_OPT_LEVEL=s cargo build -p promptwarden-extract --lib --release --locked --target wasm32-unknown-unknown
	@if [ ! -f pkg/promptwarden_extract_bg.wasm ] || [ $(EXTRACT_WASM) -nt pkg/promptwarden_extract_bg.wasm ]; then \
	  echo "wasm-bindgen + wasm-opt -> pkg/ (extraction)"; \
	  wasm-bindgen --target web --out-dir pkg --out-name promptwarden_extract $(EXTRACT_WASM) && \
	  node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) pkg/promptwarden_extract_bg.wasm -o pkg/promptwarden_extract_bg.wasm; \
	fi
	@# The vendor table is data the module loads after start-up (loadVendors),
	@# written by the native CLI, where the rows are compiled in.
	cargo run --release --locked --quiet -- vendors --format json > pkg/vendors.json.tmp
	mv pkg/vendors.json.tmp pkg/vendors.json

extension: wasm
	node extension/build.mjs

# The same extension with test hooks, for the browser tests only (dist-test/).
extension-test: wasm
	node extension/build.mjs --test-hooks

# The playground and the fixture chat pages; www/pkg is a copy of pkg/.
www: wasm
	node www/fixtures/build.mjs
	mkdir -p www/pkg && cp pkg/promptwarden.js pkg/promptwarden.d.ts pkg/promptwarden_bg.wasm pkg/vendors.json www/pkg/

build: native extension www

package: extension

# tsc checks the JSDoc types of the extension, the playground and the tests
# (jsconfig.json); it reads the engine's types from pkg/, hence wasm.
lint: wasm
	cargo fmt --all -- --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	node_modules/.bin/tsc -p jsconfig.json

test-rust:
	cargo test --locked --release

# The phone rule's dialling plans are generated from libphonenumber's
# metadata (the pinned `phonenumbers` package from PyPI, installed into a
# virtualenv under target/); the generated file is committed, and
# check-phone-plans fails when it is not what the generator writes.
PHONENUMBERS_VERSION := 9.0.43
PY_VENV := target/phone-plans-venv
$(PY_VENV)/.phonenumbers-$(PHONENUMBERS_VERSION):
	python3 -m venv $(PY_VENV)
	$(PY_VENV)/bin/pip install --quiet --disable-pip-version-check phonenumbers==$(PHONENUMBERS_VERSION)
	touch $@

phone-plans: $(PY_VENV)/.phonenumbers-$(PHONENUMBERS_VERSION)
	$(PY_VENV)/bin/python scripts/phone-plans.py

check-phone-plans: $(PY_VENV)/.phonenumbers-$(PHONENUMBERS_VERSION)
	$(PY_VENV)/bin/python scripts/phone-plans.py --check

test-generated: check-phone-plans

test-node: extension node-deps
	node --test tests/node/ tests/deploy/

# Short, time-boxed fuzzing on every run; `make fuzz-long` for hours.
test-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	cargo fuzz run scan --sanitizer none --fuzz-dir fuzz -- -max_total_time=$(FUZZ_SECONDS)
	cargo fuzz run policy --sanitizer none --fuzz-dir fuzz -- -max_total_time=$(FUZZ_SECONDS)
	mkdir -p fuzz/corpus/extract
	cargo fuzz run extract --sanitizer none --fuzz-dir fuzz fuzz/corpus/extract tests/files -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=1024

fuzz-long:
	cargo fuzz run scan --sanitizer none --fuzz-dir fuzz -- -max_total_time=14400 -jobs=2
	mkdir -p fuzz/corpus/extract
	cargo fuzz run extract --sanitizer none --fuzz-dir fuzz fuzz/corpus/extract tests/files -- -max_total_time=14400 -jobs=2

test-browser: build extension-test browsers
	node --test --test-concurrency=1 tests/browser/

test: lint test-generated test-rust test-node test-fuzz test-browser

# The README's screenshots, taken by the browser tests that show each view.
screenshots: build extension-test browsers
	PW_SCREENSHOTS=1 node --test --test-concurrency=1 tests/browser/playground.test.mjs tests/browser/extension.chromium.test.mjs tests/browser/panel.test.mjs tests/browser/options.test.mjs

bench: native wasm www node-deps browsers
	cargo run --release --locked --example bench
	node tests/node/bench.mjs
	node tests/browser/bench.mjs
	node tests/browser/extension-bench.mjs

docs: native
	target/release/promptwarden rules --format markdown > docs/rules.md
	target/release/promptwarden policy-keys --format schema > extension/managed_schema.json
	target/release/promptwarden policy-keys --format reference > docs/deploy/keys.json
	node docs/deploy/generate.mjs

run: build
	node www/serve.mjs --port $(PORT)

clean:
	cargo clean
	rm -rf pkg dist www/pkg www/fixtures/build
