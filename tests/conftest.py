from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pactwatch.cli.app import app
from pactwatch.cli.output import console
from pactwatch.extraction.pipeline import Extractor
from pactwatch.world import World
from web_server import browser, no_js_browser, server  # noqa: F401 - fixtures

SHARED = Path(__file__).resolve().parents[2] / "shared"

ACTORS = """
sources:
  iso: {kind: dataset, title: ISO 3166-1, publisher: ISO}
actors:
  - {id: ARM, kind: state, name: Armenia, demonyms: [Armenian], capital: Yerevan, sources: [iso]}
  - {id: RUS, kind: state, name: Russia, capital: Moscow, sources: [iso]}
  - {id: KAZ, kind: state, name: Kazakhstan, sources: [iso]}
  - {id: FRA, kind: state, name: France, sources: [iso]}
"""

BLOC = """
sources:
  t: {kind: treaty, title: Test Treaty, publisher: Depositary, date: 1992-05-15}
agreement:
  id: BLOC
  kind: organization
  name: Test Security Bloc
  aliases: [the bloc]
  sources: [t]
  provisions:
    - {id: art4, kind: defense, reference: Art. 4, summary: mutual defense, sources: [t]}
events:
  - {type: sign, date: 1992-05-15, subject: [ARM, RUS, KAZ], evidence: [t]}
  - {type: enter_into_force, date: 1994-04-20, evidence: [t]}
"""


@pytest.fixture
def make_kb(tmp_path: Path) -> Callable[..., Path]:
    """Write a small knowledge base; ``events`` are appended to the bloc's own events."""

    def make(events: str = "", extra: dict[str, str] | None = None) -> Path:
        root = tmp_path / "kb"
        (root / "actors").mkdir(parents=True, exist_ok=True)
        (root / "agreements").mkdir(exist_ok=True)
        (root / "actors" / "actors.yaml").write_text(ACTORS)
        bloc = BLOC + textwrap.indent(textwrap.dedent(events).strip("\n"), "  ")
        (root / "agreements" / "BLOC.yaml").write_text(bloc + "\n")
        for rel, text in (extra or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text))
        return root

    return make


@pytest.fixture(autouse=True, scope="session")
def fixed_width() -> None:
    """The CLI's output is read at one width whatever runs the tests: 120 columns, as printed
    to a pipe (pytest-xdist's workers set COLUMNS=80; a terminal has its own width)."""
    console.width = 120
    os.environ["COLUMNS"] = "120"


@pytest.fixture(autouse=True)
def private_store(tmp_path_factory, monkeypatch):
    """Every test gets its own store: nothing reads or writes the user's database."""
    db = tmp_path_factory.mktemp("store") / "pactwatch.db"
    monkeypatch.setenv("PACTWATCH_DB", f"sqlite:///{db}")
    return db


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout: the design, seeds, gold and public datasets."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def world() -> World:
    """The shipped knowledge base, folded once for the session."""
    return World.load().require_valid()


@pytest.fixture(scope="session")
def rules(world: World) -> Extractor:
    """The reader's rules alone, every candidate kept: for what the rules must read whatever
    the learned filter makes of it (the filter is measured by ``eval --cv``)."""
    return Extractor(world.kb, model=None)


class Cli:
    def __init__(self) -> None:
        self.runner = CliRunner()

    def run(self, *args: str):  # type: ignore[no-untyped-def]
        return self.runner.invoke(app, list(args))

    def __call__(self, *args: str, code: int = 0) -> str:
        result = self.run(*args)
        assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
        return result.stdout if code == 0 else result.stderr

    def json(self, *args: str) -> dict:  # type: ignore[type-arg]
        return json.loads(self(*args, "--json"))


@pytest.fixture
def cli() -> Cli:
    return Cli()


def pytest_xdist_auto_num_workers(config) -> int:  # type: ignore[no-untyped-def]
    """``-n auto``: one worker per core, at most four (each loads the parser and the world)."""
    return max(1, min(os.cpu_count() or 1, 4))


def pytest_sessionfinish(session) -> None:  # type: ignore[no-untyped-def]
    """A worker hands the figures its tests measured to the controller, which prints them."""
    from report import LINES

    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["report_lines"] = json.dumps(LINES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:  # type: ignore[no-untyped-def]
    from report import LINES

    LINES.update(json.loads(getattr(node, "workeroutput", {}).get("report_lines", "{}")))


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """Print the figures tests measured (tests/report.py): fuzz counts, timings."""
    from report import LINES

    for line in LINES.values():
        terminalreporter.write_line(line)
