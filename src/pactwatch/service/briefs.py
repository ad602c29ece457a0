"""Briefs and their figures: the brief as data, rendered as Markdown or HTML, and the two
figures (the commitment network, the standing over time) as PNG."""

from __future__ import annotations

import threading

from pactwatch.reasoning import Brief
from pactwatch.report import render_brief
from pactwatch.report.brief import Format, Rendered
from pactwatch.service.errors import UserError
from pactwatch.service.session import Session

FORMATS = ("md", "html")
FIGURES = ("network", "timeline")

# matplotlib's pyplot keeps global state: one figure drawn at a time.
_drawing = threading.Lock()


def check_format(fmt: str, name: str = "--format") -> Format:
    if fmt not in FORMATS:
        raise UserError(f"{name} {fmt!r}: use md or html")
    return "html" if fmt == "html" else "md"


def render(brief: Brief, fmt: Format, stem: str | None = None) -> Rendered:
    """The brief as text; Markdown names its figures ``STEM-network.png`` (returned beside
    it), HTML embeds them."""
    with _drawing:
        return render_brief(brief, fmt, stem)


def figure(session: Session, brief: Brief, which: str) -> bytes:
    """One of the brief's figures as PNG, drawn once per actor, date and world."""
    if which not in FIGURES:
        raise UserError(f"no figure {which!r}: use {' or '.join(FIGURES)}")

    def draw() -> bytes:
        with _drawing:
            from pactwatch.report.figures import network_png, timeline_png  # matplotlib

            return network_png(brief) if which == "network" else timeline_png(brief)

    return session.memo(("figure", which, brief.actor, brief.as_of), draw)
