"""A SQLAlchemy store of actors, agreements, events and capability values.

Each record is kept as the JSON of its validated model, with the columns a query filters on
beside it. SQLite by default (a file in the user's data directory); any SQLAlchemy URL works,
PostgreSQL included. ``origin`` names where records came from (``atop``, ``cow``, a document
id), so that an import can replace its own records and nothing else.

Any number of processes may write at once (``ingest`` and ``import`` runs): every write is
one transaction and every insert an idempotent upsert. On SQLite the file is in WAL mode
(readers never wait), a write transaction takes the write lock when it begins (``BEGIN
IMMEDIATE``) and waits up to :data:`BUSY_TIMEOUT` seconds for it; on PostgreSQL the writes of
one origin, and the creation of the tables, are serialized by advisory locks.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError

from pactwatch.model import Actor, Agreement, Event
from pactwatch.model.vocab import FACTUALITIES
from pactwatch.printable import shown
from pactwatch.store.errors import StoreError
from pactwatch.store.location import default_url, sqlite_path

if TYPE_CHECKING:
    from pactwatch.text.documents import Document

metadata = MetaData()

actors = Table(
    "actors",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("origin", String(64), nullable=False, index=True),
    Column("payload", Text, nullable=False),
)
agreements = Table(
    "agreements",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("origin", String(64), nullable=False, index=True),
    Column("payload", Text, nullable=False),
)
events = Table(
    "events",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("origin", String(64), nullable=False, index=True),
    Column("status", String(16), nullable=False, index=True),  # accepted | candidate | rejected
    Column("type", String(32), nullable=False, index=True),
    Column("date", String(10), nullable=False),
    Column("agreement", String(128), index=True),
    Column("payload", Text, nullable=False),
)
documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),  # hash of the normalized text
    Column("title", Text),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(10)),
    Column("path", Text),
    Column("payload", Text, nullable=False),  # the Document, text included
)
claims = Table(
    "claims",
    metadata,
    Column("id", String(64), primary_key=True),  # <document>:<n>
    Column("document", String(32), nullable=False, index=True),
    Column("status", String(16), nullable=False, index=True),  # candidate|accepted|rejected
    Column("type", String(32), nullable=False, index=True),
    Column("factuality", String(3), nullable=False, index=True),
    Column("source", String(64), nullable=False, index=True),
    Column("actors", Text, nullable=False),  # " ARM RUS " : subject and object ids, spaced
    Column("payload", Text, nullable=False),  # the extracted event
)
# What `watch` last reported of each forecast (a claim id), so that a resolution is reported
# once, also across `watch --once` runs; bookkeeping of notices, not a state of the world.
forecast_reports = Table(
    "forecast_reports",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("status", String(20), nullable=False),
)
capabilities = Table(
    "capabilities",
    metadata,
    Column("actor", String(64), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("origin", String(64), nullable=False),
)


BUSY_TIMEOUT = 300  # seconds a SQLite writer waits for another one to finish


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]


def _wal(cursor: Any) -> None:
    """Switch the file to write-ahead logging, waiting for a writer that holds it.

    Two processes that create one new store at once both switch it; the switch needs the file
    to itself and SQLite answers "database is locked" at once, without its busy handler, so
    the wait is here. A file already in WAL mode (the switch persists) needs no lock.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    delay = 0.01
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions begin as _begin says
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT * 1000}")
            _wal(cursor)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # a write takes the lock first; a read-then-write transaction could not wait for it
        mode = "IMMEDIATE" if conn.get_execution_options().get("pactwatch_write") else ""
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def _lock_key(name: str) -> int:
    """A stable signed 64-bit key for a PostgreSQL advisory lock."""
    return int.from_bytes(
        hashlib.sha256(f"pactwatch:{name}".encode()).digest()[:8], "big", signed=True
    )


