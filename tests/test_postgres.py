"""The store on a real PostgreSQL server gives what it gives on SQLite.

The server is a throwaway one (tests/pg_server.py); without PostgreSQL installed these tests
are skipped, unless PACTWATCH_REQUIRE_POSTGRES=1 (as in CI), which makes them fail.
"""

import json

import pytest
from typer.testing import CliRunner

from pactwatch.cli.app import app
from pactwatch.kb.loader import read_kb
from pactwatch.store import Store
from pg_server import postgres_url  # noqa: F401  (the fixture)


def run(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def without_timing(report: dict) -> dict:  # type: ignore[type-arg]
    return {k: v for k, v in report.items() if k != "seconds"}


def test_shipped_records_round_trip(postgres_url):  # noqa: F811
    """Needs no ../shared: the shipped knowledge base's records, written and read back."""
    kb = read_kb()
    store = Store.open(postgres_url)
    assert store is not None
    try:
        store.replace_origin("pg-test", kb.actors.values(), kb.agreements.values(), kb.events)
        assert store.counts("pg-test") == {
            "actors": len(kb.actors),
            "agreements": len(kb.agreements),
            "events": len(kb.events),
        }
        assert {a.id: a for a in store.actors()}.items() >= kb.actors.items()
        assert {a.id: a for a in store.agreements()}.items() >= kb.agreements.items()
        stored = sorted(store.events(origin="pg-test"), key=lambda e: e.id)
        assert stored == sorted(kb.events, key=lambda e: e.id)
        # an origin replaces its own records: nothing is left behind
        store.replace_origin("pg-test")
        assert store.counts("pg-test") == {"actors": 0, "agreements": 0, "events": 0}
    finally:
        store.engine.dispose()


@pytest.fixture(scope="module")
def atop_args(shared):
    d = shared / "data" / "atop"
    states = shared / "data" / "cow" / "statelist2024.csv"
    return (
        "--members",
        str(d / "atop5_1m.csv"),
        "--alliances",
        str(d / "atop5_1a.csv"),
        "--states",
        str(states),
    )


@pytest.fixture(scope="module")
def pg_imported(postgres_url, atop_args):  # noqa: F811
    """ATOP imported once into the PostgreSQL store for this module."""
    return run("--db", postgres_url, "import", "atop", *atop_args)


@pytest.fixture
def sqlite_imported(cli, atop_args, private_store):
    """The same import into this test's private SQLite store (PACTWATCH_DB)."""
    return cli.json("import", "atop", *atop_args)


def test_import_stores_the_same_on_postgres_and_sqlite(
    pg_imported,
    sqlite_imported,
    postgres_url,  # noqa: F811
    private_store,
    atop_args,
):
    assert without_timing(pg_imported) == without_timing(sqlite_imported)
    assert pg_imported["member_rows"] == 2510 and pg_imported["alliance_rows"] == 789
    pg = Store.open(postgres_url, create=False)
    lite = Store.open(f"sqlite:///{private_store}", create=False)
    assert pg is not None and lite is not None
    try:
        counts = pg.counts("atop")
        assert counts == lite.counts("atop") == pg.counts()
        assert counts == {
            "actors": pg_imported["historical_states"],
            "agreements": pg_imported["agreements"],
            "events": pg_imported["events"],
        }
        # every record reads back as it was written
        assert sorted(pg.actors(), key=lambda a: a.id) == sorted(lite.actors(), key=lambda a: a.id)
        assert sorted(pg.agreements(), key=lambda a: a.id) == sorted(
            lite.agreements(), key=lambda a: a.id
        )
        assert sorted(pg.events(), key=lambda e: e.id) == sorted(lite.events(), key=lambda e: e.id)
        # importing again replaces the records instead of adding to them
        again = run("--db", postgres_url, "import", "atop", *atop_args)
        assert without_timing(again) == without_timing(pg_imported)
        assert pg.counts() == counts
    finally:
        pg.engine.dispose()
        lite.engine.dispose()


def test_status_and_guarantors_on_postgres(pg_imported, sqlite_imported, postgres_url):  # noqa: F811
    fra = run("--db", postgres_url, "status", "France", "--as-of", "1985")
    ids = [m["agreement"] for m in fra["memberships"]]
    assert "NATO" in ids and any(i.startswith("atop-") for i in ids)
    m = next(m for m in fra["memberships"] if m["agreement"].startswith("atop-"))
    assert any("ATOP 5.1" in s for e in m["evidence"] for s in e["sources"])
    egy = run("--db", postgres_url, "guarantors", "Egypt", "--as-of", "1985")
    assert egy["guarantees"] and all(g["agreement"].startswith("atop-") for g in egy["guarantees"])
    # and the answers are SQLite's (the private store, through PACTWATCH_DB)
    assert fra == run("status", "France", "--as-of", "1985")
    assert egy == run("guarantors", "Egypt", "--as-of", "1985")


def test_ingest_and_review_on_postgres(postgres_url, shared):  # noqa: F811
    """Reading the news into PostgreSQL: once only, and the same claims as SQLite gives."""
    runner = CliRunner()
    seeds = str(shared / "seeds")
    first = runner.invoke(app, ["--db", postgres_url, "ingest", seeds])
    assert first.exit_code == 0, (first.stdout, first.stderr)
    again = runner.invoke(app, ["--db", postgres_url, "ingest", seeds])
    assert "ingested 0 documents with 0 claims; 2 already in the store" in again.stdout
    pg_claims = run("--db", postgres_url, "review", "list", "--status", "all")
    lite = runner.invoke(app, ["ingest", seeds])
    assert lite.exit_code == 0
    lite_claims = run("review", "list", "--status", "all")
    assert pg_claims == lite_claims and len(pg_claims) >= 30
    store = Store.open(postgres_url)
    assert store is not None and store.reading_counts()["documents"] == 2


def test_forecasts_and_watch_on_postgres(postgres_url, shared, tmp_path):  # noqa: F811
    """Forecasts read from PostgreSQL are SQLite's; watch's bookkeeping works there too."""
    runner = CliRunner()
    seeds = str(shared / "seeds")
    for db in (["--db", postgres_url], []):
        result = runner.invoke(app, [*db, "ingest", seeds])
        assert result.exit_code == 0, (result.stdout, result.stderr)
    pg = run("--db", postgres_url, "forecasts", "ARM", "--as-of", "2025-02-01")
    lite = run("forecasts", "ARM", "--as-of", "2025-02-01")
    assert pg == lite and any(f["source"] == "imemo" for f in pg["forecasts"])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "analysts.txt").write_text(
        "May 4, 2023 - 10:00 AMT\nAnalysts expect Armenian pacts\n\n"
        "Analysts say France will sign a defense pact with Armenia by the end of 2023.\n"
    )
    polls = []
    for _ in range(2):
        result = runner.invoke(app, ["--db", postgres_url, "watch", str(inbox), "--once", "--json"])
        assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
        polls.append(json.loads(result.stdout))
    assert polls[0]["documents"] == 1
    assert [n["forecast"]["status"] for n in polls[0]["forecasts"]] == ["did-not-happen"]
    assert (polls[1]["documents"], polls[1]["forecasts"]) == (0, [])  # reported once
    sources = run("--db", postgres_url, "sources", "--as-of", "2024-01-01")["sources"]
    assert any(s["forecaster"] == "unnamed" and s["scored"] == 1 for s in sources)
