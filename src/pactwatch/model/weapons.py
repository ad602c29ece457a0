"""Weapon systems and arms firms: what arms news names, the states whose industry makes each
system, and the state where each firm is at home.

The reader reads a named system's maker as the supplier where the text names none ("Armenia
bought 36 Caesar howitzers" is a French supply), and a firm that sells arms as selling for its
state ("ordered artillery from Bharat Forge" is an Indian supply); see
docs/decisions/0016-weapon-systems.md and 0018-arms-firms.md.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pactwatch.model.sources import Source
from pactwatch.model.vocab import WeaponKind

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STATE_ID = re.compile(r"^[A-Z]{3}$")


class _Named(BaseModel):
    """A record the news names: an id, its names, and where the facts come from."""

    model_config = ConfigDict(extra="forbid")
    example: ClassVar[str] = "s-400"  # an id of the right form, for the error message

    id: str
    name: str
    aliases: list[str] = []
    description: str | None = None
    sources: list[Source] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"bad id {v!r}: use a lower-case slug ({cls.example})")
        return v

    def names(self) -> list[str]:
        """Every spelling the news may use: the name, then the aliases."""
        return [self.name, *self.aliases]


def _states(v: list[str]) -> list[str]:
    bad = [m for m in v if not _STATE_ID.match(m)]
    if bad:
        raise ValueError(f"must be ISO alpha-3 state ids, not {', '.join(bad)}")
    return v


class WeaponSystem(_Named):
    """A weapon system and the state or states that make it."""

    makers: list[str] = Field(min_length=1)  # ISO alpha-3 of the states that make it
    kind: WeaponKind

    @field_validator("makers")
    @classmethod
    def _makers_are_states(cls, v: list[str]) -> list[str]:
        return _states(v)


class ArmsFirm(_Named):
    """A company that makes or sells arms, and the one state where it is at home. Firms owned
    across borders (MBDA, KNDS, Airbus) are left out: what they sell is no one state's."""

    example: ClassVar[str] = "lockheed-martin"

    state: str  # ISO alpha-3 of the state where it is at home

    @field_validator("state")
    @classmethod
    def _state_is_a_state(cls, v: str) -> str:
        return _states([v])[0]
