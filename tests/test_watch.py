"""watch: feeds and folders polled, what is new ingested once, failures retried, kills survived.

The feeds are served by a real HTTP server on 127.0.0.1: an Atom feed that gains entries
between polls, and one that answers every request with an error.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from pactwatch.service.reading import ServiceError
from pactwatch.service.watch import parse_interval
from pactwatch.store import Store
from pactwatch.store.db import claims, documents

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "articles").glob("t*.txt"))

KGZ = ("Kyrgyzstan freezes its CSTO participation", "2026-03-03", (
    "Kyrgyzstan has frozen its participation in the Collective Security Treaty Organization, "
    "the foreign ministry in Bishkek said on Tuesday."
))  # fmt: skip
SWEDEN = ("Sweden deploys to Latvia", "2026-04-02", (
    "Sweden will deploy a battalion to Latvia next year, the defence ministry in Stockholm said."
))  # fmt: skip
ANALYSTS = (
    "May 4, 2023 - 10:00 AMT\nAnalysts expect Armenian pacts\n\n"
    "Analysts say France will sign a defense pact with Armenia by the end of 2023.\n\n"
    "Analysts also say Armenia will probably leave the Eurasian Economic Union.\n"
)
EAEU = (
    "March 2, 2026 - 10:00 AMT\nArmenia quits the EAEU\n\n"
    "Armenia has formally withdrawn from the Eurasian Economic Union, the foreign ministry in "
    "Yerevan said on Monday.\n"
)


def _atom(entries: list[tuple[str, str, str]]) -> bytes:
    items = "".join(
        f'<entry><id>urn:wire:{n}</id><title>{escape(title)}</title>'
        f"<updated>{date}T08:00:00Z</updated>"
        f'<link href="https://wire.example/{n}"/>'
        f'<content type="text">{escape(text)}</content></entry>'
        for n, (title, date, text) in enumerate(entries)
    )  # fmt: skip
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Test Wire</title><id>urn:wire</id><updated>2026-04-02T00:00:00Z</updated>"
        f"{items}</feed>"
    ).encode()


class Wire:
    """A news wire on 127.0.0.1: ``feed`` serves ``entries`` as Atom; ``broken`` fails."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, str]] = []
        self.hits: Counter[str] = Counter()
        wire = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                wire.hits[self.path] += 1
                if self.path == "/news.atom":
                    body = _atom(list(wire.entries))
                    self.send_response(200)
                    self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.feed, self.broken = f"{base}/news.atom", f"{base}/broken.atom"

    def add_articles(self, paths: list[Path]) -> None:
        for p in paths:
            lines = p.read_text(encoding="utf-8").split("\n")
            self.entries.append((lines[1] or p.stem, "2024-03-07", "\n".join(lines[2:]).strip()))


@pytest.fixture
def wire() -> Iterator[Wire]:
    w = Wire()
    thread = threading.Thread(target=w.httpd.serve_forever, daemon=True)
    thread.start()
    yield w
    w.httpd.shutdown()
    w.httpd.server_close()


def _contents(db: str) -> dict[str, Any]:
    store = Store.open(db, create=False)
    assert store is not None
    try:
        with store.engine.connect() as conn:
            docs = sorted(conn.execute(select(documents.c.id, documents.c.payload)).all())
            rows = sorted(conn.execute(select(claims.c.id, claims.c.payload)).all())
        return {"documents": docs, "claims": rows}
    finally:
        store.engine.dispose()


def _polls(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# -- the interval and the arguments ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90), ("30s", 30), ("15m", 900), ("1h30m", 5400), ("1d", 86400), ("1.5s", 1.5)],
)
def test_intervals(text: str, seconds: float):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "fast", "0s", "0.5s", "15x", "-5m", "m", "1h 30m"])
def test_bad_intervals(text: str):
    with pytest.raises(ServiceError):
        parse_interval(text)


def test_what_cannot_be_watched_is_one_line_and_exit_2(cli, tmp_path):
    for args, says in [
        ((str(tmp_path / "nowhere"),), "no file or folder"),
        (("ftp://example.org/feed",), "only http and https"),
        ((str(tmp_path), "--every", "0s"), "--every '0s'"),
        ((str(tmp_path), "--every", "soon"), "--every 'soon'"),
    ]:
        err = cli("watch", *args, "--once", code=2)
        assert err.startswith("pactwatch: error: ") and says in err, err
        assert len(err.strip().splitlines()) == 1


# -- polls, in process -----------------------------------------------------------------


def test_new_entries_are_ingested_once_and_a_failing_feed_does_not_stop_the_others(
    cli, wire, private_store
):
    wire.entries += [KGZ]
    result = cli.run("watch", wire.broken, wire.feed, "--once", "--json")
    assert result.exit_code == 1  # a source failed: said on stderr, and in the JSON
    [first] = _polls(result.stdout)
    assert first["documents"] == 1 and first["claims"] >= 1 and first["present"] == 0
    assert [f["source"] for f in first["failed"]] == [wire.broken]
    assert "HTTP 503" in first["failed"][0]["reason"]
    assert "pactwatch: skipped cannot fetch" in result.stderr and "HTTP 503" in result.stderr
    # the feed gains an entry: only that one is read
    wire.entries += [SWEDEN]
    result = cli.run("watch", wire.feed, wire.broken, "--once", "--json")
    [second] = _polls(result.stdout)
    assert (second["documents"], second["present"]) == (1, 1)
    # nothing new: nothing stored twice; without the broken feed, exit 0
    result = cli.run("watch", wire.feed, "--once", "--json")
    assert result.exit_code == 0, result.stderr
    [third] = _polls(result.stdout)
    assert (third["documents"], third["claims"], third["present"]) == (0, 0, 2)
    assert wire.hits["/broken.atom"] == 2 and wire.hits["/news.atom"] == 3
    stored = _contents(f"sqlite:///{private_store}")
    assert len(stored["documents"]) == 2
    assert len(stored["claims"]) == first["claims"] + second["claims"]
    # a would-be standing change, in words: Kyrgyzstan's CSTO participation
    [change] = [c for c in first["standing"] if c["source"] == "KGZ"]
    assert change["type"] == "freeze" and change["changes"][0]["after"] == "member/frozen"


