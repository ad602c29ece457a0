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

The matrix is computed with numpy over every pair of rows at once, with the same integer
sums and the same floating-point divisions as the scores of one pair, so the two agree to
the last bit.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel

from pactwatch.world import ProvisionState, Snapshot, World
from pactwatch.world.world import DateLike

if TYPE_CHECKING:  # numpy is imported by the functions that use it
    import numpy as np

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


def tie_array(provisions: Iterable[ProvisionState], states: Sequence[str]) -> np.ndarray:
    """``tie_matrix`` as an array, rows and columns in the order of ``states``."""
    import numpy as np

    n = len(states)
    where = {s: i for i, s in enumerate(states)}
    ties = np.zeros((n, n), dtype=np.int64)
    for p in provisions:
        w = WEIGHT.get(p.kind)
        if w is None:
            continue
        rows = [where[a] for a in p.obliged if a in where]
        cols = [where[b] for b in p.protected if b in where]
        if not rows or not cols:
            continue
        r, c = np.ix_(rows, cols)
        np.maximum.at(ties, (r, c), w)  # duplicates in a list are met more than once
        np.maximum.at(ties, (c, r), w)
    np.fill_diagonal(ties, DMAX)  # one actor is never obliged towards itself
    return ties


def s_matrix(x: np.ndarray, dmax: int = DMAX) -> np.ndarray:
    """Signorino–Ritter S of every two rows of ``x`` (as ``s_score`` of each pair)."""
    import numpy as np

    n = x.shape[1]
    if n == 0:
        raise ValueError("S needs two rows of the same, non-zero length")
    distance = np.stack([np.abs(x - row).sum(axis=1) for row in x]) if len(x) else x[:, :0]
    result: np.ndarray = 1 - (2 * distance) / (n * dmax)
    return result


def kappa_matrix(x: np.ndarray) -> np.ndarray:
    """Cohen's kappa of every two rows of ``x`` (as ``kappa`` of each pair)."""
    import numpy as np

    n = x.shape[1]
    if n == 0:
        raise ValueError("kappa needs two rows of the same, non-zero length")
    same = np.zeros((x.shape[0], x.shape[0]), dtype=np.int64)
    counts = []
    for c in np.unique(x):
        hot = (x == c).astype(np.int64)
        same += hot @ hot.T
        counts.append(hot.sum(axis=1))
    marg = np.stack(counts, axis=1)
    observed = same / n
    expected = (marg @ marg.T) / (n * n)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (observed - expected) / (1 - expected)
    result: np.ndarray = np.where(expected == 1, 1.0, out)
    return result


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


def _array(world: World, as_of: DateLike) -> tuple[_dt.date, list[str], np.ndarray]:
    day = world.day(as_of)
    states = system(world)
    return day.as_of, states, tie_array(day.provisions(), states)


def _rows(
    world: World, as_of: DateLike, wanted: Sequence[str]
) -> tuple[_dt.date, list[str], dict[str, list[int]]]:
    day, states, ties = _array(world, as_of)
    where = {s: i for i, s in enumerate(states)}
    zero = [0] * len(states)
    rows = {w: ties[where[w]].tolist() if w in where else zero for w in wanted}
    return day, states, rows


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
    import numpy as np

    day, system_states, ties = _array(world, as_of)
    where = {s: i for i, s in enumerate(system_states)}
    x = np.zeros((len(states), len(system_states)), dtype=np.int64)
    for i, w in enumerate(states):
        if w in where:
            x[i] = ties[where[w]]
    return SimilarityMatrix(
        as_of=day,
        states=list(states),
        n=len(system_states),
        s=[[round(v, 6) for v in row] for row in s_matrix(x).tolist()],
        kappa=[[round(v, 6) for v in row] for row in kappa_matrix(x).tolist()],
    )
