"""`kg build`: records -> checked graph -> out/kg.ttl, all or nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.project import read_project
from kg.rdf import ontology
from kg.rdf.vocab import Iris
from kg import outputs
from kg.errors import InvalidRecords, KgError
from kg.identity.decisions import identity_problems
from kg.records.load import Progress, load_records
from kg.rdf.triples import RecordGraph, record_triples
from kg.records.model import Records
from kg.rdf.serialize import write_turtle
from kg.rdf.shortcuts import shortcut_triples
from kg.analysis.networks import knowledge_graph
from kg.page.graph_page import PAGE_FILE, write_page
from kg.sparql.store import GRAPH_FILE, STORE_LINK, load_store
from kg.rdf.shacl import shacl_problems

# pySHACL checks ~15k triples/s here (100k triples: 6.5 s), so `kg build` runs it by
# default only up to this size; `kg validate` always runs it. The record rules already
# guarantee what the shapes check, so a skipped SHACL pass loses no record check.
SHACL_AUTO_LIMIT = 250_000


@dataclass
class BuildResult:
    records: Records
    triples: int
    written: list[Path] = field(default_factory=list)
    shacl: str = "not run"

    def sectors(self) -> Counter:
        """Organisations by sector ('unclassified' where the records give none)."""
        return Counter(o.sector or "unclassified" for o in self.records.organizations.values())


def check(paths: list[Path], shacl: bool | None = True, progress: Progress | None = None,
          base: str | None = None) -> tuple[Records, RecordGraph, str]:
    """Load and check the records; raise InvalidRecords with every problem found.

    `shacl` None means: run SHACL when the graph has at most SHACL_AUTO_LIMIT triples.
    `base` overrides the records' kg.toml. Returns the records, their graph (under the
    project's base), and what became of the SHACL check.
    """
    project = read_project(paths, base)
    records = load_records(paths, progress)
    if problems := identity_problems(records):
        raise InvalidRecords(problems)
    if progress:
        progress("making triples", 0, 1)
    graph = record_triples(records, Iris(project.base))
    graph.triples |= ontology.triples(ontology.CONCEPTS_FILE)
    if shacl is None:
        shacl = len(graph.triples) <= SHACL_AUTO_LIMIT
        if not shacl:
            return records, graph, (f"skipped above {SHACL_AUTO_LIMIT:,} triples "
                                    "(run `kg validate` or `kg build --shacl`)")
    if not shacl:
        return records, graph, "off"
    if progress:
        progress("checking SHACL shapes", 0, 1)
    problems = shacl_problems(graph)
    if problems:
        raise InvalidRecords(problems)
    return records, graph, "conforms"


def build(paths: list[Path], out: Path, shacl: bool | None = None,
          progress: Progress | None = None, base: str | None = None) -> BuildResult:
    """Build the graph of the records under `paths` into `out`.

    Nothing in `out` changes unless every record is valid and every file was written.
    """
    records, graph, shacl_status = check(paths, shacl, progress, base)
    triples = graph.triples | shortcut_triples(graph.triples)
    with outputs.writing(out):
        # kg.ttl, the store and the page are written into a new generation and made
        # current together by one rename (kg.outputs); the measures of the previous
        # graph are not carried over, since the records may have changed.
        with _stage("making a new generation folder", out):
            generation = outputs.new_generation(out)
        try:
            write_generation(generation, triples, graph.base, progress)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        outputs.make_current(generation, out)
    # Counted as nodes: a person recorded twice and declared `same_as` is one.
    return BuildResult(graph.nodes or records, len(triples), [out / GRAPH_FILE, out / STORE_LINK, out / PAGE_FILE],
                       shacl_status)


class OutputError(KgError):
    """The outputs could not be written (a full disk, a permission); out/ is unchanged."""

    exit_code = 2


@contextlib.contextmanager
def _stage(what: str, out: Path) -> Iterator[None]:
    try:
        yield
    except OSError as e:
        raise OutputError(f"{out}: {e.strerror or e} while {what}; nothing in {out} changed") from None


def write_generation(generation: Path, triples: set, base: str,
                     progress: Progress | None = None) -> None:
    """kg.ttl, the store loaded from it, and the page drawn from the store, in one folder."""
    out = generation.parent
    if progress:
        progress("writing Turtle", 0, 1)
    ttl = generation / GRAPH_FILE
    with _stage("writing kg.ttl", out), open(ttl, "wb") as handle:
        write_turtle(triples, handle, base)
        handle.flush()
        os.fsync(handle.fileno())
    if progress:
        progress("loading the query store", 0, 1)
    with _stage("loading the query store", out):
        store = load_store(ttl, generation / STORE_LINK)
    if progress:
        progress("drawing the page", 0, 1)
    with _stage("drawing the page", out):
        write_page(knowledge_graph(ox.Store.read_only(str(store))), generation / PAGE_FILE)
