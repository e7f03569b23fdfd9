"""The HTTP client behind `kg push` and `kg query --endpoint`: credentials go only to
the host they are for and never into a message, URLs kg cannot use are refused with a
message, and the commands start without the build stage.

The servers here are real HTTP servers on loopback ports that answer as a hostile or
broken endpoint would (a 401, a 5xx page that echoes the request, a redirect).
"""

from __future__ import annotations

import base64
import http.server
import json
import subprocess
import sys
import threading

import pytest

from conftest import run_kg
from kg.sparql.serve import free_port

USER, PASSWORD = "alice", "s3cret-Pa55word"
TOKEN = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
ANSWER = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
    {"n": {"type": "literal", "value": "1"}}]}}).encode()


class Endpoint:
    """A loopback HTTP server that records each request's headers and answers as
    `behave(handler)` decides."""

    def __init__(self, behave):
        self.requests: list[dict] = []
        endpoint = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # noqa: ANN002
                pass

            def answer(self):
                length = int(self.headers.get("Content-Length", 0) or 0)
                self.sent = self.rfile.read(length)
                endpoint.requests.append({k.lower(): v for k, v in self.headers.items()})
                behave(self)

            do_GET = do_POST = do_PUT = answer

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def send(handler, status: int, body: bytes = b"", kind: str = "text/plain", **headers):
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def challenge(handler) -> bool:
    """Answer 401 asking for Basic unless the request carries credentials."""
    if "Authorization" in handler.headers:
        return False
    send(handler, 401, b"who are you?", WWW_Authenticate='Basic realm="kg-test"')
    return True


def always_refuse(handler):
    send(handler, 401, b"no", WWW_Authenticate='Basic realm="kg-test"')


def echo_as_500(handler):
    """After the challenge, a 5xx error page that shows the request's headers (as some
    debugging proxies do)."""
    if challenge(handler):
        return
    page = "<html><head><title>500</title></head><body><h1>Internal error</h1><pre>{}</pre>" \
           "</body></html>".format("\n".join(f"{k}: {v}" for k, v in handler.headers.items()))
    send(handler, 500, page.encode(), "text/html")


@pytest.fixture(params=["environment", "netrc"])
def with_credentials(request, monkeypatch, tmp_path):
    """The same credentials, from the environment or from a netrc file."""
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    if request.param == "environment":
        monkeypatch.setenv("KG_ENDPOINT_USER", USER)
        monkeypatch.setenv("KG_ENDPOINT_PASSWORD", PASSWORD)
        monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    else:
        netrc = tmp_path / "netrc"
        netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n")
        netrc.chmod(0o600)
        monkeypatch.setenv("NETRC", str(netrc))
    return request.param


def commands(url_for_store: str, url_for_query: str, out) -> list[list[str]]:
    return [["push", "--out", str(out), "--endpoint", url_for_store, "--graph",
             "https://example.org/kg", "--timeout", "5"],
            ["query", "--endpoint", url_for_query, "--timeout", "5", "shared-topics"]]


def assert_no_secret(result) -> None:
    shown = result.stdout + result.stderr
    assert PASSWORD not in shown
    assert TOKEN not in shown


@pytest.mark.parametrize("behave", [always_refuse, echo_as_500], ids=["401", "5xx"])
def test_credentials_never_appear_in_an_http_error_message(with_credentials, seed_out, behave):
    endpoint = Endpoint(behave)
    try:
        for args in commands(endpoint.url("/store"), endpoint.url("/query"), seed_out):
            endpoint.requests.clear()
            result = run_kg(*args)
            assert result.exit_code == 2
            assert result.stderr.startswith("Error: http://127.0.0.1:")
            assert_no_secret(result)
            # The credentials were sent to their host (and, for the 5xx, shown back).
            assert f"Basic {TOKEN}" in [r.get("authorization") for r in endpoint.requests]
    finally:
        endpoint.close()
    if behave is echo_as_500:
        assert "***" in result.stderr  # the echoed token, taken out


def test_credentials_never_appear_when_the_host_cannot_be_reached(with_credentials, seed_out):
    port = free_port()
    for args in commands(f"http://127.0.0.1:{port}/store", f"http://127.0.0.1:{port}/query",
                         seed_out):
        result = run_kg(*args)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"Error: cannot reach http://127.0.0.1:{port}/")
        assert_no_secret(result)


