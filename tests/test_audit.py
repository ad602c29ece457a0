"""`kb audit --atop`: the curated knowledge base against ATOP 5.1."""

import shutil

from pactwatch.kb.loader import default_kb_path


def test_csto_and_nato_have_no_unexplained_difference(cli, shared):
    data = cli.json("kb", "audit", "--atop", str(shared / "data" / "atop"))
    by_id = {a["agreement"]: a for a in data["agreements"]}
    for ag in ("CSTO", "NATO"):
        assert by_id[ag]["members_compared"] >= 9
        assert all(d["explained"] for d in by_id[ag]["differences"]), by_id[ag]["differences"]
    assert by_id["NATO"]["agreements"] > 50  # entry, exit and obligations compared per member
    # Belarus's 1993 signature date differs from ATOP's and a sourced note says why
    blr = next(d for d in by_id["CSTO"]["differences"] if d["member"] == "BLR")
    assert (
        blr["field"] == "entry" and blr["atop"] == "1994-01-03" and "Belarus" in blr["explanation"]
    )
    assert data["unexplained"] == 0


def test_a_wrong_date_shows_up_unexplained(cli, shared, tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(default_kb_path(), kb)
    nato = kb / "agreements" / "NATO.yaml"
    text = nato.read_text()
    # ATOP dates Spain's entry by the accession protocol's signature, 1981-12-10
    assert "date: 1981-12-10" in text
    nato.write_text(text.replace("date: 1981-12-10", "date: 1981-12-11"))
    data = cli.json("--kb", str(kb), "kb", "audit", "--atop", str(shared / "data" / "atop"))
    (diff,) = [d for a in data["agreements"] for d in a["differences"] if not d["explained"]]
    assert (diff["agreement"], diff["member"], diff["field"], diff["atop"]) == (
        "NATO",
        "ESP",
        "entry",
        "1981-12-10",
    )


def test_audit_needs_the_atop_files(cli, tmp_path):
    assert "no ATOP member-level file" in cli("kb", "audit", "--atop", str(tmp_path), code=2)
