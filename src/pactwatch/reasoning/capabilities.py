"""Capability tables (actor, year, value), such as the COW NMC ``cinc`` score."""

from __future__ import annotations

import csv
import datetime as _dt
from collections.abc import Mapping
from pathlib import Path


class CapabilityError(ValueError):
    """A capability file that cannot be read; the message says what to fix."""


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

    @classmethod
    def from_csv(cls, path: Path, cow_to_actor: Mapping[int, str]) -> Capabilities:
        """Read ``actor,year,value`` or COW NMC (``ccode``/``stateabb``, ``year``, ``cinc``)."""
        try:
            with open(path, newline="", encoding="utf-8") as fh:
                reader = csv.DictReader(fh)
                cols = [c.strip().lower() for c in reader.fieldnames or []]
                rows = list(reader)
        except UnicodeDecodeError:
            raise CapabilityError(f"{path} is not a UTF-8 CSV file") from None
        lower = [{k.strip().lower(): v for k, v in r.items() if k} for r in rows]
        if {"actor", "year", "value"} <= set(cols):
            key, val = "actor", "value"
        elif {"ccode", "year", "cinc"} <= set(cols):
            key, val = "ccode", "cinc"
        else:
            raise CapabilityError(
                f"{path}: expected columns actor,year,value or COW NMC ccode,year,cinc"
            )
        values: dict[tuple[str, int], float] = {}
        for n, r in enumerate(lower, start=2):
            try:
                year = int(r["year"])
                value = float(r[val])
            except (TypeError, ValueError):
                raise CapabilityError(f"{path}:{n}: year and {val} must be numbers") from None
            if value < 0:  # COW codes missing values as -9
                continue
            if key == "ccode":
                actor = cow_to_actor.get(int(r["ccode"]))
                if actor is None:
                    continue
            else:
                actor = r["actor"].strip()
            values[(actor, year)] = value
        return cls(values, source=str(path))
