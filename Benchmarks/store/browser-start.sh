#!/usr/bin/env bash
# The browser's start on a corpus, in tmux: milliseconds to the first frame and to the full list
# posted by the loader (POLICYSCOPE_FIRST_FRAME_LOG), then, polled from the start of tmux, to the
# full list on screen ("loaded N policies") and to the first screen with a list badge.
# Usage: Benchmarks/store/browser-start.sh BINARY CORPUS_DIR STORE_FILE [RUNS]
set -euo pipefail
bin=$1 corpus=$2 store=$3 runs=${4:-3}
for run in $(seq "$runs"); do
  log=$(mktemp) session="store-bench-$$-$run"
  t0=$(date +%s%N)
  tmux new-session -d -s "$session" -x 160 -y 50 \
    "env TERM=xterm-256color LANG=C.UTF-8 POLICYSCOPE_FIRST_FRAME_LOG=$log $bin $corpus --store $store"
  badge=- list=-
  for _ in $(seq 1500); do
    pane=$(tmux capture-pane -p -t "$session" 2>/dev/null || true)
    # The status bar says "loaded N policies" once the whole list is on screen.
    if [ "$list" = - ] && grep -qE 'loaded [0-9,]+ polic' <<<"$pane"; then list=$(( ($(date +%s%N) - t0) / 1000000 )); fi
    # A badge sits right of a list row's name: one of the marks in ListBadges.table then one space and the year (---- when undated).
    if [ "$badge" = - ] && grep -qE ' [$MTDGA]+ ((19|20)[0-9]{2}|----)' <<<"$pane"; then badge=$(( ($(date +%s%N) - t0) / 1000000 )); fi
    [ "$list" != - ] && [ "$badge" != - ] && break
    sleep 0.01
  done
  tmux send-keys -t "$session" q
  sleep 0.5
  tmux kill-session -t "$session" 2>/dev/null || true
  echo "run $run: $(tr '\n' ' ' < "$log")list-on-screen-ms $list badge-on-screen-ms $badge"
  rm -f "$log"
done
