#!/usr/bin/env bash
# Benchmark `billctl invoice run` on a database that has billed usage for a year: seeds N accounts
# with 20 usage events per metered subscription, bills them (a first run), copies those billed
# events eleven months back (a year of history), then times a second run a month later.
# Prints invoices, seconds and peak RSS of each run and the event counts.
#
#   scripts/bench_usage_history.sh              # N = 300000, fresh embedded cluster in a temp dir
#   BENCH_ACCOUNTS=100000 scripts/bench_usage_history.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_ACCOUNTS:-300000}
cargo build --release --quiet
BIN=$PWD/target/release/billctl
BILLCTL_DATA_DIR=$(mktemp -d); export BILLCTL_DATA_DIR
cleanup() {
  local root
  root=$("$BIN" db status --format json 2>/dev/null | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
  "$BIN" db stop --quiet >/dev/null 2>&1 || true
  rm -rf "$BILLCTL_DATA_DIR" ${root:+"$root"}
}
trap cleanup EXIT

"$BIN" --as-of 2026-11-23 seed --accounts "$N" --seed 7 --usage-events 20 --quiet
root=$("$BIN" db status --format json | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
sql() { psql -h "$root/data" -U billctl -d billctl -X -q -t -A -c "$1"; }

timed_run() { # as-of label
  local out log
  out=$(mktemp); log=$(mktemp)
  /usr/bin/time -f "%M" -o "$log" "$BIN" --as-of "$1" invoice run --format json --quiet >"$out"
  python3 - "$out" "$2" "$(cat "$log")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<34} invoices {s['invoices']:>8,}  seconds {s['seconds']:6.2f}  peak RSS {int(sys.argv[3]) // 1024} MiB")
PY
  rm -f "$out" "$log"
}

sync
timed_run 2026-12-31 "run 1 (bills the seeded usage)"
sql "INSERT INTO usage_events (id, account_id, subscription_id, metric, quantity, occurred_at, idempotency_key,
       invoice_id, created_at)
     SELECT 'ue_h' || g || '_' || u.id, u.account_id, u.subscription_id, u.metric, u.quantity,
       u.occurred_at - (g || ' months')::interval, 'h' || g || u.idempotency_key, u.invoice_id, now()
     FROM usage_events u, generate_series(1, 11) g WHERE u.invoice_id IS NOT NULL"
sql "VACUUM ANALYZE usage_events"
echo "usage events: $(sql "SELECT count(*) || ' (' || count(*) FILTER (WHERE invoice_id IS NULL) || ' not billed)' FROM usage_events")"
sync
timed_run 2027-01-31 "run 2 (a year of billed history)"