def test_a_redirect_to_another_host_goes_without_the_credentials(with_credentials, seed_out):
    elsewhere = Endpoint(always_refuse)

    def redirect(handler):
        if not challenge(handler):
            target = elsewhere.url(handler.path, host="localhost")
            send(handler, 307 if handler.command == "GET" else 302, b"", Location=target)

    endpoint = Endpoint(redirect)
    try:
        for args in commands(endpoint.url("/store"), endpoint.url("/query"), seed_out):
            result = run_kg(*args)
            assert result.exit_code == 2
            assert_no_secret(result)
        assert f"Basic {TOKEN}" in [r.get("authorization") for r in endpoint.requests]
        assert len(elsewhere.requests) >= 2  # both commands followed the redirect
        assert [r for r in elsewhere.requests if "authorization" in r] == []
    finally:
        endpoint.close()
        elsewhere.close()


def test_a_redirect_on_the_same_host_keeps_working(with_credentials):
    def redirect(handler):
        if not challenge(handler):
            if handler.path == "/old":
                send(handler, 302, b"", Location="/query")
            else:
                send(handler, 200, ANSWER, "application/sparql-results+json")

    endpoint = Endpoint(redirect)
    try:
        result = run_kg("query", "--endpoint", endpoint.url("/old"), "--format", "csv",
                        "SELECT ?n WHERE { }")
    finally:
        endpoint.close()
    assert result.exit_code == 0, result.output
    assert result.stdout == "n\n1\n"


@pytest.mark.parametrize("url", ["http://bob:hunter2@127.0.0.1:1/store",
                                 "http://bob:hunter2@example.invalid/store",
                                 "http://bob:hunter2@example.invalid:x/store"])
def test_credentials_written_in_the_url_are_refused_and_never_printed(seed_out, url):
    for args in (["push", "--out", str(seed_out), "--endpoint", url],
                 ["query", "--endpoint", url, "shared-topics"]):
        result = run_kg(*args)
        assert result.exit_code == 2
        shown = url.replace("bob:hunter2@", "")
        assert result.stderr.strip() == (
            f"Error: {shown} has credentials written in it; they are not used. Put them in "
            "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or in ~/.netrc (machine "
            "example.invalid login NAME password SECRET)".replace(
                "example.invalid", "127.0.0.1" if "127.0.0.1" in url else "example.invalid"))
        assert "hunter2" not in result.output


def test_a_port_that_is_not_a_number_is_a_message(seed_out):
    for args in (["push", "--out", str(seed_out), "--endpoint", "http://127.0.0.1:78x/store"],
                 ["query", "--endpoint", "http://127.0.0.1:78x/query", "shared-topics"]):
        result = run_kg(*args)
        assert result.exit_code == 2
        assert result.stderr.strip().startswith("Error: http://127.0.0.1:78x/")
        assert result.stderr.strip().endswith(": the port '78x' is not a number")


@pytest.mark.parametrize("args", [["push", "--endpoint", "http://127.0.0.1:9/store"],
                                  ["push", "--help"],
                                  ["query", "--endpoint", "http://127.0.0.1:9/query",
                                   "SELECT * WHERE { ?s ?p ?o }"]])
def test_remote_commands_start_without_the_build_stage(seed_out, args):
    # In a fresh process: which modules did the command load?
    script = ("import sys, json\nfrom kg.cli import main\n"
              "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
              "print(json.dumps(sorted(sys.modules)))")
    if args[0] == "push" and "--help" not in args:
        args = [*args, "--out", str(seed_out)]
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, timeout=60)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not {"kg.build", "pyshacl", "networkx", "kg.analysis", "kg.page"} & loaded
    if args[0] == "push":
        assert "rdflib" not in loaded



class OneProbeThen:
    """A raw loopback server that answers kg push's probe (a GET of a made-up graph) with
    404, as a Graph Store does, then treats each batch as `then` says: "refuse" (it stops
    listening, like a store restarting) or "garbage" (an answer that is not HTTP)."""

    def __init__(self, then: str):
        import socket

        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/store"
        self.batches = 0
        self.then = then
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                request = connection.recv(65536)
                if request.startswith(b"GET"):
                    connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                                       b"Connection: close\r\n\r\n")
                    if self.then == "refuse":
                        self.listener.close()
                        return
                else:
                    self.batches += 1
                    connection.sendall(b"\x00\x01 not an HTTP answer\r\n\r\n")


