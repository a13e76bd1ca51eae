#!/usr/bin/env bash
# E-mail delivery throughput: N queued e-mails → `billctl notify deliver --channel email` to a
# loopback SMTP sink (examples/smtp_sink.rs, the test suite's sink). Seeds N×5/4 accounts with
# `billctl seed` (one in five is on a trial), runs the invoice run with e-mail configured (each
# invoice queues its invoice_issued e-mail), then times one delivery pass. Prints messages/s.
#
#   scripts/bench_email.sh                          # N=5000, fresh embedded cluster in a temp dir
#   BENCH_N=20000 scripts/bench_email.sh --workers 16
#   DATABASE_URL=postgres://… scripts/bench_email.sh   # an existing (empty) database
#
# Extra arguments go to `billctl notify deliver`.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_N:-5000}
AS_OF=${BENCH_AS_OF:-2026-12-01}
PORT=${BENCH_SMTP_PORT:-2525}
cargo build --release --quiet --bin billctl --example smtp_sink
BIN=$PWD/target/release/billctl
SINK=$PWD/target/release/examples/smtp_sink

sink_pid=""
cleanup() {
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
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

sink_log=$(mktemp)
"$SINK" "127.0.0.1:$PORT" >"$sink_log" &
sink_pid=$!
export BILLCTL_SMTP_URL="smtp://127.0.0.1:$PORT?tls=none"
export BILLCTL_EMAIL_FROM="Bench Billing <billing@bench.test>"

"$BIN" --as-of "$AS_OF" seed --accounts $((N * 5 / 4)) --seed 7 --quiet
"$BIN" --as-of "$AS_OF" invoice run --quiet --format json >/dev/null
queued=$("$BIN" --as-of "$AS_OF" notify list --channel email --status pending --limit 10000 --format csv | tail -n +2 | wc -l)
start=$(date +%s.%N)
summary=$("$BIN" --as-of "$AS_OF" notify deliver --channel email --format json "$@" || true)
end=$(date +%s.%N)
kill -TERM "$sink_pid"; wait "$sink_pid" 2>/dev/null || true; sink_pid=""
python3 - "$summary" "$start" "$end" "$queued" "$(tail -1 "$sink_log")" <<'PY'
import json, sys
s = json.loads(sys.argv[1]); secs = float(sys.argv[3]) - float(sys.argv[2])
print(f"queued {sys.argv[4].strip()} (first page, max 10000)  attempted {s['attempted']:,}  sent {s['sent']:,}  "
      f"failed {s['failed'] + s['retrying']:,}  seconds {secs:.2f}  messages/s {s['sent'] / secs:,.0f}")
print(f"sink: {sys.argv[5]}")
PY
rm -f "$sink_log"
