"""Researchers' tables computed from the world: events, memberships, member- and dyad-years,
and ATOP's member- and alliance-level format."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from pactwatch.dates import PartialDate, as_date
from pactwatch.service.errors import UserError
from pactwatch.world import World

if TYPE_CHECKING:
    import pandas as pd


def years(world: World, start: int | None, end: int | None, as_of: _dt.date) -> range:
    """The years of the year tables: from the first event (or ``start``) to ``end`` (or the
    as-of year), never after the as-of date."""
    first = min((e.date.year for e in world.history.events.values()), default=as_of.year)
    lo, hi = start if start is not None else first, end if end is not None else as_of.year
    if hi < lo:
        raise UserError("--to-year comes before --from-year; swap them")
    if hi > as_of.year:
        raise UserError(
            f"--to-year {hi} is after the as-of date {as_of}: the tables end on that date; "
            "give a later --as-of"
        )
    return range(lo, hi + 1)


def tables(
    world: World, as_of: PartialDate | None, start: int | None, end: int | None
) -> tuple[dict[str, pd.DataFrame], range]:
    """The four tables of ``export csv`` and ``export parquet``, and the years they cover."""
    from pactwatch import frames  # pandas, imported when asked for

    day = as_date(as_of)
    span_years = years(world, start, end, day)
    span = world.coverage()
    # a year before the first event has no rows: no need to fold it
    folded = range(max(span_years.start, span[0].year), span_years.stop) if span else span_years
    out = {
        "events": frames.events(world),
        "memberships": frames.memberships(world, day),
        "member_years": frames.member_years(world, folded, day),
        "dyad_years": frames.dyad_years(world, folded, day),
    }
    return out, span_years


def atop(world: World, as_of: PartialDate | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """ATOP member-level and alliance-level tables for every agreement."""
    from pactwatch import frames  # pandas, imported when asked for

    members = frames.atop_members(world, as_of)
    return members, frames.atop_alliances(members)
