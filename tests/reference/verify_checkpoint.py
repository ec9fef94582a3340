#!/usr/bin/env python3
"""An outside check of a checkpoint file against an exported audit trail, with Python's standard library and
`openssl` only, written from docs/audit-trail.md, RFC 6962 and the C2SP signed-note and tlog-checkpoint
specifications; it shares no code with Countersign (it uses the other reference scripts beside it).

  countersign-cli log WORKSPACE --json | verify_checkpoint.py CHECKPOINT.txt VERIFIER_KEY

The note's Ed25519 signature is checked by `openssl pkeyutl` with the verifier key (take it from the workspace's
owner: `countersign-cli init` printed it, and event 1 records it); every exported event's leaf and chain hash are
recomputed from its canonical bytes; the RFC 6962 Merkle tree hash of the first N leaves must be the checkpoint's
root and event N's chain hash its chain head. Prints "checkpoint of N events verified against the trail of M events"
and exits 0, or names the first failure and exits 1.
"""
import base64
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from audit_chain_reference import canonical  # noqa: E402 (RFC 8785, written from the RFC)
from verify_excerpt import check_note, fail  # noqa: E402 (C2SP signed note with openssl)


def merkle_root(leaves):
    """RFC 6962 section 2.1: MTH of the leaf hashes (already SHA-256(0x00 || entry))."""
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + merkle_root(leaves[:k]) + merkle_root(leaves[k:])).digest()


def main():
    if len(sys.argv) != 3:
        fail("usage: verify_checkpoint.py CHECKPOINT.txt VERIFIER_KEY < trail.json")
    with open(sys.argv[1], "rb") as f:
        text = check_note(f.read(), sys.argv[2]).decode("utf-8")
    lines = text.splitlines()
    if len(lines) < 5 or not lines[1].isdigit() or not lines[3].startswith("chain-head "):
        fail("the checkpoint is not origin, size, root hash, chain-head and signed-at lines")
    size, root, head = int(lines[1]), base64.b64decode(lines[2]), base64.b64decode(lines[3].split(" ", 1)[1])

    events = json.load(sys.stdin)
    leaves, chain = [], bytes(32)
    for event in events:
        body = {k: v for k, v in event.items() if k not in ("leaf_hash", "chain_hash")}
        leaf = hashlib.sha256(b"\0" + canonical(body).encode("utf-8")).digest()
        if leaf.hex() != event["leaf_hash"]:
            fail(f"event {event['seq']}: its content no longer hashes to its leaf hash (it was changed)")
        chain = hashlib.sha256(chain + leaf).digest()
        if chain.hex() != event["chain_hash"]:
            fail(f"event {event['seq']}: its chain hash does not follow from the events before it")
        leaves.append(leaf)
        if len(leaves) == size and chain != head:
            fail(f"event {size}'s chain hash is not the checkpoint's chain head")
    if len(leaves) < size:
        fail(f"the checkpoint covers {size} events but the trail has {len(leaves)}: events were removed")
    if merkle_root(leaves[:size]) != root:
        fail(f"the first {size} events no longer hash to the checkpoint's root: the history was rewritten")
    print(f"checkpoint of {size} events verified against the trail of {len(leaves)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
