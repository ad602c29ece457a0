"""From documents to events: the reader as one spaCy pipeline.

The trained English pipeline (``backbone``) tags, lemmatizes, parses and finds entities; the
reader's own components follow it, each a registered factory that runs once per document and
adds to its ``Reading``:

    pactwatch_chrome -> pactwatch_mentions -> pactwatch_references -> pactwatch_attribution
    -> pactwatch_triggers -> pactwatch_arguments -> pactwatch_dates -> pactwatch_modality
    -> pactwatch_filter

``Extractor.extract_many`` streams documents through ``nlp.pipe``. A text longer than
``backbone.MAX_CHARS`` is read in parts (so time stays linear in length); an event stated
twice in a document comes out once, with an evidence span for each statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pactwatch.extraction import (  # noqa: F401  (the imports register the components)
    arguments,
    attribution,
    chrome,
    learned,
    mentions,
    modality,
    reference,
    timex,
    triggers,
)
from pactwatch.extraction import backbone
from pactwatch.extraction.claims import Extracted, Span
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.learned import LinearModel
from pactwatch.extraction.reading import Candidate, Reading
from pactwatch.kb.loader import KnowledgeBase
from pactwatch.text.documents import Document

STEPS = (
    "pactwatch_chrome",
    "pactwatch_mentions",
    "pactwatch_references",
    "pactwatch_attribution",
    "pactwatch_triggers",
    "pactwatch_arguments",
    "pactwatch_dates",
    "pactwatch_modality",
    "pactwatch_filter",
)
BATCH = 16


@lru_cache(maxsize=1)
def reader() -> Language:
    """The trained pipeline with the reader's components (built once per process)."""
    nlp = backbone.load()
    for step in STEPS:
        nlp.add_pipe(step)
    return nlp


class Extractor:
    """Reads documents against one knowledge base."""

    def __init__(self, kb: KnowledgeBase, model: LinearModel | None | str = "shipped") -> None:
        self.know = Knowledge.of(kb)
        self.nlp = reader()
        self.model = LinearModel.shipped() if model == "shipped" else model
        if not isinstance(self.model, LinearModel | None):
            raise TypeError("model must be a LinearModel, None or 'shipped'")

    # -- reading --------------------------------------------------------------------------
    def _docs(self, documents: Iterable[Document]) -> Iterator[Doc]:
        for document in documents:
            for offset, text in backbone.parts(document.text):
                doc = self.nlp.make_doc(text)
                doc._.pactwatch = Reading(self.know, document=document, offset=offset)
                yield doc

    def readings(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Doc]]]:
        """Each document with its parsed parts, candidates scored (for training and eval)."""
        current: Document | None = None
        parts: list[Doc] = []
        for doc in self.nlp.pipe(self._docs(documents), batch_size=BATCH):
            r: Reading = doc._.pactwatch
            if current is not None and r.document is not current:
                yield current, parts
                parts = []
            current = r.document
            parts.append(doc)
        if current is not None:
            yield current, parts

    def extract(self, document: Document) -> list[Extracted]:
        return next(iter(self.extract_many([document])))[1]

    def extract_many(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, list[Extracted]]]:
        for document, parts in self.readings(documents):
            events: list[Extracted] = []
            for doc in parts:
                events += self.events(doc)
            yield document, merge(events)

    def events(self, doc: Doc, threshold: float | None = None) -> list[Extracted]:
        """The candidates of one parsed part that pass the model, as extracted events."""
        r: Reading = doc._.pactwatch
        cut = self.model.threshold if self.model is not None else 0.0
        if threshold is not None:
            cut = threshold
        best: dict[tuple[int, str], tuple[float, Candidate]] = {}
        for c in r.candidates:
            if not _complete(c, r):
                continue
            score = self.model.score(c.features) if self.model is not None else 1.0
            if self.model is None and any(f.startswith("hyp=") for f in c.cues):
                continue  # without a model, only what the text says
            key = (c.head, c.type)
            if score >= cut and (key not in best or score > best[key][0]):
                best[key] = (score, c)
        return [as_extracted(doc, r, c, score) for score, c in best.values()]


def _complete(c: Candidate, r: Reading) -> bool:
    """An event needs someone or something it is about."""
    return bool(c.subject or c.object or c.agreement)


def as_extracted(doc: Doc, r: Reading, c: Candidate, score: float) -> Extracted:
    s, e = c.span
    start = doc[s].idx + r.offset
    end = doc[e - 1].idx + len(doc[e - 1].text) + r.offset
    text = r.document.text if r.document is not None else doc.text
    source = r.source_at[c.head].source if r.source_at else "author"
    return Extracted(
        type=c.type,  # type: ignore[arg-type]
        subject=c.subject,
        object=c.object,
        agreement=c.agreement,
        factuality=c.factuality,  # type: ignore[arg-type]
        conditional=c.conditional,
        tense=c.tense,  # type: ignore[arg-type]
        source=source,
        date=c.date,
        evidence=[Span(start=start, end=end, quote=text[start:end])],
        confidence=round(score, 3),
    )


def merge(events: list[Extracted]) -> list[Extracted]:
    """One event per key, with the evidence of every mention."""
    out: dict[tuple[Any, ...], Extracted] = {}
    for e in events:
        k = e.key()
        if k in out:
            kept = out[k]
            spans = kept.evidence + [s for s in e.evidence if s not in kept.evidence]
            conf = max(kept.confidence or 0.0, e.confidence or 0.0)
            out[k] = kept.model_copy(
                update={"evidence": spans, "date": kept.date or e.date, "confidence": conf}
            )
        else:
            out[k] = e
    return list(out.values())
