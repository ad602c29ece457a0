"""The curated knowledge base, parsed once and kept in a form that loads fast.

Reading the package's YAML and validating every record takes far longer than reading them
back from a pickle of the validated result. The pickle is kept in the user's cache directory
(``PACTWATCH_CACHE_DIR`` overrides it; ``PACTWATCH_CACHE=off`` turns the cache off), named
by a hash of what the result depends on: every YAML file of the knowledge base (its path and
its bytes), the pactwatch, pydantic and Python versions. A change to any of them names
another file, so a stale cache is never read; the files of other versions are removed when
a new one is written.

The cache is an optimization only: a file that cannot be read, is corrupt or does not hold
what its name promises is ignored, and a directory that cannot be written to is skipped,
both silently; the knowledge base is then parsed as before. Only the knowledge base shipped
in the package is cached: a directory given with ``--kb`` is being edited, and is parsed
every time.

A pickle runs code when it is read, so the cache is trusted as much as the user's own cache
directory (anyone who can write there can already run code as the user); a file whose
embedded key does not match its name is not used.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pydantic
from platformdirs import user_cache_dir

import pactwatch

FORMAT = 5  # bump when what is pickled changes shape
PREFIX = "kb-"
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cached knowledge bases are kept; None when the cache is turned off."""
    if os.environ.get("PACTWATCH_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    return Path(os.environ.get("PACTWATCH_CACHE_DIR") or user_cache_dir("pactwatch"))


def fingerprint(root: Path) -> str:
    """A hash of every YAML file under ``root`` (paths and bytes) and of the versions the
    parsed result depends on."""
    h = hashlib.sha256()
    versions = (FORMAT, pactwatch.__version__, pydantic.VERSION, sys.version, sys.implementation)
    h.update(repr(versions).encode())
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        data = path.read_bytes()
        h.update(f"{rel}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _read(path: Path, key: str) -> object | None:
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except OSError:  # missing, unreadable
        return None
    # Unpickling makes tens of thousands of containers and no garbage: the cyclic collector,
    # left on, walks them again and again while they are made (about half the time of the
    # load, measured). It is turned back on, as it was, right after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        stored = pickle.loads(data)
    except Exception:  # truncated, corrupt, from another version
        return None
    finally:
        if collecting:
            gc.enable()
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None
    value: object = stored[1]
    return value


def _write(folder: Path, path: Path, key: str, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)  # readers see the old file or the whole new one
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        for old in folder.glob(f"{PREFIX}*.pickle"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    except Exception:  # read-only or full disk, no permission: parse next time too
        return


def cached(root: Path, parse: Callable[[Path], T], kind: type[T]) -> T:
    """``parse(root)``, or the kept result of parsing the same files before."""
    folder = cache_dir()
    if folder is None:
        return parse(root)
    try:
        key = fingerprint(root)
    except OSError:
        return parse(root)
    path = folder / f"{PREFIX}{key[:40]}.pickle"
    found = _read(path, key)
    if isinstance(found, kind):
        return found
    value = parse(root)
    _write(folder, path, key, value)
    return value
