"""What takes a trigger's match out of its event type: what the trigger acts on, what it is
called, a modifier, or the phrase it stands in ("the adoption of a resolution" signs nothing,
"an early warning radar" warns no one, "the defeat of Germany in World War II" is no
attack of today).

Each test is a plain function of the document, the candidate and its head token, registered
in ``GENERAL`` (every type; most read a table of ``away_words.py``) or ``BY_TYPE``; a
candidate that any of its tests takes away is dropped before arguments are read.

The package is one module per family of events, named as the ``lexicon`` package's, each with
the tests of its types as a dict ``BY_TYPE``: ``membership`` (join, expel, block, skip_meeting),
``presence`` (deploy, withdraw_forces, withdraw), ``arms`` (arms_supply, security_assistance),
``ties`` (political_support, cooperate, reduce_cooperation, negotiate), ``statements`` (warn,
urge, accuse, commit_defense), ``conflict`` (attack), ``agreements`` (sign, terminate, extend).
``general`` holds the tests of every type (``GENERAL``), ``common`` what several families share
(``Test``, ``ARMS``, ``AGREEMENT``, ``FORCES``, ``_ids_in`` and ``_press_conference``). This
module joins the families' dicts into ``BY_TYPE``; no type is in two of them, and the tests of
``GENERAL`` and of each type run in the order they always have.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pactwatch.extraction.away import (
    agreements,
    arms,
    conflict,
    membership,
    presence,
    statements,
    ties,
)
from pactwatch.extraction.away.arms import support_said_as_help
from pactwatch.extraction.away.common import Test
from pactwatch.extraction.away.general import GENERAL
from pactwatch.extraction.reading import Candidate

__all__ = ["BY_TYPE", "GENERAL", "Test", "support_said_as_help", "taken_away"]

BY_TYPE: dict[str, tuple[Test, ...]] = {
    **membership.BY_TYPE,
    **presence.BY_TYPE,
    **arms.BY_TYPE,
    **ties.BY_TYPE,
    **statements.BY_TYPE,
    **conflict.BY_TYPE,
    **agreements.BY_TYPE,
}


def taken_away(doc: Doc, c: Candidate) -> bool:
    """Whether a test of the candidate's type, or of every type, takes it out of its type."""
    head = doc[c.head]
    return any(test(doc, c, head) for test in (*GENERAL, *BY_TYPE.get(c.type, ())))
