"""Load test of `cronaca serve`: a synthetic store, a server on 127.0.0.1, 2,000 requests, 50 at a time.

Builds a store from `cronaca.synth` articles (ingested with the store's own `ingest`), starts
`cronaca serve` as a subprocess on a free loopback port, then sends a mix of requests with
httpx.AsyncClient: event/quote/actor lists with filters and pages, documents (JSON and the highlighted
page), dyad timelines, the network, the home page and a few POST /api/extract. Prints p50/p90/p99
latency per endpoint and overall, errors (non-2xx or exceptions) and requests per second.

    python benchmarks/api_load.py                       # 1,000 articles, 2,000 requests, 50 concurrent
    python benchmarks/api_load.py --articles 5000 --requests 5000 --concurrency 100 --json load.json

Only loopback: the server listens on 127.0.0.1 and every request goes there.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HOST = "127.0.0.1"


def build_db(path: Path, n: int, seed: int) -> dict:
    from cronaca import synth
    from cronaca.store.ingest import ingest
    from cronaca.store.schema import connect

    src = path.with_suffix(".jsonl")
    synth.write_jsonl(src, synth.generate(n, seed=seed))
    con = connect(path)
    t0 = time.perf_counter()
    counts = ingest([src], con)
    ids = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
    codes = [r[0] for r in con.execute(
        "SELECT source_code FROM events WHERE source_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 8"
    ).fetchall()]
    speakers = [r[0] for r in con.execute(
        "SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 8"
    ).fetchall()]
    con.close()
    return {"ids": ids, "codes": codes or ["RUS", "UKR"], "speakers": speakers or ["Putin"],
            "ingest_s": time.perf_counter() - t0, "ingested": counts.ingested}


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def request_mix(n: int, data: dict, seed: int) -> list[tuple[str, str, str, dict | None]]:
    """(label, method, path, json body) for n requests, a fixed mix."""
    rng = random.Random(seed)
    ids, codes, spk = data["ids"], data["codes"], data["speakers"]
    kinds = [
        (20, lambda: ("GET /api/events", "GET", f"/api/events?actor={rng.choice(codes)}&limit=50", None)),
        (8, lambda: ("GET /api/events", "GET", f"/api/events?type=ACCUSE,THREATEN&since=2021-11-10&offset={rng.randrange(0, 200, 50)}", None)),
        (12, lambda: ("GET /api/quotes", "GET", f"/api/quotes?speaker={rng.choice(spk)}", None)),
        (8, lambda: ("GET /api/actors", "GET", f"/api/actors?limit=50&offset={rng.randrange(0, 100, 50)}", None)),
        (18, lambda: ("GET /api/documents/{id}", "GET", f"/api/documents/{rng.choice(ids)}", None)),
        (14, lambda: ("GET /documents/{id} (page)", "GET", f"/documents/{rng.choice(ids)}", None)),
        (8, lambda: ("GET /api/dyads/{a}/{b}", "GET", f"/api/dyads/{rng.choice(codes)}/{rng.choice(codes)}?by=week", None)),
        (4, lambda: ("GET /api/network", "GET", "/api/network", None)),
        (4, lambda: ("GET / (page)", "GET", "/", None)),
        (4, lambda: ("POST /api/extract", "POST", "/api/extract",
                     {"text": "ROMA - Il ministro degli Esteri ha condannato l'attacco russo contro l'Ucraina. "
                              "\"È inaccettabile\", ha detto il ministro.", "date": "2023-07-18"})),
    ]
    weights = [w for w, _ in kinds]
    return [rng.choices(kinds, weights)[0][1]() for _ in range(n)]


async def run_load(base: str, reqs: list, concurrency: int) -> tuple[list, float]:
    import httpx

    sem = asyncio.Semaphore(concurrency)
    results: list[tuple[str, float, int | str]] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        async def one(label: str, method: str, path: str, body: dict | None) -> None:
            async with sem:
                t = time.perf_counter()
                try:
                    r = await client.request(method, path, json=body)
                    status: int | str = r.status_code
                except Exception as exc:  # noqa: BLE001 - counted as an error
                    status = type(exc).__name__
                results.append((label, time.perf_counter() - t, status))

        t0 = time.perf_counter()
        await asyncio.gather(*(one(*r) for r in reqs))
        wall = time.perf_counter() - t0
    return results, wall


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): a figure that other load on the machine
    does not inflate, unlike latency."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="synthetic articles in the store (default 1000)")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", help="use this existing store instead of building one")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        if a.db:
            import duckdb

            con = duckdb.connect(a.db, read_only=True)
            data = {"ids": [r[0] for r in con.execute("SELECT id FROM documents").fetchall()],
                    "codes": [r[0] for r in con.execute("SELECT source_code FROM events WHERE source_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 8").fetchall()],
                    "speakers": [r[0] for r in con.execute("SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 8").fetchall()]}
            con.close()
            db = Path(a.db)
        else:
            db = Path(tmp) / "load.duckdb"
            print(f"building a store of {a.articles} synthetic articles ...", file=sys.stderr)
            data = build_db(db, a.articles, a.seed)
            print(f"  {data['ingested']} documents in {data['ingest_s']:.1f} s", file=sys.stderr)
        port = free_port()
        env = {**os.environ, "CRONACA_TOKEN": ""}
        proc = subprocess.Popen([sys.executable, "-m", "cronaca", "serve", "--db", str(db), "--host", HOST,
                                 "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
        try:
            import httpx

            base = f"http://{HOST}:{port}"
            for _ in range(200):
                try:
                    if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None:
                    print(proc.stderr.read() if proc.stderr else "", file=sys.stderr)
                    return 1
                time.sleep(0.1)
            reqs = request_mix(a.requests, data, a.seed)
            asyncio.run(run_load(base, reqs[:50], a.concurrency))  # warm-up: pipeline, caches
            cpu0 = cpu_seconds(proc.pid)
            results, wall = asyncio.run(run_load(base, reqs, a.concurrency))
            server_cpu = cpu_seconds(proc.pid) - cpu0
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    errors = [r for r in results if not (isinstance(r[2], int) and 200 <= r[2] < 300)]
    lat = [r[1] for r in results]
    by: dict[str, list[float]] = {}
    for label, t, _ in results:
        by.setdefault(label, []).append(t)
    out = {
        "articles": a.articles if not a.db else len(data["ids"]), "requests": len(results),
        "concurrency": a.concurrency, "wall_s": round(wall, 2), "requests_per_s": round(len(results) / wall, 1),
        "p50_ms": round(pct(lat, 50), 1), "p90_ms": round(pct(lat, 90), 1), "p99_ms": round(pct(lat, 99), 1),
        "mean_ms": round(statistics.mean(lat) * 1000, 1), "errors": len(errors),
        "error_kinds": sorted({str(e[2]) for e in errors}),
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(1, len(results)), 2),
        "cpus": os.cpu_count(), "loadavg_1min": round(os.getloadavg()[0], 2),
        "endpoints": {k: {"n": len(v), "p50_ms": round(pct(v, 50), 1), "p99_ms": round(pct(v, 99), 1)}
                      for k, v in sorted(by.items())},
    }
    print(f"{'endpoint':32} {'n':>5} {'p50 ms':>8} {'p99 ms':>8}")
    for k, v in out["endpoints"].items():
        print(f"{k:32} {v['n']:>5} {v['p50_ms']:>8} {v['p99_ms']:>8}")
    print(f"\n{out['requests']} requests, {out['concurrency']} concurrent, {out['articles']} articles: "
          f"p50 {out['p50_ms']} ms, p99 {out['p99_ms']} ms, {out['requests_per_s']} requests/s, "
          f"{out['errors']} errors {out['error_kinds'] or ''}")
    print(f"server CPU {out['server_cpu_ms_per_request']} ms per request; {out['cpus']} CPUs, "
          f"load average {out['loadavg_1min']} (latency includes the load generator and other work)")
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=2) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
