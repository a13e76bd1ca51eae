-- Usage up to this date (exclusive) that is not billed yet, left behind when a subscription's
-- cycle restarts outside the invoice run (a pause resumed by hand before a run billed the usage
-- before it, a change of billing interval now). The next invoice run bills it on an invoice of its
-- own, moves usage_billed_through there and clears this.
ALTER TABLE subscriptions ADD COLUMN usage_owed_until DATE;
