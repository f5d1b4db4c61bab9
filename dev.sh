#!/usr/bin/env bash
# Bridge Desk developer entry point.
#   ./dev.sh run       install what is missing, build, open Bridge Desk on the built-in sandbox
#   ./dev.sh test      install what is missing, build, run the whole test suite, then fuzz each
#                      target for FUZZ_SECONDS (45; 30 in CI) and run the suite again under ASan + UBSan
#                      (BRIDGE_SKIP_FUZZ=1 / BRIDGE_SKIP_ASAN=1 leave a stage out; ctest arguments
#                      after "test" run only the normal suite). With CI=true: the suite once, under
#                      ASan + UBSan with warnings as errors, then the fuzzing
#   ./dev.sh fuzz [S]  build the libFuzzer targets (build-fuzz/) and run each for S seconds
#   ./dev.sh asan      build into build-asan/ with ASan + UBSan and run the suite there
#   ./dev.sh deps      install the missing Debian packages (sudo when not root; no-op when all present)
#   ./dev.sh build     configure and build into build/
#   ./dev.sh sandbox   run bridge-sandbox on 127.0.0.1:8765 and print its credentials
#   ./dev.sh bench     build bench/ in Release (build-bench/) and print the performance figures
#                      beside their targets (--quick for a short run, --only overhead,decode,...)
#   ./dev.sh package   build in Release (build-pkg/), make the .deb with cpack, check it, print its path
#   ./dev.sh format    apply .clang-format to every C++ file (./dev.sh test fails on an unformatted one)
#   ./dev.sh translations  refresh resources/translations/*.ts from the sources (lupdate); new texts
#                      come out unfinished, and tst_translations fails until they are translated
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
    qtkeychain-qt6-dev libssl-dev
    libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    gnome-keyring dbus dbus-daemon libsecret-tools
    dpkg-dev file appstream desktop-file-utils
    xvfb xauth openssl curl fonts-dejavu-core fonts-wqy-microhei
    at-spi2-core python3-gi gir1.2-atspi-2.0 xdotool
    clang libclang-rt-14-dev clang-format
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# stage NAME COMMAND...: runs one stage of a command and remembers how long it took; the durations
# are printed when dev.sh ends, failed or not, so the next change that slows one shows up.
STAGES=()
stage() {
    local name=$1 start=$SECONDS rc=0
    shift
    "$@" || rc=$?
    STAGES+=("$(printf '%-16s %5d s%s' "$name" $((SECONDS - start)) "$([ $rc -eq 0 ] || echo '  (failed)')")")
    return $rc
}
print_stages() {
    [ ${#STAGES[@]} -gt 0 ] || return 0
    log "Stage durations"
    [ -z "${FRESH_ROOT_SECONDS:-}" ] || printf '  %-16s %5d s\n' "fresh root" "$FRESH_ROOT_SECONDS" >&2
    printf '  %s\n' "${STAGES[@]}" >&2
    printf '  %-16s %5d s\n' "dev.sh in all" "$SECONDS" >&2
    [ -z "${CI_STARTED_AT:-}" ] || printf '  %-16s %5d s\n' "CI run in all" $(($(date +%s) - CI_STARTED_AT)) >&2
    # The suites' totals last, as one plain line each.
    [ ! -s "$SUMMARY" ] || cat "$SUMMARY"
}
SUMMARY=$(mktemp)
trap 'print_stages; rm -f "$SUMMARY"' EXIT

# ctest_summary LABEL LOG: "LABEL: N passed, N failed" from ctest's closing line in LOG.
ctest_summary() {
    sed -n 's/^[0-9]*% tests passed, \([0-9]*\) tests\{0,1\} failed out of \([0-9]*\)$/\2 \1/p' "$2" |
        while read -r total failed; do echo "$1: $((total - failed)) passed, $failed failed"; done >>"$SUMMARY"
}

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

# build [TARGET...]: configure once, then build the targets given (everything when none).
build() {
    local preset=default targets=()
    [ "${CI:-}" = "true" ] && preset=ci
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" -B "$BUILD_DIR" >/dev/null
    fi
    [ $# -eq 0 ] || targets=(--target "$@")
    log "Building${1:+ $*}"
    cmake --build "$BUILD_DIR" -j "$(nproc)" "${targets[@]}"
}

run_tests() {
    log "Testing"
    # Widget and screenshot tests need a display; keychain tests get a private D-Bus + gnome-keyring
    # through tests/with-keyring.sh (ctest does that per test).
    local rc=0
    (cd "$BUILD_DIR" && xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j "$(nproc)" "$@") |
        tee "$BUILD_DIR/ctest.log" || rc=$?
    ctest_summary tests "$BUILD_DIR/ctest.log"
    return $rc
}

fuzz_build() {
    log "Fuzzing: building the libFuzzer targets (clang, build-fuzz/)"
    [ -f build-fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
    cmake --build build-fuzz --target fuzz_all -j "$(nproc)"
}

fuzz_run() {
    # CI runs each target 30 s on top of the corpus (the whole CI run stays within its time); a
    # developer's ./dev.sh test or fuzz gives 45 s.
    local default=45
    [ "${CI:-}" = "true" ] && default=30
    local seconds=${1:-${FUZZ_SECONDS:-$default}}
    log "Fuzzing: ${seconds} s per target, two at a time"
    fuzz/run.sh build-fuzz "$seconds"
}

asan_build() {
    log "Sanitizers: building with ASan + UBSan (build-asan/)"
    local werror=()
    [ "${CI:-}" = "true" ] && werror=(-DBRIDGE_WERROR=ON)
    [ -f build-asan/build.ninja ] || cmake --preset asan "${werror[@]}" >/dev/null
    cmake --build build-asan -j "$(nproc)"
}

asan_run() {
    local rc=0
    log "Sanitizers: the suite under ASan + UBSan + LeakSanitizer (tst_soak left out: RSS means nothing there)"
    # Only third-party libraries are suppressed (tests/asan.supp, tests/lsan.supp); a finding in our code fails.
    (cd build-asan &&
        ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:suppressions=$PWD/../tests/asan.supp" \
        LSAN_OPTIONS="suppressions=$PWD/../tests/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j "$(nproc)" -E '^tst_soak$') |
        tee build-asan/ctest.log || rc=$?
    ctest_summary asan build-asan/ctest.log
    return $rc
}

# Every tracked C++ file, formatted by the root .clang-format; "check" lists the ones that are not.
format() {
    local mode=${1:-apply} bad=()
    mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app bench core fuzz sandbox tests ui -name '*.cpp' -o -name '*.h')
    if [ "$mode" = apply ]; then
        clang-format -i "${files[@]}"
        return 0
    fi
    log "Checking the format (.clang-format)"
    mapfile -t bad < <(clang-format --dry-run "${files[@]}" 2>&1 | sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
    [ ${#bad[@]} -eq 0 ] && return 0
    printf '  not formatted: %s\n' "${bad[@]}" >&2
    log "${#bad[@]} file(s) differ from .clang-format: run ./dev.sh format"
    return 1
}

bench() {
    local dir=${BENCH_DIR:-build-bench}
    [ -f "$dir/build.ninja" ] ||
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRIDGE_BUILD_TESTS=OFF -DBRIDGE_BUILD_BENCH=ON >/dev/null
    log "Building the benchmarks (Release, $dir/)"
    cmake --build "$dir" --target bridge-bench -j "$(nproc)"
    log "Benchmarking: figures beside their targets, nothing asserted"
    "$dir/bench/bridge-bench" "$@"
}

package() {
    local dir=${PACKAGE_DIR:-build-pkg}
    [ -f "$dir/build.ninja" ] || cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBRIDGE_BUILD_TESTS=OFF -DBRIDGE_BUILD_BENCH=OFF >/dev/null
    log "Building (Release, $dir/)"
    cmake --build "$dir" -j "$(nproc)"
    log "Packaging (cpack -G DEB)"
    rm -f "$dir"/*.deb
    (cd "$dir" && cpack -G DEB >/dev/null)
    local deb
    deb=$(realpath "$dir"/*.deb)
    log "Checking $deb"
    tests/packaging/check-deb.sh "$deb" >&2
    echo "$deb"
}

case "${1:-}" in
    deps) deps ;;
    build) deps; build ;;
    test)
        shift
        stage deps deps
        stage format format check
        if [ "${CI:-}" = "true" ] && [ $# -eq 0 ]; then
            # CI runs the suite once, in the build that checks the most: ASan + UBSan with warnings
            # as errors. Building the plain one as well took a third of the run; it is what
            # developers' ./dev.sh test starts with, and tst_soak (memory figures, meaningless under
            # ASan) runs there.
            stage "asan build" asan_build
            stage "asan tests" asan_run
            stage "fuzz build" fuzz_build
            stage "fuzz runs" fuzz_run
            exit 0
        fi
        stage build build
        stage tests run_tests "$@"
        if [ $# -eq 0 ]; then
            if [ "${BRIDGE_SKIP_FUZZ:-}" != 1 ]; then
                stage "fuzz build" fuzz_build
                stage "fuzz runs" fuzz_run
            fi
            if [ "${BRIDGE_SKIP_ASAN:-}" != 1 ]; then
                stage "asan build" asan_build
                stage "asan tests" asan_run
            fi
        fi
        ;;
    fuzz) shift; deps; fuzz_build; fuzz_run "$@" ;;
    asan) shift; deps; asan_build; asan_run "$@" ;;
    run)
        shift; deps; build bridge-desk bridgectl bridge-sandbox # the programs only, not the tests
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
            log "No display to open the window on: run this in a desktop session, or under xvfb-run -a"
            exit 2
        fi
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
    bench) shift; deps; bench "$@" ;;
    package) deps; package ;;
    translations) deps; resources/translations/lupdate.sh ;;
    format) deps; format apply ;;
    sandbox) shift; deps; build bridge-sandbox; exec "$BUILD_DIR/sandbox/bridge-sandbox" "$@" ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 2 ;;
esac
