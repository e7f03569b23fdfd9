"""Namespaces, what each controlled term becomes in RDF, and the IRI rules (record ids -> IRIs).

IRIs are built only from record ids (never from names or positions in a file), so
rebuilding the same records never renames a node.
"""

from __future__ import annotations

import functools
import unicodedata
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

# The records' vocabularies, re-exported: this module says what each becomes in RDF.
from kg.project import DEFAULT_BASE
from kg.records.terms import (EVENT_TYPES, IDENTIFIER_PATTERNS, ORG_TYPE_NAMES,  # noqa: F401
                              PARTICIPATION_ROLES, RECORD_ID, SECTORS, normalise_term, slug)
# The prefix table is plain strings (kg.rdf.prefixes: the store-side commands read it without
# rdflib); kg's own namespaces are built from it, and rdflib's defined namespaces (RDF, FOAF,
# ORG, ...) are kept for their closed term lists (tests/test_layout.py checks they agree).
from kg.rdf import prefixes as prefix_table
from kg.rdf.prefixes import (BASE, CONCEPT_KINDS, COMMON_PREFIXES, PREFIXES, RECORD_KINDS,  # noqa: F401
                             prefixes, sparql_prologue)

KG = Namespace(prefix_table.KG)
ID = DEFAULT_BASE
KGO = Namespace(prefix_table.KGO)
SCHEMA = Namespace(prefix_table.SCHEMA)
CONF = Namespace(prefix_table.CONF)
DCTERMS = Namespace(prefix_table.DCTERMS)
SKOSXL = Namespace(prefix_table.SKOSXL)
VOID = Namespace(prefix_table.VOID)


# Organisation type -> extra classes besides org:Organization.
ORG_TYPES: dict[str, tuple[URIRef, ...]] = {
    "organization": (ORG.FormalOrganization,),
    "university": (ORG.FormalOrganization, SCHEMA.CollegeOrUniversity),
    "school": (ORG.OrganizationalUnit, SCHEMA.EducationalOrganization),
    "institute": (ORG.OrganizationalUnit, SCHEMA.EducationalOrganization),
    "department": (ORG.OrganizationalUnit,),
    "program": (ORG.OrganizationalUnit,),
    "division": (ORG.OrganizationalUnit,),
    "company": (ORG.FormalOrganization, SCHEMA.Corporation),
    "government": (ORG.FormalOrganization, SCHEMA.GovernmentOrganization),
    "nonprofit": (ORG.FormalOrganization, SCHEMA.NGO),
    "festival": (ORG.FormalOrganization,),
    "media": (ORG.FormalOrganization, SCHEMA.NewsMediaOrganization),
    "publisher": (ORG.FormalOrganization,),
    "platform": (ORG.FormalOrganization,),
    "studio": (ORG.FormalOrganization,),
    "association": (ORG.FormalOrganization,),
    "foundation": (ORG.FormalOrganization, SCHEMA.NGO),
    "streaming-service": (ORG.FormalOrganization,),
}
# Attendance mode -> schema.org's term for it.
ATTENDANCE: dict[str, URIRef] = {
    "offline": SCHEMA.OfflineEventAttendanceMode,
    "online": SCHEMA.OnlineEventAttendanceMode,
    "mixed": SCHEMA.MixedEventAttendanceMode,
}
# External identifier kind -> (property, IRI prefix). wikidata/orcid/ror name the
# same thing, so owl:sameAs; a website only identifies it, so schema:sameAs.
IDENTIFIERS: dict[str, tuple[URIRef, str]] = {
    "wikidata": (OWL.sameAs, "http://www.wikidata.org/entity/"),
    "orcid": (OWL.sameAs, "https://orcid.org/"),
    "ror": (OWL.sameAs, "https://ror.org/"),
    "website": (SCHEMA.sameAs, ""),
}
@functools.lru_cache(maxsize=65536)  # titles and names recur across thousands of records
def exact_segment(text: str) -> str:
    """An IRI segment that keeps free text exactly (case, script, punctuation): two texts
    give the same segment only if they are the same text. '-' and '.' are escaped, then
    spaces become '-', so "Executive Director" reads as Executive-Director."""
    text = quote(unicodedata.normalize("NFC", text), safe=" ")
    # '.' is escaped too: it separates the parts of a membership IRI, a segment "." or ".."
    # would be removed by IRI resolution, and Turtle cannot end a prefixed name with it.
    return text.replace("-", "%2D").replace(".", "%2E").replace(" ", "-")


