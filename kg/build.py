"""`kg build`: records -> checked graph -> out/kg.ttl, all or nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.project import read_project
from kg.rdf import ontology
from kg import outputs
from kg.errors import InvalidRecords, KgError
from kg.identity.decisions import identity_problems
from kg.records.load import Progress, load_records
from kg.rdf.triples import RecordGraph, record_triples
from kg.records.model import Records
from kg.rdf.serialize import write_ntriples, write_turtle
from kg.rdf.shortcuts import shortcut_lines
from kg.analysis.networks import knowledge_graph
from kg.page.graph_page import PAGE_FILE, write_page
from kg.sparql.store import GRAPH_FILE, STORE_LINK, load_store
from kg.rdf.shacl import shacl_problems
from kg.rdf.shape_queries import lines_problems, store_problems

# pySHACL checks ~15k triples/s here (100k triples: 6.5 s), so it runs up to this size;
# above it the same shapes run as SPARQL queries on the store (kg.rdf.shape_queries:
# ~2 s at 1M triples), which `kg build` loads anyway.
SHACL_AUTO_LIMIT = 250_000
ON_STORE = f"conforms (as SPARQL queries on the store, above {SHACL_AUTO_LIMIT:,} triples)"
# The sorted N-Triples lines are written to this many files, loaded into the store at once.
NTRIPLES_PARTS = 2


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
          base: str | None = None, store_later: bool = False) -> tuple[Records, RecordGraph, str]:
    """Load and check the records; raise InvalidRecords with every problem found.

    The SHACL shapes are checked unless `shacl` is False: by pySHACL up to
    SHACL_AUTO_LIMIT triples, above it as SPARQL queries; with `store_later` those are
    left to the caller, which runs them on the store it loads (status ON_STORE).
    `base` overrides the records' kg.toml. Returns the records, their graph (under the
    project's base), and what became of the SHACL check.
    """
    project = read_project(paths, base)
    records = load_records(paths, progress)
    if problems := identity_problems(records):
        raise InvalidRecords(problems)
    if progress:
        progress("making triples", 0, 1)
    graph = record_triples(records, project.base)
    graph.add_lines(ontology.lines(ontology.CONCEPTS_FILE))
    if shacl is False:
        return records, graph, "off"
    small = len(graph.lines) <= SHACL_AUTO_LIMIT
    if not small and store_later:
        return records, graph, ON_STORE
    if progress:
        progress("checking SHACL shapes", 0, 1)
    problems = shacl_problems(graph) if small else lines_problems(graph.lines, graph.origins)
    if problems:
        raise InvalidRecords(problems)
    return records, graph, "conforms" if small else ON_STORE


def build(paths: list[Path], out: Path, shacl: bool | None = None,
          progress: Progress | None = None, base: str | None = None) -> BuildResult:
    """Build the graph of the records under `paths` into `out`.

    Nothing in `out` changes unless every record is valid and every file was written.
    """
    records, graph, shacl_status = check(paths, shacl, progress, base, store_later=True)
    lines = graph.lines
    lines |= shortcut_lines(graph.links)
    graph.lines, graph.links = set(), []
    # Sorted, the lines are kg.ttl's order: the same records always give the same bytes.
    ordered = sorted(lines)
    del lines
    with outputs.writing(out):
        # kg.ttl, the store and the page are written into a new generation and made
        # current together by one rename (kg.outputs); the measures of the previous
        # graph are not carried over, since the records may have changed.
        with _stage("making a new generation folder", out):
            generation = outputs.new_generation(out)
        try:
            write_generation(generation, ordered, graph.base, progress,
                             graph.origins if shacl_status == ON_STORE else None)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        outputs.make_current(generation, out)
    # Counted as nodes: a person recorded twice and declared `same_as` is one.
    return BuildResult(graph.nodes or records, len(ordered),
                       [out / GRAPH_FILE, out / STORE_LINK, out / PAGE_FILE], shacl_status)


class OutputError(KgError):
    """The outputs could not be written (a full disk, a permission); out/ is unchanged."""

    exit_code = 2


@contextlib.contextmanager
def _stage(what: str, out: Path) -> Iterator[None]:
    try:
        yield
    except OSError as e:
        raise OutputError(f"{out}: {_reason(e)} while {what}; nothing in {out} changed") from None


def _reason(e: OSError) -> str:
    """The system's words for an OSError; pyoxigraph's (RocksDB's) carry them in a longer text."""
    if e.strerror:
        return e.strerror
    text = str(e)
    return next((os.strerror(code) for code in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS)
                 if os.strerror(code) in text), text)


def write_generation(generation: Path, lines: list[str], base: str,
                     progress: Progress | None = None, shapes_for: dict | None = None) -> None:
    """kg.ttl, the store and the page drawn from the store, in one folder, from the
    graph's sorted N-Triples lines. With `shapes_for` (the records' origins), the SHACL
    shapes are checked on the store and InvalidRecords raised on a violation."""
    out = generation.parent
    parts = [generation / f".graph-{i}.nt" for i in range(NTRIPLES_PARTS)]
    with _stage("writing N-Triples", out):
        write_ntriples(lines, parts)
    if progress:
        progress("writing Turtle and loading the query store", 0, 1)
    # The store loads the N-Triples files (pyoxigraph, without the GIL) while this thread
    # writes kg.ttl from the same files: both cores busy.
    with ThreadPoolExecutor(max_workers=1) as pool:
        loading = pool.submit(load_store, parts, generation / STORE_LINK)
        try:
            with _stage("writing kg.ttl", out), open(generation / GRAPH_FILE, "wb") as handle:
                write_turtle(parts, handle, base)
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            with _stage("loading the query store", out):
                store = loading.result()
    for part in parts:
        part.unlink()
    if shapes_for is not None:
        if progress:
            progress("checking SHACL shapes on the store", 0, 1)
        if problems := store_problems(ox.Store.read_only(str(store)), shapes_for):
            raise InvalidRecords(problems)
    if progress:
        progress("drawing the page", 0, 1)
    with _stage("drawing the page", out):
        write_page(knowledge_graph(ox.Store.read_only(str(store))), generation / PAGE_FILE)
