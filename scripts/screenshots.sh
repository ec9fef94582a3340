#!/bin/sh
# Pictures of every page and main dialog of the demo workspace, in English, German and French, taken by the tour test
# (tests/ui/TestTour.cpp) on Qt's offscreen platform: OUT/en/*.png, OUT/de/*.png, OUT/fr/*.png. docs/user-guide.md
# shows the English ones from docs/images/en; run `scripts/screenshots.sh docs/images` after changing the window.
# Usage: scripts/screenshots.sh [OUT] (default docs/images). Needs a build in build/ (make build).
set -eu
out=${1:-docs/images}
cmake --build build --target test_tour >/dev/null
mkdir -p "$out"
COUNTERSIGN_SCREENSHOT_DIR=$(cd "$out" && pwd) QT_QPA_PLATFORM=offscreen build/tests/test_tour >/dev/null
echo "screenshots: $(find "$out" -name '*.png' | wc -l) pictures in $out"
