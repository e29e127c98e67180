#!/bin/sh
# The deep classifier against PyTorch on one thread over the same policy sentences, same token
# ids, same weights (the model file, int8 dequantized), medians of RUNS runs; then one 150-ish
# sentence policy classified on 2 threads (wall clock). CPU seconds are the headline numbers
# (the machine is shared); wall seconds are printed beside them.
#
# Usage: Benchmarks/deep/run.sh MODEL.bin [RUNS]   (PYTHON: a Python with tools/deep/requirements.txt)
set -eu
MODEL=$(realpath "$1")
RUNS=${2:-5}
PYTHON=${PYTHON:-python3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
CORPUS=$ROOT/../shared/corpus/policies
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT/Benchmarks"
swift build -c release --product DeepBenchmarks >/dev/null
BIN=$(swift build -c release --show-bin-path)/DeepBenchmarks
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(date -u +%FT%TZ)"
# Five corpus policies' sentences (Swift's sentence splitter), as both sides read them.
"$BIN" sentences "$WORK/texts.jsonl" "$CORPUS/apple.com.md" "$CORPUS/github.com.md" "$CORPUS/netflix.com.md" \
  "$CORPUS/reddit.com.md" "$CORPUS/mullvad.net.md"
"$BIN" tokenize "$MODEL" "$WORK/texts.jsonl" "$WORK/ids.jsonl"
echo "tokenizer, Swift against the Python fast tokenizer on these sentences:"
"$PYTHON" "$ROOT/tools/deep/tokenizer-fixtures.py" --check "$WORK/texts.jsonl" "$WORK/ids.jsonl" | tail -1
echo "one thread, forward pass (pooling and head included), tokens per second:"
echo "  swift openBLAS: $("$BIN" speed "$MODEL" "$WORK/texts.jsonl" "$RUNS" 1 openBLAS)"
echo "  swift plain:    $("$BIN" speed "$MODEL" "$WORK/texts.jsonl" 1 1 swift)"
echo "  pytorch padded: $("$PYTHON" "$HERE/bench_torch.py" "$MODEL" "$WORK/ids.jsonl" --runs "$RUNS" --mode padded)"
echo "  pytorch single: $("$PYTHON" "$HERE/bench_torch.py" "$MODEL" "$WORK/ids.jsonl" --runs "$RUNS" --mode single)"
echo "one policy on 2 threads and on 1 (tokenizing included): google.com (141 sentences), paypal.com's first 150:"
for threads in 2 1; do
  echo "  google.com: $("$BIN" policy "$MODEL" "$CORPUS/google.com.md" 3 $threads)"
  echo "  paypal.com: $("$BIN" policy "$MODEL" "$CORPUS/paypal.com.md" 3 $threads 150)"
done
