#!/usr/bin/env python3
"""Verifies a Mandates ledger's hash chain without the program: Python's standard library only.

The definition it checks is docs/ledger-format.md's: each entry's hash is the SHA-256, as 64
lower-case hex digits, of these fields joined by a line feed, as UTF-8:

    previous_hash, position, type, operation, valid_on, recorded_at, recorded_by, idempotency_key, payload

(a missing operation or key is empty; the first entry's previous_hash is 64 zeros).

    verify-ledger.py mandates.db                  a SQLite store
    verify-ledger.py --csv export.csv             the events table as CSV with a header, e.g. from PostgreSQL:
        PGDATESTYLE=ISO PGCLIENTENCODING=UTF8 psql "$URL" -c "\\copy (SELECT * FROM events ORDER BY position) TO STDOUT WITH (FORMAT csv, HEADER)" | verify-ledger.py --csv -
    ... --anchor POSITION:HASH                   also: the entry at POSITION must still have HASH

Prints "intact" with the newest entry's anchor (exit 0), or "BROKEN at position N" and why (exit 1).
"""
import csv
import hashlib
import io
import sqlite3
import sys

GENESIS = "0" * 64
COLUMNS = ["position", "type", "operation", "valid_on", "recorded_at", "recorded_by", "idempotency_key", "payload", "previous_hash", "hash"]


def rows_from_sqlite(path):
    # Read only: the store is never changed by its check.
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from connection.execute(f"SELECT {', '.join(COLUMNS)} FROM events ORDER BY position")
    finally:
        connection.close()


def rows_from_csv(stream):
    csv.field_size_limit(sys.maxsize)  # a record file's text is one field, and may be long
    for row in csv.DictReader(stream):
        yield tuple(int(row[c]) if c == "position" else row[c] for c in COLUMNS)


def entry_hash(position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash):
    fields = [previous_hash, str(position), type_, operation or "", str(valid_on), recorded_at, recorded_by, key or "", payload]
    return hashlib.sha256("\n".join(fields).encode("utf-8")).hexdigest()


def verify(rows, anchors):
    head_position, head_hash = 0, GENESIS
    for position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash, hash_ in rows:
        if position != head_position + 1:
            return head_position + 1, f"position {head_position + 1} is missing (the next entry is {position})"
        if previous_hash != head_hash:
            return position, f"its previous_hash is not the hash of position {head_position}"
        if entry_hash(position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash) != hash_:
            return position, "its content does not match its hash"
        if position in anchors and anchors[position] != hash_:
            return position, f"its hash {hash_} is not the anchor's {anchors[position]}"
        head_position, head_hash = position, hash_
    beyond = [p for p in anchors if p > head_position]
    if beyond:
        return head_position + 1, f"the ledger ends at position {head_position}, before the anchor's position {min(beyond)}"
    return None, f"{head_position}:{head_hash}"


def main(args):
    anchors = {}
    while "--anchor" in args:
        i = args.index("--anchor")
        position, _, hash_ = args[i + 1].partition(":")
        anchors[int(position)] = hash_.lower()
        del args[i:i + 2]
    if len(args) == 2 and args[0] == "--csv":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="") if args[1] == "-" else open(args[1], newline="", encoding="utf-8")
        rows = rows_from_csv(stream)
    elif len(args) == 1:
        rows = rows_from_sqlite(args[0])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    broken, why = verify(rows, anchors)
    if broken is None:
        print(f"intact; anchor {why}")
        return 0
    print(f"BROKEN at position {broken}: {why}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
