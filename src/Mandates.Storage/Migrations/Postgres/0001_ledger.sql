-- The append-only ledger. Positions are gapless: each is the previous plus one, assigned at commit
-- under an exclusive advisory lock (not a sequence, which leaves gaps on rollback).
CREATE TABLE events (
    position        BIGINT      PRIMARY KEY,
    type            TEXT        NOT NULL,
    operation       TEXT,
    valid_on        DATE        NOT NULL,
    recorded_at     TEXT        NOT NULL,
    recorded_by     TEXT        NOT NULL,
    idempotency_key TEXT        UNIQUE,
    payload         TEXT        NOT NULL,
    previous_hash   TEXT        NOT NULL,
    hash            TEXT        NOT NULL
);

-- Nothing is updated or deleted: a correction is a new entry.
CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: an entry is never %', lower(TG_OP);
END $$;

CREATE TRIGGER events_are_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_are_append_only();
