"""Chooses the blend of the linear and the deep classifier by cross-validation on Majority train.

For each of the folds that `train.py --fold K` held out, the linear model is trained on the
other folds (`policyscope model train --exclude`) and scores the held-out segments
(`policyscope classify`); the deep model's held-out probabilities come from that run's
`heldout.tsv`. The blend `p = w * linear + (1 - w) * deep`, assigned when `p >= t` (a segment
with no category takes its best one), is chosen on the pooled out-of-fold scores: the (w, t)
with the highest micro-F1, ties to the higher macro-F1. Majority validation is never read.

How well that choice generalises is estimated by nested cross-validation over the same
out-of-fold scores: (w, t) chosen on two folds' segments, scored on the third, pooled. The same
is done for the rule with that weight and a threshold per category, tuned jointly for micro-F1
(``--per-category`` keeps it only when its nested micro-F1 is higher by more than one bootstrap
standard error: the simpler rule otherwise).
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


def choose_per_category(linear: np.ndarray, deep: np.ndarray, truth: np.ndarray, sweeps: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """The single rule's weight, and a threshold per category tuned jointly for micro-F1 (as the
    linear model tunes its own): coordinate ascent from the single threshold, `sweeps` passes,
    ties kept at the current value."""
    weights, thresholds = choose_global(linear, deep, truth)
    best = micro_macro(decide(linear, deep, weights, thresholds), truth, 0.5)[:2]
    for _ in range(sweeps):
        for c in range(linear.shape[1]):
            for t in THRESHOLDS:
                trial = thresholds.copy()
                trial[c] = t
                score = micro_macro(decide(linear, deep, weights, trial), truth, 0.5)[:2]
                if score > best:
                    best, thresholds = score, trial
    return weights, thresholds


def decide(linear: np.ndarray, deep: np.ndarray, weights: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Scores on the 0.5-boundary scale (as DeepBlend.scores), so that one threshold, 0.5, and
    the argmax fallback apply as in Swift."""
    p = weights * linear + (1 - weights) * deep
    return np.where(p < thresholds, 0.5 * p / thresholds, 0.5 + 0.5 * (p - thresholds) / (1 - thresholds))


def nested_scores(linear, deep, truth, folds, count, choose) -> np.ndarray:
    """Each segment's scores by `choose` fitted on the other folds' out-of-fold scores."""
    scores = np.zeros_like(linear)
    for k in range(count):
        fit, held = folds != k, folds == k
        weights, thresholds = choose(linear[fit], deep[fit], truth[fit])
        scores[held] = decide(linear[held], deep[held], weights, thresholds)
    return scores


def nested(linear, deep, truth, folds, count, choose) -> tuple[float, float]:
    """Micro and macro F1 of `choose` fitted on the other folds' out-of-fold scores, pooled."""
    micro, macro, _ = micro_macro(nested_scores(linear, deep, truth, folds, count, choose), truth, 0.5)
    return round(micro, 4), round(macro, 4)


def micro_gain(better: np.ndarray, base: np.ndarray, truth: np.ndarray, seed: int, rounds: int = 1000) -> tuple[float, float]:
    """Micro-F1 of `better` minus that of `base` (both nested scores), and the difference's
    standard error over bootstrap resamples of the segments."""
    rng = np.random.default_rng(seed)
    gains = []
    for _ in range(rounds):
        rows = rng.integers(0, len(truth), len(truth))
        gains.append(micro_macro(better[rows], truth[rows], 0.5)[0] - micro_macro(base[rows], truth[rows], 0.5)[0])
    gain = micro_macro(better, truth, 0.5)[0] - micro_macro(base, truth, 0.5)[0]
    return round(float(gain), 4), round(float(np.std(gains)), 4)


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

    global_scores = nested_scores(linear, deep, truth, fold_array, args.folds, choose_global)
    per_category_scores = nested_scores(linear, deep, truth, fold_array, args.folds, choose_per_category)
    nested_global = tuple(round(value, 4) for value in micro_macro(global_scores, truth, 0.5)[:2])
    nested_per_category = tuple(round(value, 4) for value in micro_macro(per_category_scores, truth, 0.5)[:2])
    gain, gain_error = micro_gain(per_category_scores, global_scores, truth, args.seed)
    weights, thresholds = choose_per_category(linear, deep, truth)
    # The simpler rule unless the per-category one is better by more than one standard error.
    per_category_wins = gain > gain_error
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
                     "perCategory": dict(zip(("micro", "macro"), nested_per_category)),
                     "perCategoryMicroGain": gain, "gainStandardError": gain_error},
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
