#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND against a throw-away, unlocked gnome-keyring on a private D-Bus session bus,
# and exits with COMMAND's exit code. The developer's own keyring is never touched: HOME and
# the XDG directories point into a temporary directory that is removed afterwards.
# Works headless and as root (CI): no display, no prompt.
#
# How: dbus-run-session starts a private session bus and runs this script again ("inner" part),
# which starts gnome-keyring-daemon with --unlock and a password on stdin. Unlocking with a
# password creates the "login" collection and makes it the default one, which is where
# QtKeychain's libsecret backend stores (SECRET_COLLECTION_DEFAULT). The inner part waits until
# the daemon owns org.freedesktop.secrets (otherwise D-Bus activation would start a second,
# locked daemon) and then execs COMMAND. The daemon quits when the bus goes away.
set -u

if [ "${1-}" = "--inner" ]; then
    shift
    printf '%s' bridge-test-keyring | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null \
        || { echo "with-keyring.sh: gnome-keyring-daemon failed to start" >&2; exit 125; }
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "with-keyring.sh: gnome-keyring-daemon never appeared on the session bus" >&2
            exit 125
        fi
        sleep 0.05
    done
    exec "$@"
fi

if [ "$#" -eq 0 ]; then
    echo "usage: with-keyring.sh COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "with-keyring.sh: $tool not found (Debian: dbus-bin, dbus-daemon, gnome-keyring)" >&2
        exit 125
    }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bridge-keyring.XXXXXX") || exit 125
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# Do not let a desktop session's keyring, bus or desktop hints leak in.
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_CURRENT_DESKTOP DESKTOP_SESSION \
      GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
BRIDGE_TEST_KEYRING=1 \
    dbus-run-session -- "$0" --inner "$@"
exit $?
