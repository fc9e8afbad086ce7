#!/usr/bin/env bash
# Installs what Pilar Siap's build and tests need, skipping whatever is already there at the right
# version (a second run installs nothing). Everything comes from the package registries this kind
# of machine reaches: Debian (Chromium), crates (trunk, wasm-bindgen-cli), npm (wasm-opt,
# Playwright, axe-core, ajv). Nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Browser for wasm-bindgen-test and Playwright (never Playwright's own download); pdftotext
# reads the printed report in the end-to-end tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
  say "installing Debian chromium, chromium-driver and poppler-utils"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21 (0.22 needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock. Not --locked: its own
# lockfile names a crate version the registry here lacks.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-split-cli splits the candidates' wasm into chunks (scripts/split-wasm.sh). It prints no
# version, so cargo's own record of installed crates is asked.
SPLIT_VERSION=0.2.4
if ! grep -q "\"wasm_split_cli_support $SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates2.json" 2>/dev/null || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $SPLIT_VERSION (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked
fi

# npm tools; Playwright must not download a browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen's wasm-opt, Playwright, axe-core, ajv)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline: every crate must be here first.
cargo fetch --locked -q
