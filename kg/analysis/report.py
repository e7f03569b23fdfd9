"""Analysis of how academia and industry connect -> a report as text, Markdown or JSON."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

import networkx as nx

from kg.analysis import measures
from kg.analysis.networks import (co_participation, event_neighbourhood, participation_units,
                         participations_by_event, person_event)

SPEAKING = {"host", "welcome speaker", "moderator", "keynote speaker", "panelist", "speaker"}


@dataclass
class Analysis:
    events: list[dict] = field(default_factory=list)
    people: int = 0
    people_with_sector: int = 0
    network: dict = field(default_factory=dict)
    ei: dict = field(default_factory=dict)
    ei_by_sector: dict = field(default_factory=dict)
    assortativity: float | None = None
    mixing: dict = field(default_factory=dict)
    bridges: list[dict] = field(default_factory=list)
    shared_topics: list[dict] = field(default_factory=list)
    communities: list[dict] = field(default_factory=list)
    years: list[dict] = field(default_factory=list)
    cannot_say: list[str] = field(default_factory=list)
    # Every person's measures, keyed by IRI (written back as triples; not in the report).
    per_person: dict = field(default_factory=dict, repr=False)


def restrict_to_event(g: nx.MultiDiGraph, event: str) -> nx.MultiDiGraph:
    """The graph of one event (see networks.event_neighbourhood)."""
    return g.subgraph(event_neighbourhood(g, event)).copy()


def analyse(g: nx.MultiDiGraph, top: int = 10) -> Analysis:
    """Every measure the report shows, computed on the knowledge graph `g`."""
    result = Analysis()
    two_mode = person_event(g)
    people = co_participation(g)
    result.people = people.number_of_nodes()
    result.people_with_sector = sum(1 for _, d in people.nodes(data=True) if d.get("sector"))
    units = participation_units(g)
    by_event = participations_by_event(g, units)
    session_people = _people_per_session(g, units)
    for event, counts in sorted(measures.sector_composition(two_mode).items(),
                                key=lambda item: (g.nodes[item[0]].get("date") or "", item[0])):
        event_ei = measures.ei_index(co_participation(g, {event}, units, by_event))
        sessions = []
        for session, people_there in session_people.get(event, {}).items():
            mix = Counter(g.nodes[p].get("sector") or "unknown" for p in people_there)
            sessions.append({"session": session, "name": g.nodes[session]["label"],
                             "sectors": dict(mix), "blau": round(measures.blau_index(mix), 4)})
        result.events.append({"event": event, "name": g.nodes[event]["label"],
                              "date": g.nodes[event].get("date"), "sectors": dict(counts),
                              "blau": round(measures.blau_index(counts), 4), "ei": event_ei.index,
                              "sessions": sorted(sessions, key=lambda x: x["name"])})
    result.network = {"nodes": people.number_of_nodes(), "ties": people.number_of_edges()}
    ei = measures.ei_index(people)
    result.ei = {"index": ei.index, "between": ei.external, "within": ei.internal}
    result.ei_by_sector = {s: {"index": v.index, "between": v.external, "within": v.internal}
                           for s, v in sorted(measures.ei_index_by_group(people).items())}
    result.mixing, result.assortativity = measures.mixing(people)
    centrality, how = measures.betweenness(people)
    result.network["betweenness"] = how
    roles = measures.brokerage(people)
    by_node_ei = measures.ei_index_by_node(people)
    participation = measures.participation_coefficient(people)
    constraint, effective_size = measures.structural_holes(people)
    for n, data in people.nodes(data=True):
        node_ei = by_node_ei.get(n)
        result.per_person[n] = {
            "person": n, "name": data["name"], "sector": data.get("sector"),
            "sector_inferred": data.get("sector_inferred", False),
            "betweenness": round(centrality.get(n, 0.0), 4), "ties": people.degree(n),
            "ei": None if node_ei is None else node_ei.index,
            "participation": round(participation.get(n, 0.0), 4),
            "constraint": _rounded(constraint.get(n)), "effective_size": _rounded(effective_size.get(n)),
            "brokerage": dict(roles.get(n, Counter()))}
    ranked = sorted(result.per_person.values(),
                    key=lambda p: (-p["betweenness"], -sum(p["brokerage"].values()), p["name"]))
    result.bridges = ranked[:top]
    result.shared_topics = shared_topics(g)
    found = measures.communities(people)
    result.communities = [{"size": len(c["members"]), "sectors": c["sectors"], "blau": round(c["blau"], 4),
                           "people": [people.nodes[m]["name"] for m in c["members"]]} for c in found]
    for number, c in enumerate(found, 1):
        for m in c["members"]:
            result.per_person[m]["community"] = number
    result.years = by_year(g, result.events)
    if len(result.events) < 2:
        result.cannot_say.append("change over time: there is only one event")
    if len({d.get("sector") for _, d in people.nodes(data=True) if d.get("sector")}) < 2:
        result.cannot_say.append("anything across sectors: the people have one sector or none")
    if people.number_of_edges() == 0:
        result.cannot_say.append("who bridges whom: nobody took part in a session with anybody else")
    return result


def _rounded(value: float | None) -> float | None:
    return None if value is None or value != value else round(value, 4)


def _people_per_session(g: nx.MultiDiGraph, units: dict) -> dict[str, dict[str, set[str]]]:
    """event -> session -> the people who took part in the session or its sub-sessions."""
    parent = {u: v for u, v, k in g.edges(data="kind") if k == "session_of"}
    found: dict[str, dict[str, set[str]]] = {}
    for person, part, kind in g.edges(data="kind"):
        if kind != "took_part" or g.nodes[part]["kind"] != "session":
            continue
        event = units[part][0]
        node = part
        while node in parent:  # the session and every session above it
            found.setdefault(event, {}).setdefault(node, set()).add(person)
            node = parent[node]
    return found


def by_year(g: nx.MultiDiGraph, events: list[dict]) -> list[dict]:
    """Per year: events, people, and the cross-sector ties of that year's events alone."""
    years: dict[str, set[str]] = {}
    for e in events:
        years.setdefault((e["date"] or "undated")[:4], set()).add(e["event"])
    units = participation_units(g)
    by_event = participations_by_event(g, units)
    found = []
    for year, ids in sorted(years.items()):
        people = co_participation(g, ids, units, by_event)
        ei = measures.ei_index(people)
        found.append({"year": year, "events": len(ids), "people": people.number_of_nodes(),
                      "ties_between_sectors": ei.external, "ties_within_sectors": ei.internal,
                      "ei": ei.index})
    return found


