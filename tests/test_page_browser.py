"""The page in a real headless Chromium: what it draws, that it stays offline, search in
any script, filters, and record text that never runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import Page, chromium
from conftest import CASES, DATA, ROOT, run_kg
from kg.analysis.networks import load_knowledge_graph

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("page-out")
    result = run_kg("build", str(DATA), str(CASES / "page-extra"), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture()
def page(browser, built):
    view = Page(browser, (built / "graph.html").resolve().as_uri())
    yield view
    view.page.close()


def test_draws_every_node_and_edge_of_the_graph(page, built):
    g = load_knowledge_graph(built)
    assert page.drawn() == (g.number_of_nodes(), g.number_of_edges())
    assert g.number_of_nodes() == 67  # the seed's 63 nodes and the 4 test records


def test_no_console_errors_and_no_request_leaves_the_page(page):
    assert page.errors == []
    assert page.requests == [page.url]


def test_search_finds_latin_and_chinese_names(page):
    page.page.fill("#search", "ZHANG")
    assert page.page.locator("#results li").all_text_contents() == ["Weimin ZHANG"]
    page.page.fill("#search", "zhang")  # case-insensitive
    assert page.page.locator("#results li").all_text_contents() == ["Weimin ZHANG"]
    page.page.fill("#search", "李华")
    assert page.page.locator("#results li").all_text_contents() == ["李华"]
    page.page.locator("#results li").first.click()
    assert "李华" in page.page.text_content("#selected")
    # The page names a font that has these characters, so they are drawn, not boxes.
    assert page.js("document.fonts.check('14px \"Noto Sans CJK SC\"', '李华')") is True


def test_sector_filter_hides_the_other_sector(page, built):
    g = load_knowledge_graph(built)
    industry = sum(1 for _, d in g.nodes(data=True)
                   if d["kind"] in ("person", "organization") and d["sector"] == "industry")
    before = page.drawn()[0]
    page.page.uncheck('#sectors input[data-sector="industry"]')
    assert page.drawn()[0] == before - industry
    shown = page.js("kgGraph.view.get().filter(n => n.sector === 'industry').length")
    assert shown == 0
    page.page.check('#sectors input[data-sector="industry"]')
    assert page.drawn()[0] == before


def test_injected_markup_is_shown_as_text_and_runs_nothing(page):
    page.page.fill("#search", "<img")
    items = page.page.locator("#results li").all_text_contents()
    assert items == ['<img src=x onerror="window.kgPwned = 1; alert(1)">']
    page.page.locator("#results li").first.click()
    assert '<img src=x onerror="window.kgPwned = 1; alert(1)">' in page.page.text_content("#selected")
    page.page.fill("#search", "script")
    assert sorted(page.page.locator("#results li").all_text_contents()) == [
        "</script><script>window.kgPwned = 2</script>", "<script>window.kgPwned = 3</script>"]
    for item in page.page.locator("#results li").all():
        item.click()
    assert page.js("typeof window.kgPwned") == "undefined"
    assert page.js("document.querySelectorAll('img, #side script, #results *:not(li)').length") == 0
    assert page.dialogs == []
    assert page.errors == []


def test_neighbourhood_highlight_on_click(page):
    ben = page.js("kgGraph.nodes.get().find(n => n.label === 'Ben LEE').id")
    page.js(f"kgGraph.focus({ben})")
    dimmed = page.js("kgGraph.nodes.get().filter(n => n.color === '#eceff1').length")
    neighbours = page.js(f"kgGraph.network.getConnectedNodes({ben}).length")
    # Two schools he holds posts in, the symposium he moderated and the opening session.
    assert neighbours == 4
    assert dimmed == page.drawn()[0] - neighbours - 1


def test_screenshot(page):
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "graph-seed.png"
    page.page.screenshot(path=str(target))
    assert target.stat().st_size > 20_000
