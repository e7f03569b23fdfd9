"""Commands on the built graph and its store: export, query, serve, push."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kg.cli.common import out_option, reports_errors
from kg.errors import MissingGraph

@click.command()
@out_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "jsonld", "rdfxml", "trig"]),
              default="turtle", show_default=True, help="RDF format to write.")
@click.option("--with-ontology", is_flag=True,
              help="Add the ontology's classes and properties (TriG: as a named graph).")
@click.option("--stated-only", is_flag=True,
              help="Leave out the shortcuts kg build derives (kgo:affiliatedWith, "
                   "kgo:tookPartIn, kgo:sessionOf): only what the records state.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@reports_errors
def export(out: Path, fmt: str, with_ontology: bool, stated_only: bool, output: Path | None) -> None:
    """Write the built graph (OUT/kg.ttl) in another RDF format.

    \b
    Example:
      kg export --format jsonld --with-ontology -o kg.jsonld
    """
    from kg.build import GRAPH_FILE
    from kg.rdf.serialize import export as run_export, export_to_path

    graph_file = out / GRAPH_FILE
    if not graph_file.is_file():
        raise MissingGraph(f"no built graph at {graph_file}; run `kg build` first")
    if output is None:
        run_export(graph_file, fmt, sys.stdout.buffer, with_ontology, stated_only)
        sys.stdout.buffer.flush()
        return
    n = export_to_path(graph_file, fmt, output, with_ontology, stated_only)
    click.echo(f"wrote {output} ({n} triples, {fmt})", err=True)


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: write NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter (repeatable); ids such as event=my-event become IRIs.")
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(["auto", "table", "csv", "tsv", "json", "turtle", "ntriples"]),
              help="auto: a table for SELECT, Turtle for CONSTRUCT/DESCRIBE, true/false for ASK.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=5.0,
              show_default=True, help="Seconds before the query is stopped.")
@click.option("--endpoint", metavar="URL",
              help="Ask this SPARQL 1.1 endpoint instead of the built store.")
@click.option("--graph", metavar="IRI",
              help="With --endpoint: the named graph to query as the default graph "
                   "(sent as default-graph-uri; what `kg push --graph` wrote).")
@out_option
@reports_errors
def query(query: str | None, query_file: Path | None, list_queries: bool, params: tuple[str, ...],
          fmt: str, timeout: float, endpoint: str | None, graph: str | None, out: Path) -> None:
    """Run a SPARQL query, or a named query from the library, on the built graph.

    QUERY is SPARQL text or the name of a named query (`kg query --list`). ASK
    prints true or false and exits 0 or 1. Credentials for --endpoint come from
    KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD or ~/.netrc.

    \b
    Example:
      kg query event-participants --param event=icci-short-drama-symposium-2025
      kg query 'SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }' --format csv
      kg query --endpoint http://localhost:7878/query --graph https://example.org/kg shared-topics
    """
    from kg.sparql.named_queries import all_queries
    from kg.sparql.query import check_ids, graph_base, prepare, run_on_endpoint, run_on_store
    from kg.sparql.results import render

    if list_queries:
        for q in all_queries().values():
            click.echo(f"{q.name}\n    {q.description}")
            for p in q.parameters:
                optional = ", optional" if p.optional else ""
                click.echo(f"    --param {p.name}=...  ({p.kind}{optional}) {p.description}")
        return
    if graph is not None and not endpoint:
        raise click.UsageError("--graph needs --endpoint (the built store has one graph)")
    if endpoint:
        def run(text: str, source: str = "query"):
            return run_on_endpoint(endpoint, text, timeout, graph)
    else:
        def run(text: str, source: str = "query"):
            return run_on_store(out, text, timeout, source)
    prepared = prepare(query, query_file, parse_params(params), base=lambda: graph_base(run))
    check_ids(prepared, run)
    result = run(prepared.text, prepared.source)
    try:
        sys.stdout.buffer.write(render(result, fmt))
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    sys.stdout.flush()
    if result.form == "ask" and not result.boolean:
        sys.exit(1)


@click.command()
@out_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default keeps the endpoint on this machine; "
                   "another address exposes the graph to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates (they change out/store and are lost at the next build).")
@click.option("--timeout", type=click.FloatRange(min=1), default=30, show_default=True,
              help="Seconds before a query is stopped.")
@reports_errors
def serve(out: Path, host: str, port: int, writable: bool, timeout: float) -> None:
    """Serve the built graph as a SPARQL 1.1 endpoint with a query page.

    Runs the Oxigraph server (the `oxigraph` package) on OUT/store behind kg's own
    front, read-only unless --writable. It follows rebuilds: after `kg build` it
    answers from the new graph, without a failed request in between. Requests must
    name this server as their Host, and with --writable a change sent from another
    site's page is refused. Stop it with Ctrl-C.

    \b
    Example:
      kg serve --port 0
    """
    import signal

    from kg.sparql.gateway import serve_gateway

    def interrupt(*_):  # noqa: ANN002 - signal handler
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    # Ctrl-C stops it even when started in the background, where SIGINT is ignored by default
    signal.signal(signal.SIGINT, interrupt)
    gateway = serve_gateway(out, host=host, port=port, writable=writable, query_timeout=timeout)
    try:
        mode = "read-write" if writable else "read-only"
        click.echo(f"Serving {out / 'store'} ({mode}; follows rebuilds)")
        click.echo(f"  query page:      {gateway.url}")
        click.echo(f"  SPARQL endpoint: {gateway.url}query")
        click.echo("Press Ctrl-C to stop.", err=True)
        sys.stdout.flush()
        while True:
            backend = gateway.backend
            if backend.server.process.poll() is not None and backend is gateway.backend:
                raise click.ClickException(f"the oxigraph server stopped (exit status "
                                           f"{backend.server.process.returncode})")
            time.sleep(0.5)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        gateway.stop()


@click.command()
@out_option
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL of the remote store (Oxigraph: "
                   "http://host:7878/store, Virtuoso: http://host:8890/sparql-graph-crud).")
@click.option("--graph", metavar="IRI", help="Named graph to write (default: the default graph).")
@click.option("--merge", is_flag=True, help="Add to the graph instead of replacing it.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Triples per request.")
@click.option("--query-endpoint", metavar="URL",
              help="SPARQL endpoint that counts the triples afterwards (default: found from "
                   "the store URL for Oxigraph, Virtuoso, Fuseki, GraphDB; else read back).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint: a replace is written to a temporary graph and "
                   "moved into place, so a failed push keeps the old graph (default: found "
                   "from the store URL as above).")
@click.option("--in-place", is_flag=True,
              help="Replace by writing straight into the graph, without the temporary graph "
                   "(faster where MOVE copies, as on Oxigraph; a failed push leaves the graph "
                   "part-written, and says how far).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
              help="Seconds to wait for each request.")
@reports_errors
def push(out: Path, endpoint: str, graph: str | None, merge: bool, batch_size: int,
         query_endpoint: str | None, update_endpoint: str | None, in_place: bool,
         timeout: float) -> None:
    """Write the built graph into a remote store over the Graph Store HTTP Protocol.

    Replaces the graph (or adds to it with --merge) in batches, retrying failed
    requests, then counts the triples there and prints the `kg query` line that
    reads them. Credentials come from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD or
    ~/.netrc, never the command line or the URL; Basic and Digest are answered.

    \b
    Example:
      kg push --endpoint http://localhost:7878/store --graph https://example.org/kg
    """
    # Only the light modules: a push needs neither the build stage nor rdflib.
    from kg.sparql.push import push as run_push
    from kg.sparql.store import GRAPH_FILE

    graph_file = out / GRAPH_FILE
    if not graph_file.is_file():
        raise MissingGraph(f"no built graph at {graph_file}; run `kg build` first")
    result = run_push(graph_file, endpoint, graph, merge, batch_size, query_endpoint, timeout,
                      update_endpoint, in_place)
    how = " (written to a temporary graph, then moved into place)" if result.moved else ""
    click.echo(f"pushed {result.sent} triples in {result.batches} "
               f"batch{'es' if result.batches != 1 else ''} to {result.target}{how}")
    click.echo(f"the remote graph holds {result.remote} triples")
    command = result.read_back_command()
    if command:
        click.echo(f"read it with: {command}")
