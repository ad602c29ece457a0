"""The importers' error, importable without the importers."""


class ImportError_(ValueError):
    """A dataset file that cannot be imported; the message says what to fix."""
