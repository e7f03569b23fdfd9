"""RDF -> records: read a kg graph back into Records (the inverse of kg.rdf.triples).

Used to check that the mapping loses nothing (the round-trip property test), and by
anyone who wants records from a graph another kg built. Order is not kept by RDF, so
lists come back sorted.
"""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, SKOS

from kg.rdf import vocab
from kg.rdf.triples import (FIELD_PROPERTY, PERSON_FIELD_PROPERTY, PLACE_FIELD_PROPERTY,
                            POSITION_FIELD_PROPERTY, SERIES_FIELD_PROPERTY)
from kg.records.model import (Event, EventSeries, Organization, PartialDate, Participation, Person,
                              Place, Position, Records, Session, Source)
from kg.rdf.vocab import KGO, SCHEMA, SKOSXL


def _id(node: URIRef, kind: str) -> str:
    prefix = f"{vocab.ID}{kind}/"
    if not str(node).startswith(prefix):
        raise ValueError(f"{node} is not a kg {kind} IRI")
    return str(node)[len(prefix):]


class _Reader:
    def __init__(self, graph: Graph) -> None:
        self.g = graph

    def text(self, node, prop) -> str | None:
        value = self.g.value(node, prop)
        return None if value is None else str(value)

    def texts(self, node, prop) -> tuple[str, ...]:
        return tuple(sorted(str(v) for v in self.g.objects(node, prop)))

    def date(self, node, prop) -> dt.date | None:
        value = self.g.value(node, prop)
        return None if value is None else dt.date.fromisoformat(str(value))

    def partial_date(self, node, prop) -> tuple[PartialDate | None, str | None]:
        """A gYear, gYearMonth, date or dateTime -> the date as precise as written, and the
        time (HH:MM) where there is one."""
        value = self.g.value(node, prop)
        if value is None:
            return None, None
        day, _, time = str(value).partition("T")
        parts = [int(x) for x in day.split("-")]
        return PartialDate(*parts), (time[:5] or None)

    def sources(self, node) -> tuple[str, ...]:
        return tuple(sorted(_id(s, "source") for s in self.g.objects(node, PROV.wasDerivedFrom)))

    def inferred(self, node, properties: dict, candidates) -> frozenset[str]:
        marked = {f"<{p}>" for p in self.g.objects(node, KGO.inferredProperty)}  # as N-Triples terms
        return frozenset(f for f in candidates if properties[f] in marked)

    def concept(self, node, prop, kind) -> str | None:
        value = self.g.value(node, prop)
        return None if value is None else _id(value, kind)

    def identifiers(self, node, kinds) -> dict[str, str]:
        found = {}
        links = [str(o) for o in self.g.objects(node, OWL.sameAs)]
        for kind in kinds:
            prop, prefix = vocab.IDENTIFIERS[kind]
            if prop == SCHEMA.sameAs:
                value = self.g.value(node, prop)
                if value is not None:
                    found[kind] = str(value)
                continue
            for link in links:
                if link.startswith(prefix) and vocab.IDENTIFIER_PATTERNS[kind].fullmatch(link[len(prefix):]):
                    found[kind] = link[len(prefix):]
        return found

    def name_sources(self, node) -> dict[str, tuple[str, ...]]:
        return {str(self.g.value(label, SKOSXL.literalForm)): self.sources(label)
                for label in self.g.objects(node, SKOSXL.altLabel)}

    def present(self, candidates, values: dict) -> list[str]:
        return [f for f in candidates if values.get(f) not in (None, (), {}, "")]


