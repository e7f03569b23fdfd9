"""The SHACL shapes as SPARQL queries on the store: how graphs too big for pySHACL are checked.

pySHACL checks ~15k triples/s here, so above kg.build.SHACL_AUTO_LIMIT the shapes of
ontology/shapes.ttl are run as queries on the pyoxigraph store the build loads anyway.
The shapes use a small part of SHACL: node shapes with sh:targetClass; property shapes
with a predicate path and sh:minCount, sh:maxCount, sh:datatype, sh:class, sh:node,
sh:or, sh:in, sh:hasValue; and sh:or on a node shape. Each constraint becomes one
SELECT whose rows are its violations. A shape using anything else raises
UnsupportedShape, so a new kind of constraint cannot go unchecked at scale (a test
compiles shapes.ttl and compares the answers with pySHACL's).

Like pySHACL with inference "none", targets and sh:class follow rdf:type (the built
graph states no rdfs:subClassOf).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg.errors import KgError, Problem
from kg.rdf import ontology
from kg.rdf.shacl import shape_problem

# What a shape may say besides its constraints: read, or ignored as documentation.
_NOTES = {RDF.type, RDFS.comment, SH.message, SH.name, SH.targetClass, SH.property, SH.path}
_COUNTS = {SH.minCount, SH.maxCount}


class UnsupportedShape(Exception):
    """shapes.ttl uses a SHACL feature this module cannot turn into a query."""


@dataclass(frozen=True)
class ShapeQuery:
    """One constraint as a query: its rows are the violations' focus nodes (and values)."""

    sparql: str
    field: str | None
    message: str
    value: str | None = None  # the variable SHACL reports as the value: "value", "focus" or none


def _iri(node) -> str:  # noqa: ANN001 - an rdflib term
    if not isinstance(node, URIRef):
        raise UnsupportedShape(f"{node!r} where shapes.ttl may only have an IRI")
    return f"<{node}>"


def _term(node) -> str:  # noqa: ANN001
    return node.n3()


def _set(g: Graph, p, o, var: str) -> str | None:  # noqa: ANN001
    """A pattern binding `var` to every node that meets one constraint (`p` `o`), or None
    when the constraint is on literals (a filter instead). Violations are then found by
    MINUS, which Oxigraph runs as one hash anti-join (4-5x faster at 1M triples than a
    FILTER NOT EXISTS looked up row by row)."""
    if p == SH["class"]:
        return f"{var} a {_iri(o)} ."
    if p == SH.node:
        return _shape_set(g, o, var)
    if p == SH["or"]:
        sets = [_shape_set(g, s, var) for s in Collection(g, o)]
        if any(x is None for x in sets):
            return None
        return " UNION ".join(f"{{ {x} }}" for x in sets)
    return None


def _shape_set(g: Graph, shape, var: str) -> str | None:  # noqa: ANN001
    """The nodes conforming to a shape inside sh:node or sh:or: a class, [ sh:path p ;
    sh:minCount 1 ], or a concept shape (sh:property [ sh:path p ; sh:hasValue v ])."""
    parts = []
    for p, o in sorted(g.predicate_objects(shape)):
        if p == SH.property:
            path, value = _iri(g.value(o, SH.path)), g.value(o, SH.hasValue)
            if value is None or set(g.predicates(o)) - {SH.path, SH.hasValue, SH.message, SH.name}:
                raise UnsupportedShape(f"a nested property shape other than sh:hasValue ({o})")
            parts.append(f"{var} {path} {_term(value)} .")
        elif p == SH.path:
            if set(g.predicates(shape)) - {SH.path, SH.minCount} or int(g.value(shape, SH.minCount) or 0) != 1:
                raise UnsupportedShape(f"a path inside a condition other than sh:minCount 1 ({shape})")
            parts.append(f"{var} {_iri(o)} ?_any .")
        elif p == SH.minCount or p in _NOTES:
            continue
        else:
            found = _set(g, p, o, var)
            if found is None:
                return None
            parts.append(found)
    if len(parts) != 1:
        raise UnsupportedShape(f"the shape {shape} states {len(parts)} constraints, not one")
    return parts[0]


def _filter(g: Graph, p, o, var: str) -> str:  # noqa: ANN001
    """An expression true when the value `var` meets one constraint on literals or a list."""
    if p == SH.datatype:
        return f"(isLiteral({var}) && datatype({var}) = {_iri(o)})"
    if p == SH["in"]:
        return f"({var} IN ({', '.join(_term(v) for v in Collection(g, o))}))"
    if p == SH["or"]:
        return "(" + " || ".join(_shape_filter(g, s, var) for s in Collection(g, o)) + ")"
    raise UnsupportedShape(f"{p} on a value")


def _shape_filter(g: Graph, shape, var: str) -> str:  # noqa: ANN001
    parts = [_filter(g, p, o, var) for p, o in sorted(g.predicate_objects(shape)) if p not in _NOTES]
    if len(parts) != 1:
        raise UnsupportedShape(f"the shape {shape} states {len(parts)} constraints, not one")
    return parts[0]


def _targets(g: Graph, shape) -> str:  # noqa: ANN001
    classes = " UNION ".join(f"{{ ?focus a {_iri(c)} }}" for c in sorted(g.objects(shape, SH.targetClass)))
    return f"{{ SELECT DISTINCT ?focus WHERE {{ {classes} }} }}"


