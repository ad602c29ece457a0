"""forecasts, sources, and track records in review and the brief, from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pactwatch.store import Store
from pactwatch.store.db import claims
from pactwatch.text.readers import read_path

# Made-up wire items for a test store: Armenia leaves the CSTO, then is attacked.
LEAVE = (
    "March 2, 2026 - 10:00 AMT\nArmenia leaves the CSTO\n\n"
    "Armenia has formally withdrawn from the Collective Security Treaty Organization, the "
    "foreign ministry in Yerevan said on Monday.\n"
)
ATTACK = (
    "June 9, 2026 - 08:00 AMT\nAzerbaijan attacks Armenia\n\n"
    "Azerbaijani forces attacked Armenia on Tuesday, the defence ministry in Yerevan said.\n"
)
# Two forecasts by unnamed analysts: one with a deadline long past, one open-ended.
ANALYSTS = (
    "May 4, 2023 - 10:00 AMT\nAnalysts expect Armenian pacts\n\n"
    "Analysts say France will sign a defense pact with Armenia by the end of 2023.\n\n"
    "Analysts also say Armenia will probably leave the Eurasian Economic Union.\n"
)
# What the institute's forecast depends on: "if Yerevan officially leaves the CSTO"
LEAVES_CSTO = {"type": "withdraw", "subject": ["ARM"], "object": [], "agreement": "CSTO"}


def _ingest(cli, tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cli("ingest", str(path))
    return read_path(path)[0].id


def _accept(cli, doc_id: str, type: str) -> str:
    """Accept the reader's most confident claim of this type in the document (certain, in
    these wire items)."""
    found = [c for c in cli.json("review", "list", "--type", type) if c["id"].startswith(doc_id)]
    assert found
    best = max(found, key=lambda c: c["confidence"])
    assert best["factuality"] == "CT+"
    cli("review", "accept", best["id"])
    return str(best["id"])


def _institute(cli, as_of: str) -> dict[str, Any]:
    """The Primakov Institute's conditional forecast of an attack on Armenia."""
    out = cli.json("forecasts", "ARM", "--as-of", as_of, "--source", "imemo")
    found = [
        f
        for f in out["forecasts"]
        if f["type"] == "attack"
        and f["conditional"]
        and any("military actions by Turkey and Azerbaijan" in q for q in f["quotes"])
    ]
    assert len(found) == 1, out
    return found[0]


def _leave_then_attack(cli, tmp_path: Path, forecast_id: str) -> None:
    """Armenia leaves (the condition is met: open), then is attacked (happened)."""
    left = _accept(cli, _ingest(cli, tmp_path, "leave.txt", LEAVE), "withdraw")
    f = _institute(cli, "2026-04-01")
    assert f["status"] == "open" and f["condition_met_by"]["event"] == left
    attacked = _accept(cli, _ingest(cli, tmp_path, "attack.txt", ATTACK), "attack")
    assert _institute(cli, "2026-06-08")["status"] == "open"
    f = _institute(cli, "2026-07-01")
    assert f["status"] == "happened" and f["id"] == forecast_id
    assert f["resolved_by"]["event"] == attacked and f["resolved_by"]["date"] == "2026-06-09"
    quotes = f["resolved_by"]["quotes"]  # the accepted claim's words, headline or body
    assert quotes and all(q in ATTACK for q in quotes) and any("attack" in q for q in quotes)
    assert f["correct"] is True and f["brier"] == pytest.approx(0.25)  # PS+ is 0.5
    text = cli("forecasts", "ARM", "--status", "happened", "--as-of", "2026-07-01")
    assert f"{forecast_id} happened" in text and f"happened 2026-06-09: {attacked}" in text
    records = {s["forecaster"]: s for s in cli.json("sources", "--as-of", "2026-07-01")["sources"]}
    imemo = records["imemo"]
    assert imemo["kind"] == "actor" and imemo["happened"] == 1 and imemo["came_true"] == 1
    shown = cli.json("review", "show", forecast_id)
    assert shown["source_record"]["forecaster"] == "imemo"
    assert shown["source_record"]["came_true"] >= 1  # today's record: after 2026-07-01
    assert "record of imemo: " in cli("review", "show", forecast_id)


def test_the_institutes_forecast_from_the_seeds(cli, shared, tmp_path):
    """Acceptance, on the reader's own output: listed as condition-unmet with its quote; then
    resolved once Armenia leaves and is attacked."""
    cli("ingest", str(shared / "seeds"))
    f = _institute(cli, "2025-02-01")
    assert f["status"] == "condition-unmet" and f["condition_met_by"] is None
    assert f["source"] == "imemo" and f["made_on"] == "2025-02-01"
    assert "ARM" in f["object"] and {"AZE", "TUR"} <= set(f["subject"])
    assert f["factuality"] == "PS+" and f["probability"] == 0.5 and f["condition"] is not None
    text = cli("forecasts", "ARM", "--as-of", "2025-02-01")
    assert f"{f['id']} condition-unmet: TUR AZE attack ARM" in text or "condition-unmet" in text
    assert "conditions may emerge in the coming years" in text
    c = f["condition"]
    # "if Yerevan officially leaves the CSTO and Russian troops withdraw": Armenia's leaving
    assert (c["type"], c["subject"], c["agreement"]) == ("withdraw", ["ARM"], "CSTO")
    _leave_then_attack(cli, tmp_path, f["id"])


