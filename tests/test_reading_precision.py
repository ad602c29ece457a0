"""Words of a trigger used in another sense, read from sentences of our own: no candidate."""

from test_extraction import candidates, readings


def kinds(ex, text):
    """The types of every candidate the rules offer, implicit readings too."""
    return [c.type for c, _ in candidates(ex, text, "2024-06-01")]


def test_a_question_put_to_a_speaker_is_no_request(rules):
    text = (
        "Asked whether the treaty obliges Norway to defend Chile, Lopez said Norway would decide."
    )
    assert "urge" not in kinds(rules, text)
    text = "The Chilean minister said the deal was fair when asked how long Norway would stay."
    assert "urge" not in kinds(rules, text)
    text = "The Chilean minister declined to give details when asked to comment on Norway's plan."
    assert "urge" not in kinds(rules, text)
    text = "'Does Norway still want troops in Chile?' the Chilean minister asked."
    assert "urge" not in kinds(rules, text)
    # asking another to act, or for something, stays a request
    text = "Chile asked Norway to withdraw its troops."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "urge")]
    text = "Chile was asked by Norway to withdraw its troops."
    assert (["NOR"], ["CHL"]) in [r[:2] for r in readings(rules, text, "urge")]
    text = "Chile may ask Norway for help."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "urge")]
