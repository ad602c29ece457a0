"""``brief``: what an analyst hands on about one actor on one date, as data."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from pactwatch.reasoning.forecasts import Forecast, Resolution, TrackRecord, resolve, track_records
from pactwatch.reasoning.guarantors import GuarantorsReport, guarantors
from pactwatch.reasoning.status import StatusReport, status
from pactwatch.reasoning.timeline import timeline
from pactwatch.world import EventRef, World
from pactwatch.world.world import DateLike, Span


class Edge(BaseModel):
    """One obligation in the actor's commitment network."""

    model_config = ConfigDict(frozen=True)

    obliged: str
    protected: str
    kind: str
    agreement: str


class Brief(BaseModel):
    actor: str
    name: str
    as_of: _dt.date
    since: _dt.date  # the start of the events window (twelve months)
    status: StatusReport
    guarantors: GuarantorsReport
    events: list[EventRef]
    network: list[Edge]
    spans: list[Span]
    labels: dict[str, str]  # id -> name for every id the brief mentions
    # forecasts about the actor still unresolved on the date (open, or condition unmet)
    forecasts: list[Resolution] = []
    records: dict[str, TrackRecord] = {}  # forecaster -> track record, for those forecasts


def brief(
    world: World, actor: str, as_of: DateLike = None, forecasts: Iterable[Forecast] = ()
) -> Brief:
    """The standing, guarantors, deployments, last year's events and the commitment network;
    with ``forecasts`` (the stored ones), those about the actor still unresolved, and the
    track records of their forecasters (over all their forecasts)."""
    st = status(world, actor, as_of)
    day = st.as_of
    since = day - _dt.timedelta(days=365)
    snap = world.day(day)
    network = sorted(
        {
            Edge(obliged=g, protected=t, kind=p.kind, agreement=p.agreement)
            for g, t, p in snap.obligations_of(actor)
        },
        key=lambda e: (e.agreement, e.kind, e.obliged, e.protected),
    )
    events = [e for e in timeline(world, actor, since, day) if e.date.start > since]
    spans = world.spans(actor, day)
    ids = {actor, *(e.obliged for e in network), *(e.protected for e in network)}
    ids |= {e.agreement for e in network} | {s.agreement for s in spans}
    resolved = resolve(world, forecasts, day)
    pending = [r for r in resolved if r.about(actor) and r.status in ("open", "condition-unmet")]
    who = {r.forecaster for r in pending}
    records = {t.forecaster: t for t in track_records(world, resolved) if t.forecaster in who}
    return Brief(
        actor=actor,
        name=world.catalog.label(actor),
        as_of=day,
        since=since,
        status=st,
        guarantors=guarantors(world, actor, day),
        events=events,
        network=network,
        spans=spans,
        labels={i: world.catalog.label(i) for i in sorted(ids)},
        forecasts=pending,
        records=records,
    )
