"""The analysis in words: a plain-text report or Markdown (the same sentences)."""

from __future__ import annotations

from kg.analysis.report import Analysis

UNIT_WORDS = {"session": "the same session (a session and its talks count as one; people taking "
                         "part in the event as a whole meet there)",
              "event": "the same event"}
# What a verdict (null_models.Chance.verdict) says about each figure.
READINGS = {
    "academia_industry": {"above": "more academia–industry ties than chance would give",
                          "below": "fewer academia–industry ties than chance would give",
                          "within": "no more academia–industry ties than chance would give"},
    "ei": {"above": "more mixing across sectors than chance would give",
           "below": "less mixing across sectors than chance would give",
           "within": "no more mixing across sectors than chance would give"},
    "assortativity": {"above": "people keep to their sector more than chance would have them",
                      "below": "people cross sectors more than chance would have them",
                      "within": "no different from chance: with everyone at a unit tied to "
                                "everyone, this is the value sector sizes alone give"},
}


def plural(n: float, word: str, words: str | None = None) -> str:
    return f"{count(n)} {word if n == 1 else (words or word + 's')}"


def signed(value: float | None, digits: int = 2) -> str:
    return "undefined" if value is None else f"{value:+.{digits}f}"


def approx(value: float) -> str:
    """A count chance would give: whole numbers from 100 up, three digits below."""
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def count(value: float | None) -> str:
    """A count, which shares can make fractional: 1,999,000; 283.25; 0.5 (two decimals)."""
    if value is None:
        return "undefined"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def chance_words(figure: dict, kind: str, show=signed) -> str:  # noqa: ANN001 - a formatter
    """'value (chance E, 95% band lo to hi, p = P): words' for one figure."""
    if figure["value"] is None:
        return "undefined"
    if figure["expected"] is None:
        return show(figure["value"])
    low, high = figure["band"]
    words = READINGS.get(kind, {}).get(figure["verdict"])
    text = (f"{show(figure['value'])} (chance {show(figure['expected'])}, 95% of "
            f"{figure['permutations']:,} shuffles {show(low)} to {show(high)}, p = {figure['p']:.3f})")
    return f"{text}: {words}" if words else text


def _mix(sectors: dict) -> str:
    return ", ".join(f"{count(n)} {s}" for s, n in sorted(sectors.items(), key=lambda i: (-i[1], i[0])))


def roles_text(counts: dict, expected: dict | None = None) -> str:
    """'3 coordinator (chance 1.6, z +1.4), ...' for the roles a person plays."""
    parts = []
    for role, v in counts.items():
        if not v:
            continue
        text = f"{count(v)} {role.replace('_', '/')}"
        e = (expected or {}).get(role)
        if e:
            text += f" (chance {approx(e['expected'])}" + ("" if e["z"] is None else f", z {e['z']:+.1f}") + ")"
        parts.append(text)
    return ", ".join(parts) if parts else "none"


def intro(a: Analysis) -> str:
    p = a.people
    return (f"{plural(len(a.events), 'event')}, {plural(p.get('all', 0), 'person', 'people')}: "
            f"{p.get('with_ties', 0):,} with ties, {p.get('isolates', 0):,} without (left out of every "
            f"measure), {p.get('with_sector', 0):,} with a sector. People are tied when they took part "
            f"in {UNIT_WORDS[a.unit]}: {plural(a.network['ties'], 'tie')}. A person counts in the sectors of "
            f"the posts they held at each event's date, a share in each of several. "
            + ("A tie counts the sectors its two people had when they met: a tie met again after a change "
               "of sector counts once for each. " if p.get("changed_sector") else "")
            + (f"Chance: sector labels shuffled among the people with ties ({a.permutations:,} "
               f"shuffles, seeded)." if a.permutations else "Chance: not computed (no shuffles)."))


def headline_lines(a: Analysis) -> list[str]:
    """The headline figures in words: academia–industry ties, E-I and assortativity."""
    ai = a.headline[a.unit]["academia_industry"]
    share = "" if ai.get("share") is None else f" ({ai['share']:.0%} of the ties between people of known sector)"
    return [f"ties between academia and industry: {chance_words(ai, 'academia_industry', count)}{share}",
            f"E-I index, all sectors: {chance_words(a.ei, 'ei')} ({count(a.ei['between'])} ties "
            f"between sectors, {count(a.ei['within'])} within; +1 all between, -1 all within)",
            f"assortativity by sector (Newman 2003): "
            f"{chance_words(a.assortativity, 'assortativity', lambda v: signed(v, 3))}"]


