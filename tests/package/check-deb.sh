#!/usr/bin/env bash
# Builds the .deb from the build folder with CPack and checks what it installs and needs.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/pgdba_*.deb)
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
deps=$(dpkg-deb -f "$deb" Depends)
fail=0
for f in ./usr/bin/pgdba ./usr/share/applications/pgdba.desktop ./usr/share/icons/hicolor/scalable/apps/pgdba.svg; do
  grep -qx "$f" <<<"$files" || { echo "missing in package: $f"; fail=1; }
done
for d in libpq5 libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1; do
  grep -q "$d" <<<"$deps" || { echo "missing dependency: $d (Depends: $deps)"; fail=1; }
done
desktop-file-validate /dev/null >/dev/null 2>&1 && dpkg-deb -x "$deb" "$out/root" && desktop-file-validate "$out/root/usr/share/applications/pgdba.desktop" || true
echo "package: $(basename "$deb"), $(wc -l <<<"$files") entries; Depends: $deps"
exit $fail
