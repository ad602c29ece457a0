"""Where the store is: its URL, and whether it exists yet, without importing SQLAlchemy.

A command that only reads (``status``, ``show``, ...) asks :func:`absent` first: a SQLite
store that does not exist is an empty one, and opening it would cost the import of
SQLAlchemy for nothing (docs/decisions/0011-start-up.md).
"""

from __future__ import annotations

import os
from pathlib import Path


def default_url() -> str:
    """``PACTWATCH_DB``, else a SQLite file in the user's data directory."""
    url = os.environ.get("PACTWATCH_DB")
    if url:
        return url
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('pactwatch')) / 'pactwatch.db'}"


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///FILE`` URL; None for any other URL."""
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def absent(url: str | None = None) -> bool:
    """Whether the store at ``url`` (default :func:`default_url`) is a SQLite file that does
    not exist: ``Store.open(url, create=False)`` is None for it."""
    path = sqlite_path(url or default_url())
    return path is not None and not path.exists()
