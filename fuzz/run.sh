#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time, two at a time, starting from the checked-in
# corpus (fuzz/corpus/<target>/, never modified) plus what earlier runs in this build dir found.
#   fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# Exit status 1 when any target found a crash, a leak, an invariant break or undefined behaviour;
# the input that did it is left in BUILD_DIR/fuzz-artifacts/<target>/ and its path printed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?build dir}" && pwd)
seconds=${2:-45}
shift 2 2>/dev/null || shift $#
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(decode_page decode_conversation decode_fastpath decode_connect error_message list_request)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_LOGGING_RULES='*.debug=false;*.warning=false'

run_one() {
    local name=$1 bin="$build/fuzz/fuzz_$1"
    local work="$build/fuzz-corpus/$name" artifacts="$build/fuzz-artifacts/$name"
    mkdir -p "$work" "$artifacts"
    local dict=()
    [ "$name" != list_request ] && dict=(-dict="$here/json.dict")
    "$bin" "$work" "$here/corpus/$name" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$build/fuzz-$name.log" 2>&1
    local rc=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$name.log")
    if [ $rc -ne 0 ]; then
        printf 'FAIL %-20s after %s runs; log %s\n' "$name" "${runs:-?}" "$build/fuzz-$name.log"
        grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$build/fuzz-$name.log" | head -20
        return 1
    fi
    printf 'ok   %-20s %3ss, %s runs, corpus %s files\n' "$name" "$seconds" "${runs:-?}" "$(ls "$work" | wc -l)"
}

failed=0
pids=()
for name in "${targets[@]}"; do
    run_one "$name" &
    pids+=($!)
    if [ ${#pids[@]} -ge 2 ]; then
        for p in "${pids[@]}"; do wait "$p" || failed=1; done
        pids=()
    fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit $failed
