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

# pySHACL checks ~15k triples/s here (100k triples: 6.5 s), so `kg build` runs it by
# default only up to this size; `kg validate` always runs it. The record rules already
# guarantee what the shapes check, so a skipped SHACL pass loses no record check.
SHACL_AUTO_LIMIT = 250_000
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
    graph = record_triples(records, project.base)
    graph.add_lines(ontology.lines(ontology.CONCEPTS_FILE))
    if shacl is None:
        shacl = len(graph.lines) <= SHACL_AUTO_LIMIT
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
            write_generation(generation, ordered, graph.base, progress)
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
                     progress: Progress | None = None) -> None:
    """kg.ttl, the store and the page drawn from the store, in one folder, from the
    graph's sorted N-Triples lines."""
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
    if progress:
        progress("drawing the page", 0, 1)
    with _stage("drawing the page", out):
        write_page(knowledge_graph(ox.Store.read_only(str(store))), generation / PAGE_FILE)
