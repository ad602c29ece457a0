"""The ``pactwatch`` command.

Every command imports what it works with (the service layer, the renderings) when it runs:
``pactwatch --help`` and the usage errors import Typer and the command modules only, and a
command pays for its own work (docs/decisions/0011-start-up.md).
"""

import gc
from pathlib import Path
from typing import Annotated

import typer

from pactwatch.cli import analysis, common, exports, forecasts, reading, serve, watch
from pactwatch.cli import datasets as dataset_commands
from pactwatch.cli.common import AsOfOpt, JsonOpt, current, note
from pactwatch.cli.errors import OneLineGroup, user_errors
from pactwatch.cli.output import print_json

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
    common.start(kb, db)


@app.command()
@user_errors
def status(
    actor: Annotated[str, typer.Argument(help="An actor: id, name or alias (ARM, Armenia).")],
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """An actor's standing in every agreement (legal and participation) and its deployments."""
    from pactwatch.cli import render
    from pactwatch.service import queries

    report = queries.status(current(), actor, as_of, note)
    if json:
        print_json(report)
    else:
        render.print_status(report)


@app.command()
@user_errors
def timeline(
    ident: Annotated[str, typer.Argument(metavar="ID", help="An actor or agreement.")],
    start: Annotated[str | None, typer.Option("--from", help="First date.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date; default today.")] = None,
    json: JsonOpt = False,
) -> None:
    """Dated events of an actor or agreement, certain and claimed, with their sources."""
    from pactwatch.cli import render
    from pactwatch.service import queries

    result = queries.timeline(current(), ident, start, end, note)
    if json:
        print_json(result)
    else:
        render.print_timeline(current().world(), result.id, result.events)


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
    from pactwatch.cli import render
    from pactwatch.service import queries

    result = queries.diff(current(), start, end, actor, note)
    if json:
        print_json(result)
    else:
        render.print_diff(current().world(), result)


@app.command()
@user_errors
def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="An actor or agreement.")],
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """One actor or agreement: names, roles, provisions, parties and life cycle."""
    from pactwatch.cli import render
    from pactwatch.service import queries

    view = queries.show(current(), ident, as_of, note)
    if json:
        print_json(view)
    else:
        render.print_show(current().world(), view)


@kb_app.command("check")
@user_errors
def kb_check(
    path: Annotated[
        Path | None, typer.Argument(help="A knowledge-base directory; default the --kb one.")
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Validate the knowledge base: schema, references, dates and transitions."""
    from pactwatch.cli import render
    from pactwatch.cli.output import console, esc
    from pactwatch.service import datasets

    result = datasets.check(path or current().kb)
    problems, counts = result.problems, result.counts
    if json:
        print_json(result.json())
    else:
        for p in problems:
            console.print(f"[red]✗[/] {esc(p)}", soft_wrap=True)
        render.print_coverage(result.coverage)
        verdict = "[red]FAILED[/]" if problems else "[green]ok[/]"
        weapons = f"{counts['weapons']} weapon systems, " if counts["weapons"] else ""
        weapons += f"{counts['firms']} arms firms, " if counts["firms"] else ""
        console.print(
            f"{verdict}: {counts['actors']} actors, {counts['agreements']} agreements, "
            f"{counts['events']} events, {weapons}{len(problems)} problems"
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
    from pactwatch.cli import render
    from pactwatch.service import datasets

    report, members = datasets.audit(current().kb, atop)
    if json:
        print_json({**report.model_dump(mode="json"), "unexplained": report.unexplained})
        return
    render.print_audit(report, members.name)


analysis.register(app)
reading.register(app)
forecasts.register(app)
watch.register(app)
serve.register(app)
app.add_typer(dataset_commands.import_app, name="import")
app.add_typer(exports.export_app, name="export")


def main() -> None:
    """The ``pactwatch`` command: one command per process."""
    try:
        app()
    finally:
        # The process ends now. Without this, the interpreter's last collections walk every
        # object the command loaded (the world's pydantic models and the libraries' modules):
        # about a fifth of a `status`. Files and stores are closed by then (every command
        # writes through `with` blocks and commits before it returns), and atexit still runs.
        gc.freeze()
