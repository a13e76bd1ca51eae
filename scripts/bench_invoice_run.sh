#!/usr/bin/env bash
# Benchmark `billctl invoice run` at N due subscriptions: seeds N×5/4 accounts with `billctl seed`
# (one subscription each; the seed catalog puts one in five on a trial, the rest are due on the
# as-of date), then times one real run that invoices every due subscription.
# Prints invoices, seconds, invoices/second, billctl's peak RSS, and per-phase batch timings.
#
#   scripts/bench_invoice_run.sh                       # fresh embedded cluster per size, in a temp dir
#   BENCH_SIZES="100000" scripts/bench_invoice_run.sh  # only 100k due
#   DATABASE_URL=postgres://… scripts/bench_invoice_run.sh   # an existing (empty) database
#
# Extra arguments go to `billctl invoice run` (e.g. --workers 4 --batch-size 5000).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"100000 1000000"}
AS_OF=${BENCH_AS_OF:-2026-12-01}
cargo build --release --quiet
BIN=$PWD/target/release/billctl

peak_rss() { # command… → runs it, prints its peak RSS (kB) on fd 3
  local log; log=$(mktemp)
  /usr/bin/time -v -o "$log" "$@"
  awk -F': *' '/Maximum resident set size/ {print $2}' "$log" >&3
  rm -f "$log"
}
if [ ! -x /usr/bin/time ]; then
  echo "note: /usr/bin/time missing (apt-get install time); peak RSS not measured" >&2
  peak_rss() { "$@"; echo "n/a" >&3; }
fi

# Stops and removes the temporary embedded cluster (also when a step fails or on Ctrl-C). As root
# the cluster may live in /var/lib/billctl/clusters/<hash> (see README); that goes too.
cleanup() {
  if [ -z "${DATABASE_URL:-}" ] && [ -n "${BILLCTL_DATA_DIR:-}" ] && [ -d "$BILLCTL_DATA_DIR" ]; then
    local root
    root=$("$BIN" db status --format json 2>/dev/null | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
    "$BIN" db stop --quiet >/dev/null 2>&1 || true
    rm -rf "$BILLCTL_DATA_DIR" ${root:+"$root"}
  fi
}
trap cleanup EXIT

for n in $SIZES; do
  if [ -z "${DATABASE_URL:-}" ]; then
    cleanup
    BILLCTL_DATA_DIR=$(mktemp -d); export BILLCTL_DATA_DIR
  fi
  "$BIN" --as-of "$AS_OF" seed --accounts $((n * 5 / 4)) --seed 7 --quiet
  # The seed leaves gigabytes of dirty page cache; flush it now rather than let the kernel write
  # it back during the timed run.
  sync
  out=$(mktemp)
  rss=$( { BILLCTL_PROFILE=1 peak_rss "$BIN" --as-of "$AS_OF" invoice run --format json --quiet "$@" >"$out"; } 3>&1 )
  python3 - "$out" "$n" "$rss" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
n, rss = sys.argv[2], sys.argv[3]
inv, secs = s["invoices"], s["seconds"]
print(f"target due {int(n):>9,}  invoices (= due subscriptions) {inv:>9,}  seconds {secs:7.2f}  "
      f"invoices/s {inv / secs:9,.0f}  peak RSS {int(rss) // 1024 if rss.isdigit() else rss} MiB")
PY
  rm -f "$out"
done
