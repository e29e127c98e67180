#!/usr/bin/env bash
# CI step for the Spark job (.ci/run calls it after `make model-check`, which built the
# release binary): pyspark from PyPI into .build/pyspark-venv (kept when it has the pinned
# version), then check_job.py with local[2]. Needs Java 17+ and ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/pyspark-venv
pinned=$(sed -n 's/^pyspark==//p' tools/spark/requirements.txt)
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pinned')" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r tools/spark/requirements.txt
fi
swift build -c release --product policyscope   # nothing to do after model-check
binary="$(swift build -c release --show-bin-path)/policyscope"
"$venv/bin/python" tools/spark/check_job.py --binary "$binary" --master 'local[2]'
