"""Benchmark: the cost of a question with ATOP 5.1 imported, side by side with the curated KB.

    python benchmarks/questions.py [ATOP_DIR] [--db URL] [--reps N]

ATOP_DIR defaults to ../shared/data/atop; without --db, ATOP is imported into a temporary
SQLite store first (about 5 s, not counted). Both worlds are loaded as the command line loads
them (``World.load(...).require_valid()``), then each question is timed in process, on a world
that has not answered it before: every repetition asks on a freshly loaded world, or on a date
not asked before, so that nothing measured is a kept answer being handed back. A freshly
loaded world is asked after the heap was collected (outside the timing), so that no question
pays for collecting the world before it.

Printed, each as the median of the repetitions, curated KB | with ATOP | ratio:

- loading the world (store rows, the KB, the fold, ``require_valid``);
- ``status`` of one actor on a date, the ratio the issue bounds at 2x: on a loaded world
  (ARM on random dates 1992-2025; a random state of the curated KB on a random date
  1816-2025), and as the first question of a freshly loaded world (ARM, USA, RUS on
  2018-12-31);
- ``scenario examples/scenarios/armenia-withdraws-csto.yaml`` (``reasoning.assess``), bounded
  at 1.5x;
- the similarity matrix of every state of the world on one year (with ATOP only: curated has
  far fewer states), bounded at 0.3 s.

The figures are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pactwatch import reasoning
from pactwatch.importers.atop import read_atop
from pactwatch.kb.loader import load_kb
from pactwatch.kb.scenario import load_scenario
from pactwatch.reasoning.portfolios import system
from pactwatch.store import Store
from pactwatch.world import World

HERE = Path(__file__).resolve().parents[1]
SCENARIO = HERE / "examples/scenarios/armenia-withdraws-csto.yaml"


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def import_atop(root: Path, url: str) -> Store:
    store = Store.open(url)
    assert store is not None
    kb = load_kb()
    curated = {i: a.id for a in kb.agreements.values() for i in a.atop}
    result = read_atop(root / "atop5_1m.csv", root / "atop5_1a.csv", kb.actors, curated)
    store.replace_origin("atop", result.actors, result.agreements, result.events)
    return store


def row(what: str, curated: float | None, atop: float, bound: str = "") -> None:
    left = f"{curated:9.2f} ms" if curated is not None else " " * 12
    ratio = f"{atop / curated:6.2f}x" if curated else " " * 7
    print(f"{what:<46} {left} | {atop:9.2f} ms | {ratio} {bound}")


def run(store: Store, reps: int) -> None:
    def load(with_atop: bool) -> World:
        return World.load(None, store if with_atop else None).require_valid()

    def fresh(with_atop: bool) -> World:
        """A newly loaded world to ask a first question of. What the worlds before it left
        for the cyclic collector is collected first, outside the timing: otherwise a question
        asked just after a world with ATOP was dropped pays for collecting that world (the
        curated scenario took 11-13 ms instead of 6, and its ratio fell below 1)."""
        world = load(with_atop)
        gc.collect()
        return world

    # warm-up: imports, the KB cache (if any), first-call costs of pydantic and SQLAlchemy
    load(False)
    load(True)

    loads = {k: [timed(lambda k=k: load(k)) for _ in range(reps)] for k in (False, True)}
    worlds = {k: load(k) for k in (False, True)}
    print(f"{'question':<46} {'curated':>12} | {'with ATOP':>12} | ratio")
    row("load the world (store, KB, fold, checks)", *(median_ms(loads[k]) for k in (False, True)))

    rnd = random.Random(11)

    def day(lo: int) -> str:
        return f"{rnd.randint(lo, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"

    # on a loaded world, each question on a date not asked before
    n = max(reps * 6, 30)
    states = [a.id for a in worlds[False].kb.actors.values() if a.kind == "state"]
    asks = {
        "status ARM, random dates 1992-2025": [("ARM", day(1992)) for _ in range(n)],
        "status, random state and date 1816-2025": [
            (rnd.choice(states), day(1816)) for _ in range(n)
        ],
    }
    for what, questions in asks.items():
        st = {
            k: [timed(lambda w=w, a=a, d=d: reasoning.status(w, a, d)) for a, d in questions]
            for k, w in worlds.items()
        }
        row(what, *(median_ms(st[k]) for k in (False, True)), "≤ 2x")
    # the first question of a freshly loaded world
    for actor in ("ARM", "USA", "RUS"):
        one = {}
        for k in (False, True):
            times = []
            for _ in range(reps):
                w = fresh(k)
                times.append(timed(lambda w=w, a=actor: reasoning.status(w, a, "2018-12-31")))
            one[k] = median_ms(times)
        row(f"status {actor} 2018-12-31, first question", one[False], one[True], "≤ 2x")

    sc = load_scenario(SCENARIO)
    sc_times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(reps):
        for k in (False, True):
            w = fresh(k)
            sc_times[k].append(timed(lambda w=w: reasoning.assess(w, sc)))
    row(
        "scenario armenia-withdraws-csto",
        *(median_ms(sc_times[k]) for k in (False, True)),
        "≤ 1.5x",
    )

    for year in ("1985", "2018"):
        times = []
        n = 0
        for _ in range(reps):
            w = fresh(True)
            states = system(w)
            n = len(states)
            times.append(timed(lambda w=w, s=states, y=year: reasoning.similarity_matrix(w, s, y)))
        row(f"similarity matrix, {n} states, {year}", None, median_ms(times), "≤ 300 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("atop", nargs="?", type=Path, default=HERE.parent / "shared/data/atop")
    parser.add_argument("--db", help="a store with ATOP already imported")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    if args.db:
        store = Store.open(args.db, create=False)
        assert store is not None, f"no store at {args.db}"
        run(store, args.reps)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(import_atop(args.atop, f"sqlite:///{tmp}/atop.db"), args.reps)


if __name__ == "__main__":
    main()
