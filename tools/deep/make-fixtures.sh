#!/bin/sh
# Regenerates Tests/PolicyDeepTests/Fixtures: the tiny random model (float32 and int8), its
# golden logits, and the tokenizer fixtures. PYTHON: a Python with tools/deep/requirements.txt.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
FIXTURES=Tests/PolicyDeepTests/Fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" tools/deep/dev-checkpoint.py tiny --out "$WORK/tiny"
for precision in f32 int8; do
  "$PYTHON" tools/deep/export.py "$WORK/tiny/model.safetensors" --config "$WORK/tiny/config.json" \
    --vocab "$WORK/tiny/vocab.txt" --max-length 64 --precision $precision --out "$FIXTURES/tiny-$precision.bin"
  "$PYTHON" tools/deep/golden.py "$FIXTURES/tiny-$precision.bin" --checkpoint "$WORK/tiny/model.safetensors" \
    --out "$FIXTURES/tiny-$precision.golden.json"
done
"$PYTHON" tools/deep/tokenizer-fixtures.py
# The int8 tiny model with blend parameters, for the CLI's deep path.
"$PYTHON" tools/deep/export.py "$WORK/tiny/model.safetensors" --config "$WORK/tiny/config.json" \
  --vocab "$WORK/tiny/vocab.txt" --max-length 64 --blend-weight 0.5 --threshold 0.45 --out "$FIXTURES/tiny-blend.bin"
