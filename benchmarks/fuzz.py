"""The heavy fuzz run: thousands of generated bad inputs through the command line.

    python benchmarks/fuzz.py [N]    (default 2,100 inputs; about 15 minutes on 2 cores)

Each input (an article, JSON lines, a scenario, a KB file, an ATOP/COW/capability CSV, or an
argument list) runs as one `pactwatch` command in a forked child, with a 30 s limit. Counted:
tracebacks (an exception other than SystemExit, or "internal error"), runs past 30 s, error
lines over 300 characters or more than one line with exit 2, exit codes other than 0 and 2,
and half-written results (a store changed by a failed import, a temporary file left behind).
"""

from __future__ import annotations

import json
import os
import pickle
import random
import select
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import strategies as st
from typer.testing import CliRunner

import test_fuzz as fz
from pactwatch.cli.app import app
from pactwatch.store import Store

LIMIT = 30.0


def draw(strategy: st.SearchStrategy[object], rnd: random.Random) -> object:
    """One example of a hypothesis strategy, reproducibly from ``rnd``."""
    from hypothesis import HealthCheck, given, seed, settings

    out: list[object] = []

    @seed(rnd.getrandbits(32))
    @settings(max_examples=1, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def pick(x: object) -> None:
        out.append(x)

    pick()
    return out[-1]


def case(kind: str, rnd: random.Random, work: Path) -> list[str]:
    """Write one generated input under ``work``; the command line that reads it."""
    if kind == "article":
        data = draw(
            st.one_of(
                st.binary(max_size=400), fz.text.map(lambda t: t.encode("utf-8", "surrogatepass"))
            ),
            rnd,
        )
        suffix = rnd.choice([".txt", ".md", ".html", ".jsonl", ".rss", ".xml"])
        f = work / f"doc{suffix}"
        f.write_bytes(data)  # type: ignore[arg-type]
        return [rnd.choice(["extract", "ingest"]), str(f)]
    if kind == "jsonl":
        rows = draw(st.lists(fz.json_values, min_size=1, max_size=3), rnd)
        f = work / "docs.jsonl"
        f.write_text("\n".join(json.dumps(r) for r in rows))  # type: ignore[union-attr]
        return ["extract", str(f)]
    if kind == "scenario":
        f = work / "s.yaml"
        f.write_text(draw(fz.yaml_text, rnd), encoding="utf-8", errors="surrogatepass")  # type: ignore[arg-type]
        return ["scenario", str(f)]
    if kind == "kb":
        root = work / "kb"
        for sub in ("actors", "agreements", "events"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        (root / "actors" / "actors.yaml").write_text(fz.ACTORS)
        (root / "agreements" / "BLOC.yaml").write_text(fz.BLOC)
        where = rnd.choice(["actors/x.yaml", "events/x.yaml", "agreements/X.yaml", "sources.yaml"])
        (root / where).write_text(draw(fz.yaml_text, rnd), encoding="utf-8", errors="surrogatepass")  # type: ignore[arg-type]
        return rnd.choice([["kb", "check", str(root)], ["--kb", str(root), "status", "ARM"]])
    if kind in ("atop", "cow", "capabilities"):
        cells = draw(st.lists(fz.cell, min_size=12, max_size=12), rnd)
        f = work / "data.csv"
        if kind == "atop":
            a = work / "a.csv"
            a.write_text(fz.ATOP_A)
            header = fz.ATOP_M if rnd.random() < 0.8 else fz.ATOP_M.replace("ineffect", "defense")
            f.write_text(header + fz._row(cells[:10]) + "\n")  # type: ignore[index]
            return ["import", "atop", "--members", str(f), "--alliances", str(a)]
        if kind == "cow":
            header = fz.COW if rnd.random() < 0.8 else fz.COW.replace("entente", "defense")
            f.write_text(header + fz._row(cells) + "\n")  # type: ignore[arg-type]
            return ["import", "cow-alliances", str(f)]
        f.write_text("ccode,year,cinc\n" + fz._row(cells[:3]) + "\n")  # type: ignore[index]
        return ["import", "capabilities", str(f)]
    command = draw(st.sampled_from(fz.COMMANDS), rnd)
    args = draw(st.lists(fz.arg, min_size=1, max_size=3), rnd)
    args = [a.replace("\x00", "") for a in args]  # type: ignore[union-attr]
    if "-o" in args:
        args = [str(work / "out") if a == "." and rnd.random() < 0.5 else a for a in args]
    return [*command, *args]  # type: ignore[misc]


def run(args: list[str], db: str) -> tuple[str, object]:
    """Run one command in a forked child: ("ok", (code, stderr, exception)) or ("timeout", ...)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        os.environ["PACTWATCH_DB"] = db
        try:
            result = CliRunner().invoke(app, args)
            exc = result.exception
            bad = None if exc is None or isinstance(exc, SystemExit) else repr(exc)[:300]
            payload = (result.exit_code, result.stderr, bad)
        except BaseException as e:
            payload = (-1, "", repr(e)[:300])
        os.write(write, pickle.dumps(payload))
        os._exit(0)
    os.close(write)
    started, chunks = time.monotonic(), []
    while True:
        left = LIMIT - (time.monotonic() - started)
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read)
            return "timeout", None
        ready, _, _ = select.select([read], [], [], left)
        if ready:
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return "ok", pickle.loads(b"".join(chunks)) if chunks else (-1, "", "child died")


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 2100
    kinds = ["article", "jsonl", "scenario", "kb", "atop", "cow", "capabilities", "args"]
    rnd = random.Random(20261202)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    longest = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        db_path = base / "store.db"
        db = f"sqlite:///{db_path}"
        CliRunner().invoke(app, ["import", "capabilities", "/dev/null"], env={"PACTWATCH_DB": db})
        good = base / "caps.csv"
        good.write_text("actor,year,value\nARM,2020,0.5\n")
        CliRunner().invoke(app, ["import", "capabilities", str(good)], env={"PACTWATCH_DB": db})
        for n in range(total):
            kind = kinds[n % len(kinds)]
            work = base / f"case{n}"
            work.mkdir()
            args = case(kind, rnd, work)
            store = Store.open(db, create=False)
            assert store is not None
            before = (store.counts(), store.capabilities())
            store.engine.dispose()
            started = time.monotonic()
            status, payload = run(args, db)
            longest = max(longest, time.monotonic() - started)
            counts[kind] += 1
            if status == "timeout":
                counts["past 30 s"] += 1
                failures.append(f"timeout: {args!r}"[:400])
                continue
            code, stderr, exc = payload  # type: ignore[misc]
            counts[f"exit {code}"] += 1
            problem = None
            if exc is not None or "Traceback" in stderr or "internal error" in stderr:
                counts["tracebacks"] += 1
                problem = f"traceback {exc or stderr[:200]}"
            elif code not in (0, 2):
                problem = f"exit {code}"
            elif code == 2:
                errors = [line for line in stderr.splitlines() if line.startswith("pactwatch:")]
                report = args[:2] == ["kb", "check"]  # its problems are its report, on stdout
                if (
                    args[0] not in ("extract", "ingest")
                    and not report
                    and len(stderr.splitlines()) != 1
                ):
                    problem = f"{len(stderr.splitlines())} lines"
                elif any(len(line) > 300 for line in stderr.splitlines()) or not (errors or report):
                    problem = "a line over 300 characters"
            store = Store.open(db, create=False)
            assert store is not None
            after = (store.counts(), store.capabilities())
            store.engine.dispose()
            if code != 0 and after != before:
                problem = "store changed by a failed command"
            if any(p.name.endswith(".tmp") for p in work.rglob("*")):
                problem = "temporary file left behind"
            if problem:
                counts["failures"] += 1
                failures.append(f"{problem}: {args!r}"[:400])
    print(f"inputs: {total}; by kind: " + ", ".join(f"{k} {counts[k]}" for k in kinds))
    print(
        f"exit 0: {counts['exit 0']}, exit 2: {counts['exit 2']}, "
        f"tracebacks: {counts['tracebacks']}, past 30 s: {counts['past 30 s']}, "
        f"failures: {counts['failures']}, longest run: {longest:.1f} s"
    )
    for line in failures[:40]:
        print("  " + line)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
