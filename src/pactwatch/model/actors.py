"""Actors: states, organizations, people with roles bounded in time, other groups."""

from __future__ import annotations

import datetime as _dt
import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pactwatch.dates import PartialDate
from pactwatch.model.sources import Source
from pactwatch.model.vocab import ActorKind

_STATE_ID = re.compile(r"^[A-Z]{3}$")
_HISTORICAL_STATE_ID = re.compile(r"^COW\d{1,4}$")  # a COW state without an ISO code
_ORG_ID = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Role(BaseModel):
    """An office a person holds for an actor, or the state an armed group fights for,
    bounded in time."""

    model_config = ConfigDict(extra="forbid")

    title: str  # "Prime Minister"
    of: str  # actor id
    start: PartialDate
    end: PartialDate | None = None
    sources: list[Source] = Field(min_length=1)

    def holds(self, on: _dt.date) -> bool:
        return self.start.start <= on and (self.end is None or on < self.end.start)

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"role {self.title!r} ends ({self.end}) before it starts")
        return self


class Actor(BaseModel):
    """Anyone who acts: a state, an organization, a person, an institution or group."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: ActorKind
    name: str
    aliases: list[str] = []
    demonyms: list[str] = []  # "Armenian", "Azeri"
    capital: str | None = None  # a capital used for the government: "Yerevan"
    # regions and towns inside a state's internationally recognized territory, as the news
    # names them where forces stand or strikes land ("Abkhazia", "Gyumri"); never the state
    places: list[str] = []
    cow: int | None = None  # Correlates of War state number
    cow_abbr: str | None = None
    description: str | None = None
    roles: list[Role] = []
    sources: list[Source] = []

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not (_STATE_ID.match(v) or _ORG_ID.match(v) or _SLUG.match(v)):
            raise ValueError(
                f"bad actor id {v!r}: use ISO alpha-3 for states (ARM), short upper case "
                "for organizations (CSTO), a lower-case slug for people (nikol-pashinyan)"
            )
        return v

    @model_validator(mode="after")
    def _id_matches_kind(self) -> Actor:
        if self.kind == "state" and not (
            _STATE_ID.match(self.id) or (_HISTORICAL_STATE_ID.match(self.id) and self.cow)
        ):
            raise ValueError(
                f"state id {self.id!r} must be ISO 3166-1 alpha-3 (ARM), or COW<number> with "
                "that cow code for a historical state without an ISO code"
            )
        if self.places and self.kind != "state":
            raise ValueError(f"only a state has places; {self.id!r} is a {self.kind}")
        if self.kind == "person" and not _SLUG.match(self.id):
            raise ValueError(f"person id {self.id!r} must be a lower-case slug")
        if self.kind == "person" and self.roles == [] and not self.sources:
            raise ValueError(f"person {self.id!r} needs a role or a source")
        return self

    def names(self) -> list[str]:
        """Every name this actor answers to, id first."""
        out = [self.id, self.name, *self.aliases, *self.demonyms]
        if self.capital:
            out.append(self.capital)
        return out

    def roles_on(self, on: _dt.date) -> list[Role]:
        return [r for r in self.roles if r.holds(on)]
