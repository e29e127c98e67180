"""Chooses the blend of the linear and the deep classifier by cross-validation on Majority train.

For each of the folds that `train.py --fold K` held out, the linear model is trained on the
other folds (`policyscope model train --exclude`) and scores the held-out segments
(`policyscope classify`); the deep model's held-out probabilities come from that run's
`heldout.tsv`. The blend `p = w * linear + (1 - w) * deep`, assigned when `p >= t` (a segment
with no category takes its best one), is chosen on the pooled out-of-fold scores: the (w, t)
with the highest micro-F1, ties to the higher macro-F1. Majority validation is never read.

How well that choice generalises is estimated by nested cross-validation over the same
out-of-fold scores: (w, t) chosen on two folds' segments, scored on the third, pooled. The same
is done for a rule with a weight and a threshold per category (``--per-category`` keeps it when
its nested estimate is the better one).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import CATEGORIES, DATA, fold_of, load_segments, micro_macro  # noqa: E402


def write_csv(path: Path, segments: list[tuple[str, set[int]]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for text, labels in segments:
            for label in sorted(labels):
                writer.writerow([text, CATEGORIES[label]])


def linear_scores(binary: str, train_csv: Path, held: list[tuple[str, set[int]]], seed: int, work: Path) -> np.ndarray:
    held_csv = work / "held.csv"
    model = work / "linear.bin"
    write_csv(held_csv, held)
    subprocess.run(
        [binary, "model", "train", "--train", str(train_csv), "--exclude", str(held_csv),
         "--validation", str(held_csv), "--out", str(model), "--seed", str(seed)],
        check=True, stdout=subprocess.DEVNULL)
    lines = "".join(json.dumps({"text": text}) + "\n" for text, _ in held)
    result = subprocess.run([binary, "classify", "--model", str(model)], input=lines, text=True,
                            capture_output=True, check=True)
    rows = [json.loads(line)["scores"] for line in result.stdout.splitlines()]
    return np.array([[row.get(name, 0.0) for name in CATEGORIES] for row in rows], dtype=np.float64)


WEIGHTS = np.round(np.arange(0.0, 1.0001, 0.05), 2)
THRESHOLDS = np.round(np.arange(0.20, 0.7001, 0.01), 2)


def choose_global(linear: np.ndarray, deep: np.ndarray, truth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One (w, t) for every category: the best micro-F1, ties to macro-F1."""
    best = max(((micro_macro(w * linear + (1 - w) * deep, truth, t)[:2], w, t) for w in WEIGHTS for t in THRESHOLDS),
               key=lambda item: item[0])
    count = linear.shape[1]
    return np.full(count, best[1]), np.full(count, best[2])


