"""The errors a request can end in, the same for every interface.

A :class:`UserError` (or one of :data:`USER_ERRORS`) is a mistake the user can fix: the CLI
prints it on one line with exit code 2, the web answers 400 (404 for :class:`NotFound` and an
unknown name). Anything else is a failure that is not the user's.
"""

from __future__ import annotations

from pactwatch.dates import DateError
from pactwatch.importers.errors import ImportError_
from pactwatch.kb.errors import ScenarioError
from pactwatch.kb.loader import KBError
from pactwatch.store.errors import StoreError
from pactwatch.text.errors import ReadError
from pactwatch.world.catalog import UnknownName


class UserError(ValueError):
    """A mistake the user can fix; the message says how."""


class NotFound(UserError):
    """What was asked for does not exist (a claim, an event, a document)."""


class ReadOnly(UserError):
    """A write asked of a service that may not write (no token configured)."""


class Unauthorized(UserError):
    """A write without the right token."""


# What a user causes, besides UserError: an interface turns these into a one-line answer.
USER_ERRORS: tuple[type[Exception], ...] = (
    UserError,
    DateError,
    UnknownName,
    StoreError,
    ReadError,
    ScenarioError,
    ImportError_,
)

__all__ = [
    "USER_ERRORS",
    "KBError",
    "NotFound",
    "ReadOnly",
    "Unauthorized",
    "UnknownName",
    "UserError",
]
