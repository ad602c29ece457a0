"""Reading the files a user names: regular files only, never more than a stated size.

A FIFO, a device or a directory named where a file is expected is refused at once (it is
opened without blocking and looked at before anything is read), and a file is never read past
its limit, so that no input can hang a command or fill the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pactwatch.printable import printable


class FileProblem(ValueError):
    """A path that cannot be read as a file of its kind; the message says why, on one line."""


def where(path: Path | str) -> str:
    """A path as messages show it: control characters escaped, long ones cut."""
    return printable(path, 100, one_line=True)


def is_regular(path: Path) -> bool:
    """Whether ``path`` is a regular file (a link to one counts), without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_regular(path: Path | str, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; FileProblem otherwise."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileProblem(f"no {what} at {where(path)}") from None
    except IsADirectoryError:
        raise FileProblem(f"{where(path)} is a directory, not a {what}") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise FileProblem(f"cannot read {where(path)}: {reason}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(f"{where(path)} is a directory, not a {what}")
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(f"{where(path)} is not a regular file (a pipe or a device?)")
        if info.st_size > max_bytes:
            raise FileProblem(f"{where(path)} is larger than {_size(max_bytes)}: not a {what}")
        chunks, total = [], 0
        while True:
            try:
                chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            except OSError as exc:
                raise FileProblem(f"cannot read {where(path)}: {exc.strerror}") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while read
                raise FileProblem(f"{where(path)} is larger than {_size(max_bytes)}: not a {what}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"
