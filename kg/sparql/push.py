"""Push the built graph into a remote store over the SPARQL 1.1 Graph Store HTTP Protocol.

`kg push` writes out/kg.ttl into any store that speaks the protocol, in batches. A
replace writes into a temporary graph and moves it into place with one SPARQL Update
(`MOVE`) once every batch is there, so a push that fails leaves the old graph as it
was; where no update endpoint is known, the message says what the remote graph holds.
"""

from __future__ import annotations

import shlex
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.sparql.endpoint import (EndpointError, check_url, cut_at, request, sparql_query,
                                sparql_update, with_retries)

# Graph Store URL path -> (query endpoint, update endpoint), for servers whose layout is
# known: Oxigraph and Virtuoso (tested against both), Fuseki and GraphDB (from their
# documentation). "" keeps the path without the suffix.
KNOWN_LAYOUTS = (
    ("/store", "/query", "/update"),                                  # Oxigraph
    ("/sparql-graph-crud-auth", "/sparql-auth", "/sparql-auth"),      # Virtuoso, Digest
    ("/sparql-graph-crud", "/sparql", "/sparql"),                     # Virtuoso
    ("/data", "/query", "/update"),                                   # Fuseki dataset
    ("/rdf-graphs/service", "", "/statements"),                       # GraphDB repository
)

COUNT_QUERY = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"


class PushFailed(KgError):
    exit_code = 2


@dataclass
class PushResult:
    sent: int
    batches: int
    remote: int
    target: str
    query_endpoint: str | None
    graph: str | None
    moved: bool  # written into a temporary graph, then moved into place

    def read_back_command(self) -> str | None:
        """The `kg query` line that reads the pushed graph from the query endpoint."""
        if self.query_endpoint is None:
            return None
        graph = f" --graph {shlex.quote(self.graph)}" if self.graph else ""
        return (f"kg query --endpoint {shlex.quote(self.query_endpoint)}{graph} "
                f"{shlex.quote(COUNT_QUERY)}")


@dataclass(frozen=True)
class Endpoints:
    store: str
    query: str | None
    update: str | None


def endpoints(store: str, query: str | None = None, update: str | None = None) -> Endpoints:
    """The store's query and update endpoints: as given, else from its known layout."""
    parts = check_url(store)
    for url in (query, update):
        if url is not None:
            check_url(url)
    for suffix, query_suffix, update_suffix in KNOWN_LAYOUTS:
        if parts.path.rstrip("/").endswith(suffix):
            base = parts.path.rstrip("/")[:-len(suffix)]
            at = lambda path: urllib.parse.urlunsplit(  # noqa: E731
                (parts.scheme, parts.netloc, base + path, "", ""))
            return Endpoints(store, query or at(query_suffix), update or at(update_suffix))
    return Endpoints(store, query, update)


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph (?graph=IRI) or the default graph (?default)."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"


def check_graph_store(endpoint: str, timeout: float) -> None:
    """Fail quickly unless `endpoint` answers like a Graph Store: asked for a graph that
    cannot exist, it says 404 (or sends an empty graph). A query endpoint given by
    mistake can otherwise hold a PUT open for minutes (Virtuoso's /sparql does)."""
    probe = graph_url(endpoint, f"urn:kg:probe:{uuid.uuid4().hex}")
    try:
        answer = request("GET", probe, headers={"Accept": "application/n-triples"},
                         timeout=min(timeout, 10))
    except EndpointError as e:
        if e.status == 404:
            return
        if e.status is None or e.status in (401, 403) or e.status >= 500:
            # Said of the store's URL: the probe's made-up graph would only puzzle.
            raise EndpointError(str(e).replace(probe, endpoint), e.retryable, e.status) from None
        reason = str(e).replace(probe, endpoint)
    else:
        if not answer.body.strip():
            return
        reason = f"{endpoint} answered with a {answer.content_type or 'document'}, not a graph"
    raise PushFailed(f"{endpoint} does not look like a Graph Store Protocol endpoint ({reason}); "
                     "give the store's graph URL (Oxigraph: http://HOST:7878/store, Virtuoso: "
                     "http://HOST:8890/sparql-graph-crud)")


def push(ttl: Path, endpoint: str, graph: str | None = None, merge: bool = False,
         batch_size: int = 50_000, query_endpoint: str | None = None,
         timeout: float = 60, update_endpoint: str | None = None,
         in_place: bool = False) -> PushResult:
    """Write the triples of `ttl` into a remote graph in batches, then count them there.

    Replace (the default) writes a temporary graph and moves it over the target with
    SPARQL Update when an update endpoint is known; otherwise, or `in_place`, it sends
    the first batch with PUT, which empties the graph, and the rest with POST (a graph
    of one batch is then still replaced whole or not at all). Merge POSTs every batch.
    Each batch is retried after a connection failure or a 5xx answer.
    """
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise KgError(f"--graph {graph!r} is not an IRI ({e})") from None
    ends = endpoints(endpoint, query_endpoint, update_endpoint)
    check_graph_store(endpoint, timeout)
    triples = [q.triple for q in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)]
    batches = [triples[i:i + batch_size] for i in range(0, len(triples), batch_size)] or [[]]
    target = graph_url(endpoint, graph)
    # One batch is one request, which a store applies whole: no temporary graph needed.
    moved = not merge and not in_place and ends.update is not None and len(batches) > 1
    if moved:
        _replace_by_move(ends, graph, batches, len(triples), timeout)
    else:
        hint = ("push again without --in-place so that a failed replace keeps the old graph"
                if in_place else "push again, and give --update-endpoint so that a failed "
                "replace keeps the old graph")
        _write(target, batches, merge, len(triples), graph, timeout, hint)
    remote = count_remote(ends, graph, timeout)
    ok = remote >= len(triples) if merge else remote == len(triples)
    if not ok:
        raise PushFailed(f"sent {len(triples)} triples to {target}, but the remote graph "
                         f"holds {remote}")
    return PushResult(len(triples), len(batches), remote, target, ends.query, graph, moved)


