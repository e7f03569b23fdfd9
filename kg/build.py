"""`kg build`: records -> checked graph -> out/kg.ttl, all or nothing."""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import os
import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from kg.project import read_project
from kg.rdf import ontology
from kg import outputs
from kg.errors import InvalidRecords, KgError
from kg.identity.decisions import identity_problems
from kg.records.load import Progress, find_record_files, load_records
from kg.rdf.ntriples import LineFiles, count_lines, read_lines, start_sort
from kg.rdf.triples import DISCARD, RecordGraph, record_triples, to_graph
from kg.records.model import Records
from kg.rdf.serialize import write_turtle
from kg.rdf.shortcuts import shortcut_lines
from kg.sparql.store import GRAPH_FILE, STORE_LINK, load_store
from kg.rdf.shacl import shacl_problems, shacl_problems_of
from kg.rdf.shape_queries import Checking, as_problems, lines_problems

# pySHACL checks ~15k triples/s here (100k triples: 6.5 s), so it runs up to this size;
# above it the same shapes run as SPARQL queries on the store (kg.rdf.shape_queries:
# ~3 s at 1M triples), which `kg build` loads anyway.
SHACL_AUTO_LIMIT = 250_000
ON_STORE = f"conforms (as SPARQL queries on the store, above {SHACL_AUTO_LIMIT:,} triples)"
# In the generation folder while it is built: the lines as made, in files loaded side by
# side (a bulk load keeps about one core busy), and sorted, for kg.ttl.
PAGE_FILE = "graph.html"  # kg.page.graph_page.PAGE_FILE (a test checks they agree)
UNSORTED, SORTED = (".graph-1.nt", ".graph-2.nt"), ".graph-sorted.nt"
# Record files above this size (~200k triples) are read in a child process (build()).
CHILD_ABOVE_BYTES = 4_000_000


@dataclass
class BuildResult:
    """What a build made: counts of the records as nodes (a person recorded twice and
    declared `same_as` counts once), of triples, the files written, the SHACL outcome."""

    people: int
    organizations: int
    events: int
    sessions: int
    sectors: Counter  # organisations by sector ('unclassified' where the records give none)
    triples: int = 0
    written: list[Path] = field(default_factory=list)
    shacl: str = "not run"

    @classmethod
    def of(cls, records: Records) -> BuildResult:
        return cls(len(records.people), len(records.organizations), len(records.events),
                   sum(len(e.all_sessions()) for e in records.events.values()),
                   Counter(o.sector or "unclassified" for o in records.organizations.values()))


def load_checked(paths: list[Path], progress: Progress | None = None,
                 base: str | None = None) -> tuple[Records, str]:
    """Every record under `paths`, checked (InvalidRecords lists every problem), and the
    base their nodes go under (`base`, or the records' kg.toml)."""
    project = read_project(paths, base)
    records = load_records(paths, progress)
    if problems := identity_problems(records):
        raise InvalidRecords(problems)
    return records, project.base


def check(paths: list[Path], shacl: bool = True, progress: Progress | None = None,
          base: str | None = None) -> tuple[Records, RecordGraph, str]:
    """Load and check the records, and the graph they make against the SHACL shapes
    (unless `shacl` is False): by pySHACL up to SHACL_AUTO_LIMIT triples, above it as
    SPARQL queries. Raises InvalidRecords with every problem found; returns the records,
    their graph (in memory) and what became of the SHACL check.
    """
    records, base = load_checked(paths, progress, base)
    if progress:
        progress("making triples", 0, 1)
    graph = record_triples(records, base)
    graph.add_lines(ontology.lines(ontology.CONCEPTS_FILE))
    if shacl is False:
        return records, graph, "off"
    if progress:
        progress("checking SHACL shapes", 0, 1)
    small = len(graph.lines) <= SHACL_AUTO_LIMIT
    problems = shacl_problems(graph) if small else lines_problems(graph.lines, graph.origins)
    if problems:
        raise InvalidRecords(problems)
    return records, graph, "conforms" if small else ON_STORE


