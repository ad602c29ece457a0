"""``guarantors``: who is obliged to defend a target, under what, and how credibly."""

from __future__ import annotations

import datetime as _dt
from weakref import WeakKeyDictionary

from pydantic import BaseModel

from pactwatch.dates import PartialDate
from pactwatch.model import Condition
from pactwatch.world import EventRef, MembershipState, Snapshot, World
from pactwatch.world.view import Day
from pactwatch.world.world import DateLike

DEFAULT_KINDS = ("defense",)


class Standing(BaseModel):
    legal: str | None
    participation: str | None
    since: PartialDate | None
    participation_since: PartialDate | None


class Presence(BaseModel):
    id: str
    name: str
    kind: str
    location: str | None
    since: PartialDate


class Guarantee(BaseModel):
    guarantor: str
    guarantor_name: str
    agreement: str
    agreement_name: str
    agreement_status: str  # in_force | signed
    provision: str
    kind: str
    reference: str
    summary: str
    mutual: bool
    conditions: list[Condition]
    guarantor_standing: Standing
    target_standing: Standing
    forces_present: list[Presence]  # the guarantor's forces on the target's soil: a tripwire
    also_committed_to: list[str]  # the target's adversaries the guarantor is also tied to
    flags: list[str]
    evidence: list[EventRef]
    sources: list[str]


class GuarantorsReport(BaseModel):
    target: str
    name: str
    as_of: _dt.date
    kinds: list[str]
    guarantees: list[Guarantee]

    @property
    def guarantors(self) -> list[str]:
        return sorted({g.guarantor for g in self.guarantees})


def _standing(m: MembershipState | None) -> Standing:
    if m is None:
        return Standing(legal=None, participation=None, since=None, participation_since=None)
    return Standing(
        legal=m.legal,
        participation=m.participation,
        since=m.since,
        participation_since=m.participation_since,
    )


def adversaries(world: World, actor: str, as_of: _dt.date) -> set[str]:
    """Actors on the other side of an ``attack`` with ``actor`` on or before the date."""
    out: set[str] = set()
    for e in world.index.attacks.get(actor, ()):
        if e.date.start > as_of:
            continue
        if actor in e.subject:
            out.update(e.object)
        if actor in e.object:
            out.update(e.subject)
    out.discard(actor)
    return {a for a in out if world.kb.actors.get(a) and world.kb.actors[a].kind == "state"}


def ties(snap: Snapshot | Day, actor: str, other: str) -> list[tuple[str, str]]:
    """Every (agreement, provision kind) by which ``actor`` is obliged towards ``other``."""
    return snap.ties(actor, other)


Candidate = tuple[str, str, str, str]  # agreement, provision, obliged actor, agreement status


def _candidates(world: World, snap: Day, target: str, kinds: tuple[str, ...]) -> list[Candidate]:
    """Obligations towards the target, in agreements in force or only signed.

    Only the target's own agreements and those whose provisions name it can protect it.
    """
    out: list[Candidate] = []
    for d in snap.duties_towards(target):
        if d.provision.kind in kinds:
            out.extend((d.agreement, d.provision.id, g, "in_force") for g in d.obliged)
    for ag in snap.reaching(target):
        if snap.status(ag) != "signed":  # read before the agreement's state is built
            continue
        a = snap.agreement(ag)
        if a is None:
            continue
        static = world.kb.agreements[a.id]
        signers = [m.actor for m in snap.members_of(a.id) if m.legal == "signatory"]
        for prov in static.provisions:
            if prov.kind not in kinds or not prov.active_on(snap.as_of):
                continue
            protected = prov.to or signers
            if target not in protected:
                continue
            obliged = [g for g in prov.from_ if g in signers] if prov.from_ else signers
            out.extend((a.id, prov.id, g, "signed") for g in obliged)
    return [c for c in out if c[2] != target]


# The reports made on each day of a world, by (target, kinds): a day belongs to one world and
# one history (a world that changes makes new days), so its answers hold while it lives. A
# scenario asks for the guarantors of its focus and of each side of its dyads, often the same
# actor, on each of its two worlds.
_made: WeakKeyDictionary[Day, dict[tuple[str, tuple[str, ...]], GuarantorsReport]]
_made = WeakKeyDictionary()


def guarantors(
    world: World, target: str, as_of: DateLike = None, kinds: tuple[str, ...] = DEFAULT_KINDS
) -> GuarantorsReport:
    """Every actor obliged towards ``target`` by a provision of the given kinds (made once
    per day of the world: the report returned is shared, not to be changed)."""
    snap = world.day(as_of)
    made = _made.setdefault(snap, {})
    key = (target, tuple(kinds))
    found = made.get(key)
    if found is None:
        found = made[key] = _report(world, snap, target, key[1])
    return found


def _report(world: World, snap: Day, target: str, kinds: tuple[str, ...]) -> GuarantorsReport:
    day = snap.as_of
    label = world.catalog.label
    rivals = adversaries(world, target, day)
    guarantees = []
    for ag_id, prov_id, guarantor, ag_status in _candidates(world, snap, target, kinds):
        agreement = world.kb.agreements[ag_id]
        prov = next(p for p in agreement.provisions if p.id == prov_id)
        g_m, t_m = snap.membership(guarantor, ag_id), snap.membership(target, ag_id)
        present = [
            Presence(id=d.id, name=d.name, kind=d.kind, location=d.location, since=d.since)
            for d in snap.deployments_of(target)
            if d.host == target and guarantor in (d.deployer, *d.contributors)
        ]
        also = sorted(r for r in rivals if ties(snap, guarantor, r))
        flags = []
        if ag_status == "signed":
            flags.append(f"{agreement.name} is signed but not in force")
        for who, m in ((target, t_m), (guarantor, g_m)):
            name = label(who)
            if m is not None and m.participation == "frozen":
                flags.append(f"{name}'s participation frozen since {m.participation_since}")
            if m is not None and m.legal in ("suspended", "withdrawing"):
                flags.append(f"{name} is {m.legal} since {m.since}")
        for rival in also:
            how = ", ".join(sorted({a for a, _ in ties(snap, guarantor, rival)}))
            flags.append(f"{label(guarantor)} is also committed to {label(rival)} ({how})")
        for c in prov.conditions:
            flags.append(f"condition ({c.kind}): {c.text}")
        if present:
            flags.append(
                "tripwire: " + ", ".join(f"{p.name} ({p.location or 'on site'})" for p in present)
            )
        evidence = [
            *(g_m.evidence if g_m else []),
            *(t_m.evidence if t_m and t_m is not g_m else []),
        ]
        guarantees.append(
            Guarantee(
                guarantor=guarantor,
                guarantor_name=label(guarantor),
                agreement=ag_id,
                agreement_name=agreement.name,
                agreement_status=ag_status,
                provision=prov.id,
                kind=prov.kind,
                reference=prov.reference,
                summary=prov.summary,
                mutual=prov.mutual,
                conditions=prov.conditions,
                guarantor_standing=_standing(g_m),
                target_standing=_standing(t_m),
                forces_present=present,
                also_committed_to=also,
                flags=flags,
                evidence=_unique(evidence),
                sources=[s.cite() for s in prov.sources],
            )
        )
    guarantees.sort(key=lambda g: (g.agreement_status != "in_force", g.guarantor, g.agreement))
    return GuarantorsReport(
        target=target,
        name=label(target),
        as_of=day,
        kinds=list(kinds),
        guarantees=guarantees,
    )


def _unique(refs: list[EventRef]) -> list[EventRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.event not in seen:
            seen.add(r.event)
            out.append(r)
    return out
