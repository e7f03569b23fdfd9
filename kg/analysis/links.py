"""The academia–industry links a reader asks about first: which organisations connect to
which, and how the ties run over the years (repeat bridges, new against repeated ties).
Pure functions over the knowledge graph and its co-participation networks.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np

from kg.analysis.measures import ACADEMIA, INDUSTRY, shares
from kg.analysis.networks import organisation_sector, top_organisation

PEOPLE_PER_LINK = 20


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
    the units their people shared (`weight`, the sum of the ties' `count`), how many pairs
    of people make the link (`pairs`) and the first PEOPLE_PER_LINK of them, most units
    first (`people`); people who hold posts in both link them by themselves (`holders`).
    A person with posts at several organisations links each of them.
    """
    posts = _posts(g, keep_units)
    academic = {p: sorted(by[ACADEMIA]) for p, by in posts.items() if by.get(ACADEMIA)}
    industrial = {p: sorted(by[INDUSTRY]) for p, by in posts.items() if by.get(INDUSTRY)}
    links: dict[tuple[str, str], dict] = {}

    def link(a: str, i: str) -> dict:
        return links.setdefault((a, i), {"weight": 0, "pairs": [], "holders": set()})

    for u, v, count in people.edges(data="count", default=1):
        for x, y in ((u, v), (v, u)):
            if x in academic and y in industrial:
                for a in academic[x]:
                    for i in industrial[y]:
                        entry = link(a, i)
                        entry["weight"] += count
                        entry["pairs"].append((-count, g.nodes[x]["label"], g.nodes[y]["label"]))
    for person in sorted(set(academic) & set(industrial)):
        for a in academic[person]:
            for i in industrial[person]:
                link(a, i)["holders"].add(g.nodes[person]["label"])
    rows = [{"academia": a, "academia_name": g.nodes[a]["label"], "industry": i,
             "industry_name": g.nodes[i]["label"], "weight": e["weight"], "pairs": len(e["pairs"]),
             "people": [f"{x} – {y}" for _, x, y in sorted(e["pairs"])[:PEOPLE_PER_LINK]],
             "holders": sorted(e["holders"])}
            for (a, i), e in links.items()]
    return sorted(rows, key=lambda r: (-r["weight"], -len(r["holders"]), r["academia_name"],
                                       r["industry_name"], r["academia"], r["industry"]))


def ties_over_time(by_year: dict[str, nx.Graph]) -> tuple[list[dict], list[dict]]:
    """New and repeated cross-sector and academia–industry ties per year, and the repeat
    bridges: people with academia–industry co-presence in two or more distinct years.

    A tie is new in the first year its two people share a unit and repeated in each later
    year they share one again. Counts are by shares (kg.analysis.measures' rule), so a tie
    of a person with two sectors counts in part. `by_year` maps each year (sorted) to the
    co-participation network of that year's events. Ties are handled as arrays: one event
    of 2,000 people has two million of them.
    """
    names = {}
    for people in by_year.values():
        names.update((n, d["name"]) for n, d in people.nodes(data=True))
    nodes = sorted(names)
    index = {n: i for i, n in enumerate(nodes)}
    own = np.zeros((len(nodes), 2))  # academia, industry shares
    other = np.zeros(len(nodes), dtype=bool)
    full: dict[int, dict] = {}
    for people in by_year.values():
        for n, d in people.nodes(data=True):
            found = shares(d)
            full[index[n]] = found
            own[index[n]] = (found.get(ACADEMIA, 0.0), found.get(INDUSTRY, 0.0))
            other[index[n]] = bool(found)
    groups = sorted({s for f in full.values() for s in f})
    every = np.zeros((len(nodes), len(groups)))
    for i, found in full.items():
        for s, share in found.items():
            every[i, groups.index(s)] = share
    seen = np.empty(0, dtype=np.int64)
    linked: list[np.ndarray] = []
    years, present = [], {}
    for year, people in sorted(by_year.items()):
        ends = np.array([(index[u], index[v]) for u, v in people.edges()], dtype=np.int64).reshape(-1, 2)
        lo, hi = ends.min(axis=1), ends.max(axis=1)
        keep = other[lo] & other[hi]
        lo, hi = lo[keep], hi[keep]
        code = lo * len(nodes) + hi
        cross = 1.0 - (every[lo] * every[hi]).sum(axis=1)
        ai = own[lo, 0] * own[hi, 1] + own[lo, 1] * own[hi, 0]
        again = np.isin(code, seen)
        row = {"year": year}
        for name, values in (("cross", cross), ("academia_industry", ai)):
            row[f"{name}_new"] = math.fsum(values[~again].tolist())
            row[f"{name}_repeated"] = math.fsum(values[again].tolist())
        years.append(row)
        seen = np.union1d(seen, code)
        linked.append(code[ai > 0])
        for i in np.unique(np.concatenate([lo[ai > 0], hi[ai > 0]])).tolist():
            present.setdefault(i, set()).add(year)
    pairs = np.unique(np.concatenate(linked)) if linked else np.empty(0, dtype=np.int64)
    partners = (np.bincount(pairs // len(nodes), minlength=len(nodes))
                + np.bincount(pairs % len(nodes), minlength=len(nodes))) if len(nodes) else []
    repeat = [{"person": nodes[i], "name": names[nodes[i]], "years": sorted(y), "partners": int(partners[i])}
              for i, y in present.items() if len(y) > 1]
    return years, sorted(repeat, key=lambda r: (-len(r["years"]), -r["partners"], r["name"], r["person"]))
