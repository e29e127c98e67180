#!/bin/sh
# Trains the final deep model on Majority train (train.py, seeded; about half an hour on 2
# cores) and exports it, int8, to Resources/model/opp115-deep.bin with the blend parameters
# chosen by cross-validation: BLEND_WEIGHT and BLEND_THRESHOLD, or else $OUT/../blend.json that
# cross-validate.sh wrote (its per-category choice included when it kept one; no blend when
# neither is there).
# PYTHON: a Python with tools/deep/requirements.txt. OUT: the training folder.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
OUT=${OUT:-.build/deep/final}
"$PYTHON" tools/deep/train.py --out "$OUT"
set --
BLEND_JSON=$(dirname "$OUT")/blend.json
if [ -n "${BLEND_WEIGHT:-}" ]; then
  set -- --blend-weight "$BLEND_WEIGHT" --threshold "$BLEND_THRESHOLD"
elif [ -f "$BLEND_JSON" ]; then
  set -- --blend-json "$BLEND_JSON"
fi
"$PYTHON" tools/deep/export.py "$OUT/model.safetensors" --precision int8 --max-length 256 \
  --out Resources/model/opp115-deep.bin "$@"
