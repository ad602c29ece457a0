"""The fold on one date, read lazily: what a question needs and nothing more.

A :class:`Day` answers the same questions as a :class:`~pactwatch.world.snapshot.Snapshot`
(the memberships of an actor, the parties of an agreement, the obligations between two
actors) but computes each part the first time it is asked and keeps it: ``status`` of one
actor reads that actor's pairs, not the world's. ``Day.snapshot()`` is the whole snapshot,
built from the same parts, so the two never disagree. A ``Day`` belongs to one world and one
date and is kept by the world (``World.day``) until the world's events change.

:class:`Index` is what a ``Day`` looks things up by, built once per folded history: the pairs
by actor and by agreement, the deployments by actor, and the events some rules search.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property

from pactwatch.dates import PartialDate
from pactwatch.model import Agreement, Event
from pactwatch.world.duties import _BOUND, Duty, Terms, duties, terms
from pactwatch.world.fold import (
    AgreementLife,
    Delta,
    Deployment,
    History,
    PairState,
    events_of,
)
from pactwatch.world.overlay import Overlay
from pactwatch.world.snapshot import (
    AgreementState,
    DeploymentState,
    EventRef,
    MembershipRow,
    MembershipState,
    ProvisionState,
    Snapshot,
)


def on(date: PartialDate | None, day: _dt.date) -> bool:
    return date is not None and date.start <= day


def life_status(life: AgreementLife, day: _dt.date) -> str | None:
    if on(life.terminated, day):
        return "terminated"
    if on(life.in_force, day):
        return "in_force"
    if on(life.signed, day):
        return "signed"
    return None


def _start(s: PairState) -> _dt.date:
    return s.date.start


Rows = list[tuple[str, list[PairState]]]  # (agreement, the pair's states), by actor


def _ends(lives: Mapping[str, AgreementLife]) -> dict[str, _dt.date]:
    """The day each terminated agreement ended."""
    return {ag: life.terminated.start for ag, life in lives.items() if life.terminated}


def _by_end(rows: Rows, ends: Mapping[str, _dt.date]) -> tuple[Rows, list[_dt.date], Rows]:
    """An actor's rows split by the end of their agreements (``_ends``): those of agreements
    never terminated, and those of terminated ones by the day they ended, with those days."""
    lasting = [row for row in rows if row[0] not in ends]
    ended = sorted((row for row in rows if row[0] in ends), key=lambda row: ends[row[0]])
    return lasting, [ends[ag] for ag, _ in ended], ended


def _row(
    ag: str,
    name: str,
    s: PairState | MembershipState,
    status: str,
    evidence: list[EventRef],
    signals: list[EventRef],
) -> MembershipRow:
    """A row of ``status`` from a pair's state or a standing (their fields read as they are)."""
    return MembershipRow(
        agreement=ag,
        agreement_name=name,
        legal=s.legal,
        participation=s.participation,
        since=s.since,
        participation_since=s.participation_since,
        member_since=s.member_since,
        signed=s.signed,
        agreement_status=status,
        evidence=evidence,
        signals=signals,
    )


def standing_row(label: Callable[[str], str], m: MembershipState) -> MembershipRow:
    """A standing as ``status`` shows it."""
    ag = m.agreement
    return _row(ag, label(ag), m, m.agreement_status, m.evidence, m.signals)


# An agreement's statuses in which ``status`` shows a standing: not before it is signed, and
# not once it is terminated (then it is history: ``Day.standing_memberships_of``).
_SHOWN = ("signed", "in_force")
# per pair: the days from which the row shown changes (a state of the pair begins, or the
# agreement's status changes), and the row shown from each (None: none shown)
Shown = dict[tuple[str, str], tuple[list[_dt.date], list[MembershipRow | None]]]


