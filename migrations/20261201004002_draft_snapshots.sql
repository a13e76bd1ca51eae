-- A draft run (`invoice run --draft`) bills subscriptions like any run but numbers nothing. To
-- regenerate its drafts (`invoice regenerate --run`, after a catalog fix), billctl puts each
-- subscription back as the run found it, if nothing changed it since: this table keeps, per run
-- and subscription, the row before and after the run. Written only by draft runs; a
-- regeneration or the finalization of the run's drafts deletes its rows.
CREATE TABLE draft_snapshots (
    run_id          TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    account_id      TEXT NOT NULL,
    before          JSONB NOT NULL,
    after           JSONB NOT NULL,
    PRIMARY KEY (run_id, subscription_id)
);
CREATE INDEX draft_snapshots_account_idx ON draft_snapshots (account_id);
