"""The JSON API under ``/api/v1/``: the same JSON as the CLI's ``--json``.

Every route parses its request, calls the service layer and returns the answer's JSON
(:func:`pactwatch.service.jsonable.dumps`); the models named in ``response_model`` document it
in the OpenAPI schema. Errors are ``{"error": "one line"}`` with 400 (a mistake in the
request), 404 (an unknown name or id), 401 (a write without the token) or 403 (a read-only
server).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Header, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from pactwatch.extraction.claims import Extracted
from pactwatch.reasoning import (
    ActorView,
    AgreementView,
    BalanceReport,
    Brief,
    GuarantorsReport,
    ScenarioReport,
    Similarity,
    SimilarityMatrix,
    StatusReport,
)
from pactwatch.reasoning.forecasts import Status, TrackRecord
from pactwatch.service import briefs, forecasts, queries, review, scenarios
from pactwatch.service.errors import UserError
from pactwatch.service.inputs import parse_date
from pactwatch.service.jsonable import dumps
from pactwatch.service.queries import Timeline
from pactwatch.web.context import Web, web_of
from pactwatch.web.security import BRIEF_CSP, bearer
from pactwatch.world import EventRef
from pactwatch.world.world import Diff

router = APIRouter(prefix="/api/v1", tags=["api"])

NAMES = {"as_of": "as_of", "from": "from", "to": "to", "date": "date", "type": "type",
         "kind": "kind", "matrix": "states", "status": "status"}  # fmt: skip

AsOf = Annotated[
    str | None,
    Query(description="Date YYYY, YYYY-MM or YYYY-MM-DD; default today.", max_length=40),
]
From = Annotated[str | None, Query(alias="from", description="First date.", max_length=40)]
To = Annotated[
    str | None, Query(alias="to", description="Last date; default today.", max_length=40)
]


class Error(BaseModel):
    error: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "A mistake in the request (the message says which)."},
    404: {"model": Error, "description": "An unknown name or id."},
    422: {"model": Error, "description": "A parameter or body of the wrong form."},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": Error, "description": "The write needs the server's token."},
    403: {"model": Error, "description": "The server is read-only (started without a token)."},
}


class JSON(Response):
    media_type = "application/json"


def answer(value: Any, status_code: int = 200, notes: list[str] | None = None) -> Response:
    headers = {"X-Pactwatch-Note": " | ".join(notes)[:1000]} if notes else None
    return JSON(dumps(value, indent=None), status_code=status_code, headers=headers)


def _web(request: Request) -> Web:
    return web_of(request)


@router.get("/status/{actor}", response_model=StatusReport, responses=ERRORS)
async def status(request: Request, actor: str, as_of: AsOf = None) -> Response:
    """An actor's standing in every agreement (legal and participation) and its
    deployments: `pactwatch status ACTOR --json`."""
    # An answer already written is sent from the event loop; computing one goes to a thread.
    cached = _web(request).cached_json(("status", actor, as_of))
    if cached is not None:
        return JSON(cached)
    return await run_in_threadpool(_status, request, actor, as_of)


def _status(request: Request, actor: str, as_of: str | None) -> Response:
    web, notes = _web(request), list[str]()
    report = queries.status(web.session, actor, as_of, notes.append, NAMES)
    if notes:
        return answer(report, notes=notes)
    return JSON(web.keep_json(("status", actor, as_of), dumps(report, indent=None)))


@router.get("/timeline/{ident}", response_model=Timeline, responses=ERRORS)
def timeline(request: Request, ident: str, start: From = None, end: To = None) -> Response:
    """Dated events of an actor or agreement, certain and claimed: `pactwatch timeline`."""
    notes: list[str] = []
    return answer(
        queries.timeline(_web(request).session, ident, start, end, notes.append, NAMES),
        notes=notes,
    )


@router.get("/diff", response_model=Diff, responses=ERRORS)
def diff(
    request: Request,
    start: Annotated[str, Query(alias="from", description="Earlier date.", max_length=40)],
    end: Annotated[str, Query(alias="to", description="Later date.", max_length=40)],
    actor: Annotated[str | None, Query(description="Only this actor or agreement.")] = None,
) -> Response:
    """What changed between two dates: `pactwatch diff --json`."""
    notes: list[str] = []
    return answer(
        queries.diff(_web(request).session, start, end, actor, notes.append, NAMES), notes=notes
    )


@router.get("/show/{ident}", response_model=ActorView | AgreementView, responses=ERRORS)
def show(request: Request, ident: str, as_of: AsOf = None) -> Response:
    """One actor or agreement: names, roles, provisions, parties: `pactwatch show --json`."""
    notes: list[str] = []
    return answer(
        queries.show(_web(request).session, ident, as_of, notes.append, NAMES), notes=notes
    )


@router.get("/guarantors/{actor}", response_model=GuarantorsReport, responses=ERRORS)
def guarantors(
    request: Request,
    actor: str,
    as_of: AsOf = None,
    kind: Annotated[str, Query(description="Provision kinds, comma-separated.")] = "defense",
) -> Response:
    """Who is obliged to defend an actor, under what, with caveats: `pactwatch guarantors`."""
    notes: list[str] = []
    return answer(
        queries.guarantors(_web(request).session, actor, as_of, kind, notes.append, NAMES),
        notes=notes,
    )


@router.get("/balance/{challenger}/{target}", response_model=BalanceReport, responses=ERRORS)
def balance(request: Request, challenger: str, target: str, as_of: AsOf = None) -> Response:
    """Who is committed to each side of a dyad, and who to both: `pactwatch balance`."""
    notes: list[str] = []
    session = _web(request).session
    return answer(
        queries.balance(session, challenger, target, as_of, None, notes.append, NAMES),
        notes=notes,
    )


@router.get("/similarity/{a}/{b}", response_model=Similarity, responses=ERRORS)
def similarity(request: Request, a: str, b: str, as_of: AsOf = None) -> Response:
    """Signorino–Ritter S and Cohen's kappa of two states: `pactwatch similarity A B`."""
    notes: list[str] = []
    return answer(
        queries.similarity(_web(request).session, [a, b], None, as_of, notes.append, NAMES),
        notes=notes,
    )


