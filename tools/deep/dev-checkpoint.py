"""Development checkpoints in train.py's layout, made in seconds, never trained.

``base``: the base all-MiniLM-L6-v2 encoder with a seeded random head (the real model's shape
and speed). ``tiny``: a seeded random 2-layer BERT (hidden 32, 2 heads, intermediate 64) over
a small vocabulary, with its config.json and vocab.txt, for the CI fixtures (golden.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import CATEGORIES, base_model_dir  # noqa: E402

# Pieces the tiny vocabulary keeps besides the special tokens: every single character the
# golden texts need (as a word start and as ##continuation) and some whole words.
TINY_WORDS = (
    "we the you your data information personal collect share use third party parties may and or of to "
    "with for cookies privacy policy not do track retain delete access security children contact us "
    "change changes email address account opt out"
).split()


def tiny_vocabulary() -> list[str]:
    characters = list("abcdefghijklmnopqrstuvwxyz0123456789") + list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
    vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + characters + ["##" + c for c in characters[:36]]
    vocabulary += ["##ing", "##ed", "##s", "##tion", "é", "中", "文"]
    vocabulary += [word for word in TINY_WORDS if word not in vocabulary]
    return vocabulary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["base", "tiny"])
    parser.add_argument("--out", type=Path, required=True, help="folder: model.safetensors (+ config.json, vocab.txt for tiny)")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()

    from safetensors.torch import save_file
    from transformers import BertConfig, BertModel

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train import Classifier

    args.out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(args.seed)
    if args.kind == "base":
        encoder = BertModel.from_pretrained(str(base_model_dir()), add_pooling_layer=False)
    else:
        vocabulary = tiny_vocabulary()
        config = BertConfig(vocab_size=len(vocabulary), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                            intermediate_size=64, max_position_embeddings=64, hidden_act="gelu", layer_norm_eps=1e-12)
        encoder = BertModel(config, add_pooling_layer=False)
        with torch.no_grad():  # LayerNorms away from identity, so the test checks them
            for name, parameter in encoder.named_parameters():
                if "LayerNorm" in name:
                    parameter.add_(torch.randn_like(parameter) * 0.1)
        (args.out / "vocab.txt").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
        (args.out / "config.json").write_text(json.dumps(config.to_dict(), indent=1) + "\n")
    model = Classifier(encoder, encoder.config.hidden_size, len(CATEGORIES))
    state = {name: tensor.detach().contiguous() for name, tensor in model.state_dict().items()}
    save_file(state, str(args.out / "model.safetensors"))
    print(f"{args.out / 'model.safetensors'}: {sum(t.numel() for t in state.values())} parameters")


if __name__ == "__main__":
    main()
