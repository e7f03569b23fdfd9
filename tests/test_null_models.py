"""The permutation tests against exact enumeration of every assignment of the sector labels
on the seed's network (11 people: 6 academia, 3 industry, 2 independent, so 11! / (6! 3! 2!)
= 4,620 distinct assignments), and the p-value rule on numbers counted by hand."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from kg.analysis.networks import co_participation, load_knowledge_graph
from kg.analysis.null_models import chance
from kg.analysis.report import sector_figures, with_ties


def assignments(people: list, counts: dict):
    """Every distinct assignment of the labels (counts[label] people each) to the people."""
    labels = sorted(counts)

    def place(rest: list, i: int):
        if i == len(labels):
            yield {}
            return
        for chosen in itertools.combinations(rest, counts[labels[i]]):
            left = [p for p in rest if p not in chosen]
            for tail in place(left, i + 1):
                yield {**{p: labels[i] for p in chosen}, **tail}

    yield from place(people, 0)


@pytest.fixture(scope="module")
def seed_people(seed_out):
    return with_ties(co_participation(load_knowledge_graph(seed_out)))


@pytest.fixture(scope="module")
def exact(seed_people):
    """E-I and academia-industry ties under every assignment, by plain counting."""
    people = sorted(seed_people)
    counts = {}
    for p in people:
        counts[seed_people.nodes[p]["sector"]] = counts.get(seed_people.nodes[p]["sector"], 0) + 1
    ei, ai = [], []
    for labels in assignments(people, counts):
        within = sum(1 for u, v in seed_people.edges() if labels[u] == labels[v])
        ei.append((30 - 2 * within) / 30)
        ai.append(sum(1 for u, v in seed_people.edges() if {labels[u], labels[v]} == {"academia", "industry"}))
    assert len(ei) == 4620
    return {"ei": np.array(ei), "academia_industry": np.array(ai)}


def exact_p(values: np.ndarray, observed: float) -> float:
    mean = values.mean()
    return float(np.mean(np.abs(values - mean) >= abs(observed - mean) - 1e-12))


def test_permutations_agree_with_exact_enumeration(seed_people, exact):
    figures = sector_figures(seed_people, permutations=20_000, seed=7)
    for name in ("ei", "academia_industry"):
        values, figure = exact[name], figures[name]
        assert figure["expected"] == pytest.approx(values.mean(), abs=0.01 * max(1, abs(values.mean())))
        assert figure["p"] == pytest.approx(exact_p(values, figure["value"]), abs=0.015)
        assert figure["band"] == pytest.approx(list(np.quantile(values, [0.025, 0.975])), abs=1e-9)
    # By hand: each of the 30 ties joins academia and industry with chance
    # 2 * (6/11) * (3/10) = 36/110, so 30 * 36/110 = 9.818 are expected; 9 are observed.
    assert exact["academia_industry"].mean() == pytest.approx(30 * 36 / 110)
    assert figures["academia_industry"]["value"] == 9
    assert figures["academia_industry"]["verdict"] == "within"


def test_the_same_seed_gives_the_same_shuffles(seed_people):
    assert sector_figures(seed_people, 300, seed=1) == sector_figures(seed_people, 300, seed=1)
    assert sector_figures(seed_people, 300, seed=1) != sector_figures(seed_people, 300, seed=2)


def test_p_value_and_verdict_counted_by_hand():
    # Shuffles 0, 0, 1, 1: mean 0.5. Observed 1 is 0.5 away, as are all four: p = 5/5.
    assert chance(1.0, [0.0, 0.0, 1.0, 1.0]).p == 1.0
    # Observed 2 is 1.5 away and no shuffle is: p = 1/5 (never 0).
    assert chance(2.0, [0.0, 0.0, 1.0, 1.0]).p == pytest.approx(0.2)
    # Too few shuffles to read a p-value: no words.
    assert chance(2.0, [0.0, 0.0, 1.0, 1.0]).verdict == "untested"
    drawn = [0.0] * 500 + [1.0] * 500
    assert chance(3.0, drawn).verdict == "above" and chance(-3.0, drawn).verdict == "below"
    assert chance(0.9, drawn).verdict == "within"


def test_shuffles_by_classes_of_twins_equal_the_plain_product():
    # A clique of 6 (twins: one class), a weighted path off it, and a pair of twins with
    # unequal weights outside (kept apart): each shuffle's mixing matrix equals S'^T W S'.
    import networkx as nx

    from kg.analysis.measures import mixing_from, sector_arrays, tie_matrix
    from kg.analysis.null_models import shuffled_mixing, twins

    G = nx.complete_graph(6)
    nx.set_edge_attributes(G, 0.2, "weight")
    G.add_weighted_edges_from([(5, 6, 1.0), (6, 7, 0.5), (7, 8, 1.0), (7, 9, 2.0), (8, 9, 1.0)])
    sectors = ["A", "B", "A", "C", "B", "A", "B", "C", "A", "B"]
    nx.set_node_attributes(G, dict(enumerate(sectors)), "sector")
    G.nodes[3]["sectors"] = ["A", "C"]
    arrays = sector_arrays(G, weight="weight")
    merged = twins(arrays)
    # Classes: {0..4} (5 is also tied to 6), then 5, 6, 7, 8, 9 alone (8 and 9 have the
    # same closed neighbourhood but weights 1 and 2 to 7).
    assert merged.member.shape[1] == 6
    rng = np.random.default_rng(3)
    orders = [rng.permutation(10) for _ in range(5)]
    (batch,) = list(shuffled_mixing(arrays, permutations=5, seed=3))
    for order, matrix in zip(orders, batch):
        assert matrix == pytest.approx(mixing_from(tie_matrix(arrays), arrays.shares[order]))
