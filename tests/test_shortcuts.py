"""Shortcut triples: exactly the solutions of the pattern each one stands for."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.rdf import ontology
from kg.rdf import vocab
from kg.rdf.shortcuts import SHORTCUTS
from kg.sparql.store import open_read_only
from kg.rdf.vocab import sparql_prologue

from conftest import run_kg

KGO = vocab.KGO
SHORTCUT_PATTERN = URIRef(f"{KGO}shortcutPattern")


def patterns() -> dict[URIRef, str]:
    g = ontology.graph(ontology.ONTOLOGY_FILE)
    return {s: str(o) for s, o in g.subject_objects(SHORTCUT_PATTERN)}


def pairs(store, where: str) -> set[tuple[str, str]]:
    rows = store.query(f"{sparql_prologue()} SELECT ?s ?o WHERE {where}")
    return {(row["s"].value, row["o"].value) for row in rows}


def test_every_shortcut_property_has_a_pattern():
    assert set(patterns()) == set(SHORTCUTS)


@pytest.fixture(scope="module")
def synthetic_out(tmp_path_factory):
    """A synthetic graph: deeper organisation trees and nested sessions than the seed."""
    base = tmp_path_factory.mktemp("shortcuts")
    assert run_kg("synth", "--events", "40", "--seed", "3", str(base / "records")).exit_code == 0
    assert run_kg("build", str(base / "records"), "--out", str(base / "out")).exit_code == 0
    return base / "out"


@pytest.mark.parametrize("graph", ["seed", "synthetic"])
def test_shortcuts_are_the_solutions_of_their_patterns(graph, seed_out, synthetic_out):
    # The seed nests sessions (keynotes > keynote-chen) and units three deep (USC);
    # the synthetic graph has thousands of memberships and participations.
    store = open_read_only(seed_out if graph == "seed" else synthetic_out)
    for prop, pattern in patterns().items():
        expected = pairs(store, pattern)
        assert expected, prop
        assert pairs(store, f"{{ ?s <{prop}> ?o }}") == expected, prop


def test_seed_shortcuts_state_the_article_facts(seed_graph):
    person, org, event = (vocab.person_iri, vocab.org_iri, vocab.event_iri)
    symposium = "icci-short-drama-symposium-2025"
    assert set(seed_graph.objects(person("ben-lee"), URIRef(f"{KGO}affiliatedWith"))) == {
        org("usc"), org("usc-annenberg"), org("usc-annenberg-mcm")}
    assert set(seed_graph.objects(person("xiaoda-chen"), URIRef(f"{KGO}tookPartIn"))) == {
        event(symposium), event(symposium, "keynotes"), event(symposium, "keynote-chen")}
    assert set(seed_graph.objects(event(symposium, "keynote-chen"), URIRef(f"{KGO}sessionOf"))) == {
        event(symposium)}
