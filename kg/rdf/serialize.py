"""Graph -> files: deterministic, readable Turtle for kg.ttl, and the export formats.

pyoxigraph writes them: rdflib's Turtle serializer takes ~36 s for a million triples
here, pyoxigraph a few (shared/BASELINES.md). kg.ttl is written from the sorted
N-Triples lines of the graph (kg.rdf.ntriples), so the same records always give the
same bytes: each subject's statements together, subjects and then predicates and
objects in the byte order of their N-Triples text.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

import pyoxigraph as ox

from kg.rdf import ontology
from kg.rdf import vocab
from kg.atomic import atomic_write
from kg.rdf.shortcuts import SHORTCUTS

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
}
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/kg/ontology")
HEADER = b"# Built by kg from records; do not edit: edit the records and rebuild.\n"


def write_turtle(ntriples: Sequence[Path], output: BinaryIO, base: str = vocab.ID) -> None:
    """kg.ttl from N-Triples files of sorted lines: readable Turtle with the kg prefixes
    (the records' under `base`), each subject's statements grouped."""
    output.write(HEADER)
    triples = itertools.chain.from_iterable(
        ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES) for path in ntriples)
    ox.serialize(triples, output, ox.RdfFormat.TURTLE, prefixes=vocab.prefixes(base))


def write_turtle_lines(lines: Iterable[str], output: BinaryIO, base: str = vocab.ID) -> None:
    """Readable Turtle of N-Triples lines, byte-identical for the same lines."""
    output.write(HEADER)
    data = "".join(sorted(set(lines))).encode("utf-8")
    ox.serialize(ox.parse(data, ox.RdfFormat.N_TRIPLES), output, ox.RdfFormat.TURTLE,
                 prefixes=vocab.prefixes(base))


def graph_base(triples: list[ox.Triple]) -> str:
    """The records' base a built graph declares (void:uriSpace), or kg's own."""
    space = str(vocab.VOID.uriSpace)
    return next((t.object.value for t in triples if t.predicate.value == space), vocab.ID)


def ontology_triples() -> Iterator[ox.Triple]:
    """The ontology's class and property definitions, as pyoxigraph triples."""
    data = ontology.read_text(ontology.ONTOLOGY_FILE).encode()
    for quad in ox.parse(data, ox.RdfFormat.TURTLE):
        yield quad.triple


def export(graph_file: Path, fmt: str, output: BinaryIO, with_ontology: bool = False,
           stated_only: bool = False) -> int:
    """Re-serialise a built kg.ttl in another format; returns the number of triples written.

    With the ontology, TriG puts it in its own named graph; the other formats merge it.
    Stated only leaves out the shortcut triples that `kg build` derives.
    """
    triples = [q.triple for q in ox.parse(path=str(graph_file), format=ox.RdfFormat.TURTLE)]
    if stated_only:
        shortcuts = {str(p) for p in SHORTCUTS}
        triples = [t for t in triples if t.predicate.value not in shortcuts]
    count = len(triples)
    rdf_format = FORMATS[fmt]
    prefixes = vocab.prefixes(graph_base(triples))
    if rdf_format == ox.RdfFormat.TRIG:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        if with_ontology:
            extra = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                     for t in ontology_triples()]
            quads += extra
            count += len(extra)
        ox.serialize(quads, output, rdf_format, prefixes=prefixes)
        return count
    if with_ontology:
        seen = set(triples)
        extra = [t for t in ontology_triples() if t not in seen]
        triples += extra
        count += len(extra)
    ox.serialize(triples, output, rdf_format, prefixes=prefixes)
    return count


def export_to_path(graph_file: Path, fmt: str, path: Path, with_ontology: bool = False,
                   stated_only: bool = False) -> int:
    with atomic_write(path) as handle:
        return export(graph_file, fmt, handle, with_ontology, stated_only)
