"""Commands that ask the reasoning layer: guarantors, balance, scenario, similarity."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from pactwatch import reasoning
from pactwatch.cli import render
from pactwatch.cli.common import AsOfOpt, JsonOpt, actor_id, load_world, open_store, parse_date
from pactwatch.cli.errors import UserError, user_errors
from pactwatch.cli.output import check_output, print_json, write_bytes_atomically
from pactwatch.importers.common import ImportError_
from pactwatch.importers.cow import read_capabilities
from pactwatch.kb.scenario import load_scenario
from pactwatch.model.capabilities import Capabilities
from pactwatch.model.vocab import PROVISION_KINDS
from pactwatch.printable import printable
from pactwatch.reasoning.scenarios import ScenarioNameError
from pactwatch.report import render_brief
from pactwatch.service.forecasts import stored_forecasts
from pactwatch.world import World
from pactwatch.world.catalog import UnknownName


def _capabilities(world: World, path: Path | None) -> Capabilities | None:
    """The table given with --capabilities, else the one imported into the store, if any."""
    if path is None:
        store = open_store()
        values = store.capabilities() if store is not None else {}
        return Capabilities(values, source="store") if values else None
    try:
        return read_capabilities(path, world.kb.actors)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None


def register(app: typer.Typer) -> None:
    @app.command()
    @user_errors
    def brief(
        actor: Annotated[str, typer.Argument(help="The actor the brief is about.")],
        as_of: AsOfOpt = None,
        fmt: Annotated[
            str, typer.Option("--format", help="md (figures beside the file) or html (embedded).")
        ] = "md",
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="File to write; default stdout.")
        ] = None,
    ) -> None:
        """A brief to hand on: standing, guarantors, deployments, last year's events, figures,
        open forecasts about the actor with their sources' track records."""
        if fmt not in ("md", "html"):
            raise UserError(f"--format {fmt!r}: use md or html")
        if output is not None:
            check_output(output)
        world = load_world()
        data = reasoning.brief(
            world,
            actor_id(world, actor),
            parse_date(as_of, "--as-of"),
            stored_forecasts(open_store()),
        )
        stem = output.stem if output is not None else None
        rendered = render_brief(data, "html" if fmt == "html" else "md", stem)
        if output is None:
            sys.stdout.write(rendered.text)
            return
        for name, png in rendered.figures.items():
            write_bytes_atomically(output.parent / name, png)
        write_bytes_atomically(output, rendered.text.encode("utf-8"))
        figures = ", ".join(rendered.figures) or "figures embedded"
        print(f"wrote {output} ({figures})", file=sys.stderr)

    @app.command()
    @user_errors
    def guarantors(
        actor: Annotated[str, typer.Argument(help="The protected actor.")],
        as_of: AsOfOpt = None,
        kind: Annotated[
            str,
            typer.Option(
                "--kind", help=f"Provision kinds, comma-separated ({', '.join(PROVISION_KINDS)})."
            ),
        ] = "defense",
        json: JsonOpt = False,
    ) -> None:
        """Who is obliged to defend an actor, under what, with caveats and tripwires."""
        kinds = tuple(k.strip() for k in kind.split(",") if k.strip())
        unknown = [k for k in kinds if k not in PROVISION_KINDS]
        if unknown or not kinds:
            raise UserError(
                f"unknown provision kind {', '.join(unknown) or kind!r}; "
                f"use {', '.join(PROVISION_KINDS)}"
            )
        world = load_world()
        report = reasoning.guarantors(
            world, actor_id(world, actor), parse_date(as_of, "--as-of"), kinds
        )
        if json:
            print_json(report)
        else:
            render.print_guarantors(report)

    @app.command()
    @user_errors
    def balance(
        challenger: Annotated[str, typer.Argument(help="The challenger.")],
        target: Annotated[str, typer.Argument(help="The target.")],
        as_of: AsOfOpt = None,
        capabilities: Annotated[
            Path | None,
            typer.Option(
                "--capabilities", help="CSV of actor,year,value or COW NMC (ccode,year,cinc)."
            ),
        ] = None,
        json: JsonOpt = False,
    ) -> None:
        """Who is committed to each side of a dyad, and who to both."""
        world = load_world()
        ch, ta = actor_id(world, challenger), actor_id(world, target)
        if ch == ta:
            raise UserError("challenger and target are the same actor")
        caps = _capabilities(world, capabilities)
        report = reasoning.balance(world, ch, ta, parse_date(as_of, "--as-of"), caps)
        if json:
            print_json(report)
        else:
            render.print_balance(report)

    @app.command()
    @user_errors
    def scenario(
        file: Annotated[Path, typer.Argument(help="A scenario YAML file.")],
        capabilities: Annotated[
            Path | None, typer.Option("--capabilities", help="A capability table for balances.")
        ] = None,
        json: JsonOpt = False,
    ) -> None:
        """Fold a scenario's hypothetical events and report what changes and what rules break."""
        world = load_world()
        sc = load_scenario(file)
        try:
            report = reasoning.assess(world, sc, _capabilities(world, capabilities))
        except (ScenarioNameError, UnknownName) as exc:
            raise UserError(f"{printable(file, 100)}: {exc}") from None
        if json:
            print_json(report)
        else:
            render.print_scenario(world, report)

    @app.command()
    @user_errors
    def similarity(
        states: Annotated[list[str] | None, typer.Argument(help="Two states.")] = None,
        matrix: Annotated[
            str | None, typer.Option("--matrix", help="Comma-separated states for a matrix.")
        ] = None,
        as_of: AsOfOpt = None,
        csv_out: Annotated[bool, typer.Option("--csv", help="Print the matrix as CSV.")] = False,
        json: JsonOpt = False,
    ) -> None:
        """Alliance-portfolio similarity: Signorino–Ritter S and Cohen's kappa."""
        world = load_world()
        day = parse_date(as_of, "--as-of")
        if matrix:
            ids = [actor_id(world, s.strip()) for s in matrix.split(",") if s.strip()]
            if len(ids) < 2:
                raise UserError("--matrix needs at least two states, comma-separated")
            m = reasoning.similarity_matrix(world, ids, day)
            if json:
                print_json(m)
            elif csv_out:
                w = csv.writer(sys.stdout)
                w.writerow(["state", *m.states])
                for sid, row in zip(m.states, m.s, strict=True):
                    w.writerow([sid, *(f"{v:.4f}" for v in row)])
            else:
                render.print_matrix(m)
            return
        if not states or len(states) != 2:
            raise UserError("give two states (similarity ARM AZE) or --matrix A,B,C")
        a, b = (actor_id(world, s) for s in states)
        result = reasoning.similarity(world, a, b, day)
        if json:
            print_json(result)
        else:
            render.print_similarity(result)
