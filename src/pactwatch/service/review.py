"""Documents and the claims read from them: ingest, list, show, accept, reject.

The JSON of a document and of a claim is shaped here (``document_json``, ``claim_json``), so
that ``review list --json`` and ``GET /api/v1/claims`` say the same. Accepting or rejecting a
claim changes the event log: the session's world is invalidated.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactwatch import reasoning
from pactwatch.dates import PartialDate
from pactwatch.extraction.claims import Extracted
from pactwatch.model import Event, vocab
from pactwatch.reasoning.forecasts import TrackRecord
from pactwatch.service import forecasts, reading
from pactwatch.service.distributed import ClaimsParquet, read_many
from pactwatch.service.errors import NotFound, UserError
from pactwatch.service.inputs import event_type, parse_date
from pactwatch.service.session import Session
from pactwatch.text.documents import Document
from pactwatch.text.readers import ReadError, from_html, from_text

if TYPE_CHECKING:  # the reader (spaCy) is loaded when first used; SQLAlchemy with the store
    from pactwatch.extraction.pipeline import Extractor
    from pactwatch.store import Store

STATUSES = ("candidate", "accepted", "rejected", "all")
FACTUALITIES = vocab.FACTUALITIES

# spaCy's pipeline is not made to be shared by threads at once: one reading at a time.
_reading = threading.Lock()


def document_json(doc: Document) -> dict[str, Any]:
    """A document's metadata (not its text)."""
    meta = doc.model_dump(mode="json", exclude={"text"})
    meta["published"] = str(doc.published) if doc.published else None
    return meta


def event_json(e: Extracted) -> dict[str, Any]:
    """An extracted event (a claim's body)."""
    out = e.model_dump(mode="json")
    out["date"] = str(e.date) if e.date else None
    return out


def claims_body(events: list[Extracted]) -> list[dict[str, Any]]:
    return [event_json(e) for e in events]


def extractor(session: Session) -> Extractor:
    """The reader for the session's knowledge base (ReaderUnavailable if spaCy's pipeline is
    missing)."""
    return reading.extractor(session.kb)


def readable(sources: Sequence[str], bad: list[str]) -> Iterator[Document]:
    """The documents in files, folders and URLs; what cannot be read is added to ``bad``."""
    for where, found in reading.inputs(sources):
        if isinstance(found, ReadError):
            bad.append(f"{where}: {found}")
            continue
        yield from found


@dataclass
class Ingested:
    added: int = 0
    present: int = 0
    claims: int = 0
    documents: list[str] = field(default_factory=list)  # ids of the documents stored now
    failed: dict[str, str] = field(default_factory=dict)  # document id -> why unreadable


def ingest(
    session: Session,
    documents: Iterable[Document],
    progress: Any = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    parquet: Path | None = None,
) -> Ingested:
    """Store each new document with its events as candidate claims, one transaction each.

    ``progress``, if given, is called once per document read. Claims are not events: the
    world does not change until one is accepted. With ``workers`` (a local Dask cluster) or
    ``scheduler`` (an existing one) the documents are read there, streamed in bounded batches,
    and written here in input order by this one writer, so the store ends as a serial run's;
    ``parquet`` also writes the new claims as a Parquet dataset in that folder.
    """
    store = session.store(create=True)
    assert store is not None
    out = Ingested()

    def new_documents() -> Iterator[Document]:
        for d in documents:
            if store.has_document(d.id):
                out.present += 1
            else:
                yield d

    if workers is None and scheduler is None and parquet is None:
        new = list(new_documents())
        if not new:
            return out
        ex = extractor(session)
        with _reading:
            before = set(ex.failures)
            read: Iterable[tuple[Document, list[Extracted], str | None]] = (
                (
                    doc,
                    events,
                    ex.failures[doc.id] if doc.id in ex.failures and doc.id not in before else None,
                )
                for doc, events in ex.extract_many(new)
            )
            _store_all(store, read, out, progress, None)
    else:
        with ExitStack() as stack:
            results = stack.enter_context(
                closing(
                    read_many(new_documents(), workers=workers, scheduler=scheduler, kb=session.kb)
                )
            )
            sink = stack.enter_context(ClaimsParquet(parquet)) if parquet is not None else None
            _store_all(store, results, out, progress, sink)
    if out.added:
        session.forget_answers()  # new claims: new forecasts, briefs and track records
    return out


def _store_all(
    store: Store,
    read: Iterable[tuple[Document, list[Extracted], str | None]],
    out: Ingested,
    progress: Any,
    sink: ClaimsParquet | None,
) -> None:
    for doc, events, failure in read:
        if progress is not None:
            progress()
        if failure is not None:
            out.failed[doc.id] = failure
            continue
        rows = [
            (e.type, e.factuality, e.source, [*e.subject, *e.object], e.model_dump_json())
            for e in events
        ]
        if store.add_document(doc, rows):
            out.added += 1
            out.claims += len(rows)
            out.documents.append(doc.id)
            if sink is not None:
                sink.add(doc, events)
        else:
            out.present += 1


