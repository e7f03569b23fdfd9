"""How sectors mix: pure functions over NetworkX graphs of people.

Each takes the graph first. A node's sectors are read from its `sectors` attribute (a
list, for people with posts in several sectors) or else its `sector`; nodes of no known
sector are left out, and the result says so where it matters. Degenerate input (no ties,
one group) gives a documented value, not an error.

The rule for people with posts in several sectors (one rule, used by every measure here,
in kg.analysis.structure and in kg.analysis.null_models): at an event, a person counts in
the sectors of the posts they held at its date (kg.analysis.tenure), 1/k in each of k. A
network of several events (a year, all years) gives each person the mean of their shares
at its events (each event once, events of no known sector left out): a person who moved
from industry to academia counts half in each over two events, one in each at each event.
These shares are the node's `shares` (kg.analysis.networks.co_participation); the
sector-mixing figures of several events instead split such a person into one node per
sector (kg.analysis.report.mixing_network), so that a tie joins the sectors its two
people had when they met. A tie
between people with sector shares p and q counts p_x * q_y in cell (x, y) of the mixing
matrix, so a tie between an academic and a person who is half academic, half industry is
half a tie within academia and half a tie between academia and industry.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from dataclasses import dataclass

import igraph
import networkx as nx
import numpy as np
from scipy import sparse

ACADEMIA, INDUSTRY = "academia", "industry"


@dataclass(frozen=True)
class EI:
    """An E-I index with the counts behind it. `index` is None when there are no ties."""

    external: float
    internal: float

    @property
    def index(self) -> float | None:
        total = self.external + self.internal
        return None if total == 0 else (self.external - self.internal) / total


def split(sectors) -> dict[str, float]:  # noqa: ANN001 - any iterable of sectors
    """1/k in each of k sectors."""
    found = sorted(set(sectors))
    return {s: 1.0 / len(found) for s in found}


def shares(data: dict, attribute: str = "sector") -> dict[str, float]:
    """A node's share in each sector: its `shares` where given (over several events, see the
    module's rule), else 1/k in each of its k sectors; {} when unknown."""
    if attribute == "sector" and data.get("shares") is not None:
        return data["shares"]
    several = data.get("sectors") or ()
    found = sorted(set(several)) if len(several) > 1 else (
        [data[attribute]] if data.get(attribute) is not None else [])
    return {s: 1.0 / len(found) for s in found}


def sector_shares(G: nx.Graph, attribute: str = "sector") -> dict:
    """Every node of known sector -> its shares (see `shares`)."""
    found = {n: shares(d, attribute) for n, d in G.nodes(data=True)}
    return {n: s for n, s in found.items() if s}


@dataclass(frozen=True)
class SectorArrays:
    """A graph's ties between people of known sector as arrays, for vectorised measures
    and permutations: node i's shares are row i of `shares` (columns `groups`), tie t
    joins `left[t]` and `right[t]` with weight `weight[t]`."""

    nodes: list
    groups: list[str]
    shares: np.ndarray
    left: np.ndarray
    right: np.ndarray
    weight: np.ndarray


def sector_arrays(G: nx.Graph, attribute: str = "sector", weight: str | None = None) -> SectorArrays:
    """The arrays of `G` (see SectorArrays); nodes in sorted order, so that the same graph
    gives the same arrays in every run."""
    known = sector_shares(G, attribute)
    nodes = sorted(known)
    groups = sorted({s for v in known.values() for s in v})
    index = {n: i for i, n in enumerate(nodes)}
    column = {s: j for j, s in enumerate(groups)}
    matrix = np.zeros((len(nodes), len(groups)))
    for n, values in known.items():
        for s, share in values.items():
            matrix[index[n], column[s]] = share
    edges = G.edges(data=weight, default=1.0) if weight else ((u, v, 1.0) for u, v in G.edges())
    ends = np.array([(index.get(u, -1), index.get(v, -1), w) for u, v, w in edges], dtype=float).reshape(-1, 3)
    ends = ends[(ends[:, 0] >= 0) & (ends[:, 1] >= 0) & (ends[:, 0] != ends[:, 1])]
    left = np.minimum(ends[:, 0], ends[:, 1]).astype(np.int64)
    right = np.maximum(ends[:, 0], ends[:, 1]).astype(np.int64)
    order = np.lexsort((ends[:, 2], right, left))  # the same order in every run
    return SectorArrays(nodes, groups, matrix, left[order], right[order], ends[order, 2].copy())


def counted(arrays: SectorArrays) -> SectorArrays:
    """The same ties, each counted once (weight 1)."""
    return dataclasses.replace(arrays, weight=np.ones_like(arrays.weight))


