#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Countersign needs.
# Idempotent: packages already present are not touched, and nothing is fetched when all are present.
# Runs apt-get as root, through sudo otherwise.
set -euo pipefail

# One list, grouped by purpose. Keep it sorted within each group.
build_packages=(
  build-essential cmake ninja-build pkg-config clang-format
)
# The fuzz build: Clang with libFuzzer and its sanitizer runtimes, llvm-symbolizer for readable stacks.
fuzz_packages=(
  clang libclang-rt-14-dev llvm
)
# fonts-dejavu-core: the typeface the PDF documents embed (PDF/A embeds every font it uses). libpoppler-qt6-dev:
# the window's preview of a package (File > Verify a Package…).
library_packages=(
  fonts-dejavu-core libboost-math-dev libgl-dev libgit2-dev libqcustomplot-dev libsqlite3-dev libssl-dev
  libpoppler-qt6-dev libpq-dev libyaml-cpp-dev libqt6sql6-psql libqt6sql6-sqlite qt6-base-dev qt6-l10n-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
)
# postgresql: the server the team-workspace tests start for themselves (initdb into a temporary folder, a Unix socket).
# libnss3-tools (certutil) builds pdfsig's trust store; poppler-utils (pdfsig, pdffonts, pdftotext, pdftoppm) and
# qpdf check the PDFs independently.
test_packages=(
  git libnss3-tools openssl poppler-utils postgresql python3-pandas python3-scipy python3-sklearn python3-statsmodels qpdf
  r-cran-proc sqlite3 xauth xvfb
)

# The Debian package (make package): librsvg2-bin renders the icon's PNG sizes; desktop-file-utils and appstream
# validate the desktop entry and the AppStream metadata; shared-mime-info registers the workspace files' type;
# groff-base renders the man pages as man(1) does, to check them.
package_packages=(
  appstream desktop-file-utils groff-base librsvg2-bin shared-mime-info
)

packages=("${build_packages[@]}" "${fuzz_packages[@]}" "${library_packages[@]}" "${test_packages[@]}"
          "${package_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo is available" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
