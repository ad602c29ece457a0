"""Where a fact comes from: a source document and, for text, the span that states it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from pactwatch.dates import PartialDate
from pactwatch.model.vocab import SourceKind


class Source(BaseModel):
    """A citable source: a treaty article, an official statement, a dated article."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: SourceKind
    title: str
    publisher: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    ref: str | None = None  # article, clause or paragraph

    @model_validator(mode="after")
    def _citable(self) -> Source:
        if not (self.publisher or self.url or self.ref):
            raise ValueError("a source needs a publisher, a url or a ref to be citable")
        if self.kind == "article" and self.date is None:
            raise ValueError("an article source needs its publication date")
        return self

    def cite(self) -> str:
        parts = [self.title]
        if self.ref:
            parts.append(self.ref)
        if self.publisher:
            parts.append(self.publisher)
        if self.date:
            parts.append(str(self.date))
        return ", ".join(parts)


class Evidence(BaseModel):
    """One piece of evidence: a curated source, or a span of an ingested document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: Source | None = None
    document: str | None = None  # document id (hash of its text)
    start: int | None = None
    end: int | None = None
    quote: str | None = None

    @model_validator(mode="after")
    def _anchored(self) -> Evidence:
        if self.source is None and self.document is None:
            raise ValueError("evidence needs a source or a document")
        if (self.start is None) != (self.end is None):
            raise ValueError("a span needs both start and end")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("a span cannot end before it starts")
        return self

    def cite(self) -> str:
        if self.source is not None:
            return self.source.cite()
        return f"document {self.document}[{self.start}:{self.end}]"
