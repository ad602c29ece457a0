"""The domain model of the design: validated types, no behaviour beyond their own."""

from pactwatch.model.actors import Actor, Role
from pactwatch.model.agreements import Agreement, Condition, Link, Provision
from pactwatch.model.events import DeploymentSpec, Event
from pactwatch.model.sources import Evidence, Source

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
