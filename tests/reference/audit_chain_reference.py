#!/usr/bin/env python3
"""An outside verifier of an exported audit trail (`countersign-cli log --json`), written from docs/audit-trail.md
only: each event's canonical bytes are the RFC 8785 JSON of its exported members without leaf_hash and chain_hash;
leaf = SHA-256(0x00 || canonical), chain = SHA-256(previous chain || leaf), starting from 32 zero bytes.

Reads the export on stdin; prints "N events verified" and exits 0, or names the first event that differs and exits 1.
"""
import hashlib
import json
import math
import sys


def number(x):
    # RFC 8785 numbers are ECMAScript's shortest round-trip form.
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if math.isfinite(x) and x == int(x) and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" in text:
        mantissa, exponent = text.split("e")
        exponent = int(exponent)
        text = f"{mantissa}e{'+' if exponent > 0 else '-'}{abs(exponent)}"
    return text


def canonical(value):
    if value is None:
        return "null"
    if isinstance(value, (bool, int, float)):
        return number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in keys) + "}"


def main():
    events = json.load(sys.stdin)
    chain = bytes(32)
    for event in events:
        body = {k: v for k, v in event.items() if k not in ("leaf_hash", "chain_hash")}
        if "workspace" not in body:
            print(f"event {event['seq']}: the export has no workspace member, so its hash cannot be recomputed")
            return 1
        leaf = hashlib.sha256(b"\0" + canonical(body).encode("utf-8")).digest()
        if leaf.hex() != event["leaf_hash"]:
            print(f"event {event['seq']}: leaf hash {leaf.hex()} recomputed, {event['leaf_hash']} exported")
            return 1
        chain = hashlib.sha256(chain + leaf).digest()
        if chain.hex() != event["chain_hash"]:
            print(f"event {event['seq']}: chain hash differs")
            return 1
    print(f"{len(events)} events verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
