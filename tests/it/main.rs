//! Integration tests: one binary (one throwaway cluster), one database per test.

// Tests set up processes from the real environment (PATH, DATABASE_URL, bench sizes) and print
// benchmark figures and diagnostics; the layering rules are for the product code.
#![allow(clippy::disallowed_methods, clippy::print_stdout, clippy::print_stderr)]

mod fixtures;
mod harness;

mod account_checks;
mod accounts;
mod audit_log;
mod bad_input;
mod bench_payments;
mod cli_basics;
mod copy_binary;
mod credits;
mod demo;
mod dunning;
mod email;
mod errors;
mod events;
mod export;
mod fake_stripe;
mod gateway;
mod http_receiver;
mod invoice_run;
mod invoices;
mod invoicing;
mod money_rules;
mod ops_safety;
mod output;
mod payments;
mod plans;
mod reports;
mod run_locking;
mod secrets;
mod seed;
mod smtp_sink;
mod snapshots;
mod subscriptions;
mod tax;
mod terminal;
mod typed_store;
mod usage;
mod usage_at_stop;
mod webhooks;
mod wizards;
