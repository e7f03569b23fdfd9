"""`kg push` and `kg query --endpoint` against real remote stores: Virtuoso (Debian's
virtuoso-opensource) and the Oxigraph server, one of each per test session.

Without Virtuoso these skip with the line that installs it; under CI=true they fail.
"""

from __future__ import annotations

import base64
import http.server
import json
import shlex
import socket
import threading
import time
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from conftest import run_kg
from kg.sparql.named_queries import all_queries
from kg.sparql.query import prepare, run_on_store
from kg.sparql.serve import free_port
from remote_servers import oxigraph_remote, remote, virtuoso  # noqa: F401 - fixtures

SEED_GRAPH = "https://example.org/kg/seed"
SYNTH_GRAPH = "https://example.org/kg/synth"
COUNT = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"

# The parameters each named query is asked with, on the seed and on the synthetic graph.
PARAMETERS = {
    "seed": {"event-participants": {"event": "icci-short-drama-symposium-2025"},
             "person-events": {"person": "ben-lee"},
             "organisation-events": {"organisation": "sjtu"},
             "organisation-hierarchy": {"organisation": "usc-annenberg"}},
    "synth": {"event-participants": {"event": "event-0"},
              "person-events": {"person": "person-0"},
              "organisation-events": {"organisation": "org-0"},
              "organisation-hierarchy": {"organisation": "org-0"}},
}
# GROUP_CONCAT columns: SPARQL leaves the order of the items unspecified, and Oxigraph and
# Virtuoso do differ in it, so these cells are compared as sets of items.
LISTS = {"sectors": ", ", "roles": ", ", "organisations": "; ", "people": "; ",
         "academia": "; ", "industry": "; "}


def seed_triples(out) -> int:
    """Triples in a built kg.ttl, counted here rather than written into the tests."""
    return sum(1 for _ in ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE))


@pytest.fixture(scope="session")
def synth_out(tmp_path_factory):
    """A synthetic graph of about 10,800 triples: above Virtuoso's stock 10,000-row limit."""
    records = tmp_path_factory.mktemp("synth-records")
    out = tmp_path_factory.mktemp("synth-out")
    assert run_kg("synth", "--events", "30", "--seed", "0", str(records)).exit_code == 0
    assert run_kg("build", str(records), "--out", str(out), "--no-shacl").exit_code == 0
    return out


@pytest.fixture(scope="session")
def pushed(remote, seed_out, synth_out):
    """The seed and the synthetic graph pushed into the remote store, each as a named graph."""
    for out, graph in ((seed_out, SEED_GRAPH), (synth_out, SYNTH_GRAPH)):
        result = run_kg("push", "--out", str(out), "--endpoint", remote.store, "--graph", graph)
        assert result.exit_code == 0, result.output
    return remote


def terms(raw: bytes) -> list[tuple]:
    """Rows of SPARQL results JSON as sorted tuples of N-Triples terms, lists as sets."""
    parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
    names = [v.value for v in parsed.variables]
    rows = []
    for solution in parsed:
        row = []
        for name in names:
            term = solution[name]
            if name in LISTS and isinstance(term, ox.Literal):
                row.append(tuple(sorted(term.value.split(LISTS[name]))))
            else:
                row.append(str(term) if term is not None else None)
        rows.append(tuple(row))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("data", ["seed", "synth"])
@pytest.mark.parametrize("name", sorted(all_queries()))
def test_named_queries_give_the_same_rows_on_every_store(pushed, seed_out, synth_out, name, data):
    out, graph = (seed_out, SEED_GRAPH) if data == "seed" else (synth_out, SYNTH_GRAPH)
    params = PARAMETERS[data].get(name, {})
    text = prepare(name, None, params).text
    embedded = terms(run_on_store(out, text, 30).raw)
    args = [f"{k}={v}" for k, v in params.items()]
    result = run_kg("query", "--endpoint", pushed.query, "--graph", graph, "--format", "json",
                    "--timeout", "60", name, *[a for p in args for a in ("--param", p)])
    assert result.exit_code == 0, result.output
    assert terms(result.stdout_bytes) == embedded
    # A query that answers nothing compares nothing: each finds rows in the synthetic graph.
    assert embedded or data == "seed"