def _send(url: str, batches: list[list[ox.Triple]], first_put: bool, timeout: float) -> int:
    """Send the batches in turn; returns how many were sent, or raises _Stopped."""
    for i, batch in enumerate(batches):
        body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
        method = "PUT" if i == 0 and first_put else "POST"
        try:
            with_retries(lambda: request(method, url, body,
                                         {"Content-Type": "application/n-triples"}, timeout))
        except EndpointError as e:
            raise _Stopped(i, e) from None
    return len(batches)


class _Stopped(Exception):
    def __init__(self, done: int, error: EndpointError):
        self.done, self.error = done, error


def _name(graph: str | None) -> str:
    return f"the remote graph <{graph}>" if graph else "the remote default graph"


def _replace_by_move(ends: Endpoints, graph: str | None, batches, total: int,
                     timeout: float) -> None:
    temporary = f"urn:kg:push:{uuid.uuid4().hex}"
    unchanged = f"{_name(graph)} was not changed"
    try:
        _send(graph_url(ends.store, temporary), batches, True, timeout)
        held = count_remote(ends, temporary, timeout)
        if held != total:
            raise PushFailed(f"sent {total} triples into the temporary graph <{temporary}>, "
                             f"but it holds {held}")
    except (_Stopped, PushFailed, EndpointError) as e:
        detail = (f"batch {e.done + 1} of {len(batches)} failed: {e.error}"
                  if isinstance(e, _Stopped) else str(e))
        raise PushFailed(f"{detail}; {unchanged}{_drop(ends, temporary, timeout)}") from None
    target = f"GRAPH <{graph}>" if graph else "DEFAULT"
    try:
        # Not retried: after a cut connection the MOVE may have been applied, and a second
        # one would fail and be taken for a refusal.
        sparql_update(ends.update, f"MOVE <{temporary}> TO {target}", timeout)
    except EndpointError as e:
        if e.status is not None:  # the server answered: it did not apply the update
            raise PushFailed(f"moving the pushed graph into place failed: {e}; {unchanged}"
                             f"{_drop(ends, temporary, timeout)}. (A store may limit what one "
                             "update changes, as Virtuoso's TransactionAfterImageLimit does; "
                             "--in-place writes straight into the graph instead)") from None
        raise PushFailed(f"moving the pushed graph into place got no answer: {e}; "
                         f"{_name(graph)} holds either its previous triples or the "
                         f"{total} pushed (the server may still be moving them), and the "
                         f"temporary graph <{temporary}> may remain") from None


def _drop(ends: Endpoints, temporary: str, timeout: float) -> str:
    """Remove the temporary graph; '' when done, else a clause saying it remains."""
    try:
        sparql_update(ends.update, f"DROP SILENT GRAPH <{temporary}>", timeout)
        return ""
    except EndpointError as e:
        return f"; the partial copy in <{temporary}> could not be removed ({e})"


def _write(url: str, batches, merge: bool, total: int, graph: str | None,
           timeout: float, hint: str) -> None:
    """Write straight into the target; on failure, say what the remote graph now holds."""
    try:
        _send(url, batches, not merge, timeout)
    except _Stopped as e:
        done = sum(len(b) for b in batches[:e.done])
        where = f"batch {e.done + 1} of {len(batches)} failed: {e.error}"
        if e.done == 0 and e.error.status is not None:  # the server refused the first
            state = f"{_name(graph)} was not changed"
        elif merge:
            state = (f"{_name(graph)} holds its previous triples plus the first {done} of "
                     f"{total} (and possibly part of batch {e.done + 1}); push again with "
                     "--merge to add the rest")
        else:
            state = (f"its previous triples are gone and {_name(graph)} holds the first "
                     f"{done} of {total} (and possibly part of batch {e.done + 1}); {hint}")
        raise PushFailed(f"{where}; {state}") from None


def count_remote(ends: Endpoints, graph: str | None, timeout: float) -> int:
    """Triples in the remote graph: COUNT(*) on the query endpoint when one is known, else
    by reading the graph back (refused when the server says it cut the answer)."""
    if ends.query:
        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        answer = with_retries(lambda: sparql_query(
            ends.query, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}",
            "application/sparql-results+json", timeout))
        solutions = list(ox.parse_query_results(answer.body,
                                                format=ox.QueryResultsFormat.JSON))
        return int(solutions[0]["n"].value) if solutions else 0
    url = graph_url(ends.store, graph)
    try:
        answer = with_retries(lambda: request(
            "GET", url, headers={"Accept": "application/n-triples"}, timeout=timeout))
    except EndpointError as e:
        if e.status == 404:
            return 0
        raise
    cap = cut_at(answer.headers)
    # Virtuoso cuts a graph it sends at ResultSetMaxRows without saying so.
    if cap is None and answer.headers.get("server", "").startswith("Virtuoso"):
        raise PushFailed(f"{url} is a Virtuoso store, which may send a graph cut short, so "
                         "kg cannot count it by reading it back; give --query-endpoint to "
                         "count with COUNT(*)")
    if cap is not None:
        raise PushFailed(f"{url} sent the graph cut at {cap} triples, so kg cannot count it; "
                         "give --query-endpoint to count with COUNT(*)")
    return sum(1 for _ in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
