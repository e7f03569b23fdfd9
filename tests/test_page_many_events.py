"""The page of several events over three years (tests/cases/real-events) in Chromium: the
year filter, search by every name, the same picture at every load."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import CHROMIUM_ARGS, Page, chromium_path


@pytest.fixture(scope="module")
def built(real_events_out) -> Path:
    return real_events_out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, built):
    view = Page(browser, (built / "graph.html").resolve().as_uri())
    yield view
    view.page.close()


def visible_names(page) -> set[str]:
    return set(page.js("kgGraph.view.get().map(function (n) { return n.name; })"))


def test_event_labels_carry_their_year(page):
    labels = set(page.js("kgGraph.nodes.get().filter(function (n) { return n.kind === 'event'; })"
                         ".map(function (n) { return kgGraph.fullLabel[n.id]; })"))
    assert "HCIFF Industry Forum 2024 (online) (2024)" in labels
    assert "Asia-Pacific Screen Education Symposium… (2023)" in labels  # long names cut, the year kept


def test_the_year_filter_hides_other_years_events_and_who_was_only_there(page):
    assert page.js("document.querySelectorAll('#years input').length") == 3
    page.page.uncheck("#years input[data-year='2024']")
    page.page.uncheck("#years input[data-year='2025']")
    shown = visible_names(page)
    assert "Asia-Pacific Screen Education Symposium 2023" in shown
    assert "HCIFF Industry Forum 2024 (online)" not in shown
    assert "Asia-Pacific Screen Education Symposium 2025" not in shown
    # At 2023 only: Mei-Ling CHOU (2023 host) stays; ZHANG Weiqiang (2024, 2025) goes.
    assert "Mei-Ling CHOU" in shown and "ZHANG Weiqiang" not in shown
    page.page.check("#years input[data-year='2025']")
    assert "ZHANG Weiqiang" in visible_names(page)
    assert page.errors == []


@pytest.mark.parametrize("typed, found", [("张伟强", "ZHANG Weiqiang"), ("hciff", "Harbour City International Film Festival"),
                                          ("陈丽华", "CHEN Lihua"), ("李娜", "LI Na"),
                                          ("APSES", "Asia-Pacific Screen Education Symposium")])
def test_search_finds_a_node_by_any_of_its_names(page, typed, found):
    page.page.fill("#search", typed)
    results = page.js("Array.from(document.querySelectorAll('#results li')).map(function (li) { return li.textContent; })")
    assert found in results, results
    page.page.click(f"#results li:has-text('{found}')")
    selected = page.js("kgGraph.network.getSelectedNodes().map(function (id) { return kgGraph.nodes.get(id).name; })")
    assert selected == [found]


def test_a_series_is_one_node_joining_its_editions(page):
    series = page.js("kgGraph.nodes.get().filter(function (n) { return n.kind === 'series'; })"
                     ".map(function (n) { return [n.id, n.name, n.years, n.title]; })")
    assert [row[1:3] for row in series] == [["Asia-Pacific Screen Education Symposium", ["2023", "2025"]]]
    editions = page.js(f"kgGraph.network.getConnectedNodes({series[0][0]})"
                       ".map(function (id) { return kgGraph.nodes.get(id).name; }).sort()")
    assert editions == ["Asia-Pacific Screen Education Symposium 2023",
                        "Asia-Pacific Screen Education Symposium 2025", "Hanford School of Film and Television"]
    assert "also: APSES" in series[0][3].splitlines()
    assert "⬢" in page.js("document.getElementById('kinds').textContent")  # its shape in the legend


def test_two_loads_give_the_same_picture(browser, built):
    first, second = (Page(browser, (built / "graph.html").resolve().as_uri()) for _ in range(2))
    try:
        positions = [p.js("kgGraph.network.getPositions()") for p in (first, second)]
        assert positions[0] == positions[1]
    finally:
        first.page.close()
        second.page.close()


def test_an_inferred_post_is_dashed_and_a_former_one_says_so(page):
    edges = page.js("kgGraph.edges.get().map(function (e) { return [kgGraph.nodes.get(e.from).name, "
                    "kgGraph.nodes.get(e.to).name, kgGraph.fullEdgeLabel[e.id] || '', e.title, e.dashes]; })")
    posts = {(a, b): (label, title, dashes) for a, b, label, title, dashes in edges}
    label, title, dashes = posts[("CHEN Lihua", "Hanford School of Film and Television")]
    assert dashes == [6, 4] and title == "Associate Professor (inferred by the record keeper)"
    label, title, dashes = posts[("Daniel Okafor", "National Film Board")]
    assert label == "former Director" and dashes is False
    legend = page.js("document.getElementById('posts').textContent")
    assert "dashed one is a post the record keeper inferred" in legend and '"former"' in legend


def test_at_the_default_zoom_every_event_is_named_and_no_two_labels_overlap(page):
    labelled = page.js("kgGraph.nodes.get().filter(function (n) { return n.label; }).map(function (n) {"
                       " var b = kgGraph.labelBox(n.id);"
                       " return [n.kind, n.name, b.left, b.right, b.top, b.bottom]; })")
    events = page.js("kgGraph.nodes.get().filter(function (n) { return n.kind === 'event'; }).length")
    assert sum(1 for row in labelled if row[0] == "event") == events == 6
    assert len(labelled) > events  # people and organisations are named too, where they fit
    edge_labels = page.js("kgGraph.edges.get().filter(function (e) { return e.label.trim() && kgGraph.edgeLabelBox(e.id); })"
                          ".map(function (e) { var b = kgGraph.edgeLabelBox(e.id);"
                          " return ['edge', e.label, b.left, b.right, b.top, b.bottom]; })")
    labelled += edge_labels
    boxes = [row[2:] for row in labelled]
    for i, (l1, r1, t1, b1) in enumerate(boxes):
        for l2, r2, t2, b2 in boxes[i + 1:]:
            assert not (l1 < r2 and l2 < r1 and t1 < b2 and t2 < b1), (labelled[i], boxes)


def test_a_session_shows_its_own_day_time_and_room(page):
    titles = page.js("kgGraph.nodes.get().filter(function (n) { return n.kind === 'session'; })"
                     ".map(function (n) { return n.title; })")
    screening = next(t for t in titles if t.startswith("Screening: Tide Lines"))
    assert "2025-11-14 19:00" in screening.splitlines()
    assert "at Screening Room 2, Film Centre" in screening.splitlines()
