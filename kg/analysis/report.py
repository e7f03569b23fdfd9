"""Analysis of how academia and industry connect: every figure the report shows, each
against what chance would give where a null model applies (kg.analysis.null_models).

The text, Markdown and HTML renderings are in report_text and report_html; the JSON is
the Analysis itself.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

import networkx as nx

from kg.analysis import measures, structure
from kg.analysis.links import organisation_links, ties_over_time
from kg.analysis import null_models
from kg.analysis.measures import ACADEMIA, INDUSTRY, between, ei_from_mixing, mixing_counts, sector_arrays
from kg.analysis.networks import (UNITS, co_participation, event_neighbourhood, participation_units,
                                  participations_by_event, person_event)
from kg.analysis.sectors import event_sectors, histories
from kg.analysis.null_models import FEW_PERMUTATIONS, PERMUTATIONS, SEED, permutation_test

SPEAKING = {"host", "welcome speaker", "moderator", "keynote speaker", "panelist", "speaker"}


@dataclass
class Analysis:
    unit: str = "session"
    permutations: int = PERMUTATIONS
    events: list[dict] = field(default_factory=list)
    people: dict = field(default_factory=dict)
    network: dict = field(default_factory=dict)
    # The headline under each unit, side by side: academia–industry ties, E-I, ...
    headline: dict = field(default_factory=dict)
    ei: dict = field(default_factory=dict)
    ei_by_sector: dict = field(default_factory=dict)
    assortativity: dict = field(default_factory=dict)
    mixing: dict = field(default_factory=dict)
    bridges: list[dict] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)
    years: list[dict] = field(default_factory=list)
    repeat_bridges: list[dict] = field(default_factory=list)
    shared_topics: list[dict] = field(default_factory=list)
    communities: dict = field(default_factory=dict)
    cannot_say: list[str] = field(default_factory=list)
    # Every person's measures, keyed by IRI (written back as triples; not in the report).
    per_person: dict = field(default_factory=dict, repr=False)


def restrict_to_event(g: nx.MultiDiGraph, event: str) -> nx.MultiDiGraph:
    """The graph of one event (see networks.event_neighbourhood)."""
    return g.subgraph(event_neighbourhood(g, event)).copy()


def with_ties(people: nx.Graph) -> nx.Graph:
    """The people who share a unit with somebody, the network every measure runs on: the
    others are removed in place (a subgraph view would make every later pass over two
    million ties several times slower), and the same graph is returned."""
    people.remove_nodes_from([n for n in people if people.degree(n) == 0])
    return people


def sector_figures(people: nx.Graph, permutations: int = PERMUTATIONS, seed: int = SEED,
                   weight: str | None = None, arrays: measures.SectorArrays | None = None,
                   classes=None) -> dict:  # noqa: ANN001 - null_models.twin_classes
    """The sector-mixing figures of a network of people with ties, each a null_models.Chance
    as a dict: academia–industry ties, E-I, assortativity and each sector's E-I, with the
    counts behind them and the mixing matrix. `arrays` and `classes`, when given, are the
    network's sector_arrays and twin classes, made once for several calls."""
    arrays = sector_arrays(people, weight=weight) if arrays is None else arrays
    groups = arrays.groups
    observed = mixing_counts(arrays)
    statistics = {"academia_industry": null_models.between_of(groups), "ei": null_models.ei_of,
                  "assortativity": null_models.assortativity_of}
    for j, g in enumerate(groups):
        statistics[f"sector:{g}"] = null_models.sector_ei_of(j)
    tested = permutation_test(arrays, statistics, observed, permutations, seed, classes)
    ei = ei_from_mixing(observed)
    total = ei.external + ei.internal
    by_sector = measures.ei_by_group_from_mixing(observed, groups)
    return {
        "academia_industry": {**tested["academia_industry"].as_dict(),
                              "share": None if total == 0 else between(observed, groups) / total},
        "ei": {**tested["ei"].as_dict(), "between": ei.external, "within": ei.internal},
        "assortativity": tested["assortativity"].as_dict(),
        "ei_by_sector": {g: {**tested[f"sector:{g}"].as_dict(), "between": by_sector[g].external,
                             "within": by_sector[g].internal} for g in groups},
        "mixing": {x: {y: float(observed[i, j]) for j, y in enumerate(groups) if observed[i, j]}
                   for i, x in enumerate(groups) if observed[i].any()},
        "people": len(arrays.nodes), "ties": total,
    }


