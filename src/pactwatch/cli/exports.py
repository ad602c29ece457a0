"""``pactwatch export``: the model in researchers' formats."""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from pactwatch.cli.common import AsOfOpt, load_world, parse_date
from pactwatch.cli.errors import user_errors
from pactwatch.cli.output import (
    OutputError,
    check_output,
    write_atomically,
    write_bytes_atomically,
)
from pactwatch.dates import MAX_YEAR, MIN_YEAR

if TYPE_CHECKING:  # pandas, networkx and the service layer are imported by the commands
    import networkx as nx
    import pandas as pd

export_app = typer.Typer(
    help="Export the model as researchers' tables and graphs.", no_args_is_help=True
)

OutDir = Annotated[Path, typer.Option("-o", "--output", help="Directory to write into.")]
OutFile = Annotated[Path, typer.Option("-o", "--output", help="File to write.")]


def _frame_writer(frame: "pd.DataFrame", fmt: str) -> Callable[[BinaryIO], None]:
    def write(fh: BinaryIO) -> None:
        if fmt == "csv":
            frame.to_csv(fh, index=False, encoding="utf-8")
        else:
            frame.to_parquet(fh, index=False)

    return write


def _dir(path: Path) -> Path:
    from pactwatch.service.errors import UserError

    if path.exists() and not path.is_dir():
        raise UserError(f"{path} exists and is not a directory")
    if not path.parent.is_dir():
        raise UserError(f"no directory {path.parent} to create {path.name} in")
    path.mkdir(exist_ok=True)
    return path


def _file(path: Path) -> Path:
    from pactwatch.service.errors import UserError

    try:
        return check_output(path)
    except OutputError as exc:
        raise UserError(str(exc)) from None


def _tables(
    fmt: str, output: Path, as_of: str | None, from_year: int | None, to_year: int | None
) -> None:
    from pactwatch.service import exports as service_exports

    world = load_world()
    tables, years = service_exports.tables(world, parse_date(as_of, "--as-of"), from_year, to_year)
    out = _dir(output)
    for name, frame in tables.items():
        write_atomically(out / f"{name}.{fmt}", _frame_writer(frame, fmt))
    counts = ", ".join(f"{n} {len(f)}" for n, f in tables.items())
    print(
        f"wrote {fmt} tables to {out} ({counts}; years {years.start}-{years.stop - 1})",
        file=sys.stderr,
    )


FromYear = Annotated[
    int | None,
    typer.Option("--from-year", min=MIN_YEAR, max=MAX_YEAR, help="First year of the year tables."),
]
ToYear = Annotated[
    int | None,
    typer.Option("--to-year", min=MIN_YEAR, max=MAX_YEAR, help="Last year; default this year."),
]


@export_app.command("csv")
@user_errors
def export_csv(
    output: OutDir, as_of: AsOfOpt = None, from_year: FromYear = None, to_year: ToYear = None
) -> None:
    """events, memberships, member_years and dyad_years as CSV files."""
    _tables("csv", output, as_of, from_year, to_year)


@export_app.command("parquet")
@user_errors
def export_parquet(
    output: OutDir, as_of: AsOfOpt = None, from_year: FromYear = None, to_year: ToYear = None
) -> None:
    """The same tables as Parquet files (pyarrow)."""
    _tables("parquet", output, as_of, from_year, to_year)


@export_app.command("atop")
@user_errors
def export_atop(output: OutDir, as_of: AsOfOpt = None) -> None:
    """ATOP member- and alliance-level CSV for every agreement, past 2018, with participation."""
    from pactwatch.service import exports as service_exports

    members, alliances = service_exports.atop(load_world(), parse_date(as_of, "--as-of"))
    out = _dir(output)
    write_atomically(out / "pactwatch_atop_m.csv", _frame_writer(members, "csv"))
    write_atomically(out / "pactwatch_atop_a.csv", _frame_writer(alliances, "csv"))
    print(
        f"wrote {len(members)} member rows and {len(alliances)} alliances to {out}",
        file=sys.stderr,
    )


def _graph(as_of: str | None) -> "nx.MultiDiGraph[str]":
    world = load_world()
    from pactwatch.service import graph  # networkx

    return graph.network(world, parse_date(as_of, "--as-of"))


@export_app.command("graphml")
@user_errors
def export_graphml(output: OutFile, as_of: AsOfOpt = None) -> None:
    """The commitment network on a date as GraphML (edges: obliged → protected)."""
    g = _graph(as_of)
    import networkx as nx

    write_atomically(_file(output), lambda p: nx.write_graphml(g, p))
    print(
        f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {output}",
        file=sys.stderr,
    )


@export_app.command("json")
@user_errors
def export_json(output: OutFile, as_of: AsOfOpt = None) -> None:
    """The commitment network on a date as node-link JSON."""
    g = _graph(as_of)
    from pactwatch.service import graph  # networkx

    text = graph.node_link_json(g)
    write_bytes_atomically(_file(output), text.encode("utf-8"))
    print(
        f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {output}",
        file=sys.stderr,
    )