def _property_queries(g: Graph, shape, prop) -> list[ShapeQuery]:  # noqa: ANN001
    path = _iri(g.value(prop, SH.path))
    field = g.value(prop, SH.name)
    field = str(field) if field is not None else None
    message = str(g.value(prop, SH.message) or "violates a SHACL shape")
    targets = _targets(g, shape)
    queries = []
    low, high = g.value(prop, SH.minCount), g.value(prop, SH.maxCount)
    if low is not None and int(low) == 1:
        queries.append(f"SELECT ?focus WHERE {{ {targets} MINUS {{ ?focus {path} ?_v }} }}")
    elif low is not None and int(low) > 1:
        queries.append(f"SELECT ?focus WHERE {{ {targets} OPTIONAL {{ ?focus {path} ?value }} }} "
                       f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {int(low)})")
    if high is not None:
        queries.append(f"SELECT ?focus WHERE {{ {{ SELECT ?focus WHERE {{ ?focus {path} ?value }} "
                       f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) > {int(high)}) }} {targets} }}")
    for p, o in sorted(g.predicate_objects(prop)):
        if p in _NOTES or p in _COUNTS:
            continue
        values = f"SELECT ?focus ?value WHERE {{ ?focus {path} ?value }}"
        if p == SH.hasValue:
            queries.append(f"SELECT ?focus WHERE {{ {targets} MINUS {{ ?focus {path} {_term(o)} }} }}")
        elif (conforming := _set(g, p, o, "?value")) is not None:
            queries.append(f"SELECT ?focus ?value WHERE {{ {{ {{ {values} }} MINUS {{ {conforming} }} }} "
                           f"{targets} }}")
        else:
            condition = _filter(g, p, o, "?value")
            queries.append(f"SELECT ?focus ?value WHERE {{ {{ SELECT ?focus ?value WHERE {{ "
                           f"?focus {path} ?value FILTER(!{condition}) }} }} {targets} }}")
    return [ShapeQuery(q, field, message, "value" if q.startswith("SELECT ?focus ?value") else None)
            for q in queries]


def _node_queries(g: Graph, shape) -> list[ShapeQuery]:  # noqa: ANN001
    message = str(g.value(shape, SH.message) or "violates a SHACL shape")
    queries = []
    for p, o in sorted(g.predicate_objects(shape)):
        if p in _NOTES:
            continue
        conforming = _set(g, p, o, "?focus") if p == SH["or"] else None
        if conforming is None:  # the only node-level constraint the shapes use
            raise UnsupportedShape(f"{p} on the node shape {shape}")
        # A node shape's value is its focus node.
        queries.append(ShapeQuery(f"SELECT ?focus WHERE {{ {_targets(g, shape)} MINUS {{ {conforming} }} }}",
                                  None, message, "focus"))
    return queries


def compile_shapes(g: Graph) -> list[ShapeQuery]:
    """Every constraint of the shapes with a target, as queries."""
    queries = []
    for shape in sorted(set(g.subjects(SH.targetClass, None))):
        queries.extend(_node_queries(g, shape))
        for prop in sorted(g.objects(shape, SH.property), key=lambda p: str(g.value(p, SH.path))):
            queries.extend(_property_queries(g, shape, prop))
    return queries


@cache
def shape_queries() -> tuple[ShapeQuery, ...]:
    return tuple(compile_shapes(ontology.graph(ontology.SHAPES_FILE)))


Violation = tuple[str, str | None, str, str | None]  # focus IRI, field, message, value


def violations(store: ox.Store) -> list[Violation]:
    """Every violation of ontology/shapes.ttl in the store's default graph, sorted."""
    found = set()
    for query in shape_queries():
        for row in store.query(query.sparql):
            found.add((row["focus"].value, query.field, query.message,
                       str(row[query.value]) if query.value else None))
    return sorted(found, key=lambda v: tuple(x or "" for x in v))


class Checking:
    """:func:`violations` of the store at `store_path`, found in a child process while the
    build draws the page (pyoxigraph holds the GIL while a query runs, so a thread
    would not run beside it)."""

    def __init__(self, store_path: Path) -> None:
        self.child = subprocess.Popen([sys.executable, "-m", __name__, str(store_path)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def result(self) -> list[Violation]:
        out, errors = self.child.communicate()
        if self.child.returncode != 0:
            raise KgError(f"checking the SHACL shapes failed: {errors.decode(errors='replace').strip()}")
        return [tuple(v) for v in json.loads(out)]

    def cancel(self) -> None:
        self.child.kill()
        self.child.communicate()


def as_problems(found: list[Violation], origins: dict) -> list[Problem]:
    """Violations as Problems against the records that made the focus nodes (`origins`,
    keyed by IRI)."""
    return sorted({shape_problem(origins, *v) for v in found})


def store_problems(store: ox.Store, origins: dict) -> list[Problem]:
    return as_problems(violations(store), origins)


def lines_problems(lines: Iterable[str], origins: dict) -> list[Problem]:
    """The same check on N-Triples lines, through an in-memory store (`kg validate`)."""
    store = ox.Store()
    store.bulk_load("".join(lines).encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    return store_problems(store, origins)


if __name__ == "__main__":  # the child process of Checking: the violations as JSON
    json.dump(violations(ox.Store.read_only(sys.argv[1])), sys.stdout)
