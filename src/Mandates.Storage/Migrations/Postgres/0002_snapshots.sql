-- Snapshots of the ledger state folded up to a position: derived data beside the ledger, never part
-- of it (no hash chain; they may be replaced or dropped), so that an open reads one snapshot and folds
-- only the entries after it. The content is kept in parts (of 64 KB, see SqlEventStore), read one
-- after another, so neither database ever holds a whole snapshot of ten million tours in memory.
CREATE TABLE snapshots (
    position BIGINT PRIMARY KEY,
    hash     TEXT    NOT NULL,
    format   INTEGER NOT NULL
);

CREATE TABLE snapshot_parts (
    position BIGINT NOT NULL REFERENCES snapshots (position),
    part     INTEGER NOT NULL,
    content  BYTEA   NOT NULL,
    PRIMARY KEY (position, part)
);