def tie_matrix(arrays: SectorArrays) -> sparse.csr_matrix:
    """The ties as a sparse (upper) matrix of weights: W[i, j] for the tie i - j."""
    n = len(arrays.nodes)
    return sparse.csr_matrix((arrays.weight, (arrays.left, arrays.right)), shape=(n, n))


def mixing_from(ties: sparse.csr_matrix, shares: np.ndarray) -> np.ndarray:
    """S^T W S + its transpose: the mixing matrix of tie ends, counted both ways.

    Both products are sparse x dense, which scipy computes in plain loops in a fixed
    order: a dense BLAS product may sum in an order that depends on where numpy placed
    the arrays in memory, and the same records must give the same bytes in every run.
    """
    half = sparse.csr_matrix(shares.T) @ (ties @ shares)
    return half + half.T


def mixing_counts(arrays: SectorArrays) -> np.ndarray:
    """The mixing matrix of tie ends, counted both ways (as nx.attribute_mixing_dict):
    cell (x, y) sums p_x q_y w over ties."""
    return mixing_from(tie_matrix(arrays), arrays.shares)


def ei_from_mixing(matrix: np.ndarray) -> EI:
    internal = float(np.trace(matrix)) / 2
    return EI(float(matrix.sum()) / 2 - internal, internal)


def ei_by_group_from_mixing(matrix: np.ndarray, groups: list[str]) -> dict[str, EI]:
    found = {}
    for j, g in enumerate(groups):
        internal = matrix[j, j] / 2
        found[g] = EI(float(matrix[j].sum() - matrix[j, j]), float(internal))
    return found


def assortativity_from_mixing(matrix: np.ndarray) -> float | None:
    """Newman's r = (sum_i e_ii - sum_i a_i b_i) / (1 - sum_i a_i b_i); None when
    undefined (no ties, or every tie end in one group)."""
    total = matrix.sum()
    if total == 0:
        return None
    e = matrix / total
    a, b = e.sum(axis=1), e.sum(axis=0)
    expected = float(a @ b)
    if expected >= 1 - 1e-12:
        return None
    return (float(np.trace(e)) - expected) / (1 - expected)


def between(matrix: np.ndarray, groups: list[str], x: str = ACADEMIA, y: str = INDUSTRY) -> float:
    """Ties between groups x and y (0 when either is absent)."""
    if x not in groups or y not in groups:
        return 0.0
    return float(matrix[groups.index(x), groups.index(y)])


def ei_index(G: nx.Graph, attribute: str = "sector", weight: str | None = None) -> EI:
    """Krackhardt–Stern E-I index of the whole graph: (E - I) / (E + I), where E counts
    ties between sectors and I ties within one (summing `weight` if given; people with
    several sectors by shares, see the module's rule).

    +1: every tie crosses sectors; -1: every tie stays inside one. Ties with an end whose
    sector is unknown are not counted.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
    experimental simulation. Social Psychology Quarterly 51(2), 123-140.
    """
    return ei_from_mixing(mixing_counts(sector_arrays(G, attribute, weight)))


def ei_index_by_group(G: nx.Graph, attribute: str = "sector", weight: str | None = None) -> dict[str, EI]:
    """E-I index of each sector: its members' ties to other sectors (E) against ties among
    themselves (I), after Krackhardt & Stern (1988), by shares."""
    arrays = sector_arrays(G, attribute, weight)
    return ei_by_group_from_mixing(mixing_counts(arrays), arrays.groups)


def neighbour_sectors(G: nx.Graph, attribute: str = "sector") -> tuple[list, np.ndarray, np.ndarray]:
    """Every node (sorted), its own shares S (zero rows for unknown sector) and K = A S, the
    shares of its neighbours summed by sector: one sparse product, not a loop per node."""
    nodes = sorted(G)
    index = {n: i for i, n in enumerate(nodes)}
    known = sector_shares(G, attribute)
    groups = sorted({s for v in known.values() for s in v})
    column = {s: j for j, s in enumerate(groups)}
    own = np.zeros((len(nodes), len(groups)))
    for n, values in known.items():
        for s, share in values.items():
            own[index[n], column[s]] = share
    pairs = np.array([(index[u], index[v]) for u, v in G.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(nodes),) * 2)
    adjacency.data[:] = 1.0  # a tie once, however many units it stands for
    return nodes, own, np.asarray(adjacency @ own)


def ei_index_by_node(G: nx.Graph, attribute: str = "sector") -> dict:
    """E-I index of each node of known sector over its neighbours of known sector: a tie
    counts as within by the share p.q the two have in common (Krackhardt & Stern 1988)."""
    return ei_by_node_from(*neighbour_sectors(G, attribute))


def ei_by_node_from(nodes: list, own: np.ndarray, around: np.ndarray) -> dict:
    """ei_index_by_node from neighbour_sectors' arrays."""
    internal = (own * around).sum(axis=1)
    total = around.sum(axis=1)
    return {n: EI(float(total[i] - internal[i]), float(internal[i]))
            for i, n in enumerate(nodes) if own[i].any()}


