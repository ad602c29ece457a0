"""``balance``: who stands behind each side of a dyad, who is tied to both, and with what."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from pydantic import BaseModel

from pactwatch.model.capabilities import Capabilities
from pactwatch.reasoning.guarantors import Guarantee, guarantors, ties
from pactwatch.world import World
from pactwatch.world.view import Day
from pactwatch.world.world import DateLike

PLEDGES = ("neutrality", "nonaggression")


class Tie(BaseModel):
    actor: str
    name: str
    agreement: str
    kind: str


class Side(BaseModel):
    actor: str
    name: str
    committed: list[Guarantee]  # defense obligations towards this side
    capability: float | None  # own capability, where a table is loaded
    committed_capability: float | None  # own plus its guarantors' (each counted once)


class CrossPressure(BaseModel):
    actor: str
    name: str
    to_challenger: list[Tie]
    to_target: list[Tie]


class BalanceReport(BaseModel):
    as_of: _dt.date
    challenger: Side
    target: Side
    cross_pressured: list[CrossPressure]
    pledges: list[Tie]  # neutrality and non-aggression between or towards the two
    capability_year: int | None
    capability_ratio: float | None  # target side's committed capability / challenger side's


def _ties(label: Callable[[str], str], snap: Day, actor: str, side: str) -> list[Tie]:
    found = ties(snap, actor, side)
    if not found:
        return []
    name = label(actor)
    return [Tie(actor=actor, name=name, agreement=ag, kind=kind) for ag, kind in found]


Kept = dict[str, tuple[tuple[object, ...], CrossPressure]]


def _cross(
    label: Callable[[str], str], snap: Day, challenger: str, target: str, kept: Kept | None
) -> list[CrossPressure]:
    """Who is obliged towards both sides, with its ties to each, by actor id: each tie read
    once from the day's kept look-ups (``Day.obliging``, never an empty set). ``kept`` holds
    the entries made by an earlier call for the same dyad (another world's, on the same
    date); an entry with the same name and ties is taken from it instead of being made."""
    to_challenger, to_target = snap.obliging(challenger), snap.obliging(target)
    cross = []
    for actor in sorted((to_challenger.keys() & to_target.keys()) - {challenger, target}):
        name = label(actor)
        ch, ta = sorted(to_challenger[actor]), sorted(to_target[actor])
        key = (name, *ch, None, *ta)
        if kept is not None:
            found = kept.get(actor)
            if found is not None and found[0] == key:
                cross.append(found[1])
                continue
        # a tie to both sides (the same agreement and kind) is one record, listed twice
        made_ties = {t: Tie(actor=actor, name=name, agreement=t[0], kind=t[1]) for t in {*ch, *ta}}
        made = CrossPressure(
            actor=actor,
            name=name,
            to_challenger=[made_ties[t] for t in ch],
            to_target=[made_ties[t] for t in ta],
        )
        if kept is not None and actor not in kept:
            kept[actor] = (key, made)
        cross.append(made)
    return cross


def balance(
    world: World,
    challenger: str,
    target: str,
    as_of: DateLike = None,
    capabilities: Capabilities | None = None,
    kept: Kept | None = None,
) -> BalanceReport:
    """The commitments around a challenger–target dyad on a date.

    ``kept``: a dictionary shared by the calls for one dyad and date on several worlds (a
    scenario's before and after), so that who is tied to both sides, where it is the same,
    is made once (the reports then share those entries).
    """
    snap = world.day(as_of)
    day = snap.as_of
    label = world.catalog.label
    g_ch = guarantors(world, challenger, day).guarantees
    g_ta = guarantors(world, target, day).guarantees
    g_ch = [g for g in g_ch if g.guarantor != target and g.agreement_status == "in_force"]
    g_ta = [g for g in g_ta if g.guarantor != challenger and g.agreement_status == "in_force"]
    cross = _cross(label, snap, challenger, target, kept)
    pledges = [
        t
        for a, b in ((challenger, target), (target, challenger))
        for t in _ties(label, snap, a, b)
        if t.kind in PLEDGES
    ]
    year = capabilities.year_for(day) if capabilities else None

    def side(actor: str, committed: list[Guarantee]) -> Side:
        own = capabilities.value(actor, year) if capabilities and year else None
        total = None
        if capabilities and year:
            members = {actor} | {g.guarantor for g in committed}
            total = sum(capabilities.value(a, year) or 0.0 for a in members)
        return Side(
            actor=actor,
            name=label(actor),
            committed=committed,
            capability=own,
            committed_capability=total,
        )

    ch, ta = side(challenger, g_ch), side(target, g_ta)
    ratio = None
    if ch.committed_capability and ta.committed_capability is not None:
        ratio = ta.committed_capability / ch.committed_capability
    return BalanceReport(
        as_of=day,
        challenger=ch,
        target=ta,
        cross_pressured=cross,
        pledges=pledges,
        capability_year=year,
        capability_ratio=ratio,
    )
