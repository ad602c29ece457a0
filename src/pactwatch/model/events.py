"""The one schema shared by the curated knowledge base, extraction and scenarios."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pactwatch.dates import PartialDate
from pactwatch.model.sources import Evidence
from pactwatch.model.vocab import (
    REQUIRED_ROLES,
    ROLE_WORDS,
    DeploymentKind,
    EventType,
    Factuality,
    Tense,
)

Origin = Literal["kb", "extracted", "scenario", "import"]


class DeploymentSpec(BaseModel):
    """What a ``deploy`` event sets up: one presence of forces abroad."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: DeploymentKind
    name: str
    location: str | None = None
    size: str | None = None  # "about 3,000 troops", in words
    contributors: list[str] = []  # states sending forces to an organization's mission


class Event(BaseModel):
    """Something dated that happened, or was claimed, with its evidence.

    ``subject`` acts (member, deployer, signatories, speaker), ``object`` is acted on (host,
    target, expelled member) and ``agreement`` is the agreement concerned or the legal basis.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    type: EventType
    date: PartialDate
    subject: list[str] = []
    object: list[str] = []
    agreement: str | None = None
    factuality: Factuality = "CT+"
    conditional: bool = False
    tense: Tense = "past"
    source: str = "author"  # who asserts it: an actor id, "author" or "unnamed"
    deployment: DeploymentSpec | str | None = None
    partial: bool = False  # withdraw_forces that ends part of a deployment only
    summary: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    origin: Origin = "kb"

    @property
    def deployment_id(self) -> str | None:
        if isinstance(self.deployment, DeploymentSpec):
            return self.deployment.id
        return self.deployment

    @property
    def certain(self) -> bool:
        """Only certain, unconditional events move the fold."""
        return self.factuality == "CT+" and not self.conditional

    @model_validator(mode="after")
    def _roles(self) -> Event:
        """The roles of REQUIRED_ROLES, so that the fold never meets an impossible event."""
        missing = [
            ROLE_WORDS[role]
            for role in REQUIRED_ROLES.get(self.type, ())
            if not getattr(self, role)
        ]
        if missing:
            article = "an" if self.type[0] in "aeiou" else "a"
            raise ValueError(f"{article} {self.type} event needs {' and '.join(missing)}")
        if self.type == "deploy" and not isinstance(self.deployment, DeploymentSpec):
            raise ValueError("a deploy event needs a deployment: {id, kind, name, location}")
        if self.type in ("deploy", "withdraw_forces") and not (
            len(self.subject) == 1 and len(self.object) == 1
        ):
            raise ValueError(
                f"a {self.type} event needs one subject (the deployer: a state, or the "
                "organization whose mission it is, with contributors) and one object (the host)"
            )
        if self.partial and self.type != "withdraw_forces":
            raise ValueError("only withdraw_forces can be partial")
        return self
