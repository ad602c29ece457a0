"""Attacks: what the rules must read, whatever the learned filter makes of it. The sentences
are written for the tests."""

from test_extraction import readings


def test_who_joins_a_fight_wages_it(rules):
    text = "Seoul said Belarusian soldiers were joining Russia's invasion of Ukraine."
    found = readings(rules, text, "attack")
    assert (["RUS"], ["UKR"], None, "CT+") in found
    assert any(s == ["BLR"] and o == ["UKR"] for s, o, _, _ in found)
    text = "Minsk admitted that its soldiers had taken part in the offensive against Ukraine."
    assert any(s == ["BLR"] for s, _, _, _ in readings(rules, text, "attack"))
    text = "Officials said Hungarian troops would never enter the war."
    assert any(s == ["HUN"] for s, _, _, _ in readings(rules, text, "attack"))


def test_joining_a_fight_names_no_one_else(rules):
    text = "Thousands of volunteers joined the fighting near Kharkiv."
    assert all(s == [] for s, _, _, _ in readings(rules, text, "attack"))
