"""RDF -> NetworkX: the knowledge graph as a typed network of people, organisations,
events, sessions, event series and topics, read from the query store.

Each node carries `kind`, `label`, `sector` and `sector_inferred`; a person's sector is
that of the organisations of their current posts (the nearest classified one up the
hierarchy; former and ended posts left out), their own (`kgo:sector`) when they have none,
and "several" when their current posts span sectors. Each participation (a `took_part`
edge) carries `sectors`, the person's sectors at that event: those of the posts held at
the event's start date (kg.analysis.tenure gives the rule).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.analysis.sectors import date_former_posts, participation_sectors, person_sectors, shares_over
from kg.errors import KgError
from kg.sparql.store import open_read_only
from kg.rdf.vocab import sparql_prologue

PREFIXES = sparql_prologue()

# Each query joins one-pattern subqueries: Oxigraph then joins whole index scans by hash,
# where a list of patterns looks up each row in turn (at 1M triples: 2 s against 5 s).
QUERIES = {
    "people": """SELECT ?node ?label ?sector ?inferred WHERE {
        { SELECT ?node WHERE { ?node a foaf:Person } }
        { SELECT ?node ?label WHERE { ?node foaf:name ?label } }
        OPTIONAL { SELECT ?node ?sector WHERE { ?node kgo:sector/skos:notation ?sector } }
        OPTIONAL { SELECT ?node (true AS ?inferred) WHERE { ?node kgo:inferredProperty kgo:sector } } }""",
    "organizations": """SELECT ?node ?label ?sector ?inferred ?parent WHERE {
        { SELECT ?node WHERE { ?node a org:Organization } }
        { SELECT ?node ?label WHERE { ?node skos:prefLabel ?label } }
        OPTIONAL { SELECT ?node ?sector WHERE { ?node org:classification/skos:notation ?sector } }
        OPTIONAL { SELECT ?node ?parent WHERE { ?node org:subOrganizationOf ?parent } }
        OPTIONAL { SELECT ?node (true AS ?inferred) WHERE {
            ?node kgo:inferredProperty org:classification } } }""",
    # An affiliation with no title is a membership with no org:role.
    "memberships": """SELECT ?m ?person ?org ?title ?inferred ?current ?start ?end WHERE {
        { SELECT ?m ?person WHERE { ?m org:member ?person } }
        { SELECT ?m ?org WHERE { ?m org:organization ?org } }
        OPTIONAL { SELECT ?m ?title WHERE { ?m org:role/skos:prefLabel ?title } }
        OPTIONAL { SELECT ?m (true AS ?inferred) WHERE { ?m kgo:inferredProperty ?any } GROUP BY ?m }
        OPTIONAL { SELECT ?m ?current WHERE { ?m kgo:current ?current } }
        OPTIONAL { SELECT ?m ?start WHERE { ?m schema:startDate ?start } }
        OPTIONAL { SELECT ?m ?end WHERE { ?m schema:endDate ?end } } }""",
    "job_titles": """SELECT ?person ?title WHERE { ?person schema:jobTitle ?title }""",
    "events": """SELECT ?node ?label ?date ?parent ?session WHERE {
        { SELECT ?node WHERE { ?node a schema:Event } }
        { SELECT ?node ?label WHERE { ?node schema:name ?label } }
        OPTIONAL { SELECT ?node ?date WHERE { ?node schema:startDate ?date } }
        OPTIONAL { SELECT ?node ?parent WHERE { ?parent schema:subEvent ?node } }
        OPTIONAL { SELECT ?node (true AS ?session) WHERE { ?node a kgo:Session } } }""",
    "series": """SELECT ?node ?label ?event WHERE {
        { SELECT ?node WHERE { ?node a schema:EventSeries } }
        { SELECT ?node ?label WHERE { ?node schema:name ?label } }
        OPTIONAL { SELECT ?node ?event WHERE { ?event schema:superEvent ?node } } }""",
    "organizers": """SELECT ?event ?org WHERE { ?event schema:organizer ?org }""",
    # Where an event or session took place (a room, a campus): for the page's tooltips.
    "venues": """SELECT ?node ?venue WHERE { ?node schema:location/schema:name ?venue }""",
    "participations": """SELECT ?person ?event ?role WHERE {
        { SELECT ?p ?person WHERE { ?p kgo:participant ?person } }
        { SELECT ?p ?event WHERE { ?p kgo:inEvent ?event } }
        { SELECT ?p ?r WHERE { ?p kgo:participationRole ?r } }
        { SELECT ?r ?role WHERE { ?r skos:prefLabel ?role } } }""",
    "mentions": """SELECT ?node ?org WHERE { ?node schema:mentions ?org }""",
    "topics": """SELECT ?node ?topic ?label WHERE {
        { SELECT ?node ?topic WHERE { ?node schema:about ?topic } }
        { SELECT ?topic ?label WHERE { ?topic skos:prefLabel ?label } } }""",
    # Two one-pattern queries joined in Python: a third of the time of the joined query.
    "derived_from": """SELECT ?node ?source WHERE { ?node prov:wasDerivedFrom ?source }""",
    "source_titles": """SELECT ?source ?title WHERE { ?source a prov:Entity ; schema:name ?title }""",
    # When a former post had ended by (kg.analysis.tenure).
    "published": """SELECT ?source ?date WHERE { ?source schema:datePublished ?date }""",
    "alt_names": """SELECT ?node ?alt WHERE { ?node skos:altLabel ?alt }""",
}


def _rows(store: ox.Store, name: str):
    """The solutions of one query as dicts of plain strings (None where unbound).

    Read through Oxigraph's SPARQL CSV serialisation and Python's C csv parser: about
    twenty times faster than touching each QuerySolution from Python, which took 12 s
    for these queries at a million triples. (CSV gives IRIs and literals as plain text,
    which is all these queries need.)
    """
    data = store.query(PREFIXES + QUERIES[name]).serialize(format=ox.QueryResultsFormat.CSV)
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    names = next(reader)
    for row in reader:
        yield {n: (v if v != "" else None) for n, v in zip(names, row)}


def knowledge_graph(store: ox.Store) -> nx.MultiDiGraph:
    """The whole graph as a NetworkX MultiDiGraph keyed by IRI.

    Edges carry `kind`: member (person -> organisation, `label` the title), part_of
    (organisation -> parent), took_part (person -> event or session, `label` the role),
    session_of (session -> event), in_series (event -> the series it is an edition of),
    organised (organisation -> event or series), about (event or session -> topic),
    mentions (session -> organisation).
    """
    g = nx.MultiDiGraph()
    for r in _rows(store, "organizations"):
        g.add_node(r["node"], kind="organization", label=r["label"], sector=r["sector"],
                   sector_inferred=r["inferred"] == "true", titles=[], sources=[])
        if r["parent"]:
            g.add_edge(r["node"], r["parent"], kind="part_of", label="part of")
    for r in _rows(store, "people"):
        g.add_node(r["node"], kind="person", label=r["label"], sector=r["sector"],
                   sector_inferred=r["inferred"] == "true", titles=[], sources=[],
                   own_sector=r["sector"], own_inferred=r["inferred"] == "true")
    posts = defaultdict(list)  # person -> (organisation, post): one pass over the edges
    for r in _rows(store, "memberships"):
        # A post the keeper inferred is drawn dashed; one the source calls former says so.
        post = {"kind": "member", "label": r["title"] or "member", "inferred": r["inferred"] == "true",
                "former": r["current"] == "false", "membership": r["m"], "start": r["start"],
                "end": r["end"], "current": {"true": True, "false": False}.get(r["current"])}
        key = g.add_edge(r["person"], r["org"], **post)
        posts[r["person"]].append((r["org"], g.edges[r["person"], r["org"], key]))
        org_label = g.nodes[r["org"]]["label"]
        g.nodes[r["person"]]["titles"].append(f"{r['title']}, {org_label}" if r["title"] else org_label)
    for r in _rows(store, "job_titles"):
        g.nodes[r["person"]]["titles"].append(r["title"])
    for r in _rows(store, "events"):
        kind = "session" if r["session"] == "true" else "event"
        g.add_node(r["node"], kind=kind, label=r["label"], sector=None, sector_inferred=False,
                   date=r["date"], titles=[], sources=[])
        if r["parent"]:
            g.add_edge(r["node"], r["parent"], kind="session_of", label="session of")
    for r in _rows(store, "series"):  # a series groups its editions, one event a year
        if r["node"] not in g:
            g.add_node(r["node"], kind="series", label=r["label"], sector=None,
                       sector_inferred=False, titles=[], sources=[])
        if r["event"] in g:
            g.add_edge(r["event"], r["node"], kind="in_series", label="in series")
    for r in _rows(store, "venues"):
        if r["node"] in g:
            g.nodes[r["node"]].setdefault("venues", []).append(r["venue"])
    for r in _rows(store, "organizers"):
        g.add_edge(r["org"], r["event"], kind="organised", label="organiser")
    for r in _rows(store, "mentions"):
        g.add_edge(r["node"], r["org"], kind="mentions", label="mentions")
    taking_part = []
    for r in _rows(store, "participations"):
        key = g.add_edge(r["person"], r["event"], kind="took_part", label=r["role"])
        taking_part.append((r["person"], r["event"], g.edges[r["person"], r["event"], key]))
    for r in _rows(store, "topics"):
        if r["topic"] not in g:
            g.add_node(r["topic"], kind="topic", label=r["label"], sector=None,
                       sector_inferred=False, titles=[], sources=[])
        g.add_edge(r["node"], r["topic"], kind="about", label="about")
    titles = {r["source"]: r["title"] for r in _rows(store, "source_titles")}
    # The sources of posts and events, for when a former post had ended (date_former_posts).
    dated = {post["membership"] for held in posts.values() for _, post in held} | {
        n for n, kind in g.nodes(data="kind") if kind == "event"}
    derived = defaultdict(list)
    for r in _rows(store, "derived_from"):
        if r["node"] in dated:
            derived[r["node"]].append(r["source"])
        if r["node"] in g and r["source"] in titles:
            g.nodes[r["node"]]["sources"].append(titles[r["source"]])
    for r in _rows(store, "alt_names"):  # other names (a merged record's among them)
        if r["node"] in g:
            g.nodes[r["node"]].setdefault("alt_names", []).append(r["alt"])
    date_former_posts(g, posts, derived, {r["source"]: r["date"] for r in _rows(store, "published")})
    participation_sectors(g, posts, taking_part, person_sectors(g, posts))
    return g


def top_organisation(g: nx.MultiDiGraph, org: str) -> str:
    """The organisation at the top of `org`'s hierarchy (itself when it has no parent).
    Where an organisation has several parents, the first in sorted order is followed."""
    seen = {org}
    while True:
        parents = sorted(t for _, t, k in g.out_edges(org, data="kind") if k == "part_of")
        if not parents or parents[0] in seen:
            return org
        org = parents[0]
        seen.add(org)


class UnknownNode(KgError):
    """An id or IRI the user gave names no node (or several)."""


def resolve(g: nx.MultiDiGraph, name: str) -> str:
    """A node from an IRI or a record id (`ben-lee`, `icci-short-drama-symposium-2025`)."""
    if name in g:
        return name
    matches = [n for n in g if n.rsplit("/", 1)[-1] == name]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UnknownNode(f"no node with id '{name}' in the graph")
    raise UnknownNode(f"'{name}' names several nodes: {', '.join(sorted(matches))}; give the IRI")


def resolve_event(g: nx.MultiDiGraph, name: str) -> str:
    """An event (not a session) from its IRI or record id; a session's id is answered with
    the event it belongs to, since the event is what the user can give instead."""
    sessions = [n for n, kind in g.nodes(data="kind")
                if kind == "session" and n.rsplit("/", 1)[-1].split(".", 1)[-1] == name]
    try:
        node = resolve(g, name)
    except UnknownNode:
        if not sessions:
            raise UnknownNode(f"unknown event '{name}' (no event has that id)") from None
        node = sessions[0]
    if g.nodes[node].get("kind") == "session":
        top = node.rsplit("/", 1)[-1].split(".", 1)[0]
        raise UnknownNode(f"'{name}' is a session of event '{top}', not an event; "
                        f"give --event {top}")
    if g.nodes[node].get("kind") != "event":
        raise UnknownNode(f"'{name}' is a {g.nodes[node].get('kind')}, not an event")
    return node


def load_knowledge_graph(out: Path) -> nx.MultiDiGraph:
    return knowledge_graph(open_read_only(out))


# --- projections for the analysis ----------------------------------------------------------

UNITS = ("session", "event")


def participation_units(g: nx.MultiDiGraph, unit: str = "session") -> dict[str, tuple[str, str]]:
    """Each event or session node -> (its top-level event, the unit people meet in).

    With unit "session", the unit is the session directly under the event (a keynote
    session and its talks are one unit: its speakers met there), or the event itself for
    people who took part in the event as a whole (who are then tied to each other, not
    to the session speakers). With unit "event", everyone at an event meets everyone.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    parent = {u: v for u, v, k in g.edges(data="kind") if k == "session_of"}
    units = {}
    for node, data in g.nodes(data=True):
        if data["kind"] not in ("event", "session"):
            continue
        chain = [node]
        while chain[-1] in parent:
            chain.append(parent[chain[-1]])
        event = chain[-1]
        units[node] = (event, chain[-2] if len(chain) > 1 and unit == "session" else event)
    return units


