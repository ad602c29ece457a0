"""The World: static facts plus the event log, folded; the answers on any date."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel

from pactwatch.dates import PartialDate, as_date
from pactwatch.kb.loader import (
    KBError,
    KnowledgeBase,
    Problem,
    load_kb,
    merged,
    organization_actor,
)
from pactwatch.model import Actor, Agreement, Event
from pactwatch.store import Store
from pactwatch.world.catalog import Catalog
from pactwatch.world.checks import fold_problems, reference_problems
from pactwatch.world.fold import AgreementLife, History, fold
from pactwatch.world.snapshot import (
    AgreementState,
    DeploymentState,
    EventRef,
    MembershipState,
    ProvisionState,
    Snapshot,
)

DateLike = str | int | _dt.date | PartialDate | None


def _on(date: PartialDate | None, day: _dt.date) -> bool:
    return date is not None and date.start <= day


def _status(life: AgreementLife, day: _dt.date) -> str | None:
    if _on(life.terminated, day):
        return "terminated"
    if _on(life.in_force, day):
        return "in_force"
    if _on(life.signed, day):
        return "signed"
    return None


class Change(BaseModel):
    """One difference between two snapshots."""

    what: str  # membership | agreement | deployment
    id: str
    actor: str | None = None
    before: str | None
    after: str | None


class Diff(BaseModel):
    start: _dt.date
    end: _dt.date
    actor: str | None
    changes: list[Change]
    events: list[EventRef]


def _standing(m: MembershipState | None) -> str | None:
    if m is None:
        return None
    return f"{m.legal}/{m.participation}" if m.participation else m.legal


def compare(a: Snapshot, b: Snapshot, actor: str | None = None) -> list[Change]:
    """The differences between two snapshots, optionally only those touching ``actor``."""
    changes: list[Change] = []
    keys = {(m.actor, m.agreement) for m in (*a.memberships, *b.memberships)}
    for who, ag in sorted(keys):
        if actor is not None and actor not in (who, ag):
            continue
        before, after = _standing(a.membership(who, ag)), _standing(b.membership(who, ag))
        if before != after:
            changes.append(Change(what="membership", id=ag, actor=who, before=before, after=after))
    for ag in sorted({x.id for x in (*a.agreements, *b.agreements)}):
        sa, sb = a.agreement(ag), b.agreement(ag)
        before, after = sa.status if sa else None, sb.status if sb else None
        involved = actor is None or actor == ag
        involved = involved or any(s.membership(actor, ag) for s in (a, b) if actor)
        if before != after and involved:
            changes.append(Change(what="agreement", id=ag, before=before, after=after))
    da = {d.id: d for d in a.deployments}
    db = {d.id: d for d in b.deployments}
    for dep_id in sorted(set(da) ^ set(db)):
        d = da.get(dep_id) or db[dep_id]
        if actor is None or actor in (d.deployer, d.host, *d.contributors):
            changes.append(
                Change(
                    what="deployment",
                    id=dep_id,
                    actor=d.deployer,
                    before="present" if dep_id in da else None,
                    after="present" if dep_id in db else None,
                )
            )
    return changes


class Span(BaseModel):
    """One stretch of an actor's standing in an agreement, between two events."""

    agreement: str
    start: _dt.date
    end: _dt.date | None  # None: still so on the last date folded
    legal: str
    participation: str | None


