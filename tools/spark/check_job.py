#!/usr/bin/env python3
"""CI check of the Spark job: runs it with local[2] over ../shared/corpus/policies, the
pga-v1 versions (`policyscope versions`) and a folder of files that cannot be read, then checks
that the Parquet rows equal `policyscope batch`'s lines for the same inputs, that the answers
equal `policyscope practices --format json` for every file, and that each failing file is an
error row, and that pandas and DuckDB read the Parquet as SCHEMA.md shows. Prints one
`spark-job: N passed, N failed` line; exit status 1 on any failure."""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import policyscope_job as job  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAILED: " + what, flush=True)


def json_text(value):
    """A batch `value` as the Parquet column holds it: strings as they are, else compact JSON."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def value_and_confidence(answers):
    return {q: (json_text(a["value"]), a["confidence"]) for q, a in answers.items()}


def check_readers(checks, output, expected):
    """The Parquet read as SCHEMA.md shows, with pandas (pyarrow) and DuckDB: the same rows, the
    same `sells-data` values, and DuckDB's documented count by year equal to batch's lines."""
    import duckdb
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds

    want = {line["id"]: line for line in expected}
    df = pd.read_parquet(output, partitioning=ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive"))
    checks.expect(sorted(df["id"]) == sorted(want), "pandas reads %d rows for %d lines" % (len(df), len(want)))
    df["sells"] = df.answers.map(lambda a: dict(a)["sells-data"]["value"] if a is not None else None)
    for identifier, sells, year in zip(df["id"], df["sells"], df["year"]):
        sells = sells if isinstance(sells, str) else None  # pandas shows a missing value as NaN
        line = want.get(identifier) or {}
        batch = json_text(line["answers"]["sells-data"]["value"]) if line.get("answers") else None
        checks.expect(sells == batch, "pandas: %s sells-data %r, batch %r" % (identifier, sells, batch))
        date = line.get("date")
        checks.expect((str(int(year)) if pd.notna(year) else None) == (date[:4] if date else None), "pandas: %s year" % identifier)

    counted = duckdb.sql("""
        SELECT year, answers['sells-data'].value AS sells, count(*)
        FROM read_parquet('%s/**/*.parquet', hive_partitioning = true)
        WHERE error IS NULL GROUP BY ALL ORDER BY ALL""" % output).fetchall()
    by_batch = {}
    for line in expected:
        if line["error"] is None:
            key = (int(line["date"][:4]) if line["date"] else None, json_text(line["answers"]["sells-data"]["value"]))
            by_batch[key] = by_batch.get(key, 0) + 1
    checks.expect({(y, v): n for y, v, n in counted} == by_batch, "DuckDB's count by year differs: %r" % counted)
    print("spark-job: read back with pandas %s (%d rows) and DuckDB %s (%d year/answer groups)"
          % (pd.__version__, len(df), duckdb.__version__, len(counted)), flush=True)


def check_deep(checks, spark, binary, tmp, master):
    """The job with `--classifier deep` over the seeds: it ships the transformer, and each row
    equals `batch --classifier deep`'s line (model "deep", the blend's category counts, the
    linear pass's answers)."""
    seeds = os.path.join(SHARED, "seeds")
    output = os.path.join(tmp, "parquet-deep")
    started = time.monotonic()
    job.run(spark, job.parse_arguments(["--binary", binary, "--input", seeds, "--classifier", "deep",
                                        "--output", output, "--partitions", "4"]))
    seconds = time.monotonic() - started
    lines = job.folder_lines(seeds)
    out = subprocess.run([binary, "batch", "--classifier", "deep"], input=("\n".join(lines) + "\n").encode(),
                         check=True, stdout=subprocess.PIPE)
    expected = [json.loads(line) for line in out.stdout.decode().splitlines()]
    rows = {r["id"]: r.asDict(recursive=True) for r in spark.read.parquet(output).collect()}
    checks.expect(len(rows) == len(expected) == len(lines), "deep: %d rows, %d lines" % (len(rows), len(expected)))
    sentences = 0
    for line in expected:
        row = rows.get(line["id"]) or {}
        checks.expect(row.get("model") == "deep" == line["model"], "deep: %s model %r" % (line["id"], row.get("model")))
        checks.expect(row.get("categories") == line["categories"], "deep: %s categories differ from batch" % line["id"])
        parquet = {q: (a["value"], a["confidence"]) for q, a in (row.get("answers") or {}).items()}
        checks.expect(parquet == value_and_confidence(line["answers"]), "deep: %s answers differ from batch" % line["id"])
        sentences += sum((line["categories"] or {}).values())
    print("spark-job: deep over the %d seeds in %.1f s (%s; %d sentence categories counted)"
          % (len(lines), seconds, master, sentences), flush=True)


def practices_answers(binary, path):
    out = subprocess.run([binary, "practices", path, path, "--no-store", "--format", "json"],
                         check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return value_and_confidence(json.loads(out.stdout)["answers"])


def process_cpu(root):
    """CPU seconds of a live process and its live descendants, with the children each has
    waited for (/proc/PID/stat: utime, stime, cutime, cstime): the Spark JVM, its Python
    workers and the batch processes they ran."""
    stats = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(name)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, (parent, _) in stats.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(stats[pid][1] for pid in tree if pid in stats) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    corpus = os.path.join(SHARED, "corpus", "policies")
    pga_v1 = os.path.join(SHARED, "history", "pga-v1")
    checks = Checks()

    with tempfile.TemporaryDirectory(prefix="policyscope-spark-") as tmp:
        broken = os.path.join(tmp, "broken")
        os.makedirs(broken)
        open(os.path.join(broken, "empty.md"), "wb").close()
        with open(os.path.join(broken, "binary.md"), "wb") as f:
            f.write(b"\x00\x01\x02 not text" * 100)
        output = os.path.join(tmp, "parquet")

        started = time.monotonic()
        # One session for the job and the reading; a short job needs no optimising JIT.
        spark = job.session(args.master, ["spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"])
        job.run(spark, job.parse_arguments(["--binary", binary, "--input", corpus, "--input", broken,
                                            "--versions", pga_v1, "--output", output]))
        print("spark-job: the job ran in %.1f s (%s, load average %.1f)" % (time.monotonic() - started, args.master,
                                                                           os.getloadavg()[0]), flush=True)

        # What batch writes for the same input lines, in one process.
        lines = job.folder_lines(corpus) + job.folder_lines(broken) + job.versions_lines(binary, pga_v1)
        out = subprocess.run([binary, "batch"], input=("\n".join(lines) + "\n").encode(), check=True, stdout=subprocess.PIPE)
        expected = [json.loads(line) for line in out.stdout.decode().splitlines()]
        checks.expect(len(expected) == len(lines), "batch gave %d lines for %d" % (len(expected), len(lines)))

        rows = {r["id"]: r.asDict(recursive=True) for r in spark.read.parquet(output).collect()}
        check_deep(checks, spark, binary, tmp, args.master)
        jvm_cpu = process_cpu(spark.sparkContext._gateway.proc.pid)
        spark.stop()
        checks.expect(len(rows) == len(expected), "%d Parquet rows for %d lines" % (len(rows), len(expected)))

        scalar = ["document", "domain", "date", "source", "words", "language", "status", "error", "model", "version"]
        for line in expected:
            row = rows.get(line["id"])
            if row is None:
                checks.expect(False, "no row for " + line["id"])
                continue
            checks.expect(all(row[k] == line[k] for k in scalar), "%s: %s" % (line["id"], [(k, row[k], line[k]) for k in scalar if row[k] != line[k]]))
            checks.expect(row["year"] == (int(line["date"][:4]) if line["date"] else None), line["id"] + ": year")
            if line["answers"] is None:
                checks.expect(row["answers"] is None and row["categories"] is None, line["id"] + ": answers of an error row")
            else:
                parquet = {q: (a["value"], a["confidence"]) for q, a in row["answers"].items()}
                checks.expect(parquet == value_and_confidence(line["answers"]), line["id"] + ": answers differ from batch")
                checks.expect(row["categories"] == line["categories"], line["id"] + ": categories")

        for name in ["empty.md", "binary.md"]:
            row = rows.get(name) or {}
            checks.expect(bool(row.get("error")) and os.path.join(broken, name) in row["error"] and row.get("status") is None,
                          name + " is not an error row: %r" % row.get("error"))
        errors = [line["id"] for line in expected if line["error"]]
        checks.expect(sorted(errors) == ["binary.md", "empty.md"], "unexpected error rows: %r" % errors)

        check_readers(checks, output, expected)

        # The answers equal practices' for every file (two processes at a time).
        answered = [(line["id"], json.loads(source)["path"]) for line, source in zip(expected, lines) if not line["error"]]
        with ThreadPoolExecutor(max_workers=2) as pool:
            practices = list(pool.map(lambda pair: practices_answers(binary, pair[1]), answered))
        for (identifier, path), answers in zip(answered, practices):
            row = rows[identifier]
            checks.expect({q: (a["value"], a["confidence"]) for q, a in row["answers"].items()} == answers,
                          path + ": answers differ from practices")
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = jvm_cpu + own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
        print("spark-job: %d rows (%d files of the corpus, %d pga-v1 versions, %d error rows), %.1f s in all, "
              "%.1f CPU s (Spark and its batch processes %.1f), load average %.1f"
              % (len(rows), len(job.folder_lines(corpus)), len(lines) - len(job.folder_lines(corpus)) - 2,
                 len(errors), time.monotonic() - started, cpu, jvm_cpu, os.getloadavg()[0]))
    print("spark-job: %d passed, %d failed" % (checks.passed, checks.failed))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
