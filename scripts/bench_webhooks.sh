#!/usr/bin/env bash
# Benchmark webhook delivery to a loopback receiver: seeds BENCH_ACCOUNTS accounts (default 25 000,
# ≈ 20k due subscriptions), adds one endpoint for every event pointing at examples/webhook_sink.rs
# (a Rust hyper receiver that checks every signature), runs `billctl invoice run` (one
# invoice.finalized event and delivery per invoice), then times
# `billctl notify deliver --channel webhook --workers BENCH_WORKERS` (default 8) and prints
# deliveries/second. The sink reports how many requests arrived and how many signatures were bad.
#
#   scripts/bench_webhooks.sh
#   BENCH_ACCOUNTS=5000 BENCH_WORKERS=16 scripts/bench_webhooks.sh
#   DATABASE_URL=postgres://… scripts/bench_webhooks.sh      # an existing (empty) database
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${BENCH_ACCOUNTS:-25000}
WORKERS=${BENCH_WORKERS:-8}
AS_OF=${BENCH_AS_OF:-2026-12-01}
cargo build --release --quiet --bin billctl --example webhook_sink
BIN=$PWD/target/release/billctl
SINK=$PWD/target/release/examples/webhook_sink
SINK_PID=
SINK_LOG=$(mktemp)

cleanup() {
  if [ -n "$SINK_PID" ]; then kill "$SINK_PID" 2>/dev/null || true; fi
  if [ -z "${DATABASE_URL:-}" ] && [ -n "${BILLCTL_DATA_DIR:-}" ] && [ -d "$BILLCTL_DATA_DIR" ]; then
    local root
    root=$("$BIN" db status --format json 2>/dev/null | sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p')
    "$BIN" db stop --quiet >/dev/null 2>&1 || true
    rm -rf "$BILLCTL_DATA_DIR" ${root:+"$root"}
  fi
  rm -f "$SINK_LOG"
}
trap cleanup EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  BILLCTL_DATA_DIR=$(mktemp -d); export BILLCTL_DATA_DIR
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"$BIN" --as-of "$AS_OF" seed --accounts "$ACCOUNTS" --seed 7 --quiet
added=$("$BIN" --as-of "$AS_OF" webhook endpoint add "http://127.0.0.1:$PORT/hooks" --allow-private \
  --description bench --format json 2>/dev/null)
secret=$(printf '%s' "$added" | sed -n 's/.*"secret": *"\([^"]*\)".*/\1/p')
WEBHOOK_SECRET=$secret "$SINK" "127.0.0.1:$PORT" >"$SINK_LOG" &
SINK_PID=$!
"$BIN" --as-of "$AS_OF" invoice run --quiet >/dev/null

start=$(date +%s.%N)
summary=$("$BIN" --as-of "$AS_OF" notify deliver --channel webhook --workers "$WORKERS" --quiet --format json)
end=$(date +%s.%N)

kill "$SINK_PID"; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=
sent=$(printf '%s' "$summary" | sed -n 's/.*"sent": *\([0-9]*\).*/\1/p')
python3 - "$sent" "$start" "$end" "$WORKERS" <<'PY'
import sys
sent, start, end, workers = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
secs = end - start
print(f"webhook deliveries: {sent} signed, sent in {secs:.2f} s with {workers} workers = {sent / secs:,.0f} deliveries/s")
PY
echo "summary: $summary"
echo "sink: $(tail -n 1 "$SINK_LOG")"
