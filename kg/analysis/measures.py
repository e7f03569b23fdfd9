"""Measures of how academia and industry connect: pure functions over NetworkX graphs.

Each takes the graph first and the node attribute that names a node's group (the
sector) second; nodes whose group is None are left out and the result says so where it
matters. Degenerate input (no ties, one group) gives a documented value, not an error.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

import igraph
import networkx as nx

BROKERAGE_ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")


@dataclass(frozen=True)
class EI:
    """An E-I index with the counts behind it. `index` is None when there are no ties."""

    external: float
    internal: float

    @property
    def index(self) -> float | None:
        total = self.external + self.internal
        return None if total == 0 else (self.external - self.internal) / total


def _group(G: nx.Graph, attribute: str) -> dict:
    return {n: d.get(attribute) for n, d in G.nodes(data=True) if d.get(attribute) is not None}


def ei_index(G: nx.Graph, attribute: str = "sector", weight: str | None = None) -> EI:
    """Krackhardt–Stern E-I index of the whole graph: (E - I) / (E + I), where E counts
    ties between groups and I ties within a group (summing `weight` if given).

    +1: every tie crosses groups; -1: every tie stays inside one. Ties with an end whose
    group is unknown are not counted.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
    experimental simulation. Social Psychology Quarterly 51(2), 123-140.
    """
    group = _group(G, attribute)
    external = internal = 0.0
    for u, v, data in G.edges(data=True):
        if u in group and v in group:
            w = data.get(weight, 1) if weight else 1
            if group[u] == group[v]:
                internal += w
            else:
                external += w
    return EI(external, internal)


def ei_index_by_group(G: nx.Graph, attribute: str = "sector") -> dict[str, EI]:
    """E-I index of each group: its members' ties to other groups (E) against ties among
    themselves (I), after Krackhardt & Stern (1988)."""
    group = _group(G, attribute)
    counts: dict[str, list[float]] = {g: [0.0, 0.0] for g in set(group.values())}
    for u, v in G.edges():
        if u in group and v in group:
            if group[u] == group[v]:
                counts[group[u]][1] += 1
            else:
                counts[group[u]][0] += 1
                counts[group[v]][0] += 1
    return {g: EI(e, i) for g, (e, i) in counts.items()}


def ei_index_by_node(G: nx.Graph, attribute: str = "sector") -> dict:
    """E-I index of each node over its neighbours of known group (Krackhardt & Stern 1988)."""
    group = _group(G, attribute)
    found = {}
    for n in group:
        e = sum(1 for m in G[n] if m in group and group[m] != group[n])
        i = sum(1 for m in G[n] if m in group and group[m] == group[n])
        found[n] = EI(e, i)
    return found


def brokerage(G: nx.Graph | nx.DiGraph, attribute: str = "sector") -> dict[str, Counter]:
    """Gould–Fernandez brokerage roles of every node, with the attribute as groups.

    For each two-step path a -> b -> c with no tie a -> c, broker b is
    a coordinator (a, b, c in one group), itinerant (a and c in one group, b in another),
    gatekeeper (b and c in one group, a in another), representative (a and b in one group,
    c in another) or liaison (three groups). An undirected graph is read as ties in both
    directions, so an open triad a - b - c counts as a -> b -> c and as c -> b -> a (a
    gatekeeper one way is a representative the other). Paths through a node of unknown
    group are not counted.

    References
    ----------
    Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
    brokerage in transaction networks. Sociological Methodology 19, 89-126.
    """
    group = _group(G, attribute)
    roles: dict[str, Counter] = {n: Counter({r: 0 for r in BROKERAGE_ROLES}) for n in group}
    if not G.is_directed():
        _undirected_brokerage(G, group, roles)
        return roles
    for b in group:
        gb = group[b]
        for a in G.predecessors(b):
            if a not in group:
                continue
            for c in G.successors(b):
                if c == a or c not in group or G.has_edge(a, c):
                    continue
                roles[b][_role(group[a], gb, group[c])] += 1
    return roles


def _role(ga, gb, gc) -> str:  # noqa: ANN001 - any group labels
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if gb == gc:
        return "gatekeeper"
    if ga == gb:
        return "representative"
    return "liaison"


def _undirected_brokerage(G: nx.Graph, group: dict, roles: dict[str, Counter]) -> None:
    """Brokerage of an undirected graph by counting, not listing, the open triads.

    For broker b, the ordered pairs of neighbours (a, c) in groups (x, y) number
    h_x * h_y (less h_x when x == y); the adjacent ones, found by intersecting each
    neighbour's set with b's, are taken away. A hub of degree 10,000 costs the sum of its
    neighbours' degrees instead of 10^8 pairs.
    """
    neighbours = {n: {m for m in G[n] if m in group and m != n} for n in group}
    for b, around in neighbours.items():
        if len(around) < 2:
            continue
        counts = Counter(group[n] for n in around)
        pairs = Counter({(x, y): counts[x] * counts[y] - (counts[x] if x == y else 0)
                         for x in counts for y in counts})
        for a in around:
            for c in around & neighbours[a]:
                pairs[(group[a], group[c])] -= 1
        gb = group[b]
        for (ga, gc), n in pairs.items():
            if n:
                roles[b][_role(ga, gb, gc)] += n


def sector_composition(person_event: nx.Graph, attribute: str = "sector") -> dict[str, Counter]:
    """How many people of each sector took part in each event (from the two-mode
    person–event network); people of unknown sector count as 'unknown'."""
    found: dict[str, Counter] = {}
    for node, data in person_event.nodes(data=True):
        if data.get("kind") == "event":
            found[node] = Counter(person_event.nodes[p].get(attribute) or "unknown"
                                  for p in person_event[node])
    return found


def blau_index(counts: Counter) -> float:
    """Blau's heterogeneity 1 - sum(p_i^2): 0 when everyone is of one group.

    References
    ----------
    Blau, P. M. (1977). Inequality and Heterogeneity. New York: Free Press.
    """
    total = sum(counts.values())
    return 0.0 if total == 0 else 1.0 - sum((c / total) ** 2 for c in counts.values())


def to_igraph(G: nx.Graph) -> tuple[igraph.Graph, list]:
    """The graph as a simple undirected igraph Graph (directions and parallel edges
    dropped), and the nodes in igraph's vertex order."""
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    ig.simplify()
    return ig, nodes


