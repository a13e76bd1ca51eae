-- billctl data model.
-- Conventions: money is BIGINT minor units + CHAR(3) ISO 4217 currency; unit prices, rates and
-- fractions are NUMERIC; times are timestamptz (UTC); ids are prefixed text (acct_…, inv_…);
-- every table that belongs to an account carries account_id (future sharding key).

CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    external_id     TEXT UNIQUE,
    name            TEXT NOT NULL CHECK (name <> ''),
    email           TEXT NOT NULL,
    currency        CHAR(3) NOT NULL,
    timezone        TEXT NOT NULL DEFAULT 'UTC',
    country         CHAR(2),
    tax_id          TEXT,
    tax_exempt      BOOLEAN NOT NULL DEFAULT FALSE,
    is_business     BOOLEAN NOT NULL DEFAULT FALSE,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'warning', 'blocked')),
    address_line1   TEXT,
    address_line2   TEXT,
    city            TEXT,
    region          TEXT,
    postal_code     TEXT,
    metadata        JSONB NOT NULL DEFAULT '{}'::jsonb,
    stripe_customer_id TEXT UNIQUE,
    archived_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX accounts_email_idx ON accounts (lower(email));
CREATE INDEX accounts_created_idx ON accounts (created_at, id);

CREATE TABLE payment_methods (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    gateway         TEXT NOT NULL,               -- 'stripe' | 'sandbox'
    gateway_pm_id   TEXT NOT NULL,
    brand           TEXT,
    last4           CHAR(4),
    exp_month       SMALLINT,
    exp_year        SMALLINT,
    is_default      BOOLEAN NOT NULL DEFAULT FALSE,
    detached_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (gateway, gateway_pm_id)
);
CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (account_id) WHERE is_default AND detached_at IS NULL;

