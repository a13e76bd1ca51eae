-- A subscription that stops (canceled now, at period end, or at the end of the longest pause) gets
-- a final invoice for the usage of its last paid days, with any charge still pending for it
-- (invoice run). Like the regular invoice of a period, it exists once per subscription and period:
-- the index is the database's guard against billing that usage twice.
ALTER TABLE invoices DROP CONSTRAINT invoices_kind_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_kind_check
    CHECK (kind IN ('regular', 'supplemental', 'manual', 'final'));
CREATE UNIQUE INDEX invoices_one_final_per_period ON invoices (subscription_id, period_start)
    WHERE kind = 'final' AND status <> 'void';
