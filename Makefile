# policyscope: `make run` opens the browser on the bundled policies; `make test` runs the tests.
# Both first install the Debian packages the build needs (through sudo when not root).

APT_PACKAGES := libmd4c-dev libstemmer-dev libncurses-dev ncurses-term tmux libsqlite3-dev nettle-dev libgit2-dev libopenblas-dev
# The Spark job's check (spark-check) also needs Java and a Python with venv.
SPARK_APT_PACKAGES := openjdk-17-jre-headless python3-venv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build run test release model-check spark-check bench clean fuzz-ci sanitize deep-model deep-cv

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build

run: deps
	swift run policyscope

test: deps
	swift build
	@if command -v tmux >/dev/null && [ -x tests/e2e/browser.sh ]; then \
	  tests/e2e/browser.sh "$$(swift build --show-bin-path)/policyscope"; \
	else echo "tests/e2e skipped: tmux or the script is missing"; fi
	swift test

release: deps
	swift build -c release

# Retrains the classifier from the vendored CSVs (release build: seconds, not minutes) and
# checks that the result is byte for byte the shipped model.
model-check: deps
	swift build -c release --product policyscope
	"$$(swift build -c release --show-bin-path)/policyscope" model train \
	  --train Resources/opp115/majority-train.csv --validation Resources/opp115/majority-validation.csv \
	  --out .build/model-check.bin
	cmp .build/model-check.bin Resources/model/opp115-linear.bin && echo "model-check: the shipped model is reproduced byte for byte"

# The deep model (issue 16): trains all-MiniLM-L6-v2 on Majority train and exports it to
# Resources/model/opp115-deep.bin (tools/deep/make-model.sh; PYTHON with tools/deep/requirements.txt,
# BLEND_WEIGHT and BLEND_THRESHOLD from the cross-validation; about half an hour on 2 cores).
deep-model:
	tools/deep/make-model.sh

# The blend's weight and threshold by 3-fold cross-validation on Majority train (run before deep-model).
deep-cv:
	tools/deep/cross-validate.sh

# The Spark job (tools/spark/) with local[2] over ../shared: its Parquet rows against `batch`
# and `practices` (pyspark from PyPI into .build/pyspark-venv; the release binary of model-check).
spark-check: deps
	@command -v java >/dev/null && command -v python3 >/dev/null || $(MAKE) deps APT_PACKAGES="$(SPARK_APT_PACKAGES)"
	tools/spark/ci.sh

# The ordo-one/benchmark suites: classifier throughput and practice extraction over
# ../shared/corpus (Benchmarks/README.md has the index and browser benchmarks, which take longer).
bench: deps
	cd Benchmarks && swift package benchmark

# libFuzzer (Fuzz/, never part of `swift build` or `swift test`): replays the kept crash inputs
# and fuzzes each target briefly (Fuzz/README.md; Fuzz/run.sh runs one target for longer).
fuzz-ci: deps
	Fuzz/ci.sh

# The whole test suite under AddressSanitizer, then ThreadSanitizer (build folders of their own).
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt swift test --sanitize=address --scratch-path .build-asan
	swift test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build
