"""Large look-ups with a few entries changed, read through instead of copied.

A refold (``fold.refold``) changes the entries of the few agreements a scenario's events
reach, out of every agreement of the world: copying the base history's dictionaries and
lists to change them costs time in proportion to the whole world, once to copy them (every
key and value is touched) and again each time the cyclic collector walks the new, young
copies during the questions that follow (decision 0012, seventh round). An :class:`Overlay`
reads the base's entries where it has none of its own; an :class:`Appended` is a list with
more items after it. Both are read only, as the histories they are part of.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import Any, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

_MISSING: Any = object()


class Overlay(Mapping[K, V]):
    """``base`` with the values of ``changed`` (whose keys are some of ``base``'s) in place of
    its own, then the entries of ``added`` (none of ``base``'s keys): iterated in that order,
    as the dictionary ``{**base, **changed, **added}`` would be, without copying ``base``."""

    __slots__ = ("_added", "_base", "_changed")

    def __init__(
        self,
        base: Mapping[K, V],
        changed: Mapping[K, V],
        added: Mapping[K, V] | None = None,
    ) -> None:
        self._base, self._changed, self._added = base, changed, added or {}

    def __getitem__(self, key: K) -> V:
        found = self._changed.get(key, _MISSING)
        if found is _MISSING:
            found = self._base.get(key, _MISSING)
            if found is _MISSING:
                return self._added[key]
        return found  # type: ignore[no-any-return]

    def get(self, key: K, default: Any = None) -> Any:
        found = self._changed.get(key, _MISSING)
        if found is _MISSING:
            found = self._base.get(key, _MISSING)
            if found is _MISSING:
                return self._added.get(key, default)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._base or key in self._added

    def __iter__(self) -> Iterator[K]:
        return chain(self._base, self._added)

    def __len__(self) -> int:
        return len(self._base) + len(self._added)

    def __repr__(self) -> str:
        return f"Overlay({dict(self)!r})"


class Appended(Sequence[T]):
    """The items of ``base`` then those of ``tail``, as ``[*base, *tail]``, without copying
    ``base``."""

    __slots__ = ("_base", "_tail")

    def __init__(self, base: Sequence[T], tail: Sequence[T]) -> None:
        self._base, self._tail = base, tail

    def __len__(self) -> int:
        return len(self._base) + len(self._tail)

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self._base)
        if i < 0:
            i += len(self)
            if i < 0:
                raise IndexError("index out of range")
        return self._base[i] if i < n else self._tail[i - n]

    def __iter__(self) -> Iterator[T]:
        return chain(self._base, self._tail)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Appended({list(self)!r})"
