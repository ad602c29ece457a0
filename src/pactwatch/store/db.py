"""A SQLAlchemy store of actors, agreements, events and capability values.

Each record is kept as the JSON of its validated model, with the columns a query filters on
beside it. SQLite by default (a file in the user's data directory); any SQLAlchemy URL works,
PostgreSQL included. ``origin`` names where records came from (``atop``, ``cow``, a document
id), so that an import can replace its own records and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
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
    func,
    select,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from pactwatch.model import Actor, Agreement, Event
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
capabilities = Table(
    "capabilities",
    metadata,
    Column("actor", String(64), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("origin", String(64), nullable=False),
)


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to do."""


def default_url() -> str:
    """``PACTWATCH_DB``, else a SQLite file in the user's data directory."""
    url = os.environ.get("PACTWATCH_DB")
    if url:
        return url
    return f"sqlite:///{Path(user_data_dir('pactwatch')) / 'pactwatch.db'}"


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    return None


class Store:
    """Records beside the knowledge base; every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, create: bool = True) -> Store | None:
        """Open the store at ``url``; with ``create=False`` a missing SQLite file gives None."""
        url = url or default_url()
        path = _sqlite_path(url)
        if path is not None:
            if not path.exists() and not create:
                return None
            if not path.parent.exists():
                if not create:
                    return None
                path.parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url, future=True)
            metadata.create_all(engine)
        except (ArgumentError, OperationalError) as exc:
            raise StoreError(
                f"cannot open the store {url!r}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}"
            ) from None
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open {url!r}: the driver {exc.name} is not installed"
            ) from None
        return cls(engine)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

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
            with self.transaction() as c:
                self.replace_origin(origin, new_actors, new_agreements, new_events, status, c)
            return
        for table in (actors, agreements, events):
            conn.execute(delete(table).where(table.c.origin == origin))
        rows: list[dict[str, str | None]]
        rows = [{"id": a.id, "origin": origin, "payload": a.model_dump_json()} for a in new_actors]
        if rows:
            conn.execute(actors.insert(), rows)
        rows = [
            {"id": a.id, "origin": origin, "payload": a.model_dump_json(by_alias=True)}
            for a in new_agreements
        ]
        if rows:
            conn.execute(agreements.insert(), rows)
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
        if rows:
            conn.execute(events.insert(), rows)

    def replace_capabilities(self, origin: str, values: dict[tuple[str, int], float]) -> None:
        with self.transaction() as conn:
            conn.execute(delete(capabilities).where(capabilities.c.origin == origin))
            rows = [
                {"actor": a, "year": y, "value": v, "origin": origin}
                for (a, y), v in values.items()
            ]
            if rows:
                conn.execute(capabilities.insert(), rows)

    def add_document(
        self, doc: Document, found: Sequence[tuple[str, str, str, list[str], str]]
    ) -> bool:
        """Store a document and its extracted claims in one transaction; False if present.

        ``found`` holds (type, factuality, source, actor ids, payload) per claim, in order.
        """
        doc_id = doc.id
        with self.transaction() as conn:
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
            if rows:
                conn.execute(claims.insert(), rows)
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
        """(id, status, payload) of the claims that pass every filter given, in order."""
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

    def set_claim_status(self, claim_id: str, status: str, event: Event | None = None) -> None:
        """Accept (with the event it becomes) or reject a claim, in one transaction."""
        with self.transaction() as conn:
            conn.execute(claims.update().where(claims.c.id == claim_id).values(status=status))
            conn.execute(delete(events).where(events.c.id == claim_id))
            if event is not None:
                conn.execute(
                    events.insert(),
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
