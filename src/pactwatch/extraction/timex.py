"""Time expressions in a sentence, explicit ("in December 2023") or relative ("last week"),
anchored on the document's publication date when they need one; and what an event's date
rules out (an agreement guessed from its description, signed years before the signing the
sentence dates, is not the one signed)."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.dates import PartialDate
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.reading import Candidate, Reading, guarded
from pactwatch.extraction.syntax import first_stop
from pactwatch.text.datelines import MONTHS

_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<year>(?:19|20)\d{2})"
_REL = r"(?P<rel>last|next|this)\s+year\b"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_M},?\s+{_Y}\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    ("my", re.compile(rf"\b{_M},?\s+{_Y}\b", re.I)),
    # "on Sept. 11 this year", "in July last year"
    ("md_rel", re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_REL}", re.I)),
    ("m_rel", re.compile(rf"\b{_M},?\s+{_REL}", re.I)),
    ("rel_unit", re.compile(r"\b(?P<rel>last|next|this|past)\s+(?P<unit>week|month|year)\b", re.I)),
    ("rel_month", re.compile(rf"\b(?P<rel>last|next|this)\s+{_M}(?:'s|’s)?\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    ("day", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.I)),
    ("md", re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", re.I)),
    ("dm", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_M}\b(?!,?\s*\d{{4}})", re.I)),
    (
        "weekday",
        re.compile(
            r"\b(?:on\s+|last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|until|by|from|of|before|after)\s+" + _Y + r"\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|from|until|by)\s+{_M}\b(?!\s*\d)", re.I)),
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}


@dataclass(frozen=True)
class Timex:
    start: int  # character offsets
    end: int
    text: str
    date: PartialDate | None  # None when it needs an anchor the document lacks
    past: bool  # points before the document's date
    ahead: PartialDate | None = None  # read forward instead, for a future event: "by Tuesday"


def _shift_months(d: _dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _resolve(kind: str, g: dict[str, str | None], anchor: _dt.date | None) -> PartialDate | None:
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if kind in ("mdy", "dmy", "iso"):
        m = int(g["mnum"] or 0) if g.get("mnum") else month
        try:
            return PartialDate(_dt.date(int(g["year"] or 0), m or 1, int(g["day"] or 1)))
        except ValueError:
            return None
    if kind == "my":
        return PartialDate(f"{g['year']}-{month:02d}")
    if kind == "year":
        return PartialDate(str(g["year"]))
    if anchor is None:
        return None
    rel = (g.get("rel") or "").lower()
    step = {"last": -1, "past": -1, "next": 1, "this": 0}.get(rel, 0)
    if kind in ("md_rel", "m_rel") and month:
        year = anchor.year + step
        try:
            day = _dt.date(year, month, int(g.get("day") or 1))
        except ValueError:
            return None
        return PartialDate(day) if kind == "md_rel" else PartialDate(f"{year}-{month:02d}")
    if kind == "rel_unit":
        unit = (g.get("unit") or "").lower()
        if unit == "year":
            return PartialDate(str(anchor.year + step))
        if unit == "month":
            y, m = _shift_months(anchor, step)
            return PartialDate(f"{y}-{m:02d}")
        return PartialDate(anchor + _dt.timedelta(weeks=step))
    if kind in ("rel_month", "month") and month:
        year = anchor.year
        if kind == "rel_month" and rel == "last" and month >= anchor.month:
            year -= 1
        if kind == "rel_month" and rel == "next" and month <= anchor.month:
            year += 1
        if kind == "month" and month > anchor.month:
            year -= 1  # "in March", read in February, is last March
        return PartialDate(f"{year}-{month:02d}")
    if kind == "ago":
        word = (g.get("n") or "").lower()
        n = int(word) if word.isdigit() else NUMBERS.get(word, 0)
        if not n:
            return None
        unit = (g.get("unit") or "").lower().rstrip("s")
        if unit == "year":
            return PartialDate(str(anchor.year - n))
        if unit == "month":
            y, m = _shift_months(anchor, -n)
            return PartialDate(f"{y}-{m:02d}")
        days = n * (7 if unit == "week" else 1)
        return PartialDate(anchor - _dt.timedelta(days=days))
    if kind in ("md", "dm") and month:
        year = anchor.year - (1 if month > anchor.month else 0)
        try:
            return PartialDate(_dt.date(year, month, int(g.get("day") or 1)))
        except ValueError:
            return None
    if kind == "weekday":
        wanted = WEEKDAYS.index((g.get("wd") or "").lower())
        back = (anchor.weekday() - wanted) % 7
        return PartialDate(anchor - _dt.timedelta(days=back))
    if kind == "day":
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[(g.get("word") or "").lower()]
        return PartialDate(anchor + _dt.timedelta(days=offset))
    return None


# expressions read backward by default ("on Tuesday", "in March") that a future event reads
# forward ("will leave by Tuesday", "will take place in August")
FORWARD = {"weekday", "md", "dm", "month"}


def _forward(kind: str, date: PartialDate) -> PartialDate | None:
    """The next such day or month after the document's date, instead of the last one."""
    if kind == "weekday":
        return PartialDate(date.start + _dt.timedelta(days=7))
    try:
        return PartialDate(date.start.replace(year=date.year + 1).isoformat()[: len(str(date))])
    except ValueError:  # February 29
        return None


