"""Watching the news: poll feeds and folders, ingest what is new, report what matters.

Each poll reads every source named (RSS or Atom feeds and pages by URL, through the bounded
readers; files and folders), stores each document not yet in the store with its claims in
one transaction (the store's idempotent insert: a document's id is the hash of its text),
then reports what matters: the new claims that would change someone's standing if accepted,
and the forecasts whose status changed since the last report. A source that cannot be read
is reported and read again at the next poll while the others go on. A poll killed half-way
loses nothing: the documents stored are whole, and the others are read again next time.

What was reported of each forecast is kept in the store (``forecast_reports``), so that a
resolution is reported once, also by ``watch --once`` run from cron.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from pactwatch.dates import PartialDate
from pactwatch.extraction.claims import Extracted
from pactwatch.reasoning import standing_changes
from pactwatch.reasoning.forecasts import Resolution
from pactwatch.service import reading
from pactwatch.service.forecasts import forecasts
from pactwatch.service.reading import READABLE, ServiceError
from pactwatch.text.documents import Document
from pactwatch.text.readers import ReadError
from pactwatch.world import World
from pactwatch.world.snapshot import Snapshot
from pactwatch.world.world import Change

if TYPE_CHECKING:  # the reader (spaCy) is loaded when first used; SQLAlchemy with the store
    from pactwatch.extraction.pipeline import Extractor
    from pactwatch.store import Store

MIN_INTERVAL = 1.0  # seconds
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in ``90``, ``30s``, ``15m``, ``1h30m``, ``1d``; ServiceError otherwise."""
    value = text.strip().lower()
    parts = _PART.findall(value)
    if not value or "".join(n + u for n, u in parts) != value:
        raise ServiceError(f"--every {text!r}: write a duration such as 30s, 15m, 1h or 1h30m")
    seconds = sum(float(n) * _UNIT[u] for n, u in parts)
    if seconds < MIN_INTERVAL:
        raise ServiceError(f"--every {text!r}: at least {MIN_INTERVAL:.0f} second between polls")
    return seconds


def check_sources(items: Sequence[str]) -> None:
    """Refuse, before the first poll, what can never be read: a path that does not exist."""
    if not items:
        raise ServiceError("give at least one feed URL, file or folder to watch")
    for item in items:
        if item.startswith(("http://", "https://")):
            continue
        if "://" in item:
            raise ServiceError(f"{item!r}: only http and https feeds are read")
        if not Path(item).exists():
            raise ServiceError(f"no file or folder {item!r} to watch")


class Failure(BaseModel):
    source: str  # the feed, file or document
    reason: str


class StandingChange(BaseModel):
    """A new claim that would change someone's standing if accepted, and how."""

    claim: str
    type: str
    subject: list[str]
    object: list[str]
    agreement: str | None
    source: str
    date: PartialDate | None
    quote: str
    changes: list[Change]


class ForecastNotice(BaseModel):
    """A forecast whose status changed since the last report (``before`` None: new)."""

    before: str | None
    forecast: Resolution


class Poll(BaseModel):
    number: int
    started: _dt.datetime
    seconds: float
    documents: int  # new documents stored in this poll
    claims: int  # their claims
    present: int  # documents read that the store already had
    new_forecasts: int  # forecasts seen for the first time
    failed: list[Failure]  # sources that could not be read: read again next poll
    unread: list[Failure]  # documents the reader failed on
    standing: list[StandingChange]
    forecasts: list[ForecastNotice]
    # the forecasts' statuses that changed: recorded as reported once the report is given
    statuses: dict[str, str] = Field(default_factory=dict, exclude=True)


def _read(items: Sequence[str]) -> tuple[list[Document], list[Failure]]:
    docs: list[Document] = []
    failed: list[Failure] = []
    for item in items:
        path = Path(item)
        if path.is_dir() and not any(p.suffix.lower() in READABLE for p in path.rglob("*")):
            continue  # a folder waiting for its first article
        for where, found in reading.inputs([item]):
            if isinstance(found, ReadError):
                failed.append(Failure(source=where, reason=str(found)))
            else:
                docs.extend(found)
    unique = {d.id: d for d in docs}
    return list(unique.values()), failed


