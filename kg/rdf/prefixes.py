"""The prefix table: each prefix kg declares and the namespace IRI it stands for, as plain
strings. Nothing here imports rdflib, so that `kg query` and the other store-side commands
start without it; kg.rdf.vocab builds its rdflib namespaces from this table.
"""

from __future__ import annotations

from kg.project import DEFAULT_BASE

BASE = "https://w3id.org/kg/"
# kg's own namespace: the concept schemes always, and records when kg.toml gives no base.
KG = DEFAULT_BASE
KGO = BASE + "ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SKOSXL = "http://www.w3.org/2008/05/skos-xl#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
CONF = "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"
VOID = "http://rdfs.org/ns/void#"

# The kinds of node made from records: under the project's base (kg.toml).
RECORD_KINDS = ("person", "place", "source", "series", "event", "session", "membership",
                "participation", "role", "topic")
CONCEPT_KINDS = ("sector", "participation-role", "event-type", "organization-type")

COMMON_PREFIXES: dict[str, str] = {
    "kg": KG, "kgo": KGO, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "foaf": FOAF,
    "org": ORG, "schema": SCHEMA, "skos": SKOS, "skosxl": SKOSXL, "prov": PROV,
    "dcterms": DCTERMS, "conf": CONF, "void": VOID,
}


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Turtle and SPARQL prefixes: one per kind of node, so kg.ttl reads person:ben-lee."""
    return {**COMMON_PREFIXES,
            **{kind: f"{base}{kind}/" for kind in RECORD_KINDS}, "organization": f"{base}org/",
            **{kind: f"{KG}{kind}/" for kind in CONCEPT_KINDS}}


PREFIXES = prefixes()


def sparql_prologue(names: list[str] | None = None) -> str:
    """PREFIX declarations for SPARQL: all the kg prefixes, or the ones named."""
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in (names or PREFIXES))
