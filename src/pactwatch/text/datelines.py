"""Publication dates from the text itself: a dateline at the top of an article."""

from __future__ import annotations

import datetime as _dt
import re

from pactwatch.dates import PartialDate

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})", re.I
    ),
    re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
]
HEAD_LINES = 15  # a dateline sits in the first lines of the text (after any page chrome)
HEAD_CHARS = 1500


def _date(m: re.Match[str]) -> PartialDate | None:
    parts = m.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
    try:
        return PartialDate(_dt.date(int(parts["year"]), month, int(parts["day"])))
    except ValueError:
        return None


def _dateline(line: str) -> PartialDate | None:
    """The date of a line that is a dateline: the date is most of the line ("11 June 2024",
    "Updated: 2011-03-07 16:40", "Posted Feb. 23, 2024, 10:15 am"), or opens it ("February 1,
    2025 - 12:02 AMT", "YEREVAN, 2024-06-12. ..."). A date inside a sentence is not one."""
    found = sorted(
        ((m.start(), m.end(), _date(m)) for p in _PATTERNS for m in p.finditer(line)),
        key=lambda t: t[0],
    )
    for start, end, date in found:
        if date is None:
            continue
        rest = line[end:].lstrip()
        prefix = line[:start].strip().lower().split()
        sentence = bool(prefix) and prefix[0] in ("on", "in", "by", "since", "until", "from")
        short = len(line.strip()) - (end - start) <= 30 and not sentence
        opens = start <= 25 and (not rest or rest[0] in "-–—|,./(:" or rest[:1].isdigit())
        opens = opens and not sentence
        if short or opens:
            return date
    return None


def find_dateline(text: str) -> PartialDate | None:
    """The publication date a text gives in a dateline near its top, if any."""
    for line in text.lstrip()[:HEAD_CHARS].split("\n")[:HEAD_LINES]:
        found = _dateline(line)
        if found is not None:
            return found
    return None
