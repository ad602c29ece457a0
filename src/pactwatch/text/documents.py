"""A document: the text as read (offsets refer to it), its id and its metadata."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pydantic import BaseModel, ConfigDict

from pactwatch.dates import PartialDate

_SPACE = re.compile(r"\s+")


def document_id(text: str) -> str:
    """A hash of the normalized text: the same article read twice is one document."""
    norm = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class Document(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    path: str | None = None  # the file it was read from, if any

    @classmethod
    def of(cls, text: str, **meta: object) -> Document:
        return cls(id=document_id(text), text=text, **meta)
