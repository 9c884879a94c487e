#!/usr/bin/env python3
"""Verifies a Mandates ledger's hash chain without the program: Python's standard library only.

The definition it checks is docs/ledger-format.md's: each entry's hash is the SHA-256, as 64
lower-case hex digits, of these fields joined by a line feed, as UTF-8:

    previous_hash, position, type, operation, valid_on, recorded_at, recorded_by, idempotency_key, payload

(a missing operation or key is empty; the first entry's previous_hash is 64 zeros).

Usage:
    verify-ledger.py STORE.db                     a SQLite store (opened read-only)
    verify-ledger.py --csv EXPORT.csv             the events table as CSV with a header, e.g. from PostgreSQL:
        PGDATESTYLE=ISO PGCLIENTENCODING=UTF8 psql "$URL" -c "\\copy (SELECT * FROM events ORDER BY position) TO STDOUT WITH (FORMAT csv, HEADER)" | verify-ledger.py --csv -
    ... --anchor POSITION:HASH                   also: the entry at POSITION must still have HASH (as `mandates verify`
                                                  prints it: a position of 1 or more and 64 hex digits); may be repeated
    verify-ledger.py --help                       this text

Prints "intact; anchor POSITION:HASH" with the newest entry's anchor (exit 0), or "BROKEN at position N: why"
(exit 1). Bad input (a missing file, one that is no Mandates store, a malformed anchor) is named on stderr (exit 2).
"""
import csv
import hashlib
import io
import pathlib
import re
import sqlite3
import sys
import unicodedata

GENESIS = "0" * 64
COLUMNS = ["position", "type", "operation", "valid_on", "recorded_at", "recorded_by", "idempotency_key", "payload", "previous_hash", "hash"]
NOT_NULL = ["type", "valid_on", "recorded_at", "recorded_by", "payload", "previous_hash", "hash"]
ANCHOR = re.compile(r"([0-9]+):([0-9A-Fa-f]{64})")  # as `mandates verify --anchor` reads it (Anchor.Parse)
EXPECTED_STORE = "expected a SQLite file that mandates wrote, e.g. mandates.db, or --csv with the events table exported as CSV"


class BadInput(Exception):
    """Input this script cannot check (exit 2): not a broken ledger, which is exit 1."""


def shown(text, longest=60):
    """A value as a message echoes it: control and invisible characters as \\uXXXX, cut after `longest` characters."""
    escaped = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text[:longest])
    return escaped + (f"… ({len(text):,} characters)" if len(text) > longest else "")


def parse_anchor(text):
    match = ANCHOR.fullmatch(text)
    if not match or not 1 <= int(match[1]) <= 2**63 - 1:
        raise BadInput(f"--anchor: '{shown(text)}' is not an anchor; expected POSITION:HASH as `mandates verify` prints it, "
                       f"a ledger position of 1 or more and the 64 hex digits of its hash, e.g. 10:{GENESIS}.")
    return int(match[1]), match[2].lower()


def open_sqlite(path):
    """The store's connection, read only, once it is known to be a Mandates store: otherwise BadInput."""
    where = f"'{shown(path, 200)}'"
    file = pathlib.Path(path)
    if not file.exists():
        raise BadInput(f"store: {where} does not exist; {EXPECTED_STORE}.")
    if file.is_dir():
        raise BadInput(f"store: {where} is a folder; {EXPECTED_STORE}.")
    if file.stat().st_size == 0:
        raise BadInput(f"store: {where} is an empty file, no store; {EXPECTED_STORE}.")
    try:
        # Read only: the store is never changed by its check (as a URI, so that no '?' or '#' in the path is taken for a parameter).
        connection = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            if "events" not in tables:
                raise BadInput(f"store: {where} is a SQLite database without an events table (its tables: {', '.join(tables[:5]) or 'none'}"
                               f"{', …' if len(tables) > 5 else ''}), not a Mandates store; {EXPECTED_STORE}.")
            missing = [c for c in COLUMNS if c not in [row[1] for row in connection.execute("PRAGMA table_info(events)")]]
            if missing:
                raise BadInput(f"store: {where} has an events table without the column(s) {', '.join(missing)}, not a Mandates store; {EXPECTED_STORE}.")
        except BaseException:
            connection.close()
            raise
    except sqlite3.Error as e:
        raise BadInput(f"store: {where} is not a SQLite database that can be read ({e}); {EXPECTED_STORE}.")
    return connection


def rows_from_sqlite(connection):
    try:
        yield from connection.execute(f"SELECT {', '.join(COLUMNS)} FROM events ORDER BY position")
    finally:
        connection.close()


