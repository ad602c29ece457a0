"""What several families of tests share: the type of a test (``Test``), the word sets they read
(``ARMS``, ``AGREEMENT``, ``FORCES``), the ids of the actors named in a stretch of words
(``_ids_in``: presence, ties), and the one test of two families (``_press_conference``: a
meeting skipped, talks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS, WORDS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import lemma

ARMS = ARMS_NOUNS
AGREEMENT = WORDS["AGREEMENT"]
FORCES = WORDS["FORCES"]
Test = Callable[[Doc, Candidate, Token], bool]


def _ids_in(refs: list[Ref], start: int, end: int) -> set[str]:
    """The ids of the actors named from ``start`` up to ``end``."""
    return {i for r in refs if r.actor_like and start <= r.start and r.end <= end for i in r.ids}


def _press_conference(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "left to attend a press conference": a briefing, no meeting of a bloc."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in ("conference", "briefing")]
    return any(k.lower_ in ("press", "news") for t in said for k in t.children) or any(
        lemma(t) == "briefing" for t in said
    )
