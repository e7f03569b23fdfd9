"""Run SPARQL on the embedded store or on an endpoint, with parameters bound as RDF terms.

On the store, each query runs in a child process that is killed at the time limit:
Oxigraph has no way to stop a query in progress, and a limit must actually stop it.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.project import DEFAULT_BASE
from kg.rdf.prefixes import PREFIXES, prefixes, sparql_prologue
from kg.records.terms import RECORD_ID, SECTORS
from kg.errors import KgError
from kg.sparql.named_queries import NamedQuery, named_query
from kg.sparql.results import QueryResult
from kg.sparql.endpoint import cut_at, sparql_query
from kg.sparql.text import query_form, with_values
from kg.sparql.store import store_path

XSD = "http://www.w3.org/2001/XMLSchema#"
# Parameter kind -> how a record id becomes the node's IRI.
ID_KINDS = ("event", "person", "organization", "place", "source", "sector")


def id_iri(kind: str, value: str, base: str) -> str:
    """A record id as the IRI of its node, under the graph's base (sectors: kg's own): its
    kind's namespace in the prefix table, as the build's IRIs (kg.rdf.vocab.Iris) make it."""
    return prefixes(base)[kind] + value


def graph_base(run) -> str:  # noqa: ANN001 - run(query) -> QueryResult
    """The base of the records' IRIs in the graph a query will run on (its void:uriSpace),
    or kg's own for a graph that declares none."""
    found = run(sparql_prologue(["void"]) +
                "SELECT DISTINCT ?space WHERE { ?d a void:Dataset ; void:uriSpace ?space }")
    spaces = sorted(row[0].value for row in found.rows)
    if len(spaces) > 1:
        raise QueryUsageError(f"the graph holds the records of several kg projects (bases: "
                              f"{', '.join(spaces)}); give --graph to choose one")
    return spaces[0] if spaces else DEFAULT_BASE


class QuerySyntaxError(KgError):
    pass


class QueryTimeout(KgError):
    pass


class ParameterError(KgError):
    pass


class QueryUsageError(KgError):
    """The query was given in a way that cannot be run (two sources, none, an update)."""

    exit_code = 2


class UnknownId(KgError):
    """A parameter names a record the graph does not hold."""


UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


@dataclass
class Prepared:
    """A query ready to run: its text, the name its errors are reported under (a file, a
    named query, or "query"), and the record ids its parameters name."""

    text: str
    source: str
    ids: list[tuple[str, str, str, ox.NamedNode]] = field(default_factory=list)  # name, kind, value, IRI


def prepare(query: str | None, query_file: Path | None, params: dict[str, str],
            base=lambda: DEFAULT_BASE) -> Prepared:  # noqa: ANN001 - base() -> str
    """The SPARQL text to run, with the kg prefixes declared and the parameters bound.

    `query` is SPARQL text or the name of a named query; `query_file` a .rq file.
    `base()` gives the graph's base, asked only when a parameter names a record.
    """
    named = None
    if query_file is not None:
        if query:
            raise QueryUsageError("give the query as text, a name or -f FILE, not two of them")
        text, source = add_prefixes(query_file.read_text(encoding="utf-8")), str(query_file)
    elif query is None:
        raise QueryUsageError("give a query: SPARQL text, a named query or -f FILE "
                              "(see `kg query --list`)")
    elif re.fullmatch(r"[a-z0-9][a-z0-9-]*", query):
        named = named_query(query)
        text, source = named.text, f"{named.name}.rq"
    else:
        text, source = add_prefixes(query), "query"
    update = UPDATE.match(text)
    if update:
        raise QueryUsageError(
            f"{source}: {update.group(1).upper()} changes the graph, and `kg query` only reads it. "
            "Change the records and run `kg build`, or send updates to `kg serve --writable`")
    ids = []
    records_base = DEFAULT_BASE
    if named is not None:
        kinds = {p.name: p.kind for p in named.parameters}
        if any(kinds.get(name) in ID_KINDS and kinds[name] != "sector" for name in params):
            records_base = base()
        for name, value in params.items():
            if kinds.get(name) in ID_KINDS and kinds[name] != "sector":
                ids.append((name, kinds[name], value,
                            parameter_term(name, kinds[name], value, records_base)))
    return Prepared(bind(text, params, named, records_base), source, ids)


