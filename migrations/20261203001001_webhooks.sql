-- Webhook endpoints (issue 13): a removed endpoint is kept (its deliveries reference it) but hidden
-- and never sent to again. Its pending deliveries are marked failed when it is removed.
ALTER TABLE webhook_endpoints ADD COLUMN removed_at TIMESTAMPTZ;

-- The claim (`store::events::claim_next`) orders due deliveries by (next_attempt_at, id): with this
-- index it reads the first unlocked row instead of sorting every pending delivery on each claim
-- (20k deliveries all due at once made each claim sort 20k rows).
CREATE INDEX deliveries_due_order_idx ON deliveries (next_attempt_at, id) WHERE status = 'pending';
DROP INDEX deliveries_due_idx;
