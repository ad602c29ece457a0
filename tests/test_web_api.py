"""The HTTP API and the pages, in process: the same JSON as the CLI, errors as one line,
writes only with the token, forms only with their CSRF token, everything escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pactwatch.cli.app import app as cli_app
from pactwatch.service.session import Session
from pactwatch.web import create_app
from pactwatch.web.security import CSRF_COOKIE

TOKEN = "test-token-0123456789"
ROOT = Path(__file__).resolve().parents[1]
KGZ = (ROOT / "examples" / "wire" / "kgz.txt").read_text()
ANALYSTS = (ROOT / "examples" / "wire" / "analysts.txt").read_text()
HOSTILE = (
    "March 4, 2026\nA hostile title <script>alert(1)</script>\n\n"
    'Armenia has frozen its participation in the CSTO, said <img src=x onerror=alert(1)> "the '
    'ministry" & co. <script>alert(1)</script>\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(Session(db=db), TOKEN), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def readonly() -> TestClient:
    return TestClient(create_app(Session(db="sqlite://"), None), raise_server_exceptions=False)


def cli_json(db: str, *args: str) -> object:
    result = CliRunner().invoke(cli_app, ["--db", db, *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize(
    ("path", "args"),
    [
        ("/api/v1/status/Armenia?as_of=2024-03-01", ["status", "Armenia", "--as-of", "2024-03-01"]),
        ("/api/v1/timeline/ARM?from=2023-01-01&to=2024-12-31",
         ["timeline", "ARM", "--from", "2023-01-01", "--to", "2024-12-31"]),
        ("/api/v1/diff?from=2023-06-01&to=2024-03-01&actor=ARM",
         ["diff", "--from", "2023-06-01", "--to", "2024-03-01", "--actor", "ARM"]),
        ("/api/v1/show/CSTO?as_of=2024-03-01", ["show", "CSTO", "--as-of", "2024-03-01"]),
        ("/api/v1/guarantors/ARM?as_of=2025-02-01&kind=defense,consultation",
         ["guarantors", "ARM", "--as-of", "2025-02-01", "--kind", "defense,consultation"]),
        ("/api/v1/balance/AZE/ARM?as_of=2025-02-01", ["balance", "AZE", "ARM", "--as-of", "2025-02-01"]),
        ("/api/v1/similarity/USA/GBR?as_of=2025-01-01", ["similarity", "USA", "GBR", "--as-of", "2025-01-01"]),
        ("/api/v1/similarity?states=USA,GBR,FRA&as_of=2025-01-01",
         ["similarity", "--matrix", "USA,GBR,FRA", "--as-of", "2025-01-01"]),
    ],
)  # fmt: skip
def test_the_api_answers_as_the_cli(client: TestClient, db: str, path: str, args: list[str]):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == cli_json(db, *args)


def test_scenario_posted_as_yaml_or_json_answers_as_the_cli(client: TestClient, db: str):
    path = ROOT / "examples" / "scenarios" / "france-stations-troops.yaml"
    expected = cli_json(db, "scenario", str(path))
    text = path.read_text()
    r = client.post("/api/v1/scenario", content=text, headers={"content-type": "application/yaml"})
    assert r.status_code == 200, r.text
    assert r.json()["changes"] == expected["changes"]  # type: ignore[index]

    def broken(report: dict) -> list:  # the sources differ: a file here, "scenario" there
        return [(v["deployment"], v["missing_consent"]) for v in report["violations_after"]]

    assert broken(r.json()) == broken(expected)  # type: ignore[arg-type]
    from pactwatch.kb.loader import load_yaml

    r = client.post("/api/v1/scenario", json=load_yaml(text))
    assert r.status_code == 200 and r.json()["changes"] == expected["changes"]  # type: ignore[index]
    bad = client.post("/api/v1/scenario", content="name: x\nevents: 3\n")
    assert bad.status_code == 400 and "list of events" in bad.json()["error"]
    unknown = client.post(
        "/api/v1/scenario",
        content="name: x\nevents: [{type: freeze, date: 2030, subject: [Atlantis], agreement: CSTO}]",
    )
    assert unknown.status_code == 400 and "Atlantis" in unknown.json()["error"]


def test_errors_are_one_line_with_the_right_status(client: TestClient):
    r = client.get("/api/v1/status/Armenium")
    assert r.status_code == 404 and "did you mean ARM" in r.json()["error"]
    assert client.get("/api/v1/status/Armenai").json()["actor"] == "ARM"  # a near miss
    r = client.get("/api/v1/status/ARM?as_of=2024-13-40")
    assert r.status_code == 400 and r.json() == {
        "error": "as_of '2024-13-40' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
    }
    r = client.get("/api/v1/diff?from=2024-01-01&to=2023-01-01")
    assert r.status_code == 400 and "swap them" in r.json()["error"]
    r = client.get("/api/v1/guarantors/ARM?kind=love")
    assert r.status_code == 400 and "unknown provision kind" in r.json()["error"]
    r = client.get("/api/v1/status/ru-am-base-1995")
    assert r.status_code == 400 and "is an agreement" in r.json()["error"]
    r = client.get("/api/v1/claims/nope:1")
    assert r.status_code in (400, 404)
    r = client.get("/api/v1/status/ARM?as_of=0999")
    assert r.status_code == 400 and "\n" not in r.json()["error"]


def test_a_date_far_out_gets_a_note(client: TestClient):
    r = client.get("/api/v1/status/ARM?as_of=8000")
    assert r.status_code == 200 and "far beyond" in r.headers["x-pactwatch-note"]


def test_openapi_documents_every_endpoint(client: TestClient):
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    for p in (
        "/api/v1/status/{actor}", "/api/v1/timeline/{ident}", "/api/v1/diff", "/api/v1/show/{ident}",
        "/api/v1/guarantors/{actor}", "/api/v1/balance/{challenger}/{target}",
        "/api/v1/similarity/{a}/{b}", "/api/v1/scenario", "/api/v1/brief/{actor}",
        "/api/v1/documents", "/api/v1/claims", "/api/v1/claims/{claim_id}/accept",
        "/api/v1/claims/{claim_id}/reject", "/api/v1/events", "/api/v1/events/{event_id}",
        "/api/v1/forecasts", "/api/v1/sources",
    ):  # fmt: skip
        assert p in paths, p
    status = schema["paths"]["/api/v1/status/{actor}"]["get"]["responses"]["200"]
    assert status["content"]["application/json"]["schema"]["$ref"].endswith("StatusReport")
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "<script>" not in docs.text  # no inline script: the page loads docs.js
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_pages_send_a_strict_content_security_policy(client: TestClient):
    for path in ("/", "/actors/ARM", "/api/v1/status/ARM", "/review", "/nowhere"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, path
        assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "http" not in csp  # no other origin
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    html = client.get("/actors/ARM?date=2024-03-01").text
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and " style=" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.split("<main>")[0])


def test_writes_need_the_token(client: TestClient, readonly: TestClient):
    body = {"text": KGZ}
    r = client.post("/api/v1/documents", json=body)
    assert r.status_code == 401 and "token" in r.json()["error"]
    r = client.post("/api/v1/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/v1/claims/x:1/accept", headers={"Authorization": "Basic " + TOKEN})
    assert r.status_code == 401
    r = readonly.post("/api/v1/documents", json=body, headers=AUTH)
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    r = readonly.post("/api/v1/claims/x:1/reject", headers=AUTH)
    assert r.status_code == 403


def test_ingest_list_accept_moves_the_fold(client: TestClient, db: str):
    before = client.get("/api/v1/status/KGZ?as_of=2026-03-04").json()
    csto = next(m for m in before["memberships"] if m["agreement"] == "CSTO")
    assert csto["participation"] == "active"
    r = client.post("/api/v1/documents", json={"text": KGZ, "title": "KGZ wire"}, headers=AUTH)
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["added"] == 1 and added["claims"] >= 1
    doc = added["documents"][0]
    again = client.post("/api/v1/documents", json={"text": KGZ}, headers=AUTH).json()
    assert again["added"] == 0 and again["present"] == 1
    claims = client.get(f"/api/v1/claims?document={doc}&type=freeze").json()
    assert claims == cli_json(db, "review", "list", "--type", "freeze")
    freeze = next(
        c
        for c in claims
        if c["subject"] == ["KGZ"]
        and c["agreement"] == "CSTO"
        and c["factuality"] == "CT+"
        and "has frozen" in c["evidence"][0]["quote"]
    )
    shown = client.get(f"/api/v1/claims/{freeze['id']}").json()
    assert shown == cli_json(db, "review", "show", freeze["id"])
    assert client.get(f"/api/v1/documents/{doc}").json()["text"] == KGZ
    r = client.post(f"/api/v1/claims/{freeze['id']}/accept", headers=AUTH)
    assert r.status_code == 200 and r.json()["moves_fold"] is True, r.text
    after = client.get("/api/v1/status/KGZ?as_of=2026-03-04").json()
    csto = next(m for m in after["memberships"] if m["agreement"] == "CSTO")
    assert csto["participation"] == "frozen" and csto["participation_since"] == "2026-03-03"
    assert any("Kyrgyzstan has frozen" in q for e in csto["evidence"] for q in e["quotes"])
    events = client.get("/api/v1/events?id=KGZ&type=freeze&certain=true").json()
    assert [e["event"] for e in events] == [freeze["id"]]
    assert client.get(f"/api/v1/events/{freeze['id']}").json()["event"]["origin"] == "extracted"
    r = client.post(f"/api/v1/claims/{freeze['id']}/reject", headers=AUTH)
    assert r.status_code == 200
    back = client.get("/api/v1/status/KGZ?as_of=2026-03-04").json()
    assert next(m for m in back["memberships"] if m["agreement"] == "CSTO")["participation"] == (
        "active"
    )


def test_forecasts_and_track_records_answer_as_the_cli(client: TestClient, db: str):
    before = client.get("/api/v1/brief/ARM").json()  # kept, until the ingest
    assert not any(f["forecaster"] == "unnamed" for f in before["forecasts"])
    r = client.post("/api/v1/documents", json={"text": ANALYSTS}, headers=AUTH)
    assert r.status_code == 201 and r.json()["added"] == 1, r.text
    for path, args in (
        ("/api/v1/forecasts?as_of=2024-06-01", ["forecasts", "--as-of", "2024-06-01"]),
        ("/api/v1/forecasts?actor=Armenia&status=open", ["forecasts", "Armenia", "--status", "open"]),
        ("/api/v1/forecasts?source=unnamed", ["forecasts", "--source", "unnamed"]),
        ("/api/v1/sources?as_of=2024-06-01", ["sources", "--as-of", "2024-06-01"]),
    ):  # fmt: skip
        got = client.get(path)
        assert got.status_code == 200, got.text
        assert got.json() == cli_json(db, *args), path
    made = client.get("/api/v1/forecasts?as_of=2024-06-01").json()["forecasts"]
    assert {f["status"] for f in made} >= {"did-not-happen", "open"}
    # the ingest reaches the brief kept from before it
    brief = client.get("/api/v1/brief/ARM").json()
    assert any(f["forecaster"] == "unnamed" for f in brief["forecasts"])
    assert client.get("/api/v1/forecasts?status=maybe").status_code == 422
    assert client.get("/api/v1/forecasts?actor=Narnia").status_code == 404


def test_a_hostile_article_is_shown_as_text(client: TestClient):
    r = client.post("/api/v1/documents", json={"text": HOSTILE}, headers=AUTH)
    assert r.status_code == 201, r.text
    doc = r.json()["documents"][0]
    listed = client.get(f"/review?document={doc}&status=all").text
    claims = client.get(f"/api/v1/claims?document={doc}&status=all").json()
    assert claims, "the reader finds the freeze in it"
    page = client.get(f"/review/{claims[0]['id']}").text
    for html in (listed, page):
        assert "<script>alert(1)</script>" not in html
        assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def _csrf(client: TestClient, path: str) -> str:
    page = client.get(path).text
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert match and client.cookies.get(CSRF_COOKIE)
    return match.group(1)


def test_forms_need_their_csrf_token_and_a_sign_in(db: str):
    web = TestClient(create_app(Session(db=db), TOKEN), raise_server_exceptions=False)
    data = {"text": "Armenia froze it.", "csrf": "0" * 64}
    r = web.post("/upload", data=data)
    assert r.status_code == 400 and "expired" in r.text
    token = _csrf(web, "/upload")
    r = web.post("/upload", data={"text": "Armenia froze it.", "csrf": token})
    assert r.status_code == 401  # the right form, but not signed in
    r = web.post(
        "/upload",
        data={"text": "x", "csrf": token},
        headers={"Origin": "http://evil.example"},
    )
    assert r.status_code == 400 and "another site" in r.text
    r = web.post("/login", data={"token": "wrong", "csrf": _csrf(web, "/login")})
    assert r.status_code == 401
    r = web.post(
        "/login", data={"token": TOKEN, "csrf": _csrf(web, "/login")}, follow_redirects=False
    )
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    r = web.post(
        "/upload",
        data={"text": KGZ, "title": "wire", "csrf": _csrf(web, "/upload")},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/review?document=")


def test_pages_render(client: TestClient):
    r = client.get("/search?q=the+Russian-led+security+bloc", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/agreements/CSTO"
    r = client.get("/search?q=Armenium")
    assert r.status_code == 404 and "/actors/ARM" in r.text
    # the start of a name ("Japan-Phil" alone names the RAA and the 2026 ACSA)
    r = client.get("/search?q=Japan-Philippines+Recip", follow_redirects=False)
    assert r.headers["location"] == "/agreements/jp-ph-raa-2024"
    r = client.get("/actors/Armenia?date=2024-03-01", follow_redirects=False)
    assert r.headers["location"] == "/actors/ARM?date=2024-03-01"
    page = client.get("/actors/ARM?date=2024-03-01").text
    assert 'id="previous" href="/actors/ARM?date=2024-02-22"' in page
    assert "We have now in practical terms frozen our participation" in page
    assert client.get("/actors/ARM?date=2024-99").status_code == 400
    page = client.get("/agreements/CSTO?date=2024-03-01").text
    assert "Members over time" in page and "foreign_basing_consent" in page
    page = client.get("/diff?from=2023-06-01&to=2024-03-01&actor=ARM").text
    assert "member/active" in page and "member/frozen" in page
    page = client.get("/scenario?example=france-stations-troops").text
    assert "French forces in Armenia" in page
    png = client.get("/actors/ARM/network.png?date=2024-03-01")
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    brief = client.get("/api/v1/brief/ARM?as_of=2024-03-01&format=html")
    assert brief.status_code == 200 and "script-src" not in brief.headers["content-security-policy"]


def test_the_service_ships_the_example_scenarios():
    from pactwatch.service import scenarios

    shipped = scenarios.examples()
    files = sorted((ROOT / "examples" / "scenarios").glob("*.yaml"))
    assert sorted(shipped) == sorted(f.stem for f in files)
    for f in files:
        assert shipped[f.stem] == f.read_text(encoding="utf-8"), f.name
