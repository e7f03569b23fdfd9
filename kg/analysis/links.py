"""The academia–industry links a reader asks about first: which organisations connect to
which, and how the ties run over the years (repeat bridges, new against repeated ties).
Pure functions over the knowledge graph and its co-participation networks.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.analysis.measures import ACADEMIA, INDUSTRY, shares
from kg.analysis.networks import organisation_sector, top_organisation


def _posts(g: nx.MultiDiGraph, keep_units: bool) -> dict[str, dict[str, set[str]]]:
    """person -> sector -> the organisations (top-level unless keep_units) of their posts."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, org, kind in g.edges(data="kind"):
        if kind != "member":
            continue
        sector, _ = organisation_sector(g, org)
        if sector in (ACADEMIA, INDUSTRY):
            found[person][sector].add(org if keep_units else top_organisation(g, org))
    return found


def organisation_links(g: nx.MultiDiGraph, people: nx.Graph, keep_units: bool = False) -> list[dict]:
    """The organisation x organisation academia–industry table: for each academic and
    industrial organisation (rolled up to their top-level parents unless `keep_units`),
    the units their people shared (`weight`, the sum of the ties' `count`) and the pairs
    of people who make the link; people who hold posts in both link them by themselves
    (`holders`). A person with posts at several organisations links each of them.
    """
    posts = _posts(g, keep_units)
    links: dict[tuple[str, str], dict] = {}

    def link(a: str, i: str) -> dict:
        return links.setdefault((a, i), {"weight": 0, "pairs": set(), "holders": set()})

    for u, v, count in people.edges(data="count", default=1):
        for x, y in ((u, v), (v, u)):
            for a in posts.get(x, {}).get(ACADEMIA, ()):
                for i in posts.get(y, {}).get(INDUSTRY, ()):
                    entry = link(a, i)
                    entry["weight"] += count
                    entry["pairs"].add((g.nodes[x]["label"], g.nodes[y]["label"]))
    for person, by_sector in posts.items():
        for a in by_sector.get(ACADEMIA, ()):
            for i in by_sector.get(INDUSTRY, ()):
                link(a, i)["holders"].add(g.nodes[person]["label"])
    rows = [{"academia": a, "academia_name": g.nodes[a]["label"], "industry": i,
             "industry_name": g.nodes[i]["label"], "weight": e["weight"],
             "people": [f"{x} – {y}" for x, y in sorted(e["pairs"])], "holders": sorted(e["holders"])}
            for (a, i), e in links.items()]
    return sorted(rows, key=lambda r: (-r["weight"], -len(r["holders"]), r["academia_name"],
                                       r["industry_name"], r["academia"], r["industry"]))


def academia_industry_share(a: dict, b: dict) -> float:
    """The part of a tie between people with shares a and b that runs academia–industry."""
    return a.get(ACADEMIA, 0) * b.get(INDUSTRY, 0) + a.get(INDUSTRY, 0) * b.get(ACADEMIA, 0)


def cross_sector_share(a: dict, b: dict) -> float:
    """The part of a tie that runs between sectors (1 - the share in common)."""
    return 1.0 - sum(share * b.get(s, 0.0) for s, share in a.items())


def ties_over_time(by_year: dict[str, nx.Graph]) -> tuple[list[dict], list[dict]]:
    """New and repeated cross-sector and academia–industry ties per year, and the repeat
    bridges: people with academia–industry co-presence in two or more distinct years.

    A tie is new in the first year its two people share a unit and repeated in each later
    year they share one again. Counts are by shares (kg.analysis.measures' rule), so a tie
    of a person with two sectors counts in part. `by_year` maps each year (sorted) to the
    co-participation network of that year's events.
    """
    seen: set[tuple] = set()
    years, presence = [], defaultdict(lambda: {"years": set(), "partners": set()})
    for year, people in sorted(by_year.items()):
        row = {"year": year, "cross_new": 0.0, "cross_repeated": 0.0,
               "academia_industry_new": 0.0, "academia_industry_repeated": 0.0}
        for u, v in sorted(tuple(sorted(e)) for e in people.edges()):
            a, b = shares(people.nodes[u]), shares(people.nodes[v])
            if not a or not b:
                continue
            when = "repeated" if (u, v) in seen else "new"
            seen.add((u, v))
            row[f"cross_{when}"] += cross_sector_share(a, b)
            ai = academia_industry_share(a, b)
            row[f"academia_industry_{when}"] += ai
            if ai > 0:
                for x, y in ((u, v), (v, u)):
                    presence[x]["years"].add(year)
                    presence[x]["partners"].add(y)
        years.append(row)
    names = {}
    for people in by_year.values():
        names.update((n, d["name"]) for n, d in people.nodes(data=True))
    repeat = [{"person": n, "name": names[n], "years": sorted(p["years"]), "partners": len(p["partners"])}
              for n, p in presence.items() if len(p["years"]) > 1]
    return years, sorted(repeat, key=lambda r: (-len(r["years"]), -r["partners"], r["name"], r["person"]))
