#!/usr/bin/env bash
# Benchmark the finance reports on a year of history: seeds N accounts (one subscription each),
# runs `billctl invoice run` on the first of every month for a year (so the subscription history
# and the invoices cover twelve months), then times `report mrr --interval month` over the twelve
# months, `report aging`, `report revenue`, `report churn` and `report subscriptions`, printing
# seconds and peak RSS of each.
#
#   scripts/bench_reports.sh                       # N = 1000000, fresh embedded cluster in a temp dir
#   BENCH_ACCOUNTS=100000 scripts/bench_reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_ACCOUNTS:-1000000}
cargo build --release --quiet
BIN=$PWD/target/release/billctl
source scripts/lib.sh
fresh_cluster

"$BIN" --as-of 2025-12-01 seed --accounts "$N" --seed 7 --quiet
for m in 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11; do
  "$BIN" --as-of "$m-01" invoice run --quiet
done
sync

timed() { # label args… → seconds and peak RSS of `billctl args…`
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$BIN" --as-of 2026-11-30 "$@" --format json >/dev/null
  read -r secs rss <"$log"; rm -f "$log"
  printf '%-52s %6.2f s  peak RSS %4d MiB\n' "$label" "$secs" $((rss / 1024))
}

echo "history: $N accounts, 12 monthly runs"
timed "report mrr --interval month (12 months)" report mrr --from 2025-12-01 --to 2026-11-30 --interval month
timed "report aging" report aging
timed "report revenue --interval month (12 months)" report revenue --from 2025-12-01 --to 2026-11-30 --interval month
timed "report churn --interval month (12 months)" report churn --from 2025-12-01 --to 2026-11-30 --interval month
timed "report subscriptions --interval month" report subscriptions --from 2025-12-01 --to 2026-11-30 --interval month
timed "report customers --top 10" report customers --top 10