def mixing(G: nx.Graph, attribute: str = "sector", weight: str | None = None
           ) -> tuple[dict, float | None]:
    """The sector mixing matrix (tie ends counted both ways, as nx.attribute_mixing_dict,
    by shares) and Newman's attribute assortativity r.

    r is +1 when ties stay inside sectors, negative when they cross more than in a
    network whose ties ignore sector; None when undefined (no ties between known groups,
    or one group). With cliques of co-participation, r far from 0 can be chance: compare
    it with kg.analysis.null_models.

    References
    ----------
    Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
    """
    arrays = sector_arrays(G, attribute, weight)
    matrix = mixing_counts(arrays)
    table = {x: {y: float(matrix[i, j]) for j, y in enumerate(arrays.groups) if matrix[i, j]}
             for i, x in enumerate(arrays.groups)}
    table = {x: row for x, row in table.items() if row}
    if len(arrays.groups) < 2:
        return table, None
    return table, assortativity_from_mixing(matrix)


def sector_composition(person_event: nx.Graph, attribute: str = "sector") -> dict[str, Counter]:
    """How many people of each sector took part in each event (from the two-mode
    person–event network), by shares: a tie's `sectors` (the person's sectors at that
    event) where given, else the person's; people of unknown sector count as 'unknown'."""
    found: dict[str, Counter] = {}
    for node, data in person_event.nodes(data=True):
        if data.get("kind") == "event":
            counts: Counter = Counter()
            for p, tie in person_event[node].items():
                at = split(tie["sectors"]) if "sectors" in tie else shares(person_event.nodes[p], attribute)
                counts.update(at or {"unknown": 1.0})
            found[node] = counts
    return found


def blau_index(counts: Counter) -> float:
    """Blau's heterogeneity 1 - sum(p_i^2): 0 when everyone is of one group.

    References
    ----------
    Blau, P. M. (1977). Inequality and Heterogeneity. New York: Free Press.
    """
    total = sum(counts.values())
    return 0.0 if total == 0 else 1.0 - sum((c / total) ** 2 for c in counts.values())


def participation_coefficient(G: nx.Graph, attribute: str = "sector") -> dict:
    """Participation coefficient over sectors, P_i = 1 - sum_s (k_is / k_i)^2, where k_is
    counts i's ties to people of sector s (by shares): 0 when all of i's ties stay in
    one sector, approaching 1 when they spread evenly. Nodes with no tie to a known
    sector get 0.

    References
    ----------
    Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic
    networks. Nature 433, 895-900.
    """
    return participation_from(*neighbour_sectors(G, attribute))


def participation_from(nodes: list, own: np.ndarray, around: np.ndarray) -> dict:
    """participation_coefficient from neighbour_sectors' arrays."""
    k = around.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = 1.0 - ((around / np.where(k > 0, k, 1)[:, None]) ** 2).sum(axis=1)
    return {n: (float(value[i]) if k[i] > 0 else 0.0) for i, n in enumerate(nodes)}


def to_igraph(G: nx.Graph) -> tuple[igraph.Graph, list]:
    """The graph as a simple undirected igraph Graph (directions and parallel edges
    dropped), and the nodes in igraph's vertex order."""
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    ig.simplify()
    return ig, nodes


# Exact betweenness costs about n * m steps; igraph makes ~1e9 of them in a few seconds here
# (6k nodes and 120k ties: 0.5 s), so it is exact up to this budget and sampled above.
EXACT_BETWEENNESS_BUDGET = 2_000_000_000


def betweenness(G: nx.Graph, exact_limit: int | None = None, samples: int = 500, seed: int = 42
                ) -> tuple[dict, str]:
    """Normalised betweenness centrality (Brandes 2001) of an undirected graph: exact when
    nodes x ties is within EXACT_BETWEENNESS_BUDGET (or, given `exact_limit`, up to that
    many nodes), above that estimated from `samples` source nodes with ties, drawn with a
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
    exact = n <= exact_limit if exact_limit is not None else n * ig.ecount() <= EXACT_BETWEENNESS_BUDGET
    tied = [i for i, d in enumerate(ig.degree()) if d > 0]
    if exact or len(tied) <= samples:
        values, how = ig.betweenness(directed=False), "exact"
    else:
        # Isolates lie on no path and start none: sources are drawn from people with ties.
        sources = sorted(random.Random(seed).sample(tied, samples))
        values = ig.betweenness(directed=False, sources=sources)
        scale *= len(tied) / len(sources)
        how = f"estimated from {len(sources)} sources"
    return {node: v * scale for node, v in zip(nodes, values)}, how
