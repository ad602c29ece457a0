"""The fold: one ordered pass over the certain events, recording every transition.

``fold(events, agreements)`` walks the events in date order and keeps, for each actor and
agreement, each agreement and each deployment, the state after every event that moved it.
A snapshot on date D then reads the last state dated on or before D, so folding to D and
reading the history at D are the same thing. Impossible transitions are kept as problems,
with the event that caused them; the event is then left out of the fold.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, TypeVar

from pactwatch.dates import PartialDate
from pactwatch.model import Agreement, DeploymentSpec, Event
from pactwatch.model.vocab import GROUP_OF, Legal, Participation
from pactwatch.world.overlay import Appended, Overlay

T = TypeVar("T")

# Within one day: the life cycle first, then entry, then the rest, exits last.
_RANK = {
    t: i
    for i, t in enumerate(
        [
            "sign",
            "ratify",
            "enter_into_force",
            "amend",
            "extend",
            "apply",
            "join",
            "resume",
            "deploy",
            "freeze",
            "suspend",
            "notify_withdrawal",
            "withdraw_forces",
            "withdraw",
            "expel",
            "terminate",
        ]
    )
}
_PARTY: tuple[Legal, ...] = ("member", "suspended", "withdrawing")
# Events that may speak of an agreement before it has been signed.
_BEFORE_SIGNATURE = {"sign", "enter_into_force", "negotiate", "apply"} | {
    t for t, g in GROUP_OF.items() if g == "statement"
}


@dataclass(frozen=True)
class FoldProblem:
    """An event that cannot happen in the history folded so far."""

    event: str
    message: str


@dataclass(frozen=True)
class PairState:
    """An actor's standing in one agreement after one event."""

    date: PartialDate
    legal: Legal
    participation: Participation | None
    since: PartialDate
    participation_since: PartialDate | None
    member_since: PartialDate | None
    signed: PartialDate | None
    events: tuple[str, ...]  # the events that moved this pair, oldest first


@dataclass
class AgreementLife:
    signed: PartialDate | None = None
    in_force: PartialDate | None = None
    terminated: PartialDate | None = None
    events: list[str] = field(default_factory=list)


@dataclass
class Deployment:
    spec: DeploymentSpec
    deployer: str
    host: str
    basis: str | None
    since: PartialDate
    until: PartialDate | None = None
    events: list[str] = field(default_factory=list)