def _headline(tied: nx.Graph, mixed: nx.Graph, permutations: int, seed: int) -> tuple[dict, dict]:
    """The headline of one unit's network `tied`, and its counted sector figures, made on
    `mixed` (mixing_network)."""
    weighted_arrays = sector_arrays(mixed, weight="weight")  # one pass over the ties for both
    classes = null_models.twin_classes(weighted_arrays) if permutations > 0 else None
    weighted = sector_figures(tied, permutations, seed, arrays=weighted_arrays, classes=classes)
    counted = sector_figures(tied, permutations, seed, arrays=measures.counted(weighted_arrays),
                             classes=classes)
    return counted, {"people_with_ties": tied.number_of_nodes(), "ties": tied.number_of_edges(),
                     "academia_industry": counted["academia_industry"], "ei": counted["ei"],
                     "ei_weighted": weighted["ei"], "assortativity": counted["assortativity"]}


def analyse(g: nx.MultiDiGraph, top: int = 10, unit: str = "session",
            permutations: int = PERMUTATIONS, seed: int = SEED, keep_units: bool = False) -> Analysis:
    """Every measure the report shows, computed on the knowledge graph `g`, with people
    tied when they share a `unit` ("session" or "event", see networks.participation_units)."""
    result = Analysis(unit=unit, permutations=permutations)
    two_mode = person_event(g)
    units = participation_units(g, unit)
    by_event = participations_by_event(g, units)
    people = co_participation(g, units=units)
    everyone = dict(people.nodes(data=True))
    tied = with_ties(people)
    at_event = event_sectors(two_mode)
    history = histories(g, at_event)
    at_once = {person for (person, _), sectors in at_event.items() if len(sectors) > 1}
    result.people = {"all": len(everyone), "with_ties": tied.number_of_nodes(),
                     "isolates": len(everyone) - tied.number_of_nodes(),
                     "with_sector": sum(1 for d in everyone.values() if measures.shares(d)),
                     # Posts in several sectors at one event (or, at no event, among the current ones).
                     "several_sectors": sum(1 for n, d in everyone.items() if n in at_once or (
                         not two_mode.degree(n) and len(measures.shares(d)) > 1)),
                     "changed_sector": len(history)}
    result.network = {"ties": tied.number_of_edges()}
    for name in UNITS:
        if name == unit:
            mixed = mixing_network(g, tied, set(by_event), units, by_event)
            figures, result.headline[name] = _headline(tied, mixed, permutations, seed)
        else:
            result.headline[name] = _other_headline(g, name, by_event, permutations, seed)
    # The projection of all events is the whole network, and so are its figures: made once.
    cache: dict = {frozenset(by_event): tied, "figures": {frozenset(by_event): figures}}
    result.events = _events(g, two_mode, at_event, units, by_event, cache)
    result.ei, result.ei_by_sector = figures["ei"], figures["ei_by_sector"]
    result.assortativity, result.mixing = figures["assortativity"], figures["mixing"]
    _people_measures(result, everyone, tied, top, history)
    result.organisations = organisation_links(
        g, {event: projection(g, {event}, units, by_event, cache) for event in by_event}, keep_units)
    result.shared_topics = shared_topics(g)
    found = structure.communities(tied)
    result.communities = {
        "modularity": found["modularity"], "louvain_counts": found["counts"],
        "adjusted_rand_median": found["adjusted_rand_median"],
        "list": [{"size": len(c["members"]), "sectors": c["sectors"], "blau": round(c["blau"], 4),
                  "people": [everyone[m]["name"] for m in c["members"]]} for c in found["communities"]]}
    for number, c in enumerate(found["communities"], 1):
        for m in c["members"]:
            result.per_person[m]["community"] = number
    result.years, result.repeat_bridges = by_year(g, result.events, units, by_event, permutations, seed, cache)
    result.cannot_say = cannot_say(g, result, everyone, units)
    return result


def _other_headline(g: nx.MultiDiGraph, unit: str, by_event: dict, permutations: int, seed: int) -> dict:
    """The headline under another unit. Its network (two million ties for one event of
    2,000 people) is freed on return, before the rest of the analysis."""
    units = participation_units(g, unit)
    network = with_ties(co_participation(g, units=units))
    return _headline(network, mixing_network(g, network, set(by_event), units, by_event), permutations, seed)[1]


