"""``timeline``: an actor's or agreement's dated events, its agreements' own life cycle included."""

from __future__ import annotations

import datetime as _dt

from pactwatch.dates import as_date
from pactwatch.world import EventRef, World
from pactwatch.world.world import DateLike

# The events of an agreement's own life; written without a subject they concern every party.
LIFE_CYCLE = frozenset({"sign", "ratify", "enter_into_force", "amend", "extend", "terminate"})


def timeline(
    world: World, ident: str, start: DateLike = None, end: DateLike = None
) -> list[EventRef]:
    """Every event, certain or claimed, in which ``ident`` takes part, by date.

    For an actor this adds the life-cycle events written for an agreement as a whole (entry
    into force, amendment, termination, with no subject) of every agreement it had a standing
    in by then: the CSTO's entry into force in 1994 is part of Armenia's timeline.
    """
    lo = as_date(start) if start is not None else _dt.date.min
    hi = as_date(end)
    own = world.timeline(ident, start, end)
    seen = {r.event for r in own}
    # agreement -> the day the actor first had a standing
    first = world.index.first_standing.get(ident, {})
    extra = [
        world.ref(e.id)
        for e in world.history.events.values()
        if e.id not in seen
        and e.type in LIFE_CYCLE
        and not e.subject
        and e.agreement in first
        and first[e.agreement] <= e.date.start
        and lo <= e.date.start <= hi
    ]
    return sorted([*own, *extra], key=lambda r: r.date)
