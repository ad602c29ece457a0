"""Read capability tables: ``actor,year,value`` or COW NMC (``ccode``, ``year``, ``cinc``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pactwatch.dates import MAX_YEAR, MIN_YEAR
from pactwatch.files import where
from pactwatch.model.capabilities import Capabilities


class CapabilityError(ValueError):
    """A capability file that cannot be read; the message says what to fix."""


def read_capabilities_csv(path: Path, cow_to_actor: Mapping[int, str]) -> Capabilities:
    """Read ``actor,year,value`` or COW NMC (``ccode``/``stateabb``, ``year``, ``cinc``)."""
    from pactwatch.importers.common import ImportError_, csv_rows, real_number

    try:
        header, raw = csv_rows(path)
    except ImportError_ as exc:
        raise CapabilityError(str(exc)) from None
    cols = [c.lower() for c in header]
    if {"actor", "year", "value"} <= set(cols):
        key, val = "actor", "value"
    elif {"ccode", "year", "cinc"} <= set(cols):
        key, val = "ccode", "cinc"
    else:
        raise CapabilityError(
            f"{where(path)}: expected columns actor,year,value or COW NMC ccode,year,cinc"
        )
    index = {c: k for k, c in enumerate(cols)}
    values: dict[tuple[str, int], float] = {}
    for line, fields in raw:
        r = {c: (fields[k].strip() if k < len(fields) else "") for c, k in index.items()}
        try:
            year = real_number(path, line, "year", r["year"])
            value = real_number(path, line, val, r[val])
            code = real_number(path, line, "ccode", r["ccode"]) if key == "ccode" else 0.0
        except ImportError_ as exc:
            raise CapabilityError(str(exc)) from None
        if year != int(year) or not MIN_YEAR <= year <= MAX_YEAR:
            raise CapabilityError(f"{where(path)}:{line}: column year: {r['year']!r} is not a year")
        if value < 0:  # COW codes missing values as -9
            continue
        if key == "ccode":
            if code != int(code) or code <= 0:
                raise CapabilityError(f"{where(path)}:{line}: column ccode: not a COW code")
            actor = cow_to_actor.get(int(code)) or f"COW{int(code)}"  # a historical state
        else:
            actor = r["actor"]
            if not actor or len(actor) > 64:
                raise CapabilityError(f"{where(path)}:{line}: column actor: not an actor id")
        values[(actor, int(year))] = value
    return Capabilities(values, source=str(path))