def rows_from_csv(name, stream):
    """The rows of an export whose header names every column (read at once: otherwise BadInput), then its rows as they are read."""
    where = "standard input" if name == "-" else f"'{shown(name, 200)}'"
    expected = "expected the events table as CSV with a header, e.g. from psql's \\copy (SELECT * FROM events ORDER BY position) TO STDOUT WITH (FORMAT csv, HEADER)"
    csv.field_size_limit(sys.maxsize)  # a record file's text is one field, and may be long
    reader = csv.reader(stream)

    def read(rows):
        try:
            yield from rows
        except csv.Error as e:
            raise BadInput(f"--csv: line {reader.line_num} of {where} is not CSV ({e}); {expected}.")
        except UnicodeDecodeError as e:
            raise BadInput(f"--csv: {where} is not UTF-8 ({e}); {expected}, with PGCLIENTENCODING=UTF8.")

    header = next(read(reader), None)
    if header is None:
        raise BadInput(f"--csv: {where} is empty; {expected}.")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise BadInput(f"--csv: {where} has no column(s) {', '.join(missing)} in its first line; {expected}.")

    def rows():
        for row in read(reader):
            if len(row) != len(header):
                raise BadInput(f"--csv: line {reader.line_num} of {where} has {len(row)} fields, its header {len(header)}; {expected}.")
            values = dict(zip(header, row))
            if not re.fullmatch(r"[0-9]+", values["position"]):
                raise BadInput(f"--csv: line {reader.line_num} of {where} has the position '{shown(values['position'])}'; {expected}.")
            yield tuple(int(values[c]) if c == "position" else values[c] for c in COLUMNS)
    return rows()


def entry_hash(position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash):
    fields = [previous_hash, str(position), type_, operation or "", str(valid_on), recorded_at, recorded_by, key or "", payload]
    return hashlib.sha256("\n".join(str(f) for f in fields).encode("utf-8", "surrogatepass")).hexdigest()


def verify(rows, anchors):
    head_position, head_hash = 0, GENESIS
    try:
        for row in rows:
            position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash, hash_ = row
            if position != head_position + 1:
                return head_position + 1, f"position {head_position + 1} is missing (the next entry is {position})"
            null = next((c for c, v in zip(COLUMNS, row) if c in NOT_NULL and v is None), None)
            if null:
                return position, f"its {null} is NULL, which no writer writes"
            if previous_hash != head_hash:
                return position, f"its previous_hash is not the hash of position {head_position}"
            if entry_hash(position, type_, operation, valid_on, recorded_at, recorded_by, key, payload, previous_hash) != hash_:
                return position, "its content does not match its hash"
            if position in anchors and anchors[position] != hash_:
                return position, f"its hash {hash_} is not the anchor's {anchors[position]}"
            head_position, head_hash = position, hash_
    except sqlite3.DatabaseError as e:
        # The store opened and is a Mandates store, but an entry cannot be read: it is broken as surely as one altered.
        return head_position + 1, f"it cannot be read ({e})"
    beyond = [p for p in anchors if p > head_position]
    if beyond:
        return head_position + 1, f"the ledger ends at position {head_position}, before the anchor's position {min(beyond)}"
    return None, f"{head_position}:{head_hash}"


def main(args):
    if "-h" in args or "--help" in args:
        print(__doc__.strip())
        return 0
    anchors, store, csv_file = {}, [], None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--anchor" or arg.startswith("--anchor="):
            if arg == "--anchor" and i + 1 == len(args):
                raise BadInput(f"--anchor: no value; expected POSITION:HASH as `mandates verify` prints it, e.g. 10:{GENESIS}.")
            text = arg.partition("=")[2] if "=" in arg else args[i + 1]
            position, hash_ = parse_anchor(text)
            if anchors.get(position, hash_) != hash_:
                raise BadInput(f"--anchor: position {position} is given twice, with two different hashes; expected one hash for each position.")
            anchors[position] = hash_
            i += 1 if "=" in arg else 2
        elif arg == "--csv":
            if i + 1 == len(args):
                raise BadInput("--csv: no file; expected a CSV file of the events table, or - for standard input.")
            csv_file = args[i + 1]
            i += 2
        elif arg.startswith("-") and arg != "-":
            raise BadInput(f"'{shown(arg)}' is not an option of verify-ledger.py; expected --csv, --anchor or --help.")
        else:
            store.append(arg)
            i += 1
    if len(store) + (csv_file is not None) != 1:
        raise BadInput(f"{'no store' if not store and csv_file is None else 'more than one store'} given; expected one: a SQLite file, or --csv FILE.")
    if csv_file is None:
        rows = rows_from_sqlite(open_sqlite(store[0]))
    elif csv_file == "-":
        rows = rows_from_csv("-", io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline=""))
    else:
        try:
            stream = open(csv_file, newline="", encoding="utf-8")
        except OSError as e:
            raise BadInput(f"--csv: '{shown(csv_file, 200)}' cannot be read ({e.strerror}); expected a CSV file of the events table, or - for standard input.")
        rows = rows_from_csv(csv_file, stream)
    broken, why = verify(rows, anchors)
    if broken is None:
        print(f"intact; anchor {why}")
        return 0
    print(f"BROKEN at position {broken}: {why}")
    return 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BadInput as e:
        print(f"error: {e}\nRun verify-ledger.py --help for its usage.", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(2)  # whatever reads the output stopped reading: no verdict was delivered
    except OSError as e:
        print(f"error: '{shown(str(e.filename), 200)}' cannot be read ({e.strerror}); expected a readable file.", file=sys.stderr)
        sys.exit(2)