def test_the_institutes_forecast_with_the_antecedent_it_states(
    cli, shared, tmp_path, private_store
):
    """The same, with the stored claim's antecedent as the text states it ("if Yerevan
    officially leaves the CSTO"): what the resolution does with a reader that reads it so."""
    cli("ingest", str(shared / "seeds"))
    f = _institute(cli, "2025-02-01")
    store = Store.open(f"sqlite:///{private_store}", create=False)
    assert store is not None
    with store.transaction() as conn:
        payload = json.loads(conn.execute(claims.select().where(claims.c.id == f["id"])).one()[-1])
        payload["condition"] = {**payload["condition"], **LEAVES_CSTO}
        conn.execute(
            claims.update().where(claims.c.id == f["id"]).values(payload=json.dumps(payload))
        )
    store.engine.dispose()
    assert _institute(cli, "2025-02-01")["status"] == "condition-unmet"
    _leave_then_attack(cli, tmp_path, f["id"])


def test_a_deadline_passed_and_the_record_in_review_and_the_brief(cli, tmp_path):
    doc = _ingest(cli, tmp_path, "analysts.txt", ANALYSTS)
    out = cli.json("forecasts", "FRA", "--as-of", "2023-06-01")
    [sign] = [f for f in out["forecasts"] if f["type"] == "sign"]
    assert sign["id"].startswith(doc) and sign["forecaster"] == "unnamed"
    assert sign["status"] == "open" and sign["deadline"] == "2023-12-31"
    after = cli.json("forecasts", "--status", "did-not-happen", "--as-of", "2024-01-01")
    [gone] = after["forecasts"]
    assert gone["id"] == sign["id"] and gone["correct"] is False
    assert gone["brier"] == pytest.approx(0.95**2)  # CT+ is 0.95, and it did not happen
    # the source's record beside its claims: review show, review list and the brief
    shown = cli.json("review", "show", sign["id"])
    record = shown["source_record"]
    assert record["forecaster"] == "unnamed" and record["made"] == 2
    assert (record["scored"], record["came_true"]) == (1, 0)
    assert record["brier"] == pytest.approx(0.9025)
    text = cli("review", "show", sign["id"])
    assert "record of unnamed: 2 forecasts: 1 open, 0 condition unmet, 1 resolved" in text
    assert "Brier 0.902" in text
    assert "record of unnamed: 2 forecasts" in cli("review", "list")
    brief = cli("brief", "ARM", "--as-of", "2024-01-01")
    section = brief.split("## Open forecasts about Armenia")[1].split("## Figures")[0]
    assert "ARM withdraw (EAEU) — PR+ (0.80), open" in section
    assert (
        "**unnamed**: 2 forecasts: 1 open, 0 condition unmet, 1 resolved (0 came true)" in section
    )
    assert "sign" not in section  # resolved: no longer open
    html = tmp_path / "arm.html"
    cli("brief", "ARM", "--as-of", "2024-01-01", "--format", "html", "-o", str(html))
    page = html.read_text(encoding="utf-8")
    assert "Open forecasts about Armenia" in page and "Track records of these sources" in page


def test_an_empty_store_and_mistakes(cli, tmp_path):
    assert cli("forecasts").startswith("0 forecasts as of")
    assert cli.json("sources")["sources"] == []
    assert cli.json("forecasts", "--as-of", "2025-02-01")["forecasts"] == []
    assert "No open forecasts about Armenia" in cli("brief", "ARM")
    err = cli("forecasts", "--status", "maybe", code=2)
    assert err.startswith("pactwatch: error: --status 'maybe': use open, happened")
    assert len(err.strip().splitlines()) == 1
    assert "pactwatch: error:" in cli("forecasts", "Atlantis", code=2)
    assert "not a date" in cli("sources", "--as-of", "someday", code=2)


def test_json_shape(cli, tmp_path):
    _ingest(cli, tmp_path, "analysts.txt", ANALYSTS)
    out = cli.json("forecasts", "ARM", "--as-of", "2024-01-01")
    assert set(out) == {"as_of", "actor", "status", "forecasts"} and out["actor"] == "ARM"
    f = out["forecasts"][0]
    keys = {"id", "claim_status", "type", "subject", "object", "agreement", "factuality"}
    keys |= {"conditional", "tense", "source", "condition", "date", "document", "quotes"}
    keys |= {"forecaster", "forecaster_kind", "probability", "status", "made_on"}
    keys |= {"window_from", "deadline", "condition_met_by", "resolved_by", "correct", "brier"}
    assert set(f) == keys | {"scored"}
    assert set(f["document"]) == {"id", "title", "url", "publisher", "published"}
    sources = cli.json("sources", "--as-of", "2024-01-01")
    assert sources["probabilities"]["PR+"] == 0.8 and sources["as_of"] == "2024-01-01"
    assert set(sources["sources"][0]) == {
        "forecaster", "kind", "name", "made", "open", "condition_unmet", "happened",
        "did_not_happen", "scored", "came_true", "brier",
    }  # fmt: skip
