"""Records as plain dataclasses, and the raw records the file readers hand on.

The field rules that turn raw values into records are in kg.records.fields, applied per
kind of record by kg.records.readers.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any


# Every record class is slotted (no per-object dict): a 10M-triple build holds ~3M of them.
@functools.total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date as precise as the source gives it: a year, a month of a year, or a day.

    Ordered by its first day, and a less precise date before a more precise one that
    starts the same day (2025 < 2025-01 < 2025-01-01).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    @classmethod
    def of(cls, date: dt.date) -> PartialDate:
        return cls(date.year, date.month, date.day)

    def isoformat(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n is not None]
        return "-".join(parts)

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day': which XSD type the date becomes (gYear, gYearMonth, date)."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def ends_before(self, other: PartialDate) -> bool:
        """True when this date is over before `other` can begin (2025-08 before 2025-09-01)."""
        return self.last_day() < other.first_day()

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day is not None else None

    def __str__(self) -> str:
        return self.isoformat()


@dataclass(frozen=True, slots=True)
class Where:
    """Where a record was written: file and 1-based line."""

    file: str
    line: int


@dataclass(slots=True)
class Source:
    id: str
    title: str
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Place:
    id: str
    name: str
    organization: str | None = None
    address: str | None = None
    contained_in: str | None = None  # a larger place (a room in a building, on a campus)
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Organization:
    id: str
    name: str
    type: str = "organization"
    sector: str | None = None
    parents: tuple[str, ...] = ()  # a joint institute has two
    alt_names: tuple[str, ...] = ()
    name_sources: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alt name -> its own sources
    identifiers: dict[str, str] = field(default_factory=dict)
    same_as: str | None = None  # the keeper's decision: this record and that one are one
    distinct_from: tuple[str, ...] = ()  # ... or: never the same as these
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Position:
    """A post as the source words it; with an organisation it becomes an org:Membership.

    A title with no organisation is a job title; an organisation with no title is an
    affiliation ("Prof. A. Name, Some University").
    """

    title: str | None
    organization: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool | None = None  # False: the source calls it a former post
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Person:
    id: str
    name: str
    given_name: str | None = None
    family_name: str | None = None
    alt_names: tuple[str, ...] = ()  # other forms of the name: another script, order or spelling
    name_sources: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alt name -> its own sources
    honorific: str | None = None  # "Prof.", "Dr.": kept as foaf:title, never as a post
    name_order: str | None = None  # given-first | family-first: the order `name` is written in
    sector: str | None = None
    positions: list[Position] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)
    same_as: str | None = None
    distinct_from: tuple[str, ...] = ()
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Participation:
    person: str
    role: str
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Session:
    id: str
    name: str
    type: str = "session"
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    location: str | None = None  # a place id: the room
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # people and organisations the session speaks of
    participants: list[Participation] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    where: Where | None = field(default=None, compare=False)


@dataclass(slots=True)
class Event:
    id: str
    name: str
    start_date: PartialDate
    type: str = "event"
    end_date: PartialDate | None = None
    series: str | None = None  # an event-series record
    part_of: str | None = None  # a larger event (a forum of a festival)
    attendance: str | None = None  # offline | online | mixed
    url: str | None = None
    stream_url: str | None = None
    location: str | None = None
    organizers: tuple[str, ...] = ()
    sponsors: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    description: str | None = None
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # people and organisations spoken of, not taking part
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


@dataclass(slots=True)
class EventSeries:
    """A recurring event ("the second edition of the X symposium"): its events say `series`."""

    id: str
    name: str
    alt_names: tuple[str, ...] = ()
    organizers: tuple[str, ...] = ()
    description: str | None = None
    inferred: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass
class Records:
    """Everything read from the data directories, keyed by record id in reading order."""

    sources: dict[str, Source] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    series: dict[str, EventSeries] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(t) for t in (self.sources, self.places, self.organizations, self.people,
                                    self.series, self.events))


@dataclass(slots=True)
class Raw:
    """One raw record as a reader found it: field values, its line, and each field's line."""

    values: dict[str, Any]
    line: int
    lines: dict[str, int] = field(default_factory=dict)
    file: str = ""  # set when a nested record was written in another file (CSV)


@dataclass(slots=True)
class RawFile:
    """The raw records of one file by table name, and the file's default sources."""

    file: str
    tables: dict[str, list[Raw]]
    default_sources: tuple[str, ...] = ()


# Table name -> the kind of record it holds.
KINDS = {"sources": "source", "places": "place", "organizations": "organization",
         "people": "person", "series": "series", "events": "event"}
