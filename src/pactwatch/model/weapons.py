"""Weapon systems: what arms news names, and the states whose industry makes each one.

The reader reads a named system's maker as the supplier where the text names none ("Armenia
bought 36 Caesar howitzers" is a French supply); see docs/decisions/0016-weapon-systems.md.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pactwatch.model.sources import Source
from pactwatch.model.vocab import WeaponKind

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STATE_ID = re.compile(r"^[A-Z]{3}$")


class WeaponSystem(BaseModel):
    """A weapon system and the state or states that make it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    aliases: list[str] = []
    makers: list[str] = Field(min_length=1)  # ISO alpha-3 of the states that make it
    kind: WeaponKind
    description: str | None = None
    sources: list[Source] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"bad weapon id {v!r}: use a lower-case slug (s-400)")
        return v

    @field_validator("makers")
    @classmethod
    def _makers_are_states(cls, v: list[str]) -> list[str]:
        bad = [m for m in v if not _STATE_ID.match(m)]
        if bad:
            raise ValueError(f"makers must be ISO alpha-3 state ids, not {', '.join(bad)}")
        return v

    def names(self) -> list[str]:
        """Every spelling the news may use: the name, then the aliases."""
        return [self.name, *self.aliases]