def _insert(conn: Connection, table: Table) -> Any:
    """An INSERT that can be told what to do on a conflict, in this dialect."""
    name = conn.dialect.name  # the dialect's module is imported by now: the engine uses it
    if name == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    return None


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], update: bool) -> None:
    """Insert rows; one whose key is already there is updated (``update``) or left alone."""
    if not rows:
        return
    stmt = _insert(conn, table)
    if stmt is None:  # another database: plain inserts in the one transaction
        conn.execute(table.insert(), rows)
        return
    keys = [c.name for c in table.primary_key.columns]
    if update:
        cols = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=cols)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, rows)


class Store:
    """Records beside the knowledge base; every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, create: bool = True) -> Store | None:
        """Open the store at ``url``; with ``create=False`` a missing SQLite file gives None."""
        url = url or default_url()
        path = sqlite_path(url)
        if path is not None:
            if not path.exists() and not create:
                return None
            if not path.parent.exists():
                if not create:
                    return None
                path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and not path.is_file():
                raise StoreError(f"cannot open the store {url!r}: not a regular file")
        try:
            engine = _sqlite_engine(url) if path is not None else create_engine(url)
            store = cls(engine)
            with store.transaction("schema") as conn:
                metadata.create_all(conn)
        except ArgumentError as exc:
            raise StoreError(f"cannot open the store {url!r}: {_first_line(exc)}") from None
        except (DBAPIError, StoreError) as exc:
            reason = _first_line(exc).removeprefix("cannot write to the store: ")
            if "not a database" in reason:
                reason += " (the file is not a pactwatch store, or it is damaged)"
            raise StoreError(f"cannot open the store {url!r}: {reason}") from None
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open {url!r}: the driver {exc.name} is not installed"
            ) from None
        return store

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[Connection]:
        """One write transaction; on PostgreSQL ``lock`` names what it serializes on."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(pactwatch_write=True)
                with conn.begin():
                    if lock is not None and conn.dialect.name == "postgresql":
                        conn.execute(
                            text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key(lock)}
                        )
                    yield conn
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StoreError(f"cannot write to the store: {_first_line(exc)}") from None

    # writes ------------------------------------------------------------------------------
    def replace_origin(
        self,
        origin: str,
        new_actors: Iterable[Actor] = (),
        new_agreements: Iterable[Agreement] = (),
        new_events: Iterable[Event] = (),
        status: str = "accepted",
        conn: Connection | None = None,
    ) -> None:
        """Drop everything from ``origin`` and write the new records, in one transaction."""
        if conn is None:
            with self.transaction(f"origin:{origin}") as c:
                self.replace_origin(origin, new_actors, new_agreements, new_events, status, c)
            return
        for table in (actors, agreements, events):
            conn.execute(delete(table).where(table.c.origin == origin))
        rows: list[dict[str, str | None]]
        # An actor another import already wrote (a historical state, COW<code>, named by ATOP
        # and by COW alike) is the same actor: it stays as that import wrote it.
        rows = [{"id": a.id, "origin": origin, "payload": a.model_dump_json()} for a in new_actors]
        _upsert(conn, actors, rows, update=False)
        rows = [
            {"id": a.id, "origin": origin, "payload": a.model_dump_json(by_alias=True)}
            for a in new_agreements
        ]
        _upsert(conn, agreements, rows, update=True)
        rows = [
            {
                "id": e.id,
                "origin": origin,
                "status": status,
                "type": e.type,
                "date": str(e.date),
                "agreement": e.agreement,
                "payload": e.model_dump_json(),
            }
            for e in new_events
        ]
        _upsert(conn, events, rows, update=True)

    def replace_capabilities(self, origin: str, values: dict[tuple[str, int], float]) -> None:
        with self.transaction(f"origin:{origin}") as conn:
            conn.execute(delete(capabilities).where(capabilities.c.origin == origin))
            rows = [
                {"actor": a, "year": y, "value": v, "origin": origin}
                for (a, y), v in values.items()
            ]
            _upsert(conn, capabilities, rows, update=True)

    def add_document(
        self, doc: Document, found: Sequence[tuple[str, str, str, list[str], str]]
    ) -> bool:
        """Store a document and its extracted claims in one transaction; False if present.

        ``found`` holds (type, factuality, source, actor ids, payload) per claim, in order.
        """
        doc_id = doc.id
        with self.transaction(f"document:{doc_id}") as conn:
            present = conn.execute(select(documents.c.id).where(documents.c.id == doc_id))
            if present.first() is not None:
                return False
            row = {
                "id": doc_id,
                "title": doc.title,
                "url": doc.url,
                "publisher": doc.publisher,
                "published": str(doc.published) if doc.published else None,
                "path": doc.path,
                "payload": doc.model_dump_json(),
            }
            stmt = _insert(conn, documents)
            if stmt is not None:  # another writer may have stored it since: leave it be
                done = conn.execute(stmt.on_conflict_do_nothing(index_elements=["id"]), [row])
                if done.rowcount == 0:
                    return False
            else:
                conn.execute(documents.insert(), [row])
            rows = [
                {
                    "id": f"{doc_id}:{n}",
                    "document": doc_id,
                    "status": "candidate",
                    "type": etype,
                    "factuality": fact,
                    "source": source,
                    "actors": " " + " ".join(ids) + " ",
                    "payload": body,
                }
                for n, (etype, fact, source, ids, body) in enumerate(found, start=1)
            ]
            _upsert(conn, claims, rows, update=False)
        return True

    def reading_counts(self) -> dict[str, int]:
        """Documents read, and claims by review status."""
        with self.engine.connect() as conn:
            out = {
                "documents": int(
                    conn.execute(select(func.count()).select_from(documents)).scalar_one()
                )
            }
            rows = conn.execute(select(claims.c.status, func.count()).group_by(claims.c.status))
            out.update({f"claims_{status}": int(n) for status, n in rows})
        return out

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first()
            return row is not None

    def document(self, doc_id: str) -> str | None:
        """A stored document's JSON (text included), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.payload).where(documents.c.id == doc_id)).first()
        return row[0] if row else None

    def documents(self, limit: int = 1000) -> list[tuple[str, str | None, str | None, int]]:
        """(id, title, published, claims) of the stored documents, the latest read first."""
        count = (
            select(func.count())
            .select_from(claims)
            .where(claims.c.document == documents.c.id)
            .scalar_subquery()
        )
        query = select(documents.c.id, documents.c.title, documents.c.published, count).limit(limit)
        with self.engine.connect() as conn:
            rows = [(i, t, p, int(n)) for i, t, p, n in conn.execute(query)]
        return sorted(rows, key=lambda r: (r[2] or "", r[0]), reverse=True)

    def claim(self, claim_id: str) -> tuple[str, str, str] | None:
        """(status, claim JSON, its Document JSON), or None if there is no such claim."""
        query = (
            select(claims.c.status, claims.c.payload, documents.c.payload)
            .join(documents, documents.c.id == claims.c.document)
            .where(claims.c.id == claim_id)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return (row[0], row[1], row[2]) if row else None

    def claims(
        self,
        status: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        source: str | None = None,
        factuality: str | None = None,
        document: str | None = None,
    ) -> list[tuple[str, str, str]]:
        """(id, status, payload) of the claims that pass every filter given, in order.

        A factuality or status that no claim can have is a StoreError, not an empty answer.
        """
        if factuality is not None and factuality not in FACTUALITIES:
            raise StoreError(
                f"factuality {shown(factuality)} does not exist: use {', '.join(FACTUALITIES)}"
            )
        if status is not None and status not in ("candidate", "accepted", "rejected"):
            raise StoreError(f"claim status {shown(status)}: use candidate, accepted or rejected")
        query = select(claims.c.id, claims.c.status, claims.c.payload)
        if status is not None:
            query = query.where(claims.c.status == status)
        if actor is not None:
            query = query.where(claims.c.actors.like(f"% {actor} %"))
        for column, value in (
            (claims.c.type, type),
            (claims.c.source, source),
            (claims.c.factuality, factuality),
            (claims.c.document, document),
        ):
            if value is not None:
                query = query.where(column == value)
        with self.engine.connect() as conn:
            rows = [(i, st, p) for i, st, p in conn.execute(query)]
        return sorted(rows, key=lambda r: (r[0].split(":")[0], int(r[0].split(":")[1])))

    def claims_with_documents(
        self, statuses: Sequence[str] = ("candidate", "accepted")
    ) -> list[tuple[str, str, str, dict[str, str | None]]]:
        """(id, status, payload, document metadata) of the claims with these statuses, in
        order; the metadata is the document's id, title, url, publisher and published date
        (not its text)."""
        d = documents.c
        query = (
            select(
                claims.c.id,
                claims.c.status,
                claims.c.payload,
                d.id,
                d.title,
                d.url,
                d.publisher,
                d.published,
            )
            .join(documents, d.id == claims.c.document)
            .where(claims.c.status.in_(list(statuses)))
        )
        with self.engine.connect() as conn:
            rows = [
                (
                    i,
                    st,
                    p,
                    {"id": doc, "title": ti, "url": url, "publisher": pub, "published": when},
                )
                for i, st, p, doc, ti, url, pub, when in conn.execute(query)
            ]
        return sorted(rows, key=lambda r: (r[0].split(":")[0], int(r[0].split(":")[1])))

    def reported_forecasts(self) -> dict[str, str]:
        """What `watch` last reported of each forecast: claim id -> status."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(forecast_reports.c.id, forecast_reports.c.status))
            return {i: st for i, st in rows}

    def set_reported_forecasts(self, statuses: Mapping[str, str]) -> None:
        """Record the statuses `watch` has reported, in one transaction."""
        rows = [{"id": i, "status": st} for i, st in statuses.items()]
        with self.transaction("forecast_reports") as conn:
            _upsert(conn, forecast_reports, rows, update=True)

    def set_claim_status(self, claim_id: str, status: str, event: Event | None = None) -> None:
        """Accept (with the event it becomes) or reject a claim, in one transaction."""
        with self.transaction(f"claim:{claim_id}") as conn:
            conn.execute(claims.update().where(claims.c.id == claim_id).values(status=status))
            conn.execute(delete(events).where(events.c.id == claim_id))
            if event is not None:
                _upsert(
                    conn,
                    events,
                    [
                        {
                            "id": event.id,
                            "origin": claim_id.split(":")[0],
                            "status": "accepted",
                            "type": event.type,
                            "date": str(event.date),
                            "agreement": event.agreement,
                            "payload": event.model_dump_json(),
                        }
                    ],
                    update=True,
                )

    # reads -------------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        with self.engine.connect() as conn:
            return [Actor.model_validate_json(p) for (p,) in conn.execute(select(actors.c.payload))]

    def agreements(self) -> list[Agreement]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(agreements.c.payload))
            return [Agreement.model_validate_json(p) for (p,) in rows]

    def events(self, status: str = "accepted", origin: str | None = None) -> list[Event]:
        query = select(events.c.payload).where(events.c.status == status)
        if origin is not None:
            query = query.where(events.c.origin == origin)
        with self.engine.connect() as conn:
            return [Event.model_validate_json(p) for (p,) in conn.execute(query)]

    def capabilities(self) -> dict[tuple[str, int], float]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(capabilities.c.actor, capabilities.c.year, capabilities.c.value)
            )
            return {(a, y): v for a, y, v in rows}

    def counts(self, origin: str | None = None) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for name, table in (("actors", actors), ("agreements", agreements), ("events", events)):
                query = select(func.count()).select_from(table)
                if origin is not None:
                    query = query.where(table.c.origin == origin)
                out[name] = int(conn.execute(query).scalar_one())
        return out
