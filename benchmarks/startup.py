"""Benchmark: the start-up of the command line, whole processes side by side with a bare import.

    python benchmarks/startup.py [--reps N] [--src DIR] [--no-bytecode-cache]

Each repetition runs, one after the other and each as a fresh process of this Python:

- bare: ``python -c "import typer, rich.table, pydantic, yaml"``, the floor any Typer and
  pydantic command line pays;
- ``pactwatch --help``, bounded by issue 11 at 2x bare;
- ``pactwatch status ARM`` on the default store, bounded at 3x bare (the default store is
  the user's, as a user would run it: a missing one is an empty one);
- ``pactwatch --db sqlite:///TMP/store.db status ARM``: the same question with a store that
  exists (empty, created first; not bounded, printed to show what a store costs).

The rows print the median wall-clock time over the repetitions and its ratio to bare's median
(the ratios, measured side by side, are what to compare across machines). The KB cache is
warmed once before timing, as any second run of the command finds it. ``--src DIR`` puts
another source tree first on the path (``PYTHONPATH``), to measure the code before a change;
by default the sources beside this file are used.

Bytecode: an installed package has its modules compiled (pip writes the ``.pyc`` files), so by
default the processes keep their bytecode in a temporary ``PYTHONPYCACHEPREFIX`` (written by
the warm-up run, nothing written into the source tree). ``--no-bytecode-cache`` runs them with
``PYTHONDONTWRITEBYTECODE=1`` instead, as a development shell may: then every run compiles
pactwatch's sources again (about 0.15-0.2 s more for ``status``), while the libraries in
site-packages keep their compiled files. The figures are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
BARE = ["-c", "import typer, rich.table, pydantic, yaml"]


def timed(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--src", type=Path, default=HERE / "src")
    parser.add_argument("--no-bytecode-cache", action="store_true")
    opts = parser.parse_args()

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(opts.src.resolve()), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env.pop("PACTWATCH_DB", None)
    with tempfile.TemporaryDirectory() as tmp:
        if opts.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
            bytecode = "sources compiled on every run (PYTHONDONTWRITEBYTECODE=1)"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            bytecode = "bytecode cached (PYTHONPYCACHEPREFIX)"
        url = f"sqlite:///{Path(tmp) / 'store.db'}"
        make = f"from pactwatch.store import Store; Store.open({url!r}, create=True)"
        subprocess.run([sys.executable, "-c", make], env=env, check=True)
        cases = {
            "bare import (typer, rich.table, pydantic, yaml)": (BARE, None),
            "pactwatch --help": (["-m", "pactwatch", "--help"], 2.0),
            "pactwatch status ARM": (["-m", "pactwatch", "status", "ARM"], 3.0),
            "pactwatch --db (empty store) status ARM": (
                ["-m", "pactwatch", "--db", url, "status", "ARM"],
                None,
            ),
        }
        for args, _ in cases.values():  # warm-up: the KB cache, the OS's file cache
            timed(args, env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(opts.reps):
            for name, (args, _) in cases.items():
                times[name].append(timed(args, env))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{opts.reps} repetitions, sources {opts.src}, {bytecode}, load average {load:.2f}")
    bare = statistics.median(next(iter(times.values())))
    for name, (_, bound) in cases.items():
        median = statistics.median(times[name])
        spread = f"{min(times[name]):.2f}-{max(times[name]):.2f}"
        ratio = median / bare
        verdict = ""
        if bound is not None:
            verdict = f"<= {bound:.0f}x {'ok' if ratio <= bound else 'NOT MET'}"
        print(f"{name:<48} {median:6.3f} s ({spread}) {ratio:5.2f}x {verdict}")


if __name__ == "__main__":
    main()
