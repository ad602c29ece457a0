"""The domain model of the design: validated types, no behaviour beyond their own.

The types are imported from their modules when first named, so that the closed vocabularies
(:mod:`pactwatch.model.vocab`, which the command line's help texts quote) come without
building every pydantic model (docs/decisions/0011-start-up.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pactwatch.lazy import exports

if TYPE_CHECKING:
    from pactwatch.model.actors import Actor, Role
    from pactwatch.model.agreements import Agreement, Condition, Link, Provision
    from pactwatch.model.events import DeploymentSpec, Event
    from pactwatch.model.sources import Evidence, Source
    from pactwatch.model.weapons import ArmsFirm, WeaponSystem

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
    "WeaponSystem": "weapons",
    "ArmsFirm": "weapons",
}

__all__ = [
    "Actor",
    "Agreement",
    "ArmsFirm",
    "Condition",
    "DeploymentSpec",
    "Event",
    "Evidence",
    "Link",
    "Provision",
    "Role",
    "Source",
    "WeaponSystem",
]


__getattr__, __dir__ = exports(__name__, _MODULE, __all__)