def test_a_batch_meeting_a_refused_connection_is_tried_three_times(seed_out, monkeypatch):
    from kg.sparql import endpoint

    pauses: list[float] = []
    monkeypatch.setattr(endpoint.time, "sleep", pauses.append)
    server = OneProbeThen("refuse")
    result = run_kg("push", "--out", str(seed_out), "--endpoint", server.url)
    assert result.exit_code == 2
    assert "Connection refused" in result.stderr, result.stderr
    assert pauses == [0.5, 1.0]  # tried, waited, tried, waited longer, tried


def test_a_batch_answered_with_something_not_http_is_tried_three_times(seed_out, monkeypatch):
    from kg.sparql import endpoint

    monkeypatch.setattr(endpoint.time, "sleep", lambda seconds: None)
    server = OneProbeThen("garbage")
    try:
        result = run_kg("push", "--out", str(seed_out), "--endpoint", server.url)
    finally:
        server.listener.close()
    assert result.exit_code == 2
    assert "BadStatusLine" in result.stderr, result.stderr
    assert server.batches == 3


def test_an_error_page_is_said_as_its_text_without_head_scripts_or_styles():
    from kg.sparql.endpoint import error_detail

    page = (b"<html><head><title>Error</title><style>p { color: red }</style></head><body>"
            b"<script>track()</script><style>h1 { margin: 0 }</style><h1>500</h1>"
            b"<p>transaction too large</p></body></html>")
    assert error_detail(page, "text/html") == "500 transaction too large"


def test_push_counts_on_the_query_endpoint_it_is_given(seed_out):
    # A store of no known layout: the count must use --query-endpoint, not read the graph back.
    import pyoxigraph as ox

    triples = sum(1 for _ in ox.parse(path=str(seed_out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    asked: list[tuple[str, str]] = []

    def behave(handler):
        asked.append((handler.command, handler.path.split("?")[0]))
        if handler.command == "GET":
            send(handler, 404)
        elif handler.path.startswith("/count"):
            send(handler, 200, json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                {"n": {"type": "literal", "value": str(triples)}}]}}).encode(),
                 "application/sparql-results+json")
        else:
            send(handler, 204)

    server = Endpoint(behave)
    try:
        result = run_kg("push", "--out", str(seed_out), "--endpoint", server.url("/graph-store"),
                        "--query-endpoint", server.url("/count"))
    finally:
        server.close()
    assert result.exit_code == 0, result.output
    assert asked == [("GET", "/graph-store"), ("PUT", "/graph-store"), ("POST", "/count")]


class ReadBackStore:
    """A Graph Store of no known layout (so kg push counts by reading the graph back) that
    keeps what it is sent, gives it back as N-Triples only when asked for them (Turtle
    otherwise, as many stores do), and can be slow to give it back."""

    def __init__(self, slow: float = 0.0):
        import time

        import pyoxigraph as ox

        self.body, self.asked = b"", []

        def behave(handler):
            if handler.command == "PUT":
                self.body = handler.sent
                send(handler, 204)
            elif "urn%3Akg%3Aprobe" in handler.path or "urn:kg:probe" in handler.path:
                send(handler, 404)
            else:
                self.asked.append(handler.headers.get("Accept"))
                time.sleep(slow)
                wanted = "n-triples" in (handler.headers.get("Accept") or "")
                form = ox.RdfFormat.N_TRIPLES if wanted else ox.RdfFormat.TURTLE
                triples = list(ox.parse(self.body, format=ox.RdfFormat.N_TRIPLES))
                send(handler, 200, ox.serialize(triples, format=form,
                                                **({} if wanted else {"prefixes": {"s": "https://schema.org/"}})),
                     form.media_type)

        self.endpoint = Endpoint(behave)


def test_push_reads_the_graph_back_as_n_triples_to_count_it(seed_out):
    store = ReadBackStore()
    try:
        result = run_kg("push", "--out", str(seed_out), "--endpoint", store.endpoint.url("/graph-store"))
    finally:
        store.endpoint.close()
    assert result.exit_code == 0, result.output
    assert store.asked == ["application/n-triples"]


def test_reading_the_graph_back_keeps_to_the_time_limit(seed_out):
    import time

    store = ReadBackStore(slow=15)  # answers in the end, so a client with no limit returns
    started = time.monotonic()
    try:
        result = run_kg("push", "--out", str(seed_out), "--endpoint", store.endpoint.url("/graph-store"),
                        "--timeout", "1")
    finally:
        store.endpoint.close()
    assert result.exit_code == 2
    assert "did not answer within 1 s" in result.stderr, result.stderr
    assert time.monotonic() - started < 12
