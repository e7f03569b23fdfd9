"""`kg analyze --format html`: one offline page, opened in a real headless Chromium: it makes
no request beyond itself, logs no console error, shows its three charts, and record text
never runs."""

from __future__ import annotations

import dataclasses

import pytest

from browser import chromium
from conftest import CASES, run_kg
from kg.analysis.networks import load_knowledge_graph
from kg.analysis.report import analyse
from kg.analysis.report_html import as_html


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def open_page(browser, path):  # noqa: ANN001
    page = browser.new_page()
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri())
    return page, seen


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("report-html")
    assert run_kg("build", str(CASES / "two-years"), "--out", str(out)).exit_code == 0
    return out


def test_html_report_is_offline_and_shows_its_charts(browser, built):
    target = built / "report.html"
    result = run_kg("analyze", "--out", str(built), "--format", "html", "-o", str(target),
                    "--permutations", "200")
    assert result.exit_code == 0, result.output
    page, seen = open_page(browser, target)
    assert seen["errors"] == [] and seen["requests"] == [target.resolve().as_uri()]
    # The years chart, the organisation heat map and the mixing matrix, drawn inline.
    assert page.locator("figure svg").count() == 3
    assert page.locator("#organisations ~ table td").first.inner_text() == "A University"
    headline = page.locator("#headline + ul li").all_inner_texts()
    assert headline[0].startswith("ties between academia and industry: 2.5 (chance ")
    assert page.locator("#bridges + table td").first.inner_text() == "Cai"
    page.close()


def test_record_text_in_the_page_never_runs(browser, built, tmp_path):
    a = analyse(load_knowledge_graph(built), permutations=0)
    name = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    a = dataclasses.replace(a, bridges=[{**a.bridges[0], "name": name}])
    target = tmp_path / "report.html"
    target.write_text(as_html(a), encoding="utf-8")
    page, seen = open_page(browser, target)
    assert page.locator("#bridges + table td").first.inner_text() == name
    assert seen["dialogs"] == [] and seen["errors"] == []
    page.close()
