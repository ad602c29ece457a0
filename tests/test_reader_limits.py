"""The readers' limits: malformed JSON lines, non-regular files, and bounded URL fetches.

URLs are served by a small HTTP server on the loopback address, started by the test.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pactwatch.text import readers
from pactwatch.text.readers import ReadError, read_path, read_url

ARTICLE = (
    "<html><head><title>Armenia</title></head><body><article><p>"
    + ("Armenia has frozen its participation in the CSTO, the prime minister said. " * 5)
    + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (json.dumps({"text": "Armenia froze it.", "title": 5}), '"title" must be a string'),
        ('{"text": "a \\ud800 b"}', "lone surrogate"),
        ('{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "not usable JSON"),
        ('{"text": "x"', "not JSON"),
        ("[1, 2]", 'needs a "text" string'),
    ],
)
def test_a_bad_json_line_is_one_line_naming_file_and_line(tmp_path: Path, line: str, says: str):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"text": "Fine first line."}) + "\n" + line + "\n")
    with pytest.raises(ReadError) as err:
        read_path(f)
    message = str(err.value)
    assert f"{f}:2:" in message and says in message
    assert "\n" not in message and len(message) <= 220


def test_a_fifo_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ReadError, match="not a regular file"):
        read_path(fifo)
    assert time.monotonic() - started < 2


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    f = tmp_path / "long.txt"
    f.write_text("x" * 2000)
    with pytest.raises(ReadError, match="larger than"):
        read_path(f)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/article":
            body = ARTICLE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":  # a byte a second, for ever (until the client leaves)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(5000):
                    self.wfile.write(b"x" * 10_000)
            except OSError:
                pass
        elif self.path == "/binary":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()
            self.wfile.write(b"\x00" * 100)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", f"/loop{len(self.path)}")
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_read(server: str):
    [doc] = read_url(f"{server}/article")
    assert "frozen its participation" in doc.text


def test_a_slow_server_is_left_at_the_deadline(server: str):
    started = time.monotonic()
    with pytest.raises(ReadError, match="no answer within 3 s"):
        read_url(f"{server}/slow", deadline=3)
    assert time.monotonic() - started < 3 + readers.URL_TIMEOUT + 1


def test_downloads_are_capped(server: str, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 100_000)
    with pytest.raises(ReadError, match="larger than"):
        read_url(f"{server}/huge")


@pytest.mark.parametrize(
    ("path", "says"),
    [("/binary", "serves application/octet-stream"), ("/loop", "redirects"), ("/gone", "HTTP 404")],
)
def test_what_is_not_an_article_is_refused(server: str, path: str, says: str):
    with pytest.raises(ReadError, match=says):
        read_url(server + path)


@pytest.mark.parametrize("url", ["http://[::1", "http://", "https://exa mple.org/"])
def test_a_malformed_url_is_a_clean_error(url: str):
    with pytest.raises(ReadError, match="cannot fetch"):
        read_url(url)
