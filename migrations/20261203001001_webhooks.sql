-- Webhook endpoints (issue 13): a removed endpoint is kept (its deliveries reference it) but hidden
-- and never sent to again. Its pending deliveries are marked failed when it is removed.
ALTER TABLE webhook_endpoints ADD COLUMN removed_at TIMESTAMPTZ;