def records_from_graph(graph: Graph) -> Records:
    """The records a kg graph was built from (as far as RDF keeps them)."""
    r = _Reader(graph)
    g = graph
    records = Records()
    for node in sorted(g.subjects(RDF.type, PROV.Entity)):
        published = r.date(node, SCHEMA.datePublished)
        url = g.value(node, SCHEMA.url)
        source = Source(_id(node, "source"), r.text(node, SCHEMA.name) or "",
                        url=str(url) if url is not None else None, published=published,
                        publisher=r.text(node, SCHEMA.publisher))
        records.sources[source.id] = source
    for node in sorted(g.subjects(RDF.type, SCHEMA.Place)):
        site = g.value(node, ORG.siteOf)
        within = g.value(node, SCHEMA.containedInPlace)
        place = Place(_id(node, "place"), r.text(node, SCHEMA.name) or "",
                      organization=_id(site, "org") if site is not None else None,
                      address=r.text(node, SCHEMA.address),
                      contained_in=_id(within, "place") if within is not None else None,
                      sources=r.sources(node))
        place.inferred = r.inferred(node, PLACE_FIELD_PROPERTY,
                                    ("name", "organization", "address", "contained_in"))
        records.places[place.id] = place
    for node in sorted(g.subjects(RDF.type, ORG.Organization)):
        org = Organization(
            _id(node, "org"), r.text(node, SKOS.prefLabel) or "",
            type=r.concept(node, SCHEMA.additionalType, "organization-type") or "organization",
            sector=r.concept(node, ORG.classification, "sector"),
            parents=tuple(sorted(_id(o, "org") for o in g.objects(node, ORG.subOrganizationOf))),
            alt_names=r.texts(node, SKOS.altLabel), name_sources=r.name_sources(node),
            identifiers=r.identifiers(node, ("wikidata", "ror", "website")),
            sources=r.sources(node))
        org.inferred = r.inferred(node, FIELD_PROPERTY, (
            "name", "alt_names", "type", "sector", "parent", *org.identifiers))
        records.organizations[org.id] = org
    for node in sorted(g.subjects(RDF.type, SCHEMA.EventSeries)):
        series = EventSeries(
            _id(node, "series"), r.text(node, SCHEMA.name) or "",
            alt_names=r.texts(node, SKOS.altLabel),
            organizers=tuple(sorted(_id(o, "org") for o in g.objects(node, SCHEMA.organizer))),
            description=r.text(node, SCHEMA.description), sources=r.sources(node))
        series.inferred = r.inferred(node, SERIES_FIELD_PROPERTY,
                                     ("alt_names", "organizers", "description"))
        records.series[series.id] = series
    for node in sorted(g.subjects(RDF.type, FOAF.Person)):
        records.people[_id(node, "person")] = _person(r, node)
    for node in sorted(g.subjects(RDF.type, SCHEMA.Event)):
        if (node, RDF.type, KGO.Session) not in g:
            records.events[_id(node, "event")] = _event(r, node)
    return records


def _person(r: _Reader, node: URIRef) -> Person:
    g = r.g
    sources = r.sources(node)
    positions = []
    for membership in g.subjects(ORG.member, node):
        role = g.value(membership, ORG.role)
        current = g.value(membership, KGO.current)
        positions.append(Position(
            title=r.text(role, SKOS.prefLabel) if role is not None else None,
            organization=_id(g.value(membership, ORG.organization), "org"),
            start=r.partial_date(membership, SCHEMA.startDate)[0],
            end=r.partial_date(membership, SCHEMA.endDate)[0],
            current=current.toPython() if current is not None else None,
            inferred=r.inferred(membership, POSITION_FIELD_PROPERTY,
                                ("title", "organization", "start", "end", "current")),
            sources=r.sources(membership)))
    positions += [Position(title=t, sources=sources) for t in r.texts(node, SCHEMA.jobTitle)]
    person = Person(
        _id(node, "person"), r.text(node, FOAF.name) or "",
        given_name=r.text(node, FOAF.givenName), family_name=r.text(node, FOAF.familyName),
        alt_names=r.texts(node, SKOS.altLabel), name_sources=r.name_sources(node),
        sector=r.concept(node, KGO.sector, "sector"),
        positions=sorted(positions, key=_position_key), honorific=r.text(node, FOAF.title),
        name_order=_name_order(r.g.value(node, KGO.familyNameFirst)),
        identifiers=r.identifiers(node, ("wikidata", "orcid", "website")), sources=sources)
    person.inferred = r.inferred(node, PERSON_FIELD_PROPERTY, (
        "given_name", "family_name", "name_order", "alt_names", "honorific", "sector",
        *person.identifiers))
    return person


def _name_order(flag) -> str | None:  # noqa: ANN001 - an rdflib Literal or None
    return None if flag is None else "family-first" if flag.toPython() else "given-first"


def _position_key(p: Position) -> tuple:
    return (p.organization or "", p.title or "")


def _participants(r: _Reader, node: URIRef) -> list[Participation]:
    found = []
    for part in r.g.subjects(KGO.inEvent, node):
        found.append(Participation(
            person=_id(r.g.value(part, KGO.participant), "person"),
            role=_id(r.g.value(part, KGO.participationRole), "participation-role"),
            inferred=r.inferred(part, FIELD_PROPERTY, ("person", "role")),
            sources=r.sources(part)))
    return sorted(found, key=lambda p: (p.person, p.role))


def _topics(r: _Reader, node: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(r.g.value(t, SKOS.prefLabel)) for t in r.g.objects(node, SCHEMA.about)))


def _sessions(r: _Reader, node: URIRef, event_id: str) -> list[Session]:
    sessions = []
    for child in r.g.objects(node, SCHEMA.subEvent):
        session_id = _id(child, "session").split(".", 1)[1]
        start, start_time = r.partial_date(child, SCHEMA.startDate)
        end, end_time = r.partial_date(child, SCHEMA.endDate)
        location = r.g.value(child, SCHEMA.location)
        sessions.append(Session(
            id=session_id, name=r.text(child, SCHEMA.name) or "",
            type=r.concept(child, SCHEMA.additionalType, "event-type") or "session",
            start_date=start, end_date=end, start_time=start_time, end_time=end_time,
            location=_id(location, "place") if location is not None else None,
            topics=_topics(r, child),
            mentions=_mentions(r, child),
            participants=_participants(r, child), sessions=_sessions(r, child, event_id)))
    return sorted(sessions, key=lambda s: s.id)


