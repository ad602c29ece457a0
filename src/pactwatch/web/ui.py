"""The web UI: server-rendered pages that work without JavaScript.

Each route reads its query or form, calls the service layer and renders a template; every
string from the knowledge base, the store or an article is escaped by Jinja2. Forms that
change something carry a CSRF token and need a signed-in browser (``/login`` with the
server's token).
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from pactwatch.model.vocab import EVENT_TYPES
from pactwatch.service import briefs, pages, queries, review, scenarios
from pactwatch.service.errors import UnknownName, UserError
from pactwatch.service.inputs import parse_date
from pactwatch.web.context import Web, web_of
from pactwatch.web.security import AUTH_COOKIE, CSRF_COOKIE

router = APIRouter(include_in_schema=False)

NAMES = {"as_of": "date", "from": "from", "to": "to", "date": "date", "type": "type",
         "status": "status"}  # fmt: skip
MAX_FORM = 21_000_000  # an article of 20 MB and its fields
Date = Annotated[str | None, Query(max_length=40)]


def base(request: Request) -> dict[str, Any]:
    web = web_of(request)
    return {
        "writable": web.guard.writable,
        "signed_in": web.guard.signed_in(request.cookies.get(AUTH_COOKIE)),
        "path": request.url.path,
    }


def _page(web: Web, name: str, request: Request, status: int = 200, **context: Any) -> Response:
    return HTMLResponse(web.render(name, **base(request), **context), status_code=status)


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


# -- CSRF ------------------------------------------------------------------------------


def _with_csrf(web: Web, name: str, request: Request, status: int = 200, **ctx: Any) -> Response:
    """A page with forms: its CSRF token, and the cookie it is made from if new."""
    cookie = request.cookies.get(CSRF_COOKIE)
    new = not cookie or len(cookie) != 32
    if new:
        cookie = web.guard.new_csrf_cookie()
    assert cookie is not None
    response = _page(web, name, request, status, csrf=web.guard.csrf_token(cookie), **ctx)
    if new:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


async def _form(request: Request) -> Any:
    """The posted form, after the CSRF and origin checks."""
    size = request.headers.get("content-length")
    if size is not None and size.isdigit() and int(size) > MAX_FORM:
        raise UserError("the form is larger than 20 MB")
    origin = request.headers.get("origin")
    own = f"{request.url.scheme}://{request.url.netloc}"
    if origin is not None and origin != "null" and origin != own:
        raise UserError("the form was sent from another site: refused")
    form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_FORM)
    field = form.get("csrf")
    web = web_of(request)
    if not web.guard.csrf_ok(
        request.cookies.get(CSRF_COOKIE), field if isinstance(field, str) else None
    ):
        raise UserError("the form has expired or was not sent from this site: reload the page")
    return form


def _text(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


# -- pages -----------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> Response:
    web = web_of(request)
    world = web.session.world()
    states = sorted(
        ((a.name, a.id) for a in world.kb.actors.values() if a.kind == "state" and a.id.isalpha()),
    )
    organizations = sorted(
        (a.id, a.name) for a in world.kb.agreements.values() if a.kind == "organization"
    )
    return _page(
        web,
        "index.html",
        request,
        states=states,
        organizations=organizations,
        counts=review.counts(web.session),
    )


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=300)] = "") -> Response:
    """A name as the CLI resolves it: straight to its page, else suggestions."""
    web = web_of(request)
    world = web.session.world()
    if not q.strip():
        return RedirectResponse("/", status_code=303)
    try:
        ident = world.catalog.resolve(q)
    except UnknownName as exc:  # show the suggestions
        labels = {i: world.catalog.label(i) for i in exc.suggestions}
        kinds = {i: "agreements" if i in world.kb.agreements else "actors" for i in labels}
        return _page(
            web, "search.html", request, 404, q=q, message=str(exc), suggestions=labels,
            kinds=kinds,
        )  # fmt: skip
    kind = "agreements" if ident in world.kb.agreements else "actors"
    return RedirectResponse(f"/{kind}/{ident}", status_code=303)


@router.get("/actors/{ident}", response_class=HTMLResponse)
async def actor(request: Request, ident: str, date: Date = None) -> Response:
    # A page already rendered is sent from the event loop; rendering one goes to a thread.
    web = web_of(request)
    date = _blank(date)
    signed = web.guard.signed_in(request.cookies.get(AUTH_COOKIE))
    cached = web.cached_page(("actor", ident, date, signed))
    if cached is not None:
        return HTMLResponse(cached)
    return await run_in_threadpool(_actor, request, ident, date, signed)


def _actor(request: Request, ident: str, date: str | None, signed: bool) -> Response:
    web = web_of(request)
    key = ("actor", ident, date, signed)
    notes: list[str] = []
    page = pages.actor_page(web.session, ident, date, notes.append, NAMES)
    if page.status.actor != ident:  # a name or alias: the page lives at its id
        query = f"?{urlencode({'date': date})}" if date else ""
        return RedirectResponse(f"/actors/{page.status.actor}{query}", status_code=303)
    html = web.render(
        "actor.html", **base(request), p=page, s=page.status, g=page.guarantors, notes=notes,
        date=date or "", groups=_guarantee_groups(page.guarantors),
    )  # fmt: skip
    if not notes:
        web.keep_page(key, html)
    return HTMLResponse(html)


def _guarantee_groups(report: Any) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for g in report.guarantees:
        key = (g.agreement, g.provision)
        if key not in groups:
            groups[key] = {"first": g, "members": []}
        groups[key]["members"].append(g)
    return list(groups.values())


@router.get("/actors/{ident}/{figure}.png")
def figure(request: Request, ident: str, figure: str, date: Date = None) -> Response:
    web = web_of(request)
    data = queries.brief(web.session, ident, _blank(date), names=NAMES)
    png = briefs.figure(web.session, data, figure)
    return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=300"})


@router.get("/agreements/{ident}", response_class=HTMLResponse)
def agreement(request: Request, ident: str, date: Date = None) -> Response:
    web = web_of(request)
    date = _blank(date)
    notes: list[str] = []
    page = pages.agreement_page(web.session, ident, date, notes.append, NAMES)
    if page.view.agreement.id != ident:
        query = f"?{urlencode({'date': date})}" if date else ""
        return RedirectResponse(f"/agreements/{page.view.agreement.id}{query}", status_code=303)
    return _page(web, "agreement.html", request, p=page, v=page.view, notes=notes, date=date or "")


@router.get("/diff", response_class=HTMLResponse)
def diff(
    request: Request,
    start: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=40)] = None,
    actor: Annotated[str | None, Query(max_length=300)] = None,
) -> Response:
    web = web_of(request)
    start, end, actor = _blank(start), _blank(end), _blank(actor)
    result = None
    notes: list[str] = []
    if start and end:
        result = queries.diff(web.session, start, end, actor, notes.append, NAMES)
    labels = web.session.world().catalog.label
    return _page(
        web, "diff.html", request, result=result, start=start or "", end=end or "",
        actor=actor or "", notes=notes, label=labels,
    )  # fmt: skip


@router.get("/scenario", response_class=HTMLResponse)
def scenario_form(
    request: Request, example: Annotated[str | None, Query(max_length=100)] = None
) -> Response:
    web = web_of(request)
    examples = scenarios.examples()
    text = scenarios.example(example) if example else ""
    return _with_csrf(
        web, "scenario.html", request, examples=examples, example=example or "", text=text,
        report=None, label=web.session.world().catalog.label,
    )  # fmt: skip


@router.post("/scenario", response_class=HTMLResponse)
async def scenario_run(request: Request) -> Response:
    form = await _form(request)
    web = web_of(request)
    text = _text(form, "scenario") or ""
    if not text.strip():
        raise UserError("paste a scenario (YAML) or start from an example")
    report = await run_in_threadpool(scenarios.from_text, web.session, text, "scenario")
    world = web.session.world()
    labels = {i: world.catalog.label(i) for i in world.kb.actors}
    return _with_csrf(
        web, "scenario.html", request, examples=scenarios.examples(), example="", text=text,
        report=report, label=world.catalog.label,
        violations=[v.describe(labels) for v in report.new_violations],
    )  # fmt: skip


# -- review ----------------------------------------------------------------------------


@router.get("/review", response_class=HTMLResponse)
def review_list(
    request: Request,
    status: Annotated[str, Query(max_length=20)] = "candidate",
    actor: Annotated[str | None, Query(max_length=300)] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    source: Annotated[str | None, Query(max_length=300)] = None,
    factuality: Annotated[str | None, Query(max_length=10)] = None,
    document: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    web = web_of(request)
    actor, type, source = _blank(actor), _blank(type), _blank(source)
    factuality, document = _blank(factuality), _blank(document)
    items: list[Any] = []
    if web.session.store() is not None:
        items = review.claims(web.session, status, actor, type, source, factuality, document, NAMES)
    filters = {"status": status, "actor": actor or "", "type": type or "",
               "source": source or "", "factuality": factuality or "",
               "document": document or ""}  # fmt: skip
    return _page(
        web, "review.html", request, items=items, f=filters, types=EVENT_TYPES,
        factualities=review.FACTUALITIES,
    )  # fmt: skip


@router.get("/review/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: str) -> Response:
    web = web_of(request)
    page = pages.claim_page(web.session, review.claim(web.session, claim_id))
    return _with_csrf(web, "claim.html", request, p=page, c=page.claim.claim)


@router.post("/review/{claim_id}/accept")
async def accept(request: Request, claim_id: str) -> Response:
    form = await _form(request)
    web = web_of(request)
    web.guard.require_write(cookie=request.cookies.get(AUTH_COOKIE))
    when = parse_date(_blank(_text(form, "date")), "date")
    try:
        [done] = list(review.accept(web.session, [claim_id], when))
    finally:
        web.forget()
    return _after_decision(done.id, done.event.date.start if done.moves else None, done.event)


def _after_decision(claim_id: str, day: _dt.date | None, event: Any) -> Response:
    if day is not None and event.subject:
        query = urlencode({"date": str(event.date), "accepted": claim_id})
        return RedirectResponse(f"/actors/{event.subject[0]}?{query}", status_code=303)
    return RedirectResponse(f"/review/{claim_id}", status_code=303)


@router.post("/review/{claim_id}/reject")
async def reject(request: Request, claim_id: str) -> Response:
    await _form(request)
    web = web_of(request)
    web.guard.require_write(cookie=request.cookies.get(AUTH_COOKIE))
    try:
        list(review.reject(web.session, [claim_id]))
    finally:
        web.forget()
    return RedirectResponse(f"/review/{claim_id}", status_code=303)


# -- upload ----------------------------------------------------------------------------


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> Response:
    return _with_csrf(web_of(request), "upload.html", request)


@router.post("/upload")
async def upload(request: Request) -> Response:
    form = await _form(request)
    web = web_of(request)
    web.guard.require_write(cookie=request.cookies.get(AUTH_COOKIE))
    text = _text(form, "text") or ""
    html = False
    file = form.get("file")
    if isinstance(file, UploadFile) and file.filename:
        data = await file.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError(f"{file.filename} is not UTF-8 text") from None
        html = file.filename.lower().endswith((".html", ".htm"))
    doc = review.new_document(
        text,
        html,
        _blank(_text(form, "title")),
        _blank(_text(form, "url")),
        _blank(_text(form, "publisher")),
        _blank(_text(form, "published")),
    )
    done = await run_in_threadpool(review.ingest, web.session, [doc])
    web.forget()
    if done.failed:
        raise UserError(f"could not read the article: {next(iter(done.failed.values()))}")
    return RedirectResponse(f"/review?{urlencode({'document': doc.id})}", status_code=303)


# -- signing in ------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return _with_csrf(web_of(request), "login.html", request, failed=False)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await _form(request)
    web = web_of(request)
    if not web.guard.writable:
        web.guard.require_write()
    if not web.guard.token_matches(_text(form, "token")):
        return _with_csrf(web, "login.html", request, 401, failed=True)
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(
        AUTH_COOKIE, web.guard.auth_cookie(), httponly=True, samesite="strict", path="/"
    )
    return response


@router.get("/logout", response_class=HTMLResponse)
def logout_form(request: Request) -> Response:
    return _with_csrf(web_of(request), "logout.html", request)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await _form(request)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(AUTH_COOKIE, path="/")
    return response
