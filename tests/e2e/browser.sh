#!/usr/bin/env bash
# End-to-end test of the interactive browser, driven in tmux on a private socket.
#
#   tests/e2e/browser.sh PATH/TO/policyscope
#
# Builds nothing. Every check polls `capture-pane -p` for a condition with a timeout (never a
# fixed sleep), prints the screen when it fails, and the last line is 'N passed, M failed'.
set -u

BIN=${1:?usage: browser.sh PATH/TO/policyscope}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "not executable: $BIN"; exit 1; }
command -v tmux >/dev/null || { echo "tmux is required"; exit 1; }

SOCKET="policyscope-e2e-$$"
WORK=$(mktemp -d)
# The store goes into the test's own folder, never into the real ~/.cache.
export XDG_CACHE_HOME="$WORK/cache"
# remain-on-exit keeps a pane (and its exit status) after the program ends.
printf 'set -g remain-on-exit on\n' > "$WORK/tmux.conf"
TMUX_CMD=(tmux -L "$SOCKET" -f "$WORK/tmux.conf")
PASSED=0
FAILED=0
TIMEOUT=${E2E_TIMEOUT:-10}

cleanup() { "${TMUX_CMD[@]}" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
screen() { "${TMUX_CMD[@]}" capture-pane -p -t "$1" 2>/dev/null; }
pane() { "${TMUX_CMD[@]}" display-message -p -t "$1" "$2" 2>/dev/null; }

pass() { PASSED=$((PASSED + 1)); echo "ok - $1"; }
fail() {
    FAILED=$((FAILED + 1))
    echo "FAIL - $1"
    if [ -n "${2:-}" ]; then
        echo "---- screen of $2 ----"; screen "$2"; echo "----------------------"
    fi
}

# wait_for TARGET TEXT: polls the screen until it contains TEXT (fixed string) or times out.
wait_for() {
    local target=$1 text=$2 deadline=$(( $(now_ms) + TIMEOUT * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen "$target" | grep -qF -- "$text" && return 0
        sleep 0.02
    done
    return 1
}

# wait_gone TARGET TEXT: polls until the screen no longer contains TEXT.
wait_gone() {
    local target=$1 text=$2 deadline=$(( $(now_ms) + TIMEOUT * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen "$target" | grep -qF -- "$text" || return 0
        sleep 0.02
    done
    return 1
}

# wait_exit NAME: polls until the program started as NAME has exited; prints its exit status
# (128 + N when signal N ended it), as the runner script recorded it.
wait_exit() {
    local file="$WORK/$1.status" deadline=$(( $(now_ms) + TIMEOUT * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if [ -s "$file" ]; then cat "$file"; return 0; fi
        sleep 0.02
    done
    return 1
}

# wait_for_all TARGET TEXT...: polls until one screen contains every TEXT at once.
wait_for_all() {
    local target=$1 deadline=$(( $(now_ms) + TIMEOUT * 1000 )) shot text ok; shift
    while [ "$(now_ms)" -lt "$deadline" ]; do
        shot=$(screen "$target") ok=1
        for text in "$@"; do grep -qF -- "$text" <<<"$shot" || { ok=0; break; }; done
        [ $ok = 1 ] && return 0
        sleep 0.02
    done
    return 1
}

# wait_changed TARGET ROW OLD TEXT: polls until screen row ROW (from column 70) differs from
# OLD while the screen still shows TEXT.
wait_changed() {
    local target=$1 row=$2 old=$3 text=$4 deadline=$(( $(now_ms) + TIMEOUT * 1000 )) shot
    while [ "$(now_ms)" -lt "$deadline" ]; do
        shot=$(screen "$target")
        [ "$(sed -n "${row}p" <<<"$shot" | cut -c70-)" != "$old" ] && grep -qF -- "$text" <<<"$shot" && return 0
        sleep 0.02
    done
    return 1
}

check() { # check NAME TARGET COMMAND...
    local name=$1 target=$2; shift 2
    if "$@"; then pass "$name"; else fail "$name" "$target"; fi
}

keys() { "${TMUX_CMD[@]}" send-keys -t "$1" "${@:2}"; }

# The runner records the program's pid (the inner shell execs it) and its exit status, so
# signals go to the program itself and statuses do not depend on tmux reaping it.
cat > "$WORK/run.sh" <<'RUNNER'
#!/bin/sh
name=$1; shift
sh -c 'echo $$ > "$0.pid"; exec "$@"' "$(dirname "$0")/$name" "$@"
status=$?
# A program that left curses mode without endwin leaves the tty without echo.
if stty -a </dev/tty | grep -qE '(^| )-echo( |;|$)'; then tty=raw; else tty=restored; fi
echo "$tty" > "$(dirname "$0")/$name.tty"
echo $status > "$(dirname "$0")/$name.status"
RUNNER
chmod +x "$WORK/run.sh"

# start VAR NAME WIDTH HEIGHT COMMAND...: runs COMMAND in a new window as NAME; sets VAR to
# the window's pane id. COMMAND may end with a redirection such as '</dev/null'.
start() {
    local var=$1 name=$2 w=$3 h=$4 id; shift 4
    local cmd="$WORK/run.sh $name $*"
    if "${TMUX_CMD[@]}" has-session -t e2e 2>/dev/null; then
        id=$("${TMUX_CMD[@]}" new-window -P -F '#{pane_id}' -t e2e "$cmd")
    else
        id=$("${TMUX_CMD[@]}" new-session -d -P -F '#{pane_id}' -s e2e -x "$w" -y "$h" "$cmd")
    fi
    "${TMUX_CMD[@]}" resize-window -t "$id" -x "$w" -y "$h" 2>/dev/null
    printf -v "$var" '%s' "$id"
}

SEEDS=$(cd "$(dirname "$0")/../../Resources/seeds" && pwd)
ENV="env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 SWIFT_BACKTRACE=enable=no POLICYSCOPE_FIRST_FRAME_LOG=$WORK/first-frame.log"
ENV="$ENV XDG_CACHE_HOME=$XDG_CACHE_HOME"
# The deep pass (seconds of CPU a policy in a debug build) is left out of these checks: the
# fast highlights are what they look at; Tests/ covers the deep pass.
ENV="$ENV POLICYSCOPE_CLASSIFIER=fast"

# 1. Opens on the seeds; measure spawn to first screen.
t0=$(now_ms)
start T main 120 40 $ENV "$BIN"
if wait_for $T "salesforce.com"; then
    t1=$(now_ms)
    pass "opens on the seeds (first screen seen $((t1 - t0)) ms after spawn; in-process: $(head -2 "$WORK/first-frame.log" 2>/dev/null | tr '\n' ' '))"
else
    fail "opens on the seeds" $T
fi
check "three panes at 120 columns" $T wait_for $T "Sections: act-on.com"

# 2. Walk: open the policy, a section, read it.
keys $T Enter
check "Enter focuses the section tree" $T wait_for $T "▶ Sections"
keys $T j j j Enter
check "Enter in the tree shows the section text" $T wait_for $T "▶ Text: Data Collection"

# 3. Help overlay from the keymap, closed by Esc.
keys $T '?'
check "? opens the help overlay" $T wait_for $T "Keys — q/Esc closes"
keys $T Escape
check "Esc closes the help overlay" $T wait_gone $T "Keys — q/Esc closes"

# 4. Incremental search with n.
keys $T / c o o k i e
check "search shows match i/N while typing" $T wait_for $T "match 1/"
keys $T Enter n
check "n goes to the next match" $T wait_for $T "match 2/"

# 5. Command line: jump by fuzzy title.
keys $T : s e c u r i t y Enter
check ": jumps to a section" $T wait_for $T "▶ Text: Security"

# 6. Resize: 80x24 shows the list (or tree) beside the text; narrower terminals switch panes;
# tiny and back.
"${TMUX_CMD[@]}" resize-window -t $T -x 80 -y 24
check "80x24 shows two panes, the text beside the tree" $T wait_for_all $T "Sections: act-on.com" "▶ Text: Security"
"${TMUX_CMD[@]}" resize-window -t $T -x 60 -y 20
check "60x20 shows one pane with a pane switcher" $T wait_for $T "[3/3 Tab]"
keys $T Tab
check "Tab switches to the policy list at 60x20" $T wait_for $T "▶ Policies (5)  [1/3 Tab]"
"${TMUX_CMD[@]}" resize-window -t $T -x 30 -y 10
check "30x10 still draws the focused pane" $T wait_for $T "● act-on.com"
"${TMUX_CMD[@]}" resize-window -t $T -x 120 -y 40
check "back to three panes at 120x40" $T wait_for $T "Sections: act-on.com"

# 7. Filter the policy list as you type.
keys $T / s a l e s
check "/ filters the policy list" $T wait_for $T "Policies (1/5) /sales"
keys $T Escape
check "Esc clears the filter" $T wait_for $T "Policies (5)"

# 7b. The : jump forgives typos (the index's fuzzy title scoring): lithium.com's "data retention".
keys $T : r e t e n s i o n Enter
check ": forgives a typo (retension -> data retention)" $T wait_for $T "▶ Text: data retention"
keys $T C-o
check "C-o goes back to where the : jump left" $T wait_for_all $T "back: salesforce.com › " "Sections: salesforce.com"

# 7c. The answers panel (A) beside the text: Enter opens an answer's evidence, C-o comes
# back, q closes the panel. Then i tells what the sentence under the cursor (}) is.
keys $T A
check "A opens the answers panel beside the text" $T wait_for_all $T "▶ Answers " "/26," "salesforce.com 2012"
keys $T j j j j Enter
check "Enter in the answers opens the evidence (cookies)" $T wait_for_all $T "cookies: " "n next, C-o back" "▶ Text"
keys $T C-o
check "C-o goes back to the answers" $T wait_for $T "▶ Answers "
keys $T q
check "q closes the answers panel" $T wait_gone $T "/26,"
keys $T '}' i
check "i tells what the sentence is" $T wait_for_all $T "This sentence" "categories" "evidence for"
keys $T Escape
check "Esc closes it" $T wait_gone $T "This sentence"

# 7d. Hard line breaks are line breaks, never a ␊ picture: a contact section's address (lithium.com's
# or losant.com's, whichever the : jump picks) shows on lines of its own.
keys $T : c o n t a c t i n g Space u s Enter
check ": contacting us opens a contact section with an address" $T wait_for $T "ontacting "
check "no ␊ on screen" $T wait_gone $T "␊"

# 8. Quit with status 0.
keys $T q
status=$(wait_exit main)
if [ "${status:-x}" = 0 ] && [ "$(cat "$WORK/main.tty")" = restored ]; then pass "q quits with status 0 and restores the tty"; else fail "q quits with status 0 (status '${status:-still running}')" $T; fi

# 9. stdin at end of file: exits instead of spinning.
start P eof 80 24 $ENV "$BIN" '</dev/null'
status=$(wait_exit eof)
if [ "$status" = 0 ]; then pass "stdin at EOF exits with status 0"; else fail "stdin at EOF exits (got '${status:-running}')" $P; fi

# 10. SIGTERM and SIGINT (what C-c sends) restore the terminal (alternate screen off) and end
# the program with 128 + the signal. Each is sent to the browser alone, so the runner survives
# to record the status (C-c would signal the runner too).
signal_ends_browser() { # NAME SIGNAL STATUS
    start P "$1" 80 24 $ENV "$BIN"
    if wait_for $P "Policies (5)"; then
        kill -"$2" "$(cat "$WORK/$1.pid")"
        status=$(wait_exit "$1")
        if [ "$status" = "$3" ] && [ "$(cat "$WORK/$1.tty")" = restored ] && [ "$(pane $P '#{alternate_on}')" = 0 ]; then
            pass "SIG$2 ends the browser ($status) and leaves the alternate screen"
        else
            fail "SIG$2 ends the browser and leaves the alternate screen (status '${status:-running}')" $P
        fi
    else
        fail "SIG$2 test: browser did not start" $P
    fi
}
signal_ends_browser term TERM 143
signal_ends_browser int INT 130

# 11. NO_COLOR: styles by attributes only (no colour escapes in the screen).
start P mono 120 40 env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 POLICYSCOPE_CLASSIFIER=fast "$BIN"
if wait_for $P "Policies (5)"; then
    if "${TMUX_CMD[@]}" capture-pane -p -e -t $P | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]'; then
        fail "NO_COLOR draws without colour" $P
    else
        pass "NO_COLOR draws without colour"
    fi
    # A denial ("We do not sell...") is drawn apart from a statement: italic (SGR 3), also
    # without colour. Its highlight arrives once the practices are computed: poll for it.
    keys $P : ; keys $P -l "Disclose Any Information"; keys $P Enter
    denial=1
    deadline=$(( $(now_ms) + TIMEOUT * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if "${TMUX_CMD[@]}" capture-pane -p -e -t $P | grep -F "do not sell" | grep -qE $'\e\\[([0-9;]*;)?3(;[0-9;]*)?mWe do not sell'; then
            denial=0; break
        fi
        sleep 0.05
    done
    [ $denial = 0 ] && pass "a denial is marked under NO_COLOR (italic)" || fail "a denial is marked under NO_COLOR (italic)" $P
    keys $P Q
    status=$(wait_exit mono)
    [ "${status:-x}" = 0 ] && pass "Q quits with status 0" || fail "Q quits with status 0" $P
else
    fail "NO_COLOR browser did not start" $P
fi

# 11b. --color always overrides NO_COLOR.
start P always 120 40 env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 POLICYSCOPE_CLASSIFIER=fast "$BIN" --color always
if wait_for $P "Policies (5)" && "${TMUX_CMD[@]}" capture-pane -p -e -t $P | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7])[;m]'; then
    pass "--color always draws in colour despite NO_COLOR"
else
    fail "--color always draws in colour despite NO_COLOR" $P
fi
keys $P Q

# 12. stdout not a terminal: prints the list like `policyscope list`.
if "$BIN" > "$WORK/list.txt" 2>"$WORK/list.err" </dev/null && head -1 "$WORK/list.txt" | grep -q "ARCHIVED" && grep -q "salesforce.com" "$WORK/list.txt"; then
    pass "stdout not a terminal prints the policy list"
else
    fail "stdout not a terminal prints the policy list"; cat "$WORK/list.txt" "$WORK/list.err"
fi

# 13. Unknown terminal: a clear message and the list instead.
if TERM=no-such-terminal-xyz script -qec "'$BIN'" /dev/null > "$WORK/unknown.txt" 2>&1 </dev/null \
    && grep -q "cannot use terminal type 'no-such-terminal-xyz'" "$WORK/unknown.txt" && grep -q "ARCHIVED" "$WORK/unknown.txt"; then
    pass "unknown TERM explains and falls back to the list"
else
    fail "unknown TERM explains and falls back to the list"; cat "$WORK/unknown.txt"
fi

# 13b. At 60x20 the first screen is the list; one key (Enter) shows the policy's text.
start N narrow 60 20 $ENV "$BIN"
if wait_for $N "Policies (5)"; then
    keys $N Enter
    check "60x20: Enter on the first screen shows the policy's text" $N wait_for_all $N "▶ Text" "Act-On"
    keys $N Q
else
    fail "60x20 test: browser did not start" $N
fi

# 14. The : command line: :open loads more in the background (~ is the home folder), unknown
# commands explain, history.
mkdir -p "$WORK/home" && printf '# Copy Policy\n\nWe keep your e-mail address.\n' > "$WORK/home/copy.md"
printf '# Extra Policy\n\nWe collect your name.\n' > "$WORK/extra.md"
start C cmd 120 40 $ENV HOME="$WORK/home" XDG_STATE_HOME="$WORK/state" "$BIN"
if wait_for $C "Policies (5)"; then
    keys $C : o p e n Space
    keys $C -l "$SEEDS/act-on.com.md"
    keys $C Enter
    check ":open of a policy already loaded adds no second row" $C wait_for $C "loaded 0 policies, 1 already loaded"
    keys $C : o p e n Space
    keys $C -l "$WORK/extra.md"
    keys $C Enter
    check ":open PATH adds policies in the background" $C wait_for $C "Policies (6)"
    keys $C : o p e n Space
    keys $C -l "~/copy.md"
    keys $C Enter
    check ":open ~/FILE reads from the home folder" $C wait_for $C "Policies (7)"
    keys $C : f r o b n i c a t e Enter
    check ": explains an unknown command" $C wait_for $C "'frobnicate' is not a command (open PATH, sort KEY, compare, side"
    keys $C : Up
    check ": Up recalls the previous command line" $C wait_for $C ":frobnicate"
    keys $C Up
    check ": Up again goes further back" $C wait_for $C ":open ~/copy.md"
    keys $C Escape Escape
    # s sorts the list (the opened files join it in its order); y copies to the clipboard file.
    keys $C s
    check "s sorts the list by name, the title says so" $C wait_for_all $C "Policies (7) by name" "sorted by name"
    keys $C s
    check "s again sorts by date" $C wait_for $C "sorted by date, newest first"
    keys $C Tab Tab y
    check "y names the clipboard file on the status line" $C wait_for $C "copied to $WORK/state/policyscope/clipboard.txt"
    if [ -s "$WORK/state/policyscope/clipboard.txt" ]; then pass "y writes the sentence to the clipboard file"; else fail "y writes the sentence to the clipboard file" $C; fi
    keys $C Q
else
    fail ":open test: browser did not start" $C
fi

# 15. --mouse: a click selects a policy, the wheel scrolls the text (SGR mouse reports).
start M mouse 120 40 $ENV "$BIN" --mouse
if wait_for $M "Policies (5)"; then
    keys $M -l $'\e[<0;3;4M\e[<0;3;4m'
    check "--mouse: a click on a list row opens that policy" $M wait_for $M "Sections: lithium.com"
    keys $M -l $'\e[<0;40;5M\e[<0;40;5m'
    check "--mouse: a click in the tree focuses it" $M wait_for $M "▶ Sections"
    before=$(screen $M | sed -n 2p | cut -c70-)
    keys $M -l $'\e[<65;90;10M\e[<65;90;10M'
    check "--mouse: the wheel scrolls the text under the pointer, focus stays" $M wait_changed $M 2 "$before" "▶ Sections"
    keys $M Q
else
    fail "--mouse test: browser did not start" $M
fi

# 16. A large corpus loads in the background: a progress bar, and keys answer meanwhile.
mkdir -p "$WORK/many"
for i in $(seq -w 1 600); do
    for f in "$SEEDS"/*.md; do cp "$f" "$WORK/many/copy$i-$(basename "$f")"; done
done
t0=$(now_ms)
start L many 120 40 $ENV "$BIN" "$WORK/many"
check "a 3,000-file corpus shows a loading progress bar" $L wait_for $L "loading ▕"
keys $L '?'
check "? opens the help while the corpus is still loading" $L wait_for_all $L "Keys — q/Esc closes" "loading ▕"
keys $L Escape
if TIMEOUT=120 wait_for $L "Policies (3000)"; then
    pass "the 3,000 policies arrive when loading ends ($(( $(now_ms) - t0 )) ms after spawn)"
else
    fail "the 3,000 policies arrive when loading ends" $L
fi
check "loading ends with a message and no progress bar" $L wait_gone $L "loading ▕"
keys $L Q
status=$(wait_exit many)
[ "${status:-x}" = 0 ] && pass "Q quits after a background load" || fail "Q quits after a background load (status '${status:-running}')" $L

# 17. Compare by keyboard: mark two seeds, open the answer matrix, open a cell's evidence, back.
start X compare 120 40 $ENV "$BIN"
if wait_for $X "Policies (5)"; then
    keys $X Space Space
    check "Space marks two policies" $X wait_for $X "Policies (5)  ✓2"
    keys $X c
    check "c opens the answer matrix of the marked policies" $X wait_for_all $X "Answers: 26 questions × 2 policies" "act-on.com" "jivochat.com"
    check "the matrix fills in as practices are computed" $X wait_gone $X "computing"
    keys $X j j j j
    check "moving onto a cell previews its evidence" $X wait_for_all $X "act-on.com" "· cookies: " "Does it use cookies?"
    keys $X Enter
    check "Enter opens the policy at the evidence, marked" $X wait_for_all $X "cookies: evidence 1/" "match 1/" "▶ Text"
    keys $X Escape
    check "Esc comes back to the matrix where it was" $X wait_for_all $X "Answers: 26 questions × 2 policies" "· cookies: "
    keys $X d
    check "d hides the questions where both agree" $X wait_for $X "differences only"
    keys $X q
    check "q closes the matrix back to the panes" $X wait_for $X "Sections: "
    keys $X Q
    status=$(wait_exit compare)
    [ "${status:-x}" = 0 ] && pass "Q quits from the compare session" || fail "Q quits from the compare session (status '${status:-running}')" $X
else
    fail "compare test: browser did not start" $X
fi

# 18. The search view: S, a word, Enter; a seed's sentence among the results; Enter opens it.
start F search 120 40 $ENV "$BIN"
if wait_for $F "Policies (5)"; then
    keys $F S c o o k i e Enter
    if wait_for_all $F "query: cookie" "Cookies are required to use the Act-On Site."; then
        keys $F Enter
        check "S searches the seeds as you type and Enter opens a result at its sentence" $F wait_for_all $F "result 1/" "match 1/1" "▶ Text"
    else
        fail "S searches the seeds as you type (no result shown)" $F
    fi
    keys $F Q
else
    fail "search test: browser did not start" $F
fi

# 19. Load problems: a folder with one bad file (empty); P lists it, q goes back.
mkdir -p "$WORK/bad" && cp "$SEEDS/act-on.com.md" "$WORK/bad/" && : > "$WORK/bad/broken-policy.md"
start B problems 120 40 $ENV "$BIN" "$WORK/bad"
if wait_for $B "1 problem: P lists it"; then
    keys $B P
    check "P lists the load problems, the bad file's name among them" $B wait_for_all $B "Load problems (1)" "broken-policy.md: empty file, skipped"
    keys $B q
    check "q closes the problems view" $B wait_gone $B "Load problems (1)"
    keys $B Q
else
    fail "problems test: the load did not report its problem" $B
fi

# 20. The timeline: T on pga-v1's Instagram (../shared) shows its 9 versions at once; l steps
#     to the next version and shows what changed; q goes back.
HISTORY="$(cd "$(dirname "$0")/../.." && pwd)/../shared/history/pga-v1/Instagram"
if [ -d "$HISTORY" ]; then
    start L timeline 120 40 $ENV "$BIN" "$HISTORY"
    if wait_for $L "Policies (9)"; then
        keys $L T
        check "T opens the selected document's timeline" $L wait_for_all $L "Timeline: Instagram — Privacy Policy · 9 versions" "collects-contact"
        keys $L l
        check "l steps to the next version and shows its changes" $L wait_for_all $L "2012-04-03  2 of 9" "sections +"
        keys $L q
        check "q closes the timeline" $L wait_gone $L "Timeline: "
        keys $L Q
    else
        fail "timeline test: the browser did not load pga-v1 Instagram" $L
    fi
else
    echo "skip - timeline test: no ../shared/history/pga-v1 beside the repository"
fi

# 21. Trends over pga-v1 (4 documents, 2004-2021): :trends cookies opens at once, counts in the
# background (extracting 49 versions: minutes in a debug build), then Enter lists a bar's documents.
PGA="$(dirname "$0")/../../../shared/history/pga-v1"
if [ -d "$PGA" ]; then
    start R trends 120 40 $ENV "$BIN" --no-store "$PGA"
    if TIMEOUT=120 wait_for $R "Policies (102)"; then
        keys $R : t r e n d s Space c o o k i e s Enter
        check ":trends opens the trends screen at once" $R wait_for $R "Trends: cookies — Does it use cookies?"
        SAVED_TIMEOUT=$TIMEOUT; TIMEOUT=300
        check ":trends counts pga-v1 year by year (2004: 1 document, 2021: 4)" $R wait_for_all $R " 2004     1 " " 2021     4 " "words"
        [ -f "$WORK/trends.status" ] && echo "   (the browser ended: status $(cat "$WORK/trends.status"))"
        TIMEOUT=$SAVED_TIMEOUT
        keys $R Enter
        check "Enter on a bar lists the documents behind it" $R wait_for_all $R "Trends: cookies yes in 2004: 1 of 1 documents" "Facebook — Privacy Policy"
        keys $R Q
    else
        fail "trends test: pga-v1 did not load" $R
    fi
else
    echo "skip - trends over pga-v1 (no ../shared/history/pga-v1)"
fi

# 22. The timeline on a git history (../shared's pga bundle, cloned): Facebook's 492 versions
# open at once; the version before the newest exists only as a git blob: its words and step
# fill in the background, Enter reads it at its changed sentences, d diffs it with the one
# before (both read from git). Loaded with pga-v1, the same document spans 2004-2026.
BUNDLE="$(cd "$(dirname "$0")/../.." && pwd)/../shared/history/pga-versions.bundle"
if [ -f "$BUNDLE" ] && command -v git >/dev/null && git clone -q "$BUNDLE" "$WORK/pga" 2>/dev/null; then
    start G gittimeline 120 40 $ENV "$BIN" "$WORK/pga"
    if TIMEOUT=120 wait_for $G "Policies (134)"; then
        keys $G / "Facebook — Privacy" Enter
        wait_for $G "Policies (1/134)"
        keys $G T
        check "T on a git history opens its 492 versions" $G wait_for $G "Timeline: Facebook — Privacy Policy · 492 versions, 2022-07-11 to 2026-08-22"
        keys $G h
        SAVED_TIMEOUT=$TIMEOUT; TIMEOUT=180
        check "a version that is only a git blob is read: its words and its step fill in" $G wait_for_all $G "2026-07-24  491 of 492 · " " words · sections +" "not loaded"
        TIMEOUT=$SAVED_TIMEOUT
        keys $G Enter
        check "Enter reads the git version at its changed sentences" $G wait_for_all $G "2026-07-24: " "Policies (2/135)"
        keys $G q
        wait_for $G "Timeline: Facebook"
        keys $G d
        check "d diffs the git version with the one before (both read from git)" $G wait_for $G "Versions: Facebook — Privacy Policy@2026-02-25"
        keys $G Q
    else
        fail "git timeline test: the browser did not load the pga clone" $G
    fi
    if [ -d "$PGA" ]; then
        start H twosources 120 40 $ENV "$BIN" "$PGA/Facebook" "$WORK/pga"
        if TIMEOUT=120 wait_for $H "Policies (177)"; then
            keys $H T
            check "pga-v1 and the clone loaded together: one document, 2004-2026" $H wait_for $H "Facebook — Privacy Policy · 535 versions, 2004-06-13 to 2026-08-22"
            keys $H Q
        else
            fail "two-source timeline test: pga-v1 Facebook and the clone did not load" $H
        fi
    fi
else
    echo "skip - git timeline test: no ../shared/history/pga-versions.bundle or no git"
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
