"""Read capability tables: ``actor,year,value`` or COW NMC (``ccode``, ``year``, ``cinc``)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from pactwatch.model.capabilities import Capabilities


class CapabilityError(ValueError):
    """A capability file that cannot be read; the message says what to fix."""


def read_capabilities_csv(path: Path, cow_to_actor: Mapping[int, str]) -> Capabilities:
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
            code = int(r["ccode"])
            actor = cow_to_actor.get(code) or f"COW{code}"  # a historical state
        else:
            actor = r["actor"].strip()
        values[(actor, year)] = value
    return Capabilities(values, source=str(path))
