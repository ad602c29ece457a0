"""Questions about the world, from what a user typed to the answer every interface shows.

Each function takes the :class:`~pactwatch.service.session.Session`, the names and dates as
typed, and ``note`` (told about dates far outside what the world covers). It resolves and
checks its inputs in a fixed order (the world first, then names, then dates) and returns the
reasoning layer's answer, whose JSON is the CLI's ``--json`` and the HTTP API's body.
Option names in messages are the CLI's unless the caller passes its own (``names``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from pactwatch import reasoning
from pactwatch.dates import as_date
from pactwatch.service.errors import NotFound, UserError
from pactwatch.service.inputs import (
    Note,
    actor_id,
    ignore,
    in_order,
    parse_date,
    provision_kinds,
    resolve,
)
from pactwatch.service.session import Session
from pactwatch.world import EventRef, World
from pactwatch.world.world import Diff

if TYPE_CHECKING:  # each question imports what it needs (reasoning is imported lazily)
    from pactwatch.model.capabilities import Capabilities
    from pactwatch.reasoning import (
        ActorView,
        AgreementView,
        BalanceReport,
        Brief,
        GuarantorsReport,
        Similarity,
        SimilarityMatrix,
        StatusReport,
    )

CLI_NAMES = {
    "as_of": "--as-of",
    "from": "--from",
    "to": "--to",
    "date": "--date",
    "type": "--type",
    "kind": "--kind",
    "matrix": "--matrix",
}


class Timeline(BaseModel):
    """An actor's or agreement's dated events (``timeline --json``)."""

    model_config = ConfigDict(populate_by_name=True)

    id: str
    from_: str | None = Field(alias="from")
    to: str
    events: list[EventRef]


def _n(names: dict[str, str] | None, key: str) -> str:
    return (names or CLI_NAMES).get(key, key)


def status(
    session: Session,
    actor: str,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> StatusReport:
    """An actor's standing in every agreement on both tracks, and its deployments."""
    world = session.world()
    ident = actor_id(world, actor)
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    key = ("status", ident, as_date(day))
    return session.memo(key, lambda: reasoning.status(world, ident, day))


