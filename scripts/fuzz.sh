#!/usr/bin/env bash
# `make fuzz`: runs every cargo-fuzz target in fuzz/ for FUZZ_SECONDS each (default 300), seeded
# from the project's own banks, fixtures and hostile corpus, then prints each target's executions
# and whether it found anything. Needs the nightly toolchain (cargo-fuzz is installed if missing).
# Not part of `make test`. A crash is left in fuzz/artifacts/<target>/ and makes this fail; once
# fixed, the input goes into tests/fuzz-regressions/<target>/, which `make test` replays.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-300}
TARGETS=${FUZZ_TARGETS:-bank results csv gift moodle zip roundtrip handover}
say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "make fuzz needs the nightly toolchain (rustup toolchain install nightly)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --version '~0.13' --locked
fi

# Seeds: copied fresh each run into fuzz/corpus/<target>/ (git-ignored), beside what earlier runs
# found there.
seed() { local dir="fuzz/corpus/$1"; shift; mkdir -p "$dir"; for f in "$@"; do cp "$f" "$dir/seed-$(basename "$f")"; done; }
prefixed() { # csv seeds: the first byte says which file the rest replaces
  mkdir -p fuzz/corpus/csv
  { printf '\x00'; cat "$2"; } > "fuzz/corpus/csv/seed-$1-$(basename "$2")"
}
for target in $TARGETS; do
  case $target in
    bank|roundtrip) seed "$target" public/banks/*.json public/banks/examples/*.json tests/fixtures/*.bank.json tests/corpus/bank/* ;;
    results) seed "$target" tests/fixtures/results-v1*.json tests/corpus/results/* ;;
    handover) seed "$target" tests/corpus/handover/* ;;
    gift) seed "$target" public/banks/examples/*.gift tests/corpus/gift/* ;;
    moodle) seed "$target" public/banks/examples/*.xml public/banks/examples/*.txt tests/corpus/moodle-xml/* tests/corpus/aiken/* ;;
    zip) mkdir -p fuzz/corpus/zip
      (cd tests/fixtures && python3 -c 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED); [z.write(f) for f in sys.argv[2:]]' ../../fuzz/corpus/zip/seed-deflated.zip results-v1.json results-v1-simulation.json)
      (cd tests/fixtures && python3 -c 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],"w"); [z.write(f) for f in sys.argv[2:]]' ../../fuzz/corpus/zip/seed-stored.zip results-v1.json history-v1.json) ;;
    csv)
      for f in public/banks/examples/contoh-mini-soal.csv tests/corpus/csv/*; do prefixed items "$f"; done
      { printf '\x01'; cat public/banks/examples/contoh-mini-kompetensi.csv; } > fuzz/corpus/csv/seed-kompetensi.csv
      { printf '\x02'; cat public/banks/examples/contoh-mini-info.csv; } > fuzz/corpus/csv/seed-info.csv ;;
  esac
done

# Every earlier finding (tests/fuzz-regressions/, replayed by `make test`) seeds its target too.
for target in $TARGETS; do
  for f in tests/fuzz-regressions/"$target"/*; do
    [ -f "$f" ] && cp "$f" "fuzz/corpus/$target/regression-$(basename "$f")"
  done
done

summary=()
failed=0
for target in $TARGETS; do
  say "$target: ${SECONDS_EACH}s"
  log="fuzz/corpus/$target.log"
  # The bundled bank is ~100 KB: inputs may be that long.
  if cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$SECONDS_EACH" -max_len=262144 -print_final_stats=1 -timeout=20 \
      -rss_limit_mb=4096 >"$log" 2>&1; then
    found=none
  else
    found="CRASH: see $log and fuzz/artifacts/$target/"
    failed=1
  fi
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
  inputs=$(ls "fuzz/corpus/$target" | wc -l)
  summary+=("$(printf '%-10s %12s executions  %6s corpus inputs  findings: %s' "$target" "${runs:-?}" "$inputs" "$found")")
done
printf '%s\n' "${summary[@]}"
exit $failed