def mixing_network(g: nx.MultiDiGraph, people: nx.Graph, events: set[str], units: dict, by_event: dict) -> nx.Graph:
    """The network the sector-mixing figures of `events` run on: `people` (their
    co-participation network, with ties) when nobody's sector differs between those events,
    else the same ties with each such person split by sector (co_participation's
    `periods`), so that every tie joins the sectors its two people had when they met."""
    sectors: dict[str, set] = {}
    for event in events:
        for person, _, data in by_event.get(event, ()):
            sectors.setdefault(person, set()).add(data["sectors"])
    if all(len(found) < 2 for found in sectors.values()):
        return people
    return with_ties(co_participation(g, events, units, by_event, periods=True))


def projection(g: nx.MultiDiGraph, events: set[str], units: dict, by_event: dict, cache: dict) -> nx.Graph:
    """co_participation of some events, made once per set of events in `cache` (a year of
    one event is that event): one event of 2,000 people is two million ties to build."""
    key = frozenset(events)
    if key not in cache:
        cache[key] = co_participation(g, events, units, by_event)
    return cache[key]


def _events(g: nx.MultiDiGraph, two_mode: nx.Graph, at_event: dict, units: dict, by_event: dict,
            cache: dict) -> list[dict]:
    session_people = _people_per_session(g, units)
    found = []
    for event, counts in sorted(measures.sector_composition(two_mode).items(),
                                key=lambda item: (g.nodes[item[0]].get("date") or "", item[0])):
        whole = cache.get("figures", {}).get(frozenset({event}))
        event_ei = (measures.ei_index(projection(g, {event}, units, by_event, cache)).index
                    if whole is None else whole["ei"]["value"])
        sessions = []
        for session, people_there in session_people.get(event, {}).items():
            mix: Counter = Counter()
            for p in people_there:
                mix.update(measures.split(at_event[p, event]) or {"unknown": 1.0})
            sessions.append({"session": session, "name": g.nodes[session]["label"],
                             "sectors": dict(mix), "blau": round(measures.blau_index(mix), 4)})
        found.append({"event": event, "name": g.nodes[event]["label"],
                      "date": g.nodes[event].get("date"), "sectors": dict(counts),
                      "blau": round(measures.blau_index(counts), 4), "ei": event_ei,
                      "sessions": sorted(sessions, key=lambda x: (x["name"], x["session"]))})
    return found


def _people_measures(result: Analysis, everyone: dict, tied: nx.Graph, top: int, history: dict) -> None:
    centrality, how = measures.betweenness(tied)
    result.network["betweenness"] = how
    roles = structure.brokerage(tied)
    expected = structure.brokerage_expected(tied, roles)
    around = measures.neighbour_sectors(tied)  # one sparse product for both
    by_node_ei = measures.ei_by_node_from(*around)
    participation = measures.participation_from(*around)
    classes = structure.weighted_twin_classes(tied)
    _, effective_size = structure.structural_holes(tied, classes)
    constraint = structure.weighted_constraint(tied, classes=classes)  # big units constrain little
    exact = {}
    for n, data in sorted(everyone.items()):
        node_ei = by_node_ei.get(n)
        exact[n] = (centrality.get(n, 0.0), sum(roles.get(n, {}).values()))
        result.per_person[n] = {
            "person": n, "name": data["name"], "sector": data.get("sector"),
            "sectors": list(measures.shares(data)), "sector_inferred": data.get("sector_inferred", False),
            "sector_history": history.get(n),
            "betweenness": round(centrality.get(n, 0.0), 4), "ties": tied.degree(n) if n in tied else 0,
            "ei": None if node_ei is None else node_ei.index,
            "participation": round(participation.get(n, 0.0), 4),
            "constraint": _rounded(constraint.get(n)), "effective_size": _rounded(effective_size.get(n)),
            "brokerage": roles.get(n, {}), "brokerage_expected": expected.get(n, {})}
    # Ranked on the unrounded values; only people who lie between others at all.
    bridging = [n for n, (b, k) in exact.items() if b > 0 or k > 0]
    bridging.sort(key=lambda n: (-exact[n][0], -exact[n][1], everyone[n]["name"], n))
    result.bridges = [result.per_person[n] for n in bridging[:top]]


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


