"""Benchmark: ingesting on Dask, one worker against two, and memory against the number of
documents.

Run: python benchmarks/ingest_scale.py [SHARED_DIR] [--docs N] [--memory A,B] [--quick]
                                        [--in-process] [--batch B]
     (defaults: ../shared, 2,000 documents, memory at 1,000 and 10,000 documents;
      --quick: 400 documents, memory at 200 and 2,000)

Writes N distinct documents (the 42 articles of ``gold/news/docs``, each copy varied so its
hash differs) to a temporary folder and ingests them as ``pactwatch ingest --workers W``
would (service.distributed.read_many, one writer storing each document with its claims in
SQLite, the claims also written to Parquet), each run a separate process started side by
side in this one command: ``--workers 1`` and ``--workers 2`` (and, with ``--in-process``,
no Dask at all). It prints documents per second of each, the speed-up (the issue's target:
at least 1.7x on a 2-core machine), whether the stored claims and the Parquet datasets are
identical, and the peak memory of the whole process tree (the run, its cluster and its
workers) with A and with B documents, and their ratio (target: within 20%). No assertion is
made on time: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve()


# -- a run (a child process) ------------------------------------------------------------------


def ingest(folder: Path, workers: int | None, db: str, parquet: Path, batch: int) -> None:
    """What `pactwatch ingest FOLDER --workers W --parquet DIR` does, documents streamed."""
    from pactwatch.service import reading
    from pactwatch.service.distributed import ClaimsParquet, read_many
    from pactwatch.store import Store
    from pactwatch.text.readers import ReadError

    store = Store.open(db)
    assert store is not None
    documents = (
        doc
        for _, found in reading.inputs([str(folder)])
        if not isinstance(found, ReadError)
        for doc in found
    )
    new = (d for d in documents if not store.has_document(d.id))
    added = claims = failed = 0
    t0 = time.perf_counter()
    with (
        contextlib.closing(read_many(new, workers=workers, batch=batch)) as results,
        ClaimsParquet(parquet) as out,
    ):
        for doc, events, failure in results:
            if failure is not None:
                failed += 1
                continue
            rows = [
                (e.type, e.factuality, e.source, [*e.subject, *e.object], e.model_dump_json())
                for e in events
            ]
            if store.add_document(doc, rows):
                added += 1
                claims += len(rows)
                out.add(doc, events)
    took = time.perf_counter() - t0
    print(f"{added} {claims} {failed} {took:.3f}")


# -- the benchmark ----------------------------------------------------------------------------


def corpus(shared: Path, n: int, folder: Path) -> None:
    """N distinct documents as text files: the news articles, each copy numbered."""
    from pactwatch.text.readers import read_path

    files = sorted((shared / "gold" / "news" / "docs").glob("*.txt"))
    base = [read_path(f)[0].text for f in files]
    folder.mkdir(parents=True)
    for i in range(n):
        text = base[i % len(base)] + f"\n\n(copy {i // len(base)})\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        return _proc_tree_rss(pid)
    try:
        root = psutil.Process(pid)
        total = root.memory_info().rss
        for child in root.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return int(total)
    except psutil.Error:
        return 0


def _proc_tree_rss(pid: int) -> int:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError):
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * page
        todo += kids.get(p, [])
    return total


class Run:
    def __init__(self, label: str, docs: int, wall: float, took: float, peak: int, out: str):
        added, claims, failed, _ = out.split()
        self.label, self.docs, self.wall, self.took, self.peak = label, docs, wall, took, peak
        self.added, self.claims, self.failed = int(added), int(claims), int(failed)

    def line(self) -> str:
        return (
            f"{self.label:<12} {self.docs:>6} docs  {self.claims:>7} claims  "
            f"{self.docs / self.wall:6.2f} docs/s whole process ({self.wall:6.1f} s), "
            f"{self.docs / self.took:6.2f} docs/s reading  peak {self.peak / 2**20:7,.0f} MiB"
        )


def run(folder: Path, docs: int, workers: int | None, work: Path, batch: int) -> Run:
    label = "in process" if workers is None else f"workers={workers}"
    db = f"sqlite:///{work / (label.replace(' ', '-').replace('=', '') + '.db')}"
    parquet = work / (label.replace(" ", "-").replace("=", "") + ".parquet")
    cmd = [sys.executable, str(HERE), "--run", str(folder), str(workers or 0), db, str(parquet)]
    cmd += ["--batch", str(batch)]
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{label} failed ({proc.returncode})")
    last = out.strip().splitlines()[-1]
    result = Run(label, docs, wall, float(last.split()[-1]), peak, last)
    print(result.line(), flush=True)
    return result


def stored(work: Path, label: str) -> tuple[list[tuple[str, str, str]], list[dict[str, object]]]:
    """The claims a run stored (id, status, payload) and the rows of its Parquet dataset."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    from pactwatch.store import Store

    name = label.replace(" ", "-").replace("=", "")
    store = Store.open(f"sqlite:///{work / (name + '.db')}", create=False)
    assert store is not None
    return list(store.claims()), pq.read_table(work / (name + ".parquet")).to_pylist()


def main() -> None:
    argv = sys.argv[1:]
    if argv[:1] == ["--run"]:
        folder, workers, db, parquet = argv[1:5]
        batch = int(argv[argv.index("--batch") + 1])
        ingest(Path(folder), int(workers) or None, db, Path(parquet), batch)
        return
    quick = "--quick" in argv

    def option(name: str, default: str) -> str:
        return argv[argv.index(name) + 1] if name in argv else default

    n = int(option("--docs", "400" if quick else "2000"))
    small, large = (
        int(x) for x in option("--memory", "200,2000" if quick else "1000,10000").split(",")
    )
    batch = int(option("--batch", "16"))
    values = {option(o, "") for o in ("--docs", "--memory", "--batch")}
    args = [a for a in argv if not a.startswith("--") and a not in values]
    shared = Path(args[0]) if args else HERE.parents[2] / "shared"
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the start", flush=True)

    with tempfile.TemporaryDirectory(prefix="pactwatch-ingest-scale-") as tmp:
        work = Path(tmp)
        corpus(shared, n, work / "speed")
        print(f"speed: {n} distinct documents, batches of {batch}", flush=True)
        runs = [run(work / "speed", n, w, work, batch) for w in (1, 2)]
        if "--in-process" in argv:
            runs.append(run(work / "speed", n, None, work, batch))
        one, two = runs[0], runs[1]
        print(
            f"speed-up workers=2 / workers=1: {one.wall / two.wall:.2f}x whole process, "
            f"{one.took / two.took:.2f}x reading (target 1.70x)"
        )
        first = stored(work, one.label)
        for other in runs[1:]:
            same = stored(work, other.label) == first
            print(f"stored claims and Parquet of {other.label} identical to workers=1: {same}")

        print(f"memory: {small} against {large} documents, workers=2", flush=True)
        peaks = []
        for size in (small, large):
            corpus(shared, size, work / f"mem{size}")
            sub = work / f"m{size}"
            sub.mkdir()
            peaks.append(run(work / f"mem{size}", size, 2, sub, batch).peak)
        print(
            f"peak memory {large} / {small} documents: {peaks[1] / peaks[0]:.2f} "
            f"(target within 20%: 0.80-1.20)"
        )
    print(f"load average {os.getloadavg()[0]:.1f} at the end (2 cores shared: figures are noisy)")


if __name__ == "__main__":
    main()
