"""Readers (text, HTML, JSON lines, feeds) and the gold scoring."""

import json

import pytest

from pactwatch.evaluation import GoldEvent, SystemEvent, gold_dates, load_gold, score
from pactwatch.text import ReadError, read_path
from pactwatch.text.datelines import find_dateline


def test_seed_datelines(shared):
    want = gold_dates(shared / "gold" / "seeds-docs.jsonl")
    for name, published in want.items():
        (doc,) = read_path(shared / "seeds" / name)
        assert (str(doc.published) if doc.published else None) == published
        assert doc.text == (shared / "seeds" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("February 1, 2025 - 12:02 AMT\nReport", "2025-02-01"),
        ("1 February 2025\nText", "2025-02-01"),
        ("Posted Feb. 23, 2024, 10:15 am\n", "2024-02-23"),
        ("YEREVAN, 2024-06-12. Pashinyan said", "2024-06-12"),
        ("Armenia said in 2024 that ...", None),
        ("February 30, 2025 - a non-date", None),
        # below page chrome, on a line of its own
        ("Become a member\n\nRussia slams Armenia\n\n11 June 2024\nLeaders of ...", "2024-06-11"),
        # a date inside a sentence is an event's date, not the publication's
        ("1. What was signed?\n\nOn January 14, 2025, the two ministers signed a charter.", None),
    ],
)
def test_find_dateline(text, date):
    found = find_dateline(text)
    assert (str(found) if found else None) == date


def test_same_text_twice_is_one_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("Armenia froze its participation.\n")
    b.write_text("Armenia  froze its participation. ")
    assert read_path(a)[0].id == read_path(b)[0].id


def test_html_jsonl_and_feed(tmp_path):
    html = tmp_path / "p.html"
    body = " ".join(
        ["Armenia has frozen its participation in the CSTO, the prime minister said."] * 8
    )
    html.write_text(
        f"<html><head><title>Freeze</title></head><body><nav>menu</nav><article><h1>Freeze</h1><p>{body}</p></article></body></html>"
    )
    (doc,) = read_path(html)
    assert "frozen its participation" in doc.text and "menu" not in doc.text
    jl = tmp_path / "d.jsonl"
    jl.write_text(
        json.dumps({"text": "Sweden joined NATO.", "published": "2024-03-07", "url": "http://x"})
        + "\n\n"
    )
    (d,) = read_path(jl)
    assert str(d.published) == "2024-03-07" and d.url == "http://x"
    feed = tmp_path / "f.rss"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Mali leaves ECOWAS</title><link>http://w/1</link>"
        "<pubDate>Wed, 29 Jan 2025 10:00:00 GMT</pubDate><description>Mali, Burkina Faso and Niger left ECOWAS.</description></item>"
        "</channel></rss>"
    )
    (e,) = read_path(feed)
    assert (
        e.title == "Mali leaves ECOWAS"
        and str(e.published) == "2025-01-29"
        and e.publisher == "Wire"
    )
    assert "left ECOWAS" in e.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"\x00\x01\x02binary", "binary file"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("bad.jsonl", b'{"text": "ok"}\n{broken\n', "bad.jsonl:2: not JSON"),
        ("nokey.jsonl", b'{"title": "x"}\n', 'needs a "text" string'),
        ("x.pdf", b"%PDF", "unknown kind of file"),
        ("empty.txt", b"  \n", "is empty"),
    ],
)
def test_bad_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        read_path(path)


def _gold(**kw):
    base = {
        "id": "g",
        "doc": "d",
        "type": "freeze",
        "subject": ["ARM"],
        "object": [],
        "agreement": "CSTO",
        "factuality": "CT+",
        "conditional": False,
        "source": "author",
        "quotes": ["frozen our participation"],
    }
    return GoldEvent.model_validate({**base, **kw})


def _sys(**kw):
    base = {
        "doc": "d",
        "type": "freeze",
        "subject": ["ARM"],
        "object": [],
        "agreement": "CSTO",
        "factuality": "CT+",
        "conditional": False,
        "source": "author",
        "spans": [(10, 20)],
    }
    return SystemEvent.model_validate({**base, **kw})


TEXT = "We have  frozen our participation. Then again: frozen our participation."


def test_scoring_rules():
    g = [_gold(), _gold(id="h", type="skip_exercise", quotes=["Then again"])]
    # covers the first occurrence; a duplicate output for the second mention costs precision
    s = [_sys(spans=[(9, 15)]), _sys(spans=[(47, 53)]), _sys(type="warn", spans=[(0, 5)])]
    r = score(g, s, {"d": TEXT})
    assert (r.gold, r.system, r.matched) == (2, 3, 1)
    assert r.precision == pytest.approx(1 / 3) and r.recall == pytest.approx(1 / 2)
    assert r.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert [m.id for m in r.misses] == ["h"] and len(r.false_positives) == 2


def test_matching_skips_empty_roles_and_null_agreement():
    g = [_gold(subject=[], agreement=None)]
    assert (
        score(g, [_sys(subject=["RUS"], agreement="NATO", spans=[(12, 14)])], {"d": TEXT}).matched
        == 1
    )
    # a subject that shares no id, or a span outside every quote, does not match
    assert score([_gold()], [_sys(subject=["RUS"])], {"d": TEXT}).matched == 0
    assert score([_gold()], [_sys(spans=[(0, 8)])], {"d": TEXT}).matched == 0
    # either id of a person speaking for a state matches
    assert (
        score(
            [_gold(subject=["ARM", "nikol-pashinyan"])],
            [_sys(subject=["nikol-pashinyan"])],
            {"d": TEXT},
        ).matched
        == 1
    )


def test_attribute_accuracies_and_dates():
    g = [_gold(), _gold(id="h", quotes=["Then again"])]
    s = [_sys(factuality="PR+"), _sys(spans=[(36, 40)], source="nikol-pashinyan", conditional=True)]
    r = score(g, s, {"d": TEXT}, {"d": "2025-02-01"}, {"d": "2025-02-01"})
    assert r.matched == 2
    assert (r.factuality_accuracy, r.conditional_accuracy, r.source_accuracy) == (0.5, 0.5, 0.5)
    assert r.date_accuracy == 1.0
    assert r.tense_accuracy is None  # no tense annotated or read: nothing to score
    g = [_gold(tense="past"), _gold(id="h", quotes=["Then again"], tense="past")]
    s = [_sys(tense="past"), _sys(spans=[(36, 40)], tense="future")]
    assert score(g, s, {"d": TEXT}).tense_accuracy == 0.5


def test_gold_files_load(shared):
    events = load_gold(shared / "gold" / "seeds.jsonl")
    assert len(events) == 40 and all(e.quotes for e in events)
    texts = {n: (shared / "seeds" / n).read_text(encoding="utf-8") for n in {e.doc for e in events}}
    for e in events:  # every quote is an exact substring of its document
        assert all(q in texts[e.doc] for q in e.quotes), e.id


def test_page_furniture_above_a_headline_is_no_title():
    from pactwatch.text.readers import from_text

    for furniture in ("Media logo", "By Avet Demourian", "Support The Moscow Times!"):
        doc = from_text(f"{furniture}\nRussia criticises the EU mission in Armenia\nBody text.")
        assert doc.title == "Russia criticises the EU mission in Armenia"
