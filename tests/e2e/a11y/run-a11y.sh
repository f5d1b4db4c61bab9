#!/usr/bin/env bash
# The keyboard and screen-reader test of the real bridge-desk (tests/e2e/a11y/tst_a11y.py), each run
# in a world of its own: a private X server (Xvfb; keyboard events from another test's window can
# never land here), a private D-Bus session with the AT-SPI bus (at-spi2-core) on it, a private HOME.
#   run-a11y.sh BRIDGE_DESK
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
desk=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/bridge-a11y.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/run"
chmod 700 "$work/run"
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/run" LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS QT_QPA_PLATFORM QT_ACCESSIBILITY DISPLAY XAUTHORITY
# Debian's python3, which python3-gi belongs to (not whatever python3 comes first on PATH). It starts
# its own Xvfb (-displayfd: the server picks a free display, no race with other X servers starting).
# Bounded: the script's own waits end well before this.
timeout -k 5 170 dbus-run-session --config-file="$here/session-bus.conf" -- /usr/bin/python3 "$here/tst_a11y.py" "$desk"