def choose_per_category(linear: np.ndarray, deep: np.ndarray, truth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A (w, t) per category, each the best F1 of its own category."""
    weights, thresholds = [], []
    for c in range(linear.shape[1]):
        best = (-1.0, 0.0, 0.5)
        for w in WEIGHTS:
            p = w * linear[:, c] + (1 - w) * deep[:, c]
            for t in THRESHOLDS:
                chosen = p >= t
                tp = float((chosen & truth[:, c]).sum())
                f1 = 2 * tp / (chosen.sum() + truth[:, c].sum()) if chosen.sum() + truth[:, c].sum() else 0.0
                if f1 > best[0]:
                    best = (f1, float(w), float(t))
        weights.append(best[1])
        thresholds.append(best[2])
    return np.array(weights), np.array(thresholds)


def decide(linear: np.ndarray, deep: np.ndarray, weights: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Scores on the 0.5-boundary scale (as DeepBlend.scores), so that one threshold, 0.5, and
    the argmax fallback apply as in Swift."""
    p = weights * linear + (1 - weights) * deep
    return np.where(p < thresholds, 0.5 * p / thresholds, 0.5 + 0.5 * (p - thresholds) / (1 - thresholds))


def nested(linear, deep, truth, folds, count, choose) -> tuple[float, float]:
    """Micro and macro F1 of `choose` fitted on the other folds' out-of-fold scores, pooled."""
    scores = np.zeros_like(linear)
    for k in range(count):
        fit, held = folds != k, folds == k
        weights, thresholds = choose(linear[fit], deep[fit], truth[fit])
        scores[held] = decide(linear[held], deep[held], weights, thresholds)
    micro, macro, _ = micro_macro(scores, truth, 0.5)
    return round(micro, 4), round(macro, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policyscope", required=True, help="the policyscope binary (release build)")
    parser.add_argument("--runs", type=Path, required=True, help="folder holding the fold runs 0, 1, ...")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=115)
    parser.add_argument("--out", type=Path, required=True, help="where to write the chosen blend (JSON)")
    parser.add_argument("--cache", type=Path, help="keep the out-of-fold scores here (.npz) and read them back when there")
    parser.add_argument("--per-category", action="store_true",
                        help="write per-category weights and thresholds when their nested CV estimate beats one (w, t)")
    args = parser.parse_args()

    train_csv = DATA / "majority-train.csv"
    segments = load_segments(train_csv)
    folds = fold_of(len(segments), args.folds, args.seed)
    truth = np.zeros((len(segments), len(CATEGORIES)), dtype=bool)
    for row, (_, labels) in enumerate(segments):
        truth[row, sorted(labels)] = True
    if args.cache and args.cache.exists():
        cached = np.load(args.cache)
        linear, deep = cached["linear"], cached["deep"]
    else:
        linear = np.zeros((len(segments), len(CATEGORIES)))
        deep = np.full((len(segments), len(CATEGORIES)), np.nan)
        with tempfile.TemporaryDirectory() as scratch:
            for fold in range(args.folds):
                rows = [i for i, f in enumerate(folds) if f == fold]
                linear[rows] = linear_scores(args.policyscope, train_csv, [segments[i] for i in rows], args.seed, Path(scratch))
                for line in (args.runs / str(fold) / "heldout.tsv").read_text().splitlines():
                    fields = line.split("\t")
                    deep[int(fields[0])] = [float(value) for value in fields[1:]]
        if np.isnan(deep).any():
            raise SystemExit("some segments have no held-out deep probabilities: are all fold runs complete?")
        if args.cache:
            np.savez(args.cache, linear=linear, deep=deep)
    fold_array = np.array(folds)

    results = []
    for weight in np.round(np.arange(0.0, 1.0001, 0.05), 2):
        blended = weight * linear + (1 - weight) * deep
        for threshold in np.round(np.arange(0.20, 0.7001, 0.01), 2):
            micro, macro, per_class = micro_macro(blended, truth, threshold)
            results.append((micro, macro, float(weight), float(threshold), per_class))
    results.sort(key=lambda item: (item[0], item[1]), reverse=True)
    micro, macro, weight, threshold, per_class = results[0]

    def best_for(weight_value: float) -> tuple[float, float, float]:
        candidates = [item for item in results if item[2] == weight_value]
        return candidates[0][0], candidates[0][1], candidates[0][3]

    nested_global = nested(linear, deep, truth, fold_array, args.folds, choose_global)
    nested_per_category = nested(linear, deep, truth, fold_array, args.folds, choose_per_category)
    weights, thresholds = choose_per_category(linear, deep, truth)
    per_category_wins = nested_per_category[0] > nested_global[0]
    report = {
        "linearWeight": weight,
        "threshold": threshold,
        "cvMicroF1": round(micro, 4),
        "cvMacroF1": round(macro, 4),
        "cvPerClassF1": {name: round(value, 4) for name, value in zip(CATEGORIES, per_class)},
        "linearAloneCV": dict(zip(("micro", "macro", "threshold"), best_for(1.0))),
        "deepAloneCV": dict(zip(("micro", "macro", "threshold"), best_for(0.0))),
        "linearAt0.5CV": dict(zip(("micro", "macro"), micro_macro(linear, truth, 0.5)[:2])),
        "nestedCV": {"global": dict(zip(("micro", "macro"), nested_global)),
                     "perCategory": dict(zip(("micro", "macro"), nested_per_category))},
        "perCategoryChoice": {"linearWeights": [float(w) for w in weights], "thresholds": [float(t) for t in thresholds]},
        "folds": args.folds,
        "seed": args.seed,
    }
    if args.per_category and per_category_wins:
        report["perCategory"] = report["perCategoryChoice"]
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
