#!/usr/bin/env bash
# Benchmark `billctl export invoice-lines` against psql's `\copy (SELECT …) TO FILE` of the same
# SELECT (printed by `billctl export … --sql`) on the same database, side by side: seeds N
# accounts, bills them (about one invoice line per due subscription, several for seat plans),
# then times each export three times and prints rows, seconds, MB/s and peak RSS.
#
#   scripts/bench_export.sh                          # N = 1000000 accounts, fresh embedded cluster
#   BENCH_ACCOUNTS=200000 scripts/bench_export.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_ACCOUNTS:-1000000}
AS_OF=2026-12-01
cargo build --release --quiet
BIN=$PWD/target/release/billctl
OUT=$(mktemp -d); CLEANUP_EXTRA=$OUT
source scripts/lib.sh
fresh_cluster

"$BIN" --as-of "$AS_OF" seed --accounts "$N" --seed 7 --quiet
"$BIN" --as-of "$AS_OF" invoice run --quiet
root=$(cluster_root)
rows=$(psql -h "$root/data" -U billctl -d billctl -X -q -t -A -c "SELECT count(*) FROM invoice_lines")
select=$("$BIN" export invoice-lines --sql)
sync

timed() { # label command… → seconds and peak RSS
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null
  read -r secs rss <"$log"; rm -f "$log"
  echo "$secs $rss"
}

for i in 1 2 3; do
  read -r b_secs b_rss < <(timed billctl "$BIN" export invoice-lines -o "$OUT/billctl.csv" --quiet)
  read -r p_secs p_rss < <(timed psql psql -h "$root/data" -U billctl -d billctl -X -q \
      -c "SET TIME ZONE 'UTC'" -c "\\copy ($select) TO '$OUT/psql.csv' WITH (FORMAT csv, HEADER true)")
  size=$(stat -c %s "$OUT/billctl.csv")
  cmp -s "$OUT/billctl.csv" "$OUT/psql.csv" && same="identical" || same="DIFFERENT"
  python3 - "$rows" "$size" "$b_secs" "$b_rss" "$p_secs" "$p_rss" "$same" "$i" <<'PY'
import sys
rows, size, bs, br, ps, pr, same, i = sys.argv[1:]
rows, size, bs, ps = int(rows), int(size), float(bs), float(ps)
print(f"run {i}: {rows:,} invoice lines, {size / 1e6:,.0f} MB  billctl {bs:5.2f} s ({size / 1e6 / bs:5.0f} MB/s, "
      f"peak RSS {int(br) // 1024} MiB)  psql \\copy {ps:5.2f} s (peak RSS {int(pr) // 1024} MiB)  "
      f"ratio {bs / ps:4.2f}  files {same}")
PY
done
