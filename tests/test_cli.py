"""The CLI as a user meets it: names in any form, JSON shapes, one-line errors."""

import subprocess
import sys

import pytest


def test_status_json_shape(cli):
    data = cli.json("status", "ARM", "--as-of", "2024-03-01")
    assert data["actor"] == "ARM" and data["as_of"] == "2024-03-01"
    csto = next(m for m in data["memberships"] if m["agreement"] == "CSTO")
    assert {"agreement", "legal", "participation", "since", "evidence"} <= csto.keys()
    assert (csto["legal"], csto["participation"]) == ("member", "frozen")
    assert all({"event", "type", "date", "sources"} <= e.keys() for e in csto["evidence"])
    dep = next(d for d in data["deployments"] if d["id"] == "ru-102-base-gyumri")
    assert {"id", "deployer", "host", "kind", "basis", "since"} <= dep.keys()
    assert (dep["deployer"], dep["host"], dep["basis"]) == ("RUS", "ARM", "ru-am-base-1995")


def test_status_tables_fit_an_80_column_terminal_and_fold_no_id(cli, monkeypatch):
    from pactwatch.cli.output import console

    monkeypatch.setattr(console, "width", 80)
    text = cli("status", "ARM", "--as-of", "2024-03-01").split("Evidence")[0]
    lines = text.splitlines()
    assert max(map(len, lines)) <= 80
    first = [line.split("│")[1].strip() for line in lines if line.count("│") > 2]
    for ident in ("am-az-ru-ceasefire-2020", "ru-border-guards-arm", "ru-102-base-gyumri"):
        assert ident in first  # each id on one line, in its first column
    csto = next(i for i, line in enumerate(lines) if "│ CSTO " in line)
    assert "frozen" in lines[csto] and "2024-02-22" in lines[csto + 1] + lines[csto + 2]
    assert "1992-05-15" in lines[csto + 1]  # signed, under the date it joined
    # a wide terminal keeps one column a date
    monkeypatch.setattr(console, "width", 120)
    assert "Frozen since" in cli("status", "ARM", "--as-of", "2024-03-01")


@pytest.mark.parametrize("name", ["Armenia", "armenia", "ARM", "arm", "Republic of Armenia"])
def test_actor_names_in_any_form(cli, name):
    assert cli.json("status", name, "--as-of", "2020")["actor"] == "ARM"


@pytest.mark.parametrize(
    "name", ["the CSTO", "CSTO", "csto", "Collective Security Treaty Organization"]
)
def test_agreement_names_in_any_form(cli, name):
    assert cli.json("show", name)["agreement"]["id"] == "CSTO"


def test_sweden_status_before_and_after_accession(cli):
    before = cli.json("status", "Sweden", "--as-of", "2024-03-06")
    after = cli.json("status", "Sweden", "--as-of", "2024-03-07")
    assert "NATO" not in [m["agreement"] for m in before["memberships"]]
    assert ("NATO", "member") in [(m["agreement"], m["legal"]) for m in after["memberships"]]


def test_timeline_and_diff(cli):
    tl = cli.json("timeline", "ARM", "--from", "2024-01-01", "--to", "2024-12-31")
    types = [e["type"] for e in tl["events"]]
    assert "freeze" in types and all("2024" <= e["date"] < "2025" for e in tl["events"])
    d = cli.json("diff", "--from", "2024-01-01", "--to", "2024-03-01", "--actor", "ARM")
    assert {
        "what": "membership",
        "id": "CSTO",
        "actor": "ARM",
        "before": "member/active",
        "after": "member/frozen",
    } in d["changes"]
    text = cli("timeline", "CSTO", "--from", "2024")
    assert "freeze" in text


def test_show_agreement_lists_provisions_and_parties(cli):
    data = cli.json("show", "NATO", "--as-of", "2024-03-07")
    assert any(
        p["kind"] == "defense" and p["reference"].startswith("Art. 5")
        for p in data["agreement"]["provisions"]
    )
    assert len([p for p in data["parties"] if p["legal"] == "member"]) == 32


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "Armnya"], "did you mean ARM"),
        (["status", "ARM", "--as-of", "2024-13-01"], "is not a date"),
        (["status", "ARM", "--as-of", "yesterday"], "is not a date"),
        (["timeline", "ARM", "--from", "2025", "--to", "2024"], "--to comes before --from"),
        (["status", "NATO-X"], "unknown actor or agreement"),
        (["--kb", "/nonexistent", "status", "ARM"], "no knowledge-base directory"),
    ],
)
def test_user_mistakes_get_one_line_and_exit_2(cli, args, message):
    err = cli(*args, code=2)
    assert message in err and err.count("\n") == 1


def test_installed_entry_point_runs_without_traceback():
    run = subprocess.run(
        [sys.executable, "-m", "pactwatch", "status", "Atlantis"], capture_output=True, text=True
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
