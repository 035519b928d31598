"""`cronaca spark`: the ingest's extraction as an Apache Spark job, JSON Lines / WARC in, Parquet out."""

from __future__ import annotations

import argparse

HELP = """examples:
  cronaca spark dump.jsonl.gz crawl/ --out out/                       # local[*], all cores
  cronaca spark dump.jsonl.gz --out out/ --master local[2] --partitions 8
  cronaca ingest --parquet out/ --db news.duckdb                      # then serve it: cronaca serve
  spark-submit --master yarn src/cronaca/spark/submit.py s3a://bucket/news/ --out s3a://bucket/cronaca/

Output: out/documents, actors, mentions, quotes, events (partitioned by month=YYYY-MM),
document_sources, doc_minhash, rejects (origin, line, reason) as Parquet; columns as `cronaca export`.
Needs pyspark (pip install "cronaca[spark]") and Java 17+ (apt-get install default-jre-headless).
exit status: 0 when nothing was rejected, 1 when some records were (table rejects), 2 on a usage error.
See docs/scale.md for clusters (Kubernetes, Dataproc, EMR).
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "spark",
        help="run the extraction as a Spark job (JSON Lines / WARC in, Parquet out)",
        description="Extract JSON Lines and WARC corpora with Apache Spark and write the store's tables as Parquet.",
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from cronaca.spark.job import add_arguments

    add_arguments(p, master_default="local[*]")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cronaca.spark.job import run_args

    return run_args(args)
