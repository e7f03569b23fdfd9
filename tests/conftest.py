"""Shared fixtures: the seed graph is built once per test session from data/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.vocab import sparql_prologue

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CASES = Path(__file__).resolve().parent / "cases"

PREFIXES = sparql_prologue()


def run_kg(*args: str):
    """Run the kg CLI in-process; returns click's Result (exit_code, stdout, stderr).

    catch_exceptions=False: an uncaught exception fails the test instead of being
    hidden in the result, so "no traceback" is checked by every CLI test.
    """
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-out")
    result = run_kg("build", str(DATA), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def real_events_out(tmp_path_factory) -> Path:
    """tests/cases/real-events built once: six events over three years, read by several
    modules (none writes to it)."""
    out = tmp_path_factory.mktemp("real-events-out")
    result = run_kg("build", str(CASES / "real-events"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "SHACL:         conforms" in result.stdout
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_out) -> rdflib.Graph:
    return rdflib.Graph().parse(seed_out / "kg.ttl", format="turtle")


@pytest.fixture()
def records_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break records."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def select(graph: rdflib.Graph, query: str, **bindings) -> list[tuple]:
    """Rows of a SELECT as tuples of Python strings, sorted."""
    rows = graph.query(PREFIXES + query, initBindings=bindings or None)
    return sorted(tuple(None if v is None else str(v) for v in row) for row in rows)
