# supplyscreen — the two commands:
#   make serve   set up, build the list bundle and the app, serve it on http://127.0.0.1:8080
#   make test    set up, then run every check and test (what CI runs)
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

BUNDLE := static/lists.bundle
BUNDLE_INPUTS := $(shell find data/sources crates/ingest/src crates/lists/src crates/cli/src -type f 2>/dev/null)

.PHONY: help serve test setup setup-test bundle app check unit e2e bench fuzz clean

help:
	@echo "make serve   # set up, build, serve the app on http://127.0.0.1:8080"
	@echo "make test    # set up, run every check and test (what CI runs)"

serve: setup $(BUNDLE)
	trunk serve --release

test: setup-test check unit e2e
	@echo "make test: all checks passed"

setup:
	@scripts/setup.sh serve

setup-test:
	@scripts/setup.sh test

# The list bundle the app and CLI screen against, built from the official source files in data/sources.
$(BUNDLE): $(BUNDLE_INPUTS)
	cargo run -q -p supplyscreen-cli --bin supplyscreen -- build-lists --sources data/sources --out $(BUNDLE)

bundle: $(BUNDLE)

app: $(BUNDLE)
	trunk build --release

check:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p supplyscreen-app --target wasm32-unknown-unknown -- -D warnings

unit: $(BUNDLE)
	cargo test --workspace

e2e: app
	playwright test

bench: app
	cargo build --release -p supplyscreen-cli --bins
	target/release/supplyscreen-bench $(BUNDLE)
	target/release/bench_decode $(BUNDLE)
	python3 tests/bench/cli_bench.py
	node tests/bench/weight.mjs
	node tests/bench/browser_bench.mjs

# Fuzzing, NOT part of `make test`: runs each fuzz target for FUZZ_SECONDS (default 600 = 10 min a
# target, so about 50 minutes in all), seeded from tests/fixtures. Crashes land in fuzz/artifacts/<target>/;
# copy each into fuzz/regressions/<target>/ so `cargo test` replays it. See fuzz/README.md.
# cargo-fuzz needs nightly-only flags; RUSTC_BOOTSTRAP=1 enables them on the stable toolchain.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := read_table read_pasted normalize bundle_decode screen
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && python3 make_corpus.py
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none --debug-assertions $$t corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 || exit 1; \
	done

clean:
	cargo clean
	rm -rf dist $(BUNDLE) test-results
