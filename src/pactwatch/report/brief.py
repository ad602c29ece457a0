"""Render a :class:`~pactwatch.reasoning.brief.Brief` as Markdown or HTML with its figures."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pactwatch.extraction.claims import Antecedent
from pactwatch.reasoning.brief import Brief
from pactwatch.reasoning.forecasts import Forecast
from pactwatch.world import EventRef

Format = Literal["md", "html"]


@lru_cache(maxsize=1)
def _env() -> Any:
    """The templates (jinja2 imported when a brief is first rendered)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("pactwatch.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )


@dataclass
class Rendered:
    """The brief's text and, for Markdown, the figures to write beside it."""

    text: str
    figures: dict[str, bytes]  # file name -> PNG, for Markdown; empty for HTML


@dataclass
class _Group:
    agreement_name: str
    reference: str
    agreement_status: str
    kind: str
    summary: str
    guarantors: list[str]
    flags: list[str]
    sources: list[str]


def _groups(b: Brief) -> list[_Group]:
    out: dict[tuple[str, str], _Group] = {}
    for g in b.guarantors.guarantees:
        key = (g.agreement, g.provision)
        if key not in out:
            out[key] = _Group(
                g.agreement_name,
                g.reference,
                g.agreement_status,
                g.kind,
                g.summary,
                [],
                [],
                g.sources,
            )
        grp = out[key]
        grp.guarantors.append(g.guarantor)
        grp.flags.extend(f for f in g.flags if f not in grp.flags)
    return list(out.values())


def _sources(b: Brief) -> list[str]:
    seen: list[str] = []
    refs = [*(e for m in b.status.memberships + b.status.pending for e in m.evidence)]
    refs += [e for d in b.status.deployments for e in d.evidence] + list(b.events)
    cited = [s for r in refs for s in r.sources]
    cited += [s for g in b.guarantors.guarantees for s in g.sources]
    for s in cited:
        if s not in seen:
            seen.append(s)
    return seen


def _cite(ref: EventRef) -> str:
    first = ref.sources[0] if ref.sources else "no source"
    return first + (f" (+{len(ref.sources) - 1})" if len(ref.sources) > 1 else "")


def describe_event(type: str, subject: list[str], object: list[str], agreement: str | None) -> str:
    """An event in a few words: "AZE TUR attack ARM", "ARM withdraw (CSTO)"."""
    words = [" ".join(subject), type, " ".join(object)]
    text = " ".join(w for w in words if w)
    return f"{text} ({agreement})" if agreement else text


def _forecast(f: Forecast) -> str:
    return describe_event(f.type, f.subject, f.object, f.agreement)


def _condition(c: Antecedent) -> str:
    return describe_event(c.type, c.subject, c.object, c.agreement)


def render_brief(b: Brief, fmt: Format, stem: str | None = None) -> Rendered:
    """Markdown links figures ``STEM-network.png``; HTML embeds them. No stem: no figures."""
    figures: dict[str, str] = {}
    files: dict[str, bytes] = {}
    if fmt == "html" or stem is not None:
        from pactwatch.report.figures import network_png, timeline_png  # matplotlib: lazily

        pngs = {"network": network_png(b), "timeline": timeline_png(b)}
        if fmt == "html":
            figures = {
                k: "data:image/png;base64," + base64.b64encode(v).decode() for k, v in pngs.items()
            }
        else:
            for k, v in pngs.items():
                name = f"{stem}-{k}.png"
                files[name] = v
                figures[k] = name
    template = _env().get_template("brief.html.j2" if fmt == "html" else "brief.md.j2")
    text = template.render(
        b=b,
        groups=_groups(b),
        sources=_sources(b),
        figures=figures,
        cite=_cite,
        forecast=_forecast,
        condition=_condition,
    )
    return Rendered(text=text, figures=files)
