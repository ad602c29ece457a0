"""Text in: documents read from files, feeds and URLs, with their metadata and dates.

The names are imported from their modules when first used, so that ``ReadError``
(:mod:`pactwatch.text.errors`) comes without the readers and the document model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pactwatch.text.documents import Document, document_id
    from pactwatch.text.errors import ReadError
    from pactwatch.text.readers import read_path, read_url

_MODULE = {
    "Document": "documents",
    "document_id": "documents",
    "ReadError": "errors",
    "read_path": "readers",
    "read_url": "readers",
}

__all__ = ["Document", "ReadError", "document_id", "read_path", "read_url"]


def __getattr__(name: str) -> Any:
    module = _MODULE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