@router.get("/similarity", response_model=SimilarityMatrix, responses=ERRORS)
def similarity_matrix(
    request: Request,
    states: Annotated[str, Query(description="Comma-separated states (two or more).")],
    as_of: AsOf = None,
) -> Response:
    """The S matrix of several states: `pactwatch similarity --matrix A,B,C`."""
    if not states.strip(" ,"):
        raise UserError("states needs at least two states, comma-separated")
    notes: list[str] = []
    return answer(
        queries.similarity(_web(request).session, None, states, as_of, notes.append, NAMES),
        notes=notes,
    )


SCENARIO_EXAMPLE = """name: France stations troops in Armenia
dyads: [[AZE, ARM]]
events:
  - {type: deploy, date: 2027-03-01, subject: [FRA], object: [ARM],
     deployment: {id: fr-forces-armenia, kind: base, name: French forces in Armenia}}
"""


@router.post(
    "/scenario",
    response_model=ScenarioReport,
    responses=ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/yaml": {
                    "schema": {"type": "string"},
                    "example": SCENARIO_EXAMPLE,
                },
                "application/json": {"schema": {"type": "object"}},
            },
        }
    },
)
async def scenario(request: Request) -> Response:
    """Fold a scenario's hypothetical events (YAML or JSON, as in `examples/scenarios/`) and
    report what changes and what rules break: `pactwatch scenario FILE --json`."""
    body = await _body(request, 2_000_000)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("the scenario is not UTF-8 text") from None
    session = _web(request).session
    report = await run_in_threadpool(scenarios.from_text, session, text, "scenario")
    return answer(report)


async def _body(request: Request, limit: int) -> bytes:
    size = request.headers.get("content-length")
    if size is not None and size.isdigit() and int(size) > limit:
        raise UserError(f"the request body is larger than {limit // 1_000_000} MB")
    chunks = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise UserError(f"the request body is larger than {limit // 1_000_000} MB")
        chunks.append(chunk)
    return b"".join(chunks)


