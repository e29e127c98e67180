#!/usr/bin/env bash
# Whole-command timings of two policyscope builds on one corpus, in one run, so the ratios
# compare like with like: cold ingest, then warm list, practices of one policy, compare of two.
# Usage: Benchmarks/store/store-bench.sh BASE_BINARY NEW_BINARY CORPUS_DIR [RUNS]
# e.g.   git worktree add /tmp/base-d479 d479cff && (cd /tmp/base-d479 && swift build -c release)
#        swift build -c release
#        Benchmarks/store/store-bench.sh /tmp/base-d479/.build/release/policyscope \
#            .build/release/policyscope /tmp/policyscope-index-bench/corpus-10000-unique 5
# Each build gets its own store (the schemas differ) in a temporary folder, removed at the end.
# Prints one line per measurement: median seconds (runs) for each build and NEW/BASE.
set -eu
base=$1 new=$2 corpus=$3 runs=${4:-5}
work=$(mktemp -d /tmp/store-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
first=$(ls "$corpus" | grep -E '\.(md|txt)$' | head -1)
second=$(ls "$corpus" | grep -E '\.(md|txt)$' | sed -n 2p)

# seconds BINARY STORE ARGS...: wall-clock seconds of one run (output discarded).
seconds() {
  local bin=$1 store=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  "$bin" "$@" --store "$store" >/dev/null 2>&1
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}

# median of the numbers on stdin.
median() { sort -g | awk '{ a[NR] = $1 } END { printf "%.3f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure NAME RUNS ARGS...: alternates the builds run by run, then prints the medians.
measure() {
  local name=$1 n=$2; shift 2
  local b=() w=()
  for _ in $(seq "$n"); do
    b+=("$(seconds "$base" "$work/base.sqlite" "$@")")
    w+=("$(seconds "$new" "$work/new.sqlite" "$@")")
  done
  local mb mw
  mb=$(printf '%s\n' "${b[@]}" | median)
  mw=$(printf '%s\n' "${w[@]}" | median)
  printf '%-34s base %8.3f s   new %8.3f s   new/base %6.3f   (%d runs each)\n' "$name" "$mb" "$mw" "$(echo "$mw / $mb" | bc -l)" "$n"
}

echo "corpus: $corpus ($(ls "$corpus" | grep -cE '\.(md|txt)$') files, $(du -sh "$corpus" | cut -f1)); $(nproc) cores"
measure "cold ingest (parse + practices)" 1 ingest "$corpus"
measure "warm list" "$runs" list "$corpus"
measure "warm list --format json" "$runs" list "$corpus" --format json
measure "warm practices ${first%.*}" "$runs" practices "${first%.*}" "$corpus"
measure "warm compare of 2" "$runs" compare "${first%.*}" "${second%.*}" "$corpus"
