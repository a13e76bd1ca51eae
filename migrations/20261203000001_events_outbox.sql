-- Events and the outbox (issue 13).
--
-- An event is written in the same transaction as its cause, once: `dedupe_key` is unique, so a
-- re-run that repeats the cause writes nothing. Writing it also fans it out into `deliveries`
-- (one row per webhook endpoint whose patterns match and per e-mail template the event sends), in
-- that same transaction. `billctl notify deliver` claims due deliveries with FOR UPDATE SKIP LOCKED.

-- The unused first draft of the outbox goes; nothing ever wrote to it.
DROP TABLE notifications;

CREATE TABLE events (
    id              TEXT PRIMARY KEY,                -- evt_…: the webhook-id, stable across retries
    type            TEXT NOT NULL,                   -- invoice.finalized, payment.failed, dunning.warn, …
    account_id      TEXT,
    dedupe_key      TEXT NOT NULL UNIQUE,            -- the cause: never tell twice
    -- JSON, not JSONB: written once, read whole (a webhook body, a template's context); JSON only
    -- validates its text, where JSONB would parse it, which costs an invoice run seconds per million.
    data            JSON NOT NULL,                   -- amounts in minor units plus currency
    occurred_at     TIMESTAMPTZ NOT NULL,            -- the command's clock (--as-of)
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX events_account_idx ON events (account_id, occurred_at);

CREATE TABLE webhook_endpoints (
    id              TEXT PRIMARY KEY,                -- we_…
    url             TEXT NOT NULL,
    description     TEXT,
    event_patterns  TEXT[] NOT NULL DEFAULT '{*}',   -- 'invoice.*', 'dunning.*', '*', exact types
    -- Signing secrets, sealed (never stored in clear; see notify/secrets.rs). During a rotation the
    -- previous secret signs too until previous_expires_at.
    secret_sealed   TEXT NOT NULL,
    previous_secret_sealed TEXT,
    previous_expires_at TIMESTAMPTZ,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    disabled_reason TEXT,
    allow_private   BOOLEAN NOT NULL DEFAULT FALSE,
    failing_since   TIMESTAMPTZ,                     -- first failure of the current failing streak
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE deliveries (
    id              BIGSERIAL PRIMARY KEY,
    event_id        TEXT NOT NULL REFERENCES events(id),
    account_id      TEXT,
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
    -- webhook: the endpoint id; email: the template name (reminder, invoice_issued, …)
    target          TEXT NOT NULL,
    endpoint_id     TEXT REFERENCES webhook_endpoints(id),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    last_http_status INTEGER,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (event_id, channel, target)
);
CREATE INDEX deliveries_due_idx ON deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_endpoint_idx ON deliveries (endpoint_id, created_at) WHERE endpoint_id IS NOT NULL;
CREATE INDEX deliveries_event_idx ON deliveries (event_id);

-- Who gets e-mail, in which language, and whether they want reminders (legal notices always go).
ALTER TABLE accounts
    ADD COLUMN billing_email   TEXT,
    ADD COLUMN locale          TEXT NOT NULL DEFAULT 'en',
    ADD COLUMN email_reminders BOOLEAN NOT NULL DEFAULT TRUE;