def test_a_folder_standing_changes_and_forecasts_resolved_are_reported_once(cli, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    result = cli.run("watch", str(folder), "--once", "--json")  # an empty folder waits
    assert result.exit_code == 0 and _polls(result.stdout)[0]["documents"] == 0
    (folder / "analysts.txt").write_text(ANALYSTS, encoding="utf-8")
    [p1] = _polls(cli("watch", str(folder), "--once", "--json"))
    assert p1["documents"] == 1 and p1["new_forecasts"] == 2
    # the pact "by the end of 2023" was long due: reported once, as it is first seen
    [gone] = p1["forecasts"]
    assert gone["before"] is None and gone["forecast"]["status"] == "did-not-happen"
    (folder / "eaeu.txt").write_text(EAEU, encoding="utf-8")
    [p2] = _polls(cli("watch", str(folder), "--once", "--json"))
    assert (p2["documents"], p2["present"], p2["forecasts"]) == (1, 1, [])
    leaving = [s for s in p2["standing"] if s["type"] == "withdraw"]
    assert leaving and leaving[0]["agreement"] == "EAEU"
    change = leaving[0]["changes"][0]
    assert (change["actor"], change["id"], change["after"]) == ("ARM", "EAEU", "withdrawn")
    cli("review", "accept", leaving[0]["claim"])
    text = cli("watch", str(folder), "--once")
    assert "poll 1: 0 new documents (0 claims); 2 already stored; 0 failures" in text
    assert "1 forecast resolved" in text
    assert "open → happened: ARM withdraw (EAEU) (says unnamed), by " in text
    [p4] = _polls(cli("watch", str(folder), "--once", "--json"))
    assert p4["forecasts"] == [] and p4["documents"] == 0  # said once


def test_watch_polls_until_stopped_with_a_line_per_poll(cli, wire, monkeypatch):
    """The loop: a poll, a sleep (during which the feed grows), a poll...; Ctrl-C stops it."""
    wire.entries += [KGZ]
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 1:
            wire.entries.append(SWEDEN)
        if len(naps) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr("pactwatch.service.watch.time.sleep", nap)
    # the sleep is the test's: a long interval costs nothing, and a slow poll on a busy
    # machine still leaves some of it
    result = cli.run("watch", wire.feed, wire.broken, "--every", "60s")
    assert result.exit_code == 130
    lines = result.stdout.splitlines()
    polls = [line for line in lines if " poll " in line]
    assert [p.split(" poll ")[1].split(":")[0] for p in polls] == ["1", "2", "3"]
    assert "poll 1: 1 new document (1 claim); 0 already stored; 1 failure" in polls[0]
    assert "poll 2: 1 new document" in polls[1] and "1 already stored" in polls[1]
    assert "poll 3: 0 new documents (0 claims); 2 already stored; 1 failure" in polls[2]
    assert all(0 < n <= 60 for n in naps)  # the time left of each interval
    assert "would change a standing if accepted" in result.stdout and "KGZ" in result.stdout
    assert result.stderr.count("pactwatch: skipped cannot fetch") == 3
    assert "pactwatch: watch stopped after 3 polls" in result.stderr


# -- a real process killed during a poll -------------------------------------------------


def _watch(db: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PACTWATCH_DB": db}
    return subprocess.Popen(
        [sys.executable, "-m", "pactwatch", "watch", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _documents(db: str) -> int:
    store = Store.open(db, create=False)
    if store is None:
        return 0
    try:
        return store.reading_counts()["documents"]
    except Exception:  # the tables may not be there yet
        return 0
    finally:
        store.engine.dispose()


def test_a_kill_during_a_poll_loses_nothing(cli, wire, tmp_path):
    wire.add_articles(ARTICLES[:8])
    db = f"sqlite:///{tmp_path / 'watched.db'}"
    proc = _watch(db, wire.feed, wire.broken, "--every", "1s")
    try:
        deadline = time.monotonic() + 90
        while proc.poll() is None and _documents(db) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the first poll ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = _contents(db)
    assert 2 <= len(partial["documents"]) < 8
    # what one ingest of the same feed stores, in a store of its own
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    cli("--db", reference, "ingest", wire.feed)
    whole = _contents(reference)
    # only whole documents, each with exactly its claims
    assert set(partial["documents"]) <= set(whole["documents"])
    kept = {d for d, _ in partial["documents"]}
    assert partial["claims"] == [c for c in whole["claims"] if c[0].split(":")[0] in kept]
    # the next poll reads the rest, and the store is what one ingest makes
    result = cli.run("--db", db, "watch", wire.feed, wire.broken, "--once", "--json")
    [poll] = _polls(result.stdout)
    assert (poll["present"], poll["documents"]) == (len(kept), 8 - len(kept))
    assert _contents(db) == whole
