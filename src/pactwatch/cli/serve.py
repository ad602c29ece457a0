"""``pactwatch serve``: the web UI and the JSON API, with uvicorn."""

import os
import sys
from typing import Annotated

import typer

from pactwatch.cli import common
from pactwatch.cli.errors import user_errors


@user_errors
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8000,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The store to serve (as `pactwatch --db URL`); default the --db before the "
            "command, PACTWATCH_DB, or the default store.",
            show_default=False,
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            help="The token writes need (ingest, accept, reject); default PACTWATCH_TOKEN. "
            "Without one the server is read-only.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the web UI and the JSON API (/api/v1/, docs at /api/docs).

    The store is --db's (or that of `pactwatch --db URL serve`, or PACTWATCH_DB).
    """
    import uvicorn

    from pactwatch.service.errors import UserError
    from pactwatch.web import create_app

    token = token or os.environ.get("PACTWATCH_TOKEN") or None
    if token is not None and len(token) < 8:
        raise UserError("--token needs at least 8 characters")
    session = common.current()
    if db is not None:
        session = common.start(session.kb, db)
    world = session.world()  # a broken knowledge base is reported now, not on the first page
    app = create_app(session, token)
    mode = "writes need the token" if token else "read-only (no --token)"
    print(
        f"pactwatch: serving {len(world.kb.actors)} actors and {len(world.kb.agreements)} "
        f"agreements on http://{host}:{port}/ ({mode}); API docs at /api/docs",
        file=sys.stderr,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