def test_push_above_the_row_limit_counts_every_triple_and_prints_how_to_read_it(pushed, synth_out):
    local = len(list(ox.parse(path=str(synth_out / "kg.ttl"), format=ox.RdfFormat.TURTLE)))
    assert local > 10_000
    result = run_kg("push", "--out", str(synth_out), "--endpoint", pushed.store,
                    "--graph", SYNTH_GRAPH, "--batch-size", "4000")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"pushed {local} triples in 3 batches to {pushed.store}?graph=")
    assert lines[1] == f"the remote graph holds {local} triples"
    command = lines[2].removeprefix("read it with: ")
    assert command == (f"kg query --endpoint {pushed.query} --graph {SYNTH_GRAPH} "
                       f"'{COUNT}'")
    # The printed line, run as it is, reads back what was written.
    again = run_kg(*shlex.split(command)[1:], "--format", "csv")
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == ["triples", str(local)]


def test_the_default_graph_of_a_query_is_the_one_given(pushed):
    seed = run_kg("query", "--endpoint", pushed.query, "--graph", SEED_GRAPH, "--format", "csv",
                  "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person }")
    synth = run_kg("query", "--endpoint", pushed.query, "--graph", SYNTH_GRAPH, "--format",
                   "csv", "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person }")
    assert seed.stdout.splitlines()[1] == "11"
    assert int(synth.stdout.splitlines()[1]) > 11


def test_ask_prints_true_or_false_with_its_exit_code(pushed):
    base = ["query", "--endpoint", pushed.query, "--graph", SEED_GRAPH]
    yes = run_kg(*base, "ASK { ?p foaf:name 'Ben LEE' }")
    assert (yes.exit_code, yes.stdout) == (0, "true\n")
    no = run_kg(*base, "ASK { ?p foaf:name 'Nobody' }")
    assert (no.exit_code, no.stdout) == (1, "false\n")
    as_json = run_kg(*base, "--format", "json", "ASK { ?p foaf:name 'Ben LEE' }")
    assert json.loads(as_json.stdout) == {"head": {}, "boolean": True}


def test_an_answer_cut_at_the_row_limit_is_an_error_not_a_partial_answer(virtuoso, synth_out):
    graph = "https://example.org/kg/cut-answer"
    assert run_kg("push", "--out", str(synth_out), "--endpoint", virtuoso.store,
                  "--graph", graph).exit_code == 0
    result = run_kg("query", "--endpoint", virtuoso.query, "--graph", graph,
                    "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"Error: {virtuoso.query} sent only the first 10000 rows of the answer (its result "
        "limit, Virtuoso's ResultSetMaxRows); nothing is printed. Read it in pages with "
        "ORDER BY and LIMIT/OFFSET, or raise the server's limit")
    # A graph answer is cut too, with no header: at 10,000 + 1 triples.
    graph_answer = run_kg("query", "--endpoint", virtuoso.query, "--graph", graph,
                          "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert graph_answer.exit_code == 2
    assert graph_answer.stdout == ""
    assert graph_answer.stderr.startswith(f"Error: {virtuoso.query} sent 10001 triples, which "
                                          "is where Virtuoso cuts a CONSTRUCT")
    # Below the limit the whole answer comes, and is printed.
    below = run_kg("query", "--endpoint", virtuoso.query, "--graph", graph, "--format", "csv",
                   "SELECT * WHERE { ?s ?p ?o } LIMIT 9999")
    assert below.exit_code == 0
    assert len(below.stdout.splitlines()) == 1 + 9999


class FailingProxy:
    """A loopback proxy in front of a store that passes `writes_allowed` PUT/POSTs of
    N-Triples on, then cuts the connection of every later one without an answer (the
    server never sees them). Everything else passes through."""

    def __init__(self, upstream: str, writes_allowed: int, path_map: dict | None = None,
                 basic: str | None = None, refuse_move: bool = False,
                 silent_move: bool = False):
        self.upstream, self.writes_allowed = upstream, writes_allowed
        self.refuse_move = refuse_move  # answer a MOVE update with an error page
        self.silent_move = silent_move  # pass the first MOVE on, then cut the connection
        self.path_map = path_map or {}
        self.basic, self.challenged = basic, []  # the Authorization it asks for; what it refused
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # noqa: ANN002
                pass

            def _forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                if proxy.basic and self.headers.get("Authorization") != proxy.basic:
                    proxy.challenged.append((self.command, len(body)))
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kg-test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if proxy.refuse_move and body.startswith(b"update=MOVE"):
                    page = b"<html><body><h1>500</h1><p>transaction too large</p></body></html>"
                    self.send_response(500)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                    return
                if "n-triples" in self.headers.get("Content-Type", ""):
                    if proxy.writes_allowed <= 0:
                        self.connection.shutdown(socket.SHUT_RDWR)
                        self.close_connection = True
                        return
                    proxy.writes_allowed -= 1
                path, _, query = self.path.partition("?")
                url = proxy.upstream + proxy.path_map.get(path, path) + (f"?{query}" if query else "")
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "accept")}
                req = urllib.request.Request(url, data=body or None, method=self.command,
                                             headers=headers)
                try:
                    answer = urllib.request.urlopen(req, timeout=60)
                    status, data, kind = answer.status, answer.read(), answer.headers.get("Content-Type", "")
                except urllib.error.HTTPError as e:
                    status, data, kind = e.code, e.read(), e.headers.get("Content-Type", "")
                if proxy.silent_move and body.startswith(b"update=MOVE"):
                    proxy.silent_move = False  # once: a retried MOVE would get through
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def remote_count(store, graph: str) -> int:
    result = run_kg("query", "--endpoint", store.query, "--graph", graph, "--format", "csv", COUNT)
    assert result.exit_code == 0, result.output
    return int(result.stdout.splitlines()[1])