def sector_lines(a: Analysis) -> list[str]:
    return [f"{sector}: E-I {chance_words(ei, 'ei')} ({count(ei['between'])} out, {count(ei['within'])} in)"
            for sector, ei in a.ei_by_sector.items()]


def as_text(a: Analysis, markdown: bool = False) -> str:
    h = (lambda t: f"## {t}\n") if markdown else (lambda t: f"{t}\n{'-' * len(t)}\n")
    bullet = "- " if markdown else "  "
    sub = "  - " if markdown else "      "
    out = [("# " if markdown else "") + "How academia and industry connect\n", intro(a) + "\n"]
    out.append(h("Academia and industry"))
    out += [bullet + line for line in headline_lines(a)]
    out.append("")
    out.append("How much rests on the unit (people tied by session or by event); Newman's weights "
               "give each person weight 1 per unit, however large:\n")
    out += _table(*unit_cells(a), markdown)
    out.append("")
    out.append(h("Mixing of all sectors"))
    out += [bullet + line for line in sector_lines(a)]
    if a.mixing:
        groups = sorted(a.mixing)
        out.append("")
        out.append("Tie ends by sector (each tie counted from both ends):\n")
        out += _table(["", *groups], [[x, *(count(a.mixing[x].get(y, 0)) for y in groups)] for x in groups],
                      markdown)
    out.append("")
    out += _bridges(a, h, bullet, markdown)
    out += _organisations(a, h, bullet)
    out += _over_time(a, h, bullet, sub)
    out += _events_and_rest(a, h, bullet, sub)
    return "\n".join(out) + "\n"


def sector_text(person: dict) -> str:
    """A person's sector as the report counts it; over time where it changed between events
    ('industry at 2021 events, academia from 2023')."""
    sectors = person.get("sector_history") or " + ".join(person["sectors"]) or "unknown"
    return sectors + (" (inferred)" if person["sector_inferred"] else "")


def communities_text(c: dict) -> str:
    counts = c["louvain_counts"]
    return (f"Louvain communities of the co-participation network (Newman's weights, seed 42): "
            f"modularity {c['modularity']:.3f}. Not a fact of the records: with seeds 0 to "
            f"{len(counts) - 1} Louvain finds {min(counts)} to {max(counts)} communities, median "
            f"adjusted Rand {c['adjusted_rand_median']:.2f} against these (1: the same every "
            f"time). Blau 0 means one sector.")


