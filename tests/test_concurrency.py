"""Many writers on one store, and writers killed halfway: nothing lost, doubled or half-written.

Real processes (``python -m pactwatch``) on a real SQLite file and a real PostgreSQL server
(tests/pg_server.py): several ``ingest`` runs of one folder at once must all exit 0 and leave
the store a serial run leaves; an ``ingest`` or ``import`` killed with SIGKILL leaves the store
as it was before, or with whole documents only, and a second run completes it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from pactwatch.store import Store
from pactwatch.store.db import claims, documents, events
from pg_server import postgres_url  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"


def pactwatch(db: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PACTWATCH_DB": db}
    return subprocess.Popen(
        [sys.executable, "-m", "pactwatch", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    out = []
    for p in procs:
        _, err = p.communicate(timeout=240)
        out.append((p.returncode, err))
    return out


def contents(db: str) -> dict[str, object]:
    """Everything ingest writes, as sets: documents, claims with their payloads, events."""
    store = Store.open(db, create=False)
    assert store is not None
    try:
        with store.engine.connect() as conn:
            docs = sorted(conn.execute(select(documents.c.id, documents.c.payload)).all())
            rows = sorted(
                conn.execute(select(claims.c.id, claims.c.status, claims.c.payload)).all()
            )
            evs = sorted(conn.execute(select(events.c.id, events.c.origin)).all())
        return {"documents": docs, "claims": rows, "events": evs}
    finally:
        store.engine.dispose()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six articles: the examples and part of the own test set (start-up dominates a run)."""
    out = tmp_path_factory.mktemp("articles")
    for f in sorted((ROOT / "examples" / "articles").iterdir()):
        shutil.copy(f, out / f.name)
    for f in sorted(ARTICLES.glob("t*.txt"))[:3]:
        shutil.copy(f, out / f.name)
    return out


@pytest.fixture(scope="module")
def serial(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What one ingest run leaves in a store of its own."""
    db = f"sqlite:///{tmp_path_factory.mktemp('serial') / 'serial.db'}"
    [(code, err)] = finish([pactwatch(db, "ingest", str(folder))])
    assert code == 0, err
    got = contents(db)
    assert len(got["documents"]) == 6 and got["claims"]  # type: ignore[arg-type]
    return got


@pytest.fixture
def pg_database(postgres_url: str) -> str:  # noqa: F811
    """A new, empty database on the test server, for one test."""
    name = f"conc_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        postgres_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return postgres_url.rsplit("/", 1)[0] + f"/{name}"


# Four writers on two cores: more of them than cores, racing for the same claims (two writers,
# checked before, are a case of it and cost a start of the reader each).
@pytest.mark.parametrize("writers", [4])
def test_concurrent_ingests_into_sqlite_equal_a_serial_run(
    writers: int, folder: Path, serial: dict[str, object], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'shared.db'}"
    results = finish([pactwatch(db, "ingest", str(folder)) for _ in range(writers)])
    assert [code for code, _ in results] == [0] * writers, results
    assert contents(db) == serial


@pytest.mark.parametrize("writers", [4])
def test_concurrent_ingests_into_postgres_equal_a_serial_run(
    writers: int, folder: Path, serial: dict[str, object], pg_database: str
) -> None:
    results = finish([pactwatch(pg_database, "ingest", str(folder)) for _ in range(writers)])
    assert [code for code, _ in results] == [0] * writers, results
    assert contents(pg_database) == serial


def test_a_writer_holding_the_lock_makes_others_wait(
    folder: Path, serial: dict[str, object], tmp_path: Path
) -> None:
    """A write lock held for 8 s (longer than SQLite's default 5 s) delays ingest, no more."""
    path = tmp_path / "held.db"
    db = f"sqlite:///{path}"
    store = Store.open(db)
    assert store is not None
    store.engine.dispose()
    import sqlite3

    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    proc = pactwatch(db, "ingest", str(folder))
    time.sleep(8)
    holder.execute("COMMIT")
    holder.close()
    [(code, err)] = finish([proc])
    assert code == 0, err
    assert contents(db) == serial


def test_opening_a_new_store_waits_for_a_writer_switching_it(tmp_path: Path) -> None:
    """Two writers creating one new store at once: the second waits for the first's switch.

    A fresh file is in rollback-journal mode; switching it to write-ahead logging needs it
    exclusively, and SQLite refuses at once, without its busy handler, while another
    connection is about to write it (as another writer's switch is). Here one holds it 2 s.
    """
    import sqlite3
    import threading

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE placeholder (x)")
    holder.execute("BEGIN IMMEDIATE")  # a writer's lock, as another switcher holds it
    outcome: list[object] = []

    def open_store() -> None:
        try:
            store = Store.open(f"sqlite:///{path}")
            assert store is not None
            store.engine.dispose()
            outcome.append("opened")
        except Exception as exc:  # what the user would see
            outcome.append(exc)

    opener = threading.Thread(target=open_store)
    opener.start()
    time.sleep(2)
    assert not outcome, outcome  # still waiting, not failed
    holder.execute("COMMIT")
    holder.close()
    opener.join(60)
    assert outcome == ["opened"]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], limit: float = 60) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()`` holds; False if it ended first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    proc.wait()
    return False