def push_over_the_seed(store, seed_out, synth_out, graph: str, path: str = "/store",
                       extra: tuple = (), **proxy_options):
    """Push the seed into `graph`, then the synthetic graph over it in three batches
    through a FailingProxy(**proxy_options) in front of the store; the second push's result."""
    assert run_kg("push", "--out", str(seed_out), "--endpoint", store.store,
                  "--graph", graph).exit_code == 0
    proxy = FailingProxy(store.base, **proxy_options)
    try:
        return run_kg("push", "--out", str(synth_out), "--endpoint", f"{proxy.base}{path}",
                      "--graph", graph, "--batch-size", "4000", *extra), proxy.base
    finally:
        proxy.close()


def assert_no_temporary_graph(store) -> None:
    # Every quad of the server is scanned (Virtuoso keeps its own graphs): more than the
    # default 5 s on a loaded machine.
    graphs = run_kg("query", "--endpoint", store.query, "--format", "csv", "--timeout", "120",
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs.exit_code == 0, graphs.output
    assert "urn:kg:push:" not in graphs.stdout


def test_a_replace_cut_mid_way_leaves_the_old_graph_intact(remote, seed_out, synth_out):
    graph = "https://example.org/kg/cut"
    result, _ = push_over_the_seed(remote, seed_out, synth_out, graph,
                                   path=remote.store.removeprefix(remote.base), writes_allowed=2)
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("Error: batch 3 of 3 failed: ")
    assert message.endswith(f"; the remote graph <{graph}> was not changed")
    # The old graph is all there, and the temporary graph was removed.
    assert remote_count(remote, graph) == seed_triples(seed_out)
    assert_no_temporary_graph(remote)


def test_a_move_the_store_refuses_leaves_the_old_graph_and_no_temporary_one(
        oxigraph_remote, seed_out, synth_out):
    graph = "https://example.org/kg/refused-move"
    result, proxy = push_over_the_seed(oxigraph_remote, seed_out, synth_out, graph,
                                       writes_allowed=100, refuse_move=True)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: moving the pushed graph into place failed: {proxy}/update answered 500 "
        f"Internal Server Error: 500 transaction too large; the remote graph <{graph}> was not "
        "changed. (A store may limit what one update changes, as Virtuoso's "
        "TransactionAfterImageLimit does; --in-place writes straight into the graph instead)")
    assert remote_count(oxigraph_remote, graph) == seed_triples(seed_out)
    assert_no_temporary_graph(oxigraph_remote)


def test_a_move_without_an_answer_says_both_states_are_possible(
        oxigraph_remote, seed_out, synth_out):
    graph = "https://example.org/kg/silent-move"
    result, _ = push_over_the_seed(oxigraph_remote, seed_out, synth_out, graph,
                                   writes_allowed=100, silent_move=True)
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("Error: moving the pushed graph into place got no answer: ")
    assert (f"the remote graph <{graph}> holds either its previous triples or the {seed_triples(synth_out)} "
            "pushed (the server may still be moving them)") in message
    # The server did apply it (the proxy passed it on): the message did not claim otherwise.
    assert remote_count(oxigraph_remote, graph) == seed_triples(synth_out)


