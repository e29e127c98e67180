#!/usr/bin/env bash
# CI's fuzz step: builds the fuzz executable with libFuzzer and AddressSanitizer, replays every
# committed crash input (Tests/PolicyFuzzingTests/Regressions/TARGET/*) through it, then fuzzes
# each target for FUZZ_SECONDS (default 10) from its seeds (made from ../shared). Fails on
# any crash, leak or broken invariant; prints the time each part took.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-10}
build=.build-fuzz-asan bin=.build-fuzz-asan/release/fuzz
export SWIFT_BACKTRACE=enable=no POLICYSCOPE_SHARED=${POLICYSCOPE_SHARED:-$(cd ../.. && pwd)/shared}
t0=$(date +%s)
swift build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path "$build" 2>&1 | grep -Ev "warning: Cannot export|^\[" || true
[ -x "$bin" ] || { echo "fuzz: the build failed" >&2; exit 1; }
t1=$(date +%s)
targets=$( (env -u POLICYSCOPE_FUZZ_TARGET "$bin" 2>&1 || true) | sed -n "s/.*one of: //p" | tr -d ,)
for dir in ../Tests/PolicyFuzzingTests/Regressions/*/; do
  files=("$dir"*)
  [ -e "${files[0]}" ] || continue
  POLICYSCOPE_FUZZ_TARGET=$(basename "$dir") "$bin" "${files[@]}" 2>&1 | tail -1
done
t2=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in $targets; do
  export POLICYSCOPE_FUZZ_TARGET=$target
  # Writing seeds exits from the initializer: what it allocated is not a leak.
  ASAN_OPTIONS=detect_leaks=0 POLICYSCOPE_FUZZ_SEEDS="$work/seeds-$target" "$bin" >/dev/null
  mkdir -p "$work/corpus-$target"
  "$bin" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus-$target" "$work/seeds-$target" 2>&1 \
    | grep -E "^stat::number_of_executed_units|^#[0-9]+ *DONE|ERROR|==ERROR|fuzz invariant" | sed "s/^/$target: /"
done
t3=$(date +%s)
echo "fuzz: build $((t1 - t0)) s, regressions replayed $((t2 - t1)) s, $(echo $targets | wc -w) targets fuzzed $((t3 - t2)) s"
