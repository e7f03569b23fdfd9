"""The keeper's decisions: `same_as` builds one node (old IRI kept as owl:sameAs),
`distinct_from` silences a pair, and the build guards identity."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest

from conftest import CASES, run_kg

CASE = CASES / "identity-decided"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("decided-out")
    result = run_kg("build", str(CASE), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def query(out, sparql: str) -> list[dict]:
    result = run_kg("query", "--out", str(out), "--format", "csv", sparql)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.fixture()
def records(tmp_path):
    """A writable copy of the decided records, as text to edit."""
    target = tmp_path / "records"
    target.mkdir()
    shutil.copy(CASE / "records.yaml", target / "records.yaml")
    return target / "records.yaml"


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_merged_pair_is_one_node_with_both_names(built):
    people = query(built, "SELECT ?p WHERE { ?p a foaf:Person }")
    assert sorted(r["p"].rsplit("/", 1)[1] for r in people) == ["j-wang", "james-wang", "weimin-zhang"]
    assert query(built, "SELECT ?name ?alt WHERE { person:weimin-zhang foaf:name ?name ; "
                        "skos:altLabel ?alt }") == [{"name": "Weimin ZHANG", "alt": "张伟民"}]
    sources = query(built, "SELECT ?s WHERE { person:weimin-zhang prov:wasDerivedFrom ?s }")
    assert sorted(r["s"].rsplit("/", 1)[1] for r in sources) == [
        "symposium-2024-programme", "symposium-2025-page"]


def test_the_kept_node_has_every_post_and_participation(built):
    events = query(built, "SELECT ?eventName ?role WHERE { ?part kgo:participant person:weimin-zhang ; "
                          "kgo:inEvent ?e ; kgo:participationRole/skos:prefLabel ?role . "
                          "?e schema:name ?eventName } ORDER BY ?eventName")
    assert events == [{"eventName": "ICCI Short Drama Symposium 2024", "role": "keynote speaker"},
                      {"eventName": "ICCI Short Drama Symposium 2025", "role": "welcome speaker"}]
    posts = query(built, "SELECT ?org ?title WHERE { ?m org:member person:weimin-zhang ; "
                         "org:organization/skos:prefLabel ?org ; org:role/skos:prefLabel ?title } "
                         "ORDER BY ?title")
    assert posts == [{"org": "ICCI", "title": "Dean"},
                     {"org": "Shanghai Jiao Tong University", "title": "Professor"}]


def test_the_old_iri_still_answers_through_owl_same_as(built):
    assert query(built, "SELECT ?name WHERE { person:zhang-weimin-han owl:sameAs ?p . "
                        "?p foaf:name ?name }") == [{"name": "Weimin ZHANG"}]
    # The retired IRI is no second person: it has no statement but the link.
    assert query(built, "SELECT ?p ?o WHERE { person:zhang-weimin-han ?p ?o }") == [
        {"p": "http://www.w3.org/2002/07/owl#sameAs", "o": "https://w3id.org/kg/id/person/weimin-zhang"}]


def test_a_merged_organisation_takes_every_reference(built):
    assert query(built, "SELECT ?parent WHERE { organization:icci org:subOrganizationOf ?parent }") == [
        {"parent": "https://w3id.org/kg/id/org/sjtu"}]
    assert query(built, "SELECT ?alt WHERE { organization:sjtu skos:altLabel ?alt }") == [{"alt": "SJTU"}]
    ids = query(built, "SELECT ?id WHERE { organization:sjtu owl:sameAs ?id } ORDER BY ?id")
    assert [r["id"] for r in ids] == ["http://www.wikidata.org/entity/Q11010", "https://ror.org/0220qvk04"]
    assert query(built, "SELECT ?o WHERE { event:icci-symposium-2024 schema:organizer ?o }") == [
        {"o": "https://w3id.org/kg/id/org/sjtu"}]


def test_decided_pairs_are_left_out_of_duplicates():
    result = run_kg("duplicates", str(CASE), "--format", "json", "--min-score", "0")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_distinct_from_silences_a_pair(records):
    edit(records, "    distinct_from: [james-wang]\n", "")
    result = run_kg("duplicates", str(records.parent), "--format", "json")
    assert [(p["a"], p["b"]) for p in json.loads(result.stdout)] == [("j-wang", "james-wang")]


def test_same_as_leaves_a_pair_out(records):
    edit(records, "    same_as: weimin-zhang\n", "")
    result = run_kg("duplicates", str(records.parent), "--format", "json", "--kind", "person")
    assert [(p["a"], p["b"]) for p in json.loads(result.stdout)] == [("weimin-zhang", "zhang-weimin-han")]


def test_validate_warns_of_likely_duplicates_one_line_each(records):
    edit(records, "    distinct_from: [james-wang]\n", "")
    result = run_kg("validate", str(records.parent))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stdout.splitlines() if "warning:" in line]
    assert warnings == [
        f"{records}:50: person james-wang: warning: likely the same person as j-wang (score 0.92: "
        "initials match the given name; posts at the same organisation: flareflow; posts with "
        "the same title: ceo; at events of the same series: icci short drama symposium); "
        "write 'same_as: j-wang' or 'distinct_from: [j-wang]'"]


def test_the_same_external_id_on_two_undecided_records_fails_the_build(records, tmp_path):
    edit(records, "    same_as: sjtu\n", "    wikidata: Q11010\n")
    out = tmp_path / "out"
    result = run_kg("build", str(records.parent), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{records}:19: organization sjtu-acronym: has the same wikidata Q11010 as organization "
        f"sjtu ({records}:13); write 'same_as: sjtu' here if they are one organization, or "
        "'distinct_from: [sjtu]' if they are not",
        "Error: 1 problem in the records; nothing was written."]
    assert not out.exists()
    # The decision either way lets it build.
    edit(records, "    ror: 0220qvk04\n", "    ror: 0220qvk04\n    distinct_from: [sjtu]\n")
    assert run_kg("build", str(records.parent), "--out", str(out)).exit_code == 0


@pytest.mark.parametrize("old, new, message", [
    ("same_as: weimin-zhang", "same_as: weimin-chang",
     "person zhang-weimin-han: 'same_as' refers to unknown person 'weimin-chang'"),
    ("same_as: weimin-zhang", "same_as: icci",
     "person zhang-weimin-han: 'same_as' refers to unknown person 'icci'"),
    ("distinct_from: [james-wang]", "distinct_from: [james-wong]",
     "person j-wang: 'distinct_from' refers to unknown person 'james-wong'"),
    ("same_as: sjtu", "same_as: sjtu-acronym",
     "organization sjtu-acronym: 'same_as' names the record itself"),
    ("    source: symposium-2025-page\n    positions: [{organization: flareflow",
     "    same_as: j-wang\n    source: symposium-2025-page\n    positions: [{organization: flareflow",
     "person j-wang: is 'distinct_from' 'james-wang', but 'same_as' makes them one record"),
])
def test_bad_decisions_are_one_line_errors(records, old, new, message):
    edit(records, old, new)
    result = run_kg("validate", str(records.parent))
    assert result.exit_code == 1
    assert [line.split(": ", 1)[1] for line in result.stdout.splitlines()] == [message]


def test_a_chain_of_same_as_names_the_record_to_keep(records):
    edit(records, "  - id: james-wang\n    name: James WANG\n",
         "  - id: james-wang\n    name: James WANG\n    same_as: zhang-weimin-han\n")
    result = run_kg("validate", str(records.parent))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].endswith(
        "person james-wang: 'same_as' names person 'zhang-weimin-han', which is itself the same "
        "as 'weimin-zhang': name the record that is kept")


def test_decisions_are_csv_columns(tmp_path):
    records = tmp_path / "csv"
    shutil.copytree(CASES / "seed-csv", records)
    people = records / "people.csv"
    rows = list(csv.DictReader(people.open(encoding="utf-8")))
    fields = list(rows[0]) + ["same_as", "distinct_from"]
    rows.append({"id": "zhang-weimin", "name": "ZHANG Weimin", "same_as": "weimin-zhang",
                 "source": rows[0]["source"]})
    rows.append({"id": "wei-min-zhang", "name": "Wei-min Zhang",
                 "distinct_from": "weimin-zhang; zhang-weimin", "source": rows[0]["source"]})
    with people.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    duplicates = run_kg("duplicates", str(records), "--format", "json", "--min-score", "0")
    assert json.loads(duplicates.stdout) == []
    out = tmp_path / "out"
    assert run_kg("build", str(records), "--out", str(out)).exit_code == 0
    assert query(out, "SELECT ?alt WHERE { person:zhang-weimin owl:sameAs/skos:altLabel ?alt }") == [
        {"alt": "ZHANG Weimin"}]


def test_the_page_tooltip_of_a_merged_node_shows_both_names(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    found = re.search(r"var nodes = new vis\.DataSet\((.*?)\);\n", html)
    nodes = {n["iri"]: n for n in json.loads(found.group(1))}
    assert "https://w3id.org/kg/id/person/zhang-weimin-han" not in nodes
    title = nodes["https://w3id.org/kg/id/person/weimin-zhang"]["title"].splitlines()
    assert title[:3] == ["Weimin ZHANG", "also: 张伟民", "person, academia"]


def test_the_build_counts_nodes_not_records(tmp_path):
    # A person recorded twice and declared `same_as` is one person in the graph.
    result = run_kg("build", str(CASES / "identity-decided"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["people:        3",
                                              "organisations: 3 (2 academia, 1 industry)"]