class World:
    """A knowledge base and extra events (accepted, imported, hypothetical), folded."""

    def __init__(self, kb: KnowledgeBase, extra: Iterable[Event] = ()) -> None:
        self.kb = kb
        self.extra = list(extra)

    @classmethod
    def load(cls, path: Path | None = None, store: Store | None = None) -> World:
        """The world of a knowledge base (and a store's records); KBError if malformed."""
        kb = load_kb(path)
        if store is not None:
            kb = merged(kb, store.actors(), store.agreements(), store.events())
        return cls(kb)

    @staticmethod
    def import_problems(
        kb: KnowledgeBase,
        actors: Iterable[Actor] = (),
        agreements: Iterable[Agreement] = (),
        events: Iterable[Event] = (),
    ) -> list[Problem]:
        """What would be wrong with the knowledge base if these records joined it.

        An import asks before it writes, so that a file that reads well but cannot be folded
        (an exit before an entry, a member twice) never reaches the store.
        """
        where = "(import)"
        world = World(merged(kb, actors, agreements, events, where=where))
        return [p for p in world.problems() if p.file == where]

    def with_events(self, events: Iterable[Event]) -> World:
        return World(self.kb, [*self.extra, *events])

    def extend(self, events: Iterable[Event] = (), agreements: Iterable[Agreement] = ()) -> World:
        """A new world with more events and agreements (a scenario's hypotheticals)."""
        added = {a.id: a for a in agreements}
        if not added:
            return self.with_events(events)
        kb = replace(
            self.kb, agreements={**self.kb.agreements, **added}, actors=dict(self.kb.actors)
        )
        for a in added.values():
            if a.kind == "organization" and a.id not in kb.actors:
                kb.actors[a.id] = organization_actor(a)
        return World(kb, [*self.extra, *events])

    @cached_property
    def catalog(self) -> Catalog:
        return Catalog(self.kb.actors.values(), self.kb.agreements.values())

    @property
    def events(self) -> list[Event]:
        return [*self.kb.events, *self.extra]

    @cached_property
    def history(self) -> History:
        return fold(self.events, self.kb.agreements)

    def problems(self) -> list[Problem]:
        """Everything ``kb check`` reports: references, then impossible transitions."""
        return [
            *self.kb.problems,
            *reference_problems(self.kb, self.events),
            *fold_problems(self.kb, self.history),
        ]

    def require_valid(self) -> World:
        problems = self.problems()
        if problems:
            raise KBError(problems)
        return self

    def coverage(self) -> tuple[PartialDate, PartialDate] | None:
        """The dates of the first and the last event known, if any."""
        dates = [e.date for e in self.events]
        return (min(dates), max(dates)) if dates else None

    def coverage_note(self, date: DateLike, margin: int = 25) -> str | None:
        """A word of warning when ``date`` lies far outside the events known (``margin`` years)."""
        span = self.coverage()
        if span is None or date is None:
            return None
        day = as_date(date)
        first, last = span
        if day.year < first.year - margin:
            return (
                f"{day} is long before the first event known ({first}): "
                "little or nothing is known then"
            )
        horizon = max(last.start, _dt.date.today())
        if day.year > horizon.year + margin:
            return (
                f"{day} is far beyond the last event known ({last}): "
                "the answer is today's standing carried forward"
            )
        return None

    def resolve(self, name: str) -> str:
        return self.catalog.resolve(name)

    def ref(self, event_id: str) -> EventRef:
        return EventRef.of(self.history.events[event_id])

    # the fold at one date ---------------------------------------------------------------
    def snapshot(self, as_of: DateLike = None) -> Snapshot:
        day = as_date(as_of)
        h = self.history
        status = {ag: _status(life, day) for ag, life in h.agreements.items()}
        memberships = []
        for (actor, ag), states in h.pairs.items():
            state = None
            for s in states:
                if s.date.start <= day:
                    state = s
            if state is None or status.get(ag) is None:
                continue
            signals = [
                self.ref(i) for i in h.signals.get((actor, ag), []) if h.events[i].date.start <= day
            ]
            memberships.append(
                MembershipState(
                    actor=actor,
                    agreement=ag,
                    legal=state.legal,
                    participation=state.participation,
                    since=state.since,
                    participation_since=state.participation_since,
                    member_since=state.member_since,
                    signed=state.signed,
                    agreement_status=status[ag] or "signed",
                    evidence=[self.ref(i) for i in state.events],
                    signals=signals,
                )
            )
        bound: dict[str, list[str]] = {}
        for m in memberships:
            if m.bound:
                bound.setdefault(m.agreement, []).append(m.actor)
        agreements = []
        provisions = []
        for ag, life in h.agreements.items():
            st = status[ag]
            static = self.kb.agreements.get(ag)
            if st is None or static is None:
                continue
            agreements.append(
                AgreementState(
                    id=ag,
                    name=static.name,
                    kind=static.kind,
                    status=st,
                    signed=life.signed if _on(life.signed, day) else None,
                    in_force=life.in_force if _on(life.in_force, day) else None,
                    terminated=life.terminated if _on(life.terminated, day) else None,
                    parties=sorted(bound.get(ag, [])),
                    evidence=[self.ref(i) for i in life.events if h.events[i].date.start <= day],
                )
            )
            if st != "in_force":
                continue
            parties = bound.get(ag, [])
            for p in static.provisions:
                if not p.active_on(day):
                    continue
                obliged = [a for a in p.from_ if a in parties] if p.from_ else sorted(parties)
                protected = list(p.to) if p.to else sorted(parties)
                if not obliged or not protected:
                    continue
                provisions.append(
                    ProvisionState(
                        agreement=ag,
                        provision=p.id,
                        kind=p.kind,
                        reference=p.reference,
                        summary=p.summary,
                        obliged=obliged,
                        protected=protected,
                        mutual=p.mutual,
                        conditions=p.conditions,
                    )
                )
        deployments = [
            DeploymentState(
                id=d.spec.id,
                deployer=d.deployer,
                host=d.host,
                contributors=d.spec.contributors,
                kind=d.spec.kind,
                name=d.spec.name,
                location=d.spec.location,
                basis=d.basis,
                since=d.since,
                evidence=[self.ref(i) for i in d.events if h.events[i].date.start <= day],
            )
            for d in h.deployments
            if d.since.start <= day and not _on(d.until, day)
        ]
        return Snapshot(
            as_of=day,
            memberships=sorted(memberships, key=lambda m: (m.actor, m.agreement)),
            agreements=sorted(agreements, key=lambda a: a.id),
            provisions=provisions,
            deployments=deployments,
        )

    def spans(self, actor: str, until: DateLike = None) -> list[Span]:
        """The actor's standings in every agreement as stretches of time, up to a date."""
        day = as_date(until)
        out = []
        for (who, ag), states in self.history.pairs.items():
            if who != actor:
                continue
            shown = [s for s in states if s.date.start <= day]
            for i, st in enumerate(shown):
                end = shown[i + 1].date.start if i + 1 < len(shown) else None
                if end is not None and end == st.date.start:
                    continue
                out.append(
                    Span(
                        agreement=ag,
                        start=st.date.start,
                        end=end,
                        legal=st.legal,
                        participation=st.participation,
                    )
                )
        return out

    # events over a period ---------------------------------------------------------------
    def timeline(self, ident: str, start: DateLike = None, end: DateLike = None) -> list[EventRef]:
        """Every event, certain or claimed, in which ``ident`` takes part, by date."""
        lo = as_date(start) if start is not None else _dt.date.min
        hi = as_date(end)
        out = []
        for e in self.history.events.values():
            dep = e.deployment_id
            involved = (
                ident in e.subject
                or ident in e.object
                or ident == e.agreement
                or ident == e.source
                or (dep is not None and ident == dep)
            )
            if involved and lo <= e.date.start <= hi:
                out.append(EventRef.of(e))
        return sorted(out, key=lambda r: r.date)

    def diff(self, start: DateLike, end: DateLike, actor: str | None = None) -> Diff:
        """What changed between two dates (memberships, agreements, deployments)."""
        a, b = self.snapshot(start), self.snapshot(end)
        events = [
            r
            for r in (self.timeline(actor, start, end) if actor else self._all(start, end))
            if r.date.start > a.as_of
        ]
        return Diff(
            start=a.as_of, end=b.as_of, actor=actor, changes=compare(a, b, actor), events=events
        )

    def _all(self, start: DateLike, end: DateLike) -> list[EventRef]:
        lo, hi = as_date(start), as_date(end)
        refs = [EventRef.of(e) for e in self.history.events.values() if lo <= e.date.start <= hi]
        return sorted(refs, key=lambda r: r.date)
