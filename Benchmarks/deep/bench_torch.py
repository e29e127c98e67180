"""PyTorch's side of Benchmarks/deep/run.sh: the same model file and the same token ids, one thread.

Modes: ``padded`` (sorted by length, batches of ``--batch`` padded to their longest, attention
masked: train.py's ``predict``) and ``single`` (one sequence at a time, no padding). Prints one
JSON line: medians over ``--runs`` of CPU and wall seconds, tokens (real, not padding) per second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "deep"
sys.path.insert(0, str(TOOLS))
import format as psdm  # noqa: E402
from golden import bert_from_file  # noqa: E402


def run(encoder, head, ids: list[list[int]], mode: str, batch: int) -> None:
    if mode == "single":
        for sequence in ids:
            tensor = torch.tensor([sequence])
            head(encoder(input_ids=tensor, attention_mask=torch.ones_like(tensor)).last_hidden_state.mean(1))
        return
    order = sorted(range(len(ids)), key=lambda index: len(ids[index]))
    for start in range(0, len(order), batch):
        rows = [ids[index] for index in order[start : start + batch]]
        width = max(len(row) for row in rows)
        tensor = torch.zeros((len(rows), width), dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for slot, row in enumerate(rows):
            tensor[slot, : len(row)] = torch.tensor(row)
            mask[slot, : len(row)] = 1
        states = encoder(input_ids=tensor, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).to(states.dtype)
        head((states * weights).sum(1) / weights.sum(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("ids", type=Path, help="one JSON array of token ids a line")
    parser.add_argument("--mode", choices=["padded", "single"], default="padded")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)
    metadata, tensors = psdm.read(args.model)
    encoder, head = bert_from_file(metadata, tensors)
    encoder.eval()
    ids = [json.loads(line) for line in args.ids.read_text().splitlines()]
    tokens = sum(len(row) for row in ids)
    cpu, wall = [], []
    with torch.inference_mode():
        run(encoder, head, ids[:64], args.mode, args.batch)  # warm-up
        for _ in range(args.runs):
            c, w = time.process_time(), time.perf_counter()
            run(encoder, head, ids, args.mode, args.batch)
            cpu.append(time.process_time() - c)
            wall.append(time.perf_counter() - w)
    c, w = statistics.median(cpu), statistics.median(wall)
    print(json.dumps({"mode": args.mode, "batch": args.batch, "texts": len(ids), "tokens": tokens, "runs": args.runs,
                      "forwardCPUSeconds": c, "forwardWallSeconds": w, "tokensPerCPUSecond": tokens / c,
                      "tokensPerSecond": tokens / w, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
