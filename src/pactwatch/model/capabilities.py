"""Capability tables (actor, year, value), such as the COW NMC ``cinc`` score."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping


class Capabilities:
    """Values by actor and year; the fold's actors are ISO ids."""

    def __init__(self, values: Mapping[tuple[str, int], float], source: str = "") -> None:
        self.values = dict(values)
        self.source = source
        self.years = sorted({y for _, y in self.values})

    def year_for(self, day: _dt.date) -> int | None:
        """The latest year with data on or before the date."""
        years = [y for y in self.years if y <= day.year]
        return years[-1] if years else None

    def value(self, actor: str, year: int | None) -> float | None:
        if year is None:
            return None
        return self.values.get((actor, year))
