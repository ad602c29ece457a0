"""Scenario files: a base date and hypothetical events in the knowledge base's own schema.

```yaml
name: Armenia withdraws from the CSTO
description: ...
as_of: 2026-12-01          # when to assess (default: the last hypothetical event's date)
dyads: [[AZE, ARM]]        # challenger, target pairs whose balance to compare
focus: [ARM]               # actors whose guarantors to compare (default: all in the events)
agreements: []             # hypothetical agreements, in the knowledge base's schema
events:
  - {type: withdraw, date: 2026-12-01, subject: [ARM], agreement: CSTO}
```
Hypothetical events and agreements need no sources: the scenario file is their source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pactwatch.dates import PartialDate
from pactwatch.files import FileProblem, where
from pactwatch.kb.errors import ScenarioError as ScenarioError
from pactwatch.kb.loader import (
    YamlProblem,
    default_event_id,
    describe_errors,
    load_yaml,
    read_yaml_file,
)
from pactwatch.model import Agreement, Event

MAX_BYTES = 2_000_000


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str | None = None
    as_of: PartialDate | None = None
    dyads: list[tuple[str, str]] = []
    focus: list[str] = []
    agreements: list[Agreement] = []  # hypothetical agreements the events may name
    events: list[Event] = Field(min_length=1)

    @property
    def assess_on(self) -> PartialDate:
        last = max(e.date for e in self.events)
        return self.as_of if self.as_of is not None and self.as_of > last else last


def _prepare(raw: dict[str, Any], n: int, name: str, ref: str) -> dict[str, Any]:
    ev = dict(raw)
    ev.setdefault("evidence", [{"source": {"kind": "report", "title": name, "ref": ref}}])
    ev.setdefault("origin", "scenario")
    ev.setdefault("id", f"scenario:{n}:{default_event_id(ev)}")
    return ev


def load_scenario(path: Path) -> Scenario:
    """Read and validate a scenario file; raise ScenarioError with a one-line reason."""
    path = Path(path)
    try:
        data = read_yaml_file(path, MAX_BYTES)
    except FileProblem as exc:
        raise ScenarioError(str(exc).replace("YAML file", "scenario file")) from None
    except YamlProblem as exc:
        raise ScenarioError(f"{where(path)}: {exc}") from None
    return scenario_from_data(data, where(path), str(path), path.stem)


def parse_scenario(text: str, label: str = "scenario") -> Scenario:
    """A scenario given as YAML or JSON text (a form, a request body); ``label`` names it in
    messages and as the hypotheticals' source."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ScenarioError(f"{label}: larger than {MAX_BYTES // 1_000_000} MB")
    try:
        data = load_yaml(text)
    except YamlProblem as exc:
        raise ScenarioError(f"{label}: {exc}") from None
    return scenario_from_data(data, label, label, label)


def scenario_from_data(data: Any, at: str, ref: str, default_name: str) -> Scenario:
    """Validate a scenario read from YAML; ``at`` says where in messages, ``ref`` is the
    hypotheticals' source reference."""
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ScenarioError(f"{at}: a scenario is a mapping with name and a list of events")
    name = str(data.get("name") or default_name)
    if not isinstance(data.get("agreements") or [], list):
        raise ScenarioError(f"{at}: agreements must be a list of agreements")
    agreements = []
    for raw in data.get("agreements") or []:
        if not isinstance(raw, dict):
            raise ScenarioError(f"{at}: each agreement must be a mapping")
        src = {"kind": "report", "title": name, "ref": ref}
        agreements.append({"sources": [src], **raw})
        provisions = agreements[-1].get("provisions")
        for prov in provisions if isinstance(provisions, list) else []:  # else: checked later
            if isinstance(prov, dict):
                prov.setdefault("sources", [src])
    events = []
    for n, raw in enumerate(data["events"], start=1):
        if not isinstance(raw, dict):
            raise ScenarioError(f"{at}: event {n} must be a mapping")
        events.append(_prepare(raw, n, name, ref))
    try:
        return Scenario.model_validate(
            {**data, "name": name, "events": events, "agreements": agreements}
        )
    except ValidationError as exc:
        raise ScenarioError(f"{at}: {describe_errors(exc)}") from None
