"""One line on stderr and exit code 2 for a user's mistake; never a traceback.

Every message goes through :func:`pactwatch.printable.printable`: one line, control
characters escaped, at most :data:`MAX_LINE` characters in all. Usage mistakes caught by the
argument parser (a missing argument, an unknown option) get the same one line, not Rich's box.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar

from typer.core import TyperGroup

from pactwatch.printable import printable

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["MAX_LINE", "PREFIX", "OneLineGroup", "fail", "line", "user_errors"]

MAX_LINE = 300
PREFIX = "pactwatch: error: "


def line(message: str, prefix: str = PREFIX) -> str:
    """``prefix`` and the message on one line of at most MAX_LINE characters."""
    return prefix + printable(message, MAX_LINE - len(prefix), one_line=True)


def fail(message: str, code: int = 2) -> None:
    print(line(message), file=sys.stderr)
    raise SystemExit(code)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user causes into one line and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            _fail_if_users(exc)
            raise

    return wrapper


def _fail_if_users(exc: Exception) -> None:
    """One line and exit code 2 if ``exc`` is a user's mistake; else nothing.

    The error classes are imported here, when something went wrong: importing them (the
    service layer, the KB loader) is what a command that succeeds, or ``--help``, need not
    pay for.
    """
    from pactwatch.kb.loader import KBError
    from pactwatch.service.errors import USER_ERRORS

    if isinstance(exc, USER_ERRORS):
        fail(str(exc))
    if isinstance(exc, KBError):
        first = exc.problems[0]
        more = len(exc.problems) - 1
        tail = f" (and {more} more; run `pactwatch kb check`)" if more else ""
        fail(f"knowledge base is invalid: {printable(first, 200)}{tail}")
    if isinstance(exc, OSError):
        fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))


class OneLineGroup(TyperGroup):
    """The root command: parser errors as one line and exit 2, and no traceback ever.

    An unexpected exception (a bug, not a user's mistake) is one line too, with exit code 1;
    ``PACTWATCH_DEBUG=1`` shows its traceback.
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except KeyboardInterrupt:
            code = 130
        except BrokenPipeError:
            code = 1
        except Exception as exc:
            code = _report(exc)
        sys.exit(code if isinstance(code, int) else 0)


def _kind(exc: BaseException, name: str) -> bool:
    """Whether ``exc`` is click's exception ``name`` (typer may carry its own copy of click)."""
    return any(c.__name__ == name for c in type(exc).__mro__)


def _report(exc: Exception) -> int:
    """One line for an exception that reached the root command; the exit code."""
    if _kind(exc, "NoArgsIsHelpError"):
        exc.show()  # type: ignore[attr-defined]  # the help a bare command asks for
        return int(exc.exit_code)  # type: ignore[attr-defined]
    if _kind(exc, "UsageError"):
        ctx = getattr(exc, "ctx", None)
        where = f"; see `{ctx.command_path} --help`" if ctx is not None else ""
        message = exc.format_message().rstrip(".")  # type: ignore[attr-defined]
        print(line(f"{message}{where}"), file=sys.stderr)
        return 2
    if _kind(exc, "ClickException"):
        print(line(exc.format_message()), file=sys.stderr)  # type: ignore[attr-defined]
        return int(exc.exit_code)  # type: ignore[attr-defined]
    if _kind(exc, "Abort"):
        print(line("aborted"), file=sys.stderr)
        return 1
    if os.environ.get("PACTWATCH_DEBUG"):
        raise exc
    message = f"internal error: {type(exc).__name__}: {exc}"
    print(
        line(f"{message[:200]}; please report it (PACTWATCH_DEBUG=1 shows the traceback)"),
        file=sys.stderr,
    )
    return 1
