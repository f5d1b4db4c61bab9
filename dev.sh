#!/usr/bin/env bash
# Bridge Desk developer entry point.
#   ./dev.sh run       install what is missing, build, open Bridge Desk on the built-in sandbox
#   ./dev.sh test      install what is missing, build, run the whole test suite
#   ./dev.sh deps      install the missing Debian packages (sudo when not root; no-op when all present)
#   ./dev.sh build     configure and build into build/
#   ./dev.sh sandbox   run bridge-sandbox on 127.0.0.1:8765 and print its credentials
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
    qtkeychain-qt6-dev libssl-dev
    gnome-keyring dbus dbus-daemon libsecret-tools
    xvfb xauth openssl curl
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local preset=default
    [ "${CI:-}" = "true" ] && preset=ci
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" -B "$BUILD_DIR" >/dev/null
    fi
    log "Building"
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

run_tests() {
    log "Testing"
    # Widget and screenshot tests need a display; keychain tests get a private D-Bus + gnome-keyring
    # through tests/with-keyring.sh (ctest does that per test).
    (cd "$BUILD_DIR" && xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j "$(nproc)" "$@")
}

case "${1:-}" in
    deps) deps ;;
    build) deps; build ;;
    test) shift; deps; build; run_tests "$@" ;;
    run)
        shift; deps; build
        if [ -x "$BUILD_DIR/app/bridge-desk" ]; then
            exec "$BUILD_DIR/app/bridge-desk" --sandbox "$@"
        fi
        log "Starting bridge-sandbox and listing page 1 with bridgectl"
        creds=$(mktemp)
        "$BUILD_DIR/sandbox/bridge-sandbox" --port 0 --print-credentials >"$creds" &
        pid=$!
        trap 'kill $pid 2>/dev/null; rm -f "$creds"' EXIT
        for _ in $(seq 50); do grep -q '^secret=' "$creds" && break; sleep 0.1; done
        BRIDGE_BASE_URL=$(sed -n 's/^url=//p' "$creds") \
        BRIDGE_WORKSPACE_ID=$(sed -n 's/^workspace=//p' "$creds") \
        BRIDGE_API_KEY=$(sed -n 's/^api-key=//p' "$creds") \
        BRIDGE_SECRET_KEY=$(sed -n 's/^secret=//p' "$creds") \
            "$BUILD_DIR/app/bridgectl" list "$@"
        ;;
    sandbox) shift; deps; build; exec "$BUILD_DIR/sandbox/bridge-sandbox" "$@" ;;
    *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
