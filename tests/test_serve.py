"""`kg serve` and `kg push` against real Oxigraph servers and real SPARQL clients.

These need the `oxigraph` server (installed by `make test`); they fail when it is missing.
"""

from __future__ import annotations

import csv
import io
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from conftest import run_kg
from kg.sparql.serve import free_port, oxigraph_binary

KG = str(Path(sys.executable).parent / "kg")


def read_line(process: subprocess.Popen, prefix: str, wait: float = 30) -> str:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip().startswith(prefix):
            return line.split(prefix, 1)[1].strip()
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no '{prefix}' line from kg serve: {process.stderr.read()}")


@pytest.fixture()
def served(seed_out):
    process = subprocess.Popen([KG, "serve", "--out", str(seed_out), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        page = read_line(process, "query page:")
        endpoint = read_line(process, "SPARQL endpoint:")
        yield process, page, endpoint
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)  # as a person would; kg stops its server
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_serve_answers_a_real_sparql_client(served):
    _, page, endpoint = served
    assert page.startswith("http://127.0.0.1:")  # bound to this machine only
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    rows = graph.query("""
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX kgo: <https://w3id.org/kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?name WHERE {
          ?p kgo:participant ?person ; kgo:participationRole/skos:notation "keynote-speaker" .
          ?person foaf:name ?name } ORDER BY ?name""")
    assert [str(r[0]) for r in rows] == ["James WANG", "Xiaoda CHEN"]


def test_serve_has_a_query_page(served):
    _, page, _ = served
    html = urllib.request.urlopen(page, timeout=5).read().decode("utf-8")
    assert "yasgui" in html.lower()
    assert "https://" not in html  # its scripts come from the server itself


def test_kg_query_endpoint_gives_the_store_answers(served, seed_out):
    _, _, endpoint = served
    for args in (["shared-topics"], ["event-participants", "-p", "event=icci-short-drama-symposium-2025"],
                 ["organisation-hierarchy", "-p", "organisation=usc"]):
        remote = run_kg("query", "--endpoint", endpoint, "--format", "csv", *args)
        local = run_kg("query", "--out", str(seed_out), "--format", "csv", *args)
        assert remote.exit_code == 0, remote.output
        assert list(csv.reader(io.StringIO(remote.stdout))) == list(csv.reader(io.StringIO(local.stdout)))
        assert len(remote.stdout.splitlines()) > 1


def test_the_endpoint_refuses_updates(served):
    _, page, _ = served
    update = urllib.request.Request(page + "update", data=b"INSERT DATA { <a:s> <a:p> <a:o> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=5)
    assert refused.value.code == 403


def test_ctrl_c_stops_the_server(served):
    process, page, _ = served
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=15) == 0
    assert "stopped" in process.stderr.read()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(page, timeout=2)


@pytest.fixture()
def remote_store(tmp_path):
    """A second, writable Oxigraph server: the remote store users push to."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait()


def remote_graph(base: str, graph: str) -> rdflib.Graph:
    answer = urllib.request.urlopen(urllib.request.Request(
        f"{base}/store?graph={urllib.request.quote(graph, safe='')}",
        headers={"Accept": "application/n-triples"}), timeout=10)
    return rdflib.Graph().parse(data=answer.read().decode("utf-8"), format="nt")


def test_push_replaces_a_named_graph_in_batches_and_reads_back(seed_out, remote_store):
    graph = "https://example.org/graphs/icci"
    result = run_kg("push", "--out", str(seed_out), "--endpoint", f"{remote_store}/store",
                    "--graph", graph, "--batch-size", "200")
    assert result.exit_code == 0, result.output
    local = rdflib.Graph().parse(seed_out / "kg.ttl")
    assert result.stdout.splitlines() == [
        f"pushed {len(local)} triples in {-(-len(local) // 200)} batches to "
        f"{remote_store}/store?graph=https%3A%2F%2Fexample.org%2Fgraphs%2Ficci "
        "(written to a temporary graph, then moved into place)",
        f"the remote graph holds {len(local)} triples",
        f"read it with: kg query --endpoint {remote_store}/query --graph {graph} "
        "'SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }'"]
    assert isomorphic(remote_graph(remote_store, graph), local)
    # Pushing again replaces rather than duplicates; the count comes from a query.
    again = run_kg("push", "--out", str(seed_out), "--endpoint", f"{remote_store}/store",
                   "--graph", graph, "--query-endpoint", f"{remote_store}/query")
    assert again.exit_code == 0
    assert again.stdout.splitlines()[1] == f"the remote graph holds {len(local)} triples"


def test_push_merge_adds_to_what_is_there(seed_out, remote_store, tmp_path):
    graph = "https://example.org/graphs/merged"
    extra = tmp_path / "extra"
    run_kg("synth", "--events", "2", "--seed", "5", str(tmp_path / "records"))
    assert run_kg("build", str(tmp_path / "records"), "--out", str(extra)).exit_code == 0
    assert run_kg("push", "--out", str(extra), "--endpoint", f"{remote_store}/store",
                  "--graph", graph).exit_code == 0
    merged = run_kg("push", "--out", str(seed_out), "--endpoint", f"{remote_store}/store",
                    "--graph", graph, "--merge")
    assert merged.exit_code == 0, merged.output
    both = rdflib.Graph().parse(seed_out / "kg.ttl") + rdflib.Graph().parse(extra / "kg.ttl")
    assert len(remote_graph(remote_store, graph)) == len(both)


def test_push_to_an_unreachable_endpoint_fails_clearly_and_soon(seed_out):
    port = free_port()
    started = time.monotonic()
    result = run_kg("push", "--out", str(seed_out), "--endpoint", f"http://127.0.0.1:{port}/store")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: cannot reach http://127.0.0.1:{port}/store: "
                                     "Connection refused")
    assert time.monotonic() - started < 20


def test_query_an_unreachable_endpoint(seed_out):
    port = free_port()
    result = run_kg("query", "--endpoint", f"http://127.0.0.1:{port}/query", "shared-topics")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot reach http://127.0.0.1:{port}/query")
