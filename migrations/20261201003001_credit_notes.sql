-- Money corrections (issue 10, items 1–4).
--
-- What settles an issued invoice after issue is kept apart from its total (the sum of its lines,
-- immutable once issued):
--   amount_due = total − amount_paid − credit_settled − credited
-- credit_settled: account credit applied after issue (`credit apply`, a grant, before a charge);
-- credited: what credit notes took off the amount due. Existing invoices have neither (0).
ALTER TABLE invoices ADD COLUMN credit_settled BIGINT NOT NULL DEFAULT 0 CHECK (credit_settled >= 0);
ALTER TABLE invoices ADD COLUMN credited BIGINT NOT NULL DEFAULT 0 CHECK (credited >= 0);

-- A negative invoice carries its amount to the account's credit on a line of its own.
ALTER TABLE invoice_lines DROP CONSTRAINT invoice_lines_kind_check;
ALTER TABLE invoice_lines ADD CONSTRAINT invoice_lines_kind_check
    CHECK (kind IN ('recurring', 'proration', 'usage', 'one_off', 'tax', 'credit', 'credit_carried'));

-- Credit applied to open invoices looks them up per account, oldest first.
CREATE INDEX invoices_open_account_idx ON invoices (account_id, issued_on, created_at) WHERE status = 'open';

-- Credit notes: the correcting document of an issued invoice (a void, or unused time credited on
-- cancel/pause). Numbered from their own gapless series (credit_note_number_format, counters in
-- invoice_number_sequences under their own prefix). Amounts are positive: what is credited.
-- total = reduces_due + to_credit = the sum of the lines.
CREATE TABLE credit_notes (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    invoice_id      TEXT NOT NULL REFERENCES invoices(id),
    number          TEXT NOT NULL UNIQUE,
    reason          TEXT NOT NULL CHECK (reason IN ('void', 'unused_time')),
    description     TEXT NOT NULL,
    currency        CHAR(3) NOT NULL,
    subtotal        BIGINT NOT NULL,
    tax             BIGINT NOT NULL,
    total           BIGINT NOT NULL CHECK (total > 0),
    reduces_due     BIGINT NOT NULL CHECK (reduces_due >= 0),
    to_credit       BIGINT NOT NULL CHECK (to_credit >= 0),
    credit_grant_id TEXT REFERENCES credit_entries(id),
    issued_on       DATE NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CHECK (total = reduces_due + to_credit)
);
CREATE INDEX credit_notes_invoice_idx ON credit_notes (invoice_id);
CREATE INDEX credit_notes_account_idx ON credit_notes (account_id, created_at);

CREATE TABLE credit_note_lines (
    credit_note_id  TEXT NOT NULL REFERENCES credit_notes(id),
    account_id      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    description     TEXT NOT NULL,
    quantity        NUMERIC(30, 12) NOT NULL DEFAULT 1,
    unit_amount     NUMERIC(30, 12),
    amount          BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    service_start   DATE,
    service_end     DATE,
    tax_rate_id     TEXT,
    PRIMARY KEY (credit_note_id, position)
);
