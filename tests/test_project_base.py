"""A project's own namespace: kg.toml beside the records gives the base of every node's IRI,
used by the Turtle, the store, queries with record ids, the page and the measures graph;
the ontology and its concept schemes keep kg's namespace."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, run_kg
from kg.sparql.store import open_read_only

BASE = "https://graphs.example.edu/screen/"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    records = tmp_path_factory.mktemp("project") / "records"
    shutil.copytree(DATA, records)
    (records / "kg.toml").write_text(f'[graph]\nbase = "{BASE}"\n', encoding="utf-8")
    out = records.parent / "out"
    result = run_kg("build", str(records), "--out", str(out))
    assert result.exit_code == 0, result.output
    return records, out


def test_nodes_are_under_the_project_base_and_concepts_under_kgs(project):
    _, out = project
    store = open_read_only(out)
    ask = 'ASK { <%sperson/ben-lee> <http://xmlns.com/foaf/0.1/name> "Ben LEE" }'
    assert store.query(ask % BASE)
    assert not store.query(ask % "https://w3id.org/kg/id/")
    sector = store.query("SELECT ?s WHERE { <%sorg/usc> <http://www.w3.org/ns/org#classification> ?s }" % BASE)
    assert [row["s"].value for row in sector] == ["https://w3id.org/kg/id/sector/academia"]
    text = (out / "kg.ttl").read_text(encoding="utf-8")
    assert f"@prefix person: <{BASE}person/> ." in text
    assert '@prefix sector: <https://w3id.org/kg/id/sector/> .' in text


def test_a_query_with_a_record_id_finds_the_node_under_the_base(project):
    _, out = project
    result = run_kg("query", "person-events", "--param", "person=ben-lee", "--out", str(out),
                    "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "icci-short-drama-symposium-2025" in result.stdout
    missing = run_kg("query", "person-events", "--param", "person=nobody", "--out", str(out))
    assert missing.exit_code == 1


def test_the_measures_graph_is_under_the_base(project):
    _, out = project
    assert run_kg("analyze", "--out", str(out)).exit_code == 0
    store = open_read_only(out)
    assert [g.value for g in store.named_graphs()] == [f"{BASE}graph/measures"]


def test_export_keeps_the_base_prefixes(project):
    _, out = project
    result = run_kg("export", "--out", str(out), "--format", "trig")
    assert f"@prefix person: <{BASE}person/> ." in result.stdout


def test_base_on_the_command_line_wins(project, tmp_path):
    records, _ = project
    other = "https://other.example.org/kg#"
    assert run_kg("build", str(records), "--out", str(tmp_path), "--base", other).exit_code == 0
    assert f"@prefix person: <{other}person/> ." in (tmp_path / "kg.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting, message", [
    ('[graph]\nbase = "not an iri"\n', "base 'not an iri' must be an http(s) IRI ending in '/' or '#'"),
    ('[graph]\nbase = "https://w3id.org/kg/mine/"\n', "is inside kg's own namespace"),
    ('[graph]\nbsae = "https://x.example/"\n', "unknown setting 'bsae' (known: [graph] base)"),
    ('[graph\n', "not valid TOML"),
])
def test_a_bad_setting_is_one_line_naming_the_file(tmp_path, setting, message):
    records = tmp_path / "records"
    shutil.copytree(DATA, records)
    (records / "kg.toml").write_text(setting, encoding="utf-8")
    result = run_kg("build", str(records), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {records / 'kg.toml'}") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_two_folders_with_different_bases_are_refused(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(DATA, a)
    b.mkdir()
    (a / "kg.toml").write_text('[graph]\nbase = "https://a.example/kg/"\n', encoding="utf-8")
    (b / "kg.toml").write_text('[graph]\nbase = "https://b.example/kg/"\n', encoding="utf-8")
    (b / "sources.yaml").write_text("sources:\n  - {id: extra, title: Extra}\n", encoding="utf-8")
    result = run_kg("build", str(a), str(b), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "one build has one namespace" in result.stderr
