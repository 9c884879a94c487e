-- The append-only ledger. Positions are gapless: each is the previous plus one, assigned at commit.
CREATE TABLE events (
    position        INTEGER PRIMARY KEY,
    type            TEXT    NOT NULL,
    operation       TEXT,
    valid_on        TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    recorded_by     TEXT    NOT NULL,
    idempotency_key TEXT    UNIQUE,
    payload         TEXT    NOT NULL,
    previous_hash   TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);

-- Nothing is updated or deleted: a correction is a new entry.
CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an entry is never updated'); END;

CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an entry is never deleted'); END;
