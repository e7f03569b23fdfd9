"""`kg validate`: every problem listed, SHACL results in record terms, documented exit codes."""

from __future__ import annotations

from rdflib.namespace import FOAF, SKOS

from conftest import DATA, run_kg
from kg.build import check
from kg.rdf.shacl import shacl_problems


def test_valid_records_exit_0():
    result = run_kg("validate", str(DATA))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("valid: 32 records, ")
    assert "(records and SHACL shapes checked)" in result.stdout


def test_invalid_records_exit_1_with_every_problem(records_copy):
    people = records_copy / "people.yaml"
    text = people.read_text(encoding="utf-8")
    text = text.replace("    name: Ben LEE\n", "").replace("{organization: nyu,", "{organization: nyc,")
    people.write_text(text, encoding="utf-8")
    result = run_kg("validate", str(records_copy))
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert len(out) == 2
    assert out[0].endswith("person ben-lee: missing required field 'name'")
    assert out[1].endswith("person karl-bardosh: refers to unknown organization 'nyc'")
    assert result.stderr.strip() == "2 problems found."


def test_unreadable_files_exit_2(records_copy):
    (records_copy / "broken.yaml").write_text("people: [\n", encoding="utf-8")
    result = run_kg("validate", str(records_copy))
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{records_copy}/broken.yaml:")


def test_shacl_violations_are_reported_against_the_record():
    _, graph, _ = check([DATA], shacl=False)
    ben = "<https://w3id.org/kg/id/person/ben-lee>"
    usc = "<https://w3id.org/kg/id/org/usc>"
    # Break the graph the way a faulty generator would: a person with two names,
    # an organisation with none.
    graph.lines.add(f'{ben} <{FOAF.name}> "B. Lee" .\n')
    graph.lines.remove(f'{usc} <{SKOS.prefLabel}> "USC" .\n')
    problems = sorted(str(p) for p in shacl_problems(graph))
    ben_line = _line_of(DATA / "people.yaml", "  - id: ben-lee")
    usc_line = _line_of(DATA / "organizations.yaml", "  - id: usc\n")
    assert len(problems) == 2
    assert any(p.endswith(f"people.yaml:{ben_line}: person ben-lee: 'name': "
                          "must have exactly one name, as text [SHACL]") for p in problems), problems
    assert any(p.endswith(f"organizations.yaml:{usc_line}: organization usc: 'name': "
                          "must have exactly one name [SHACL]") for p in problems), problems


def _line_of(path, text: str) -> int:
    content = path.read_text(encoding="utf-8")
    return content.count("\n", 0, content.index(text)) + 1
