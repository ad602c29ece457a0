"""The store: imported and extracted records beside the curated knowledge base (SQLAlchemy)."""

from pactwatch.store.db import Store, StoreError, default_url

__all__ = ["Store", "StoreError", "default_url"]
