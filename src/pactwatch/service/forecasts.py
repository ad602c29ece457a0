"""Forecasts from the store: the stored claims that predict, resolved against the world.

The reasoning (what a forecast is, which events resolve it, the scores) is in
:mod:`pactwatch.reasoning.forecasts`; this module only reads the claims and their documents'
metadata from the store and hands them over.
"""

from __future__ import annotations

from pactwatch.dates import PartialDate
from pactwatch.extraction.claims import Extracted
from pactwatch.reasoning.forecasts import (
    Forecast,
    Outlet,
    Resolution,
    TrackRecord,
    forecaster,
    is_forecast,
    resolve,
    track_records,
)
from pactwatch.store import Store
from pactwatch.text.documents import Document
from pactwatch.world import World
from pactwatch.world.world import DateLike


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