def timeline(
    session: Session,
    ident: str,
    start: str | None = None,
    end: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Timeline:
    """Dated events of an actor or agreement, certain and claimed."""
    world = session.world()
    resolved = resolve(world, ident)
    lo = parse_date(start, _n(names, "from"), world, note)
    hi = parse_date(end, _n(names, "to"), world, note)
    in_order(lo, hi, _n(names, "from"), _n(names, "to"))
    return Timeline(
        id=resolved,
        from_=str(lo) if lo else None,
        to=str(hi) if hi else str(as_date(None)),
        events=reasoning.timeline(world, resolved, lo, hi),
    )


def diff(
    session: Session,
    start: str,
    end: str,
    actor: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Diff:
    """What changed between two dates: memberships, agreements, deployments, events."""
    world = session.world()
    lo = parse_date(start, _n(names, "from"), world, note)
    hi = parse_date(end, _n(names, "to"), world, note)
    assert lo is not None and hi is not None
    in_order(lo, hi, _n(names, "from"), _n(names, "to"))
    who = resolve(world, actor) if actor else None
    key = ("diff", as_date(lo), as_date(hi), who)
    return session.memo(key, lambda: world.diff(lo, hi, who))


def show(
    session: Session,
    ident: str,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> ActorView | AgreementView:
    """One actor or agreement: names, roles, provisions, parties and life cycle."""
    world = session.world()
    resolved = resolve(world, ident)
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    return session.memo(
        ("show", resolved, as_date(day)), lambda: reasoning.describe(world, resolved, day)
    )


def guarantors(
    session: Session,
    actor: str,
    as_of: str | None = None,
    kind: str = "defense",
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> GuarantorsReport:
    """Who is obliged to defend an actor, under what, with caveats and tripwires."""
    kinds = provision_kinds(kind)
    world = session.world()
    ident = actor_id(world, actor)
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    key = ("guarantors", ident, as_date(day), kinds)
    return session.memo(key, lambda: reasoning.guarantors(world, ident, day, kinds))


def capabilities(session: Session, world: World, path: Path | None) -> Capabilities | None:
    """The table in ``path`` (a capability CSV), else the one imported into the store."""
    from pactwatch.importers.common import ImportError_
    from pactwatch.importers.cow import read_capabilities
    from pactwatch.model.capabilities import Capabilities

    if path is None:
        store = session.store()
        values = store.capabilities() if store is not None else {}
        return Capabilities(values, source="store") if values else None
    try:
        return read_capabilities(path, world.kb.actors)
    except ImportError_ as exc:
        raise UserError(str(exc)) from None


def balance(
    session: Session,
    challenger: str,
    target: str,
    as_of: str | None = None,
    capabilities_file: Path | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> BalanceReport:
    """Who is committed to each side of a dyad, and who to both."""
    world = session.world()
    ch, ta = actor_id(world, challenger), actor_id(world, target)
    if ch == ta:
        raise UserError("challenger and target are the same actor")
    caps = capabilities(session, world, capabilities_file)
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    if capabilities_file is not None:
        return reasoning.balance(world, ch, ta, day, caps)
    key = ("balance", ch, ta, as_date(day))
    return session.memo(key, lambda: reasoning.balance(world, ch, ta, day, caps))


def similarity(
    session: Session,
    states: list[str] | None = None,
    matrix: str | None = None,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Similarity | SimilarityMatrix:
    """Signorino–Ritter S and Cohen's kappa of two states, or the S matrix of several."""
    world = session.world()
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    if matrix:
        ids = [actor_id(world, s.strip()) for s in matrix.split(",") if s.strip()]
        if len(ids) < 2:
            raise UserError(f"{_n(names, 'matrix')} needs at least two states, comma-separated")
        return reasoning.similarity_matrix(world, ids, day)
    if not states or len(states) != 2:
        raise UserError("give two states (similarity ARM AZE) or --matrix A,B,C")
    a, b = (actor_id(world, s) for s in states)
    return session.memo(
        ("similarity", a, b, as_date(day)), lambda: reasoning.similarity(world, a, b, day)
    )


def brief(
    session: Session,
    actor: str,
    as_of: str | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> Brief:
    """What an analyst hands on about one actor on one date, as data, with the open forecasts
    about it in the store and their sources' track records."""
    from pactwatch.service.forecasts import stored_forecasts

    world = session.world()
    ident = actor_id(world, actor)
    day = parse_date(as_of, _n(names, "as_of"), world, note)
    return session.memo(
        ("brief", ident, as_date(day)),
        lambda: reasoning.brief(world, ident, day, stored_forecasts(session.store())),
    )


def events(
    session: Session,
    ident: str | None = None,
    start: str | None = None,
    end: str | None = None,
    type: str | None = None,
    certain: bool | None = None,
    note: Note = ignore,
    names: dict[str, str] | None = None,
) -> list[EventRef]:
    """The event log, as cited behind answers: all of it, or one actor's or agreement's,
    between two dates, of one type, certain (moving the fold) or not."""
    from pactwatch.service.inputs import event_type

    world = session.world()
    resolved = resolve(world, ident) if ident else None
    lo = parse_date(start, _n(names, "from"), world, note)
    hi = parse_date(end, _n(names, "to"), world, note)
    in_order(lo, hi, _n(names, "from"), _n(names, "to"))
    event_type(type, _n(names, "type"))
    history = world.history
    if resolved is not None:
        refs = world.timeline(resolved, lo, hi)
    else:
        first = lo.start if lo else None
        last = as_date(hi)
        refs = sorted(
            (
                EventRef.of(e)
                for e in history.events.values()
                if (first is None or e.date.start >= first) and e.date.start <= last
            ),
            key=lambda r: r.date,
        )
    if type is not None:
        refs = [r for r in refs if r.type == type]
    if certain is not None:
        refs = [r for r in refs if (r.factuality == "CT+" and not r.conditional) == certain]
    return refs


def event(session: Session, event_id: str) -> dict[str, object]:
    """One event of the log in full (the knowledge base's schema), with its citation."""
    world = session.world()
    found = world.history.events.get(event_id)
    if found is None:
        raise NotFound(f"no event {event_id!r}; see /api/v1/events")
    return {
        "event": found.model_dump(mode="json", by_alias=True),
        "ref": EventRef.of(found).model_dump(mode="json"),
    }


def network_json(
    session: Session, as_of: str | None = None, names: dict[str, str] | None = None
) -> str:
    """The commitment network on a date as node-link JSON (``export json``)."""
    from pactwatch.service import graph

    world = session.world()
    day = parse_date(as_of, _n(names, "as_of"), world)
    return session.memo(
        ("network", as_date(day)), lambda: graph.node_link_json(graph.network(world, day))
    )
