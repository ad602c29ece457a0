"""``audit``: where the curated knowledge base and ATOP disagree, and what explains it.

For each agreement that names its ATOP ids, compare the members, each member's entry and exit,
and the obligations. A difference is *explained* when it follows from a documented convention
or a sourced note says why:

- ATOP dates entry by signature: an ATOP entry equal to our signature date agrees;
- ATOP's coverage ends on 2018-12-31: our exits and members after that are not differences;
- ATOP starts a new phase when an alliance is renegotiated: adjoining phases are one stretch;
- a note on the agreement with ``explains: [{member, field}]`` explains that difference.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from pydantic import BaseModel

from pactwatch.dates import PartialDate
from pactwatch.importers.atop import AtopCoding
from pactwatch.world import World

COVERAGE_END = _dt.date(2018, 12, 31)
_OUT = ("withdrawn", "expelled", "suspended")


class Difference(BaseModel):
    agreement: str
    atopid: int
    member: str | None
    field: str  # member | entry | exit | obligation
    ours: str | None
    atop: str | None
    explained: bool
    explanation: str | None


class AgreementAudit(BaseModel):
    agreement: str
    atop: list[int]
    members_compared: int
    agreements: int  # facts that agree
    differences: list[Difference]

    @property
    def unexplained(self) -> list[Difference]:
        return [d for d in self.differences if not d.explained]


class AuditReport(BaseModel):
    agreements: list[AgreementAudit]

    @property
    def unexplained(self) -> int:
        return sum(len(a.unexplained) for a in self.agreements)


def _ours(
    world: World, agreement: str
) -> dict[str, tuple[PartialDate | None, PartialDate | None, PartialDate | None]]:
    """member -> (signed, first took effect, left) on our side, up to ATOP's coverage end."""
    out: dict[str, tuple[PartialDate | None, PartialDate | None, PartialDate | None]] = {}
    for actor, states in world.index.by_agreement.get(agreement, ()):
        shown = [s for s in states if s.date.start <= COVERAGE_END]
        effect = next((s.member_since for s in shown if s.member_since is not None), None)
        if effect is None:
            continue
        signed = next((s.signed for s in shown if s.signed is not None), None)
        last = shown[-1]
        left = last.since if last.legal in _OUT else None
        out[actor] = (signed, effect, left)
    return out


def _note_for(world: World, agreement: str, member: str | None, field: str) -> str | None:
    for note in world.kb.agreements[agreement].notes:
        for key in note.explains:
            if key.dataset == "atop" and key.field == field and key.member in (None, member):
                return note.text
    return None


def _kinds(world: World, agreement: str) -> set[str]:
    atop_kinds = {"defense", "offense", "neutrality", "nonaggression", "consultation"}
    return {str(p.kind) for p in world.kb.agreements[agreement].provisions} & atop_kinds


def audit_agreement(
    world: World, agreement: str, codings: Mapping[int, AtopCoding]
) -> AgreementAudit:
    ag = world.kb.agreements[agreement]
    ours = _ours(world, agreement)
    diffs: list[Difference] = []
    agree = 0

    def differ(
        atopid: int,
        member: str | None,
        field: str,
        mine: object,
        theirs: object,
        rule: str | None = None,
    ) -> None:
        note = rule or _note_for(world, agreement, member, field)
        diffs.append(
            Difference(
                agreement=agreement,
                atopid=atopid,
                member=member,
                field=field,
                ours=None if mine is None else str(mine),
                atop=None if theirs is None else str(theirs),
                explained=note is not None,
                explanation=note,
            )
        )

    atop_members: dict[str, list[tuple[PartialDate, PartialDate | None]]] = {}
    atopids = [i for i in ag.atop if i in codings]
    for atopid in atopids:
        for member, stretches in codings[atopid].members.items():
            atop_members.setdefault(member, []).extend(stretches)
    first_id = atopids[0] if atopids else 0
    for member in sorted(set(atop_members) | set(ours)):
        stretches = sorted(atop_members.get(member, []), key=lambda t: t[0])
        mine = ours.get(member)
        if not stretches:
            differ(first_id, member, "member", "member", None)
            continue
        if mine is None:
            differ(first_id, member, "member", None, "member")
            continue
        signed, effect, left = mine
        entry = stretches[0][0]
        if entry in (signed, effect):
            agree += 1
        else:
            differ(first_id, member, "entry", f"signed {signed}, in effect {effect}", entry)
        exit_ = stretches[-1][1]
        if exit_ == left or (exit_ is None and left is None):
            agree += 1
        elif exit_ is None and left is not None and left.start > COVERAGE_END:
            agree += 1  # after ATOP's coverage
        else:
            differ(first_id, member, "exit", left, exit_)
    theirs = set().union(*(codings[i].obligations for i in atopids)) if atopids else set()
    mine_kinds = _kinds(world, agreement)
    for kind in sorted(theirs ^ mine_kinds):
        differ(
            first_id,
            None,
            "obligation",
            kind if kind in mine_kinds else None,
            kind if kind in theirs else None,
        )
    agree += len(theirs & mine_kinds)
    return AgreementAudit(
        agreement=agreement,
        atop=ag.atop,
        members_compared=len(set(atop_members) | set(ours)),
        agreements=agree,
        differences=diffs,
    )


def audit(world: World, codings: Mapping[int, AtopCoding]) -> AuditReport:
    """Audit every agreement of the knowledge base that names ATOP ids."""
    return AuditReport(
        agreements=[
            audit_agreement(world, a.id, codings)
            for a in sorted(world.kb.agreements.values(), key=lambda a: a.id)
            if a.atop
        ]
    )