def event_neighbourhood(g: nx.MultiDiGraph, event: str) -> set[str]:
    """An event with its sessions, topics and organisers, the people who took part, and
    their organisations with every organisation above them."""
    units = participation_units(g)
    parts = {n for n, (top, _) in units.items() if top == event}
    people = {u for u, _, k in g.in_edges(parts, data="kind") if k == "took_part"}
    parent = {u: v for u, v, k in g.edges(data="kind") if k == "part_of"}
    orgs: set[str] = set()
    for _, org, kind in g.out_edges(people, data="kind"):
        while kind == "member" and org is not None and org not in orgs:
            orgs.add(org)
            org = parent.get(org)
    topics = {t for _, t, k in g.out_edges(parts, data="kind") if k == "about"}
    organisers = {u for u, _, k in g.in_edges(event, data="kind") if k == "organised"}
    series = {s for _, s, k in g.out_edges(event, data="kind") if k == "in_series"}
    return parts | people | orgs | topics | organisers | series


def person_event(g: nx.MultiDiGraph) -> nx.Graph:
    """The two-mode person–event network (Borgatti & Everett 1997): a person is tied to
    each top-level event they took part in, at any session; `roles` lists their roles,
    `sectors` their sectors at the event (the posts held at its date)."""
    units = participation_units(g)
    b = _two_mode(g, "event")
    for person, part, data in g.edges(data=True):
        if data["kind"] == "took_part":
            event = units[part][0]
            if b.has_edge(person, event):
                b.edges[person, event]["roles"].add(data["label"])
            else:
                b.add_edge(person, event, roles={data["label"]}, sectors=data["sectors"],
                           sector_inferred=data["sector_inferred"])
    return b


