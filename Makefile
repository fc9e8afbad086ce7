# Pilar Siap — the two commands a newcomer needs:
#   make run    installs what is missing, builds, serves the app at http://127.0.0.1:8080
#   make test   installs what is missing, then every check: format, lints, native tests, schema
#               tests, browser component tests, release build, end-to-end tests, size budget
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
CARGO := cargo
WASM := --target wasm32-unknown-unknown

.PHONY: run test tools lockfiles build lint test-native bank-cues test-schema test-wasm test-e2e sizes bench-cohort bench fuzz clean

# Both apps built into dist/ (the trainers' app in dist/pelatih/), served as static files.
run: build
	@echo "Pilar Siap: http://127.0.0.1:8080/  (pelatih: http://127.0.0.1:8080/pelatih/)"
	python3 -m http.server 8080 --bind 127.0.0.1 --directory dist

test: tools lockfiles lint test-native bank-cues test-schema test-wasm build test-e2e sizes bench-cohort
	@echo "make test: all green"

tools:
	@scripts/tools.sh

# Every lockfile (npm's and Cargo's, bench/ and fuzz/ too) installs exactly as committed.
lockfiles:
	@scripts/lockfiles.sh

# index.html's build splits the candidates' wasm first (Trunk.toml's hooks, scripts/split-wasm.sh).
build: tools
	trunk build index.html --release
	trunk build pelatih.html --release --dist dist/pelatih
	node scripts/csp.mjs
	node scripts/service-worker.mjs

lint: tools
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) clippy --locked --all-targets $(WASM) -- -D warnings

test-native: tools
	$(CARGO) test --locked

# The bundled bank's answer-cue analysis (tests/bundled_cues.rs holds it to the thresholds).
bank-cues: tools
	$(CARGO) run --locked --quiet --bin pilar-cli -- check-bank public/banks/kalsel-pilar-sosial.json

test-schema: tools
	node --test tests/schema/

test-wasm: tools
	$(CARGO) test --locked $(WASM) --test web_item --test web_report --test web_learning --test web_handover --test web_crash

# End-to-end against the release build in dist/, served on 127.0.0.1; pilar-cli re-checks the
# downloaded results file.
test-e2e: build
	$(CARGO) build --locked --bin pilar-cli
	playwright test -c tests/e2e

sizes:
	node scripts/sizes.mjs

# Prints how long the trainers' group view takes for 1,000 and 10,000 results files.
bench-cohort: build
	$(CARGO) build --locked --bin pilar-cli
	node tests/bench/cohort.mjs

# Not part of `make test`: Lighthouse (mobile, simulated throttling) on the release build and on
# the same bank in SurveyJS, sizes of both, click-to-paint with the CPU slowed 4x. bench/ has its
# own package.json, so `make test` never installs Lighthouse.
bench: build
	@[ bench/node_modules/.package-lock.json -nt bench/package-lock.json ] || npm ci --prefix bench --no-audit --no-fund
	CHROME_PATH=/usr/bin/chromium node bench/run.mjs

# Not part of `make test`: every cargo-fuzz target (fuzz/) for FUZZ_SECONDS each, on nightly.
FUZZ_SECONDS ?= 300
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf dist target test-results playwright-report bench/node_modules bench/out fuzz/target fuzz/corpus fuzz/artifacts