def shown_rows(
    history: History, label: Callable[[str], str], ref: Callable[[str], EventRef]
) -> Shown:
    """Every row ``status`` can show, built once per world (decision 0012, fifth round): for
    each pair, the days from which its row changes, and the row shown from each day on: the
    pair's state on that day, with the agreement's status (signed or in force). A question
    then picks its row by bisection instead of building the standing, its row and its event
    references. A state followed by another on its own day is never seen; pairs with
    signals are left out, their rows changing with the signals heard by the date."""
    out: Shown = {}
    lives = history.agreements
    # per agreement: the days its status changes, and its status from each
    marks: dict[str, tuple[list[_dt.date], list[str | None]]] = {}
    names: dict[str, str] = {}
    for key, states in history.pairs.items():
        ag = key[1]
        life = lives.get(ag)
        if life is None or key in history.signals:
            continue
        found = marks.get(ag)
        if found is None:
            lived = (life.signed, life.in_force, life.terminated)
            changes = sorted({d.start for d in lived if d is not None})
            found = marks[ag] = (changes, [life_status(life, d) for d in changes])
            names[ag] = label(ag)
        changes, statuses = found
        cuts: list[_dt.date] = []
        rows: list[MembershipRow | None] = []
        starts = [s.date.start for s in states]
        last = len(states) - 1
        for k, s in enumerate(states):
            start = starts[k]
            end = starts[k + 1] if k < last else None
            if end == start:  # the next state, of the same day, is the one seen
                continue
            # the days of the state's stretch from which the agreement's status differs
            lo = bisect_right(changes, start)
            hi = len(changes) if end is None else bisect_left(changes, end, lo)
            evidence: list[EventRef] | None = None
            built: dict[str | None, MembershipRow | None] = {}
            for day, status in (
                (start, statuses[lo - 1] if lo else None),
                *zip(changes[lo:hi], statuses[lo:hi], strict=True),
            ):
                row = built.get(status)
                if row is None and status in _SHOWN:
                    if evidence is None:
                        evidence = [ref(i) for i in s.events]
                    row = built[status] = _row(ag, names[ag], s, status, evidence, [])
                cuts.append(day)
                rows.append(row)
        out[key] = (cuts, rows)
    return out


def _static(
    agreements: Mapping[str, Agreement],
) -> tuple[dict[str, dict[str, None]], dict[str, list[str]]]:
    """The agreements whose provisions name each actor as protected (a guarantee may reach
    an actor that is no party: a signed treaty's pledge to a third state), as an ordered
    set, and the agreements with provisions of each kind."""
    named_protected: dict[str, dict[str, None]] = {}
    with_kind: dict[str, list[str]] = {}
    for agreement in agreements.values():
        for p in agreement.provisions:
            for who in p.to:
                named_protected.setdefault(who, {})[agreement.id] = None
            kinds = with_kind.setdefault(p.kind, [])
            if agreement.id not in kinds:
                kinds.append(agreement.id)
    return named_protected, with_kind


