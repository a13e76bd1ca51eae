-- The events not invoiced yet, in their own small index. The invoice run looks for them every day
-- (late usage, usage totals, marking them billed), and they are a period's worth while the table
-- keeps every event ever billed. Measured with 300k subscriptions and a year of billed usage
-- (10.8M events): finding the accounts with late usage took 1.39 s through a scan of the whole
-- table, 0.38 s through this index; a whole run over that history (270k invoices) took 12.8 s
-- without it and 6.6 s with it. Marking 0.9M events billed costs about 3% more run time.
CREATE INDEX usage_events_unbilled ON usage_events (subscription_id, occurred_at) INCLUDE (account_id)
    WHERE invoice_id IS NULL;
