"""Checks across records: duplicate ids, references to unknown records, parent cycles,
posts and participations listed twice."""

from __future__ import annotations

from typing import Any

from kg.errors import Problem
from kg.records.model import KINDS, Records, Session, Where
from kg.records.terms import slug


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
    """Every id a record points to must name a record of the right kind; no parent cycles."""
    problems: list[Problem] = []

    def missing(record: Any, where: Where | None, label: str, kind: str, value: str,
                table: dict) -> None:
        if value not in table:
            w = where or record.where
            problems.append(Problem(w.file, w.line, label,
                                    f"refers to unknown {kind} '{value}'"))

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
        if place.organization:
            missing(place, None, label, "organization", place.organization, records.organizations)
    for org in records.organizations.values():
        label = f"organization {org.id}"
        check_sources(org, label)
        if org.parent:
            missing(org, None, label, "organization", org.parent, records.organizations)
    problems.extend(_parent_cycles(records))
    for person in records.people.values():
        label = f"person {person.id}"
        check_sources(person, label)
        posts: set[tuple[str | None, str]] = set()
        for pos in person.positions:
            check_sources(pos, label, pos.where)
            key = (pos.organization, slug(pos.title))  # what the membership IRI is made of
            if key in posts:
                problems.append(Problem(pos.where.file, pos.where.line, label,
                                        f"lists the position '{pos.title}'"
                                        + (f" at '{pos.organization}'" if pos.organization else "")
                                        + " twice"))
            posts.add(key)
            if pos.organization:
                missing(person, pos.where, label, "organization", pos.organization,
                        records.organizations)
    for event in records.events.values():
        label = f"event {event.id}"
        check_sources(event, label)
        if event.location:
            missing(event, None, label, "place", event.location, records.places)
        for org_id in event.organizers:
            missing(event, None, label, "organization", org_id, records.organizations)
        seen: dict[str, Session] = {}
        for session in event.all_sessions():
            if session.id in seen:
                w = seen[session.id].where
                problems.append(Problem(session.where.file, session.where.line,
                                        f"{label} session {session.id}",
                                        f"duplicate session id '{session.id}' in the event "
                                        f"(first defined at {w.file}:{w.line})"))
            seen.setdefault(session.id, session)
            for org_id in session.mentions:
                missing(session, None, f"{label} session {session.id}", "organization", org_id,
                        records.organizations)
        for holder, sub in [(event, label)] + [(s, f"{label} session {s.id}")
                                                for s in event.all_sessions()]:
            taken: set[tuple[str, str]] = set()
            for p in holder.participants:
                missing(p, p.where, sub, "person", p.person, records.people)
                check_sources(p, sub, p.where)
                if (p.person, p.role) in taken:
                    problems.append(Problem(p.where.file, p.where.line, sub,
                                            f"lists '{p.person}' as {p.role} twice"))
                taken.add((p.person, p.role))
    return problems


def _parent_cycles(records: Records) -> list[Problem]:
    problems = []
    for org in records.organizations.values():
        seen = {org.id}
        parent = org.parent
        while parent and parent in records.organizations:
            if parent in seen:
                if parent == org.id:
                    problems.append(Problem(org.where.file, org.where.line, f"organization {org.id}",
                                            "is its own ancestor (a cycle of 'parent' links)"))
                break
            seen.add(parent)
            parent = records.organizations[parent].parent
    return problems
