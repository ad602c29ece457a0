"""``kb check``: references that do not resolve and histories that cannot happen."""

from __future__ import annotations

from collections.abc import Iterable

from pactwatch.kb.loader import KnowledgeBase, Problem
from pactwatch.model import Event
from pactwatch.world.fold import History

SPEAKERS = {"author", "unnamed"}


def _where(kb: KnowledgeBase, key: str) -> str:
    return kb.origin.get(key, "(added)")


def reference_problems(kb: KnowledgeBase, events: Iterable[Event] | None = None) -> list[Problem]:
    """Every actor, agreement and speaker named anywhere must exist; a weapon system's
    makers and an arms firm's state too, and no two systems or firms share a name."""
    out: list[Problem] = []
    actors, agreements = kb.actors, kb.agreements

    def need_actor(file: str, item: str, ident: str, role: str) -> None:
        if ident not in actors:
            out.append(Problem(file, item, f"{role} {ident!r} is not a known actor"))

    for actor in actors.values():
        file = _where(kb, "actor:" + actor.id)
        for role in actor.roles:
            need_actor(file, f"actor {actor.id}", role.of, "role of")
    for ag in agreements.values():
        file, item = _where(kb, "agreement:" + ag.id), f"agreement {ag.id}"
        for link in ag.links:
            if link.target not in agreements:
                out.append(Problem(file, item, f"link target {link.target!r} is not an agreement"))
        for prov in ag.provisions:
            for ident in (*prov.from_, *prov.to, *(a for c in prov.conditions for a in c.actors)):
                need_actor(file, f"{item} provision {prov.id}", ident, "provision names")
    spelled: dict[str, str] = {}
    for weapon in kb.weapons.values():
        file, item = _where(kb, "weapon:" + weapon.id), f"weapon {weapon.id}"
        for ident in weapon.makers:
            need_actor(file, item, ident, "maker")
        for name in weapon.names():  # the reader finds a system by any of its names
            other = spelled.setdefault(name.casefold(), weapon.id)
            if other != weapon.id:
                out.append(Problem(file, item, f"name {name!r} is also weapon {other!r}'s"))
    for firm in kb.firms.values():
        file, item = _where(kb, "firm:" + firm.id), f"firm {firm.id}"
        need_actor(file, item, firm.state, "state")
        for name in firm.names():  # a firm's name is no weapon's, and no other firm's
            other = spelled.setdefault(name.casefold(), firm.id)
            if other != firm.id:
                out.append(Problem(file, item, f"name {name!r} is also {other!r}'s"))
    for ev in kb.events if events is None else events:
        file, item = _where(kb, "event:" + ev.id), f"event {ev.id}"
        for ident in ev.subject:
            need_actor(file, item, ident, "subject")
        for ident in ev.object:
            need_actor(file, item, ident, "object")
        if ev.agreement is not None and ev.agreement not in agreements:
            out.append(Problem(file, item, f"agreement {ev.agreement!r} is not known"))
        if ev.source not in SPEAKERS:
            need_actor(file, item, ev.source, "source")
    return out


def fold_problems(kb: KnowledgeBase, history: History) -> list[Problem]:
    return [
        Problem(_where(kb, "event:" + p.event), f"event {p.event}", p.message)
        for p in history.problems
    ]
