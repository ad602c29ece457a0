"""The World: static facts plus the event log, folded; the answers on any date."""

from __future__ import annotations

import datetime as _dt
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

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
from pactwatch.world.catalog import Catalog
from pactwatch.world.checks import fold_problems, reference_problems
from pactwatch.world.fold import Delta, History, fold, refold
from pactwatch.world.snapshot import DeploymentState, EventRef, MembershipState, Snapshot
from pactwatch.world.view import Day, Index

if TYPE_CHECKING:  # SQLAlchemy is imported when a store is opened
    from pactwatch.store import Store

DateLike = str | int | _dt.date | PartialDate | None


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
    keys = {(m.actor, m.agreement) for m in (*a.memberships, *b.memberships)}
    agreements = {x.id for x in (*a.agreements, *b.agreements)}
    return _changes(a, b, keys, agreements, a.deployments, b.deployments, actor)


def compare_days(a: Day, b: Day, delta: Delta, actor: str | None = None) -> list[Change]:
    """``compare(a.snapshot(), b.snapshot(), actor)`` for the same date in two worlds whose
    folds differ only within ``delta`` (``World.changed_from``): only its agreements and
    deployments are looked at, since nothing else can differ."""
    keys = {
        (who, ag)
        for day in (a, b)
        for ag in delta.agreements
        for who, _ in day.index.by_agreement.get(ag, ())
        if day.membership(who, ag) is not None
    }
    deps_a = [d for d in a.deployments if d.id in delta.deployments]
    deps_b = [d for d in b.deployments if d.id in delta.deployments]
    return _changes(a, b, keys, set(delta.agreements), deps_a, deps_b, actor)


