-- Dunning (issue 13): policies, per-account policy and exclusion, overdue episodes and the steps
-- taken in them.
--
-- * A policy is stored in its canonical JSON form (domain::dunning::Policy::to_json); accounts
--   with no policy of their own (NULL) use the policy named 'default' if one is stored, else the
--   built-in default (remind day 3, warn day 7, block day 14; retries on days 3, 5, 7, 10).
-- * An episode starts when an account first has an overdue open invoice and ends when none is
--   left (paid, credited, voided or written off). One open episode per account.
-- * Each step is taken at most once per episode: UNIQUE (episode_id, step). Ticks hold the
--   account's row lock while they act, and insert the step row with ON CONFLICT DO NOTHING, so
--   several ticks at once never act twice.

-- The unused first draft goes: nothing ever wrote a policy, and invoice_dunning keeps only the
-- first failed charge's date (store::payments::first_failed_on).
ALTER TABLE invoice_dunning DROP COLUMN policy_id, DROP COLUMN last_step, DROP COLUMN last_step_on,
    DROP COLUMN next_action_on;
DROP TABLE dunning_policies;

CREATE TABLE dunning_policies (
    name            TEXT PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$'),
    body            JSONB NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

ALTER TABLE accounts
    ADD COLUMN dunning_policy   TEXT REFERENCES dunning_policies(name),
    ADD COLUMN dunning_excluded BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE dunning_episodes (
    id              TEXT PRIMARY KEY,                 -- dun_…
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    started_at      TIMESTAMPTZ NOT NULL,
    started_on      DATE NOT NULL,                    -- the tick's date (--as-of)
    first_due_on    DATE NOT NULL,                    -- due date of the earliest overdue invoice then
    last_step       INTEGER,                          -- 1-based; NULL until a step is taken
    last_step_on    DATE,
    ended_at        TIMESTAMPTZ,
    ended_on        DATE,
    end_reason      TEXT CHECK (end_reason IN ('paid', 'voided', 'written_off')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE UNIQUE INDEX dunning_episodes_one_open ON dunning_episodes (account_id) WHERE ended_at IS NULL;
CREATE INDEX dunning_episodes_account_idx ON dunning_episodes (account_id, started_at);

CREATE TABLE dunning_steps (
    episode_id      TEXT NOT NULL REFERENCES dunning_episodes(id),
    account_id      TEXT NOT NULL,
    step            INTEGER NOT NULL CHECK (step >= 1),
    actions         TEXT[] NOT NULL,                  -- as written in the policy: remind, cancel:period_end, …
    policy          TEXT NOT NULL,                    -- the policy's name when the step was taken
    taken_on        DATE NOT NULL,                    -- the tick's date (--as-of)
    taken_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (episode_id, step)
);
CREATE INDEX dunning_steps_account_idx ON dunning_steps (account_id, taken_at);
