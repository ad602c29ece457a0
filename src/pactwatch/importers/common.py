"""What the dataset importers share: CSV reading, COW codes, dated values."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from pactwatch.dates import PartialDate
from pactwatch.model import Actor, Source

# COW codes the knowledge base's states do not carry themselves but that are the same actor.
COW_SAME_ACTOR = {260: "DEU"}  # the German Federal Republic, 1955-1990, continues as Germany


class ImportError_(ValueError):
    """A dataset file that cannot be imported; the message says what to fix."""


def read_csv(path: Path, required: set[str]) -> list[dict[str, str]]:
    """Rows of a CSV file with the required columns; a one-line error otherwise."""
    path = Path(path)
    if not path.is_file():
        raise ImportError_(f"no file at {path}")
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cols = {c.strip() for c in reader.fieldnames or []}
            missing = required - cols
            if missing:
                raise ImportError_(
                    f"{path}: missing columns {', '.join(sorted(missing))}: is this the right file?"
                )
            return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    except UnicodeDecodeError:
        raise ImportError_(f"{path} is not a UTF-8 CSV file") from None
    except csv.Error as exc:
        raise ImportError_(f"{path}: not a readable CSV file ({exc})") from None


def cow_map(actors: Mapping[str, Actor]) -> dict[int, str]:
    """COW state number → actor id, from the knowledge base's states."""
    out = {a.cow: a.id for a in actors.values() if a.cow is not None}
    for code, ident in COW_SAME_ACTOR.items():
        out.setdefault(code, ident)
    return out


def cow_actor(code: int, names: Mapping[int, str]) -> Actor:
    """An actor for a state the knowledge base does not know (a historical state)."""
    return Actor(
        id=f"COW{code}",
        kind="state",
        name=names.get(code, f"COW state {code}"),
        cow=code,
        description="A state of the COW state system without an ISO 3166-1 code.",
        sources=[
            Source(
                kind="dataset",
                title="State System Membership",
                publisher="Correlates of War Project",
                ref=f"ccode {code}",
            )
        ],
    )


def ymd(year: str, month: str, day: str) -> PartialDate | None:
    """A date from year, month and day columns; missing parts lower the precision."""
    try:
        y = int(float(year))
    except ValueError:
        return None
    if y <= 0:
        return None
    parts = [f"{y:04d}"]
    for value in (month, day):
        try:
            n = int(float(value))
        except ValueError:
            break
        if n <= 0:
            break
        parts.append(f"{n:02d}")
    return PartialDate("-".join(parts))


def flag(row: Mapping[str, str], col: str) -> int:
    try:
        return int(float(row.get(col) or 0))
    except ValueError:
        return 0
