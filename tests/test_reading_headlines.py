"""Headlines written in title case are read as sentences: their common words go to the parser
in lower case, their names as written, and every offset stays where it was. The sentences are
written for the tests."""

from pactwatch.extraction import backbone
from pactwatch.extraction.headline import in_sentence_case, listed_verb, name_words
from pactwatch.kb.loader import load_kb
from test_extraction import candidates, readings


def test_a_title_case_line_keeps_its_names_and_length_and_other_lines_are_untouched():
    text = "Japan And Philippines Sign Defence Pact\n\nThe Pact Was Signed On Monday in Manila.\n"
    out = in_sentence_case(text)
    assert len(out) == len(text)
    head, rest = out.split("\n", 1)
    assert head == "Japan and Philippines sign defence pact"
    assert rest == text.split("\n", 1)[1]  # a sentence that ends with a full stop: as written


def test_first_words_acronyms_and_the_words_of_long_names_keep_their_capitals():
    keep = name_words([a.name for a in load_kb().actors.values()])
    line = "United States Deploys Troops To NATO Ally Poland"
    assert in_sentence_case(line, keep) == "United States deploys troops to NATO ally Poland"
    assert in_sentence_case("Talks On Gaza Stall") == "Talks on Gaza stall"
    assert in_sentence_case("Short Title Here") == "Short Title Here"  # too short to tell


def test_a_title_case_headline_is_read_for_its_event(rules):
    text = "Japan And Philippines Sign Defence Pact"
    assert [s for s, *_ in readings(rules, text, "sign")] == [["JPN", "PHL"]]
    text = "Germany To Station Brigade In Lithuania"
    assert [x[:2] for x in readings(rules, text, "deploy")] == [(["DEU"], ["LTU"])]


def test_a_headline_with_two_subjects_signs_with_both(rules):
    got = [sorted(s) for s, _, _, _ in readings(rules, "Peru, Chile sign defence pact", "sign")]
    assert ["CHL", "PER"] in got, got


def test_a_headline_in_capitals_is_read_in_sentence_case(rules):
    text = "BELARUS AND RUSSIA SIGN SECURITY GUARANTEES TREATY\n"
    out = in_sentence_case(text)
    assert out == "Belarus and Russia sign security guarantees treaty\n" and len(out) == len(text)
    assert in_sentence_case("NATO AND EU LEADERS MEET\n").startswith("NATO and EU")  # acronyms
    found = readings(rules, text + "\nThe two presidents met in Minsk.", "sign")
    assert [sorted(s) for s, *_ in found] == [["BLR", "RUS"]], found


def test_to_in_a_headline_tells_what_will_be(rules):
    text = "Kazakh troops to leave Kyrgyzstan by October\n\nThe move was agreed in Bishkek."
    found = [
        (c.tense, str(c.date))
        for c, _ in candidates(rules, text, "2025-03-01")
        if c.type == "withdraw_forces" and "KAZ" in c.subject
    ]
    assert found and all(f == ("future", "2025-10") for f in found), found


def test_a_headline_listing_two_subjects_with_a_comma_is_read_as_a_sentence(rules):
    text = "Skip to main content\n\nGeorgia, Ukraine sign defence cooperation memorandum\n"
    assert [sorted(s) for s, *_ in readings(rules, text, "sign")] == [["GEO", "UKR"]]
    text = (
        "Menu\n\nJapan, Philippines ink security pact in Manila\n\nThe pact was signed on Monday."
    )
    assert ["JPN", "PHL"] in [sorted(s) for s, *_ in readings(rules, text, "sign")]


def test_only_a_headline_of_two_names_and_a_verb_of_the_reader_is_parsed_again():
    nlp = backbone.load()
    steps = [n for n in nlp.pipe_names if n.startswith("pactwatch_") and "line" not in n]

    def sents(text):
        with nlp.select_pipes(disable=steps):
            return list(nlp(text).sents)

    listed = "Georgia, Ukraine sign defence memorandum\n"
    assert [listed_verb(s) for s in sents(listed)] == [(1, 3)]
    for text in (
        "Russia, Ukraine war enters its fourth year\n",  # "war": no verb of the reader
        "In Tbilisi, Georgia signs a memorandum.",  # prose, with its full stop
        "Officials said Georgia, Ukraine sign deals\n",  # not where the line begins
    ):
        assert [listed_verb(s) for s in sents(text) if s.text.strip()] == [None], text


def test_a_group_that_signs_agreements_is_a_party_to_find_the_pact_by(rules):
    text = "Menu\n\nEthiopia, Somaliland sign sea access memorandum\n"
    found = readings(rules, text, "sign", "2024-01-02")
    assert [(sorted(s), a) for s, _, a, _ in found] == [
        (["ETH", "somaliland"], "et-somaliland-mou-2024")
    ]


def test_a_headline_after_the_page_menus_tells_what_was_done(rules):
    text = "Subscribe\n\nMoldova leaves CIS after three decades\n\nThe cabinet decided on Monday."
    found = [c.tense for c, _ in candidates(rules, text, "2025-03-01") if c.type == "withdraw"]
    assert found and set(found) == {"past"}, found


def test_no_sentence_starts_with_a_comma_or_a_possessive():
    nlp = backbone.load()
    doc = backbone.line_breaks(nlp.make_doc("Menu\n\nUS, Qatar renew basing pact’s terms"))
    assert [t.text for t in doc if t.is_sent_start] == ["Menu", "US"]
    assert all(doc[i].is_sent_start is False for i in (3, 8)), [t.is_sent_start for t in doc]


def test_a_headline_whose_verb_was_taken_for_a_noun_is_read_as_a_sentence(rules):
    text = "Latest\n\nIran fires barrage of drones at Israeli port, army says\n"
    assert [x[:2] for x in readings(rules, text, "attack")] == [(["IRN"], ["ISR"])]


def test_a_headline_whose_noun_only_looks_like_a_verb_is_left_to_the_parser(rules):
    for text in (
        "Hungary veto threat looms over Ukraine aid\n",  # "looms" is its verb
        "Iran fire kills workers at Bandar Abbas port\n",  # a blaze
        "Gaza, Lebanon strike toll rises\n",  # the places struck, not two who strike
    ):
        found = [c for c, _ in candidates(rules, text, "2025-06-01") if not c.guessed]
        assert not [c for c in found if c.type in ("block", "attack") and c.subject], text


def test_a_signing_in_the_headline_is_no_treaty_the_pair_signed_years_before(rules):
    text = "Kazakhstan, Russia sign deal on Baikonur lease\n\nThe deal runs to 2050."
    found = readings(rules, text, "sign", "2025-06-01")
    assert found and all(a != "ru-kz-friendship-1992" for *_, a, _ in found), found
