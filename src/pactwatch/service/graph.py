"""The commitment network on a date as a graph: who is obliged to whom, whose forces where."""

from __future__ import annotations

import json

import networkx as nx

from pactwatch.dates import PartialDate
from pactwatch.world import World


def network(world: World, as_of: PartialDate | None = None) -> nx.MultiDiGraph[str]:
    """Edges obliged → protected (one per provision) and deployer → host (one per deployment)."""
    snap = world.snapshot(as_of)
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(as_of=str(snap.as_of))
    for a, b, p in snap.obligations():
        for n in (a, b):
            actor = world.kb.actors.get(n)
            g.add_node(n, name=actor.name if actor else n, kind=actor.kind if actor else "")
        g.add_edge(a, b, kind=p.kind, agreement=p.agreement, provision=p.provision)
    for d in snap.deployments:
        for n in (d.deployer, d.host):
            actor = world.kb.actors.get(n)
            g.add_node(n, name=actor.name if actor else n, kind=actor.kind if actor else "")
        g.add_edge(
            d.deployer, d.host, kind=f"deployment:{d.kind}", agreement=d.basis or "", provision=d.id
        )
    return g


def node_link_json(g: nx.MultiDiGraph[str]) -> str:
    """The graph as node-link JSON (``export json``)."""
    return json.dumps(nx.node_link_data(g, edges="edges"), indent=1, ensure_ascii=False)
