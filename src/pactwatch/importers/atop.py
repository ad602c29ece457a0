"""Import ATOP 5.x member- and alliance-level files as agreements, provisions and events.

ATOP dates a member's entry by its signature. Each membership becomes a ``sign`` on that date
and, as ATOP gives no date of effect, membership taking effect the same day (the founders'
``enter_into_force``, later members' ``join``); the source says so, so that the two stay apart
from the curated knowledge base's own dates of effect. Exits become ``withdraw``; an alliance
that ended for every member is ``terminate``d. Phases of one alliance are merged into one
continuous membership where one phase starts the day the last ended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pactwatch.dates import PartialDate
from pactwatch.importers.common import (
    ImportError_,
    cow_actor,
    cow_map,
    flag,
    membership_events,
    read_csv,
    stretches,
    ymd,
)
from pactwatch.model import Actor, Agreement, Condition, Event, Provision, Source

MEMBER_COLUMNS = {"atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit"}
ALLIANCE_COLUMNS = {"atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday"}

OBLIGATIONS = {  # ATOP column -> provision kind, condition-column prefix
    "defense": ("defense", "defco"),
    "offense": ("offense", "offco"),
    "neutral": ("neutrality", "neuco"),
    "nonagg": ("nonaggression", None),
    "consul": ("consultation", "conco"),
}
CONDITIONS = {  # ATOP suffix -> condition kind, text
    "adv": ("specific_adversary", "only against a particular adversary or type of adversary"),
    "loc": ("location", "only for conflict in a particular location"),
    "con": ("conflict_type", "only in a particular ongoing conflict"),
    "num": ("number_of_adversaries", "depending on the number of adversaries"),
    "dem": ("demand_noncompliance", "if the ally or adversary fails to meet stated demands"),
    "npr": ("non_provocation", "only if the ally did not provoke the adversary"),
}
INSTITUTIONAL = {  # alliance-level ATOP column -> provision kind
    "milaid": "military_aid",
    "base": "basing",
    "intcom": "joint_command",
}


@dataclass
class AtopImport:
    alliance_rows: int
    member_rows: int
    actors: list[Actor] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    curated: dict[int, str] = field(default_factory=dict)  # atopid -> KB agreement that wins


def read_members(path: Path) -> list[dict[str, str]]:
    """ATOP's member-level rows, every number and date checked (read_csv)."""
    flags = {"ineffect", "atopid", "member", *OBLIGATIONS}  # ids are numbers too
    for _, prefix in OBLIGATIONS.values():
        if prefix is not None:
            flags |= {_condition_col(prefix, suffix) for suffix in CONDITIONS}
    return read_csv(
        path,
        MEMBER_COLUMNS,
        whole=flags,
        dates=[("yrent", "moent", "dayent"), ("yrexit", "moexit", "dayexit")],
        filled={"atopid", "member"},
    )


def _source(what: str, ref: str) -> Source:
    return Source(
        kind="dataset",
        title=f"ATOP 5.1 {what}",
        publisher="Alliance Treaty Obligations and Provisions project (Leeds et al.)",
        ref=ref,
    )


def _condition_col(prefix: str, suffix: str) -> str:
    # ATOP spells the non-provocation columns defconpr/neuconpr
    return f"{prefix[:-2]}conpr" if suffix == "npr" else f"{prefix}{suffix}"


def _provisions(
    atopid: int, members: list[tuple[str, dict[str, str]]], alliance: dict[str, str]
) -> list[Provision]:
    src = [_source("member-level data", f"atopid {atopid}")]
    everyone = sorted({a for a, _ in members})
    out = []
    for col, (kind, prefix) in OBLIGATIONS.items():
        obliged = sorted({a for a, row in members if flag(row, col)})
        if not obliged:
            continue
        conds = []
        if prefix is not None:
            for suffix, (ckind, text) in CONDITIONS.items():
                if any(
                    flag(row, _condition_col(prefix, suffix)) for a, row in members if a in obliged
                ):
                    conds.append(
                        Condition(kind=ckind, text=f"ATOP codes it as conditional: {text}")
                    )
        out.append(
            Provision(
                id=col,
                kind=kind,
                from_=[] if obliged == everyone else obliged,
                conditions=conds,
                reference=f"ATOP {atopid} ({col})",
                summary=f"{kind} obligation as coded by ATOP",
                sources=src,
            )
        )
    for col, kind in INSTITUTIONAL.items():
        if flag(alliance, col) > 0:
            out.append(
                Provision(
                    id=col,
                    kind=kind,
                    reference=f"ATOP {atopid} ({col}={flag(alliance, col)})",
                    summary=f"{kind} provision as coded by ATOP",
                    sources=[_source("alliance-level data", f"atopid {atopid}")],
                )
            )
    return out


