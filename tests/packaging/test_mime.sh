#!/usr/bin/env bash
# update-mime-database over a folder holding only Countersign's MIME package: it must accept it (no warnings) and
# map *.countersign to application/x-countersign-workspace, a kind of SQLite database, with its comment.
# Usage: test_mime.sh UPDATE_MIME_DATABASE countersign-workspace.xml
set -euo pipefail
tool=$1
xml=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$xml" "$work/mime/packages/"
"$tool" -V "$work/mime" >"$work/log" 2>&1 || { cat "$work/log" >&2; echo "FAIL: update-mime-database" >&2; exit 1; }
if grep -qi "warning\|error" "$work/log"; then
  cat "$work/log" >&2
  echo "FAIL: update-mime-database complained" >&2
  exit 1
fi
grep -q "^80:application/x-countersign-workspace:\*\.countersign$" "$work/mime/globs2" ||
  { cat "$work/mime/globs2" >&2; echo "FAIL: *.countersign is not the workspace type" >&2; exit 1; }
grep -q "^application/x-countersign-workspace application/vnd.sqlite3$" "$work/mime/subclasses" ||
  { echo "FAIL: the workspace type is not a kind of SQLite database" >&2; exit 1; }
grep -q "Countersign workspace" "$work/mime/application/x-countersign-workspace.xml" ||
  { echo "FAIL: the type has no comment" >&2; exit 1; }
echo "PASS: *.countersign is application/x-countersign-workspace"