class Index:
    """Look-ups over one folded history and the static agreements, built once."""

    def __init__(
        self,
        history: History,
        agreements: Mapping[str, Agreement],
        label: Callable[[str], str] | None = None,
        ref: Callable[[str], EventRef] | None = None,
    ) -> None:
        self.history = history
        by_actor: dict[str, Rows] = {}
        by_agreement: dict[str, Rows] = {}
        for (actor, ag), states in history.pairs.items():
            by_actor.setdefault(actor, []).append((ag, states))
            by_agreement.setdefault(ag, []).append((actor, states))
        # read only (a derived index reads its parent's through, ``overlay``)
        self.by_actor: Mapping[str, Rows] = by_actor
        self.by_agreement: Mapping[str, Rows] = by_agreement
        # the day each agreement ended, and each actor's rows by it: ``status`` reads only
        # the agreements that have not ended on its date (decision 0012)
        self.ends = _ends(history.agreements)
        self.by_end: Mapping[str, tuple[Rows, list[_dt.date], Rows]] = {
            a: _by_end(rows, self.ends) for a, rows in by_actor.items()
        }
        self.deployments_of: dict[str, list[Deployment]] = {}
        for d in history.deployments:
            for who in dict.fromkeys((d.host, d.deployer, *d.spec.contributors)):
                self.deployments_of.setdefault(who, []).append(d)
        self.named_protected, self.with_kind = _static(agreements)
        self._folded_kind: dict[str, list[str]] = {}  # ``folded_with_kind``, made when asked
        # the rows ``status`` shows, built with the fold when the world names its agreements
        # (``label``) and cites its events (``ref``); none for the agreements in ``unshown``
        # and each agreement's parties and duties over time (``duties.terms``)
        self.shown: Shown = {}
        self.terms: Terms = {}
        self.unshown: frozenset[str] = frozenset()
        if label is not None and ref is not None:
            self.shown = shown_rows(history, label, ref)
            self.terms = terms(history.agreements, agreements, self.by_agreement)

    @classmethod
    def derived(
        cls,
        parent: Index,
        history: History,
        delta: Delta,
        added: list[Event],
        agreements: Mapping[str, Agreement],
        redefined: bool,
    ) -> Index:
        """The index of a refolded history (``fold.refold``) from its base's: only the
        entries of the agreements and deployments refolded are made again. Needs
        ``delta.same_order`` (the pairs are listed in the base's order)."""
        out = cls.__new__(cls)
        out.history = history
        pairs = history.pairs
        # the parent's look-ups read through, with the entries refolded made again
        by_agreement: dict[str, Rows] = {}
        by_actor: dict[str, Rows] = {}
        by_end: dict[str, tuple[Rows, list[_dt.date], Rows]] = {}
        actors: set[str] = set()
        for ag in delta.agreements:
            rows = parent.by_agreement.get(ag)
            if rows is None:
                continue
            by_agreement[ag] = [(a, pairs[(a, ag)]) for a, _ in rows]
            actors.update(a for a, _ in rows)
        lives = history.agreements
        ends = _ends({ag: lives[ag] for ag in delta.agreements if ag in lives})
        out.ends = parent.ends  # copied only if an agreement refolded ends otherwise
        if ends != {ag: parent.ends[ag] for ag in delta.agreements if ag in parent.ends}:
            out.ends = {ag: d for ag, d in parent.ends.items() if ag not in delta.agreements}
            out.ends.update(ends)
        refolded = delta.agreements

        def patched(actor: str, rows: Rows) -> Rows:
            """The rows with the states of the agreements refolded (the others are kept)."""
            return [(row[0], pairs[(actor, row[0])]) if row[0] in refolded else row for row in rows]

        for actor in actors:
            by_actor[actor] = rows = patched(actor, parent.by_actor[actor])
            if out.ends is parent.ends:  # the same end days: the same order
                lasting, days, ended = parent.by_end[actor]
                by_end[actor] = (patched(actor, lasting), days, patched(actor, ended))
            else:
                by_end[actor] = _by_end(rows, out.ends)
        out.by_end = Overlay(parent.by_end, by_end)
        out.by_agreement = Overlay(parent.by_agreement, by_agreement)
        out.by_actor = Overlay(parent.by_actor, by_actor)
        if delta.deployments:
            out.deployments_of = {}
            for d in history.deployments:
                for who in dict.fromkeys((d.host, d.deployer, *d.spec.contributors)):
                    out.deployments_of.setdefault(who, []).append(d)
        else:
            out.deployments_of = parent.deployments_of
        if redefined:  # the static look-ups, of the agreements as they now are
            out.named_protected, out.with_kind = _static(agreements)
            out._folded_kind = {}
        else:  # the same agreements, met by the fold in the same order
            out.named_protected, out.with_kind = parent.named_protected, parent.with_kind
            out._folded_kind = parent._folded_kind
        # the base's rows, but for the agreements refolded (their rows are made when asked);
        # none if agreements were redefined (a name may have changed)
        out.shown = {} if redefined else parent.shown
        # the base's parties and duties, but for the agreements refolded (made when asked;
        # an agreement redefined is refolded, the others are the same static records)
        out.terms = parent.terms
        out.unshown = parent.unshown | frozenset(delta.agreements)
        # the events some rules search: the base's and the new ones (used as sets)
        for name, kind in (("attacks", "attack"), ("consents", "consent")):
            found = getattr(parent, name)
            if any(e.type == kind for e in added):
                found = {k: list(v) for k, v in found.items()}
            for e in added:
                if e.type == kind and e.certain:
                    keys = (
                        dict.fromkeys((*e.subject, *e.object))
                        if kind == "attack"
                        else ([e.agreement] if e.agreement is not None else [])
                    )
                    for k in keys:
                        found.setdefault(k, []).append(e)
            out.__dict__[name] = found
        return out

    def folded_with_kind(self, kind: str) -> list[str]:
        """The agreements with provisions of ``kind`` that the fold met, in its order
        (``history.agreements``): made once, and shared by a refolded history's index, whose
        agreements are met in the same order (read only)."""
        found = self._folded_kind.get(kind)
        if found is None:
            having = set(self.with_kind.get(kind, ()))
            found = self._folded_kind[kind] = [a for a in self.history.agreements if a in having]
        return found

    def _of_type(self, kind: str) -> Iterable[Event]:
        """The events of one type, in the order of ``history.events``: read from the fold's
        look-up (``events_of``), unless an id is used twice (then ``events`` has fewer)."""
        h = self.history
        if len(h.events) != len(h.sequence):
            return (e for e in h.events.values() if e.type == kind)
        return events_of(h).by_type.get(kind, ())

    @cached_property
    def attacks(self) -> dict[str, list[Event]]:
        """Certain ``attack`` events by every actor on either side."""
        out: dict[str, list[Event]] = {}
        for e in self._of_type("attack"):
            if e.certain:
                for who in dict.fromkeys((*e.subject, *e.object)):
                    out.setdefault(who, []).append(e)
        return out

    @cached_property
    def consents(self) -> dict[str, list[Event]]:
        """Certain ``consent`` events by the agreement whose rule they answer."""
        out: dict[str, list[Event]] = {}
        for e in self._of_type("consent"):
            if e.certain and e.agreement is not None:
                out.setdefault(e.agreement, []).append(e)
        return out

    @cached_property
    def first_standing(self) -> dict[str, dict[str, _dt.date]]:
        """actor -> agreement -> the day the actor first had a standing in it."""
        return {
            actor: {ag: min(s.date.start for s in states) for ag, states in rows if states}
            for actor, rows in self.by_actor.items()
        }


