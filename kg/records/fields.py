"""The field rules: raw values as a reader found them -> records, every bad value a Problem.

Both readers (YAML in kg.records.yaml_files, CSV in kg.records.csv_files) hand raw
records here; everything in this module is independent of the file format.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from kg.errors import Problem
from kg.records.model import (Event, Organization, Participation, Person, Place, Position, Raw,
                              Session, Source, Where)
from kg.records.terms import (EVENT_TYPES, IDENTIFIER_PATTERNS, ORG_TYPE_NAMES,
                              PARTICIPATION_ROLES, RECORD_ID, SECTORS, normalise_term)

# Record kind -> (required fields, optional fields). List-valued fields are named in
# LIST_FIELDS; the CSV reader splits them on ';'.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "source": (("id", "title"), ("url", "published", "publisher")),
    "place": (("id", "name"), ("organization", "address", "inferred", "source")),
    "organization": (
        ("id", "name"),
        ("type", "sector", "parent", "alt_names", "wikidata", "ror", "website",
         "same_as", "distinct_from", "inferred", "source"),
    ),
    "person": (
        ("id", "name"),
        ("given_name", "family_name", "alt_names", "sector", "wikidata", "orcid", "website",
         "same_as", "distinct_from", "positions", "inferred", "source"),
    ),
    "position": (("title",), ("organization", "inferred", "source")),
    "event": (
        ("id", "name", "start_date"),
        ("type", "end_date", "location", "organizers", "description", "topics", "participants",
         "sessions", "inferred", "source"),
    ),
    "session": (("id", "name"), ("type", "topics", "mentions", "participants", "sessions")),
    "participation": (("person", "role"), ("source",)),
}
LIST_FIELDS = frozenset(
    {"alt_names", "distinct_from", "organizers", "topics", "mentions", "inferred", "source", "positions",
     "participants", "sessions"}
)
# Fields that may be listed under `inferred`: the facts a record keeper can add.
INFERABLE = {
    "place": {"name", "organization", "address"},
    "organization": {"name", "alt_names", "type", "sector", "parent", "wikidata", "ror", "website"},
    "person": {"given_name", "family_name", "alt_names", "sector", "wikidata", "orcid", "website"},
    "position": {"title", "organization"},
    "event": {"type", "end_date", "location", "organizers", "description", "topics"},
}


SAME_AS_FIELDS = ("wikidata", "orcid", "ror")


class FieldReader:
    """Reads one raw record's fields, turning every bad value into a Problem.

    ``lines`` maps field names to the line they are on (YAML); ``line`` is the
    record's own line, used when a field has none (CSV rows, missing fields).
    """

    def __init__(self, kind: str, raw: dict[str, Any], file: str, line: int,
                 lines: dict[str, int] | None, problems: list[Problem], record: str = ""):
        self.kind, self.raw, self.file, self.line = kind, raw, file, line
        self.lines = lines or {}
        self.problems = problems
        self.record = record or self._record_label()
        required, optional = FIELDS[kind]
        for name in raw:
            if name not in required and name not in optional:
                known = ", ".join(required + optional)
                self.problem(name, f"unknown field '{name}' in a {kind} (known: {known})")

    def _record_label(self) -> str:
        value = self.raw.get("id") if "id" in FIELDS[self.kind][0] else None
        if isinstance(value, str) and value.strip():
            return f"{self.kind} {value.strip()}"
        if self.kind in ("position", "participation"):
            return ""
        return f"{self.kind} (no id)"

    def where(self) -> Where:
        return Where(self.file, self.line)

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)

    def problem(self, name: str | None, message: str) -> None:
        line = self.line_of(name) if name else self.line
        self.problems.append(Problem(self.file, line, self.record, message))

    def text(self, name: str) -> str:
        value = self.raw.get(name)
        if value is None or value == "":
            if name in FIELDS[self.kind][0]:
                self.problem(name, f"missing required field '{name}'")
            return None
        if not isinstance(value, str):
            self.problem(name, f"'{name}' must be text, not {describe(value)}")
            return None
        value = value.strip()
        if not value and name in FIELDS[self.kind][0]:
            self.problem(name, f"missing required field '{name}'")
            return None
        return value or None

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name)
        if value is None or value == "":
            return ()
        items = value if isinstance(value, list) else [value]
        out: list[str] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.problem(name, f"'{name}' must be a list of text, found {describe(item)}")
                continue
            out.append(item.strip())
        return tuple(out)

    def record_id(self, name: str = "id") -> str:
        value = self.text(name)
        if value is not None and not RECORD_ID.fullmatch(value):
            self.problem(name, f"'{name}' {value!r} must be lower-case letters, digits and '-' "
                               "(it becomes part of an IRI)")
            return None
        return value

    def record_ids(self, name: str) -> tuple[str, ...]:
        values = self.texts(name)
        for value in values:
            if not RECORD_ID.fullmatch(value):
                self.problem(name, f"'{name}' has {value!r}, which is not a record id")
        return tuple(v for v in values if RECORD_ID.fullmatch(v))

    def choice(self, name: str, allowed: tuple[str, ...] | dict, default: str | None = None) -> str:
        value = self.text(name)
        if value is None:
            return default
        term = normalise_term(value)
        if term not in allowed:
            self.problem(name, f"unknown {name.replace('_', ' ')} {value!r} "
                               f"(one of: {', '.join(allowed)})")
            return default
        return term

    def date(self, name: str) -> dt.date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        except ValueError:
            self.problem(name, f"'{name}' {value!r} is not a date of the form YYYY-MM-DD")
            return None

    def identifiers(self, kinds: tuple[str, ...]) -> dict[str, str]:
        found: dict[str, str] = {}
        for kind in kinds:
            value = self.text(kind)
            if value is None:
                continue
            if not IDENTIFIER_PATTERNS[kind].fullmatch(value):
                self.problem(kind, f"'{kind}' {value!r} is not a valid {kind} identifier")
                continue
            found[kind] = value
        return found

    def inferred(self) -> frozenset[str]:
        names = self.texts("inferred")
        allowed = INFERABLE.get(self.kind, set())
        for name in names:
            if name not in allowed:
                self.problem("inferred", f"'inferred' names {name!r}, which is not a field that "
                                         f"can be inferred here (one of: {', '.join(sorted(allowed))})")
            elif self.raw.get(name) in (None, "", []):
                self.problem("inferred", f"'inferred' names {name!r}, but the record has no {name}")
        # wikidata, orcid and ror all become owl:sameAs links, and `inferred` marks a
        # property, so they can only be marked together.
        present = {n for n in SAME_AS_FIELDS if self.raw.get(n) not in (None, "")}
        marked = present & set(names)
        if marked and marked != present:
            self.problem("inferred", f"'inferred' marks {', '.join(sorted(marked))} but not "
                                     f"{', '.join(sorted(present - marked))}; all are owl:sameAs "
                                     "links, so mark all or none")
        return frozenset(n for n in names if n in allowed)

    def sources(self, default: tuple[str, ...]) -> tuple[str, ...]:
        return self.record_ids("source") or default


def _bad_date(value: str) -> dt.date:
    raise ValueError(value)


def describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def read_source(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Source:
    file = raw.file or file
    r = FieldReader("source", raw.values, file, raw.line, raw.lines, problems)
    record = Source(id=r.record_id() or "", title=r.text("title") or "", url=r.text("url"),
                    published=r.date("published"), publisher=r.text("publisher"), where=r.where())
    return record


def read_place(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Place:
    file = raw.file or file
    r = FieldReader("place", raw.values, file, raw.line, raw.lines, problems)
    record = Place(id=r.record_id() or "", name=r.text("name") or "",
                   organization=r.record_id("organization") if raw.values.get("organization") else None,
                   address=r.text("address"), inferred=r.inferred(),
                   sources=r.sources(default_sources), where=r.where())
    return record


def read_organization(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Organization:
    file = raw.file or file
    r = FieldReader("organization", raw.values, file, raw.line, raw.lines, problems)
    record = Organization(
        id=r.record_id() or "", name=r.text("name") or "",
        type=r.choice("type", ORG_TYPE_NAMES, "organization") or "organization",
        sector=r.choice("sector", SECTORS),
        parent=r.record_id("parent") if raw.values.get("parent") else None,
        alt_names=r.texts("alt_names"),
        identifiers=r.identifiers(("wikidata", "ror", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())
    return record


def read_position(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                  record: str = "") -> Position:
    file = raw.file or file
    r = FieldReader("position", raw.values, file, raw.line, raw.lines, problems, record)
    position = Position(
        title=r.text("title") or "",
        organization=r.record_id("organization") if raw.values.get("organization") else None,
        inferred=r.inferred(), sources=r.sources(default_sources), where=r.where())
    if position.organization is None and ("source" in raw.values or "inferred" in raw.values):
        r.problem("title", "a position with no organization is kept as the person's job title "
                           "(schema:jobTitle): it takes the person's source and cannot be "
                           "marked inferred")
    return position


def read_person(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Person:
    file = raw.file or file
    r = FieldReader("person", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    positions = [read_position(p, file, problems, sources, r.record)
                 for p in _sub_records(r, "positions")]
    person = Person(
        id=r.record_id() or "", name=r.text("name") or "",
        given_name=r.text("given_name"), family_name=r.text("family_name"),
        alt_names=r.texts("alt_names"),
        sector=r.choice("sector", SECTORS),
        positions=positions,
        identifiers=r.identifiers(("wikidata", "orcid", "website")),
        same_as=r.record_id("same_as") if raw.values.get("same_as") else None,
        distinct_from=r.record_ids("distinct_from"),
        inferred=r.inferred(), sources=sources, where=r.where())
    return person


def read_participation(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                       record: str = "") -> Participation:
    file = raw.file or file
    r = FieldReader("participation", raw.values, file, raw.line, raw.lines, problems, record)
    p = Participation(person=r.record_id("person") or "",
                      role=r.choice("role", PARTICIPATION_ROLES) or "",
                      sources=r.sources(default_sources), where=r.where())
    return p


def read_session(raw: Raw, file: str, problems: list[Problem], default_sources=(),
                 record: str = "") -> Session:
    file = raw.file or file
    label = f"{record} session {raw.values.get('id') or '(no id)'}".strip()
    r = FieldReader("session", raw.values, file, raw.line, raw.lines, problems, label)
    session_id = r.record_id() or ""
    participants = [read_participation(p, file, problems, default_sources, r.record)
                    for p in _sub_records(r, "participants")]
    children = [read_session(s, file, problems, default_sources, record)
                for s in _sub_records(r, "sessions")]
    session = Session(
        id=session_id, name=r.text("name") or "",
        type=r.choice("type", EVENT_TYPES, "session") or "session",
        topics=r.texts("topics"), mentions=r.record_ids("mentions"),
        participants=participants,
        sessions=children, where=r.where())
    return session


def read_event(raw: Raw, file: str, problems: list[Problem], default_sources=()) -> Event:
    file = raw.file or file
    r = FieldReader("event", raw.values, file, raw.line, raw.lines, problems)
    sources = r.sources(default_sources)
    participants = [read_participation(p, file, problems, sources, r.record)
                    for p in _sub_records(r, "participants")]
    sessions = [read_session(s, file, problems, sources, r.record)
                for s in _sub_records(r, "sessions")]
    start = r.date("start_date")
    event = Event(
        id=r.record_id() or "", name=r.text("name") or "", start_date=start or dt.date.min,
        type=r.choice("type", EVENT_TYPES, "event") or "event", end_date=r.date("end_date"),
        location=r.record_id("location") if raw.values.get("location") else None,
        organizers=r.record_ids("organizers"), description=r.text("description"),
        topics=r.texts("topics"),
        participants=participants,
        sessions=sessions,
        inferred=r.inferred(), sources=sources, where=r.where())
    if start and event.end_date and event.end_date < start:
        r.problem("end_date", f"'end_date' {event.end_date} is before 'start_date' {start}")
    return event


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
    "events": read_event,
}
