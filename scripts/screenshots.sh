#!/bin/sh
# Pictures of every page and main dialog of the demo workspace, taken by the tour test (tests/ui/TestTour.cpp) on
# Qt's offscreen platform, in English, German and French; the languages asked for are copied to OUT/LANG/NAME.png.
# docs/user-guide.md shows docs/images/en: run `scripts/screenshots.sh` after changing the window and commit them.
# Usage: scripts/screenshots.sh [OUT [LANG...]]   (default: docs/images en). Needs the build in build/ (make).
set -eu
out=${1:-docs/images}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- en
cmake --build build --target test_tour >/dev/null
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
COUNTERSIGN_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=offscreen build/tests/test_tour >/dev/null
for lang in "$@"; do
  [ -d "$shots/$lang" ] || { echo "screenshots: no pictures in $lang (the tour speaks en, de, fr)" >&2; exit 2; }
  mkdir -p "$out/$lang"
  cp "$shots/$lang"/*.png "$out/$lang/"
  echo "screenshots: $(ls "$shots/$lang" | wc -l) pictures in $out/$lang"
done
