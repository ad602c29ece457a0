"""The readers' error, importable without the readers (and the models they build)."""

from __future__ import annotations

from pactwatch.printable import printable


class ReadError(ValueError):
    """A file or URL that cannot be read as documents; the message says why, on one line."""

    def __init__(self, message: str) -> None:
        super().__init__(printable(message, 220, one_line=True))
