"""Who sits between whom: brokerage, structural holes and communities of an undirected
network of people, as pure functions (graph first).

People with the same closed neighbourhood (twins: everyone at one event as a whole, or
the speakers of one session) are interchangeable here, so brokerage and structural holes
run on the classes of twins, not on each person: one event of 2,000 people is one class,
not 2,000^3 steps. Sectors follow kg.analysis.measures (several sectors count by shares).
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict

import igraph
import networkx as nx
import numpy as np
from scipy import sparse

from kg.analysis.measures import blau_index, sector_shares, shares

# On undirected ties Gould & Fernandez's gatekeeper (b and c in one group, a in another)
# and representative (a and b in one, c in another) are the same triad read both ways:
# one role here.
BROKERAGE_ROLES = ("coordinator", "itinerant", "gatekeeper_representative", "liaison")


def twin_classes(G: nx.Graph, nodes=None) -> list[list]:  # noqa: ANN001 - any node ids
    """The nodes grouped by closed neighbourhood N[v] (sorted classes, sorted members)."""
    nodes = G if nodes is None else nodes
    keep = set(nodes)
    found: dict[frozenset, list] = defaultdict(list)
    for n in nodes:
        found[frozenset(m for m in G[n] if m in keep) | {n}].append(n)
    return sorted((sorted(c, key=str) for c in found.values()), key=lambda c: str(c[0]))


def _role_split(open_pairs: np.ndarray, y: int) -> np.ndarray:
    """Unordered open triads a - b - c with b in group y, split into the four roles, from
    the ordered pair counts open_pairs[x, z] of b's non-adjacent neighbours."""
    diagonal = np.diag(open_pairs)
    coordinator = diagonal[y]
    itinerant = diagonal.sum() - diagonal[y]
    crossing = open_pairs[y].sum() + open_pairs[:, y].sum() - 2 * diagonal[y]
    liaison = open_pairs.sum() - coordinator - itinerant - crossing
    return np.array([coordinator, itinerant, crossing, liaison]) / 2


def brokerage(G: nx.Graph, attribute: str = "sector") -> dict[str, dict]:
    """Gould–Fernandez brokerage roles of every node of known sector, on undirected ties.

    Each open triad a - b - c (a and c not tied) is counted once, at broker b: coordinator
    (a, b, c of one sector), itinerant (a and c of one sector, b of another),
    gatekeeper_representative (b shares a sector with one end only; the two directed
    roles are one on undirected ties) or liaison (three sectors). A person with several
    sectors splits each triad by shares (measures' rule), so counts can be fractional.
    Triads through a node of unknown sector are not counted.

    References
    ----------
    Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
    brokerage in transaction networks. Sociological Methodology 19, 89-126.
    """
    known = sector_shares(G, attribute)
    groups = sorted({s for v in known.values() for s in v})
    roles = {n: dict.fromkeys(BROKERAGE_ROLES, 0.0) for n in known}
    if not known:
        return roles
    classes = twin_classes(G, known)
    of = {n: i for i, members in enumerate(classes) for n in members}
    column = {s: j for j, s in enumerate(groups)}
    mass = np.zeros((len(classes), len(groups)))  # each class's summed shares
    for n, values in known.items():
        for s, share in values.items():
            mass[of[n], column[s]] += share
    pairs = {(min(of[u], of[v]), max(of[u], of[v])) for u, v in G.edges()
             if u in of and v in of and of[u] != of[v]}
    rows = [a for a, b in pairs] + [b for a, b in pairs]
    cols = [b for a, b in pairs] + [a for a, b in pairs]
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(classes),) * 2)
    for c, members in enumerate(classes):
        around = adjacency.indices[adjacency.indptr[c]:adjacency.indptr[c + 1]]
        if len(around) < 2:
            continue
        h = mass[around]
        total = h.sum(axis=0)
        # Ordered pairs of neighbours in other classes, less pairs inside one class (tied)
        # and pairs of tied classes.
        tied = adjacency[around][:, around] @ h
        open_pairs = np.outer(total, total) - h.T @ h - h.T @ tied
        for n in members:
            split = sum(share * _role_split(open_pairs, column[s]) for s, share in known[n].items())
            roles[n] = dict(zip(BROKERAGE_ROLES, (float(round(v, 9)) for v in split)))
    return roles


