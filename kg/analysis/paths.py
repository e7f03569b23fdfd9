"""The shortest chain of records linking two nodes of the knowledge graph: how one side
reaches the other (`kg analyze --path`)."""

from __future__ import annotations

import networkx as nx


def connecting_path(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The shortest chain of records linking two nodes (people, organisations, events),
    each step with the tie that links it to the next: how one side reaches the other."""
    undirected = nx.Graph()
    for u, v, data in g.edges(data=True):
        undirected.add_edge(u, v, label=data.get("label", data["kind"]))
    if source not in undirected or target not in undirected or not nx.has_path(undirected, source, target):
        return []
    nodes = nx.shortest_path(undirected, source, target)
    steps = []
    for i, node in enumerate(nodes):
        step = {"node": node, "name": g.nodes[node]["label"], "kind": g.nodes[node]["kind"],
                "sector": g.nodes[node].get("sector")}
        if i + 1 < len(nodes):
            step["tie"] = undirected.edges[node, nodes[i + 1]]["label"]
        steps.append(step)
    return steps


def path_text(steps: list[dict]) -> str:
    if not steps:
        return "no chain of records links them\n"
    parts = []
    for step in steps:
        sector = f", {step['sector']}" if step.get("sector") else ""
        parts.append(f"{step['name']} ({step['kind']}{sector})")
        if "tie" in step:
            parts.append(f"  --{step['tie']}--")
    return "\n".join(parts) + "\n"
