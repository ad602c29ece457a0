"""Commands that ask the reasoning layer: brief, guarantors, balance, scenario, similarity."""

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from pactwatch.cli.common import AsOfOpt, JsonOpt, current, note
from pactwatch.cli.errors import user_errors
from pactwatch.cli.output import check_output, print_json, write_bytes_atomically
from pactwatch.model.vocab import PROVISION_KINDS


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
        from pactwatch.service import briefs, queries

        kind = briefs.check_format(fmt)
        if output is not None:
            check_output(output)
        data = queries.brief(current(), actor, as_of, note)
        stem = output.stem if output is not None else None
        rendered = briefs.render(data, kind, stem)
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
        from pactwatch.cli import render
        from pactwatch.service import queries

        report = queries.guarantors(current(), actor, as_of, kind, note)
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
        from pactwatch.cli import render
        from pactwatch.service import queries

        report = queries.balance(current(), challenger, target, as_of, capabilities, note)
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
        from pactwatch.cli import render
        from pactwatch.service import scenarios

        report = scenarios.from_file(current(), file, capabilities)
        if json:
            print_json(report)
        else:
            render.print_scenario(current().world(), report)

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
        from pactwatch.cli import render
        from pactwatch.reasoning.portfolios import SimilarityMatrix
        from pactwatch.service import queries

        result = queries.similarity(current(), states, matrix, as_of, note)
        if json:
            print_json(result)
        elif isinstance(result, SimilarityMatrix):
            if csv_out:
                w = csv.writer(sys.stdout)
                w.writerow(["state", *result.states])
                for sid, row in zip(result.states, result.s, strict=True):
                    w.writerow([sid, *(f"{v:.4f}" for v in row)])
            else:
                render.print_matrix(result)
        else:
            render.print_similarity(result)
