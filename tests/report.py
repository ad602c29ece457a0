"""Figures tests measure, printed at the end of the run (conftest's terminal summary)."""

LINES: dict[str, str] = {}
