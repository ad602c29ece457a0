"""The knowledge base and the store an interface works on, and the world folded from them.

One :class:`Session` per process: the CLI makes one for a command, the web server one for its
life. The world is loaded and folded once, its snapshots are kept by date, and answers can be
kept too (:meth:`Session.memo`); a write through the session (:meth:`Session.invalidate`)
drops them all, so that the next request folds the world again with the write in it.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pactwatch import store as stores
from pactwatch.dates import as_date
from pactwatch.kb.loader import KnowledgeBase
from pactwatch.model import Event
from pactwatch.service.errors import UserError
from pactwatch.world import Snapshot, World
from pactwatch.world.world import DateLike

if TYPE_CHECKING:  # SQLAlchemy is imported when a store is opened
    from pactwatch.store import Store

T = TypeVar("T")


class LRU:
    """A bounded mapping, least recently used first out; safe across threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            if key not in self._data:
                return _MISSING
            self._data.move_to_end(key)
            return self._data[key]

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


_MISSING = object()


class CachedWorld(World):
    """A world that keeps its snapshots by date: many requests ask about few dates."""

    def __init__(self, kb: KnowledgeBase, extra: Iterable[Event] = (), keep: int = 256) -> None:
        super().__init__(kb, extra)
        self._snapshots = LRU(keep)

    def snapshot(self, as_of: DateLike = None) -> Snapshot:
        day: _dt.date = as_date(as_of)
        found = self._snapshots.get(day)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return]
        snap = super().snapshot(day)
        self._snapshots.put(day, snap)
        return snap


class Session:
    """The knowledge base (``kb``: a directory, or the built-in one) and the store (``db``)."""

    def __init__(self, kb: Path | None = None, db: str | None = None, memo_size: int = 4096):
        self.kb = Path(kb) if kb is not None else None
        self.db = db
        self._world: CachedWorld | None = None
        self._store: Store | None = None
        self._memo = LRU(memo_size)
        self._lock = threading.RLock()
        self.generation = 0  # counts the writes that changed the world

    @property
    def loaded(self) -> World | None:
        """The world if it has been loaded already (for notes on dates), else None."""
        return self._world

    def store(self, create: bool = False) -> Store | None:
        """The store named by ``db`` (or PACTWATCH_DB, or the default); None if it does not
        exist yet and ``create`` is false.

        A SQLite store that does not exist is seen to be absent without importing
        SQLAlchemy, so that a question on the curated KB alone does not pay for it."""
        if self._store is not None:
            return self._store
        if not create and stores.absent(self.db):
            return None
        with self._lock:
            if self._store is None:
                self._store = stores.Store.open(self.db, create=create)
            return self._store

    def require_store(self) -> Store:
        store = self.store()
        if store is None:
            raise UserError("the store is empty: run `pactwatch ingest FILE...` first")
        return store

    def world(self) -> World:
        """The knowledge base and the store's records, folded once; KBError if invalid."""
        world = self._world
        if world is not None:
            return world
        with self._lock:
            if self._world is None:
                if self.kb is not None and not self.kb.is_dir():
                    raise UserError(
                        f"no knowledge-base directory at {self.kb}; pass --kb DIR with kb data"
                    )
                base = World.load(self.kb, self.store())
                loaded = CachedWorld(base.kb, base.extra)
                loaded.require_valid()
                _ = loaded.catalog  # built now, not by the first requests at once
                self._world = loaded
            return self._world

    def invalidate(self) -> None:
        """Forget the world and every answer kept: a write changed what they rest on."""
        with self._lock:
            self._world = None
            self._memo.clear()
            self.generation += 1

    def forget_answers(self) -> None:
        """Forget the answers kept, not the world: the store's claims changed (forecasts and
        track records rest on them), the event log did not."""
        with self._lock:
            self._memo.clear()
            self.generation += 1

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept under ``key`` for the current world, computed once."""
        full = (self.generation, key)
        found = self._memo.get(full)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return]
        value = compute()
        if self.generation == full[0]:
            self._memo.put(full, value)
        return value
