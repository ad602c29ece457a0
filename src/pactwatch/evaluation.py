"""Scoring extracted events against gold annotations, exactly as ``../shared/gold/README.md``.

1. A system event carries evidence spans ``[start, end)`` into the document text as read.
2. It *covers* a gold event when one of its spans overlaps an occurrence of one of the gold
   event's quotes in the same document.
3. It *matches* when it covers it, has the same type, its subject shares an id with the gold
   subject (skipped when the gold subject is empty), likewise the object, and its agreement
   equals the gold agreement (skipped when the gold agreement is null).
4. Matching is one-to-one and greedy in gold order; unmatched system events are false
   positives.
5. Precision, recall and F1 over events; then, over matched pairs, the accuracy of
   factuality, conditional and source (and of tense, which the gold also gives and which tells
   two mentions apart as events); and per document, whether the date was read right.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel


class GoldEvent(BaseModel):
    id: str
    doc: str
    type: str
    subject: list[str] = []
    object: list[str] = []
    agreement: str | None = None
    factuality: str
    conditional: bool = False
    tense: str | None = None
    source: str
    quotes: list[str]


class SystemEvent(BaseModel):
    """What the scorer needs of an extracted event."""

    doc: str
    type: str
    subject: list[str] = []
    object: list[str] = []
    agreement: str | None = None
    factuality: str
    conditional: bool = False
    tense: str | None = None
    source: str
    spans: list[tuple[int, int]]


class TypeScore(BaseModel):
    type: str
    gold: int
    system: int
    matched: int


class DateScore(BaseModel):
    doc: str
    gold: str | None
    system: str | None
    right: bool


class EvalReport(BaseModel):
    gold: int
    system: int
    matched: int
    precision: float
    recall: float
    f1: float
    factuality_accuracy: float | None
    conditional_accuracy: float | None
    source_accuracy: float | None
    tense_accuracy: float | None = None
    dates: list[DateScore]
    date_accuracy: float | None
    by_type: list[TypeScore]
    misses: list[GoldEvent]  # gold events no system event matched
    false_positives: list[SystemEvent]


def load_gold(path: Path) -> list[GoldEvent]:
    events = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                events.append(GoldEvent.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: not a gold event ({exc})") from None
    return events


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    out, start = [], text.find(quote)
    while start != -1:
        out.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return out


def as_system(annotation: list[GoldEvent], texts: Mapping[str, str]) -> list[SystemEvent]:
    """A second annotation of the same documents, scored as if a system had output it (for
    the agreement between two annotators): each event's evidence is every occurrence of its
    quotes. A quote that is not in its document, or a document not among ``texts``, is an
    error (ValueError naming the event)."""
    out = []
    for e in annotation:
        if e.doc not in texts:
            raise ValueError(f"event {e.id}: document {e.doc} is not among the gold's documents")
        spans = []
        for q in e.quotes:
            found = _occurrences(texts[e.doc], q)
            if not found:
                raise ValueError(f"event {e.id}: quote {q[:60]!r} is not in {e.doc}")
            spans += found
        fields = e.model_dump(exclude={"id", "quotes"})
        out.append(SystemEvent(**fields, spans=spans))
    return out


def _quoted(gold: GoldEvent, text: str) -> list[tuple[int, int]]:
    """Where the gold event's quotes stand in its document."""
    return [occ for q in gold.quotes for occ in _occurrences(text, q)]


def _overlaps(sys: SystemEvent, quoted: list[tuple[int, int]]) -> bool:
    return any(s < qe and qs < e for s, e in sys.spans for qs, qe in quoted)


def matches(sys: SystemEvent, gold: GoldEvent, text: str) -> bool:
    if sys.doc != gold.doc or sys.type != gold.type:
        return False
    return _overlaps(sys, _quoted(gold, text)) and _sides_match(sys, gold)


def _sides_match(sys: SystemEvent, gold: GoldEvent) -> bool:
    if gold.subject and not set(sys.subject) & set(gold.subject):
        return False
    if gold.object and not set(sys.object) & set(gold.object):
        return False
    return gold.agreement is None or sys.agreement == gold.agreement


def _ratio(n: int, d: int) -> float:
    return n / d if d else 0.0


def score(
    gold: list[GoldEvent],
    system: list[SystemEvent],
    texts: Mapping[str, str],
    gold_dates: Mapping[str, str | None] | None = None,
    system_dates: Mapping[str, str | None] | None = None,
) -> EvalReport:
    """Score ``system`` against ``gold``; ``texts`` maps a document name to its text."""
    used: set[int] = set()
    pairs: list[tuple[GoldEvent, SystemEvent]] = []
    misses = []
    # the system events each gold event may match, in their order: its document's, of its type
    rivals: dict[tuple[str, str], list[int]] = {}
    for i, s in enumerate(system):
        rivals.setdefault((s.doc, s.type), []).append(i)
    for g in gold:
        quoted = _quoted(g, texts.get(g.doc, ""))
        hit = next(
            (
                i
                for i in rivals.get((g.doc, g.type), [])
                if i not in used and _overlaps(system[i], quoted) and _sides_match(system[i], g)
            ),
            None,
        )
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            pairs.append((g, system[hit]))
    matched = len(pairs)
    precision, recall = _ratio(matched, len(system)), _ratio(matched, len(gold))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def accuracy(field: str) -> float | None:
        said = [(g, s) for g, s in pairs if getattr(g, field) is not None]
        said = [(g, s) for g, s in said if getattr(s, field) is not None]
        if not said:
            return None
        right = sum(bool(getattr(g, field) == getattr(s, field)) for g, s in said)
        return right / len(said)

    dates = [
        DateScore(
            doc=doc,
            gold=want,
            system=(system_dates or {}).get(doc),
            right=want == (system_dates or {}).get(doc),
        )
        for doc, want in sorted((gold_dates or {}).items())
    ]
    types = sorted({e.type for e in gold} | {e.type for e in system})
    g_count, s_count = Counter(e.type for e in gold), Counter(e.type for e in system)
    m_count = Counter(g.type for g, _ in pairs)
    return EvalReport(
        gold=len(gold),
        system=len(system),
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        factuality_accuracy=accuracy("factuality"),
        conditional_accuracy=accuracy("conditional"),
        source_accuracy=accuracy("source"),
        tense_accuracy=accuracy("tense"),
        dates=dates,
        date_accuracy=_ratio(sum(d.right for d in dates), len(dates)) if dates else None,
        by_type=[
            TypeScore(type=t, gold=g_count[t], system=s_count[t], matched=m_count[t]) for t in types
        ],
        misses=misses,
        false_positives=[s for i, s in enumerate(system) if i not in used],
    )


def gold_dates(path: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["doc"]] = row.get("published")
    return out
