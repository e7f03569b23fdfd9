"""Namespaces, what each controlled term becomes in RDF, and the IRI rules (record ids -> IRIs).

IRIs are built only from record ids (never from names or positions in a file), so
rebuilding the same records never renames a node.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

# The records' vocabularies, re-exported: this module says what each becomes in RDF.
from kg.records.terms import (EVENT_TYPES, IDENTIFIER_PATTERNS, ORG_TYPE_NAMES,  # noqa: F401
                              PARTICIPATION_ROLES, RECORD_ID, SECTORS, normalise_term, slug)

BASE = "https://w3id.org/kg/"
KG = Namespace(BASE + "id/")
ID = BASE + "id/"
KGO = Namespace(BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
CONF = Namespace("https://w3id.org/scholarlydata/ontology/conference-ontology.owl#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgo": str(KGO),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "foaf": str(FOAF),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "skosxl": str(SKOSXL),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "conf": str(CONF),
    # One prefix per kind of node, so kg.ttl reads person:ben-lee, not kg:person\/ben-lee.
    **{kind: f"{KG}{kind}/" for kind in (
        "person", "place", "source", "series", "event", "session", "membership", "participation",
        "role", "topic", "sector", "participation-role", "event-type", "organization-type")},
    "organization": f"{KG}org/",
}


def sparql_prologue(names: list[str] | None = None) -> str:
    """PREFIX declarations for SPARQL: all the kg prefixes, or the ones named."""
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in (names or PREFIXES))


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
def person_iri(person_id: str) -> URIRef:
    return URIRef(f"{ID}person/{person_id}")


def org_iri(org_id: str) -> URIRef:
    return URIRef(f"{ID}org/{org_id}")


def place_iri(place_id: str) -> URIRef:
    return URIRef(f"{ID}place/{place_id}")


def source_iri(source_id: str) -> URIRef:
    return URIRef(f"{ID}source/{source_id}")


def series_iri(series_id: str) -> URIRef:
    return URIRef(f"{ID}series/{series_id}")


def event_iri(event_id: str, session_id: str | None = None) -> URIRef:
    # '.' joins ids (which cannot contain it) so the IRIs stay flat and read as
    # prefixed names in Turtle (session:symposium.opening).
    if session_id is None:
        return URIRef(f"{ID}event/{event_id}")
    return URIRef(f"{ID}session/{event_id}.{session_id}")


def participation_iri(event_id: str, session_id: str | None, person_id: str, role: str) -> URIRef:
    where = event_id if session_id is None else f"{event_id}.{session_id}"
    return URIRef(f"{ID}participation/{where}.{person_id}.{role}")


def exact_segment(text: str) -> str:
    """An IRI segment that keeps free text exactly (case, script, punctuation): two texts
    give the same segment only if they are the same text. '-' is escaped, then spaces
    become '-', so "Executive Director" reads as Executive-Director."""
    text = quote(unicodedata.normalize("NFC", text), safe=" ")
    return text.replace("-", "%2D").replace(" ", "-")


def membership_iri(person_id: str, org_id: str, title: str | None) -> URIRef:
    # ids hold no '.', so '.' separates the parts; an affiliation with no title has two.
    tail = f".{exact_segment(title)}" if title else ""
    return URIRef(f"{ID}membership/{person_id}.{org_id}{tail}")


def org_role_iri(title: str) -> URIRef:
    """One org:Role per title as written: "Director" and "director" are two roles."""
    return URIRef(f"{ID}role/{exact_segment(title)}")


def topic_iri(label: str) -> URIRef:
    return URIRef(f"{ID}topic/{slug(label)}")


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
