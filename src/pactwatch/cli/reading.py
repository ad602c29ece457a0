"""Reading the news: ``extract``, ``ingest``, ``review`` and ``eval``."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pactwatch.cli import forecasts
from pactwatch.cli.common import JsonOpt, current, parse_date
from pactwatch.cli.errors import line, user_errors
from pactwatch.cli.output import console, esc, print_json, table
from pactwatch.extraction.errors import ReaderUnavailable

if TYPE_CHECKING:  # the service layer (and through it the reader) is imported by the commands
    from pactwatch.extraction.claims import Extracted
    from pactwatch.text.documents import Document

review_app = typer.Typer(help="Review extracted claims: list, show, accept, reject.")
Sources = Annotated[list[str], typer.Argument(metavar="PATH|URL...", help="Files, folders, URLs.")]


def _reader_missing(exc: ReaderUnavailable) -> None:
    """spaCy's pipeline is not installed: one line saying what to install, exit code 1."""
    print(line(str(exc)), file=sys.stderr)
    raise SystemExit(1) from None


def _print_events(doc: "Document", events: "list[Extracted]") -> None:
    """Each event on a line (type, who → whom, agreement, certainty, tense, source, date,
    confidence), its first quote under it."""
    when = f", published {doc.published}" if doc.published else ", no date"
    name = doc.title or doc.path or doc.url or doc.id
    console.print(f"[bold]{esc(name)}[/] ({doc.id}{when}): {len(events)} events", soft_wrap=True)
    for e in events:
        who = f"{' '.join(e.subject) or '—'} → {' '.join(e.object) or '—'}"
        fact = e.factuality + (" if" if e.conditional else "")
        date = f" {e.date}" if e.date else ""
        conf = f" {e.confidence:.2f}" if e.confidence is not None else ""
        head = f"  {e.type:<21} {who:<17} {e.agreement or '—':<18} {fact:<6} {e.tense:<7}"
        console.print(f"{head} {e.source}{date}{conf}".rstrip(), markup=False, soft_wrap=True)
        console.print(f"      “{_quote(e)}”", markup=False, soft_wrap=True)


def _quote(e: "Extracted", width: int = 100) -> str:
    """The first quote on one line, shortened, and how many more mentions there are."""
    first = " ".join(e.evidence[0].quote.split()) if e.evidence else ""
    if len(first) > width:
        first = first[: width - 1].rstrip() + "…"
    more = len(e.evidence) - 1
    return first + (f" (+{more} more)" if more else "")


def _report(bad: list[str], failed: dict[str, str]) -> None:
    for reason in bad:
        print(line(reason, prefix="pactwatch: skipped "), file=sys.stderr)
    for doc_id, why in failed.items():
        print(
            line(f"{doc_id}: {why}", prefix="pactwatch: could not read document "), file=sys.stderr
        )
    if failed:
        raise SystemExit(1)
    if bad:
        raise SystemExit(2)


def extract(sources: Sources, json: JsonOpt = False) -> None:
    """Read articles and print the events in them (nothing is stored)."""
    from pactwatch.service import review

    out: list[dict[str, object]] = []
    bad: list[str] = []
    failed: dict[str, str] = {}
    try:
        for doc, events in review.extract(current(), review.readable(sources, bad)):
            if isinstance(events, str):
                failed[doc.id] = events
            elif json:
                out.append(
                    {"document": review.document_json(doc), "events": review.claims_body(events)}
                )
            else:
                _print_events(doc, events)
    except ReaderUnavailable as exc:
        _reader_missing(exc)
    if json:
        print_json(out)
    _report(bad, failed)


