"""The measures `kg analyze` wrote (the store's measures graph) as the page shows them: node
size, colour by community, and each person's measures in their tooltip and side panel.

The measures are of people in the co-participation network, so a size or colour taken from
them applies to people; other nodes keep their kind's look and the smallest size.
"""

from __future__ import annotations

from kg.errors import KgError

# `kg viz --size` choices read from the measures graph -> how the value is found.
ANALYSIS_SIZES = {
    "person-betweenness": ("betweenness",),
    "brokerage": ("brokerage: coordinator", "brokerage: itinerant",
                  "brokerage: gatekeeper or representative", "brokerage: liaison"),
    "participation": ("participation coefficient",),
    "effective-size": ("effective size",),
}
# Communities are numbered by size (1 the largest); the largest get their own colour.
COMMUNITY_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
                     "#a6761d", "#1f78b4", "#b2df8a", "#fb9a99")
SMALLER_COMMUNITIES = "#bdbdbd"
# The order measures are listed in a tooltip.
SHOWN = ("betweenness", "brokerage: coordinator", "brokerage: itinerant",
         "brokerage: gatekeeper or representative", "brokerage: liaison", "E-I index",
         "participation coefficient", "effective size", "constraint", "community")


class NoMeasures(KgError):
    exit_code = 2


def require(measures: dict[str, dict[str, float]], what: str) -> None:
    if not measures:
        raise NoMeasures(f"{what} comes from the measures kg analyze writes, and this build has "
                         "none yet: run `kg analyze` first")


def size_values(measures: dict[str, dict[str, float]], choice: str) -> dict[str, float]:
    """Each person's value of a --size choice read from the measures graph."""
    require(measures, f"--size {choice}")
    fields = ANALYSIS_SIZES[choice]
    return {person: sum(values.get(f, 0.0) for f in fields) for person, values in measures.items()}


def community_colours(measures: dict[str, dict[str, float]]) -> tuple[dict[str, str], list[dict]]:
    """Each person's community colour, and the legend's rows (community, colour, people)."""
    require(measures, "--colour community")
    numbers = {p: int(v["community"]) for p, v in measures.items() if "community" in v}
    colours, counts = {}, {}
    for person, number in numbers.items():
        shown = number if number <= len(COMMUNITY_COLOURS) else None
        colours[person] = COMMUNITY_COLOURS[number - 1] if shown else SMALLER_COMMUNITIES
        counts[shown] = counts.get(shown, 0) + 1
    rows = [{"name": f"community {n}", "colour": COMMUNITY_COLOURS[n - 1], "count": counts[n]}
            for n in sorted(k for k in counts if k is not None)]
    if None in counts:
        rows.append({"name": f"smaller communities ({len(COMMUNITY_COLOURS) + 1} and on)",
                     "colour": SMALLER_COMMUNITIES, "count": counts[None]})
    return colours, rows


def measure_lines(values: dict[str, float]) -> list[str]:
    """A person's measures as tooltip lines, in a fixed order, brokerage counts as written."""
    lines = []
    for name in SHOWN:
        if name in values:
            value = values[name]
            text = str(int(value)) if name == "community" else f"{value:.4g}"
            lines.append(f"{name}: {text}")
    return lines
