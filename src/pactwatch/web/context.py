"""What the web app holds for its life: the session (world folded once), the guard (token,
cookie and form secrets), the templates, and answers already rendered."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Hashable
from typing import Any

from fastapi import Request
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from pactwatch.service.session import LRU, Session
from pactwatch.web.security import Guard


def safe_url(url: str | None) -> str | None:
    """A link only to http(s): never ``javascript:`` or ``data:`` from outside data."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


class Web:
    def __init__(self, session: Session, guard: Guard) -> None:
        self.session = session
        self.guard = guard
        self.templates = Environment(
            loader=PackageLoader("pactwatch.web", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html",), default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals["safe_url"] = safe_url
        self._rendered = LRU(2048)

    def _key(self, key: Hashable) -> Hashable:
        # answers for "today" are kept for today only; a write (a new generation) drops all
        return (self.session.generation, _dt.date.today(), key)

    def cached_json(self, key: Hashable) -> str | None:
        found = self._rendered.get(self._key(("json", key)))
        return found if isinstance(found, str) else None

    def keep_json(self, key: Hashable, text: str) -> str:
        self._rendered.put(self._key(("json", key)), text)
        return text

    def cached_page(self, key: Hashable) -> str | None:
        found = self._rendered.get(self._key(("page", key)))
        return found if isinstance(found, str) else None

    def keep_page(self, key: Hashable, text: str) -> str:
        self._rendered.put(self._key(("page", key)), text)
        return text

    def forget(self) -> None:
        """A write happened: nothing rendered before it is shown again."""
        self._rendered.clear()

    def render(self, name: str, **context: Any) -> str:
        return self.templates.get_template(name).render(**context)


def web_of(request: Request) -> Web:
    web = request.app.state.web
    assert isinstance(web, Web)
    return web
