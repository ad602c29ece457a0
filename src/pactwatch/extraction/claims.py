"""An extracted event (a claim), and the event it becomes when an analyst accepts it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from pactwatch.dates import PartialDate
from pactwatch.model import Event
from pactwatch.model.events import DeploymentSpec
from pactwatch.model.sources import Evidence
from pactwatch.model.vocab import EventType, Factuality, Tense
from pactwatch.text.documents import Document


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int  # characters of the document text as read
    end: int
    quote: str


class Antecedent(BaseModel):
    """The condition a claim is stated under: the event of its "if" clause."""

    model_config = ConfigDict(frozen=True)

    type: EventType
    subject: list[str]
    object: list[str]
    agreement: str | None
    quote: str


# the fields of a claim that say what it states (not how it was read or where)
STATEMENT = {
    *("type", "subject", "object", "agreement"),
    *("factuality", "conditional", "tense", "source"),
}


class Extracted(BaseModel):
    """An event read from a document: a claim until someone accepts it."""

    type: EventType
    subject: list[str]
    object: list[str]
    agreement: str | None
    factuality: Factuality
    conditional: bool
    tense: Tense
    source: str
    date: PartialDate | None = None
    evidence: list[Span]
    confidence: float | None = None  # the reader's score, from 0 to 1
    condition: Antecedent | None = None  # for a conditional claim: what it depends on

    def key(self) -> tuple[Any, ...]:
        """Mentions agreeing on all of these are one event (gold/README.md)."""
        return (
            self.type,
            frozenset(self.subject),
            frozenset(self.object),
            self.agreement,
            self.factuality,
            self.conditional,
            self.tense,
            self.source,
        )

    def statement(self) -> dict[str, Any]:
        """What the claim states, as the fields an event or a forecast made of it shares."""
        return self.model_dump(include=STATEMENT)

    def to_event(
        self,
        claim_id: str,
        document: Document,
        date: PartialDate | None = None,
        deployment: str | None = None,
    ) -> Event:
        """The event this claim states, with its evidence; ValueError if it cannot be one.

        ``date`` overrides the claim's date and the document's; ``deployment`` names the
        deployment a ``withdraw_forces`` ends.
        """
        when = date or self.date or document.published
        if when is None:
            raise ValueError("the claim has no date and neither has its document: give --date")
        spec: DeploymentSpec | str | None = deployment
        if self.type == "deploy":
            by = "/".join(self.subject) or "?"
            where = "/".join(self.object) or "?"
            spec = DeploymentSpec(
                id=f"{claim_id.replace(':', '-')}-deployment",
                kind="other",
                name=f"{by} forces in {where} (read from a document)",
            )
        title = document.title or document.url or document.path or document.id
        quote = self.evidence[0].quote if self.evidence else ""
        return Event(
            id=claim_id,
            date=when,
            **self.statement(),
            deployment=spec,
            summary=f"“{quote}” ({title})",
            evidence=[
                Evidence(document=document.id, start=s.start, end=s.end, quote=s.quote)
                for s in self.evidence
            ],
            origin="extracted",
        )
