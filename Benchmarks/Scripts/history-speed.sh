#!/usr/bin/env bash
# Times `policyscope history DOCUMENT CLONE` for two builds in one run, interleaved: a cold
# store (a new file each run) and then a warm one (the file the cold run wrote), each under
# /usr/bin/time -v. Prints, per run, wall and CPU seconds (user + system), peak RSS, the
# 1-minute load average before it, and the phases the command prints on stderr (read,
# extracted, compared); then checks that both builds wrote the same bytes.
# Usage: history-speed.sh BASE_BINARY NEW_BINARY PGA_CLONE [RUNS=1] [DOCUMENT='Facebook — Privacy Policy']
set -uo pipefail
base=$1 new=$2 clone=$3 runs=${4:-1} doc=${5:-"Facebook — Privacy Policy"}
scratch=$(mktemp -d /tmp/history-speed.XXXXXX)
printf '%-5s %-5s %-4s %7s %7s %8s %5s  %s\n' build store run wall_s cpu_s rss_mb load phases
for run in $(seq 1 "$runs"); do
  for build in base new; do
    bin=$base; [ "$build" = new ] && bin=$new
    rm -f "$scratch/$build.sqlite"
    for store in cold warm; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -v -o "$scratch/time" nice "$bin" history "$doc" "$clone" --format json --store "$scratch/$build.sqlite" \
        >"$scratch/$build-$store.json" 2>"$scratch/err"
      wall=$(awk -F': ' '/Elapsed/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$scratch/time")
      cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$scratch/time")
      rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$scratch/time")
      phases=$(grep -o 'read in [0-9.]* s\|extracted in [0-9.]* s (CPU [0-9.]* s)\|compared in [0-9.]* s (CPU [0-9.]* s)' "$scratch/err" | tr '\n' ' ')
      printf '%-5s %-5s %-4s %7s %7s %8s %5s  %s\n' "$build" "$store" "$run" "$wall" "$cpu" "$rss" "$load" "$phases"
    done
  done
done
for store in cold warm; do
  cmp -s "$scratch/base-$store.json" "$scratch/new-$store.json" && echo "$store: same JSON" || echo "$store: JSON DIFFERS ($scratch)"
done
