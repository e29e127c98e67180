#!/usr/bin/env bash
# Writes every CLI output format for the seeds and ../shared/corpus into OUTDIR, so that a
# refactor can be checked byte for byte: run it before and after, then `diff -r BEFORE AFTER`.
# Usage: tests/dump/cli-dump.sh POLICYSCOPE_BINARY OUTDIR [CORPUS_DIR]
# Run both binaries from the same path (copy each, with its .resources folder, to one place):
# `list --format json` prints the seeds' paths inside the bundle.
set -uo pipefail
bin=$1 out=$2
corpus=${3:-"$(cd "$(dirname "$0")/../.." && pwd)/../shared/corpus/policies"}
pga="$(dirname "$corpus")/../history/pga-v1/Facebook/Privacy Policy"
mkdir -p "$out"

# run NAME ARGS...: stdout, stderr and the exit status of one command.
run() {
  local name=$1; shift
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo "$?" >"$out/$name.rc"
}

run "help" --help
for cmd in list outline show browse search classify practices compare diff model; do run "help-$cmd" "$cmd" --help; done

seeds=(act-on.com jivochat.com lithium.com losant.com salesforce.com)
for fmt in table json; do run "seeds-list-$fmt" list --format "$fmt"; done
for s in "${seeds[@]}"; do
  for fmt in text json; do
    run "seeds-outline-$s-$fmt" outline "$s" --format "$fmt"
    run "seeds-show-$s-$fmt" show "$s" --format "$fmt"
    run "seeds-practices-$s-$fmt" practices "$s" --format "$fmt"
  done
  run "seeds-show-$s-section0" show "$s" --section 0
  run "seeds-show-$s-section3" show "$s" --section 3
done
for fmt in table json csv markdown; do
  run "seeds-compare-$fmt" compare --all --format "$fmt"
  run "seeds-compare-diffonly-$fmt" compare --all --differences-only --format "$fmt"
  run "seeds-compare-questions-$fmt" compare lithium.com act-on.com --questions sells-data,cookies,retention --format "$fmt"
done
for fmt in text json; do
  run "seeds-diff-$fmt" diff lithium.com act-on.com --format "$fmt"
  for q in 'retention' '"third parties" -advertising' 'shar* OR sell category:sharing' 'answer:sells-data=no cookies' 'domain:*.com year:2000..2030 email'; do
    key=$(printf '%s' "$q" | tr -c 'a-zA-Z0-9' '_')
    run "seeds-search-$key-$fmt" search "$q" --format "$fmt"
  done
  run "seeds-search-sections-$fmt" search --sections retention --format "$fmt"
done
run "seeds-search-syntax-error" search '"open'

if [ -d "$corpus" ]; then
  for fmt in table json; do run "corpus-list-$fmt" list "$corpus" --format "$fmt"; done
  for f in "$corpus"/*.md; do
    d=$(basename "$f" .md)
    for fmt in text json; do
      run "corpus-outline-$d-$fmt" outline "$f" --format "$fmt"
      run "corpus-show-$d-$fmt" show "$f" --format "$fmt"
      run "corpus-practices-$d-$fmt" practices "$f" --format "$fmt"
    done
  done
  for fmt in table json csv markdown; do
    run "corpus-compare-$fmt" compare --all "$corpus" --format "$fmt"
  done
  for fmt in text json; do
    run "corpus-diff-$fmt" diff "$corpus/facebook.com.md" "$corpus/linkedin.com.md" --format "$fmt"
    run "corpus-search-$fmt" search 'sell* category:sharing' "$corpus" --format "$fmt"
    run "corpus-search-answer-$fmt" search 'answer:do-not-track=yes tracking' "$corpus" --format "$fmt"
    if [ -d "$pga" ]; then
      run "pga-diff-$fmt" diff "$pga/20040613_Facebook_PrivacyPolicy.md" "$pga/20061007_Facebook_PrivacyPolicy.md" --format "$fmt"
    fi
  done
fi
echo "cli-dump: $(ls "$out" | wc -l) files in $out"
