"""Printing: stable JSON for machines, Rich tables for people, and files written safely.

Nothing read from outside is ever taken as Rich markup or emoji codes, and control characters
reach the terminal only escaped (``\\x1b``): every string printed goes through
:func:`pactwatch.printable.printable`, and table cells are plain text. Markup is for the
program's own words: wrap data in :func:`esc` when it sits inside markup.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pactwatch.printable import printable


class SafeConsole(Console):
    """A Rich console that shows control characters escaped and never fails on markup."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        text = printable(text)
        try:
            return super().render_str(text, **kwargs)
        except MarkupError:  # data that looks like broken markup: print it as it is
            return super().render_str(text, **{**kwargs, "markup": False})


def _console() -> Console:
    """Rich's console; 120 columns when printing to a pipe or a file (Rich would use 80)."""
    probe = Console()
    width = None if probe.is_terminal or os.environ.get("COLUMNS") else 120
    return SafeConsole(highlight=False, soft_wrap=False, width=width, emoji=False)


console = _console()


def esc(value: object) -> str:
    """Data to put inside a markup string: its brackets are shown, not interpreted."""
    return escape(printable(value))


def print_json(value: Any) -> None:
    """The service layer's stable JSON (:func:`pactwatch.service.jsonable.dumps`)."""
    from pactwatch.service.jsonable import dumps

    sys.stdout.write(dumps(value) + "\n")


def table(
    title: str | None,
    columns: list[str],
    rows: list[list[str]],
    one_line: tuple[str, ...] = (),
    whole: tuple[str, ...] = (),
) -> Table:
    """A table of plain-text cells; the ``one_line`` columns are cut with an ellipsis, the
    ``whole`` ones never folded (the others give way)."""
    t = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        if c in one_line:
            t.add_column(c, overflow="ellipsis", no_wrap=True, max_width=44)
        elif c in whole:
            t.add_column(c, no_wrap=True)
        else:
            t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*(Text(printable(cell)) for cell in r))
    return t


class OutputError(OSError):
    """An output path that must not be written; the message says why."""


def check_output(path: Path) -> Path:
    """The file ``-o`` names, if it may be written: a regular file or a new one."""
    path = Path(path)
    if path.name in ("", ".", "..") or path.is_dir():
        raise OutputError(f"{printable(path, 200)} is a directory; give a file name")
    if not path.parent.is_dir():
        raise OutputError(f"no directory {printable(path.parent, 200)} to write {path.name} into")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(mode):
        raise OutputError(f"{printable(path, 200)} is a symbolic link: not written through")
    if not stat.S_ISREG(mode):
        raise OutputError(f"{printable(path, 200)} is not a regular file: not replaced")
    return path


def write_atomically(path: Path, writer: Callable[[BinaryIO], None]) -> None:
    """Write through a new temporary file beside ``path``, then rename: never half-written.

    The temporary file has a random name and is created exclusively, without following a
    link, and written through its own descriptor: a file or link planted beside ``path``
    makes the write fail, never redirects it. ``path`` itself must be a regular file or
    absent (:func:`check_output`), so a device node or a link is never replaced.
    """
    path = check_output(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(8):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o644)
        except FileExistsError:
            continue
        break
    else:
        raise OutputError(f"cannot create a temporary file beside {printable(path, 200)}")
    try:
        with os.fdopen(fd, "wb") as fh:
            writer(fh)
        check_output(path)  # still no link or device there
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    def write(fh: BinaryIO) -> None:
        fh.write(data)

    write_atomically(path, write)
