"""Measures on small graphs whose answers are counted by hand in the comments, and on the
seed graph, where a reader can check every figure against the article."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pytest

from conftest import CASES, DATA, run_kg
from kg.analysis import measures
from kg.analysis.networks import co_participation, load_knowledge_graph, person_event
from kg.analysis.report import analyse


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


@pytest.mark.parametrize("groups, role", [
    ({"a": "A", "b": "A", "c": "A"}, "coordinator"),
    ({"a": "A", "b": "B", "c": "A"}, "itinerant"),
    ({"a": "A", "b": "B", "c": "B"}, "gatekeeper"),
    ({"a": "A", "b": "A", "c": "B"}, "representative"),
    ({"a": "A", "b": "B", "c": "C"}, "liaison"),
])
def test_brokerage_roles_of_one_directed_triad(groups, role):
    roles = measures.brokerage(grouped([("a", "b"), ("b", "c")], groups, directed=True))
    assert roles["b"] == Counter({**{r: 0 for r in measures.BROKERAGE_ROLES}, role: 1})
    assert sum(roles["a"].values()) == sum(roles["c"].values()) == 0


def test_brokerage_ignores_closed_triads_and_counts_undirected_both_ways():
    closed = grouped([("a", "b"), ("b", "c"), ("a", "c")], {"a": "A", "b": "A", "c": "A"}, directed=True)
    assert sum(measures.brokerage(closed)["b"].values()) == 0
    # Undirected a - b - c with a, b in A and c in B: a -> b -> c is representative,
    # c -> b -> a gatekeeper.
    roles = measures.brokerage(grouped([("a", "b"), ("b", "c")], {"a": "A", "b": "A", "c": "B"}))
    assert (roles["b"]["representative"], roles["b"]["gatekeeper"]) == (1, 1)
    assert sum(roles["b"].values()) == 2


def test_brokerage_of_a_star_counted_by_hand():
    # Centre h (A) with leaves x, y (A) and z (B), no ties among the leaves. Ordered leaf
    # pairs: (x,y), (y,x) coordinator; (x,z), (y,z) representative; (z,x), (z,y) gatekeeper.
    G = grouped([("h", "x"), ("h", "y"), ("h", "z")], {"h": "A", "x": "A", "y": "A", "z": "B"})
    assert dict(measures.brokerage(G)["h"]) == {
        "coordinator": 2, "itinerant": 0, "gatekeeper": 2, "representative": 2, "liaison": 0}


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
    values, how = measures.betweenness(star, exact_limit=10, samples=31)
    assert how == "estimated from 31 sources"
    assert values[0] == pytest.approx(1.0)


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


def test_seed_measures_counted_by_hand(seed_knowledge):
    a = analyse(seed_knowledge)
    # Within-sector ties: academia 6 in the clique (LEE, Warren, Bardosh, Thomas) + ZHANG-LEE,
    # industry FENG-CAO, independent Fratto-Kelly: 9. The other 21 cross sectors.
    assert a.ei == {"index": pytest.approx(0.4), "between": 21, "within": 9}
    # Tie ends: e_AA 14/60, e_II 2/60, e_PP 2/60; a = (31, 15, 14)/60:
    # r = (18/60 - 1382/3600) / (1 - 1382/3600) = -0.13616.
    assert a.assortativity == pytest.approx(-0.1361587, abs=1e-6)
    # 6 academia, 3 industry, 2 independent: Blau = 1 - 49/121 = 72/121.
    assert a.events[0]["sectors"] == {"academia": 6, "industry": 3, "independent": 2}
    assert a.events[0]["blau"] == pytest.approx(72 / 121, abs=1e-4)
    assert a.events[0]["ei"] == pytest.approx(0.4)  # the one event is the whole graph
    # Per session (a session counts the people of its talks): the opening has ZHANG and
    # LEE, the keynote session WANG and CHEN; the roundtable and closing name nobody.
    assert {x["name"]: x["sectors"] for x in a.events[0]["sessions"]} == {
        "Opening session": {"academia": 2},
        "Keynote Presentations: Industry and Academic Perspectives": {"academia": 1, "industry": 1},
        "Keynote speech by James WANG": {"industry": 1},
        "Keynote speech by Xiaoda CHEN": {"academia": 1}}
    lee = a.bridges[0]
    assert lee["name"] == "Ben LEE"
    # ZHANG reaches the clique only through LEE: 7 of the 45 pairs of the other 10 people.
    assert lee["betweenness"] == pytest.approx(7 / 45, abs=1e-4)
    # Ordered paths ZHANG -> LEE -> x and back, x one of 7: coordinator with 3 academics
    # (both ways: 6), representative/gatekeeper with 2 industry and 2 independent (4 + 4).
    assert lee["brokerage"] == {"coordinator": 6, "itinerant": 0, "gatekeeper": 4,
                                "representative": 4, "liaison": 0}
    assert all(sum(b["brokerage"].values()) == 0 for b in a.bridges[1:])
    assert a.shared_topics == [{
        "topic": "https://w3id.org/kg/id/topic/transformation-of-china-s-vertical-micro-drama-sector",
        "label": "transformation of China's vertical micro-drama sector",
        "academia": ["Xiaoda CHEN"], "industry": ["James WANG"]}]
    assert a.cannot_say == ["change over time: there is only one event"]


def test_person_event_two_mode_network(seed_knowledge):
    b = person_event(seed_knowledge)
    event = "https://w3id.org/kg/id/event/icci-short-drama-symposium-2025"
    assert b.degree(event) == 11
    assert b.edges["https://w3id.org/kg/id/person/ben-lee", event]["roles"] == {"moderator", "welcome speaker"}


def test_an_empty_graph_gives_statements_not_errors():
    a = analyse(nx.MultiDiGraph())
    assert a.ei["index"] is None and a.assortativity is None and a.bridges == []
    assert "who bridges whom: nobody took part in a session with anybody else" in a.cannot_say


def test_kg_analyze_report_formats(tmp_path):
    # Its own build: kg analyze writes measures into the store, which the shared seed_out
    # of other tests must not get.
    seed_out = tmp_path / "out"
    assert run_kg("build", str(DATA), "--out", str(seed_out)).exit_code == 0
    text = run_kg("analyze", "--out", str(seed_out))
    assert text.exit_code == 0, text.output
    assert "  E-I index +0.40 (21 ties between sectors, 9 within; +1 all between, -1 all within)" in text.stdout
    assert ("  1. Ben LEE, academia (inferred): betweenness 0.156, 8 ties, E-I +0.00, participation "
            "0.62, constraint 0.39, effective size 2.75; brokers 14 two-step paths (6 coordinator, "
            "4 gatekeeper, 4 representative)") in text.stdout
    data = json.loads(run_kg("analyze", "--out", str(seed_out), "--format", "json").stdout)
    assert data["ei"]["index"] == pytest.approx(0.4)
    markdown = run_kg("analyze", "--out", str(seed_out), "--format", "markdown", "--top", "2").stdout
    assert "| Ben LEE | academia (inferred) | 0.156 | 8 | +0.00 | 6 coordinator, 4 gatekeeper, 4 representative |" in markdown
    assert markdown.count("\n| ") == 3  # header and two rows
    one = run_kg("analyze", "--out", str(seed_out), "--event", "icci-short-drama-symposium-2025")
    assert one.stdout == text.stdout
    missing = run_kg("analyze", "--out", str(seed_out), "--event", "nope")
    assert missing.exit_code == 1 and missing.stderr.strip() == "Error: unknown event 'nope' (no event has that id)"


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
    constraint, size = measures.structural_holes(people)
    lee = "https://w3id.org/kg/id/person/ben-lee"
    # Burt's effective size: 8 alters - 2 * 21 ties among them / 8 = 2.75.
    assert size[lee] == pytest.approx(2.75)
    # Constraint: 7 clique alters each (1/8 + 6 * 1/8 * 1/7)^2, plus ZHANG (1/8)^2 = 0.39286.
    assert constraint[lee] == pytest.approx(7 * (1 / 8 + 6 / 56) ** 2 + 1 / 64)


def test_seed_communities_and_years(seed_knowledge):
    a = analyse(seed_knowledge)
    assert [(c["size"], c["sectors"]) for c in a.communities] == [
        (7, {"academia": 3, "independent": 2, "industry": 2}),
        (2, {"academia": 2}), (2, {"academia": 1, "industry": 1})]
    assert a.years == [{"year": "2025", "events": 1, "people": 11, "ties_between_sectors": 21,
                        "ties_within_sectors": 9, "ei": pytest.approx(0.4)}]
    assert a.bridges[0]["participation"] == pytest.approx(0.625)


def test_years_are_separated(tmp_path):
    run_kg("synth", "--events", "12", "--seed", "3", str(tmp_path / "records"))
    assert run_kg("build", str(tmp_path / "records"), "--out", str(tmp_path / "out")).exit_code == 0
    a = analyse(load_knowledge_graph(tmp_path / "out"))
    assert len(a.years) > 1
    assert sum(y["events"] for y in a.years) == 12
    assert [y["year"] for y in a.years] == sorted(y["year"] for y in a.years)
    report = run_kg("analyze", "--out", str(tmp_path / "out")).stdout
    assert "Over time" in report and "change over time" not in report


def test_path_between_two_people(seed_out):
    result = run_kg("analyze", "--out", str(seed_out), "--path", "ben-lee", "james-wang")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Ben LEE (person, academia)", "  --moderator--",
        "Global Focus: The Overseas Expansion of Chinese Short Dramas—Opportunities, Challenges, "
        "and the Transformation of Screen Talent Training (event)",
        "  --session of--", "Keynote Presentations: Industry and Academic Perspectives (session)",
        "  --session of--", "Keynote speech by James WANG (session)", "  --keynote speaker--",
        "James WANG (person, industry)"]


def test_analyze_writes_every_persons_measures_as_triples(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    result = run_kg("analyze", "--out", str(out))
    assert result.exit_code == 0
    assert result.stderr.strip() == f"wrote {out / 'measures.trig'} and the measures graph in {out / 'store'}"
    rows = run_kg("query", "--out", str(out), "--format", "csv", """
        SELECT ?name ?b ?gatekeeper ?community WHERE {
          GRAPH <https://w3id.org/kg/id/graph/measures> {
            ?p kgo:betweenness ?b ; kgo:brokerageGatekeeper ?gatekeeper ; kgo:community ?community }
          ?p foaf:name ?name } ORDER BY DESC(?b) ?name""").stdout.splitlines()
    assert len(rows) == 12  # header and the 11 people
    name, b, gatekeeper, community = rows[1].split(",")
    assert (name, gatekeeper, community) == ("Ben LEE", "4", "2")
    assert float(b) == pytest.approx(7 / 45, abs=1e-4)
    # The records' graph is untouched, and a rebuild drops measures of the old graph.
    assert run_kg("query", "--out", str(out), "ASK { ?p kgo:betweenness ?b }").exit_code == 1
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    assert not (out / "measures.trig").exists()


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
    constraint, size = measures.structural_holes(G)
    reference_c = nx.constraint(G, nodes=[n for n in G if G.degree(n)])
    reference_s = nx.effective_size(G, nodes=[n for n in G if G.degree(n)])
    assert "alone" not in constraint and "alone" not in size
    for n in reference_c:
        assert constraint[n] == pytest.approx(reference_c[n])
        assert size[n] == pytest.approx(reference_s[n])


def test_one_sector_and_a_person_without_affiliation(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(CASES / "one-sector"), "--out", str(out)).exit_code == 0
    result = run_kg("analyze", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = result.stdout
    # Ann-Bob is within academia; Cy, of no sector, is not counted.
    assert "E-I index -1.00 (0 ties between sectors, 1 within" in report
    assert "assortativity by sector undefined" in report
    assert "  anything across sectors: the people have one sector or none" in report
    assert "  none: no topic was raised by speakers of both academia and industry" in report
    assert "Cy, unknown: betweenness 0.000, 2 ties, E-I undefined" in report


@pytest.mark.parametrize("seed", range(5))
def test_undirected_brokerage_counts_equal_listing_every_path(seed):
    # The counting shortcut for undirected graphs against the plain listing of every
    # directed two-step path (the same graph with both directions as a DiGraph).
    import random

    rng = random.Random(seed)
    G = nx.gnp_random_graph(40, 0.15, seed=seed)
    nx.set_node_attributes(G, {n: rng.choice(["A", "B", "C", None]) for n in G}, "sector")
    G.add_edges_from((0, n) for n in range(1, 30))  # a hub
    assert measures.brokerage(G) == measures.brokerage(G.to_directed())


def test_the_same_records_give_the_same_analysis_in_every_run(tmp_path):
    # Python's string hash changes from run to run (PYTHONHASHSEED); the communities, the
    # assortativity and measures.trig must not.
    import os
    import subprocess
    import sys

    run_kg("synth", "--events", "60", "--seed", "5", str(tmp_path / "records"))
    out = tmp_path / "out"
    assert run_kg("build", str(tmp_path / "records"), "--out", str(out)).exit_code == 0
    outputs = []
    for hash_seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "analyze",
                               "--out", str(out), "--format", "json"], capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": hash_seed}, check=True)
        outputs.append((done.stdout, (out / "measures.trig").read_bytes()))
    assert len(json.loads(outputs[0][0])["communities"]) > 1
    assert outputs[0] == outputs[1]
