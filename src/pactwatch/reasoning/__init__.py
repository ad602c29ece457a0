"""Reasoning over the world: plain functions from a World (and dates) to answers."""

from pactwatch.reasoning.audit import AuditReport, audit
from pactwatch.reasoning.balance import BalanceReport, balance
from pactwatch.reasoning.brief import Brief, brief
from pactwatch.reasoning.coverage import Coverage, coverage
from pactwatch.reasoning.describe import ActorView, AgreementView, describe
from pactwatch.reasoning.forecasts import Forecast, Resolution, TrackRecord, track_records
from pactwatch.reasoning.forecasts import resolve as resolve_forecasts
from pactwatch.reasoning.guarantors import GuarantorsReport, guarantors
from pactwatch.reasoning.portfolios import (
    Similarity,
    SimilarityMatrix,
    similarity,
    similarity_matrix,
)
from pactwatch.reasoning.review import accept, standing_changes
from pactwatch.reasoning.rules import Violation, violations
from pactwatch.reasoning.scenarios import ScenarioReport, assess
from pactwatch.reasoning.status import StatusReport, status
from pactwatch.reasoning.timeline import timeline

__all__ = [
    "ActorView",
    "AgreementView",
    "AuditReport",
    "BalanceReport",
    "Brief",
    "Coverage",
    "Forecast",
    "GuarantorsReport",
    "Resolution",
    "ScenarioReport",
    "Similarity",
    "SimilarityMatrix",
    "StatusReport",
    "TrackRecord",
    "Violation",
    "accept",
    "assess",
    "audit",
    "balance",
    "brief",
    "coverage",
    "describe",
    "guarantors",
    "resolve_forecasts",
    "similarity",
    "similarity_matrix",
    "standing_changes",
    "status",
    "timeline",
    "track_records",
    "violations",
]
