"""Text from outside (files, feeds, URLs, arguments) made safe to show on a terminal.

Control characters (the escape that starts a terminal sequence, carriage returns, bells, ...)
and the invisible characters that reorder a line (bidirectional overrides) are shown escaped,
as ``\\x1b`` or ``\\u202e``, never sent to the terminal. Long values are cut with an ellipsis.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; newline and tab are kept unless the text must fit one line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates, line and paragraph separators, lone surrogates.
_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object, limit: int | None = None, one_line: bool = False) -> str:
    """``value`` as text safe to print; cut to ``limit`` characters when given."""
    text = str(value)
    if limit is not None and len(text) > limit * 4:
        text = text[: limit * 4]  # escaping cannot shrink the text: cut before the work
    text = (_CONTROL_LINE if one_line else _CONTROL).sub(_escape, text)
    text = _INVISIBLE.sub(_escape, text)
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def shown(value: object, limit: int = 60) -> str:
    """A value the user gave, quoted and cut for an error message: ``'Armen…'``."""
    return "'" + printable(value, limit, one_line=True) + "'"
