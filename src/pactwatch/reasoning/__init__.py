"""Reasoning over the world: plain functions from a World (and dates) to answers.

Each name is imported from its module when first used, so that a command that asks one
question (``status``) does not build the models of every other answer, nor import what they
read (ATOP's codings, the reader's claims): docs/decisions/0011-start-up.md. What the package
offers is unchanged: ``reasoning.status`` is the function ``status`` (never the module of the
same name, even after the module has been imported), ``from pactwatch.reasoning import X``
works for every name below.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# name -> (module, name in the module)
_WHERE: dict[str, tuple[str, str]] = {
    "AuditReport": ("audit", "AuditReport"),
    "audit": ("audit", "audit"),
    "BalanceReport": ("balance", "BalanceReport"),
    "balance": ("balance", "balance"),
    "Brief": ("brief", "Brief"),
    "brief": ("brief", "brief"),
    "Coverage": ("coverage", "Coverage"),
    "coverage": ("coverage", "coverage"),
    "ActorView": ("describe", "ActorView"),
    "AgreementView": ("describe", "AgreementView"),
    "describe": ("describe", "describe"),
    "Forecast": ("forecasts", "Forecast"),
    "Resolution": ("forecasts", "Resolution"),
    "TrackRecord": ("forecasts", "TrackRecord"),
    "track_records": ("forecasts", "track_records"),
    "resolve_forecasts": ("forecasts", "resolve"),
    "GuarantorsReport": ("guarantors", "GuarantorsReport"),
    "guarantors": ("guarantors", "guarantors"),
    "Similarity": ("portfolios", "Similarity"),
    "SimilarityMatrix": ("portfolios", "SimilarityMatrix"),
    "similarity": ("portfolios", "similarity"),
    "similarity_matrix": ("portfolios", "similarity_matrix"),
    "accept": ("review", "accept"),
    "standing_changes": ("review", "standing_changes"),
    "Violation": ("rules", "Violation"),
    "violations": ("rules", "violations"),
    "ScenarioReport": ("scenarios", "ScenarioReport"),
    "assess": ("scenarios", "assess"),
    "StatusReport": ("status", "StatusReport"),
    "status": ("status", "status"),
    "timeline": ("timeline", "timeline"),
}

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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        try:  # a submodule not imported yet: reasoning.portfolios, reasoning.rules, ...
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module, attr = where
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package: a submodule named like one of its functions (``status``, ``audit``,
    ``timeline``, ...) is not bound over the function when it is imported, as the import
    system would; the function stays the package's attribute, as it always was."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _WHERE.get(name, ("", ""))[1] == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
