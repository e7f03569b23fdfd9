"""The SHACL shapes as SPARQL queries (large builds): the same violations pySHACL finds."""

from __future__ import annotations

import pytest
from rdflib.namespace import SH

from conftest import DATA
from kg import build as build_module
from kg.build import check
from kg.errors import InvalidRecords
from kg.rdf import ontology
from kg.rdf.shacl import shacl_problems
from kg.rdf.shape_queries import UnsupportedShape, compile_shapes, lines_problems, shape_queries

PERSON, ORG = "<https://w3id.org/kg/id/person/", "<https://w3id.org/kg/id/org/"
EVENT = "<https://w3id.org/kg/id/event/icci-short-drama-symposium-2025>"
FOAF, SCHEMA, ORG_NS = "<http://xmlns.com/foaf/0.1/", "<https://schema.org/", "<http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def test_every_constraint_of_the_shapes_becomes_a_query():
    shapes = ontology.graph(ontology.SHAPES_FILE)
    constraints = {SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.node, SH["or"], SH["in"],
                   SH.hasValue}
    expected = 0
    for shape in set(shapes.subjects(SH.targetClass, None)):
        expected += sum(p in constraints for p in shapes.predicates(shape))
        for prop in shapes.objects(shape, SH.property):
            expected += sum(p in constraints for p in shapes.predicates(prop))
    assert expected > 50 and len(shape_queries()) == expected


def test_a_constraint_the_queries_cannot_express_is_refused():
    shapes = ontology.graph(ontology.SHAPES_FILE)
    person = next(s for s in shapes.subjects(SH.targetClass, None) if str(s).endswith("#Person"))
    shapes.add((person, SH.closed, shapes.value(person, SH.targetClass)))  # sh:closed: not supported
    with pytest.raises(UnsupportedShape):
        compile_shapes(shapes)


def broken_seed():
    """The seed's graph broken the way a faulty generator would: one break per kind of
    constraint (counts, datatype, class, node, or, in, and the node-level or)."""
    _, graph, _ = check([DATA], shacl=False)
    lines = graph.lines
    lines.add(f'{PERSON}ben-lee> {FOAF}name> "B. Lee" .\n')  # maxCount
    lines.remove(f'{ORG}usc> <http://www.w3.org/2004/02/skos/core#prefLabel> "USC" .\n')  # minCount
    lines.add(f'{PERSON}ben-lee> {FOAF}givenName> "3"^^<{XSD}integer> .\n')  # datatype
    lines.add(f"{PERSON}ben-lee> {ORG_NS}memberOf> {PERSON}anna-thomas> .\n")  # class
    lines.add(f"{ORG}usc> {ORG_NS}classification> <https://w3id.org/kg/id/event-type/panel> .\n")  # node
    lines.add(f"{EVENT} {SCHEMA}location> {PERSON}ben-lee> .\n")  # or of classes
    lines.add(f"{EVENT} {SCHEMA}eventAttendanceMode> {SCHEMA}Hybrid> .\n")  # in
    start = next(line for line in lines if line.startswith(f"{EVENT} {SCHEMA}startDate>"))
    lines.remove(start)  # the node-level or: an event that is not a session needs a start
    lines.add(f'{EVENT} {SCHEMA}endDate> "soon" .\n')  # or of datatypes
    return graph


def test_the_queries_find_exactly_what_pyshacl_finds():
    graph = broken_seed()
    by_pyshacl = sorted(str(p) for p in shacl_problems(graph))
    by_queries = sorted(str(p) for p in lines_problems(graph.lines, graph.origins))
    # pySHACL also reports the failed sh:node shape against the concept itself (no record
    # made it); the queries report that violation once, against the record.
    nested = [p for p in by_pyshacl if p.startswith(": https://w3id.org/kg/id/event-type/panel: must be a sector")]
    assert len(nested) == 1 and len(by_pyshacl) == 12, by_pyshacl
    assert by_queries == [p for p in by_pyshacl if p not in nested]
    assert any("people.yaml" in p and "person ben-lee: 'positions': a position must be in an "
               "organisation (found <https://w3id.org/kg/id/person/anna-thomas>) [SHACL]" in p
               for p in by_queries), by_queries


