"""Who is obliged towards whom under an agreement on a date, as plain tuples.

A provision in force binds the agreement's parties on the date: its ``from`` and ``to`` name
the obliged and the protected among them (empty: every party). :func:`duties` resolves an
agreement's provisions on one date from its parties; :func:`terms` does it once for every
agreement of a folded history, for each stretch of days over which the parties and the
provisions in force stay the same (decision 0012, seventh round), so that a question on any
date reads them by bisection (``Day.duties_of``) instead of resolving them again. A
:class:`Duty` is what the ties and the guarantors read; the validated
:class:`~pactwatch.world.snapshot.ProvisionState` of an answer is made from it when asked.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from pactwatch.model import Agreement
from pactwatch.model.agreements import Provision
from pactwatch.world.fold import AgreementLife, PairState

_BOUND = ("member", "withdrawing")  # as MembershipState.bound, in an agreement in force


class Duty(NamedTuple):
    """A provision in force on a date, its direction resolved to the actors bound."""

    agreement: str
    provision: Provision  # the static record
    obliged: tuple[str, ...]
    protected: tuple[str, ...]

    @property
    def kind(self) -> str:
        return self.provision.kind


def duties(agreement: Agreement, parties: tuple[str, ...], day: _dt.date) -> tuple[Duty, ...]:
    """The agreement's provisions in force on ``day``, given its parties then (the actors
    bound, sorted; none unless it is in force): those binding no one are left out."""
    if not parties:
        return ()
    out = []
    for p in agreement.provisions:
        if not p.active_on(day):
            continue
        obliged = tuple(a for a in p.from_ if a in parties) if p.from_ else parties
        protected = tuple(p.to) if p.to else parties
        if obliged and protected:
            out.append(Duty(agreement.id, p, obliged, protected))
    return tuple(out)


# per agreement: the days from which its parties or its provisions in force change, and
# from each, the parties (sorted) and the duties
Terms = dict[str, tuple[list[_dt.date], list[tuple[tuple[str, ...], tuple[Duty, ...]]]]]


def _in_force(life: AgreementLife, day: _dt.date) -> bool:
    """``life_status(life, day) == "in_force"``."""
    if life.terminated is not None and life.terminated.start <= day:
        return False
    return life.in_force is not None and life.in_force.start <= day


def terms(
    lives: Mapping[str, AgreementLife],
    agreements: Mapping[str, Agreement],
    by_agreement: Mapping[str, Iterable[tuple[str, list[PairState]]]],
) -> Terms:
    """Every agreement's parties and duties over time, read in one pass over its pairs'
    states: the days on which a state begins, the agreement enters into force or ends, or a
    provision begins or ends, and from each of them the parties bound and the duties.
    An agreement never in force has none."""
    out: Terms = {}
    for ag, life in lives.items():
        static = agreements.get(ag)
        if static is None or life.in_force is None:
            continue
        begins: list[tuple[_dt.date, str, str]] = []  # (day, actor, legal), each pair in order
        for actor, states in by_agreement.get(ag, ()):
            begins.extend((s.date.start, actor, s.legal) for s in states)
        begins.sort(key=lambda b: b[0])  # stable: a pair's later state of a day comes last
        days = {b[0] for b in begins}
        days.add(life.in_force.start)
        if life.terminated is not None:
            days.add(life.terminated.start)
        for p in static.provisions:
            days.update(d.start for d in (p.since, p.until) if d is not None)
        legal: dict[str, str] = {}
        cuts: list[_dt.date] = []
        made: list[tuple[tuple[str, ...], tuple[Duty, ...]]] = []
        k, n = 0, len(begins)
        for day in sorted(days):
            while k < n and begins[k][0] <= day:
                legal[begins[k][1]] = begins[k][2]
                k += 1
            parties: tuple[str, ...] = ()
            if _in_force(life, day):
                parties = tuple(sorted(a for a, x in legal.items() if x in _BOUND))
            cuts.append(day)
            made.append((parties, duties(static, parties, day)))
        out[ag] = (cuts, made)
    return out