@router.get(
    "/brief/{actor}",
    response_model=Brief,
    responses={
        **ERRORS,
        200: {
            "description": "The brief as data (JSON), Markdown or HTML (figures embedded).",
            "content": {"text/markdown": {}, "text/html": {}},
        },
    },
)
def brief(
    request: Request,
    actor: str,
    as_of: AsOf = None,
    format: Annotated[Literal["json", "md", "html"], Query(description="json, md or html.")] = (
        "json"
    ),
) -> Response:
    """What an analyst hands on about one actor: `pactwatch brief` (JSON: the brief's data)."""
    notes: list[str] = []
    web = _web(request)
    data = queries.brief(web.session, actor, as_of, notes.append, NAMES)
    if format == "json":
        return answer(data, notes=notes)
    rendered = briefs.render(data, "html" if format == "html" else "md")
    if format == "html":
        return Response(
            rendered.text, media_type="text/html", headers={"Content-Security-Policy": BRIEF_CSP}
        )
    return Response(rendered.text, media_type="text/markdown; charset=utf-8")


@router.get("/network", responses=ERRORS)
def network(request: Request, as_of: AsOf = None) -> Response:
    """The commitment network on a date as node-link JSON: `pactwatch export json`."""
    return JSON(queries.network_json(_web(request).session, as_of, NAMES))


# -- forecasts and track records ------------------------------------------------------


@router.get("/forecasts", response_model=forecasts.ForecastList, responses=ERRORS)
def forecast_list(
    request: Request,
    actor: Annotated[
        str | None, Query(description="Only forecasts naming this actor or agreement (any role).")
    ] = None,
    status: Annotated[
        Status | None,
        Query(description="Only forecasts that stand so."),
    ] = None,
    source: Annotated[
        str | None,
        Query(description="Only this forecaster: an actor, a publisher, author, unnamed."),
    ] = None,
    as_of: AsOf = None,
) -> Response:
    """Predictions read from the news and whether they came about: `pactwatch forecasts
    --json`."""
    notes: list[str] = []
    found = forecasts.forecast_list(
        _web(request).session, actor, status, source, as_of, notes.append, NAMES
    )
    return answer(found.json(), notes=notes)


@router.get("/sources", response_model=forecasts.SourceList, responses=ERRORS)
def sources(request: Request, as_of: AsOf = None) -> Response:
    """Each source's forecasts, how many came true, and a Brier score: `pactwatch sources
    --json`."""
    notes: list[str] = []
    found = forecasts.source_list(_web(request).session, as_of, notes.append, NAMES)
    return answer(found.json(), notes=notes)


# -- the event log ---------------------------------------------------------------------


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="The event in the knowledge base's schema.")
    ref: EventRef


@router.get("/events", response_model=list[EventRef], responses=ERRORS)
def events(
    request: Request,
    ident: Annotated[
        str | None, Query(alias="id", description="Only this actor's or agreement's.")
    ] = None,
    start: From = None,
    end: To = None,
    type: Annotated[str | None, Query(description="Only events of this type.")] = None,
    certain: Annotated[
        bool | None, Query(description="Only those that move the fold (true) or claims (false).")
    ] = None,
) -> Response:
    """The event log, as cited behind every answer."""
    notes: list[str] = []
    session = _web(request).session
    refs = queries.events(session, ident, start, end, type, certain, notes.append, NAMES)
    return answer(refs, notes=notes)


@router.get("/events/{event_id}", response_model=EventDetail, responses=ERRORS)
def event(request: Request, event_id: str) -> Response:
    """One event in full."""
    return answer(queries.event(_web(request).session, event_id))


# -- documents and claims --------------------------------------------------------------


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=20_000_000, description="The article.")
    format: Literal["text", "html"] = "text"
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, description="Where it was published.")
    publisher: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40, description="YYYY[-MM[-DD]]")


class DocumentMeta(BaseModel):
    id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    path: str | None


class IngestReport(BaseModel):
    added: int
    present: int
    claims: int
    documents: list[str]
    failed: dict[str, str]


class ClaimOut(Extracted):
    id: str
    status: str
    date: str | None = None  # type: ignore[assignment]


class ClaimDetail(ClaimOut):
    document: DocumentMeta
    source_record: TrackRecord | None = None