def by_year(g: nx.MultiDiGraph, events: list[dict], units: dict, by_event: dict,
            permutations: int = PERMUTATIONS, seed: int = SEED, cache: dict | None = None) -> tuple[list[dict], list[dict]]:
    """Per year: events, people, the ties of that year's events alone with E-I and
    academia–industry ties against chance (labels shuffled among that year's people), and
    new against repeated ties; and the repeat bridges (links.ties_over_time)."""
    years: dict[str, set[str]] = {}
    for e in events:
        years.setdefault((e["date"] or "undated")[:4], set()).add(e["event"])
    cache = {} if cache is None else cache
    networks = {year: projection(g, ids, units, by_event, cache) for year, ids in sorted(years.items())}
    over_time, repeat = ties_over_time(networks)
    found = []
    for (year, people), change in zip(sorted(networks.items()), over_time):
        present = len({person for event in years[year] for person, *_ in by_event.get(event, ())})
        tied = with_ties(people)
        figures = cache.get("figures", {}).get(frozenset(years[year])) or sector_figures(
            mixing_network(g, tied, years[year], units, by_event), permutations, seed)
        found.append({"year": year, "events": len(years[year]), "people": present,
                      "people_with_ties": tied.number_of_nodes(),
                      "ties_between_sectors": figures["ei"]["between"],
                      "ties_within_sectors": figures["ei"]["within"], "ei": figures["ei"],
                      "academia_industry": figures["academia_industry"],
                      **{k: v for k, v in change.items() if k != "year"}})
    return found, repeat


def cannot_say(g: nx.MultiDiGraph, a: Analysis, everyone: dict, units: dict) -> list[str]:
    """What these records cannot show, from what applies to them."""
    found = []
    if len(a.events) < 2:
        found.append("change over time: there is only one event")
    elif len(a.years) < 2:
        found.append("change over time: every event is in one year")
    sectors = {s for d in everyone.values() for s in measures.shares(d)}
    if len(sectors) < 2:
        found.append("anything across sectors: the people have one sector or none")
    elif not {ACADEMIA, INDUSTRY} <= sectors:
        found.append("academia–industry ties: the people are not of both academia and industry")
    if a.network["ties"] == 0:
        found.append("who bridges whom: nobody took part in a session with anybody else")
    if a.people["several_sectors"]:
        found.append(f"which sector a person with posts in several sectors at once acted for: "
                     f"{a.people['several_sectors']} such "
                     f"{'person counts' if a.people['several_sectors'] == 1 else 'people count'} "
                     f"a share in each, as the posts held at the event's date span sectors")
    if a.people.get("changed_sector"):
        n = a.people["changed_sector"]
        found.append(f"one sector for {plural_people(n)} whose sector changed between events: their "
                     f"ties count the sectors they had when they met; brokerage, each person's E-I "
                     f"and participation, and the communities count the share of their events in "
                     f"each sector")
    if a.unit == "session" and _whole_event_apart(g, units):
        found.append("ties between people at an event as a whole and its session speakers: "
                     "the records do not say they met (compare the headline by event)")
    if 0 < a.permutations < FEW_PERMUTATIONS:
        found.append(f"whether a figure differs from chance: {a.permutations} permutations are "
                     f"too few (use at least {FEW_PERMUTATIONS})")
    elif a.permutations == 0:
        found.append("whether a figure differs from chance: no permutations were run")
    return found


def plural_people(n: int) -> str:
    return "1 person" if n == 1 else f"{n:,} people"


def _whole_event_apart(g: nx.MultiDiGraph, units: dict) -> bool:
    """True when an event has people recorded at the event as a whole and session speakers."""
    whole, sessions = set(), set()
    for _, part, kind in g.edges(data="kind"):
        if kind == "took_part":
            (sessions if g.nodes[part]["kind"] == "session" else whole).add(units[part][0])
    return bool(whole & sessions)


def shared_topics(g: nx.MultiDiGraph) -> list[dict]:
    """Topics of events or sessions at which people of both academia and industry spoke, each
    in the sectors of the posts they held at the event's date (a person with posts in both
    then counts in each)."""
    speakers: dict[str, dict[str, set[str]]] = {}
    for person, part, data in g.edges(data=True):
        if data["kind"] != "took_part" or data["label"] not in SPEAKING:
            continue
        for _, topic, kind in g.out_edges(part, data="kind"):
            if kind == "about":
                for s in data["sectors"]:
                    speakers.setdefault(topic, {}).setdefault(s, set()).add(g.nodes[person]["label"])
    found = []
    for topic, by_sector in speakers.items():
        if ACADEMIA in by_sector and INDUSTRY in by_sector:
            found.append({"topic": topic, "label": g.nodes[topic]["label"],
                          "academia": sorted(by_sector[ACADEMIA]), "industry": sorted(by_sector[INDUSTRY])})
    return sorted(found, key=lambda t: (-len(t["academia"]) - len(t["industry"]), t["label"], t["topic"]))


def as_json(a: Analysis) -> str:
    data = asdict(a)
    del data["per_person"]  # in the measures graph instead (kg.analysis.measures_rdf)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