-- Catalog: a plan has versions; a version is immutable once a subscription uses it.
CREATE TABLE plans (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    description     TEXT,
    archived_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE plan_versions (
    id              TEXT PRIMARY KEY,
    plan_id         TEXT NOT NULL REFERENCES plans(id),
    version         INTEGER NOT NULL,
    interval_unit   TEXT NOT NULL CHECK (interval_unit IN ('day', 'week', 'month', 'year')),
    interval_count  INTEGER NOT NULL CHECK (interval_count >= 1),
    trial_days      INTEGER NOT NULL DEFAULT 0 CHECK (trial_days >= 0),
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (plan_id, version)
);

-- One row per charge of a version per currency.
CREATE TABLE plan_prices (
    id              TEXT PRIMARY KEY,
    plan_version_id TEXT NOT NULL REFERENCES plan_versions(id),
    currency        CHAR(3) NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('flat', 'per_seat', 'metered')),
    description     TEXT NOT NULL,
    unit_amount     NUMERIC(30, 12),             -- major units per period (flat / per seat)
    metric          TEXT,                        -- metered: usage metric name
    tier_mode       TEXT CHECK (tier_mode IN ('graduated', 'volume', 'package')),
    package_size    NUMERIC(30, 12),
    package_price   NUMERIC(30, 12),
    position        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_prices_version_idx ON plan_prices (plan_version_id, currency);

CREATE TABLE price_tiers (
    price_id        TEXT NOT NULL REFERENCES plan_prices(id),
    position        INTEGER NOT NULL,
    up_to           NUMERIC(30, 12),             -- NULL: open-ended last tier
    unit_price      NUMERIC(30, 12) NOT NULL,
    flat_fee        NUMERIC(30, 12) NOT NULL DEFAULT 0,
    PRIMARY KEY (price_id, position)
);

CREATE TABLE subscriptions (
    id              TEXT PRIMARY KEY,
    external_id     TEXT UNIQUE,                 -- caller's key (fixtures load idempotently by it)
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    plan_version_id TEXT NOT NULL REFERENCES plan_versions(id),
    status          TEXT NOT NULL CHECK (status IN ('trialing', 'active', 'paused', 'canceled')),
    quantity        INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    currency        CHAR(3) NOT NULL,
    -- All dates are local calendar dates in the account's time zone.
    start_date      DATE NOT NULL,               -- first day of service
    trial_end       DATE,                        -- first paid day; the trial is [start_date, trial_end)
    anchor_date     DATE NOT NULL,               -- periods are computed from it (default: first paid day)
    current_period_start DATE NOT NULL,          -- the service period in force [start, end)
    current_period_end   DATE NOT NULL,
    next_bill_date  DATE NOT NULL,               -- start of the next period to invoice in advance;
                                                 -- due when next_bill_date <= today
    cancel_at_period_end BOOLEAN NOT NULL DEFAULT FALSE,
    canceled_at     DATE,
    paused_at       DATE,
    resume_at       DATE,                        -- automatic resume date (optional)
    auto_cancel_on  DATE,                        -- a pause longer than the maximum cancels here
    usage_billed_through DATE,                   -- end (exclusive) of the last usage period invoiced
    pending_plan_version_id TEXT REFERENCES plan_versions(id),
    pending_quantity INTEGER,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX subscriptions_account_idx ON subscriptions (account_id);
CREATE INDEX subscriptions_due_idx ON subscriptions (next_bill_date, id) WHERE status IN ('trialing', 'active');

CREATE TABLE subscription_history (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id TEXT NOT NULL REFERENCES subscriptions(id),
    account_id      TEXT NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    effective_date  DATE NOT NULL,
    event           TEXT NOT NULL,               -- created, changed, scheduled_change, paused, resumed, canceled, …
    from_status     TEXT,
    to_status       TEXT,
    plan_version_id TEXT,
    quantity        INTEGER,
    details         JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX subscription_history_sub_idx ON subscription_history (subscription_id, id);

-- Charges waiting for the next invoice: prorations and one-off charges (negative = credit line).
CREATE TABLE pending_charges (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    subscription_id TEXT REFERENCES subscriptions(id),
    kind            TEXT NOT NULL CHECK (kind IN ('proration', 'one_off')),
    description     TEXT NOT NULL,
    quantity        INTEGER NOT NULL DEFAULT 1,
    amount          BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    service_start   DATE,
    service_end     DATE,
    invoice_id      TEXT,                        -- set when billed (foreign key below)
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX pending_charges_open_idx ON pending_charges (account_id) WHERE invoice_id IS NULL;

CREATE TABLE tax_rates (
    id              TEXT PRIMARY KEY,
    country         CHAR(2) NOT NULL,
    region          TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    rate            NUMERIC(9, 6) NOT NULL CHECK (rate >= 0 AND rate < 1),  -- 0.19 = 19 %
    valid_from      DATE NOT NULL,
    archived_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX tax_rates_active_idx ON tax_rates (country, region, valid_from) WHERE archived_at IS NULL;

-- Gapless invoice numbering: one counter per prefix, bumped inside the invoice transaction.
CREATE TABLE invoice_number_sequences (
    prefix          TEXT PRIMARY KEY,
    last_value      BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE billing_runs (
    id              TEXT PRIMARY KEY,
    as_of           DATE NOT NULL,
    dry_run         BOOLEAN NOT NULL DEFAULT FALSE,
    status          TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
    host            TEXT,
    os_user         TEXT,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    invoices_created INTEGER NOT NULL DEFAULT 0,
    subscriptions_seen INTEGER NOT NULL DEFAULT 0,
    errors          INTEGER NOT NULL DEFAULT 0,
    error_details   JSONB NOT NULL DEFAULT '[]'::jsonb
);

-- Invoices and their lines are written in bulk by the invoice run (COPY, one transaction per batch
-- of accounts) and by the invoice commands; the references from these two hot tables to accounts,
-- subscriptions, runs and to each other are kept by that code and checked by its tests. Foreign
-- keys on them were measured to cost about a fifth of the run's time and would force the lines to
-- be written after the invoices (inside the numbering lock), so they are left out on purpose.
CREATE TABLE invoices (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL,
    subscription_id TEXT,
    number          TEXT UNIQUE,                 -- NULL while draft
    status          TEXT NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    kind            TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'supplemental', 'manual')),
    currency        CHAR(3) NOT NULL,
    period_start    DATE,
    period_end      DATE,
    subtotal        BIGINT NOT NULL DEFAULT 0,
    tax             BIGINT NOT NULL DEFAULT 0,
    credit_applied  BIGINT NOT NULL DEFAULT 0,
    total           BIGINT NOT NULL DEFAULT 0,   -- subtotal + tax − credit_applied, never negative
    amount_paid     BIGINT NOT NULL DEFAULT 0,
    amount_due      BIGINT NOT NULL DEFAULT 0,
    tax_note        TEXT,
    issued_on       DATE,
    due_on          DATE,
    paid_at         TIMESTAMPTZ,
    voided_at       TIMESTAMPTZ,
    run_id          TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    CHECK (total >= 0)
);
-- Exactly one regular invoice per subscription and period: the idempotency guard of invoice run.
CREATE UNIQUE INDEX invoices_one_per_period ON invoices (subscription_id, period_start)
    WHERE kind = 'regular' AND status <> 'void';
CREATE INDEX invoices_account_idx ON invoices (account_id, created_at);
CREATE INDEX invoices_status_idx ON invoices (status, due_on);

ALTER TABLE pending_charges ADD FOREIGN KEY (invoice_id) REFERENCES invoices(id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE invoice_lines (
    id              TEXT PRIMARY KEY,
    invoice_id      TEXT NOT NULL,
    account_id      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('recurring', 'proration', 'usage', 'one_off', 'tax', 'credit')),
    description     TEXT NOT NULL,
    quantity        NUMERIC(30, 12) NOT NULL DEFAULT 1,
    unit_amount     NUMERIC(30, 12),
    amount          BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    service_start   DATE,
    service_end     DATE,
    tax_rate_id     TEXT,
    UNIQUE (invoice_id, position)
);

CREATE TABLE payments (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    invoice_id      TEXT REFERENCES invoices(id),
    method          TEXT NOT NULL CHECK (method IN ('card', 'wire', 'cash', 'check', 'other')),
    gateway         TEXT,                        -- 'stripe' | 'sandbox' | NULL for external
    status          TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded', 'partially_refunded')),
    amount          BIGINT NOT NULL CHECK (amount > 0),
    amount_refunded BIGINT NOT NULL DEFAULT 0,
    currency        CHAR(3) NOT NULL,
    reference       TEXT,
    gateway_payment_id TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX payments_invoice_idx ON payments (invoice_id);

-- Every call to the gateway, recorded before it is made and updated after.
CREATE TABLE payment_attempts (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL,
    invoice_id      TEXT NOT NULL REFERENCES invoices(id),
    attempt_no      INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL CHECK (status IN ('started', 'succeeded', 'failed', 'uncertain')),
    amount          BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    gateway         TEXT NOT NULL,
    gateway_payment_id TEXT,
    decline_code    TEXT,
    failure_message TEXT,
    hard_decline    BOOLEAN NOT NULL DEFAULT FALSE,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    next_retry_on   DATE,
    UNIQUE (invoice_id, attempt_no)
);

CREATE TABLE refunds (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL,
    payment_id      TEXT NOT NULL REFERENCES payments(id),
    amount          BIGINT NOT NULL CHECK (amount > 0),
    currency        CHAR(3) NOT NULL,
    reason          TEXT,
    gateway_refund_id TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL
);

-- Credit ledger: the balance is SUM(amount) per account; grants are positive, applications and
-- voids negative. Entries are never updated except to mark a grant voided.
CREATE TABLE credit_entries (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    kind            TEXT NOT NULL CHECK (kind IN ('grant', 'applied', 'returned', 'void')),
    amount          BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    reason          TEXT,
    grant_id        TEXT REFERENCES credit_entries(id),  -- for applied/returned/void: which grant
    invoice_id      TEXT REFERENCES invoices(id) DEFERRABLE INITIALLY DEFERRED,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX credit_entries_account_idx ON credit_entries (account_id, created_at);

CREATE TABLE usage_events (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    subscription_id TEXT NOT NULL REFERENCES subscriptions(id),
    metric          TEXT NOT NULL,
    quantity        NUMERIC(30, 12) NOT NULL CHECK (quantity >= 0),
    occurred_at     TIMESTAMPTZ NOT NULL,
    idempotency_key TEXT NOT NULL,
    invoice_id      TEXT REFERENCES invoices(id) DEFERRABLE INITIALLY DEFERRED,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (account_id, idempotency_key)
);
CREATE INDEX usage_events_sub_idx ON usage_events (subscription_id, metric, occurred_at);

CREATE TABLE dunning_policies (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    is_default      BOOLEAN NOT NULL DEFAULT FALSE,
    retry_days      INTEGER[] NOT NULL DEFAULT '{3,5,7,10}',
    steps           JSONB NOT NULL DEFAULT '[]'::jsonb,  -- [{"after_days": 7, "action": "warn"}, …]
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE invoice_dunning (
    invoice_id      TEXT PRIMARY KEY REFERENCES invoices(id),
    account_id      TEXT NOT NULL,
    policy_id       TEXT REFERENCES dunning_policies(id),
    first_failed_on DATE,
    last_step       TEXT,
    last_step_on    DATE,
    next_action_on  DATE
);

-- Outbox: a notification is written in the same transaction as its cause and delivered later.
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    account_id      TEXT,
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
    event           TEXT NOT NULL,
    dedupe_key      TEXT NOT NULL UNIQUE,        -- never notify twice for the same cause
    payload         JSONB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX notifications_pending_idx ON notifications (next_attempt_at) WHERE status = 'pending';

CREATE TABLE gateway_cursors (
    gateway         TEXT PRIMARY KEY,
    cursor          TEXT,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    db_role         TEXT NOT NULL DEFAULT current_user,
    os_user         TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    account_id      TEXT,
    before          JSONB,
    after           JSONB
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_account_idx ON audit_log (account_id);
