"""Extraction: from a document's text to candidate events with evidence (spaCy, no models)."""
