//! Account credit: applying credit grants to what an invoice asks for.
//!
//! # Rules
//! - Credit is used **oldest grant first**: grants are taken in ascending
//!   [`CreditBalance::granted_at_order`]; grants with the same order are taken in the order they
//!   are listed. (A slice that is already ordered oldest first with increasing orders is used as
//!   given.)
//! - A grant never gives more than its `remaining_minor`; grants with nothing remaining are
//!   skipped.
//! - No more credit is applied than the amount due, so applying credit never makes an invoice
//!   negative. When nothing is due (`amount_due_minor <= 0`) no credit is applied.
//! - The result lists only grants that give something (no zero allocations), in the order used.

use serde::{Deserialize, Serialize};

/// What is left of one credit grant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditBalance {
    pub grant_id: String,
    /// What is left to use, in minor units of the account's currency.
    pub remaining_minor: i64,
    /// Age rank of the grant: smaller is older and is used first.
    pub granted_at_order: usize,
}

/// Allocates credit to `amount_due_minor`: `(grant id, amount applied)` pairs, oldest grant first.
/// See the [module documentation](self) for the rules. The amounts are positive and sum to at most
/// `amount_due_minor`.
pub fn apply(amount_due_minor: i64, grants: &[CreditBalance]) -> Vec<(String, i64)> {
    let mut ordered: Vec<&CreditBalance> = grants.iter().filter(|g| g.remaining_minor > 0).collect();
    ordered.sort_by_key(|g| g.granted_at_order); // stable: ties keep the listed order
    let mut left = amount_due_minor;
    let mut allocations = Vec::new();
    for grant in ordered {
        if left <= 0 {
            break;
        }
        let applied = grant.remaining_minor.min(left);
        allocations.push((grant.grant_id.clone(), applied));
        left -= applied;
    }
    allocations
}

/// The total of [`apply`]'s allocations.
pub fn total_applied(allocations: &[(String, i64)]) -> i64 {
    allocations.iter().map(|(_, amount)| amount).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn grant(id: &str, remaining_minor: i64, order: usize) -> CreditBalance {
        CreditBalance { grant_id: id.into(), remaining_minor, granted_at_order: order }
    }

    fn alloc(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
        pairs.iter().map(|(id, a)| (id.to_string(), *a)).collect()
    }

    #[test]
    fn the_oldest_grant_is_used_first() {
        let grants = [grant("new", 500, 2), grant("old", 300, 0), grant("mid", 400, 1)];
        assert_eq!(apply(600, &grants), alloc(&[("old", 300), ("mid", 300)]));
    }

    #[test]
    fn grants_of_the_same_age_are_used_in_the_listed_order() {
        let grants = [grant("b", 100, 1), grant("a", 100, 1), grant("c", 100, 0)];
        assert_eq!(apply(250, &grants), alloc(&[("c", 100), ("b", 100), ("a", 50)]));
    }

    #[test]
    fn no_more_than_is_due_is_applied() {
        let grants = [grant("g1", 10_000, 0)];
        assert_eq!(apply(2_500, &grants), alloc(&[("g1", 2_500)]));
    }

    #[test]
    fn no_grant_gives_more_than_it_has_left() {
        let grants = [grant("g1", 100, 0), grant("g2", 200, 1)];
        assert_eq!(apply(10_000, &grants), alloc(&[("g1", 100), ("g2", 200)]));
        assert_eq!(total_applied(&apply(10_000, &grants)), 300);
    }

    #[test]
    fn nothing_is_applied_when_nothing_is_due() {
        let grants = [grant("g1", 100, 0)];
        assert!(apply(0, &grants).is_empty());
        assert!(apply(-500, &grants).is_empty());
    }

    #[test]
    fn used_up_and_negative_grants_are_skipped() {
        let grants = [grant("empty", 0, 0), grant("odd", -50, 1), grant("g", 70, 2)];
        assert_eq!(apply(100, &grants), alloc(&[("g", 70)]));
        assert!(apply(100, &[]).is_empty());
    }

    #[test]
    fn an_exactly_covered_invoice_stops_at_the_grant_that_covers_it() {
        let grants = [grant("g1", 100, 0), grant("g2", 100, 1), grant("g3", 100, 2)];
        assert_eq!(apply(200, &grants), alloc(&[("g1", 100), ("g2", 100)]));
    }

    fn grants_strategy() -> impl Strategy<Value = Vec<CreditBalance>> {
        prop::collection::vec((-1_000i64..1_000_000_000_000, 0usize..20), 0..12).prop_map(|v| {
            v.into_iter().enumerate().map(|(i, (remaining, order))| grant(&format!("g{i}"), remaining, order)).collect()
        })
    }

    proptest! {
        #[test]
        fn applied_credit_respects_every_limit(due in -1_000_000i64..5_000_000_000_000, grants in grants_strategy()) {
            let allocations = apply(due, &grants);
            let applied = total_applied(&allocations);
            let balance: i64 = grants.iter().map(|g| g.remaining_minor.max(0)).sum();
            prop_assert!(applied >= 0);
            prop_assert!(applied <= due.max(0), "applied {} > due {}", applied, due);
            prop_assert!(applied <= balance);
            // Never makes an invoice negative.
            prop_assert!(due <= 0 || due - applied >= 0);
            // All that can be applied is applied.
            prop_assert_eq!(applied, due.max(0).min(balance));
            for (id, amount) in &allocations {
                let g = grants.iter().find(|g| &g.grant_id == id).unwrap();
                prop_assert!(*amount > 0 && *amount <= g.remaining_minor);
            }
        }

        #[test]
        fn a_younger_grant_is_only_touched_once_older_ones_are_used_up(
            due in 0i64..5_000_000_000_000,
            grants in grants_strategy(),
        ) {
            let allocations = apply(due, &grants);
            for (id, _) in &allocations {
                let used = grants.iter().find(|g| &g.grant_id == id).unwrap();
                for older in grants.iter().filter(|g| g.granted_at_order < used.granted_at_order && g.remaining_minor > 0) {
                    let from_older = allocations.iter().find(|(i, _)| i == &older.grant_id).map_or(0, |(_, a)| *a);
                    prop_assert_eq!(from_older, older.remaining_minor);
                }
            }
        }
    }
}
