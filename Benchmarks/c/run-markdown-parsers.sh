#!/usr/bin/env bash
# Measures md4c against cmark-gfm on ../shared/corpus/policies (Debian: libmd4c-dev,
# libcmark-gfm-dev, libcmark-gfm-extensions-dev).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-$here/../../../shared/corpus/policies}
out=$(mktemp -d)
cc -O2 -o "$out/markdown_parsers" "$here/markdown_parsers.c" -lmd4c -lcmark-gfm -lcmark-gfm-extensions
"$out/markdown_parsers" "$corpus"/*.md || true
rm -rf "$out"
