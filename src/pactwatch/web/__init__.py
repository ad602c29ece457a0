"""``pactwatch serve``: the JSON API under ``/api/v1/`` and the server-rendered web UI.

An interface: it parses requests and renders answers; everything it shows is computed by the
service layer (``pactwatch.service``)."""

from pactwatch.web.app import create_app

__all__ = ["create_app"]
