"""``describe``: one actor or agreement as the knowledge base and the fold know it."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel

from pactwatch.model import Actor, Agreement
from pactwatch.world import AgreementState, MembershipState, World
from pactwatch.world.world import DateLike


class PartyRow(BaseModel):
    actor: str
    name: str
    legal: str
    participation: str | None
    since: str
    signed: str | None


class AgreementView(BaseModel):
    kind: Literal["agreement"] = "agreement"
    as_of: _dt.date
    agreement: Agreement
    state: AgreementState | None  # None before it was signed
    parties: list[PartyRow]  # everyone with a standing in it on the date


class ActorView(BaseModel):
    kind: Literal["actor"] = "actor"
    as_of: _dt.date
    actor: Actor
    agreement: Agreement | None  # an organization is also an agreement
    memberships: list[MembershipState]


def _party(world: World, m: MembershipState) -> PartyRow:
    return PartyRow(
        actor=m.actor,
        name=world.catalog.label(m.actor),
        legal=m.legal,
        participation=m.participation,
        since=str(m.since),
        signed=str(m.signed) if m.signed else None,
    )


def describe(world: World, ident: str, as_of: DateLike = None) -> ActorView | AgreementView:
    """An agreement (with its parties on the date) or an actor (with its standings)."""
    snap = world.day(as_of)
    if ident in world.kb.agreements:
        return AgreementView(
            as_of=snap.as_of,
            agreement=world.kb.agreements[ident],
            state=snap.agreement(ident),
            parties=[_party(world, m) for m in snap.members_of(ident)],
        )
    return ActorView(
        as_of=snap.as_of,
        actor=world.kb.actors[ident],
        agreement=world.kb.agreements.get(ident),
        memberships=snap.memberships_of(ident),
    )