def build(paths: list[Path], out: Path, shacl: bool = True,
          progress: Progress | None = None, base: str | None = None) -> BuildResult:
    """Build the graph of the records under `paths` into `out`.

    Nothing in `out` changes unless every record is valid and every file was written.
    The graph is never held in memory: its lines go to files as they are made, GNU
    sort orders them (kg.ttl's order) while the store loads them, and kg.ttl is written
    from the sorted file. Large record sets are read, and their lines made, in a child
    process, so the memory the records took is given back before the store loads.
    """
    if _records_size(paths) > CHILD_ABOVE_BYTES and "fork" in multiprocessing.get_all_start_methods():
        records = _RecordsInChild(paths, base, progress)
    else:
        records = _Records(paths, base, progress)
    try:
        return _build(records, out, shacl, progress)
    finally:
        records.close()


def _build(records: _Records, out: Path, shacl: bool, progress: Progress | None) -> BuildResult:
    with outputs.writing(out):
        # kg.ttl, the store and the page are written into a new generation and made
        # current together by one rename (kg.outputs); the measures of the previous
        # graph are not carried over, since the records may have changed.
        with _stage("making a new generation folder", out):
            generation = outputs.new_generation(out)
        try:
            result, records_base = records.write_lines(generation)
            result.triples, result.shacl = write_generation(generation, records_base, records.origins,
                                                            shacl, progress)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        outputs.make_current(generation, out)
    result.written = [out / GRAPH_FILE, out / STORE_LINK, out / PAGE_FILE]
    return result


class _Records:
    """The records read and checked here (InvalidRecords before out/ is touched), then
    their graph's lines written into a generation folder (UNSORTED)."""

    def __init__(self, paths: list[Path], base: str | None, progress: Progress | None) -> None:
        self.paths, self.base, self.progress = paths, base, progress
        self.records, self.records_base = load_checked(paths, progress, base)
        self.graph: RecordGraph | None = None

    def write_lines(self, generation: Path) -> tuple[BuildResult, str]:
        """Counts of the records as nodes, and the base of their IRIs."""
        if self.progress:
            self.progress("making triples", 0, 1)
        with _stage("writing N-Triples", generation.parent), \
                LineFiles([generation / u for u in UNSORTED]) as lines:
            graph = record_triples(self.records, self.records_base, lines)
            graph.add_lines(ontology.lines(ontology.CONCEPTS_FILE))
            for line in shortcut_lines(graph.links):
                lines.add(line)
        result = BuildResult.of(graph.nodes or self.records)
        self.records, self.graph = None, graph  # the records can go; the origins stay
        return result, self.records_base

    def close(self) -> None:
        pass

    def origins(self) -> dict:
        """Each node's record (file, line, label), for SHACL problems: asked for only when
    there are some, since after the child the records must be read again."""
        if self.graph is not None:
            return self.graph.origins
        records, base = load_checked(self.paths, None, self.base)
        return record_triples(records, base, DISCARD).origins


