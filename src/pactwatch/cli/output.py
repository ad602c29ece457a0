"""Printing: stable JSON for machines, Rich tables for people."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table


def _console() -> Console:
    """Rich's console; 120 columns when printing to a pipe or a file (Rich would use 80)."""
    probe = Console()
    width = None if probe.is_terminal or os.environ.get("COLUMNS") else 120
    return Console(highlight=False, soft_wrap=False, width=width)


console = _console()


def to_jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False) + "\n")


def table(title: str | None, columns: list[str], rows: list[list[str]]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*r)
    return t
