"""Read documents from .txt/.md, .html, .jsonl, RSS/Atom feeds and URLs.

Every reader returns Documents whose ``text`` is what offsets refer to: the file's text for
plain text, the main text trafilatura extracts for HTML, the entry's text for feeds. A file
that cannot be read raises :class:`ReadError` with a one-line reason that names the file (and
the line, in JSON lines).

Limits: regular files only (a FIFO or a device is refused without blocking), at most
:data:`MAX_BYTES` a file or a download; a URL is fetched over http(s) only, within
:data:`URL_DEADLINE` seconds in all, following at most :data:`MAX_REDIRECTS` redirects, and
only when it serves HTML, text or a feed.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from pactwatch.dates import DateError, PartialDate
from pactwatch.files import FileProblem, read_regular, where
from pactwatch.printable import printable
from pactwatch.text.datelines import find_dateline
from pactwatch.text.documents import Document
from pactwatch.text.errors import ReadError as ReadError

MAX_BYTES = 20_000_000
URL_DEADLINE = 15.0  # seconds for a whole download, however slowly the server sends
URL_TIMEOUT = 5.0  # seconds for connecting, and for each read
MAX_REDIRECTS = 5
URL_TYPES = ("html", "xml", "rss", "atom", "text/plain")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise ReadError(f"{where} is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(f"{where} is not UTF-8 text") from None


def _published(value: Any) -> PartialDate | None:
    if value in (None, ""):
        return None
    try:
        return PartialDate(str(value)[:10])
    except (DateError, ValueError):
        return None


# lines above a headline that are page furniture: "Media logo", "By Avet Demourian",
# "Support The Moscow Times!", "Skip to content", "Advertisement"
NOT_A_TITLE = re.compile(
    r"^(by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}|.*\blogo|support .*!|subscribe.*|skip to .*"
    r"|advertisement|menu|share( this)?( article)?|world news|breaking news|home)$",
    re.IGNORECASE,
)


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if not line or (find_dateline(line) is not None and len(line) < 60):
            continue
        if len(line) < 60 and NOT_A_TITLE.match(line):
            continue
        return line if len(line) <= 160 else None
    return None


def from_text(text: str, **meta: Any) -> Document:
    meta.setdefault("title", _title(text))
    if meta.get("published") is None:
        meta["published"] = find_dateline(text)
    return Document.of(text, **meta)


def _parsed(what: str, func: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a third-party parser on outside data: whatever it raises becomes a ReadError."""
    try:
        return func(*args, **kwargs)
    except (ReadError, MemoryError):
        raise
    except Exception as exc:  # a parser's failure on hostile input, not ours to show whole
        reason = printable(f"{type(exc).__name__}: {exc}", 100, one_line=True)
        raise ReadError(f"{what}: cannot be parsed ({reason})") from None


def from_html(html: str, url: str | None = None, path: str | None = None) -> Document:
    import trafilatura

    what = where(path or url or "HTML")
    text = _parsed(
        what, trafilatura.extract, html, include_comments=False, include_tables=False, url=url
    )
    if not text:
        raise ReadError(f"{what}: no article text found in the HTML")
    meta = _parsed(what, trafilatura.extract_metadata, html, default_url=url)
    published = _published(getattr(meta, "date", None)) if meta is not None else None
    return from_text(
        text,
        title=getattr(meta, "title", None) if meta is not None else None,
        url=(getattr(meta, "url", None) if meta is not None else None) or url,
        publisher=getattr(meta, "sitename", None) if meta is not None else None,
        published=published,
        path=path,
    )


def _meta(value: Any) -> str | None:
    """A metadata string (title, url, publisher), or None if it is not plain text."""
    if not isinstance(value, str) or _SURROGATE.search(value):
        return None
    return value


def from_feed(data: bytes, where: str) -> list[Document]:
    import feedparser
    import trafilatura

    feed = _parsed(where, feedparser.parse, data)
    if feed.bozo and not feed.entries:
        reason = printable(feed.bozo_exception, 100, one_line=True)
        raise ReadError(f"{where}: not an RSS or Atom feed ({reason})")
    publisher = _meta(feed.feed.get("title"))
    docs = []
    for entry in feed.entries:
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = _parsed(where, trafilatura.extract, f"<html><body>{body}</body></html>") or body
        if not text.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (
            PartialDate(f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}")
            if stamp
            else None
        )
        if not isinstance(text, str) or _SURROGATE.search(text):
            continue
        docs.append(
            from_text(
                text,
                title=_meta(entry.get("title")),
                url=_meta(entry.get("link")),
                publisher=publisher,
                published=published,
                path=where,
            )
        )
    return docs


