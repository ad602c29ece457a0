"""What every command shares: the session (knowledge base and store), dates and names.

The work is the service layer's (``pactwatch.service``); these helpers turn its notes into
lines on stderr.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from pactwatch.dates import PartialDate
from pactwatch.service import inputs
from pactwatch.service.session import Session
from pactwatch.store import Store
from pactwatch.world import World

session = Session()

JsonOpt = Annotated[bool, typer.Option("--json", help="Print stable JSON (docs/cli.md).")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date YYYY[-MM[-DD]]; default today.")]


def current() -> Session:
    """The session of the command running."""
    return session


def note(message: str) -> None:
    """A note on stderr: ``pactwatch: note: ...``."""
    print(f"pactwatch: note: {message}", file=sys.stderr)


def start(kb: object, db: str | None) -> Session:
    """A new session for the command about to run."""
    global session
    from pathlib import Path

    session = Session(Path(str(kb)) if kb is not None else None, db)
    return session


def open_store(create: bool = False) -> Store | None:
    """The store named by --db / PACTWATCH_DB, or the default; None if it does not exist yet."""
    return session.store(create=create)


def load_world() -> World:
    return session.world()


def parse_date(value: str | None, name: str) -> PartialDate | None:
    return inputs.parse_date(value, name, session.loaded, note)


def actor_id(world: World, name: str) -> str:
    return inputs.actor_id(world, name)
