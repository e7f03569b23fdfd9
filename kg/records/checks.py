"""Checks across records: duplicate ids, references to unknown records, parent cycles,
posts and participations listed twice."""

from __future__ import annotations

from typing import Any

from kg.errors import Problem
from kg.records.model import KINDS, Records, Session, Where


def add_record(records: Records, table: str, record: Any, problems: list[Problem]) -> None:
    """Add a record to its table, reporting a duplicate id with where the first one is."""
    existing = getattr(records, table)
    first = existing.get(record.id)
    if first is not None:
        w = first.where
        problems.append(Problem(record.where.file, record.where.line, f"{KINDS[table]} {record.id}",
                                f"duplicate id '{record.id}' (first defined at {w.file}:{w.line})"))
        return
    existing[record.id] = record


def check_references(records: Records) -> list[Problem]:
    """Every id a record points to must name a record of the right kind; no parent cycles.

    An empty id was already reported where it was read (a name written where an id
    belongs), so it is not reported again as an unknown reference.
    """
    problems: list[Problem] = []

    def missing(record: Any, where: Where | None, label: str, kind: str, value: str | None,
                table: dict) -> None:
        if value and value not in table:
            w = where or record.where
            problems.append(Problem(w.file, w.line, label,
                                    f"refers to unknown {kind} '{value}'", reference=True))

    def check_sources(record: Any, label: str, where: Where | None = None) -> None:
        if not record.sources:
            w = where or record.where
            problems.append(Problem(w.file, w.line, label,
                                    "has no source (give 'source' on the record or the file)"))
        for s in record.sources:
            missing(record, where, label, "source", s, records.sources)

    for place in records.places.values():
        label = f"place {place.id}"
        check_sources(place, label)
        missing(place, None, label, "organization", place.organization, records.organizations)
        missing(place, None, label, "place", place.contained_in, records.places)
    for org in records.organizations.values():
        label = f"organization {org.id}"
        check_sources(org, label)
        _check_name_sources(org, label, missing, records)
        for parent in org.parents:
            missing(org, None, label, "organization", parent, records.organizations)
    problems.extend(_cycles(records.organizations, lambda o: o.parents, "organization", "parent"))
    problems.extend(_cycles(records.places, lambda p: (p.contained_in,), "place", "contained_in"))
    problems.extend(_cycles(records.events, lambda e: (e.part_of,), "event", "part_of"))
    for person in records.people.values():
        label = f"person {person.id}"
        check_sources(person, label)
        _check_name_sources(person, label, missing, records)
        posts: set[tuple[str | None, str | None]] = set()
        for pos in person.positions:
            check_sources(pos, label, pos.where)
            key = (pos.organization, pos.title)  # what the membership IRI is made of
            if key in posts:
                what = f"the position '{pos.title}'" if pos.title else "the affiliation"
                problems.append(Problem(pos.where.file, pos.where.line, label,
                                        f"lists {what}"
                                        + (f" at '{pos.organization}'" if pos.organization else "")
                                        + " twice"))
            posts.add(key)
            missing(person, pos.where, label, "organization", pos.organization,
                    records.organizations)
    for series in records.series.values():
        label = f"series {series.id}"
        check_sources(series, label)
        for org_id in series.organizers:
            missing(series, None, label, "organization", org_id, records.organizations)
    for event in records.events.values():
        _check_event(event, records, missing, check_sources, problems)
    return problems


def _check_name_sources(record, label: str, missing, records: Records) -> None:
    for sources in record.name_sources.values():
        for source in sources:
            missing(record, None, label, "source", source, records.sources)


def _check_event(event, records: Records, missing, check_sources, problems: list[Problem]) -> None:
    label = f"event {event.id}"
    check_sources(event, label)
    missing(event, None, label, "place", event.location, records.places)
    missing(event, None, label, "series", event.series, records.series)
    missing(event, None, label, "event", event.part_of, records.events)
    for field in ("organizers", "sponsors", "partners"):
        for org_id in getattr(event, field):
            missing(event, None, label, "organization", org_id, records.organizations)
    seen: dict[str, Session] = {}
    for session in event.all_sessions():
        sub = f"{label} session {session.id}"
        if session.id in seen:
            w = seen[session.id].where
            problems.append(Problem(session.where.file, session.where.line, sub,
                                    f"duplicate session id '{session.id}' in the event "
                                    f"(first defined at {w.file}:{w.line})"))
        seen.setdefault(session.id, session)
        missing(session, None, sub, "place", session.location, records.places)
    for holder, sub in [(event, label)] + [(s, f"{label} session {s.id}")
                                            for s in event.all_sessions()]:
        for mentioned in holder.mentions:
            if mentioned in records.people and mentioned in records.organizations:
                problems.append(Problem(holder.where.file, holder.where.line, sub,
                                        f"mentions '{mentioned}', which is both a person and an "
                                        "organisation id; rename one of them"))
            elif mentioned not in records.people:
                missing(holder, None, sub, "person or organization", mentioned,
                        records.organizations)
        taken: set[tuple[str, str]] = set()
        for p in holder.participants:
            missing(p, p.where, sub, "person", p.person, records.people)
            check_sources(p, sub, p.where)
            if p.person and p.role and (p.person, p.role) in taken:
                problems.append(Problem(p.where.file, p.where.line, sub,
                                        f"lists '{p.person}' as {p.role} twice"))
            taken.add((p.person, p.role))


def _cycles(table: dict, links, kind: str, field: str) -> list[Problem]:
    """Records that reach themselves through `field` (a parent, a larger place or event)."""
    problems = []
    for record in table.values():
        seen, stack = {record.id}, [t for t in links(record) if t]
        while stack:
            target = stack.pop()
            if target == record.id:
                problems.append(Problem(record.where.file, record.where.line, f"{kind} {record.id}",
                                        f"is its own ancestor (a cycle of '{field}' links)"))
                break
            if target in seen or target not in table:
                continue
            seen.add(target)
            stack.extend(t for t in links(table[target]) if t)
    return problems
