-- Payments: what an attempt charged (customer, card) so an uncertain attempt can be looked up,
-- which command made it, and guards that make recording a gateway charge idempotent.

ALTER TABLE payment_attempts
    ADD COLUMN customer_id       TEXT,           -- the gateway customer charged
    ADD COLUMN payment_method_id TEXT,           -- the gateway payment method charged
    ADD COLUMN kind              TEXT NOT NULL DEFAULT 'collect' CHECK (kind IN ('collect', 'retry', 'sync'));

-- Attempts still to be resolved (started: crashed before the answer; uncertain: answer lost).
CREATE INDEX payment_attempts_unresolved_idx ON payment_attempts (invoice_id) WHERE status IN ('started', 'uncertain');
-- Failed attempts waiting for their scheduled retry.
CREATE INDEX payment_attempts_retry_idx ON payment_attempts (next_retry_on) WHERE status = 'failed' AND NOT hard_decline;

-- A gateway charge is recorded as a payment at most once (collect, retry and sync may all see it).
ALTER TABLE payments ADD COLUMN attempt_id TEXT;
CREATE UNIQUE INDEX payments_gateway_charge_idx ON payments (gateway, gateway_payment_id)
    WHERE gateway_payment_id IS NOT NULL;
CREATE INDEX payments_account_idx ON payments (account_id, created_at);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
-- collect/retry read an account's default card once per invoice.
CREATE INDEX payment_methods_account_idx ON payment_methods (account_id);
