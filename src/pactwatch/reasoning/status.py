"""``status``: one actor's standing in every agreement and its deployments, on one date."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel

from pactwatch.dates import PartialDate
from pactwatch.world import EventRef, World
from pactwatch.world.snapshot import MembershipRow
from pactwatch.world.world import DateLike

_PENDING = ("signatory", "applicant")


class DeploymentRow(BaseModel):
    id: str
    name: str
    kind: str
    role: Literal["hosted", "sent", "contributed"]
    deployer: str
    host: str
    contributors: list[str]
    location: str | None
    basis: str | None
    basis_name: str | None
    since: PartialDate
    evidence: list[EventRef]


class StatusReport(BaseModel):
    actor: str
    name: str
    as_of: _dt.date
    memberships: list[MembershipRow]  # member, suspended, withdrawing, withdrawn, expelled, ...
    pending: list[MembershipRow]  # signatory or applicant: not (yet) a member
    deployments: list[DeploymentRow]


_DEPLOYMENT = (
    "id",
    "name",
    "kind",
    "deployer",
    "host",
    "contributors",
    "location",
    "basis",
    "since",
)


def status(world: World, actor: str, as_of: DateLike = None) -> StatusReport:
    """Where ``actor`` stands on ``as_of`` (default today), with the events behind it."""
    snap = world.day(as_of)  # only the actor's part of the world is computed
    label = world.catalog.label
    # An agreement that has ended for everyone is history, not a standing: timeline shows it.
    # The rows are those built with the fold, picked for the date (decision 0012).
    rows = snap.standing_rows(actor, label)
    deployments = []
    for d in snap.deployments_of(actor):
        if actor == d.host:
            role: Literal["hosted", "sent", "contributed"] = "hosted"
        elif actor == d.deployer:
            role = "sent"
        elif actor in d.contributors:
            role = "contributed"
        else:
            continue
        deployments.append(
            DeploymentRow(
                **{k: getattr(d, k) for k in _DEPLOYMENT},
                role=role,
                basis_name=label(d.basis) if d.basis else None,
                evidence=d.evidence,
            )
        )
    return StatusReport(
        actor=actor,
        name=label(actor),
        as_of=snap.as_of,
        memberships=[r for r in rows if r.legal not in _PENDING],
        pending=[r for r in rows if r.legal in _PENDING],
        deployments=deployments,
    )