@dataclass
class History:
    """Everything the fold recorded; snapshots and diffs read it, nothing writes it."""

    # Read only: a refolded history reads its base's entries through (``overlay``).
    events: Mapping[str, Event]
    pairs: Mapping[tuple[str, str], list[PairState]]
    signals: Mapping[tuple[str, str], list[str]]
    agreements: Mapping[str, AgreementLife]
    deployments: list[Deployment]
    problems: list[FoldProblem]
    # Every event in the order folded, and for each pair, signal list and agreement life the
    # event that first made it: what a fold extended by more events is merged by (``refold``).
    sequence: Sequence[Event] = field(default_factory=list, repr=False)
    first: Mapping[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    # agreement -> the actors with a pair (with a signal list) in it, in the order they arose:
    # the keys of ``pairs`` and ``signals`` by agreement, so a refold finds the entries it
    # replaces without reading every other.
    parties: Mapping[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    signalled: Mapping[str, list[str]] = field(default_factory=dict, repr=False, compare=False)


def _place(e: Event) -> tuple[object, int]:
    return e.date.start, _RANK.get(e.type, 8)


def ordered(events: Iterable[Event]) -> list[Event]:
    """Events in the order the fold applies them: by date, then by their place in a life."""
    indexed = list(enumerate(events))
    indexed.sort(key=lambda ie: (*_place(ie[1]), ie[0]))
    return [e for _, e in indexed]


class _Folder:
    def __init__(self, agreements: Mapping[str, Agreement]) -> None:
        self.known_agreements = agreements
        # what the fold writes, the history's parts
        self.events: dict[str, Event] = {}
        self.pairs: dict[tuple[str, str], list[PairState]] = {}
        self.signals: dict[tuple[str, str], list[str]] = {}
        self.lives: dict[str, AgreementLife] = {}
        self.sequence: list[Event] = []
        self.first: dict[tuple[str, ...], str] = {}
        self.signalled: dict[str, list[str]] = {}
        self.parties_of: dict[str, list[str]] = {}
        self.h = History(
            self.events,
            self.pairs,
            self.signals,
            self.lives,
            [],
            [],
            sequence=self.sequence,
            first=self.first,
            parties=self.parties_of,
            signalled=self.signalled,
        )
        self.active: dict[str, Deployment] = {}
        self.ended: set[str] = set()
        self.now = ""  # the id of the event being applied

    def problem(self, event: Event, message: str) -> None:
        self.h.problems.append(FoldProblem(event.id, message))

    def current(self, actor: str, agreement: str) -> PairState | None:
        states = self.pairs.get((actor, agreement))
        return states[-1] if states else None

    def set_pair(self, actor: str, agreement: str, event: Event, **changes: object) -> None:
        prev = self.current(actor, agreement)
        if prev is None:
            prev = PairState(event.date, "applicant", None, event.date, None, None, None, ())
        if "legal" in changes and changes["legal"] != prev.legal:
            changes.setdefault("since", event.date)
        state = replace(prev, date=event.date, events=(*prev.events, event.id), **changes)  # type: ignore[arg-type]
        states = self.pairs.get((actor, agreement))
        if states is None:
            states = self.pairs[(actor, agreement)] = []
            self.first[("pair", actor, agreement)] = self.now
            self.parties_of.setdefault(agreement, []).append(actor)
        states.append(state)

    def life(self, agreement: str) -> AgreementLife:
        life = self.lives.get(agreement)
        if life is None:
            life = self.lives[agreement] = AgreementLife()
            self.first[("life", agreement)] = self.now
        return life

    def apply(self, e: Event) -> None:
        self.now = e.id
        self.events[e.id] = e
        self.sequence.append(e)
        if e.agreement is not None and e.certain:
            life = self.life(e.agreement)
            unsigned = life.signed is None and life.in_force is None
            if (
                unsigned
                and e.type not in _BEFORE_SIGNATURE
                and e.agreement in self.known_agreements
            ):
                self.problem(e, f"dated {e.date}, before agreement {e.agreement} was signed")
                return
        if not e.certain:
            self.signal(e)
            return
        handler = getattr(self, f"on_{e.type}", None)
        if handler is not None:
            handler(e)
        elif GROUP_OF.get(e.type) == "participation_signal":
            self.signal(e)

    def signal(self, e: Event) -> None:
        if e.agreement is None:
            return
        for actor in e.subject or e.object:
            if (actor, e.agreement) not in self.signals:
                self.signals[(actor, e.agreement)] = []
                self.first[("signal", actor, e.agreement)] = self.now
                self.signalled.setdefault(e.agreement, []).append(actor)
            self.signals[(actor, e.agreement)].append(e.id)

    def legal_of(self, actor: str, agreement: str) -> Legal | None:
        state = self.current(actor, agreement)
        return state.legal if state else None

    def require(self, e: Event, actor: str, allowed: tuple[Legal | None, ...], doing: str) -> bool:
        assert e.agreement is not None
        legal = self.legal_of(actor, e.agreement)
        if legal in allowed:
            return True
        standing = f"its standing is {legal}" if legal else "it is not a party"
        self.problem(e, f"{actor} {doing} {e.agreement}, but {standing}")
        return False

    # agreement life cycle ------------------------------------------------------------
    def on_sign(self, e: Event) -> None:
        assert e.agreement is not None
        life = self.life(e.agreement)
        life.signed = life.signed or e.date
        life.events.append(e.id)
        if not e.subject:
            self.problem(e, "a sign event names its signatories as subject")
        for actor in e.subject:
            legal = self.legal_of(actor, e.agreement)
            if legal in _PARTY:
                self.set_pair(actor, e.agreement, e)  # a protocol signed by a party
            else:
                self.set_pair(actor, e.agreement, e, legal="signatory", signed=e.date)

    def on_enter_into_force(self, e: Event) -> None:
        assert e.agreement is not None
        life = self.life(e.agreement)
        life.in_force = life.in_force or e.date
        life.events.append(e.id)
        if e.subject:
            parties = e.subject
        else:
            # the signatories, in the order their pairs arose (an index, not a scan of all)
            known = self.parties_of.get(e.agreement, [])
            parties = [a for a in known if self.legal_of(a, e.agreement) == "signatory"]
        for actor in parties:
            if self.require(e, actor, ("signatory", "applicant", None), "takes effect in"):
                self.set_pair(actor, e.agreement, e, **self._joined(e))

    def _joined(self, e: Event) -> dict[str, object]:
        return {
            "legal": "member",
            "participation": "active",
            "participation_since": e.date,
            "member_since": e.date,
        }

    def on_terminate(self, e: Event) -> None:
        assert e.agreement is not None
        life = self.life(e.agreement)
        if life.terminated is not None:
            self.problem(e, f"{e.agreement} was already terminated on {life.terminated}")
            return
        life.terminated = e.date
        life.events.append(e.id)

    def on_amend(self, e: Event) -> None:
        assert e.agreement is not None
        self.life(e.agreement).events.append(e.id)

    on_extend = on_amend

    def on_ratify(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            if self.current(actor, e.agreement) is not None:
                self.set_pair(actor, e.agreement, e)

    # membership, legal track ---------------------------------------------------------
    def on_apply(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            if self.require(e, actor, (None, "withdrawn", "expelled"), "applies to"):
                self.set_pair(actor, e.agreement, e, legal="applicant", participation=None)

    def on_join(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            allowed: tuple[Legal | None, ...] = (
                None,
                "applicant",
                "signatory",
                "withdrawn",
                "suspended",
                "observer",
            )
            if self.require(e, actor, allowed, "joins"):
                self.set_pair(actor, e.agreement, e, **self._joined(e))

    def on_suspend(self, e: Event) -> None:
        """Suspended in law is frozen in practice (decision 0005): a suspended party takes
        no part. A participation frozen before keeps the date it froze."""
        assert e.agreement is not None
        for actor in e.subject:
            state = self.current(actor, e.agreement)
            if self.require(e, actor, ("member", "withdrawing"), "is suspended from"):
                assert state is not None
                frozen = state.participation == "frozen"
                self.set_pair(
                    actor,
                    e.agreement,
                    e,
                    legal="suspended",
                    participation="frozen",
                    participation_since=state.participation_since if frozen else e.date,
                )

    def on_notify_withdrawal(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            if self.require(e, actor, ("member", "suspended"), "gives notice to leave"):
                self.set_pair(actor, e.agreement, e, legal="withdrawing")

    def _leave(self, e: Event, actors: list[str], legal: Legal, doing: str) -> None:
        assert e.agreement is not None
        allowed: tuple[Legal | None, ...] = (*_PARTY, "signatory", "applicant")
        if legal == "expelled":
            allowed = _PARTY
        for actor in actors:
            if self.require(e, actor, allowed, doing):
                self.set_pair(
                    actor, e.agreement, e, legal=legal, participation=None, participation_since=None
                )

    def on_withdraw(self, e: Event) -> None:
        self._leave(e, e.subject, "withdrawn", "withdraws from")

    def on_expel(self, e: Event) -> None:
        self._leave(e, e.object, "expelled", "is expelled from")

    # participation track -------------------------------------------------------------
    def on_freeze(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            state = self.current(actor, e.agreement)
            if not self.require(e, actor, _PARTY, "freezes its participation in"):
                continue
            if state is not None and state.participation == "frozen":
                self.problem(e, f"{actor}'s participation in {e.agreement} is already frozen")
                continue
            self.set_pair(actor, e.agreement, e, participation="frozen", participation_since=e.date)

    def on_resume(self, e: Event) -> None:
        assert e.agreement is not None
        for actor in e.subject:
            state = self.current(actor, e.agreement)
            if state is None or state.participation != "frozen":
                self.problem(e, f"{actor} resumes in {e.agreement} without a freeze")
                continue
            if state.legal == "suspended":
                self.problem(
                    e,
                    f"{actor} resumes in {e.agreement} while suspended: a join reinstates "
                    "it in law and in practice",
                )
                continue
            self.set_pair(actor, e.agreement, e, participation="active", participation_since=e.date)

    # presence --------------------------------------------------------------------------
    def on_deploy(self, e: Event) -> None:
        assert isinstance(e.deployment, DeploymentSpec)
        dep_id = e.deployment.id
        if dep_id in self.active:
            self.problem(e, f"deployment {dep_id} is already in place")
            return
        dep = Deployment(
            e.deployment, e.subject[0], e.object[0], e.agreement, e.date, events=[e.id]
        )
        self.active[dep_id] = dep
        self.h.deployments.append(dep)

    def on_withdraw_forces(self, e: Event) -> None:
        dep_id = e.deployment_id
        assert dep_id is not None
        dep = self.active.get(dep_id)
        if dep is None:
            if dep_id in self.ended:
                self.problem(e, f"deployment {dep_id} was already withdrawn")
            else:
                self.problem(e, f"deployment {dep_id} was never deployed")
            return
        dep.events.append(e.id)
        if not e.partial:
            dep.until = e.date
            del self.active[dep_id]
            self.ended.add(dep_id)


def _fold_in_order(events: Iterable[Event], agreements: Mapping[str, Agreement]) -> History:
    folder = _Folder(agreements)
    for event in events:
        folder.apply(event)
    return folder.h


def fold(events: Iterable[Event], agreements: Mapping[str, Agreement]) -> History:
    """Fold the event log in date order; see the module's docstring.

    The look-ups over the events a refold and the rules read (``events_of``) are made with
    the fold, once, so that no question has to read the whole log to make them."""
    history = _fold_in_order(ordered(events), agreements)
    events_of(history)
    return history


@dataclass(frozen=True)
class Delta:
    """What a refold may have changed: the agreements and deployments whose events it folded
    again. Every pair, agreement and deployment outside them is as in the base history.
    ``same_order``: the pairs, signals, agreements and deployments are listed in the order of
    the base history (the new events made none and moved none to an earlier first event)."""

    agreements: frozenset[str]
    deployments: frozenset[str]
    same_order: bool = False

    def touches(self, e: Event) -> bool:
        return e.agreement in self.agreements or (
            e.deployment is not None and e.deployment_id in self.deployments
        )


def _kept(h: History, name: str, make: Callable[[History], T]) -> T:
    """A look-up over a history, made once (histories are never changed once folded)."""
    found = h.__dict__.get(name)
    if found is None:
        found = h.__dict__[name] = make(h)
    return found


@dataclass(frozen=True)
class EventIndex:
    """The events of a history looked up: each one's place in ``sequence``, and those naming
    each agreement, each deployment, and of each type, in the order folded."""

    position: dict[str, int]
    by_agreement: dict[str, list[Event]]
    by_deployment: dict[str, list[Event]]
    by_type: dict[str, list[Event]]


def _event_index(h: History) -> EventIndex:
    position: dict[str, int] = {}
    by_ag: dict[str, list[Event]] = {}
    by_dep: dict[str, list[Event]] = {}
    by_type: dict[str, list[Event]] = {}
    for i, e in enumerate(h.sequence):
        position[e.id] = i
        by_type.setdefault(e.type, []).append(e)
        if e.agreement is not None:
            by_ag.setdefault(e.agreement, []).append(e)
        if e.deployment is not None:
            dep = e.deployment_id
            if dep is not None:
                by_dep.setdefault(dep, []).append(e)
    return EventIndex(position, by_ag, by_dep, by_type)


def events_of(h: History) -> EventIndex:
    """The history's :class:`EventIndex`: made by ``fold``; for a refolded history, made
    the first time it is asked for."""
    return _kept(h, "_events", _event_index)


def refold(
    base: History,
    added: Iterable[Event],
    agreements: Mapping[str, Agreement],
    redefined: Iterable[str] = (),
) -> tuple[History, Delta] | None:
    """The fold of the base history's events and ``added`` (after them in the log), computed
    by folding again only what the new events can reach; None where that cannot be done.

    The fold keeps each agreement's life and pairs, and each deployment, apart from every
    other: an event reads and moves only the agreement it names (its life, its pairs, its
    signals) and the deployment it names. So the agreements and deployments the new events
    name, closed over the events that name both an agreement and a deployment, are folded
    again with every event that names them, in the order of the whole log, and the rest of
    the base history is kept as it is; the dictionaries and lists are merged back in the
    order a fold of the whole log makes them. ``redefined`` names agreements whose static
    record changed (a scenario's own agreement): their events are folded again too.
    """
    new = ordered(added)
    if len(base.events) != len(base.sequence):
        return None  # an id used twice in the base: positions by id would be ambiguous
    ids = {e.id for e in new}
    if len(ids) != len(new) or any(i in base.events for i in ids):
        return None
    index = events_of(base)
    by_ag, by_dep = index.by_agreement, index.by_deployment
    # the agreements and deployments reached, closed over events that name one of each
    delta_ag: set[str] = set()
    delta_dep: set[str] = set()
    todo_ag = [e.agreement for e in new if e.agreement is not None] + list(redefined)
    todo_dep = [e.deployment_id for e in new if e.deployment is not None]
    touched: dict[int, Event] = {}
    for e in new:
        touched[id(e)] = e
    while todo_ag or todo_dep:
        if todo_ag:
            ag = todo_ag.pop()
            if ag in delta_ag:
                continue
            delta_ag.add(ag)
            reach = [*by_ag.get(ag, ()), *(e for e in new if e.agreement == ag)]
        else:
            dep = todo_dep.pop()
            if dep is None or dep in delta_dep:
                continue
            delta_dep.add(dep)
            reach = [*by_dep.get(dep, ()), *(e for e in new if e.deployment_id == dep)]
        for e in reach:
            touched[id(e)] = e
            if e.agreement is not None and e.agreement not in delta_ag:
                todo_ag.append(e.agreement)
            if e.deployment is not None and e.deployment_id not in delta_dep:
                todo_dep.append(e.deployment_id)
    delta = Delta(frozenset(delta_ag), frozenset(delta_dep))

    # the whole log in fold order: each new event after the base events it does not precede
    points = [bisect_right(base.sequence, _place(e), key=_place) for e in new]
    # all after the base's (a scenario's events, in the future): read through, not copied
    at_end = not points or points[0] == len(base.sequence)
    merged: Sequence[Event]
    if at_end:
        merged = Appended(base.sequence, new)
    else:
        merged = []
        last = 0
        for point, e in zip(points, new, strict=True):
            merged.extend(base.sequence[last:point])
            merged.append(e)
            last = point
        merged.extend(base.sequence[last:])
    base_pos = index.position
    new_pos = {
        e.id: (point - 1, 1 + j) for j, (point, e) in enumerate(zip(points, new, strict=True))
    }

    def where(event_id: str) -> tuple[int, int]:
        """An event's place in the merged log, as a sortable key."""
        found = base_pos.get(event_id)
        return (found, 0) if found is not None else new_pos[event_id]

    sub = _fold_in_order(sorted(touched.values(), key=lambda e: where(e.id)), agreements)
    refolded = set(sub.events)

    def merge_keyed(
        kind: str,
        old: Mapping[Any, Any],
        made: Mapping[Any, Any],
        gone: list[Any],
        out: Callable[[Any], bool],
    ) -> tuple[Mapping[Any, Any], bool]:
        """The base's entries outside the delta and the refold's, in the whole fold's order;
        ``gone`` are the base's entries inside the delta (``out``)."""
        same = len(gone) == len(made) and all(
            k in made and base.first[(kind, *_key(k))] == sub.first[(kind, *_key(k))] for k in gone
        )
        if same:  # the same entries, first made by the same events: the base's, read through
            return Overlay(old, made), True
        rows = [(k, v, where(base.first[(kind, *_key(k))])) for k, v in old.items() if not out(k)]
        rows += [(k, v, where(sub.first[(kind, *_key(k))])) for k, v in made.items()]
        rows.sort(key=lambda r: r[2])
        return {k: v for k, v, _ in rows}, False

    def pair_out(k: tuple[str, str]) -> bool:
        return k[1] in delta.agreements

    def life_out(k: str) -> bool:
        return k in delta.agreements

    # the base's entries the refold replaces, found by agreement
    ags = [ag for ag in delta.agreements if ag in base.agreements]
    gone_pairs = [(a, ag) for ag in delta.agreements for a in base.parties.get(ag, ())]
    gone_signals = [(a, ag) for ag in delta.agreements for a in base.signalled.get(ag, ())]
    pairs, same_pairs = merge_keyed("pair", base.pairs, sub.pairs, gone_pairs, pair_out)
    signals, same_signals = merge_keyed("signal", base.signals, sub.signals, gone_signals, pair_out)
    lives, same_lives = merge_keyed("life", base.agreements, sub.agreements, ags, life_out)

    old_deps = [i for i, d in enumerate(base.deployments) if d.spec.id in delta.deployments]
    same_deps = len(old_deps) == len(sub.deployments) and all(
        base.deployments[i].events[0] == d.events[0]
        for i, d in zip(old_deps, sub.deployments, strict=True)
    )
    if same_deps:
        deployments = list(base.deployments)
        for i, d in zip(old_deps, sub.deployments, strict=True):
            deployments[i] = d
    else:
        deployments = sorted(
            [
                *(d for d in base.deployments if d.spec.id not in delta.deployments),
                *sub.deployments,
            ],
            key=lambda d: where(d.events[0]),
        )
    problems = sorted(
        [*(p for p in base.problems if p.event not in refolded), *sub.problems],
        key=lambda p: where(p.event),
    )
    same = same_pairs and same_signals and same_lives and same_deps
    first: Mapping[tuple[str, ...], str]
    if same_pairs and same_signals and same_lives:  # the same keys: the refold's read over
        first = Overlay(base.first, sub.first)
    else:
        first = dict(base.first)  # less the delta's entries, then the refold's
        for kind, keys in (("pair", gone_pairs), ("signal", gone_signals), ("life", ags)):
            for k in keys:
                del first[(kind, *_key(k))]
        first.update(sub.first)
    parties = _merged_by_agreement(base.parties, sub.parties, delta.agreements)
    signalled = _merged_by_agreement(base.signalled, sub.signalled, delta.agreements)
    # the events by id in the merged order: the base's (in its order, since no id is used
    # twice), each new one at its place, without reading every event again
    events: Mapping[str, Event]
    if at_end:  # all after the base's: read through
        events = Overlay(base.events, {}, {e.id: e for e in new})
    else:
        rest = iter(base.events.items())
        by_id: dict[str, Event] = {}
        last = 0
        for point, e in zip(points, new, strict=True):
            by_id.update(islice(rest, point - last))
            by_id[e.id] = e
            last = point
        by_id.update(rest)
        events = by_id
    history = History(
        events=events,
        pairs=pairs,
        signals=signals,
        agreements=lives,
        deployments=deployments,
        problems=problems,
        sequence=merged,
        first=first,
        parties=parties,
        signalled=signalled,
    )
    return history, replace(delta, same_order=same)


def _merged_by_agreement(
    old: Mapping[str, list[str]], made: Mapping[str, list[str]], gone: Iterable[str]
) -> Mapping[str, list[str]]:
    """``old`` less the agreements ``gone``, with those ``made``: read through ``old`` where
    ``made`` has an entry for just the agreements of ``gone`` that ``old`` has."""
    if made.keys() == {ag for ag in gone if ag in old}:
        return Overlay(old, made)
    out = dict(old)
    for ag in gone:
        out.pop(ag, None)
    out.update(made)
    return out


def _key(k: str | tuple[str, ...]) -> tuple[str, ...]:
    return (k,) if isinstance(k, str) else k
