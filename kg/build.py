"""`kg build`: records -> checked graph -> out/kg.ttl, all or nothing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.rdf import ontology
from kg.atomic import atomic_write
from kg.errors import InvalidRecords
from kg.identity.decisions import identity_problems
from kg.records.load import Progress, load_records
from kg.rdf.triples import RecordGraph, record_triples
from kg.records.model import Records
from kg.rdf.serialize import write_turtle
from kg.rdf.shortcuts import shortcut_triples
from kg.analysis.networks import load_knowledge_graph
from kg.page.graph_page import PAGE_FILE, write_page
from kg.sparql.store import STORE_LINK, load_store, make_current
from kg.rdf.shacl import shacl_problems

GRAPH_FILE = "kg.ttl"
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


def check(paths: list[Path], shacl: bool | None = True, progress: Progress | None = None
          ) -> tuple[Records, RecordGraph, str]:
    """Load and check the records; raise InvalidRecords with every problem found.

    `shacl` None means: run SHACL when the graph has at most SHACL_AUTO_LIMIT triples.
    Returns the records, their graph, and what became of the SHACL check.
    """
    records = load_records(paths, progress)
    if problems := identity_problems(records):
        raise InvalidRecords(problems)
    if progress:
        progress("making triples", 0, 1)
    graph = record_triples(records)
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
          progress: Progress | None = None) -> BuildResult:
    """Build the graph of the records under `paths` into `out`.

    Nothing in `out` changes unless every record is valid and every file was written.
    """
    records, graph, shacl_status = check(paths, shacl, progress)
    triples = graph.triples | shortcut_triples(graph.triples)
    if progress:
        progress("writing Turtle", 0, 1)
    target = out / GRAPH_FILE
    with atomic_write(target) as handle:
        write_turtle(triples, handle)
        handle.flush()
        if progress:
            progress("loading the query store", 0, 1)
        # Loaded from the temporary file before it is renamed, so kg.ttl and the store
        # are replaced together or not at all.
        new_store = load_store(Path(handle.name), out)
    make_current(new_store, out)
    # Measures of the previous graph would describe records that may have changed.
    (out / "measures.trig").unlink(missing_ok=True)
    if progress:
        progress("drawing the page", 0, 1)
    page = write_page(load_knowledge_graph(out), out / PAGE_FILE)
    return BuildResult(records, len(triples), [target, out / STORE_LINK, page.path],
                       shacl_status)
