"""Guarantors, balances, scenarios, rules and portfolios."""

from pathlib import Path

import pytest

from pactwatch import reasoning
from pactwatch.importers.capabilities import read_capabilities_csv
from pactwatch.kb.loader import read_kb
from pactwatch.kb.scenario import ScenarioError, load_scenario
from pactwatch.reasoning.portfolios import kappa, s_score
from pactwatch.world import World

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "scenarios"


def test_guarantors_of_armenia_in_february_2025(world):
    r = reasoning.guarantors(world, "ARM", "2025-02-01")
    russia = {g.agreement for g in r.guarantees if g.guarantor == "RUS"}
    assert {"CSTO", "ru-am-friendship-1997"} <= russia
    assert "USA" not in r.guarantors
    csto = next(g for g in r.guarantees if g.guarantor == "RUS" and g.agreement == "CSTO")
    assert any("frozen since 2024-02-22" in f for f in csto.flags)
    assert "ru-102-base-gyumri" in [p.id for p in csto.forces_present]
    assert "AZE" in csto.also_committed_to
    assert csto.evidence and csto.sources


def test_guarantors_cli_json(cli):
    data = cli.json("guarantors", "ARM", "--as-of", "2025-02-01")
    assert {g["guarantor"] for g in data["guarantees"]} >= {"RUS"}
    assert cli("guarantors", "ARM", "--kind", "bogus", code=2).startswith(
        "pactwatch: error: unknown provision kind"
    )


def test_balance_azerbaijan_armenia(world):
    r = reasoning.balance(world, "AZE", "ARM", "2025-02-01")
    assert "TUR" in {g.guarantor for g in r.challenger.committed}
    cross = {c.actor: c for c in r.cross_pressured}
    assert "RUS" in cross
    assert {t.agreement for t in cross["RUS"].to_challenger} >= {"ru-az-allied-2022"}
    assert {t.agreement for t in cross["RUS"].to_target} >= {"CSTO", "ru-am-friendship-1997"}


def test_balance_weighted_by_cow_capabilities(world, tmp_path):
    caps = tmp_path / "caps.csv"
    caps.write_text(
        "actor,year,value\nAZE,2020,0.002\nTUR,2020,0.015\nARM,2020,0.001\nRUS,2020,0.03\n"
    )
    table = read_capabilities_csv(caps, {})
    r = reasoning.balance(world, "AZE", "ARM", "2025-02-01", table)
    assert r.capability_year == 2020
    assert r.challenger.committed_capability == pytest.approx(0.017)
    assert r.target.capability == pytest.approx(0.001)


def test_balance_reads_the_cow_nmc_file(cli, shared):
    nmc = shared / "data" / "cow" / "NMC-60-abridged.csv"
    data = cli.json("balance", "AZE", "ARM", "--as-of", "2015-01-01", "--capabilities", str(nmc))
    assert data["capability_year"] <= 2015
    assert data["challenger"]["capability"] > 0 and data["target"]["capability"] > 0


def run(world, name):
    return reasoning.assess(world, load_scenario(EXAMPLES / name))


def test_withdrawal_removes_csto_guarantees_and_keeps_the_bilateral_treaty(world):
    r = run(world, "armenia-withdraws-csto.yaml")
    (g,) = [g for g in r.guarantors if g.target == "ARM"]
    assert "RUS via CSTO" in g.lost
    assert "RUS via ru-am-friendship-1997" in g.after
    assert any(c.id == "CSTO" and c.actor == "ARM" and c.after == "withdrawn" for c in r.changes)
    assert r.impossible == []


def test_french_troops_break_the_consent_rule_only_before_withdrawal(world):
    before = run(world, "france-stations-troops.yaml")
    (v,) = before.new_violations
    assert v.agreement == "CSTO" and v.deployer == "FRA" and v.host == "ARM"
    assert v.missing_consent == ["BLR", "KAZ", "KGZ", "RUS", "TJK"]
    after = run(world, "france-stations-troops-after-withdrawal.yaml")
    assert after.new_violations == []


def test_every_shipped_scenario_runs(world, cli):
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert len(files) >= 5
    for f in files:
        data = cli.json("scenario", str(f))
        assert data["name"] and data["impossible"] == []


def test_expulsion_and_base_closure(world):
    r = run(world, "armenia-expelled-csto.yaml")
    assert any(c.id == "CSTO" and c.after == "expelled" for c in r.changes)
    r = run(world, "russia-closes-gyumri-base.yaml")
    assert {c.id for c in r.changes if c.what == "deployment"} == {
        "ru-102-base-gyumri",
        "ru-erebuni-air-base",
    }
    (g,) = r.guarantors
    assert g.lost == ["RUS via ru-am-base-1995"]


