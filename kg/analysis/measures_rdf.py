"""Per-person measures -> triples in their own named graph, so SPARQL and the page can use
them: out/measures.trig, and the graph <BASE/graph/measures> (BASE: the records' namespace) in the
store (replaced at every `kg analyze`; the records' graph is never touched)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.rdf import vocab
from kg.atomic import atomic_write
from kg.errors import KgError
from kg.sparql.store import store_path

MEASURES_FILE = "measures.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"
# Analysis field -> (kgo property, datatype); each property is defined in ontology/kg.ttl.
PROPERTIES = {
    "betweenness": ("betweenness", "double"),
    "ei": ("eiIndex", "double"),
    "participation": ("participationCoefficient", "double"),
    "constraint": ("constraint", "double"),
    "effective_size": ("effectiveSize", "double"),
    "community": ("community", "integer"),
}
# Brokerage counts each open triad once on undirected ties, where Gould-Fernandez's
# gatekeeper and representative are the same triad read in the two directions: the count
# of gatekeeper_representative is each person's count of both kgo:brokerageGatekeeper and
# kgo:brokerageRepresentative (do not add them up). Counts are decimals: a person with
# several sectors counts by shares.
BROKERAGE = {"coordinator": "brokerageCoordinator", "itinerant": "brokerageItinerant",
             "gatekeeper": "brokerageGatekeeper", "representative": "brokerageRepresentative",
             "liaison": "brokerageLiaison"}
MERGED = {"gatekeeper": "gatekeeper_representative", "representative": "gatekeeper_representative"}


def measures_graph(store: ox.Store) -> ox.NamedNode:
    """<BASE/graph/measures>, under the base the built graph declares (void:uriSpace)."""
    found = [s["space"].value for s in store.query(
        vocab.sparql_prologue(["void"]) + "SELECT ?space WHERE { ?d a void:Dataset ; void:uriSpace ?space }")]
    return ox.NamedNode(vocab.Iris(found[0] if found else vocab.ID).measures_graph())


# kgo property -> the name a reader sees (the page's tooltip, `kg viz --size`).
READABLE = {"betweenness": "betweenness", "eiIndex": "E-I index",
            "participationCoefficient": "participation coefficient", "constraint": "constraint",
            "effectiveSize": "effective size", "community": "community",
            "brokerageCoordinator": "brokerage: coordinator", "brokerageItinerant": "brokerage: itinerant",
            "brokerageGatekeeper": "brokerage: gatekeeper or representative",
            "brokerageLiaison": "brokerage: liaison"}


def read_measures(store: ox.Store) -> dict[str, dict[str, float]]:
    """Each person's measures from the measures graph, by readable name; {} before any
    `kg analyze` of this build (measures belong to the generation they were computed on).
    Gatekeeper and representative are one count (see BROKERAGE), read once."""
    graph = measures_graph(store)
    found: dict[str, dict[str, float]] = {}
    for quad in store.quads_for_pattern(None, None, None, graph):
        local = quad.predicate.value.removeprefix(vocab.KGO)
        if local in READABLE:
            found.setdefault(quad.subject.value, {})[READABLE[local]] = float(quad.object.value)
    return found


def measure_quads(per_person: dict[str, dict], graph: ox.NamedNode) -> list[ox.Quad]:
    quads = []

    def add(node: ox.NamedNode, local: str, value, datatype: str) -> None:  # noqa: ANN001
        text = repr(float(value)) if datatype == "double" else str(int(value))
        quads.append(ox.Quad(node, ox.NamedNode(f"{vocab.KGO}{local}"),
                             ox.Literal(text, datatype=ox.NamedNode(XSD + datatype)), graph))

    for person, values in sorted(per_person.items()):
        node = ox.NamedNode(person)
        for field, (local, datatype) in PROPERTIES.items():
            if values.get(field) is not None:
                add(node, local, values[field], datatype)
        for role, local in BROKERAGE.items():
            add(node, local, values["brokerage"].get(MERGED.get(role, role), 0), "double")
    return quads


def write_measures(out: Path, per_person: dict[str, dict]) -> Path:
    """Write out/measures.trig and replace the measures graph in out/store."""
    path = store_path(out)
    try:
        store = ox.Store(str(path))
    except OSError as e:
        if "lock" not in str(e).lower():
            raise
        # RocksDB lets one process write: a `kg serve --writable` on this store holds it.
        raise KgError(f"{path} is open for writing by another process (a `kg serve --writable` "
                      "on it?); the report is complete, but its measures were not written to the "
                      "store: stop that server and run kg analyze again") from None
    graph = measures_graph(store)
    quads = measure_quads(per_person, graph)
    target = out / MEASURES_FILE
    with atomic_write(target) as handle:
        ox.serialize(quads, handle, ox.RdfFormat.TRIG,
                     prefixes=vocab.prefixes(graph.value.removesuffix("graph/measures")))
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    store.bulk_extend(quads)
    store.flush()
    del store
    return target
