"""The shipped knowledge base: valid, sourced, and right on the dates users ask about."""

import pytest

from pactwatch.kb.loader import read_kb


def members(world, agreement, day, legal=("member",)):
    return sorted(m.actor for m in world.snapshot(day).members_of(agreement) if m.legal in legal)


def test_shipped_kb_has_no_problems(world):
    assert world.problems() == []


def test_every_agreement_provision_and_event_names_its_source():
    kb = read_kb()
    for ag in kb.agreements.values():
        assert ag.sources, ag.id
        for p in ag.provisions:
            assert p.sources, (ag.id, p.id)
    for e in kb.events:
        assert e.evidence and all(ev.source is not None for ev in e.evidence), e.id
    for actor in kb.actors.values():
        if actor.kind in ("state", "person", "group"):
            assert actor.sources or actor.roles, actor.id


def test_armenia_in_the_csto_on_both_tracks(world):
    before = world.snapshot("2023-06-01").membership("ARM", "CSTO")
    after = world.snapshot("2024-03-01").membership("ARM", "CSTO")
    assert (before.legal, before.participation) == ("member", "active")
    assert (after.legal, after.participation) == ("member", "frozen")
    assert any(e.type == "freeze" for e in after.evidence)


def test_csto_history(world):
    founders = ["ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
    assert members(world, "CSTO", "1993-01-01", ("signatory",)) == founders
    assert members(world, "CSTO", "1994-04-20") == sorted([*founders, "AZE", "BLR", "GEO"])
    assert members(world, "CSTO", "1999-04-20") == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert "UZB" in members(world, "CSTO", "2010-01-01")
    now = world.snapshot()
    assert now.membership("UZB", "CSTO").legal == "suspended"
    assert now.membership("AZE", "CSTO").legal == "withdrawn"
    assert members(world, "CSTO", None) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]


def test_csto_basing_consent_rule_from_december_2011(world):
    kinds = lambda day: {p.kind for p in world.snapshot(day).provisions if p.agreement == "CSTO"}  # noqa: E731
    assert "foreign_basing_consent" not in kinds("2011-12-19")
    assert "foreign_basing_consent" in kinds("2011-12-20")
    assert "defense" in kinds("2024-03-01")


@pytest.mark.parametrize(
    ("day", "count"),
    [
        ("1949-08-24", 12),
        ("1952-02-18", 14),
        ("1982-05-30", 16),
        ("1999-03-12", 19),
        ("2004-03-29", 26),
        ("2009-04-01", 28),
        ("2017-06-05", 29),
        ("2020-03-27", 30),
        ("2023-04-04", 31),
        ("2024-03-07", 32),
    ],
)
def test_nato_grows_on_the_days_accessions_took_effect(world, day, count):
    assert len(members(world, "NATO", day)) == count


def test_sweden_joins_nato_on_2024_03_07(world):
    assert world.snapshot("2024-03-06").membership("SWE", "NATO").legal in (
        "applicant",
        "signatory",
    )
    joined = world.snapshot("2024-03-07").membership("SWE", "NATO")
    assert joined.legal == "member"
    assert str(joined.signed) == "2022-07-05"  # the accession protocol, kept apart


def test_gyumri_base_with_its_legal_basis(world):
    (base,) = [d for d in world.snapshot().hosted_by("ARM") if "Gyumri" in (d.location or "")]
    assert base.deployer == "RUS" and base.basis == "ru-am-base-1995" and base.kind == "base"


def test_ecowas_exit_of_the_sahel_states(world):
    for state in ("MLI", "BFA", "NER"):
        assert world.snapshot("2024-06-01").membership(state, "ECOWAS").legal == "withdrawing"
        assert world.snapshot("2025-01-29").membership(state, "ECOWAS").legal == "withdrawn"
        assert world.snapshot("2025-01-29").membership(state, "AES").legal == "member"


def test_the_other_standing_pacts_are_in_force(world):
    snap = world.snapshot("2025-06-01")
    in_force = {a.id for a in snap.agreements if a.status == "in_force"}
    for ag in (
        "us-jp-security-1960",
        "us-kr-mdt-1953",
        "us-ph-mdt-1951",
        "anzus-1951",
        "ru-kp-partnership-2024",
        "cn-kp-friendship-1961",
        "az-tr-shusha-2021",
        "ru-az-allied-2022",
        "rio-treaty-1947",
        "us-se-dca-2023",
    ):
        assert ag in in_force, ag
    assert "ru-kp-partnership-2024" not in {
        a.id for a in world.snapshot("2024-12-03").agreements if a.status == "in_force"
    }
