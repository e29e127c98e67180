"""Golden logits for the Swift deep model tests: fixed texts -> token ids -> PyTorch logits.

The model is read back from a deep model file (format.py), its int8 weights dequantized as
Swift dequantizes them, and run by transformers' BertModel, so the Swift forward pass must match
``logits`` to float rounding whatever the file's precision. ``--checkpoint`` adds
``checkpointLogits`` from the unquantized checkpoint (what int8 costs) and reports both gaps.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import format as psdm  # noqa: E402

TEXTS = [
    "We collect your e-mail address when you register.",
    "We DO NOT sell personal information to third parties; we may share it with service providers.",
    "Cookies (and similar technologies) help us remember you: see www.example.com/privacy#cookies.",
    "Café résumé naïve façade — accents are stripped: ÉCOLE, Ångström, Straße.",
    "中文 text and 日本語 mixed with English, plus emoji 😀 and symbols $100 <b>bold</b>.",
    "Control\u0007chars\u200bzero\u00a0width\ttab\nnewline\r\n and \ufffd replacement.",
    "",
    "   ",
    "a",
    "Supercalifragilisticexpialidocious" * 4,
    "If you have questions, contact us at privacy@example.com or call +1 (555) 010-9999.",
    "Children under 13 may not use the service. We retain data for 30 days, then delete it.",
    "We honour Do Not Track signals. " * 30,
    "İstanbul ΣΊΣΥΦΟΣ Ωmega ǅungla ﬁnance ⅷ ①",
]


def bert_from_file(metadata: dict, tensors: dict[str, np.ndarray]):
    from transformers import BertConfig, BertModel

    c = metadata["config"]
    config = BertConfig(vocab_size=c["vocabSize"], hidden_size=c["hidden"], num_hidden_layers=c["layers"],
                        num_attention_heads=c["heads"], intermediate_size=c["intermediate"],
                        max_position_embeddings=c["positions"], layer_norm_eps=c["layerNormEps"], hidden_act="gelu")
    encoder = BertModel(config, add_pooling_layer=False)
    state = {}
    for name, array in tensors.items():
        if name == "vocab" or name.endswith(".scale") or name.startswith("head."):
            continue
        if array.dtype == np.int8:
            array = psdm.dequantize_rows(array, tensors[name + ".scale"])
        state[name] = torch.from_numpy(np.array(array, dtype=np.float32))
    missing, unexpected = encoder.load_state_dict(state, strict=False)
    missing = [name for name in missing if not name.endswith("position_ids")]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    head = torch.nn.Linear(c["hidden"], len(metadata["categories"]))
    head.load_state_dict({"weight": torch.from_numpy(np.array(tensors["head.weight"])), "bias": torch.from_numpy(np.array(tensors["head.bias"]))})
    return encoder, head


def logits(encoder, head, ids: list[list[int]]) -> np.ndarray:
    """One sequence at a time (no padding), mean pooling over its tokens, the head."""
    encoder.eval()
    rows = []
    with torch.no_grad():
        for sequence in ids:
            tensor = torch.tensor([sequence])
            states = encoder(input_ids=tensor, attention_mask=torch.ones_like(tensor)).last_hidden_state
            rows.append(head(states.mean(1))[0].numpy())
    return np.stack(rows).astype(np.float64)


def tokenize(vocabulary: list[str], texts: list[str], max_length: int) -> list[list[int]]:
    from tokenizers import BertWordPieceTokenizer

    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(vocabulary) + "\n")
    tokenizer = BertWordPieceTokenizer(handle.name, lowercase=True, clean_text=True, handle_chinese_chars=True)
    tokenizer.enable_truncation(max_length)
    return [encoding.ids for encoding in tokenizer.encode_batch(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a deep model file (export.py)")
    parser.add_argument("--checkpoint", type=Path, help="the checkpoint it was exported from")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    torch.manual_seed(0)
    metadata, tensors = psdm.read(args.model)
    vocabulary = bytes(tensors["vocab"]).decode("utf-8").split("\n")
    ids = tokenize(vocabulary, TEXTS, metadata["maxLength"])
    encoder, head = bert_from_file(metadata, tensors)
    result = {"model": args.model.name, "source": metadata["source"], "precision": metadata["precision"],
              "texts": TEXTS, "ids": ids, "logits": logits(encoder, head, ids).round(6).tolist()}
    report = {"out": str(args.out)}
    if args.checkpoint:
        from safetensors.torch import load_file
        from transformers import BertModel

        state = load_file(str(args.checkpoint))
        original, original_head = bert_from_file(metadata, tensors)
        positions = metadata["config"]["positions"]
        weights = {k.removeprefix("encoder."): v for k, v in state.items() if k.startswith("encoder.")}
        weights["embeddings.position_embeddings.weight"] = weights["embeddings.position_embeddings.weight"][:positions]
        original.load_state_dict(weights, strict=False)
        checkpoint_logits = logits(original, original_head, ids)
        result["checkpointLogits"] = checkpoint_logits.round(6).tolist()
        report["max_abs_file_vs_checkpoint"] = float(np.abs(np.array(result["logits"]) - checkpoint_logits).max())
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=None) + "\n", encoding="utf-8")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
