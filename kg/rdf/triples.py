"""Records -> RDF triples under the kg ontology, using only the standard terms users query.

Triples are N-Triples lines (kg.rdf.ntriples): a million of them are made, sorted and
written in seconds, where rdflib terms took most of a build (issue 19). An rdflib
Graph is made only where one is needed (:func:`to_graph`, for pySHACL and tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Callable, Iterable

from rdflib import Graph
from rdflib import namespace as ns

from kg.identity.merge import merge_same_as
from kg.rdf import ntriples, vocab
from kg.rdf.ntriples import Terms, boolean, iri, literal
from kg.rdf.shortcuts import LINK_PREDICATES, SESSION_CLASS
from kg.records.model import (Event, EventSeries, Organization, PartialDate, Person, Records,
                              Session, Where)

FOAF, ORG, PROV, RDF, SKOS, XSD = (Terms(n) for n in (ns.FOAF, ns.ORG, ns.PROV, ns.RDF, ns.SKOS, ns.XSD))
KGO, SCHEMA, OWL = Terms(vocab.KGO), Terms(vocab.SCHEMA), Terms(ns.OWL)
SKOSXL, VOID = Terms(vocab.SKOSXL), Terms(vocab.VOID)

# Record field -> the property its value is stated with, for kgo:inferredProperty.
FIELD_PROPERTY = {
    "name": SKOS.prefLabel, "alt_names": SKOS.altLabel, "type": SCHEMA.additionalType,
    "sector": ORG.classification, "parent": ORG.subOrganizationOf,
    "wikidata": OWL.sameAs, "ror": OWL.sameAs, "orcid": OWL.sameAs,
    "website": SCHEMA.sameAs, "given_name": FOAF.givenName, "family_name": FOAF.familyName,
    "title": ORG.role, "organization": ORG.organization, "address": SCHEMA.address,
    "end_date": SCHEMA.endDate, "location": SCHEMA.location, "organizers": SCHEMA.organizer,
    "description": SCHEMA.description, "topics": SCHEMA.about,
    "honorific": FOAF.title, "name_order": KGO.familyNameFirst, "start_date": SCHEMA.startDate, "series": SCHEMA.superEvent,
    "part_of": SCHEMA.superEvent, "attendance": SCHEMA.eventAttendanceMode,
    "sponsors": SCHEMA.sponsor, "partners": SCHEMA.contributor,
    "contained_in": SCHEMA.containedInPlace, "start": SCHEMA.startDate, "end": SCHEMA.endDate,
    "current": KGO.current, "person": KGO.participant, "role": KGO.participationRole,
}
PERSON_FIELD_PROPERTY = {**FIELD_PROPERTY, "sector": KGO.sector}
PLACE_FIELD_PROPERTY = {**FIELD_PROPERTY, "name": SCHEMA.name, "organization": ORG.siteOf}
POSITION_FIELD_PROPERTY = {**FIELD_PROPERTY, "organization": ORG.organization}
SERIES_FIELD_PROPERTY = {**FIELD_PROPERTY, "name": SCHEMA.name}
# A date's precision -> the XSD type it is written with.
DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}


def date_literal(date: PartialDate, time: str | None = None) -> str:
    """A date as precise as the record gives it; with a time (and a day), an xsd:dateTime."""
    if time and date.precision == "day":
        return literal(f"{date.isoformat()}T{time}:00", XSD.dateTime)
    return literal(date.isoformat(), DATE_TYPES[date.precision])


@cache
def concept(make: Callable[[str], str], name: str) -> str:
    """A kg concept's IRI term (sector, role, type): a few dozen, made once each."""
    return iri(make(name))


class _Discard:
    """A sink that keeps no line: for when only a graph's origins are wanted."""

    def add(self, line: str) -> None:
        pass


DISCARD = _Discard()


@dataclass
class RecordGraph:
    """The triples of a set of records as N-Triples lines, and for each subject (its IRI)
    the record it came from.

    `links` holds, as (s, p, o) terms, the triples the shortcuts are derived from
    (kg.rdf.shortcuts), so deriving them needs no pass over every line.
    """

    lines: set[str] | ntriples.LineFiles | _Discard = field(default_factory=set)
    links: list[tuple[str, str, str]] = field(default_factory=list)
    origins: dict[str, tuple[Where, str]] = field(default_factory=dict)
    base: str = vocab.ID  # the namespace of the records' nodes
    nodes: Records | None = None  # the records as nodes: `same_as` pairs merged into one

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o} .\n")
        if p in LINK_PREDICATES or o == SESSION_CLASS:
            self.links.append((s, p, o))

    def add_lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.add(*ntriples.split(line))