def _membership_events(
    atopid: int,
    ag_id: str,
    first: PartialDate,
    per_actor: Mapping[str, list[tuple[int, dict[str, str]]]],
) -> list[Event]:
    def source(ref: str) -> Source:
        return _source("member-level data", ref)

    return membership_events(
        f"atop:{atopid}", f"atopid {atopid}", "ATOP", ag_id, first, per_actor, source
    )


def read_atop(
    members_file: Path,
    alliances_file: Path,
    actors: Mapping[str, Actor],
    curated: Mapping[int, str],
    state_names: Mapping[int, str] | None = None,
) -> AtopImport:
    """Read both files; alliances in ``curated`` (atopid -> KB id) are left to the KB."""
    mrows = read_members(members_file)
    arows = read_csv(
        alliances_file,
        ALLIANCE_COLUMNS,
        whole=[*INSTITUTIONAL, "atopid"],
        dates=[("begyr", "begmo", "begday"), ("endyr", "endmo", "endday")],
        filled={"atopid"},
    )
    result = AtopImport(alliance_rows=len(arows), member_rows=len(mrows))
    to_actor = cow_map(actors)
    names = state_names or {}
    new_actors: dict[str, Actor] = {}

    def actor_of(code: int) -> str:
        ident = to_actor.get(code)
        if ident is None:
            ident = f"COW{code}"
            new_actors.setdefault(ident, cow_actor(code, names))
        return ident

    alliances = {int(float(r["atopid"])): r for r in arows}
    by_alliance: dict[int, list[tuple[int, dict[str, str]]]] = defaultdict(list)
    for n, row in enumerate(mrows, start=2):
        try:
            by_alliance[int(float(row["atopid"]))].append((n, row))
        except ValueError:
            raise ImportError_(
                f"{members_file}:{n}: atopid {row['atopid']!r} is not a number"
            ) from None
    for atopid in sorted(set(alliances) | set(by_alliance)):
        if atopid in curated:
            result.curated[atopid] = curated[atopid]
            continue
        rows = by_alliance.get(atopid, [])
        if not rows:
            continue
        members = [(actor_of(int(float(r["member"]))), r) for _, r in rows]
        ag_id = f"atop-{atopid}"
        first = min(ymd(r["yrent"], r["moent"], r["dayent"]) or PartialDate(9999) for _, r in rows)
        names_short = ", ".join(sorted({a for a, _ in members})[:6])
        more = "" if len({a for a, _ in members}) <= 6 else ", ..."
        alliance = alliances.get(atopid, {})
        result.agreements.append(
            Agreement(
                id=ag_id,
                kind="treaty",
                name=f"ATOP alliance {atopid} ({names_short}{more}; {first.year})",
                atop=[atopid],
                description=(
                    "Imported from ATOP 5.1; ATOP gives no name and dates entry by signature."
                ),
                provisions=_provisions(atopid, members, alliance),
                sources=[_source("alliance-level data", f"atopid {atopid}")],
            )
        )
        per_actor: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        for (n, row), (actor, _) in zip(rows, members, strict=True):
            per_actor[actor].append((n, row))
        result.events.extend(_membership_events(atopid, ag_id, first, per_actor))
    result.actors = sorted(new_actors.values(), key=lambda a: a.id)
    return result


def state_names(statelist: Path) -> dict[int, str]:
    """COW state names from the COW state list, to name historical states."""
    rows = read_csv(statelist, {"ccode", "statenme"})
    return {int(r["ccode"]): r["statenme"] for r in rows if r["ccode"].isdigit()}


@dataclass
class AtopCoding:
    """How ATOP codes one alliance: each member's stretches and the obligations."""

    atopid: int
    members: dict[str, list[tuple[PartialDate, PartialDate | None]]]
    obligations: set[str]  # provision kinds


def read_coding(
    members_file: Path, actors: Mapping[str, Actor], ids: set[int]
) -> dict[int, AtopCoding]:
    """ATOP's coding of the alliances ``ids``, members mapped to actor ids."""
    to_actor = cow_map(actors)
    out: dict[int, AtopCoding] = {}
    grouped: dict[int, dict[str, list[tuple[int, dict[str, str]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for n, row in enumerate(read_members(members_file), start=2):
        atopid = int(float(row["atopid"]))
        if atopid in ids:
            code = int(float(row["member"]))
            grouped[atopid][to_actor.get(code, f"COW{code}")].append((n, row))
    for atopid, per_actor in grouped.items():
        kinds = {
            kind
            for rows in per_actor.values()
            for _, row in rows
            for col, (kind, _) in OBLIGATIONS.items()
            if flag(row, col)
        }
        out[atopid] = AtopCoding(
            atopid=atopid,
            members={a: [(s, e) for s, e, _ in stretches(rows)] for a, rows in per_actor.items()},
            obligations=kinds,
        )
    return out
