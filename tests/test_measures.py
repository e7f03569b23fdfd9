"""Measures on small graphs whose answers are counted by hand in the comments, and on the
seed graph, where a reader can check every figure against the article."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from kg.analysis import measures, structure
from kg.analysis.networks import co_participation, load_knowledge_graph, person_event


def grouped(edges, groups, directed=False):
    G = nx.DiGraph() if directed else nx.Graph()
    for node, group in groups.items():
        G.add_node(node, sector=group)
    G.add_edges_from(edges)
    return G


def test_ei_index_whole_graph_by_group_and_by_node():
    # a1-a2 within A; a1-b and a2-b between A and B: E = 2, I = 1, E-I = 1/3.
    G = grouped([("a1", "a2"), ("a1", "b"), ("a2", "b")], {"a1": "A", "a2": "A", "b": "B"})
    ei = measures.ei_index(G)
    assert (ei.external, ei.internal) == (2, 1)
    assert ei.index == pytest.approx(1 / 3)
    by_group = measures.ei_index_by_group(G)
    assert (by_group["A"].external, by_group["A"].internal) == (2, 1)  # A's two ties out, one in
    assert by_group["B"].index == 1.0  # B's ties all leave B
    assert measures.ei_index_by_node(G)["a1"].index == 0.0  # one tie in, one out


def test_ei_index_degenerate_cases():
    assert measures.ei_index(grouped([], {"a": "A", "b": "B"})).index is None  # no ties
    assert measures.ei_index(grouped([("a", "b")], {"a": "A", "b": "A"})).index == -1.0  # one group
    # A tie to a node of unknown sector is not counted.
    G = grouped([("a", "x")], {"a": "A", "x": None})
    assert measures.ei_index(G).index is None
    assert "x" not in measures.ei_index_by_node(G)


def test_brokerage_counts_each_open_triad_once():
    # Undirected a - b - c with a, b in A and c in B: one open triad, at b, in which b shares
    # a sector with one end only. (Counted as a -> b -> c and c -> b -> a, it was 2.)
    roles = structure.brokerage(grouped([("a", "b"), ("b", "c")], {"a": "A", "b": "A", "c": "B"}))
    assert roles["b"] == {"coordinator": 0, "itinerant": 0, "gatekeeper_representative": 1, "liaison": 0}
    assert sum(roles["a"].values()) == sum(roles["c"].values()) == 0
    closed = grouped([("a", "b"), ("b", "c"), ("a", "c")], {"a": "A", "b": "A", "c": "A"})
    assert sum(structure.brokerage(closed)["b"].values()) == 0


@pytest.mark.parametrize("groups, role", [
    ({"a": "A", "b": "A", "c": "A"}, "coordinator"),
    ({"a": "A", "b": "B", "c": "A"}, "itinerant"),
    ({"a": "A", "b": "B", "c": "B"}, "gatekeeper_representative"),
    ({"a": "A", "b": "A", "c": "B"}, "gatekeeper_representative"),
    ({"a": "A", "b": "B", "c": "C"}, "liaison"),
])
def test_brokerage_role_of_one_open_triad(groups, role):
    roles = structure.brokerage(grouped([("a", "b"), ("b", "c")], groups))
    assert roles["b"] == {**dict.fromkeys(structure.BROKERAGE_ROLES, 0), role: 1}


def test_brokerage_of_a_star_counted_by_hand():
    # Centre h (A) with leaves x, y (A) and z (B), no ties among the leaves: 3 open triads,
    # {x, y} coordinator, {x, z} and {y, z} gatekeeper/representative.
    G = grouped([("h", "x"), ("h", "y"), ("h", "z")], {"h": "A", "x": "A", "y": "A", "z": "B"})
    assert structure.brokerage(G)["h"] == {
        "coordinator": 1, "itinerant": 0, "gatekeeper_representative": 2, "liaison": 0}
    # Gould-Fernandez expected counts: the other people are x, y (A) and z (B), so N - 1 = 3
    # and a random pair of ends is (A, A) with chance 2*1/(3*2) = 1/3, mixed with chance
    # 2*2*1/6 = 2/3: of 3 triads, 1 coordinator and 2 gatekeeper/representative expected.
    expected = structure.brokerage_expected(G, structure.brokerage(G))["h"]
    assert expected["coordinator"]["expected"] == pytest.approx(1.0)
    assert expected["gatekeeper_representative"]["expected"] == pytest.approx(2.0)
    assert expected["coordinator"]["z"] == pytest.approx(0.0)  # just what chance gives
    assert expected["liaison"]["z"] is None  # impossible here: p = 0


def test_brokerage_of_a_hub_is_not_read_as_brokerage_by_chance():
    # A hub h (A) tied to 4 A and 4 B leaves with no ties among them: 28 open triads, 6
    # coordinator, 16 gatekeeper/representative, 6 itinerant. With 4 A and 4 B around, chance
    # gives p(coord) = 4*3/(8*7) = 12/56 -> 6, p(itinerant) = 12/56 -> 6, p(g/r) = 32/56 -> 16:
    # the z-scores are all 0.
    leaves = {f"a{i}": "A" for i in range(4)} | {f"b{i}": "B" for i in range(4)}
    G = grouped([("h", n) for n in leaves], {"h": "A", **leaves})
    roles = structure.brokerage(G)
    assert roles["h"] == {"coordinator": 6, "itinerant": 6, "gatekeeper_representative": 16, "liaison": 0}
    expected = structure.brokerage_expected(G, roles)["h"]
    assert all(expected[r]["z"] == pytest.approx(0.0) for r in ("coordinator", "itinerant",
                                                                  "gatekeeper_representative"))


def test_a_person_in_two_sectors_counts_half_in_each():
    # a1 (A) - x (A and I): half the tie is within A, half between A and I. Counting "A and I"
    # as a third group made it wholly between (E-I +1).
    G = grouped([("a1", "x")], {"a1": "A", "x": None})
    G.nodes["x"]["sectors"] = ["A", "I"]
    ei = measures.ei_index(G)
    assert (ei.external, ei.internal, ei.index) == (0.5, 0.5, 0.0)
    table, _ = measures.mixing(G)
    assert table == {"A": {"A": 1.0, "I": 0.5}, "I": {"A": 0.5}}  # tie ends, both ways
    # Star h (A) with x (A and I) and y (I), x and y not tied: one open triad, split by x's
    # shares into half gatekeeper/representative (ends A, I) and half itinerant (ends I, I).
    G.add_node("y", sector="I")
    G.add_node("h", sector="A")
    G.remove_edge("a1", "x")
    G.add_edges_from([("h", "x"), ("h", "y")])
    assert structure.brokerage(G)["h"] == {
        "coordinator": 0, "itinerant": 0.5, "gatekeeper_representative": 0.5, "liaison": 0}
    assert measures.ei_index_by_node(G)["h"].index == pytest.approx((1.5 - 0.5) / 2)


def test_academia_industry_ties_apart_from_all_mixing():
    # Three ties, all between sectors (E-I +1), but only one between academia and industry.
    G = grouped([("a", "i"), ("a", "g"), ("i", "n")],
                {"a": "academia", "i": "industry", "g": "government", "n": "nonprofit"})
    arrays = measures.sector_arrays(G)
    matrix = measures.mixing_counts(arrays)
    assert measures.ei_from_mixing(matrix).index == 1.0
    assert measures.between(matrix, arrays.groups) == 1.0


def test_assortativity_extremes_and_undefined():
    apart = grouped([("a1", "a2"), ("b1", "b2")], {"a1": "A", "a2": "A", "b1": "B", "b2": "B"})
    assert measures.mixing(apart)[1] == pytest.approx(1.0)
    across = grouped([("a1", "b1"), ("a2", "b2")], {"a1": "A", "a2": "A", "b1": "B", "b2": "B"})
    assert measures.mixing(across)[1] == pytest.approx(-1.0)
    assert measures.mixing(grouped([("a", "b")], {"a": "A", "b": "A"}))[1] is None
    assert measures.mixing(grouped([], {}))[1] is None


def test_blau_index():
    assert measures.blau_index(Counter(a=1, b=1)) == 0.5
    assert measures.blau_index(Counter(a=5)) == 0.0
    assert measures.blau_index(Counter()) == 0.0


def test_betweenness_equals_networkx_and_estimates_near_it():
    G = nx.karate_club_graph()
    values, how = measures.betweenness(G)
    reference = nx.betweenness_centrality(G)
    assert how == "exact"
    assert all(values[n] == pytest.approx(reference[n]) for n in G)
    big = nx.barabasi_albert_graph(1200, 2, seed=1)
    estimate, how = measures.betweenness(big, exact_limit=500, samples=400)
    exact = nx.betweenness_centrality(big)
    top = sorted(big, key=exact.get, reverse=True)[:5]
    assert how == "estimated from 400 sources"
    assert all(estimate[n] == pytest.approx(exact[n], rel=0.25) for n in top)


def test_betweenness_exact_and_sampled():
    path = nx.path_graph(3)
    values, how = measures.betweenness(path)
    assert (values[1], how) == (1.0, "exact")
    star = nx.star_graph(30)
    values, how = measures.betweenness(star, exact_limit=10, samples=20)
    assert how == "estimated from 20 sources"
    assert values[0] == pytest.approx(1.0, rel=0.05)
    # Sources are drawn from nodes with ties only: with 1,000 isolates beside the star, the
    # 20 sources still find the centre's betweenness (the pairs of the 30 leaves, of the
    # (1030 choose 2) pairs of all nodes).
    star.add_nodes_from(range(100, 1100))
    values, how = measures.betweenness(star, exact_limit=10, samples=20)
    assert values[0] == pytest.approx(30 * 29 / (1030 * 1029), rel=0.05)
    # Without a limit it is exact within the budget of nodes x ties.
    assert measures.betweenness(star)[1] == "exact"


# --- the seed graph --------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_knowledge(seed_out):
    return load_knowledge_graph(seed_out)


def test_seed_co_participation(seed_knowledge):
    p = co_participation(seed_knowledge)
    # Symposium level: Ben LEE and the 7 attendees, a clique of 8 (28 ties); the opening:
    # ZHANG-LEE; the keynote session: WANG-CHEN (their talks are one unit). 30 ties.
    assert (p.number_of_nodes(), p.number_of_edges()) == (11, 30)
    lee = "https://w3id.org/kg/id/person/ben-lee"
    zhang = "https://w3id.org/kg/id/person/weimin-zhang"
    fratto = "https://w3id.org/kg/id/person/adam-fratto"
    assert p.edges[lee, zhang] == {"count": 1, "weight": 1.0}
    assert p.edges[lee, fratto]["weight"] == pytest.approx(1 / 7)  # Newman: 1 / (8 - 1)


def test_person_event_two_mode_network(seed_knowledge):
    b = person_event(seed_knowledge)
    event = "https://w3id.org/kg/id/event/icci-short-drama-symposium-2025"
    assert b.degree(event) == 11
    assert b.edges["https://w3id.org/kg/id/person/ben-lee", event]["roles"] == {"moderator", "welcome speaker"}


def test_participation_coefficient_counted_by_hand():
    # h's ties: two to A, one to B, one to C -> 1 - (4 + 1 + 1) / 16 = 0.625; x's only tie
    # is to A -> 0; an isolated node -> 0.
    G = grouped([("h", "a1"), ("h", "a2"), ("h", "b"), ("h", "c"), ("x", "a1")],
                {"h": "A", "a1": "A", "a2": "A", "b": "B", "c": "C", "x": "B", "lone": "A"})
    values = measures.participation_coefficient(G)
    assert values["h"] == pytest.approx(0.625)
    assert values["x"] == 0.0 and values["lone"] == 0.0


def test_structural_holes_of_the_seed_bridge(seed_knowledge):
    people = co_participation(seed_knowledge)
    constraint, size = structure.structural_holes(people)
    lee = "https://w3id.org/kg/id/person/ben-lee"
    # Burt's effective size: 8 alters - 2 * 21 ties among them / 8 = 2.75.
    assert size[lee] == pytest.approx(2.75)
    # Constraint: 7 clique alters each (1/8 + 6 * 1/8 * 1/7)^2, plus ZHANG (1/8)^2 = 0.39286.
    assert constraint[lee] == pytest.approx(7 * (1 / 8 + 6 / 56) ** 2 + 1 / 64)


def test_person_organisation_and_organisation_networks(seed_knowledge):
    from kg.analysis.networks import organisation_network, person_organisation, person_topic

    posts = person_organisation(seed_knowledge)
    wang = "https://w3id.org/kg/id/person/james-wang"
    assert posts.degree(wang) == 2
    o = organisation_network(seed_knowledge)
    flare = "https://w3id.org/kg/id/org/flareflow"
    division = "https://w3id.org/kg/id/org/col-group-international-short-drama"
    # WANG holds posts at both, so they share a person.
    assert o.edges[flare, division]["shared"] == 1
    # WANG and CHEN met in the keynote session: each of WANG's 2 organisations is tied to
    # each of CHEN's 2 by co-participation.
    svfs = "https://w3id.org/kg/id/org/shanghai-vancouver-film-school"
    assert o.edges[flare, svfs] == {"shared": 0, "co_participation": 1}
    topics = person_topic(seed_knowledge)
    assert topics.degree(wang) == 9  # the nine topics of his keynote
    assert topics.degree("https://w3id.org/kg/id/person/adam-fratto") == 5  # the symposium's own


def test_structural_holes_agree_with_networkx():
    G = nx.karate_club_graph()
    G.add_node("alone")
    constraint, size = structure.structural_holes(G)
    reference_c = nx.constraint(G, nodes=[n for n in G if G.degree(n)])
    reference_s = nx.effective_size(G, nodes=[n for n in G if G.degree(n)])
    assert "alone" not in constraint and "alone" not in size
    for n in reference_c:
        assert constraint[n] == pytest.approx(reference_c[n])
        assert size[n] == pytest.approx(reference_s[n])


@pytest.mark.parametrize("seed", range(5))
def test_brokerage_by_twin_classes_equals_listing_every_open_triad(seed):
    # The counting over classes of twins against the plain listing of every open triad.
    import itertools
    import random

    rng = random.Random(seed)
    G = nx.gnp_random_graph(40, 0.15, seed=seed)
    nx.set_node_attributes(G, {n: rng.choice(["A", "B", "C", None]) for n in G}, "sector")
    G.add_edges_from((0, n) for n in range(1, 30))  # a hub
    G.add_edges_from(itertools.combinations(range(30, 36), 2))  # twins: a clique of 6
    G.add_edges_from((30 + i, 1) for i in range(6))
    listed = {n: dict.fromkeys(structure.BROKERAGE_ROLES, 0) for n in G if G.nodes[n]["sector"]}
    for b in listed:
        around = sorted(m for m in G[b] if G.nodes[m]["sector"])
        for a, c in itertools.combinations(around, 2):
            if not G.has_edge(a, c):
                ga, gb, gc = (G.nodes[x]["sector"] for x in (a, b, c))
                role = ("coordinator" if ga == gb == gc else "itinerant" if ga == gc else
                        "gatekeeper_representative" if gb in (ga, gc) else "liaison")
                listed[b][role] += 1
    assert structure.brokerage(G) == listed




def test_weighted_constraint_agrees_with_networkx():
    import random

    G = nx.karate_club_graph()
    rng = random.Random(1)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = rng.choice([0.25, 0.5, 1.0, 2.0])
    # A clique of 5 weighted alike (twins, computed once) hanging off node 0.
    clique = [f"c{i}" for i in range(5)]
    G.add_weighted_edges_from((a, b, 0.25) for i, a in enumerate(clique) for b in clique[i + 1:])
    G.add_weighted_edges_from((c, 0, 0.5) for c in clique)
    found = structure.weighted_constraint(G)
    reference = nx.constraint(G, weight="weight")
    assert found == pytest.approx(reference)
    # A tie of weight 1 against ties of weight 1/7: node a's constraint by hand. a - b
    # (1), a - c (1/7), no other ties: p_ab = 7/8, p_ac = 1/8, c_a = (7/8)^2 + (1/8)^2.
    H = nx.Graph()
    H.add_weighted_edges_from([("a", "b", 1.0), ("a", "c", 1 / 7)])
    assert structure.weighted_constraint(H)["a"] == pytest.approx(49 / 64 + 1 / 64)
