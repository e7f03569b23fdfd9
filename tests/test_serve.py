"""`kg serve` and `kg push` against real Oxigraph servers and real SPARQL clients.

These need the `oxigraph` server (installed by `make test`); they fail when it is missing.
"""

from __future__ import annotations

import csv
import io
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from conftest import DATA, run_kg
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


def test_serve_has_a_query_page_of_its_own_that_asks_nothing_else(served):
    """Regression: the Oxigraph server's page asked prefix.cc for prefixes (plain HTTP)."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_ARGS, chromium_path

    _, page_url, endpoint = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(page_url)
        page.fill("#query", "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                            "SELECT ?name WHERE { ?p foaf:familyName 'LEE' ; foaf:name ?name }")
        page.click("#run")
        page.wait_for_selector("table td")
        cells = page.eval_on_selector_all("table td", "cells => cells.map(c => c.textContent)")
        browser.close()
    assert cells == ["Ben LEE"]
    assert requests == [page_url, endpoint] and errors == []


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
    # Reading the graph over the Graph Store Protocol stays open, as a read.
    graph = urllib.request.urlopen(urllib.request.Request(
        page + "store?default", headers={"Accept": "application/n-triples"}), timeout=10).read()
    assert b"Ben LEE" in graph


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


def raw_request(url: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None):
    """A request with exactly these headers (urllib would set Host itself)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.putrequest(method, parts.path or "/", skip_host=True)
    for name, value in (headers or {}).items():
        connection.putheader(name, value)
    if body is not None:
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    answer = connection.getresponse()
    return answer.status, answer.read().decode("utf-8", "replace")


def test_a_foreign_host_header_is_refused(served):
    """DNS rebinding: a page of evil.example resolving to 127.0.0.1 sends Host: evil.example."""
    _, page_url, _ = served
    port = page_url.rsplit(":", 1)[1].strip("/")
    assert raw_request(page_url, headers={"Host": "evil.example:" + port})[0] == 403
    assert raw_request(page_url, headers={"Host": f"localhost:{port}"})[0] == 200
    assert raw_request(page_url, headers={"Host": f"127.0.0.1:{port}"})[0] == 200


def test_the_server_listens_on_loopback_only(served):
    import psutil

    process, _, _ = served
    listening = [c.laddr.ip for c in psutil.Process(process.pid).net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN]
    assert listening == ["127.0.0.1"]


@pytest.fixture()
def served_writable(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(DATA), "--out", str(out)).exit_code == 0
    process = subprocess.Popen([KG, "serve", "--out", str(out), "--port", "0", "--writable"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process, read_line(process, "query page:"), out
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=15)


def test_a_writable_server_refuses_a_change_posted_from_another_site(served_writable):
    _, page_url, _ = served_writable
    host = page_url.split("//", 1)[1].strip("/")
    insert = b"update=INSERT+DATA+%7B+%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E+%7D"
    form = {"Host": host, "Content-Type": "application/x-www-form-urlencoded"}
    refused = raw_request(page_url + "update", "POST", {**form, "Origin": "https://evil.example"}, insert)
    assert refused[0] == 403 and "another site" in refused[1]
    ask = urllib.request.urlopen(page_url + "query?query=" + urllib.parse.quote(
        "ASK { <urn:a> <urn:b> <urn:c> }"), timeout=10).read()
    assert b"false" in ask
    # The same change from the server's own page (same origin) or a client with no Origin is taken.
    assert raw_request(page_url + "update", "POST", {**form, "Origin": f"http://{host}"}, insert)[0] in (200, 204)


def test_serve_follows_a_rebuild_without_a_failed_request(served_writable, tmp_path):
    """Queries run all through a rebuild: each sees the old graph or the new one, never an
    error, and after the switch the new one."""
    import threading

    process, page_url, out = served_writable
    records = tmp_path / "records"
    shutil.copytree(DATA, records)
    people = records / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Anna Thomas", "Anna THOMAS"),
                      encoding="utf-8")
    query = page_url + "query?query=" + urllib.parse.quote(
        "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/familyName> 'Thomas' ; "
        "<http://xmlns.com/foaf/0.1/name> ?n }")
    seen, failures, done = [], [], threading.Event()

    def ask_all_the_time():
        while not done.is_set():
            try:
                request = urllib.request.Request(query, headers={"Accept": "text/csv"})
                seen.append(urllib.request.urlopen(request, timeout=10).read().decode().splitlines()[-1])
            except Exception as e:  # noqa: BLE001 - any failure is what this test looks for
                failures.append(repr(e))

    asker = threading.Thread(target=ask_all_the_time)
    asker.start()
    assert run_kg("build", str(records), "--out", str(out)).exit_code == 0
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not seen or seen[-1] != "Anna THOMAS"):
        time.sleep(0.2)
    done.set()
    asker.join()
    assert failures == []
    assert set(seen) == {"Anna Thomas", "Anna THOMAS"} and seen[-1] == "Anna THOMAS"


def test_analyze_beside_a_writable_server_says_who_holds_the_store(served_writable):
    # Regression: "Error: : IO error: While lock file: .../LOCK: Resource temporarily unavailable".
    _, _, out = served_writable
    result = run_kg("analyze", "--out", str(out), "--permutations", "10")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {(out / 'store').resolve()} is open for writing by another process (a `kg serve "
        "--writable` on it?); the report is complete, but its measures were not written to the "
        "store: stop that server and run kg analyze again")
