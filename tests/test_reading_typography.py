"""Text as news sites typeset it: a contraction's apostrophe ("it’s", "hasn’t") goes to the
parser as the typewriter's, in the same place, and the quotes keep the page's characters.
The sentences are written for the tests."""

from pactwatch.extraction.backbone import plain_apostrophes
from pactwatch.text.documents import Document
from test_extraction import readings


def test_contractions_apostrophes_are_plain_and_nothing_else_moves():
    text = "‘It’s over,’ he said of Armenia’s bid; they hadn’t, and they’re out."
    out = plain_apostrophes(text)
    assert len(out) == len(text)
    assert out == "‘It's over,’ he said of Armenia’s bid; they hadn't, and they're out."


def test_a_typeset_contraction_carries_its_modality(rules):
    # "It’s" was read as a word of its own, not "it is": the "unlikely" did not reach the verb
    text = "It’s unlikely that Belarus will leave the CSTO."
    assert [f for _, _, _, f in readings(rules, text, "withdraw")] == ["PR-"]


def test_a_quote_keeps_the_typeset_apostrophe(rules):
    events = rules.extract(Document.of("Belgrade said it won’t join the alliance."))
    assert events and all("won’t" in e.evidence[0].quote for e in events), events