def shared_topics(g: nx.MultiDiGraph) -> list[dict]:
    """Topics of events or sessions at which people of both academia and industry spoke."""
    speakers: dict[str, dict[str, set[str]]] = {}
    for person, part, data in g.edges(data=True):
        if data["kind"] != "took_part" or data["label"] not in SPEAKING:
            continue
        sector = g.nodes[person].get("sector")
        sectors = g.nodes[person].get("sectors") or ([sector] if sector else [])
        for _, topic, kind in g.out_edges(part, data="kind"):
            if kind == "about":
                for s in sectors:
                    speakers.setdefault(topic, {}).setdefault(s, set()).add(g.nodes[person]["label"])
    found = []
    for topic, by_sector in speakers.items():
        if "academia" in by_sector and "industry" in by_sector:
            found.append({"topic": topic, "label": g.nodes[topic]["label"],
                          "academia": sorted(by_sector["academia"]),
                          "industry": sorted(by_sector["industry"])})
    return sorted(found, key=lambda t: (-len(t["academia"]) - len(t["industry"]), t["label"]))


def _number(value: float | None, digits: int = 2) -> str:
    return "undefined" if value is None else f"{value:+.{digits}f}"


def _roles(counts: dict) -> str:
    parts = [f"{v} {k}" for k, v in counts.items() if v]
    return ", ".join(parts) if parts else "none"


