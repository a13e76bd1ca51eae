-- One-off charges (`billctl charge add`) live in pending_charges with kind 'one_off', like
-- prorations. A charge can be tax-exempt (billed on an invoice of its own, without tax) and can be
-- voided while it is not billed yet (kept, with the time it was voided, for the record).
-- Both columns are added without rewriting the table (a constant default).
ALTER TABLE pending_charges
    ADD COLUMN tax_exempt BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN voided_at  TIMESTAMPTZ;
