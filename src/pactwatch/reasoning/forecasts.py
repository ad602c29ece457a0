"""Forecasts: the claims that predict, how the event log resolves them, and who got it right.

A stored claim is a **forecast** when its source commits to it (any factuality but ``Uu``)
and it is future-tense, conditional, or merely probable or possible (``PR±``, ``PS±``).
:func:`resolve` tells, as of a date, whether the event it predicts has happened, by the
rule of ``docs/decisions/0007-forecasts.md``:

- an event resolves a forecast (or meets its condition) when it is **certain** (``CT+``,
  unconditional) and in the event log (curated, imported or accepted), has the same type,
  names at least one of the actors the forecast names in each role it fills (two of them for
  a joint act such as ``sign``), names the same agreement if the forecast names one, and is
  not read from the forecast's own document;
- it must fall in the forecast's **window**: from the day the forecast was made (its
  document's publication date) for a future-tense forecast, from the stated date (or a year
  before it was made) for a present or past one; up to the **deadline**, the end of the date
  the text states, if any;
- a conditional forecast's outcome must come on or after the event that met its condition.

The status is ``happened`` (with the event), ``did-not-happen`` once the deadline has passed
without one, ``condition-unmet`` while the condition has not occurred, ``open`` otherwise.
A forecast is scored against its outcome with the probability its factuality expresses
(:data:`PROBABILITY`) by the Brier score. Nothing here reads the store: the service layer
turns stored claims into :class:`Forecast` values and passes them in.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict

from pactwatch.dates import PartialDate, as_date
from pactwatch.extraction.claims import Antecedent, Extracted
from pactwatch.model import Event
from pactwatch.model.vocab import (
    FORECAST_STATUSES,
    EventType,
    Factuality,
    ForecastStatus,
    Tense,
)
from pactwatch.world import EventRef, World
from pactwatch.world.world import DateLike

Status = ForecastStatus
STATUSES: tuple[str, ...] = FORECAST_STATUSES

# The probability that the predicted event happens, as the source's factuality expresses it
# (decision 0007). Symmetric: a "-" is one minus its "+". Uu commits to nothing: no forecast.
PROBABILITY: dict[str, float] = {
    "CT+": 0.95,
    "PR+": 0.8,
    "PS+": 0.5,
    "PS-": 0.5,
    "PR-": 0.2,
    "CT-": 0.05,
}
# A present- or past-tense forecast without a date of its own speaks of the recent past.
LOOKBACK = _dt.timedelta(days=365)
# Acts whose subject lists every party: a deal between A and B is not one between A and C.
JOINT_ACTS = frozenset({"sign", "peace_deal"})

ForecasterKind = Literal["actor", "publisher", "unnamed"]


def is_forecast(claim: Extracted) -> bool:
    """Whether a claim predicts: committed to (not Uu), and future, conditional or hedged."""
    if claim.factuality == "Uu":
        return False
    return claim.tense == "future" or claim.conditional or claim.factuality[:2] in ("PR", "PS")


class Outlet(BaseModel):
    """The document a forecast was read from (its metadata, without the text)."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def forecaster(source: str, outlet: Outlet) -> tuple[str, ForecasterKind]:
    """Whose record a claim counts in: the named actor; for the document's own voice, its
    publisher (else the site); unnamed sources ("analysts say") pooled per publisher."""
    where = outlet.publisher or _host(outlet.url)
    if source == "author":
        return where or "author", "publisher"
    if source == "unnamed":
        return (f"unnamed ({where})" if where else "unnamed"), "unnamed"
    return source, "actor"


def end_of(date: PartialDate) -> _dt.date:
    """The last day a partial date covers: 2025 ends on 2025-12-31."""
    if date.day is not None:
        return date.start
    if date.month is not None:
        return _dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return _dt.date(date.year, 12, 31)


