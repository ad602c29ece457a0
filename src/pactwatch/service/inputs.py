"""What a user types, read the same way by every interface: dates, names, kinds.

Messages name the option or field the value came from (``--as-of`` on the command line,
``as_of`` on the web), so each interface passes the name it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from pactwatch.dates import PartialDate
from pactwatch.model.vocab import EVENT_TYPES, PROVISION_KINDS
from pactwatch.printable import shown
from pactwatch.service.errors import UserError
from pactwatch.world import World

Note = Callable[[str], None]


def ignore(_: str) -> None:
    """A note nobody asked to see."""


def parse_date(
    value: str | None, name: str, world: World | None = None, note: Note = ignore
) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None stays None (today, where a date is due).

    With a ``world``, a date far outside the events it knows gets a note.
    """
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
    if world is not None:
        said = world.coverage_note(date)
        if said:
            note(f"{name} {said}")
    return date


def in_order(lo: PartialDate | None, hi: PartialDate | None, first: str, second: str) -> None:
    """Refuse a period that ends before it begins."""
    if lo is not None and hi is not None and hi.start < lo.start:
        raise UserError(f"{second} comes before {first}; swap them")


def actor_id(world: World, name: str) -> str:
    """The actor ``name`` stands for (id, name or alias); an agreement is refused."""
    ident = world.catalog.resolve(name)
    if ident not in world.kb.actors:
        raise UserError(f"{name!r} is an agreement, not an actor; try `pactwatch show {ident}`")
    return ident


def resolve(world: World, name: str) -> str:
    """The actor or agreement ``name`` stands for."""
    return world.catalog.resolve(name)


def provision_kinds(text: str) -> tuple[str, ...]:
    """``defense,consultation`` as kinds; an unknown kind is refused with the list."""
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in kinds if k not in PROVISION_KINDS]
    if unknown or not kinds:
        raise UserError(
            f"unknown provision kind {', '.join(unknown) or text!r}; "
            f"use {', '.join(PROVISION_KINDS)}"
        )
    return kinds


def event_type(value: str | None, name: str = "--type") -> str | None:
    if value is not None and value not in EVENT_TYPES:
        raise UserError(f"{name} {value!r} is not an event type; see docs/data-model.md")
    return value
