//! The only place that talks to a payment gateway (being built).