def find_timexes(text: str, offset: int, anchor: _dt.date | None) -> list[Timex]:
    """The time expressions of ``text`` (a sentence starting at ``offset`` in the document)."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            date = _resolve(kind, m.groupdict(), anchor)
            words = m.group(0).lower()
            past = "last" in words or "ago" in words or "yesterday" in words or "past" in words
            ahead = None
            if date is not None and anchor is not None:
                past = past or date.start < anchor
                pushed_back = kind == "weekday" or date.year < anchor.year  # "in March", in May
                if past and kind in FORWARD and pushed_back and "last" not in words:
                    ahead = _forward(kind, date)
            t = Timex(offset + m.start(), offset + m.end(), m.group(0), date, past, ahead)
            found.append(t)
    return sorted(found, key=lambda t: t.start)


ATTRIBUTIVE = {"the", "a", "an", "its", "their", "this", "that", "his", "her"}


def _attributive(doc: Doc, t: Timex) -> bool:
    """A date that describes a thing ("the February 9, 2000 treaty", "the 1951 pact") is not
    when the event happens."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_ in ATTRIBUTIVE


def _of_saying(doc: Doc, t: Timex) -> bool:
    """ "..., the Kremlin said on Monday": the day of the saying, read back whatever the
    event's tense."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    if before is not None and before.lemma_.lower() in cw.REPORTING:
        return True  # "Russia said on Monday it will ...", whatever the parse
    gov = span.root.head
    while gov.dep_ in ("prep", "pobj", "npadvmod") and gov.head.i != gov.i:
        gov = gov.head
    return gov.lemma_.lower() in cw.REPORTING


SUBORDINATE = ("relcl", "advcl", "ccomp", "acl")


def _other_clause(doc: Doc, t: Timex, head: Token) -> bool:
    """Whether the date is said in a clause of its own that the event's word is not in: "the
    pact, which they signed in 2022, took effect last year" dates the signing, not the
    taking effect."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    mine = {head.i, *(a.i for a in head.ancestors)}
    for tok in [span.root, *span.root.ancestors]:
        if tok.i in mine:
            return False
        if tok.dep_ in SUBORDINATE:
            return True
    return False


def _event_dates(doc: Doc) -> Doc:
    """Each candidate's date: the time expression of its own clause nearest its trigger."""
    r: Reading = doc._.pactwatch
    anchor = r.anchor
    by_sent: dict[int, list[Timex]] = {}
    for c in r.candidates:
        sent = doc[c.head].sent
        if sent.start not in by_sent:
            found = find_timexes(sent.text, sent.start_char, anchor)
            by_sent[sent.start] = [t for t in found if not _attributive(doc, t)]
        found = by_sent[sent.start]
        if not found:
            if _headline_signing_of_another(doc, r, c):  # "Kazakhstan, Russia sign deal on
                c.agreement = None  # Baikonur": news of the day, not their 1992 treaty
            continue
        head = doc[c.head]
        clause = head if head.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj") else head.head
        lo, hi = doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + 1
        near = [t for t in found if lo <= t.start < hi]
        own = [t for t in near if not _other_clause(doc, t, head)]
        best = min(own or near or found, key=lambda t: abs(t.start - head.idx))
        c.date = best.date
        c.date_ahead = None if _of_saying(doc, best) else best.ahead
        if _signed_another_year(r, c):  # "France and Chad signed a defence pact in 2010":
            # not the pair's pact of 1960 or 2019 that the knowledge base knows, but the one
            # of their pacts signed that year where it holds one ("In 1960 France and Chad
            # signed a defence agreement": the 1960 one, though a pair's own is found first)
            c.agreement = _signed_that_year(r, c)
        if not near:
            c.date_elsewhere = True  # the sentence's date, from another clause
        if best.past:
            c.cues.append("time=past")
    return doc


