#!/usr/bin/env bash
# Times the browser's timeline strip on a git history, in tmux: the browser loads CLONE,
# selects DOCUMENT, presses T, and the pane is read every 0.2 s until the timeline is drawn
# and then until no strip cell is pending (░). Prints both times after T, the process's CPU
# seconds then (from /proc, the fill included), and the load average.
# Usage: timeline-fill.sh POLICYSCOPE_BINARY PGA_CLONE STORE [DOCUMENT='Facebook — Privacy Policy']
set -uo pipefail
bin=$1 clone=$2 store=$3 doc=${4:-"Facebook — Privacy Policy"}
session=tlfill$$
tmux new-session -d -s "$session" -x 200 -y 50 "nice '$bin' '$clone' --store '$store'"
trap 'tmux kill-session -t "$session" 2>/dev/null' EXIT
pane() { tmux capture-pane -p -t "$session"; }
now() { date +%s.%N; }
until pane | grep -q "Policies ("; do sleep 0.2; done
tmux send-keys -t "$session" / && tmux send-keys -t "$session" -l "$doc" && tmux send-keys -t "$session" Enter
until pane | grep -q "Policies (1/"; do sleep 0.2; done
pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
pid=$(pgrep -P "$pid" | head -1 || echo "$pid")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu0=$(ticks); load=$(cut -d' ' -f1 /proc/loadavg)
start=$(now)
tmux send-keys -t "$session" T
until pane | grep -q "Timeline: "; do sleep 0.05; done
opened=$(now)
sleep 0.5
until ! pane | grep -q "░"; do sleep 0.2; done
filled=$(now)
cpu=$(echo "($(ticks) - $cpu0) / $(getconf CLK_TCK)" | bc -l)
rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
printf 'timeline drawn %.2f s after T; strip filled %.1f s after T; CPU %.1f s; peak RSS %s MB; load %s\n' \
  "$(echo "$opened - $start" | bc -l)" "$(echo "$filled - $start" | bc -l)" "$cpu" "$rss" "$load"
