"""``coverage``: where the knowledge base is thick and where it is thin, by region and year.

A state's region follows its Correlates of War number (COW's own regional blocks); an agreement
belongs to the region of each state that ever had a standing in it, an event to the regions of
the states it names, or else to its agreement's.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from pydantic import BaseModel

from pactwatch.world import World

SINCE = 2019  # the first year after ATOP's coverage
REGIONS = (
    (2, 199, "Americas"),
    (200, 399, "Europe"),
    (400, 626, "Africa"),
    (630, 699, "Middle East"),
    (700, 899, "Asia"),
    (900, 999, "Oceania"),
)
PRECISIONS = ("day", "month", "year")


def region_of(cow: int | None) -> str | None:
    if cow is None:
        return None
    return next((name for lo, hi, name in REGIONS if lo <= cow <= hi), None)


class YearCoverage(BaseModel):
    year: int
    in_force: int  # agreements in force on 31 December (today for this year)
    with_recent_events: int  # of those, with an event of their own after 2018
    events: dict[str, int]  # curated events dated in the year, by precision


class RegionCoverage(BaseModel):
    region: str
    agreements: int  # agreements with a party in the region, ever
    events: dict[str, int]  # every curated event touching the region, by precision
    years: list[YearCoverage]


class Coverage(BaseModel):
    since: int
    regions: list[RegionCoverage]


def coverage(world: World, today: _dt.date | None = None) -> Coverage:
    """Per region and year since 2019: agreements in force, how many have recent events, and
    how precisely the curated events are dated."""
    today = today or _dt.date.today()
    kb = world.kb
    where = {a.id: r for a in kb.actors.values() if (r := region_of(a.cow)) and a.kind == "state"}
    ag_regions: dict[str, set[str]] = defaultdict(set)
    for actor, ag in world.history.pairs:
        if actor in where:
            ag_regions[ag].add(where[actor])
    recent = {
        e.agreement for e in kb.events if e.agreement is not None and e.date.start.year >= SINCE
    }
    counts: dict[tuple[str, int | None], dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(PRECISIONS, 0)
    )
    for e in kb.events:
        regions = {where[a] for a in (*e.subject, *e.object) if a in where}
        if not regions and e.agreement is not None:
            regions = ag_regions.get(e.agreement, set())
        for r in regions:
            counts[r, None][e.date.precision] += 1
            counts[r, e.date.year][e.date.precision] += 1
    names = [name for _, _, name in REGIONS]
    years: dict[str, list[YearCoverage]] = {r: [] for r in names}
    for year in range(SINCE, today.year + 1):
        day = min(_dt.date(year, 12, 31), today)
        on = world.day(day)
        live = [
            ag
            for ag in world.history.agreements
            if ag in kb.agreements and on.status(ag) == "in_force"
        ]
        for r in names:
            here = [a for a in live if r in ag_regions.get(a, set())]
            years[r].append(
                YearCoverage(
                    year=year,
                    in_force=len(here),
                    with_recent_events=sum(1 for a in here if a in recent),
                    events=dict(counts[r, year]),
                )
            )
    return Coverage(
        since=SINCE,
        regions=[
            RegionCoverage(
                region=r,
                agreements=sum(1 for regs in ag_regions.values() if r in regs),
                events=dict(counts[r, None]),
                years=years[r],
            )
            for r in names
        ],
    )
