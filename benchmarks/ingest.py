"""End-to-end ingest benchmark: synthetic articles -> `cronaca ingest` -> DuckDB.

Measures, for 1 worker and for all cores (each run in a fresh database, as a subprocess):
articles/s (new documents per wall-clock second, loading + extraction + MinHash + writing), peak RSS
(the whole process tree: parent and workers, sampled from /proc every 0.25 s), and the database size per
1,000 articles after the run.

    python benchmarks/ingest.py                  # 10,000 articles, workers 1 and os.cpu_count()
    python benchmarks/ingest.py --n 1000         # a quick run
    python benchmarks/ingest.py --workers 1 2 4 --json bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parents[int(d)] = int(fields[1])
        rss[int(d)] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(p for p, pp in parents.items() if pp == pid)
    return total


def run_once(corpus: Path, workers: int, workdir: Path) -> dict:
    db = workdir / f"bench_w{workers}.duckdb"
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "cronaca", "ingest", str(corpus), "--db", str(db), "--workers", str(workers),
           "--quiet", "--json"]
    peak = [0]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)

    def sample() -> None:
        while proc.poll() is None:
            if os.path.isdir("/proc"):
                peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.25)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    th.join()
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)  # parent + workers, all of the run
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    summary = json.loads(out)
    size = db.stat().st_size + (Path(str(db) + ".wal").stat().st_size if Path(str(db) + ".wal").exists() else 0)
    n = summary["ingested"]
    return {
        "workers": workers,
        "articles": n,
        "seconds_ingest": summary["seconds"],
        "seconds_wall": round(wall, 2),  # with interpreter start-up and opening the store
        "articles_per_s": round(n / summary["seconds"], 1) if summary["seconds"] else None,
        # CPU seconds of the whole run (start-up included): robust to other load on a shared machine
        "cpu_seconds": round(cpu, 1),
        "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "tree_rss_peak_mb": round(peak[0] / 2**20, 1) if peak[0] else None,
        "db_mb": round(size / 2**20, 2),
        "db_mb_per_1000": round(size / 2**20 / max(1, n) * 1000, 2),
        "failed": summary["failed"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="synthetic articles (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, nargs="+", default=None,
                    help=f"worker counts to run (default: 1 and {os.cpu_count()})")
    ap.add_argument("--dir", help="working folder (default: a temporary one, removed after)")
    ap.add_argument("--json", help="write the results here as JSON")
    a = ap.parse_args(argv)

    from cronaca import synth

    workers = a.workers or sorted({1, os.cpu_count() or 1})
    tmp = tempfile.TemporaryDirectory() if not a.dir else None
    work = Path(a.dir or tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    # only originals: every record is a new document, so articles/s counts extraction work
    recs = synth.generate(a.n, seed=a.seed, duplicates=0.0, reprints=0.05)
    corpus = synth.write_jsonl(work / "corpus.jsonl", recs)
    words = sum(len(r["text"].split()) for r in recs) / len(recs)
    print(f"corpus: {a.n} synthetic articles, {words:.0f} words on average, {corpus.stat().st_size / 2**20:.1f} MB",
          file=sys.stderr)
    results = []
    for w in workers:
        r = run_once(corpus, w, work)
        results.append(r)
        print(f"workers={w}: {r['articles']} articles in {r['seconds_ingest']:.1f} s = {r['articles_per_s']} "
              f"articles/s ({r['articles_per_cpu_s']} per CPU-second); peak RSS {r['tree_rss_peak_mb']} MB (all processes); db {r['db_mb']} MB = {r['db_mb_per_1000']} MB per 1,000",
              file=sys.stderr)
    out = {"n": a.n, "words_avg": round(words, 1), "cpu_count": os.cpu_count(), "results": results}
    print(json.dumps(out, indent=2))
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
