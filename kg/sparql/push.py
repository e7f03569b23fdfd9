"""Push the built graph into a remote store over the SPARQL 1.1 Graph Store HTTP Protocol.

`kg push` writes out/kg.ttl into any store that speaks the protocol, in batches.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.sparql.endpoint import request, sparql_query, with_retries


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
