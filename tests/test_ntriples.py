"""Triples as N-Triples lines: literals written as pyoxigraph writes them, one order
whether GNU sort or Python sorts the lines."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest
from needs import require

from kg.rdf import ntriples
from kg.rdf.ntriples import XSD_TERMS, literal, start_sort

TEXTS = ['He said "yes"', "back\\slash", "two\nlines\r", "tab\there", "bell\x07 and del\x7f",
         "王小明", "Müller", "emoji 🎬", "", "\x0c\x08"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_literal_is_the_line_pyoxigraph_writes(text):
    assert literal(text) == str(ox.Literal(text))
    date = ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert literal(text, XSD_TERMS.date) == str(date)
    [parsed] = ntriples.parse_lines(f"<http://a> <http://b> {literal(text)} .\n")
    assert parsed.object.value == text


def test_gnu_sort_and_python_give_the_same_bytes(tmp_path, monkeypatch):
    # The build sorts with GNU sort where there is one (CI's Debian has coreutils).
    require(None if shutil.which("sort") and ntriples._gnu_sort()
            else "no GNU sort here (coreutils): only the Python order can be checked")
    lines = [f"<http://x/{s}> <http://p> {literal(o)} .\n"
             for s in ("a", "a-b", "ab", "é", "王", "a.b", "A") for o in TEXTS]
    source = tmp_path / "unsorted.nt"
    source.write_text("".join(lines + lines[:5]), encoding="utf-8")  # with duplicates
    start_sort([source], tmp_path / "gnu.nt")()
    monkeypatch.setattr(ntriples, "_gnu_sort", lambda: None)
    start_sort([source], tmp_path / "python.nt")()
    gnu = (tmp_path / "gnu.nt").read_bytes()
    assert gnu == (tmp_path / "python.nt").read_bytes()
    assert gnu.decode("utf-8") == "".join(sorted(set(lines)))
