"""Mentions of actors and agreements from the knowledge base's names (spaCy matchers)."""

import datetime as dt

import pytest

from pactwatch.extraction.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz(world):
    return Gazetteer(world.kb.actors.values(), world.kb.agreements.values())


def found(gaz, text, on=dt.date(2025, 2, 1)):
    return [(m.text, m.id, m.how) for m in gaz.mentions(gaz.doc(text), on)]


def test_names_demonyms_capitals_and_acronyms(gaz):
    got = found(
        gaz,
        "Moscow warned that an Azeri or Turkish attack on Armenia would test the CSTO and NATO.",
    )
    assert ("Moscow", "RUS", "capital") in got and ("Azeri", "AZE", "demonym") in got
    assert ("Turkish", "TUR", "demonym") in got and ("Armenia", "ARM", "name") in got
    assert {("CSTO", "CSTO"), ("NATO", "NATO")} <= {(t, i) for t, i, _ in got}


def test_case_rules_and_longest_match(gaz):
    got = found(gaz, "Pashinyan told France 24 that the US and the U.S. Congress would help us.")
    ids = [i for _, i, _ in got]
    assert "france-24" in ids and "FRA" not in ids  # the outlet, not the country
    assert ids.count("USA") == 2  # "US" and "U.S." but not the pronoun "us"
    assert ("Pashinyan", "nikol-pashinyan", "alias") in got


def test_descriptions_and_agreements(gaz):
    got = found(
        gaz,
        "Armenia may defect from that Russian-led security bloc and sign a deal like the US-Sweden DCA.",
    )
    assert ("Russian-led security bloc", "CSTO", "alias") in [(t, i, h) for t, i, h in got]
    assert any(i == "us-se-dca-2023" for _, i, _ in got)


def test_people_through_their_roles_on_the_date(gaz):
    # "Prime Minister" alone names the one person holding that office on the date
    assert ("Prime Minister", "nikol-pashinyan", "role") in found(
        gaz, "Prime Minister said so.", dt.date(2024, 3, 1)
    )
    assert all(
        i != "nikol-pashinyan"
        for _, i, _ in found(gaz, "Prime Minister said so.", dt.date(2010, 1, 1))
    )


def test_mention_offsets_are_characters_of_the_text(gaz, shared):
    text = (shared / "seeds" / "003_7e4d2839a23b7f96.txt").read_text(encoding="utf-8")
    for m in gaz.mentions(gaz.doc(text), dt.date(2025, 2, 1)):
        assert text[m.start : m.end] == m.text
