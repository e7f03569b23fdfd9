"""Commands that read the built graph into networks: analyze, viz, open."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import open_in_browser, out_option, reports_errors
from kg.errors import MissingGraph

@click.command()
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
@click.option("--max-nodes", type=click.IntRange(min=1),
              help="Above this, draw only the best-connected nodes and say what was left out "
                   "[default: 10,000].")
@click.option("--size", type=click.Choice(["betweenness", "degree", "person-betweenness", "brokerage",
                                          "participation", "effective-size"]),
              default="betweenness", show_default=True,
              help="The measure node size shows: betweenness or degree of the drawn graph, or a "
                   "person measure kg analyze wrote (person-betweenness, brokerage, ...).")
@click.option("--colour", "--color", "colour", type=click.Choice(["sector", "community"]), default="sector",
              show_default=True, help="Colour people by sector, or by community (from kg analyze).")
@reports_errors
def viz(out: Path, output: Path | None, open_page: bool, focus: str | None, depth: int,
        sectors: tuple[str, ...], event: str | None, no_topics: bool, layout: str,
        max_nodes: int | None, size: str, colour: str) -> None:
    """Write the graph as one interactive HTML page that works offline.

    Colour shows sector, shape shows kind, size shows betweenness; search by name,
    filter by sector, kind and year, click a node for its neighbourhood. After
    `kg analyze`, people's tooltips give their measures, and size and colour can
    follow them.

    \b
    Example:
      kg viz --event icci-short-drama-symposium-2025 --no-topics --open
      kg analyze > /dev/null && kg viz --colour community --size brokerage
    """
    from kg.analysis.measures_rdf import read_measures
    from kg.analysis.networks import knowledge_graph
    from kg.page.graph_page import PAGE_FILE, PageOptions, write_page
    from kg.sparql.store import open_read_only

    options = PageOptions(focus=focus, depth=depth, sectors=sectors, event=event,
                          topics=not no_topics, layout=layout, size=size, colour=colour,
                          **({"max_nodes": max_nodes} if max_nodes else {}))
    store = open_read_only(out)
    result = write_page(knowledge_graph(store), output or out / PAGE_FILE, options,
                        measures=read_measures(store))
    click.echo(f"wrote {result.path} ({result.nodes} nodes, {result.edges} edges)")
    for note in result.notes:
        click.echo(f"  {note}")
    if open_page:
        open_in_browser(result.path)


@click.command()
@out_option
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "html"]), default="text",
              show_default=True,
              help="A report to read, a Markdown file, data for other tools, or one offline page with charts.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many bridges to list.")
@click.option("--unit", type=click.Choice(["session", "event"]), default="session", show_default=True,
              help="People are tied when they share a session, or anywhere at the same event.")
@click.option("--permutations", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Shuffles of the sector labels that give each figure's chance value (0: none).")
@click.option("--keep-units", is_flag=True,
              help="Organisation table by unit (school, division), not rolled up to the top.")
@click.option("--event", metavar="ID", help="Analyse one event (its record id) only.")
@click.option("--path", nargs=2, metavar="FROM TO",
              help="Instead of the report: the shortest chain of records linking two people "
                   "or organisations (record ids or IRIs).")
@reports_errors
def analyze(out: Path, fmt: str, output: Path | None, top: int, unit: str, permutations: int,
            keep_units: bool, event: str | None, path: tuple[str, str] | None) -> None:
    """Report who and what connects academia and industry in the built graph.

    Academia–industry ties, the E-I index and assortativity, each against what
    chance gives (sector labels shuffled among people, seeded), under both units;
    the mixing of all sectors; the people who bridge; the organisations that
    connect; change over the years; communities; topics both sectors raised; and
    what the records cannot show. Every person's measures are also written as
    triples (kgo:betweenness, kgo:eiIndex, ...) to OUT/measures.trig and to the
    named graph <https://w3id.org/kg/id/graph/measures> of the store.

    \b
    Example:
      kg analyze --format markdown -o report.md
      kg analyze --format html -o report.html
      kg analyze --unit event --permutations 5000
      kg analyze --path ben-lee james-wang
    """
    from kg.analysis.networks import load_knowledge_graph, resolve, resolve_event
    from kg.analysis.report import analyse, as_json, restrict_to_event
    from kg.analysis.report_text import as_text
    from kg.atomic import atomic_write

    g = load_knowledge_graph(out)
    if event:
        g = restrict_to_event(g, resolve_event(g, event))
    if path:
        from kg.analysis.paths import connecting_path, path_text

        steps = connecting_path(g, resolve(g, path[0]), resolve(g, path[1]))
        click.echo(json.dumps(steps, ensure_ascii=False, indent=2) if fmt == "json" else path_text(steps),
                   nl=False)
        return
    analysis = analyse(g, top=top, unit=unit, permutations=permutations, keep_units=keep_units)
    if fmt == "html":
        from kg.analysis.report_html import as_html

        report = as_html(analysis)
    else:
        report = as_json(analysis) if fmt == "json" else as_text(analysis, markdown=fmt == "markdown")
    if output:
        with atomic_write(output) as handle:
            handle.write(report.encode("utf-8"))
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(report, nl=False)
    if not event:  # the measures graph holds the whole graph's measures only
        from kg.analysis.measures_rdf import write_measures

        target = write_measures(out, analysis.per_person)
        click.echo(f"wrote {target} and the measures graph in {out / 'store'}", err=True)


@click.command(name="open")
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
