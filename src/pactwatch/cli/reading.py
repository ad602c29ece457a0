"""Reading the news: ``extract``, ``ingest``, ``review`` and ``eval``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress

from pactwatch import reasoning
from pactwatch.cli.common import JsonOpt, load_world, open_store, parse_date, state
from pactwatch.cli.errors import UserError, user_errors
from pactwatch.cli.output import console, print_json, table
from pactwatch.evaluation import EvalReport, SystemEvent, gold_dates, load_gold, score
from pactwatch.extraction.claims import Extracted
from pactwatch.extraction.pipeline import Extractor
from pactwatch.kb.loader import read_kb
from pactwatch.model.vocab import EVENT_TYPES
from pactwatch.store import Store
from pactwatch.text.documents import Document
from pactwatch.text.readers import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    ReadError,
    read_path,
    read_url,
)

review_app = typer.Typer(help="Review extracted claims: list, show, accept, reject.")
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".jsonl"}
Sources = Annotated[list[str], typer.Argument(metavar="PATH|URL...", help="Files, folders, URLs.")]


def extractor() -> Extractor:
    """Extraction reads against the curated knowledge base (names, people, agreements)."""
    kb = read_kb(state["kb"])
    return Extractor(kb)


def _inputs(items: list[str]) -> Iterator[tuple[str, list[Document] | ReadError]]:
    """Every document named: files, folders (recursively, readable kinds only) and URLs."""
    for item in items:
        if item.startswith(("http://", "https://")):
            try:
                yield item, read_url(item)
            except ReadError as exc:
                yield item, exc
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in READABLE)
            if not files:
                yield item, ReadError(f"{path}: no .txt, .md, .html, .jsonl, .rss or .atom files")
            for f in files:
                try:
                    yield str(f), read_path(f)
                except ReadError as exc:
                    yield str(f), exc
            continue
        try:
            yield item, read_path(path)
        except ReadError as exc:
            yield item, exc


def document_json(doc: Document) -> dict[str, Any]:
    meta = doc.model_dump(mode="json", exclude={"text"})
    meta["published"] = str(doc.published) if doc.published else None
    return meta


def event_json(e: Extracted) -> dict[str, Any]:
    out = e.model_dump(mode="json")
    out["date"] = str(e.date) if e.date else None
    return out


def _print_events(doc: Document, events: list[Extracted]) -> None:
    when = f", published {doc.published}" if doc.published else ", no date"
    name = doc.title or doc.path or doc.url or doc.id
    console.print(f"[bold]{name}[/] ({doc.id}{when}): {len(events)} events", soft_wrap=True)
    rows = [
        [
            e.type,
            " ".join(e.subject) or "—",
            " ".join(e.object) or "—",
            e.agreement or "—",
            e.factuality + (" if" if e.conditional else ""),
            e.tense,
            e.source,
            str(e.date) if e.date else "—",
            " | ".join(s.quote for s in e.evidence),
        ]
        for e in events
    ]
    cols = ["type", "subject", "object", "agreement", "fact.", "tense", "source", "date", "quote"]
    console.print(table(None, cols, rows))


def extract(sources: Sources, json: JsonOpt = False) -> None:
    """Read articles and print the events in them (nothing is stored)."""
    ex = extractor()
    out, bad = [], 0
    for where, found in _inputs(sources):
        if isinstance(found, ReadError):
            print(f"pactwatch: skipped {where}: {found}", file=sys.stderr)
            bad += 1
            continue
        for doc in found:
            events = ex.extract(doc)
            if json:
                out.append(
                    {"document": document_json(doc), "events": [event_json(e) for e in events]}
                )
            else:
                _print_events(doc, events)
    if json:
        print_json(out)
    if bad:
        raise SystemExit(2)


def ingest(sources: Sources) -> None:
    """Read articles into the store: each document once, its events as claims to review.

    The store is the one of `pactwatch --db URL ingest ...` (or PACTWATCH_DB).
    """
    ex = extractor()
    store = open_store(create=True)
    assert store is not None
    added = present = claims = 0
    bad: list[str] = []
    inputs = list(_inputs(sources))
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("reading", total=len(inputs))
        for where, found in inputs:
            bar.advance(task)
            if isinstance(found, ReadError):
                bad.append(f"{where}: {found}")
                continue
            for doc in found:
                if store.has_document(doc.id):
                    present += 1
                    continue
                events = ex.extract(doc)
                rows = [
                    (e.type, e.factuality, e.source, [*e.subject, *e.object], e.model_dump_json())
                    for e in events
                ]
                if store.add_document(doc, rows):
                    added += 1
                    claims += len(rows)
                else:
                    present += 1
    console.print(
        f"ingested {added} documents with {claims} claims; {present} already in the store; "
        f"{len(bad)} skipped. Next: `pactwatch review list`"
    )
    for line in bad:
        print(f"pactwatch: skipped {line}", file=sys.stderr)
    if bad:
        raise SystemExit(2)


# -- review ------------------------------------------------------------------------------


def _store() -> Store:
    store = open_store(create=False)
    if store is None:
        raise UserError("the store is empty: run `pactwatch ingest FILE...` first")
    return store


def _claim(store: Store, claim_id: str) -> tuple[str, Extracted, Document]:
    found = store.claim(claim_id)
    if found is None:
        raise UserError(f"no claim {claim_id!r}; see `pactwatch review list`")
    status, payload, document = found
    return status, Extracted.model_validate_json(payload), Document.model_validate_json(document)


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
    if status not in ("candidate", "accepted", "rejected", "all"):
        raise UserError(f"--status {status!r}: use candidate, accepted, rejected or all")
    if type is not None and type not in EVENT_TYPES:
        raise UserError(f"--type {type!r} is not an event type; see docs/data-model.md")
    store = _store()
    world = load_world()
    ident = world.resolve(actor) if actor else None
    speaker = source if source in (None, "author", "unnamed") else world.resolve(source)
    rows = store.claims(
        status=None if status == "all" else status,
        actor=ident,
        type=type,
        source=speaker,
        factuality=factuality,
    )
    items = [(i, st, Extracted.model_validate_json(p)) for i, st, p in rows]
    if json:
        print_json([{"id": i, "status": st, **event_json(e)} for i, st, e in items])
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


@review_app.command("show")
@user_errors
def review_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID")], json: JsonOpt = False
) -> None:
    """One claim with its document and every quote in context."""
    status, claim, doc = _claim(_store(), claim_id)
    if json:
        print_json(
            {"id": claim_id, "status": status, "document": document_json(doc), **event_json(claim)}
        )
        return
    console.print(f"[bold]{claim_id}[/] ({status}): {claim.type}", soft_wrap=True)
    for key in ("subject", "object", "agreement", "factuality", "conditional", "tense", "source"):
        console.print(f"  {key}: {getattr(claim, key)}", markup=False)
    console.print(f"  date: {claim.date or '—'}; document: {doc.title or doc.path or doc.id}")
    for s in claim.evidence:
        before = doc.text[max(0, s.start - 80) : s.start].replace("\n", " ")
        after = doc.text[s.end : s.end + 80].replace("\n", " ")
        console.print(f"  …{before}[bold]{s.quote}[/]{after}…", soft_wrap=True)


@review_app.command("accept")
@user_errors
def review_accept(
    ids: Annotated[list[str], typer.Argument(metavar="ID...")],
    date: Annotated[
        str | None, typer.Option(help="The event's date, if the text gives none.")
    ] = None,
) -> None:
    """Accept claims: they join the event log (certain ones move the fold)."""
    store = _store()
    world = load_world()
    when = parse_date(date, "--date")
    for claim_id in ids:
        _, claim, doc = _claim(store, claim_id)
        try:
            event, world = reasoning.accept(world, claim_id, claim, doc, when)
        except ValueError as exc:
            raise UserError(f"cannot accept {claim_id}: {exc}") from None
        store.set_claim_status(claim_id, "accepted", event)
        moves = "moves the fold" if event.certain else "kept as a claim (not CT+ or conditional)"
        console.print(f"accepted {claim_id}: {claim.type} {event.date}, {moves}")


@review_app.command("reject")
@user_errors
def review_reject(ids: Annotated[list[str], typer.Argument(metavar="ID...")]) -> None:
    """Reject claims (an accepted one leaves the event log)."""
    store = _store()
    for claim_id in ids:
        _claim(store, claim_id)
        store.set_claim_status(claim_id, "rejected")
        console.print(f"rejected {claim_id}")


# -- eval --------------------------------------------------------------------------------


def evaluate(gold_path: Path, docs: Path, dates: Path | None) -> EvalReport:
    if not gold_path.is_file():
        raise UserError(f"no gold file at {gold_path}")
    if not docs.is_dir():
        raise UserError(f"no documents folder at {docs}; pass --docs DIR")
    try:
        gold = load_gold(gold_path)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if dates is None:
        for name in (gold_path.stem + "-docs.jsonl", "docs.jsonl"):
            if (gold_path.parent / name).is_file():
                dates = gold_path.parent / name
                break
    want = gold_dates(dates) if dates else {}
    names = sorted({g.doc for g in gold} | set(want))
    ex = extractor()
    texts: dict[str, str] = {}
    system: list[SystemEvent] = []
    got: dict[str, str | None] = {}
    for name in names:
        try:
            doc = read_path(docs / name)[0]
        except ReadError as exc:
            raise UserError(f"{exc} (named in {gold_path})") from None
        texts[name] = doc.text
        got[name] = str(doc.published) if doc.published else None
        for e in ex.extract(doc):
            system.append(
                SystemEvent(
                    doc=name,
                    type=e.type,
                    subject=e.subject,
                    object=e.object,
                    agreement=e.agreement,
                    factuality=e.factuality,
                    conditional=e.conditional,
                    source=e.source,
                    spans=[(s.start, s.end) for s in e.evidence],
                )
            )
    return score(gold, system, texts, want if dates else None, got)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def eval_command(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.jsonl", help="Gold events.")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder with the documents.")],
    dates: Annotated[
        Path | None, typer.Option(help="Gold publication dates; default GOLD-docs.jsonl.")
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Score extraction against gold annotations (../shared/gold/README.md)."""
    r = evaluate(gold, docs, dates)
    if json:
        print_json(r)
        return
    console.print(f"events: gold {r.gold}, system {r.system}, matched {r.matched}")
    console.print(f"precision {_pct(r.precision)}  recall {_pct(r.recall)}  F1 {_pct(r.f1)}")
    console.print(
        f"over matched events: factuality {_pct(r.factuality_accuracy)}  "
        f"conditional {_pct(r.conditional_accuracy)}  source {_pct(r.source_accuracy)}"
    )
    if r.dates:
        right = sum(d.right for d in r.dates)
        console.print(f"publication dates: {right}/{len(r.dates)} right")
        for d in r.dates:
            if not d.right:
                console.print(f"  {d.doc}: gold {d.gold}, read {d.system}", markup=False)
    console.print(
        table(
            "by type",
            ["type", "gold", "system", "matched"],
            [[t.type, str(t.gold), str(t.system), str(t.matched)] for t in r.by_type],
        )
    )
    if r.misses:
        console.print(f"[bold]missed[/] ({len(r.misses)})")
        for g in r.misses:
            console.print(f"  {g.id} {g.type}: {g.quotes[0]}", markup=False, soft_wrap=True)
    if r.false_positives:
        console.print(f"[bold]false positives[/] ({len(r.false_positives)})")
        for s in r.false_positives:
            who = f"{' '.join(s.subject) or '—'} → {' '.join(s.object) or '—'}"
            console.print(f"  {s.doc} {s.type} {who} {s.factuality}", markup=False)


def register(app: typer.Typer) -> None:
    app.command("extract")(user_errors(extract))
    app.command("ingest")(user_errors(ingest))
    app.command("eval")(user_errors(eval_command))
    app.add_typer(review_app, name="review")
