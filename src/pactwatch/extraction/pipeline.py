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

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pactwatch.extraction import (  # noqa: F401  (the imports register the components)
    arguments,
    attribution,
    backbone,
    chrome,
    learned,
    mentions,
    modality,
    reference,
    timex,
    triggers,
)
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments import SYMMETRIC_TYPES
from pactwatch.extraction.claims import Antecedent, Extracted, Span
from pactwatch.extraction.headline import in_sentence_case, name_words
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.learned import LinearModel
from pactwatch.extraction.reading import EACH_OTHER, Candidate, Reading
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
BATCH = 8


@lru_cache(maxsize=1)
def reader() -> Language:
    """The trained pipeline with the reader's components (built once per process)."""
    nlp = backbone.load()
    for step in STEPS:
        nlp.add_pipe(step)
    return nlp


class Extractor:
    """Reads documents against one knowledge base."""

    def __init__(self, kb: KnowledgeBase, model: LinearModel | str | None = "shipped") -> None:
        self.know = Knowledge.of(kb)
        self.keep = name_words([n for a in kb.actors.values() for n in (a.name, *a.aliases)])
        self.nlp = reader()
        if isinstance(model, str) and model != "shipped":
            raise TypeError("model must be a LinearModel, None or 'shipped'")
        self.model: LinearModel | None = LinearModel.shipped() if isinstance(model, str) else model
        self.failures: dict[str, str] = {}  # document id -> what went wrong

    # -- reading --------------------------------------------------------------------------
    def _docs(
        self, documents: Iterable[Document], order: deque[tuple[Document, int]]
    ) -> Iterator[Doc]:
        for document in documents:
            pieces = backbone.parts(document.text)
            order.append((document, len(pieces)))
            for offset, text in pieces:
                plain = backbone.plain_typography(backbone.unwrapped(text))
                doc = self.nlp.make_doc(in_sentence_case(plain, self.keep))  # same offsets
                doc._.pactwatch = Reading(self.know, document=document, offset=offset)
                yield doc

    def readings(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Doc]]]:
        """Each document with its parsed parts, candidates scored (for training and eval). A
        document the reader fails on comes with no parts (``failures`` says why), and the
        others go on."""
        order: deque[tuple[Document, int]] = deque()
        parts: list[Doc] = []
        for doc in self.nlp.pipe(self._docs(documents, order), batch_size=BATCH):
            parts.append(doc)
            if order and len(parts) == order[0][1]:
                document, _ = order.popleft()
                broken = [p._.pactwatch.failed for p in parts if p._.pactwatch.failed]
                if broken:
                    self.failures[document.id] = broken[0]
                yield document, [] if broken else parts
                parts = []

    def extract(self, document: Document) -> list[Extracted]:
        return next(iter(self.extract_many([document])))[1]

    def extract_many(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, list[Extracted]]]:
        """Each document with its events; see ``failures`` for documents that could not be
        read (they come with no events)."""
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
        best: dict[tuple[int, str, str], tuple[float, Candidate]] = {}
        for c in r.candidates:
            if not complete(c, r):
                continue
            score = self.model.score(c.features) if self.model is not None else 1.0
            if self.model is None and c.guessed:
                continue  # without a model, only what the text says
            key = c.slot
            if score >= cut and (key not in best or score > best[key][0]):
                best[key] = (score, c)
        out = []
        for score, c in best.values():
            event = as_extracted(doc, r, c, score)
            if c.conditional and c.factuality != "Uu":
                event.condition = _antecedent(doc, r, c)
            out.append(event)
        return out


def _antecedent(doc: Doc, r: Reading, c: Candidate) -> Antecedent | None:
    """The event of the "if" clause a conditional claim depends on, read in its sentence: of
    "if Bishkek quits the bloc and Belarusian units pull out", the first one the clause names."""
    sent = doc[c.head].sent
    found = [
        x
        for x in r.candidates
        if x.factuality == "Uu" and sent.start <= x.head < sent.end and complete(x, r)
    ]
    if not found:
        return None
    marks = [t.i for t in sent if t.lower_ in cw.IF]
    mark = marks[0] if marks else sent.start
    # at one word, the reading whose subject is the clause's own ("Yerevan leaves the CSTO
    # and Russian troops ...": Yerevan leaving, not the troops read as what it leaves)
    best = min(
        found,
        key=lambda x: (x.head < mark, abs(x.head - mark), "subj_via=nsubj" not in x.cues, -x.score),
    )
    s, e = best.span
    return Antecedent(
        type=best.type,
        subject=best.subject,
        object=best.object,
        agreement=best.agreement,
        quote=doc[s:e].text,
    )