def check_ids(prepared: Prepared, run) -> None:  # noqa: ANN001 - run(query) -> QueryResult
    """Raise UnknownId for the first parameter naming a node the graph does not have.

    `run` runs a query where the real one will run (the store or an endpoint), so an id
    is checked against the same graph. A session's id given for an event is answered
    with the event it is a session of.
    """
    for name, kind, value, iri in prepared.ids:
        if run(with_values("ASK { ?node ?p ?o }", {"node": iri})).boolean:
            continue
        message = f"parameter '{name}': unknown {kind} '{value}' (no {kind} has that id in the graph)"
        if kind == "event":
            found = run(with_values(
                sparql_prologue(["kgo"]) + "SELECT ?event WHERE { ?session kgo:sessionOf ?event . "
                "FILTER(STRENDS(STR(?session), ?suffix)) }", {"suffix": ox.Literal("." + value)}))
            events = sorted(row[0].value.rsplit("/", 1)[-1] for row in found.rows)
            if events:
                message = (f"parameter '{name}': '{value}' is a session of event '{events[0]}', "
                           f"not an event; give --param {name}={events[0]}")
        raise UnknownId(message)


def parameter_term(name: str, kind: str, value: str,
                   base: str = DEFAULT_BASE) -> ox.NamedNode | ox.Literal:
    """A command-line value as the RDF term the query expects (record ids under `base`)."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
        kind = "iri"
    if kind in ID_KINDS:
        if re.match(r"https?://", value):
            return _iri(name, value)
        if not RECORD_ID.fullmatch(value):
            article = "an" if kind[0] in "aeiou" else "a"
            raise ParameterError(f"parameter '{name}': {value!r} is not {article} {kind} id or an IRI")
        if kind == "sector" and value not in SECTORS:
            raise ParameterError(f"parameter '{name}': unknown sector {value!r} "
                                 f"(one of: {', '.join(SECTORS)})")
        return ox.NamedNode(id_iri(kind, value, base))
    if kind == "iri":
        return _iri(name, value)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", value):
            raise ParameterError(f"parameter '{name}': {value!r} is not an integer")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if kind == "date":
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ParameterError(f"parameter '{name}': {value!r} is not a date (YYYY-MM-DD)")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if kind in ("string", "any"):
        if kind == "any" and re.match(r"https?://", value):
            return _iri(name, value)
        return ox.Literal(value)
    raise ParameterError(f"parameter '{name}' has unknown kind '{kind}'")


def add_prefixes(query: str) -> str:
    """Declare the kg prefixes the query uses but does not declare (foaf:, org:, ...)."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", query, re.I)}
    needed = [p for p in PREFIXES
              if p.lower() not in declared and re.search(rf"(?<![\w-]){re.escape(p)}:", query)]
    # One line, so the parser's line numbers are still those the user wrote.
    head = sparql_prologue(needed).replace("\n", " ") if needed else ""
    return f"{head}{query}" if head else query


