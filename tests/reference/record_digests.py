#!/usr/bin/env python3
"""Recomputes every sealed record's digest of a Countersign workspace from the SQLite file, as docs/audit-trail.md
("Sealed records") describes it, and compares each with the latest seal in record_seal. Independent of Countersign:
only Python's sqlite3 and hashlib.

Usage: record_digests.py WORKSPACE
Exit 0 when every record matches its latest seal, 1 (listing each difference) otherwise."""
import hashlib
import sqlite3
import struct
import sys

# kind -> key column, as docs/audit-trail.md lists them
KINDS = {
    "schema_version": "version", "workspace_meta": "key", "audit_checkpoint": "id", "audit_review": "id",
    "setting": "key", "user_account": "username", "user_certificate": "id", "trust_anchor": "id",
    "trust_crl": "id", "signature": "id", "model": "name", "model_version": "id", "model_metric": "version_id",
    "lifecycle_transition": "id", "version_attachment": "id", "dataset": "id", "dataset_file": "id",
    "prediction_set": "id", "dataset_attachment": "id",
}


def length_prefixed(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def value_bytes(value) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"I" + struct.pack(">q", value)
    if isinstance(value, float):
        return b"F" + struct.pack(">d", value)
    if isinstance(value, str):
        return b"T" + length_prefixed(value.encode("utf-8"))
    return b"B" + length_prefixed(bytes(value))


def digests(db, kind, key_column):
    columns = db.execute(f'SELECT name, pk FROM pragma_table_info("{kind}") ORDER BY cid').fetchall()
    names = [c[0] for c in columns]
    pk = [c[0] for c in sorted((c for c in columns if c[1] > 0), key=lambda c: c[1])] or ["rowid"]
    order = ", ".join(f'"{c}"' if c != "rowid" else c for c in pk)
    records = {}
    for row in db.execute(f'SELECT * FROM "{kind}" ORDER BY "{key_column}", {order}'):
        key = row[names.index(key_column)]
        h = records.get(key)
        if h is None:
            h = hashlib.sha256(b"countersign-record-v1\n" + length_prefixed(kind.encode()))
            records[key] = h
        h.update(b"R" + struct.pack(">I", len(names)))
        for name, value in zip(names, row):
            h.update(length_prefixed(name.encode("utf-8")) + value_bytes(value))
    return {key: h.digest() for key, h in records.items()}


def main():
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    problems = []
    checked = 0
    for kind, key_column in KINDS.items():
        now = digests(db, kind, key_column)
        latest = {}
        for key, sha in db.execute("SELECT key, sha256 FROM record_seal WHERE kind = ? ORDER BY seq, ord", (kind,)):
            latest[key] = sha
        for key in sorted(set(now) | set(latest), key=str):
            checked += 1
            sealed = latest.get(key)
            if key not in latest:
                problems.append(f"{kind} {key}: no seal")
            elif sealed is None and key in now:
                problems.append(f"{kind} {key}: sealed as removed but present")
            elif sealed is not None and now.get(key) != bytes(sealed):
                problems.append(f"{kind} {key}: differs from its latest seal")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{checked} records match their latest seals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
