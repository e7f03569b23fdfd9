"""Graph + measures -> one self-contained HTML page (pyvis's data model, our own template).

pyvis's own template fetches Bootstrap from a CDN even in `in_line` mode, and filling a
pyvis Network one call at a time is quadratic (shared/BASELINES.md), so the nodes and
edges are put into the Network in one step and rendered with kg/page/templates/graph.html,
which inlines the vis-network script that ships with pyvis. The page makes no request
at all: its Content-Security-Policy forbids it.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import igraph
import jinja2
import networkx as nx
from pyvis.network import Network

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.analysis.measures import betweenness, to_igraph
from kg.analysis.networks import event_neighbourhood, resolve, resolve_event
from kg.analysis.sectors import SEVERAL
from kg.page.measures_view import ANALYSIS_SIZES, community_colours, measure_lines, size_values

# Sizes measured in headless Chromium (benchmarks/bench_page.py): vis-network's physics
# settles small graphs quickly; above PHYSICS_LIMIT positions are computed here (igraph's
# grid Fruchterman-Reingold, 0.5 s for 20k nodes) and physics stays off; above
# REDUCE_ABOVE only the top nodes by the measure are drawn (at 20k graph nodes, 15k drawn
# took 7-10 s to a stable picture, 10k 6-7 s: the floor is 10 s).
PAGE_FILE = "graph.html"
PHYSICS_LIMIT = 400
REDUCE_ABOVE = 10_000
EXACT_BETWEENNESS_LIMIT = 5_000
BETWEENNESS_SAMPLE = 256
EDGE_LABEL_LIMIT = 300
LABEL_LIMIT = 40  # longer names are cut on the canvas; the tooltip and search have them whole

SECTOR_COLOURS = {
    "academia": "#1f77b4", "industry": "#ff7f0e", "government": "#2ca02c",
    "nonprofit": "#9467bd", "independent": "#8c564b", SEVERAL: "#d62728", None: "#9e9e9e",
}
KIND_STYLE = {  # shape, colour for nodes without a sector
    "person": ("dot", None), "organization": ("square", None), "event": ("star", "#37474f"),
    "session": ("diamond", "#78909c"), "series": ("hexagon", "#5d4037"),
    "topic": ("triangleDown", "#26a69a"),
}
EDGE_STYLE = {  # colour, dashes, arrows
    "member": ("#90a4ae", False, "to"), "part_of": ("#546e7a", True, "to"),
    "took_part": ("#b0bec5", False, "to"), "session_of": ("#78909c", True, "to"),
    "organised": ("#8d6e63", True, "to"), "about": ("#80cbc4", False, "to"),
    "mentions": ("#a5d6a7", True, "to"), "in_series": ("#a1887f", True, "to"),
}
EDGE_MEANING = {  # what each kind of line says, for the legend
    "member": "a post (its title as written)", "part_of": "part of a larger organisation",
    "took_part": "took part (the role)", "session_of": "a session of an event",
    "organised": "organised the event or series", "about": "a topic raised",
    "mentions": "mentioned at an event or session", "in_series": "an edition of a series",
}
FORMER_COLOUR = "#cfd8dc"
FONT_STACK = ('"Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", '
              '"Source Han Sans SC", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", sans-serif')


class PageError(KgError):
    pass


@dataclass
class PageOptions:
    focus: str | None = None  # a record id or IRI: draw its neighbourhood only
    depth: int = 1
    sectors: tuple[str, ...] = ()
    event: str | None = None
    topics: bool = True
    layout: str = "auto"  # auto | physics | static
    max_nodes: int = REDUCE_ABOVE
    # The measure node size shows: betweenness or degree of the drawn graph, or a person
    # measure kg analyze wrote (measures_view.ANALYSIS_SIZES).
    size: str = "betweenness"
    colour: str = "sector"  # sector | community (from kg analyze)


@dataclass
class PageResult:
    path: Path
    nodes: int
    edges: int
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def select(g: nx.MultiDiGraph, options: PageOptions) -> tuple[nx.MultiDiGraph, list[str]]:
    """The part of the graph the options ask for, and notes on what was left out."""
    notes: list[str] = []
    keep = set(g)
    if not options.topics:
        keep = {n for n in keep if g.nodes[n]["kind"] != "topic"}
    if options.event:
        event = resolve_event(g, options.event)
        keep &= event_neighbourhood(g, event)
        notes.append(f"showing the event {g.nodes[event]['label']!r} only")
    if options.sectors:
        wanted = set(options.sectors)
        keep = {n for n in keep if g.nodes[n]["kind"] not in ("person", "organization")
                or g.nodes[n]["sector"] in wanted
                or (g.nodes[n]["sector"] == SEVERAL and wanted & set(g.nodes[n].get("sectors", ())))}
        notes.append(f"showing people and organisations of {', '.join(sorted(wanted))} only")
    sub = in_order(g, [n for n in g if n in keep]) if len(keep) < g.number_of_nodes() else g
    if options.focus:
        centre = resolve(g, options.focus)
        if centre not in sub:
            raise PageError(f"'{options.focus}' is not in the graph the other options select")
        ego = nx.ego_graph(sub.to_undirected(as_view=True), centre, radius=options.depth)
        sub = in_order(sub, [n for n in sub if n in ego])
        notes.append(f"showing {g.nodes[centre]['label']!r} and its neighbours "
                     f"{options.depth} step{'s' if options.depth != 1 else ''} away")
    return sub, notes


def reduce(g: nx.MultiDiGraph, measure: dict[str, float], limit: int,
           measure_name: str) -> tuple[nx.MultiDiGraph, list[str]]:
    """The `limit` nodes with the highest measure, and a note on what was left out."""
    if g.number_of_nodes() <= limit:
        return g, []
    ranked = set(sorted(g, key=lambda n: (-measure.get(n, 0.0), n))[:limit])
    kept = in_order(g, [n for n in g if n in ranked])
    left = g.number_of_nodes() - kept.number_of_nodes()
    by_kind: dict[str, int] = {}
    for n in set(g) - ranked:
        by_kind[g.nodes[n]["kind"]] = by_kind.get(g.nodes[n]["kind"], 0) + 1
    detail = ", ".join(f"{v} {k}{'s' if v != 1 else ''}" for k, v in sorted(by_kind.items()))
    return kept, [f"showing the {limit:,} nodes of highest {measure_name}; "
                  f"left out {left:,} ({detail})"]


def in_order(g: nx.MultiDiGraph, nodes: list[str]) -> nx.MultiDiGraph:
    """A copy of the part of `g` on `nodes`, in their order. (A subgraph view of a set of
    nodes iterates in the set's order, which follows Python's hash seed from run to run.)"""
    kept = set(nodes)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in nodes)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in g.out_edges(nodes, keys=True, data=True)
                       if v in kept)
    return sub


def positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A force-directed layout computed here (igraph's grid Fruchterman-Reingold).

    igraph draws its random numbers from a generator seeded here, so the same graph is
    drawn the same way in every build.
    """
    ig, nodes = to_igraph(g)
    igraph.set_random_number_generator(random.Random(42))
    try:
        coords = ig.layout_fruchterman_reingold(niter=300, grid=len(nodes) > 1000)
    finally:
        igraph.set_random_number_generator(random)
    # Spread to vis-network's pixel scale, roomy enough that labels separate when zoomed.
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 60 * len(nodes) ** 0.5 / span
    return {node: (c[0] * scale, c[1] * scale) for node, c in zip(nodes, coords)}


