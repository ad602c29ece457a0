"""Forecasts from the store: the stored claims that predict, resolved against the world.

The reasoning (what a forecast is, which events resolve it, the scores) is in
:mod:`pactwatch.reasoning.forecasts`; this module only reads the claims and their documents'
metadata from the store and hands them over. The functions on a
:class:`~pactwatch.service.session.Session` (``forecast_list``, ``source_list``,
``record_of_claim``, ``records_of_claims``) are what the interfaces call: ``forecasts``,
``sources`` and ``review`` in the CLI, ``/api/v1/forecasts`` and ``/api/v1/sources``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from pactwatch.dates import PartialDate, as_date
from pactwatch.extraction.claims import Extracted
from pactwatch.reasoning.forecasts import (
    PROBABILITY,
    STATUSES,
    Forecast,
    Outlet,
    Resolution,
    Status,
    TrackRecord,
    forecaster,
    is_forecast,
    resolve,
    track_records,
)
from pactwatch.service.errors import UserError
from pactwatch.service.inputs import Note, ignore, parse_date
from pactwatch.service.session import Session
from pactwatch.text.documents import Document
from pactwatch.world import EventRef, World
from pactwatch.world.catalog import UnknownName
from pactwatch.world.world import DateLike

if TYPE_CHECKING:  # SQLAlchemy is imported when a store is opened
    from pactwatch.store import Store


def _outlet(meta: dict[str, str | None]) -> Outlet:
    published = meta.get("published")
    return Outlet(
        id=meta["id"] or "",
        title=meta.get("title"),
        url=meta.get("url"),
        publisher=meta.get("publisher"),
        published=PartialDate(published) if published else None,
    )


def outlet(document: Document) -> Outlet:
    return Outlet(
        id=document.id,
        title=document.title,
        url=document.url,
        publisher=document.publisher,
        published=document.published,
    )


def stored_forecasts(store: Store | None) -> list[Forecast]:
    """Every candidate or accepted claim in the store that is a forecast (rejected claims are
    the reader's mistakes, by an analyst's word, and predict nothing)."""
    if store is None:
        return []
    out = []
    for claim_id, status, payload, meta in store.claims_with_documents():
        claim = Extracted.model_validate_json(payload)
        if is_forecast(claim):
            out.append(Forecast.of(claim_id, status, claim, _outlet(meta)))
    return out


def forecasts(
    world: World,
    store: Store | None,
    as_of: DateLike = None,
    actor: str | None = None,
    status: str | None = None,
    source: str | None = None,
) -> list[Resolution]:
    """The stored forecasts made by ``as_of``, resolved on that date (about ``actor``, by
    ``source``, with ``status``, if given)."""
    return resolve(world, stored_forecasts(store), as_of, actor, status, source)


def records(world: World, store: Store | None, as_of: DateLike = None) -> list[TrackRecord]:
    """Every forecaster's track record on ``as_of``."""
    return track_records(world, resolve(world, stored_forecasts(store), as_of))


def record_of(
    world: World,
    store: Store | None,
    claim: Extracted,
    document: Document,
    as_of: DateLike = None,
) -> TrackRecord | None:
    """The track record of whoever a claim is attributed to, if they have made forecasts."""
    who, kind = forecaster(claim.source, outlet(document))
    for r in records(world, store, as_of):
        if (r.forecaster, r.kind) == (who, kind):
            return r
    return None


def records_of(world: World, store: Store | None, claim_ids: set[str]) -> list[TrackRecord]:
    """The track records (today) of the sources of these claims, for those with forecasts."""
    if store is None:
        return []
    who = set()
    for claim_id, _, payload, meta in store.claims_with_documents(
        ("candidate", "accepted", "rejected")
    ):
        if claim_id in claim_ids:
            claim = Extracted.model_validate_json(payload)
            who.add(forecaster(claim.source, _outlet(meta)))
    return [r for r in records(world, store) if (r.forecaster, r.kind) in who]


# -- what the interfaces call ----------------------------------------------------------


class ForecastItem(Forecast):
    """A resolved forecast as ``forecasts --json`` gives it (the date asked is given once,
    above the list): :class:`~pactwatch.reasoning.forecasts.Resolution` without ``as_of``."""

    status: Status
    made_on: PartialDate | None
    window_from: _dt.date | None
    deadline: _dt.date | None
    condition_met_by: EventRef | None = None
    resolved_by: EventRef | None = None
    correct: bool | None = None
    brier: float | None = None
    scored: bool = False


class ForecastList(BaseModel):
    """``pactwatch forecasts --json`` and ``GET /api/v1/forecasts``."""

    as_of: str
    actor: str | None
    status: str | None
    forecasts: list[ForecastItem]


class SourceList(BaseModel):
    """``pactwatch sources --json`` and ``GET /api/v1/sources``."""

    as_of: str
    probabilities: dict[str, float]
    sources: list[TrackRecord]


def resolution_json(r: Resolution) -> dict[str, Any]:
    """A resolved forecast as the JSON of docs/cli.md (the date asked is given once, above)."""
    return r.model_dump(mode="json", exclude={"as_of"})


@dataclass
class Forecasts:
    as_of: _dt.date
    actor: str | None
    status: str | None
    items: list[Resolution]

    def json(self) -> dict[str, Any]:
        return {
            "as_of": str(self.as_of),
            "actor": self.actor,
            "status": self.status,
            "forecasts": [resolution_json(r) for r in self.items],
        }


@dataclass
class Sources:
    as_of: _dt.date
    records: list[TrackRecord]

    def json(self) -> dict[str, Any]:
        return {
            "as_of": str(self.as_of),
            "probabilities": PROBABILITY,
            "sources": [t.model_dump(mode="json") for t in self.records],
        }


def forecast_list(
    session: Session,
    actor: str | None = None,
    status: str | None = None,
    source: str | None = None,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Forecasts:
    """The stored forecasts made by ``as_of`` and how they stand on it: about an actor or
    agreement (any role), with a status, by a source (an actor, or a publisher, an author,
    ``unnamed`` as the reader wrote it), if given."""
    n = names or {}
    if status is not None and status not in STATUSES:
        raise UserError(f"{n.get('status', '--status')} {status!r}: use {', '.join(STATUSES)}")
    world = session.world()
    ident = world.catalog.resolve(actor) if actor else None
    day = parse_date(as_of, n.get("as_of", "--as-of"), world, note)
    who = None
    if source is not None:
        try:
            who = world.catalog.resolve(source)
        except UnknownName:
            who = source  # a publisher, an author, unnamed (...)
    key = ("forecasts", ident, status, who, as_date(day))
    found = session.memo(key, lambda: forecasts(world, session.store(), day, ident, status, who))
    return Forecasts(as_date(day), ident, status, found)


def source_list(
    session: Session,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Sources:
    """Every source's track record on ``as_of``: forecasts made, how they stand, Brier."""
    world = session.world()
    day = parse_date(as_of, (names or {}).get("as_of", "--as-of"), world, note)
    found = session.memo(("sources", as_date(day)), lambda: records(world, session.store(), day))
    return Sources(as_date(day), found)


def record_of_claim(session: Session, claim: Extracted, document: Document) -> TrackRecord | None:
    """The track record, today, of whoever a claim is attributed to (``review show``)."""
    return record_of(session.world(), session.store(), claim, document)


def records_of_claims(session: Session, claim_ids: set[str]) -> list[TrackRecord]:
    """The track records, today, of the sources of these claims (under ``review list``)."""
    if not claim_ids:
        return []
    return records_of(session.world(), session.store(), claim_ids)
