#!/usr/bin/env bash
# Builds the candidates' app as a wasm split into chunks: every `#[wasm_split]` function
# (src/ui/pages/split.rs) and what only it uses goes into a chunk fetched when first needed.
# The split must sit between cargo and wasm-bindgen, where Trunk has no hook: cargo with
# relocations kept, wasm-split-cli, wasm-bindgen, then wasm-opt -Oz on every piece and terser
# on the two scripts.
# Output: target/split/pkg/ (main.js, main_bg.wasm, __wasm_split.js, the chunks), which
# index.html copies into dist/ and scripts/split-page.mjs names by a hash of its contents.
# Run by Trunk before it builds index.html (Trunk.toml's hooks); nothing to do for other pages.
set -euo pipefail
if [ -n "${TRUNK_HTML_FILE:-}" ] && [ "$(basename "$TRUNK_HTML_FILE")" != index.html ]; then exit 0; fi
cd "$(dirname "$0")/.."
# wasm-opt (npm's binaryen) and terser come from the project's node_modules (scripts/tools.sh).
export PATH="$PWD/node_modules/.bin:$PATH"
OUT=target/split/pkg
WORK=target/split/work
# Its own target folder: other flags than Trunk's builds, which would otherwise rebuild everything.
# `pilar_split` turns the split points of src/ui/pages/split.rs into chunks.
export CARGO_TARGET_DIR=target/split
RUSTFLAGS="--cfg pilar_split -Clink-args=--emit-relocs" cargo build --locked --release --target wasm32-unknown-unknown --bin pilar-siap
rm -rf "$WORK" "$OUT"
mkdir -p "$WORK" "$OUT"
wasm-split-cli target/split/wasm32-unknown-unknown/release/pilar-siap.wasm "$WORK" 2>&1 >/dev/null | grep -v "unknown name subsection" || true
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name main --out-dir "$OUT" "$WORK/main.wasm" 2>&1 | grep -v 'unknown name subsection' || true
cp "$WORK"/__wasm_split.js "$OUT"/
cp "$WORK"/chunk_*.wasm "$WORK"/split_*.wasm "$OUT"/ 2>/dev/null || true
for f in "$OUT"/*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$f" -o "$f"
done
# Trunk minifies only the scripts it builds itself (and its minifier fails on wasm-bindgen's).
for f in "$OUT"/main.js "$OUT"/__wasm_split.js; do
  terser "$f" --module --compress --mangle --output "$f"
done
echo "split wasm: $(ls "$OUT"/*.wasm | wc -l) pieces in $OUT"
