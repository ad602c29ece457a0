"""Text in: documents read from files, feeds and URLs, with their metadata and dates.

The names are imported from their modules when first used, so that ``ReadError``
(:mod:`pactwatch.text.errors`) comes without the readers and the document model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pactwatch.lazy import exports

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


__getattr__, __dir__ = exports(__name__, _MODULE, __all__)
