"""Agreements and what they oblige: provisions with a direction, conditions and a reference."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pactwatch.dates import PartialDate
from pactwatch.model.sources import Source
from pactwatch.model.vocab import AgreementKind, ConditionKind, ProvisionKind

_AGREEMENT_ID = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z][A-Z0-9]{1,11})$")

LinkRelation = Literal["amends", "implements", "linked_to", "extends", "supersedes", "part_of"]


class Condition(BaseModel):
    """An ATOP-style condition on an obligation."""

    model_config = ConfigDict(extra="forbid")

    kind: ConditionKind
    text: str  # what the condition says, in our words
    actors: list[str] = []  # the named adversaries, or places' owners


class Provision(BaseModel):
    """One obligation of an agreement.

    ``from`` and ``to`` name the obliged and the protected parties; empty means every party
    (a mutual obligation). ``since`` and ``until`` bound provisions adopted or dropped after
    the agreement itself.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str
    kind: ProvisionKind
    from_: list[str] = Field(default=[], alias="from")
    to: list[str] = []
    conditions: list[Condition] = []
    reference: str  # "Art. 4"
    summary: str
    since: PartialDate | None = None
    until: PartialDate | None = None
    sources: list[Source] = Field(min_length=1)

    @property
    def mutual(self) -> bool:
        return not self.from_ and not self.to

    def active_on(self, on: _dt.date) -> bool:
        if self.since is not None and on < self.since.start:
            return False
        return self.until is None or on < self.until.start


class Link(BaseModel):
    model_config = ConfigDict(extra="forbid")

    relation: LinkRelation
    target: str  # agreement id
    note: str | None = None


class AuditKey(BaseModel):
    """Which difference from a dataset a note explains (``kb audit``)."""

    model_config = ConfigDict(extra="forbid")

    dataset: Literal["atop", "cow"] = "atop"
    member: str | None = None  # actor id; None for the agreement as a whole
    field: Literal["member", "entry", "exit", "obligation"]


class Note(BaseModel):
    """A sourced remark that explains a difference from another dataset or a reading."""

    model_config = ConfigDict(extra="forbid")

    text: str
    sources: list[Source] = []
    explains: list[AuditKey] = []


class Agreement(BaseModel):
    """A treaty, charter, basing or cooperation agreement, declaration or mandate.

    Its parties, dates and standing are not stored here: they follow from its events.
    An agreement of kind ``organization`` is also an actor with the same id.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: AgreementKind
    name: str
    aliases: list[str] = []
    description: str | None = None
    term: str | None = None  # duration and renewal, in words
    atop: list[int] = []  # the ATOP alliance ids that code this agreement (kb audit, import)
    cow: list[int] = []  # the COW Formal Alliances version4ids that code it
    links: list[Link] = []
    provisions: list[Provision] = []
    notes: list[Note] = []
    sources: list[Source] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not _AGREEMENT_ID.match(v):
            raise ValueError(
                f"bad agreement id {v!r}: use lower-kebab (ru-am-base-1995) or an "
                "organization's upper-case id (CSTO)"
            )
        return v

    @model_validator(mode="after")
    def _unique_provisions(self) -> Agreement:
        seen: set[str] = set()
        for p in self.provisions:
            if p.id in seen:
                raise ValueError(f"provision id {p.id!r} appears twice")
            seen.add(p.id)
        if self.kind == "organization" and not self.id.isupper():
            raise ValueError(f"organization id {self.id!r} must be upper case (CSTO)")
        return self

    def names(self) -> list[str]:
        return [self.id, self.name, *self.aliases]