def complete(c: Candidate, r: Reading) -> bool:
    """An event needs someone or something it is about, and no one acts upon themselves
    (only a relation both sides hold names each side on both)."""
    same_both_ways = bool(c.subject) and set(c.subject) == set(c.object)
    mutual = c.type in SYMMETRIC_TYPES or EACH_OTHER in c.cues  # "accused each other"
    # a bloc's pledge to its own members ("a blow at any ally is a blow at them all")
    to_members = c.type == "commit_defense" and len(c.subject) == 1 and r.know.is_org(c.subject[0])
    if same_both_ways and not to_members and (not mutual or len(c.subject) < 2):
        return False
    if c.object and set(c.object) < set(c.subject) and c.type not in SYMMETRIC_TYPES:
        return False  # "clashes between Russian and Ukrainian forces": both sides, no target
    if any(r.know.is_outlet(i) for i in c.subject + c.object):
        return False  # "speaking with Reuters": an interview, no talks
    return bool(c.subject or c.object or c.agreement)


def _each_side(c: Candidate) -> list[str]:
    """Fighting between sides ("clashes between Armenia and Azerbaijan", "the war with
    Ukraine" of Russia) is each side's attack on the other: the sides are named on both."""
    if c.type == "attack" and not c.object and "subj_via=sides" in c.cues and len(c.subject) > 1:
        return list(c.subject)
    return c.object


def as_extracted(doc: Doc, r: Reading, c: Candidate, score: float) -> Extracted:
    s, e = c.span
    start = doc[s].idx + r.offset
    end = doc[e - 1].idx + len(doc[e - 1].text) + r.offset
    text = r.document.text if r.document is not None else doc.text
    source = r.source_at[c.head].source if r.source_at else "author"
    return Extracted(
        type=c.type,
        subject=c.subject,
        object=_each_side(c),
        agreement=c.agreement,
        factuality=c.factuality,
        conditional=c.conditional,
        tense=c.tense,
        source=source,
        date=c.date,
        evidence=[Span(start=start, end=end, quote=text[start:end])],
        confidence=round(score, 3),
    )


def merge(events: list[Extracted]) -> list[Extracted]:
    """One event per event, with the evidence of every mention.

    Mentions agreeing on every field of the key are one event (gold/README.md). Mentions that
    agree on everything but whose subjects only overlap ("Armenia" here, "Pashinyan and
    Armenia" there) are the same event read twice: they become one, the subjects joined. So
    is a mention that names only some of another's sides and agreement ("India signed the
    deal" after "India and Russia signed the deal"): the text leaves the rest implicit, and
    the event keeps the fuller reading.

    The events come in the order the text first tells them (so a document's claim numbers
    do not change when a retrained model scores them differently).
    """
    out: list[Extracted] = []
    for e in sorted(events, key=lambda x: -(x.confidence or 0.0)):
        same = next((k for k, kept in enumerate(out) if _same_event(kept, e)), None)
        if same is None:
            out.append(e)
            continue
        kept = out[same]
        spans = kept.evidence + [s for s in e.evidence if s not in kept.evidence]
        subject = kept.subject + [i for i in e.subject if i not in kept.subject]
        obj = kept.object + [i for i in e.object if i not in kept.object]
        out[same] = kept.model_copy(
            update={
                "evidence": spans,
                "date": kept.date or e.date,
                "subject": subject,
                "object": obj,
                "agreement": kept.agreement or e.agreement,
            }
        )
    return sorted(out, key=lambda e: min((s.start for s in e.evidence), default=0))


def _says_less(a: Extracted, b: Extracted) -> bool:
    """``b`` names no side and no agreement that ``a`` does not: the same event said again
    with less ("India signed the deal" after "India and Russia signed the deal")."""
    return (
        (bool(b.subject) or bool(b.object))
        and set(b.subject) <= set(a.subject)
        and set(b.object) <= set(a.object)
        and b.agreement in (None, a.agreement)
    )


def _same_event(a: Extracted, b: Extracted) -> bool:
    if a.key() == b.key():
        return True
    if a.key()[:6] == b.key()[:6] and _same_words(a, b):
        return True  # the same words twice on a page (a summary above the story), or the same
        # words read twice ("Chad declared the agreement terminated": told, and declared)
    if not (
        a.type == b.type
        and a.factuality == b.factuality
        and a.conditional == b.conditional
        and a.source == b.source
        and (a.tense == b.tense or not (a.date and b.date and a.date != b.date))
    ):
        return False
    if _says_less(a, b) or _says_less(b, a):
        return True
    return (
        a.agreement == b.agreement
        and set(a.object) == set(b.object)
        and bool(set(a.subject) & set(b.subject))
        and (
            _bodies(a.subject) == _bodies(b.subject)
            or not _bodies(a.subject)
            or not _bodies(b.subject)
        )
    )


def _same_words(a: Extracted, b: Extracted) -> bool:
    """Whether two events stand on the same words: the same quote, or overlapping spans."""
    if {s.quote for s in a.evidence} & {s.quote for s in b.evidence}:
        return True
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def _bodies(ids: list[str]) -> set[str]:
    """The upper-case ids (states, organizations, the UN's bodies), not people or armed
    groups: subjects that differ in them are different events ("Azerbaijan and Turkey
    ratified it" is not "Aliyev approved it")."""
    return {i for i in ids if i.isupper()}