def test_impossible_hypothetical_is_reported(world, tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text(
        "name: t\nevents:\n  - {type: resume, date: 2027-01-01, subject: [FRA], agreement: NATO}\n"
    )
    r = reasoning.assess(world, load_scenario(f))
    assert r.impossible and "FRA resumes in NATO without a freeze" in r.impossible[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: t\nevents: [\n", "bad YAML"),
        ("name: t\n", "a mapping with name and a list of events"),
        ("name: t\nevents:\n  - {type: leave, date: 2027, subject: [ARM]}\n", "type"),
        (
            "name: t\nevents:\n  - {type: join, date: 2027-02-30, subject: [ARM], agreement: NATO}\n",
            "not a date",
        ),
    ],
)
def test_bad_scenarios_are_refused(tmp_path, text, message):
    f = tmp_path / "s.yaml"
    f.write_text(text)
    with pytest.raises(ScenarioError, match=message):
        load_scenario(f)


def test_scenario_cli_errors(cli, tmp_path):
    assert "no scenario file" in cli("scenario", str(tmp_path / "none.yaml"), code=2)
    f = tmp_path / "s.yaml"
    f.write_text(
        "name: t\nevents:\n  - {type: join, date: 2027, subject: [Atlantis], agreement: NATO}\n"
    )
    assert "unknown actor or agreement 'Atlantis'" in cli("scenario", str(f), code=2)
    f.write_bytes(b"\x00\xff\xfe binary")
    assert "not UTF-8" in cli("scenario", str(f), code=2)
    # a hypothetical agreement whose provisions are a number: one line, no traceback
    f.write_text(
        "name: t\nagreements:\n  - {id: x-pact, kind: treaty, name: X, provisions: 1.5}\n"
        "events:\n  - {type: sign, date: 2027, subject: [ARM, FRA], agreement: x-pact}\n"
    )
    assert "provisions" in cli("scenario", str(f), code=2)


# Alliance portfolios: a hand computation over a four-state system --------------------------


def test_s_and_kappa_by_hand():
    # rows over (ARM, FRA, KAZ, RUS); 3 = defense, 1 = consultation, 3 with itself
    arm, fra, rus = [3, 0, 3, 3], [0, 3, 0, 0], [3, 1, 3, 3]
    assert s_score(arm, arm) == 1
    assert s_score(arm, fra) == -1  # 1 - 2 * 12 / (4 * 3)
    assert s_score(arm, rus) == pytest.approx(1 - 2 * 1 / 12)
    assert kappa(arm, fra) == pytest.approx((0 - 6 / 16) / (1 - 6 / 16))
    assert kappa(arm, rus) == pytest.approx((3 / 4 - 9 / 16) / (1 - 9 / 16))


def test_portfolios_from_the_fold(make_kb):
    pact = """
    sources:
      p: {kind: treaty, title: Pact, publisher: Depositary}
    agreement:
      id: ru-fr-pact
      kind: treaty
      name: Consultation pact
      sources: [p]
      provisions:
        - {id: a1, kind: consultation, reference: Art. 1, summary: consult, sources: [p]}
    events:
      - {type: sign, date: 1995, subject: [RUS, FRA], evidence: [p]}
      - {type: enter_into_force, date: 1995, evidence: [p]}
    """
    w = World(read_kb(make_kb(extra={"agreements/ru-fr-pact.yaml": pact})))
    r = reasoning.similarity(w, "ARM", "RUS", "2000")
    assert r.n == 4
    assert r.row_a == {"ARM": 3, "KAZ": 3, "RUS": 3} and r.row_b == {
        "ARM": 3,
        "FRA": 1,
        "KAZ": 3,
        "RUS": 3,
    }
    assert r.s == pytest.approx(1 - 2 * 1 / 12)
    assert r.kappa == pytest.approx((3 / 4 - 9 / 16) / (1 - 9 / 16))
    m = reasoning.similarity_matrix(w, ["ARM", "FRA"], "2000")
    # FRA's row is (0, 3, 0, 1): |3-0| + |0-3| + |3-0| + |3-1| = 11, S = 1 - 2 * 11 / 12
    assert m.s == [[1.0, round(1 - 22 / 12, 6)], [round(1 - 22 / 12, 6), 1.0]]


def test_similarity_cli(cli):
    data = cli.json("similarity", "USA", "GBR", "--as-of", "2020-01-01")
    assert 0.5 < data["s"] <= 1
    out = cli("similarity", "--matrix", "USA,GBR,RUS", "--as-of", "2020", "--csv")
    assert out.splitlines()[0] == "state,USA,GBR,RUS"
    assert "give two states" in cli("similarity", "USA", code=2)
