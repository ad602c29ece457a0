"""ATOP 5.1 into the store: every row read, history queryable, the curated KB winning."""

import csv

import pytest

from pactwatch.importers.atop import read_atop
from pactwatch.kb.loader import read_kb
from pactwatch.store import Store
from pactwatch.world import World


def rows(path):
    with open(path, newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


@pytest.fixture
def atop(shared):
    d = shared / "data" / "atop"
    return d / "atop5_1m.csv", d / "atop5_1a.csv"


@pytest.fixture
def imported(cli, atop, shared):
    members, alliances = atop
    states = shared / "data" / "cow" / "statelist2024.csv"
    return cli.json(
        "import",
        "atop",
        "--members",
        str(members),
        "--alliances",
        str(alliances),
        "--states",
        str(states),
    )


def test_counts_printed_equal_the_files(imported, atop):
    members, alliances = atop
    assert imported["member_rows"] == rows(members) == 2510
    assert imported["alliance_rows"] == rows(alliances) == 789
    with open(members, newline="") as fh:
        alliances_coded = {r["atopid"] for r in csv.DictReader(fh)}
    assert imported["agreements"] + len(imported["curated"]) == len(alliances_coded)
    assert imported["curated"]["4220"] == "CSTO" and imported["curated"]["3180"] == "NATO"


def test_imported_history_folds_without_problems(imported, private_store):
    world = World.load(None, Store.open(f"sqlite:///{private_store}", create=False))
    assert world.problems() == []
    # Egypt and Syria's 1955 defense pact, and the Warsaw Pact's life and end
    snap = world.snapshot("1985-01-01")
    warsaw = [
        a
        for a in snap.agreements
        if a.id.startswith("atop-")
        and {"POL", "RUS", "DEU"} & set(a.parties)
        and "POL" in a.parties
    ]
    assert warsaw, "the Warsaw Pact (ATOP 3285) should bind Poland in 1985"
    assert (
        world.snapshot("1992-01-01").membership("POL", warsaw[0].id).agreement_status
        == "terminated"
    )


def test_status_and_guarantors_on_imported_history(imported, cli):
    fra = cli.json("status", "France", "--as-of", "1985")
    ids = [m["agreement"] for m in fra["memberships"]]
    assert "NATO" in ids and any(i.startswith("atop-") for i in ids)
    # the imported row cites ATOP
    m = next(m for m in fra["memberships"] if m["agreement"].startswith("atop-"))
    assert any("ATOP 5.1" in s for e in m["evidence"] for s in e["sources"])
    egy = cli.json("guarantors", "Egypt", "--as-of", "1985")
    assert egy["guarantees"] and all(g["agreement"].startswith("atop-") for g in egy["guarantees"])


def test_reimport_replaces_instead_of_adding(imported, cli, atop, private_store):
    store = Store.open(f"sqlite:///{private_store}", create=False)
    before = store.counts("atop")
    members, alliances = atop
    cli.json("import", "atop", "--members", str(members), "--alliances", str(alliances))
    assert store.counts("atop") == before


def test_signature_kept_apart_from_effect(atop):
    members, alliances = atop
    kb = read_kb()
    result = read_atop(members, alliances, kb.actors, {})
    events = {e.id: e for e in result.events}
    # ATOP codes Armenia's CST entry by its 1992-05-15 signature
    sign = events["atop:4220:sign:ARM:1992-05-15"]
    assert "signature" in sign.summary.lower()
    assert all(ev.source and "atopid 4220" in (ev.source.ref or "") for ev in sign.evidence)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--members", "/nope.csv", "--alliances", "/nope.csv"], "no file at /nope.csv"),
    ],
)
def test_bad_import_input(cli, args, message, tmp_path):
    assert message in cli("import", "atop", *args, code=2)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n")
    err = cli("import", "atop", "--members", str(wrong), "--alliances", str(wrong), code=2)
    assert "missing columns" in err and err.count("\n") == 1


def test_an_id_that_is_no_number_is_one_line_naming_its_place(cli, atop, tmp_path):
    members, alliances = atop
    for src, col, value in ((members, "member", "x,y"), (alliances, "atopid", "abc")):
        with open(src, newline="") as fh:
            table = list(csv.reader(fh))[:3]
        table[1][table[0].index(col)] = value
        bad = tmp_path / src.name
        with open(bad, "w", newline="") as fh:
            csv.writer(fh).writerows(table)
        args = ["--members", str(bad if col == "member" else members)]
        args += ["--alliances", str(bad if col == "atopid" else alliances)]
        out = cli("import", "atop", *args, code=2)
        assert f"column {col}" in out and "not a whole number" in out, out
