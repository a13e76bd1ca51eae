//! Integration tests: one binary (one throwaway cluster), one database per test.

mod harness;

mod accounts;
mod cli_basics;
mod fake_stripe;
mod gateway;
