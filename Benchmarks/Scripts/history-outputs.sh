#!/usr/bin/env bash
# Writes `policyscope history` in every format for the documents whose comparisons matter most
# (Facebook's 492 versions in the pga clone, a few other long histories, every pga-v1 document,
# and pga-v1 with the clone loaded together), so that a change to diffing or extraction can be
# checked byte for byte: run it with the old and the new binary, then `diff -r OLD NEW`.
# Usage: history-outputs.sh POLICYSCOPE_BINARY OUTDIR PGA_CLONE [PGA_V1]
# (PGA_CLONE: `git clone ../shared/history/pga-versions.bundle DIR`). Every run uses --no-store.
set -uo pipefail
bin=$1 out=$2 clone=$3
v1=${4:-"$(cd "$(dirname "$0")/../../.." && pwd)/shared/history/pga-v1"}
mkdir -p "$out"

# run NAME ARGS...: stdout, the exit status, and stderr without its timing lines.
run() {
  local name=$1; shift
  nice "$bin" history "$@" --no-store >"$out/$name.out" 2>"$out/$name.err.raw"
  echo "$?" >"$out/$name.rc"
  grep -v ' in [0-9.]* s' "$out/$name.err.raw" >"$out/$name.err"; rm -f "$out/$name.err.raw"
}

for fmt in json csv text; do run "fb-$fmt" 'Facebook — Privacy Policy' "$clone" --format "$fmt"; done
run "fb-hide-technical-json" 'Facebook — Privacy Policy' "$clone" --format json --hide-technical
for doc in 'Instagram — Privacy Policy' 'Facebook — Community Guidelines' 'Instagram — Terms of Service'; do
  run "clone-${doc// /_}-json" "$doc" "$clone" --format json
done
for doc in Facebook Instagram Twitter YouTube; do
  for fmt in json csv text; do run "v1-$doc-$fmt" "$doc — Privacy Policy" "$v1" --format "$fmt"; done
done
run "v1-and-clone-fb-json" 'Facebook — Privacy Policy' "$v1" "$clone" --format json
