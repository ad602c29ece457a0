"""Commands for researchers' datasets: import ATOP and COW files into the store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from pactwatch.cli.common import JsonOpt, open_store, state
from pactwatch.cli.errors import UserError, user_errors
from pactwatch.cli.output import console, print_json
from pactwatch.importers.atop import read_atop, state_names
from pactwatch.importers.common import ImportError_
from pactwatch.importers.cow import read_capabilities, read_cow_alliances
from pactwatch.kb.loader import KnowledgeBase, load_kb
from pactwatch.model import Actor, Agreement, Event
from pactwatch.printable import printable
from pactwatch.world import World

import_app = typer.Typer(help="Import researchers' datasets into the store.", no_args_is_help=True)


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


@import_app.command("atop")
@user_errors
def import_atop(
    members: Annotated[
        Path, typer.Option("--members", help="ATOP member-level CSV (atop5_1m.csv).")
    ],
    alliances: Annotated[
        Path, typer.Option("--alliances", help="ATOP alliance-level CSV (atop5_1a.csv).")
    ],
    states: Annotated[
        Path | None,
        typer.Option("--states", help="COW state list, to name historical states (optional)."),
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Load every ATOP alliance and membership; the curated knowledge base wins where both speak."""
    started = time.perf_counter()
    kb = load_kb(state["kb"])
    curated = {i: a.id for a in kb.agreements.values() for i in a.atop}
    try:
        names = state_names(states) if states is not None else None
        result = read_atop(members, alliances, kb.actors, curated, names)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    _must_fold(kb, str(members), result.actors, result.agreements, result.events)
    store = open_store(create=True)
    assert store is not None
    store.replace_origin("atop", result.actors, result.agreements, result.events)
    report = {
        "alliance_rows": result.alliance_rows,
        "member_rows": result.member_rows,
        "agreements": len(result.agreements),
        "events": len(result.events),
        "historical_states": len(result.actors),
        "curated": {str(k): v for k, v in sorted(result.curated.items())},
        "seconds": round(time.perf_counter() - started, 2),
    }
    if json:
        print_json(report)
        return
    console.print(
        f"ATOP: read {result.alliance_rows} alliance rows and {result.member_rows} member rows; "
        f"stored {len(result.agreements)} agreements, {len(result.events)} events and "
        f"{len(result.actors)} historical states in {report['seconds']} s.",
        soft_wrap=True,
    )
    if result.curated:
        console.print(
            f"The curated knowledge base codes {len(result.curated)} of them and wins there "
            "(`--json` lists which; `pactwatch kb audit --atop DIR` lists where they disagree).",
            soft_wrap=True,
        )


@import_app.command("cow-alliances")
@user_errors
def import_cow_alliances(
    file: Annotated[Path, typer.Argument(help="COW Formal Alliances v4.1 by member (CSV).")],
    json: JsonOpt = False,
) -> None:
    """Load COW Formal Alliances; COW state codes become ISO ids through the knowledge base."""
    kb = load_kb(state["kb"])
    curated = {i: a.id for a in kb.agreements.values() for i in a.cow}
    try:
        result = read_cow_alliances(file, kb.actors, curated)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    _must_fold(kb, str(file), result.actors, result.agreements, result.events)
    store = open_store(create=True)
    assert store is not None
    store.replace_origin("cow", result.actors, result.agreements, result.events)
    report = {
        "member_rows": result.rows,
        "agreements": len(result.agreements),
        "events": len(result.events),
        "historical_states": len(result.actors),
        "curated": {str(k): v for k, v in sorted(result.curated.items())},
    }
    if json:
        print_json(report)
        return
    console.print(
        f"COW alliances: read {result.rows} member rows; stored {len(result.agreements)} "
        f"agreements, {len(result.events)} events and {len(result.actors)} historical states; "
        f"{len(result.curated)} alliances are coded by the curated knowledge base, which wins.",
        soft_wrap=True,
    )


@import_app.command("capabilities")
@user_errors
def import_capabilities(
    file: Annotated[
        Path, typer.Argument(help="COW NMC (ccode,year,cinc) or actor,year,value CSV.")
    ],
    json: JsonOpt = False,
) -> None:
    """Load a capability table; `balance` and `scenario` use it when no --capabilities is given."""
    kb = load_kb(state["kb"])
    try:
        table = read_capabilities(file, kb.actors)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    store = open_store(create=True)
    assert store is not None
    store.replace_capabilities("capabilities", table.values)
    years = table.years
    report = {
        "values": len(table.values),
        "actors": len({a for a, _ in table.values}),
        "years": [years[0], years[-1]] if years else [],
    }
    if json:
        print_json(report)
    else:
        span = f"{years[0]}–{years[-1]}" if years else "no years"
        console.print(
            f"Capabilities: stored {report['values']} values for {report['actors']} actors, {span}."
        )
