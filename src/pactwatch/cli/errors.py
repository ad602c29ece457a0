"""One line on stderr and exit code 2 for a user's mistake; never a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from pactwatch.dates import DateError
from pactwatch.kb.loader import KBError
from pactwatch.world.catalog import UnknownName

P = ParamSpec("P")
R = TypeVar("R")


class UserError(Exception):
    """A mistake the user can fix; the message says how."""


def fail(message: str, code: int = 2) -> None:
    print(f"pactwatch: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user causes into one line and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (UserError, DateError, UnknownName) as exc:
            fail(str(exc))
        except KBError as exc:
            first = exc.problems[0]
            more = len(exc.problems) - 1
            tail = f" (and {more} more; run `pactwatch kb check`)" if more else ""
            fail(f"knowledge base is invalid: {first}{tail}")
        except OSError as exc:
            fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        raise AssertionError("unreachable")

    return wrapper
