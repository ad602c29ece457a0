"""The store's error, apart from the store so that catching it does not import SQLAlchemy."""


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to do."""
