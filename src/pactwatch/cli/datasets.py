"""Commands for researchers' datasets: import ATOP and COW files into the store."""

from pathlib import Path
from typing import Annotated

import typer

from pactwatch.cli.common import JsonOpt, current
from pactwatch.cli.errors import user_errors
from pactwatch.cli.output import console, print_json

import_app = typer.Typer(help="Import researchers' datasets into the store.", no_args_is_help=True)


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
    from pactwatch.service import datasets

    report, curated = datasets.import_atop(current(), members, alliances, states)
    if json:
        print_json(report)
        return
    console.print(
        f"ATOP: read {report['alliance_rows']} alliance rows and {report['member_rows']} member "
        f"rows; stored {report['agreements']} agreements, {report['events']} events and "
        f"{report['historical_states']} historical states in {report['seconds']} s.",
        soft_wrap=True,
    )
    if curated:
        console.print(
            f"The curated knowledge base codes {len(curated)} of them and wins there "
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
    from pactwatch.service import datasets

    report = datasets.import_cow_alliances(current(), file)
    if json:
        print_json(report)
        return
    console.print(
        f"COW alliances: read {report['member_rows']} member rows; stored {report['agreements']} "
        f"agreements, {report['events']} events and {report['historical_states']} historical "
        f"states; {len(report['curated'])} alliances are coded by the curated knowledge base, "
        "which wins.",
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
    from pactwatch.service import datasets

    report, years = datasets.import_capabilities(current(), file)
    if json:
        print_json(report)
    else:
        span = f"{years[0]}–{years[-1]}" if years else "no years"
        console.print(
            f"Capabilities: stored {report['values']} values for {report['actors']} actors, {span}."
        )