class Forecast(BaseModel):
    """A predicting claim: who said what would happen, under what condition, by when."""

    id: str  # the claim's id, <document>:<n>
    claim_status: str  # candidate | accepted
    type: EventType
    subject: list[str]
    object: list[str]
    agreement: str | None
    factuality: Factuality
    conditional: bool
    tense: Tense
    source: str
    condition: Antecedent | None = None
    date: PartialDate | None = None  # the date the text states for the event, if any
    document: Outlet
    quotes: list[str]
    forecaster: str
    forecaster_kind: ForecasterKind
    probability: float  # that the event happens, from the factuality

    @classmethod
    def of(cls, claim_id: str, status: str, claim: Extracted, outlet: Outlet) -> Forecast:
        who, kind = forecaster(claim.source, outlet)
        return cls(
            id=claim_id,
            claim_status=status,
            **claim.statement(),
            condition=claim.condition,
            date=claim.date,
            document=outlet,
            quotes=[s.quote for s in claim.evidence],
            forecaster=who,
            forecaster_kind=kind,
            probability=PROBABILITY[claim.factuality],
        )

    @property
    def made(self) -> PartialDate | None:
        """When the forecast was made: its document's publication date."""
        return self.document.published

    @property
    def positive(self) -> bool:
        """Whether it says the event will happen (``+``) rather than that it will not."""
        return self.factuality.endswith("+")

    def window(self) -> tuple[_dt.date | None, _dt.date | None]:
        """(first day, deadline) in which an event answers the forecast; no first day when
        it is not known when the forecast was made (nothing can then resolve it)."""
        made = self.made
        if self.tense == "future":
            start = made.start if made else (self.date.start if self.date else None)
        elif self.date is not None:
            start = self.date.start
        else:
            start = made.start - LOOKBACK if made else None
        deadline = end_of(self.date) if self.date is not None else None
        if start is not None and deadline is not None and deadline < start:
            deadline = None  # a date before the forecast was made is no deadline
        return start, deadline

    def about(self, ident: str) -> bool:
        """Whether the forecast names ``ident`` as subject, object or agreement."""
        return ident in self.subject or ident in self.object or ident == self.agreement

    def said_by(self, who: str) -> bool:
        """Whether ``who`` (a source id, a forecaster, in any case) made the forecast."""
        return who in (self.source, self.forecaster) or self.forecaster.casefold() == who.casefold()


class Resolution(Forecast):
    """A forecast and what the event log says of it on ``as_of``."""

    as_of: _dt.date
    status: Status
    made_on: PartialDate | None  # = document.published, repeated for readers of the JSON
    window_from: _dt.date | None
    deadline: _dt.date | None
    condition_met_by: EventRef | None = None
    resolved_by: EventRef | None = None
    correct: bool | None = None  # did it come true (the event for "+", its absence for "-")
    brier: float | None = None  # (probability - outcome)², when scored
    scored: bool = False  # resolved, and its condition (if any) known


def matches(
    event: Event,
    type: str,
    subject: Sequence[str],
    object: Sequence[str],
    agreement: str | None,
) -> bool:
    """Whether ``event`` is the event a forecast (or a condition) names: the same type, at
    least one named actor in each role the forecast fills (two parties of a joint act), and
    the same agreement when the forecast names one."""
    if event.type != type:
        return False
    if agreement is not None and event.agreement != agreement:
        return False
    for want, got in ((subject, event.subject), (object, event.object)):
        if want and not set(want) & set(got):
            return False
    parties = set(subject)
    return not (type in JOINT_ACTS and len(parties) >= 2 and len(parties & set(event.subject)) < 2)


def _documents(event: Event) -> set[str]:
    return {e.document for e in event.evidence if e.document}


def _first(
    events: Iterable[Event],
    f: Forecast,
    type: str,
    subject: Sequence[str],
    object: Sequence[str],
    agreement: str | None,
    start: _dt.date,
    deadline: _dt.date | None,
    as_of: _dt.date,
) -> Event | None:
    """The earliest certain event that matches, within [start, deadline], known on as_of."""
    found = [
        e
        for e in events
        if e.id != f.id
        and f.document.id not in _documents(e)
        and end_of(e.date) >= start
        and e.date.start <= as_of
        and (deadline is None or e.date.start <= deadline)
        and matches(e, type, subject, object, agreement)
    ]
    return min(found, key=lambda e: (e.date.start, e.id)) if found else None


