"""What the world looks like on one date: the fold's result, as plain validated records."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from pactwatch.dates import PartialDate
from pactwatch.model import Condition, Event
from pactwatch.model.vocab import Factuality, Legal, Participation, Tense


class EventRef(BaseModel):
    """An event as cited behind an answer: what, when, how certain, and from where."""

    model_config = ConfigDict(frozen=True)

    event: str
    type: str
    date: PartialDate
    subject: list[str] = []
    object: list[str] = []
    agreement: str | None = None
    factuality: Factuality
    conditional: bool = False
    tense: Tense = "past"
    source: str = "author"  # who asserts it
    summary: str | None = None
    sources: list[str]  # citations of the evidence
    quotes: list[str] = []
    urls: list[str] = []

    @classmethod
    def of(cls, event: Event) -> EventRef:
        sources, quotes, urls = [], [], []  # the evidence read once
        for e in event.evidence:
            sources.append(e.cite())
            if e.quote:
                quotes.append(e.quote)
            if e.source is not None and e.source.url:
                urls.append(e.source.url)
        return cls(
            event=event.id,
            type=event.type,
            date=event.date,
            subject=event.subject,
            object=event.object,
            agreement=event.agreement,
            factuality=event.factuality,
            conditional=event.conditional,
            tense=event.tense,
            source=event.source,
            summary=event.summary,
            sources=sources,
            quotes=quotes,
            urls=urls,
        )


class MembershipState(BaseModel):
    """An actor's standing in an agreement, on the legal and the participation track."""

    actor: str
    agreement: str
    legal: Legal
    participation: Participation | None  # None once the actor is out, or not yet in
    since: PartialDate  # when the current legal standing began
    participation_since: PartialDate | None = None
    member_since: PartialDate | None = None  # when membership last took effect
    signed: PartialDate | None = None  # when the actor signed, if it did
    agreement_status: str  # signed | in_force | terminated
    evidence: list[EventRef]  # the events behind the current standing, oldest first
    signals: list[EventRef] = []  # participation signals and claims, for the reader

    @property
    def bound(self) -> bool:
        """Whether the agreement's obligations hold for and towards the actor.

        A withdrawing party is bound until its exit takes effect; a suspended one is not
        (its rights and obligations are suspended with it).
        """
        return self.legal in ("member", "withdrawing") and self.agreement_status == "in_force"


class MembershipRow(BaseModel):
    """An actor's standing in an agreement as ``status`` shows it: the standing's fields
    without the actor, with the agreement's name. The rows a world can show are built once,
    with its fold (``view.shown_rows``), and a question picks those of its date."""

    agreement: str
    agreement_name: str
    legal: str
    participation: str | None
    since: PartialDate
    participation_since: PartialDate | None
    member_since: PartialDate | None
    signed: PartialDate | None
    agreement_status: str
    evidence: list[EventRef]
    signals: list[EventRef]


class AgreementState(BaseModel):
    id: str
    name: str
    kind: str
    status: str  # signed | in_force | terminated
    signed: PartialDate | None
    in_force: PartialDate | None
    terminated: PartialDate | None
    parties: list[str]  # actors bound on the date (member or withdrawing)
    evidence: list[EventRef]


class ProvisionState(BaseModel):
    """A provision in force on the date, its direction resolved to the actors bound."""

    agreement: str
    provision: str
    kind: str
    reference: str
    summary: str
    obliged: list[str]
    protected: list[str]
    mutual: bool
    conditions: list[Condition]


class DeploymentState(BaseModel):
    id: str
    deployer: str
    host: str
    contributors: list[str] = []
    kind: str
    name: str
    location: str | None
    basis: str | None
    since: PartialDate
    until: PartialDate | None = None
    evidence: list[EventRef]


_KEPT = "kept_lookups"


@dataclass
class _Lookups:
    seen: tuple[int, ...]
    pair: dict[tuple[str, str], MembershipState] = field(default_factory=dict)
    actor: dict[str, list[MembershipState]] = field(default_factory=dict)
    agreement: dict[str, list[MembershipState]] = field(default_factory=dict)
    agreements: dict[str, AgreementState] = field(default_factory=dict)
    ties: dict[tuple[str, str], list[tuple[str, str]]] | None = None


class Snapshot(BaseModel):
    """The fold's answer for one date."""

    as_of: _dt.date
    memberships: list[MembershipState]
    agreements: list[AgreementState]
    provisions: list[ProvisionState]
    deployments: list[DeploymentState]

    def _indexed(self) -> _Lookups:
        """Look-ups by pair, actor and agreement, built on first use (and again if the lists
        were replaced or grew since). Kept beside the fields, where pydantic's equality and
        dumps do not see them (as it does for a cached_property)."""
        kept = self.__dict__.get(_KEPT)
        assert kept is None or isinstance(kept, _Lookups)
        seen = (
            id(self.memberships),
            len(self.memberships),
            id(self.agreements),
            len(self.agreements),
            id(self.provisions),
            len(self.provisions),
        )
        if kept is None or kept.seen != seen:
            found = _Lookups(seen)
            for m in self.memberships:
                found.pair.setdefault((m.actor, m.agreement), m)
                found.actor.setdefault(m.actor, []).append(m)
                found.agreement.setdefault(m.agreement, []).append(m)
            for a in self.agreements:
                found.agreements.setdefault(a.id, a)
            self.__dict__[_KEPT] = kept = found
        return kept

    def obligations(self) -> Iterator[tuple[str, str, ProvisionState]]:
        """Every (obliged, protected, provision) on the date, one actor never towards itself."""
        for p in self.provisions:
            for a in p.obliged:
                for b in p.protected:
                    if a != b:
                        yield a, b, p

    def ties(self, actor: str, other: str) -> list[tuple[str, str]]:
        """Every (agreement, provision kind) by which ``actor`` is obliged towards ``other``,
        sorted (the obligations are indexed by pair on first use)."""
        found = self._indexed()
        if found.ties is None:
            sets: dict[tuple[str, str], set[tuple[str, str]]] = {}
            for a, b, p in self.obligations():
                sets.setdefault((a, b), set()).add((p.agreement, p.kind))
            found.ties = {k: sorted(v) for k, v in sets.items()}
        return list(found.ties.get((actor, other), ()))

    def memberships_of(self, actor: str) -> list[MembershipState]:
        return list(self._indexed().actor.get(actor, ()))

    def members_of(self, agreement: str) -> list[MembershipState]:
        return list(self._indexed().agreement.get(agreement, ()))

    def membership(self, actor: str, agreement: str) -> MembershipState | None:
        return self._indexed().pair.get((actor, agreement))

    def agreement(self, agreement_id: str) -> AgreementState | None:
        return self._indexed().agreements.get(agreement_id)

    def hosted_by(self, actor: str) -> list[DeploymentState]:
        return [d for d in self.deployments if d.host == actor]

    def sent_by(self, actor: str) -> list[DeploymentState]:
        return [d for d in self.deployments if actor in (d.deployer, *d.contributors)]
