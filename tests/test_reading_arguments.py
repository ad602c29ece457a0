"""Arguments: who does an event and to whom, as the rules read them whatever the learned
filter makes of it. The sentences are written for the tests."""

from test_extraction import readings


def test_who_leads_or_spearheads_an_offensive_wages_it(rules):
    text = "Syria fell after Turkey led the offensive against Damascus."
    assert any(s == ["TUR"] for s, _, _, _ in readings(rules, text, "attack"))
    text = "Ankara said the rebel offensive was led by Turkey's forces."
    assert any(s[:1] == ["TUR"] for s, _, _, _ in readings(rules, text, "attack"))
    text = "The regime fell in a lightning offensive spearheaded by Turkey's forces."
    assert any(s[:1] == ["TUR"] for s, _, _, _ in readings(rules, text, "attack"))
    text = "Officials said the strikes were carried out by Israel."
    assert any(s == ["ISR"] for s, _, _, _ in readings(rules, text, "attack"))


def test_talks_led_by_a_state_are_its_talks(rules):
    text = "Talks led by Qatar resumed in Doha on Monday."
    assert any(s == ["QAT"] for s, _, _, _ in readings(rules, text, "negotiate"))


def test_forces_beside_which_others_deploy_are_not_the_ones_deployed(rules):
    text = "Small groups were deployed alongside Nigerien soldiers to the border with Mali."
    assert all(s != ["NER"] for s, _, _, _ in readings(rules, text, "deploy"))
    text = "Smaller French units were deployed alongside Nigerien soldiers near the border."
    assert any(s == ["FRA"] for s, _, _, _ in readings(rules, text, "deploy"))
