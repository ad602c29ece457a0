"""The knowledge base checked and audited, and researchers' datasets imported into the store."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pactwatch import reasoning
from pactwatch.importers.atop import read_atop, read_coding, state_names
from pactwatch.importers.common import ImportError_
from pactwatch.importers.cow import read_capabilities, read_cow_alliances
from pactwatch.kb.loader import KnowledgeBase, Problem, load_kb, read_kb
from pactwatch.model import Actor, Agreement, Event
from pactwatch.printable import printable
from pactwatch.reasoning import AuditReport, Coverage
from pactwatch.service.errors import UserError
from pactwatch.service.session import Session
from pactwatch.world import World


@dataclass
class Check:
    problems: list[Problem]
    counts: dict[str, int]
    coverage: Coverage

    def json(self) -> dict[str, Any]:
        return {
            "ok": not self.problems,
            **self.counts,
            "problems": [
                {"file": p.file, "item": p.item, "message": p.message} for p in self.problems
            ],
            "coverage": self.coverage.model_dump(mode="json"),
        }


def check(root: Path | None) -> Check:
    """``kb check``: schema, references, dates and transitions of a knowledge base, and how
    far its events reach into the present, by region."""
    if root is not None and not Path(root).is_dir():
        raise UserError(f"no knowledge-base directory at {root}")
    kb = read_kb(root)
    world = World(kb)
    problems = world.problems()
    counts = {"actors": len(kb.actors), "agreements": len(kb.agreements), "events": len(kb.events)}
    counts["weapons"], counts["firms"] = len(kb.weapons), len(kb.firms)
    return Check(problems, counts, reasoning.coverage(world))


def audit(kb: Path | None, atop: Path) -> tuple[AuditReport, Path]:
    """``kb audit``: the curated knowledge base (alone) against ATOP's member-level file."""
    members = next(iter(sorted(atop.glob("atop*_*m.csv"))), None) if atop.is_dir() else None
    if members is None:
        raise UserError(f"no ATOP member-level file (atop5_1m.csv) in {atop}")
    world = World.load(kb).require_valid()
    ids = {i for a in world.kb.agreements.values() for i in a.atop}
    try:
        codings = read_coding(members, world.kb.actors, ids)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    return reasoning.audit(world, codings), members


def _must_fold(
    kb: KnowledgeBase,
    what: str,
    actors: list[Actor],
    agreements: list[Agreement],
    events: list[Event],
) -> None:
    """Refuse, before anything is written, records that would make the world invalid."""
    problems = World.import_problems(kb, actors, agreements, events)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UserError(
            f"{what}: nothing imported: {printable(problems[0].item, 60)}: "
            f"{printable(problems[0].message, 120)}{more}"
        )


def import_atop(
    session: Session, members: Path, alliances: Path, states: Path | None
) -> tuple[dict[str, Any], dict[int, str]]:
    """Every ATOP alliance and membership into the store; the curated KB wins where both
    speak. The report and the alliances the curated KB codes (ATOP id -> agreement)."""
    started = time.perf_counter()
    kb = load_kb(session.kb)
    curated = {i: a.id for a in kb.agreements.values() for i in a.atop}
    try:
        names = state_names(states) if states is not None else None
        result = read_atop(members, alliances, kb.actors, curated, names)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    _must_fold(kb, str(members), result.actors, result.agreements, result.events)
    store = session.store(create=True)
    assert store is not None
    store.replace_origin("atop", result.actors, result.agreements, result.events)
    session.invalidate()
    report = {
        "alliance_rows": result.alliance_rows,
        "member_rows": result.member_rows,
        "agreements": len(result.agreements),
        "events": len(result.events),
        "historical_states": len(result.actors),
        "curated": {str(k): v for k, v in sorted(result.curated.items())},
        "seconds": round(time.perf_counter() - started, 2),
    }
    return report, dict(result.curated)


def import_cow_alliances(session: Session, file: Path) -> dict[str, Any]:
    """COW Formal Alliances into the store; COW state codes become ISO ids."""
    kb = load_kb(session.kb)
    curated = {i: a.id for a in kb.agreements.values() for i in a.cow}
    try:
        result = read_cow_alliances(file, kb.actors, curated)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    _must_fold(kb, str(file), result.actors, result.agreements, result.events)
    store = session.store(create=True)
    assert store is not None
    store.replace_origin("cow", result.actors, result.agreements, result.events)
    session.invalidate()
    return {
        "member_rows": result.rows,
        "agreements": len(result.agreements),
        "events": len(result.events),
        "historical_states": len(result.actors),
        "curated": {str(k): v for k, v in sorted(result.curated.items())},
    }


def import_capabilities(session: Session, file: Path) -> tuple[dict[str, Any], list[int]]:
    """A capability table into the store; the report and its years."""
    kb = load_kb(session.kb)
    try:
        table = read_capabilities(file, kb.actors)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    store = session.store(create=True)
    assert store is not None
    store.replace_capabilities("capabilities", table.values)
    session.invalidate()
    years = table.years
    report = {
        "values": len(table.values),
        "actors": len({a for a, _ in table.values}),
        "years": [years[0], years[-1]] if years else [],
    }
    return report, list(years)