class Day:
    """The world on one date, computed part by part as questions ask for it."""

    def __init__(
        self,
        history: History,
        index: Index,
        agreements: Mapping[str, Agreement],
        ref: Callable[[str], EventRef],
        day: _dt.date,
    ) -> None:
        self.history = history
        self.index = index
        self.static = agreements
        self.ref = ref
        self.as_of = day
        self._status: dict[str, str | None] = {}
        self._pairs: dict[tuple[str, str], MembershipState | None] = {}
        self._agreements: dict[str, AgreementState | None] = {}
        self._provisions: dict[str, list[ProvisionState]] = {}
        self._of_actor: dict[str, list[MembershipState]] = {}
        self._of_agreement: dict[str, list[MembershipState]] = {}
        self._deployment_states: dict[int, DeploymentState] = {}
        self._parties: dict[str, tuple[tuple[str, ...], tuple[Duty, ...]]] = {}
        self._ties: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._reaching: dict[str, list[str]] = {}
        self._obliging: dict[str, dict[str, set[tuple[str, str]]]] = {}
        self._protecting: dict[str, list[Duty]] = {}
        self._snapshot: Snapshot | None = None
        # the day of the history this one's was refolded from, on the same date, and the
        # agreements refolded: every other agreement's parts are the base day's (``share``)
        self._base: Day | None = None
        self._refolded: frozenset[str] = frozenset()

    def share(self, base: Day, refolded: frozenset[str]) -> None:
        """Read ``base``'s parts for every agreement but ``refolded``. ``base`` is the day, on
        the same date, of the history this day's was refolded from (``fold.refold``): outside
        the agreements refolded, the lives, pairs, signals and static records are the same
        objects, and the event references the same (a refolded world reads its parent's)."""
        self._base, self._refolded = base, refolded

    def _shared(self, ag: str) -> Day | None:
        base = self._base
        return base if base is not None and ag not in self._refolded else None

    # agreements -------------------------------------------------------------------------
    def status(self, ag: str) -> str | None:
        """signed | in_force | terminated on the date; None before it was signed."""
        if ag not in self._status:
            life = self.history.agreements.get(ag)
            self._status[ag] = life_status(life, self.as_of) if life is not None else None
        return self._status[ag]

    def agreement(self, ag: str) -> AgreementState | None:
        if ag in self._agreements:
            return self._agreements[ag]
        base = self._shared(ag)
        if base is not None:
            out = self._agreements[ag] = base.agreement(ag)
            return out
        out = None
        life = self.history.agreements.get(ag)
        st = self.status(ag)
        static = self.static.get(ag)
        if life is not None and st is not None and static is not None:
            day, events = self.as_of, self.history.events
            out = AgreementState(
                id=ag,
                name=static.name,
                kind=static.kind,
                status=st,
                signed=life.signed if on(life.signed, day) else None,
                in_force=life.in_force if on(life.in_force, day) else None,
                terminated=life.terminated if on(life.terminated, day) else None,
                parties=self.parties(ag),
                evidence=[self.ref(i) for i in life.events if events[i].date.start <= day],
            )
        self._agreements[ag] = out
        return out

    def parties(self, ag: str) -> list[str]:
        """The actors bound by the agreement on the date (``MembershipState.bound``), sorted;
        read from the fold's states, without building the memberships."""
        return list(self._terms(ag)[0])

    def _terms(self, ag: str) -> tuple[tuple[str, ...], tuple[Duty, ...]]:
        """The agreement's parties and duties on the date: the base day's for an agreement
        not refolded, else picked by bisection from those built with the fold
        (``Index.terms``), else read from the pairs' states."""
        found = self._parties.get(ag)
        if found is not None:
            return found
        base = self._shared(ag)
        if base is not None:
            found = base._terms(ag)
        else:
            built = self.index.terms.get(ag) if ag not in self.index.unshown else None
            if built is not None:
                cuts, made = built
                i = bisect_right(cuts, self.as_of)
                found = made[i - 1] if i else ((), ())
            else:
                found = self._read_terms(ag)
        self._parties[ag] = found
        return found

    def _read_terms(self, ag: str) -> tuple[tuple[str, ...], tuple[Duty, ...]]:
        parties: list[str] = []
        if self.status(ag) == "in_force":
            day = self.as_of
            for actor, states in self.index.by_agreement.get(ag, ()):
                i = bisect_right(states, day, key=_start)
                if i and states[i - 1].legal in _BOUND:
                    parties.append(actor)
            parties.sort()
        static = self.static.get(ag)
        bound = tuple(parties)
        return bound, duties(static, bound, self.as_of) if static is not None else ()

    def duties_of(self, ag: str) -> tuple[Duty, ...]:
        """The agreement's provisions in force on the date, resolved to the actors bound, as
        plain tuples (``provisions_of`` makes the validated records from them)."""
        return self._terms(ag)[1]

    def provisions_of(self, ag: str) -> list[ProvisionState]:
        """The agreement's provisions in force on the date, resolved to the actors bound."""
        if ag in self._provisions:
            return self._provisions[ag]
        base = self._shared(ag)
        if base is not None:
            shared = self._provisions[ag] = base.provisions_of(ag)
            return shared
        out = [
            ProvisionState(
                agreement=ag,
                provision=p.id,
                kind=p.kind,
                reference=p.reference,
                summary=p.summary,
                obliged=list(d.obliged),
                protected=list(d.protected),
                mutual=p.mutual,
                conditions=p.conditions,
            )
            for d in self.duties_of(ag)
            for p in (d.provision,)
        ]
        self._provisions[ag] = out
        return out

    # memberships ------------------------------------------------------------------------
    def _membership(self, actor: str, ag: str, states: list[PairState]) -> MembershipState | None:
        key = (actor, ag)
        if key in self._pairs:
            return self._pairs[key]
        base = self._shared(ag)
        if base is not None:
            found = self._pairs[key] = base._membership(actor, ag, states)
            return found
        day = self.as_of
        i = bisect_right(states, day, key=_start)
        out = None
        st = self.status(ag)
        if i and st is not None:
            state = states[i - 1]
            h = self.history
            out = MembershipState(
                actor=actor,
                agreement=ag,
                legal=state.legal,
                participation=state.participation,
                since=state.since,
                participation_since=state.participation_since,
                member_since=state.member_since,
                signed=state.signed,
                agreement_status=st,
                evidence=[self.ref(i) for i in state.events],
                signals=[
                    self.ref(i) for i in h.signals.get(key, ()) if h.events[i].date.start <= day
                ],
            )
        self._pairs[key] = out
        return out

    def membership(self, actor: str, ag: str) -> MembershipState | None:
        states = self.history.pairs.get((actor, ag))
        return self._membership(actor, ag, states) if states is not None else None

    def memberships_of(self, actor: str) -> list[MembershipState]:
        """The actor's standings on the date, by agreement id."""
        if actor not in self._of_actor:
            rows = self.index.by_actor.get(actor, [])
            found = (self._membership(actor, ag, states) for ag, states in rows)
            self._of_actor[actor] = sorted(
                (m for m in found if m is not None), key=lambda m: m.agreement
            )
        return self._of_actor[actor]

    def standing_memberships_of(self, actor: str) -> list[MembershipState]:
        """``memberships_of(actor)`` less those in agreements terminated on the date, which
        are not built, nor read: an agreement that ended for everyone is history, not a
        standing. The rows of agreements ended after the date are found by bisection
        (``Index.by_end``)."""
        lasting, ends, ended = self.index.by_end.get(actor, ([], [], []))
        rows = (*lasting, *ended[bisect_right(ends, self.as_of) :])
        found = (self._membership(actor, ag, states) for ag, states in rows)
        return sorted((m for m in found if m is not None), key=lambda m: m.agreement)

    def standing_rows(self, actor: str, label: Callable[[str], str]) -> list[MembershipRow]:
        """``standing_memberships_of(actor)`` as ``status`` shows them (``standing_row``),
        by agreement id: picked by bisection from the rows built with the fold
        (``Index.shown``) where there are, else made from the standings."""
        index, day = self.index, self.as_of
        lasting, ends, ended = index.by_end.get(actor, ([], [], []))
        shown, unshown = index.shown, index.unshown
        out = []
        for ag, states in (*lasting, *ended[bisect_right(ends, day) :]):
            built = shown.get((actor, ag)) if ag not in unshown else None
            if built is not None:
                cuts, rows = built
                i = bisect_right(cuts, day)
                row = rows[i - 1] if i else None
                if row is not None:
                    out.append(row)
                continue
            m = self._membership(actor, ag, states)
            if m is not None:
                out.append(standing_row(label, m))
        out.sort(key=lambda r: r.agreement)
        return out

    def members_of(self, ag: str) -> list[MembershipState]:
        """Everyone with a standing in the agreement on the date, by actor id."""
        if ag not in self._of_agreement:
            rows = self.index.by_agreement.get(ag, [])
            found = (self._membership(actor, ag, states) for actor, states in rows)
            self._of_agreement[ag] = sorted(
                (m for m in found if m is not None), key=lambda m: m.actor
            )
        return self._of_agreement[ag]

    # obligations ------------------------------------------------------------------------
    def reaching(self, actor: str) -> list[str]:
        """The agreements that can oblige anyone towards ``actor``: those it has a standing
        in, and those whose provisions name it as protected."""
        return list(self._reach(actor))

    def _reach(self, actor: str) -> list[str]:
        found = self._reaching.get(actor)
        if found is None:
            ags = [ag for ag, _ in self.index.by_actor.get(actor, [])]
            ags += self.index.named_protected.get(actor, {})
            found = self._reaching[actor] = list(dict.fromkeys(ags))
        return found

    def provisions_towards(self, target: str) -> list[ProvisionState]:
        """Provisions in force that protect ``target``."""
        return [
            p for ag in self._reach(target) for p in self.provisions_of(ag) if target in p.protected
        ]

    def duties_towards(self, target: str) -> list[Duty]:
        """``provisions_towards(target)`` as plain tuples (``duties_of``): read only, kept
        by the day (the base day's where none of the agreements reaching ``target`` was
        refolded)."""
        found = self._protecting.get(target)
        if found is None:
            base = self._unrefolded(target)
            if base is not None:
                found = base.duties_towards(target)
            else:
                found = [
                    d
                    for ag in self._reach(target)
                    for d in self.duties_of(ag)
                    if target in d.protected
                ]
            self._protecting[target] = found
        return found

    def _unrefolded(self, target: str) -> Day | None:
        """The base day, if none of the agreements reaching ``target`` was refolded (and the
        same agreements reach it there): what protects ``target`` is then the base's."""
        base = self._base
        if base is None:
            return None
        reach = self._reach(target)
        return base if self._refolded.isdisjoint(reach) and reach == base._reach(target) else None

    def provisions(self) -> list[ProvisionState]:
        """Every provision in force on the date, in the order the fold met the agreements."""
        return [p for ag in self.history.agreements for p in self.provisions_of(ag)]

    def obligations(self) -> Iterator[tuple[str, str, ProvisionState]]:
        """Every (obliged, protected, provision) on the date, as ``Snapshot.obligations``."""
        for p in self.provisions():
            for a in p.obliged:
                for b in p.protected:
                    if a != b:
                        yield a, b, p

    def obligations_of(self, actor: str) -> list[tuple[str, str, ProvisionState]]:
        """The obligations by or towards ``actor``, in no particular order."""
        out = []
        for ag in self.reaching(actor):
            for p in self.provisions_of(ag):
                if actor not in p.obliged and actor not in p.protected:
                    continue
                for a in p.obliged:
                    for b in p.protected:
                        if a != b and actor in (a, b):
                            out.append((a, b, p))
        return out

    def _towards(self, target: str) -> dict[str, set[tuple[str, str]]]:
        """Every actor obliged towards ``target`` (never ``target``), with the (agreement,
        provision kind) obliging it: read from the provisions protecting ``target`` once,
        and kept. Only agreements reaching ``target`` can protect it, whatever the size of
        the world (an obliged actor is bound; a protected one is bound or named)."""
        found = self._obliging.get(target)
        if found is None:
            base = self._unrefolded(target)
            if base is not None:
                found = self._obliging[target] = base._towards(target)
        if found is None:
            found = {}
            for d in self.duties_towards(target):
                tie = (d.agreement, d.provision.kind)
                for a in d.obliged:
                    if a != target:
                        found.setdefault(a, set()).add(tie)
            self._obliging[target] = found
        return found

    def ties(self, actor: str, other: str) -> list[tuple[str, str]]:
        """Every (agreement, provision kind) by which ``actor`` is obliged towards ``other``,
        sorted."""
        key = (actor, other)
        found = self._ties.get(key)
        if found is None:
            found = self._ties[key] = sorted(self._towards(other).get(actor, ()))
        return list(found)

    def obliging(self, target: str) -> Mapping[str, set[tuple[str, str]]]:
        """Every actor obliged towards ``target`` (never ``target``), with the (agreement,
        provision kind) ties obliging it, never empty: read only, kept by the day."""
        return self._towards(target)

    # presence ---------------------------------------------------------------------------
    def _present(self, d: Deployment) -> bool:
        return d.since.start <= self.as_of and not on(d.until, self.as_of)

    def _deployment(self, d: Deployment) -> DeploymentState:
        key = id(d)
        cache = self._deployment_states
        if key not in cache:
            day, events = self.as_of, self.history.events
            cache[key] = DeploymentState(
                id=d.spec.id,
                deployer=d.deployer,
                host=d.host,
                contributors=d.spec.contributors,
                kind=d.spec.kind,
                name=d.spec.name,
                location=d.spec.location,
                basis=d.basis,
                since=d.since,
                evidence=[self.ref(i) for i in d.events if events[i].date.start <= day],
            )
        return cache[key]

    @cached_property
    def deployments(self) -> list[DeploymentState]:
        """Every deployment present on the date, in the order they were made."""
        return [self._deployment(d) for d in self.history.deployments if self._present(d)]

    def deployments_of(self, actor: str) -> list[DeploymentState]:
        """The deployments present on the date that ``actor`` hosts, sends or joins."""
        return [
            self._deployment(d)
            for d in self.index.deployments_of.get(actor, [])
            if self._present(d)
        ]

    # the whole snapshot -----------------------------------------------------------------
    def memberships(self) -> Iterator[MembershipState]:
        for (actor, ag), states in self.history.pairs.items():
            m = self._membership(actor, ag, states)
            if m is not None:
                yield m

    def snapshot(self) -> Snapshot:
        """Everything on the date, as one :class:`Snapshot` (built once)."""
        if self._snapshot is None:
            memberships = list(self.memberships())
            agreements = []
            provisions = []
            for ag in self.history.agreements:
                state = self.agreement(ag)
                if state is None:
                    continue
                agreements.append(state)
                provisions.extend(self.provisions_of(ag))
            self._snapshot = Snapshot(
                as_of=self.as_of,
                memberships=sorted(memberships, key=lambda m: (m.actor, m.agreement)),
                agreements=sorted(agreements, key=lambda a: a.id),
                provisions=provisions,
                deployments=list(self.deployments),
            )
        return self._snapshot
