"""The store: imported and extracted records beside the curated knowledge base (SQLAlchemy).

``Store`` is imported from :mod:`pactwatch.store.db` when first named, so that importing
this package (for ``StoreError``, or to learn whether a store exists) does not import
SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pactwatch.store.errors import StoreError
from pactwatch.store.location import absent, default_url

if TYPE_CHECKING:
    from pactwatch.store.db import Store

__all__ = ["Store", "StoreError", "absent", "default_url"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from pactwatch.store.db import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
