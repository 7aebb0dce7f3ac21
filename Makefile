# bl-infographic. `make serve` and `make test` work on a fresh machine: each installs what is
# missing first (scripts/install-tools.sh, cache-aware) and then builds with the real toolchain.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: tools build serve test lint dataset-check fixture-check test-native test-browser test-e2e size bench mutants clean

tools:
	@scripts/install-tools.sh

## dist/: the demo page, embed.js/.css, the optimised wasm module; then, prerendered natively by
## the same Rust code, frame.html (+ frame-en.html), the three snippets, install-site.html, the
## chart SVGs and the CSV. BL_PUBLIC_URL=https://…/ makes the snippets' URLs absolute;
## BL_DATA_ORIGINS="https://data.example.gov.vn …" allows datasets from those origins too.
## The module names its crates' files without this machine's path to them (a panic's place):
## the same bytes on every machine, and no home directory shipped to readers.
build: tools
	cargo fetch --locked  # Trunk runs cargo offline: the crates must be here first
	RUSTFLAGS="--remap-path-prefix=$${CARGO_HOME:-$$HOME/.cargo}/registry/src/=" trunk build --release
	cargo run --offline --locked --features prerender --bin prerender -- dist

## Serve the demo article page with the widget on http://127.0.0.1:$(PORT)/
serve: build
	@echo "Demo article page: http://127.0.0.1:$(PORT)/"
	node tests/e2e/server.mjs dist $(PORT)

## Every test: lint, native, in-browser component tests, end-to-end on dist/, size budget.
## The test build allows one data origin besides its own (a loopback address the e2e tests
## serve a dataset from), so that an allowed origin is tested as well as refused ones. Every
## step gets it, so the library is compiled once for all of them.
TEST_DATA_ORIGIN := http://127.0.0.3:8093
test: export BL_DATA_ORIGINS = $(TEST_DATA_ORIGIN)
test: tools lint dataset-check fixture-check test-native test-browser build test-e2e size bench

## tests/fixtures/article.txt is the capture in ../shared/article/ when that is beside the
## checkout. CI always has it (CI=true): there a missing capture fails. Elsewhere, a visible
## SKIP line and no pass counted.
CAPTURE := ../shared/article/so-ket-chi-thi-09-bac-lieu-2017.txt
fixture-check:
	@if [ -f $(CAPTURE) ]; then \
	  cmp $(CAPTURE) tests/fixtures/article.txt && echo "fixture-check: tests/fixtures/article.txt is the capture"; \
	elif [ -n "$${CI:-}" ]; then \
	  echo "fixture-check: no capture at $(CAPTURE), which CI must have" >&2; exit 1; \
	else \
	  echo "fixture-check: SKIP: no capture at $(CAPTURE); the fixture could not be compared"; \
	fi

## The committed dataset is what its generator makes from the article text.
dataset-check:
	python3 scripts/make-dataset.py --check

lint:
	cargo fmt --check
	cargo clippy --all-targets --features prerender -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test --features prerender

test-browser:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test web --test charts --test panic --test timeline

test-e2e:
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

## Brotli size of every file the widget loads; fails above the budget.
size:
	node scripts/size.mjs dist

## Time to ready and redraw time in headless Chromium; fails above the budgets.
bench:
	node scripts/bench.mjs dist

## Mutation testing: cargo-mutants changes the natively tested modules (data, view, chart, i18n,
## options) one way at a time and runs every native test against each change. A change no test
## notices is a test missing. The fetch itself runs in the browser only (the e2e tests have it),
## so it is left out. About 40 minutes on 2 cores, so not part of `make test`. Prints how
## many of the viable mutants (those that build) the tests catch, a timed-out run counting as
## caught (the change made a test loop), and fails below 90 %; the ones missed are in
## target/mutants.out/missed.txt.
MUTANTS_VERSION := 27.1.0
MUTANTS_MIN := 90
mutants: export BL_DATA_ORIGINS = $(TEST_DATA_ORIGIN)
mutants:
	@cargo mutants --version 2>/dev/null | grep -qF "$(MUTANTS_VERSION)" || \
	  cargo install cargo-mutants --locked --version $(MUTANTS_VERSION)
	cargo mutants --features prerender --output target \
	  -f 'src/data/**' -f 'src/view/**' -f 'src/chart/**' -f 'src/i18n/**' -f src/options.rs \
	  --exclude-re '(in|replace) (fetch_dataset|checked|message)\b' \
	  || true
	@out=target/mutants.out; count() { [ -f $$out/$$1.txt ] && wc -l < $$out/$$1.txt || echo 0; }; \
	caught=$$(( $$(count caught) + $$(count timeout) )); missed=$$(count missed); \
	viable=$$((caught + missed)); \
	[ "$$viable" -gt 0 ] || { echo "mutants: no results in $$out" >&2; exit 1; }; \
	echo "mutants: $$caught of $$viable viable mutants caught ($$((100 * caught / viable)) %, $$(count timeout) by a timeout), $$missed missed"; \
	[ $$((100 * caught)) -ge $$(($(MUTANTS_MIN) * viable)) ] || { echo "mutants: below $(MUTANTS_MIN) %: see $$out/missed.txt" >&2; exit 1; }

clean:
	rm -rf dist target/wasm32-unknown-unknown
