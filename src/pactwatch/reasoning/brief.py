"""``brief``: what an analyst hands on about one actor on one date, as data."""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel, ConfigDict

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


def brief(world: World, actor: str, as_of: DateLike = None) -> Brief:
    """The standing, guarantors, deployments, last year's events and the commitment network."""
    st = status(world, actor, as_of)
    day = st.as_of
    since = day - _dt.timedelta(days=365)
    snap = world.snapshot(day)
    network = sorted(
        {
            Edge(obliged=g, protected=t, kind=p.kind, agreement=p.agreement)
            for g, t, p in snap.obligations()
            if actor in (g, t)
        },
        key=lambda e: (e.agreement, e.kind, e.obliged, e.protected),
    )
    events = [e for e in timeline(world, actor, since, day) if e.date.start > since]
    spans = world.spans(actor, day)
    ids = {actor, *(e.obliged for e in network), *(e.protected for e in network)}
    ids |= {e.agreement for e in network} | {s.agreement for s in spans}
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
    )
