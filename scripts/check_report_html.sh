#!/usr/bin/env bash
# Opens the HTML pages `billctl report … --out` writes in a real browser (headless Chromium, Debian's
# `chromium` package: `apt-get install chromium`), takes a screenshot of each and fails on any
# console message (an error, a blocked resource, a script: the pages should have none).
# Seeds a small history first (a fresh embedded cluster in a temp dir).
#
#   scripts/check_report_html.sh                 # screenshots into target/report-html/
#   SAMPLE=docs/report-sample.png scripts/check_report_html.sh   # also keep the MRR one there
set -euo pipefail
cd "$(dirname "$0")/.."

command -v chromium >/dev/null || { echo "chromium is missing: apt-get install chromium" >&2; exit 2; }
cargo build --quiet
BIN=$PWD/target/debug/billctl
OUT=$PWD/target/report-html
mkdir -p "$OUT"
source scripts/lib.sh
fresh_cluster

"$BIN" --as-of 2026-01-01 seed --accounts 400 --seed 11 --quiet
for m in 01 02 03 04 05 06; do
  "$BIN" --as-of "2026-$m-01" invoice run --quiet
done
export BILLCTL_NOW=2026-06-30T12:00:00Z
range=(--from 2026-01-01 --to 2026-06-30 --interval month)
"$BIN" report mrr "${range[@]}" --out "$OUT/mrr.html" --quiet >/dev/null
"$BIN" report churn "${range[@]}" --out "$OUT/churn.html" --quiet >/dev/null
"$BIN" report revenue "${range[@]}" --out "$OUT/revenue.html" --quiet >/dev/null
"$BIN" report subscriptions "${range[@]}" --out "$OUT/subscriptions.html" --quiet >/dev/null
"$BIN" report ltv --out "$OUT/ltv.html" --quiet >/dev/null
"$BIN" report aging --accounts --out "$OUT/aging.html" --quiet >/dev/null
"$BIN" report customers --top 10 --out "$OUT/customers.html" --quiet >/dev/null

failed=0
for page in "$OUT"/*.html; do
  png="${page%.html}.png"
  log=$(mktemp)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=1 \
    --window-size=1280,1800 --screenshot="$png" "file://$page" >"$log" 2>&1 || true
  if grep -q ":CONSOLE" "$log"; then
    echo "FAIL $page: console messages:" >&2
    grep ":CONSOLE" "$log" >&2
    failed=1
  elif [ ! -s "$png" ]; then
    echo "FAIL $page: no screenshot" >&2
    failed=1
  else
    echo "ok   $page → $png ($(stat -c %s "$png") bytes)"
  fi
  rm -f "$log"
done
if [ -n "${SAMPLE:-}" ]; then
  cp "$OUT/mrr.png" "$SAMPLE"
fi
exit $failed
