"""`kg build`: the summary, byte-identical rebuilds, and Turtle a second parser agrees with."""

from __future__ import annotations

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from conftest import CASES, DATA, run_kg


def test_build_prints_a_summary(tmp_path):
    result = run_kg("build", str(DATA), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "people:        11"
    assert lines[1] == "organisations: 18 (12 academia, 1 government, 5 industry)"
    assert lines[2] == "events:        1 (6 sessions)"
    assert lines[3].startswith("triples:       ")
    assert lines[4] == "SHACL:         conforms"
    assert lines[5] == f"wrote {tmp_path / 'out' / 'kg.ttl'}"
    assert lines[6] == f"wrote {tmp_path / 'out' / 'store'}"
    assert lines[7] == f"wrote {tmp_path / 'out' / 'graph.html'}"
    triples = int(lines[3].split()[1])
    assert len(rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")) == triples


def test_defaults_are_data_and_out(tmp_path, monkeypatch):
    import shutil
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    result = run_kg("build")
    assert result.exit_code == 0, result.output
    assert "wrote out/kg.ttl" in result.stdout


def test_rebuild_is_byte_identical(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_kg("build", str(DATA), "--out", str(first)).exit_code == 0
    assert run_kg("build", str(DATA), "--out", str(second)).exit_code == 0
    assert (first / "kg.ttl").read_bytes() == (second / "kg.ttl").read_bytes()


def test_turtle_is_readable_with_prefixes(seed_out):
    text = (seed_out / "kg.ttl").read_text(encoding="utf-8")
    assert "@prefix foaf: <http://xmlns.com/foaf/0.1/> ." in text
    assert "person:ben-lee a foaf:Person ;" in text
    body = [line for line in text.splitlines() if not line.startswith("@prefix")]
    assert not [line for line in body if "<https://w3id.org/kg/id/" in line]


def test_pyoxigraph_reads_the_same_graph_as_rdflib(seed_out):
    ttl = seed_out / "kg.ttl"
    by_rdflib = rdflib.Graph().parse(ttl, format="turtle")
    # Re-serialise pyoxigraph's own parse as N-Triples and compare as graphs.
    ntriples = ox.serialize(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE),
                            format=ox.RdfFormat.N_TRIPLES)
    by_oxigraph = rdflib.Graph().parse(data=ntriples.decode("utf-8"), format="nt")
    assert len(by_oxigraph) == len(by_rdflib) > 700
    assert isomorphic(by_rdflib, by_oxigraph)


def test_csv_records_build_the_same_graph_as_yaml(seed_out, tmp_path):
    result = run_kg("build", str(CASES / "seed-csv"), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg.ttl").read_bytes() == (seed_out / "kg.ttl").read_bytes()


def test_iris_are_stable_and_derived_from_record_ids(seed_graph):
    subjects = {str(s) for s in seed_graph.subjects()}
    for iri in ["https://w3id.org/kg/id/person/ben-lee",
                "https://w3id.org/kg/id/org/usc-annenberg",
                "https://w3id.org/kg/id/event/icci-short-drama-symposium-2025",
                "https://w3id.org/kg/id/session/icci-short-drama-symposium-2025.keynote-wang",
                "https://w3id.org/kg/id/membership/ben-lee.usc-annenberg.Clinical-Professor",
                "https://w3id.org/kg/id/participation/"
                "icci-short-drama-symposium-2025.opening.weimin-zhang.welcome-speaker"]:
        assert iri in subjects


def test_no_shacl_option_skips_the_check(tmp_path):
    result = run_kg("build", str(DATA), "--out", str(tmp_path), "--no-shacl")
    assert result.exit_code == 0
    assert "SHACL:         off" in result.stdout


def test_a_long_build_shows_its_stages(tmp_path, capsys):
    from kg.build import build
    from kg.cli import StageProgress

    run_kg("synth", "--events", "150", "--seed", "1", str(tmp_path / "records"))
    build([tmp_path / "records"], tmp_path / "out", progress=StageProgress(enabled=True))
    stages = [line.split("] ", 1)[1] for line in capsys.readouterr().err.splitlines() if "] " in line]
    assert stages == ["reading records", "making triples", "writing Turtle and loading the query store",
                      "checking SHACL shapes", "drawing the page"]


def test_the_build_names_the_page_file_as_the_page_stage_does():
    from kg import build
    from kg.page import graph_page

    assert build.PAGE_FILE == graph_page.PAGE_FILE