def _resolve(f: Forecast, events: Sequence[Event], world: World, day: _dt.date) -> Resolution:
    start, deadline = f.window()
    gated = f.conditional and f.condition is not None  # a condition to check first
    unknown = f.conditional and f.condition is None  # conditional, but on what was not read
    status: Status = "condition-unmet" if gated else "open"
    met: Event | None = None
    outcome: Event | None = None
    if start is not None:  # else it is not known when it was made: nothing resolves it
        if f.condition is not None and gated:
            c = f.condition
            met = _first(events, f, c.type, c.subject, c.object, c.agreement, start, deadline, day)
        if met is not None or not gated:
            after = max(start, met.date.start) if met is not None else start
            outcome = _first(
                events, f, f.type, f.subject, f.object, f.agreement, after, deadline, day
            )
            if outcome is not None:
                status = "happened"
            elif deadline is not None and day > deadline and not unknown:
                status = "did-not-happen"
            else:
                status = "open"
    resolved = status in ("happened", "did-not-happen")
    happened = status == "happened"
    scored = resolved and not unknown
    return Resolution(
        **f.model_dump(),
        as_of=day,
        status=status,
        made_on=f.made,
        window_from=start,
        deadline=deadline,
        condition_met_by=world.ref(met.id) if met is not None else None,
        resolved_by=world.ref(outcome.id) if outcome is not None else None,
        correct=happened == f.positive if resolved else None,
        brier=round((f.probability - float(happened)) ** 2, 6) if scored else None,
        scored=scored,
    )


def resolve(
    world: World,
    forecasts: Iterable[Forecast],
    as_of: DateLike = None,
    actor: str | None = None,
    status: str | None = None,
    source: str | None = None,
) -> list[Resolution]:
    """Every forecast made by ``as_of`` (about ``actor``, by ``source``, with ``status``, if
    given), resolved against the world's certain events known on that date; by date made."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"status {status!r}: use {', '.join(STATUSES)}")
    day = as_date(as_of)
    certain = [e for e in world.history.events.values() if e.certain]
    by_type: dict[str, list[Event]] = {}
    for e in certain:
        by_type.setdefault(e.type, []).append(e)
    out = []
    for f in forecasts:
        if f.made is not None and f.made.start > day:
            continue  # not made yet
        if actor is not None and not f.about(actor):
            continue
        if source is not None and not f.said_by(source):
            continue
        types = {f.type} | ({f.condition.type} if f.condition else set())
        events = [e for t in types for e in by_type.get(t, [])]
        r = _resolve(f, events, world, day)
        if status is None or r.status == status:
            out.append(r)
    never = _dt.date.max
    return sorted(out, key=lambda r: (r.made.start if r.made else never, _id_key(r.id)))


def _id_key(claim_id: str) -> tuple[str, int]:
    doc, _, n = claim_id.partition(":")
    return doc, int(n) if n.isdigit() else 0


class TrackRecord(BaseModel):
    """One forecaster's forecasts as of a date, and how the resolved ones scored."""

    forecaster: str
    kind: ForecasterKind
    name: str  # the actor's name, or the forecaster itself
    made: int
    open: int
    condition_unmet: int
    happened: int
    did_not_happen: int
    scored: int  # resolved, with the condition (if any) known
    came_true: int  # of the scored
    brier: float | None  # mean over the scored: 0 is perfect, 0.25 is always saying 50%

    def line(self) -> str:
        """One line for people: "imemo: 3 forecasts, 1 scored (1 came true), Brier 0.04"."""
        score = f"Brier {self.brier:.3f}" if self.brier is not None else "no Brier score yet"
        return (
            f"{self.made} forecast{'s' if self.made != 1 else ''}: {self.open} open, "
            f"{self.condition_unmet} condition unmet, {self.scored} resolved "
            f"({self.came_true} came true); {score}"
        )


def track_records(world: World, resolutions: Iterable[Resolution]) -> list[TrackRecord]:
    """Per forecaster: how many forecasts, how they stand, and the mean Brier score of the
    resolved ones; most forecasts first."""
    groups: dict[tuple[str, ForecasterKind], list[Resolution]] = {}
    for r in resolutions:
        groups.setdefault((r.forecaster, r.forecaster_kind), []).append(r)
    out = []
    for (who, kind), rs in groups.items():
        scored = [r for r in rs if r.scored]
        briers = [r.brier for r in scored if r.brier is not None]
        name = world.catalog.label(who) if kind == "actor" else who
        out.append(
            TrackRecord(
                forecaster=who,
                kind=kind,
                name=name,
                made=len(rs),
                open=sum(r.status == "open" for r in rs),
                condition_unmet=sum(r.status == "condition-unmet" for r in rs),
                happened=sum(r.status == "happened" for r in rs),
                did_not_happen=sum(r.status == "did-not-happen" for r in rs),
                scored=len(scored),
                came_true=sum(bool(r.correct) for r in scored),
                brier=round(sum(briers) / len(briers), 4) if briers else None,
            )
        )
    return sorted(out, key=lambda t: (-t.made, t.forecaster))