def _signed_that_year(r: Reading, c: Candidate) -> str | None:
    """The one treaty of the knowledge base among at most four parties, the signers among
    them, signed within a year of the signing the sentence dates, if there is exactly one."""
    know, signers = r.know, {s for s in c.subject if r.know.is_state(s)}
    if len(signers) < 2 or c.date is None:
        return None
    found = [
        ag
        for ag in sorted(know.bilateral)
        if signers <= know.parties.get(ag, set())
        and len(know.parties.get(ag, set())) <= 4
        and (when := know.signed.get(ag)) is not None
        and abs(when.start.year - c.date.start.year) <= 1
    ]
    return found[0] if len(found) == 1 else None


def _headline_signing_of_another(doc: Doc, r: Reading, c: Candidate) -> bool:
    """A signing told in the headline (a line before the first full stop) is the day's
    news: one linked by its signers to a treaty signed years before the publication is
    another agreement."""
    published = r.document.published if r.document is not None else None
    if published is None or c.type != "sign":
        return False
    if first_stop(doc) < doc[c.head].sent.end:
        return False
    return _signed_another_year(r, c, published)


def _signed_another_year(r: Reading, c: Candidate, when: PartialDate | None = None) -> bool:
    """A signing dated years away from the signature of the treaty (not an organization) it
    was linked to by its signers (not by its name) is the signing of another agreement."""
    when = when or c.date
    if c.type != "sign" or c.agreement not in r.know.bilateral or when is None:
        return False
    if "agr_via=named" in c.cues:
        return False
    signed = r.know.signed.get(c.agreement)
    return signed is not None and abs(signed.start.year - when.start.year) > 1


@Language.component("pactwatch_dates")
@guarded("pactwatch_dates")
def event_dates(doc: Doc) -> Doc:
    return _anachronisms(_event_dates(doc))


RESIGNED_AFTER = 2  # years: a description fits no treaty its signers signed that long before


def _anachronisms(doc: Doc) -> Doc:
    """An agreement guessed from a description is not one its signers had signed years
    before the signing the sentence dates: "Mali, Burkina Faso and Niger on Saturday signed
    a mutual defence pact" (2023) is not ECOWAS's 1981 defence protocol, which they signed
    then; nor one signed after the date the sentence gives ("Moscow and Ankara signed an
    agreement in 2017" is not their memorandum of 2018). The signing stays, of an agreement
    the knowledge base does not hold (a state acceding to an old treaty signs it by its
    name)."""
    r: Reading = doc._.pactwatch
    know = r.know
    guessed = {(x.start, x.ids[0]) for x in r.refs if x.how in ("described", "description")}
    for c in r.candidates:
        if c.type != "sign" or c.agreement is None or c.date is None:
            continue
        if c.date_elsewhere:
            continue  # a date of another clause may be another event's
        signed = know.signed.get(c.agreement)
        sent = doc[c.head].sent
        described = any(sent.start <= i < sent.end for i, ag in guessed if ag == c.agreement)
        paired = "agr_via=between" in c.cues  # the pair's one pact, no word of its name
        if signed is None or not (described or paired):
            continue
        gap = c.date.start.year - signed.start.year  # "signed an agreement in 2017": not
        if gap >= RESIGNED_AFTER or gap < 0:  # the pair's pact of 2018 either
            c.agreement = None
            if "subj_via=kb_parties" in c.cues:  # its parties were that agreement's
                c.subject = []
    return doc
