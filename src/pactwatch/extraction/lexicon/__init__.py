"""The words the reader knows: its event triggers, and the word classes its argument rules read.

The cues of certainty, time, conditions and sources are in ``cue_words.py``; the words by which
a reading is no event of its type, in ``away_words.py``.

The package is one module per family of events, each with its triggers and the patterns the
argument rules read by name: ``membership`` (joining, applying, leaving and notice of it,
suspension, expulsion, membership frozen and resumed, drills and meetings skipped, dues withheld,
accessions blocked), ``presence`` (forces deployed, hosted and withdrawn, and bases), ``arms``
(arms supplied, bought and received, and security assistance), ``ties`` (backing in words,
cooperation, ties reduced or cut, talks), ``statements`` (warnings, accusations, requests,
commitments to defend), ``conflict`` (attacks and fighting), ``agreements`` (peace deals and an
agreement's life cycle: signing, ratification, entry into force, extension, amendment,
termination).

Under them, ``patterns`` is how a trigger is written (the pattern language, ``Frame``, ``Trigger``,
the named sets ``SETS`` and ``WORDS``), ``forms`` the spellings and inflections folded before
matching, and ``word_classes`` the other word classes the argument rules read (``LIGHT``,
``INTENT``, ...). This module joins the families' lists into ``TRIGGERS``, in the order the reader
has always had them (a trigger's place is its matcher id, and which of two matches is kept and the
learned filter's features follow it), and builds ``VERB_OF`` from every pattern.
"""

from __future__ import annotations

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon import (
    agreements,
    arms,
    conflict,
    membership,
    presence,
    statements,
    ties,
)
from pactwatch.extraction.lexicon.forms import verb_forms
from pactwatch.extraction.lexicon.patterns import SETS, Trigger

# The families' lists in the order their rows have always had: a trigger's place in this list
# is its matcher id, and the order decides which of two matches is kept and what the learned
# filter was trained on.
TRIGGERS: list[Trigger] = [
    *membership.TRIGGERS,
    *presence.TRIGGERS,
    *arms.TRIGGERS,
    *ties.TRIGGERS,
    *statements.TRIGGERS,
    *conflict.TRIGGERS,
    *agreements.TRIGGERS,
]


def _pattern_words() -> set[str]:
    words: set[str] = set()
    for trig in TRIGGERS:
        for part in trig.pattern.split():
            for alt in part.lstrip("^!?").split("/")[0].split("|"):
                if alt and alt[0].isalpha():
                    words.add(alt)
    for members in SETS.values():
        words |= set(members.split())
    return words


# Inflected forms of every word the patterns name, read as verbs: "waged" -> "wage" even where
# the lemmatizer slips ("wag"). Applied to verbs and adjectives only ("meeting" stays a noun).
VERB_OF: dict[str, str] = {}
for _w in sorted(_pattern_words() | cw.REPORTING | cw.NEGATING | cw.PROBABLE | cw.POSSIBLE):
    for _form, _base in verb_forms(_w).items():
        VERB_OF.setdefault(_form, _base)
