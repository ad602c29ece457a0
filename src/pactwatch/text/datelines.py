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
HEAD = 160  # a dateline sits in the first characters of the text


def _date(m: re.Match[str]) -> PartialDate | None:
    parts = m.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
    try:
        return PartialDate(_dt.date(int(parts["year"]), month, int(parts["day"])))
    except ValueError:
        return None


def find_dateline(text: str) -> PartialDate | None:
    """The date of a dateline ("February 1, 2025 - 12:02 AMT", "1 Feb 2025", "2025-02-01")."""
    head = text.lstrip()[:HEAD]
    first_line = head.split("\n", 1)[0]
    for scope in (first_line, head):
        found = [(m.start(), _date(m)) for p in _PATTERNS for m in p.finditer(scope)]
        found = [(pos, d) for pos, d in found if d is not None]
        if found:
            return min(found, key=lambda t: t[0])[1]
    return None
