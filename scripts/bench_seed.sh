#!/usr/bin/env bash
# Benchmark `billctl seed`: 100k and 1M accounts (each with a subscription and a history row),
# each into an empty database. Prints seconds, rows/second and the peak RSS of billctl.
#
#   scripts/bench_seed.sh                 # fresh embedded cluster in a temp dir (removed afterwards)
#   DATABASE_URL=postgres://… scripts/bench_seed.sh   # that server; each size uses its own seed
#
# Extra arguments are passed to every `billctl seed` (e.g. --usage-events 10 --batch-size 20000).
# PostgreSQL runs in its own processes: the RSS shown is billctl's alone.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"100000 1000000"}
cargo build --release --quiet
BIN=$PWD/target/release/billctl

if [ -z "${DATABASE_URL:-}" ]; then
  BILLCTL_DATA_DIR=$(mktemp -d)
  export BILLCTL_DATA_DIR
  # As root the cluster may live in /var/lib/billctl/clusters/<hash> (see README); remove it too.
  cluster_root=$("$BIN" db status --format json 2>/dev/null |
    sed -n 's/.*"target": *"embedded cluster at \([^"]*\)".*/\1/p' || true)
  trap '"$BIN" db stop >/dev/null 2>&1 || true; rm -rf "$BILLCTL_DATA_DIR" ${cluster_root:+"$cluster_root"}' EXIT
  embedded=1
else
  embedded=0
fi

# Runs a command, leaving its peak RSS in kB in $rss_kb.
measure() {
  local log
  log=$(mktemp)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$log" "$@"
    rss_kb=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$log")
  else
    python3 - "$log" "$@" <<'EOF'
import resource, subprocess, sys
rc = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(rc)
EOF
    rss_kb=$(cat "$log")
  fi
  rm -f "$log"
}

printf '%-10s %9s %12s %12s %10s\n' accounts seconds rows rows/s peak_MiB > /tmp/bench_seed.$$
for n in $SIZES; do
  if [ "$embedded" = 1 ]; then
    "$BIN" db reset --yes >/dev/null 2>&1
  fi
  out=$(mktemp)
  start=$(date +%s.%N)
  measure "$BIN" seed --accounts "$n" --seed "$n" --format json "$@" >"$out"
  end=$(date +%s.%N)
  rows=$(python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["written"]; print(sum(w.values()))' "$out")
  inner=$(python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["seconds"])' "$out")
  wall=$(python3 -c "print('%.2f' % ($end - $start))")
  rate=$(python3 -c "print('%.0f' % ($rows / $inner))")
  printf '%-10s %9s %12s %12s %10s   (process wall %s s)\n' "$n" "$inner" "$rows" "$rate" \
    "$((rss_kb / 1024))" "$wall" >> /tmp/bench_seed.$$
  rm -f "$out"
done
pg_version=$("$BIN" db status --format json 2>/dev/null | sed -n 's/.*"server_version": *"\([^"]*\)".*/\1/p' || true)
echo
echo "billctl seed on $(nproc) cores ${pg_version:+($pg_version)}; rows = accounts + subscriptions + history"
cat /tmp/bench_seed.$$
rm -f /tmp/bench_seed.$$
