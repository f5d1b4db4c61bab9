#!/usr/bin/env bash
# Checks the bridge-desk Debian package: unpacks it into a staging root with dpkg-deb -x (nothing is
# installed) and checks what a desktop expects to find there.
#   check-deb.sh DEB                     check that package (./dev.sh package does this)
#   check-deb.sh --cpack BUILD_DIR       package BUILD_DIR's build with cpack into a temporary
#                                        directory first (the ctest test: packaging rules stay tested)
# Exit 0 when every check passed, 1 when one failed, 77 (skipped) when a tool is missing.
set -euo pipefail

ID=dev.bridgedesk.BridgeDesk
BINARIES=(bridge-desk bridgectl bridge-sandbox)
DEPENDS=(libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 libssl3)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in dpkg-deb file; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

if [ "${1:-}" = "--cpack" ]; then
    build=${2:?--cpack needs the build directory}
    command -v dpkg-shlibdeps >/dev/null || { echo "SKIP: dpkg-shlibdeps (dpkg-dev) is not installed"; exit 77; }
    echo "cpack -G DEB from $build"
    start=$(date +%s)
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
        { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
    echo "  took $(( $(date +%s) - start )) s"
    deb=$(ls "$work"/out/*.deb)
else
    deb=${1:?usage: check-deb.sh DEB | --cpack BUILD_DIR}
fi

passes=0
failures=0
pass() { echo "  ok    $*"; passes=$((passes + 1)); }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }

echo "checking $deb"
root="$work/root"
dpkg-deb -x "$deb" "$root"

# Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = bridge-desk ] && pass "Package: bridge-desk" || fail "Package is $(dpkg-deb -f "$deb" Package)"
version=$(dpkg-deb -f "$deb" Version)
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] && pass "Version: $version" || fail "Version: '$version'"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] && pass "Maintainer set" || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Section)" ] && pass "Section: $(dpkg-deb -f "$deb" Section)" || fail "no Section"
depends=$(dpkg-deb -f "$deb" Depends)
for package in "${DEPENDS[@]}"; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" && pass "Depends on $package" || fail "Depends lacks $package: $depends"
done

# Binaries: present, executable, stripped.
for binary in "${BINARIES[@]}"; do
    path="$root/usr/bin/$binary"
    if [ ! -x "$path" ]; then
        fail "usr/bin/$binary missing"
        continue
    fi
    description=$(file -b "$path")
    if [[ "$description" == *", stripped"* ]]; then pass "usr/bin/$binary is stripped"; else fail "usr/bin/$binary: $description"; fi
done

# The desktop id ties the icon, the .desktop file, the metainfo and the running window together.
icon="$root/usr/share/icons/hicolor/scalable/apps/$ID.svg"
[ -f "$icon" ] && file -b "$icon" | grep -q SVG && pass "icon $ID.svg (SVG, hicolor/scalable)" || fail "icon $ID.svg missing or not SVG"

desktop="$root/usr/share/applications/$ID.desktop"
if [ -f "$desktop" ]; then
    pass "usr/share/applications/$ID.desktop"
    grep -qx "Icon=$ID" "$desktop" && pass "Icon=$ID" || fail "the desktop file's Icon= is not $ID"
    exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_binary" ] && pass "Exec=$exec_binary is in the package" || fail "Exec=$exec_binary is not in usr/bin"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" >"$work/dfv.log" 2>&1 && pass "desktop-file-validate" ||
            { cat "$work/dfv.log"; fail "desktop-file-validate"; }
    else
        echo "  skip  desktop-file-validate (desktop-file-utils not installed)"
    fi
else
    fail "usr/share/applications/$ID.desktop missing"
fi

metainfo="$root/usr/share/metainfo/$ID.metainfo.xml"
if [ -f "$metainfo" ]; then
    pass "usr/share/metainfo/$ID.metainfo.xml"
    grep -q "<launchable type=\"desktop-id\">$ID.desktop</launchable>" "$metainfo" &&
        pass "metainfo launches $ID.desktop" || fail "metainfo's launchable is not $ID.desktop"
    grep -q "<screenshot" "$metainfo" && pass "metainfo has screenshots" || fail "metainfo has no screenshots"
    grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo has a release entry for $version" ||
        fail "metainfo has no release $version"
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 && pass "appstreamcli validate --no-net" ||
            { cat "$work/as.log"; fail "appstreamcli validate"; }
    else
        echo "  skip  appstreamcli validate (appstream not installed)"
    fi
else
    fail "usr/share/metainfo/$ID.metainfo.xml missing"
fi

# The window says which desktop file it belongs to (QGuiApplication::setDesktopFileName), so the
# shell shows the right name and icon: the id is in the binary as a UTF-16 string literal.
if [ -x "$root/usr/bin/bridge-desk" ] && command -v strings >/dev/null; then
    # grep reads everything (no -q): an early exit would kill strings with SIGPIPE, failing the pipe.
    strings -el "$root/usr/bin/bridge-desk" | grep -x "$ID" >/dev/null && pass "bridge-desk names $ID as its desktop file" ||
        fail "bridge-desk does not call setDesktopFileName(\"$ID\")"
fi

# The test probe (--test-probe, a local socket that reads the window and presses its shortcuts) is
# built into bridge-desk-testable only: the shipped binary must carry none of it, in either the
# 8-bit or the UTF-16 strings (QStringLiteral) of the binary.
if [ -x "$root/usr/bin/bridge-desk" ] && command -v strings >/dev/null; then
    probe=$( { strings -a "$root/usr/bin/bridge-desk"; strings -a -el "$root/usr/bin/bridge-desk"; } |
        grep -E 'test-probe|TestProbe' || true)
    [ -z "$probe" ] && pass "bridge-desk carries no test probe" || fail "bridge-desk carries the test probe: $probe"
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
