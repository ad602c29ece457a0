"""What the dataset importers share: CSV reading, COW codes, dated values."""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from pathlib import Path

from pactwatch.dates import PartialDate
from pactwatch.model import Actor, Event, Evidence, Source

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


def stretches(
    rows: list[tuple[int, dict[str, str]]],
) -> list[tuple[PartialDate, PartialDate | None, list[int]]]:
    """Merge one member's phase rows into continuous stretches (start, end or None, rows)."""
    dated = []
    for n, row in rows:
        start = ymd(row["yrent"], row["moent"], row["dayent"])
        if start is None:
            raise ImportError_(f"member row {n}: no entry year")
        end = None if flag(row, "ineffect") else ymd(row["yrexit"], row["moexit"], row["dayexit"])
        dated.append((start, end, n))
    dated.sort(key=lambda t: t[0])
    out: list[tuple[PartialDate, PartialDate | None, list[int]]] = []
    for start, end, n in dated:
        if out and (out[-1][1] is None or out[-1][1].start >= start.start):
            s0, e0, ns = out[-1]
            merged_end = None if (e0 is None or end is None) else max(e0, end)
            out[-1] = (s0, merged_end, [*ns, n])
        else:
            out.append((start, end, [n]))
    return out


def membership_events(
    prefix: str,
    label: str,
    dataset: str,
    ag_id: str,
    first: PartialDate,
    per_actor: Mapping[str, list[tuple[int, dict[str, str]]]],
    source: Callable[[str], Source],
) -> list[Event]:
    """Signature, effect and exit events for each member's stretches (rows in ATOP's columns).

    The dataset dates entry by signature and gives no date of effect: membership is taken to
    start on that day (the founders' ``enter_into_force``, later members' ``join``). An
    alliance that ended for every member is ``terminate``d on the last exit.
    """
    summaries = {
        "sign": f"Signature, as {dataset} dates entry.",
        "join": f"Membership taken to start at signature: {dataset} gives no date of effect.",
        "withdraw": f"Exit as coded by {dataset}.",
        "enter_into_force": f"In effect for the founders from signature, as {dataset} codes it.",
        "terminate": f"Ended for every member, as {dataset} codes it.",
    }

    def event(kind: str, date: PartialDate, ref: str, actor: str | None = None) -> Event:
        return Event.model_validate(
            {
                "id": f"{prefix}:{kind}:{actor + ':' if actor else ''}{date}",
                "type": kind,
                "date": date,
                "subject": [actor] if actor else [],
                "agreement": ag_id,
                "evidence": [Evidence(source=source(ref))],
                "origin": "import",
                "summary": summaries[kind],
            }
        )

    out = [event("enter_into_force", first, label)]
    ended_all = True
    last_exit: PartialDate | None = None
    for actor, actor_rows in sorted(per_actor.items()):
        for start, end, ns in stretches(actor_rows):
            ref = f"{label}, row(s) {', '.join(map(str, ns))}"
            out.append(event("sign", start, ref, actor))
            if start != first:  # founders take effect with the agreement itself
                out.append(event("join", start, ref, actor))
            if end is None:
                ended_all = False
                continue
            last_exit = end if last_exit is None or end > last_exit else last_exit
            out.append(event("withdraw", end, ref, actor))
    if ended_all and last_exit is not None:
        out.append(event("terminate", last_exit, label))
    return out
