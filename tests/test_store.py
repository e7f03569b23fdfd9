"""The embedded store: built with the graph, replaced atomically, credentials for endpoints."""

from __future__ import annotations

import http.server
import threading

import pyoxigraph as ox
import pytest

from conftest import run_kg
from kg.sparql.endpoint import request
from kg.sparql.store import open_read_only


def count(out) -> int:
    store = open_read_only(out)
    return len(store)


def test_the_store_holds_the_built_graph(seed_out):
    triples = {q.triple for q in ox.parse(path=str(seed_out / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    stored = {q.triple for q in open_read_only(seed_out).quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert stored == triples


def generations(out) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".gen-"))


def test_a_failed_build_leaves_the_old_store_usable(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    before, target = count(out), (out / "store").resolve()
    (records_copy / "people.yaml").write_text("people: [", encoding="utf-8")
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 2
    assert (out / "store").resolve() == target
    assert count(out) == before
    assert generations(out) == [target.parent.name]


def test_a_rebuild_replaces_the_store_and_keeps_only_the_one_before(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    first = (out / "store").resolve()
    people = records_copy / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Anna Thomas", "Anna THOMAS"),
                      encoding="utf-8")
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    second = (out / "store").resolve()
    # The generation before stays for whoever opened it during the switch ...
    assert second != first and first.exists()
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    # ... and goes at the next build.
    assert not first.exists() and second.exists()
    assert generations(out) == sorted([second.parent.name, (out / "store").resolve().parent.name])
    names = run_kg("query", "--out", str(out), "--format", "tsv",
                   "SELECT ?n WHERE { ?p foaf:familyName 'Thomas' ; foaf:name ?n }")
    assert names.stdout == "n\nAnna THOMAS\n"


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        # Asks for Basic, as an endpoint that wants credentials does; kg sends them then.
        if "Authorization" not in self.headers:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg-test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.seen.append(self.headers.get("Authorization"))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def do_POST(self):  # noqa: N802 - a query posted to something that is not an endpoint
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>Welcome</body></html>")

    def log_message(self, *args):
        pass


@pytest.fixture()
def recorder():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen = []
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_credentials_come_from_the_environment(recorder, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "ana")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    request("GET", recorder)
    assert _Recorder.seen == ["Basic YW5hOnMzY3JldA=="]  # base64("ana:s3cret")


def test_credentials_come_from_netrc(recorder, monkeypatch, tmp_path):
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login bo password pw\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    request("GET", recorder)
    assert _Recorder.seen == ["Basic Ym86cHc="]  # base64("bo:pw")


def test_an_answer_that_is_not_sparql_results_is_a_clear_error(recorder):
    result = run_kg("query", "--endpoint", recorder, "SELECT ?s WHERE { ?s ?p ?o }")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {recorder} did not answer with SPARQL results JSON")
    assert len(result.output.splitlines()) == 1
