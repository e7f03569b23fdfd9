"""The ontology, concept schemes and SHACL shapes, read as package data.

They live in the repository's ontology/ folder; pyproject.toml maps that folder to the
package `kg.ontology_files`, so an installed wheel carries them too.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

ONTOLOGY_FILE = "kg.ttl"
CONCEPTS_FILE = "concepts.ttl"
SHAPES_FILE = "shapes.ttl"


def read_text(name: str) -> str:
    """The text of one ontology file shipped with the package."""
    return resources.files("kg.ontology_files").joinpath(name).read_text(encoding="utf-8")


@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(data=read_text(name), format="turtle")


def graph(name: str) -> Graph:
    """A fresh copy of one ontology file as an rdflib Graph (callers may add to it)."""
    copy = Graph()
    for triple in _parsed(name):
        copy.add(triple)
    return copy


@cache
def lines(name: str) -> frozenset[str]:
    """The triples of one ontology file as N-Triples lines (kg.rdf.ntriples)."""
    import pyoxigraph as ox

    from kg.rdf.ntriples import from_oxigraph

    data = read_text(name).encode("utf-8")
    return frozenset(from_oxigraph(q.triple for q in ox.parse(data, ox.RdfFormat.TURTLE)))
