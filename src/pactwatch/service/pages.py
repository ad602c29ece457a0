"""What a page about an actor, an agreement or a claim shows, gathered in one call.

The web UI renders these; they are computed here so that the interface only lays them out:
an actor's standing with the dates it last and next changed, an agreement's members over
time and the rules broken on the date, a claim's quotes marked in its article's text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, field

from pactwatch import reasoning
from pactwatch.dates import PartialDate, as_date
from pactwatch.reasoning import (
    AgreementView,
    GuarantorsReport,
    StatusReport,
    Violation,
)
from pactwatch.service.inputs import Note, actor_id, ignore, parse_date
from pactwatch.service.queries import guarantors, status
from pactwatch.service.review import Claim
from pactwatch.service.session import Session
from pactwatch.world import World
from pactwatch.world.world import Span


def change_dates(world: World, ident: str) -> list[_dt.date]:
    """The days an actor's or agreement's standing moved: its certain events, sorted."""
    days = {
        e.date.start
        for e in world.history.events.values()
        if e.certain
        and (
            ident in e.subject
            or ident in e.object
            or ident == e.agreement
            or (e.deployment_id is not None and ident == e.deployment_id)
        )
    }
    return sorted(days)


def neighbours(days: list[_dt.date], day: _dt.date) -> tuple[_dt.date | None, _dt.date | None]:
    """The last change before ``day`` and the first after it."""
    i = bisect.bisect_left(days, day)
    before = days[i - 1] if i > 0 else None
    j = bisect.bisect_right(days, day)
    after = days[j] if j < len(days) else None
    return before, after


@dataclass
class ActorPage:
    status: StatusReport
    guarantors: GuarantorsReport
    previous: _dt.date | None  # the last change before the date
    next: _dt.date | None  # the first change after it
    labels: dict[str, str] = field(default_factory=dict)


def actor_page(
    session: Session,
    actor: str,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> ActorPage:
    """An actor's standing on both tracks, its guarantors, its deployments, and the dates
    of the changes around the day asked."""
    st = status(session, actor, as_of, note, names)
    gu = guarantors(session, st.actor, str(st.as_of))
    world = session.world()
    days = session.memo(("changes", st.actor), lambda: change_dates(world, st.actor))
    before, after = neighbours(days, st.as_of)
    ids = {g.guarantor for g in gu.guarantees} | {st.actor}
    ids |= {d.deployer for d in st.deployments} | {d.host for d in st.deployments}
    labels = {i: world.catalog.label(i) for i in sorted(ids)}
    return ActorPage(st, gu, before, after, labels)


@dataclass
class MemberHistory:
    actor: str
    name: str
    spans: list[Span]


@dataclass
class AgreementPage:
    view: AgreementView
    history: list[MemberHistory]  # every actor that ever stood in it, its standings in turn
    violations: list[Violation]  # its rules broken on the date
    labels: dict[str, str]
    previous: _dt.date | None
    next: _dt.date | None


def agreement_page(
    session: Session,
    ident: str,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> AgreementPage:
    """An agreement: provisions, parties on the date, members over time, rules broken."""
    world = session.world()
    agreement = world.catalog.resolve(ident, "agreement")
    day = parse_date(as_of, (names or {}).get("as_of", "--as-of"), world, note)

    def build() -> AgreementPage:
        view = reasoning.describe(world, agreement, day)
        assert isinstance(view, AgreementView)
        history = []
        actors = sorted({who for who, ag in world.history.pairs if ag == agreement})
        for who in actors:
            spans = [s for s in world.spans(who, day) if s.agreement == agreement]
            if spans:
                history.append(MemberHistory(who, world.catalog.label(who), spans))
        broken = [v for v in reasoning.violations(world, day) if v.agreement == agreement]
        labels = {a: world.catalog.label(a) for a in actors}
        for v in broken:
            for a in (v.deployer, v.host, *v.missing_consent, *v.consented):
                labels.setdefault(a, world.catalog.label(a))
        days = change_dates(world, agreement)
        before, after = neighbours(days, view.as_of)
        return AgreementPage(view, history, broken, labels, before, after)

    return session.memo(("agreement-page", agreement, as_date(day)), build)


@dataclass
class Piece:
    text: str
    marked: bool


@dataclass
class ClaimPage:
    claim: Claim
    pieces: list[Piece]  # the article's text, the claim's quotes marked
    labels: dict[str, str]


def marked(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """``text`` cut into pieces, those inside a span marked; overlapping spans merged and
    spans outside the text ignored."""
    cuts: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if cuts and start <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(cuts[-1][1], end))
        else:
            cuts.append((start, end))
    out: list[Piece] = []
    at = 0
    for start, end in cuts:
        if start > at:
            out.append(Piece(text[at:start], False))
        out.append(Piece(text[start:end], True))
        at = end
    if at < len(text):
        out.append(Piece(text[at:], False))
    return out


def claim_page(session: Session, found: Claim) -> ClaimPage:
    """A claim with its article's text, the quotes marked where they stand."""
    world = session.world()
    c = found.claim
    ids = {*c.subject, *c.object, c.source}
    if c.agreement:
        ids.add(c.agreement)
    labels = {i: world.catalog.label(i) for i in sorted(ids)}
    pieces = marked(found.document.text, [(s.start, s.end) for s in c.evidence])
    return ClaimPage(found, pieces, labels)


def first_actor(session: Session, name: str) -> str:
    """An actor's id (for links from forms)."""
    return actor_id(session.world(), name)


def default_day(value: PartialDate | None) -> _dt.date:
    return as_date(value)
