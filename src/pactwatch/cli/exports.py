"""``pactwatch export``: the model in researchers' formats."""

from __future__ import annotations

import datetime as _dt
import json as jsonlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import networkx as nx
import pandas as pd
import typer

from pactwatch import frames
from pactwatch.cli.common import AsOfOpt, load_world, parse_date
from pactwatch.cli.errors import UserError, user_errors
from pactwatch.dates import as_date
from pactwatch.world import World

export_app = typer.Typer(
    help="Export the model as researchers' tables and graphs.", no_args_is_help=True
)

OutDir = Annotated[Path, typer.Option("-o", "--output", help="Directory to write into.")]
OutFile = Annotated[Path, typer.Option("-o", "--output", help="File to write.")]


def _write(path: Path, writer: Callable[[Path], None]) -> None:
    """Write through a temporary file beside ``path``, then rename: never half-written."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        writer(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _frame_writer(frame: pd.DataFrame, fmt: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        if fmt == "csv":
            frame.to_csv(path, index=False)
        else:
            frame.to_parquet(path, index=False)

    return write


def _dir(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise UserError(f"{path} exists and is not a directory")
    if not path.parent.is_dir():
        raise UserError(f"no directory {path.parent} to create {path.name} in")
    path.mkdir(exist_ok=True)
    return path


def _file(path: Path) -> Path:
    if not path.parent.is_dir():
        raise UserError(f"no directory {path.parent} to write {path.name} into")
    if path.is_dir():
        raise UserError(f"{path} is a directory; give a file name")
    return path


def _years(world: World, start: int | None, end: int | None, as_of: _dt.date) -> range:
    first = min((e.date.year for e in world.history.events.values()), default=as_of.year)
    lo, hi = start if start is not None else first, end if end is not None else as_of.year
    if hi < lo:
        raise UserError("--to-year comes before --from-year; swap them")
    return range(lo, hi + 1)


def _tables(
    fmt: str, output: Path, as_of: str | None, from_year: int | None, to_year: int | None
) -> None:
    world = load_world()
    day = as_date(parse_date(as_of, "--as-of"))
    years = _years(world, from_year, to_year, day)
    out = _dir(output)
    tables = {
        "events": frames.events(world),
        "memberships": frames.memberships(world, day),
        "member_years": frames.member_years(world, years, day),
        "dyad_years": frames.dyad_years(world, years, day),
    }
    for name, frame in tables.items():
        _write(out / f"{name}.{fmt}", _frame_writer(frame, fmt))
    counts = ", ".join(f"{n} {len(f)}" for n, f in tables.items())
    print(
        f"wrote {fmt} tables to {out} ({counts}; years {years.start}-{years.stop - 1})",
        file=sys.stderr,
    )


FromYear = Annotated[int | None, typer.Option("--from-year", help="First year of the year tables.")]
ToYear = Annotated[int | None, typer.Option("--to-year", help="Last year; default this year.")]


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
    world = load_world()
    members = frames.atop_members(world, parse_date(as_of, "--as-of"))
    alliances = frames.atop_alliances(members)
    out = _dir(output)
    _write(out / "pactwatch_atop_m.csv", _frame_writer(members, "csv"))
    _write(out / "pactwatch_atop_a.csv", _frame_writer(alliances, "csv"))
    print(
        f"wrote {len(members)} member rows and {len(alliances)} alliances to {out}",
        file=sys.stderr,
    )


def _graph(world: World, as_of: str | None) -> nx.MultiDiGraph[str]:
    snap = world.snapshot(parse_date(as_of, "--as-of"))
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(as_of=str(snap.as_of))
    for a, b, p in snap.obligations():
        for n in (a, b):
            actor = world.kb.actors.get(n)
            g.add_node(n, name=actor.name if actor else n, kind=actor.kind if actor else "")
        g.add_edge(a, b, kind=p.kind, agreement=p.agreement, provision=p.provision)
    for d in snap.deployments:
        for n in (d.deployer, d.host):
            actor = world.kb.actors.get(n)
            g.add_node(n, name=actor.name if actor else n, kind=actor.kind if actor else "")
        g.add_edge(
            d.deployer, d.host, kind=f"deployment:{d.kind}", agreement=d.basis or "", provision=d.id
        )
    return g


@export_app.command("graphml")
@user_errors
def export_graphml(output: OutFile, as_of: AsOfOpt = None) -> None:
    """The commitment network on a date as GraphML (edges: obliged → protected)."""
    g = _graph(load_world(), as_of)
    _write(_file(output), lambda p: nx.write_graphml(g, p))
    print(
        f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {output}",
        file=sys.stderr,
    )


@export_app.command("json")
@user_errors
def export_json(output: OutFile, as_of: AsOfOpt = None) -> None:
    """The commitment network on a date as node-link JSON."""
    g = _graph(load_world(), as_of)
    text = jsonlib.dumps(nx.node_link_data(g, edges="edges"), indent=1, ensure_ascii=False)

    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    _write(_file(output), write)
    print(
        f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {output}",
        file=sys.stderr,
    )
