"""Reasoning over the world: plain functions from a World (and dates) to answers."""

from pactwatch.reasoning.audit import AuditReport, audit
from pactwatch.reasoning.balance import BalanceReport, balance
from pactwatch.reasoning.brief import Brief, brief
from pactwatch.reasoning.coverage import Coverage, coverage
from pactwatch.reasoning.describe import ActorView, AgreementView, describe
from pactwatch.reasoning.guarantors import GuarantorsReport, guarantors
from pactwatch.reasoning.portfolios import (
    Similarity,
    SimilarityMatrix,
    similarity,
    similarity_matrix,
)
from pactwatch.reasoning.review import accept
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
    "GuarantorsReport",
    "ScenarioReport",
    "Similarity",
    "SimilarityMatrix",
    "StatusReport",
    "Violation",
    "accept",
    "assess",
    "audit",
    "balance",
    "brief",
    "coverage",
    "describe",
    "guarantors",
    "similarity",
    "similarity_matrix",
    "status",
    "timeline",
    "violations",
]
