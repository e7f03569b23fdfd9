"""`kg export`: every format parses back to the same graph; the ontology on request."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from conftest import DATA, run_kg

PARSE = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
         "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG}
ONTOLOGY = "https://w3id.org/kg/ontology"


def triples_of(path, fmt) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=PARSE[fmt])}


@pytest.mark.parametrize("fmt", sorted(PARSE))
def test_every_format_holds_the_built_graph(seed_out, tmp_path, fmt):
    target = tmp_path / f"kg.{fmt}"
    result = run_kg("export", "--out", str(seed_out), "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert triples_of(target, fmt) == triples_of(seed_out / "kg.ttl", "turtle")


def test_with_ontology_adds_the_ontology_terms(seed_out, tmp_path):
    target = tmp_path / "kg.nt"
    assert run_kg("export", "--out", str(seed_out), "--format", "ntriples", "--with-ontology",
                  "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert f"<{ONTOLOGY}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " \
           "<http://www.w3.org/2002/07/owl#Ontology> ." in text
    assert len(triples_of(target, "ntriples")) > len(triples_of(seed_out / "kg.ttl", "turtle"))


def test_trig_puts_the_ontology_in_its_own_named_graph(seed_out, tmp_path):
    target = tmp_path / "kg.trig"
    assert run_kg("export", "--out", str(seed_out), "--format", "trig", "--with-ontology",
                  "-o", str(target)).exit_code == 0
    graphs = {str(q.graph_name) for q in ox.parse(path=str(target), format=ox.RdfFormat.TRIG)}
    assert graphs == {"DEFAULT", f"<{ONTOLOGY}>"}


def test_export_to_standard_output(seed_out):
    result = run_kg("export", "--out", str(seed_out), "--format", "jsonld")
    assert result.exit_code == 0
    nodes = json.loads(result.stdout)
    assert any(n["@id"] == "https://w3id.org/kg/id/person/ben-lee" for n in nodes)


def test_export_without_a_build_says_so(tmp_path):
    result = run_kg("export", "--out", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: no built graph at {tmp_path / 'none' / 'kg.ttl'}; "
                                     "run `kg build` first")


def test_stated_only_leaves_out_exactly_the_shortcuts(seed_out, tmp_path):
    from kg.build import check
    from kg.rdf.shortcuts import SHORTCUTS

    target = tmp_path / "stated.nt"
    assert run_kg("export", "--out", str(seed_out), "--format", "ntriples", "--stated-only",
                  "-o", str(target)).exit_code == 0
    stated, built = triples_of(target, "ntriples"), triples_of(seed_out / "kg.ttl", "turtle")
    shortcuts = {t for t in built if t[1].value in {str(p) for p in SHORTCUTS}}
    assert len(shortcuts) == 40 and stated == built - shortcuts
    _, records_graph, _ = check([DATA], shacl=False)
    assert len(stated) == len(records_graph.lines)