def _documents(db: str) -> int:
    store = Store.open(db, create=False)
    if store is None:
        return 0
    try:
        return store.reading_counts()["documents"]
    except Exception:  # the tables may not exist yet
        return 0
    finally:
        store.engine.dispose()


def test_sigkill_during_ingest_loses_nothing(
    folder: Path, serial: dict[str, object], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    proc = pactwatch(db, "ingest", str(folder))
    killed = _kill_when(proc, lambda: _documents(db) >= 2)
    assert killed, "ingest finished before it could be killed"
    partial = contents(db)
    want = dict(serial["documents"])  # type: ignore[call-overload]
    got_docs = partial["documents"]
    assert 2 <= len(got_docs) < 6  # type: ignore[arg-type]
    # only whole documents: each with exactly the claims a serial run gives it
    for doc_id, payload in got_docs:  # type: ignore[attr-defined]
        assert want[doc_id] == payload
        mine = [c for c in partial["claims"] if c[0].startswith(doc_id + ":")]  # type: ignore[attr-defined]
        theirs = [c for c in serial["claims"] if c[0].startswith(doc_id + ":")]  # type: ignore[attr-defined]
        assert mine == theirs
    [(code, err)] = finish([pactwatch(db, "ingest", str(folder))])
    assert code == 0, err
    assert contents(db) == serial


def test_sigkill_during_import_keeps_the_store_whole(shared: Path, tmp_path: Path) -> None:
    d = shared / "data" / "atop"
    args = (
        "import",
        "atop",
        "--members",
        str(d / "atop5_1m.csv"),
        "--alliances",
        str(d / "atop5_1a.csv"),
    )
    db = f"sqlite:///{tmp_path / 'import.db'}"
    [(code, err)] = finish([pactwatch(db, *args)])
    assert code == 0, err
    store = Store.open(db, create=False)
    assert store is not None
    full = store.counts("atop")
    store.engine.dispose()
    assert full["events"] > 4000
    # kill re-imports while they write (their transaction spills into the WAL file): the
    # records are all there afterwards, every time
    wal = tmp_path / "import.db-wal"
    for threshold in (64_000, 2_000_000):
        proc = pactwatch(db, *args)
        _kill_when(proc, lambda t=threshold: wal.exists() and wal.stat().st_size > t)  # type: ignore[misc]
        store = Store.open(db, create=False)
        assert store is not None
        assert store.counts("atop") == full
        store.engine.dispose()
    # and into an empty store: all or nothing
    fresh = tmp_path / "fresh.db"
    proc = pactwatch(f"sqlite:///{fresh}", *args)
    fresh_wal = tmp_path / "fresh.db-wal"
    _kill_when(proc, lambda: fresh_wal.exists() and fresh_wal.stat().st_size > 1_000_000)
    store = Store.open(f"sqlite:///{fresh}", create=False)
    assert store is not None
    assert store.counts("atop") in (full, {"actors": 0, "agreements": 0, "events": 0})
    store.engine.dispose()


def test_ingest_on_a_dask_cluster_stores_what_a_serial_run_stores(
    folder: Path, serial: dict[str, object], tmp_path: Path
) -> None:
    import pandas as pd

    db = f"sqlite:///{tmp_path / 'dask.db'}"
    out = tmp_path / "claims"
    [(code, err)] = finish(
        [pactwatch(db, "ingest", str(folder), "--workers", "1", "--parquet", str(out))]
    )
    assert code == 0, err
    assert contents(db) == serial
    frame = pd.read_parquet(out)
    assert sorted(frame["claim"]) == sorted(c[0] for c in serial["claims"])  # type: ignore[attr-defined]
