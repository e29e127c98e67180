#!/usr/bin/env bash
# Runs one fuzz target: Fuzz/run.sh [--asan] TARGET SECONDS [libFuzzer flags...]
# Builds the libFuzzer executable (release; with AddressSanitizer under --asan), writes the
# target's seeds from ../shared once (Fuzz/work/seeds/TARGET), then fuzzes for SECONDS under
# nice, keeping new inputs in Fuzz/work/corpus/TARGET and crashes in Fuzz/work/crashes/.
# A crash: minimise it with
#   POLICYSCOPE_FUZZ_TARGET=T BIN -minimize_crash=1 -runs=20000 -exact_artifact_path=OUT CRASH
# and commit OUT as Tests/PolicyFuzzingTests/Regressions/T/WHAT-IT-BROKE with the fix.
# FUZZ_BUILD overrides the build folder; FUZZ_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")"
sanitize=fuzzer build=.build-fuzz
if [ "${1:-}" = --asan ]; then sanitize=fuzzer,address build=.build-fuzz-asan; shift; fi
build=${FUZZ_BUILD:-$build}
target=${1:?usage: run.sh [--asan] TARGET SECONDS [flags]} seconds=${2:?seconds}
shift 2
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  nice -n 10 swift build -c release -Xswiftc -sanitize=$sanitize --scratch-path "$build" 2>&1 | grep -Ev "warning: Cannot export|^\[" || true
fi
bin="$build/release/fuzz"
export SWIFT_BACKTRACE=enable=no POLICYSCOPE_FUZZ_TARGET=$target POLICYSCOPE_SHARED=${POLICYSCOPE_SHARED:-../../shared}
seeds=work/seeds/$target corpus=work/corpus/$target
[ -d "$seeds" ] || POLICYSCOPE_FUZZ_SEEDS=$seeds "$bin"
mkdir -p "$corpus" work/crashes
exec nice -n 10 "$bin" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="work/crashes/$target-" "$@" "$corpus" "$seeds"
