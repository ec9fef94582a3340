#!/usr/bin/env python3
"""An outside check of a change-control package's audit-trail excerpt, written from RFC 6962, RFC 9162, the C2SP
signed-note and tlog-checkpoint specifications and docs/audit-trail.md only; it shares no code with Countersign.

  verify_excerpt.py PACKAGE.pdf [VERIFIER_KEY]

qpdf reads the manifest stream the catalog names by /CS_PackageManifest; its audit_excerpt holds the checkpoint (a
signed note), the verifier key and every event (canonical bytes, leaf hash, inclusion proof). The note's Ed25519
signature is checked by `openssl pkeyutl` with the key the verifier key holds (or the VERIFIER_KEY given, which an
inspector would take from the workspace owner rather than from the package), each leaf is SHA-256(0x00 || bytes), and
each proof is run to the checkpoint's root by RFC 9162 section 2.1.3.2. Prints "N events proved to the checkpoint of
S events" and the events' numbers on a second line and exits 0, or names the first failure and exits 1.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def fail(message):
    print(message)
    sys.exit(1)


def qpdf_object(pdf, spec, raw=False):
    args = ["qpdf", f"--show-object={spec}"] + (["--raw-stream-data"] if raw else []) + [pdf]
    run = subprocess.run(args, capture_output=True)
    if run.returncode not in (0, 3):  # 3: warnings only
        fail(f"qpdf {spec}: {run.stderr.decode(errors='replace')}")
    return run.stdout


def manifest(pdf):
    trailer = qpdf_object(pdf, "trailer").decode("latin-1")
    root = re.search(r"/Root (\d+) 0 R", trailer)
    if not root:
        fail("no /Root in the trailer")
    catalog = qpdf_object(pdf, root.group(1)).decode("latin-1")
    ref = re.search(r"/CS_PackageManifest (\d+) 0 R", catalog)
    if not ref:
        fail("the catalog names no /CS_PackageManifest")
    return json.loads(qpdf_object(pdf, ref.group(1), raw=True))


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def inclusion_root(leaf, index, size, proof):
    """RFC 9162 2.1.3.2: the root the proof leads to, or None when the proof's length does not fit the tree."""
    if index >= size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while fn != 0 and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def check_note(note, verifier_key):
    """The note's text when the verifier key's signature on it verifies with openssl; fails otherwise."""
    name, key_id_hex, key_b64 = verifier_key.split("+", 2)  # base64 may hold "+" too
    key = base64.b64decode(key_b64)
    if len(key) != 33 or key[0] != 1:
        fail("the verifier key is not an Ed25519 key (type 0x01, 32 bytes)")
    key_id = hashlib.sha256(name.encode() + b"\n" + key).digest()[:4]
    if key_id.hex() != key_id_hex:
        fail(f"the verifier key's id {key_id_hex} is not SHA-256(name, 0x0A, key)'s first four bytes {key_id.hex()}")
    text, separator, signatures = note.partition(b"\n\n")
    if not separator:
        fail("the checkpoint note has no blank line before its signatures")
    text += b"\n"
    for line in signatures.decode().splitlines():
        match = re.fullmatch("\u2014 (\\S+) (\\S+)", line)
        if not match or match.group(1) != name:
            continue
        blob = base64.b64decode(match.group(2))
        if blob[:4] != key_id:
            continue
        with tempfile.TemporaryDirectory() as folder:
            paths = {n: os.path.join(folder, n) for n in ("key.der", "text", "sig")}
            for n, data in (("key.der", ED25519_SPKI_PREFIX + key[1:]), ("text", text), ("sig", blob[4:])):
                with open(paths[n], "wb") as f:
                    f.write(data)
            run = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", paths["key.der"], "-keyform",
                                  "DER", "-rawin", "-in", paths["text"], "-sigfile", paths["sig"]],
                                 capture_output=True)
            if run.returncode != 0:
                fail("openssl: the checkpoint's signature does not verify: " + run.stdout.decode().strip())
            return text
    fail(f"the checkpoint carries no signature by {name}")


def main():
    if len(sys.argv) not in (2, 3):
        fail(__doc__)
    excerpt = manifest(sys.argv[1]).get("audit_excerpt")
    if not excerpt:
        fail("the manifest carries no audit_excerpt")
    verifier_key = sys.argv[2] if len(sys.argv) == 3 else excerpt["verifier_key"]
    text = check_note(excerpt["checkpoint"].encode(), verifier_key)
    lines = text.decode().split("\n")
    origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2])
    if origin != verifier_key.split("+", 1)[0]:
        fail(f"the checkpoint's origin {origin} is not the key's name")
    workspace = origin.split("/", 1)[1]
    for entry in excerpt["events"]:
        seq = entry["seq"]
        data = entry["event"].encode()
        leaf = hashlib.sha256(b"\x00" + data).digest()
        if leaf.hex() != entry["leaf_hash"]:
            fail(f"event {seq}: its bytes hash to leaf {leaf.hex()}, not to {entry['leaf_hash']}")
        event = json.loads(data)
        if event.get("seq") != seq or event.get("workspace") != workspace:
            fail(f"event {seq}: its bytes name event {event.get('seq')} of {event.get('workspace')}")
        proof = [bytes.fromhex(p) for p in entry["proof"]]
        if inclusion_root(leaf, seq - 1, size, proof) != root:
            fail(f"event {seq}: its inclusion proof does not lead to the checkpoint's root")
    print(f"{len(excerpt['events'])} events proved to the checkpoint of {size} events")
    print("events: " + " ".join(str(entry["seq"]) for entry in excerpt["events"]))


if __name__ == "__main__":
    main()