class _RecordsInChild(_Records):
    """The same in a forked child process: it reads and checks the records, then waits
    for the generation folder and writes the lines there, its progress relayed here and
    its result (or exception, pickled whole) sent back. The records' memory (~2.6 GB at
    10M triples, most of it kept by Python's allocator after use) goes back to the
    system when it ends, before the store loads. The origins are made again from the
    records only if a shape is violated."""

    def __init__(self, paths: list[Path], base: str | None, progress: Progress | None) -> None:
        self.paths, self.base, self.progress, self.graph = paths, base, progress, None
        context = multiprocessing.get_context("fork")
        self.pipe, child_end = context.Pipe()
        parent = os.getpid()

        def relay(*stage) -> None:  # noqa: ANN002
            if os.getppid() != parent:  # the build was killed: stop, and let go of out/'s lock
                os._exit(1)
            child_end.send(("progress", stage))

        def run() -> None:
            try:
                here = _Records(paths, base, relay)
                child_end.send(("checked", None))
                outcome = ("done", here.write_lines(child_end.recv()))
            except BaseException as e:  # noqa: BLE001 - every error goes back to the parent
                outcome = ("error", e)
            child_end.send(outcome)

        self.child = context.Process(target=run)
        self.child.start()
        child_end.close()
        _import_page_stage()  # while the child reads
        self._until("checked")

    def write_lines(self, generation: Path) -> tuple[BuildResult, str]:
        self.pipe.send(generation)
        return self._until("done")

    def close(self) -> None:
        """Stop the child if it still waits (out/ was busy, a build stopped)."""
        if self.child.is_alive():
            self.child.kill()
        self.child.join()

    def _until(self, wanted: str):  # noqa: ANN202
        try:
            while True:
                try:
                    kind, value = self.pipe.recv()
                except EOFError:
                    self.child.join()
                    raise KgError(f"reading the records stopped (exit code {self.child.exitcode}: "
                                  "out of memory?)") from None
                if kind == "progress":
                    if self.progress:
                        self.progress(*value)
                elif kind == "error":
                    raise value
                elif kind == wanted:
                    return value
        except BaseException:
            self.close()
            raise


def _records_size(paths: list[Path]) -> int:
    return sum(f.stat().st_size for f in find_record_files(paths))


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


def draw_page(store: Path, path: Path) -> None:
    """The page of the store's graph. The page stage is imported here, not with this
    module: a large build imports it (~1 s: igraph, matplotlib, pyvis) while its child
    reads the records (_import_page_stage)."""
    from kg.analysis.networks import knowledge_graph
    from kg.page.graph_page import write_page

    write_page(knowledge_graph(ox.Store.read_only(str(store))), path)


def _import_page_stage() -> None:
    import kg.analysis.networks  # noqa: F401
    import kg.page.graph_page  # noqa: F401


def write_generation(generation: Path, base: str, origins: Callable[[], dict], shacl: bool = True,
                     progress: Progress | None = None) -> tuple[int, str]:
    """kg.ttl, the store and the page drawn from the store, in one folder, from the
    graph's N-Triples lines in its UNSORTED files; checks the SHACL shapes unless `shacl`
    is False (InvalidRecords on a violation, against the records `origins()` names).
    Returns the number of triples and the SHACL outcome.

    Both cores work at once: the store bulk-loads the unsorted lines (in a thread,
    without the GIL) while GNU sort orders them and this thread writes kg.ttl.
    """
    out = generation.parent
    unsorted, ordered = [generation / u for u in UNSORTED], generation / SORTED
    if progress:
        progress("writing Turtle and loading the query store", 0, 1)
    with ThreadPoolExecutor(max_workers=1) as pool:
        loading = pool.submit(load_store, unsorted, generation / STORE_LINK)
        try:
            with _stage("sorting the triples", out):
                start_sort(unsorted, ordered)()
                triples = count_lines(ordered)
            status = "off" if shacl is False else "conforms" if triples <= SHACL_AUTO_LIMIT else ON_STORE
            if status == "conforms":
                if progress:
                    progress("checking SHACL shapes", 0, 1)
                graph = to_graph(read_lines(ordered))
                if shacl_problems_of(graph):  # the records named only when there are problems
                    raise InvalidRecords(shacl_problems_of(graph, origins()))
            with _stage("writing kg.ttl", out), open(generation / GRAPH_FILE, "wb") as handle:
                write_turtle([ordered], handle, base)
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            with _stage("loading the query store", out):
                store = loading.result()
    for path in (*unsorted, ordered):
        path.unlink()
    # The shapes run as queries in a child process while this one draws the page.
    checking = None
    if status == ON_STORE:
        if progress:
            progress("checking SHACL shapes on the store", 0, 1)
        checking = Checking(store)
    if progress:
        progress("drawing the page", 0, 1)
    try:
        with _stage("drawing the page", out):
            draw_page(store, generation / PAGE_FILE)
    except BaseException:
        if checking:
            checking.cancel()
        raise
    if checking and (found := checking.result()):
        raise InvalidRecords(as_problems(found, origins()))
    return triples, status