def brokerage_expected(G: nx.Graph, roles: dict[str, dict], attribute: str = "sector") -> dict[str, dict]:
    """Gould–Fernandez expected role counts and z-scores: what a broker's open triads would
    give if the sectors of its two ends were drawn at random from the other people.

    For broker b of group y with T open triads, among N people of known sector of whom n_x
    are in group x (by shares, b's own share left out), the chance of each role is
    coordinator (n_y)(n_y - 1) / ((N-1)(N-2)), gatekeeper_representative
    2 n_y (N - 1 - n_y) / ((N-1)(N-2)), itinerant sum_{x != y} n_x (n_x - 1) / (...), liaison
    the rest; expected = T * p and z = (observed - T p) / sqrt(T p (1 - p)) (binomial
    approximation; None where p is 0 or 1). A hub's large count is brokerage only where z
    is large.

    References
    ----------
    Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
    brokerage in transaction networks. Sociological Methodology 19, 89-126.
    """
    known = sector_shares(G, attribute)
    size: Counter = Counter()
    for values in known.values():
        size.update(values)
    total = sum(size.values())
    found = {}
    for n, counts in roles.items():
        triads = sum(counts.values())
        p = dict.fromkeys(BROKERAGE_ROLES, 0.0)
        others = total - 1
        if others >= 2:
            pairs = others * (others - 1)
            for y, share in known[n].items():
                rest = {x: size[x] - known[n].get(x, 0.0) for x in size}
                same = rest[y]
                p["coordinator"] += share * same * max(same - 1, 0) / pairs
                p["gatekeeper_representative"] += share * 2 * same * (others - same) / pairs
                p["itinerant"] += share * sum(c * max(c - 1, 0) for x, c in rest.items() if x != y) / pairs
        p["liaison"] = max(0.0, 1 - sum(p.values())) if others >= 2 else 0.0
        found[n] = {}
        for role in BROKERAGE_ROLES:
            expected = triads * p[role]
            spread = math.sqrt(max(0.0, triads * p[role] * (1 - p[role])))
            z = None if spread < 1e-9 else (counts[role] - expected) / spread
            found[n][role] = {"observed": counts[role], "expected": expected, "z": z}
    return found


def structural_holes(G: nx.Graph, classes: list[list] | None = None) -> tuple[dict, dict]:
    """Burt's constraint and effective size of every node with ties, on the unweighted
    undirected graph (isolated nodes have neither and are left out).

    With p_ij = 1/d_i, constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2 over neighbours j
    and their common neighbours q; effective size = d_i - 2 t_i / d_i, t_i the ties among
    i's neighbours (Borgatti 1997). The same values as nx.constraint and nx.effective_size
    (tested). Twins have equal values, so each class of twins (twin_classes, or `classes`,
    any finer split of them) is computed once.

    References
    ----------
    Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
    University Press. Borgatti, S. P. (1997). Structural holes: unpacking Burt's
    redundancy measures. Connections 20(1), 35-38.
    """
    neighbours = {n: set(G[n]) - {n} for n in G}
    constraint, size = {}, {}
    for members in twin_classes(G) if classes is None else classes:
        i = members[0]
        ni = neighbours[i]
        d = len(ni)
        if d == 0:
            continue
        total, shared_ties = 0.0, 0
        # Neighbours that are twins of each other have the same term: one per class.
        by_class: dict[frozenset, list] = defaultdict(list)
        for j in ni:
            by_class[frozenset(neighbours[j] | {j})].append(j)
        for twins in by_class.values():
            j = twins[0]
            common = ni & neighbours[j]
            shared_ties += len(common) * len(twins)
            indirect = sum(1.0 / len(neighbours[q]) for q in common)
            total += len(twins) * (1.0 + indirect) ** 2
        for n in members:
            constraint[n] = total / (d * d)
            size[n] = d - shared_ties / d  # shared_ties counts each tie among neighbours twice
    return constraint, size


def weighted_twin_classes(G: nx.Graph, weight: str = "weight") -> list[list]:
    """Classes of twins (twin_classes) whose ties also weigh the same: each member's ties
    to the others of its class weigh one value, and its ties outside match every other
    member's. People told apart by the sums of their weights, then checked exactly."""
    found = []
    for members in twin_classes(G):
        if len(members) == 1:
            found.append(members)
            continue
        alike: dict[tuple, list] = defaultdict(list)
        for n in members:
            weights = [d.get(weight, 1.0) for m, d in G[n].items() if m != n]
            alike[(round(sum(weights), 9), round(sum(w * w for w in weights), 9))].append(n)
        for part in alike.values():
            found.extend(_equal_weights(G, part, weight))
    return sorted(found, key=lambda c: str(c[0]))


def _equal_weights(G: nx.Graph, part: list, weight: str) -> list[list]:
    inside = set(part)
    first = None
    for n in part:
        outside = frozenset((m, d.get(weight, 1.0)) for m, d in G[n].items() if m not in inside)
        within = {d.get(weight, 1.0) for m, d in G[n].items() if m in inside and m != n}
        if len(within) > 1 or (first is not None and (outside, within) != first):
            return [[m] for m in part]
        first = (outside, within) if first is None else first
    return [part]


