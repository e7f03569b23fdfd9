"""`kg viz` and `kg open`: one self-contained page, its options, and its limits."""

from __future__ import annotations

import json
import re
import stat
import webbrowser
from html.parser import HTMLParser

from conftest import CASES, DATA, run_kg


class Attributes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.links += [attrs[a] for a in ("src", "href", "srcset", "action") if a in attrs]
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]


def page_data(html: str, name: str) -> list[dict]:
    found = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", html)
    return json.loads(found.group(1))


def test_the_page_loads_nothing_from_anywhere(seed_out):
    html = (seed_out / "graph.html").read_text(encoding="utf-8")
    parser = Attributes()
    parser.feed(html)
    assert parser.links == []  # every script and style is inline
    assert "default-src 'none'" in parser.csp
    assert not re.search(r"https?://(cdn\.|cdnjs\.|unpkg\.com|ajax\.googleapis|[\w.]*jsdelivr)", html)


def test_record_text_is_escaped_in_the_html(tmp_path):
    out = tmp_path / "out"
    assert run_kg("build", str(DATA), str(CASES / "page-extra"), "--out", str(out)).exit_code == 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    for raw in ("<img src=x onerror", "<script>window.kgPwned", "</script><script>window.kgPwned",
                "<b>CEO</b>"):
        assert raw not in html
    labels = {n["name"] for n in page_data(html, "nodes")}
    assert "<script>window.kgPwned = 3</script>" in labels  # kept as text, to be shown as text


def test_viz_options_select_what_is_drawn(seed_out, tmp_path):
    result = run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "e.html"),
                    "--event", "icci-short-drama-symposium-2025", "--no-topics")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"wrote {tmp_path / 'e.html'} (35 nodes, 37 edges)"
    kinds = {n["kind"] for n in page_data((tmp_path / "e.html").read_text(encoding="utf-8"), "nodes")}
    assert kinds == {"event", "session", "person", "organization"}

    result = run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "f.html"),
                    "--focus", "ben-lee", "--depth", "1")
    nodes = page_data((tmp_path / "f.html").read_text(encoding="utf-8"), "nodes")
    assert sorted(n["name"] for n in nodes) == sorted([
        "Ben LEE", "USC Annenberg School for Communication and Journalism",
        "Master of Communication Management Program", "Opening session",
        "Global Focus: The Overseas Expansion of Chinese Short Dramas—Opportunities, Challenges, "
        "and the Transformation of Screen Talent Training"])

    run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "s.html"), "--sector", "industry")
    nodes = page_data((tmp_path / "s.html").read_text(encoding="utf-8"), "nodes")
    assert {n["sector"] for n in nodes if n["kind"] in ("person", "organization")} == {"industry"}


def test_static_layout_places_every_node(seed_out, tmp_path):
    run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "p.html"), "--layout", "static")
    nodes = page_data((tmp_path / "p.html").read_text(encoding="utf-8"), "nodes")
    assert all("x" in n and "y" in n for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)


def test_a_large_graph_is_reduced_and_says_so(tmp_path):
    run_kg("synth", "--events", "30", "--seed", "4", str(tmp_path / "records"))
    assert run_kg("build", str(tmp_path / "records"), "--out", str(tmp_path / "out")).exit_code == 0
    result = run_kg("viz", "--out", str(tmp_path / "out"), "--max-nodes", "100")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"wrote {tmp_path / 'out' / 'graph.html'} (100 nodes, ")
    assert lines[1].startswith("  showing the 100 nodes of highest degree; left out ")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "showing the 100 nodes of highest degree; left out " in html


def test_unknown_focus_is_a_clear_error(seed_out, tmp_path):
    result = run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "x.html"), "--focus", "nobody")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no node with id 'nobody' in the graph"
    assert not (tmp_path / "x.html").exists()


def test_open_hands_the_page_to_the_browser(seed_out, tmp_path, monkeypatch):
    opened = tmp_path / "opened"
    fake = tmp_path / "fake-browser"
    fake.write_text(f"#!/bin/sh\necho \"$1\" > {opened}\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("BROWSER", str(fake))
    # webbrowser reads $BROWSER once per process: forget what an earlier test registered.
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    result = run_kg("open", "--out", str(seed_out))
    assert result.exit_code == 0, result.output
    assert opened.read_text().strip() == (seed_out / "graph.html").resolve().as_uri()


def test_open_without_a_page(tmp_path):
    result = run_kg("open", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: no page at {tmp_path / 'graph.html'}; "
                                     "run `kg build` or `kg viz` first")


def test_node_size_follows_the_chosen_measure(seed_out, tmp_path):
    run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "b.html"))
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "size shows betweenness" in html
    nodes = {n["name"]: n for n in page_data(html, "nodes")}
    # The symposium is on every path between its sessions, people and topics.
    assert max(nodes.values(), key=lambda n: n["value"])["kind"] == "event"
    assert nodes["Adam Fratto"]["value"] == 0  # one tie: no path runs through him
    run_kg("viz", "--out", str(seed_out), "-o", str(tmp_path / "d.html"), "--size", "degree")
    html = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "size shows degree" in html
    nodes = {n["name"]: n for n in page_data(html, "nodes")}
    assert nodes["Ben LEE"]["measure"] == 4


def test_the_same_graph_gives_the_same_page_in_every_run(tmp_path):
    # Python's string hash changes from run to run (PYTHONHASHSEED); the drawn page must not,
    # whether the layout is computed here (above 400 nodes), reduced, or a sector's part.
    import os
    import subprocess
    import sys

    assert run_kg("synth", "--events", "40", "--seed", "2", str(tmp_path / "records")).exit_code == 0
    out = tmp_path / "out"
    assert run_kg("build", str(tmp_path / "records"), "--out", str(out)).exit_code == 0
    pages = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        drawn = []
        for extra in ([], ["--max-nodes", "500"], ["--sector", "academia"]):
            target = tmp_path / f"page-{hash_seed}-{len(drawn)}.html"
            subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "viz",
                            "--out", str(out), "-o", str(target), *extra], env=env, check=True,
                           capture_output=True)
            drawn.append(target.read_bytes())
        pages.append(drawn)
    assert b'"x":' in pages[0][1]  # positions computed here, not by the browser
    assert pages[0] == pages[1]
