"""International bodies in the knowledge base: the regional organizations (AU, SADC, EAC, SCO,
GCC, ASEAN) with their members' histories, and the UN, its Security Council and General
Assembly, the ICJ, the ICC and the IAEA as actors that the reader resolves in news text."""

import pytest

from test_extraction import readings, refs

NAMES = [
    ("The African Union met in Addis Ababa.", "the African Union", "AU"),
    ("The AU met in Addis Ababa.", "the AU", "AU"),
    ("SADC met in Harare.", "SADC", "SADC"),
    (
        "The Southern African Development Community met.",
        "the Southern African Development Community",
        "SADC",
    ),
    ("The East African Community met in Arusha.", "the East African Community", "EAC"),
    ("The Shanghai Cooperation Organisation met.", "the Shanghai Cooperation Organisation", "SCO"),
    ("The Shanghai Cooperation Organization met.", "the Shanghai Cooperation Organization", "SCO"),
    ("Kazakhstan hosted the SCO summit.", "the SCO", "SCO"),
    ("The Gulf Cooperation Council met in Riyadh.", "the Gulf Cooperation Council", "GCC"),
    ("ASEAN met in Jakarta.", "ASEAN", "ASEAN"),
    ("The United Nations sent an envoy.", "the United Nations", "UN"),
    ("The U.N. sent an envoy.", "the U.N.", "UN"),
    ("The UN Security Council met.", "the UN Security Council", "UNSC"),
    ("The Security Council met.", "the Security Council", "UNSC"),
    ("The UN General Assembly voted.", "the UN General Assembly", "UNGA"),
    ("Guyana asked the ICJ to act.", "the ICJ", "ICJ"),
    ("The World Court ruled on Monday.", "the World Court", "ICJ"),
    (
        "The International Criminal Court issued a warrant.",
        "the International Criminal Court",
        "ICC",
    ),
    ("The UN nuclear watchdog sent inspectors.", "the UN nuclear watchdog", "IAEA"),
]


def test_a_request_to_a_court_is_made_to_the_court(rules):
    text = "Guyana had asked the ICJ to suspend the referendum."
    assert any(s == ["GUY"] and o == ["ICJ"] for s, o, _, _ in readings(rules, text, "urge"))


@pytest.mark.parametrize(("text", "said", "ident"), NAMES)
def test_an_international_body_is_resolved_by_its_names(rules, text, said, ident):
    found = [(t.lower(), ids) for t, ids, _ in refs(rules, text)]
    assert (said.lower(), (ident,)) in found


def test_a_national_security_council_is_not_the_un_security_council(rules):
    found = refs(rules, "Russia's Security Council met in Moscow.")
    assert ("UNSC",) not in [ids for _, ids, _ in found]


def test_events_of_the_bodies_are_read(rules):
    assert (["AU"], ["SOM"]) in [
        r[:2] for r in readings(rules, "The African Union deployed troops to Somalia.", "deploy")
    ]
    assert (["SADC"], ["COD"]) in [
        r[:2]
        for r in readings(
            rules, "SADC decided to withdraw its troops from the DRC.", "withdraw_forces"
        )
    ]
    text = "The UN Security Council extended the mandate of the mission."
    assert ["UNSC"] in [r[0] for r in readings(rules, text, "extend")]


def test_the_un_is_an_actor_not_an_organization_with_members(world):
    for ident in ("UN", "UNSC"):
        assert world.kb.actors[ident].kind == "group"
        assert ident not in world.kb.agreements
    for ident in ("AU", "SADC", "EAC", "SCO", "GCC", "ASEAN"):
        assert world.kb.agreements[ident].kind == "organization"


# (agreement, day, number of parties bound on that day)
PARTIES = [
    ("EAC", "2022-07-10", 6),
    ("EAC", "2024-03-04", 8),
    ("SCO", "2024-07-03", 9),
    ("SCO", "2024-07-04", 10),
    ("GCC", "2024-01-01", 6),
    ("ASEAN", "2025-10-25", 10),
    ("ASEAN", "2025-10-26", 11),
    ("SADC", "2018-01-01", 16),
]


@pytest.mark.parametrize(("agreement", "day", "count"), PARTIES)
def test_members_of_a_body_on_a_day(world, agreement, day, count):
    state = world.snapshot(day).agreement(agreement)
    assert state is not None and len(state.parties) == count


def test_links_to_the_defence_pacts_of_the_bodies(world):
    targets = {
        a: {link.target for link in world.kb.agreements[a].links} for a in ("AU", "SADC", "GCC")
    }
    assert "au-nacdp-2005" in targets["AU"]
    assert "sadc-defence-2001" in targets["SADC"]
    assert "gcc-joint-defence-2000" in targets["GCC"]


def test_status_of_a_member_lists_its_bodies(cli):
    kenya = cli.json("status", "KEN", "--as-of", "2024-06-01")
    legal = {m["agreement"]: m["legal"] for m in kenya["memberships"]}
    assert legal["EAC"] == "member" and legal["AU"] == "member"


def test_morocco_rejoins_and_niger_is_suspended_by_the_au(cli):
    def au(actor, day):
        data = cli.json("status", actor, "--as-of", day)
        return {m["agreement"]: m["legal"] for m in data["memberships"]}.get("AU")

    assert au("MAR", "2016-12-31") is None
    assert au("MAR", "2017-01-30") == "member"
    assert au("NER", "2023-08-01") == "member"
    assert au("NER", "2024-01-01") == "suspended"


def test_seychelles_leaves_and_rejoins_sadc(world):
    def legal(day):
        m = world.snapshot(day).membership("SYC", "SADC")
        return m.legal if m else None

    assert [legal(d) for d in ("1997-09-08", "2005-01-01", "2008-08-16")] == [
        "member",
        "withdrawn",
        "member",
    ]
