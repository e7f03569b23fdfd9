"""Records -> RDF triples under the kg ontology, using only the standard terms users query.

The triples are plain (subject, predicate, object) tuples of rdflib terms: building an
rdflib.Graph of a million triples costs ~17 s here (shared/BASELINES.md), so a Graph is
made only where one is needed (:func:`to_graph`, for SHACL and tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.identity.merge import merge_same_as
from kg.rdf import vocab
from kg.records.model import Event, Organization, Person, Records, Session, Where
from kg.rdf.vocab import Terms

FOAF, ORG, PROV, RDF, SKOS, XSD = (Terms(n) for n in (ns.FOAF, ns.ORG, ns.PROV, ns.RDF, ns.SKOS, ns.XSD))
KGO, SCHEMA, OWL = Terms(vocab.KGO), Terms(vocab.SCHEMA), Terms(ns.OWL)

Triple = tuple[URIRef, URIRef, URIRef | Literal]

# Record field -> the property its value is stated with, for kgo:inferredProperty.
FIELD_PROPERTY = {
    "name": SKOS.prefLabel, "alt_names": SKOS.altLabel, "type": SCHEMA.additionalType,
    "sector": ORG.classification, "parent": ORG.subOrganizationOf,
    "wikidata": OWL.sameAs, "ror": OWL.sameAs, "orcid": OWL.sameAs,
    "website": SCHEMA.sameAs, "given_name": FOAF.givenName, "family_name": FOAF.familyName,
    "title": ORG.role, "organization": ORG.organization, "address": SCHEMA.address,
    "end_date": SCHEMA.endDate, "location": SCHEMA.location, "organizers": SCHEMA.organizer,
    "description": SCHEMA.description, "topics": SCHEMA.about,
}
PERSON_FIELD_PROPERTY = {**FIELD_PROPERTY, "sector": KGO.sector}
PLACE_FIELD_PROPERTY = {**FIELD_PROPERTY, "name": SCHEMA.name, "organization": ORG.siteOf}
POSITION_FIELD_PROPERTY = {**FIELD_PROPERTY, "organization": ORG.organization}


@dataclass
class RecordGraph:
    """The triples of a set of records, and for each subject the record it came from."""

    triples: set[Triple] = field(default_factory=set)
    origins: dict[URIRef, tuple[Where, str]] = field(default_factory=dict)


class _Builder:
    def __init__(self) -> None:
        self.out = RecordGraph()
        self.add = self.out.triples.add
        self.topic_labels: dict[URIRef, str] = {}
        self.topic_sources: dict[URIRef, set[str]] = {}
        self.role_labels: dict[URIRef, str] = {}
        self.role_sources: dict[URIRef, set[str]] = {}

    def origin(self, node: URIRef, where: Where | None, label: str) -> None:
        if where is not None:
            self.out.origins.setdefault(node, (where, label))

    def provenance(self, node: URIRef, sources: Iterable[str], inferred: Iterable[str] = (),
                   properties: dict = FIELD_PROPERTY) -> None:
        for source in sources:
            self.add((node, PROV.wasDerivedFrom, vocab.source_iri(source)))
        for name in inferred:
            self.add((node, KGO.inferredProperty, properties[name]))

    def text(self, node: URIRef, prop: URIRef, value: str | None) -> None:
        if value:
            self.add((node, prop, Literal(value)))

    def identifiers(self, node: URIRef, identifiers: dict[str, str]) -> None:
        for kind, value in identifiers.items():
            prop, prefix = vocab.IDENTIFIERS[kind]
            self.add((node, prop, URIRef(prefix + value)))

    def topic(self, node: URIRef, label: str, sources: Iterable[str]) -> None:
        topic = vocab.topic_iri(label)
        self.topic_labels.setdefault(topic, label)  # first spelling met wins
        self.topic_sources.setdefault(topic, set()).update(sources)
        self.add((node, SCHEMA.about, topic))

    # --- records ---

    def source(self, source) -> None:
        node = vocab.source_iri(source.id)
        self.origin(node, source.where, f"source {source.id}")
        self.add((node, RDF.type, PROV.Entity))
        self.add((node, RDF.type, SCHEMA.CreativeWork))
        self.text(node, SCHEMA.name, source.title)
        if source.url:
            self.add((node, SCHEMA.url, URIRef(source.url)))
        if source.published:
            self.add((node, SCHEMA.datePublished, Literal(source.published.isoformat(), datatype=XSD.date)))
        self.text(node, SCHEMA.publisher, source.publisher)

    def place(self, place) -> None:
        node = vocab.place_iri(place.id)
        self.origin(node, place.where, f"place {place.id}")
        self.add((node, RDF.type, SCHEMA.Place))
        self.text(node, SCHEMA.name, place.name)
        self.text(node, SCHEMA.address, place.address)
        if place.organization:
            self.add((node, RDF.type, ORG.Site))
            self.add((node, ORG.siteOf, vocab.org_iri(place.organization)))
        self.provenance(node, place.sources, place.inferred, PLACE_FIELD_PROPERTY)

    def organization(self, org: Organization) -> None:
        node = vocab.org_iri(org.id)
        self.origin(node, org.where, f"organization {org.id}")
        self.add((node, RDF.type, ORG.Organization))
        for cls in vocab.ORG_TYPES[org.type]:
            self.add((node, RDF.type, cls))
        # The classes above do not tell a school from an institute; the concept does.
        self.add((node, SCHEMA.additionalType, vocab.org_type_iri(org.type)))
        self.text(node, SKOS.prefLabel, org.name)
        for alt in org.alt_names:
            self.text(node, SKOS.altLabel, alt)
        if org.sector:
            self.add((node, ORG.classification, vocab.sector_iri(org.sector)))
        if org.parent:
            self.add((node, ORG.subOrganizationOf, vocab.org_iri(org.parent)))
        self.identifiers(node, org.identifiers)
        self.provenance(node, org.sources, org.inferred)

    def person(self, person: Person) -> None:
        node = vocab.person_iri(person.id)
        label = f"person {person.id}"
        self.origin(node, person.where, label)
        self.add((node, RDF.type, FOAF.Person))
        self.text(node, FOAF.name, person.name)
        self.text(node, FOAF.givenName, person.given_name)
        self.text(node, FOAF.familyName, person.family_name)
        for alt in person.alt_names:
            self.text(node, SKOS.altLabel, alt)
        if person.sector:
            self.add((node, KGO.sector, vocab.sector_iri(person.sector)))
        self.identifiers(node, person.identifiers)
        self.provenance(node, person.sources, person.inferred, PERSON_FIELD_PROPERTY)
        for position in person.positions:
            if position.organization is None:
                # A post with no organisation ("producer") is a job title, not a membership.
                self.text(node, SCHEMA.jobTitle, position.title)
                continue
            org = vocab.org_iri(position.organization)
            membership = vocab.membership_iri(person.id, position.organization, position.title)
            role = vocab.org_role_iri(position.title)
            self.origin(membership, position.where, label)
            self.add((node, ORG.memberOf, org))
            self.add((membership, RDF.type, ORG.Membership))
            self.add((membership, ORG.member, node))
            self.add((membership, ORG.organization, org))
            self.add((membership, ORG.role, role))
            self.role_labels.setdefault(role, position.title)
            self.role_sources.setdefault(role, set()).update(position.sources)
            self.provenance(membership, position.sources, position.inferred, POSITION_FIELD_PROPERTY)

    def event(self, event: Event) -> None:
        node = vocab.event_iri(event.id)
        label = f"event {event.id}"
        self.origin(node, event.where, label)
        self.add((node, RDF.type, SCHEMA.Event))
        self.add((node, SCHEMA.additionalType, vocab.event_type_iri(event.type)))
        self.text(node, SCHEMA.name, event.name)
        self.add((node, SCHEMA.startDate, Literal(event.start_date.isoformat(), datatype=XSD.date)))
        if event.end_date:
            self.add((node, SCHEMA.endDate, Literal(event.end_date.isoformat(), datatype=XSD.date)))
        self.text(node, SCHEMA.description, event.description)
        if event.location:
            self.add((node, SCHEMA.location, vocab.place_iri(event.location)))
        for org_id in event.organizers:
            self.add((node, SCHEMA.organizer, vocab.org_iri(org_id)))
        for topic in event.topics:
            self.topic(node, topic, event.sources)
        self.provenance(node, event.sources, event.inferred)
        self.participations(event, None, node, event.participants, event.sources, label)
        for session in event.sessions:
            self.session(event, session, node, label)

    def session(self, event: Event, session: Session, parent: URIRef, event_label: str) -> None:
        node = vocab.event_iri(event.id, session.id)
        label = f"{event_label} session {session.id}"
        self.origin(node, session.where, label)
        self.add((parent, SCHEMA.subEvent, node))
        self.add((node, RDF.type, SCHEMA.Event))
        self.add((node, RDF.type, KGO.Session))
        self.add((node, SCHEMA.additionalType, vocab.event_type_iri(session.type)))
        self.text(node, SCHEMA.name, session.name)
        for topic in session.topics:
            self.topic(node, topic, event.sources)
        for org_id in session.mentions:
            self.add((node, SCHEMA.mentions, vocab.org_iri(org_id)))
        self.provenance(node, event.sources)
        self.participations(event, session.id, node, session.participants, event.sources, label)
        for child in session.sessions:
            self.session(event, child, node, event_label)

    def participations(self, event: Event, session_id: str | None, node: URIRef,
                       participants, default_sources, label: str) -> None:
        for p in participants:
            part = vocab.participation_iri(event.id, session_id, p.person, p.role)
            self.origin(part, p.where, label)
            self.add((part, RDF.type, KGO.Participation))
            self.add((part, KGO.participant, vocab.person_iri(p.person)))
            self.add((part, KGO.inEvent, node))
            self.add((part, KGO.participationRole, vocab.participation_role_iri(p.role)))
            self.provenance(part, p.sources or default_sources)

    def minted_concepts(self) -> None:
        """Topics and organisational roles exist only through the records that name them."""
        for topic, label in self.topic_labels.items():
            self.add((topic, RDF.type, SKOS.Concept))
            self.add((topic, SKOS.inScheme, vocab.TOPIC_SCHEME))
            self.add((topic, SKOS.prefLabel, Literal(label)))
            self.provenance(topic, sorted(self.topic_sources[topic]))
        for role, label in self.role_labels.items():
            self.add((role, RDF.type, ORG.Role))
            self.add((role, RDF.type, SKOS.Concept))
            self.add((role, SKOS.inScheme, vocab.ORG_ROLE_SCHEME))
            self.add((role, SKOS.prefLabel, Literal(label)))
            self.provenance(role, sorted(self.role_sources[role]))


def record_triples(records: Records) -> RecordGraph:
    """All triples stated by the records (without the ontology's own terms).

    Records the keeper declared `same_as` another become one node; the retired IRI
    stays as `owl:sameAs` the kept one, so links to it still resolve.
    """
    records, retired = merge_same_as(records)
    b = _Builder()
    for kind, iri in (("person", vocab.person_iri), ("organization", vocab.org_iri)):
        for old, new in retired.get(kind, {}).items():
            b.add((iri(old), OWL.sameAs, iri(new)))
    for source in records.sources.values():
        b.source(source)
    for place in records.places.values():
        b.place(place)
    for org in records.organizations.values():
        b.organization(org)
    for person in records.people.values():
        b.person(person)
    for event in records.events.values():
        b.event(event)
    b.minted_concepts()
    return b.out


def to_graph(triples: Iterable[tuple]) -> Graph:
    """An rdflib Graph of the triples, with the kg prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in vocab.PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph
