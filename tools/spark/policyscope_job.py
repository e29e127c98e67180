#!/usr/bin/env python3
"""Answer policyscope's practice questions for a whole corpus on Apache Spark.

The driver lists the inputs as JSON lines (`policyscope batch`'s input), Spark splits them
into partitions, each partition is piped through one `policyscope batch` process on an
executor (`rdd.pipe`), and the output lines are written as Parquet partitioned by year.
Schema: SCHEMA.md beside this file. Runs: README.md beside this file.

Inputs (`--input`, repeatable):
  * a local folder of policy files (.md, .markdown, .txt, recursively): one {"id", "path"}
    line per file, the id its path inside the folder;
  * a local git repository: the lines of `policyscope versions REPO --format jsonl` (every
    version of every document; executors read the blobs, so the repository must be at the
    same path on every node, e.g. a shared mount);
  * a folder URI on a Hadoop file system (hdfs://, s3a://, file://...): each file read by
    Spark and sent as {"id": URI, "text": ...};
  * a .jsonl file (local, HDFS or S3): its lines as they are ({"id", "path"} with paths the
    executors can read, {"id", "text"}, or `versions` lines).
`--versions PATH` (repeatable) lists a local folder or repository with `policyscope versions`
instead: version ids, documents and dates (a folder of dated files is one document).
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

POLICY_SUFFIXES = (".md", ".markdown", ".txt")

EVIDENCE = T.ArrayType(T.StructType([
    T.StructField("section", T.ArrayType(T.StringType())),
    T.StructField("text", T.StringType()),
    T.StructField("negated", T.BooleanType()),
]))

# The output of `policyscope batch` (SCHEMA.md): `value` is a JSON string, number or list;
# read as a string column it keeps strings as they are and numbers and lists as JSON text.
SCHEMA = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("document", T.StringType()),
    T.StructField("domain", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("source", T.StringType()),
    T.StructField("words", T.LongType()),
    T.StructField("language", T.StringType()),
    T.StructField("status", T.StringType()),
    T.StructField("answers", T.MapType(T.StringType(), T.StructType([
        T.StructField("value", T.StringType()),
        T.StructField("confidence", T.DoubleType()),
        T.StructField("evidence", EVIDENCE),
    ]))),
    T.StructField("categories", T.MapType(T.StringType(), T.LongType())),
    T.StructField("error", T.StringType()),
    T.StructField("model", T.StringType()),
    T.StructField("version", T.StringType()),
])


def is_repository(path):
    """A git working tree or bare repository (as `policyscope` decides, roughly)."""
    return os.path.isdir(os.path.join(path, ".git")) or (
        os.path.isfile(os.path.join(path, "HEAD")) and os.path.isdir(os.path.join(path, "objects")))


def folder_lines(folder):
    """One {"id", "path"} line per policy file, ids relative to the folder, sorted."""
    root = os.path.abspath(folder)
    lines = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(POLICY_SUFFIXES):
                path = os.path.join(directory, name)
                lines.append(json.dumps({"id": os.path.relpath(path, root), "path": path}))
    return lines


def versions_lines(binary, path):
    """The lines of `policyscope versions PATH --format jsonl`, run on the driver."""
    out = subprocess.run([binary, "versions", os.path.abspath(path), "--format", "jsonl", "--no-store"],
                         check=True, stdout=subprocess.PIPE)
    return out.stdout.decode("utf-8").splitlines()


def input_rdd(spark, source, binary):
    """The JSON lines of one --input as an RDD of strings."""
    sc = spark.sparkContext
    if source.endswith(".jsonl"):
        return sc.textFile(source)
    if "://" in source:
        return sc.wholeTextFiles(source).filter(lambda kv: kv[0].lower().endswith(POLICY_SUFFIXES)) \
            .map(lambda kv: json.dumps({"id": kv[0], "text": kv[1]}))
    if is_repository(source):
        return sc.parallelize(versions_lines(binary, source))
    return sc.parallelize(folder_lines(source))


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", action="append", default=[], help="folder, repository, folder URI or .jsonl (repeatable)")
    parser.add_argument("--versions", action="append", default=[], help="folder or repository listed by `policyscope versions`")
    parser.add_argument("--output", required=True, help="the Parquet folder (replaced)")
    parser.add_argument("--binary", default="policyscope", help="the policyscope executable to ship (default: on PATH)")
    parser.add_argument("--model", help="the classifier model file to ship (default: the shipped model beside the "
                        "binary, in policyscope_PolicyResources.resources/model/)")
    parser.add_argument("--classifier", default="fast", choices=["fast", "deep"])
    parser.add_argument("--deep-model", help="the deep model file to ship with --classifier deep (default: the shipped "
                        "opp115-deep.bin beside the binary)")
    parser.add_argument("--evidence", action="store_true", help="keep each answer's evidence")
    parser.add_argument("--partitions", type=int, help="input partitions (default: 4 per core)")
    parser.add_argument("--master", help="Spark master when not given to spark-submit (e.g. local[*])")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    args = parser.parse_args(argv)
    if not args.input and not args.versions:
        parser.error("no --input or --versions")
    return args


def session(master=None, confs=()):
    """The Spark session (spark-submit's master unless `master`), without the console progress bar."""
    builder = SparkSession.builder.appName("policyscope batch").config("spark.ui.showConsoleProgress", "false")
    for conf in confs:
        key, _, value = conf.partition("=")
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run(spark, args):
    """Lists the inputs, pipes them through `policyscope batch` and writes the Parquet."""
    sc = spark.sparkContext
    binary = args.binary if os.sep in args.binary else shutil.which(args.binary) or args.binary
    sc.addFile(os.path.abspath(binary))
    command = [shipped(sc, binary), "batch", "--classifier", args.classifier]
    models = os.path.join(os.path.dirname(os.path.abspath(binary)), "policyscope_PolicyResources.resources", "model")
    model = args.model or os.path.join(models, "opp115-linear.bin")
    if args.model or os.path.exists(model):
        sc.addFile(os.path.abspath(model))
        command += ["--model", shipped(sc, model)]
    # The deep path's transformer travels with the job too: executors have only what it ships.
    deep = args.deep_model or os.path.join(models, "opp115-deep.bin")
    if args.classifier == "deep" and (args.deep_model or os.path.exists(deep)):
        sc.addFile(os.path.abspath(deep))
        command += ["--deep-model", shipped(sc, deep)]
    if args.evidence:
        command.append("--evidence")

    lines = sc.union([input_rdd(spark, source, binary) for source in args.input]
                     + [sc.parallelize(versions_lines(binary, path)) for path in args.versions])
    partitions = args.partitions or 4 * sc.defaultParallelism
    out = lines.repartition(partitions).pipe(" ".join(quote(part) for part in command), checkCode=True)
    rows = spark.read.schema(SCHEMA).json(out)
    rows = rows.withColumn("year", F.year(F.to_date("date", "yyyy-MM-dd")))
    rows.write.mode("overwrite").partitionBy("year").parquet(args.output)


def main(argv=None):
    args = parse_arguments(argv)
    spark = session(args.master, args.conf)
    run(spark, args)
    spark.stop()
    return 0


def shipped(sc, path):
    """Where a file added with addFile is for the tasks: SparkFiles' folder in local mode
    (driver and executors share it), the executor's working folder on a cluster."""
    name = os.path.basename(path)
    return SparkFiles.get(name) if sc.master.startswith("local") else "./" + name


def quote(part):
    """rdd.pipe splits its command with shlex: quote each part."""
    return shlex.quote(part)


if __name__ == "__main__":
    sys.exit(main())
