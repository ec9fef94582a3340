#!/usr/bin/env bash
# The Debian package, end to end on this machine: built with CPack from the build tree, installed with dpkg, used
# (countersign-cli --version, the demo into a temporary folder, verify, a command of the documents helper), its
# desktop integration checked (MIME type, desktop database, man pages), then purged: nothing it installed may be
# left. Needs root (dpkg); skipped (77) otherwise. Refuses to touch a countersign package installed before it.
# Usage: test_deb.sh BUILD_DIR
set -euo pipefail
# What the installed programs print is checked in English, whatever this machine's language.
export LC_ALL=C.UTF-8
unset LANGUAGE
build=$1
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: installing a package needs root"
  exit 77
fi
if dpkg-query -W -f='${Status}' countersign 2>/dev/null | grep -q "install ok installed"; then
  echo "FAIL: a countersign package is already installed on this machine; this test will not replace it" >&2
  exit 1
fi

work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    dpkg -P countersign >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Build the package.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/countersign_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Its control data: dependencies from dpkg-shlibdeps, and the SQL drivers named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libssl3 libsqlite3-0 libpq5 libgit2 libyaml-cpp libpoppler-qt6 \
           libqt6sql6-sqlite libqt6sql6-psql; do
  [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done

# libpq is loaded only for team workspaces (named above by hand): no program links it, nor countersign-cli the
# painting libraries, which would put their relocated pages into every command's memory.
for program in countersign countersign-cli countersign-documents; do
  needed=$(readelf -d "$build/bin/$program" | awk '/NEEDED/ {print $NF}')
  unwanted=(libpq)
  [[ $program != countersign-cli ]] || unwanted+=(libQt6Gui libQt6Widgets libqcustomplot libpoppler)
  for lib in "${unwanted[@]}"; do
    [[ "$needed" != *"$lib"* ]] || fail "$program links $lib: $needed"
  done
done

# What it installs, as dpkg lists it (files only).
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/countersign /usr/bin/countersign-cli /usr/libexec/countersign/countersign-documents \
         /usr/share/applications/org.countersign.Countersign.desktop \
         /usr/share/mime/packages/countersign-workspace.xml \
         /usr/share/metainfo/org.countersign.Countersign.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.countersign.Countersign.svg \
         /usr/share/icons/hicolor/48x48/apps/org.countersign.Countersign.png \
         /usr/share/man/man1/countersign.1.gz /usr/share/man/man1/countersign-cli.1.gz \
         /usr/share/man/de/man1/countersign.1.gz /usr/share/man/de/man1/countersign-cli.1.gz \
         /usr/share/man/fr/man1/countersign.1.gz /usr/share/man/fr/man1/countersign-cli.1.gz; do
  grep -qx "$f" "$work/files" || fail "the package does not install $f"
done

dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
installed=1

# The installed programs, from a folder that is not the build tree.
cd "$work"
[ "$(/usr/bin/countersign-cli --version)" = "countersign-cli $(dpkg-deb -f "$deb" Version)" ] ||
  fail "countersign-cli --version says $(/usr/bin/countersign-cli --version)"
/usr/bin/countersign-cli demo "$work/demo.countersign" >"$work/demo.log" 2>&1 ||
  { cat "$work/demo.log" >&2; fail "the installed countersign-cli demo failed"; }
/usr/bin/countersign-cli verify "$work/demo.countersign" >"$work/verify.log" 2>&1 ||
  { cat "$work/verify.log" >&2; fail "verify of the installed demo failed"; }
grep -q "Audit trail intact" "$work/verify.log" || fail "verify did not say the trail is intact"
grep -q "Signatures: all 14 verify" "$work/verify.log" || fail "verify did not verify the demo's 14 signatures"
# A command of the documents helper, reached through countersign-cli from /usr/libexec.
/usr/bin/countersign-cli package verify --help >"$work/package.log" 2>&1 ||
  { cat "$work/package.log" >&2; fail "countersign-cli package verify --help failed (the helper in /usr/libexec?)"; }
grep -q "Verify a signed change-control package" "$work/package.log" || fail "package verify --help: $(cat "$work/package.log")"
QT_QPA_PLATFORM=offscreen /usr/bin/countersign --version | grep -q "^countersign $(dpkg-deb -f "$deb" Version)" ||
  fail "countersign --version"

# Desktop integration, as dpkg's triggers left it: the MIME type of *.countersign, and the window as its handler.
grep -q "application/x-countersign-workspace:\*\.countersign" /usr/share/mime/globs2 ||
  fail "the shared MIME database does not know *.countersign"
grep -q "^application/x-countersign-workspace=.*org.countersign.Countersign.desktop" \
  /usr/share/applications/mimeinfo.cache || fail "the desktop database does not open workspaces with Countersign"
zcat /usr/share/man/man1/countersign-cli.1.gz | grep -q "drift run" || fail "the man page lacks the drift commands"
# The German and French pages list the commands in their language, from the program's own translated help.
zcat /usr/share/man/de/man1/countersign-cli.1.gz | grep -q "ein Produktionszeitfenster mit einer Referenz vergleichen" ||
  fail "the German man page lacks the translated commands"
zcat /usr/share/man/fr/man1/countersign-cli.1.gz | grep -q "comparer une fenêtre de production à une référence" ||
  fail "the French man page lacks the translated commands"
# The installed program speaks German from the environment, with the translations built into it.
LC_ALL=de_DE.UTF-8 /usr/bin/countersign-cli verify "$work/demo.countersign" | grep -q "Signaturen: alle 14 verifizieren" ||
  fail "the installed countersign-cli does not speak German"

# Purged, nothing of it stays.
dpkg -P countersign >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "dpkg -P failed"; }
installed=0
if dpkg-query -W -f='${Status}' countersign 2>/dev/null | grep -q "installed"; then
  fail "dpkg still lists countersign after purging it"
fi
left=0
while read -r f; do
  if [ -e "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done <"$work/files"
[ -e /usr/libexec/countersign ] && { echo "left behind: /usr/libexec/countersign" >&2; left=1; }
[ "$left" -eq 0 ] || fail "files of the package stayed after purging it"
grep -q "application/x-countersign-workspace" /usr/share/mime/globs2 && fail "the MIME type stayed registered"
echo "PASS: built, installed, used, integrated and purged $(basename "$deb") ($(wc -l <"$work/files") files)"
