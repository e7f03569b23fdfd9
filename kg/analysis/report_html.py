"""The analysis as one self-contained offline HTML page: the words of the text report, its
tables, and three charts drawn by matplotlib as inline SVG (academia–industry ties and
E-I per year with the chance band, the organisation x organisation heat map, the sector
mixing matrix). No script, no request: a Content-Security-Policy allows none.
"""

from __future__ import annotations

import io
from importlib import resources

import jinja2

from kg.analysis.report import Analysis
from kg.analysis.report_text import (chance_words, communities_text, count, headline_lines, intro,
                                     roles_text, sector_lines, sector_text, unit_cells)

TOP_ORGANISATIONS = 15


def _svg(figure) -> str:  # noqa: ANN001 - a matplotlib Figure
    """The figure as an inline <svg> element, the same bytes in every run."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _pyplot():
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    # Text stays text (the browser's fonts draw any script); ids are salted, not random.
    plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "kg-analysis",
                         "font.family": ["DejaVu Sans", "Noto Sans CJK SC", "sans-serif"]})
    return plt


def years_chart(a: Analysis) -> str | None:
    """Academia–industry ties and E-I per year, each with its chance band."""
    years = [y for y in a.years if y["ei"]["value"] is not None]
    if len(years) < 2:
        return None
    plt = _pyplot()
    labels = [y["year"] for y in years]
    x = range(len(labels))
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5.5), sharex=True)
    for axis, key, title in ((top, "academia_industry", "academia–industry ties"), (bottom, "ei", "E-I index")):
        values = [y[key]["value"] for y in years]
        if all(y[key]["band"] for y in years):
            axis.fill_between(x, [y[key]["band"][0] for y in years], [y[key]["band"][1] for y in years],
                              color="#9ecae1", alpha=0.6, label="95% of shuffles")
            axis.plot(x, [y[key]["expected"] for y in years], color="#3182bd", linestyle="--", label="chance")
        axis.plot(x, values, color="#d62728", marker="o", label="observed")
        axis.set_ylabel(title)
        axis.legend(loc="best", fontsize=8)
    bottom.set_xticks(list(x), labels)
    return _svg(figure)


def organisations_chart(a: Analysis) -> str | None:
    """The organisation x organisation academia–industry heat map (top organisations)."""
    if not a.organisations:
        return None
    plt = _pyplot()
    weight_a: dict[str, float] = {}
    weight_i: dict[str, float] = {}
    for row in a.organisations:
        weight_a[row["academia_name"]] = weight_a.get(row["academia_name"], 0) + row["weight"]
        weight_i[row["industry_name"]] = weight_i.get(row["industry_name"], 0) + row["weight"]
    rows = sorted(weight_a, key=lambda n: (-weight_a[n], n))[:TOP_ORGANISATIONS]
    cols = sorted(weight_i, key=lambda n: (-weight_i[n], n))[:TOP_ORGANISATIONS]
    cells = [[0.0] * len(cols) for _ in rows]
    for row in a.organisations:
        if row["academia_name"] in rows and row["industry_name"] in cols:
            cells[rows.index(row["academia_name"])][cols.index(row["industry_name"])] += row["weight"]
    figure, axis = plt.subplots(figsize=(1.2 + 0.5 * len(cols), 1.2 + 0.4 * len(rows)))
    image = axis.imshow(cells, cmap="Blues", aspect="auto")
    axis.set_xticks(range(len(cols)), cols, rotation=60, ha="right", fontsize=8)
    axis.set_yticks(range(len(rows)), rows, fontsize=8)
    figure.colorbar(image, ax=axis, label="shared units")
    return _svg(figure)


def mixing_chart(a: Analysis) -> str | None:
    """The sector mixing matrix as a heat map with its counts."""
    if not a.mixing:
        return None
    plt = _pyplot()
    groups = sorted(a.mixing)
    cells = [[a.mixing[x].get(y, 0.0) for y in groups] for x in groups]
    figure, axis = plt.subplots(figsize=(1.5 + 0.9 * len(groups), 1 + 0.7 * len(groups)))
    axis.imshow(cells, cmap="Oranges")
    top = max(max(row) for row in cells) or 1
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            axis.text(j, i, count(value), ha="center", va="center", fontsize=8,
                      color="white" if value > top / 2 else "black")
    axis.set_xticks(range(len(groups)), groups, rotation=30, ha="right")
    axis.set_yticks(range(len(groups)), groups)
    return _svg(figure)


def as_html(a: Analysis) -> str:
    """The page (a string); record text is escaped by the template."""
    template = resources.files("kg.analysis").joinpath("templates/report.html").read_text(encoding="utf-8")
    environment = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    header, rows = unit_cells(a)
    context = {
        "intro": intro(a), "headline": headline_lines(a), "units": {"header": header, "rows": rows},
        "permutations": f"{a.permutations:,}", "sectors": sector_lines(a),
        "charts": {"years": years_chart(a), "organisations": organisations_chart(a), "mixing": mixing_chart(a)},
        "years": [{"year": y["year"], "events": y["events"], "people": y["people"],
                   "ai": f"{count(y['academia_industry']['value'])} ({count(y['academia_industry_new'])}, "
                         f"{count(y['academia_industry_repeated'])})",
                   "ei": chance_words(y["ei"], "ei")} for y in a.years],
        "repeat_bridges": a.repeat_bridges,
        "organisations": [{**row, "people": row["people"][:5] + ([f"and {row['pairs'] - 5:,} more"]
                                                                 if row["pairs"] > 5 else [])}
                          for row in a.organisations[:20]],
        "more_organisations": f"{len(a.organisations) - 20:,}" if len(a.organisations) > 20 else None,
        "bridges": [{"name": b["name"], "sector": sector_text(b), "betweenness": f"{b['betweenness']:.3f}",
                     "ties": b["ties"], "triads": count(sum(b["brokerage"].values())),
                     "roles": roles_text(b["brokerage"], b["brokerage_expected"])} for b in a.bridges],
        "communities": communities_text(a.communities) if a.communities.get("list") else "None: there are no ties.",
        "cannot_say": a.cannot_say,
    }
    return environment.from_string(template).render(**context)
