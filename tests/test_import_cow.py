"""COW Formal Alliances and National Material Capabilities into the store."""

import csv

from pactwatch.importers.common import cow_map
from pactwatch.kb.loader import read_kb
from pactwatch.store import Store
from pactwatch.world import World


def test_cow_alliances_import(cli, shared, private_store):
    path = shared / "data" / "cow" / "alliance_v4.1_by_member.csv"
    data = cli.json("import", "cow-alliances", str(path))
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert data["member_rows"] == len(rows) == 1221
    assert data["agreements"] + len(data["curated"]) == len({r["version4id"] for r in rows})
    assert data["curated"]["227"] == "NATO" and data["curated"]["350"] == "CSTO"
    world = World.load(None, Store.open(f"sqlite:///{private_store}", create=False))
    assert world.problems() == []
    # COW codes are mapped to ISO ids: the UK and Portugal's alliance of 1386
    uk = world.snapshot("1900-01-01").memberships_of("GBR")
    assert any(m.agreement.startswith("cow-") and m.bound for m in uk)


def test_capabilities_import_feeds_balance(cli, shared):
    path = shared / "data" / "cow" / "NMC-60-abridged.csv"
    data = cli.json("import", "capabilities", str(path))
    cow = cow_map(read_kb().actors)
    with open(path, newline="") as fh:
        keys = {
            (cow.get(int(r["ccode"]), r["ccode"]), r["year"])
            for r in csv.DictReader(fh)
            if float(r["cinc"] or -9) >= 0
        }
    # one fewer than the rows: Germany's 1990 is coded under both 260 (GFR) and 255
    assert data["values"] == len(keys) == 15950 and data["years"] == [1816, 2016]
    bal = cli.json("balance", "AZE", "ARM", "--as-of", "2015-01-01")
    assert bal["capability_year"] == 2015
    assert bal["challenger"]["capability"] > bal["target"]["capability"] > 0


def test_bad_capability_file(cli, tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("country,when,power\nARM,2020,1\n")
    err = cli("import", "capabilities", str(f), code=2)
    assert "expected columns" in err and err.count("\n") == 1
    assert "no file at" in cli("import", "cow-alliances", str(tmp_path / "x.csv"), code=2)
