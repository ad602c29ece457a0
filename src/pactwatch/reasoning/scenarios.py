"""``assess``: fold a scenario's hypothetical events over the base and report what changes."""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel

from pactwatch.kb.scenario import Scenario
from pactwatch.model import DeploymentSpec
from pactwatch.model.capabilities import Capabilities
from pactwatch.printable import shown
from pactwatch.reasoning.balance import BalanceReport, Kept, balance
from pactwatch.reasoning.guarantors import guarantors
from pactwatch.reasoning.rules import Violation, violations
from pactwatch.world import Snapshot, World
from pactwatch.world.fold import Delta
from pactwatch.world.view import Day
from pactwatch.world.world import Change, compare, compare_days


class ObligationChange(BaseModel):
    agreement: str
    provision: str
    kind: str
    obliged: str
    protected: str
    change: str  # lapses | arises


class GuarantorChange(BaseModel):
    target: str
    before: list[str]  # "RUS via CSTO"
    after: list[str]
    lost: list[str]
    gained: list[str]


class DyadChange(BaseModel):
    challenger: str
    target: str
    before: BalanceReport
    after: BalanceReport


class ScenarioReport(BaseModel):
    name: str
    description: str | None
    assessed_on: _dt.date
    hypotheticals: list[str]
    impossible: list[str]  # hypothetical events the fold refuses, with why
    changes: list[Change]
    obligations: list[ObligationChange]
    guarantors: list[GuarantorChange]
    dyads: list[DyadChange]
    violations_before: list[Violation]
    violations_after: list[Violation]

    @property
    def new_violations(self) -> list[Violation]:
        old = {(v.agreement, v.provision, v.deployment) for v in self.violations_before}
        return [
            v for v in self.violations_after if (v.agreement, v.provision, v.deployment) not in old
        ]


def _obligations(
    snap: Snapshot | Day, within: Delta | None = None
) -> set[tuple[str, str, str, str, str]]:
    """Every obligation on the date; with ``within``, those of its agreements only."""
    if within is None or not isinstance(snap, Day):
        return {(p.agreement, p.provision, p.kind, g, t) for g, t, p in snap.obligations()}
    return {
        (p.agreement, p.provision, p.kind, g, t)
        for ag in within.agreements
        for p in snap.provisions_of(ag)
        for g in p.obliged
        for t in p.protected
        if g != t
    }


def _ties(world: World, target: str, day: _dt.date) -> list[str]:
    report = guarantors(world, target, day)
    return sorted(
        {
            f"{g.guarantor} via {g.agreement}"
            for g in report.guarantees
            if g.agreement_status == "in_force"
        }
    )


class ScenarioNameError(ValueError):
    """A name in a scenario that is no actor or agreement known; the message says which."""


def resolve_names(world: World, scenario: Scenario) -> Scenario:
    """The scenario with every name ("Armenia", "the CSTO") replaced by its id.

    Done before any fold, so that the fold only ever sees ids. Raises UnknownName (a name that
    matches nothing or several things) or ScenarioNameError (an agreement where an actor is
    needed, or the other way round).
    """
    own = {a.id for a in scenario.agreements}

    def actor(name: str) -> str:
        ident = world.catalog.resolve(name)
        if ident not in world.kb.actors:
            raise ScenarioNameError(f"{shown(name)} is an agreement, not an actor")
        return ident

    def agreement(name: str) -> str:
        if name in own:
            return name
        ident = world.catalog.resolve(name)
        if ident not in world.kb.agreements:
            raise ScenarioNameError(f"{shown(name)} is an actor, not an agreement")
        return ident

    def source(name: str) -> str:
        return name if name in ("author", "unnamed") else actor(name)

    events = []
    for e in scenario.events:
        update: dict[str, object] = {
            "subject": [actor(a) for a in e.subject],
            "object": [actor(a) for a in e.object],
            "agreement": agreement(e.agreement) if e.agreement is not None else None,
            "source": source(e.source),
        }
        if isinstance(e.deployment, DeploymentSpec):
            update["deployment"] = e.deployment.model_copy(
                update={"contributors": [actor(a) for a in e.deployment.contributors]}
            )
        events.append(e.model_copy(update=update))
    agreements = [
        a.model_copy(
            update={
                "provisions": [
                    p.model_copy(
                        update={
                            "from_": [actor(x) for x in p.from_],
                            "to": [actor(x) for x in p.to],
                        }
                    )
                    for p in a.provisions
                ]
            }
        )
        for a in scenario.agreements
    ]
    return scenario.model_copy(
        update={
            "events": events,
            "agreements": agreements,
            "dyads": [(actor(a), actor(b)) for a, b in scenario.dyads],
            "focus": [actor(a) for a in scenario.focus],
        }
    )


def assess(
    base: World, scenario: Scenario, capabilities: Capabilities | None = None
) -> ScenarioReport:
    """Compare the world with and without the scenario's events on its assessment date."""
    scenario = resolve_names(base, scenario)
    day = scenario.assess_on.start
    hypo = base.extend(scenario.events, scenario.agreements)
    ids = {e.id for e in scenario.events}
    impossible = [f"{p.event}: {p.message}" for p in hypo.history.problems if p.event in ids]
    # The hypothetical world is the base with the scenario's events: outside the agreements
    # and deployments they reach (``delta``) the two folds are the same, so only those are
    # compared; without a delta the whole snapshots are.
    delta = hypo.changed_from(base)
    before, after = base.day(day), hypo.day(day)
    ob_b, ob_a = _obligations(before, delta), _obligations(after, delta)
    obligations = [
        ObligationChange(agreement=a, provision=p, kind=k, obliged=g, protected=t, change=change)
        for change, rows in (("lapses", ob_b - ob_a), ("arises", ob_a - ob_b))
        for a, p, k, g, t in sorted(rows)
    ]
    focus = scenario.focus or sorted(
        {a for e in scenario.events for a in (*e.subject, *e.object) if a in base.kb.actors}
    )
    g_changes = []
    for target in focus:
        b, a = _ties(base, target, day), _ties(hypo, target, day)
        if b != a:
            g_changes.append(
                GuarantorChange(
                    target=target,
                    before=b,
                    after=a,
                    lost=[x for x in b if x not in a],
                    gained=[x for x in a if x not in b],
                )
            )
    dyads = []
    for ch, ta in scenario.dyads:
        kept: Kept = {}  # who is tied to both sides, made once where before and after agree
        dyads.append(
            DyadChange(
                challenger=ch,
                target=ta,
                before=balance(base, ch, ta, day, capabilities, kept),
                after=balance(hypo, ch, ta, day, capabilities, kept),
            )
        )
    return ScenarioReport(
        name=scenario.name,
        description=scenario.description,
        assessed_on=day,
        hypotheticals=[
            " ".join(x for x in (str(e.date), e.type, "+".join(e.subject), e.agreement or "") if x)
            for e in scenario.events
        ],
        impossible=impossible,
        changes=(
            compare_days(before, after, delta)
            if delta is not None
            else compare(before.snapshot(), after.snapshot())
        ),
        obligations=obligations,
        guarantors=g_changes,
        dyads=dyads,
        violations_before=violations(base, day),
        violations_after=violations(hypo, day),
    )
