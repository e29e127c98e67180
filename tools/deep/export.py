"""Writes a trained checkpoint (train.py's model.safetensors) as policyscope's deep model file.

The file (``PSDM``, docs/DEEP-MODEL.md) holds the encoder config, the categories, the maximum
length, the WordPiece vocabulary and the tensors: int8 with one float32 scale per output row for
the word embeddings and every Linear weight of the encoder (``--precision int8``, the default),
float32 for the rest; ``--precision f32`` keeps everything float32 (tests, measurements).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import format as psdm  # noqa: E402
from train import CATEGORIES, base_model_dir  # noqa: E402

QUANTIZED_SUFFIXES = (
    "attention.self.query.weight",
    "attention.self.key.weight",
    "attention.self.value.weight",
    "attention.output.dense.weight",
    "intermediate.dense.weight",
    "output.dense.weight",
)


def quantized(name: str) -> bool:
    return name == "embeddings.word_embeddings.weight" or (name.startswith("encoder.layer.") and name.endswith(QUANTIZED_SUFFIXES))


def export(checkpoint: Path, config_path: Path, vocab_path: Path, out: Path, precision: str, max_length: int,
           categories: list[str], blend: dict | None) -> dict:
    from safetensors.numpy import load_file

    state = load_file(str(checkpoint))
    config = json.loads(config_path.read_text())
    if config.get("hidden_act", "gelu") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
        raise SystemExit(f"{config_path}: only gelu and absolute positions are supported")
    if max_length > config["max_position_embeddings"]:
        raise SystemExit(f"--max-length {max_length} exceeds the model's {config['max_position_embeddings']} positions")
    vocabulary = vocab_path.read_text(encoding="utf-8").splitlines()
    if len(vocabulary) != config["vocab_size"]:
        raise SystemExit(f"{vocab_path}: {len(vocabulary)} tokens, the config says {config['vocab_size']}")

    tensors: list[tuple[str, np.ndarray]] = []
    worst = 0.0
    for key in sorted(state):
        if key.startswith("encoder.pooler."):
            continue
        name = key.removeprefix("encoder.") if key.startswith("encoder.") else key
        array = state[key].astype(np.float32)
        if name == "embeddings.position_ids":
            continue
        if name == "embeddings.position_embeddings.weight":
            array = array[:max_length]
        if precision == "int8" and quantized(name):
            values, scales = psdm.quantize_rows(array)
            worst = max(worst, float(np.abs(psdm.dequantize_rows(values, scales) - array).max()))
            tensors += [(name, values), (name + ".scale", scales)]
        else:
            tensors.append((name, array))
    if "head.weight" not in state or state["head.weight"].shape[0] != len(categories):
        raise SystemExit(f"{checkpoint}: no head.weight with {len(categories)} rows")
    tensors.append(("vocab", np.frombuffer("\n".join(vocabulary).encode("utf-8"), dtype=np.uint8)))

    metadata = {
        "format": "policyscope deep model",
        "source": hashlib.sha256(checkpoint.read_bytes()).hexdigest(),
        "precision": precision,
        "maxLength": max_length,
        "categories": categories,
        "config": {
            "vocabSize": config["vocab_size"],
            "hidden": config["hidden_size"],
            "layers": config["num_hidden_layers"],
            "heads": config["num_attention_heads"],
            "intermediate": config["intermediate_size"],
            "positions": max_length,
            "layerNormEps": config.get("layer_norm_eps", 1e-12),
        },
        "tokenizer": {"lowercase": True, "maxInputCharsPerWord": 100},
    }
    if blend is not None:
        metadata["blend"] = blend
    size = psdm.write(out, metadata, tensors)
    return {"out": str(out), "bytes": size, "precision": precision, "max_abs_quantization_error": worst, "source": metadata["source"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path, help="train.py's model.safetensors")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--precision", choices=["int8", "f32"], default="int8")
    parser.add_argument("--max-length", type=int, default=256, help="tokens incl. [CLS]/[SEP], as in training")
    parser.add_argument("--config", type=Path, help="BERT config.json (default: the base model's)")
    parser.add_argument("--vocab", type=Path, help="vocab.txt (default: the base model's)")
    parser.add_argument("--blend-weight", type=float, help="the linear model's weight w in w*p_linear + (1-w)*p_deep")
    parser.add_argument("--threshold", type=float, help="the blend's decision threshold")
    parser.add_argument("--blend-json", type=Path, help="blend.py's output: its weight, threshold and per-category choice if kept")
    args = parser.parse_args()
    if (args.blend_weight is None) != (args.threshold is None):
        parser.error("--blend-weight and --threshold go together")
    if args.blend_json and args.blend_weight is not None:
        parser.error("--blend-json or --blend-weight/--threshold, not both")
    blend = None if args.blend_weight is None else {"linearWeight": args.blend_weight, "threshold": args.threshold}
    if args.blend_json:
        chosen = json.loads(args.blend_json.read_text())
        blend = {"linearWeight": chosen["linearWeight"], "threshold": chosen["threshold"]}
        if "perCategory" in chosen:
            blend["perCategory"] = chosen["perCategory"]
    config = args.config or base_model_dir() / "config.json"
    vocab = args.vocab or base_model_dir() / "vocab.txt"
    print(json.dumps(export(args.checkpoint, config, vocab, args.out, args.precision, args.max_length, CATEGORIES, blend)))


if __name__ == "__main__":
    main()
