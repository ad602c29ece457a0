"""Find actors and agreements by id, name or alias, in any case, with suggestions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pactwatch.model import Actor, Agreement
from pactwatch.printable import shown

Kind = Literal["actor", "agreement"]

_ARTICLE = re.compile(r"^(the|a|an)\s+")
_PUNCT = re.compile(r"[^\w\s-]")
NEAR = 0.85  # difflib ratio from which a name counts as a slip for another


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The key a name is looked up by: case, accents, dots and a leading article ignored."""
    if name.isascii():  # nothing to decompose, no accent to drop
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _PUNCT.sub("", text.replace("’", "'").replace("'", ""))
    text = re.sub(r"[\s_]+", " ", re.sub(r"[–—‐-]", "-", text)).strip()
    text = re.sub(r"\s*-\s*", "-", text)
    return _ARTICLE.sub("", text)


class UnknownName(LookupError):
    """A name that matches nothing, or more than one thing."""

    def __init__(self, name: str, suggestions: list[str], ambiguous: bool = False) -> None:
        self.name = name
        self.suggestions = suggestions
        self.ambiguous = ambiguous
        said = shown(name)
        if ambiguous:
            msg = f"{said} is ambiguous: it names {', '.join(suggestions[:8])}; use an id"
        elif suggestions:
            msg = f"unknown actor or agreement {said}; did you mean {', '.join(suggestions)}?"
        else:
            msg = f"unknown actor or agreement {said}; `pactwatch show` lists ids"
        super().__init__(msg)


@dataclass(frozen=True)
class Entry:
    kind: Kind
    id: str


class Catalog:
    """An index of every name of every actor and agreement.

    The index of names is built the first time a name is looked up: ``label`` (an id's name)
    needs none of it.
    """

    def __init__(self, actors: Iterable[Actor], agreements: Iterable[Agreement]) -> None:
        self.actors = {a.id: a for a in actors}
        self.agreements = {a.id: a for a in agreements}
        self._names: dict[str, set[Entry]] | None = None
        self._folded: dict[str, str] | None = None

    @classmethod
    def by_id(cls, actors: Mapping[str, Actor], agreements: Mapping[str, Agreement]) -> Catalog:
        """The catalog of records already keyed by their ids (a knowledge base's): copied as
        they are, without reading each record."""
        out = cls((), ())
        out.actors, out.agreements = dict(actors), dict(agreements)
        return out

    def fold_ids(self) -> dict[str, str]:
        """The index of ids by their case-folded form (``_by_id``), made once."""
        if self._folded is None:
            ids = [*self.actors, *self.agreements]
            ids.reverse()  # the first of ids equal but for case is the one kept
            self._folded = dict(zip(map(str.casefold, ids), ids, strict=True))
        return self._folded

    def _by_id(self, name: str) -> str | None:
        """The first id (actors, then agreements) equal to ``name`` but for case."""
        return self.fold_ids().get(name.strip().casefold())

    @property
    def _index(self) -> dict[str, set[Entry]]:
        if self._names is None:
            self._names = {}
            for actor in self.actors.values():
                for name in actor.names():
                    self._add(name, Entry("actor", actor.id))
            for agreement in self.agreements.values():
                for name in agreement.names():
                    self._add(name, Entry("agreement", agreement.id))
        return self._names

    def _add(self, name: str, entry: Entry) -> None:
        key = normalize(name)
        if key:
            assert self._names is not None
            self._names.setdefault(key, set()).add(entry)

    def _ids(self, entries: Iterable[Entry]) -> list[str]:
        return sorted({e.id for e in entries})

    def resolve(self, name: str, kind: Kind | None = None) -> str:
        """The id ``name`` stands for; an organization counts as actor and agreement.

        Tried in turn: an id; a name or alias; the start of names (at least three letters,
        "Japan-Philippines" for "Japan-Philippines RAA"); a near miss ("Armenai"). A name that
        fits more than one actor or agreement at the first step that finds any is ambiguous:
        the error lists the candidates.
        """
        exact = self._by_id(name)
        if exact is not None:
            return exact
        key = normalize(name)
        for found in (self._named(key, kind), self._prefixed(key, kind), self._near(key, kind)):
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise UnknownName(name, found, ambiguous=True)
        raise UnknownName(name, self.suggest(name, kind))

    def _keys(self, kind: Kind | None) -> list[str]:
        return [
            k
            for k, entries in self._index.items()
            if kind is None or any(e.kind == kind for e in entries)
        ]

    def _of(self, keys: Iterable[str], kind: Kind | None) -> list[str]:
        entries = {e for k in keys for e in self._index[k] if kind is None or e.kind == kind}
        return self._ids(entries)

    def _named(self, key: str, kind: Kind | None) -> list[str]:
        return self._of([key] if key in self._index else [], kind)

    def _prefixed(self, key: str, kind: Kind | None) -> list[str]:
        if len(key) < 3:
            return []
        return self._of([k for k in self._keys(kind) if k.startswith(key)], kind)

    def _near(self, key: str, kind: Kind | None) -> list[str]:
        """Names one slip away: a typo, a transposed or a missing letter."""
        if len(key) < 5 or len(key) > 200:
            return []
        close = difflib.get_close_matches(key, self._keys(kind), n=5, cutoff=NEAR)
        return self._of(close, kind)

    def suggest(self, name: str, kind: Kind | None = None, n: int = 5) -> list[str]:
        if len(name) > 200:  # no name is that long: nothing is close to it
            return []
        key = normalize(name)
        close = difflib.get_close_matches(key, self._keys(kind), n=n * 2, cutoff=0.6)
        out: list[str] = []
        for k in close:
            for i in self._ids(self._index[k]):
                if i not in out:
                    out.append(i)
        return out[:n]

    def label(self, ident: str) -> str:
        """A readable name for an id, the id itself when unknown."""
        if ident in self.actors:
            return self.actors[ident].name
        if ident in self.agreements:
            return self.agreements[ident].name
        return ident