class Iris:
    """The IRIs of one project's records, under its base; kg's concepts keep their own.

    `term` makes each IRI: an rdflib URIRef by default, or for the build's hot path its
    N-Triples text (kg.rdf.ntriples.iri).
    """

    def __init__(self, base: str = DEFAULT_BASE, term=URIRef) -> None:  # noqa: ANN001
        self.base = base
        self.term = term

    def person(self, person_id: str) -> URIRef:
        return self.term(f"{self.base}person/{person_id}")

    def org(self, org_id: str) -> URIRef:
        return self.term(f"{self.base}org/{org_id}")

    def place(self, place_id: str) -> URIRef:
        return self.term(f"{self.base}place/{place_id}")

    def source(self, source_id: str) -> URIRef:
        return self.term(f"{self.base}source/{source_id}")

    def series(self, series_id: str) -> URIRef:
        return self.term(f"{self.base}series/{series_id}")

    def event(self, event_id: str, session_id: str | None = None) -> URIRef:
        # '.' joins ids (which cannot contain it) so the IRIs stay flat and read as
        # prefixed names in Turtle (session:symposium.opening).
        if session_id is None:
            return self.term(f"{self.base}event/{event_id}")
        return self.term(f"{self.base}session/{event_id}.{session_id}")

    def participation(self, event_id: str, session_id: str | None, person_id: str, role: str) -> URIRef:
        where = event_id if session_id is None else f"{event_id}.{session_id}"
        return self.term(f"{self.base}participation/{where}.{person_id}.{role}")

    def membership(self, person_id: str, org_id: str, title: str | None) -> URIRef:
        # ids hold no '.', so '.' separates the parts; an affiliation with no title has two.
        tail = f".{exact_segment(title)}" if title else ""
        return self.term(f"{self.base}membership/{person_id}.{org_id}{tail}")

    def org_role(self, title: str) -> URIRef:
        """One org:Role per title as written: "Director" and "director" are two roles."""
        return self.term(f"{self.base}role/{exact_segment(title)}")

    def topic(self, label: str) -> URIRef:
        return self.term(f"{self.base}topic/{slug(label)}")

    def dataset(self) -> URIRef:
        """The graph as a void:Dataset whose void:uriSpace says the base to readers."""
        return self.term(f"{self.base}dataset")

    def measures_graph(self) -> str:
        return f"{self.base}graph/measures"


DEFAULT_IRIS = Iris()
person_iri, org_iri, place_iri = DEFAULT_IRIS.person, DEFAULT_IRIS.org, DEFAULT_IRIS.place
source_iri, event_iri = DEFAULT_IRIS.source, DEFAULT_IRIS.event


def sector_iri(sector: str) -> URIRef:
    return URIRef(f"{ID}sector/{sector}")


def participation_role_iri(role: str) -> URIRef:
    return URIRef(f"{ID}participation-role/{role}")


def org_type_iri(org_type: str) -> URIRef:
    return URIRef(f"{ID}organization-type/{org_type}")


def event_type_iri(event_type: str) -> URIRef:
    return URIRef(f"{ID}event-type/{event_type}")


class Terms:
    """A namespace whose terms are looked up once and then kept as plain attributes.

    rdflib's namespace attribute access costs about a microsecond each time, which
    adds seconds to building a million triples.
    """

    def __init__(self, namespace) -> None:  # noqa: ANN001 - any rdflib namespace
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(self._namespace[name])
        setattr(self, name, term)
        return term


SECTOR_SCHEME = KG["sector"]
PARTICIPATION_ROLE_SCHEME = KG["participation-role"]
EVENT_TYPE_SCHEME = KG["event-type"]
ORG_TYPE_SCHEME = KG["organization-type"]
TOPIC_SCHEME = KG["topic"]
ORG_ROLE_SCHEME = KG["role"]
