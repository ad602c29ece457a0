"""What the reader knows about one document while it reads: one ``Reading`` per spaCy ``Doc``.

Every pipeline component adds to it (``doc._.pactwatch``): references to actors and agreements,
the source of every token, the page chrome, the candidate events and their attributes. Token
indexes are the ``Doc``'s; ``offset`` turns character offsets into the document's when a long
text is read in parts.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from spacy.tokens import Doc

from pactwatch.dates import PartialDate
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.lexicon.patterns import Trigger
from pactwatch.text.documents import Document

RefKind = Literal["state", "org", "person", "group", "agreement", "mission", "place"]

if not Doc.has_extension("pactwatch"):
    Doc.set_extension("pactwatch", default=None)


@dataclass(frozen=True)
class Ref:
    """A stretch of tokens that names or points to actors or an agreement."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: RefKind
    how: str  # name, alias, demonym, capital, role, entity, pronoun, description, speaker
    head: int  # the token that heads it in the parse

    @property
    def actor_like(self) -> bool:
        return self.kind in ("state", "org", "person", "group", "mission")


@dataclass(frozen=True)
class Attribution:
    source: str  # an actor id, "unnamed" or "author"
    speaker: tuple[str, ...] = ()  # who "we" stands for inside the speaker's words
    report: bool = False  # a report's or an institution's voice, which carries on


AUTHOR = Attribution("author")


EACH_OTHER = "obj_via=each_other"  # cue: the sides act on each other ("accused each other")
NOT_PROVIDED = "neg=not_provided"  # cue: a pact that does not set the act out (modality.py)
NOT_PARTNER = "agr=not_partner"  # cue: "the agreement with the EU" is not the EU


@dataclass
class Candidate:
    """A possible event: a trigger match with its arguments and attributes."""

    trigger: Trigger
    type: str
    start: int  # the trigger's tokens
    end: int
    head: int
    absorbed: frozenset[int] = frozenset()  # cue words that belong to the trigger
    subject: list[str] = field(default_factory=list)
    object: list[str] = field(default_factory=list)
    agreement: str | None = None
    span: tuple[int, int] = (0, 0)  # the tokens quoted as evidence
    factuality: str = "CT+"
    conditional: bool = False
    tense: str = "present"
    source: str = "author"
    date: PartialDate | None = None
    date_elsewhere: bool = False  # the date is its sentence's, from another clause
    date_ahead: PartialDate | None = None  # the same words read forward: "by Tuesday"
    cues: list[str] = field(default_factory=list)  # what decided the attributes (features)
    features: list[str] = field(default_factory=list)  # what the learned filter saw
    score: float = 1.0
    one_of: str = ""  # one of several events at the trigger: the partner it is with
    again_of: int = -1  # said again ("the deliveries"): the trigger of the reading it repeats

    @property
    def slot(self) -> tuple[int, str, str]:
        """One reading is kept at each slot: its trigger word, its type, and for one of
        several events at the word ("agreements with Britain and France"), which one."""
        return (self.head, self.type, self.one_of)

    @property
    def guessed(self) -> bool:
        """Whether a side or the agreement of this reading is only guessed (a ``hyp=`` cue)."""
        return any(f.startswith("hyp=") for f in self.cues)


@dataclass
class Reading:
    know: Knowledge
    document: Document | None = None
    offset: int = 0  # characters of the document before this Doc's text
    refs: list[Ref] = field(default_factory=list)
    ref_at: list[int] = field(default_factory=list)  # token -> index into refs, or -1
    speaks_for: dict[str, str] = field(default_factory=dict)  # person -> state, this document
    chrome: set[int] = field(default_factory=set)  # first tokens of chrome sentences
    source_at: list[Attribution] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    focus: str | None = None  # the state the document is mostly about
    second: str | None = None  # the state it names most after that one
    focus_share: float = 0.0  # how much of the document's naming of states is the focus's
    failed: str | None = None  # what went wrong, if a step failed on this document

    @property
    def anchor(self) -> _dt.date | None:
        doc = self.document
        return doc.published.start if doc is not None and doc.published is not None else None

    def ref(self, i: int) -> Ref | None:
        k = self.ref_at[i] if 0 <= i < len(self.ref_at) else -1
        return self.refs[k] if k >= 0 else None

    def index(self, n_tokens: int) -> None:
        self.refs.sort(key=lambda r: (r.start, -r.end))
        self.ref_at = [-1] * n_tokens
        for k, r in enumerate(self.refs):
            for i in range(r.start, r.end):
                if self.ref_at[i] == -1:
                    self.ref_at[i] = k


S = TypeVar("S", bound=Callable[..., Doc])


def guarded(name: str) -> Callable[[S], S]:
    """A reader step (a function of the Doc, or a component's ``__call__``) that fails on one
    document marks it failed and lets the stream go on: the document is reported and skipped,
    the others are read."""

    def wrap(step: S) -> S:
        @functools.wraps(step)
        def run(*args: Any) -> Doc:
            doc: Doc = args[-1]
            r = doc._.pactwatch
            if not isinstance(r, Reading):
                raise ValueError(f"{name} needs doc._.pactwatch = Reading(knowledge)")
            if r.failed:
                return doc
            try:
                return step(*args)
            except Exception as exc:
                r.failed = f"{type(exc).__name__} in {name}: {exc}"[:300]
                r.candidates = []
                return doc

        return run  # type: ignore[return-value]

    return wrap


def reading(doc: Doc) -> Reading:
    r = doc._.pactwatch
    if r is None:
        raise RuntimeError("this Doc was not prepared by the pactwatch reader")
    return r  # type: ignore[no-any-return]
