"""One reader per record kind: a raw record -> a record of the model, through the field rules
of kg.records.fields (every bad value a Problem; a record with problems is still returned, so
references to it do not fail as well)."""

from __future__ import annotations

from typing import Any, Callable

from kg.errors import Problem
from kg.records.fields import MAX_SESSION_DEPTH, FieldReader, describe
from kg.records.model import (Event, EventSeries, Organization, PartialDate, Participation, Person,
                              Place, Position, Raw, Session, Source)
from kg.records.terms import (ATTENDANCE_MODES, EVENT_TYPES, NAME_ORDERS, ORG_TYPE_NAMES,
                              PARTICIPATION_ROLES, SECTORS)


def read_source(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Source:
    file = raw.file or file
    r = FieldReader("source", raw.values, file, raw.line, raw.lines, problems)
    return Source(id=r.record_id() or "", title=r.text("title") or "", url=r.text("url"),
                  published=r.date("published"), publisher=r.text("publisher"), where=r.where())


def read_place(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Place:
    file = raw.file or file
    r = FieldReader("place", raw.values, file, raw.line, raw.lines, problems)
    return Place(id=r.record_id() or "", name=r.text("name") or "",
                 organization=r.reference("organization"), address=r.text("address"),
                 contained_in=r.reference("contained_in"), inferred=r.inferred(),
                 sources=r.sources(default_sources), where=r.where())


def read_organization(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Organization:
    file = raw.file or file
    r = FieldReader("organization", raw.values, file, raw.line, raw.lines, problems)
    alt_names, name_sources = r.alt_names()
    return Organization(
        id=r.record_id() or "", name=r.text("name") or "",
        type=r.choice("type", ORG_TYPE_NAMES, "organization") or "organization",
        sector=r.choice("sector", SECTORS),
        parents=r.record_ids("parent"),
        alt_names=alt_names, name_sources=name_sources,
        identifiers=r.identifiers(("wikidata", "ror", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())


def read_position(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                  record: str = "") -> Position:
    file = raw.file or file
    r = FieldReader("position", raw.values, file, raw.line, raw.lines, problems, record)
    position = Position(
        title=r.text("title"), organization=r.reference("organization"),
        start=r.partial_date("start"), end=r.partial_date("end"), current=r.flag("current"),
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())
    if position.title is None and position.organization is None:
        r.problem(None, "a position needs a title, an organization, or both")
    elif position.organization is None and set(raw.values) & {"source", "inferred", "start", "end",
                                                              "current"}:
        r.problem("title", "a position with no organization is kept as the person's job title "
                           "(schema:jobTitle): it takes the person's source and cannot carry "
                           "inferred, start, end or current")
    if position.start and position.end and position.end.ends_before(position.start):
        r.problem("end", f"'end' {position.end} is before 'start' {position.start}")
    if position.end and position.current:
        r.problem("current", "a position with an 'end' cannot be current")
    return position


def read_person(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Person:
    file = raw.file or file
    r = FieldReader("person", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    positions = [read_position(p, file, problems, sources, r.record)
                 for p in _sub_records(r, "positions")]
    alt_names, name_sources = r.alt_names()
    return Person(
        id=r.record_id() or "", name=r.text("name") or "",
        given_name=r.text("given_name"), family_name=r.text("family_name"),
        name_order=r.choice("name_order", NAME_ORDERS),
        alt_names=alt_names, name_sources=name_sources, honorific=r.text("honorific"),
        sector=r.choice("sector", SECTORS),
        positions=positions,
        identifiers=r.identifiers(("wikidata", "orcid", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=sources, where=r.where())


def read_series(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> EventSeries:
    file = raw.file or file
    r = FieldReader("series", raw.values, file, raw.line, raw.lines, problems)
    return EventSeries(id=r.record_id() or "", name=r.text("name") or "",
                       alt_names=r.texts("alt_names"), organizers=r.record_ids("organizers"),
                       description=r.text("description"), inferred=r.inferred(),
                       sources=r.sources(default_sources), where=r.where())


def read_participation(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                       record: str = "") -> Participation:
    file = raw.file or file
    r = FieldReader("participation", raw.values, file, raw.line, raw.lines, problems, record)
    return Participation(person=r.record_id("person") or "",
                         role=r.choice("role", PARTICIPATION_ROLES) or "",
                         inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())


def read_session(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                 record: str = "", depth: int = 1) -> Session:
    file = raw.file or file
    label = f"{record} session {raw.values.get('id') or '(no id)'}".strip()
    r = FieldReader("session", raw.values, file, raw.line, raw.lines, problems, label)
    session_id = r.record_id() or ""
    participants = [read_participation(p, file, problems, default_sources, r.record)
                    for p in _sub_records(r, "participants")]
    children = _sub_records(r, "sessions")
    if children and depth >= MAX_SESSION_DEPTH:
        r.problem("sessions", f"sessions nest deeper than {MAX_SESSION_DEPTH} levels")
        children = []
    session = Session(
        id=session_id, name=r.text("name") or "",
        type=r.choice("type", EVENT_TYPES, "session") or "session",
        start_date=r.partial_date("start_date"), end_date=r.partial_date("end_date"),
        start_time=r.time("start_time"), end_time=r.time("end_time"),
        location=r.reference("location"),
        topics=r.texts("topics"), mentions=r.record_ids("mentions"),
        participants=participants,
        sessions=[read_session(s, file, problems, default_sources, record, depth + 1)
                  for s in children],
        where=r.where())
    _check_dates(r, session.start_date, session.end_date)
    return session


def read_event(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Event:
    file = raw.file or file
    r = FieldReader("event", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    participants = [read_participation(p, file, problems, sources, r.record)
                    for p in _sub_records(r, "participants")]
    sessions = [read_session(s, file, problems, sources, r.record)
                for s in _sub_records(r, "sessions")]
    start = r.partial_date("start_date")
    event = Event(
        id=r.record_id() or "", name=r.text("name") or "", start_date=start or PartialDate(1),
        type=r.choice("type", EVENT_TYPES, "event") or "event",
        end_date=r.partial_date("end_date"),
        series=r.reference("series"), part_of=r.reference("part_of"),
        attendance=r.choice("attendance", ATTENDANCE_MODES), url=r.url("url"),
        stream_url=r.url("stream_url"), location=r.reference("location"),
        organizers=r.record_ids("organizers"), sponsors=r.record_ids("sponsors"),
        partners=r.record_ids("partners"), description=r.text("description"),
        topics=r.texts("topics"), mentions=r.record_ids("mentions"),
        participants=participants,
        sessions=sessions,
        inferred=r.inferred(), sources=sources, where=r.where())
    _check_dates(r, start, event.end_date)
    if event.attendance == "online" and event.location:
        r.problem("attendance", "an online event has no physical 'location' (give 'stream_url', "
                                "or say 'mixed')")
    return event


def _check_dates(r: FieldReader, start: PartialDate | None, end: PartialDate | None) -> None:
    if start and end and end.ends_before(start):
        r.problem("end_date", f"'end_date' {end} is before 'start_date' {start}")


def _sub_records(r: FieldReader, name: str) -> list[Raw]:
    """Nested records (a person's positions, an event's sessions) as Raw values."""
    value = r.raw.get(name)
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        r.problem(name, f"'{name}' must be a list of mappings, not {describe(value)}")
        return []
    found = []
    for item in value:
        if isinstance(item, Raw):
            found.append(item)
        else:
            r.problem(name, f"each entry of '{name}' must be a mapping, found {describe(item)}")
    return found


READERS: dict[str, Callable[..., Any]] = {
    "sources": read_source,
    "places": read_place,
    "organizations": read_organization,
    "people": read_person,
    "series": read_series,
    "events": read_event,
}
