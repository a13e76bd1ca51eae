#!/usr/bin/env bash
# Benchmark `billctl dunning tick`: 1M accounts (`billctl seed`), of which 50k have an overdue open
# invoice (one INSERT … SELECT: every 20th account gets an invoice due 1 to 20 days before the
# as-of date, so the tick opens 50k episodes and takes a mix of remind, warn and block steps), plus
# 50k open invoices not yet due. Times one real tick (release build), then a second tick the same
# day (nothing left to do), then the tick of the next day. Prints accounts, steps, events, seconds,
# per-phase timings and billctl's peak RSS.
#
#   scripts/bench_dunning.sh                                   # fresh embedded cluster in a temp dir
#   BENCH_ACCOUNTS=100000 BENCH_OVERDUE_EVERY=20 scripts/bench_dunning.sh
#   DATABASE_URL=postgres://… scripts/bench_dunning.sh         # an existing (empty) database
#
# TICK_ARGS="--workers 4 --batch-size 2000" go to `billctl dunning tick`. BIN=… uses another binary.
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${BENCH_ACCOUNTS:-1000000}
EVERY=${BENCH_OVERDUE_EVERY:-20}
AS_OF=${BENCH_AS_OF:-2026-12-01}
TICK_ARGS=${TICK_ARGS:-}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=$PWD/target/release/billctl
fi

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

cleanup() {
  if [ -z "${DATABASE_URL:-}" ] && [ -n "${BILLCTL_DATA_DIR:-}" ] && [ -d "$BILLCTL_DATA_DIR" ]; then
    local root
    root=$("$BIN" db status --format json 2>/dev/null | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
    "$BIN" db stop --quiet >/dev/null 2>&1 || true
    rm -rf "$BILLCTL_DATA_DIR" ${root:+"$root"}
  fi
}
trap cleanup EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  BILLCTL_DATA_DIR=$(mktemp -d); export BILLCTL_DATA_DIR
fi
"$BIN" --as-of "$AS_OF" seed --accounts "$ACCOUNTS" --seed 7 --quiet
if [ -n "${DATABASE_URL:-}" ]; then
  PSQL_URL=$DATABASE_URL
else
  root=$("$BIN" db status --format json | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
  PSQL_URL="postgresql://billctl@localhost/billctl?host=$root/data"
fi
psql -q -v ON_ERROR_STOP=1 "$PSQL_URL" <<SQL
INSERT INTO invoices (id, account_id, number, status, kind, currency, subtotal, total, amount_due,
                      issued_on, due_on, created_at)
SELECT 'inv_bench' || lpad(n::text, 9, '0'), id, 'BENCH-' || n, 'open', 'manual', currency,
       10000, 10000, 10000, due - 14, due, now()
FROM (SELECT id, currency, n, DATE '$AS_OF' - (CASE WHEN n % $EVERY = 0 THEN 1 + (n / $EVERY) % 20 ELSE -5 END)::int AS due
      FROM (SELECT id, currency, row_number() OVER (ORDER BY id) AS n FROM accounts) a
      WHERE n % $EVERY IN (0, 1)) x;
VACUUM ANALYZE invoices;
VACUUM ANALYZE accounts;
SQL
sync
overdue=$(psql -qtA "$PSQL_URL" -c "SELECT count(DISTINCT account_id) FROM invoices WHERE status = 'open' AND due_on < DATE '$AS_OF'")

NEXT=$(date -d "$AS_OF + 1 day" +%F)
# first: the first tick ever (opens every episode, catches up every due step); again: the same day
# once more (nothing to do); next day: the daily cron the day after (the steps due that day).
for run in "first $AS_OF" "again $AS_OF" "next-day $NEXT"; do
  set -- $run
  label=$1; day=$2
  out=$(mktemp)
  start=$(date +%s.%N)
  rss=$( { peak_rss "$BIN" --as-of "$day" dunning tick --format json --quiet $TICK_ARGS >"$out"; } 3>&1 )
  end=$(date +%s.%N)
  python3 - "$out" "$ACCOUNTS" "$overdue" "$rss" "$label" "$start" "$end" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
accounts, overdue, rss, run = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
wall = float(sys.argv[7]) - float(sys.argv[6])
acts = ", ".join(f"{k} {v:,}" for k, v in s["actions"].items()) or "none"
phases = " ".join(f"{k} {v:.2f}" for k, v in s["phases"].items())
print(f"tick ({run}): accounts {accounts:,}  overdue {overdue:,}  evaluated {s['accounts_evaluated']:,}  "
      f"episodes opened {s['episodes_opened']:,}  steps {s['steps_taken']:,} ({acts})  events {s['events']:,}  "
      f"tick {s['seconds']:.2f} s  process {wall:.2f} s  peak RSS {int(rss) // 1024 if rss.isdigit() else rss} MiB")
print(f"    batch phases (s, summed over the batches in flight): {phases}")
PY
  rm -f "$out"
done