def ingest(
    sources: Sources,
    workers: Annotated[
        int | None,
        typer.Option(help="Read on a local Dask cluster of N worker processes."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Read on an existing Dask cluster (tcp://HOST:PORT)."),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="Also write the new claims as a Parquet dataset in this folder."),
    ] = None,
) -> None:
    """Read articles into the store: each document once, its events as claims to review.

    The store is the one of `pactwatch --db URL ingest ...` (or PACTWATCH_DB).

    With --workers or --scheduler, reading runs on Dask; the store ends as a serial run's.
    """
    from rich.progress import Progress

    from pactwatch.service import review
    from pactwatch.service.errors import UserError
    from pactwatch.service.reading import ServiceError

    session = current()
    session.store(create=True)
    bad: list[str] = []
    streamed = workers is not None or scheduler is not None or parquet is not None
    documents = review.readable(sources, bad)
    docs = documents if streamed else list(documents)
    total = None if streamed else len(docs)  # type: ignore[arg-type]
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("reading", total=total)
        try:
            done = review.ingest(
                session,
                docs,
                lambda: bar.advance(task),
                workers=workers,
                scheduler=scheduler,
                parquet=parquet,
            )
        except ReaderUnavailable as exc:
            _reader_missing(exc)
        except ServiceError as exc:
            raise UserError(str(exc)) from None
    console.print(
        f"ingested {done.added} documents with {done.claims} claims; {done.present} already in "
        f"the store; {len(bad)} skipped. Next: `pactwatch review list`"
    )
    _report(bad, done.failed)


# -- review ------------------------------------------------------------------------------


@review_app.command("list")
@user_errors
def review_list(
    status: Annotated[
        str, typer.Option(help="candidate, accepted, rejected or all.")
    ] = "candidate",
    actor: Annotated[str | None, typer.Option(help="Subject or object (id or name).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
    source: Annotated[str | None, typer.Option(help="Who says so: an id, unnamed, author.")] = None,
    factuality: Annotated[str | None, typer.Option(help="CT+, PR-, Uu, ...")] = None,
    json: JsonOpt = False,
) -> None:
    """Claims read from documents, filtered."""
    from pactwatch.service import review

    items = review.claims(current(), status, actor, type, source, factuality)
    if json:
        print_json(review.claims_json(items))
        return
    console.print(f"{len(items)} claims ({status})")
    console.print(
        table(
            None,
            ["id", "status", "type", "subject → object", "agreement", "fact.", "source", "quote"],
            [
                [
                    i,
                    st,
                    e.type,
                    f"{' '.join(e.subject) or '—'} → {' '.join(e.object) or '—'}",
                    e.agreement or "—",
                    e.factuality + (" if" if e.conditional else ""),
                    e.source,
                    e.evidence[0].quote if e.evidence else "",
                ]
                for i, st, e in items
            ],
        )
    )
    forecasts.print_records({i for i, _, _ in items})


@review_app.command("show")
@user_errors
def review_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID")], json: JsonOpt = False
) -> None:
    """One claim with its document and every quote in context."""
    from pactwatch.service import review

    found = review.claim(current(), claim_id)
    if json:
        print_json(found.json())
        return
    status, claim, doc, record = found.status, found.claim, found.document, found.record
    console.print(f"[bold]{esc(claim_id)}[/] ({status}): {claim.type}", soft_wrap=True)
    for key in ("subject", "object", "agreement", "factuality", "conditional", "tense", "source"):
        console.print(f"  {key}: {getattr(claim, key)}", markup=False)
    console.print(f"  date: {claim.date or '—'}; document: {doc.title or doc.path or doc.id}")
    console.print(f"  {forecasts.record_line(claim, record)}", markup=False)
    for s in claim.evidence:
        before = doc.text[max(0, s.start - 80) : s.start].replace("\n", " ")
        after = doc.text[s.end : s.end + 80].replace("\n", " ")
        console.print(f"  …{esc(before)}[bold]{esc(s.quote)}[/]{esc(after)}…", soft_wrap=True)


@review_app.command("accept")
@user_errors
def review_accept(
    ids: Annotated[list[str], typer.Argument(metavar="ID...")],
    date: Annotated[
        str | None, typer.Option(help="The event's date, if the text gives none.")
    ] = None,
) -> None:
    """Accept claims: they join the event log (certain ones move the fold)."""
    from pactwatch.service import review

    session = current()
    session.require_store()
    session.world()
    when = parse_date(date, "--date")
    for done in review.accept(session, ids, when):
        moves = "moves the fold" if done.moves else "kept as a claim (not CT+ or conditional)"
        console.print(f"accepted {done.id}: {done.type} {done.event.date}, {moves}")


@review_app.command("reject")
@user_errors
def review_reject(ids: Annotated[list[str], typer.Argument(metavar="ID...")]) -> None:
    """Reject claims (an accepted one leaves the event log)."""
    from pactwatch.service import review

    for claim_id in review.reject(current(), ids):
        console.print(f"rejected {claim_id}")


# -- eval and train ----------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _pairs(values: list[str], option: str) -> list[tuple[Path, Path]]:
    from pactwatch.service.errors import UserError

    out = []
    for value in values:
        gold, sep, docs = value.partition("=")
        if not sep or not gold or not docs:
            raise UserError(f"{option} {value!r}: write GOLD.jsonl=DOCS_DIR")
        out.append((Path(gold), Path(docs)))
    return out


def eval_command(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.jsonl", help="Gold events.")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder with the documents.")],
    meta: Annotated[
        Path | None,
        typer.Option(
            "--meta", help="The documents' metadata (docs.jsonl); default: found beside them."
        ),
    ] = None,
    cv: Annotated[
        int | None,
        typer.Option(
            "--cv",
            help="K-fold cross-validation by document: each fold read by a model trained "
            "without it (needs pactwatch\\[train]).",
        ),
    ] = None,
    also: Annotated[
        list[str] | None,
        typer.Option("--also", help="With --cv, more annotated sets to train on: GOLD=DIR."),
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Score this second annotation of the documents (same format as GOLD) in the "
            "reader's place: how far two annotators agree.",
        ),
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Score extraction against gold annotations (../shared/gold/README.md)."""
    from pactwatch.service import reading
    from pactwatch.service.errors import UserError
    from pactwatch.service.reading import ServiceError

    try:
        result = reading.evaluate(
            gold, docs, meta, cv, _pairs(also or [], "--also"), current().kb, against
        )
    except ServiceError as exc:
        raise UserError(str(exc)) from None
    r = result.report
    if json:
        out = {**r.model_dump(mode="json"), "cross_validated": result.cross_validated}
        print_json({**out, "unread": result.unread})
        return
    how = f"{result.cross_validated}-fold cross-validation by document" if cv else "shipped model"
    how = f"annotation {against}" if against is not None else how
    console.print(f"events: gold {r.gold}, system {r.system}, matched {r.matched} ({how})")
    console.print(f"precision {_pct(r.precision)}  recall {_pct(r.recall)}  F1 {_pct(r.f1)}")
    console.print(
        f"over matched events: factuality {_pct(r.factuality_accuracy)}  "
        f"conditional {_pct(r.conditional_accuracy)}  source {_pct(r.source_accuracy)}  "
        f"tense {_pct(r.tense_accuracy)}"
    )
    if not cv and result.trained_on:
        console.print(
            f"note: the shipped model learned from {result.trained_on} of these documents; "
            "the honest figure is `--cv 5`",
            markup=False,
        )
    for name, why in sorted(result.unread.items()):
        console.print(
            f"warning: {name} could not be read, scored with no events: {why}", markup=False
        )
    if r.dates:
        right = sum(d.right for d in r.dates)
        console.print(f"publication dates read from the text: {right}/{len(r.dates)} right")
    console.print(
        table(
            "by type",
            ["type", "gold", "system", "matched", "recall"],
            [
                [
                    t.type,
                    str(t.gold),
                    str(t.system),
                    str(t.matched),
                    _pct(t.matched / t.gold if t.gold else None),
                ]
                for t in r.by_type
            ],
        )
    )
    if r.misses:
        console.print(f"missed ({len(r.misses)})")
        for g in r.misses:
            console.print(f"  {g.id} {g.type}: {g.quotes[0]}", markup=False, soft_wrap=True)
    if r.false_positives:
        console.print(f"false positives ({len(r.false_positives)})")
        for s in r.false_positives:
            who = f"{' '.join(s.subject) or '—'} → {' '.join(s.object) or '—'}"
            console.print(f"  {s.doc} {s.type} {who} {s.factuality}", markup=False)


def train_command(
    sets: Annotated[
        list[str],
        typer.Argument(
            metavar="GOLD=DOCS_DIR...",
            help="Annotated sets: gold file = documents; the threshold is tuned on the first.",
        ),
    ],
    out: Annotated[Path, typer.Option("-o", "--out", help="Where to write the model (JSON).")],
    folds: Annotated[int, typer.Option("--folds", help="Folds for choosing the threshold.")] = 5,
) -> None:
    """Retrain the reader's learned filter from annotated articles (needs pactwatch\\[train]).

    The shipped model is `src/pactwatch/extraction/models/reader.json` (docs/cli.md says how
    it was trained)."""
    from pactwatch.service import reading
    from pactwatch.service.errors import UserError
    from pactwatch.service.reading import ServiceError

    try:
        model = reading.retrain(_pairs(sets, "set"), out, folds, current().kb)
    except ServiceError as exc:
        raise UserError(str(exc)) from None
    console.print(
        f"wrote {out}: {len(model.weights)} weights from {model.meta['examples']} candidates "
        f"({model.meta['positives']} events), threshold {model.threshold:.2f}",
        markup=False,
        soft_wrap=True,
    )


def register(app: typer.Typer) -> None:
    app.command("extract")(user_errors(extract))
    app.command("ingest")(user_errors(ingest))
    app.command("eval")(user_errors(eval_command))
    app.command("train")(user_errors(train_command))
    app.add_typer(review_app, name="review")