def participations(g: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    """The (person, event or session, the participation's data) of every participation,
    in graph order; the data holds the person's `sectors` at the event."""
    return [(person, part, data) for person, part, data in g.edges(data=True) if data["kind"] == "took_part"]


def participations_by_event(g: nx.MultiDiGraph, units: dict[str, tuple[str, str]]
                            ) -> dict[str, list[tuple[str, str, dict]]]:
    """Each top-level event -> its participations (see participations)."""
    grouped: dict[str, list[tuple[str, str, dict]]] = defaultdict(list)
    for person, part, data in participations(g):
        grouped[units[part][0]].append((person, part, data))
    return grouped


def co_participation(g: nx.MultiDiGraph, events: set[str] | None = None,
                     units: dict[str, tuple[str, str]] | None = None,
                     by_event: dict[str, list[tuple[str, str, dict]]] | None = None,
                     unit: str = "session", periods: bool = False) -> nx.Graph:
    """The person–person network: people are tied when they took part in the same unit
    (see participation_units, `unit`). Edge `count` is the number of units shared; `weight`
    is Newman's (2001) collaboration weight, the sum over shared units of 1 / (n_u - 1), so
    that a unit of n people gives each of them weight 1 in all, however large it is.

    With `events`, only participations in those top-level events count, and only the
    people who took part in them are nodes. A person's sector shares (node `shares`,
    `sector`, `sectors`) are those at the events counted: at one event, the posts held at
    its date; over several, the mean over them (kg.analysis.measures' rule). When calling
    this for many events, pass `units` and `by_event` (participations_by_event), so each
    call reads only its events' participations instead of the whole graph.

    With `periods`, a person whose sectors differ between the events counted is one node
    per sector they had (`PERSON#industry`, `PERSON#academia`; `person` names them), each
    tied to the people they met while in it: the network of sector mixing, where every tie
    joins the sectors its two people had when they met.

    References
    ----------
    Newman, M. E. J. (2001). Scientific collaboration networks. II. Shortest paths,
    weighted networks, and centrality. Physical Review E 64, 016132.
    """
    units = units if units is not None else participation_units(g, unit)
    if events is None:
        pairs = participations(g)
    else:
        by_event = by_event if by_event is not None else participations_by_event(g, units)
        pairs = [found for event in sorted(events) for found in by_event.get(event, ())]
    at: dict[str, dict[str, dict]] = defaultdict(dict)  # person -> event -> participation data
    for person, part, data in pairs:
        at[person][units[part][0]] = data
    movers = {person for person, there in at.items()
              if len({d["sectors"] for d in there.values()}) > 1} if periods else set()
    p = nx.Graph()
    if events is None:
        p.add_nodes_from((node, _attributes(data)) for node, data in g.nodes(data=True)
                         if data["kind"] == "person" and node not in movers)
    members: dict[str, set[str]] = defaultdict(set)
    for person, part, data in pairs:
        node = period(person, data["sectors"]) if person in movers else person
        if node not in p:
            p.add_node(node, **_attributes(g.nodes[person]), **({"person": person} if person in movers else {}))
        members[units[part][1]].add(node)
    for person, there in at.items():
        if person in movers:
            for node, d in {period(person, d["sectors"]): d for d in there.values()}.items():
                p.nodes[node].pop("sectors", None)
                p.nodes[node].update(shares_over([d]))
        else:
            p.nodes[person].pop("sectors", None)
            p.nodes[person].update(shares_over([there[e] for e in sorted(there)]))
    for people in members.values():
        people = sorted(people)
        share = 1.0 / (len(people) - 1) if len(people) > 1 else 0.0
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if p.has_edge(a, b):
                    p.edges[a, b]["count"] += 1
                    p.edges[a, b]["weight"] += share
                else:
                    p.add_edge(a, b, count=1, weight=share)
    return p


def period(person: str, sectors: tuple[str, ...]) -> str:
    """The node of a person while in `sectors` (co_participation with periods)."""
    return f"{person}#{'+'.join(sectors) or 'unknown'}"


def _two_mode(g: nx.MultiDiGraph, other: str) -> nx.Graph:
    """An edgeless two-mode graph of the people (bipartite=0) and the `other` kind (1)."""
    b = nx.Graph()
    for node, data in g.nodes(data=True):
        if data["kind"] in ("person", other):
            b.add_node(node, **_attributes(data), bipartite=0 if data["kind"] == "person" else 1)
    return b


def _attributes(data: dict) -> dict:
    found = {"kind": data["kind"], "name": data["label"], "sector": data.get("sector"),
             "sector_inferred": data.get("sector_inferred", False)}
    if data.get("sectors"):
        found["sectors"] = data["sectors"]
    return found


def person_organisation(g: nx.MultiDiGraph) -> nx.Graph:
    """The two-mode person–organisation network of posts (Borgatti & Everett 1997);
    edge `titles` lists the titles a person holds there."""
    b = _two_mode(g, "organization")
    for person, org, data in g.edges(data=True):
        if data["kind"] == "member":
            if b.has_edge(person, org):
                b.edges[person, org]["titles"].append(data["label"])
            else:
                b.add_edge(person, org, titles=[data["label"]])
    return b


def organisation_network(g: nx.MultiDiGraph) -> nx.Graph:
    """Organisations tied through their people: `shared` counts people holding posts in
    both, `co_participation` counts pairs of their people who took part in the same unit
    (the projection of the person–organisation network through co-participation)."""
    posts = person_organisation(g)
    people = co_participation(g)
    o = nx.Graph()
    o.add_nodes_from((n, d) for n, d in posts.nodes(data=True) if d["kind"] == "organization")

    def tie(a: str, b: str, field: str) -> None:
        if a == b:
            return
        if not o.has_edge(a, b):
            o.add_edge(a, b, shared=0, co_participation=0)
        o.edges[a, b][field] += 1

    for person in people:
        orgs = sorted(posts[person]) if person in posts else []
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                tie(a, b, "shared")
    for a, b in people.edges():
        for oa in posts[a] if a in posts else ():
            for ob in posts[b] if b in posts else ():
                tie(oa, ob, "co_participation")
    return o


def person_topic(g: nx.MultiDiGraph) -> nx.Graph:
    """The two-mode person–topic network: a person is tied to the topics of the events and
    sessions they took part in (in any role)."""
    b = nx.Graph()
    for person, part, kind in g.edges(data="kind"):
        if kind != "took_part":
            continue
        for _, topic, k in g.out_edges(part, data="kind"):
            if k == "about":
                b.add_node(person, **_attributes(g.nodes[person]), bipartite=0)
                b.add_node(topic, **_attributes(g.nodes[topic]), bipartite=1)
                b.add_edge(person, topic)
    return b