def extract(
    session: Session, documents: Iterable[Document]
) -> Iterator[tuple[Document, list[Extracted] | str]]:
    """Each document with its events, or why it could not be read (nothing is stored)."""
    ex = extractor(session)
    with _reading:
        before = set(ex.failures)
        for doc, events in ex.extract_many(documents):
            if doc.id in ex.failures and doc.id not in before:
                yield doc, ex.failures[doc.id]
            else:
                yield doc, events


@dataclass
class Claim:
    id: str
    status: str
    claim: Extracted
    document: Document
    record: TrackRecord | None = None  # of whoever the claim is attributed to, if known

    def json(self) -> dict[str, Any]:
        """``review show --json``."""
        return {
            "id": self.id,
            "status": self.status,
            "document": document_json(self.document),
            **event_json(self.claim),
            "source_record": self.record.model_dump(mode="json") if self.record else None,
        }


def claim(session: Session, claim_id: str) -> Claim:
    """One claim with its document, and its source's track record today."""
    found = _claim(session.require_store(), claim_id)
    found.record = forecasts.record_of_claim(session, found.claim, found.document)
    return found


def _claim(store: Store, claim_id: str) -> Claim:
    found = store.claim(claim_id)
    if found is None:
        raise NotFound(f"no claim {claim_id!r}; see `pactwatch review list`")
    status, payload, document = found
    return Claim(
        claim_id,
        status,
        Extracted.model_validate_json(payload),
        Document.model_validate_json(document),
    )


def claims(
    session: Session,
    status: str = "candidate",
    actor: str | None = None,
    type: str | None = None,
    source: str | None = None,
    factuality: str | None = None,
    document: str | None = None,
    names: dict[str, str] | None = None,
) -> list[tuple[str, str, Extracted]]:
    """(id, status, claim) of the claims that pass every filter given."""
    n = names or {}
    if status not in STATUSES:
        raise UserError(
            f"{n.get('status', '--status')} {status!r}: use candidate, accepted, rejected or all"
        )
    event_type(type, n.get("type", "--type"))
    store = session.require_store()
    world = session.world()
    ident = world.resolve(actor) if actor else None
    speaker = source if source in (None, "author", "unnamed") else world.resolve(source)
    rows = store.claims(
        status=None if status == "all" else status,
        actor=ident,
        type=type,
        source=speaker,
        factuality=factuality,
        document=document,
    )
    return [(i, st, Extracted.model_validate_json(p)) for i, st, p in rows]


def claims_json(items: list[tuple[str, str, Extracted]]) -> list[dict[str, Any]]:
    """``review list --json``."""
    return [{"id": i, "status": st, **event_json(e)} for i, st, e in items]


@dataclass
class Accepted:
    id: str
    type: str
    event: Event

    @property
    def moves(self) -> bool:
        return self.event.certain


def accept(
    session: Session, ids: Sequence[str], date: PartialDate | None = None
) -> Iterator[Accepted]:
    """Accept claims one by one: each becomes an event of the log, checked against the fold
    with the ones before it. The session's world is invalidated after each."""
    store = session.require_store()
    world = session.world()
    for claim_id in ids:
        found = _claim(store, claim_id)
        try:
            event, world = reasoning.accept(world, claim_id, found.claim, found.document, date)
        except ValueError as exc:
            raise UserError(f"cannot accept {claim_id}: {exc}") from None
        store.set_claim_status(claim_id, "accepted", event)
        session.invalidate()
        yield Accepted(claim_id, found.claim.type, event)


def reject(session: Session, ids: Sequence[str]) -> Iterator[str]:
    """Reject claims; an accepted one leaves the event log."""
    store = session.require_store()
    for claim_id in ids:
        found = _claim(store, claim_id)
        store.set_claim_status(claim_id, "rejected")
        if found.status == "accepted":
            session.invalidate()
        else:
            session.forget_answers()  # a rejected claim forecasts nothing
        yield claim_id


def new_document(
    text: str,
    html: bool = False,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    names: dict[str, str] | None = None,
) -> Document:
    """A document from a form or a request body: plain text, or HTML whose main text is
    taken out; the metadata given wins over what the text says. Nothing is fetched."""
    day = parse_date(published, (names or {}).get("published", "published"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # a form's text comes with CRLF
    if not text.strip():
        raise UserError("the article is empty: give its text")
    meta = {"title": title, "url": url, "publisher": publisher}
    try:
        if html:
            doc = from_html(text, url=url)
            updates: dict[str, Any] = {k: v for k, v in meta.items() if v}
            if day is not None:
                updates["published"] = day
            return doc.model_copy(update=updates)
        return from_text(text, published=day, **meta)
    except ReadError as exc:
        raise UserError(str(exc)) from None


def documents(session: Session) -> list[dict[str, Any]]:
    """The documents read into the store, the latest first: id, title, published, claims."""
    store = session.store()
    rows = store.documents() if store is not None else []
    return [{"id": i, "title": t, "published": p, "claims": n} for i, t, p, n in rows]


def document(session: Session, doc_id: str) -> Document:
    """A stored document, text included."""
    found = session.require_store().document(doc_id)
    if found is None:
        raise NotFound(f"no document {doc_id!r} in the store")
    return Document.model_validate_json(found)


def counts(session: Session) -> dict[str, int]:
    store = session.store()
    return store.reading_counts() if store is not None else {"documents": 0}
