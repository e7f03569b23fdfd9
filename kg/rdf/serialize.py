"""Graph -> files: deterministic, readable Turtle for kg.ttl, and the export formats.

pyoxigraph writes them: rdflib's Turtle serializer takes ~36 s for a million triples
here, pyoxigraph a few (shared/BASELINES.md). Triples are sorted first, so the same
records always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

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


def _sort_key(triple: tuple) -> tuple:
    s, p, o = triple
    # rdf:type first within a subject, as people read Turtle.
    return (s, p != RDF.type, p, isinstance(o, Literal), o, getattr(o, "datatype", None) or "",
            getattr(o, "language", None) or "")


def to_oxigraph(triples: Iterable[tuple]) -> Iterator[ox.Triple]:
    """rdflib-term triples -> pyoxigraph Triples, in a stable order."""
    nodes: dict[str, ox.NamedNode] = {}

    def node(iri: str) -> ox.NamedNode:
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = ox.NamedNode(iri)
        return found

    for s, p, o in sorted(triples, key=_sort_key):
        if isinstance(o, URIRef):
            obj = node(o)
        elif o.language:
            obj = ox.Literal(str(o), language=o.language)
        elif o.datatype is not None and o.datatype != XSD.string:
            obj = ox.Literal(str(o), datatype=node(o.datatype))
        else:
            obj = ox.Literal(str(o))
        yield ox.Triple(node(s), node(p), obj)


def write_turtle(triples: Iterable[tuple], output: BinaryIO, base: str = vocab.ID) -> None:
    """Readable Turtle with the kg prefixes (the records' under `base`); byte-identical for
    the same triples."""
    output.write(b"# Built by kg from records; do not edit: edit the records and rebuild.\n")
    ox.serialize(to_oxigraph(triples), output, ox.RdfFormat.TURTLE, prefixes=vocab.prefixes(base))


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
