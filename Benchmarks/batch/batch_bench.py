#!/usr/bin/env python3
"""Benchmarks of `policyscope batch` and the Spark job (tools/spark/), release build.

  per-core  `batch` over the corpus in one process against `compare` over the same files
            (every file's practices extracted in one process, as `practices` extracts them),
            in CPU seconds per file (user + system), so the machine's load counts less;
            `practices FILE` once per file is shown too (a process and a model load per file).
  scaling   the Spark job on the corpus repeated to 2,000 files: local[1] against local[2],
            wall clock, with the load average before and after each run.
  memory    `batch`'s resident memory over a 100,000-line stream (policy texts, a corpus file
            every 1,000 lines, a bad line every 100), sampled every 10,000 lines.

Usage: Benchmarks/batch/batch_bench.py BINARY [per-core|scaling|scaling-once|memory ...]
(scaling needs pyspark: tools/spark/ci.sh installs it into .build/pyspark-venv; run this
script with that venv's python)."""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus", "policies"))


def corpus_files():
    return sorted(os.path.join(CORPUS, n) for n in os.listdir(CORPUS) if n.endswith(".md"))


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_of(args, stdin=None):
    """CPU seconds (user + system) and wall seconds of one command."""
    before, started = children_cpu(), time.monotonic()
    subprocess.run(args, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return children_cpu() - before, time.monotonic() - started


def load():
    return os.getloadavg()[0]


def per_core(binary, runs=3):
    files = corpus_files()
    lines = "".join(json.dumps({"id": f, "path": f}) + "\n" for f in files).encode()
    batch, compare = [], []
    for _ in range(runs):
        batch.append(cpu_of([binary, "batch"], lines)[0])
        compare.append(cpu_of([binary, "compare", *files, "--no-store", "--format", "json"])[0])
    singles = sum(cpu_of([binary, "practices", f, f, "--no-store", "--format", "json"])[0] for f in files)
    b, c = sorted(batch)[runs // 2], sorted(compare)[runs // 2]
    n = len(files)
    print("per-core: %d files; CPU s/file, median of %d: batch %.4f, compare (one process) %.4f, batch/compare %.3f; "
          "practices once per file %.4f; load %.1f" % (n, runs, b / n, c / n, b / c, singles / n, load()))


def scaling(binary, total=2000, masters=("local[1]", "local[2]", "local[1]", "local[2]")):
    sys.path.insert(0, os.path.join(ROOT, "tools", "spark"))
    import policyscope_job as job
    files = corpus_files()
    with tempfile.TemporaryDirectory(prefix="policyscope-scaling-") as tmp:
        listing = os.path.join(tmp, "inputs.jsonl")
        with open(listing, "w") as f:
            for i in range(total):
                path = files[i % len(files)]
                f.write(json.dumps({"id": "%04d-%s" % (i, os.path.basename(path)), "path": path}) + "\n")
        job.session("local[1]").stop()  # the JVM starts here, untimed; each run below makes a new context in it
        walls = {}
        for master in masters:
            before, started = load(), time.monotonic()
            job.main(["--master", master, "--binary", binary, "--input", listing, "--output", os.path.join(tmp, "out"),
                      "--partitions", "16"])
            wall = time.monotonic() - started
            walls.setdefault(master, []).append(wall)
            print("scaling: %s %d files in %.1f s (load %.1f before, %.1f after)" % (master, total, wall, before, load()), flush=True)
        one, two = min(walls["local[1]"]), min(walls["local[2]"])
        print("scaling: local[2] is %.2fx local[1] (best of %d each: %.1f s, %.1f s)" % (one / two, len(masters) // 2, one, two))


def memory(binary, total=100_000, every=10_000):
    files = corpus_files()
    text = open(files[0], encoding="utf-8").read()[:1500]
    process = subprocess.Popen([binary, "batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def feed():
        for i in range(total):
            if i % 1000 == 999:
                line = {"id": str(i), "path": files[(i // 1000) % len(files)]}
            elif i % 100 == 99:
                process.stdin.write(b"{not json\n")
                continue
            else:
                line = {"id": str(i), "text": text + "\n\nVersion %d." % i}
            process.stdin.write((json.dumps(line) + "\n").encode())
        process.stdin.close()

    import threading
    threading.Thread(target=feed, daemon=True).start()
    samples, count, started = [], 0, time.monotonic()
    for _ in process.stdout:
        count += 1
        if count % every == 0:
            with open("/proc/%d/status" % process.pid) as status:
                rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))
            samples.append(rss)
            print("memory: %6d lines, RSS %.1f MiB (%.0f s)" % (count, rss / 1024, time.monotonic() - started), flush=True)
    process.wait()
    print("memory: %d lines out of %d; RSS from %.1f to %.1f MiB (max %.1f)"
          % (count, total, samples[0] / 1024, samples[-1] / 1024, max(samples) / 1024))


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = {"per-core": per_core, "scaling": scaling, "memory": memory,
            "scaling-once": lambda b: scaling(b, masters=("local[1]", "local[2]"))}
    for name in sys.argv[2:] or ["per-core", "memory", "scaling"]:
        runs[name](binary)


if __name__ == "__main__":
    main()
