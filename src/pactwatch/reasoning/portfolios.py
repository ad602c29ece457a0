"""Alliance portfolio similarity, as political scientists compute it.

Each state's portfolio is its row of valued ties to every state in the system on the date:
3 for a defense (or offense) obligation, 2 for neutrality or non-aggression, 1 for
consultation (an entente), 0 for none, and 3 with itself (Signorino and Ritter 1999; the
valued ATOP coding of Leeds). A tie counts between two states bound by the same agreement in
force, with the strongest provision obliging one towards the other, in either direction.

- ``S`` (Signorino–Ritter 1999), unweighted: ``1 - 2 * sum_k |x_ik - x_jk| / (n * dmax)``
  with ``dmax = 3``; 1 for identical portfolios, -1 for opposite ones.
- ``kappa`` (Cohen's, as proposed for portfolios by Häge 2011): the agreement of the two
  rows as categories, corrected for the agreement their marginal distributions imply.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel

from pactwatch.world import Snapshot, World
from pactwatch.world.world import DateLike

WEIGHT = {
    "defense": 3,
    "offense": 3,
    "neutrality": 2,
    "nonaggression": 2,
    "consultation": 1,
}
DMAX = 3


def tie_matrix(snap: Snapshot, states: Sequence[str]) -> dict[tuple[str, str], int]:
    """Valued ties between every two of ``states``, symmetric, with 3 on the diagonal."""
    ties: dict[tuple[str, str], int] = {(s, s): DMAX for s in states}
    index = set(states)
    for a, b, p in snap.obligations():
        w = WEIGHT.get(p.kind)
        if w is None or a not in index or b not in index:
            continue
        for key in ((a, b), (b, a)):
            ties[key] = max(ties.get(key, 0), w)
    return ties


def s_score(x: Sequence[int], y: Sequence[int], dmax: int = DMAX) -> float:
    """Signorino–Ritter S of two valued rows, unweighted."""
    n = len(x)
    if n == 0 or n != len(y):
        raise ValueError("S needs two rows of the same, non-zero length")
    return 1 - 2 * sum(abs(a - b) for a, b in zip(x, y, strict=True)) / (n * dmax)


def kappa(x: Sequence[int], y: Sequence[int]) -> float:
    """Cohen's kappa of two categorical rows; 1.0 when both are constant and equal."""
    n = len(x)
    if n == 0 or n != len(y):
        raise ValueError("kappa needs two rows of the same, non-zero length")
    observed = sum(a == b for a, b in zip(x, y, strict=True)) / n
    cx, cy = Counter(x), Counter(y)
    expected = sum(cx[c] * cy[c] for c in set(cx) | set(cy)) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


class Similarity(BaseModel):
    a: str
    b: str
    as_of: _dt.date
    n: int  # states in the system compared over
    s: float
    kappa: float
    row_a: dict[str, int]  # the non-zero ties, for inspection
    row_b: dict[str, int]


class SimilarityMatrix(BaseModel):
    as_of: _dt.date
    states: list[str]
    n: int
    s: list[list[float]]
    kappa: list[list[float]]


def system(world: World) -> list[str]:
    """The states compared over: every state actor of the knowledge base, sorted."""
    return sorted(a.id for a in world.kb.actors.values() if a.kind == "state")


def _rows(
    world: World, as_of: DateLike, wanted: Sequence[str]
) -> tuple[_dt.date, list[str], dict[str, list[int]]]:
    snap = world.snapshot(as_of)
    states = system(world)
    ties = tie_matrix(snap, states)
    rows = {w: [ties.get((w, k), 0) for k in states] for w in wanted}
    return snap.as_of, states, rows


def similarity(world: World, a: str, b: str, as_of: DateLike = None) -> Similarity:
    day, states, rows = _rows(world, as_of, [a, b])
    return Similarity(
        a=a,
        b=b,
        as_of=day,
        n=len(states),
        s=s_score(rows[a], rows[b]),
        kappa=kappa(rows[a], rows[b]),
        row_a={k: v for k, v in zip(states, rows[a], strict=True) if v},
        row_b={k: v for k, v in zip(states, rows[b], strict=True) if v},
    )


def similarity_matrix(
    world: World, states: Sequence[str], as_of: DateLike = None
) -> SimilarityMatrix:
    day, system_states, rows = _rows(world, as_of, states)
    return SimilarityMatrix(
        as_of=day,
        states=list(states),
        n=len(system_states),
        s=[[round(s_score(rows[i], rows[j]), 6) for j in states] for i in states],
        kappa=[[round(kappa(rows[i], rows[j]), 6) for j in states] for i in states],
    )
