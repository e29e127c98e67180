"""Scores a deep model file alone (no blend) on an OPP-115 CSV in PyTorch: micro, macro and per-class F1.

The file's weights are read as Swift reads them (int8 dequantized), so comparing an int8 and an
f32 export of one checkpoint measures what int8 costs. A category is assigned at probability >=
THRESHOLD (default 0.5, fixed: nothing is tuned here); a segment with none takes its best one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import format as psdm  # noqa: E402
from golden import bert_from_file, logits, tokenize  # noqa: E402
from train import CATEGORIES, load_segments, micro_macro  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--data", type=Path, required=True, help="an OPP-115 CSV")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--probabilities", type=Path, help="also write each segment's probabilities (TSV)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    metadata, tensors = psdm.read(args.model)
    encoder, head = bert_from_file(metadata, tensors)
    vocabulary = bytes(tensors["vocab"]).decode("utf-8").split("\n")
    segments = load_segments(args.data)
    ids = tokenize(vocabulary, [text for text, _ in segments], metadata["maxLength"])
    probabilities = 1 / (1 + np.exp(-logits(encoder, head, ids)))
    truth = np.zeros(probabilities.shape, dtype=bool)
    for row, (_, labels) in enumerate(segments):
        truth[row, sorted(labels)] = True
    micro, macro, per_class = micro_macro(probabilities, truth, args.threshold)
    if args.probabilities:
        np.savetxt(args.probabilities, probabilities, fmt="%.6f", delimiter="\t")
    print(json.dumps({"model": str(args.model), "precision": metadata["precision"], "segments": len(segments),
                      "threshold": args.threshold, "microF1": round(micro, 4), "macroF1": round(macro, 4),
                      "classes": {name: round(value, 4) for name, value in zip(CATEGORIES, per_class)}}, indent=2))


if __name__ == "__main__":
    main()
