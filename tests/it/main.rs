//! Integration tests: one binary (one throwaway cluster), one database per test.

mod harness;

mod accounts;
mod cli_basics;
mod invoice_run;
mod plans;
mod seed;
mod subscriptions;
