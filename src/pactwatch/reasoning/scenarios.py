"""``assess``: fold a scenario's hypothetical events over the base and report what changes."""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel

from pactwatch.kb.scenario import Scenario
from pactwatch.model.capabilities import Capabilities
from pactwatch.reasoning.balance import BalanceReport, balance
from pactwatch.reasoning.guarantors import guarantors
from pactwatch.reasoning.rules import Violation, violations
from pactwatch.world import Snapshot, World
from pactwatch.world.world import Change, compare


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


def _obligations(snap: Snapshot) -> set[tuple[str, str, str, str, str]]:
    return {(p.agreement, p.provision, p.kind, g, t) for g, t, p in snap.obligations()}


def _ties(world: World, target: str, day: _dt.date) -> list[str]:
    report = guarantors(world, target, day)
    return sorted(
        {
            f"{g.guarantor} via {g.agreement}"
            for g in report.guarantees
            if g.agreement_status == "in_force"
        }
    )


def assess(
    base: World, scenario: Scenario, capabilities: Capabilities | None = None
) -> ScenarioReport:
    """Compare the world with and without the scenario's events on its assessment date."""
    day = scenario.assess_on.start
    hypo = base.extend(scenario.events, scenario.agreements)
    ids = {e.id for e in scenario.events}
    impossible = [f"{p.event}: {p.message}" for p in hypo.history.problems if p.event in ids]
    before, after = base.snapshot(day), hypo.snapshot(day)
    ob_b, ob_a = _obligations(before), _obligations(after)
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
    dyads = [
        DyadChange(
            challenger=ch,
            target=ta,
            before=balance(base, ch, ta, day, capabilities),
            after=balance(hypo, ch, ta, day, capabilities),
        )
        for ch, ta in scenario.dyads
    ]
    return ScenarioReport(
        name=scenario.name,
        description=scenario.description,
        assessed_on=day,
        hypotheticals=[
            " ".join(x for x in (str(e.date), e.type, "+".join(e.subject), e.agreement or "") if x)
            for e in scenario.events
        ],
        impossible=impossible,
        changes=compare(before, after),
        obligations=obligations,
        guarantors=g_changes,
        dyads=dyads,
        violations_before=violations(base, day),
        violations_after=violations(hypo, day),
    )
