"""Read documents from .txt/.md, .html, .jsonl, RSS/Atom feeds and URLs.

Every reader returns Documents whose ``text`` is what offsets refer to: the file's text for
plain text, the main text trafilatura extracts for HTML, the entry's text for feeds. A file
that cannot be read raises :class:`ReadError` with a one-line reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pactwatch.dates import DateError, PartialDate
from pactwatch.text.datelines import find_dateline
from pactwatch.text.documents import Document

MAX_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


class ReadError(ValueError):
    """A file or URL that cannot be read as documents; the message says why."""


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


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if not line or (find_dateline(line) is not None and len(line) < 60):
            continue
        return line if len(line) <= 160 else None
    return None


def from_text(text: str, **meta: Any) -> Document:
    meta.setdefault("title", _title(text))
    if meta.get("published") is None:
        meta["published"] = find_dateline(text)
    return Document.of(text, **meta)


def from_html(html: str, url: str | None = None, path: str | None = None) -> Document:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, url=url)
    if not text:
        raise ReadError(f"{path or url}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = _published(getattr(meta, "date", None)) if meta is not None else None
    return from_text(
        text,
        title=getattr(meta, "title", None) if meta is not None else None,
        url=(getattr(meta, "url", None) if meta is not None else None) or url,
        publisher=getattr(meta, "sitename", None) if meta is not None else None,
        published=published,
        path=path,
    )


def from_feed(data: bytes, where: str) -> list[Document]:
    import feedparser
    import trafilatura

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise ReadError(f"{where}: not an RSS or Atom feed ({feed.bozo_exception})")
    publisher = feed.feed.get("title")
    docs = []
    for entry in feed.entries:
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = trafilatura.extract(f"<html><body>{body}</body></html>") or body
        if not text.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (
            PartialDate(f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}")
            if stamp
            else None
        )
        docs.append(
            from_text(
                text,
                title=entry.get("title"),
                url=entry.get("link"),
                publisher=publisher,
                published=published,
                path=where,
            )
        )
    return docs


def from_jsonl(text: str, where: str) -> list[Document]:
    docs = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(f"{where}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ReadError(f'{where}:{n}: each line needs a "text" string')
        docs.append(
            from_text(
                row["text"],
                url=row.get("url"),
                title=row.get("title"),
                publisher=row.get("publisher"),
                published=_published(row.get("published")),
                path=f"{where}:{n}",
            )
        )
    return docs


def read_path(path: Path) -> list[Document]:
    """The documents in one file, by its suffix (or its content for feeds)."""
    path = Path(path)
    where = str(path)
    if not path.is_file():
        raise ReadError(f"no file at {path}")
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(f"{path} is larger than {MAX_BYTES // 1_000_000} MB: split it first")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return from_feed(data, where)
    text = _decode(data, where)
    if suffix in HTML_SUFFIXES:
        return [from_html(text, path=where)]
    if suffix == ".jsonl":
        return from_jsonl(text, where)
    if suffix in TEXT_SUFFIXES or not suffix:
        if not text.strip():
            raise ReadError(f"{path} is empty")
        return [from_text(text, path=where)]
    raise ReadError(
        f"{path}: unknown kind of file {suffix!r}; use .txt, .md, .html, .jsonl, .rss or .atom"
    )


def read_url(url: str, timeout: float = 20.0) -> list[Document]:
    """Fetch a URL: a feed gives its entries, a page its main text."""
    import httpx

    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise ReadError(f"cannot fetch {url}: {exc}") from None
    kind = response.headers.get("content-type", "")
    if any(k in kind for k in ("rss", "atom", "xml")):
        return from_feed(response.content, url)
    return [from_html(response.text, url=url)]
