"""Rule checks: which presences break an agreement's rules on a date.

The first rule is ``foreign_basing_consent`` (the CSTO's December 2011 rule): a military
presence of a state that is not a party, on a party's territory, needs the consent of every
other party. Consent is a certain ``consent`` event: subject the consenting party, agreement
the rule's agreement, and ``deployment`` the presence's id (or object the deployer).
"""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel

from pactwatch.world import DeploymentState, EventRef, ProvisionState, Snapshot, World
from pactwatch.world.view import Day
from pactwatch.world.world import DateLike

# Presences the basing rule covers: military ones. A civilian mission (the EU's monitoring
# mission in Armenia) and a peacekeeping force under a mandate are not bases.
MILITARY_PRESENCE = ("base", "rotation", "border_guards", "intervention")


class Violation(BaseModel):
    rule: str  # the provision kind
    agreement: str
    provision: str
    reference: str
    summary: str
    deployment: str
    deployment_name: str
    deployer: str
    host: str
    missing_consent: list[str]  # the parties whose consent is not on record
    consented: list[str]
    sources: list[str]
    evidence: list[EventRef]  # the deployment's events

    def describe(self, label: dict[str, str] | None = None) -> str:
        name = (label or {}).get
        missing = ", ".join(name(a, a) or a for a in self.missing_consent)
        return (
            f"{self.deployment_name} ({name(self.deployer, self.deployer)} in "
            f"{name(self.host, self.host)}) breaks {self.agreement} {self.reference}: "
            f"no consent from {missing}"
        )


def _consents(world: World, agreement: str, dep: DeploymentState, day: _dt.date) -> set[str]:
    out: set[str] = set()
    for e in world.index.consents.get(agreement, ()):
        if e.date.start > day:
            continue
        if e.deployment_id == dep.id or (e.deployment is None and dep.deployer in e.object):
            out.update(e.subject)
    return out


def _basing_consent(world: World, p: ProvisionState, snap: Snapshot | Day) -> list[Violation]:
    day = snap.as_of
    parties = set(p.obliged) | set(p.protected)
    out = []
    for d in snap.deployments:
        if d.host not in parties or d.deployer in parties or d.kind not in MILITARY_PRESENCE:
            continue
        given = _consents(world, p.agreement, d, day)
        needed = sorted(parties - {d.host})
        missing = [a for a in needed if a not in given]
        if not missing:
            continue
        prov = next(x for x in world.kb.agreements[p.agreement].provisions if x.id == p.provision)
        out.append(
            Violation(
                rule=p.kind,
                agreement=p.agreement,
                provision=p.provision,
                reference=p.reference,
                summary=p.summary,
                deployment=d.id,
                deployment_name=d.name,
                deployer=d.deployer,
                host=d.host,
                missing_consent=missing,
                consented=sorted(given & set(needed)),
                sources=[s.cite() for s in prov.sources],
                evidence=d.evidence,
            )
        )
    return out


def violations(world: World, as_of: DateLike = None) -> list[Violation]:
    """Every rule broken on the date, with the parties whose consent is missing."""
    snap = world.day(as_of)
    rule = "foreign_basing_consent"
    out: list[Violation] = []
    # the agreements with such a rule, in the order a whole snapshot lists their provisions
    for ag in world.index.folded_with_kind(rule):
        for p in snap.provisions_of(ag):
            if p.kind == rule:
                out.extend(_basing_consent(world, p, snap))
    return out
