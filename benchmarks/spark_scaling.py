"""Spark scaling benchmark: documents/s of the Spark job with local[1], local[2] (or any masters) and of
the single-process path, on the same synthetic corpus (cronaca.synth), plus the memory of one Pipeline.

Each mode runs in a fresh subprocess:
- `single`: `cronaca.store.ingest.ingest(..., workers=1)` into a new DuckDB file (load, extract,
  MinHash, rows, write), the default path of `cronaca ingest --workers 1`;
- `pipeline`: the bare per-core throughput, `extract_chunk` over the texts in one process (what one
  Spark core does per document), after a warm-up document;
- `local[N]`: the Spark job (`cronaca.spark.job.run_job`), timed from the job's start to the last
  Parquet file written (JVM start-up reported apart as `session_s`; `extract_s` and `write_s` are the
  job's phases), then run again in the same session (`warm_*`: Python workers already hold their
  Pipeline, the steady state of a long job).
`docs_per_cpu_s`: documents per CPU-second, the figure that a machine shared with other jobs does not
distort: CPU of the child process (start-up included) for `pipeline`/`single`, CPU of the job's whole
process tree (JVM, PySpark daemon, Python workers; session start excluded) for Spark.
`rss_mb`: resident memory of one Python process holding a built Pipeline after 100 documents (what a
Spark Python worker needs; a JVM executor adds its own heap).

    python benchmarks/spark_scaling.py --n 2000
    python benchmarks/spark_scaling.py --n 500 --modes single local[1] local[2] --json spark.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and all its descendants, including their reaped children (the
    cutime/cstime fields of /proc/PID/stat): the JVM, the PySpark daemon and its Python workers."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(d)] = int(fields[1])
        ticks[int(d)] = sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += ticks.get(pid, 0)
        todo.extend(p for p, pp in parents.items() if pp == pid)
    return total / os.sysconf("SC_CLK_TCK")


def child(mode: str, corpus: Path, workdir: Path, partitions: int | None) -> dict:
    if mode == "single":
        from cronaca.store.ingest import ingest
        from cronaca.store.schema import connect

        con = connect(workdir / "single.duckdb")
        t0 = time.perf_counter()
        c = ingest([corpus], con, workers=1)
        return {"documents": c.ingested, "seconds": time.perf_counter() - t0}
    if mode == "pipeline":
        from cronaca.store.ingest import content_hash, extract_chunk

        recs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        tasks = [(content_hash(r["text"]), r["text"], {k: r.get(k) for k in ("id", "lang", "date", "title", "url", "source")},
                  f"{corpus}:{i}") for i, r in enumerate(recs, 1)]
        t0 = time.perf_counter()
        extract_chunk(tasks[:1])  # builds the Pipeline and loads the lexicons
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i in range(0, len(tasks), 32):
            extract_chunk(tasks[i:i + 32])
        return {"documents": len(tasks), "seconds": time.perf_counter() - t0, "warmup_s": warm}
    if mode == "rss":
        from cronaca.store.ingest import content_hash, extract_chunk

        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        recs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:100] if line.strip()]
        extract_chunk([(content_hash(r["text"]), r["text"], {"id": r["id"], "lang": r.get("lang"), "date": r.get("date")},
                        "x") for r in recs])
        return {"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "start_rss_mb": before / 1024}
    from cronaca.spark import job

    t0 = time.perf_counter()
    spark = job.spark_session(mode, shuffle_partitions=4, driver_memory="2g")
    session = time.perf_counter() - t0
    t0 = time.perf_counter()
    c0 = tree_cpu(os.getpid())
    r = job.run_job(spark, [str(corpus)], str(workdir / f"out-{mode}"), job.JobOptions(partitions=partitions, overwrite=True))
    c1 = tree_cpu(os.getpid())
    out = {"documents": r.documents, "seconds": time.perf_counter() - t0, "session_s": session,
           "event_rows": r.rows.get("events", 0), **{f"{k}_s": v for k, v in r.phases.items()}}
    # the same job again in the same session: Python workers already hold their Pipeline (the steady
    # state of a long job, where one worker runs many partitions)
    t0 = time.perf_counter()
    r = job.run_job(spark, [str(corpus)], str(workdir / f"out-{mode}"), job.JobOptions(partitions=partitions, overwrite=True))
    out["warm_seconds"] = time.perf_counter() - t0
    out["warm_docs_per_s"] = r.documents / out["warm_seconds"]
    out["warm_extract_s"] = r.phases["extract"]
    c2 = tree_cpu(os.getpid())
    out["job_cpu_s"], out["warm_job_cpu_s"] = c1 - c0, c2 - c1
    out["docs_per_cpu_s"] = r.documents / (c1 - c0)
    out["warm_docs_per_cpu_s"] = r.documents / (c2 - c1)
    spark.stop()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--modes", nargs="+", default=["pipeline", "single", "local[1]", "local[2]"])
    ap.add_argument("--partitions", type=int, default=None, help="Spark extraction partitions (default: 2 x cores)")
    ap.add_argument("--json", help="write the results here too")
    ap.add_argument("--dir", help="working folder (default: a temporary one)")
    ap.add_argument("--_child", nargs=3, metavar=("MODE", "CORPUS", "DIR"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._child:
        mode, corpus, workdir = a._child
        print("RESULT " + json.dumps(child(mode, Path(corpus), Path(workdir), a.partitions)), flush=True)
        return 0

    from cronaca import synth

    workdir = Path(a.dir) if a.dir else Path(tempfile.mkdtemp(prefix="spark-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    corpus = synth.write_jsonl(workdir / "corpus.jsonl", synth.generate(a.n, seed=a.seed))
    results: dict = {"n": a.n, "cpus": os.cpu_count(), "modes": {}}
    for mode in ["rss", *a.modes]:
        for stale in workdir.glob("*.duckdb*"):
            stale.unlink()
        cmd = [sys.executable, __file__, "--_child", mode, str(corpus), str(workdir)]
        if a.partitions:
            cmd += ["--partitions", str(a.partitions)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # CPU seconds of the child (start-up included): on a machine shared with other jobs, documents
        # per CPU-second is the figure that does not move. Spark modes measure their own process tree.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(f"{mode}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        r = json.loads(line[7:])
        if "documents" in r:
            r["docs_per_s"] = round(r["documents"] / r["seconds"], 1) if r["seconds"] else None
            if "docs_per_cpu_s" not in r:
                r["cpu_s"] = cpu
                r["docs_per_cpu_s"] = round(r["documents"] / cpu, 1) if cpu else None
        results["modes"][mode] = r
        print(f"{mode:>10}: " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()),
              flush=True)
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