class DocumentRow(BaseModel):
    id: str
    title: str | None
    published: str | None
    claims: int


class Decision(BaseModel):
    id: str
    status: str
    event: str | None = None
    moves_fold: bool | None = None


class AcceptIn(BaseModel):
    date: str | None = Field(None, max_length=40, description="The event's date, if none.")


def _write(request: Request, authorization: str | None) -> Web:
    web = _web(request)
    web.guard.require_write(bearer(authorization))
    return web


Auth = Annotated[str | None, Header(description="Bearer TOKEN: the server's token (writes only).")]


@router.post("/documents", response_model=IngestReport, status_code=201, responses=WRITE_ERRORS)
def add_document(
    request: Request, body: Annotated[DocumentIn, Body()], authorization: Auth = None
) -> Response:
    """Ingest an article: stored once, its events as candidate claims: `pactwatch ingest`.
    The server does not fetch URLs: send the text (or the HTML)."""
    web = _write(request, authorization)
    doc = review.new_document(
        body.text, body.format == "html", body.title, body.url, body.publisher, body.published
    )
    done = review.ingest(web.session, [doc])
    web.forget()
    return answer(
        {
            "added": done.added,
            "present": done.present,
            "claims": done.claims,
            "documents": done.documents,
            "failed": done.failed,
        },
        status_code=201,
    )


@router.get("/documents", response_model=list[DocumentRow], responses=ERRORS)
def documents(request: Request) -> Response:
    """The documents read into the store, the latest first."""
    return answer(review.documents(_web(request).session))


class DocumentFull(DocumentMeta):
    text: str


@router.get("/documents/{doc_id}", response_model=DocumentFull, responses=ERRORS)
def document(request: Request, doc_id: str) -> Response:
    """A stored document, its text included."""
    doc = review.document(_web(request).session, doc_id)
    return answer({**review.document_json(doc), "text": doc.text})


@router.get("/claims", response_model=list[ClaimOut], responses=ERRORS)
def claims(
    request: Request,
    status: Annotated[
        Literal["candidate", "accepted", "rejected", "all"], Query(description="Review status.")
    ] = "candidate",
    actor: Annotated[str | None, Query(description="Subject or object (id or name).")] = None,
    type: Annotated[str | None, Query(description="Event type.")] = None,
    source: Annotated[str | None, Query(description="Who says so: id, unnamed, author.")] = None,
    factuality: Annotated[str | None, Query(description="CT+, PR-, Uu, ...")] = None,
    document: Annotated[str | None, Query(description="Only this document's.")] = None,
) -> Response:
    """Claims read from documents, filtered: `pactwatch review list --json`."""
    session = _web(request).session
    if session.store() is None:
        return answer([])
    items = review.claims(session, status, actor, type, source, factuality, document, NAMES)
    return answer(review.claims_json(items))


@router.get("/claims/{claim_id}", response_model=ClaimDetail, responses=ERRORS)
def claim(request: Request, claim_id: str) -> Response:
    """One claim with its document: `pactwatch review show ID --json`."""
    return answer(review.claim(_web(request).session, claim_id).json())


@router.post("/claims/{claim_id}/accept", response_model=Decision, responses=WRITE_ERRORS)
def accept(
    request: Request,
    claim_id: str,
    body: Annotated[AcceptIn | None, Body()] = None,
    authorization: Auth = None,
) -> Response:
    """Accept a claim: it joins the event log (a certain one moves the fold)."""
    web = _write(request, authorization)
    when = parse_date(body.date if body else None, "date")
    try:
        [done] = list(review.accept(web.session, [claim_id], when))
    finally:
        web.forget()
    return answer(
        {"id": done.id, "status": "accepted", "event": done.event.id, "moves_fold": done.moves}
    )


@router.post("/claims/{claim_id}/reject", response_model=Decision, responses=WRITE_ERRORS)
def reject(request: Request, claim_id: str, authorization: Auth = None) -> Response:
    """Reject a claim (an accepted one leaves the event log)."""
    web = _write(request, authorization)
    try:
        list(review.reject(web.session, [claim_id]))
    finally:
        web.forget()
    return answer({"id": claim_id, "status": "rejected"})
