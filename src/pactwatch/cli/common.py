"""What every command shares: the session (knowledge base and store), dates and names.

The work is the service layer's (``pactwatch.service``); these helpers turn its notes into
lines on stderr.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # the session, the world and the store are imported by the commands
    from pactwatch.dates import PartialDate
    from pactwatch.service.session import Session
    from pactwatch.store import Store
    from pactwatch.world import World

session: Session | None = None

JsonOpt = Annotated[bool, typer.Option("--json", help="Print stable JSON (docs/cli.md).")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date YYYY[-MM[-DD]]; default today.")]


def current() -> Session:
    """The session of the command running (a default one if none was started)."""
    global session
    if session is None:
        from pactwatch.service.session import Session

        session = Session()
    return session


def note(message: str) -> None:
    """A note on stderr: ``pactwatch: note: ...``."""
    print(f"pactwatch: note: {message}", file=sys.stderr)


def start(kb: object, db: str | None) -> Session:
    """A new session for the command about to run."""
    global session
    from pathlib import Path

    from pactwatch.service.session import Session

    session = Session(Path(str(kb)) if kb is not None else None, db)
    return session


def open_store(create: bool = False) -> Store | None:
    """The store named by --db / PACTWATCH_DB, or the default; None if it does not exist yet."""
    return current().store(create=create)


def load_world() -> World:
    return current().world()


def parse_date(value: str | None, name: str) -> PartialDate | None:
    from pactwatch.service import inputs

    return inputs.parse_date(value, name, current().loaded, note)


def actor_id(world: World, name: str) -> str:
    from pactwatch.service import inputs

    return inputs.actor_id(world, name)
