"""Text as news sites typeset it: a contraction's apostrophe ("it’s", "hasn’t") and a space
that does not break go to the parser as the typewriter's, in the same place, and the quotes
keep the page's characters.
The sentences are written for the tests."""

from pathlib import Path

from pactwatch.extraction.backbone import plain_typography
from pactwatch.text.documents import Document
from test_extraction import readings

ARTICLES = Path(__file__).parent / "articles"


def test_contractions_apostrophes_are_plain_and_nothing_else_moves():
    text = "‘It’s over,’ he said of Armenia’s bid; they hadn’t, and they’re out."
    out = plain_typography(text)
    assert len(out) == len(text)
    assert out == "‘It's over,’ he said of Armenia’s bid; they hadn't, and they're out."
    assert plain_typography("Feb.\u00a024, 2\u202f000 troops") == "Feb. 24, 2 000 troops"


def test_a_typeset_contraction_carries_its_modality(rules):
    # "It’s" was read as a word of its own, not "it is": the "unlikely" did not reach the verb
    text = "It’s unlikely that Belarus will leave the CSTO."
    assert [f for _, _, _, f in readings(rules, text, "withdraw")] == ["PR-"]


def test_a_quote_keeps_the_typeset_apostrophe(rules):
    events = rules.extract(Document.of("Belgrade said it won’t join the alliance."))
    assert events and all("won’t" in e.evidence[0].quote for e in events), events


def test_spaces_that_do_not_break_read_as_spaces(rules):
    # a web page may set any space unbreakable; the tokenizer made a token of each, and the
    # parse around it changed (three of ten set so changed a fifth of the news events read)
    text = (ARTICLES / "t09_france_leaves_sahel.txt").read_text(encoding="utf-8")

    def read(t: str) -> list[str]:
        return sorted(
            repr((e.type, e.subject, e.object, e.agreement, e.factuality))
            for e in rules.extract(Document.of(t))
        )

    assert read(text.replace(" ", "\u00a0")) == read(text)
