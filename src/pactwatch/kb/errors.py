"""The scenario files' error, importable without the scenario models."""

from __future__ import annotations

from pactwatch.printable import printable


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message (one line, at most 300 characters)
    says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(printable(message, 300, one_line=True))
