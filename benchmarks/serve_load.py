"""Benchmark: ``pactwatch serve`` under load, beside the same requests answered in-process.

Run: python benchmarks/serve_load.py [SHARED_DIR] [--clients 16] [--requests 150]

With ATOP imported into a fresh store (``SHARED_DIR/data/atop``; default ../shared), it starts
``pactwatch serve`` on 127.0.0.1 (a free port; no other address is ever used), asks every URL
once (a running server has seen them), then lets ``--clients`` clients, each on its own
keep-alive connection, send ``--requests`` requests each to ``/api/v1/status/...`` and then to
the actor page ``/actors/...`` (12 actors x 3 dates, cycled), and prints latency percentiles.
The same requests are then answered in-process, through the same app without a socket
(httpx's ASGI transport, one at a time), so the served p95 is also a ratio to the in-process
time. Last, the cost of an answer not yet kept: the service computing each status afresh.

Bounded: a fixed number of requests, and the whole load stops after 120 s in any case. The
issue's budget: p95 of /api/v1/status <= 20 ms and of the actor page <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"  # loopback only
ACTORS = ["ARM", "AZE", "RUS", "KAZ", "KGZ", "BLR", "TJK", "USA", "FRA", "TUR", "SWE", "JPN"]
DATES = ["2023-06-01", "2024-03-01", "2025-02-01"]
DEADLINE = 120.0


def urls(kind: str) -> list[str]:
    if kind == "status":
        return [f"/api/v1/status/{a}?as_of={d}" for d in DATES for a in ACTORS]
    return [f"/actors/{a}?date={d}" for d in DATES for a in ACTORS]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def client(port: int, paths: list[str], n: int, start: int, out: list[float]) -> None:
    """One keep-alive connection sending ``n`` requests, one after the other."""
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for i in range(n):
            path = paths[(start + i) % len(paths)]
            began = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            out.append(time.perf_counter() - began)
            if status != 200:
                raise RuntimeError(f"{path}: HTTP {status}")
    finally:
        writer.close()


async def load(port: int, paths: list[str], clients: int, n: int) -> tuple[list[float], float]:
    out: list[float] = []
    began = time.perf_counter()
    tasks = [client(port, paths, n, k * 7, out) for k in range(clients)]
    await asyncio.wait_for(asyncio.gather(*tasks), DEADLINE)
    return out, time.perf_counter() - began


def in_process(app: object, paths: list[str], n: int) -> list[float]:
    import httpx

    async def run() -> list[float]:
        out = []
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://local") as c:
            for p in paths:  # seen once, as the server has
                (await c.get(p)).raise_for_status()
            for i in range(n):
                began = time.perf_counter()
                (await c.get(paths[i % len(paths)])).raise_for_status()
                out.append(time.perf_counter() - began)
        return out

    return asyncio.run(run())


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "shared", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared")
    )
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=150, help="per client and endpoint")
    args = ap.parse_args()
    atop = Path(args.shared) / "data" / "atop"
    if not (atop / "atop5_1m.csv").is_file():
        print(f"no ATOP files in {atop}", file=sys.stderr)
        return 2

    from pactwatch.service import datasets, queries
    from pactwatch.service.session import Session
    from pactwatch.web import create_app

    tmp = Path(tempfile.mkdtemp(prefix="pactwatch-load-"))
    db = f"sqlite:///{tmp / 'store.db'}"
    report, _ = datasets.import_atop(
        Session(db=db), atop / "atop5_1m.csv", atop / "atop5_1a.csv", None
    )
    print(f"ATOP imported: {report['agreements']} agreements, {report['events']} events")

    port = free_port()
    env = {**os.environ, "PACTWATCH_DB": db}
    server = subprocess.Popen(
        [sys.executable, "-m", "pactwatch", "serve", "--host", HOST, "--port", str(port)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    rows = []
    try:
        began = time.monotonic()
        while True:
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/openapi.json", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() - began > 60:
                    raise RuntimeError("pactwatch serve did not start") from None
                time.sleep(0.2)
        for kind in ("status", "page"):
            paths = urls(kind)
            first = time.perf_counter()
            for p in paths:  # the first answer to each, computed and kept
                with urllib.request.urlopen(f"http://{HOST}:{port}{p}", timeout=60) as r:
                    r.read()
            cold = (time.perf_counter() - first) / len(paths)
            times, wall = asyncio.run(load(port, paths, args.clients, args.requests))
            rows.append((kind, times, wall, cold))
    finally:
        server.terminate()
        server.wait(10)

    app = create_app(Session(db=db))
    local = {kind: in_process(app, urls(kind), 400) for kind in ("status", "page")}
    session = Session(db=db)
    session.world()  # folded once, as the server's is
    fresh = []
    for a in ACTORS:
        for d in DATES:
            session.forget_answers()  # an answer not kept yet (the snapshots are)
            began = time.perf_counter()
            queries.status(session, a, d)
            fresh.append(time.perf_counter() - began)

    budget = {"status": 20.0, "page": 100.0}
    name = {"status": "/api/v1/status", "page": "actor page"}
    print(f"{args.clients} clients on 127.0.0.1, {args.requests} requests each per endpoint")
    print(
        f"{'endpoint':<16}{'served p50':>11}{'p95':>8}{'max':>8}{'req/s':>8}"
        f"{'in-process p50':>16}{'p95':>8}{'p95 ratio':>11}{'first':>8}{'budget':>8}"
    )
    ok = True
    for kind, times, wall, cold in rows:
        ms = [t * 1000 for t in times]
        lm = [t * 1000 for t in local[kind]]
        p95 = pct(ms, 95)
        ok = ok and p95 <= budget[kind]
        print(
            f"{name[kind]:<16}{statistics.median(ms):>9.2f}ms{p95:>6.2f}ms{max(ms):>6.1f}ms"
            f"{len(ms) / wall:>8.0f}{statistics.median(lm):>14.2f}ms{pct(lm, 95):>6.2f}ms"
            f"{p95 / pct(lm, 95):>10.1f}x{cold * 1000:>6.0f}ms{budget[kind]:>6.0f}ms"
        )
    fm = [t * 1000 for t in fresh]
    print(
        f"status computed afresh in-process (world folded, snapshot kept): "
        f"p50 {statistics.median(fm):.2f} ms, p95 {pct(fm, 95):.2f} ms"
    )
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
