#!/usr/bin/env bash
# `billctl payment retry` over 10k due invoices against the fake Stripe (20 ms latency):
# throughput at the configured concurrency, and the 100 req/s limit held within 5 % with zero 429s.
# BENCH_N (default 10000) and BENCH_CONCURRENCY (default 8) change the size and the concurrency.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test it bench_payment_retry -- --ignored --nocapture 2>&1 | grep -v '^$'