def _mentions(r: _Reader, node: URIRef) -> tuple[str, ...]:
    return tuple(sorted(_mentioned(o) for o in r.g.objects(node, SCHEMA.mentions)))


def _mentioned(node: URIRef) -> str:
    return _id(node, "person" if str(node).startswith(f"{vocab.ID}person/") else "org")


def _event(r: _Reader, node: URIRef) -> Event:
    g = r.g
    event_id = _id(node, "event")
    places = [o for o in g.objects(node, SCHEMA.location) if str(o).startswith(f"{vocab.ID}place/")]
    online = g.value(URIRef(f"{node}/online"), SCHEMA.url)
    supers = list(g.objects(node, SCHEMA.superEvent))
    series = [_id(s, "series") for s in supers if str(s).startswith(f"{vocab.ID}series/")]
    larger = [_id(s, "event") for s in supers if str(s).startswith(f"{vocab.ID}event/")]
    mode = g.value(node, SCHEMA.eventAttendanceMode)
    url = g.value(node, SCHEMA.url)

    def orgs(prop) -> tuple[str, ...]:
        return tuple(sorted(_id(o, "org") for o in g.objects(node, prop)))

    event = Event(
        id=event_id, name=r.text(node, SCHEMA.name) or "",
        start_date=r.partial_date(node, SCHEMA.startDate)[0] or PartialDate(1),
        type=r.concept(node, SCHEMA.additionalType, "event-type") or "event",
        end_date=r.partial_date(node, SCHEMA.endDate)[0],
        series=series[0] if series else None, part_of=larger[0] if larger else None,
        attendance=next((k for k, v in vocab.ATTENDANCE.items() if v == mode), None),
        url=str(url) if url is not None else None,
        stream_url=str(online) if online is not None else None,
        location=_id(places[0], "place") if places else None,
        organizers=orgs(SCHEMA.organizer), sponsors=orgs(SCHEMA.sponsor),
        partners=orgs(SCHEMA.contributor),
        description=r.text(node, SCHEMA.description), topics=_topics(r, node),
        mentions=_mentions(r, node), participants=_participants(r, node), sessions=_sessions(r, node, event_id),
        sources=r.sources(node))
    # series and part_of are both schema:superEvent: only a field the event has was marked.
    event.inferred = r.inferred(node, FIELD_PROPERTY, [f for f in (
        "type", "start_date", "end_date", "series", "part_of", "attendance", "location",
        "organizers", "sponsors", "partners", "description", "topics") if getattr(event, f)])
    return event


def canonical(records: Records) -> Records:
    """The same records with every list in the order records_from_graph gives."""
    import copy

    out = copy.deepcopy(records)
    for place in out.places.values():
        place.sources = tuple(sorted(place.sources))
    for org in out.organizations.values():
        org.alt_names, org.sources = tuple(sorted(org.alt_names)), tuple(sorted(org.sources))
        org.parents = tuple(sorted(org.parents))
        org.name_sources = {n: tuple(sorted(s)) for n, s in org.name_sources.items()}
    for series in out.series.values():
        series.alt_names, series.sources = tuple(sorted(series.alt_names)), tuple(sorted(series.sources))
        series.organizers = tuple(sorted(series.organizers))
    for person in out.people.values():
        person.alt_names, person.sources = tuple(sorted(person.alt_names)), tuple(sorted(person.sources))
        person.name_sources = {n: tuple(sorted(s)) for n, s in person.name_sources.items()}
        for p in person.positions:
            p.sources = tuple(sorted(p.sources))
        person.positions.sort(key=_position_key)
    for event in out.events.values():
        event.sources = tuple(sorted(event.sources))
        event.organizers, event.topics = tuple(sorted(event.organizers)), tuple(sorted(event.topics))
        event.sponsors, event.partners = tuple(sorted(event.sponsors)), tuple(sorted(event.partners))
        event.mentions = tuple(sorted(event.mentions))
        _canonical_participants(event)
        stack = list(event.sessions)
        event.sessions.sort(key=lambda s: s.id)
        while stack:
            session = stack.pop()
            session.topics, session.mentions = tuple(sorted(session.topics)), tuple(sorted(session.mentions))
            _canonical_participants(session)
            session.sessions.sort(key=lambda s: s.id)
            stack.extend(session.sessions)
    return out


def _canonical_participants(holder) -> None:
    for p in holder.participants:
        p.sources = tuple(sorted(p.sources))
    holder.participants.sort(key=lambda p: (p.person, p.role))