def tooltip(data: dict, measures: dict[str, float] | None = None) -> str:
    """Plain text (vis-network shows a string title as text, never as HTML); a person's
    measures from kg analyze close it."""
    lines = [data["label"], data["kind"]]
    if data.get("sector"):
        sector = " + ".join(data.get("sectors", ())) if data["sector"] == SEVERAL else data["sector"]
        lines[1] += f", {sector}" + (" (inferred)" if data.get("sector_inferred") else "")
    if data.get("alt_names"):
        lines.insert(1, "also: " + "; ".join(sorted(data["alt_names"])))
    if data.get("date"):  # a session's own time reads 2025-11-14 19:00
        lines.append(data["date"].replace("T", " ")[:16])
    lines += [f"at {venue}" for venue in sorted(data.get("venues", ()))]
    lines += data.get("titles", [])
    lines += [f"source: {s}" for s in data.get("sources", [])]
    if measures:
        lines += ["", "measures (kg analyze):"] + measure_lines(measures)
    return "\n".join(lines)


def node_years(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The years each node belongs to: an event's own, a session's event's, and for people,
    organisations and topics the years of the events they are tied to (for the year filter)."""
    year_of: dict[str, str] = {}
    for n, data in g.nodes(data=True):
        if data["kind"] in ("event", "session") and data.get("date"):
            year_of[n] = data["date"][:4]
    def above(node: str) -> str | None:
        return next((v for _, v, k in g.out_edges(node, data="kind") if k == "session_of"), None)

    for n, data in g.nodes(data=True):  # a session without a date takes its event's year
        if data["kind"] == "session" and n not in year_of:
            parent = above(n)
            while parent is not None and parent not in year_of:
                parent = above(parent)
            if parent is not None:
                year_of[n] = year_of[parent]
    years: dict[str, set[str]] = {n: {y} for n, y in year_of.items()}
    for u, v, kind in g.edges(data="kind"):
        if kind in ("took_part", "organised", "about", "mentions", "in_series"):
            event, other = (v, u) if kind in ("took_part", "organised") else (u, v)
            if event in year_of:
                years.setdefault(other, set()).add(year_of[event])
    for u, v, kind in g.edges(data="kind"):  # an organisation is there when its people are
        if kind == "member":
            years.setdefault(v, set()).update(years.get(u, ()))
    return {n: sorted(ys) for n, ys in years.items()}


def vis_data(g: nx.MultiDiGraph, measure: dict[str, float], layout: dict | None,
             edge_labels: bool = True, person_measures: dict[str, dict[str, float]] | None = None,
             colour_of: dict[str, str] | None = None) -> tuple[list, list]:
    """vis-network's nodes and edges. `colour_of` replaces the sector colour of the nodes it
    names (colour by community); `person_measures` closes people's tooltips."""
    person_measures = person_measures or {}
    top = max(measure.values(), default=0.0) or 1.0
    index = {n: i for i, n in enumerate(g)}
    years = node_years(g)
    nodes = []
    for n, data in g.nodes(data=True):
        shape, colour = KIND_STYLE[data["kind"]]
        colour = colour or SECTOR_COLOURS.get(data["sector"], SECTOR_COLOURS[None])
        if colour_of is not None and data["kind"] == "person":
            colour = colour_of.get(n, SECTOR_COLOURS[None])
        name = data["label"]
        label = name if len(name) <= LABEL_LIMIT else name[:LABEL_LIMIT - 1] + "…"
        if data["kind"] == "event" and data.get("date"):
            label += f" ({data['date'][:4]})"  # which cluster is which, at a glance
        node = {"id": index[n], "iri": n, "name": name, "title": tooltip(data, person_measures.get(n)),
                "names": sorted(set(data.get("alt_names", ()))), "years": years.get(n, []),
                # The page places labels itself (as many as fit); shipping them empty spares
                # vis-network measuring 15,000 labels it would not draw.
                "label": "", "text": label,
                "shape": shape, "kind": data["kind"], "sector": data.get("sector") or "",
                "sectors": data.get("sectors", []), "inferred": bool(data.get("sector_inferred")),
                "value": round(measure.get(n, 0.0) / top, 6),
                "color": {"background": colour, "border": "#263238" if data.get("sector_inferred") else colour},
                "measure": round(measure.get(n, 0.0), 6)}
        if data.get("sector_inferred"):
            node["shapeProperties"] = {"borderDashes": [4, 3]}
            node["borderWidth"] = 2
        if layout is not None:
            node["x"], node["y"] = (round(v, 1) for v in layout[n])
        nodes.append(node)
    edges = []
    for i, (u, v, data) in enumerate(g.edges(data=True)):
        colour, dashes, arrows = EDGE_STYLE[data["kind"]]
        label = data.get("label", "")
        if data.get("former"):
            label, colour = f"former {label}", FORMER_COLOUR
        if data.get("inferred"):
            dashes = [6, 4]  # like an inferred sector's outline: the keeper's, not the source's
        title = label + (" (inferred by the record keeper)" if data.get("inferred") else "")
        edge = {"id": i, "from": index[u], "to": index[v], "title": title,
                "kind": data["kind"], "color": colour, "dashes": dashes, "arrows": arrows}
        if edge_labels:
            edge["label"] = label
        edges.append(edge)
    return nodes, edges


def script_json(value) -> str:  # noqa: ANN001
    """JSON safe inside a <script> element: no '</script>', '<!--' or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def legend(g: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for sector, colour in SECTOR_COLOURS.items():
        members = [d for _, d in g.nodes(data=True)
                   if d["kind"] in ("person", "organization") and d.get("sector") == sector]
        if not members:
            continue
        inferred = sum(1 for d in members if d.get("sector_inferred"))
        name = "several sectors" if sector == SEVERAL else sector or "no sector"
        rows.append({"sector": sector or "", "name": name, "colour": colour,
                     "count": len(members), "inferred": inferred})
    return rows


def render(g: nx.MultiDiGraph, options: PageOptions, title: str = "kg: who connects whom",
           measures: dict[str, dict[str, float]] | None = None) -> tuple[str, int, int, list[str]]:
    """The page's HTML, with the number of nodes and edges drawn and the notes shown.
    `measures`: each person's measures from the measures graph (kg analyze), or None."""
    measures = measures or {}
    selected, notes = select(g, options)
    if selected.number_of_nodes() > options.max_nodes:
        # Betweenness of the whole graph would cost more than drawing it; rank by degree.
        shown, reduction = reduce(selected, dict(selected.degree()), options.max_nodes, "degree")
        notes += reduction
    else:
        shown = selected
    if options.size == "degree":
        measure, measure_name = {n: float(d) for n, d in shown.degree()}, "degree"
    elif options.size in ANALYSIS_SIZES:
        measure = {n: v for n, v in size_values(measures, options.size).items() if n in shown}
        measure_name = f"{options.size} of people (from kg analyze)"
    else:
        measure, how = betweenness(shown, exact_limit=EXACT_BETWEENNESS_LIMIT, samples=BETWEENNESS_SAMPLE)
        measure_name = "betweenness" if how == "exact" else f"betweenness ({how})"
    physics = options.layout == "physics" or (options.layout == "auto" and shown.number_of_nodes() <= PHYSICS_LIMIT)
    layout = None if physics else positions(shown)
    # Edge labels (roles, titles) are drawn on small graphs; on large ones they are tooltips.
    colour_of, communities = (community_colours(measures) if options.colour == "community"
                              else (None, []))
    nodes, edges = vis_data(shown, measure, layout, edge_labels=shown.number_of_edges() <= EDGE_LABEL_LIMIT,
                            person_measures=measures, colour_of=colour_of)
    network = Network(height="100%", width="100%", directed=True)
    # One assignment instead of add_node/add_edge, which are quadratic in pyvis 0.3.
    network.nodes, network.edges = nodes, edges
    network.node_ids = [n["id"] for n in nodes]
    network.node_map = {n["id"]: n for n in nodes}
    data = network.get_network_data()
    options_json = {
        # Size follows the measure (value); small nodes' labels appear as one zooms in.
        "nodes": {"font": {"face": FONT_STACK, "size": 14},
                  "scaling": {"min": 8, "max": 40,
                              "label": {"enabled": len(nodes) > PHYSICS_LIMIT, "min": 12, "max": 28,
                                        "drawThreshold": 9}}},
        "edges": {"font": {"face": FONT_STACK, "size": 10, "align": "horizontal"}, "smooth": False,
                  "width": 1},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": physics, "iterations": 400, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(edges) > 2000},
        # Seeded, so the same file opens to the same picture every time.
        "layout": {"improvedLayout": physics and len(nodes) <= 100, "randomSeed": 42},
    }
    kinds = sorted({n["kind"] for n in nodes}, key=list(KIND_STYLE).index)
    template = _environment().get_template("graph.html")
    html = template.render(
        title=title, nodes_json=script_json(data[0]), edges_json=script_json(data[1]),
        options_json=script_json(options_json), vis_js=_vis_network("vis-network.min.js"),
        vis_css=_vis_network("vis-network.css"), legend=legend(shown), communities=communities,
        several=SEVERAL,
        kinds=[{"kind": k, "shape": KIND_STYLE[k][0], "colour": KIND_STYLE[k][1] or "inherit"}
               for k in kinds], notes=notes,
        lines=[{"colour": EDGE_STYLE[k][0], "dashed": EDGE_STYLE[k][1], "meaning": EDGE_MEANING[k]}
               for k in EDGE_STYLE if any(e["kind"] == k for e in edges)],
        years=sorted({y for n in nodes for y in n["years"]}),
        post_styles=sorted({("inferred" if d.get("inferred") else "") + ("former" if d.get("former") else "")
                            for _, _, d in shown.edges(data=True) if d["kind"] == "member"}),
        measure_name=measure_name, colour_name="community (from kg analyze)" if communities else "sector",
        node_count=len(nodes), edge_count=len(edges),
        font_stack=FONT_STACK, physics=physics)
    return html, len(nodes), len(edges), notes


def write_page(g: nx.MultiDiGraph, path: Path, options: PageOptions | None = None,
               measures: dict[str, dict[str, float]] | None = None) -> PageResult:
    started = time.perf_counter()
    html, n_nodes, n_edges, notes = render(g, options or PageOptions(), measures=measures)
    with atomic_write(path) as handle:
        handle.write(html.encode("utf-8"))
    return PageResult(path, n_nodes, n_edges, notes, time.perf_counter() - started)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: resources.files("kg.page").joinpath("templates", name).read_text(encoding="utf-8")),
        autoescape=True, undefined=jinja2.StrictUndefined)


def _vis_network(name: str) -> str:
    """vis-network's script or style from the installed pyvis package (not copied here)."""
    library = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name)
    # Only a closing tag could end the inline element early; nothing else is touched.
    return re.sub(r"</(script|style)", r"<\\/\1", library.read_text(encoding="utf-8"), flags=re.I)
