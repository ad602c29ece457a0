"""The ASGI app: the API router, the UI router, static files, the API docs and errors."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from pactwatch.extraction.errors import ReaderUnavailable
from pactwatch.kb.loader import KBError
from pactwatch.printable import printable
from pactwatch.service.errors import (
    USER_ERRORS,
    NotFound,
    ReadOnly,
    Unauthorized,
    UnknownName,
)
from pactwatch.service.reading import ServiceError
from pactwatch.service.session import Session
from pactwatch.web import api, ui
from pactwatch.web.context import Web, web_of
from pactwatch.web.security import DOCS_CSP, Guard, SecurityHeaders

DESCRIPTION = """The world's security commitments on any date: the same answers, and the same
JSON, as `pactwatch ... --json`. Reads are open; writes (documents, accept, reject) need the
server's token as `Authorization: Bearer TOKEN`. docs/api.md is the reference."""


def _status(exc: Exception) -> int:
    if isinstance(exc, NotFound | UnknownName):
        return 404
    if isinstance(exc, Unauthorized):
        return 401
    if isinstance(exc, ReadOnly):
        return 403
    return 400


def _message(exc: Exception) -> str:
    if isinstance(exc, KBError):
        return f"knowledge base is invalid: {printable(exc.problems[0], 200)}"
    return printable(exc, 300, one_line=True)


def create_app(session: Session | None = None, token: str | None = None) -> FastAPI:
    """The app over a session (the built-in knowledge base and the default store if none);
    writes are allowed only with a ``token``."""
    app = FastAPI(
        title="pactwatch",
        version="1",
        description=DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = Web(session or Session(), Guard(token))
    app.include_router(api.router)
    app.include_router(ui.router)
    try:
        from swagger_ui_bundle import swagger_ui_path

        app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")
        has_docs = True
    except ImportError:  # pragma: no cover - a dependency, but the API works without it
        has_docs = False
    static = Path(str(resources.files("pactwatch.web") / "static"))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/api/docs", include_in_schema=False)
    def docs(request: Request) -> Response:
        if not has_docs:
            return JSONResponse({"error": "swagger-ui-bundle is not installed"}, 404)
        page = web_of(request).render("docs.html")
        return HTMLResponse(page, headers={"Content-Security-Policy": DOCS_CSP})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/api/docs/openapi.json", include_in_schema=False)
    def docs_schema() -> Response:
        # The Swagger UI that swagger-ui-bundle ships (4.15) reads OpenAPI 3.0 only: the same
        # schema, labelled 3.0.3 for it. Programs should read /api/v1/openapi.json (3.1).
        return JSONResponse({**app.openapi(), "openapi": "3.0.3"})

    @app.get("/api/docs/oauth2-redirect", include_in_schema=False)
    def oauth2_redirect() -> Response:  # Swagger UI asks for it; there is no OAuth here
        return get_swagger_ui_oauth2_redirect_html()

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> Response:
        if isinstance(exc, (*USER_ERRORS, ServiceError, KBError)):
            return _error(request, _status(exc), _message(exc))
        if isinstance(exc, ReaderUnavailable):
            return _error(request, 503, _message(exc))
        return _error(request, 500, f"internal error: {type(exc).__name__}")

    for kind in (*USER_ERRORS, ServiceError, KBError, ReaderUnavailable):
        app.add_exception_handler(kind, failure)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 405:  # every method the path has, not the first route's only
            allowed = sorted(
                {
                    m
                    for r in app.routes
                    if isinstance(r, APIRoute) and r.path_regex.match(request.url.path)
                    for m in r.methods or ()
                }
            )
            response = _error(request, 405, f"{request.method} is not allowed here")
            response.headers["Allow"] = ", ".join(allowed)
            return response
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, printable(message, 300, one_line=True))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors()[:3]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return _error(request, 422, printable("; ".join(parts), 300, one_line=True))

    app.add_middleware(SecurityHeaders)
    return app


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    web = web_of(request)
    page = web.render("error.html", **ui.base(request), status=status, message=message)
    return HTMLResponse(page, status_code=status)