def betweenness(G: nx.Graph, exact_limit: int = 5000, samples: int = 500, seed: int = 42
                ) -> tuple[dict, str]:
    """Normalised betweenness centrality (Brandes 2001) of an undirected graph: exact up to
    `exact_limit` nodes, above that estimated from `samples` source nodes drawn with a
    fixed seed and scaled up (Brandes & Pich 2007). Computed by igraph (C); the values
    equal nx.betweenness_centrality's (tested). Returns the values and how they were made.

    References
    ----------
    Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
    Mathematical Sociology 25(2), 163-177. Brandes, U. & Pich, C. (2007). Centrality
    estimation in large networks. Int. J. Bifurcation and Chaos 17(7), 2303-2318.
    """
    ig, nodes = to_igraph(G)
    n = len(nodes)
    if n < 3:
        return {node: 0.0 for node in nodes}, "exact"
    scale = 2.0 / ((n - 1) * (n - 2))
    if n <= exact_limit:
        values, how = ig.betweenness(directed=False), "exact"
    else:
        sources = random.Random(seed).sample(range(n), min(samples, n))
        values = ig.betweenness(directed=False, sources=sources)
        scale *= n / len(sources)
        how = f"estimated from {len(sources)} sources"
    return {node: v * scale for node, v in zip(nodes, values)}, how