class _Builder:
    def __init__(self, iris: vocab.Iris, people: frozenset[str] = frozenset()) -> None:
        self.iris = iris
        self.people = people  # ids of people: what a session's `mentions` name besides organisations
        self.out = RecordGraph()
        self.add = self.out.add
        self.topic_labels: dict[str, str] = {}
        self.topic_sources: dict[str, set[str]] = {}
        self.role_labels: dict[str, str] = {}
        self.role_sources: dict[str, set[str]] = {}

    def origin(self, node: str, where: Where | None, label: str) -> None:
        if where is not None:
            self.out.origins.setdefault(ntriples.value(node), (where, label))

    def provenance(self, node: str, sources: Iterable[str], inferred: Iterable[str] = (),
                   properties: dict = FIELD_PROPERTY) -> None:
        for source in sources:
            self.add(node, PROV.wasDerivedFrom, self.iris.source(source))
        for name in inferred:
            self.add(node, KGO.inferredProperty, properties[name])

    def text(self, node: str, prop: str, value: str | None) -> None:
        if value:
            self.add(node, prop, literal(value))

    def identifiers(self, node: str, identifiers: dict[str, str]) -> None:
        for kind, value in identifiers.items():
            prop, prefix = vocab.IDENTIFIERS[kind]
            self.add(node, iri(prop), iri(prefix + value))

    def alt_names(self, node: str, names: tuple[str, ...], sources: dict) -> None:
        """skos:altLabel for each name; a name with its own source (another page gave it)
        is also a SKOS-XL label that says where it came from."""
        for name in names:
            self.text(node, SKOS.altLabel, name)
            if sources.get(name):
                label = iri(f"{ntriples.value(node)}/name/{vocab.exact_segment(name)}")
                self.add(node, SKOSXL.altLabel, label)
                self.add(label, RDF.type, SKOSXL.Label)
                self.add(label, SKOSXL.literalForm, literal(name))
                self.provenance(label, sources[name])

    def topic(self, node: str, label: str, sources: Iterable[str]) -> None:
        topic = self.iris.topic(label)
        self.topic_labels.setdefault(topic, label)  # first spelling met wins
        self.topic_sources.setdefault(topic, set()).update(sources)
        self.add(node, SCHEMA.about, topic)

    # --- records ---

    def source(self, source) -> None:
        node = self.iris.source(source.id)
        self.origin(node, source.where, f"source {source.id}")
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, RDF.type, SCHEMA.CreativeWork)
        self.text(node, SCHEMA.name, source.title)
        if source.url:
            self.add(node, SCHEMA.url, iri(source.url))
        if source.published:
            self.add(node, SCHEMA.datePublished, literal(source.published.isoformat(), XSD.date))
        self.text(node, SCHEMA.publisher, source.publisher)

    def place(self, place) -> None:
        node = self.iris.place(place.id)
        self.origin(node, place.where, f"place {place.id}")
        self.add(node, RDF.type, SCHEMA.Place)
        self.text(node, SCHEMA.name, place.name)
        self.text(node, SCHEMA.address, place.address)
        if place.contained_in:
            self.add(node, SCHEMA.containedInPlace, self.iris.place(place.contained_in))
        if place.organization:
            self.add(node, RDF.type, ORG.Site)
            self.add(node, ORG.siteOf, self.iris.org(place.organization))
        self.provenance(node, place.sources, place.inferred, PLACE_FIELD_PROPERTY)

    def organization(self, org: Organization) -> None:
        node = self.iris.org(org.id)
        self.origin(node, org.where, f"organization {org.id}")
        self.add(node, RDF.type, ORG.Organization)
        for cls in vocab.ORG_TYPES[org.type]:
            self.add(node, RDF.type, iri(cls))
        # The classes above do not tell a school from an institute; the concept does.
        self.add(node, SCHEMA.additionalType, concept(vocab.org_type_iri, org.type))
        self.text(node, SKOS.prefLabel, org.name)
        self.alt_names(node, org.alt_names, org.name_sources)
        if org.sector:
            self.add(node, ORG.classification, concept(vocab.sector_iri, org.sector))
        for parent in org.parents:
            self.add(node, ORG.subOrganizationOf, self.iris.org(parent))
        self.identifiers(node, org.identifiers)
        self.provenance(node, org.sources, org.inferred)

    def person(self, person: Person) -> None:
        node = self.iris.person(person.id)
        label = f"person {person.id}"
        self.origin(node, person.where, label)
        self.add(node, RDF.type, FOAF.Person)
        self.text(node, FOAF.name, person.name)
        self.text(node, FOAF.givenName, person.given_name)
        self.text(node, FOAF.familyName, person.family_name)
        self.alt_names(node, person.alt_names, person.name_sources)
        self.text(node, FOAF.title, person.honorific)
        if person.name_order:
            self.add(node, KGO.familyNameFirst, boolean(person.name_order == "family-first"))
        if person.sector:
            self.add(node, KGO.sector, concept(vocab.sector_iri, person.sector))
        self.identifiers(node, person.identifiers)
        self.provenance(node, person.sources, person.inferred, PERSON_FIELD_PROPERTY)
        for position in person.positions:
            if position.organization is None:
                # A post with no organisation ("producer") is a job title, not a membership.
                self.text(node, SCHEMA.jobTitle, position.title)
                continue
            org = self.iris.org(position.organization)
            membership = self.iris.membership(person.id, position.organization, position.title)
            self.origin(membership, position.where, label)
            self.add(node, ORG.memberOf, org)
            self.add(membership, RDF.type, ORG.Membership)
            self.add(membership, ORG.member, node)
            self.add(membership, ORG.organization, org)
            if position.title:  # an affiliation with no title has no org:role
                role = self.iris.org_role(position.title)
                self.add(membership, ORG.role, role)
                self.role_labels.setdefault(role, position.title)
                self.role_sources.setdefault(role, set()).update(position.sources)
            if position.start:
                self.add(membership, SCHEMA.startDate, date_literal(position.start))
            if position.end:
                self.add(membership, SCHEMA.endDate, date_literal(position.end))
            if position.current is not None:
                self.add(membership, KGO.current, boolean(position.current))
            self.provenance(membership, position.sources, position.inferred, POSITION_FIELD_PROPERTY)

    def series(self, series: EventSeries) -> None:
        node = self.iris.series(series.id)
        self.origin(node, series.where, f"series {series.id}")
        self.add(node, RDF.type, SCHEMA.EventSeries)
        self.text(node, SCHEMA.name, series.name)
        for alt in series.alt_names:
            self.text(node, SKOS.altLabel, alt)
        self.text(node, SCHEMA.description, series.description)
        for org_id in series.organizers:
            self.add(node, SCHEMA.organizer, self.iris.org(org_id))
        self.provenance(node, series.sources, series.inferred, SERIES_FIELD_PROPERTY)

    def event(self, event: Event) -> None:
        node = self.iris.event(event.id)
        label = f"event {event.id}"
        self.origin(node, event.where, label)
        self.add(node, RDF.type, SCHEMA.Event)
        self.add(node, SCHEMA.additionalType, concept(vocab.event_type_iri, event.type))
        self.text(node, SCHEMA.name, event.name)
        self.add(node, SCHEMA.startDate, date_literal(event.start_date))
        if event.end_date:
            self.add(node, SCHEMA.endDate, date_literal(event.end_date))
        self.text(node, SCHEMA.description, event.description)
        # schema:superEvent, never schema:subEvent: sessions are the sub-events kg walks.
        if event.series:
            self.add(node, SCHEMA.superEvent, self.iris.series(event.series))
        if event.part_of:
            self.add(node, SCHEMA.superEvent, self.iris.event(event.part_of))
        if event.attendance:
            self.add(node, SCHEMA.eventAttendanceMode, iri(vocab.ATTENDANCE[event.attendance]))
        if event.url:
            self.add(node, SCHEMA.url, iri(event.url))
        if event.stream_url:
            online = iri(f"{ntriples.value(node)}/online")
            self.add(node, SCHEMA.location, online)
            self.add(online, RDF.type, SCHEMA.VirtualLocation)
            self.add(online, SCHEMA.url, iri(event.stream_url))
        if event.location:
            self.add(node, SCHEMA.location, self.iris.place(event.location))
        for prop, org_ids in ((SCHEMA.organizer, event.organizers), (SCHEMA.sponsor, event.sponsors),
                              (SCHEMA.contributor, event.partners)):
            for org_id in org_ids:
                self.add(node, prop, self.iris.org(org_id))
        for topic in event.topics:
            self.topic(node, topic, event.sources)
        self.mentions(node, event.mentions)
        self.provenance(node, event.sources, event.inferred)
        self.participations(event, None, node, event.participants, event.sources, label)
        for session in event.sessions:
            self.session(event, session, node, label)

    def session(self, event: Event, session: Session, parent: str, event_label: str) -> None:
        node = self.iris.event(event.id, session.id)
        label = f"{event_label} session {session.id}"
        self.origin(node, session.where, label)
        self.add(parent, SCHEMA.subEvent, node)
        self.add(node, RDF.type, SCHEMA.Event)
        self.add(node, RDF.type, KGO.Session)
        self.add(node, SCHEMA.additionalType, concept(vocab.event_type_iri, session.type))
        self.text(node, SCHEMA.name, session.name)
        day = session.start_date or event.start_date
        if session.start_date or session.start_time:
            self.add(node, SCHEMA.startDate, date_literal(day, session.start_time))
        if session.end_date or session.end_time:
            self.add(node, SCHEMA.endDate, date_literal(session.end_date or day, session.end_time))
        if session.location:
            self.add(node, SCHEMA.location, self.iris.place(session.location))
        for topic in session.topics:
            self.topic(node, topic, event.sources)
        self.mentions(node, session.mentions)
        self.provenance(node, event.sources)
        self.participations(event, session.id, node, session.participants, event.sources, label)
        for child in session.sessions:
            self.session(event, child, node, event_label)

    def mentions(self, node: str, mentioned_ids) -> None:
        for mentioned in mentioned_ids:
            iri = self.iris.person if mentioned in self.people else self.iris.org
            self.add(node, SCHEMA.mentions, iri(mentioned))

    def participations(self, event: Event, session_id: str | None, node: str,
                       participants, default_sources, label: str) -> None:
        for p in participants:
            part = self.iris.participation(event.id, session_id, p.person, p.role)
            self.origin(part, p.where, label)
            self.add(part, RDF.type, KGO.Participation)
            self.add(part, KGO.participant, self.iris.person(p.person))
            self.add(part, KGO.inEvent, node)
            self.add(part, KGO.participationRole, concept(vocab.participation_role_iri, p.role))
            self.provenance(part, p.sources or default_sources, p.inferred)

    def minted_concepts(self) -> None:
        """Topics and organisational roles exist only through the records that name them."""
        for topic, label in self.topic_labels.items():
            self.add(topic, RDF.type, SKOS.Concept)
            self.add(topic, SKOS.inScheme, iri(vocab.TOPIC_SCHEME))
            self.add(topic, SKOS.prefLabel, literal(label))
            self.provenance(topic, sorted(self.topic_sources[topic]))
        for role, label in self.role_labels.items():
            self.add(role, RDF.type, ORG.Role)
            self.add(role, RDF.type, SKOS.Concept)
            self.add(role, SKOS.inScheme, iri(vocab.ORG_ROLE_SCHEME))
            self.add(role, SKOS.prefLabel, literal(label))
            self.provenance(role, sorted(self.role_sources[role]))


