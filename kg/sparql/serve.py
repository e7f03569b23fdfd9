"""Serve the built store with the `oxigraph` server, and push the graph to a remote store.

`kg serve` runs Oxigraph's own SPARQL 1.1 Protocol server (with its query page) on
out/store, read-only unless asked. `kg push` writes out/kg.ttl into any store that
speaks the SPARQL 1.1 Graph Store HTTP Protocol.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.sparql.endpoint import EndpointError, request, sparql_query, with_retries
from kg.sparql.store import store_path


class ServerError(KgError):
    exit_code = 2


def oxigraph_binary() -> str:
    """The `oxigraph` server installed beside this Python (pip install oxigraph), or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the server process: ask Linux to stop it if kg is killed, so no server is orphaned."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Server:
    process: subprocess.Popen
    url: str  # the query page; the endpoint is url + "query"
    writable: bool

    @property
    def query_endpoint(self) -> str:
        return self.url + "query"

    def stop(self, timeout: float = 10) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(location: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                 query_timeout: float | None = None, wait: float = 20) -> Server:
    """Start `oxigraph serve-read-only` (or `serve`) on a store and wait until it answers."""
    if port == 0:
        port = free_port(host)
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only",
               "--location", str(location), "--bind", f"{host}:{port}"]
    if query_timeout:
        command += ["--timeout-s", str(max(1, round(query_timeout)))]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=_die_with_parent)
    shown_host = f"[{host}]" if ":" in host else host
    server = Server(process, f"http://{shown_host}:{port}/", writable)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            raise ServerError(f"the oxigraph server stopped at start: "
                              f"{message[-1] if message else f'exit status {process.returncode}'}")
        try:
            request("GET", server.url, timeout=1)
            return server
        except EndpointError:
            time.sleep(0.1)
    server.stop()
    raise ServerError(f"the oxigraph server did not answer on {server.url} within {wait:g} s")


def serve_store(out: Path, **options) -> Server:
    return start_server(store_path(out), **options)


# --- push over the Graph Store HTTP Protocol ------------------------------------------------

@dataclass
class PushResult:
    sent: int
    batches: int
    remote: int
    target: str


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph (?graph=IRI) or the default graph (?default)."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"


def push(ttl: Path, endpoint: str, graph: str | None = None, merge: bool = False,
         batch_size: int = 50_000, query_endpoint: str | None = None,
         timeout: float = 60) -> PushResult:
    """Write the triples of `ttl` into a remote graph in batches, then count them there.

    Replace (the default) sends the first batch with PUT, which empties the graph, and
    the rest with POST; merge sends every batch with POST. Each batch is retried after
    a connection failure or a 5xx answer.
    """
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise KgError(f"--graph {graph!r} is not an IRI ({e})") from None
    triples = [q.triple for q in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)]
    url = graph_url(endpoint, graph)
    batches = [triples[i:i + batch_size] for i in range(0, len(triples), batch_size)] or [[]]
    for i, batch in enumerate(batches):
        body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
        method = "PUT" if i == 0 and not merge else "POST"
        with_retries(lambda: request(method, url, body, {"Content-Type": "application/n-triples"},
                                     timeout))
    remote = count_remote(url, graph, query_endpoint, timeout)
    ok = remote >= len(triples) if merge else remote == len(triples)
    if not ok:
        raise KgError(f"sent {len(triples)} triples to {url}, but the remote graph holds {remote}")
    return PushResult(len(triples), len(batches), remote, url)


def count_remote(url: str, graph: str | None, query_endpoint: str | None, timeout: float) -> int:
    """Triples in the remote graph: by a COUNT query when a query endpoint is known, else
    by reading the graph back."""
    if query_endpoint:
        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        answer = with_retries(lambda: sparql_query(
            query_endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}",
            "application/sparql-results+json", timeout))
        solutions = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
        return int(next(iter(solutions))["n"].value)
    answer = with_retries(lambda: request("GET", url, headers={"Accept": "application/n-triples"},
                                          timeout=timeout))
    return sum(1 for _ in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