def _changes(
    a: Snapshot | Day,
    b: Snapshot | Day,
    keys: set[tuple[str, str]],
    agreements: set[str],
    deps_a: Iterable[DeploymentState],
    deps_b: Iterable[DeploymentState],
    actor: str | None,
) -> list[Change]:
    """Memberships (``keys``), agreements and deployments that differ between two states."""
    changes: list[Change] = []
    for who, ag in sorted(keys):
        if actor is not None and actor not in (who, ag):
            continue
        before, after = _standing(a.membership(who, ag)), _standing(b.membership(who, ag))
        if before != after:
            changes.append(Change(what="membership", id=ag, actor=who, before=before, after=after))
    for ag in sorted(agreements):
        sa, sb = a.agreement(ag), b.agreement(ag)
        before, after = sa.status if sa else None, sb.status if sb else None
        involved = actor is None or actor == ag
        involved = involved or any(s.membership(actor, ag) for s in (a, b) if actor)
        if before != after and involved:
            changes.append(Change(what="agreement", id=ag, before=before, after=after))
    da = {d.id: d for d in deps_a}
    db = {d.id: d for d in deps_b}
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
    """A knowledge base and extra events (accepted, imported, hypothetical), folded.

    A world keeps what it computes: the fold (``history``), the look-ups over it, the event
    references, and the world on each date asked about (``day``, ``snapshot``). All of it is
    dropped when the world's events or agreements change (``invalidate`` is called when a
    change is seen), so a kept answer is never one of an older world. A world made from
    another by adding events (``with_events``, ``extend``) folds again only what they reach.
    """

    # dates kept per world: enough for a year-by-year series, bounded for a long-lived server
    KEEP_DAYS = 512

    def __init__(self, kb: KnowledgeBase, extra: Iterable[Event] = ()) -> None:
        self.kb = kb
        self.extra = list(extra)
        # the world this one adds events (and agreements) to, if it was made that way
        self._parent: World | None = None
        self._added: list[Event] = []
        self._redefined: frozenset[str] = frozenset()
        self._refs: dict[str, EventRef] = {}
        # the parent's kept references, read where this world has none of its own: a refold
        # keeps the parent's events (no added id is one of them), so the same references
        self._inherited: dict[str, EventRef] | None = None
        self._seen: tuple[int, ...] = ()
        self._history: History | None = None
        self._delta: Delta | None = None
        # the parent's history this world's was refolded from (with ``_delta``)
        self._base: History | None = None
        self._index: Index | None = None
        self._days: OrderedDict[_dt.date, Day] = OrderedDict()
        self._catalog: Catalog | None = None
        self._ref_problems: list[Problem] | None = None

    # what the kept answers were computed from ---------------------------------------------
    def _fingerprint(self) -> tuple[int, ...]:
        kb = self.kb
        return (
            id(kb),
            id(kb.events),
            len(kb.events),
            id(kb.agreements),
            len(kb.agreements),
            id(kb.actors),
            len(kb.actors),
            id(self.extra),
            len(self.extra),
        )

    def _check(self) -> None:
        """Drop what was kept if the events, agreements or actors changed since."""
        seen = self._fingerprint()
        if seen != self._seen:
            self.invalidate()
            self._seen = seen

    def invalidate(self) -> None:
        """Forget every kept answer: the fold, the look-ups, the snapshots."""
        self._history = None
        self._delta = None
        self._base = None
        self._index = None
        self._days.clear()
        self._catalog = None
        self._ref_problems = None
        self._refs = {}
        self._inherited = None

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

    def _child(self, kb: KnowledgeBase, events: list[Event], redefined: Iterable[str]) -> World:
        child = World(kb, [*self.extra, *events])
        child._parent = self
        child._added = events
        child._redefined = frozenset(redefined)
        return child

    def with_events(self, events: Iterable[Event]) -> World:
        return self._child(self.kb, list(events), ())

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
        return self._child(kb, list(events), added)

    @property
    def catalog(self) -> Catalog:
        self._check()
        if self._catalog is None:
            parent = self._parent
            if parent is not None and parent.kb is self.kb:  # the same names: the same catalog
                self._catalog = parent.catalog
            else:
                self._catalog = Catalog.by_id(self.kb.actors, self.kb.agreements)
        return self._catalog

    @property
    def events(self) -> list[Event]:
        return [*self.kb.events, *self.extra]

    def _derived(self) -> tuple[History, Delta] | None:
        """The fold as the parent's fold with the added events, where that is what it is."""
        parent = self._parent
        if parent is None:
            return None
        same_log = (
            self.kb.events is parent.kb.events
            and len(self.kb.events) == len(parent.kb.events)
            and self.extra == [*parent.extra, *self._added]
        )
        if not same_log:
            return None
        return refold(parent.history, self._added, self.kb.agreements, self._redefined)

    @property
    def history(self) -> History:
        self._check()
        if self._history is None:
            derived = self._derived()
            parent = self._parent
            if derived is not None and parent is not None:
                self._history, self._delta = derived
                self._base = parent.history
                self._refs = {}
                self._inherited = parent._refs  # the same events: the same references
                if self._delta.same_order:  # the parent's look-ups, remade where refolded
                    self._index = Index.derived(
                        parent.index,
                        self._history,
                        self._delta,
                        self._added,
                        self.kb.agreements,
                        bool(self._redefined),
                    )
                    return self._history
            else:
                self._history = fold(self.events, self.kb.agreements)
            # the look-ups are part of the fold's result: built with it, once
            self._index = self._whole_index(self._history)
        return self._history

    def _whole_index(self, history: History) -> Index:
        """The look-ups over a whole fold. A world made from none other (loaded, or made from
        a knowledge base) also builds with them the rows ``status`` shows (``Index.shown``),
        once; a world made by adding events to another keeps its parent's where its fold
        does, and makes the others when asked (decision 0012, fifth round)."""
        if self._parent is not None:
            return Index(history, self.kb.agreements)
        catalog = self.catalog
        catalog.fold_ids()  # what names are resolved by first, made once with the world
        return Index(history, self.kb.agreements, catalog.label, self._referrer(history))

    def changed_from(self, base: World) -> Delta | None:
        """The agreements and deployments outside which this world's fold is ``base``'s, if
        this world is ``base`` with events added (``with_events``, ``extend``)."""
        if self._parent is not base:
            return None
        self.history  # noqa: B018  (folds, and learns the delta if it refolded)
        return self._delta

    @property
    def index(self) -> Index:
        """Look-ups over the fold: pairs by actor and agreement, deployments by actor."""
        history = self.history
        if self._index is None or self._index.history is not history:
            self._index = self._whole_index(history)
        return self._index

    def problems(self) -> list[Problem]:
        """Everything ``kb check`` reports: references, then impossible transitions."""
        return [
            *self.kb.problems,
            *self._reference_problems(),
            *fold_problems(self.kb, self.history),
        ]

    def _reference_problems(self) -> list[Problem]:
        self._check()
        if self._ref_problems is None:
            parent = self._parent
            if (
                parent is not None
                and parent.kb is self.kb
                and self.extra
                == [
                    *parent.extra,
                    *self._added,
                ]
            ):
                # the same knowledge base: its problems, then those of the added events
                self._ref_problems = [
                    *parent._reference_problems(),
                    *reference_problems(self.kb, self._added),
                ]
            else:
                self._ref_problems = reference_problems(self.kb, self.events)
        return self._ref_problems

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
        """The reference to an event, as cited behind answers (built once per event)."""
        return self._referrer(self.history)(event_id)

    def _referrer(self, history: History) -> Callable[[str], EventRef]:
        """``ref`` for a day of ``history``: the same kept references, without checking the
        world for changes at each event (a day belongs to one history)."""
        refs, inherited, events = self._refs, self._inherited, history.events

        def ref(event_id: str) -> EventRef:
            found = refs.get(event_id)
            if found is None:
                if inherited is not None:
                    found = inherited.get(event_id)
                if found is None:
                    found = EventRef.of(events[event_id])
                refs[event_id] = found
            return found

        return ref

    # the fold at one date ---------------------------------------------------------------
    def day(self, as_of: DateLike = None) -> Day:
        """The world on a date, computed part by part as it is asked, and kept."""
        day = as_date(as_of)
        history = self.history  # checks for changes first
        kept = self._days.get(day)
        if kept is not None and kept.history is history:
            self._days.move_to_end(day)
            return kept
        view = Day(history, self.index, self.kb.agreements, self._referrer(history), day)
        parent, delta = self._parent, self._delta
        if parent is not None and delta is not None and parent._history is self._base:
            # a refolded world: outside the agreements refolded, its day is its parent's
            # on the same date, whose parts are read instead of being made again
            base = parent.day(day)
            if base.history is self._base:
                view.share(base, delta.agreements)
        self._days[day] = view
        while len(self._days) > self.KEEP_DAYS:
            self._days.popitem(last=False)
        return view

    def snapshot(self, as_of: DateLike = None) -> Snapshot:
        """Everything on a date; computed once per date and kept while the world is unchanged."""
        return self.day(as_of).snapshot()

    def spans(self, actor: str, until: DateLike = None) -> list[Span]:
        """The actor's standings in every agreement as stretches of time, up to a date."""
        day = as_date(until)
        out = []
        for ag, states in self.index.by_actor.get(actor, []):
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
        history = self.history
        ref = self._referrer(history)
        for e in history.events.values():
            dep = e.deployment_id
            involved = (
                ident in e.subject
                or ident in e.object
                or ident == e.agreement
                or ident == e.source
                or (dep is not None and ident == dep)
            )
            if involved and lo <= e.date.start <= hi:
                out.append(ref(e.id))
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
        history = self.history
        ref = self._referrer(history)
        refs = [ref(e.id) for e in history.events.values() if lo <= e.date.start <= hi]
        return sorted(refs, key=lambda r: r.date)
