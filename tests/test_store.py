"""The embedded store: built with the graph, replaced atomically, credentials for endpoints."""

from __future__ import annotations

import http.server
import threading

import pyoxigraph as ox
import pytest

from conftest import run_kg
from kg.sparql_http import request
from kg.store import open_read_only


def count(out) -> int:
    store = open_read_only(out)
    return len(store)


def test_the_store_holds_the_built_graph(seed_out):
    triples = {q.triple for q in ox.parse(path=str(seed_out / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    stored = {q.triple for q in open_read_only(seed_out).quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert stored == triples


def test_a_failed_build_leaves_the_old_store_usable(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    before, target = count(out), (out / "store").resolve()
    (records_copy / "people.yaml").write_text("people: [", encoding="utf-8")
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 2
    assert (out / "store").resolve() == target
    assert count(out) == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".store")) == [target.name]


def test_a_rebuild_replaces_the_store_and_removes_the_old_one(records_copy, tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    first = (out / "store").resolve()
    people = records_copy / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Anna Thomas", "Anna THOMAS"),
                      encoding="utf-8")
    assert run_kg("build", str(records_copy), "--out", str(out)).exit_code == 0
    assert (out / "store").resolve() != first and not first.exists()
    names = run_kg("query", "--out", str(out), "--format", "tsv",
                   "SELECT ?n WHERE { ?p foaf:familyName 'Thomas' ; foaf:name ?n }")
    assert names.stdout == "n\nAnna THOMAS\n"


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        self.seen.append(self.headers.get("Authorization"))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

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