def _iri(name: str, value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as e:
        raise ParameterError(f"parameter '{name}': {value!r} is not an IRI ({e})") from None


def bind(query: str, given: dict[str, str], named: NamedQuery | None = None,
         base: str = DEFAULT_BASE) -> str:
    """The query with the given parameters bound in a VALUES block.

    For a named query, every required parameter must be given and none other; for an
    ad-hoc query any variable may be bound (IRIs given as <...> or http(s)://...).
    """
    terms: dict[str, ox.NamedNode | ox.Literal] = {}
    if named is not None:
        declared = {p.name: p for p in named.parameters}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            raise ParameterError(f"query '{named.name}' has no parameter '{unknown[0]}' "
                                 f"(it takes: {', '.join(declared) or 'none'})")
        for p in named.parameters:
            if p.name in given:
                terms[p.name] = parameter_term(p.name, p.kind, given[p.name], base)
            elif not p.optional:
                raise ParameterError(f"query '{named.name}' needs --param {p.name}=... "
                                     f"({p.description})")
    else:
        for name, value in given.items():
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise ParameterError(f"'{name}' is not a SPARQL variable name")
            terms[name] = parameter_term(name, "any", value)
    try:
        return with_values(query, terms)
    except ValueError as e:
        raise ParameterError(str(e)) from None


def _run_in_child(directory: str, query: str, connection) -> None:  # noqa: ANN001
    try:
        result = ox.Store.read_only(directory).query(query)
        if isinstance(result, ox.QueryTriples):
            connection.send(("graph", result.serialize(format=ox.RdfFormat.N_TRIPLES)))
        else:
            connection.send(("results", result.serialize(format=ox.QueryResultsFormat.JSON)))
    except SyntaxError as e:
        connection.send(("syntax", str(e)))
    except Exception as e:  # noqa: BLE001 - reported to the parent as a clear error
        connection.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        connection.close()


def run_on_store(out: Path, query: str, timeout: float, source: str = "query") -> QueryResult:
    """Run a query on out/store; killed, with QueryTimeout, after `timeout` seconds."""
    directory = str(store_path(out))
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run_in_child, args=(directory, query, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryTimeout(f"the query did not finish within {timeout:g} s and was stopped "
                               "(raise --timeout to allow longer)")
        try:
            kind, payload = receiver.recv()
        except EOFError:
            raise KgError("the query process ended without an answer") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if kind == "syntax":
        raise QuerySyntaxError(syntax_message(payload, source))
    if kind == "error":
        raise KgError(f"the store could not run the query: {payload}")
    if kind == "graph":
        return QueryResult.from_graph(payload)
    return QueryResult.from_results_json(payload)


def syntax_message(message: str, source: str) -> str:
    """'error at 3:2: expected X' -> 'file.rq:3:2: expected X'."""
    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    where, detail = (f"{source}:{m.group(1)}:{m.group(2)}", m.group(3)) if m else (source, message)
    detail = " ".join(detail.split())
    if len(detail) > 160:  # the parser lists every character class it expected
        detail = detail[:160] + "..."
    return f"{where}: syntax error: {detail}"


class TruncatedAnswer(KgError):
    """The endpoint sent only part of the answer."""

    exit_code = 2


def run_on_endpoint(endpoint: str, query: str, timeout: float,
                    graph: str | None = None) -> QueryResult:
    """Run a query on any SPARQL 1.1 Protocol endpoint; `graph` is the graph it reads as
    its default graph (sent as default-graph-uri)."""
    form = query_form(query)
    is_graph = form in ("CONSTRUCT", "DESCRIBE")
    accept = ("application/n-triples, text/turtle;q=0.9" if is_graph
              else "application/sparql-results+json")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise ParameterError(f"--graph {graph!r} is not an IRI ({e})") from None
    response = sparql_query(endpoint, query, accept, timeout, graph)
    cap = cut_at(response.headers)
    if cap is not None:
        # Virtuoso stops at ResultSetMaxRows and says so only in this header.
        raise TruncatedAnswer(
            f"{endpoint} sent only the first {cap} {'triples' if is_graph else 'rows'} of "
            "the answer (its result limit, Virtuoso's ResultSetMaxRows); nothing is printed. "
            "Read it in pages with ORDER BY and LIMIT/OFFSET, or raise the server's limit")
    if is_graph:
        fmt = ox.RdfFormat.TURTLE if "turtle" in response.content_type else ox.RdfFormat.N_TRIPLES
        result = QueryResult.from_graph(response.body, fmt)
        check_graph_answer(endpoint, response.headers, len(result.triples))
        return result
    try:
        result = QueryResult.from_results_json(response.body)
        if result.form == "select":
            result.rows  # an endpoint's answer is read whole here, so a bad one fails here
    except SyntaxError as e:
        raise KgError(f"{endpoint} did not answer with SPARQL results JSON: "
                      f"{' '.join(str(e).split())[:160]}") from None
    if form == "ASK" and result.form == "select":
        return ask_from_rows(result)
    return result


def check_graph_answer(endpoint: str, headers: dict, triples: int) -> None:
    """Virtuoso cuts a CONSTRUCT or DESCRIBE answer at ResultSetMaxRows + 1 triples and,
    unlike for SELECT, sends no header: an answer of exactly 1000 k + 1 triples from it
    is taken for that cut (the limit is a round number: 10,000 by default)."""
    if (headers.get("server", "").startswith("Virtuoso") and triples > 1000
            and (triples - 1) % 1000 == 0):
        raise TruncatedAnswer(
            f"{endpoint} sent {triples} triples, which is where Virtuoso cuts a CONSTRUCT or "
            f"DESCRIBE answer (its ResultSetMaxRows + 1) without saying so; nothing is "
            "printed. Narrow the query or raise the server's limit")


def ask_from_rows(result: QueryResult) -> QueryResult:
    """An ASK answered as a one-column SELECT (Virtuoso: ?__ASK_RETVAL, one row holding 1
    for true, no row for false) as the boolean it stands for."""
    values = [row[0] for row in result.rows if row and row[0] is not None]
    boolean = bool(values) and values[0].value not in ("0", "false")
    raw = json.dumps({"head": {}, "boolean": boolean}).encode("utf-8")
    return QueryResult("ask", raw, boolean=boolean)
