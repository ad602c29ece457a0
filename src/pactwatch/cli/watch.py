"""``watch``: poll feeds and folders, ingest what is new, and say what matters."""

import json as _json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from pactwatch.cli.common import JsonOpt, current, open_store
from pactwatch.cli.errors import line, user_errors
from pactwatch.cli.output import console, esc

if TYPE_CHECKING:  # the service layer is imported when the command runs
    from pactwatch.service.watch import Poll


def _json_line(p: "Poll") -> None:
    """One poll as one line of JSON (a stream a program can read as it comes)."""
    from pactwatch.service.jsonable import to_jsonable

    text = _json.dumps(to_jsonable(p), ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")
    sys.stdout.flush()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _print(p: "Poll") -> None:
    from pactwatch.report.brief import describe_event

    resolved = sum(n.forecast.status in ("happened", "did-not-happen") for n in p.forecasts)
    parts = [
        f"{_plural(p.documents, 'new document')} ({_plural(p.claims, 'claim')})",
        f"{p.present} already stored",
        f"{_plural(len(p.failed) + len(p.unread), 'failure')}",
        f"{_plural(len(p.standing), 'claim')} would change a standing",
        f"{_plural(resolved, 'forecast')} resolved",
    ]
    stamp = p.started.strftime("%Y-%m-%d %H:%M:%S UTC")
    console.print(
        f"{stamp} poll {p.number}: " + "; ".join(parts) + f" ({p.seconds:.1f} s)", soft_wrap=True
    )
    for s in p.standing:
        what = describe_event(s.type, s.subject, s.object, s.agreement)
        changes = ", ".join(
            f"{c.actor + ' in ' if c.actor else ''}{c.id}: {c.before or '—'} → {c.after or '—'}"
            for c in s.changes
        )
        console.print(
            f"  would change a standing if accepted: {esc(s.claim)} {esc(what)} "
            f"{s.date or 'undated'} (says {esc(s.source)}): {esc(changes)} — “{esc(s.quote)}”",
            soft_wrap=True,
        )
    for n in p.forecasts:
        r = n.forecast
        what = describe_event(r.type, r.subject, r.object, r.agreement)
        how = f"{n.before} → {r.status}" if n.before else r.status
        by = ""
        if r.resolved_by is not None:
            by = f", by {r.resolved_by.event} ({r.resolved_by.date})"
        elif r.condition_met_by is not None:
            by = f", condition met by {r.condition_met_by.event} ({r.condition_met_by.date})"
        console.print(
            f"  forecast {esc(r.id)} {how}: {esc(what)} (says {esc(r.forecaster)}){esc(by)}",
            soft_wrap=True,
        )


def register(app: typer.Typer) -> None:
    @app.command("watch")
    @user_errors
    def watch_command(
        sources: Annotated[
            list[str],
            typer.Argument(metavar="FEED_OR_FOLDER...", help="RSS/Atom feed URLs, files, folders."),
        ],
        every: Annotated[
            str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h, 1h30m.")
        ] = "15m",
        once: Annotated[
            bool, typer.Option("--once", help="Poll once and exit (for cron).")
        ] = False,
        json: JsonOpt = False,
    ) -> None:
        """Poll feeds and folders, ingest what is new, report what matters, until stopped.

        Each poll prints one line (with --json, one JSON object a line) and then the new
        claims that would change a standing if accepted and the forecasts that resolved.
        """
        from pactwatch.extraction.errors import ReaderUnavailable
        from pactwatch.service.errors import UserError
        from pactwatch.service.reading import ServiceError
        from pactwatch.service.watch import check_sources, parse_interval, watch

        try:
            interval = parse_interval(every)
            check_sources(sources)
        except ServiceError as exc:
            raise UserError(str(exc)) from None
        store = open_store(create=True)
        assert store is not None
        polls: list[Poll] = []

        def report(p: "Poll") -> None:
            polls.append(p)
            (_json_line if json else _print)(p)
            for f in p.failed:  # as `ingest` says it, on stderr; read again next poll
                print(line(f.reason, prefix="pactwatch: skipped "), file=sys.stderr, flush=True)
            for f in p.unread:
                why = f"{f.source}: {f.reason}"
                print(line(why, prefix="pactwatch: could not read document "), file=sys.stderr)

        try:
            last = watch(store, sources, interval, report, current().kb, once)
        except ReaderUnavailable as exc:
            print(line(str(exc)), file=sys.stderr)
            raise SystemExit(1) from None
        except ServiceError as exc:
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            print(f"pactwatch: watch stopped after {_plural(len(polls), 'poll')}", file=sys.stderr)
            raise
        if last.failed or last.unread:
            raise SystemExit(1)
