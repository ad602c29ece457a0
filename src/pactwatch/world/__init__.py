"""The world: the fold of the event log over the static facts, and lookups by name."""

from pactwatch.world.catalog import Catalog, UnknownName
from pactwatch.world.fold import FoldProblem, History, fold
from pactwatch.world.snapshot import (
    AgreementState,
    DeploymentState,
    EventRef,
    MembershipState,
    ProvisionState,
    Snapshot,
)
from pactwatch.world.world import World

__all__ = [
    "AgreementState",
    "Catalog",
    "DeploymentState",
    "EventRef",
    "FoldProblem",
    "History",
    "MembershipState",
    "ProvisionState",
    "Snapshot",
    "UnknownName",
    "World",
    "fold",
]
