"""The reader's errors, importable without loading spaCy."""

from __future__ import annotations


class ReaderUnavailable(RuntimeError):
    """The trained pipeline is not installed."""
