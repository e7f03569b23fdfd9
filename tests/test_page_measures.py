"""`kg viz` with the measures `kg analyze` wrote: size and colour from the measures graph,
each person's measures in their tooltip, the page saying which it uses; and a series node
and the several-sectors rule on the multi-event records."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest import CASES, run_kg
from test_cli_viz import page_data

from kg.page.measures_view import COMMUNITY_COLOURS

KGO = "https://w3id.org/kg/ontology#"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    out = tmp_path_factory.mktemp("measures") / "out"
    assert run_kg("build", str(CASES / "real-events"), "--out", str(out)).exit_code == 0
    before = run_kg("viz", "--out", str(out), "--colour", "community", "-o", str(out.parent / "no.html"))
    assert run_kg("analyze", "--out", str(out), "--permutations", "20").exit_code == 0
    return out, before


def measures_of(out, local: str) -> dict[str, float]:
    """Each person's value of one kgo measure, read from measures.trig (not through kg)."""
    quads = ox.parse(path=str(out / "measures.trig"), format=ox.RdfFormat.TRIG)
    return {q.subject.value: float(q.object.value) for q in quads if q.predicate.value == KGO + local}


def test_before_kg_analyze_a_measure_option_says_what_to_run(analysed):
    _, before = analysed
    assert before.exit_code == 2
    assert before.stderr.strip() == ("Error: --colour community comes from the measures kg analyze "
                                     "writes, and this build has none yet: run `kg analyze` first")


def test_people_are_coloured_by_their_community_and_sized_by_their_betweenness(analysed, tmp_path):
    out, _ = analysed
    page = tmp_path / "m.html"
    result = run_kg("viz", "--out", str(out), "--colour", "community", "--size", "person-betweenness",
                    "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "size shows person-betweenness of people (from kg analyze), colour community" in html
    nodes = {n["iri"]: n for n in page_data(html, "nodes")}
    community = measures_of(out, "community")
    betweenness = measures_of(out, "betweenness")
    assert len(community) >= 10
    for person, number in community.items():
        assert nodes[person]["color"]["background"] == COMMUNITY_COLOURS[int(number) - 1]
    top = max(betweenness.values())
    for person, value in betweenness.items():
        assert nodes[person]["value"] == pytest.approx(value / top, abs=1e-6)
    assert all(n["value"] == 0 for n in nodes.values() if n["kind"] != "person")
    assert html.count('<span class="swatch"') == len(set(community.values()))  # communities only


def test_a_persons_tooltip_ends_with_their_measures(analysed, tmp_path):
    out, _ = analysed
    page = tmp_path / "t.html"
    assert run_kg("viz", "--out", str(out), "-o", str(page)).exit_code == 0
    nodes = page_data(page.read_text(encoding="utf-8"), "nodes")
    grace = next(n for n in nodes if n["name"] == "Grace Adeyemi")
    lines = grace["title"].splitlines()
    measures = lines[lines.index("measures (kg analyze):") + 1:]
    betweenness = measures_of(out, "betweenness")[grace["iri"]]
    assert measures[0] == f"betweenness: {betweenness:.4g}"
    assert f"community: {int(measures_of(out, 'community')[grace['iri']])}" in measures
    assert all("measures" not in n["title"] for n in nodes if n["kind"] != "person")


def test_a_person_is_coloured_by_the_sector_of_their_current_posts(analysed, tmp_path):
    out, _ = analysed
    page = tmp_path / "s.html"
    assert run_kg("viz", "--out", str(out), "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    nodes = page_data(html, "nodes")
    # "former Director of the National Film Board, who joined Lumen Pictures in 2019": the
    # former (government) post is drawn, pale, but no longer makes him "several sectors".
    okafor = next(n for n in nodes if n["name"] == "Daniel Okafor")
    assert okafor["sector"] == "industry" and okafor["sectors"] == []
    assert not [n["name"] for n in nodes if n["sector"] == "several"]
    assert 'id="several-rule"' not in html


def test_people_in_several_sectors_are_explained_in_the_legend(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(CASES / "two-years"), "--out", str(out)).exit_code == 0
    page = tmp_path / "s.html"
    assert run_kg("viz", "--out", str(out), "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    cai = next(n for n in page_data(html, "nodes") if n["name"] == "Cai")  # a lecturer and an adviser
    assert cai["sector"] == "several" and cai["sectors"] == ["academia", "industry"]
    assert "several sectors" in html and "1/k in each of the k sectors of the posts they held" in html


def test_the_legend_explains_every_line_and_shape_drawn(analysed, tmp_path):
    out, _ = analysed
    page = tmp_path / "l.html"
    assert run_kg("viz", "--out", str(out), "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    drawn = {e["kind"] for e in page_data(html, "edges")}
    assert drawn == {"member", "part_of", "took_part", "session_of", "organised", "about",
                     "mentions", "in_series"}
    lines = html[html.index('<div id="lines">'):html.index("<h2>Selected</h2>")]
    assert lines.count('class="line-row"') == len(drawn)
    assert "an edition of a series" in lines and "dashed #a1887f" in lines
    kinds = html[html.index('<div id="kinds">'):html.index('<div id="lines">')]
    assert all(f'data-kind="{k}"' in kinds for k in {n["kind"] for n in page_data(html, "nodes")})