@pytest.mark.parametrize("how", ["unknown layout", "--in-place"])
def test_a_replace_written_in_place_says_what_the_remote_graph_holds(
        oxigraph_remote, seed_out, synth_out, how):
    graph = "https://example.org/kg/cut-direct"
    if how == "unknown layout":
        # A store URL of no known layout: kg finds no query or update endpoint from it.
        result, _ = push_over_the_seed(oxigraph_remote, seed_out, synth_out, graph, "/graphs",
                                       writes_allowed=2, path_map={"/graphs": "/store"})
        hint = "push again, and give --update-endpoint so that a failed replace keeps the old graph"
    else:
        result, _ = push_over_the_seed(oxigraph_remote, seed_out, synth_out, graph,
                                       extra=("--in-place",), writes_allowed=2)
        hint = "push again without --in-place so that a failed replace keeps the old graph"
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("Error: batch 3 of 3 failed: ")
    assert message.endswith(
        f"; its previous triples are gone and the remote graph <{graph}> holds the first 8000 "
        f"of {seed_triples(synth_out)} (and possibly part of batch 3); {hint}")
    assert remote_count(oxigraph_remote, graph) == 8000


def test_basic_credentials_go_with_every_batch_after_the_first_challenge(
        oxigraph_remote, seed_out, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pushing")
    token = "Basic " + base64.b64encode(b"kg:pushing").decode()
    proxy = FailingProxy(oxigraph_remote.base, writes_allowed=100, basic=token)
    graph = "https://example.org/kg/basic"
    try:
        result = run_kg("push", "--out", str(seed_out), "--endpoint", f"{proxy.base}/store",
                        "--graph", graph, "--batch-size", "300")
    finally:
        proxy.close()
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == f"the remote graph holds {seed_triples(seed_out)} triples"
    # Only the probe (a GET without a body) was asked for credentials; no batch was refused.
    assert proxy.challenged == [("GET", 0)]
    assert remote_count(oxigraph_remote, graph) == seed_triples(seed_out)


def test_a_query_endpoint_given_to_push_is_refused_quickly(remote, seed_out):
    started = time.monotonic()
    result = run_kg("push", "--out", str(seed_out), "--endpoint", remote.query, "--graph",
                    SEED_GRAPH, "--timeout", "60")
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"Error: {remote.query} does not look like a Graph Store Protocol endpoint (")


def test_virtuoso_digest_endpoints_with_credentials_from_the_environment(
        virtuoso, seed_out, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    graph = "https://example.org/kg/digest"
    result = run_kg("push", "--out", str(seed_out), "--endpoint",
                    f"{virtuoso.base}/sparql-graph-crud-auth", "--graph", graph,
                    "--batch-size", "300")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == f"the remote graph holds {seed_triples(seed_out)} triples"
    answer = run_kg("query", "--endpoint", f"{virtuoso.base}/sparql-auth", "--graph", graph,
                    "--format", "csv", COUNT)
    assert answer.stdout.splitlines() == ["triples", str(seed_triples(seed_out))]
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "wrong")
    refused = run_kg("query", "--endpoint", f"{virtuoso.base}/sparql-auth", COUNT)
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"Error: {virtuoso.base}/sparql-auth answered 401")


def test_the_text_of_an_html_error_page_is_the_message(virtuoso, seed_out):
    # Virtuoso's Graph Store has no default graph; it says so deep in an HTML page.
    result = run_kg("push", "--out", str(seed_out), "--endpoint", virtuoso.store, "--merge")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: batch 1 of 1 failed: {virtuoso.store}?default answered 500 Request Failed: "
        "Error 22023 The request to SPARQL 1.1 Graph Store endpoint contains \"default\" param "
        "but the endpoint is not configured to have default graph; the remote default graph "
        "was not changed")


def test_a_server_that_takes_the_request_and_stays_silent_did_not_answer(seed_out):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel accepts connections; nobody answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        started = time.monotonic()
        result = run_kg("query", "--endpoint", url, "--timeout", "1", "shared-topics")
    assert result.stderr.strip() == (f"Error: {url} did not answer within 1 s (raise --timeout "
                                     "to wait longer)")
    assert result.exit_code == 2
    assert time.monotonic() - started < 5


def test_an_unreachable_host_cannot_be_reached(seed_out):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = run_kg("query", "--endpoint", url, "shared-topics")
    assert result.stderr.strip() == f"Error: cannot reach {url}: Connection refused"



def test_a_missing_server_fails_under_ci_and_is_skipped_with_the_install_line_outside(
        monkeypatch):
    from needs import require
    from remote_servers import INSTALL, virtuoso_missing

    monkeypatch.setenv("PATH", "/nonexistent")
    missing = virtuoso_missing()
    assert missing == INSTALL["virtuoso"]
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install virtuoso-opensource"):
        require(missing)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install virtuoso-opensource"):
        require(missing)
