#!/usr/bin/env bash
# CI step for the Spark job (.ci/run calls it after `make model-check`, which built the
# release binary): pyspark (and the readers the check uses: pandas, pyarrow, DuckDB) from PyPI
# into .build/pyspark-venv (kept when it has the pinned versions), then check_job.py with
# local[2]. Needs Java 17+ and ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/pyspark-venv
if ! "$venv/bin/python" - 2>/dev/null <<'EOF'
import importlib.metadata as metadata, sys
pins = [line.strip().split("==") for line in open("tools/spark/requirements.txt") if "==" in line and not line.startswith("#")]
sys.exit(any(metadata.version(name) != version for name, version in pins))
EOF
then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r tools/spark/requirements.txt
fi
swift build -c release --product policyscope   # nothing to do after model-check
binary="$(swift build -c release --show-bin-path)/policyscope"
"$venv/bin/python" tools/spark/check_job.py --binary "$binary" --master 'local[2]'
