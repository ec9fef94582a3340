#!/usr/bin/env bash
# Every man page the build wrote (English, German, French) renders with groff, as man(1) does (preconv for UTF-8),
# without a single warning, and the German and French ones list countersign-cli's commands in their language.
# Usage: test_man.sh MAN_DIR
set -euo pipefail
dir=$1
pages=$(find "$dir" -name '*.1.gz' | sort)
[ "$(echo "$pages" | wc -l)" -eq 6 ] || { echo "FAIL: expected 6 man pages in $dir, found: $pages" >&2; exit 1; }
for page in $pages; do
  warnings=$(zcat "$page" | groff -k -man -Tutf8 -ww -z 2>&1)
  [ -z "$warnings" ] || { echo "FAIL: $page: $warnings" >&2; exit 1; }
done
zcat "$dir/de/man1/countersign-cli.1.gz" | groff -k -man -Tutf8 2>/dev/null | grep -q "Änderungsantrag eröffnen" ||
  { echo "FAIL: the German countersign-cli(1) lacks its commands in German" >&2; exit 1; }
zcat "$dir/fr/man1/countersign-cli.1.gz" | groff -k -man -Tutf8 2>/dev/null | grep -q "ouvrir une demande de modification" ||
  { echo "FAIL: the French countersign-cli(1) lacks its commands in French" >&2; exit 1; }
echo "PASS: $(echo "$pages" | wc -l) man pages render without warnings"
