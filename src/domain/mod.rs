//! The pure domain core: decisions about money, periods, prices, tax, credits and dunning.
//!
//! Nothing in here performs I/O, spawns tasks or reads the clock: "now" is always an input.

pub mod account;
pub mod billing;
pub mod catalog;
pub mod change;
pub mod collection;
pub mod credit;
pub mod currency;
pub mod error;
pub mod ids;
pub mod invoice;
pub mod lifecycle;
pub mod money;
pub mod payment;
pub mod period;
pub mod pricing;
pub mod proration;
pub mod retry;
pub mod schedule;
pub mod settlement;
pub mod tax;
pub mod usage;
pub mod validate;

pub use currency::Currency;
pub use error::DomainError;
pub use money::Money;