def record_triples(records: Records, base: str = vocab.ID,
                   lines: ntriples.LineFiles | _Discard | None = None) -> RecordGraph:
    """All triples stated by the records (without the ontology's own terms), their nodes
    under the project's base: in the graph's set of lines, or written to `lines`.

    Records the keeper declared `same_as` another become one node; the retired IRI
    stays as `owl:sameAs` the kept one, so links to it still resolve.
    """
    records, retired = merge_same_as(records)
    iris = vocab.Iris(base, term=iri)
    b = _Builder(iris, frozenset(records.people))
    b.out.base, b.out.nodes = iris.base, records
    if lines is not None:
        b.out.lines = lines
    dataset = iris.dataset()
    b.add(dataset, RDF.type, VOID.Dataset)
    b.add(dataset, VOID.uriSpace, literal(iris.base))
    for kind, node in (("person", iris.person), ("organization", iris.org)):
        for old, new in retired.get(kind, {}).items():
            b.add(node(old), OWL.sameAs, node(new))
    for source in records.sources.values():
        b.source(source)
    for place in records.places.values():
        b.place(place)
    for org in records.organizations.values():
        b.organization(org)
    for person in records.people.values():
        b.person(person)
    for series in records.series.values():
        b.series(series)
    for event in records.events.values():
        b.event(event)
    b.minted_concepts()
    return b.out


def to_graph(lines: Iterable[str]) -> Graph:
    """An rdflib Graph of N-Triples lines, with the kg prefixes bound."""
    return ntriples.to_rdflib(lines)