def from_jsonl(text: str, where: str) -> list[Document]:
    """One document per line: ``text`` (required), ``title``, ``url``, ``publisher`` (text or
    null) and ``published`` (a date). A line that breaks this is a ReadError with its number."""
    docs = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        at = f"{where}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(f"{at}: not JSON ({exc.msg}, column {exc.colno})") from None
        except RecursionError:
            raise ReadError(f"{at}: JSON nested too deep") from None
        except ValueError as exc:  # e.g. an integer of thousands of digits
            raise ReadError(
                f"{at}: not usable JSON ({printable(exc, 80, one_line=True)})"
            ) from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ReadError(f'{at}: each line needs a "text" string')
        for key in ("title", "url", "publisher"):
            if row.get(key) is not None and not isinstance(row[key], str):
                raise ReadError(f'{at}: "{key}" must be a string or null')
        for key in ("text", "title", "url", "publisher"):
            if isinstance(row.get(key), str) and _SURROGATE.search(row[key]):
                raise ReadError(f'{at}: "{key}" holds a lone surrogate escape (not Unicode text)')
        if not row["text"].strip():
            raise ReadError(f'{at}: "text" is empty')
        docs.append(
            from_text(
                row["text"],
                url=row.get("url"),
                title=row.get("title"),
                publisher=row.get("publisher"),
                published=_published(row.get("published")),
                path=at,
            )
        )
    return docs


def read_path(path: Path) -> list[Document]:
    """The documents in one file, by its suffix (or its content for feeds)."""
    path = Path(path)
    at = where(path)
    try:
        data = read_regular(path, MAX_BYTES, "document")
    except FileProblem as exc:
        raise ReadError(str(exc).replace("a document", "a document: split it first")) from None
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return from_feed(data, at)
    text = _decode(data, at)
    if suffix in HTML_SUFFIXES:
        return [from_html(text, path=str(path))]
    if suffix == ".jsonl":
        return from_jsonl(text, at)
    if suffix in TEXT_SUFFIXES or not suffix:
        if not text.strip():
            raise ReadError(f"{at} is empty")
        return [from_text(text, path=str(path))]
    raise ReadError(
        f"{at}: unknown kind of file {printable(suffix, 20, one_line=True)!r}; "
        "use .txt, .md, .html, .jsonl, .rss or .atom"
    )


def fetch(url: str, deadline: float = URL_DEADLINE) -> tuple[str, bytes]:
    """(content type, body) of an http(s) URL, within the limits of the module docstring."""
    import httpx

    shown = printable(url, 120, one_line=True)
    if not url.lower().startswith(("http://", "https://")):
        raise ReadError(f"cannot fetch {shown}: only http and https URLs are read")
    started = time.monotonic()
    timeout = httpx.Timeout(URL_TIMEOUT)
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS
            ) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            kind = response.headers.get("content-type", "").lower()
            if kind and not any(k in kind for k in URL_TYPES):
                reason = printable(kind.split(";")[0], 60, one_line=True)
                raise ReadError(f"cannot fetch {shown}: it serves {reason}, not an article")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise ReadError(f"cannot fetch {shown}: larger than {MAX_BYTES // 1_000_000} MB")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > MAX_BYTES:
                    raise ReadError(
                        f"cannot fetch {shown}: larger than {MAX_BYTES // 1_000_000} MB"
                    )
                if time.monotonic() - started > deadline:
                    raise ReadError(f"cannot fetch {shown}: no answer within {deadline:.0f} s")
                chunks.append(chunk)
    except httpx.TooManyRedirects:
        raise ReadError(f"cannot fetch {shown}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.HTTPStatusError as exc:
        raise ReadError(f"cannot fetch {shown}: HTTP {exc.response.status_code}") from None
    except httpx.TimeoutException:
        raise ReadError(f"cannot fetch {shown}: no answer within {URL_TIMEOUT:.0f} s") from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:
        if isinstance(exc, ReadError):
            raise
        reason = printable(exc, 100, one_line=True) or type(exc).__name__
        raise ReadError(f"cannot fetch {shown}: {reason}") from None
    return kind, b"".join(chunks)


def read_url(url: str, deadline: float = URL_DEADLINE) -> list[Document]:
    """Fetch a URL: a feed gives its entries, a page its main text."""
    kind, body = fetch(url, deadline)
    shown = printable(url, 120, one_line=True)
    if any(k in kind for k in ("rss", "atom", "xml")) and "html" not in kind:
        return from_feed(body, shown)
    charset = "utf-8"
    if "charset=" in kind:
        charset = kind.split("charset=")[-1].split(";")[0].strip() or "utf-8"
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return [from_html(text, url=url)]
