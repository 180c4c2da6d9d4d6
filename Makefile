# article-analyzer: the two commands a newcomer needs are `make serve` and
# `make test`. Both install what is missing first (see the setup targets).

SHELL := /bin/bash
PORT ?= 8080
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; the version
# lives in Cargo.toml only.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
WASM_TARGET := wasm32-unknown-unknown
WASM_OUT := target/$(WASM_TARGET)/wasm-release/article_analyzer.wasm
# Root installs packages directly; anyone else through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test web lint unit wasm-test browser-test bless bench fuzz model-check train-ner setup-web setup-test clean

## serve: build the page and serve www/ on http://127.0.0.1:$(PORT)
serve: web
	@command -v python3 >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-minimal; }
	@echo "Serving www/ on http://127.0.0.1:$(PORT) (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

## test: every test: lints, native unit/integration/doc tests, wasm tests in
## headless Chromium, the real-browser test of www/, and (when
## ../shared/data is present) that data/model/ner.bin is not stale
test: setup-test lint unit wasm-test browser-test model-check

## web: build www/pkg (wasm, JS glue, TypeScript types, package.json),
## www/wasm-inline.js and the single-file dist/article-analyzer.html
web: setup-web
	cargo build --lib --target $(WASM_TARGET) --profile wasm-release --no-default-features
	wasm-bindgen --target web --out-dir www/pkg $(WASM_OUT)
	@# The raw exports in InitOutput take arbitrary JS values; say `unknown`,
	@# not `any`, so the published types have no `any` at all.
	sed -i 's/\bany\b/unknown/g' www/pkg/article_analyzer.d.ts www/pkg/article_analyzer_bg.wasm.d.ts
	@# Binaryen before 110 miscompiles wasm-bindgen's externref table
	@# (WebAssembly/binaryen#4711): the module then fails to load. Debian 12
	@# ships 108, so use wasm-opt only when it is new enough.
	@if [ "$$(wasm-opt --version 2>/dev/null | grep -o '[0-9]\+' | head -1)" -ge 110 ] 2>/dev/null; then \
		wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
			--enable-mutable-globals --enable-reference-types --enable-multivalue \
			www/pkg/article_analyzer_bg.wasm -o www/pkg/article_analyzer_bg.wasm; \
	else echo "wasm-opt 110+ not found; skipping it (it only shrinks the wasm)"; fi
	@ls -l www/pkg/article_analyzer_bg.wasm | awk '{print "www/pkg/article_analyzer_bg.wasm: " $$5 " bytes"}'
	python3 scripts/write_pkg_manifest.py Cargo.toml www/pkg/package.json
	@# The page allows no connections, so it imports the wasm as a JS module.
	python3 scripts/inline_wasm.py www/pkg/article_analyzer_bg.wasm www/wasm-inline.js
	@# dist/article-analyzer.html: the whole page in one file, for file://.
	wasm-bindgen --target no-modules --out-dir target/single $(WASM_OUT)
	python3 scripts/build_single_file.py target/single/article_analyzer.js \
		target/single/article_analyzer_bg.wasm dist/article-analyzer.html
	@ls -l dist/article-analyzer.html | awk '{print "dist/article-analyzer.html: " $$5 " bytes"}'

lint:
	cargo fmt --check
	cargo clippy --all-targets --features train -- -D warnings
	cargo clippy --lib --test wasm --target $(WASM_TARGET) --no-default-features -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

unit:
	cargo test

## wasm-test: wasm-bindgen-test in headless Chromium (the JS boundary)
wasm-test: setup-test
	CHROMEDRIVER=$$(command -v chromedriver) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/wasm/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target $(WASM_TARGET) --no-default-features --test wasm

## browser-test: serve www/, paste an article, click Analyze, check the
## highlights; and check that the CLI and the wasm give the same JSON
browser-test: web
	cargo build
	cd tests/browser && node run.mjs

## bench: native throughput of analyze() per extractor (CoNLL eng.testa
## from ../shared when present) and its scaling on crafted input; the
## page's load time in headless Chromium; and the wasm build side by side
## with compromise, wink-nlp and chrono-node in node (benches/peers)
bench: web setup-test
	cargo bench --bench throughput
	node benches/page_load.mjs
	cd benches/peers && { [ -d node_modules/compromise ] || npm ci --no-audit --no-fund --loglevel=error; } && node peers.mjs

## fuzz: run each fuzz target for FUZZ_SECONDS (default 15 minutes), both
## at once; needs the nightly toolchain and cargo-fuzz (installed if absent)
FUZZ_SECONDS ?= 900
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
	cd fuzz && cargo +nightly fuzz build -O
	cd fuzz && for target in analyze json_boundary; do \
		mkdir -p corpus/$$target; \
		cargo +nightly fuzz run -O $$target corpus/$$target seeds -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
			> fuzz-$$target.log 2>&1 & \
	done; wait; tail -n 3 fuzz-analyze.log fuzz-json_boundary.log

## model-check: retrain into target/ and compare with data/model/ner.bin;
## skipped without the corpus, which is never committed
model-check:
	@if [ -f ../shared/data/ner/conll2003/eng.train ]; then \
		set -o pipefail; cargo run --release --features train --bin train-ner -- --check 2>&1 | tail -2; \
	else echo "model-check: ../shared/data/ner/conll2003 not found; skipped"; fi

## train-ner: retrain data/model/ner.bin from ../shared/data/ner/conll2003
## (deterministic; see data/model/MODEL_CARD.md)
train-ner:
	cargo run --release --features train --bin train-ner

## bless: accept the current output of the golden tests
bless:
	BLESS=1 cargo test --test golden

setup-web:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
		echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (takes a few minutes once)"; \
		cargo install --locked wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

setup-test: setup-web
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "Installing chromium and chromium-driver"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
		echo "Installing nodejs and npm"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; \
	fi
	@cd tests/browser && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error; }

clean:
	cargo clean
	rm -rf www/pkg www/wasm-inline.js dist tests/browser/node_modules
