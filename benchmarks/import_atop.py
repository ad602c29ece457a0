"""Benchmark: importing ATOP 5.1 and folding the imported history, against a one-minute budget.

Run: python benchmarks/import_atop.py [ATOP_DIR]   (default ../shared/data/atop)
Prints each step's time and its ratio to the budget; a ratio under 1.0 meets the issue's
"under a minute on this machine".
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pactwatch.importers.atop import read_atop
from pactwatch.kb.loader import load_kb
from pactwatch.store import Store
from pactwatch.world import World

BUDGET_S = 60.0


def main() -> None:
    root = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared/data/atop"
    )
    kb = load_kb()
    curated = {i: a.id for a in kb.agreements.values() for i in a.atop}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/bench.db")
        assert store is not None
        t0 = time.perf_counter()
        result = read_atop(root / "atop5_1m.csv", root / "atop5_1a.csv", kb.actors, curated)
        t1 = time.perf_counter()
        store.replace_origin("atop", result.actors, result.agreements, result.events)
        t2 = time.perf_counter()
        world = World.load(None, store)
        world.snapshot("1985-01-01")
        t3 = time.perf_counter()
    steps = {"read": t1 - t0, "store": t2 - t1, "load and fold": t3 - t2, "total": t3 - t0}
    for name, seconds in steps.items():
        ratio = seconds / BUDGET_S
        print(f"{name:>14}: {seconds:6.2f} s   ratio to the {BUDGET_S:.0f} s budget: {ratio:.3f}")
    rows = f"{result.alliance_rows} alliances, {result.member_rows} members"
    print(f"rows: {rows}; {len(result.events)} events")


if __name__ == "__main__":
    main()