def weighted_constraint(G: nx.Graph, weight: str = "weight", classes: list[list] | None = None) -> dict:
    """Burt's constraint of every node with ties, with p_ij = w_ij / sum_k w_ik (for kg,
    Newman's weights: a tie from a 500-person unit constrains little): c_i = sum_j (p_ij +
    sum_q p_iq p_qj)^2. The same values as nx.constraint(G, weight=...) (tested); each class
    of weighted twins is computed once, and so is each class among a node's neighbours.

    References
    ----------
    Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
    University Press.
    """
    neighbours = {n: set(G[n]) - {n} for n in G}
    strength = {n: sum(G[n][m].get(weight, 1.0) for m in around) for n, around in neighbours.items()}
    classes = weighted_twin_classes(G, weight) if classes is None else classes
    of = {n: k for k, members in enumerate(classes) for n in members}
    found = {}
    for members in classes:
        i = members[0]
        ni = neighbours[i]
        if not ni or strength[i] == 0:
            continue
        by_class: dict[int, list] = defaultdict(list)
        for j in ni:
            by_class[of[j]].append(j)
        total = 0.0
        for twins in by_class.values():
            j = twins[0]
            indirect = sum(G[i][q].get(weight, 1.0) / strength[i] * G[q][j].get(weight, 1.0) / strength[q]
                           for q in ni & neighbours[j])
            total += len(twins) * (G[i][j].get(weight, 1.0) / strength[i] + indirect) ** 2
        for n in members:
            found[n] = total
    return found


def _numbered(G: nx.Graph, tied: list, weight: str) -> igraph.Graph:
    """The tied people as an igraph Graph, numbered in sorted order, with `weight` on ties."""
    number = {n: i for i, n in enumerate(tied)}
    edges = [(number[u], number[v], w) for u, v, w in G.edges(tied, data=weight, default=1)]
    numbered = igraph.Graph(n=len(tied), edges=[(a, b) for a, b, _ in edges])
    numbered.es["weight"] = [float(w) for _, _, w in edges]
    return numbered


def _labels(numbered: igraph.Graph, seed: int) -> tuple[list[list[int]], list[int]]:
    """Louvain's communities (igraph's multilevel, in C; it visits vertices in a random order,
    drawn here from a seeded generator) and each vertex's community."""
    igraph.set_random_number_generator(random.Random(seed))
    try:
        labels = numbered.community_multilevel(weights="weight").membership
    finally:
        igraph.set_random_number_generator(random)
    parts: dict[int, list[int]] = defaultdict(list)
    for i, k in enumerate(labels):
        parts[k].append(i)
    return sorted(parts.values()), labels


def _adjusted_rand(a: list[int], b: list[int]) -> float:
    """Hubert & Arabie's adjusted Rand index of two labellings of the same items."""
    def pairs(x: float) -> float:
        return x * (x - 1) / 2

    n = len(a)
    cells = Counter(zip(a, b))
    index = sum(pairs(c) for c in cells.values())
    rows = sum(pairs(c) for c in Counter(a).values())
    cols = sum(pairs(c) for c in Counter(b).values())
    expected = rows * cols / pairs(n) if n > 1 else 0.0
    top = (rows + cols) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def communities(G: nx.Graph, attribute: str = "sector", seed: int = 42, weight: str = "weight",
                stability_seeds: int = 10) -> dict:
    """Louvain communities (igraph's multilevel, fixed seed, `weight` on ties) with the sectors in each and
    their Blau index, the partition's modularity, and its stability: Louvain again with
    seeds 0 .. stability_seeds - 1, the number of communities each gives and the median
    adjusted Rand index against the reported partition (1: the same every time). Isolated
    people form no community.

    References
    ----------
    Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
    communities in large networks. J. Stat. Mech. P10008. Newman, M. E. J. (2006).
    Modularity and community structure in networks. PNAS 103(23), 8577-8582. Hubert, L. &
    Arabie, P. (1985). Comparing partitions. Journal of Classification 2, 193-218.
    """
    tied = sorted(n for n in G if G.degree(n) > 0)
    if not tied:
        return {"communities": [], "modularity": None, "counts": [], "adjusted_rand_median": None}
    numbered = _numbered(G, tied, weight)
    parts, labels = _labels(numbered, seed)
    modularity = numbered.modularity(labels, weights="weight")
    counts, agreement = [], []
    for other in range(stability_seeds):
        again, other_labels = _labels(numbered, other)
        counts.append(len(again))
        agreement.append(_adjusted_rand(labels, other_labels))
    found = []
    for numbers in parts:
        members = [tied[i] for i in numbers]
        sectors: Counter = Counter()
        for m in members:
            sectors.update(shares(G.nodes[m], attribute) or {"unknown": 1.0})
        found.append({"members": sorted(members), "sectors": dict(sectors),
                      "blau": blau_index(sectors)})
    found.sort(key=lambda c: (-len(c["members"]), c["members"][0]))
    return {"communities": found, "modularity": modularity, "counts": counts,
            "adjusted_rand_median": float(np.median(agreement)) if agreement else None}
