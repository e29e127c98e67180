#!/bin/sh
# Chooses the blend of the linear and the deep model by 3-fold cross-validation on Majority
# train (never validation): trains the deep model on each two folds (train.py --fold K; about
# 20 minutes each on 2 idle cores; a stopped run resumes from its resume point), then
# blend.py trains the linear model on the same folds and picks (w, t) on the pooled held-out
# scores, and a weight and threshold per category when nested CV says they generalise better.
# Writes $OUT/blend.json, which make-model.sh exports into the model file.
# PYTHON: a Python with tools/deep/requirements.txt. OUT: the training folder.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
OUT=${OUT:-.build/deep}
swift build -c release --product policyscope
for fold in 0 1 2; do
  [ -f "$OUT/$fold/summary.json" ] || "$PYTHON" tools/deep/train.py --fold "$fold" --out "$OUT/$fold"
done
"$PYTHON" tools/deep/blend.py --policyscope .build/release/policyscope --runs "$OUT" --out "$OUT/blend.json" --per-category
