"""Check a built graph against ontology/shapes.ttl with pySHACL, reporting in record terms.

Each SHACL result names a focus node; the RecordGraph knows which record (file, line,
id) made that node, and each property shape's sh:name is the record field.
"""

from __future__ import annotations

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.rdf import ontology
from kg.errors import Problem
from kg.rdf.triples import RecordGraph, to_graph


def shacl_problems(record_graph: RecordGraph) -> list[Problem]:
    """Every SHACL violation in the records' graph, as Problems."""
    return shacl_problems_of(to_graph(record_graph.lines), record_graph.origins)


def shacl_problems_of(data: Graph, origins: dict | None = None) -> list[Problem]:
    shapes = ontology.graph(ontology.SHAPES_FILE)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True)
    if conforms:
        return []
    return [_problem(results, r, shapes, origins or {}) for r in results.subjects(SH.resultSeverity, SH.Violation)]


def _problem(results: Graph, result: URIRef, shapes: Graph, origins: dict) -> Problem:
    focus = results.value(result, SH.focusNode)
    shape = results.value(result, SH.sourceShape)
    field = shapes.value(shape, SH.name) if shape is not None else None
    message = results.value(result, SH.resultMessage) or "violates a SHACL shape"
    value = results.value(result, SH.value)
    return shape_problem(origins, str(focus), None if field is None else str(field), str(message),
                         None if value is None else value.n3() if hasattr(value, "n3") else str(value))


def shape_problem(origins: dict, focus: str, field: str | None, message: str,
                  value: str | None) -> Problem:
    """A SHACL violation as a Problem against the record that made the focus node.

    `value` is the offending value as N-Triples text, where the constraint names one.
    """
    where, record = origins.get(focus, (None, ""))
    text = f"'{field}': {message}" if field else message
    if value is not None and not text.endswith(value):
        text += f" (found {value})"
    text += f" [SHACL, {focus}]" if where is None else " [SHACL]"
    return Problem(where.file if where else "", where.line if where else 0, record or focus, text)
