"""The deep model file (``PSDM``), shared by export.py and golden.py; docs/DEEP-MODEL.md describes it.

Layout: ``b"PSDM"``, a little-endian u32 version (1), a u64 length of the JSON metadata, the
metadata (UTF-8), zero padding to a multiple of 64, then the data section; every tensor starts
at a multiple of 64 bytes from the data section's start.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

MAGIC = b"PSDM"
VERSION = 1
ALIGN = 64


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per output row: ``row ~= q * scale``, ``scale = max|row| / 127``."""
    peak = np.abs(matrix).max(axis=1)
    scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    quantized = np.clip(np.rint(matrix / scales[:, None]), -127, 127).astype(np.int8)
    return quantized, scales


def dequantize_rows(quantized: np.ndarray, scales: np.ndarray) -> np.ndarray:
    return quantized.astype(np.float32) * scales[:, None]


def write(path: Path, metadata: dict, tensors: list[tuple[str, np.ndarray]]) -> int:
    """Writes the file; ``tensors`` are (name, array) in order. Returns the byte count."""
    table = []
    blobs = []
    offset = 0
    for name, array in tensors:
        array = np.ascontiguousarray(array)
        dtype = {np.dtype(np.float32): "f32", np.dtype(np.float16): "f16", np.dtype(np.int8): "i8", np.dtype(np.uint8): "u8"}[array.dtype]
        data = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
        table.append({"name": name, "dtype": dtype, "shape": list(array.shape), "offset": offset, "bytes": len(data)})
        blobs.append(data + b"\0" * (-len(data) % ALIGN))
        offset += len(data) + (-len(data) % ALIGN)
    metadata = dict(metadata, tensors=table)
    header = json.dumps(metadata, separators=(",", ":")).encode("utf-8")
    prefix = MAGIC + struct.pack("<IQ", VERSION, len(header)) + header
    prefix += b"\0" * (-len(prefix) % ALIGN)
    with path.open("wb") as handle:
        handle.write(prefix)
        for blob in blobs:
            handle.write(blob)
    return len(prefix) + offset


def read(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The metadata and every tensor by name (for golden.py and checks)."""
    raw = path.read_bytes()
    if raw[:4] != MAGIC:
        raise SystemExit(f"{path}: not a deep model file (bad magic)")
    version, length = struct.unpack("<IQ", raw[4:16])
    if version != VERSION:
        raise SystemExit(f"{path}: version {version}, expected {VERSION}")
    metadata = json.loads(raw[16 : 16 + length])
    start = 16 + length + (-(16 + length) % ALIGN)
    dtypes = {"f32": "<f4", "f16": "<f2", "i8": "i1", "u8": "u1"}
    tensors = {}
    for entry in metadata["tensors"]:
        begin = start + entry["offset"]
        tensors[entry["name"]] = np.frombuffer(raw[begin : begin + entry["bytes"]], dtype=dtypes[entry["dtype"]]).reshape(entry["shape"])
    return metadata, tensors
