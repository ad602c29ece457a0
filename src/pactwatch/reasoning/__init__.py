"""Reasoning over the world: plain functions from a World (and dates) to answers."""

from pactwatch.reasoning.describe import ActorView, AgreementView, describe
from pactwatch.reasoning.status import StatusReport, status

__all__ = ["ActorView", "AgreementView", "StatusReport", "describe", "status"]
