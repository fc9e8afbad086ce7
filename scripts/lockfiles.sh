#!/usr/bin/env bash
# Every lockfile of the repository installs exactly as committed, on a machine that has never
# installed it: npm's are tried with `npm ci --dry-run` in an empty folder (no node_modules of
# ours to hide a lockfile out of step with its package.json), Cargo's with `cargo fetch --locked`.
set -euo pipefail
cd "$(dirname "$0")/.."
failed=0
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  tmp=$(mktemp -d)
  cp "$dir/package.json" "$lock" "$tmp"/
  if (cd "$tmp" && npm ci --dry-run --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>"$tmp/err"); then
    echo "lockfiles: $lock installs as committed"
  else
    echo "lockfiles: $lock does not install as committed:" >&2
    grep -v '^npm error *$' "$tmp/err" | head -5 >&2
    failed=1
  fi
  rm -rf "$tmp"
done < <(git ls-files '*package-lock.json')
while IFS= read -r lock; do
  if cargo fetch --locked -q --manifest-path "$(dirname "$lock")/Cargo.toml"; then
    echo "lockfiles: $lock installs as committed"
  else
    echo "lockfiles: $lock does not install as committed" >&2
    failed=1
  fi
done < <(git ls-files '*Cargo.lock')
exit "$failed"
