"""The academia–industry links a reader asks about first: which organisations connect to
which, and how the ties run over the years (repeat bridges, new against repeated ties).
Pure functions over the knowledge graph and its co-participation networks.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np

from kg.analysis import tenure
from kg.analysis.measures import ACADEMIA, INDUSTRY, shares
from kg.analysis.networks import top_organisation
from kg.analysis.sectors import organisation_sector, posts_of

PEOPLE_PER_LINK = 20


def _posts(g: nx.MultiDiGraph, people, date: str | None, keep_units: bool,  # noqa: ANN001 - node ids
           held: dict, sectors: dict) -> dict[str, dict[str, set[str]]]:
    """person -> sector -> the organisations (top-level unless keep_units) of the posts they
    held at `date` (None: their current posts; kg.analysis.tenure's rule). `held` is
    sectors.posts_of(g); `sectors` caches each organisation's (sector, top organisation)."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person in people:
        for org, data in held.get(person, ()):
            if not tenure.held_at(data, date):
                continue
            if org not in sectors:
                sectors[org] = (organisation_sector(g, org)[0], org if keep_units else top_organisation(g, org))
            sector, unit = sectors[org]
            if sector in (ACADEMIA, INDUSTRY):
                found[person][sector].add(unit)
    return found


def _people_by_date(g: nx.MultiDiGraph) -> dict[str | None, set[str]]:
    """The dates of the events each person took part in -> those people; people at no
    event under None (their current posts count)."""
    parent = {u: v for u, v, k in g.edges(data="kind") if k == "session_of"}
    found: dict[str | None, set[str]] = defaultdict(set)
    present = set()
    for person, part, kind in g.edges(data="kind"):
        if kind == "took_part":
            while part in parent:
                part = parent[part]
            found[g.nodes[part].get("date")].add(person)
            present.add(person)
    found[None].update(n for n, kind in g.nodes(data="kind") if kind == "person" and n not in present)
    return found


def organisation_links(g: nx.MultiDiGraph, by_event: dict[str, nx.Graph], keep_units: bool = False) -> list[dict]:
    """The organisation x organisation academia–industry table: for each academic and
    industrial organisation (rolled up to their top-level parents unless `keep_units`),
    the units their people shared (`weight`, the sum of the ties' `count`), how many pairs
    of people make the link (`pairs`) and the first PEOPLE_PER_LINK of them, most units
    first (`people`); people who hold posts in both at once link them by themselves
    (`holders`). A person with posts at several organisations links each of them.

    `by_event` maps each event to its co-participation network: a tie links the
    organisations of the posts its two people held at that event's date, so a person who
    moved from a studio to a university links the studio at the events before the move
    and the university after it. A holder holds posts in both at an event they took part
    in, or (for people at no event) among their current posts.
    """
    links: dict[tuple[str, str], dict] = {}
    held, sectors = posts_of(g), {}

    def link(a: str, i: str) -> dict:
        return links.setdefault((a, i), {"weight": 0, "pairs": [], "events": 0, "holders": set()})

    def hold(person: str, posts: dict[str, set[str]]) -> None:
        for a in sorted(posts.get(ACADEMIA, ())):
            for i in sorted(posts.get(INDUSTRY, ())):
                link(a, i)["holders"].add(g.nodes[person]["label"])

    for event in sorted(by_event):
        people = by_event[event]
        posts = _posts(g, people, g.nodes[event].get("date"), keep_units, held, sectors)
        made = set()
        academic = {p: sorted(by[ACADEMIA]) for p, by in posts.items() if by.get(ACADEMIA)}
        industrial = {p: sorted(by[INDUSTRY]) for p, by in posts.items() if by.get(INDUSTRY)}
        for u, v, count in people.edges(data="count", default=1):
            for x, y in ((u, v), (v, u)):
                if x in academic and y in industrial:
                    for a in academic[x]:
                        for i in industrial[y]:
                            entry = link(a, i)
                            made.add((a, i))
                            entry["weight"] += count
                            entry["pairs"].append((-count, g.nodes[x]["label"], g.nodes[y]["label"], x, y))
        for key in made:  # a link's pairs met at several events are summed at the end
            links[key]["events"] += 1
    for date, people in sorted(_people_by_date(g).items(), key=lambda item: item[0] or ""):
        for person, there in _posts(g, sorted(people), date, keep_units, held, sectors).items():
            hold(person, there)
    rows = []
    for (a, i), e in links.items():
        pairs = sorted(e["pairs"] if e["events"] < 2 else _summed(e["pairs"]))
        rows.append({"academia": a, "academia_name": g.nodes[a]["label"], "industry": i,
                     "industry_name": g.nodes[i]["label"], "weight": e["weight"], "pairs": len(pairs),
                     "people": [f"{x} – {y}" for _, x, y, *_ in pairs[:PEOPLE_PER_LINK]],
                     "holders": sorted(e["holders"])})
    return sorted(rows, key=lambda r: (-r["weight"], -len(r["holders"]), r["academia_name"],
                                       r["industry_name"], r["academia"], r["industry"]))


def _summed(pairs: list[tuple]) -> list[tuple]:
    """A link's pairs met at several events, each pair once with its units summed. (Kept
    as a list until then: a link of one event of 2,000 people has a million pairs.)"""
    found: dict[tuple, int] = defaultdict(int)
    for count, x_name, y_name, x, y in pairs:
        found[x_name, y_name, x, y] += count
    return [(count, *key) for key, count in found.items()]


def ties_over_time(by_year: dict[str, nx.Graph]) -> tuple[list[dict], list[dict]]:
    """New and repeated cross-sector and academia–industry ties per year, and the repeat
    bridges: people with academia–industry co-presence in two or more distinct years.

    A tie is new in the first year its two people share a unit and repeated in each later
    year they share one again. Counts are by shares (kg.analysis.measures' rule), so a tie
    of a person with two sectors counts in part. `by_year` maps each year (sorted) to the
    co-participation network of that year's events, whose people carry their shares in
    that year (a person who changed sector counts in the year's). Ties are handled as
    arrays: one event of 2,000 people has two million of them.
    """
    names = {}
    for people in by_year.values():
        names.update((n, d["name"]) for n, d in people.nodes(data=True))
    nodes = sorted(names)
    index = {n: i for i, n in enumerate(nodes)}
    groups = sorted({s for people in by_year.values() for _, d in people.nodes(data=True) for s in shares(d)})
    column = {s: j for j, s in enumerate(groups)}
    seen = np.empty(0, dtype=np.int64)
    linked: list[np.ndarray] = []
    years, present = [], {}
    for year, people in sorted(by_year.items()):
        every = np.zeros((len(nodes), len(groups)))
        for n, d in people.nodes(data=True):
            for s, share in shares(d).items():
                every[index[n], column[s]] = share
        own = np.stack([every[:, column[s]] if s in column else np.zeros(len(nodes))
                        for s in (ACADEMIA, INDUSTRY)], axis=1).reshape(len(nodes), 2)
        other = every.any(axis=1)
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
