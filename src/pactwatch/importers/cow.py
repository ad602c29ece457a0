"""Import COW Formal Alliances (v4.1, by member) and COW National Material Capabilities.

COW alliance types map to provisions: defense pact → ``defense``, neutrality → ``neutrality``,
non-aggression → ``nonaggression``, entente → ``consultation``. Membership dates are COW's
``mem_st``/``mem_end``; an alliance still running at COW's end of coverage has no end date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pactwatch.dates import PartialDate
from pactwatch.importers.capabilities import CapabilityError, read_capabilities_csv
from pactwatch.importers.common import (
    ImportError_,
    cow_actor,
    cow_map,
    flag,
    membership_events,
    read_csv,
    ymd,
)
from pactwatch.model import Actor, Agreement, Event, Provision, Source
from pactwatch.model.capabilities import Capabilities

ALLIANCE_COLUMNS = {
    "version4id",
    "ccode",
    "mem_st_day",
    "mem_st_month",
    "mem_st_year",
    "mem_end_day",
    "mem_end_month",
    "mem_end_year",
    "defense",
    "neutrality",
    "nonaggression",
    "entente",
}
KINDS = {
    "defense": "defense",
    "neutrality": "neutrality",
    "nonaggression": "nonaggression",
    "entente": "consultation",
}


@dataclass
class CowImport:
    rows: int
    actors: list[Actor] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    curated: dict[int, str] = field(default_factory=dict)


def _source(ref: str) -> Source:
    return Source(
        kind="dataset",
        title="COW Formal Alliances v4.1 (by member)",
        publisher="Correlates of War Project",
        ref=ref,
    )


def read_cow_alliances(
    path: Path, actors: Mapping[str, Actor], curated: Mapping[int, str]
) -> CowImport:
    rows = read_csv(
        path,
        ALLIANCE_COLUMNS,
        whole=[*KINDS, "version4id", "ccode"],  # numbers, said so where they are not
        dates=[
            ("mem_st_year", "mem_st_month", "mem_st_day"),
            ("mem_end_year", "mem_end_month", "mem_end_day"),
        ],
        filled={"version4id", "ccode"},
    )
    result = CowImport(rows=len(rows))
    to_actor = cow_map(actors)
    names = {int(float(r["ccode"])): r.get("state_name", "") for r in rows}
    new_actors: dict[str, Actor] = {}
    grouped: dict[int, list[tuple[int, dict[str, str]]]] = defaultdict(list)
    for n, row in enumerate(rows, start=2):
        try:
            grouped[int(row["version4id"])].append((n, row))
        except ValueError:
            raise ImportError_(
                f"{path}:{n}: version4id {row['version4id']!r} is not a number"
            ) from None
    for cid, members in sorted(grouped.items()):
        if cid in curated:
            result.curated[cid] = curated[cid]
            continue
        per_actor: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        for n, row in members:
            code = int(float(row["ccode"]))
            ident = to_actor.get(code)
            if ident is None:
                ident = f"COW{code}"
                new_actors.setdefault(ident, cow_actor(code, names))
            ended = ymd(row["mem_end_year"], row["mem_end_month"], row["mem_end_day"])
            as_atop = {
                "yrent": row["mem_st_year"],
                "moent": row["mem_st_month"],
                "dayent": row["mem_st_day"],
                "yrexit": row["mem_end_year"] or "0",
                "moexit": row["mem_end_month"] or "0",
                "dayexit": row["mem_end_day"] or "0",
                "ineffect": "0" if ended else "1",
            }
            per_actor[ident].append((n, as_atop))
        starts = [ymd(r["mem_st_year"], r["mem_st_month"], r["mem_st_day"]) for _, r in members]
        first = min((d for d in starts if d is not None), default=PartialDate(1816))
        ag_id = f"cow-{cid}"
        kinds = [k for col, k in KINDS.items() if any(flag(r, col) for _, r in members)]
        result.agreements.append(
            Agreement(
                id=ag_id,
                kind="treaty",
                name=f"COW alliance {cid} ({', '.join(sorted(per_actor)[:6])}; {first.year})",
                cow=[cid],
                description="Imported from COW Formal Alliances v4.1.",
                provisions=[
                    Provision(
                        id=k,
                        kind=k,
                        reference=f"COW alliance {cid}",
                        summary=f"{k} obligation as typed by COW",
                        sources=[_source(f"version4id {cid}")],
                    )
                    for k in kinds
                ],
                sources=[_source(f"version4id {cid}")],
            )
        )

        def source(ref: str) -> Source:
            return _source(ref)

        result.events.extend(
            membership_events(
                f"cow:{cid}", f"version4id {cid}", "COW", ag_id, first, per_actor, source
            )
        )
    result.actors = sorted(new_actors.values(), key=lambda a: a.id)
    return result


def read_capabilities(path: Path, actors: Mapping[str, Actor]) -> Capabilities:
    """A capability table: ``actor,year,value`` or COW NMC (``ccode``, ``year``, ``cinc``)."""
    try:
        return read_capabilities_csv(path, cow_map(actors))
    except CapabilityError as exc:
        raise ImportError_(str(exc)) from None
