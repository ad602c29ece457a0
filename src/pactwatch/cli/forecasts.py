"""Forecasts and track records: ``forecasts`` and ``sources``."""

from typing import TYPE_CHECKING, Annotated

import typer

from pactwatch.cli.common import AsOfOpt, JsonOpt, current, note
from pactwatch.cli.errors import user_errors
from pactwatch.cli.output import console, esc, print_json, table
from pactwatch.model.vocab import FORECAST_STATUSES

if TYPE_CHECKING:  # the service and reasoning layers are imported when a command runs
    from pactwatch.extraction.claims import Extracted
    from pactwatch.reasoning.forecasts import Resolution, TrackRecord
    from pactwatch.world import EventRef


def record_line(claim: "Extracted", record: "TrackRecord | None") -> str:
    """One line for people: the record of a claim's source, or that it has none yet."""
    if record is None:
        return f"record of {claim.source}: no forecasts in the store"
    return f"record of {record.forecaster}: {record.line()}"


def print_records(claim_ids: set[str]) -> None:
    """Under a list of claims: the track record of each source among them (for ``review``)."""
    from pactwatch.service import forecasts as service

    for t in service.records_of_claims(current(), claim_ids):
        console.print(f"  record of {t.forecaster}: {t.line()}", markup=False, soft_wrap=True)


def _what(r: "Resolution") -> str:
    from pactwatch.report.brief import describe_event

    return describe_event(r.type, r.subject, r.object, r.agreement)


def _short(text: str, n: int = 200) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _print_forecast(r: "Resolution") -> None:
    """A forecast in three or four lines: what and its status; the condition; the event
    that resolved it; the quote and where it is from."""
    from pactwatch.report.brief import describe_event

    made = f"made {r.made_on}" if r.made_on else "undated"
    if r.window_from is None:
        made += " (never resolved)"
    by = f"by {r.deadline}" if r.deadline else "open-ended"
    console.print(
        f"[bold]{esc(r.id)}[/] {r.status}: {esc(_what(r))} — {r.factuality} "
        f"(p {r.probability:.2f}), says {esc(r.forecaster)}, {made}, {by}",
        soft_wrap=True,
    )
    if r.condition is not None:
        c = r.condition
        met = (
            f"met {r.condition_met_by.date} by {r.condition_met_by.event}"
            if r.condition_met_by is not None
            else "not met"
        )
        when = describe_event(c.type, c.subject, c.object, c.agreement)
        console.print(f"  if {esc(when)}: {esc(met)}", soft_wrap=True)
    elif r.conditional:
        console.print("  if …: the condition was not read (never scored)")
    if r.resolved_by is not None:
        e = r.resolved_by
        quote = f" “{_short(e.quotes[0])}”" if e.quotes else ""
        console.print(
            f"  happened {e.date}: {esc(e.event)}{esc(quote)} — {esc(_cite(e))}", soft_wrap=True
        )
    doc = r.document.title or r.document.url or r.document.id
    quote = _short(r.quotes[0]) if r.quotes else ""
    console.print(f"  “{esc(quote)}” ({esc(doc)})", soft_wrap=True)


def _cite(ref: "EventRef") -> str:
    return ref.sources[0] if ref.sources else "no source"


def register(app: typer.Typer) -> None:
    @app.command("forecasts")
    @user_errors
    def forecasts_command(
        actor: Annotated[
            str | None,
            typer.Argument(help="Only forecasts naming this actor or agreement (any role)."),
        ] = None,
        status: Annotated[
            str | None,
            typer.Option("--status", help=f"Only these: {', '.join(FORECAST_STATUSES)}."),
        ] = None,
        source: Annotated[
            str | None,
            typer.Option(
                "--source", help="Only this forecaster: an actor, a publisher, author, unnamed."
            ),
        ] = None,
        as_of: AsOfOpt = None,
        json: JsonOpt = False,
    ) -> None:
        """Predictions read from the news, and whether they came about, as of a date."""
        from pactwatch.service import forecasts as service

        found = service.forecast_list(current(), actor, status, source, as_of, note)
        if json:
            print_json(found.json())
            return
        ident = found.actor
        world = current().world()
        about = f" about {esc(world.catalog.label(ident))} ({esc(ident)})" if ident else ""
        which = f" ({status})" if status else ""
        console.print(f"{len(found.items)} forecasts{about}{which} as of {found.as_of}")
        for r in found.items:
            _print_forecast(r)

    @app.command("sources")
    @user_errors
    def sources_command(as_of: AsOfOpt = None, json: JsonOpt = False) -> None:
        """Track records: each source's forecasts, how many came true, and a Brier score."""
        from pactwatch.reasoning.forecasts import PROBABILITY
        from pactwatch.service import forecasts as service

        found = service.source_list(current(), as_of, note)
        if json:
            print_json(found.json())
            return
        records = found.records
        console.print(f"{len(records)} sources with forecasts as of {found.as_of}")
        if not records:
            return
        cols = ["source", "kind", "made", "open", "cond. unmet", "happened", "did not"]
        cols += ["scored", "came true", "Brier"]
        rows = [
            [
                t.forecaster if t.name == t.forecaster else f"{t.forecaster} ({t.name})",
                t.kind,
                str(t.made),
                str(t.open),
                str(t.condition_unmet),
                str(t.happened),
                str(t.did_not_happen),
                str(t.scored),
                str(t.came_true),
                f"{t.brier:.3f}" if t.brier is not None else "—",
            ]
            for t in records
        ]
        console.print(table(None, cols, rows))
        mapping = ", ".join(f"{k} {v:.2f}" for k, v in PROBABILITY.items())
        console.print(f"Brier scores read factuality as a probability: {mapping}", markup=False)