def as_text(a: Analysis, markdown: bool = False) -> str:
    h = (lambda t: f"## {t}\n") if markdown else (lambda t: f"{t}\n{'-' * len(t)}\n")
    bullet = "- " if markdown else "  "
    out = [("# " if markdown else "") + "How academia and industry connect\n",
           f"{len(a.events)} event{'s' if len(a.events) != 1 else ''}, {a.people} people "
           f"({a.people_with_sector} with a sector). People are tied when they took part in the "
           f"same session (a session and its talks count as one; people taking part in the "
           f"event as a whole meet there): {a.network['ties']} ties.\n"]
    out.append(h("Sector mix per event"))
    for e in a.events:
        mix = ", ".join(f"{n} {s}" for s, n in sorted(e["sectors"].items(), key=lambda i: -i[1]))
        out.append(f"{bullet}{e['name']} ({e['date'] or 'no date'}): {mix}; Blau heterogeneity "
                   f"{e['blau']:.2f}; E-I {_number(e['ei'])}")
        for session in e["sessions"]:
            mix = ", ".join(f"{n} {s}" for s, n in sorted(session["sectors"].items(), key=lambda i: -i[1]))
            out.append(f"{bullet}    {session['name']}: {mix}")
    out.append("")
    out.append(h("Ties between and within sectors"))
    out.append(f"{bullet}E-I index {_number(a.ei['index'])} ({a.ei['between']:g} ties between sectors, "
               f"{a.ei['within']:g} within; +1 all between, -1 all within)")
    for sector, ei in a.ei_by_sector.items():
        out.append(f"{bullet}{sector}: E-I {_number(ei['index'])} ({ei['between']:g} out, {ei['within']:g} in)")
    out.append(f"{bullet}assortativity by sector {_number(a.assortativity, 3)} (Newman 2003; 0 is chance mixing)")
    out.append("")
    out.append(h("Top bridges"))
    out.append(f"Ranked by betweenness in the co-participation network ({a.network['betweenness']}); "
               "brokerage roles after Gould & Fernandez (1989), sectors as groups.\n")
    if markdown:
        out.append("| person | sector | betweenness | ties | E-I | brokerage |\n|---|---|---:|---:|---:|---|")
    for i, b in enumerate(a.bridges, 1):
        sector = (b["sector"] or "unknown") + (" (inferred)" if b["sector_inferred"] else "")
        if markdown:
            out.append(f"| {b['name']} | {sector} | {b['betweenness']:.3f} | {b['ties']} | "
                       f"{_number(b['ei'])} | {_roles(b['brokerage'])} |")
        else:
            why = (f"brokers {sum(b['brokerage'].values())} two-step paths ({_roles(b['brokerage'])})"
                   if sum(b["brokerage"].values()) else "brokers no two-step path")
            holes = ("" if b["constraint"] is None else
                     f", constraint {b['constraint']:.2f}, effective size {b['effective_size']:.2f}")
            out.append(f"{i:3}. {b['name']}, {sector}: betweenness {b['betweenness']:.3f}, "
                       f"{b['ties']} tie{'s' if b['ties'] != 1 else ''}, E-I {_number(b['ei'])}, "
                       f"participation {b['participation']:.2f}{holes}; {why}")
    out.append("")
    out.append(h("Communities"))
    out.append("Louvain communities of the co-participation network (seed 42); Blau 0 means one sector.\n")
    if not a.communities:
        out.append(f"{bullet}none: there are no ties")
    for i, c in enumerate(a.communities, 1):
        mix = ", ".join(f"{n} {s}" for s, n in sorted(c["sectors"].items(), key=lambda x: -x[1]))
        out.append(f"{bullet}{i}. {c['size']} people ({mix}), Blau {c['blau']:.2f}: {', '.join(c['people'][:8])}"
                   + (" ..." if c["size"] > 8 else ""))
    out.append("")
    if len(a.years) > 1:
        out.append(h("Over time"))
        for y in a.years:
            out.append(f"{bullet}{y['year']}: {y['events']} events, {y['people']} people, "
                       f"{y['ties_between_sectors']:g} ties between sectors, E-I {_number(y['ei'])}")
        out.append("")
    out.append(h("Topics both sectors raised"))
    if not a.shared_topics:
        out.append(f"{bullet}none: no topic was raised by speakers of both academia and industry")
    for t in a.shared_topics:
        out.append(f"{bullet}{t['label']}: academia {', '.join(t['academia'])}; "
                   f"industry {', '.join(t['industry'])}")
    if a.cannot_say:
        out.append("")
        out.append(h("What these records cannot show"))
        out += [f"{bullet}{c}" for c in a.cannot_say]
    return "\n".join(out) + "\n"


def as_json(a: Analysis) -> str:
    data = asdict(a)
    del data["per_person"]  # in the measures graph instead (kg.analysis.measures_rdf)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def connecting_path(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The shortest chain of records linking two nodes (people, organisations, events),
    each step with the tie that links it to the next: how one side reaches the other."""
    undirected = nx.Graph()
    for u, v, data in g.edges(data=True):
        undirected.add_edge(u, v, label=data.get("label", data["kind"]))
    if source not in undirected or target not in undirected or not nx.has_path(undirected, source, target):
        return []
    nodes = nx.shortest_path(undirected, source, target)
    steps = []
    for i, node in enumerate(nodes):
        step = {"node": node, "name": g.nodes[node]["label"], "kind": g.nodes[node]["kind"],
                "sector": g.nodes[node].get("sector")}
        if i + 1 < len(nodes):
            step["tie"] = undirected.edges[node, nodes[i + 1]]["label"]
        steps.append(step)
    return steps


def path_text(steps: list[dict]) -> str:
    if not steps:
        return "no chain of records links them\n"
    parts = []
    for step in steps:
        sector = f", {step['sector']}" if step.get("sector") else ""
        parts.append(f"{step['name']} ({step['kind']}{sector})")
        if "tie" in step:
            parts.append(f"  --{step['tie']}--")
    return "\n".join(parts) + "\n"