def _table(header: list[str], rows: list[list[str]], markdown: bool) -> list[str]:
    if markdown:
        return [f"| {' | '.join(header)} |", "|" + "---|" * len(header)] + [f"| {' | '.join(r)} |" for r in rows]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
    return ["  " + "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]


def unit_cells(a: Analysis) -> tuple[list[str], list[list[str]]]:
    """The headline under each unit, side by side: header and rows."""
    units = list(a.headline)
    rows = [["people with ties", *(f"{a.headline[u]['people_with_ties']:,}" for u in units)],
            ["ties", *(f"{a.headline[u]['ties']:,}" for u in units)]]
    for key, label, show in (("academia_industry", "academia–industry ties", count), ("ei", "E-I", signed),
                             ("ei_weighted", "E-I, Newman-weighted", signed),
                             ("assortativity", "assortativity", lambda v: signed(v, 3))):
        cells = []
        for u in units:
            f = a.headline[u][key]
            cells.append(show(f["value"]) + ("" if f["expected"] is None else
                                             f" (chance {show(f['expected'])}, p {f['p']:.3f})"))
        rows.append([label, *cells])
    return ["", *(f"by {u}" + (" (this report)" if u == a.unit else "") for u in units)], rows


def _bridges(a: Analysis, h, bullet: str, markdown: bool) -> list[str]:  # noqa: ANN001
    out = [h("Top bridges"),
           f"People who lie between others, ranked by betweenness in the co-participation network "
           f"({a.network.get('betweenness', 'exact')}), then by open triads brokered; Burt's constraint "
           f"with Newman's weights; brokerage after "
           f"Gould & Fernandez (1989), each open triad once, with the count chance would give "
           f"(sectors of the two ends drawn at random).\n"]
    if not a.bridges:
        return out + [f"{bullet}nobody: no person lies on a path between two others who are not tied", ""]
    rows = []
    for i, b in enumerate(a.bridges, 1):
        sector = sector_text(b)
        triads = sum(b["brokerage"].values())
        roles = roles_text(b["brokerage"], b["brokerage_expected"])
        if markdown:
            rows.append([b["name"], sector, f"{b['betweenness']:.3f}", str(b["ties"]), signed(b["ei"]),
                         count(triads), roles])
            continue
        holes = ("" if b["constraint"] is None else
                 f", constraint {b['constraint']:.2f}, effective size {b['effective_size']:.2f}")
        why = (f"brokers {plural(triads, 'open triad')}: {roles}"
               if triads else "brokers no open triad")
        rows.append(f"{i:3}. {b['name']}, {sector}: betweenness {b['betweenness']:.3f}, "
                    f"{plural(b['ties'], 'tie')}, E-I {signed(b['ei'])}, participation "
                    f"{b['participation']:.2f}{holes}; {why}")
    if markdown:
        return out + _table(["person", "sector", "betweenness", "ties", "E-I", "open triads", "roles"],
                            rows, True) + [""]
    return out + rows + [""]


def _organisations(a: Analysis, h, bullet: str) -> list[str]:  # noqa: ANN001
    out = [h("Organisations that connect academia and industry"),
           "Top-level organisations, weighted by the units their people shared; the people who "
           "make each link.\n"]
    if not a.organisations:
        return out + [f"{bullet}none: no academic and industrial people shared a unit", ""]
    for row in a.organisations[:20]:
        who = "; ".join(row["people"][:5]) + (f" and {plural(row['pairs'] - 5, 'more pair')}" if row["pairs"] > 5 else "")
        holders = f"; posts in both: {', '.join(row['holders'])}" if row["holders"] else ""
        out.append(f"{bullet}{row['academia_name']} – {row['industry_name']}: "
                   f"{plural(row['weight'], 'shared unit')} ({who or 'nobody met'}){holders}")
    if len(a.organisations) > 20:
        out.append(f"{bullet}... and {len(a.organisations) - 20:,} more (in the JSON)")
    return out + [""]


def _over_time(a: Analysis, h, bullet: str, sub: str) -> list[str]:  # noqa: ANN001
    if len(a.years) < 2:
        return []
    out = [h("Over time")]
    for y in a.years:
        out.append(f"{bullet}{y['year']}: {plural(y['events'], 'event')}, {plural(y['people'], 'person', 'people')}; "
                   f"academia–industry ties {count(y['academia_industry']['value'])} "
                   f"({count(y['academia_industry_new'])} new, {count(y['academia_industry_repeated'])} repeated); "
                   f"cross-sector ties {count(y['cross_new'])} new, {count(y['cross_repeated'])} repeated; "
                   f"E-I {chance_words(y['ei'], 'ei')}")
    out.append("")
    out.append(f"Repeat bridges (academia–industry co-presence in two or more years): "
               f"{len(a.repeat_bridges):,}\n")
    for r in a.repeat_bridges[:10]:
        out.append(f"{bullet}{r['name']}: {', '.join(r['years'])} ({plural(r['partners'], 'partner')} "
                   f"across the divide)")
    return out + [""]


def _events_and_rest(a: Analysis, h, bullet: str, sub: str) -> list[str]:  # noqa: ANN001
    out = [h("Sector mix per event")]
    for e in a.events:
        out.append(f"{bullet}{e['name']} ({e['date'] or 'no date'}): {_mix(e['sectors'])}; Blau "
                   f"heterogeneity {e['blau']:.2f}; E-I {signed(e['ei'])}")
        for session in e["sessions"]:
            out.append(f"{sub}{session['name']}: {_mix(session['sectors'])}")
    out.append("")
    c = a.communities
    out.append(h("Communities"))
    if not c.get("list"):
        out += [f"{bullet}none: there are no ties", ""]
    else:
        out.append(communities_text(c) + "\n")
        for i, com in enumerate(c["list"], 1):
            out.append(f"{bullet}community {i}: {plural(com['size'], 'person', 'people')} ({_mix(com['sectors'])}), "
                       f"Blau {com['blau']:.2f}: {', '.join(com['people'][:8])}"
                       + (" ..." if com["size"] > 8 else ""))
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
    return out