def test_the_seed_conforms_to_the_queries_too():
    _, graph, _ = check([DATA], shacl=False)
    assert lines_problems(graph.lines, graph.origins) == []


@pytest.mark.parametrize("child", [False, True], ids=["records read here", "records read in a child"])
def test_a_large_build_with_a_violation_fails_on_the_store_and_changes_nothing(records_copy, tmp_path,
                                                                               monkeypatch, child):
    out = tmp_path / "out"
    build_module.build([records_copy], out)
    before = (out / "kg.ttl").read_bytes()
    make = build_module.record_triples

    def faulty(records, base, lines=None):  # a generator bug: a second name for one person
        graph = make(records, base, lines)
        graph.add(f"{PERSON}ben-lee>", f"{FOAF}name>", '"B. Lee"')
        return graph

    monkeypatch.setattr(build_module, "record_triples", faulty)
    monkeypatch.setattr(build_module, "SHACL_AUTO_LIMIT", 0)  # the seed counts as large
    if child:  # the origins are then made again from the records, in this process
        monkeypatch.setattr(build_module, "CHILD_ABOVE_BYTES", 0)
    stages = []
    with pytest.raises(InvalidRecords) as raised:
        build_module.build([records_copy], out, progress=lambda stage, *_: stages.append(stage))
    assert "checking SHACL shapes on the store" in stages and "checking SHACL shapes" not in stages
    [problem] = raised.value.problems
    assert str(problem).endswith("person ben-lee: 'name': must have exactly one name, as text [SHACL]")
    assert (out / "kg.ttl").read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".gen-")] == [(out / "current").resolve().name]


def test_records_read_in_a_child_process_give_the_same_build(records_copy, tmp_path, monkeypatch):
    here, there = tmp_path / "here", tmp_path / "there"
    build_module.build([records_copy], here)
    monkeypatch.setattr(build_module, "CHILD_ABOVE_BYTES", 0)  # the seed counts as large
    stages = []
    result = build_module.build([records_copy], there, progress=lambda stage, *_: stages.append(stage))
    for name in ("kg.ttl", "graph.html"):
        assert (there / name).read_bytes() == (here / name).read_bytes(), name
    assert (result.people, result.events, result.sessions, result.triples) == (11, 1, 6, 1000)
    assert stages[0] == "reading records" and "making triples" in stages  # relayed from the child
    (records_copy / "people.yaml").write_text(
        (records_copy / "people.yaml").read_text(encoding="utf-8").replace("id: ben-lee", "id: Ben Lee"),
        encoding="utf-8")
    with pytest.raises(InvalidRecords) as raised:  # the child's error, whole
        build_module.build([records_copy], there)
    assert any("people.yaml" in str(p) and "Ben Lee" in str(p) for p in raised.value.problems)
    assert (there / "kg.ttl").read_bytes() == (here / "kg.ttl").read_bytes()
    with pytest.raises(InvalidRecords):  # checked before out/ is touched: not even made
        build_module.build([records_copy], tmp_path / "fresh")
    assert not (tmp_path / "fresh").exists()


@pytest.mark.parametrize("child", [False, True], ids=["records read here", "records read in a child"])
def test_a_small_build_with_a_violation_fails_in_pyshacl_against_the_record(records_copy, tmp_path,
                                                                           monkeypatch, child):
    make = build_module.record_triples

    def faulty(records, base, lines=None):  # the same generator bug, checked by pySHACL
        graph = make(records, base, lines)
        graph.add(f"{PERSON}ben-lee>", f"{FOAF}name>", '"B. Lee"')
        return graph

    monkeypatch.setattr(build_module, "record_triples", faulty)
    if child:
        monkeypatch.setattr(build_module, "CHILD_ABOVE_BYTES", 0)
    with pytest.raises(InvalidRecords) as raised:
        build_module.build([records_copy], tmp_path / "out")
    [problem] = raised.value.problems
    assert "people.yaml:" in str(problem)
    assert str(problem).endswith("person ben-lee: 'name': must have exactly one name, as text [SHACL]")
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".lock"]  # no generation left
