"""The brief's figures, drawn with matplotlib (Agg, no display) as PNG bytes."""

from __future__ import annotations

import datetime as _dt
import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from pactwatch.reasoning.brief import Brief

KIND_COLOURS = {
    "defense": "#c0392b",
    "offense": "#8e44ad",
    "neutrality": "#2980b9",
    "nonaggression": "#16a085",
    "consultation": "#7f8c8d",
    "basing": "#d35400",
    "stationing": "#e67e22",
    "military_aid": "#27ae60",
    "arms_supply": "#2c3e50",
    "joint_command": "#f39c12",
    "foreign_basing_consent": "#95a5a6",
}
STANDING_COLOURS = {
    "member": "#2e86c1",
    "frozen": "#85c1e9",
    "signatory": "#d5d8dc",
    "applicant": "#f5cba7",
    "suspended": "#f1948a",
    "withdrawing": "#f8c471",
    "observer": "#a3e4d7",
}


def _num(day: _dt.date) -> float:
    """Matplotlib's number for a date (its date2num is untyped)."""
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


STRENGTH = [
    "defense",
    "offense",
    "neutrality",
    "nonaggression",
    "stationing",
    "basing",
    "joint_command",
    "military_aid",
    "arms_supply",
    "consultation",
    "foreign_basing_consent",
]


def network_png(b: Brief) -> bytes:
    """The actor's commitment network: one arrow per direction, the strongest kind's colour."""
    strongest: dict[tuple[str, str], str] = {}
    for e in b.network:
        key = (e.obliged, e.protected)
        rank = STRENGTH.index(e.kind) if e.kind in STRENGTH else len(STRENGTH)
        old = strongest.get(key)
        if old is None or rank < STRENGTH.index(old):
            strongest[key] = e.kind
    g: nx.DiGraph[str] = nx.DiGraph()
    g.add_node(b.actor)
    for (u, v), kind in strongest.items():
        g.add_edge(u, v, kind=kind)
    fig, ax = plt.subplots(figsize=(8, 6.5))
    others = [n for n in g.nodes if n != b.actor]
    pos = nx.shell_layout(g, [[b.actor], others]) if others else {b.actor: (0.0, 0.0)}
    colours = ["#f4d03f" if n == b.actor else "#d6eaf8" for n in g]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=1000, node_color=colours)
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=9)
    kinds = sorted({d["kind"] for _, _, d in g.edges(data=True)}, key=STRENGTH.index)
    for kind in kinds:
        edges = [(u, v) for u, v, d in g.edges(data=True) if d["kind"] == kind]
        nx.draw_networkx_edges(
            g,
            pos,
            edgelist=edges,
            ax=ax,
            edge_color=KIND_COLOURS.get(kind, "#333333"),
            width=2.2 if kind == "defense" else 1.4,
            arrows=True,
            arrowsize=14,
            node_size=1000,
            connectionstyle="arc3,rad=0.12",
        )
    ax.legend(
        handles=[Line2D([0], [0], color=KIND_COLOURS.get(k, "#333"), lw=2, label=k) for k in kinds],
        loc="lower left",
        fontsize=8,
        frameon=False,
    )
    ax.set_title(
        f"Commitments of {b.name} on {b.as_of} (arrow: obliged → protected; strongest kind)",
        fontsize=10,
    )
    ax.axis("off")
    return _png(fig)


def timeline_png(b: Brief) -> bytes:
    """Standings over time, one row per agreement, with the last year's events marked."""
    agreements = sorted({s.agreement for s in b.spans})
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(agreements), 2) + 1.6))
    first = min((s.start for s in b.spans), default=b.since)
    end_day = b.as_of
    for row, ag in enumerate(agreements):
        for s in (x for x in b.spans if x.agreement == ag):
            state = "frozen" if s.participation == "frozen" else s.legal
            colour = STANDING_COLOURS.get(state)
            if colour is None:  # withdrawn, expelled: no bar
                continue
            stop = s.end or end_day
            ax.barh(
                row,
                _num(stop) - _num(s.start),
                left=_num(s.start),
                height=0.6,
                color=colour,
            )
    for e in b.events:
        ax.axvline(_num(e.date.start), color="#c0392b", alpha=0.25, lw=1)
    ax.set_yticks(range(len(agreements)), agreements, fontsize=8)
    ax.set_xlim(_num(first - _dt.timedelta(days=180)), _num(end_day + _dt.timedelta(days=90)))
    ax.xaxis_date()
    ax.legend(
        handles=[Patch(color=c, label=k) for k, c in STANDING_COLOURS.items()]
        + [Line2D([0], [0], color="#c0392b", alpha=0.4, label="event, last 12 months")],
        loc="upper left",
        fontsize=7,
        ncol=4,
        frameon=False,
        bbox_to_anchor=(0, -0.12),
    )
    ax.set_title(f"{b.name}: standing in each agreement up to {b.as_of}", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return _png(fig)