def mixing(G: nx.Graph, attribute: str = "sector") -> tuple[dict, float | None]:
    """The sector mixing matrix (tie ends counted both ways, as nx.attribute_mixing_dict)
    and Newman's attribute assortativity r = (sum_i e_ii - sum_i a_i b_i) / (1 - sum_i a_i b_i).

    r is +1 when ties stay inside sectors, negative when they cross more than chance
    would have them; None when undefined (no ties between known groups, or one group).

    References
    ----------
    Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
    """
    known = G.subgraph(_group(G, attribute))
    matrix = nx.attribute_mixing_dict(known, attribute)
    total = sum(c for row in matrix.values() for c in row.values())
    # Sorted, so the sums run in the same order in every run (a set's order follows the hash seed).
    groups = sorted(set(matrix) | {j for row in matrix.values() for j in row})
    if total == 0 or len(groups) < 2:
        return matrix, None
    a = {i: sum(matrix.get(i, {}).values()) / total for i in groups}
    b = {j: sum(matrix.get(i, {}).get(j, 0) for i in groups) / total for j in groups}
    trace = sum(matrix.get(i, {}).get(i, 0) for i in groups) / total
    expected = sum(a[i] * b[i] for i in groups)
    return matrix, (trace - expected) / (1 - expected)


def participation_coefficient(G: nx.Graph, attribute: str = "sector") -> dict:
    """Participation coefficient over sectors, P_i = 1 - sum_s (k_is / k_i)^2, where k_is
    counts i's ties to people of sector s: 0 when all of i's ties stay in one sector,
    approaching 1 when they spread evenly. Nodes with no tie to a known sector get 0.

    References
    ----------
    Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic
    networks. Nature 433, 895-900.
    """
    group = _group(G, attribute)
    found = {}
    for n in G:
        counts = Counter(group[m] for m in G[n] if m in group)
        k = sum(counts.values())
        found[n] = 0.0 if k == 0 else 1.0 - sum((c / k) ** 2 for c in counts.values())
    return found


def structural_holes(G: nx.Graph) -> tuple[dict, dict]:
    """Burt's constraint and effective size of every node with ties, on the unweighted
    undirected graph (isolated nodes have neither and are left out).

    With p_ij = 1/d_i, constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2 over neighbours j
    and their common neighbours q; effective size = d_i - 2 t_i / d_i, t_i the ties among
    i's neighbours (Borgatti 1997). The same values as nx.constraint and nx.effective_size
    (tested), computed in one pass over each node's neighbour sets: NetworkX's versions
    recompute every local term and did not finish on a hub of degree 350 here.

    References
    ----------
    Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
    University Press. Borgatti, S. P. (1997). Structural holes: unpacking Burt's
    redundancy measures. Connections 20(1), 35-38.
    """
    neighbours = {n: set(G[n]) - {n} for n in G}
    constraint, size = {}, {}
    for i, ni in neighbours.items():
        d = len(ni)
        if d == 0:
            continue
        total, shared_ties = 0.0, 0
        for j in ni:
            common = ni & neighbours[j]
            shared_ties += len(common)
            indirect = sum(1.0 / len(neighbours[q]) for q in common)
            total += (1.0 + indirect) ** 2
        constraint[i] = total / (d * d)
        size[i] = d - shared_ties / d  # shared_ties counts each tie among neighbours twice
    return constraint, size


def communities(G: nx.Graph, attribute: str = "sector", seed: int = 42) -> list[dict]:
    """Louvain communities (fixed seed) with the sectors in each and their Blau index:
    how far each community cuts across sectors. Isolated people form no community.

    References
    ----------
    Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
    communities in large networks. J. Stat. Mech. P10008.
    """
    tied = sorted(n for n in G if G.degree(n) > 0)
    if not tied:
        return []
    # Louvain runs on the people numbered in sorted order: networkx keeps communities in
    # sets, and a set of string ids iterates in an order that changes with Python's hash
    # seed at every run; integers hash alike in every run, so the same records give the
    # same communities.
    number = {n: i for i, n in enumerate(tied)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(tied)))
    numbered.add_weighted_edges_from((number[u], number[v], w)
                                     for u, v, w in G.edges(tied, data="weight", default=1))
    found = []
    for numbers in nx.community.louvain_communities(numbered, weight="weight", seed=seed):
        members = [tied[i] for i in numbers]
        sectors = Counter(G.nodes[n].get(attribute) or "unknown" for n in members)
        found.append({"members": sorted(members), "sectors": dict(sectors),
                      "blau": blau_index(sectors)})
    return sorted(found, key=lambda c: (-len(c["members"]), c["members"][0]))
