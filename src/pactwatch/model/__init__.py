"""The domain model of the design: validated types, no behaviour beyond their own.

The types are imported from their modules when first named, so that the closed vocabularies
(:mod:`pactwatch.model.vocab`, which the command line's help texts quote) come without
building every pydantic model (docs/decisions/0011-start-up.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pactwatch.model.actors import Actor, Role
    from pactwatch.model.agreements import Agreement, Condition, Link, Provision
    from pactwatch.model.events import DeploymentSpec, Event
    from pactwatch.model.sources import Evidence, Source

_MODULE = {
    "Actor": "actors",
    "Role": "actors",
    "Agreement": "agreements",
    "Condition": "agreements",
    "Link": "agreements",
    "Provision": "agreements",
    "DeploymentSpec": "events",
    "Event": "events",
    "Evidence": "sources",
    "Source": "sources",
}

__all__ = [
    "Actor",
    "Agreement",
    "Condition",
    "DeploymentSpec",
    "Event",
    "Evidence",
    "Link",
    "Provision",
    "Role",
    "Source",
]


def __getattr__(name: str) -> Any:
    module = _MODULE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
