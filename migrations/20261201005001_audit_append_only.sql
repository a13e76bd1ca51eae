-- The audit log becomes append-only and tamper-evident.
--
-- * `at` is the wall-clock time the row was committed, taken from the database server's clock
--   (never from --as-of/BILLCTL_NOW); `as_of` is the instant the command ran "as of".
-- * `reason` is the optional --reason of the command.
-- * A hash chain: at commit, each row gets the next `chain_seq`, `prev_hash` = the hash of the row
--   before it in the chain, `hash` = sha256(prev_hash || the row's content as canonical JSONB text).
--   `audit_chain_head` holds the last link, so that deleting the newest rows is detected too.
--   The chain is extended by a deferred constraint trigger, so the one lock that serialises it is
--   taken only at commit time, after every other lock of the transaction: it cannot deadlock and is
--   held for the commit alone.
-- * UPDATE, DELETE and TRUNCATE are revoked and refused by triggers. A future migration that must
--   correct audit rows disables `audit_log_append_only` inside its own transaction.

ALTER TABLE audit_log ADD COLUMN as_of TIMESTAMPTZ;
ALTER TABLE audit_log ADD COLUMN reason TEXT;
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash BYTEA;
ALTER TABLE audit_log ADD COLUMN hash BYTEA;
-- Rows written before this migration recorded the command's clock in `at`.
UPDATE audit_log SET as_of = at;
ALTER TABLE audit_log ALTER COLUMN at SET DEFAULT clock_timestamp();

CREATE TABLE audit_chain_head (
    singleton   BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    seq         BIGINT NOT NULL,
    hash        BYTEA NOT NULL
);

-- What a row's hash covers: every column but the chain's own hash fields, as canonical JSONB text
-- (JSONB prints keys in a fixed order; timestamps as epoch seconds, independent of TimeZone).
CREATE FUNCTION audit_row_content(r audit_log) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object(
        'id', r.id, 'seq', r.chain_seq,
        'at', extract(epoch FROM r.at), 'as_of', extract(epoch FROM r.as_of),
        'db_role', r.db_role, 'os_user', r.os_user, 'reason', r.reason,
        'action', r.action, 'entity_type', r.entity_type, 'entity_id', r.entity_id,
        'account_id', r.account_id, 'before', r.before, 'after', r.after)::text
$$;

CREATE FUNCTION audit_row_hash(prev BYTEA, r audit_log) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(prev || convert_to(audit_row_content(r), 'UTF8'))
$$;

-- Chain the rows written before this migration, in id order.
DO $$
DECLARE
    r audit_log;
    prev BYTEA := decode(repeat('00', 32), 'hex');
    n BIGINT := 0;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        n := n + 1;
        r.chain_seq := n;
        r.prev_hash := prev;
        r.hash := audit_row_hash(prev, r);
        UPDATE audit_log SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
        prev := r.hash;
    END LOOP;
    INSERT INTO audit_chain_head (seq, hash) VALUES (n, prev);
END $$;

CREATE UNIQUE INDEX audit_log_chain_seq_idx ON audit_log (chain_seq);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Every new row: the wall clock, whatever the client sent (audit time is never the as-of time).
CREATE FUNCTION audit_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.at := clock_timestamp();
    NEW.chain_seq := NULL;
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_stamp();

-- At commit: link each new row to the chain. It runs as the table's owner, so a role that may only
-- INSERT into the audit log still gets its rows chained.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
    r audit_log;
BEGIN
    SELECT * INTO head FROM audit_chain_head FOR UPDATE;
    r := NEW;
    r.chain_seq := head.seq + 1;
    r.prev_hash := head.hash;
    r.hash := audit_row_hash(head.hash, r);
    UPDATE audit_log SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    UPDATE audit_chain_head SET seq = r.chain_seq, hash = r.hash;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER audit_log_chain AFTER INSERT ON audit_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Append-only: the one update allowed is the chain trigger filling in a new row's link.
CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'audit_log' THEN
        IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
           AND (OLD.id, OLD.at, OLD.as_of, OLD.db_role, OLD.os_user, OLD.reason, OLD.action, OLD.entity_type,
                OLD.entity_id, OLD.account_id, OLD.before, OLD.after)
               IS NOT DISTINCT FROM
               (NEW.id, NEW.at, NEW.as_of, NEW.db_role, NEW.os_user, NEW.reason, NEW.action, NEW.entity_type,
                NEW.entity_id, NEW.account_id, NEW.before, NEW.after) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE OR DELETE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();

-- Nobody keeps the right to change rows, the owner included (a superuser ignores grants: the
-- triggers refuse it, and `billctl audit verify` detects what a superuser did with triggers off).
-- The owner keeps UPDATE on the chain columns alone, for the chain trigger.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, CURRENT_USER;
GRANT UPDATE (chain_seq, prev_hash, hash) ON audit_log TO CURRENT_USER;
REVOKE DELETE, TRUNCATE ON audit_chain_head FROM PUBLIC, CURRENT_USER;
