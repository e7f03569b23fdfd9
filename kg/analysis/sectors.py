"""People's sectors: an organisation's (its own or its nearest classified ancestor's), a
person's at each event (the posts held at its date, kg.analysis.tenure's rule) and their
own (their current posts), and a person's shares over several events."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from kg.analysis import tenure
from kg.analysis.measures import split

SEVERAL = "several"


def organisation_sector(g: nx.MultiDiGraph, org: str) -> tuple[str | None, bool]:
    """The sector of an organisation, or of its nearest classified ancestor."""
    seen = set()
    while org is not None and org not in seen:
        seen.add(org)
        data = g.nodes[org]
        if data.get("sector"):
            return data["sector"], data["sector_inferred"]
        org = next((t for _, t, k in g.out_edges(org, data="kind") if k == "part_of"), None)
    return None, False


def date_former_posts(g: nx.MultiDiGraph, posts: dict[str, list[tuple[str, dict]]],
                      derived: dict[str, list[str]], published: dict[str, str]) -> None:
    """Each former post without an end gets `until`, the date from which it is no longer
    held (tenure.former_until): its sources' dates, or the first event of an undated one."""
    first_event: dict[str, str] = {}
    for node, data in g.nodes(data=True):
        if data["kind"] == "event" and data.get("date"):
            for source in derived.get(node, ()):
                if source not in first_event or data["date"] < first_event[source]:
                    first_event[source] = data["date"]
    for held in posts.values():
        for _, data in held:
            if data["current"] is False and not data["end"]:
                data["until"] = tenure.former_until(derived.get(data["membership"], ()), published, first_event)


def posts_of(g: nx.MultiDiGraph) -> dict[str, list[tuple[str, dict]]]:
    """Each person -> their posts as (organisation, member edge data): read once, since a
    person at hundreds of events has far more participations than posts."""
    found: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for person, org, data in g.edges(data=True):
        if data["kind"] == "member":
            found[person].append((org, data))
    return found


def sectors_at(g: nx.MultiDiGraph, person: str, date: str | None,
               posts: dict[str, list[tuple[str, dict]]] | None = None) -> dict[str, bool]:
    """The person's sectors (-> whether inferred) from the posts held at `date` (None: their
    current posts), or their own sector when no post held gives one (tenure's rule).
    `posts` is posts_of(g), made once for many calls."""
    sectors: dict[str, bool] = defaultdict(bool)
    held = posts[person] if posts is not None else [
        (org, data) for _, org, data in g.out_edges(person, data=True) if data["kind"] == "member"]
    for org, data in held:
        if tenure.held_at(data, date):
            sector, inferred = organisation_sector(g, org)
            if sector:
                sectors[sector] = sectors[sector] or inferred
    own = g.nodes[person]
    if not sectors and own.get("own_sector"):
        sectors[own["own_sector"]] = own["own_inferred"]
    return dict(sectors)


def person_sectors(g: nx.MultiDiGraph, posts: dict[str, list[tuple[str, dict]]]) -> dict[str, dict[str, bool]]:
    """The person node's own sector: that of their current posts. Returns each person's
    current sectors (sectors_at with no date)."""
    found = {}
    for node, data in g.nodes(data=True):
        if data["kind"] != "person":
            continue
        sectors = found[node] = sectors_at(g, node, None, posts)
        data["sector"], data["sector_inferred"] = None, False
        if len(sectors) == 1:
            (data["sector"], data["sector_inferred"]), = sectors.items()
        elif len(sectors) > 1:
            data["sector"], data["sector_inferred"] = SEVERAL, any(sectors.values())
            data["sectors"] = sorted(sectors)
    return found


def participation_sectors(g: nx.MultiDiGraph, posts: dict[str, list[tuple[str, dict]]],
                          taking_part: list[tuple[str, str, dict]], current: dict[str, dict[str, bool]]) -> None:
    """Each participation's `sectors` (sorted) and `sector_inferred`: the person's sectors at
    the date of the event it belongs to (a session's event). `taking_part` lists the
    participations as (person, event or session, edge data); `current` is what
    person_sectors returned."""
    parent = {u: v for u, v, k in g.edges(data="kind") if k == "session_of"}
    # People whose posts carry no date hold the same posts at every event.
    dated = {person for person, held in posts.items()
             if any(d["start"] or d["end"] or d["current"] is not None for _, d in held)}
    found: dict[tuple[str, str | None], dict[str, bool]] = {(p, None): s for p, s in current.items()}
    for person, part, data in taking_part:
        if person in dated:
            while part in parent:
                part = parent[part]
        key = (person, g.nodes[part].get("date") if person in dated else None)
        if key not in found:
            found[key] = sectors_at(g, *key, posts)
        data["sectors"] = tuple(sorted(found[key]))
        data["sector_inferred"] = any(found[key].values())


def shares_over(at: list[dict]) -> dict:
    """A person's sector attributes over the events of their participations `at` (one each):
    the mean of their shares at each event of known sector (measures' rule)."""
    known = [d for d in at if d["sectors"]]
    if len({d["sectors"] for d in known}) == 1:
        found = split(known[0]["sectors"])  # not a mean: the same bytes as one event's
    else:
        total: Counter = Counter()
        for d in known:
            total.update(split(d["sectors"]))
        found = {s: v / len(known) for s, v in sorted(total.items())}
    sector = next(iter(found)) if len(found) == 1 else (SEVERAL if found else None)
    attributes = {"shares": found, "sector": sector, "sector_inferred": any(d["sector_inferred"] for d in known)}
    if len(found) > 1:
        attributes["sectors"] = sorted(found)
    return attributes


def event_sectors(person_event: nx.Graph) -> dict[tuple[str, str], tuple[str, ...]]:
    """(person, event) -> the person's sectors at the event, from the two-mode person–event
    network (kg.analysis.networks.person_event)."""
    found = {}
    for u, v, sectors in person_event.edges(data="sectors"):
        person, event = (u, v) if person_event.nodes[u]["bipartite"] == 0 else (v, u)
        found[person, event] = sectors
    return found


def histories(g: nx.MultiDiGraph, at_event: dict[tuple[str, str], tuple[str, ...]]) -> dict[str, str]:
    """The people whose sectors differ between their events -> their sectors over time in
    words ('industry at 2021 events, academia from 2023'; tenure.history_text)."""
    by_person: dict[str, list] = defaultdict(list)
    for (person, event), sectors in at_event.items():
        by_person[person].append((g.nodes[event].get("date") or "", event, sectors))
    found = {}
    for person, events in by_person.items():
        text = tenure.history_text(tenure.runs([(date or None, sectors) for date, _, sectors in sorted(events)]))
        if text:
            found[person] = text
    return found
