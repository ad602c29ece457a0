"""Text in: documents read from files, feeds and URLs, with their metadata and dates."""

from pactwatch.text.documents import Document, document_id
from pactwatch.text.readers import ReadError, read_path, read_url

__all__ = ["Document", "ReadError", "document_id", "read_path", "read_url"]
