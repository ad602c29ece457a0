"""Scenarios: read from a file or from text, names resolved, folded and assessed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pactwatch import reasoning
from pactwatch.kb.scenario import Scenario, load_scenario, parse_scenario
from pactwatch.printable import printable
from pactwatch.reasoning import ScenarioReport
from pactwatch.reasoning.scenarios import ScenarioNameError
from pactwatch.service.errors import NotFound, UserError
from pactwatch.service.queries import capabilities
from pactwatch.service.session import Session
from pactwatch.world.catalog import UnknownName


def assess(
    session: Session,
    scenario: Scenario,
    label: str,
    capabilities_file: Path | None = None,
) -> ScenarioReport:
    """Fold the scenario's hypotheticals over the world and report what changes."""
    world = session.world()
    try:
        return reasoning.assess(world, scenario, capabilities(session, world, capabilities_file))
    except (ScenarioNameError, UnknownName) as exc:
        raise UserError(f"{printable(label, 100)}: {exc}") from None


def from_file(
    session: Session, path: Path, capabilities_file: Path | None = None
) -> ScenarioReport:
    """``pactwatch scenario FILE``: the world first, then the file, then the assessment."""
    session.world()
    return assess(session, load_scenario(path), str(path), capabilities_file)


def from_text(session: Session, text: str, label: str = "scenario") -> ScenarioReport:
    """A scenario posted as YAML or JSON."""
    session.world()
    return assess(session, parse_scenario(text, label), label)


def examples() -> dict[str, str]:
    """The example scenarios shipped with pactwatch: file stem -> YAML text."""
    folder = resources.files("pactwatch.service") / "scenarios"
    out = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            out[item.name.removesuffix(".yaml")] = item.read_text(encoding="utf-8")
    return out


def example(name: str) -> str:
    found = examples().get(name)
    if found is None:
        raise NotFound(f"no example scenario {name!r}; try one of {', '.join(examples())}")
    return found
