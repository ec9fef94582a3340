#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format; with --fix, rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
else
  mapfile -t files < <(find app core ui reports tests -name '*.cpp' -o -name '*.h')
fi
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/countersign-format.log; then
  grep -E '^[^ ].*: error:' /tmp/countersign-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
  echo "check-format: run 'make format' (clang-format $(clang-format --version | grep -o '[0-9]*\.[0-9.]*' | head -1))" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
