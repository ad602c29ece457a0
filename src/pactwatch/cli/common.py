"""What every command shares: the knowledge base in use, dates and names from the user."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from pactwatch.cli.errors import UserError
from pactwatch.dates import PartialDate
from pactwatch.printable import shown
from pactwatch.store import Store, StoreError
from pactwatch.world import World

state: dict[str, Any] = {"kb": None, "db": None, "world": None}

JsonOpt = Annotated[bool, typer.Option("--json", help="Print stable JSON (docs/cli.md).")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date YYYY[-MM[-DD]]; default today.")]


def open_store(create: bool = False) -> Store | None:
    """The store named by --db / PACTWATCH_DB, or the default; None if it does not exist yet."""
    try:
        return Store.open(state["db"], create=create)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def load_world() -> World:
    kb = state["kb"]
    if kb is not None and not Path(kb).is_dir():
        raise UserError(f"no knowledge-base directory at {kb}; pass --kb DIR with kb data")
    world = World.load(kb, open_store()).require_valid()
    state["world"] = world  # for the notes on dates far outside what it covers
    return world


def parse_date(value: str | None, name: str) -> PartialDate | None:
    if value is None:
        return None
    try:
        date = PartialDate(value)
    except ValueError as exc:
        if "out of range" in str(exc):
            raise UserError(f"{name} {exc}") from None
        raise UserError(
            f"{name} {shown(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    world = state.get("world")
    if isinstance(world, World):
        note = world.coverage_note(date)
        if note:
            print(f"pactwatch: note: {name} {note}", file=sys.stderr)
    return date


def actor_id(world: World, name: str) -> str:
    ident = world.catalog.resolve(name)
    if ident not in world.kb.actors:
        raise UserError(f"{name!r} is an agreement, not an actor; try `pactwatch show {ident}`")
    return ident
