"""How certain, under what condition, and when: factuality, ``conditional`` and tense.

The cues are read in the trigger's scope, the stretch of its clause before it (and, for a
nominal event, the predicate after it: "appears to be inevitable"). The weakest certainty cue
wins (possible < probable < certain); negation flips the polarity; "unlikely" is a negated
"probable". The antecedent of "if" is ``Uu``; its consequence and anything marked as a modal
consequence ("could lead to", "may trigger") is ``conditional``. "Only when" puts the main
clause itself under the condition.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pactwatch.extraction import lexicon as lx

BOUNDARY = lx.CLAUSE_WORDS | {";", ":", "who", "whereas", "however", "yet", "where", "—", "–"}
BOUNDARY |= {"once", "if", "unless", "until"}
LEVEL = {"CT": 3, "PR": 2, "PS": 1}


@dataclass(frozen=True)
class Modality:
    factuality: str
    conditional: bool
    tense: str


def scope_start(doc: Doc, sent: Span, start: int) -> int:
    """Where the trigger's clause begins: the last clause boundary before it."""
    j = start - 1
    while j >= sent.start:
        if doc[j].lower_ in BOUNDARY or doc[j].text == ",":
            return j + 1
        j -= 1
    return sent.start


def _cue_level(words: list[str]) -> tuple[int, bool]:
    """The weakest certainty among the cues, and whether "unlikely" negates it."""
    level, flip = 3, False
    for w in words:
        if w in lx.UNLIKELY:
            level, flip = min(level, 2), not flip
        elif w in lx.POSSIBLE:
            level = min(level, 1)
        elif w in lx.PROBABLE:
            level = min(level, 2)
    return level, flip


def _negated(words: list[str]) -> bool:
    count = 0
    for k, w in enumerate(words):
        if w in lx.NEGATION or w in lx.NEGATING_VERBS:
            if w == "not" and k + 1 < len(words) and words[k + 1] == "only":
                continue
            if w == "no" and k + 1 < len(words) and words[k + 1] == "longer":
                continue
            count += 1
    return count % 2 == 1


def _if_regions(doc: Doc, sent: Span) -> list[tuple[int, int, str]]:
    """Antecedent clauses: (start, end, marker) in tokens."""
    regions = []
    i = sent.start
    while i < sent.end:
        low = doc[i].lower_
        marker = None
        two = " ".join(t.lower_ for t in doc[i : i + 2])
        if two in lx.ONLY_IF:
            marker, skip = "only", 2
        elif low in lx.IF:
            marker, skip = ("whether" if low == "whether" else "if"), 1
        elif low in lx.TEMPORAL_CONDITION:
            marker, skip = "once", 1
        else:
            for phrase in lx.IF_PHRASES:
                n = len(phrase.split())
                if " ".join(t.lower_ for t in doc[i : i + n]) == phrase:
                    marker, skip = "if", n
                    break
        if marker is None:
            i += 1
            continue
        j = i + skip
        while j < sent.end and doc[j].text not in (",", ";") and doc[j].lower_ != "then":
            j += 1
        regions.append((i, j, marker))
        i = j
    return regions


def modality(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    scope: int,
    *,
    nominal: bool,
    event_type: str,
    verb_form: str | None,
    past_time: bool,
) -> Modality:
    left = [t.lower_ for t in doc[scope:start]]
    right: list[str] = []
    if nominal:
        for t in doc[end : min(end + 8, sent.end)]:
            if t.lower_ in BOUNDARY or t.text == ",":
                break
            right.append(t.lower_)
    level, flip = _cue_level(left + right)
    negative = _negated(left + [w for w in right if w in lx.NEGATION]) != flip
    if any(w in ("or",) for w in left[-2:]) and not any(w in lx.PERFECT for w in left[-2:]):
        level = min(level, 1)  # one of alternatives ("leaves ... or is kicked out")
    conditional = uu = False
    regions = _if_regions(doc, sent)
    for a, b, marker in regions:
        inside_region = a <= start < b
        if marker == "only":
            uu = conditional = True  # "will be restored only when ...": both sides
        elif marker == "whether" and inside_region:
            uu = True
        elif marker == "if":
            conditional = True
            uu = uu or inside_region
        elif marker == "once" and not inside_region:
            conditional = True
    # A gerund or noun that causes a modal consequence is its condition: "leaving X may
    # trigger ...".
    after = [t.lower_ for t in doc[end : min(end + 6, sent.end)]]
    for k, w in enumerate(after[1:], start=1):
        if w in lx.CONSEQUENCE and after[k - 1] in lx.POSSIBLE | lx.PROBABLE:
            if nominal or (verb_form == "ing" and scope == start):
                uu = conditional = True
            break
    # A modal consequence: "may trigger military threats", "could open it up to an attack".
    for k, w in enumerate(left):
        if w in lx.CONSEQUENCE and any(m in lx.POSSIBLE | lx.PROBABLE for m in left[:k]):
            conditional = True
    if uu:
        factuality = "Uu"
    else:
        name = {3: "CT", 2: "PR", 1: "PS"}[level]
        factuality = name + ("-" if negative else "+")
    words = left + right
    future_cue = any(w in lx.FUTURE for w in words) or uu
    future_cue |= "to" in left[-2:] and any(w in lx.PROBABLE for w in left)
    if future_cue or (conditional and not past_time):
        tense = "future"
    elif past_time:
        tense = "past"
    elif verb_form in ("pp", "past") and any(w in lx.PERFECT for w in left[-6:]):
        tense = "present" if event_type in lx.STATE_TYPES else "past"
    elif _past_form(verb_form, left) or (nominal and _past_after(right)):
        tense = "past"
    else:
        tense = "present"
    return Modality(factuality, conditional, tense)


def _past_form(verb_form: str | None, left: list[str]) -> bool:
    """A simple past ("froze"), or a past passive ("was expelled")."""
    if verb_form == "past" and not any(w in lx.BE for w in left[-2:]):
        return True
    return verb_form == "pp" and any(w in ("was", "were") for w in left[-3:])


def _past_after(right: list[str]) -> bool:
    """A nominal event told in the past: "the defeat ... caused", "the attack was"."""
    return any(w.endswith("ed") or w in ("was", "were") for w in right[:6])
