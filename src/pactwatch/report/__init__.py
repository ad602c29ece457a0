"""Reports for people: the brief in Markdown or HTML, with its figures."""

from pactwatch.report.brief import render_brief

__all__ = ["render_brief"]
