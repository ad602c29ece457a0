"""Accepting a claim read from a document: the event it becomes, checked against the fold."""

from __future__ import annotations

import datetime as _dt

from pactwatch.dates import PartialDate
from pactwatch.extraction.claims import Extracted
from pactwatch.model import Event
from pactwatch.model.vocab import GROUP_OF
from pactwatch.text.documents import Document
from pactwatch.world import World
from pactwatch.world.snapshot import Snapshot
from pactwatch.world.world import Change, compare


def accept(
    world: World,
    claim_id: str,
    claim: Extracted,
    document: Document,
    date: PartialDate | None = None,
) -> tuple[Event, World]:
    """The event ``claim`` states and the world with it; ValueError says why it cannot be.

    A ``withdraw_forces`` ends the deployer's deployment in the host on that date; an event
    that would make an impossible history (a freeze of a pair that is not a member) is refused.
    """
    deployment = None
    if claim.type == "withdraw_forces":
        on = date or claim.date or document.published
        found = [
            d.id
            for d in world.snapshot(on).deployments
            if d.deployer in claim.subject and d.host in claim.object
        ]
        if not found:
            raise ValueError(
                f"no deployment of {claim.subject} in {claim.object} on {on} to withdraw"
            )
        deployment = found[0]
    try:
        event = claim.to_event(claim_id, document, date, deployment)
    except ValueError as exc:
        raise ValueError(str(exc).splitlines()[-1]) from None
    trial = world.with_events([event])
    problems = [p for p in trial.problems() if claim_id in str(p)]
    if problems:
        raise ValueError(str(problems[0]))
    return event, trial


# The event groups whose events the fold applies: only they can change a standing.
FOLDED_GROUPS = frozenset({"agreement", "membership", "participation", "presence"})


def standing_changes(
    world: World,
    claim_id: str,
    claim: Extracted,
    document: Document,
    before: dict[_dt.date, Snapshot] | None = None,
) -> list[Change]:
    """What accepting a claim would change on its date (memberships, agreements,
    deployments): nothing for a claim that would not move the fold or would be refused.
    ``before`` caches the world's snapshots by date, for many claims on one world."""
    if claim.factuality != "CT+" or claim.conditional:
        return []
    if GROUP_OF.get(claim.type) not in FOLDED_GROUPS:
        return []
    try:
        event, trial = accept(world, claim_id, claim, document)
    except ValueError:
        return []
    day = event.date.start
    cache = before if before is not None else {}
    if day not in cache:
        cache[day] = world.snapshot(day)
    return compare(cache[day], trial.snapshot(day))
