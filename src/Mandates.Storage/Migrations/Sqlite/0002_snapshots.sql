-- Snapshots of the ledger state folded up to a position: derived data beside the ledger, never part
-- of it (no hash chain; they may be replaced or dropped), so that an open reads one snapshot and folds
-- only the entries after it.
CREATE TABLE snapshots (
    position INTEGER PRIMARY KEY,
    hash     TEXT    NOT NULL,
    format   INTEGER NOT NULL,
    state    BLOB    NOT NULL
);