def poll(
    store: Store,
    items: Sequence[str],
    kb: Path | None = None,
    number: int = 1,
    extractor: Callable[[], Extractor] | None = None,
    today: _dt.date | None = None,
) -> Poll:
    """One poll: read, store what is new, and say what matters (see the module docstring).
    The forecasts' statuses are recorded as reported by :func:`reported`, after the report."""
    started = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    clock = time.monotonic()
    docs, failed = _read(items)
    new = [d for d in docs if not store.has_document(d.id)]
    present = len(docs) - len(new)
    stored: list[tuple[Document, list[tuple[str, Extracted]]]] = []
    unread: list[Failure] = []
    claims = 0
    if new:
        ex = extractor() if extractor is not None else reading.extractor(kb)
        for doc, events in ex.extract_many(new):
            if doc.id in ex.failures:
                unread.append(Failure(source=doc.id, reason=ex.failures[doc.id]))
                continue
            rows = [
                (e.type, e.factuality, e.source, [*e.subject, *e.object], e.model_dump_json())
                for e in events
            ]
            if store.add_document(doc, rows):  # one transaction: whole, or not at all
                ids = [f"{doc.id}:{n}" for n in range(1, len(events) + 1)]
                stored.append((doc, list(zip(ids, events, strict=True))))
                claims += len(rows)
            else:
                present += 1  # another writer stored it meanwhile
    world = World.load(kb, store).require_valid()
    standing = []
    snapshots: dict[_dt.date, Snapshot] = {}
    for doc, found in stored:
        for claim_id, claim in found:
            changes = standing_changes(world, claim_id, claim, doc, snapshots)
            if changes:
                standing.append(
                    StandingChange(
                        claim=claim_id,
                        type=claim.type,
                        subject=claim.subject,
                        object=claim.object,
                        agreement=claim.agreement,
                        source=claim.source,
                        date=claim.date or doc.published,
                        quote=claim.evidence[0].quote if claim.evidence else "",
                        changes=changes,
                    )
                )
    resolved = forecasts(world, store, today)
    before = store.reported_forecasts()
    notices = [
        ForecastNotice(before=before.get(r.id), forecast=r)
        for r in resolved
        if before.get(r.id) != r.status
        and (r.id in before or r.status in ("happened", "did-not-happen"))
    ]
    fresh = sum(r.id not in before for r in resolved)
    changed = {r.id: r.status for r in resolved if before.get(r.id) != r.status}
    return Poll(
        number=number,
        started=started,
        seconds=round(time.monotonic() - clock, 2),
        documents=len(stored),
        claims=claims,
        present=present,
        new_forecasts=fresh,
        failed=failed,
        unread=unread,
        standing=standing,
        forecasts=notices,
        statuses=changed,
    )


def reported(store: Store, p: Poll) -> None:
    """Record that a poll's report has been given: its forecasts' statuses are not news any
    more. Called after the report, so that a kill in between repeats a notice, never loses
    one."""
    if p.statuses:
        store.set_reported_forecasts(p.statuses)


def watch(
    store: Store,
    items: Sequence[str],
    every: float,
    report: Callable[[Poll], None],
    kb: Path | None = None,
    once: bool = False,
    extractor: Callable[[], Extractor] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Poll:
    """Poll every ``every`` seconds (from the start of one poll to the next) until stopped,
    or once; ``report`` is called after each poll. Returns the last poll."""
    check_sources(items)
    number = 0
    while True:
        number += 1
        started = time.monotonic()
        last = poll(store, items, kb, number, extractor)
        report(last)
        reported(store, last)
        if once:
            return last
        (sleep or time.sleep)(max(0.0, every - (time.monotonic() - started)))
