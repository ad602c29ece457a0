"""The ``pactwatch`` command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pactwatch import reasoning
from pactwatch.cli import analysis, datasets, exports, forecasts, reading, render, watch
from pactwatch.cli.common import AsOfOpt, JsonOpt, actor_id, load_world, parse_date, state
from pactwatch.cli.errors import OneLineGroup, UserError, user_errors
from pactwatch.cli.output import console, esc, print_json
from pactwatch.dates import as_date
from pactwatch.importers.atop import read_coding
from pactwatch.importers.common import ImportError_
from pactwatch.kb.loader import read_kb
from pactwatch.world import World

app = typer.Typer(
    name="pactwatch",
    help="Who is allied with whom, who must defend whom, which bases stand where: on any date.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=OneLineGroup,
)
kb_app = typer.Typer(help="The curated knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@app.callback()
def _main(
    kb: Annotated[
        Path | None,
        typer.Option(
            "--kb",
            envvar="PACTWATCH_KB",
            help="A knowledge-base directory instead of the built-in one.",
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="PACTWATCH_DB",
            help="Store URL (sqlite:///FILE or postgresql://...); default a SQLite file in "
            "the user's data directory.",
        ),
    ] = None,
) -> None:
    state["kb"] = kb
    state["db"] = db
    state["world"] = None


@app.command()
@user_errors
def status(
    actor: Annotated[str, typer.Argument(help="An actor: id, name or alias (ARM, Armenia).")],
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """An actor's standing in every agreement (legal and participation) and its deployments."""
    world = load_world()
    ident = actor_id(world, actor)
    report = reasoning.status(world, ident, parse_date(as_of, "--as-of"))
    if json:
        print_json(report)
    else:
        render.print_status(world, report)


@app.command()
@user_errors
def timeline(
    ident: Annotated[str, typer.Argument(metavar="ID", help="An actor or agreement.")],
    start: Annotated[str | None, typer.Option("--from", help="First date.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date; default today.")] = None,
    json: JsonOpt = False,
) -> None:
    """Dated events of an actor or agreement, certain and claimed, with their sources."""
    world = load_world()
    resolved = world.catalog.resolve(ident)
    lo, hi = parse_date(start, "--from"), parse_date(end, "--to")
    if lo is not None and hi is not None and hi.start < lo.start:
        raise UserError("--to comes before --from; swap them")
    events = reasoning.timeline(world, resolved, lo, hi)
    if json:
        print_json(
            {
                "id": resolved,
                "from": str(lo) if lo else None,
                "to": str(hi) if hi else str(as_date(None)),
                "events": events,
            }
        )
    else:
        render.print_timeline(world, resolved, events)


@app.command()
@user_errors
def diff(
    start: Annotated[str, typer.Option("--from", help="Earlier date.")],
    end: Annotated[str, typer.Option("--to", help="Later date.")],
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only changes for this actor or agreement.")
    ] = None,
    json: JsonOpt = False,
) -> None:
    """What changed between two dates: memberships, agreements, deployments, and the events."""
    world = load_world()
    lo, hi = parse_date(start, "--from"), parse_date(end, "--to")
    assert lo is not None and hi is not None
    if hi.start < lo.start:
        raise UserError("--to comes before --from; swap them")
    who = world.catalog.resolve(actor) if actor else None
    result = world.diff(lo, hi, who)
    if json:
        print_json(result)
    else:
        render.print_diff(world, result)


@app.command()
@user_errors
def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="An actor or agreement.")],
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """One actor or agreement: names, roles, provisions, parties and life cycle."""
    world = load_world()
    resolved = world.catalog.resolve(ident)
    view = reasoning.describe(world, resolved, parse_date(as_of, "--as-of"))
    if json:
        print_json(view)
    else:
        render.print_show(world, view)


@kb_app.command("check")
@user_errors
def kb_check(
    path: Annotated[
        Path | None, typer.Argument(help="A knowledge-base directory; default the --kb one.")
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Validate the knowledge base: schema, references, dates and transitions."""
    root = path or state["kb"]
    if root is not None and not Path(root).is_dir():
        raise UserError(f"no knowledge-base directory at {root}")
    kb = read_kb(root)
    world = World(kb)
    problems = world.problems()
    counts = {"actors": len(kb.actors), "agreements": len(kb.agreements), "events": len(kb.events)}
    cover = reasoning.coverage(world)
    if json:
        print_json(
            {
                "ok": not problems,
                **counts,
                "problems": [
                    {"file": p.file, "item": p.item, "message": p.message} for p in problems
                ],
                "coverage": cover,
            }
        )
    else:
        for p in problems:
            console.print(f"[red]✗[/] {esc(p)}", soft_wrap=True)
        render.print_coverage(cover)
        verdict = "[red]FAILED[/]" if problems else "[green]ok[/]"
        console.print(
            f"{verdict}: {counts['actors']} actors, {counts['agreements']} agreements, "
            f"{counts['events']} events, {len(problems)} problems"
        )
    if problems:
        raise typer.Exit(2)


@kb_app.command("audit")
@user_errors
def kb_audit(
    atop: Annotated[
        Path, typer.Option("--atop", help="Directory with the ATOP 5.x files (atop5_1m.csv).")
    ],
    json: JsonOpt = False,
) -> None:
    """Compare the curated knowledge base with ATOP: members, dates and obligations."""
    members = next(iter(sorted(atop.glob("atop*_*m.csv"))), None) if atop.is_dir() else None
    if members is None:
        raise UserError(f"no ATOP member-level file (atop5_1m.csv) in {atop}")
    world = World.load(state["kb"]).require_valid()  # the curated knowledge base alone
    ids = {i for a in world.kb.agreements.values() for i in a.atop}
    try:
        codings = read_coding(members, world.kb.actors, ids)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None
    report = reasoning.audit(world, codings)
    if json:
        print_json({**report.model_dump(mode="json"), "unexplained": report.unexplained})
        return
    render.print_audit(report, members.name)


analysis.register(app)
reading.register(app)
forecasts.register(app)
watch.register(app)
app.add_typer(datasets.import_app, name="import")
app.add_typer(exports.export_app, name="export")


def main() -> None:
    app()
