"""Records as plain dataclasses, and the raw records the file readers hand on.

The field rules that turn raw values into records are in kg.records.fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any



@dataclass(frozen=True)
class Where:
    """Where a record was written: file and 1-based line."""

    file: str
    line: int


@dataclass
class Source:
    id: str
    title: str
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    where: Where | None = field(default=None, compare=False)


@dataclass
class Place:
    id: str
    name: str
    organization: str | None = None
    address: str | None = None
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Organization:
    id: str
    name: str
    type: str = "organization"
    sector: str | None = None
    parent: str | None = None
    alt_names: tuple[str, ...] = ()
    identifiers: dict[str, str] = field(default_factory=dict)
    same_as: str | None = None  # the keeper's decision: this record and that one are one
    distinct_from: tuple[str, ...] = ()  # ... or: never the same as these
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Position:
    """A post as the source words it; with an organisation it becomes an org:Membership."""

    title: str
    organization: str | None = None
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Person:
    id: str
    name: str
    given_name: str | None = None
    family_name: str | None = None
    alt_names: tuple[str, ...] = ()  # other forms of the name: another script, order or spelling
    sector: str | None = None
    positions: list[Position] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)
    same_as: str | None = None
    distinct_from: tuple[str, ...] = ()
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Participation:
    person: str
    role: str
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Session:
    id: str
    name: str
    type: str = "session"
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    participants: list[Participation] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    where: Where | None = field(default=None, compare=False)


@dataclass
class Event:
    id: str
    name: str
    start_date: dt.date
    type: str = "event"
    end_date: dt.date | None = None
    location: str | None = None
    organizers: tuple[str, ...] = ()
    description: str | None = None
    topics: tuple[str, ...] = ()
    participants: list[Participation] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)

    def all_sessions(self) -> list[Session]:
        """Every session at any depth, parents before children."""
        found: list[Session] = []
        stack = list(reversed(self.sessions))
        while stack:
            session = stack.pop()
            found.append(session)
            stack.extend(reversed(session.sessions))
        return found


@dataclass
class Records:
    """Everything read from the data directories, keyed by record id in reading order."""

    sources: dict[str, Source] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(t) for t in (self.sources, self.places, self.organizations, self.people, self.events))


@dataclass
class Raw:
    """One raw record as a reader found it: field values, its line, and each field's line."""

    values: dict[str, Any]
    line: int
    lines: dict[str, int] = field(default_factory=dict)
    file: str = ""  # set when a nested record was written in another file (CSV)


@dataclass
class RawFile:
    """The raw records of one file by table name, and the file's default sources."""

    file: str
    tables: dict[str, list[Raw]]
    default_sources: tuple[str, ...] = ()


# Table name -> the kind of record it holds.
KINDS = {"sources": "source", "places": "place", "organizations": "organization",
         "people": "person", "events": "event"}
