#!/usr/bin/env bash
# Builds the .deb from the build folder with CPack, checks what it installs and needs, installs it
# with dpkg into a throwaway root made here, validates its desktop files there and runs the
# installed program: --version, and a plan file given as its argument (rendered offscreen).
set -euo pipefail
build=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/pgdba_*.deb)
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
deps=$(dpkg-deb -f "$deb" Depends)
fail=0
expect=(
  ./usr/bin/pgdba
  ./usr/share/applications/pgdba.desktop
  ./usr/share/metainfo/io.github.pgdba.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/pgdba.svg
  ./usr/share/mime/packages/pgdba.xml
  ./usr/lib/systemd/user/pgdba-record@.service
  ./usr/share/doc/pgdba/user-guide.md
  ./usr/share/doc/pgdba/guide/explain.md
)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/pgdba.png")
done
for f in "${expect[@]}"; do
  grep -qx "$f" <<<"$files" || { echo "missing in package: $f"; fail=1; }
done
for d in libpq5 libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1 libqt6svg6; do
  grep -q "$d" <<<"$deps" || { echo "missing dependency: $d (Depends: $deps)"; fail=1; }
done

# Install into a root of our own: an empty dpkg database, dependencies taken as present (they are
# this machine's, which the build used).
root=$out/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-script-chrootless --force-not-root -i "$deb" >"$out/dpkg.log" 2>&1 \
  || { cat "$out/dpkg.log"; echo "dpkg -i failed"; exit 1; }
dpkg --root="$root" -s pgdba | grep -q '^Status: install ok installed' || { echo "pgdba not installed in $root"; fail=1; }

desktop-file-validate "$root/usr/share/applications/pgdba.desktop" || { echo "desktop-file-validate failed"; fail=1; }
grep -qx 'MimeType=application/x-pgdba-plan;' "$root/usr/share/applications/pgdba.desktop" \
  || { echo "the .desktop file does not name the plan MIME type"; fail=1; }
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.pgdba.metainfo.xml" >"$out/as.log" 2>&1 \
  || { cat "$out/as.log"; echo "appstreamcli validate failed"; fail=1; }
# The MIME package compiles and maps the plan globs to our type.
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || { echo "update-mime-database failed"; fail=1; }
for g in '\*.plan' '\*.explain' '\*.plan.json'; do
  grep -q "application/x-pgdba-plan:$g\$" "$root/usr/share/mime/globs2" 2>/dev/null \
    || { echo "MIME glob ${g//\\/} not registered"; fail=1; }
done
grep -q '^ExecStart=/usr/bin/pgdba record --name %I$' "$root/usr/lib/systemd/user/pgdba-record@.service" \
  || { echo "recorder unit does not start the installed binary"; fail=1; }
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --user "$root/usr/lib/systemd/user/pgdba-record@.service" >/dev/null 2>&1 || true
fi

# The installed program runs: its version, and a plan file opened as `pgdba FILE` on the Explain
# page (offscreen screenshot once the plan is shown).
export ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen
version=$("$root/usr/bin/pgdba" --version)
grep -q '^pgdba [0-9]' <<<"$version" || { echo "installed pgdba --version printed: $version"; fail=1; }
plan=$out/query.plan
cp "$src/tests/fixtures/plans/$(ls "$src/tests/fixtures/plans" | grep -m1 '\.json$')" "$plan"
if ! timeout 120 "$root/usr/bin/pgdba" --screenshot "$out/plan.png" --size 1280x720 "$plan" >"$out/run.log" 2>&1; then
  cat "$out/run.log"; echo "installed pgdba could not show $plan"; fail=1
fi
[ -s "$out/plan.png" ] || { echo "no screenshot of the plan file"; fail=1; }
echo "package: $(basename "$deb"), $(wc -l <<<"$files") entries; Depends: $deps"
exit $fail
