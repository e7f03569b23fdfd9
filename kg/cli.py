"""The `kg` command: click only. Each command parses, calls one library function, prints."""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

import click

from kg import __version__
from kg.errors import InvalidRecords, KgError, MissingGraph

DEFAULT_DATA = Path("data")


def out_option(f):
    """--out DIR: where `kg build` writes and where every other command finds the graph."""
    return click.option(
        "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
        show_default=True, envvar="KG_OUT",
        help="Directory of the built graph (env KG_OUT).")(f)


def data_dirs_argument(f):
    return click.argument("data_dirs", nargs=-1,
                          type=click.Path(path_type=Path), metavar="[DATA_DIR]...")(f)


def reports_errors(f):
    """Turn library errors into `Error: ...` lines and their exit codes; never a traceback."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except InvalidRecords as e:
            for problem in e.problems:
                click.echo(str(problem), err=True)
            n = len(e.problems)
            click.echo(f"Error: {n} problem{'s' if n != 1 else ''} in the records; "
                       "nothing was written.", err=True)
            sys.exit(e.exit_code)
        except KgError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:
            # The reader (`| head`) has gone; say nothing more.
            sys.stderr.close()
            sys.exit(1)
        except OSError as e:
            click.echo(f"Error: {e.filename or ''}: {e.strerror or e}", err=True)
            sys.exit(2)

    return wrapper


class StageProgress:
    """Prints each build stage on stderr, with the time so far, when a person is watching."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.stage, self.started, self.counting = "", time.monotonic(), False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            if self.counting:
                click.echo(err=True)
            self.stage, self.counting = stage, False
            click.echo(f"[{time.monotonic() - self.started:5.1f} s] {stage}", err=True)
        if total > 100 and done % 100 == 0:
            self.counting = True
            click.echo(f"\r          {done:,}/{total:,} files", err=True, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of events where academia and industry meet.

    \b
    Example:
      kg build data/ && kg export --format jsonld -o kg.jsonld
    """


@main.command()
@data_dirs_argument
@out_option
@click.option("--shacl/--no-shacl", default=None,
              help="Check the graph against the ontology's SHACL shapes "
                   "[default: when the graph has at most 250,000 triples].")
@reports_errors
def build(data_dirs: tuple[Path, ...], out: Path, shacl: bool) -> None:
    """Build the graph from the records in DATA_DIR (default data/) into OUT/kg.ttl.

    Every record is read and checked first; if any is invalid, each problem is
    listed and nothing in OUT changes.

    \b
    Example:
      kg build data/ more-records/ --out out/
    """
    from kg.build import build as run_build

    started = time.monotonic()
    result = run_build(list(data_dirs) or [DEFAULT_DATA], out, shacl=shacl, progress=StageProgress())
    records = result.records
    sectors = ", ".join(f"{n} {s}" for s, n in sorted(result.sectors().items()))
    click.echo(f"people:        {len(records.people)}")
    click.echo(f"organisations: {len(records.organizations)} ({sectors})" if sectors
               else f"organisations: 0")
    click.echo(f"events:        {len(records.events)} "
               f"({sum(len(e.all_sessions()) for e in records.events.values())} sessions)")
    click.echo(f"triples:       {result.triples}")
    click.echo(f"SHACL:         {result.shacl}")
    for path in result.written:
        click.echo(f"wrote {path}")
    click.echo(f"built in {time.monotonic() - started:.1f} s", err=True)


@main.command()
@data_dirs_argument
@click.option("--shacl/--no-shacl", default=True, show_default=True,
              help="Also check the graph the records make against the SHACL shapes.")
@reports_errors
def validate(data_dirs: tuple[Path, ...], shacl: bool) -> None:
    """Check the records in DATA_DIR (default data/) and list every problem.

    Each problem is one line, `file:line: record: message`; SHACL violations are
    reported against the record they came from. Exit status: 0 valid, 1 invalid
    records, 2 files that cannot be read.

    \b
    Example:
      kg validate data/
    """
    from kg.build import check

    try:
        records, graph, _ = check(list(data_dirs) or [DEFAULT_DATA], shacl=shacl)
    except InvalidRecords as e:
        for problem in e.problems:
            click.echo(str(problem))
        n = len(e.problems)
        click.echo(f"{n} problem{'s' if n != 1 else ''} found.", err=True)
        sys.exit(e.exit_code)
    checked = "records and SHACL shapes" if shacl else "records"
    click.echo(f"valid: {records.count()} records, {len(graph.triples)} triples ({checked} checked)")


@main.command()
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


@main.command()
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
@out_option
@reports_errors
def query(query: str | None, query_file: Path | None, list_queries: bool, params: tuple[str, ...],
          fmt: str, timeout: float, endpoint: str | None, out: Path) -> None:
    """Run a SPARQL query, or a named query from the library, on the built graph.

    QUERY is SPARQL text or the name of a named query (`kg query --list`). ASK
    prints true or false and exits 0 or 1. Credentials for --endpoint come from
    KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD or ~/.netrc.

    \b
    Example:
      kg query event-participants --param event=icci-short-drama-symposium-2025
      kg query 'SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }' --format csv
    """
    from kg.sparql.named_queries import all_queries
    from kg.sparql.query import prepare, run_on_endpoint, run_on_store
    from kg.sparql.results import render

    if list_queries:
        for q in all_queries().values():
            click.echo(f"{q.name}\n    {q.description}")
            for p in q.parameters:
                optional = ", optional" if p.optional else ""
                click.echo(f"    --param {p.name}=...  ({p.kind}{optional}) {p.description}")
        return
    text, source = prepare(query, query_file, parse_params(params))
    if endpoint:
        result = run_on_endpoint(endpoint, text, timeout)
    else:
        result = run_on_store(out, text, timeout, source)
    try:
        sys.stdout.buffer.write(render(result, fmt))
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    sys.stdout.flush()
    if result.form == "ask" and not result.boolean:
        sys.exit(1)


@main.command()
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

    Runs the Oxigraph server (the `oxigraph` package) on OUT/store, read-only unless
    --writable. Stop it with Ctrl-C.

    \b
    Example:
      kg serve --port 0
    """
    import signal

    from kg.sparql.serve import serve_store

    def interrupt(*_):  # noqa: ANN002 - signal handler
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    server = serve_store(out, host=host, port=port, writable=writable, query_timeout=timeout)
    try:
        mode = "read-write" if writable else "read-only"
        click.echo(f"Serving {out / 'store'} ({mode})")
        click.echo(f"  query page:      {server.url}")
        click.echo(f"  SPARQL endpoint: {server.query_endpoint}")
        click.echo("Press Ctrl-C to stop.", err=True)
        sys.stdout.flush()
        server.process.wait()
        raise click.ClickException(f"the oxigraph server stopped (exit status "
                                   f"{server.process.returncode})")
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.stop()


@main.command()
@out_option
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL of the remote store (Oxigraph: http://host:7878/store).")
@click.option("--graph", metavar="IRI", help="Named graph to write (default: the default graph).")
@click.option("--merge", is_flag=True, help="Add to the graph instead of replacing it.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Triples per request.")
@click.option("--query-endpoint", metavar="URL",
              help="SPARQL endpoint used to count the triples afterwards "
                   "(default: read the graph back).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
              help="Seconds to wait for each request.")
@reports_errors
def push(out: Path, endpoint: str, graph: str | None, merge: bool, batch_size: int,
         query_endpoint: str | None, timeout: float) -> None:
    """Write the built graph into a remote store over the Graph Store HTTP Protocol.

    Replaces the graph (or adds to it with --merge) in batches, retrying failed
    requests, then checks the remote triple count. Credentials come from
    KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD or ~/.netrc, never the command line.

    \b
    Example:
      kg push --endpoint http://localhost:7878/store --graph https://example.org/kg
    """
    from kg.build import GRAPH_FILE
    from kg.sparql.push import push as run_push

    graph_file = out / GRAPH_FILE
    if not graph_file.is_file():
        raise MissingGraph(f"no built graph at {graph_file}; run `kg build` first")
    result = run_push(graph_file, endpoint, graph, merge, batch_size, query_endpoint, timeout)
    click.echo(f"pushed {result.sent} triples in {result.batches} "
               f"batch{'es' if result.batches != 1 else ''} to {result.target}")
    click.echo(f"the remote graph holds {result.remote} triples")


@main.command()
@out_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Page to write [default: OUT/graph.html].")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@click.option("--focus", metavar="ID", help="Draw only this node (a record id or IRI) and its neighbours.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --focus: how many steps out.")
@click.option("--sector", "sectors", multiple=True, metavar="SECTOR",
              type=click.Choice(["academia", "industry", "government", "nonprofit", "independent"]),
              help="Keep people and organisations of this sector (repeatable).")
@click.option("--event", metavar="ID", help="Draw only this event, its people and their organisations.")
@click.option("--no-topics", is_flag=True, help="Leave topics out.")
@click.option("--layout", type=click.Choice(["auto", "physics", "static"]), default="auto",
              show_default=True,
              help="physics: laid out live in the browser; static: computed here; auto: by size.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=15_000, show_default=True,
              help="Above this, draw only the best-connected nodes and say what was left out.")
@click.option("--size", type=click.Choice(["betweenness", "degree"]), default="betweenness",
              show_default=True, help="The measure node size shows.")
@reports_errors
def viz(out: Path, output: Path | None, open_page: bool, focus: str | None, depth: int,
        sectors: tuple[str, ...], event: str | None, no_topics: bool, layout: str,
        max_nodes: int, size: str) -> None:
    """Write the graph as one interactive HTML page that works offline.

    Colour shows sector, shape shows kind, size shows betweenness; search by name,
    filter by sector and kind, click a node for its neighbourhood.

    \b
    Example:
      kg viz --event icci-short-drama-symposium-2025 --no-topics --open
    """
    from kg.analysis.networks import load_knowledge_graph
    from kg.page.graph_page import PAGE_FILE, PageOptions, write_page

    options = PageOptions(focus=focus, depth=depth, sectors=sectors, event=event,
                          topics=not no_topics, layout=layout, max_nodes=max_nodes, size=size)
    result = write_page(load_knowledge_graph(out), output or out / PAGE_FILE, options)
    click.echo(f"wrote {result.path} ({result.nodes} nodes, {result.edges} edges)")
    for note in result.notes:
        click.echo(f"  {note}")
    if open_page:
        open_in_browser(result.path)


@main.command()
@out_option
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="A report to read, a Markdown file, or data for other tools.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many bridges to list.")
@click.option("--event", metavar="ID", help="Analyse one event (its record id) only.")
@click.option("--path", nargs=2, metavar="FROM TO",
              help="Instead of the report: the shortest chain of records linking two people "
                   "or organisations (record ids or IRIs).")
@reports_errors
def analyze(out: Path, fmt: str, top: int, event: str | None, path: tuple[str, str] | None) -> None:
    """Report who and what connects academia and industry in the built graph.

    Sector mix per event, E-I index and assortativity of the co-participation
    network, the top bridges with their brokerage roles, communities, change over the
    years, and the topics both sectors raised. Every person's measures are also
    written as triples (kgo:betweenness, kgo:eiIndex, ...) to OUT/measures.trig and to
    the named graph <https://w3id.org/kg/id/graph/measures> of the store.

    \b
    Example:
      kg analyze --format markdown > report.md
      kg analyze --path ben-lee james-wang
    """
    from kg.analysis.networks import load_knowledge_graph
    from kg.page.graph_page import resolve
    from kg.analysis.report import analyse, as_json, as_text, restrict_to_event

    g = load_knowledge_graph(out)
    if event:
        g = restrict_to_event(g, resolve(g, event))
    if path:
        from kg.analysis.report import connecting_path, path_text

        steps = connecting_path(g, resolve(g, path[0]), resolve(g, path[1]))
        click.echo(json.dumps(steps, ensure_ascii=False, indent=2) if fmt == "json" else path_text(steps),
                   nl=False)
        return
    analysis = analyse(g, top=top)
    click.echo(as_json(analysis) if fmt == "json" else as_text(analysis, markdown=fmt == "markdown"),
               nl=False)
    if not event:  # the measures graph holds the whole graph's measures only
        from kg.analysis.measures_rdf import write_measures

        target = write_measures(out, analysis.per_person)
        click.echo(f"wrote {target} and the measures graph in {out / 'store'}", err=True)


@main.command(name="open")
@out_option
@reports_errors
def open_command(out: Path) -> None:
    """Open the last built page (OUT/graph.html) in the default browser.

    \b
    Example:
      kg open
    """
    from kg.page.graph_page import PAGE_FILE

    page = out / PAGE_FILE
    if not page.is_file():
        raise MissingGraph(f"no page at {page}; run `kg build` or `kg viz` first")
    open_in_browser(page)


def open_in_browser(page: Path) -> None:
    import webbrowser

    url = page.resolve().as_uri()
    if not webbrowser.open(url):
        raise click.ClickException(f"no browser to open {url} with; open it by hand")
    click.echo(f"opened {url}", err=True)


@main.command()
@click.argument("records_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--events", type=click.IntRange(min=1), default=10, show_default=True,
              help="Number of events to make.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same records).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default="yaml", show_default=True,
              help="Record format to write.")
@reports_errors
def synth(records_dir: Path, events: int, seed: int, fmt: str) -> None:
    """Write synthetic records for benchmarks and tests into RECORDS_DIR.

    People and organisations recur across events with a heavy-tailed distribution,
    in several sectors, with parent organisations, sessions, roles and topics.

    \b
    Example:
      kg synth --events 200 --seed 1 /tmp/synth && kg build /tmp/synth --out /tmp/synth-out
    """
    from kg.records.synth import write_synthetic

    summary = write_synthetic(records_dir, events=events, seed=seed, fmt=fmt)
    click.echo(summary)
